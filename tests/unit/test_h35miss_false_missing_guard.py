"""No false "missing" from three layouts that leave a label with nothing after it although the field is answered:
questions listed first and answered later under the same keys, captions printed under their answer lines, and a
label wrapped onto a second line whose answer stands beside its first. Files built here with python-docx and fpdf2."""
from __future__ import annotations

import io

import docx
from fpdf import FPDF

import mailbot_parsers as parsers
from mailbot_parsers.listed_questions import answered_by_key
from mailbot_parsers.empty_answers import answer_region
from mailbot_parsers.pdf_layout import Line

QUESTIONS = [
    ("Proposed title of the micro-course?", "Wound Care Refresher for Personal Support Workers"),
    ("Name of the proposer?", "Hollis Marchetti-Obi"),
    ("Position or title?", "Clinical Educator"),
    ("Department or program?", "Community Care Programs"),
    ("Email?", "hmarchetti@example.org"),
    ("Who is it for?", "Personal support workers in home care"),
    ("Why is it needed?", "Home care agencies report skin tears and pressure injuries going unreported."),
    ("Which skills does it target?", "Skin inspection, simple dressing changes, reporting"),
    ("How will learners be assessed?", "An observed dressing change scored on a checklist."),
    ("Which partner endorses it?", "Lakeside Home Care Cooperative"),
    ("How does it align with the Education Plan?", "It widens access to short, practical credentials."),
    ("What type of request is this?", "New micro-credential"),
    ("What will learners be able to do at the end?", "Inspect skin and change a simple dressing safely."),
    ("Delivery format?", "Hybrid"),
    ("Estimated hours?", "12"),
    ("Proposed start?", "March 2027"),
]


def _keyed_docx() -> bytes:
    d = docx.Document()
    d.add_heading("Micro-credential concept form: questions and answers", 1)
    d.add_paragraph("Our concept for a new micro-credential: the CE office's questions are listed first and my "
                    "answers follow under the same letters.")
    d.add_heading("Questions", 2)
    for i, (q, _) in enumerate(QUESTIONS):
        d.add_paragraph(f"{chr(65 + i)}. {q}")
    d.add_heading("Answers", 2)
    for i, (_, a) in enumerate(QUESTIONS):
        d.add_paragraph(f"{chr(65 + i)}. {a}")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_keyed_questions_are_recognised_and_numbered_lists_are_not() -> None:
    keyed = "\n".join([f"{chr(65 + i)}. {q}" for i, (q, _) in enumerate(QUESTIONS)]
                      + ["Answers"] + [f"{chr(65 + i)}. {a}" for i, (_, a) in enumerate(QUESTIONS)])
    assert answered_by_key(keyed)
    # two numbered lists of outcomes and skills are no questions answered elsewhere
    lists = "\n".join(["Learning outcomes:"] + [f"{n}. Perform step {n} of the procedure safely." for n in range(1, 7)]
                      + ["Competencies:"] + [f"{n}. Skill number {n} in practice." for n in range(1, 7)])
    assert not answered_by_key(lists)
    # questions with their answers under each: no second run of keys
    inline = "\n".join(f"{chr(65 + i)}. {q}\n{a}" for i, (q, a) in enumerate(QUESTIONS))
    assert not answered_by_key(inline)


def test_questions_answered_under_keys_are_never_called_missing() -> None:
    r = parsers.parse(_keyed_docx(), "keyed answers.docx")
    assert r.is_concept_form
    assert r.missing_required == []


def _captioned_pdf() -> bytes:
    pdf = FPDF(unit="pt", format="Letter")
    pdf.add_page()
    pdf.set_font("helvetica", "B", 14)
    pdf.text(60, 60, "Micro-Course / Credential Concept Form")
    y = 100
    rows = [("Name of Proposer", "Odalys Brennan-Kaur"), ("Position / Title", "Respiratory Therapist"),
            ("Department / Program", "Critical Care"), ("E-mail Address", "obrennan@example.org"),
            ("Proposed Title", "High-Flow Nasal Oxygen in the Ward"),
            ("Target Learners", "Ward nurses who set up high-flow oxygen"),
            ("Rationale / Need", "High-flow therapy moved to the wards without training."),
            ("Summative Assessment", "A simulated set-up scored on a checklist."),
            ("Industry / Employment Partner", "Northgate Respiratory Network"),
            ("Alignment with Michener's Education Plan", "Interprofessional practice on the wards.")]
    for caption, answer in rows:
        pdf.set_font("helvetica", "", 10)
        pdf.text(62, y, answer)
        pdf.set_font("helvetica", "", 7)
        pdf.text(60, y + 9, caption)  # the caption tight under its line, the next answer well below
        y += 40
    return bytes(pdf.output())


def test_captions_under_answers_prove_no_field_empty() -> None:
    r = parsers.parse(_captioned_pdf(), "captioned form.pdf")
    assert r.is_concept_form
    assert r.missing_required == []


def _line(text: str, x0: float, y0: float, size: float = 9.0) -> Line:
    return Line(page=0, x0=x0, y0=y0, x1=x0 + 4.6 * len(text), y1=y0 + size, text=text, size=size)


def test_a_wrapped_labels_answer_beside_its_first_line_is_an_answer() -> None:
    # the reading found only the label's second line ("Partner [R3]"): the page shows its answer beside the first
    def page(answered: bool) -> list[Line]:
        lines = [_line("Competency Framework:", 50, 420), _line("ACR Manual on MR Safety", 216, 420),
                 _line("Industry / Employment", 50, 362), _line("Partner [R3]", 50, 351),
                 _line("Partner Contact:", 50, 335), _line("Dr. Felix Ambrose", 216, 335)]
        if answered:
            lines.append(_line("Ottawa Valley Imaging Group", 216, 362))
        return lines

    assert answer_region([page(True)], "Partner [R3]", "partner_name") is False
    # left blank, the same label still shows its answer empty: the guard needs the answer beside the label
    assert answer_region([page(False)], "Partner [R3]", "partner_name") is True
