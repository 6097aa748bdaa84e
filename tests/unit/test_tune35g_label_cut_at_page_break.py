"""A table row broken by a page break where the label is what shows the cut: "Alignment with" beside "Converts a
workshop into a stackable" at the foot of one page, "Michener's Education Plan" beside "credential, in line with the
plan." at the head of the next (a label never ends on "with")."""
from __future__ import annotations

import mailbot_parsers as parsers
from test_tune33t_row_over_page_break import PAGE_ONE, broken_row_print


def test_a_label_cut_on_a_joining_word_goes_on_over_the_page_break() -> None:
    first = PAGE_ONE[:-1] + [("Alignment with", ["Converts a non-credit workshop into a stackable"])]
    second = [("Michener's Education Plan", ["credential, in line with the plan's focus."]),
              ("Proposed Start", ["spring 2027"]), ("Expected Enrolment per Year", ["40"])]
    r = parsers.parse(broken_row_print(first, second), "concept form - printed.pdf")
    assert r.fields["education_plan_alignment"] == ("Converts a non-credit workshop into a stackable credential, in "
                                                    "line with the plan's focus.")
    assert r.fields["proposed_start"] == "spring 2027"


def test_a_whole_label_keeps_the_next_pages_row_apart() -> None:
    first = PAGE_ONE[:-1] + [("Alignment with Michener's Education Plan", ["Converts a workshop into a credential"])]
    second = [("Proposed Start", ["spring 2027"]), ("Expected Enrolment per Year", ["40"])]
    r = parsers.parse(broken_row_print(first, second), "concept form - printed.pdf")
    assert r.fields["proposed_start"] == "spring 2027"
