"""A form or survey service's print of a concept form (numbered questions, each answer in a shaded box under it):

- radio buttons are printed one option a line, empty circles before the options not chosen and a filled one before
  the choice ("○ New micro-credential" / "○ Convert an existing program" / "◉ Micro-course"). The empty ones are not
  options "all drawn alike" (a print that shows no choice): the filled one beside them is the answer;
- a box typed one skill a line in lower case ("concentration and trichrome staining" / "reporting") prints each
  skill on a line of its own, ended short of the page's width: the lines are the skills' items, not one sentence
  wrapped. A sentence the page wrapped (its lines run to the full width) stays one text.
"""
from __future__ import annotations

import mailbot_parsers as parsers

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

QUESTIONS: list[tuple[str, list[str]]] = [
    ("1. Proposed Title *", ["Wound Swab Collection Refresher"]),
    ("2. Name of Proposer *", ["Ingrid Okonkwo-Lindqvist"]),
    ("3. Email *", ["i.okonkwo@example.org"]),
    ("4. Type of Request *", ["○ New micro-credential", "○ Convert an existing program", "◉ Micro-course"]),
    ("5. Target Audience *", ["Ward nurses and clinical assistants in long-term care homes who take wound swabs a",
                              "few times a month"]),
    ("6. Rationale / Need *", ["Swabs taken the wrong way are rejected by the laboratory and the rejection rate rose",
                               "to one in five last year."]),
    ("7. Competencies / Skills Targeted *", ["choosing the swab and the site", "swabbing with the Levine technique",
                                             "labelling and transport"]),
    ("8. Learning Outcomes *", ["Choose the right swab for a wound.", "Take a swab with the Levine technique.",
                                "Label and send a sample without delay."]),
    ("9. Summative Assessment *", ["Observed swab on a wound model, scored with a checklist."]),
    ("10. Industry / Employment Partner *", ["Lakeshore Long-Term Care Network"]),
    ("11. Delivery Format", ["○ Online", "◉ In person", "○ Hybrid"]),
]


def service_print(questions: list[tuple[str, list[str]]] = QUESTIONS) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="Letter")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.add_font("dejavu", "", DEJAVU)
    pdf.add_font("dejavu", "B", DEJAVU)
    pdf.set_font("dejavu", "", 8)
    pdf.text(56, 40, "FormCo · Response #00042 · submitted 2026-11-20 10:12")
    pdf.set_font("dejavu", "B", 14)
    pdf.text(56, 66, "Micro-credential Concept Form")
    y = 96.0
    for label, lines in questions:
        pdf.set_font("dejavu", "B", 10)
        pdf.text(56, y, label)
        y += 16
        pdf.set_font("dejavu", "", 10)
        for line in lines:
            pdf.text(56, y, line)
            y += 13
        y += 8
    return bytes(pdf.output())


def test_a_form_service_print_gives_the_filled_radio_button_and_the_skills_a_line() -> None:
    r = parsers.parse(service_print(), "FormCo response 00042.pdf")
    assert r.is_concept_form
    assert r.fields["request_type"] == "micro_course"
    assert r.fields["delivery_format"] == "in_person"
    assert r.fields["competencies"] == "choosing the swab and the site; swabbing with the Levine technique; labelling and transport"
    # the answers the page wrapped are one text each
    assert r.fields["target_learners"] == ("Ward nurses and clinical assistants in long-term care homes who take "
                                           "wound swabs a few times a month")


def test_skills_wrapped_at_the_page_width_stay_one_text() -> None:
    wrapped = [(label, ["sampling technique for wounds and ulcers including the Levine technique and the",
                        "labelling and transport of samples to the laboratory without delay"])
               if label.startswith("7.") else (label, lines) for label, lines in QUESTIONS]
    r = parsers.parse(service_print(wrapped), "FormCo response 00043.pdf")
    assert r.fields["competencies"] == ("sampling technique for wounds and ulcers including the Levine technique and "
                                        "the labelling and transport of samples to the laboratory without delay")
