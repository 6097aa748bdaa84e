"""Confidence comes from the agreement of signals: each doubt makes a value uncertain, each support lifts a weak one."""
from __future__ import annotations

import io

import pytest

import mailbot_parsers as parsers
from mailbot_parsers.calibration import judge
from mailbot_parsers.normalise import to_value

from tests.parser_samples import acroform_pdf
from tests.unit.samples import radio_group_pdf

SURE = parsers.SURE

# (signal, key, value, label, keyword arguments that raise the doubt, the same value without it)
DOUBTS = [
    ("misfit", "proposer_phone", "Micro-course", "Phone / Extension", {}, "416-555-0100"),
    ("misfit", "existing_program_name", "14", "Current program", {}, "Lab Assistant Diploma"),
    ("misfit", "estimated_hours", 2026, "Hours", {}, 16),
    ("misfit", "existing_program_name", "■ Micro-course", "Convert an existing program", {},
     "Ultrasound Certificate"),
    ("holds_label", "target_learners", "Nurses in the ICU. Need for the offering: audits show gaps",
     "Target learners", {}, "Nurses in the ICU."),
    ("holds_label", "competency_framework", "How will you know they have learned it?: an OSCE",
     "Professional framework", {}, "CSMLS competency profile"),
    ("holds_label", "resources_required", "Dated: 2026-02-13", "Budget / Resources", {}, "Two lab days"),
    ("is_label", "existing_program_name", "Learner Population Histotechnologists new to the room",
     "Program to be converted", {}, "Histotechnology Certificate"),
    ("stray_number", "proposal_title", "Capillary Sampling for Pharmacy Technicians 2", "Course title", {},
     "Capillary Sampling for Pharmacy Technicians"),
    ("stray_number", "proposed_start", "Spring 2027 22", "Start", {}, "Spring 2027"),
    ("broken_label", "partner_name", "Crestview Regional Laboratory", "of the write-up, Endorsing Partner", {},
     "Crestview Regional Laboratory"),
    ("not_a_name", "proposer_name", "Victoria Reyes, Cath Lab Educator", "Proponent", {}, "Victoria Reyes"),
    ("not_a_name", "partner_name", "Lakewood Regional Cancer Program is our partner and we are glad", "Partner", {},
     "Lakewood Regional Cancer Program"),
    ("misfit", "proposer_phone", "905-555-0102 Request type Micro-course Target audience Nurses who teach",
     "Telephone", {}, "905-555-0102 ext. 12 (office) or 647-555-0199 (cell)"),
    ("misfit", "partner_contact", "Dr", "Partner Contact", {}, "Dr. Elena Marchetti"),
    ("holds_label", "proposal_title", "FeNO Testing in Asthma Care Who's proposing it?", "What's the course called?",
     {}, "FeNO Testing in Asthma Care"),
    ("holds_label", "education_plan_alignment", "Healthy aging. E. Practicalities Delivery Format ☐ Online ☒ Hybrid",
     "Education Plan", {}, "Healthy aging."),
    ("holds_label", "partner_name", "Red Pine Health (endorsement confirmed)", "Partner", {}, "Red Pine Health"),
    ("is_label", "competencies", "Intended learning outcomes 1. Rewrite a discharge instruction",
     "Skills and competencies", {}, "Plain language; teach-back"),
    ("trailing_heading", "education_plan_alignment", "Directly supports the equity commitments. Practicalities",
     "Strategic Alignment", {}, "Directly supports the equity commitments of Dr. Lee's plan"),
    ("trailing_heading", "resources_required", "Scanner time; an online module on anatomy. 1 March 2026",
     "Resources", {}, "Scanner time; an online module on anatomy."),
    ("garbled", "learning_outcomes", ["\x7f Plan the imaging planes \x7f Optimise gating \x7f Acquire cine"],
     "Learning outcomes", {}, ["Plan the imaging planes", "Optimise gating", "Acquire cine"]),
    ("garbled", "learning_outcomes", ["Perform daily QC. - Set compensation. - Apply a gating strategy."],
     "Learning outcomes", {}, ["Perform daily QC - with the night shift - as the SOP says."]),
]


