"""Answers given as "see note n" with the note's text at the foot of the page (a typeset form whose cells are too
small for a long answer): the note is the answer, and the notes block is no part of the answer above it.
Wording made up here."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.layout import Block
from mailbot_parsers.page_notes import page_notes, resolved
from tests.parser_samples import text_pdf


def _pair(label: str, answer: str) -> Block:
    return Block(pair_label=label, answer=[Block(text=answer, line=True)])


def test_notes_under_their_heading_are_read_by_number() -> None:
    pages = [["Form", "Rationale see note 1", "Notes", "1 Clinics cancel tests when the one trained", "technologist is away."],
             ["Partner see note 2", "Notes", "2 Harbour Valley Network"]]
    notes, printed = page_notes(pages)
    assert notes == {"1": "Clinics cancel tests when the one trained technologist is away.",
                     "2": "Harbour Valley Network"}
    assert "technologist is away." in printed


def test_reference_replaced_and_unknown_reference_kept() -> None:
    blocks = [_pair("Rationale / Need", "see note 1"), _pair("Partner", "(see note 4)"),
              Block(text="Notes", line=True), Block(text="1 Clinics cancel tests.", line=True)]
    out = resolved(blocks, [["Notes", "1 Clinics cancel tests."]])
    assert out[0].answer[0].text == "Clinics cancel tests."
    assert out[1].answer[0].text == "(see note 4)"  # no such note: the answer stays as written
    assert len(out) == 2  # the notes block is read in its answer's place


def test_same_number_twice_is_ambiguous() -> None:
    notes, _ = page_notes([["Notes", "1 One thing."], ["Notes", "1 Another thing."]])
    assert notes == {}


def test_printed_form_with_a_note_reads_the_note_as_the_answer() -> None:
    lines = ["CONCEPT FORM", "Proposed Title: Tilt Testing Basics", "Name of Proposer: Runa Okafor-Lee",
             "Email: r.okafor@example.org", "Target Learners: Cardiology technologists.",
             "Rationale / Need: see note 1", "Learning Outcomes: Run a tilt test safely.",
             "Competencies: Monitoring, termination criteria.", "Summative Assessment: Two observed tests.",
             "Delivery Format: Hybrid", "Estimated Hours: 10", "", "Notes",
             "1 Units cancel tests whenever their one trained technologist is away."]
    r = parsers.parse(text_pdf([lines]), "notes.pdf")
    assert r.is_concept_form
    assert r.fields["rationale"] == "Units cancel tests whenever their one trained technologist is away."
    assert r.fields["summative_assessment"] == "Two observed tests."


def test_reference_to_a_note_not_found_is_uncertain_never_missing() -> None:
    lines = ["CONCEPT FORM", "Proposed Title: Tilt Testing Basics", "Name of Proposer: Runa Okafor-Lee",
             "Email: r.okafor@example.org", "Target Learners: Cardiology technologists.",
             "Rationale / Need: see note 1", "Learning Outcomes: Run a tilt test safely.",
             "Competencies: Monitoring, termination criteria.", "Summative Assessment: Two observed tests.",
             "Delivery Format: Hybrid", "Estimated Hours: 10"]
    r = parsers.parse(text_pdf([lines]), "notes_lost.pdf")
    assert "rationale" not in r.missing_required
    assert "rationale" in r.uncertain_fields


def test_superscript_note_number_glued_to_its_text() -> None:
    notes, _ = page_notes([["Notes", "1Clinics cancel tests.", "2 Harbour Valley Network"]])
    assert notes == {"1": "Clinics cancel tests.", "2": "Harbour Valley Network"}


def test_pointers_to_notes() -> None:
    from mailbot_parsers.page_notes import note_reference

    assert note_reference("see note 1") and note_reference("(See footnote 3 at the foot of the page.)")
    assert note_reference("see notes") and note_reference("voir la note 4 au bas de la page")
    assert not note_reference("Nurses who have seen notes on charts") and not note_reference("see noteworthy cases")
