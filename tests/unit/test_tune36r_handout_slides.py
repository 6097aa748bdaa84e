"""A slide handout: each point is a bulleted line, the title slide carries the author's line, and the last slide
("Contact" / "Questions?") lists the presenter's name, workplace, address and number, one a bullet. The bullet glyph
is no word of the sentence it marks; a contact slide that names the proposer is the proposer's own contact, never a
partner's; its workplace line is no role, and the role comes from the title slide's author line."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers import prose

TITLE = ["Texture-Modified Diets and Safe Swallowing", "A micro-course proposal for Michener CE",
         "Priyanka Venkataraman, Speech-Language Pathologist", "Riverbend Rehabilitation Hospital", "November 23, 2026",
         "Slide 1"]
SLIDES = ["Why now?", "• Choking incidents in care homes rose after staff turnover",
          "• Most aides learn texture levels informally on the job", "Slide 2",
          "Skills", "• Identify texture levels 0 to 7", "• Safe positioning and pacing at meals", "Slide 3",
          "Format and numbers", "• Request: a micro-course", "• In person, at the partner's homes",
          "• 2 x 3-hour sessions = 6 hours", "• Start: Spring 2027", "• Six groups of fifteen a year", "Slide 4",
          "Who it is for", "• Personal support workers and dietary aides in long-term care", "Slide 2",
          "By the end, learners will be able to", "• Match a food or drink to its texture level",
          "• Set up a resident for a safe meal", "Slide 3",
          "How we will know", "• Observed mealtime assistance with a standardized checklist", "Slide 4",
          "Partner and fit", "• Golden Birch Long-Term Care Network - has agreed to endorse; the letter will follow",
          "• Supports the Education Plan goal of interprofessional learning for care providers", "Slide 5"]


def test_the_bullet_is_no_part_of_the_plan_sentence() -> None:
    for bullet in "•▪■":
        found = prose.read([f"{bullet} Supports the Education Plan goal of interprofessional learning for care providers"])
        assert found["education_plan_alignment"].value == \
            "Supports the Education Plan goal of interprofessional learning for care providers"


DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def _deck(last: list[str]) -> bytes:
    """A handout's slides on one page: each slide's heading bold and larger, its bulleted points plain under it."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="Letter")
    pdf.add_font("dejavu", "", DEJAVU)
    pdf.add_font("dejavu", "B", DEJAVU_BOLD)
    pdf.add_page()
    pdf.set_left_margin(56)
    pdf.set_xy(56, 40)
    lines = [(TITLE[0], 16, True), *[(t, 10, False) for t in TITLE[1:5]]]
    heading = True
    for t in [*SLIDES, *last]:
        if t.startswith("Slide "):
            heading = True
            continue
        lines.append((t, 12 if heading else 9, heading))
        heading = False
    for text, size, bold in lines:
        pdf.set_font("dejavu", "B" if bold else "", size)
        pdf.multi_cell(480, size * 1.25, text)
        pdf.ln(size * (0.9 if bold else 0.2))
    return bytes(pdf.output())


def test_the_role_comes_from_the_title_slide_when_the_last_slide_gives_the_workplace() -> None:
    r = parsers.parse(_deck(["Questions?", "• Priyanka Venkataraman", "• Riverbend Rehabilitation Hospital",
                             "• pvenkataraman@example.org", "• 905-555-0163 ext. 218"]), "deck handout.pdf")
    assert r.fields.get("proposer_name") == "Priyanka Venkataraman"
    assert r.fields.get("proposer_title") == "Speech-Language Pathologist"
    assert r.fields.get("proposer_department") == "Riverbend Rehabilitation Hospital"
    assert r.fields.get("proposer_phone") == "905-555-0163 ext. 218"


def test_a_contact_slide_naming_the_proposer_is_the_proposer_s_contact() -> None:
    r = parsers.parse(_deck(["Contact", "• Priyanka Venkataraman", "• pvenkataraman@example.org", "• 905-555-0163"]),
                      "deck handout.pdf")
    assert r.fields.get("proposer_name") == "Priyanka Venkataraman"
    assert "partner_contact" not in r.fields
    assert "partner_contact" in r.uncertain_fields  # (unsure, never declared missing)
    assert "partner_contact" not in r.missing_required
    assert r.fields.get("proposer_email") == "pvenkataraman@example.org"
    assert r.fields.get("proposer_phone") == "905-555-0163"
