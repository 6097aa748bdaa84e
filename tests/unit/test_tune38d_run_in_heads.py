"""A protocol that heads its paragraphs with run-in heads closed by a full stop ("Summative assessment. Learners
...", then "Programme evaluation. We will ..."): an answer that runs on past the next run-in head is not presented as
sure. Built here with fpdf2."""
from __future__ import annotations

from fpdf import FPDF

import mailbot_parsers as parsers
from mailbot_parsers.calibration import inner_heading

_SECTIONS = [
    ("1. Title", ["Ototoxicity Monitoring for Audiology Assistants"]),
    ("2. Background", ["Patients on cisplatin and aminoglycosides lose hearing before anyone tests them.",
                       "Audiology assistants could run the serial tests if they were trained."]),
    ("3. Learners", ["Audiology assistants in oncology and infectious-disease clinics."]),
    ("4. Objectives", ["1. Run an extended high-frequency audiogram.", "2. Compare serial audiograms."]),
    ("5. Evaluation", ["Summative assessment. Learners grade ten anonymised serial audiograms and are",
                       "observed testing one patient.",
                       "Programme evaluation. We will compare the proportion of patients with a baseline",
                       "test before and after the first cohort."]),
    ("6. Partner", ["Riverside Cancer Centre has endorsed the course; its letter of support is attached."]),
    ("7. Proposer", ["Helga Ostrowski-Baptiste, Audiologist, Audiology Department, h.ostrowski@example.org"]),
]


def _print() -> bytes:
    pdf = FPDF(unit="pt", format="Letter")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 14)
    pdf.text(72, 60, "Micro-credential concept protocol")
    y = 95.0
    for head, lines in _SECTIONS:
        pdf.set_font("helvetica", "B", 11)
        pdf.text(72, y, head)
        pdf.set_font("helvetica", "", 10)
        for k, line in enumerate(lines):
            pdf.text(72, y + 16 + 13 * k, line)
        y += 34 + 13 * len(lines)
    return bytes(pdf.output())


def test_an_answer_past_the_next_run_in_head_is_uncertain() -> None:
    r = parsers.parse(_print(), "concept protocol.pdf")
    assert r.is_concept_form
    value = r.fields.get("summative_assessment")
    assert value is not None
    assert "Programme evaluation" not in str(value) or "summative_assessment" in r.uncertain_fields


def test_run_in_head_shape() -> None:
    assert inner_heading("summative_assessment", "Learners are observed testing one patient. Programme evaluation. "
                                                 "We will compare the proportion of patients tested.")
    assert not inner_heading("summative_assessment", "An observed station. Not yet. We will see.")