@pytest.mark.parametrize("signal,key,value,label,kw,plain", DOUBTS, ids=[f"{d[0]}-{d[1]}" for d in DOUBTS])
def test_each_doubt_makes_a_surely_labelled_value_uncertain(signal, key, value, label, kw, plain) -> None:
    doubted = judge(key, value, label, 1.0, method="label_line", **kw)
    clean_label = label if signal != "broken_label" else "Endorsing Partner"
    trusted = judge(key, plain, clean_label, 1.0, method="label_line", **kw)
    assert signal in doubted.doubts
    assert doubted.confidence < SURE
    assert trusted.confidence >= SURE and not trusted.doubts


def test_a_field_read_twice_with_different_values_is_doubted_but_not_when_one_holds_the_other() -> None:
    twice = judge("partner_contact", "Org Name", "Who is the partner?", 0.95, method="question",
                  offered=[("Org Name", 0.95), ("Sofia Lindahl, Program Manager", 0.95)])
    same = judge("proposer_name", "Zoë Papadakis", "Name", 1.0, method="label_line",
                 offered=[("Zoë Papadakis", 1.0), ("Faculty lead: Zoë Papadakis", 1.0)])
    weaker = judge("proposer_email", "a@x.org", "Email", 1.0, method="label_line",
                   offered=[("a@x.org", 1.0), ("forwarder@y.org", 0.6)])
    assert "read_twice" in twice.doubts and twice.confidence < SURE
    assert not same.doubts and same.confidence >= SURE
    assert not weaker.doubts  # a forwarded message's sender is not a second answer to the form's question


def test_an_unmarked_menu_of_options_is_an_ambiguous_choice_but_prose_naming_two_is_not() -> None:
    menu = "\x00 Online \x00 In person \x00 Hybrid"
    prose = "Hybrid – online theory and two lab days."
    assert "ambiguous_choice" in judge("delivery_format", "online", "Format", 1.0, raw=menu).doubts
    assert judge("delivery_format", "online", "Format", 1.0, raw=menu).confidence < SURE
    assert judge("delivery_format", "hybrid", "Format", 1.0, raw=prose).confidence >= SURE
    assert judge("delivery_format", "hybrid", "Format", 1.0, raw="[ ] Online [x] Hybrid").confidence >= SURE


def test_one_answer_given_in_two_languages_is_no_menu() -> None:
    # the same option twice (French then English) is one answer, not two options to choose from
    both = "Hybride; 8 heures; printemps 2027.\nHybrid; 8 hours; Spring 2027."
    assert "ambiguous_choice" not in judge("delivery_format", "hybrid", "Format", 1.0, raw=both).doubts


def test_an_option_marked_unlike_the_others_is_the_answer_whatever_the_glyph() -> None:
    menu = "◉ Online ○ In person ○ Hybrid"
    assert "ambiguous_choice" not in judge("delivery_format", "online", "Format", 1.0, raw=menu).doubts
    # a value that is not the marked option is the one in doubt
    assert "ambiguous_choice" in judge("delivery_format", "hybrid", "Format", 1.0, raw=menu).doubts
    # every option marked alike still says nothing
    assert "ambiguous_choice" in judge("delivery_format", "online", "Format", 1.0, raw="○ Online ○ In person").doubts


