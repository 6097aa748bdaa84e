"""Printed and flattened forms read as their page shows them: radio buttons drawn small, options printed as
"caption: Yes/No", faces that only a print driver calls heavy, one item a row or a line, inline-reply tags."""
from __future__ import annotations

import pytest

import mailbot_parsers as parsers
from mailbot_parsers.pdf_layout import _faces_weighed
from tests.parser_samples import text_pdf
from tests.printed_samples import CHOICES_READ, PROPOSAL, colon_pages_pdf, drawn_choices_pdf, labels_right_pdf


@pytest.mark.parametrize("style,one_run", [("small dot", False), ("small dot", True), ("cross", True)])
def test_a_radio_dot_or_a_mark_between_options_set_as_one_run_chooses_the_option_after_it(style: str,
                                                                                          one_run: bool) -> None:
    result = parsers.parse(drawn_choices_pdf(style, one_run=one_run), "concept.pdf")
    assert result.is_concept_form
    for key, code in CHOICES_READ.items():
        assert result.fields.get(key) == code, key


def _colon_form(extra: list[str]) -> bytes:
    head = [f"{label}: {' '.join(lines)}" for label, lines in PROPOSAL[:6]]
    tail = ["Target Learners: Porters and patient transport staff",
            "Summative Assessment: Observed transfers scored with a checklist",
            "Industry / Employment Partner: Ontario Safe Handling Association"]
    return colon_pages_pdf([head + extra + tail])


def test_options_printed_as_caption_yes_or_no_choose_the_one_marked_yes() -> None:
    result = parsers.parse(_colon_form([
        "Type of Request: New micro-credential: No    Convert an existing",
        "program: No    Micro-course: Yes",
        "Endorsement Status: Letter of support attached: No    Confirmed: Yes    In discussion: No",
        "Delivery Format: Online: No    In person: No    Hybrid: Yes",
    ]), "concept.pdf")
    assert result.fields.get("request_type") == "micro_course"
    assert result.fields.get("endorsement_status") == "confirmed"
    assert result.fields.get("delivery_format") == "hybrid"
    assert result.fields.get("proposer_department") == "Occupational Health, Lakeview General"


def test_two_options_marked_yes_are_not_a_sure_choice() -> None:
    result = parsers.parse(_colon_form(["Delivery Format: Online: Yes    In person: Yes    Hybrid: No"]),
                           "concept.pdf")
    assert "delivery_format" not in result.fields or "delivery_format" in result.uncertain_fields


def test_weights_that_make_a_plain_face_as_heavy_as_the_bold_one_say_nothing() -> None:
    # (named bold?, weight pdfium works out of the declared stem width)
    assert not _faces_weighed([(True, 685), (False, 704)])  # a print driver's guesses: the names decide
    assert _faces_weighed([(True, 700), (False, 400)])
    assert _faces_weighed([(False, 700), (False, 400)])  # no face named bold: the weights are all there is


def test_labels_numbered_one_item_a_row_give_one_list() -> None:
    outcomes = ["Assess a transfer for risk before starting it", "Use a slider sheet for a lateral transfer",
                "Lead a team lift with clear commands"]
    fields = [(label, lines) for label, lines in PROPOSAL if label != "Learning Outcomes"]
    at = next(n for n, (label, _) in enumerate(fields) if label.startswith("Competencies")) + 1
    fields[at:at] = [(f"Outcome {n}", [item]) for n, item in enumerate(outcomes, 1)]
    result = parsers.parse(labels_right_pdf(fields), "concept.pdf")
    assert result.fields.get("learning_outcomes") == outcomes


def test_a_list_answer_set_one_capitalised_item_a_line_keeps_its_items() -> None:
    result = parsers.parse(_colon_form([
        "Learning Outcomes: Assess a transfer for risk before starting it",
        "Use a slider sheet for a lateral transfer",
        "Lead a team lift with clear commands",
        "Rationale / Need: Lifting injuries among porters doubled in two years and most",
        "happened during bed-to-stretcher transfers.",
    ]), "concept.pdf")
    assert result.fields.get("learning_outcomes") == ["Assess a transfer for risk before starting it",
                                                      "Use a slider sheet for a lateral transfer",
                                                      "Lead a team lift with clear commands"]
    assert result.fields.get("rationale", "").startswith("Lifting injuries among porters doubled in two years and most happened")


def test_a_figure_after_its_label_without_a_colon_is_the_answer() -> None:
    lines = [f"{label} {' '.join(items)}" for label, items in PROPOSAL if items]
    result = parsers.parse(text_pdf([lines]), "concept.pdf")
    assert result.fields.get("expected_enrolment") == 60
    assert result.fields.get("estimated_hours") == 12


def test_answers_typed_inline_under_initials_are_the_repliers() -> None:
    lines = [
        "From: Wren Abernathy-Cole <wabernathy@example.org>",
        "Sent: Tuesday, December 1, 2026 9:12 AM",
        "To: Continuing Education <ce@example.edu>",
        "Subject: RE: A few questions about your idea",
        "Hi, my answers are inline below, marked [WA].",
        "From: Tomasz Ellery <tellery@example.edu>",
        "Sent: Friday, November 20, 2026 2:00 PM",
        "To: Wren Abernathy-Cole <wabernathy@example.org>",
        "Subject: A few questions about your idea",
        "Could you answer these so we can start?",
        "1. What is the working title?",
        "[WA] Safe Patient Handling for Porters",
        "2. Who are the target learners?",
        "[WA] Porters and patient transport staff in acute care",
        "3. What is the need?",
        "[WA] Lifting injuries among porters doubled in two years",
        "4. How will you assess achievement (summative)?",
        "[WA] Observed transfers in the simulation lab, scored with a checklist",
        "5. Who is the industry partner?",
        "[WA] Ontario Safe Handling Association",
        "6. Is this a new micro-credential, a conversion of an existing program, or a micro-course?",
        "[WA] Micro-course",
        "7. Which competencies will it certify?",
        "[WA] Risk assessment before a transfer; use of slider sheets; team lifts",
        "8. Learning outcomes?",
        "[WA] Assess a transfer for risk; use a slider sheet; lead a team lift",
        "9. How does it align with the Education Plan?",
        "[WA] Short practice-based learning for support staff",
        "Thanks,",
        "Tomasz Ellery",
    ]
    result = parsers.parse(text_pdf([lines]), "questions.pdf")
    assert result.fields.get("proposal_title") == "Safe Patient Handling for Porters"
    assert result.fields.get("summative_assessment") == "Observed transfers in the simulation lab, scored with a checklist"
    assert result.fields.get("proposer_name") in ("Wren Abernathy-Cole", None)
    assert result.fields.get("proposer_email") in ("wabernathy@example.org", None)
    assert result.fields.get("submission_date") in ("2026-12-01", None)
