"""A form with tagged slots (content controls, form fields) whose slot for a question was left empty: the text after
that question's label runs on into the next questions and their answers, which is no answer to it. A value read from
the text that holds another field's answer (as that field's own slot gives it) is dropped, and the field stays
empty as its slot says; a value of its own typed beside the empty slot is kept."""
from __future__ import annotations

from mailbot_parsers.layout import Block, Direct
from mailbot_parsers.sections import extract

SKILLS = "Electrode placement and stimulation for median, ulnar and radial studies; recognising technical artefact"


def _read(after_label: str) -> dict:
    directs = [Direct("proposal_title", "Nerve Conduction Studies", "content_control", "Course Title"),
               Direct("competencies", SKILLS, "content_control", "Competencies Addressed"),
               Direct("summative_assessment", None, "content_control", "How will achievement be evidenced?")]
    blocks = [Block(text="Course Title  Nerve Conduction Studies"),
              Block(text="How will achievement be evidenced?", bold=True),
              Block(text=after_label),
              Block(text="Partner", bold=True), Block(text="Canadian Association of Technologists")]
    return extract(blocks, directs).fields


def test_a_run_on_into_another_answer_is_no_answer() -> None:
    fields = _read("Competencies Addressed " + SKILLS)
    assert fields["competencies"] == SKILLS
    assert "summative_assessment" not in fields


def test_an_answer_typed_beside_the_empty_slot_is_kept() -> None:
    fields = _read("A practical exam on a volunteer, marked with a checklist.")
    assert fields.get("summative_assessment") == "A practical exam on a volunteer, marked with a checklist."
