"""A spreadsheet printed to PDF (or any grid set with tight rows): one label a row, its answer level with it, the rows
as close as a paragraph's lines. An answer line that stops short of the answer column's width by more than the next
line's first word was ended there, so the line under it opens the next row's answer ("Declan Ashworth-Boateng" over
"Community Paramedic Educator"), even where the lower line is only a little longer. Figures set right in their cells
("15" over "80") are each their own row's answer too. A paragraph the page wrapped still reads as one answer."""
from __future__ import annotations

import mailbot_parsers as parsers

ROWS: list[tuple[str, list[str], bool]] = [
    ("Course Title", ["Frailty Screening and Falls Referral for Community Paramedics"], False),
    ("Request Type", ["New"], False),
    ("Target Learners", ["Community paramedics and paramedic supervisors in non-emergency home-visit",
                         "programs"], False),
    ("Competencies / Skills Targeted", ["Clinical Frailty Scale scoring; timed up-and-go; referral pathways"], False),
    ("Learning Outcomes", ["Score frailty with the Clinical Frailty Scale.", "Make a referral to a falls program."],
     False),
    ("Summative Assessment", ["Scenario-based assessment with a standardised older adult in a simulated home,",
                              "marked with a global rating scale."], False),
    ("Name", ["Declan Ashworth-Boateng"], False),
    ("Role", ["Community Paramedic Educator"], False),
    ("Program Area", ["Paramedic Continuing Education"], False),
    ("Email", ["d.ashworth@example.org"], False),
    ("Phone", ["705-555-0193"], False),
    ("Industry / Employment Partner", ["Lakeland Paramedic Services"], False),
    ("Hours", ["15"], True),
    ("Learners per year", ["80"], True),
    ("Launch", ["January 2028"], False),
]


def spreadsheet_print() -> bytes:
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="Letter")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("times", "B", 10)
    pdf.text(55, 60, "Micro-credential concept form")
    y = 90.0
    for label, lines, right in ROWS:
        pdf.set_font("times", "B", 8)
        pdf.text(55, y, label)
        pdf.set_font("helvetica", "", 8)
        for n, line in enumerate(lines):
            x = 550 - pdf.get_string_width(line) if right else 215
            pdf.text(x, y + 10 * n, line)
        y += 10 * len(lines)
    return bytes(pdf.output())


def test_tight_rows_give_each_label_its_own_answer() -> None:
    r = parsers.parse(spreadsheet_print(), "concept form (xlsx export).pdf")
    assert r.is_concept_form
    f = r.fields
    assert f["proposer_name"] == "Declan Ashworth-Boateng"
    assert f["proposer_title"] == "Community Paramedic Educator"
    assert f["proposer_department"] == "Paramedic Continuing Education"
    assert f["proposer_email"] == "d.ashworth@example.org"
    assert f["estimated_hours"] == 15
    assert f["expected_enrolment"] == 80
    assert f["proposed_start"] == "January 2028"
    # the page wrapped these: one answer each
    assert f["target_learners"] == ("Community paramedics and paramedic supervisors in non-emergency home-visit "
                                    "programs")
    assert f["summative_assessment"] == ("Scenario-based assessment with a standardised older adult in a simulated "
                                         "home, marked with a global rating scale.")
