"""A field is "missing" only when the parser is sure it is empty. Three habits that made it sure wrongly: a page set in
two columns whose left column's next label stands level with this column's answer; a label and its chosen option
printed on one line with no colon ("Endorsement Letter of support attached"); a partner's answer that says only that
the partner was not asked yet ("Partner: not yet approached"), the partner being named in the document's sentences.
Wording made up here."""
from __future__ import annotations

import mailbot_parsers as parsers
from tests.unit.samples import lines_docx as _docx

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

_PROPOSER = [("Proposed Title", "Wound Vac Basics for Community Nurses"), ("Name of Proposer", "Odile Brannagh"),
             ("Position / Title", "Wound Care Nurse"), ("Department", "Community Nursing")]


def _two_columns() -> bytes:
    """Landscape, two columns: the left column lists the contact rows, the right column the design rows; the right
    column's assessment answer opens with a run-in word and a colon and stands level with the left column's "Email"."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="Letter", orientation="L")
    pdf.add_page()
    pdf.add_font("dejavu", "", DEJAVU)
    pdf.set_font("dejavu", "", 9)

    def line(x: float, y: float, text: str) -> None:
        pdf.set_xy(x, y)
        pdf.cell(240, 9, text)

    y = 60.0
    left = [*_PROPOSER, ("Email", "o.brannagh@example.org"), ("Phone", "613-555-0149"),
            ("Type of Request", "Micro-course"), ("Delivery Format", "Hybrid")]
    for lab, ans in left:
        line(30, y, lab)
        line(30, y + 11, ans)
        y += 30
    y = 60.0
    right = [("Target Learners", ["Community nurses who manage negative pressure", "wound therapy at home."]),
             ("Rationale / Need", ["Dressing failures bring patients back to", "the clinic within days."]),
             ("Learning Outcomes", ["Apply and seal a foam dressing."]),
             ("Summative Assessment", ["Project: learners plan one patient's therapy and", "submit a care plan graded",
                                       "with a rubric."]),
             ("Partner Organization", ["Eastvale Home Care"])]
    for lab, answers in right:
        line(300, y, lab)
        for n, ans in enumerate(answers):
            line(300, y + 11 * (n + 1), ans)
        y += 11 * (len(answers) + 1) + 8
    return bytes(pdf.output())


def test_an_answer_level_with_another_columns_label_is_no_empty_answer() -> None:
    # (the left column's "Email" label stands level with the assessment's first line: it starts no row of the right
    # column, so the assessment's place is not empty)
    r = parsers.parse(_two_columns(), "two columns.pdf")
    assert r.is_concept_form
    assert "summative_assessment" not in r.missing_required


def test_a_label_run_together_with_its_option_is_not_empty() -> None:
    lines = [f"{lab}: {ans}" for lab, ans in _PROPOSER] + [
        "Target learners: Community nurses who manage wound therapy at home.",
        "Rationale: Dressing failures bring patients back to the clinic within days.",
        "Partner organization: Eastvale Home Care",
        "Endorsement Letter of support attached",
        "Learning outcomes: Apply and seal a foam dressing.",
    ]
    r = parsers.parse(_docx(lines), "one line.docx")
    assert r.is_concept_form
    assert "endorsement_status" not in r.missing_required
    assert r.fields.get("endorsement_status") == "letter_attached" or "endorsement_status" in r.uncertain_fields


def test_a_partner_not_asked_yet_is_not_said_to_be_missing() -> None:
    lines = [f"{lab}: {ans}" for lab, ans in _PROPOSER] + [
        "Target learners: Community nurses who manage wound therapy at home.",
        "Rationale: Dressing failures bring patients back to the clinic within days.",
        "Partner: not yet approached",
        "Learning outcomes: Apply and seal a foam dressing.",
    ]
    r = parsers.parse(_docx(lines), "not asked.docx")
    assert r.is_concept_form
    assert "partner_name" not in r.missing_required


def test_a_partner_answer_saying_there_is_none_stays_empty() -> None:
    lines = [f"{lab}: {ans}" for lab, ans in _PROPOSER] + [
        "Target learners: Community nurses who manage wound therapy at home.",
        "Rationale: Dressing failures bring patients back to the clinic within days.",
        "Partner: none identified yet",
    ]
    r = parsers.parse(_docx(lines), "none.docx")
    assert "partner_name" not in r.fields and "partner_name" not in r.uncertain_fields
