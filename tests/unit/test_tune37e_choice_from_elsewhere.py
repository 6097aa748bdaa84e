"""A choice whose own question shows a tick the reader cannot read is not answered by an option another answer names
("Estimated Hours: 6 (4 online + 2 lab)"); and hours parted between an online part and a part done in person state a
hybrid course. Built here with fpdf2."""
from __future__ import annotations

from fpdf import FPDF

import mailbot_parsers as parsers
from mailbot_parsers.normalise import delivery_format, split_hours

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

ROWS: list[tuple[str, list[str] | str]] = [
    ("Proposed Title", "Tracheostomy Care at Home"),
    ("Name of Proposer", "Ingrid Abernathy-Osei"),
    ("Email", "iabernathy@example.org"),
    ("Type of Request", "New micro-credential"),
    ("Target Learners", "Home care nurses"),
    ("Rationale / Need", "More patients go home with a tracheostomy."),
    ("Competencies / Skills Targeted", "Suctioning; tube changes; emergencies"),
    ("Learning Outcomes", "Change a tracheostomy tube safely"),
    ("Summative Assessment", "An observed tube change"),
    ("Endorsement Status", "In discussion"),
    ("Delivery Format", ["Online", "In person", "Hybrid"]),
    ("Estimated Hours", "6 (4 online + 2 lab)"),
]


def _printed() -> bytes:
    """A printed form whose delivery options all show an empty box (a tick drawn over one would not be in the text)."""
    pdf = FPDF(unit="pt", format="Letter")
    pdf.add_font("dejavu", "", DEJAVU)
    pdf.add_page()
    pdf.set_font("dejavu", "", 13)
    pdf.text(72, 60, "Micro-Course / Credential Concept Form")
    pdf.set_font("dejavu", "", 10)
    y = 100
    for label, answer in ROWS:
        pdf.text(72, y, label)
        for line in [answer] if isinstance(answer, str) else answer:
            pdf.text(260, y, line if isinstance(answer, str) else "☐ " + line)
            y += 14
        y += 6
    return bytes(pdf.output())


def test_an_option_named_in_another_answer_does_not_answer_an_unread_choice() -> None:
    r = parsers.parse(_printed(), "printed form.pdf")
    assert r.fields["estimated_hours"] == 6
    assert "delivery_format" not in r.fields
    assert "delivery_format" in r.uncertain_fields


def test_hours_parted_online_and_in_person_are_a_hybrid_course() -> None:
    assert delivery_format("6 (4 online + 2 lab)") == "hybrid"
    assert delivery_format("20 hours: 12 online, 8 in the lab") == "hybrid"
    assert delivery_format("8 h in person and 4 h online") == "hybrid"
    assert delivery_format("12 hours online") == "online"
    assert not split_hours("4 online or 2 lab?") and not split_hours("4 online modules")
