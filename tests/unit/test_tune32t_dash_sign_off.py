"""A questionnaire or note that signs off on one line: the closing, a dash, then the signature ("Thanks for
considering this! – Ada Eze, Charge Nurse, Emergency Department"), the address and number on the line under it.
The name, role and unit after the dash are the proposer's, as they are under a closing on lines of their own.
Our own small DOCX."""
from __future__ import annotations

import io

import mailbot_parsers as parsers

PARAS = [
    ("Bedside Ultrasound for IV Access", True),
    ("Answers to the Continuing Education concept questions", False),
    ("1. What's the course?", True),
    ("Bedside Ultrasound for IV Access - a new micro-credential.", False),
    ("2. Who would take it?", True),
    ("Emergency nurses with two years of practice.", False),
    ("3. What problem does it fix?", True),
    ("Difficult IV access delays care, and few nurses can use ultrasound guidance.", False),
    ("4. Which skills?", True),
    ("a) vein selection", False),
    ("b) needle guidance in plane", False),
    ("5. What will learners be able to do at the end?", True),
    ("a) Place a guided peripheral line.", False),
    ("b) Recognise an arterial puncture.", False),
    ("6. How will we know?", True),
    ("An observed insertion on a phantom, scored with a checklist.", False),
    ("7. Any outside support?", True),
    ("Lakeside Vascular Access Group has said yes and a letter is on its way.", False),
    ("8. Fit with the Education Plan?", True),
    ("It builds hands-on clinical skills, which the Plan names as a goal.", False),
    ("Thanks for considering this! \u2013 Noor Halvorsen, Charge Nurse, Emergency Department", False),
    ("n.halvorsen@example.org | 416-555-0170 | 20 November 2026", False),
]


def _docx() -> bytes:
    import docx

    d = docx.Document()
    for text, bold in PARAS:
        d.add_paragraph().add_run(text).bold = bold
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_the_signature_after_a_dash_on_the_closing_line_is_the_proposers() -> None:
    r = parsers.parse(_docx(), "answers.docx")
    assert r.is_concept_form
    assert r.fields.get("proposer_name") == "Noor Halvorsen"
    assert r.fields.get("proposer_title") == "Charge Nurse"
    assert r.fields.get("proposer_department") == "Emergency Department"
    assert r.fields.get("proposer_email") == "n.halvorsen@example.org"
