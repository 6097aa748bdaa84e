"""French forms ask for the yearly intake as "Participants par année" (as English ones ask "Learners per Year")."""
from __future__ import annotations

from mailbot_parsers.labels import match_label
from mailbot_parsers.layout import Block
from mailbot_parsers.sections import extract


def test_participants_per_year_names_the_enrolment() -> None:
    for label in ("PARTICIPANTS PAR ANNÉE", "Apprenants par année", "Nombre de participants par année"):
        m = match_label(label)
        assert m is not None and m.key == "expected_enrolment"
    m = match_label("Participants")
    assert m is not None and m.key == "target_learners"  # (alone it still names who the course is for)


def test_a_web_print_in_french_reads_the_intake() -> None:
    lines = ["DÉBUT PRÉVU", "automne 2026", "PARTICIPANTS PAR ANNÉE", "environ 45"]
    fields = extract([Block(text=t, line=True) for t in lines]).fields
    assert fields["proposed_start"] == "automne 2026"
    assert fields["expected_enrolment"] == 45
