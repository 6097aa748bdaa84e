"""A label that lists several of the proposer's pieces ("Name / Role / Department", "Your name, role and contact",
"Contact (title · department · email · phone)") asks for the proposer's contact block, and where the answer parts
into exactly the pieces it lists, in its order, the label says which part is which. Spreadsheets, grids and
questionnaires ask so; before, the word "contact" made such a label the partner's contact, and a grid's header cell
in those words was taken for the answer of the cell beside it. Our own small documents: a two-column DOCX table, a
grid with labels over answers, "Label: answer" PDF lines."""
from __future__ import annotations

import io

import mailbot_parsers as parsers
from mailbot_parsers.composite import in_asked_order
from mailbot_parsers.labels import contact_parts, match_label

BODY: list[tuple[str, str]] = [
    ("Course title", "Bedside Ultrasound for IV Access"),
    ("Type of request", "Micro-course"),
    ("Target learners", "Emergency nurses with two years of practice"),
    ("Rationale", "Difficult IV access delays care, and few nurses can use ultrasound guidance."),
    ("Competencies", "Vein selection; needle guidance in plane; complication checks"),
    ("Learning outcomes", "Place a guided peripheral line; Recognise arterial puncture"),
    ("Summative assessment", "Observed insertion on a phantom, scored with a checklist"),
    ("Industry partner", "Lakeside Vascular Access Group"),
    ("Endorsement status", "Confirmed"),
    ("Education Plan alignment", "Supports the plan's goal of hands-on clinical skills."),
]


def test_a_label_listing_the_proposers_pieces_asks_for_the_contact_block() -> None:
    assert contact_parts("Name / Role / Department") == ("proposer_name", "proposer_title", "proposer_department")
    assert contact_parts("Contact (title · department · email · phone)") == (
        "_contact", "proposer_title", "proposer_department", "proposer_email", "proposer_phone")
    assert match_label("Your name, role and contact").key == "_contact"  # type: ignore[union-attr]
    assert match_label("Votre nom, fonction et coordonnées").key == "_contact"  # type: ignore[union-attr]
    # two items are read apart as before; the partner's items and the course's things are no proposer's block
    assert contact_parts("Name / Title") is None
    assert contact_parts("Partner name, contact and status") is None
    assert contact_parts("Format, hours and learners") is None
    assert match_label("Partner name and contact").key == "partner_contact"  # type: ignore[union-attr]


def test_the_answer_is_read_in_the_labels_order() -> None:
    asked = ("proposer_name", "proposer_title", "proposer_department")
    assert in_asked_order(asked, "Noor Halvorsen / Charge Nurse / Emergency Department") == {
        "proposer_name": "Noor Halvorsen", "proposer_title": "Charge Nurse",
        "proposer_department": "Emergency Department"}
    asked = ("_contact", "proposer_title", "proposer_department", "proposer_email", "proposer_phone")
    assert in_asked_order(asked, "Vascular Access Lead · Emergency Department · n.h@example.org · 416-555-0170") == {
        "proposer_title": "Vascular Access Lead", "proposer_department": "Emergency Department",
        "proposer_email": "n.h@example.org", "proposer_phone": "416-555-0170"}
    # parts that do not match the items in number, or a "name" that is no person's, read nothing by order
    assert in_asked_order(("proposer_name", "proposer_title", "proposer_department"), "Noor Halvorsen / Nurse") == {}
    assert in_asked_order(("proposer_name", "proposer_title", "proposer_department"),
                          "Emergency Department / Nurse / Lakeside Hospital") == {}


def _docx_two_columns(rows: list[tuple[str, str]]) -> bytes:
    import docx

    d = docx.Document()
    d.add_heading("Micro-course concept sheet", 1)
    t = d.add_table(rows=0, cols=2)
    for label, answer in rows:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = label, answer
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _docx_grid(pairs: list[tuple[tuple[str, str], tuple[str, str]]]) -> bytes:
    """Two labels a row, the answers in the row below."""
    import docx

    d = docx.Document()
    d.add_heading("Concept grid", 1)
    t = d.add_table(rows=0, cols=2)
    for (l1, a1), (l2, a2) in pairs:
        head, ans = t.add_row().cells, t.add_row().cells
        head[0].text, head[1].text = l1, l2
        ans[0].text, ans[1].text = a1, a2
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _pdf_lines(rows: list[tuple[str, str]]) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="Letter")
    pdf.add_page()
    pdf.set_font("helvetica", "B", 13)
    pdf.text(56, 56, "Concept sheet - micro-course")
    pdf.set_font("helvetica", "", 10)
    y = 90.0
    for label, answer in rows:
        pdf.text(56, y, f"{label}: {answer}")
        y += 20
    return bytes(pdf.output())


def test_a_two_column_table_row_asking_name_role_and_department() -> None:
    rows = [("Name / Role / Department", "Noor Halvorsen / Charge Nurse / Emergency Department"),
            ("Email", "n.halvorsen@example.org"), *BODY]
    r = parsers.parse(_docx_two_columns(rows), "sheet.docx")
    assert r.fields.get("proposer_name") == "Noor Halvorsen"
    assert r.fields.get("proposer_title") == "Charge Nurse"
    assert r.fields.get("proposer_department") == "Emergency Department"
    assert "partner_contact" not in r.fields


def test_a_questionnaire_line_asking_name_role_and_contact() -> None:
    rows = [("Your name, role and contact",
             "Noor Halvorsen, Charge Nurse, Emergency Department | n.halvorsen@example.org | 416-555-0170"), *BODY]
    r = parsers.parse(_pdf_lines(rows), "sheet.pdf")
    assert r.fields.get("proposer_name") == "Noor Halvorsen"
    assert r.fields.get("proposer_email") == "n.halvorsen@example.org"
    assert r.fields.get("proposer_phone") == "416-555-0170"
    assert r.fields.get("partner_contact") != r.fields.get("proposer_name")


def test_a_grid_header_cell_listing_the_contact_pieces_is_a_label() -> None:
    pairs = [(("Course title", BODY[0][1]), ("Type of request", "Micro-course")),
             (("Proponent", "Noor Halvorsen"),
              ("Contact (title · department · email · phone)",
               "Charge Nurse · Emergency Department · n.halvorsen@example.org · 416-555-0170")),
             *[((a, b), (c, d)) for (a, b), (c, d) in zip(BODY[2::2], BODY[3::2])]]
    r = parsers.parse(_docx_grid(pairs), "grid.docx")
    assert r.fields.get("proposer_name") == "Noor Halvorsen"
    assert r.fields.get("proposer_title") == "Charge Nurse"
    assert r.fields.get("proposer_department") == "Emergency Department"
    assert r.fields.get("proposer_email") == "n.halvorsen@example.org"
