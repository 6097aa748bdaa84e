"""A choice whose own question shows a tick the reader cannot read is not answered by an option another answer names
("Estimated Hours: 6 (4 online + 2 lab)"); and hours parted between an online part and a part done in person state a
hybrid course. Built here with fpdf2."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.normalise import delivery_format, split_hours
from tests.unit.samples import labels_beside_pdf

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
    return labels_beside_pdf(ROWS)


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
