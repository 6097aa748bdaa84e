"""A poster's or a handout's footer band sets the contact line over the line that says when the page was made
("Poster prepared November 5, 2026 for the concept review"): that line is the date the document was written, never
the proposer's role; and a name whose surname runs to two words before the comma stays whole."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.bylines import person_line
from mailbot_parsers.composite import contact_line
from tests.parser_samples import text_pdf


def test_the_date_line_under_a_contact_line_is_no_role() -> None:
    found = contact_line("Tomasz Wieczorek | t.wieczorek@example.org | 416-555-0177\n"
                         "Poster prepared October 30, 2026 for the concept review")
    assert found.get("proposer_name") == "Tomasz Wieczorek"
    assert "proposer_title" not in found
    # (a role that names a date-like word is still a role: only a line that dates the page goes)
    assert contact_line("Ada Roy | Nurse Educator | ada@example.org").get("proposer_title") == "Nurse Educator"


def test_the_comma_ends_a_name_of_several_words() -> None:
    found = person_line("Dr. Noor Al-Haddad Pemberton, Clinical Psychologist - Women's Health Program, Fairmont Hospital")
    assert found.get("proposer_name") == "Dr. Noor Al-Haddad Pemberton"
    assert found.get("proposer_title") == "Clinical Psychologist"
    # (a print that lost the comma is still cut where the role begins)
    assert person_line("Ezinne Halloran-Vance Patient Experience Lead | ezinne@example.org").get("proposer_name") \
        == "Ezinne Halloran-Vance"


POSTER = ["Liquid-Based Cytology Screening: Quality Essentials",
          "Tomasz Wieczorek, Senior Cytotechnologist - Department of Laboratory Medicine, Harbourview General Hospital",
          "Why it matters",
          "Screening labs lose experienced staff and new technologists need structured training.",
          "Audience",
          "Cytotechnologists and laboratory assistants.",
          "Assessment",
          "Slide review test marked against a reference key.",
          "Partner",
          "Ontario Cytology Network (letter of support attached)",
          "Details",
          "Online, self-paced; eight hours; target launch Fall 2027",
          "Contact: Tomasz Wieczorek | t.wieczorek@example.org | 416-555-0177",
          "Poster prepared October 30, 2026 for the Michener CE concept review"]


def test_a_poster_s_footer_dates_it_and_its_byline_gives_the_role() -> None:
    r = parsers.parse(text_pdf([POSTER]), "poster.pdf")
    assert r.fields.get("submission_date") == "2026-10-30"
    assert r.fields.get("proposer_title") == "Senior Cytotechnologist"
    assert r.fields.get("proposer_department") == "Department of Laboratory Medicine, Harbourview General Hospital"


HEADINGS = {"Why it matters", "Audience", "Assessment", "Partner", "Details"}


def _poster(lines: list[str]) -> bytes:
    """A poster's boxes one under another: the headings bold and larger, the text plain (a Unicode font, for bullets)."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="Letter")
    pdf.add_font("dejavu", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.add_font("dejavu", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    pdf.add_page()
    pdf.set_xy(40, 40)
    for n, text in enumerate(lines):
        bold = n == 0 or text in HEADINGS
        pdf.set_font("dejavu", "B" if bold else "", 16 if n == 0 else 12 if bold else 9)
        pdf.multi_cell(520, 14, text)
        pdf.ln(8 if bold else 2)
    return bytes(pdf.output())


def test_a_details_box_states_the_practicalities_one_a_bullet() -> None:
    details = ["Details", "■ Online, self-paced with two live sessions", "■ Six hours", "■ Target launch: Winter 2028",
               "■ Around one hundred and twenty learners a year"]
    r = parsers.parse(_poster(POSTER[:8] + details + POSTER[8:10] + POSTER[12:]), "poster.pdf")
    assert r.fields.get("delivery_format") == "online"
    assert r.fields.get("estimated_hours") == 6
    assert r.fields.get("expected_enrolment") == 120
