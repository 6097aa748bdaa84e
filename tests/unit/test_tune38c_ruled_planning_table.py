"""A one-page planning table (a logic model) drawn as a ruled grid, as a spreadsheet or a report tool prints it: the
strip of "Label: value" pairs and the columns under their headings each stand in a cell with its borders drawn.
The geometry must not pair one column's item with the next column's as a label and its answer: the page is read
column by column. Built here with fpdf2, landscape."""
from __future__ import annotations

from fpdf import FPDF

import mailbot_parsers as parsers

STRIP = [[("Lead:", "Tomasz Achebe-Lind"), ("Position:", "Wound Care Nurse Lead"), ("Department:", "Surgical Services")],
         [("E-mail:", "t.achebe@example.net"), ("Phone:", "705-555-0181"), ("Date:", "March 9, 2027")],
         [("This is a:", "Micro-course"), ("Partner:", "Lakeview Wound Care Society"), ("Endorsement:", "Letter attached")]]
COLUMNS = [("Resources", [["Two wound care nurse", "educators"], ["Dressing supplies"], ["Michener online platform"]]),
           ("Activities", [["Four online modules", "(6 h in total)"], ["Worked dressing cases"]]),
           ("Outputs", [["Two offerings of 20 a", "year (40)"], ["Observed dressing change", "on a model"]]),
           ("Learning outcomes", [["Assess a pressure injury", "and stage it"], ["Choose a dressing for", "each stage"],
                                  ["Explain offloading to", "patients"]]),
           ("Evidence and impact", [["Fewer injuries that worsen", "in hospital, shorter stays", "for older patients",
                                     "and audit scores up"]])]


def _page() -> bytes:
    pdf = FPDF(orientation="L", unit="pt", format="Letter")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 13)
    pdf.text(40, 50, "Logic model - Pressure Injury Prevention for Ward Nurses")
    y = 70
    for row in STRIP:
        for n, (label, value) in enumerate(row):
            x = 40 + n * 240
            pdf.rect(x, y, 240, 20)
            pdf.set_font("helvetica", "B", 9)
            pdf.text(x + 4, y + 13, label)
            pdf.set_font("helvetica", "", 9)
            pdf.text(x + 8 + pdf.get_string_width(label), y + 13, value)
        y += 20
    y += 14
    width = 144
    for n, (head, _items) in enumerate(COLUMNS):
        pdf.rect(40 + n * width, y, width, 20)
        pdf.set_font("helvetica", "B", 9)
        pdf.text(44 + n * width, y + 13, head)
    y += 20
    pdf.set_font("helvetica", "", 9)
    for n, (_head, items) in enumerate(COLUMNS):
        x = 40 + n * width
        pdf.rect(x, y, width, 130)
        k = 0
        for item in items:
            if n < len(COLUMNS) - 1:
                pdf.text(x + 4, y + 14 + 11 * k, "-")
            for j, line in enumerate(item):
                # (a bullet's wrapped lines come back to the bullet's edge, as a report tool's list sets them)
                pdf.text(x + (12 if j == 0 and n < len(COLUMNS) - 1 else 4), y + 14 + 11 * k, line)
                k += 1
    y += 150
    pdf.set_font("helvetica", "", 9)
    pdf.text(40, y, "Why now: Pressure injuries acquired on our wards doubled in two years.")
    pdf.text(40, y + 14, "Education Plan: Supports the Plan's focus on patient safety.")
    return bytes(pdf.output())


def test_a_ruled_planning_table_is_read_as_a_concept_form_column_by_column() -> None:
    result = parsers.parse(_page(), "logic model.pdf")
    fields = result.fields
    assert result.is_concept_form
    assert fields["proposer_name"] == "Tomasz Achebe-Lind"
    outcomes = fields["learning_outcomes"]
    assert isinstance(outcomes, list) and len(outcomes) == 3
    assert outcomes[0] == "Assess a pressure injury and stage it"
    assert "worsen" not in str(outcomes)  # the impact column is no learning outcome
    assert "Michener online platform" in str(fields.get("resources_required", ""))
