"""An online form service's response print: each question on a card, over it in small grey type the kind of question
("Text", "Long text", ...), the answer under the question. Read as text, a card's tag runs onto the answer of the card
above it; the tags are told by their setting (small, alone on their row, repeated, each over a larger question).
Built here with fpdf2."""
from __future__ import annotations

import mailbot_parsers as parsers
from tests.unit.samples import letter_pdf, pdf_bytes

CARDS: list[tuple[str, str, list[str]]] = [
    ("Text", "Full name of the lead", ["Oksana Delacroix-Mwangi"]),
    ("Text", "Role", ["Clinical Educator, Dialysis"]),
    ("Text", "Email for follow-up", ["odelacroix@example.org"]),
    ("Text", "Course name", ["Peritoneal Dialysis at Home: Teaching Patients"]),
    ("Long text", "Intended learners", ["Nephrology nurses who train patients to run", "dialysis at home."]),
    ("Long text", "What gap does this close?", ["Patients go home after a rushed teaching week and", "call the unit with avoidable problems."]),
    ("Long text", "Skills covered", ["Exchange technique, exit-site care, teaching back."]),
    ("Long text", "How will you assess learners?", ["An observed exchange with a checklist."]),
    ("Text", "Endorsing partner organisation", ["Harbourview Kidney Foundation"]),
    ("Long text", "Fit with the Education Plan", ["It builds learning with community partners."]),
    ("Text", "Hours of learning", ["12"]),
]


def _print() -> bytes:
    pdf = letter_pdf()
    pdf.set_font("helvetica", "B", 15)
    pdf.text(72, 60, "Education Idea Submission")
    pdf.set_font("helvetica", "", 10)
    pdf.text(72, 80, "Tell us about a course you would like to build.")
    y = 120.0
    for n, (tag, question, answer) in enumerate(CARDS):
        if n in (5, 9):
            pdf.add_page()
            y = 70.0
        pdf.set_font("helvetica", "", 7)
        pdf.set_text_color(120, 120, 120)
        pdf.text(520 - pdf.get_string_width(tag), y, tag)
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("helvetica", "", 11.5)
        pdf.text(80, y + 16, question)
        pdf.set_font("helvetica", "", 10)
        for k, line in enumerate(answer):
            pdf.text(80, y + 38 + 14 * k, line)
        y += 70 + 14 * len(answer)
    return pdf_bytes(pdf)


def test_a_cards_tag_is_no_part_of_the_answer_above_it() -> None:
    r = parsers.parse(_print(), "response print.pdf")
    assert r.is_concept_form
    assert r.fields["proposer_name"] == "Oksana Delacroix-Mwangi"
    assert r.fields["proposer_title"] == "Clinical Educator, Dialysis"
    assert r.fields["proposal_title"] == "Peritoneal Dialysis at Home: Teaching Patients"
    assert r.fields["target_learners"] == "Nephrology nurses who train patients to run dialysis at home."
    assert r.fields["rationale"] == ("Patients go home after a rushed teaching week and call the unit with avoidable "
                                     "problems.")
    assert not any("text" in str(v).lower().split()[-1:] for v in r.fields.values())
