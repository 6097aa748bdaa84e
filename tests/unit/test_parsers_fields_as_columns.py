"""A summary table whose header row holds the fields as columns, in the writer's own short words, over one row
of answers: each narrow cell wraps its answer into many short lines. Read line by line it is a row of labels and
then a jumble of fragments; read by columns, each header takes the text under it. Built with fpdf2 in our own
wording (an upright page, so only the columns show the table)."""
from __future__ import annotations

import mailbot_parsers as parsers

# (header, answer) of each column
COLUMNS: list[tuple[str, str]] = [
    ("Course title", "Bladder Scanning for Continence Nurses"),
    ("Type", "Micro-course"),
    ("Who for", "Continence and urology nurses in outpatient clinics"),
    ("Need", "Catheterisations for retention are often avoidable when a scan is done first."),
    ("Skills", "Scanner set-up; image capture; volume interpretation"),
    ("Assessment", "Three observed scans scored with a checklist"),
    ("Partner", "Eastgate Continence Clinic"),
    ("Date", "14/10/2026"),
]


def _columns_pdf(columns: list[tuple[str, str]]) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(orientation="L", unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("helvetica", "", 7)
    pdf.text(30, 30, "Micro-course summary for the CE concept review")
    pdf.set_y(60)
    with pdf.table(col_widths=tuple(1 for _ in columns), width=780, v_align="TOP", first_row_as_headings=False) as t:
        head = t.row()
        for label, _ in columns:
            head.cell(label)
        body = t.row()
        for _, answer in columns:
            body.cell(answer)
    return bytes(pdf.output())


def test_each_column_header_takes_the_wrapped_answer_under_it() -> None:
    result = parsers.parse(_columns_pdf(COLUMNS), "summary.pdf")
    assert result.is_concept_form
    assert result.fields["proposal_title"] == "Bladder Scanning for Continence Nurses"
    assert result.fields["rationale"] == COLUMNS[3][1]
    assert result.fields["competencies"] == COLUMNS[4][1]
    assert result.fields["summative_assessment"] == COLUMNS[5][1]
    assert result.fields["partner_name"] == "Eastgate Continence Clinic"


def test_a_row_of_one_questions_options_side_by_side_is_no_header() -> None:
    # tick-box captions of one field in a row name that field five times: no table of fields as columns
    options = [("Letter attached", "X"), ("Endorsement confirmed", ""), ("In discussion", ""), ("None yet", ""),
               ("Not asked", "")]
    from mailbot_parsers import header_table, pdf_layout

    runs = pdf_layout.page_lines(_columns_pdf(options), 5, None, set())[0]
    assert not header_table.reads_across(runs)
