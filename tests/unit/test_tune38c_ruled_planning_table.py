"""A one-page planning table (a logic model) drawn as a ruled grid, as a spreadsheet or a report tool prints it: the
strip of "Label: value" pairs and the columns under their headings each stand in a cell with its borders drawn.
The geometry must not pair one column's item with the next column's as a label and its answer: the page is read
column by column. Built here with fpdf2, landscape."""
from __future__ import annotations

from fpdf import FPDF

import mailbot_parsers as parsers
from mailbot_parsers import pdf_layout, planning_table

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


def _situation_page() -> bytes:
    """A logic model whose first column, "Situation", holds no list but two bold sub-headings over paragraphs."""
    pdf = FPDF(orientation="L", unit="pt", format="Letter")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 13)
    pdf.text(40, 50, "Program Logic Model - Ward Pressure Injury Prevention")
    pdf.set_font("helvetica", "", 9)
    for k, line in enumerate(["Submitted by: Tomasz Achebe-Lind, Wound Care Nurse Lead", "Contact: t.achebe@example.net",
                              "Endorsing partner: Lakeview Wound Care Society - letter attached",
                              "Proposed credential: New micro-credential"]):
        pdf.text(40, 70 + 12 * k, line)
    y, width = 130, 144
    heads = ["Situation", "Inputs", "Activities", "Outcomes", "Impact"]
    pdf.set_font("helvetica", "B", 9)
    for n, head in enumerate(heads):
        pdf.text(40 + n * width, y, head)
    body = {1: [["Two nurse educators"], ["Dressing supplies"]], 2: [["Online modules (6 h)"], ["Dressing cases"]],
            3: [["Assess a pressure injury"], ["Choose a dressing"], ["Explain offloading"]], 4: [["Fewer injuries"]]}
    for n, items in body.items():
        for k, item in enumerate(items):
            pdf.set_font("helvetica", "", 9)
            pdf.text(40 + n * width, y + 20 + 11 * k, "-")
            pdf.text(48 + n * width, y + 20 + 11 * k, item[0])
    situation = [("Need", True), ("Injuries acquired on our", False), ("wards doubled in two years.", False),
                 ("Priority group", True), ("Ward nurses on surgical", False), ("and medical units", False)]
    for k, (line, bold) in enumerate(situation):
        pdf.set_font("helvetica", "B" if bold else "", 9)
        pdf.text(40, y + 20 + 11 * k, line)
    pdf.set_font("helvetica", "", 9)
    pdf.text(40, y + 120, "Alignment: Supports the Education Plan's focus on patient safety.")
    return bytes(pdf.output())


def test_a_columns_bold_sub_headings_head_their_own_paragraphs() -> None:
    runs = pdf_layout.page_lines(_situation_page(), 2)[0]
    read = planning_table.page_text(runs)
    assert read is not None
    lines, heads = read
    assert "Need" in heads and "Priority group" in heads
    assert "Injuries acquired on our wards doubled in two years." in lines
    assert "Ward nurses on surgical and medical units" in lines
    fields = parsers.parse(_situation_page(), "logic model.pdf").fields
    assert fields["rationale"] == "Injuries acquired on our wards doubled in two years."
    assert fields["target_learners"] == "Ward nurses on surgical and medical units"