@pytest.mark.parametrize("support,key,value,label,kw", [
    ("typed", "proposer_email", "kim@example.org", "How can we reach you?", {}),
    ("typed", "proposer_phone", "416-555-0144", "How can we reach you?", {}),
    ("in_order", "rationale", "Audits show gaps in practice.", "Why would people want this?",
     {"order": ["target_learners", "rationale", "competencies"]}),
    ("clear_label", "proposal_title", "Home Sleep Testing", "What is it called?", {}),
])
def test_each_support_lifts_a_value_read_from_a_weak_label(support, key, value, label, kw) -> None:
    weak = 0.77
    lifted = judge(key, value, label, weak, method="label_line", **kw)
    assert support in lifted.supports
    assert lifted.confidence > weak


def test_supports_reach_sure_together_and_never_override_a_doubt() -> None:
    both = judge("proposer_email", "kim@example.org", "How can we reach you?", 0.77, method="question",
                 order=["proposer_title", "proposer_email", "proposer_phone"])
    doubted = judge("proposer_phone", "ext.", "How can we reach you?", 0.77, method="question",
                    order=["proposer_email", "proposer_phone", "request_type"])
    assert both.confidence >= SURE
    assert doubted.confidence < 0.77 and not doubted.supports


def test_the_order_support_needs_both_neighbours_in_the_contract_order() -> None:
    out_of_order = judge("rationale", "Audits show gaps.", "Why?", 0.77, order=["learning_outcomes", "rationale"])
    assert "in_order" not in out_of_order.supports


def _text_form(lines: list[str]) -> parsers.ParseResult:
    return parsers.parse("\n".join(lines).encode(), "form.txt")


BASE = [
    "Micro-Course / Credential Concept Form",
    "Proposed Title: Pre-analytical Quality",
    "Name of Proposer: Leilani Kahananui",
    "Email: leilani@crestview.example.org",
    "Type of Request: [x] New micro-credential",
    "Rationale / Need: Seven in ten incidents are pre-analytical.",
    "Competencies / Skills Targeted: Specimen acceptance; aliquoting",
    "Learning Outcomes: Accept or reject specimens",
    "Summative Assessment: Timed practical with seeded errors.",
    "Industry / Employment Partner: Crestview Regional Laboratory",
    "Endorsement Status: Confirmed",
    "Alignment with Michener's Education Plan: Workforce development.",
]


def test_a_value_with_another_question_run_into_it_is_reported_uncertain_with_the_reason() -> None:
    clean = _text_form([*BASE, "Target Learners: Medical laboratory assistants."])
    run_on = _text_form([*BASE, "Target Learners: Medical laboratory assistants. Need for the offering: audits"])
    assert "target_learners" not in clean.uncertain_fields
    assert clean.sources["target_learners"].confidence >= SURE
    assert "target_learners" in run_on.uncertain_fields
    assert "holds_label" in run_on.sources["target_learners"].doubts
    assert any(w.startswith("target_learners:") for w in run_on.warnings)


def test_a_form_most_of_whose_values_are_doubted_goes_to_manual_review() -> None:
    numbered = [ln + f" {n}" if ":" in ln and "Email" not in ln and "Request" not in ln and "Status" not in ln
                else ln for n, ln in enumerate([*BASE, "Target Learners: Assistants"], 1)]
    good = _text_form([*BASE, "Target Learners: Assistants"])
    bad = _text_form(numbered)
    assert not good.needs_manual_review
    assert bad.needs_manual_review
    assert sum(1 for s in bad.sources.values() if "stray_number" in s.doubts) >= 5


def test_an_optional_field_with_an_answer_the_parser_cannot_read_is_uncertain_not_silent() -> None:
    result = _text_form([*BASE, "Target Learners: Assistants", "Estimated Hours: to be decided with the partner"])
    assert "estimated_hours" not in result.fields
    assert "estimated_hours" in result.uncertain_fields
    assert "estimated_hours" not in result.missing_required


