"""Retyped forms and narrative proposals: labels written with dashes, bylines, names with roles in brackets."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.bylines import byline, canonical_person, partner_line, person_line, signature
from tests.parser_samples import br, docx, p

REST = [
    ("Who takes it", "Respiratory therapists in home ventilation programs."),
    ("Why it is needed", "Home ventilation patients are discharged earlier every year."),
    ("Skills", "Circuit changes; alarm response; family teaching."),
    ("Final assessment", "An observed circuit change and an oral case review."),
    ("Education Plan", "Care closer to home."),
]


def parse(data: bytes) -> parsers.ParseResult:
    return parsers.parse(data, "idea.docx")


def dashed_form(lines: list[tuple[str, str]], dash: str = "—") -> bytes:
    letters = "abcdefghijklmnopqrstuvwxyz"
    body = p("Course idea", style="Heading2")
    body += "".join(p(f"{letters[n]}) {label} {dash} {answer}") for n, (label, answer) in enumerate(lines))
    return docx(body)


def test_lettered_lines_with_a_dash_between_label_and_answer_are_a_form() -> None:
    lines = [("Working title", "Home Ventilation Basics"), ("Email", "r.okafor@example.org"),
             ("Request", "Micro-course"), ("Partner", "Lakeside Home Care Services"),
             ("Endorsement", "Confirmed"), *REST]
    r = parse(dashed_form(lines))
    assert r.is_concept_form
    assert r.fields["proposal_title"] == "Home Ventilation Basics"
    assert r.fields["proposer_email"] == "r.okafor@example.org"
    assert r.fields["request_type"] == "micro_course"
    assert r.fields["partner_name"] == "Lakeside Home Care Services"
    assert r.fields["summative_assessment"] == "An observed circuit change and an oral case review."


def test_an_en_dash_works_like_an_em_dash() -> None:
    r = parse(dashed_form([("Working title", "Home Ventilation Basics"), ("Request", "Micro-course"),
                           ("Partner", "Lakeside Home Care Services"), *REST], dash="–"))
    assert r.fields["proposal_title"] == "Home Ventilation Basics"


def test_a_sentence_with_a_dash_is_not_a_label() -> None:
    body = p("Proposed Title: Home Ventilation Basics") + p("Target Learners: Respiratory therapists.") + \
        p("Rationale: Discharges are earlier — families need support at home.") + \
        p("Type of request: Micro-course") + p("Partner: Lakeside Home Care Services")
    r = parse(docx(body + "".join(p(f"{k}: {v}") for k, v in REST)))
    assert r.fields["rationale"] == "Discharges are earlier — families need support at home."


def test_outcomes_numbered_inside_one_line_are_split_from_the_first_number() -> None:
    r = parse(dashed_form([("Working title", "Home Ventilation Basics"), ("Request", "Micro-course"),
                           ("Outcomes", "(1) change a circuit safely; (2) respond to an alarm; and (3) teach a family"),
                           *REST]))
    assert r.fields["learning_outcomes"] == ["change a circuit safely", "respond to an alarm", "teach a family"]


def test_a_byline_under_the_title_names_the_proposer() -> None:
    body = p("Proposal: Home Ventilation Basics", style="Heading1")
    body += p("Prepared by Rita Okafor (Clinical Educator, Home Respiratory Services). "
              "Write to r.okafor@example.org or call 905-555-0188.")
    body += p("Request type: Micro-course.") + p("Partner: Lakeside Home Care Services")
    body += "".join(p(f"{k}: {v}") for k, v in REST)
    r = parse(docx(body))
    assert r.fields["proposal_title"] == "Home Ventilation Basics"
    assert r.fields["proposer_name"] == "Rita Okafor"
    assert r.fields["proposer_title"] == "Clinical Educator"
    assert r.fields["proposer_department"] == "Home Respiratory Services"
    assert r.fields["proposer_email"] == "r.okafor@example.org"
    assert r.fields["proposer_phone"] == "905-555-0188"
    # how sure the split into role and unit is, is calibration's call (parsers/calibration.py), not asserted here


def test_a_heading_that_only_names_the_kind_of_document_is_not_the_title() -> None:
    body = p("Micro-course idea", style="Heading1") + p("Request type: Micro-course.")
    body += p("Partner: Lakeside Home Care Services") + "".join(p(f"{k}: {v}") for k, v in REST)
    r = parse(docx(body))
    assert r.is_concept_form
    assert "proposal_title" not in r.fields


def test_a_choice_label_whose_answer_names_no_choice_opens_no_section() -> None:
    body = p("Proposal: Home Ventilation Basics", style="Heading1") + p("Type of request: Micro-course")
    body += p("Partner: Lakeside Home Care Services") + "".join(p(f"{k}: {v}") for k, v in REST)
    r = parse(docx(body))
    assert r.fields["request_type"] == "micro_course"
    assert r.fields["proposal_title"] == "Home Ventilation Basics"


def test_a_name_with_role_and_unit_in_brackets_splits() -> None:
    assert person_line("Rita Okafor (Clinical Educator, Home Respiratory Services)") == {
        "proposer_name": "Rita Okafor", "proposer_title": "Clinical Educator",
        "proposer_department": "Home Respiratory Services"}


def test_a_comma_after_the_name_starts_the_role_when_dashes_separate_the_pieces() -> None:
    assert canonical_person("Rita Okafor, Clinical Educator — Respiratory Services, Lakeside") == \
        "Rita Okafor — Clinical Educator — Respiratory Services, Lakeside"
    found = person_line("Rita Okafor, Clinical Educator — Respiratory Services, Lakeside")
    assert found["proposer_name"] == "Rita Okafor"
    assert found["proposer_title"] == "Clinical Educator"


def test_a_bare_name_is_no_composite() -> None:
    assert person_line("Rita Okafor") == {}
    assert byline("Prepared by Rita Okafor.") == {"proposer_name": "Rita Okafor"}
    assert byline("Rita Okafor prepared this.") == {}


def test_a_partner_with_its_contact_in_brackets_or_after_a_dash_splits() -> None:
    assert partner_line("Lakeside Home Care Services (contact: Omar Haddad)") == {
        "partner_name": "Lakeside Home Care Services", "partner_contact": "Omar Haddad"}
    assert partner_line("Lakeside Hospital — Dr. Omar Haddad. A letter of support is attached.") == {
        "partner_name": "Lakeside Hospital", "partner_contact": "Dr. Omar Haddad",
        "endorsement_status": "letter_attached"}
    # a place after the dash is not a contact person
    assert "partner_contact" not in partner_line("Lakeside Hospital — Greater Toronto")


def memo(*paragraphs: str) -> bytes:
    head = p("MEMORANDUM", bold=True) + p("TO: Continuing Education Office")
    head += p("FROM: Rita Okafor — Clinical Educator, Home Care — Respiratory Services — r.okafor@example.org — "
              "905-555-0188")
    head += p("DATE: 2026-04-02") + p("RE: Micro-course concept – Home Ventilation Basics")
    return docx(head + "".join(paragraphs))


def test_a_memo_names_the_proposer_in_its_from_line_and_the_proposal_in_its_re_line() -> None:
    r = parse(memo(p("We are proposing a micro-course, for these learners: Respiratory therapists in home care."),
                   p("Need", style="Heading2"), p("Ventilated patients go home earlier every year."),
                   p("Partner", style="Heading2"), p("Lakeside Home Care Services is our partner."),
                   p("Fit with the Education Plan", style="Heading2"), p("Care closer to home.")))
    assert r.is_concept_form
    assert r.fields["proposal_title"] == "Home Ventilation Basics"  # the Re: line alone, not the body under it
    assert r.fields["proposer_name"] == "Rita Okafor"
    assert r.fields["proposer_title"] == "Clinical Educator, Home Care"
    assert r.fields["proposer_department"] == "Respiratory Services"
    assert r.fields["proposer_phone"] == "905-555-0188"
    assert r.fields["submission_date"] == "2026-04-02"
    assert r.fields["request_type"] == "micro_course"
    assert r.fields["target_learners"] == "Respiratory therapists in home care."
    assert r.fields["partner_name"] == "Lakeside Home Care Services"
    # found in sentences, not beside labels: free text is read, but for a person to confirm; the request type is
    # of a closed type stated by the proposing sentence itself, which calibration takes as sure
    assert "target_learners" in r.uncertain_fields
    assert "request_type" not in r.uncertain_fields


def test_a_forwarded_messages_from_line_is_not_the_proposer_for_sure() -> None:
    body = p("From: Sam Lee") + p("Sent: 2 April 2026") + p("To: CE Office") + p("Subject: Fw: concept form")
    body += p("Proposed Title: Home Ventilation Basics") + p("Type of request: Micro-course")
    body += p("Partner: Lakeside Home Care Services") + "".join(p(f"{k}: {v}") for k, v in REST)
    r = parse(docx(body))
    assert r.sources["proposer_name"].confidence < parsers.SURE if "proposer_name" in r.fields else True


def test_a_heading_that_names_no_field_still_lets_its_logistics_sentence_be_read() -> None:
    r = parse(memo(p("Partner", style="Heading2"), p("Lakeside Home Care Services is our partner."),
                   p("Logistics", style="Heading2"),
                   p("We plan a hybrid course of about 16 hours, starting January 2027, for some 24 learners a year."),
                   *[p(f"{k}: {v}") for k, v in REST]))
    assert r.fields["delivery_format"] == "hybrid"
    assert r.fields["estimated_hours"] == 16
    assert r.fields["expected_enrolment"] == 24
    assert r.fields["proposed_start"] == "January 2027"
    # four practicalities of distinct shapes in one sentence agree: the mode and the length are sure, and so are the
    # count, the only one its sentence states, and the start, the object of "starting"
    # (calibration.agreeing_practicalities)
    assert not {"estimated_hours", "expected_enrolment", "proposed_start"} & set(r.uncertain_fields)


def test_in_a_form_of_label_lines_an_empty_label_does_not_swallow_the_next_label() -> None:
    lines = [("Proposed Title", "Home Ventilation Basics"), ("Name of Proposer", "Rita Okafor"),
             ("Phone / Extension", ""), ("What is being asked for?", "Micro-course"),
             ("Partner", "Lakeside Home Care Services"), ("Framework", ""),
             ("How is mastery shown at the end?", "An observed circuit change."), *REST]
    r = parse(docx("".join(p(f"{k}: {v}") for k, v in lines)))
    assert "proposer_phone" not in r.fields
    assert "competency_framework" not in r.fields


def test_two_label_lines_set_side_by_side_are_two_fields() -> None:
    body = p("Proposed Title: Home Ventilation Basics") + p("E-mail: r.okafor@example.org      Tel.: 905-555-0188")
    body += p("Type of request: Micro-course") + p("Partner: Lakeside Home Care Services")
    r = parse(docx(body + "".join(p(f"{k}: {v}") for k, v in REST)))
    assert r.fields["proposer_email"] == "r.okafor@example.org"
    assert r.fields["proposer_phone"] == "905-555-0188"


def test_the_program_named_after_the_convert_option_is_the_existing_program() -> None:
    body = p("Proposed Title: Home Ventilation Basics") + p("Type of request", style="Heading2")
    body += p("Convert an existing program: Respiratory Therapy elective RT-410")
    body += p("Partner: Lakeside Home Care Services") + "".join(p(f"{k}: {v}") for k, v in REST)
    r = parse(docx(body))
    assert r.fields["request_type"] == "existing_program"
    assert r.fields["existing_program_name"] == "Respiratory Therapy elective RT-410"


def test_a_partner_sentence_gives_the_organisation_not_the_sentence() -> None:
    assert partner_line("Lakeside Home Care Services has agreed to endorse it.")["partner_name"] == \
        "Lakeside Home Care Services"
    assert partner_line("Lakeside Home Care Services is our partner. Their letter is attached.") == {
        "partner_name": "Lakeside Home Care Services", "endorsement_status": "letter_attached"}
    assert partner_line("Lakeside Hospital supports the idea; a formal letter is still in discussion.") == {
        "partner_name": "Lakeside Hospital", "endorsement_status": "in_discussion"}
    # a pronoun is not an organisation
    assert partner_line("It is supported by many.") == {}


def text_doc(*lines: str) -> parsers.ParseResult:
    return parsers.parse("\n".join(lines).encode("utf-8"), "proposal.txt")


LINE_REST = ["Request", "Micro-course", "Learners", "Respiratory therapists in home care.", "Skills",
             "Circuit changes; alarm response.", "Partner", "Lakeside Home Care Services", "Education Plan",
             "Care closer to home."]


def test_a_contact_block_under_the_title_names_the_proposer_and_the_first_line_is_the_title() -> None:
    r = text_doc("Home Ventilation Basics for Therapists",
                 "Dr. Ana da Silva | Clinical Educator | Respiratory Services, Lakeside Hospital |",
                 "a.dasilva@example.org | 905-555-0188", *LINE_REST)
    assert r.is_concept_form
    assert r.fields["proposal_title"] == "Home Ventilation Basics for Therapists"
    assert r.fields["proposer_name"] == "Dr. Ana da Silva"
    assert r.fields["proposer_title"] == "Clinical Educator"
    assert r.fields["proposer_department"] == "Respiratory Services, Lakeside Hospital"
    assert r.fields["proposer_phone"] == "905-555-0188"
    # (the first line reads as a course's name and nothing else: its place and its shape agree, calib34)
    assert "proposer_name" in r.uncertain_fields and "proposal_title" not in r.uncertain_fields


def test_a_line_of_prose_with_an_address_is_no_signature() -> None:
    assert signature(["Please write to Ana at a.dasilva@example.org with questions."]) == {}
    assert signature(["Ana da Silva"]) == {}


def test_a_forwarded_form_takes_the_sender_the_date_sent_and_the_self_introduction() -> None:
    r = text_doc("From: Ana da Silva <a.dasilva@example.org>", "To: Continuing Education <ce@example.org>",
                 "Sent: 2026-04-02", "Subject: Concept form – Home Ventilation Basics",
                 "Hello CE team, here are my answers. I am Clinical Educator in Respiratory Services; "
                 "phone 905-555-0188.", *LINE_REST)
    assert r.fields["proposer_email"] == "a.dasilva@example.org"
    assert r.fields["submission_date"] == "2026-04-02"
    assert r.fields["proposer_title"] == "Clinical Educator"
    assert r.fields["proposer_department"] == "Respiratory Services"
    assert "To:" not in str(r.fields)  # the envelope lines are no answers
    # the date the message holding the proposal was sent: the header's structure and the date's type agree (calib30)
    assert "submission_date" not in r.uncertain_fields
    # the job and the unit split from one self-introduction agree on the split (calibration.agreeing_contact)
    assert not {"proposer_title", "proposer_department"} & set(r.uncertain_fields)


def test_a_cv_with_a_contact_block_and_a_self_introduction_is_not_a_form() -> None:
    r = text_doc("Ana da Silva", "Dr. Ana da Silva | Clinical Educator | Respiratory Services |",
                 "a.dasilva@example.org | 905-555-0188", "Profile",
                 "I am Clinical Educator in Respiratory Services with ten years of practice.",
                 "Experience", "2016-2026 Lakeside Hospital, educator.", "Education", "BSc Respiratory Therapy.",
                 "Skills", "Ventilation; teaching; simulation.")
    assert not r.is_concept_form


def test_a_contact_block_under_an_inline_title_is_not_part_of_the_title() -> None:
    body = p("Titre : Home Ventilation Basics")
    body += p("Ana da Silva | Clinical Educator | Respiratory Services | a.dasilva@example.org | tél. 905-555-0188")
    body += p("Type of request: Micro-course") + p("Partner: Lakeside Home Care Services")
    r = parse(docx(body + "".join(p(f"{k}: {v}") for k, v in REST)))
    assert r.fields["proposal_title"] == "Home Ventilation Basics"
    assert r.fields["proposer_name"] == "Ana da Silva"
    assert r.fields["proposer_department"] == "Respiratory Services"  # "tél." is no part of the unit
    assert r.fields["proposer_phone"] == "905-555-0188"


def test_a_short_paragraph_of_a_label_and_a_typed_value_without_colon() -> None:
    body = p("Proposed Title: Home Ventilation Basics") + p("Type of request: Micro-course")
    body += p("Partner: Lakeside Home Care Services") + "".join(p(f"{k}: {v}") for k, v in REST)
    r = parse(docx(body + p("Submission date 2 April 2026")))
    assert r.fields["submission_date"] == "2026-04-02"
    # a sentence that starts with a label word is not a label
    r = parse(docx(body + p("Date of the first run is not fixed yet.")))
    assert "submission_date" not in r.fields


def test_an_answer_of_logistics_outweighs_a_label_guessed_by_meaning() -> None:
    body = "".join(p(f"{k}: {v}") for k, v in [("Proposed Title", "Home Ventilation Basics"),
                                               ("Type of request", "Micro-course"),
                                               ("Partner", "Lakeside Home Care Services"), *REST])
    body += p("Practical details", bold=True)
    body += p("It would be hybrid, about 6 hours in total, starting May 2027, and some 30 learners a year.")
    r = parse(docx(body))
    assert "competency_framework" not in r.fields
    assert r.fields["delivery_format"] == "hybrid"
    assert r.fields["estimated_hours"] == 6
    assert r.fields["expected_enrolment"] == 30


def test_outcomes_after_a_lead_in_split_at_semicolons() -> None:
    from mailbot_parsers.normalise import to_list

    assert to_list([("Participants will be able to: change a circuit; answer an alarm; and teach a family.",
                     False)]) == ["change a circuit", "answer an alarm", "teach a family"]


def test_commas_after_the_name_split_role_from_unit_when_only_contacts_follow() -> None:
    assert person_line("Rita Okafor, Clinical Educator, Home Care Services, Lakeside Hospital – r.okafor@example.org"
                       " – 905-555-0188") == {
        "proposer_name": "Rita Okafor", "proposer_title": "Clinical Educator",
        "proposer_department": "Home Care Services, Lakeside Hospital", "proposer_email": "r.okafor@example.org",
        "proposer_phone": "905-555-0188"}


def test_an_organisation_named_with_its_endorsement_under_an_unsure_question_is_the_partner() -> None:
    assert partner_line("Lakeside Pharmacy Network – their letter of support is attached.") == {
        "partner_name": "Lakeside Pharmacy Network", "endorsement_status": "letter_attached"}
    body = "".join(p(f"{n + 1}. {q}") + p(a) for n, (q, a) in enumerate([
        ("What would you call it?", "Home Ventilation Basics"),
        ("Is it new, a conversion or a micro-course?", "A micro-course."),
        ("Who would take it?", "Respiratory therapists in home care."),
        ("Why is it needed?", "Ventilated patients go home earlier every year."),
        ("Which competencies does it build?", "Circuit changes; alarm response."),
        ("What is the summative assessment?", "An observed circuit change."),
        ("Who is backing it?", "Lakeside Pharmacy Network – their letter of support is attached."),
        ("How does it fit the Education Plan?", "Care closer to home.")]))
    r = parse(docx(body))
    assert r.fields["partner_name"] == "Lakeside Pharmacy Network"
    assert r.fields["endorsement_status"] == "letter_attached"
    assert {"partner_name", "endorsement_status"} <= set(r.uncertain_fields)


def test_a_policy_about_partner_endorsement_is_not_a_form() -> None:
    r = text_doc("Micro-credentials policy (excerpt)", "Purpose",
                 "Every micro-credential needs an industry partner.",
                 "Partner endorsement", "The partner confirms its support – a letter of support is attached to the "
                 "proposal before review.", "Scope", "All continuing education offerings.",
                 "Review", "The committee reviews proposals each term.")
    assert not r.is_concept_form


def test_the_date_a_proposal_closes_with_is_its_submission_date() -> None:
    base = "".join(p(f"{k}: {v}") for k, v in [("Proposed Title", "Home Ventilation Basics"),
                                               ("Type of request", "Micro-course"),
                                               ("Partner", "Lakeside Home Care Services"), *REST])
    r = parse(docx(base + p("") + p("Rita Okafor", br(), "2 April 2026")))
    assert r.fields["submission_date"] == "2026-04-02"
    # (a closing date that reads one way only is sure since calib32; "02/04/2026" would stay a guess)
    assert "submission_date" not in r.uncertain_fields
    r = parse(docx(base + p("Rita Okafor", br(), "02/04/2026")))
    assert "submission_date" in r.uncertain_fields
    r = parse(docx(base + p("Submitted 2 April 2026")))
    assert r.fields["submission_date"] == "2026-04-02"
    # a date inside the text, far from the close, or a season, is no submission date
    r = parse(docx(p("Start: 2 April 2026") + base + p("We hope to start in Fall 2026.")))
    assert "submission_date" not in r.fields


def test_the_signature_after_the_closing_gives_role_and_unit_and_a_logistics_sentence_is_no_part_of_an_answer() -> None:
    r = text_doc("From: Rita Okafor <r.okafor@example.org>", "Subject: Concept form – Home Ventilation Basics",
                 "Request: Micro-course", "Learners: Respiratory therapists in home care.",
                 "Skills: Circuit changes; alarm response.", "Partner: Lakeside Home Care Services",
                 "Education Plan fit: Care closer to home.",
                 "I picture it as a hybrid course of about 14 hours, with roughly 30 learners a year.",
                 "Thanks,", "Rita Okafor, RRT", "Clinical Educator, Respiratory Therapy",
                 "Home Care, Lakeside Hospital")
    assert r.fields["education_plan_alignment"] == "Care closer to home."
    assert r.fields["delivery_format"] == "hybrid"
    assert r.fields["estimated_hours"] == 14
    assert r.fields["expected_enrolment"] == 30
    assert r.fields["proposer_title"] == "Clinical Educator, Respiratory Therapy"
    assert r.fields["proposer_department"] == "Home Care, Lakeside Hospital"
    # the count is the only one its sentence states beside two more practicalities, and the signature's job and unit
    # each have their shape: all sure (calibration.agreeing_practicalities, agreeing_contact)
    assert not {"expected_enrolment", "proposer_title", "proposer_department"} & set(r.uncertain_fields)
    assert "estimated_hours" not in r.uncertain_fields  # the mode, hours and count of one sentence agree


def test_a_title_or_header_line_with_a_dash_is_not_a_label_and_answer() -> None:
    body = p("Micro-Course / Credential – Concept Form", bold=True)
    body += p("Continuing Education – The Michener Institute of Education")
    body += "".join(p(f"{k}: {v}") for k, v in [("Course Title", "Home Ventilation Basics"),
                                               ("Type of request", "Micro-course"),
                                               ("Partner", "Lakeside Home Care Services"), *REST])
    r = parse(docx(body))
    assert r.fields["proposal_title"] == "Home Ventilation Basics"
    assert r.fields["education_plan_alignment"] == "Care closer to home."


def test_an_endorsement_answer_gives_the_partner_only_when_it_names_an_organisation() -> None:
    body = "".join(p(f"{k}: {v}") for k, v in [("Course Title", "Home Ventilation Basics"),
                                               ("Type of request", "Micro-course"), *REST])
    r = parse(docx(body + p("Endorsement status", bold=True)
                   + p("Suction kits and circuits (donated by the partner). A letter of support is attached.")))
    assert r.fields["endorsement_status"] == "letter_attached"
    assert "partner_name" not in r.fields
