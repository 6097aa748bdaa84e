"""A one-page summary with a sidebar (an abstract-style one-pager, HTML printed to PDF): the main column's headings
over paragraphs, and a sidebar of boxes in smaller type, each under a heading set larger than the sidebar's print
but no larger than the main column's text ("Key facts", "Partner", "Contact"). The box headings end the answer
read before them; a box of "Label: value" lines answers its own labels; the "Contact" box beside the "Partner" box is
a topic of its own, the writer's contact block, one piece a line. Built here with fpdf2."""
from __future__ import annotations

from fpdf import FPDF

import mailbot_parsers as parsers

MAIN = [("Background", ["Falls after hip surgery keep rising on our wards, and few aides have been", "taught safe early mobilisation."]),
        ("Who it is for", ["Rehabilitation assistants and ward aides on orthopaedic units."]),
        ("Learning outcomes", ["- Mobilise a patient on the first day after surgery.", "- Choose a walking aid.",
                               "- Recognise when to stop and call the physiotherapist."]),
        ("How we will know", ["An observed mobilisation of two patients, signed off by a physiotherapist."]),
        ("Fit with the Education Plan", ["Supports the Education Plan's goal of short, practical credentials."])]
SIDEBAR = [("Key facts", ["Type: New micro-credential", "Format: In person", "Hours: 8", "Start: January 2028",
                            "Learners per year: about 40"]),
           ("Partner", ["Lakeshore Physiotherapy Association", "Endorsement confirmed; letter to follow."]),
           ("Contact", ["Marit Van der Linde", "Rehabilitation Team Lead", "Orthopaedics, Lakeshore Children's and",
                        "Community Hospital", "m.vanderlinde@example.org", "905-555-0173"])]


def _page() -> bytes:
    pdf = FPDF(unit="pt", format="Letter")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("helvetica", "", 20)
    pdf.text(58, 60, "Early Mobilisation after Hip Fracture")
    pdf.set_font("helvetica", "", 12)
    pdf.text(58, 84, "A micro-credential proposal for Continuing Education")
    y = 110
    for head, lines in MAIN:
        pdf.set_font("helvetica", "", 12)
        pdf.text(60, y, head)
        y += 16
        pdf.set_font("helvetica", "", 9.5)
        for line in lines:
            pdf.text(60, y, line)
            y += 12
        y += 8
    y = 120
    for head, lines in SIDEBAR:
        pdf.set_font("helvetica", "", 10)
        pdf.text(400, y, head)
        y += 14
        pdf.set_font("helvetica", "", 8.5)
        for line in lines:
            pdf.text(400, y, line)
            y += 10.5
        y += 14
    pdf.set_font("helvetica", "", 9.5)
    pdf.text(58, y + 30, "Lakeshore Children's and Community Hospital - 4 March 2027")
    return bytes(pdf.output())


def test_the_box_headings_end_the_answers_before_them() -> None:
    fields = parsers.parse(_page(), "one page summary.pdf").fields
    assert fields["education_plan_alignment"] == "Supports the Education Plan's goal of short, practical credentials."
    assert fields["request_type"] == "new"
    assert fields["estimated_hours"] == 8
    assert "Type" not in str(fields.get("competencies", ""))  # the box's heading asks nothing of its lines


def test_the_contact_box_beside_the_partner_box_is_the_writers() -> None:
    result = parsers.parse(_page(), "one page summary.pdf")
    fields = result.fields
    assert fields["proposer_name"] == "Marit Van der Linde"
    assert fields["proposer_email"] == "m.vanderlinde@example.org"
    assert fields["proposer_phone"] == "905-555-0173"
    assert fields["proposer_title"] == "Rehabilitation Team Lead"
    assert fields["proposer_department"] == "Orthopaedics, Lakeshore Children's and Community Hospital"
    assert "Van der Linde" not in str(fields.get("partner_contact", ""))
    assert fields["partner_name"] == "Lakeshore Physiotherapy Association"
