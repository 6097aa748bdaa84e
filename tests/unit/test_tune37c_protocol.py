"""A proposal written like a small research protocol: a title, a "Proposer:" line, a version line with its date,
numbered headings Background (with a "Population" sub-heading naming the learners), Objectives, Method ("Design:",
"Delivery:", "Duration:", "Participants:" and "Start:" bullets), Evaluation (a run-in "Summative assessment." paragraph,
then a "Programme evaluation." one that is not the assessment), Partners, Resources, and a closing "Correspondence:
email | phone" line. The sub-heading ends the Background, the Participants bullet counts learners a year, the
Design line says what kind of course it is, and the correspondence line is the writer's contact."""
from __future__ import annotations

import docx

import mailbot_parsers as parsers
from tests.parser_samples import paragraphs_pdf
from tests.unit.samples import docx_bytes


def _bold_lead(d: docx.document.Document, head: str, rest: str) -> None:
    para = d.add_paragraph()
    para.add_run(head).bold = True
    para.add_run(" " + rest)


def _protocol_docx() -> bytes:
    d = docx.Document()
    d.add_heading("Pelvic Floor Ultrasound: Core Skills", level=1)
    d.add_paragraph("Proposal to the Continuing Education office, set out as a short protocol")
    d.add_paragraph("Principal proposer: Ines Okafor-Lund, Clinical Educator, Women's Imaging, Lakeview Hospital\n"
                    "Version: 0.2 -- 9 October 2026")
    d.add_heading("1. Background", level=2)
    d.add_paragraph("Wait lists for pelvic floor scans have grown since 2024. Few sonographers were taught the "
                    "dynamic views, and only one site can scan without a radiologist present.")
    d.add_heading("Population", level=3)
    d.add_paragraph("Registered sonographers who scan in women's health clinics.")
    d.add_heading("2. Objectives", level=2)
    d.add_paragraph("On completion, participants will be able to:")
    for item in ("Acquire the standard pelvic floor views.", "Measure the levator hiatus accurately.",
                 "Report findings in the structured template."):
        d.add_paragraph(item, style="List Number")
    d.add_paragraph("Competencies targeted: Probe handling for dynamic views; hiatal measurement; structured reporting")
    d.add_heading("3. Method", level=2)
    for item in ("Design: a new, stand-alone micro-credential", "Delivery: blended – online theory then lab practice",
                 "Duration: 18 hours (8 online + 10 in the lab)", "Participants: three cohorts of eight per year",
                 "Start: March 2027"):
        d.add_paragraph(item, style="List Bullet")
    d.add_heading("4. Evaluation", level=2)
    _bold_lead(d, "Summative assessment.", "Two observed scans on volunteers scored against a checklist and a "
                                           "written review of three recorded studies.")
    _bold_lead(d, "Programme evaluation.", "Participants complete a survey after each cohort; we also count "
                                           "independent scans six months later.")
    d.add_heading("5. Partners", level=2)
    for item in ("Partner: Lakeview Pelvic Health Associates", "Status: letter of support attached",
                 "Contact: Dr. Hana Moretti, Medical Director, h.moretti@example.com"):
        d.add_paragraph(item, style="List Bullet")
    d.add_heading("6. Fit with Michener's Education Plan", level=2)
    d.add_paragraph("It supports the Education Plan's commitment to flexible learning for working professionals.")
    d.add_heading("7. Resources", level=2)
    d.add_paragraph("Two ultrasound machines on Saturdays and a course shell on the learning platform.")
    d.add_paragraph("")
    d.add_paragraph("Correspondence: i.okafor-lund@example.org | 416-555-0177")
    return docx_bytes(d)


def test_a_protocol_in_word_reads_its_sub_heading_method_bullets_run_in_assessment_and_correspondence() -> None:
    r = parsers.parse(_protocol_docx(), "protocol.docx")
    f = r.fields
    assert f.get("rationale", "").endswith("without a radiologist present.")
    assert f.get("target_learners") == "Registered sonographers who scan in women's health clinics."
    assert f.get("expected_enrolment") == 24
    assert f.get("request_type") == "new"
    assert f.get("summative_assessment", "").startswith("Two observed scans")
    assert "Programme evaluation" not in f.get("summative_assessment", "")
    assert f.get("proposer_email") == "i.okafor-lund@example.org"
    assert f.get("proposer_phone") == "416-555-0177"
    assert f.get("resources_required") == "Two ultrasound machines on Saturdays and a course shell on the learning platform."
    assert f.get("submission_date") == "2026-10-09"


def test_a_protocol_printed_to_pdf_parts_a_wrapped_proposer_line_by_its_commas() -> None:
    heads = {"Background", "Population", "Method", "Resources"}
    paras = ["Bedside Bladder Scanning for Ward Nurses",
             "Concept proposal in protocol format",
             # (the line breaks where the page ran out, inside the unit's name)
             "Proposer: Tobias Wennerholm-Achebe, Nurse Continence Advisor, Urology\n"
             "Outpatient Service, Harbour Community Hospital",
             "Version: draft 1 -- 4 November 2026",
             "Background",
             "Catheters are inserted before anyone scans the bladder, mostly at night.",
             "Population",
             "Registered nurses on surgical and medical wards.",
             "Method",
             "- Design: a short micro-course, not a full micro-credential",
             "- Delivery: fully online, self-paced",
             "- Duration: 4 hours in total",
             "- Participants: about 90 nurses a year across the two sites",
             "- Start: February 2027",
             "Resources",
             "A CE instructional designer for the online module.",
             "Correspondence: t.wennerholm@example.org | 905-555-0161"]
    pdf = paragraphs_pdf([(t, 13 if t in heads else 11, t in heads) for t in paras], 500)
    r = parsers.parse(pdf, "protocol.pdf")
    f = r.fields
    assert f.get("proposer_title") == "Nurse Continence Advisor"
    assert f.get("proposer_department") == "Urology Outpatient Service, Harbour Community Hospital"
    assert f.get("target_learners") == "Registered nurses on surgical and medical wards."
    assert f.get("expected_enrolment") == 90
    assert f.get("request_type") == "micro_course"
    assert f.get("proposer_email") == "t.wennerholm@example.org"
    assert f.get("resources_required") == "A CE instructional designer for the online module."
    assert f.get("submission_date") == "2026-11-04"
