"""A generic Project Charter template filled for a project that is no course (new equipment, a software roll-out):
its "Objectives", "Stakeholders", "Business Case" and "Strategic Alignment" read as the concept form's questions, but
it never names a course or credential and asks nothing of learners, skills or assessment. It is no concept form; the
same charter filled for a micro-credential is one. Built here with python-docx."""
from __future__ import annotations

from docx import Document

import mailbot_parsers as parsers
from tests.unit.samples import docx_bytes

DETAILS = [("Project Name", "{title}"), ("Project Lead", "Marisol Quenneville-Adu"), ("Position", "{role}"),
           ("Department", "Biomedical Engineering, Lakeshore General Hospital"), ("Email", "mquenneville@example.org"),
           ("Phone", "613-555-0142"), ("Executive Sponsor", "Dev Raman, VP Operations"),
           ("Date Prepared", "14 October 2026")]


def _charter(title: str, role: str, sections: list[tuple[str, list[str]]]) -> bytes:
    doc = Document()
    doc.add_paragraph("PROJECT CHARTER")
    doc.add_heading("1. Project Overview", level=2)
    table = doc.add_table(rows=0, cols=2)
    for label, value in DETAILS:
        row = table.add_row().cells
        row[0].text = label
        row[1].text = value.format(title=title, role=role)
    for n, (heading, lines) in enumerate(sections, 2):
        doc.add_heading(f"{n}. {heading}", level=2)
        for line in lines:
            doc.add_paragraph(line, style="List Bullet" if line.startswith("-") else None)
    return docx_bytes(doc)


EQUIPMENT = [
    ("Background and Business Case", ["Our infusion pumps reach the end of vendor support next year and three models "
                                      "run side by side on the same units, which confuses staff and slows repairs."]),
    ("Scope", ["In scope: replace 310 pumps on the inpatient units and update the drug library.",
               "Out of scope: ambulatory pumps; anaesthesia pumps."]),
    ("Objectives", ["-One pump model on every inpatient unit by March 2028",
                    "-Drug library compliance above 95 % within six months"]),
    ("Deliverables", ["-Pumps installed and tested", "-Updated drug library", "-Quick-reference cards for the units"]),
    ("Stakeholders", ["Nursing units, pharmacy, biomedical engineering and the pump vendor, Medflow Systems."]),
    ("Strategic Alignment", ["Supports the hospital's Patient Safety Plan 2025-2029, priority 2 (medication safety)."]),
    ("Resources and Budget", ["Capital: $1.2 million; 0.5 FTE biomedical technologist for a year."]),
]


def test_a_charter_for_a_project_that_is_no_course_is_no_concept_form() -> None:
    r = parsers.parse(_charter("Infusion Pump Standardisation", "Biomedical Engineering Manager", EQUIPMENT),
                      "Project Charter - pumps.docx")
    assert not r.is_concept_form


COURSE = [
    ("Background and Business Case", ["New staff program infusion pumps unsupervised within a week of starting and "
                                      "pump errors have doubled this year."]),
    ("Target Learners", ["Newly hired nurses on the inpatient units."]),
    ("Competencies", ["Programming primary and secondary infusions; using the drug library; responding to alarms."]),
    ("Objectives", ["-Program an infusion using the drug library", "-Respond to an occlusion alarm"]),
    ("Assessment", ["An observed pump programming station with a checklist."]),
    ("Stakeholders", ["Medflow Systems has agreed to endorse the micro-credential; their letter is attached."]),
    ("Strategic Alignment", ["Supports the Education Plan's commitment to patient safety."]),
]


def test_the_same_charter_for_a_micro_credential_is_one() -> None:
    r = parsers.parse(_charter("Safe Infusion Pump Programming Micro-Credential", "Clinical Educator", COURSE),
                      "Project Charter - pump course.docx")
    assert r.is_concept_form