# ------------------------------------------------------------ fillable PDFs ----
def test_a_radio_group_with_generated_states_reads_the_caption_of_the_chosen_button() -> None:
    from pypdf import PdfReader

    from mailbot_parsers.pdf_form import _acroform, _widget_texts
    from mailbot_parsers.pdf_layout import page_lines

    data = radio_group_pdf("Group7", "What are you proposing?",
                           ["New micro-credential", "Convert an existing program", "Micro-course"], value=3)
    reader = PdfReader(io.BytesIO(data))
    directs = _acroform(reader, lambda: _widget_texts(reader, page_lines(data, 5)))
    assert {d.key: d.value for d in directs}.get("request_type") == "micro_course"


def test_widgets_that_each_hold_one_learning_outcome_are_read_as_one_list() -> None:
    data = acroform_pdf([
        {"name": "Text1", "type": "text", "value": "Position patients with implants", "label": "Learning outcome 1"},
        {"name": "Text2", "type": "text", "value": "Adapt positioning for limited mobility",
         "label": "Learning outcome 2"},
        {"name": "Text3", "type": "text", "value": "Critique images", "label": "Learning outcome 3"},
        {"name": "Text4", "type": "text", "value": "Screening mammography", "label": "Course title"},
    ])
    from mailbot_parsers.pdf_form import read_pdf

    pdf = read_pdf(data, "form.pdf")
    outcomes = [d.value for d in pdf.directs if d.key == "learning_outcomes"]
    assert outcomes == [["Position patients with implants", "Adapt positioning for limited mobility",
                         "Critique images"]]


def test_radio_buttons_printed_as_brackets_on_a_flattened_form_are_read_as_marks() -> None:
    assert to_value("delivery_format", [("( ) Online (x) In person ( ) Hybrid", False)]) == "in_person"
    assert to_value("endorsement_status", [("(x) Confirmed – letter to follow", False),
                                           ("( ) None yet", False)]) == "confirmed"


def test_a_widget_asked_in_the_applicants_own_words_is_read_unsure_rather_than_dropped() -> None:
    from mailbot_parsers.pdf_form import read_pdf

    data = acroform_pdf([
        {"name": "Text1", "type": "text", "value": "Home Sleep Testing", "label": "Course title"},
        {"name": "Text2", "type": "text", "value": "Interprofessional, simulation-based learning.",
         "label": "Fit with Michener priorities"},
    ])
    directs = {d.key: d for d in read_pdf(data, "form.pdf").directs}
    assert directs["education_plan_alignment"].value == "Interprofessional, simulation-based learning."
    assert 0.75 <= directs["education_plan_alignment"].confidence < 0.9  # found by meaning, not a listed wording
    assert directs["proposal_title"].confidence >= 0.9


def test_a_field_named_exactly_as_a_contract_key_wins_over_the_words_printed_beside_it() -> None:
    from mailbot_parsers.pdf_form import read_pdf

    data = acroform_pdf([
        {"name": "resources_required", "type": "text", "value": "Phantoms; portable ultrasound.",
         "label": "What will you need?"},
    ])
    directs = {d.key: d.value for d in read_pdf(data, "form.pdf").directs}
    assert directs == {"resources_required": "Phantoms; portable ultrasound."}


def test_a_form_with_a_quarter_of_its_fields_uncertain_goes_to_manual_review() -> None:
    sure_lines = [*BASE, "Target Learners: Assistants"]
    few = _text_form([*sure_lines, "Estimated Hours: to be decided with the partner"])
    # five answers that the parser cannot read or place: a person should read the document
    # three required answers not found (fewer than the four that alone send a form to a person) and two
    # optional answers that cannot be read: five of fourteen fields are a person's to check
    many = _text_form([ln for ln in sure_lines if not ln.startswith(("Rationale", "Competencies", "Learning"))]
                      + ["Estimated Hours: to be decided with the partner",
                         "Expected Enrolment per Year: depends on the partner"])
    assert not few.needs_manual_review
    assert len(many.uncertain_fields) == 5 and len(many.fields) == 9
    assert many.needs_manual_review


