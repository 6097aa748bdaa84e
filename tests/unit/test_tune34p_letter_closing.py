"""A cover letter printed above its summary table: the letter's last line at the margin over its closing and
signature set further in is the end of a sentence, not a label whose answer is the signature; the signature gives
the proposer (a letter and table made up here)."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.pdf_form import _sentence_end
from tests.parser_samples import positioned_pdf

LETTER = ["Dear Continuing Education team,",
          "Please accept this proposal for a micro-course on home infusion pumps. Our home-care teams have grown",
          "and we need a consistent way to prepare the nurses who join them. We have spoken with a partner, but nothing",
          "is confirmed yet."]
SIGNATURE = ["Sincerely,", "Odalys Fenwick-Ramos", "Home Infusion Nurse Lead", "Lakeview Home Care"]
TABLE = [("Proposed title", "Safe Use of Infusion Pumps at Home"), ("Target learners", "Home-care nurses"),
         ("Rationale", "Pump errors at home have doubled in two years"),
         ("Learning outcomes", "Set up a pump; programme a dose; respond to an alarm"),
         ("Summative assessment", "Observed pump set-up with a checklist"), ("Estimated hours", "8"),
         ("Partner", "Lakeview Home Care Foundation"), ("Endorsement", "In discussion")]


def _pdf() -> bytes:
    runs, y = [], 740.0
    for line in LETTER:
        runs.append((50.0, y, line))
        y -= 14
    y -= 14
    for line in SIGNATURE:
        runs.append((250.0, y, line))
        y -= 14
    y -= 20
    runs.append((50.0, y, "Proposal summary"))
    y -= 20
    for label, answer in TABLE:
        runs.append((50.0, y, label))
        runs.append((200.0, y, answer))
        y -= 20
    return positioned_pdf(runs)


def test_the_last_line_of_a_sentence_is_no_label() -> None:
    assert _sentence_end("conversation with the programme about an endorsement, but nothing", "is confirmed yet.")
    assert not _sentence_end("Proposal summary", "Target learners")  # (a heading over a label)
    assert not _sentence_end("conversation with the programme, but nothing", "Rationale.")  # (a capital opens a label)


def test_the_signature_under_the_letter_gives_the_proposer() -> None:
    r = parsers.parse(_pdf(), "cover letter and summary.pdf")
    assert r.fields.get("proposer_name") == "Odalys Fenwick-Ramos"
    assert r.fields.get("proposer_title") == "Home Infusion Nurse Lead"
    assert r.fields.get("proposal_title") == "Safe Use of Infusion Pumps at Home"
