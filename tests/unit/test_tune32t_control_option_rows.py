"""A template whose content controls wrap whole answer cells (tag = the label's words) holds a choice's options as a
row of tick boxes in one plain-text control: "☐ Online ☒ In person ☐ Hybrid". The ticked box answers, as in a table
cell; before, the first option named in the control's text was taken. A drop-down's text (no boxes) reads as before.
Our own small DOCX."""
from __future__ import annotations

import io

import mailbot_parsers as parsers

ROWS: list[tuple[str, str]] = [
    ("Proposed Title", "Bedside Ultrasound for IV Access"),
    ("Name of Proposer", "Noor Halvorsen"),
    ("Email", "n.halvorsen@example.org"),
    ("Type of Request", "☐ New micro-credential   ☐ Convert an existing program   ☒ Micro-course"),
    ("Target Learners", "Emergency nurses with two years of practice"),
    ("Rationale / Need", "Difficult IV access delays care."),
    ("Competencies / Skills Targeted", "Vein selection; needle guidance; complication checks"),
    ("Learning Outcomes", "Place a guided peripheral line."),
    ("Summative Assessment", "Observed insertion on a phantom, scored with a checklist."),
    ("Industry / Employment Partner", "Lakeside Vascular Access Group"),
    ("Endorsement Status", "☐ Letter attached   ☒ Confirmed   ☐ In discussion   ☐ None"),
    ("Alignment with Michener's Education Plan", "Hands-on clinical skills, a Plan priority."),
    ("Delivery Format", "☐ Online   ☒ In person   ☐ Hybrid"),
]


def _docx() -> bytes:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    d = docx.Document()
    d.add_heading("Concept form", 1)
    t = d.add_table(rows=0, cols=2)
    for label, answer in ROWS:
        cells = t.add_row().cells
        cells[0].text = label
        tc = cells[1]._tc
        for p in tc.findall(qn("w:p")):
            tc.remove(p)
        sdt = OxmlElement("w:sdt")
        pr = OxmlElement("w:sdtPr")
        tag = OxmlElement("w:tag")
        tag.set(qn("w:val"), label)
        pr.append(tag)
        content = OxmlElement("w:sdtContent")
        p, r, text = OxmlElement("w:p"), OxmlElement("w:r"), OxmlElement("w:t")
        text.text = answer
        r.append(text)
        p.append(r)
        content.append(p)
        sdt.append(pr)
        sdt.append(content)
        tc.append(sdt)
        tc.append(OxmlElement("w:p"))
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_the_ticked_box_in_a_control_answers_the_choice() -> None:
    r = parsers.parse(_docx(), "controls.docx")
    assert r.is_concept_form
    assert r.fields.get("request_type") == "micro_course"
    assert r.fields.get("delivery_format") == "in_person"
    assert r.fields.get("endorsement_status") == "confirmed"
    assert r.fields.get("proposal_title") == "Bedside Ultrasound for IV Access"