def test_check_boxes_named_with_a_widget_word_first_are_read_by_the_rest_of_their_name() -> None:
    from mailbot_parsers.pdf_form import _checkbox_option

    assert _checkbox_option("CheckBox_Request_micro_course", "", "Micro", "") == ("request_type", "micro_course")
    assert _checkbox_option("chkFormat_online", "", "", "") == ("delivery_format", "online")


def test_a_ticked_box_no_field_claims_keeps_an_unticked_group_from_reading_as_empty() -> None:
    from pypdf import PdfReader

    from mailbot_parsers.pdf_form import _acroform

    data = acroform_pdf([
        {"name": "Request_new", "type": "checkbox", "value": "Off", "states": ["Yes", "Off"]},
        {"name": "Request_existing_program", "type": "checkbox", "value": "Off", "states": ["Yes", "Off"]},
        {"name": "Box17", "type": "checkbox", "value": "Yes", "states": ["Yes", "Off"]},
    ])
    keys = {d.key for d in _acroform(PdfReader(io.BytesIO(data)))}
    assert "request_type" not in keys


def test_answers_that_open_with_row_numbers_are_doubted_together() -> None:
    numbered = _text_form([ln.replace(": ", f": {n} ", 1) if n in (2, 6, 7, 9) else ln
                           for n, ln in enumerate([*BASE, "Target Learners: Assistants"])])
    plain = _text_form([*BASE, "Target Learners: Assistants"])
    doubted = [k for k, s in numbered.sources.items() if "stray_number" in s.doubts]
    assert len(doubted) >= 3 and all(k in numbered.uncertain_fields for k in doubted)
    assert not any("stray_number" in s.doubts for s in plain.sources.values())


def test_a_numbered_question_is_not_a_label_cut_from_running_text() -> None:
    # "a) Working title" opens with a list mark, not with the lower-case end of a sentence
    numbered = judge("proposal_title", "Trauma-Informed Practice", "a) Working title", 1.0, method="label_line")
    cut = judge("proposal_title", "Trauma-Informed Practice", "and a working title", 1.0, method="label_line")
    assert not numbered.doubts and numbered.confidence >= SURE
    assert "broken_label" in cut.doubts


def test_a_typed_piece_of_an_answer_to_a_question_about_it_is_sure() -> None:
    # an email address in the answer to "Who is proposing it?" is the proposer's email
    email = judge("proposer_email", "ada@example.org", "Who is proposing it?", 0.57, method="composite")
    phone = judge("proposer_phone", "416-555-0100 ext. 12", "FROM", 0.57, method="composite")
    assert email.confidence >= SURE and phone.confidence >= SURE
    # a count found in a sentence about something else, or a role split off by its position, stays a guess
    loose = judge("estimated_hours", 12, "sentence", 0.57, method="composite")
    role = judge("proposer_title", "Pharmacist", "Who is proposing it?", 0.57, method="composite")
    other = judge("proposer_email", "ada@example.org", "Who is the endorsing partner?", 0.57, method="composite")
    assert loose.confidence < SURE and role.confidence < SURE and other.confidence < SURE


def test_a_count_that_differs_from_the_figure_the_answer_ties_to_the_unit_is_doubted() -> None:
    misread = judge("estimated_hours", 1, "Estimated hours", 1.0, raw="one day, 8 h", method="label_line")
    read = judge("estimated_hours", 20, "Hours", 1.0, raw="12 hours online, 20 hours in total", method="label_line")
    assert "misfit" in misread.doubts and misread.confidence < SURE
    assert not read.doubts and read.confidence >= SURE


def test_a_count_split_from_a_logistics_answer_stays_a_guess() -> None:
    # "3 cohorts of 10 a year (30)": which figure is the enrolment is not the piece's type to tell
    piece = judge("expected_enrolment", 10, "How, how long, when, how many?", 0.57, method="composite")
    assert piece.confidence < SURE


