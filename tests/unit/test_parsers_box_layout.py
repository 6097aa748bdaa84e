"""A one-slide pitch set in boxes side by side is read box by box, each heading over its own text."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers import columns, pdf_layout
from tests.parser_samples import positioned_pdf

LEFT, RIGHT = 40, 330  # two boxes a row, a wide gutter between them

SLIDE = [
    (40, 740, "Intraosseous Access for Paramedics"),
    (40, 726, "Micro-credential pitch for Michener CE - 9 March 2026"),
    # row 1 of boxes
    (LEFT, 680, "Who it is for"), (RIGHT, 680, "The problem"),
    (LEFT, 666, "Paramedics and emergency nurses who start"), (RIGHT, 666, "Intraosseous access is rarely practised, so it"),
    (LEFT, 654, "intraosseous lines in cardiac arrest"), (RIGHT, 654, "is delayed when a vein cannot be found."),
    # row 2 of boxes
    (LEFT, 590, "Skills"), (RIGHT, 590, "Summative assessment"),
    (LEFT, 576, "Landmarking the proximal tibia and humerus"), (RIGHT, 576, "An observed insertion on a task trainer scored"),
    (LEFT, 564, "Driver use and securing the needle safely"), (RIGHT, 564, "with a checklist by an instructor."),
    (LEFT, 552, "Flushing and confirming placement"),
    # row 3 of boxes
    (LEFT, 490, "Partner"), (RIGHT, 490, "Education Plan fit"),
    (LEFT, 476, "Northvale Paramedic Services"), (RIGHT, 476, "Simulation-based and competency-focused learning"),
    (LEFT, 464, "(letter of support attached)"), (RIGHT, 464, "for working clinicians, both Education Plan priorities."),
    (40, 400, "Imani Castellanos-Reid · Paramedic Educator · Northvale Paramedic Services · imani.cr@example.org"),
]


def test_a_page_of_boxes_is_read_box_by_box() -> None:
    pages = pdf_layout.page_lines(positioned_pdf(SLIDE), 1)
    boxes = columns.boxed(pages[0])
    assert boxes is not None
    assert ["Who it is for", "Paramedics and emergency nurses who start",
            "intraosseous lines in cardiac arrest"] in boxes
    assert boxes.index(["The problem", "Intraosseous access is rarely practised, so it",
                        "is delayed when a vein cannot be found."]) == boxes.index(
        ["Who it is for", "Paramedics and emergency nurses who start", "intraosseous lines in cardiac arrest"]) + 1


def test_each_box_heading_keeps_its_own_answer() -> None:
    r = parsers.parse(positioned_pdf(SLIDE), "pitch.pdf")
    assert r.is_concept_form
    assert r.fields["target_learners"] == ("Paramedics and emergency nurses who start intraosseous lines in "
                                           "cardiac arrest")
    assert r.fields["summative_assessment"] == ("An observed insertion on a task trainer scored with a checklist "
                                                "by an instructor.")
    assert r.fields["competencies"] == ("Landmarking the proximal tibia and humerus; Driver use and securing the "
                                        "needle safely; Flushing and confirming placement")
    assert r.fields["education_plan_alignment"] == ("Simulation-based and competency-focused learning for working "
                                                    "clinicians, both Education Plan priorities.")


def test_a_label_column_beside_its_answers_is_no_page_of_boxes() -> None:
    rows = [("Proposed Title:", "Intraosseous Access for Paramedics"), ("Name of Proposer:", "Imani Castellanos-Reid"),
            ("Target Learners:", "Paramedics and emergency nurses in the region"),
            ("Rationale:", "Intraosseous access is rarely practised and often delayed in arrests"),
            ("Summative Assessment:", "An observed insertion on a task trainer with a checklist"),
            ("Partner Organization:", "Northvale Paramedic Services")]
    runs = [(x, 700 - 40 * n, t) for n, (label, answer) in enumerate(rows) for x, t in ((40, label), (220, answer))]
    pages = pdf_layout.page_lines(positioned_pdf(runs), 1)
    assert columns.boxed(pages[0]) is None


def test_text_spaced_letter_by_letter_has_no_gutters() -> None:
    spaced = [(LEFT + 9 * n, 700 - 30 * row, ch) for row, line in enumerate(
        ["Proposed Title", "Name of Proposer", "Target Learners", "Rationale", "Partner"]) for n, ch in enumerate(line)]
    pages = pdf_layout.page_lines(positioned_pdf(spaced), 1)
    assert columns.boxed(pages[0]) is None


def test_the_signature_under_the_boxes_gives_the_proposer() -> None:
    r = parsers.parse(positioned_pdf(SLIDE), "pitch.pdf")
    assert r.fields["proposer_name"] == "Imani Castellanos-Reid"
    assert r.fields["proposer_email"] == "imani.cr@example.org"
