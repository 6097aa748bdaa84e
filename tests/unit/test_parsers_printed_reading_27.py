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


# ------------------------------------------------------------ slide decks, questionnaires printed to PDF ----
from mailbot_parsers.bylines import partner_line  # noqa: E402
from mailbot_parsers.emphasis import _display_wraps  # noqa: E402
from mailbot_parsers.layout import Block  # noqa: E402
from mailbot_parsers.sections import extract  # noqa: E402


def _slides(*rows: tuple[str, bool]) -> dict:
    """(text, set apart as a slide's heading?) lines read the way a deck printed to PDF is read."""
    return extract([Block(text=t, line=True, bold=b) for t, b in rows]).fields


def test_a_title_set_in_display_type_over_lines_is_one_line() -> None:
    lines, sizes = _display_wraps(["Safe Patient Handling ", "for Porters", "A pitch to Continuing Education"],
                                  [28.0, 28.0, 14.0], 12.0)
    assert lines == ["Safe Patient Handling for Porters", "A pitch to Continuing Education"]
    assert sizes == [28.0, 14.0]
    # bold labels of the body's size, one after another, stay apart
    assert _display_wraps(["Name", "Email"], [12.0, 12.0], 12.0)[0] == ["Name", "Email"]


def test_a_partner_answer_one_piece_a_bullet_splits_into_partner_contact_and_status() -> None:
    assert partner_line("• Ontario Safe Handling Association\n• Champion: Dr. Ada Eze\n• Letter of support attached") \
        == {"partner_name": "Ontario Safe Handling Association", "partner_contact": "Dr. Ada Eze",
            "endorsement_status": "letter_attached"}
    assert partner_line("• Ontario Safe Handling Association\n• Funding still to be found") == {}


def test_a_heading_read_as_contact_over_no_address_asks_what_its_words_and_answer_say() -> None:
    fields = _slides(("Who we want to reach", True), ("Porters and patient transport staff in acute care", False),
                     ("Skills", True), ("Risk assessment before a transfer; use of slider sheets", False))
    assert fields.get("target_learners") == "Porters and patient transport staff in acute care"


def test_a_heading_that_fits_two_fields_alike_is_the_one_not_answered_yet() -> None:
    fields = _slides(("Learners will be able to", True), ("1. Assess a transfer for risk", False),
                     ("2. Use a slider sheet", False),
                     ("Proof of learning", True),
                     ("Observed transfers in the simulation lab marked by two assessors with a checklist", False))
    assert fields.get("summative_assessment") == \
        "Observed transfers in the simulation lab marked by two assessors with a checklist"


def test_a_contact_slide_after_the_partner_lines_is_the_proposers() -> None:
    fields = _slides(("At a glance", True), ("Partner: Ontario Safe Handling Association", False),
                     ("Endorsement: Signed letter attached", False),
                     ("Contact", True),
                     ("Wren Abernathy-Cole | Ergonomics Coordinator | Occupational Health | wabernathy@example.org", False))
    assert fields.get("proposer_email") == "wabernathy@example.org"
    assert "partner_contact" not in fields


def test_a_numbered_question_naming_the_options_asks_for_the_choice_even_wrapped_before_its_mark() -> None:
    # (French spacing sets the question mark apart, and the print wrapped it onto a line of its own)
    lines = ["Proposition de microcours - copie de vos réponses",
             "1. Quel est le titre de votre projet ?", "Manutention sécuritaire des patients pour les préposés",
             "2. Nom du proposant", "Wren Abernathy-Cole",
             "3. Courriel", "wabernathy@example.org",
             "4. S'agit-il d'un nouveau microcertificat, de la conversion d'un programme existant ou d'un microcours",
             "?", "Microcours",
             "5. À qui s'adresse la formation ?", "Préposés au transport des patients en soins aigus",
             "6. Pourquoi cette formation est-elle nécessaire ?", "Les blessures ont doublé en deux ans.",
             "7. Comment l'atteinte des résultats sera-t-elle évaluée ?", "Transferts observés notés avec une grille"]
    result = parsers.parse(text_pdf([lines]), "answers.pdf")
    assert result.fields.get("request_type") == "micro_course"
    assert result.fields.get("target_learners") == "Préposés au transport des patients en soins aigus"


def test_a_team_named_as_proposer_with_its_contact_person_proposes_through_that_person() -> None:
    fields = extract([Block(text=t, line=True) for t in [
        "Name of Proposer: School vaccination team – contact person: Wren Abernathy-Cole",
        "Position / Title: Nurse educator", "Email: wabernathy@example.org"]]).fields
    assert fields.get("proposer_name") == "Wren Abernathy-Cole"
    assert fields.get("proposer_department") == "School vaccination team"