def test_a_title_followed_by_the_next_question_is_doubted() -> None:
    ran_on = judge("proposal_title", "Placental Gross Examination; Tell us about the person proposing it.",
                   "What is the proposed title?", 1.0, method="label_line")
    plain = judge("proposal_title", "Placental Gross Examination: Sampling and Reporting",
                  "What is the proposed title?", 1.0, method="label_line")
    assert ran_on.confidence < SURE and plain.confidence >= SURE


def test_a_count_given_as_parts_with_no_total_is_the_applicants_to_settle() -> None:
    from mailbot_parsers.calibration import alternatives

    assert alternatives("estimated_hours", 10, "10 core + 4 optional practicum hours")
    assert not alternatives("estimated_hours", 16, "16 (8 online + 8 lab)")
    assert not alternatives("estimated_hours", 18, "12 theory + 6 lab = 18 hours")
    assert not alternatives("expected_enrolment", 48, "48 (three cohorts of 16)")
    assert "alternatives" in judge("estimated_hours", 10, "Hours", 1.0, raw="10 core plus 4 optional").doubts


def test_an_address_under_a_label_that_clearly_names_it_is_sure_without_its_neighbours() -> None:
    # an email address or a phone number found by a label (or a pattern) that names that field: its own shape and
    # the label agree, whatever stands before and after it
    email = judge("proposer_email", "ada@example.org", "email address", 0.6, method="pattern")
    phone = judge("proposer_phone", "416-555-0187", "phone number", 0.6, method="pattern")
    assert email.confidence >= SURE and phone.confidence >= SURE
    # a label that does not clearly name the field, or a value of the wrong shape, is not lifted by it
    vague = judge("proposer_email", "ada@example.org", "Details", 0.6, method="label_line")
    shapeless = judge("proposer_phone", "call the front desk", "phone number", 0.6, method="pattern")
    assert vague.confidence < SURE and shapeless.confidence < SURE


def test_a_department_that_names_a_unit_is_typed() -> None:
    # a unit or an organisation is a department's shape: with the order of the form it is sure
    unit = judge("proposer_department", "Pharmacy Services, Cedarcrest Health Network", "contact block", 0.7,
                 method="signature", order=["proposer_name", "proposer_title", "proposer_department", "proposer_email"])
    assert "typed" in unit.supports and unit.confidence >= SURE
    # a course's title read where the department stands names no unit: it stays a guess
    title = judge("proposer_department", "Musculoskeletal Ultrasound for Physiotherapists", "contact block", 0.7,
                  method="signature", order=["proposer_name", "proposer_title", "proposer_department", "proposer_email"])
    assert "typed" not in title.supports and title.confidence < SURE


def test_the_partner_sentence_naming_a_person_gives_a_sure_contact() -> None:
    # "Our contact there is Dre Odile Mensah-Gagnon": the sentence's role and the value's shape agree
    person = judge("partner_contact", "Dre Odile Mensah-Gagnon", "partner sentence", 0.7, method="prose")
    assert person.confidence >= SURE and person.supports == ("role", "typed")
    # an organisation in that place is not a person's name: it stays a guess
    org = judge("partner_contact", "Lakeside Health Network", "partner sentence", 0.7, method="prose")
    assert org.confidence < SURE


def test_a_units_name_over_a_signature_is_not_a_persons() -> None:
    # "Continuing Education" is capitalised as a name is, but names a function: the signature does not make it sure
    unit = judge("proposer_name", "Continuing Education", "signed", 0.7, method="signature")
    person = judge("proposer_name", "Ingeborg Achebe-Whitlock", "signed", 0.7, method="signature")
    assert unit.confidence < SURE and person.confidence >= SURE
    # a contact's role after the comma may name a unit: the name before it is still a person's
    role = judge("partner_contact", "Beatrice Mwangi, Education Lead", "partner sentence", 0.7, method="prose")
    assert role.confidence >= SURE
