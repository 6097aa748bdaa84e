"""A deck printed as notes pages: each page the slide (its title and bullets) in a frame, the slide's number alone at
the frame's foot, the speaker's notes below. Read as text, an answer under a slide's title runs from the bullets over
the slide's number into the notes: where it ends is a guess, so the value is doubted. Built here with fpdf2."""
from __future__ import annotations

from fpdf import FPDF

import mailbot_parsers as parsers
from mailbot_parsers.leftovers import printed_alone as read_into

SLIDES: list[tuple[str, list[str], list[str]]] = [
    ("Wound Photography for Home Care Nurses", ["Priyanka Okafor-Lindgren", "Wound Care Nurse Lead",
                                                "Home Care Program, Eastvale Health"],
     ["Good morning. I'm Priyanka Okafor-Lindgren and I propose a new micro-credential for our nurses.",
      "You can reach me at pokafor@eastvale.example.org."]),
    ("Why this matters", ["Photos cannot be compared", "Referrals sent back"],
     ["Half of the wound photos our specialists receive cannot be compared with the last visit's,",
      "so healing cannot be judged and referrals come back."]),
    ("Who it is for", ["Home care nurses", "Personal support workers"],
     ["The course is meant for home care nurses who photograph wounds at the bedside."]),
    ("Learning outcomes", ["Set up a consistent photo", "Measure the wound on screen"],
     ["These outcomes match our wound care policy."]),
    ("Assessment and partner", ["Graded photo set", "Partner support"],
     ["Learners submit a graded set of photographs. The Eastvale Wound Clinic endorses the course and its letter",
      "is attached. It fits the Education Plan's priority on care at home."]),
]


def _deck() -> bytes:
    pdf = FPDF(unit="pt", format="Letter")
    pdf.set_auto_page_break(False)
    for n, (title, bullets, notes) in enumerate(SLIDES, 1):
        pdf.add_page()
        pdf.rect(90, 60, 432, 320)
        pdf.set_font("helvetica", "B", 18)
        pdf.text(112, 100, title)
        pdf.set_font("helvetica", "", 15)
        for k, bullet in enumerate(bullets):
            pdf.text(132, 150 + 24 * k, bullet)
        pdf.set_font("helvetica", "", 8)
        pdf.text(510, 372, str(n))
        pdf.set_font("helvetica", "", 11)
        for k, line in enumerate(notes):
            pdf.text(72, 420 + 15 * k, line)
        pdf.set_font("helvetica", "", 8)
        pdf.text(72, 760, "Wound photography - CE proposal")
        pdf.text(530, 760, str(n))
    return bytes(pdf.output())


def test_an_answer_run_over_a_slides_number_into_its_notes_is_doubted() -> None:
    r = parsers.parse(_deck(), "wound photography - notes pages.pdf")
    assert r.is_concept_form
    assert "2 Half of the wound photos" in str(r.fields["rationale"])
    assert "rationale" in r.uncertain_fields


def test_a_number_alone_on_its_line_read_mid_way() -> None:
    text = "Why this matters\n• Photos cannot be compared\n2\nHalf of the photos"
    assert read_into("Photos cannot be compared 2 Half of the photos", text)
    assert read_into(["Measure the wound. 4 These outcomes match"], "4\n")
    assert not read_into("Photos cannot be compared 2 Half of the photos", "Why this matters\n2 photos\n")
    assert not read_into("Two sessions of 2 hours", "2\n")