def test_a_presenters_block_one_piece_a_line_on_a_title_slide_names_the_proposer() -> None:
    fields = _slides(("Safe Patient Handling for Porters", True), ("A pitch to Continuing Education", False),
                     ("Wren Abernathy-Cole", False), ("Ergonomics Coordinator", False),
                     ("Occupational Health, Lakeview General", False), ("wabernathy@example.org · 905-555-0142", False),
                     ("Who it's for", True), ("Porters and patient transport staff in acute care", False),
                     ("Questions?", True), ("Thank you for your time.", False),
                     ("We would be glad to present this to the committee.", False),
                     ("Slides and notes can be shared on request.", False),
                     ("A pilot could run in the spring term.", False))
    assert fields.get("proposer_name") == "Wren Abernathy-Cole"
    assert fields.get("proposer_title") == "Ergonomics Coordinator"
    assert fields.get("proposer_email") == "wabernathy@example.org"


# ------------------------------------------------------------ plain text and mail threads printed to PDF ----
def test_a_typed_form_with_labels_in_capitals_ends_each_answer_at_the_next_capital_label() -> None:
    fields = extract([Block(text=t, line=True) for t in [
        "DATE: 1 December 2026", "WHAT: Safe Patient Handling for Porters",
        "WHO'S ASKING: Wren Abernathy-Cole, Ergonomics Coordinator", "CONTACT: wabernathy@example.org",
        "FOR: porters and patient transport staff",
        "WHY: lifting injuries among porters doubled in two years; 40 lost-time claims",
        "(most of them during transfers)",
        "SKILLS: risk assessment; slider sheets; team lifts",
        "HOW ASSESSED: observed transfers scored with a checklist"]]).fields
    assert fields.get("submission_date") == "2026-12-01"
    assert fields.get("rationale") == ("lifting injuries among porters doubled in two years; 40 lost-time claims "
                                       "(most of them during transfers)")


def test_numbered_questions_answered_in_order_further_down_pair_with_their_answers() -> None:
    lines = [
        "Tomasz Ellery <tellery@example.edu> Fri, Nov 20, 2026, 2:15 PM",
        "Hi Wren, to start the assessment we need a few things:",
        "1. Who exactly is it for?",
        "2. How will you assess learners (summative)?",
        "3. Do you have an industry partner?",
        "4. How does it fit the Education Plan?",
        "Best,", "Tomasz Ellery",
        "Wren Abernathy-Cole <wabernathy@example.org> Wed, Nov 25, 2026, 8:03 AM",
        "Hi Tomasz, answers below, in your order.",
        "1. Porters and patient transport staff in acute care.",
        "2. Summative: observed transfers in the simulation lab, scored with a checklist.",
        "3. Ontario Safe Handling Association, who will send a letter.",
        "4. It fits the Education Plan's push for practice-ready staff.",
        "Thanks,", "Wren",
    ]
    fields = extract([Block(text=t, line=True) for t in lines]).fields
    assert fields.get("target_learners") == "Porters and patient transport staff in acute care."
    assert "observed transfers in the simulation lab" in str(fields.get("summative_assessment"))
    assert fields.get("partner_name") == "Ontario Safe Handling Association"
    assert fields.get("education_plan_alignment") == "It fits the Education Plan's push for practice-ready staff."


def test_a_why_answered_with_because_gives_the_reason_without_the_echo() -> None:
    fields = extract([Block(text=t, line=True) for t in [
        "Proposed Title: Safe Patient Handling for Porters", "Name of Proposer: Wren Abernathy-Cole",
        "Why is this needed? Because lifting injuries among porters doubled in two years.",
        "Target Learners: porters and patient transport staff"]]).fields
    assert fields.get("rationale") == "lifting injuries among porters doubled in two years"


def test_a_course_said_to_be_partly_in_person_and_partly_online_is_hybrid() -> None:
    from mailbot_parsers.composite import logistics

    assert logistics("Mostly in person (two half-days) with a short online pre-module, about 6 hours, "
                     "starting spring 2027")["delivery_format"] == "hybrid"
    assert "delivery_format" not in logistics("Online or in person, to be decided; about 6 hours")
    assert logistics("Fully online, 8 hours in total")["delivery_format"] == "online"


def test_a_phone_number_broken_after_its_hyphen_reads_whole() -> None:
    lines = [f"{label}: {' '.join(items)}" for label, items in PROPOSAL if items and label != "Phone"]
    lines[5:5] = ["Phone: 905-555-", "0142"]  # (the number wraps at its hyphen: the rest on the next line)
    result = parsers.parse(text_pdf([lines]), "concept.pdf")
    assert result.fields.get("proposer_phone") == "905-555-0142"
