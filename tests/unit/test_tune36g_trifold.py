"""A tri-fold brochure (a landscape sheet, three panels a side) is read panel by panel, the cover first."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers import columns, pdf_layout
from tests.parser_samples import positioned_pages

P1, P2, P3 = 30, 294, 558  # the panels' left edges: the folds split the sheet in three
LANDSCAPE = (792, 612)

OUTSIDE = [
    # the flap (left): rows that line up with the back panel's only by chance
    (P1, 560, "Why this course?"),
    (P1, 546, "Pressure injuries are found late on"),
    (P1, 534, "most wards, and half of them are"),
    (P1, 522, "staged wrongly at first look."),
    (P1, 500, "Our partner"),
    (P1, 486, "We are working with the Harbourside"),
    (P1, 474, "Wound Network (in discussion)."),
    # the back panel (middle): the contact block
    (P2, 560, "Questions? Talk to us"),
    (P2, 546, "Lorna Featherstone, Nurse Lead"),
    (P2, 534, "Wound and Ostomy Service, Harbourside"),  # the panel's edge wrapped it
    (P2, 522, "General Hospital"),
    (P2, 510, "lorna.f@example.org, 416-555-0177"),
    # the cover (right)
    (P3, 560, "Staging Pressure Injuries"),
    (P3, 540, "A new micro-course for ward staff"),
    (P3, 520, "Three hours, in person, one afternoon."),
]
INSIDE = [
    (P1, 560, "Who is it for?"),
    (P1, 546, "Ward nurses and personal support workers"),
    (P1, 534, "on medical and surgical units."),
    (P2, 560, "How we will know"),
    (P2, 546, "A photo-based staging quiz marked"),
    (P2, 534, "against the wound team's answers."),
    (P3, 560, "How it fits Michener"),
    (P3, 546, "Short practice-based learning for"),
    (P3, 534, "working staff, as the Education Plan asks."),
]


def test_a_landscape_side_cut_in_three_is_read_panel_by_panel_cover_first() -> None:
    pages = pdf_layout.page_lines(positioned_pages([OUTSIDE, INSIDE], size=LANDSCAPE), 2)
    assert columns.panels(pages[0]) is not None and columns.panels(pages[1]) is not None
    lines = columns.folded_lines(pages)
    assert lines is not None
    assert lines[0] == "Staging Pressure Injuries"
    assert lines[1] == "A new micro-course for ward staff"
    # the inside next, left to right, each panel whole; then the flap and the back
    assert lines.index("Who is it for?") < lines.index("How we will know") < lines.index("How it fits Michener") \
        < lines.index("Why this course?") < lines.index("Questions? Talk to us")
    who = lines.index("Who is it for?")
    assert lines[who + 1] == "Ward nurses and personal support workers on medical and surgical units."
    # (a line the panel's edge wrapped goes on in the next; a short line over a new one does not)
    assert "Wound and Ostomy Service, Harbourside General Hospital" in lines
    assert "Lorna Featherstone, Nurse Lead" in lines
    assert "lorna.f@example.org, 416-555-0177" in lines


def test_each_panel_heading_keeps_its_own_text() -> None:
    r = parsers.parse(positioned_pages([OUTSIDE, INSIDE], size=LANDSCAPE), "brochure.pdf")
    assert r.fields.get("target_learners") == "Ward nurses and personal support workers on medical and surgical units."
    assert r.fields.get("summative_assessment") == "A photo-based staging quiz marked against the wound team's answers."


def test_two_columns_of_a_form_are_no_panels() -> None:
    # a label column and an answer column: two columns, not three evenly spaced panels of running text
    rows = [("Proposed title", "Staging Pressure Injuries at the Bedside"), ("Proposer", "Lorna Featherstonehaugh"),
            ("Target learners", "Ward nurses and personal support workers"), ("Format", "In person")]
    runs = [(x, 560 - 30 * n, t) for n, (label, answer) in enumerate(rows) for x, t in ((40, label), (250, answer))]
    pages = pdf_layout.page_lines(positioned_pages([runs], size=LANDSCAPE), 1)
    assert columns.panels(pages[0]) is None
    assert columns.folded_lines(pages) is None


def test_three_columns_of_short_table_cells_are_no_panels() -> None:
    # a table of three columns of short cells (hours, weeks, sites) is no leaflet's panels of running text
    cells = [("Module", "Hours", "Site"), ("Staging", "1", "Ward"), ("Photos", "1", "Lab"), ("Quiz", "1", "Online")]
    runs = [(x, 560 - 20 * n, t) for n, row in enumerate(cells) for x, t in zip((P1, P2, P3), row)]
    pages = pdf_layout.page_lines(positioned_pages([runs], size=LANDSCAPE), 1)
    assert columns.panels(pages[0]) is None
