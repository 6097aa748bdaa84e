"""Letters and memos that answer the form in sentences: each sentence's role gives a field."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers import prose
from mailbot_parsers.composite import start_of
from tests.parser_samples import br, docx, p

SURE = parsers.SURE


def letter(*, header: str | None = None, closing: str = "Warm regards,") -> bytes:
    body = (
        p("3 March 2026")
        + p("Continuing Education", br(), "Michener Institute")
        + p("Dear colleagues,")
        + p("We would like to propose a new micro-credential, “Wound Photography for Home Care Nurses”, for registered "
            "nurses and practical nurses who document wounds in patients’ homes.")
        + p("Photos taken in homes vary in light and distance, so wound changes go unnoticed between visits. "
            "Our agency reviewed 200 charts and half of the photos could not be compared.")
        + p("The course covers consent and privacy, standard framing and lighting, and measurement scales. "
            "By the end of it, nurses will be able to:")
        + p("• Take a wound photo that can be compared with the last one")
        + p("• Store and share photos within privacy rules")
        + p("• Measure a wound from a photo with a scale")
        + p("Competence would be shown through a graded portfolio of ten photo series reviewed by a wound clinician.")
        + p("Northfield Home Health has endorsed the course and its letter of support is attached (contact: Priya "
            "Lindqvist, plindqvist@example.net). The credential serves the Education Plan’s priority on care at home.")
        + p("We would need a camera kit and a practice room for one day.")
        + p(closing)
        + p("Tomasz Keller-Obi", br(), "Wound Care Clinical Lead", br(), "Northfield Home Health")
    )
    return docx(body, header=header)


def parse(data: bytes) -> parsers.ParseResult:
    return parsers.parse(data, "letter.docx")


def test_the_proposing_sentence_gives_the_title_the_learners_and_the_request() -> None:
    r = parse(letter())
    assert r.is_concept_form
    assert r.fields["proposal_title"] == "Wound Photography for Home Care Nurses"
    assert r.fields["target_learners"] == ("registered nurses and practical nurses who document wounds in "
                                           "patients’ homes")
    assert r.fields["request_type"] == "new"


def test_an_outcomes_lead_in_opens_the_list_and_the_sentence_before_it_names_the_skills() -> None:
    r = parse(letter())
    assert r.fields["learning_outcomes"] == ["Take a wound photo that can be compared with the last one",
                                             "Store and share photos within privacy rules",
                                             "Measure a wound from a photo with a scale"]
    assert r.fields["competencies"] == "consent and privacy, standard framing and lighting, and measurement scales"


def test_assessment_partner_plan_and_resources_come_from_their_sentences() -> None:
    r = parse(letter())
    assert r.fields["summative_assessment"] == ("a graded portfolio of ten photo series reviewed by a wound "
                                                "clinician")
    assert r.fields["partner_name"] == "Northfield Home Health"
    assert r.fields["endorsement_status"] == "letter_attached"
    assert r.fields["partner_contact"] == "Priya Lindqvist, plindqvist@example.net"
    assert r.fields["education_plan_alignment"] == ("The credential serves the Education Plan’s priority on care "
                                                    "at home.")
    assert r.fields["resources_required"] == "a camera kit and a practice room for one day"


def test_the_paragraph_after_the_proposal_is_the_need_and_the_dateline_the_date() -> None:
    r = parse(letter())
    assert r.fields["rationale"].startswith("Photos taken in homes vary")
    assert r.fields["submission_date"] == "2026-03-03"


def test_values_read_from_prose_are_reported_uncertain() -> None:
    r = parse(letter())
    # (calibration may lift a reading that other signals confirm, such as an organisation's name in its place)
    for key in ("target_learners", "competencies", "summative_assessment", "rationale"):
        assert r.sources[key].confidence < SURE, key
        assert key in r.uncertain_fields


def test_the_signature_under_a_closing_gives_the_name_role_and_unit() -> None:
    r = parse(letter(closing="With thanks,"))
    assert r.fields["proposer_name"] == "Tomasz Keller-Obi"
    assert r.fields["proposer_title"] == "Wound Care Clinical Lead"
    assert r.fields["proposer_department"] == "Northfield Home Health"


def test_the_senders_address_and_number_are_read_from_the_letterhead() -> None:
    head = p("NORTHFIELD HOME HEALTH") + p("12 Mill Road, Guelph ON · 519-555-0144 · t.keller-obi@northfield.example")
    r = parse(letter(header=head))
    assert r.fields["proposer_email"] == "t.keller-obi@northfield.example"
    assert r.fields["proposer_phone"] == "519-555-0144"


def test_the_partners_address_is_not_taken_for_the_proposers() -> None:
    r = parse(letter())
    assert r.fields.get("proposer_email") != "plindqvist@example.net"


def test_an_answer_that_runs_past_an_outcomes_lead_in_ends_there() -> None:
    body = (p("Micro-credential concept form", style="Title") + p("Proposed Title: Pump Safety Basics")
            + p("Name of Proposer: Ada Moreau") + p("Email: ada@example.org") + p("Type of Request: Micro-course")
            + p("Target Learners: Nurses in day oncology") + p("Rationale: Pump errors are common.")
            + p("Summative Assessment: An observed pump set-up.") + p("Skills covered: programming a pump, double checks and alarm response. By the end, learners will be "
                "able to:")
            + p("a) program a pump for an intermittent dose")
            + p("b) perform an independent double check")
            + p("Northfield Home Health has agreed to endorse the course and is in discussion with us about a letter."))
    r = parse(docx(body))
    assert r.fields["competencies"] == "programming a pump, double checks and alarm response"
    assert r.fields["learning_outcomes"] == ["program a pump for an intermittent dose",
                                             "perform an independent double check"]
    assert r.fields["partner_name"] == "Northfield Home Health"


def test_a_form_that_asks_and_leaves_the_answer_blank_is_not_filled_from_its_instructions() -> None:
    rows = "".join(p(f"{k}: {v}") for k, v in [
        ("Proposed Title", "Pump Safety Basics"), ("Name of Proposer", "Ada Moreau"), ("Email", "ada@example.org"),
        ("Target Learners", "Nurses"), ("Rationale", "Pump errors are common."),
        ("Learning Outcomes", "Program a pump"), ("Competencies", "Pump programming")])
    body = rows + p("Summative Assessment:") + p("Learners will be assessed by an observed practical exam.")
    r = parse(docx(body + p("Partner Organization: Lakeside Health")))
    assert r.sources.get("summative_assessment") is None or r.sources["summative_assessment"].method != "prose"


def test_instructions_play_no_role() -> None:
    read = prose.read(["Please describe how learners will be assessed, for example through an observed exam.",
                       "Explain how the course fits the Education Plan."])
    assert read == {}


def test_outcomes_numbered_in_the_lead_in_sentence_are_split() -> None:
    split = prose.outcome_split("The course covers triage. On completion, learners will be able to (1) sort alerts; "
                                "(2) call the physician; and (3) document the call.")
    assert split is not None
    before, items, _ = split
    assert before == "The course covers triage."
    assert items == ["sort alerts", "call the physician", "document the call"]


def test_a_start_is_returned_as_written() -> None:
    assert start_of("starting in spring 2027 with two cohorts") == "spring 2027"
    assert start_of("Start: Fall 2026") == "Fall 2026"


def test_a_mail_print_wraps_its_sentences_over_lines_and_signs_under_two_dashes() -> None:
    from tests.parser_samples import text_pdf

    lines = [
        "Gmail Ines Vartanian-Holt <ines.vh@example.com>",
        "Course idea: ventilator alarms for home care aides",
        "Ines Vartanian-Holt <ines.vh@example.com> Mon, Mar 9, 2026 at 10:12 AM",
        "To: ce@michener.example",
        "Hello CE team,",
        "I would like to propose a micro-course called \"Responding to Home Ventilator Alarms for Care",
        "Aides\", aimed at home care aides and family caregivers of ventilated children.",
        "Aides call the emergency line for alarms they could solve, and families lose confidence in the",
        "team. Two agencies asked us for a short course with a practical check at the end of it.",
        "It would build alarm recognition, circuit checks and escalation to the respiratory therapist.",
        "After the course an aide should be able to: name each alarm; check a circuit; call for help in time.",
        "Thanks,",
        "Ines",
        "--",
        "Ines Vartanian-Holt, RRT",
        "Home Ventilation Coordinator",
        "Paediatric Home Ventilation Program, Lakeside Children's Hospital",
        "613-555-0177",
    ]
    r = parsers.parse(text_pdf([lines]), "mail.pdf")
    assert r.is_concept_form
    assert r.fields["proposal_title"] == "Responding to Home Ventilator Alarms for Care Aides"
    assert r.fields["target_learners"] == "home care aides and family caregivers of ventilated children"
    assert r.fields["submission_date"] == "2026-03-09"
    assert r.fields["competencies"] == "alarm recognition, circuit checks and escalation to the respiratory therapist"
    assert r.fields["learning_outcomes"] == ["name each alarm", "check a circuit", "call for help in time"]
    assert r.fields["proposer_name"] == "Ines Vartanian-Holt"
    assert r.fields["proposer_title"] == "Home Ventilation Coordinator"
    assert r.fields["proposer_department"] == "Paediatric Home Ventilation Program, Lakeside Children's Hospital"
    assert r.fields["proposer_phone"] == "613-555-0177"


def test_a_dated_subtitle_gives_the_submission_date() -> None:
    read = prose.read(["Pump Safety Basics", "A micro-credential proposal for Continuing Education — 2 March 2026",
                       "We propose a new micro-credential for nurses in day oncology."])
    assert read["submission_date"].value == "2026-03-02"


def test_a_partner_talked_with_names_the_organisation_and_the_contact_in_brackets() -> None:
    from mailbot_parsers.bylines import partner_line

    found = partner_line("I've been talking with the Prairie Lung Association (contact: Odessa Berg) – they "
                         "are in discussion with their board.")
    assert found["partner_name"] == "Prairie Lung Association"
    assert found["partner_contact"] == "Odessa Berg"
    assert found["endorsement_status"] == "in_discussion"


def test_an_endorsing_sentence_drops_its_article_and_the_next_one_gives_the_contact() -> None:
    from mailbot_parsers.bylines import partner_line

    found = partner_line("The Harbour Dialysis Network has agreed to endorse the course and its letter of support "
                         "is attached. Our contact there is Lena Okafor (lokafor@example.com).")
    assert found == {"partner_name": "Harbour Dialysis Network", "partner_contact": "Lena Okafor (lokafor@example.com)",
                     "endorsement_status": "letter_attached"}


def test_a_senders_line_gives_the_role_then_the_units() -> None:
    from mailbot_parsers.bylines import person_line

    found = person_line("Rosa Delgado-Kim, Quality Manager, Regional Laboratory Services, Eastvale Health Network")
    assert found["proposer_title"] == "Quality Manager"
    assert found["proposer_department"] == "Regional Laboratory Services, Eastvale Health Network"
    assert person_line("Rosa Delgado-Kim, Physiotherapist, Vestibular Clinic Lead")["proposer_title"] == \
        "Physiotherapist, Vestibular Clinic Lead"


def test_a_count_of_learners_written_as_an_acronym_is_the_yearly_enrolment() -> None:
    from mailbot_parsers.composite import logistics

    assert logistics("online, six hours (6 h), first offering January 2027, maybe 120 RTs a year")[
        "expected_enrolment"] == 120
