"""Web forms and survey services ask a name in two rows, "First name" and "Last name": together they are the
proposer's name, first name first whatever the order of the rows. A part alone, or rows with longer answers, stay
as they were."""
from __future__ import annotations

from mailbot_parsers.layout import Block
from mailbot_parsers.name_parts import joined


def _pair(label: str, *answers: str) -> Block:
    return Block(pair_label=label, answer=[Block(text=a, line=True) for a in answers])


def test_first_and_last_name_rows_are_one_name() -> None:
    out = joined([_pair("Course title", "Tech-Check-Tech"), _pair("First name", "Ngozi"),
                  _pair("Last name", "Halvorsen-Quispe"), _pair("Job title", "Coordinator")])
    assert [(b.pair_label, [a.text for a in b.answer]) for b in out] == [
        ("Course title", ["Tech-Check-Tech"]), ("Name", ["Ngozi Halvorsen-Quispe"]), ("Job title", ["Coordinator"])]
    # the family name asked first: still given name first
    out = joined([_pair("Nom de famille :", "Bouchard-Nguyen"), _pair("Prénom :", "Julie")])
    assert [(b.pair_label, [a.text for a in b.answer]) for b in out] == [("Name", ["Julie Bouchard-Nguyen"])]


def test_a_part_alone_or_a_long_answer_is_left_alone() -> None:
    alone = [_pair("First name", "Ngozi"), _pair("Email", "n@example.org")]
    assert joined(alone) == alone
    long = [_pair("First name", "Ngozi"), _pair("Last name", "see the letter attached to this email")]
    assert joined(long) == long
