"""Retyped proposals in the applicant's own genre are concept forms on positive evidence: a sentence that proposes a
new course (the writer's own, a body asking the college for one, a meeting's decision) beside the proposal's answers.
Documents with similar vocabulary that propose nothing (a speaker request, a placement evaluation, a survey, minutes
that report somebody else's idea, a letter of support) stay out.

The texts are written for these tests, in wordings of their own.
"""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.classify import asks_for_course, decides, heading_kind, kind_of, proposes, tentative_proposal
from tests.parser_samples import docx, p, table, tc, text_pdf, tr

DETAILS = [
    "It is meant for ward clerks and unit aides in acute medicine.",
    "Misfiled requisitions delayed three urgent results last quarter.",
    "Skills: reading an order set, labelling, escalating a missing order.",
    "By the end learners will be able to:",
    "Check a requisition against the order",
    "Label a specimen bag correctly",
    "Escalate an incomplete order",
    "They would be assessed by an observed requisition audit with a checklist.",
    "Eastgate Hospital supports it and has agreed to endorse it; letter to follow.",
    "It fits the Education Plan's priority on patient safety.",
    "Online, 4 hours, starting March 2028, about 90 learners a year.",
]


def _kind(lines: list[str], name: str = "doc.pdf") -> bool:
    return parsers.parse(text_pdf([lines]), name).is_concept_form


def test_a_writer_who_would_like_to_put_a_course_together_proposes_it() -> None:
    assert proposes("Hi Sam, I'd like to put together a micro-course called Requisition Basics for clerks.")
    lines = ["From: Ola Brandt <obrandt@example.org>", "Subject: requisitions?",
             "Hi Sam, I'd like to put together a micro-course called Requisition Basics.", *DETAILS, "Cheers, Ola"]
    assert _kind(lines)


def test_a_writer_with_a_course_in_mind_proposes_it_whatever_the_verb() -> None:
    for sentence in ("I have an idea for a new micro-course on requisition handling.",
                     "We are thinking about a short course on requisition handling.",
                     "Our unit would like to develop a micro-credential on requisition handling with you.",
                     "We’re keen to create a micro-credential on requisitions.",
                     "Would CE consider a micro-course on requisition handling?",
                     "We propose to develop a new micro-course on requisition handling.",
                     "We are interested in developing a micro-credential with Michener.",
                     "Please find our proposal for a new micro-credential on requisitions."):
        assert proposes(sentence), sentence
        assert _kind(["Hello,", sentence, *DETAILS, "Ola Brandt, obrandt@example.org"]), sentence
    # a learner means to take a course, not to build one
    assert not proposes("I plan to complete the micro-credential on requisitions this spring.")
    # an institution's plans are announced in reports and strategic plans, for courses in the plural
    assert not proposes("Over the next three years we plan to launch new micro-credentials in imaging.")
    assert not proposes("We would like to offer more courses in the evening.")
    assert not proposes("I would like to register for the course on requisitions.")
    assert not proposes("I am interested in taking a micro-credential on requisitions.")
    assert not proposes("We support Dr Lind's proposal for a new micro-course.")


def test_a_recommendation_of_a_new_course_is_a_proposal_but_rating_one_is_not() -> None:
    assert proposes("We recommend a new micro-credential on requisition handling.")
    assert not proposes("I would recommend this course to a colleague.")
    assert not proposes("Would you recommend the course? Yes")
    assert not proposes("I would recommend a course like this to anyone.")


def test_a_briefing_note_that_recommends_a_course_is_a_form_despite_its_own_headings() -> None:
    lines = ["BRIEFING NOTE", "From: Ola Brandt, Unit Manager, Medicine (obrandt@example.org)", "Date: 2027-02-03",
             "Situation", "Requisitions are misfiled every week.", "Background", "Nobody teaches the order set.",
             "Assessment", "This is a training gap, not a staffing gap.", "Recommendation",
             "We recommend a new micro-credential, Requisition Basics, for ward clerks.", *DETAILS]
    assert _kind(lines)


def test_a_template_filled_in_brackets_reads_as_written() -> None:
    text = "I, [Ola Brandt], [Unit Manager] in [Medicine, Eastgate Hospital], propose a [micro-course] titled [X]."
    assert proposes(text)
    lines = ["Proposal letter (fill in each [bracket])", "Date: [3 February 2027]", text,
             *(f"[{d}]" for d in DETAILS)]
    assert _kind(lines)


def test_a_partner_asking_the_college_for_a_new_course_proposes_it_unless_it_supports_anothers() -> None:
    head = "EASTGATE HOSPITAL\nOffice of the Chief Nursing Officer\n3 February 2027\n"
    assert asks_for_course(head + "Eastgate Hospital proposes that Michener create a new micro-credential on X.")
    assert asks_for_course(head + "This letter recommends a new micro-course on requisition handling.")
    # past: a report; someone else: the proposer whom the letter supports
    assert not asks_for_course(head + "Dr Brandt proposed a course last year.")
    assert not asks_for_course(head + "Dr Lind proposes that Michener create a new micro-credential on X.")
    intent = ["EASTGATE HOSPITAL", "3 February 2027", "To the Continuing Education team,",
              "Eastgate Hospital proposes that Michener create a new micro-course on requisition handling.", *DETAILS,
              "Yours,", "Ola Brandt, Director"]
    assert _kind(intent)
    # a partner's letter about someone else's proposal supports it, even where it never says "support"
    support = ["EASTGATE HOSPITAL", "3 February 2027", "Dear colleagues,",
               "Dr Lind proposes that Michener create a new micro-course on requisition handling.", *DETAILS,
               "Sincerely,", "Ola Brandt, Director"]
    assert not _kind(support)


