"""Values of printed and retyped forms (shapes 4-5): causes fixed at stop 26, on small generated inputs."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.composite import logistics, start_of


FORM = """Proposed title: Wound Photography at the Bedside
Name of proposer: Ines Abara-Kolt
Email: ines.ak@example.org
Target learners: ward nurses and personal support workers
Rationale: half of our reported pressure injuries are photographed without a scale.
Competencies: consent, lighting, scale, storage
Learning outcomes: take a standard series; store images securely
Summative assessment: a portfolio of ten photographs scored with a rubric
"""


def _text(body: str) -> parsers.ParseResult:
    return parsers.parse((FORM + body).encode("utf-8"), "answers.txt")


def test_a_start_listed_after_the_hours_is_the_start() -> None:
    # a figure earlier in the list (the hours) is another item, not the day of a date
    assert logistics("hybrid / 15 h / Fall 2026 / about 40 a year")["proposed_start"] == "Fall 2026"
    assert logistics("Online · 3 hours · September 2026 · 60 per year")["proposed_start"] == "September 2026"
    assert start_of("Hybrid (blended) / 16 / May 2027 / 24") == "May 2027"


def test_a_written_out_date_is_no_start() -> None:
    assert start_of("Signed on 12 March 2026") is None
    assert start_of("signed the 3rd of March 2026") is None


def test_a_bilingual_practicalities_answer_gives_the_english_start() -> None:
    r = _text("Modalités / Practicalities:\n"
              "Hybride; 8 heures; printemps 2027; 60 apprenants par année.\n"
              "Hybrid; 8 hours; Spring 2027; 60 learners a year.\n")
    assert r.fields.get("proposed_start") == "Spring 2027"
