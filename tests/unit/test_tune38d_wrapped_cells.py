"""A printed form with two fields side by side on a row ("Label | answer | Label | answer") whose narrow cells wrap:
the wrapped line of an answer ("... Bone Health" over "Program"), of a label ("Department /" over "School") and of an
email address cut where its cell ends ("marguerite.okafor-lind" over "qvist@example.org") belong to their own cell, not to the
next line of the text. Built here with fpdf2."""
from __future__ import annotations

from fpdf import FPDF

import mailbot_parsers as parsers

from mailbot_parsers.calibration import ran_on, sibling_inside

_ROWS = [  # (left label lines, left answer lines, right label lines, right answer lines)
    (["Course name"], ["Bone Densitometry: Scan", "Acquisition and Quality Control"], ["Course code"], ["MRT-DXA 110"]),
    (["Submitted by"], ["Marguerite Okafor-Lindqvist"], ["Position"], ["Senior Technologist,", "Bone Health Program"]),
    (["Department /", "School"], ["Medical Imaging and", "Nuclear Medicine"], ["Email"], ["marguerite.okafor-lind", "qvist@example.org"]),
    (["Phone"], ["(416) 555-0137"], ["Date submitted"], ["14 January 2027"]),
    (["Delivery"], ["Online"], ["Length (hours)"], ["14"]),
]
_STACKED = [
    ("Who is it for?", "Medical radiation technologists who have been asked to cover bone density clinics."),
    ("Why is this needed?", "Community hospitals opened bone density clinics and their operators learned on the job."),
    ("What will learners be able to do?", "1. Position patients for spine and hip scans."),
    ("How will you know they can do it?", "An observed practical on the scanner scored with a checklist."),
    ("Industry partner", "Lakeview Osteoporosis Centre"),
]


def _print() -> bytes:
    pdf = FPDF(unit="pt", format="Letter")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 14)
    pdf.text(58, 60, "New Course / Micro-credential Proposal Form")
    pdf.set_font("helvetica", "B", 10)
    pdf.text(58, 90, "Section A - Course identification")
    y = 115.0
    for cells in _ROWS:
        # drawn row by row, each cell's first line first, then the lines the cells wrap onto
        for k in range(2):
            for x, lines, size in zip((58, 145, 313, 400), cells, (8, 9, 8, 9)):
                if k < len(lines):
                    pdf.set_font("helvetica", "", size)
                    pdf.text(x, y + 11.5 * k, lines[k])
        y += 11.5 * max(len(c) for c in cells) + 18
    for label, answer in _STACKED:
        pdf.set_font("helvetica", "B", 8)
        pdf.text(58, y, label)
        pdf.set_font("helvetica", "", 9)
        pdf.text(58, y + 18, answer)
        y += 44
    return bytes(pdf.output())


def test_each_wrapped_line_stays_in_its_cell() -> None:
    r = parsers.parse(_print(), "proposal form.pdf")
    assert r.is_concept_form
    assert r.fields["proposer_name"] == "Marguerite Okafor-Lindqvist"
    assert r.fields["proposer_title"] == "Senior Technologist, Bone Health Program"
    assert r.fields["proposer_department"] == "Medical Imaging and Nuclear Medicine"
    assert r.fields["proposer_email"] == "marguerite.okafor-lindqvist@example.org"
    assert r.fields["proposer_phone"] == "(416) 555-0137"
    # (the course's code, in words no field's label holds, beside the title: never presented as part of the title)
    assert "MRT-DXA" not in str(r.fields.get("proposal_title")) or "proposal_title" in r.uncertain_fields


def test_a_box_of_the_labels_family_inside_the_answer() -> None:
    assert sibling_inside("Bone Densitometry: Scan Acquisition Course code: MRT-DXA 110", "Course name")
    assert not sibling_inside("Bone Densitometry: Scan Acquisition", "Course name")
    assert not sibling_inside("Wound care basics Course Design: Principles", "Title")


def test_a_phone_followed_by_a_date_ran_on() -> None:
    assert ran_on("proposer_phone", "416-555-0108 Date of request April 6, 2027")
    assert not ran_on("proposer_phone", "416-555-0108 ext. 2231")
    assert not ran_on("proposer_phone", "416-555-0108 (office) or 416-555-0199 (cell)")
