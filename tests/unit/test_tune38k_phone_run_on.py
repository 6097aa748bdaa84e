"""A phone number read with the next heading or label after it ("519-555-0102 Partner and alignment", "613-555-0106
THE COURSE": a printed form whose section heading stands on the number's line) is not presented as the answer: a
number's own words are its extension, a remark in brackets, an address, or one word of its kind ("cell")."""
from __future__ import annotations

from docx import Document

import mailbot_parsers as parsers
from mailbot_parsers.calibration import ran_on
from tests.unit.samples import docx_bytes


def test_words_of_the_next_heading_after_a_number_run_on() -> None:
    assert ran_on("proposer_phone", "519-555-0102 Partner and alignment")
    assert ran_on("proposer_phone", "613-555-0106 THE COURSE")


def test_a_numbers_own_words_do_not() -> None:
    for value in ("416-555-0142 ext. 2231", "819-555-0137, poste 208", "519-555-0185 (cell)", "647-555-0188 cell",
                  "905-555-0176 (ext. 205)", "416-555-0151 · jdoe@example.org", "ext. 0137 (416-555-0137)"):
        assert not ran_on("proposer_phone", value), value


def test_a_phone_run_on_into_a_heading_is_doubted_in_a_parse() -> None:
    doc = Document()
    doc.add_paragraph("Micro-Course / Credential Concept Form")
    for label, value in [("Proposed title", "Capnography for Procedural Sedation"), ("Proposer name", "Rhea Castellano"),
                         ("Email", "rcastellano@example.org"), ("Phone", "416-555-0193 THE COURSE"),
                         ("Target learners", "Nurses who monitor procedural sedation"),
                         ("Rationale", "Capnography is now required during sedation, and few nurses read waveforms."),
                         ("Learning outcomes", "Interpret a capnography waveform"),
                         ("Summative assessment", "A waveform interpretation quiz and an observed case."),
                         ("Partner", "Lakeshore Sedation Network")]:
        doc.add_paragraph(f"{label}: {value}")
    r = parsers.parse(docx_bytes(doc), "concept.docx")
    assert r.is_concept_form
    assert r.fields.get("proposer_phone") in (None, "416-555-0193") or "proposer_phone" in r.uncertain_fields
