"""Letters and memos that answer the form in sentences: each sentence's role gives a field."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers import prose
from mailbot_parsers.composite import start_of
from tests.parser_samples import br, docx, p

SURE = parsers.SURE


def letter(*, header: str | None = None, closing: str = "Warm regards,", signature_extra: tuple[str, ...] = ()) -> bytes:
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
        + p("Tomasz Keller-Obi", br(), "Wound Care Clinical Lead", br(), "Northfield Home Health",
            *[x for line in signature_extra for x in (br(), line)])
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
    for key in ("competencies", "summative_assessment", "rationale"):
        assert r.sources[key].confidence < SURE, key
        assert key in r.uncertain_fields
    # ... and the learners the proposing sentence names, a group of people and nothing more (calibration.learners_shaped)
    assert r.fields["target_learners"].startswith("registered nurses and practical nurses")
    assert "target_learners" not in r.uncertain_fields


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


def forwarded(inner_body: str) -> bytes:
    outer = ("From: Dana Lindqvist <d.lindqvist@example.org>", "Sent: Tuesday, March 3, 2026 9:12 AM",
             "To: CE Mailbox <ce@michener.example>", "Subject: FW: pump safety course")
    inner = ("-----Original Message-----", "From: Omar Reyes-Tan <omar.rt@example.org>",
             "Sent: Monday, March 2, 2026 4:40 PM", "To: Dana Lindqvist <d.lindqvist@example.org>",
             "Subject: pump safety course")
    return docx(p(*[x for line in outer for x in (line, br())][:-1])
                + p("Forwarding for Omar, who is away this week. I support this as his manager.")
                + p("Dana Lindqvist", br(), "Manager, Day Oncology, Harbour Hospital", br(), "416-555-0150")
                + p(*[x for line in inner for x in (line, br())][:-1])
                + inner_body)


FORM_LINES = [("Title", "Pump Safety Basics"), ("Audience", "Nurses in day oncology"),
              ("Need", "Pump programming errors reach patients every month."),
              ("Skills", "Programming; double checks; alarm response"),
              ("Assessment", "An observed pump set-up scored with a checklist."),
              ("Education Plan", "It serves the Education Plan's priority on patient safety."),
              ("Resources", "Two pumps for one day")]


def test_a_forwarded_message_is_the_authors_not_the_forwarders() -> None:
    body = "".join(p(f"{k}: {v}") for k, v in FORM_LINES)
    body += p("Partner: Harbour Hospital Oncology Program – letter of support attached (signed by Dr. Ines Moreau, "
              "imoreau@example.com).")
    body += p("Outcomes: learners will be able to") + "".join(
        p(t, style="ListBullet") for t in ("Program a pump for an intermittent dose", "Perform an independent double check",
                                           "Respond to an occlusion alarm"))
    body += p("Omar", br(), "Omar Reyes-Tan | Oncology Nurse Educator | Day Oncology, Harbour Hospital | 416-555-0152")
    r = parse(forwarded(body))
    assert r.fields["proposer_name"] == "Omar Reyes-Tan"
    assert r.fields["proposer_email"] == "omar.rt@example.org"
    assert r.fields["proposer_title"] == "Oncology Nurse Educator"
    assert r.fields["proposer_phone"] == "416-555-0152"
    assert r.fields["resources_required"] == "Two pumps for one day"
    assert r.fields["partner_contact"] == "Dr. Ines Moreau, imoreau@example.com"
    assert r.fields["learning_outcomes"] == ["Program a pump for an intermittent dose",
                                             "Perform an independent double check", "Respond to an occlusion alarm"]


NARRATIVE = [
    "I would like to propose a micro-course called Falls Screening in Home Care: Doing the TUG Right. It is meant for",
    "home care nurses and rehabilitation assistants visiting older adults, who screen falls risk every week but were",
    "taught the tests once.",
    "What the course teaches is choosing the right test, timing it to standard, and acting on the result. In practical",
    "terms, someone who completes it should be able to pick a test for the client; time the TUG to standard; and",
    "write a plan that the team can follow.",
    "The course would end with two video-",
    "recorded home visits scored against a fidelity checklist.",
    "I have been talking with the Provincial Home Care Association about endorsing the course; they are interested,",
    "and Mireille Osei-Lund from their practice committee is our contact, but nothing has been agreed yet.",
]


def test_a_narrative_letters_sentences_give_the_fields_they_state() -> None:
    read = prose.read(NARRATIVE, wrapped=True)
    assert read["proposal_title"].value == "Falls Screening in Home Care: Doing the TUG Right"
    assert read["target_learners"].value == "home care nurses and rehabilitation assistants visiting older adults"
    assert read["competencies"].value == "choosing the right test, timing it to standard, and acting on the result"
    assert read["learning_outcomes"].value == ["pick a test for the client", "time the TUG to standard",
                                               "write a plan that the team can follow"]
    assert read["summative_assessment"].value == "two video-recorded home visits scored against a fidelity checklist"
    assert read["partner_name"].value == "Provincial Home Care Association"
    assert read["endorsement_status"].value == "in_discussion"
    assert read["partner_contact"].value == "Mireille Osei-Lund"


def test_a_letter_that_signs_off_in_a_sentence_is_signed_by_the_name_at_its_end() -> None:
    r = parse(docx(p("Dear colleagues,")
                   + p("We would like to propose a new micro-credential, “Pump Safety Basics”, for nurses in day "
                       "oncology.")
                   + p("Pump programming errors reach patients every month. Our audit found twelve last year.")
                   + p("Harbour Hospital has endorsed the course and its letter of support is attached. It serves the "
                       "Education Plan's priority on patient safety.")
                   + p("Thank you for considering it. You can reach me at l.ferreira@example.org.")
                   + p("Lucia Ferreira-Obi") + p("Clinical Nurse Educator") + p("Day Oncology, Harbour Hospital")))
    assert r.fields["proposer_name"] == "Lucia Ferreira-Obi"
    assert r.fields["proposer_title"] == "Clinical Nurse Educator"
    assert r.fields["proposer_department"] == "Day Oncology, Harbour Hospital"
    assert r.fields["proposer_email"] == "l.ferreira@example.org"


def test_a_reply_under_the_quoted_questions_it_answers_is_read_question_by_question() -> None:
    lines = ["From: Ines Barrow <ines.b@example.org>", "Hi Dorian, my answers are under each question.",
             "> Could you answer the questions below?", ">",
             "> 1. Who is it for?", "Screeners and public-health nurses in newborn hearing programs.",
             "> 2. Why now? What is the gap?", "Screener turnover is close to 40% a year.",
             "> 3. How would you check that they can really do it at the end of the course, and who",
             "would mark it?", "An observed screen on a simulated infant.",
             "> 4. How does it connect to our Education Plan?", "It serves short, practice-based learning.",
             "> 5. Does an employer or outside body support it?", "Northgate Hearing Network; a letter is attached.",
             ">", "> Many thanks,", "> Dorian Velasquez-Ott"]
    from tests.parser_samples import text_pdf

    r = parsers.parse(text_pdf([lines]), "reply.pdf")
    assert r.fields["target_learners"] == "Screeners and public-health nurses in newborn hearing programs."
    assert r.fields["rationale"] == "Screener turnover is close to 40% a year."
    assert r.fields.get("proposer_name") != "Dorian Velasquez-Ott"  # the asker's sign-off stays quoted


def test_the_address_number_role_and_unit_of_the_signers_block_are_sure() -> None:
    r = parse(letter(closing="With thanks,", signature_extra=("t.keller-obi@northfield.example", "519-555-0144")))
    assert r.fields["proposer_email"] == "t.keller-obi@northfield.example"
    assert r.sources["proposer_email"].confidence >= SURE and r.sources["proposer_phone"].confidence >= SURE
    # the role and the unit under the name each have their own shape (a job, an organisation): the signature's lines
    # agree on how they were split, so they are sure too (calibration.agreeing_contact)
    assert r.fields["proposer_title"] == "Wound Care Clinical Lead"
    assert not {"proposer_title", "proposer_department"} & set(r.uncertain_fields)
