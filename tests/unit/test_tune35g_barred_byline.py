"""A canvas or a slide sets its facts on one line apart by bars; the author is one of its pieces."""
from __future__ import annotations

from mailbot_parsers.bylines import author_line


def test_the_author_is_read_from_a_line_of_barred_facts() -> None:
    line = "New micro-credential | Ada Eze, Wound Care Lead, Home Care Program | ada@example.org | 905-555-0100 | 3 Dec 2026"
    found = author_line([line])
    assert found["proposer_name"] == "Ada Eze"
    assert found["proposer_title"] == "Wound Care Lead"


def test_a_barred_line_without_a_person_names_no_author() -> None:
    assert author_line(["Proposal for a new micro-credential | 26 November 2026 | Continuing Education"]) == {}
