"""Retyped answers in threads, tickets and form-service prints: who proposes, where a question ends, which
rows are apart, and what a letter "I will attach" means."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.meaning import resolve
from mailbot_parsers.normalise import choice_code

from tests.parser_samples import positioned_pdf, text_pdf

# the rest of a concept's answers, label over answer, that make a print a concept form
REST = ["Competencies / Skills Targeted", "Injector set-up; incident response.",
        "Summative Assessment", "Observed practical with a checklist.",
        "Industry / Employment Partner", "Lakeside Hospital Imaging",
        "Endorsement Status", "Letter of support attached",
        "Alignment with Michener's Education Plan", "Patient safety is a plan priority.",
        "Delivery Format", "Online", "Estimated Hours", "6"]


def test_a_form_services_required_marker_and_hint_are_no_part_of_the_question_or_its_answer() -> None:
    lines = [
        "Micro-credential concept - department submissions",
        "Email *", "ada.roy@example.org",
        "Your name *", "Ada Roy",
        "Your department and site", "Medical Imaging, Lakeside Hospital",
        "Working title of the micro-credential *", "Contrast Injector Safety",
        "Who is it for? *", "Medical radiation technologists who run contrast injectors.",
        "Why is it needed? *", "Two extravasation incidents last year.",
        "What will learners be able to do at the end? (one outcome per line) *",
        "Set up the injector safely.", "Recognise an extravasation early.", "Report an incident.",
        "Partner organisation that endorses it *", "Lakeside Hospital Imaging",
    ]
    result = parsers.parse(text_pdf([lines]), "response.pdf")
    f = result.fields
    assert f["target_learners"] == "Medical radiation technologists who run contrast injectors."
    assert f["rationale"] == "Two extravasation incidents last year."
    assert f["partner_name"] == "Lakeside Hospital Imaging"
    assert f["proposer_department"] == "Medical Imaging, Lakeside Hospital"
    assert f["learning_outcomes"] == ["Set up the injector safely.", "Recognise an extravasation early.",
                                      "Report an incident."]


def test_a_letter_the_applicant_says_they_will_attach_is_the_letter_attached() -> None:
    assert choice_code("endorsement_status", "Letter of support - I will attach it to the email") == "letter_attached"
    assert choice_code("endorsement_status", "We are enclosing the partner's letter") == "letter_attached"
    # a letter still to come is a confirmed endorsement, whatever is said after it
    assert choice_code("endorsement_status", "Confirmed, letter to follow; I will attach it then") == "confirmed"


def test_printed_outcomes_one_sentence_a_line_keep_their_items_when_one_wraps() -> None:
    lines = ["Course concept submission", "Course title", "Pharmacy Final Checks",
             "Learning outcomes", "Perform a final product check of unit-dose refills against the",
             "order.", "Detect and document selection errors.", "Complete the validation process.",
             "Target learners", "Pharmacy technicians.", *REST]
    result = parsers.parse(text_pdf([lines]), "submission.pdf")
    assert result.fields["learning_outcomes"] == [
        "Perform a final product check of unit-dose refills against the order.",
        "Detect and document selection errors.", "Complete the validation process."]


THREAD = [
    "From: Jolanta Achebe <jolanta.achebe@example.org>",
    "Sent: Thursday, November 26, 2026 7:48 PM",
    "To: Continuing Education <ce@michener.example>",
    "Subject: Re: Your drills idea",
    "Hi Nkechi, answers below.",
    "> 1. What is the working title?", "Crisis Drills for Anaesthesia Assistants",
    "> 2. Who are the learners?", "Anaesthesia assistants and OR nurses.",
    "> 3. Why is it needed?", "Staff forget the rare crisis steps.",
    "> 4. How will you assess learners at the end?", "Timed simulation with a checklist.",
    "> 5. Which skills will it target?", "Recognising the crisis; preparing the antidote.",
    "> 6. Who is the partner?", "Ravenscourt General Hospital - the letter of support is attached.",
    "> 7. How does it fit Michener's Education Plan?", "Simulation training is a plan priority.",
    "Thanks,", "Jolanta Achebe", "Anaesthesia Assistant, Simulation Lead",
    "Department of Anesthesia, Ravenscourt General Hospital", "416-555-0198",
    "-----Original Message-----",
    "From: Nkechi Larsen <n.larsen@michener.example>",
    "Sent: Tuesday, November 24, 2026 2:15 PM",
    "Subject: Your drills idea",
    "> Could you answer the questions above so I can open a file?",
]


def test_the_sender_of_a_reply_that_answers_the_older_message_below_it_is_the_proposer() -> None:
    result = parsers.parse(text_pdf([THREAD]), "Re_ idea.pdf")
    f = result.fields
    assert f["proposer_name"] == "Jolanta Achebe"
    assert f["proposer_email"] == "jolanta.achebe@example.org"
    assert f.get("proposer_phone") == "416-555-0198"
    assert "Nkechi" not in str(f)


def test_a_forwards_envelope_over_the_applicants_message_still_names_the_applicant() -> None:
    lines = ["From: Office Assistant <assistant@example.org>", "Sent: 27 November 2026", "To: CE",
             "Subject: FW: drills idea", "Passing this along.",
             "-----Original Message-----", *THREAD[:21]]
    result = parsers.parse(text_pdf([lines]), "FW_ idea.pdf")
    assert result.fields["proposer_name"] == "Jolanta Achebe"


def test_a_ticket_role_names_whose_field_a_label_asks_for() -> None:
    m = resolve("Requester department", "Diagnostic Imaging, Willowbrook Hospital")
    assert m is not None and m.key == "proposer_department"
    m = resolve("Requester email", "ifeoluwa@example.org")
    assert m is not None and m.key == "proposer_email"
    for label in ("Requested for", "Reporter"):
        m = resolve(label, "Ifeoluwa Sandoval-Krogh")
        assert m is not None and m.key == "proposer_name", label
    m = resolve("Assignee", "Sabine Okoro")
    assert m is None or m.key != "proposer_name"


def test_a_tickets_reporter_is_the_proposer_and_the_next_header_key_ends_the_name() -> None:
    lines = ["Service Desk / CEREQ-9", "New micro-credential request - rule validation",
             "Type: Service request", "Status: Waiting for CE", "Priority: Medium",
             "Reporter: Zainab Okonkwo-Strand", "Assignee: Beatrix Halloran", "Created: 23/Nov/26 9:42 AM",
             "Labels: micro-credential", "Description",
             "Course title", "Autoverification Rules in Laboratory Middleware",
             "Audience", "Medical laboratory technologists who approve rules.",
             "Need", "Rule errors reached patients' charts last year.",
             "Skills", "Rule logic; validation of rules.",
             "Assessment", "Capstone rule set graded with a rubric.",
             "Partner", "Metro Shared Laboratory Services - letter of support attached.",
             "Education Plan", "Laboratory informatics is a plan growth area.",
             "Resources", "A training instance of the middleware.",
             "Zainab Okonkwo-Strand", "LIS Analyst, Laboratory Information Systems",
             "z.okonkwo-strand@example.org", "Activity - Comments",
             "Beatrix Halloran (b.halloran@michener.example) added a comment - 24/Nov/26 11:05 AM",
             "Thanks Zainab, could you add the assessment?"]
    result = parsers.parse(text_pdf([lines]), "CEREQ-9.pdf")
    f = result.fields
    assert f["proposer_name"] == "Zainab Okonkwo-Strand"
    assert f.get("proposer_email") == "z.okonkwo-strand@example.org"
    assert f.get("resources_required") == "A training instance of the middleware."


def test_label_rows_set_as_tight_as_a_paragraph_stay_apart_when_each_has_its_own_answer() -> None:
    # "Quality Lead" ends well short of where "Diagnostic Imaging, ..." below it reaches: it did not wrap there, so
    # the second row's label starts a field of its own however close the rows are set
    tight = [("Requester job title", "Quality Lead"),
             ("Requester department", "Diagnostic Imaging, Willowbrook Hospital")]
    rest = [("Course title", "Probe Reprocessing"),
            ("Audience", "Sonographers and reprocessing technicians who clean ultrasound probes."),
            ("Business need", "An audit found probes reprocessed with low-level disinfection."),
            ("Learning outcomes", "1. Classify probes by infection risk."),
            ("Summative assessment", "Observed reprocessing with a checklist."),
            ("Partner", "Willowbrook Hospital Infection Prevention and Control"),
            ("Endorsement", "In discussion with partner"),
            ("Education Plan alignment", "Patient safety, central to the Education Plan."),
            ("Delivery", "Hybrid"), ("Hours", "5")]
    runs: list[tuple[float, float, str]] = [(50, 760, "Requested Item - RITM0048213")]
    y = 730.0
    for label, answer in tight:
        runs += [(50, y, label), (200, y, answer)]
        y -= 14.5  # the gap between the rows is less than a line's height
    for label, answer in rest:
        y -= 10
        runs += [(50, y, label), (200, y, answer)]
        y -= 14.5
    result = parsers.parse(positioned_pdf(runs), "RITM0048213.pdf")
    f = result.fields
    assert f["proposer_title"] == "Quality Lead"
    assert f["proposer_department"] == "Diagnostic Imaging, Willowbrook Hospital"


def _note(purpose: str, sender: str, addressee: str) -> list:
    from mailbot_parsers.layout import Block

    return [Block(text="BRIEFING NOTE", bold=True),
            Block(pair_label="To:", answer=[Block(text=addressee)]),
            Block(pair_label="From:", answer=[Block(text=sender)]),
            Block(pair_label="Date:", answer=[Block(text="November 26, 2026")]),
            Block(text="PURPOSE", bold=True), Block(text=purpose),
            Block(text="Title: Newborn Jaundice Screening in Community Care"),
            Block(text="Learners: Public health nurses and midwives who see newborns at home."),
            Block(text="Assessment: Observed measurement with a checklist."),
            Block(pair_label="Prepared by", answer=[Block(text="Olamide Brennan"),
                                                     Block(text="Clinical Practice Lead, Maternal-Newborn")])]


def test_a_notes_purpose_is_no_rationale_and_the_unit_that_sent_it_is_no_proposer() -> None:
    from mailbot_parsers.sections import extract

    ex = extract(_note("To propose to Continuing Education a short credential for community staff, and to seek "
                       "its assessment of the concept.", "Public Health Nursing, Lakeland Regional Health Unit",
                       "Continuing Education"))
    # (asked, and answered with the proposal itself: a guess, never a sure rationale)
    assert "rationale" not in ex.fields or ex.sources["rationale"].confidence <= 0.55
    assert ex.fields["proposer_name"] == "Olamide Brennan"


def test_an_addressee_with_a_mailbox_is_not_the_target_learners() -> None:
    from mailbot_parsers.layout import Block
    from mailbot_parsers.sections import extract

    ex = extract([Block(pair_label="Destinataire", answer=[Block(text="Formation continue (ce@michener.example)")]),
                  Block(pair_label="Clientèle", answer=[Block(text="Techniciens en prélèvement.")])])
    assert ex.fields.get("target_learners") == "Techniciens en prélèvement."


def test_prose_answers_no_question_about_a_role_a_unit_or_a_program() -> None:
    from mailbot_parsers.meaning import answer_fit

    prose = "Staff have had a one-hour demonstration only. Audits show late referrals."
    for key in ("proposer_title", "proposer_department", "existing_program_name"):
        assert answer_fit(key, prose) == 0.0, key
    assert answer_fit("proposer_title", "Clinical Practice Lead, Maternal-Newborn") > 0


def test_a_contact_line_that_lost_the_comma_after_the_name_still_splits_name_and_role() -> None:
    from mailbot_parsers.composite import contact_line

    got = contact_line("Ezinne Halloran-Vance Patient Experience Lead, Diagnostic Imaging, ehv@example.org")
    assert got["proposer_name"] == "Ezinne Halloran-Vance"
    assert got["proposer_title"] == "Patient Experience Lead"
