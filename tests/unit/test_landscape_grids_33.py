"""Landscape forms: three label/answer pairs a row, labels that wrap onto a second line, and options set as rows
of a grid headed Yes | No."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.marks import yes_no_columns
from tests.parser_samples import positioned_pdf


def test_options_in_a_yes_no_grid_read_as_check_boxes() -> None:
    lines = ["This proposal is for Yes No", "New micro-credential ☒ ☐", "Converting an existing program ☐ ☒",
             "Micro-course ☐ ☒", "Format No Yes", "Online ☐ ☒", "Hybrid ☒ ☐", "Next question"]
    assert yes_no_columns(lines) == ["This proposal is for", "☒ New micro-credential", "☐ Converting an existing program",
                                     "☐ Micro-course", "Format", "☒ Online", "☐ Hybrid", "Next question"]


def test_a_row_ticked_in_both_columns_says_nothing_and_a_lone_row_is_no_grid() -> None:
    assert yes_no_columns(["Format Yes No", "Online ☒ ☒", "Hybrid ☐ ☒"]) == ["Format", "Online ☒ ☒", "☐ Hybrid"]
    assert yes_no_columns(["Is it accredited? Yes No", "Accredited ☒ ☐"]) == ["Is it accredited? Yes No", "Accredited ☒ ☐"]


# (x, y, text): three pairs a row at x 40/120, 280/360, 520/600; two labels wrap onto the line below their row
LANDSCAPE = [
    (40, 560, "Concept Form - Micro-Course / Credential"),
    (40, 530, "Working Title"), (120, 530, "Gait Aids for Home Care Aides"), (280, 530, "Submitted by"),
    (360, 530, "Noor Haddad-Lindgren"), (520, 530, "Role"), (600, 530, "Physiotherapist"),
    (40, 505, "Organization"), (120, 505, "Eastgate Home Care"), (280, 505, "Contact Email"),
    (360, 505, "nhaddad@example.org"), (520, 505, "Telephone"), (600, 505, "416-555-0142"),
    (40, 480, "Duration (hours)"), (120, 480, "6"), (280, 480, "Anticipated Start"), (360, 480, "March 2027"),
    (520, 480, "Estimated"), (600, 480, "40"),
    (280, 468, "Date"), (520, 468, "Learners / Year"),
    (40, 440, "Who is this for?"), (160, 440, "Home care aides who help clients walk with canes and walkers."),
    (40, 420, "Why is it needed?"), (160, 420, "Falls while walking with aids are the agency's most reported incident."),
    (40, 400, "Partner Organization"), (160, 400, "Eastgate Seniors' Council"),
    (40, 380, "Endorsement Status"), (160, 380, "Confirmed"),
    (40, 360, "Summative assessment"), (160, 360, "An observed walk with a client and a short quiz."),
]


def test_three_pairs_a_row_with_wrapped_labels_are_read_pair_by_pair() -> None:
    r = parsers.parse(positioned_pdf(LANDSCAPE, size=(792, 612)), "landscape form.pdf")
    assert r.is_concept_form
    assert r.fields["proposer_name"] == "Noor Haddad-Lindgren"
    assert r.fields["proposer_title"] == "Physiotherapist"
    assert r.fields["proposer_department"] == "Eastgate Home Care"
    assert r.fields["proposed_start"] == "March 2027"
    assert r.fields["estimated_hours"] == 6