def test_minutes_that_decide_to_propose_a_course_are_a_form_minutes_that_report_one_are_not() -> None:
    assert decides("3 Education\nPropose a micro-course: Requisition Basics; for ward clerks")
    # a print that wraps "partners to / propose a course" goes on in lower case: no decision
    assert not decides("we invite partners to\npropose a micro-course for 2028")
    head = ["Ward Practice Working Group - minutes", "Meeting of 3 Feb 2027",
            "Present: Ola Brandt (Unit Manager, Medicine, obrandt@example.org); Sam Lind"]
    deciding = head + ["1 Audit results noted.",
                       "2 Propose a micro-course: Requisition Basics; " + " ".join(DETAILS), "Owner: O. Brandt"]
    assert _kind(deciding, "minutes.pdf")
    reporting = head + ["1 Audit results noted.", "2 Sam Lind presented an idea for a course on requisitions.",
                        "Target learners would be ward clerks. Action: Sam to complete the concept form."]
    assert not _kind(reporting, "minutes.pdf")


def _table_docx(title: str, rows: list[tuple[str, str]]) -> bytes:
    return docx(p(title, style="Title") + table("".join(tr(tc(p(a)), tc(p(b))) for a, b in rows)))


def test_a_filled_request_for_a_talk_is_not_a_proposal() -> None:
    # a title, objectives, an audience and a contact, but no assessment, partner, plan or type of request
    rows = [("Requesting unit", "Laboratory Medicine"), ("Contact", "Ola Brandt"),
            ("Email", "obrandt@example.org"), ("Session title", "What a misfiled requisition costs"),
            ("Learning objectives", "1. Describe the audit; 2. Plan one change"),
            ("Audience", "Technologists and ward clerks"), ("Expected attendance", "about 80 (hybrid)"),
            ("Date of request", "3 February 2027")]
    assert not parsers.parse(_table_docx("Lunch-and-learn speaker request", rows), "talk.docx").is_concept_form


def test_the_label_route_needs_two_answers_only_a_proposal_gives() -> None:
    # many of the form's questions asked (a type of request among them) and answered, but none of its own
    answered = {"proposal_title", "proposer_name", "proposer_email", "proposer_phone", "proposer_department",
                "target_learners", "learning_outcomes", "rationale", "delivery_format", "expected_enrolment"}
    labels = answered | {"request_type"}
    text = "\n".join(["Session title", "Audience", "Learning objectives", "Why this session", "Contact", "Email"])
    assert kind_of(labels, text, answered, "Speaker request") == "not_a_form"
    # skills beside the objectives are still one requirement (what the course teaches)
    skills = answered | {"competencies"}
    assert kind_of(labels | skills, text, skills, "Speaker request") == "not_a_form"
    both = answered | {"summative_assessment", "partner_name"}
    assert kind_of(labels | both, text, both, "Speaker request") == "concept_form"
    # ... or a document whose opening names it a course idea: an early proposal may answer little yet
    idea = "Micro-course idea: requisition basics\n" + text
    assert kind_of(labels, idea, answered, "Micro-course idea: requisition basics") == "concept_form"


def test_a_call_for_proposals_orders_its_readers_to_propose_but_proposes_nothing() -> None:
    assert heading_kind("Call for micro-credential proposals 2028") is not None
    assert heading_kind("Transcript - intake call with the proposer") is None
    call = ["Call for micro-credential proposals 2028", "Continuing Education", "Propose a micro-credential for 2028!",
            "Who can apply: staff, faculty and partners.",
            "Every micro-credential must be competency-based with clear learning outcomes.",
            "It needs a summative assessment that shows achievement of the outcomes.",
            "It must be endorsed by an industry or employment partner; a letter of support is expected.",
            "It must align with Michener's Education Plan.", "Formats: online, in person or hybrid; 4 to 30 hours.",
            "Deadline: 31 March 2028. Send the concept form to ce@michener.example."]
    assert not _kind(call)


def test_a_short_proposal_in_the_writers_own_voice_is_a_form_for_a_person_not_dropped() -> None:
    lines = ["Hi CE team,", "We would like to develop a micro-course on safe requisition handling with you.",
             "Ward clerks keep misfiling urgent requisitions. Could we meet?", "Ola Brandt, Unit Manager, ob@example.org"]
    r = parsers.parse(text_pdf([lines]), "short.pdf")
    assert r.is_concept_form and r.needs_manual_review
    assert any("a person checks that it is a proposal" in w for w in r.warnings)
    # nothing answered beside the sentence: nothing to review
    assert not parsers.parse(text_pdf([["I'd like to propose a micro-course.", "Ola"]]), "tiny.pdf").is_concept_form


def test_a_cover_note_that_sends_the_proposal_as_another_attachment_is_not_tentatively_a_form() -> None:
    note = "We would like to develop a micro-course on requisitions with you. Our concept form is attached."
    assert not tentative_proposal(set(), note, {"rationale", "request_type"}, "Hi CE team,")
    assert tentative_proposal(set(), note.split(" Our")[0], {"rationale", "request_type"}, "Hi CE team,")
    # a genre that reports (minutes, a newsletter) is never a tentative proposal
    assert not tentative_proposal(set(), note.split(" Our")[0], {"rationale", "request_type"}, "CE News - Spring")
