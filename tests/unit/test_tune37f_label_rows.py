"""A proposal form kept as a spreadsheet and exported to PDF: each field's heading cell stands in a grey row ABOVE
its answer, set in a smaller type than the answers typed under it; short fields go two to a row ("Course title |
Cohort code" over both answers, the second an extra field of the template's own that names nothing of the concept
form), and the long questions stand alone on their rows over full-width answers. Wording made up here."""
from __future__ import annotations

import mailbot_parsers as parsers

LEFT = 50.0
RIGHT = 300.0
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _form() -> bytes:
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="Letter")
    pdf.add_page()
    pdf.add_font("dejavu", "", DEJAVU)
    y = 50.0

    def put(text: str, x: float, at: float, size: float) -> None:
        pdf.set_font("dejavu", "", size)
        pdf.set_xy(x, at)
        pdf.cell(240, size + 2, text)

    def pair_row(labels: tuple[str, str], answers: tuple[str, str]) -> None:
        nonlocal y
        put(labels[0], LEFT, y, 7)
        put(labels[1], RIGHT, y, 7)
        y += 11
        put(answers[0], LEFT, y, 9)
        put(answers[1], RIGHT, y, 9)
        y += 16

    def question(label: str, lines: list[str]) -> None:
        nonlocal y
        put(label, LEFT, y, 7)
        y += 11
        for ln in lines:
            put(ln, LEFT, y, 9)
            y += 11
        y += 5

    put("Harbourview College - Course Proposal Workbook", LEFT, y, 12)
    y += 30
    pair_row(("Course title", "Cohort code"), ("Pressure Injury Staging at the Bedside", "PIS-204"))
    pair_row(("Submitted by", "Job title"), ("Teodora Villanueva-Ash", "Wound Care Nurse Clinician"))
    pair_row(("Organization", "Email"), ("Complex Care Unit, Lakeshore Hospital", "tvash@example.org"))
    pair_row(("Phone", "Date"), ("416-555-0182", "14/03/2027"))
    question("Who is it for?", ["Registered and practical nurses on medical and complex care units."])
    question("Why is this needed?", ["Staging differs between nurses on the same unit, and audits find",
                                     "stage 2 injuries recorded as stage 1 in a third of charts."])
    pair_row(("Industry partner", "Partner contact"), ("Ontario Wound Care Collaborative", "Mina Okafor, Director"))
    question("How will you know they can do it?", ["Staging of twelve photographs against an expert key."])
    return bytes(pdf.output())


def test_label_rows_over_answers_pair_by_column() -> None:
    result = parsers.parse(_form(), "proposal workbook.pdf")
    f = result.fields
    assert f["proposal_title"] == "Pressure Injury Staging at the Bedside"
    assert f["proposer_name"] == "Teodora Villanueva-Ash"
    assert f["proposer_title"] == "Wound Care Nurse Clinician"
    assert f["proposer_department"] == "Complex Care Unit, Lakeshore Hospital"
    assert f["proposer_email"] == "tvash@example.org"
    assert f["proposer_phone"] == "416-555-0182"
    assert f["partner_name"] == "Ontario Wound Care Collaborative"
    assert "Mina Okafor" in str(f.get("partner_contact", ""))
    assert str(f["target_learners"]).startswith("Registered and practical nurses")
    # (the template's own extra field is no part of any answer)
    assert not any("PIS-204" in str(v) for v in f.values())
