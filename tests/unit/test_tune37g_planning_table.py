"""A one-page planning table (a logic model): a strip of "Label: value" pairs three to a row over a row of column
headings, each column a bulleted list, the last column outcomes for the system (no learning outcomes). Built here
with fpdf2, landscape."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers import pdf_layout, planning_table
from tests.unit.samples import letter_pdf, pdf_bytes

STRIP = [[("Lead:", "Priyanka Ostrowski-Lam", 40), ("Position:", "Clinical Nurse Specialist, Ostomy", 290),
          ("Department:", ["Surgical Services, Lakeview", "Community Hospital"], 540)],
         [("Email:", "p.ostrowski@example.net", 40), ("Phone:", "705-555-0144", 290), ("Date:", "2027-03-09", 540)]]
COLUMNS = [("Resources", ["Two WOC nurse educators", "Stoma models, supplies"]),
           ("Activities", ["Blended: 3 h online and", "a 5 h skills lab (8 h)"]),
           ("Outputs", ["Learners assessed: Observed", "pouch change on a stoma model", "Starting: Winter 2028"]),
           ("Outcomes (learners will be able to)", ["Assess a stoma and the skin", "around it", "Choose and fit a",
                                                   "pouching system"]),
           ("System results", ["Fewer leaks reported", "after discharge"])]
BULLETED = {0: [0, 1], 1: [0], 2: [0, 2], 3: [0, 2], 4: [0]}  # lines of each column that open an item


def _page(columns: list[tuple[str, list[str]]] = COLUMNS) -> bytes:
    pdf = letter_pdf(orientation="L")
    pdf.set_font("helvetica", "B", 13)
    pdf.text(40, 50, "Logic Model: Ostomy Care After Discharge")
    pdf.set_font("helvetica", "", 9)
    y = 80
    for row in STRIP:
        for label, value, x in row:
            pdf.text(x, y, label)
            for k, line in enumerate([value] if isinstance(value, str) else value):
                pdf.text(x + 55, y + 11 * k, line)
        y += 28
    y += 10
    width = 150
    pdf.set_font("helvetica", "B", 9)
    for n, (head, _lines) in enumerate(columns):
        pdf.text(40 + n * width, y, head if len(head) < 26 else head[:8])
        if len(head) >= 26:
            pdf.text(40 + n * width, y + 10, head[9:])
    pdf.set_font("helvetica", "", 9)
    for n, (_head, lines) in enumerate(columns):
        for k, line in enumerate(lines):
            x = 40 + n * width
            if k in BULLETED[n]:
                pdf.text(x, y + 30 + 11 * k, "-")
            pdf.text(x + 8, y + 30 + 11 * k, line)
    y += 110
    pdf.text(40, y, "Need: Patients go home with new stomas and community nurses see few of them.")
    pdf.text(40, y + 14, "For whom: Home care and community hospital nurses")
    return pdf_bytes(pdf)


def test_the_columns_are_read_one_by_one_and_the_strip_pair_by_pair() -> None:
    runs = pdf_layout.page_lines(_page(), 2)[0]
    read = planning_table.page_text(runs)
    assert read is not None
    lines, heads = read
    assert "Department: Surgical Services, Lakeview Community Hospital" in lines
    assert "Lead: Priyanka Ostrowski-Lam" in lines
    assert heads[0] == "Resources" and heads[3] == "Outcomes (learners will be able to)"
    assert "- Assess a stoma and the skin around it" in lines or "• Assess a stoma and the skin around it" in lines


def test_the_parse_keeps_each_column_to_its_field() -> None:
    result = parsers.parse(_page(), "logic model.pdf")
    fields = result.fields
    assert fields["proposer_name"] == "Priyanka Ostrowski-Lam"
    assert fields["proposer_title"] == "Clinical Nurse Specialist, Ostomy"
    outcomes = fields["learning_outcomes"]
    assert isinstance(outcomes, list) and len(outcomes) == 2
    assert not any("leaks" in item for item in outcomes)  # the system's results are no learning outcome
    assert "Assess a stoma" not in str(fields.get("summative_assessment", ""))


def test_a_table_of_figures_is_no_planning_table() -> None:
    figures = [("Item", ["Instructional design", "Stoma models"]), ("One-time", ["$3,600", "$800"]),
               ("Annual", ["$2,400", "$500"]), ("Notes", ["Quote from vendor", "Two per cohort"]),
               ("Total", ["$6,000", "$1,300"])]
    runs = pdf_layout.page_lines(_page(figures), 2)[0]
    assert planning_table.page_text(runs) is None
