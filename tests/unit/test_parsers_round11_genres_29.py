"""Genres and programs round 11 brought that the parser missed as a whole: field names without separators (a
LaTeX fillable form), skills one a line with no marker, a contact-only answer under a question in the writer's
words, a printed email whose header is a grid and whose sender is "Family, Given", prose whose run-in words open a
sentence, and printed headings in the writer's words. Small documents made here, in our own wording."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.labels import match_identifier
from mailbot_parsers.meaning import answer_fit, resolve
from tests.parser_samples import acroform_pdf, br, docx, p, positioned_pdf, python_docx_table, run, sdt, text_pdf

# the rest of a concept form's answers, so that each small document reads as one
ANSWERS = {"target_learners": "Surgical ward nurses", "rationale": "Dressing leaks doubled on our unit last year.",
           "summative_assessment": "An observed dressing change scored with a checklist",
           "partner_name": "Harbourside Wound Clinic", "education_plan_alignment": "Supports safe care close to home."}


def test_field_names_written_without_separators_are_read() -> None:
    assert match_identifier("proposaltitle").key == "proposal_title"
    item = match_identifier("learningoutcome2")
    assert item is not None and item.key == "learning_outcomes" and item.score >= 0.9
    assert match_identifier("Text7") is None


def test_a_latex_fillable_form_with_glued_names_gives_its_ticks_and_items() -> None:
    fields = [
        {"name": "proposaltitle", "type": "text", "value": "Wound Vac Dressing Changes"},
        {"name": "proposername", "type": "text", "value": "Odile Brennan-Sato"},
        {"name": "requesttypenew", "type": "checkbox", "value": "Off", "states": ["Yes", "Off"]},
        {"name": "requesttypemicrocourse", "type": "checkbox", "value": "Yes", "states": ["Yes", "Off"]},
        {"name": "deliveryformatonline", "type": "checkbox", "value": "Off", "states": ["Yes", "Off"]},
        {"name": "deliveryformatinperson", "type": "checkbox", "value": "Yes", "states": ["Yes", "Off"]},
        {"name": "endorsementstatusindiscussion", "type": "checkbox", "value": "Yes", "states": ["Yes", "Off"]},
        {"name": "learningoutcome1", "type": "text", "value": "Change a negative-pressure dressing aseptically."},
        {"name": "learningoutcome2", "type": "text", "value": "Troubleshoot a leak alarm."},
        {"name": "learningoutcome3", "type": "text", "value": ""},
        *({"name": k.replace("_", ""), "type": "text", "value": v} for k, v in ANSWERS.items()),
    ]
    got = parsers.parse(acroform_pdf(fields), "fillable.pdf").fields
    assert got["proposal_title"] == "Wound Vac Dressing Changes"
    assert got["request_type"] == "micro_course"
    assert got["delivery_format"] == "in_person"
    assert got["endorsement_status"] == "in_discussion"
    assert got["learning_outcomes"] == ["Change a negative-pressure dressing aseptically.", "Troubleshoot a leak alarm."]


def test_skills_one_a_line_in_a_control_are_list_items() -> None:
    skills = ["Choosing the dressing size", "Sealing around drains", "Reading the canister"]
    inner = "".join(run(s) + (br() if n < len(skills) - 1 else "") for n, s in enumerate(skills))
    body = p("Concept form") + p("Skills: ", sdt("competencies", inner)) + p("Title: ", sdt("proposal_title", run("Wound care"))) \
        + "".join(p(f"{k}: ", sdt(k, run(v))) for k, v in ANSWERS.items())
    got = parsers.parse(docx(body), "controls.docx").fields
    assert got["competencies"] == "Choosing the dressing size; Sealing around drains; Reading the canister"


def test_skills_paragraphs_that_are_sentences_still_join_with_a_space() -> None:
    body = p("Concept form") + p("Skills: ", sdt("competencies", run("Learners size the dressing.") + br()
                                                + run("They seal it around drains."))) \
        + "".join(p(f"{k}: ", sdt(k, run(v))) for k, v in ANSWERS.items())
    got = parsers.parse(docx(body), "controls.docx").fields
    assert got["competencies"] == "Learners size the dressing. They seal it around drains."


def test_an_answer_of_an_address_and_a_number_fits_no_text_field() -> None:
    assert answer_fit("resources_required", "tmaalouf@example.org / 905-555-0175") == 0.0
    assert answer_fit("resources_required", "a laptop for each learner, booked via it@example.org") > 0.0
    data = python_docx_table("Our answers", [
        ("Proposed title", "Safe Patient Lifts on Night Shift"),
        ("Who is proposing it?", "Tarek Maalouf, Charge Nurse, Surgical Unit"),
        ("How can CE reach you?", "tmaalouf@example.org / 905-555-0175"),
        ("Who are the learners?", "Night-shift nurses and porters."),
        ("New, conversion or micro-course?", "Converting our existing unit orientation, Lift Basics for Nights"),
        ("Why is it needed?", "Two lift injuries on nights last winter; the day course does not reach night staff."),
        ("Which competencies?", "Sling choice; ceiling lift checks; two-person transfers"),
        ("How will achievement be assessed?", "An observed transfer on the unit, scored with a checklist."),
        ("Education Plan fit", "Supports the plan's safe-workplace theme."),
    ])
    got = parsers.parse(data, "answers.docx").fields
    assert got.get("proposer_email") == "tmaalouf@example.org"
    assert got.get("proposer_phone") == "905-555-0175"
    assert "resources_required" not in got
    assert got.get("request_type") == "existing_program"
    assert got.get("existing_program_name") == "Lift Basics for Nights"


def test_for_alone_over_a_group_of_people_asks_for_the_learners() -> None:
    r = resolve("For", "Porters and unit clerks on the surgical floors")
    assert r is not None and r.key == "target_learners"
    assert resolve("For", "Dr Imogen Vasquez") is None


def test_an_email_header_printed_as_a_grid_gives_sender_and_date() -> None:
    runs = [(50, 760, "Intake Office Mailbox")]
    header = [("From:", "Okafor-Lund, Simone <sokafor-lund@example.org>"), ("Sent:", "Tuesday, March 9, 2027 10:14 AM"),
              ("To:", "CE Intake <ce@example.org>"), ("Subject:", "Micro-course idea - cast care")]
    y = 730
    for label, value in header:
        runs += [(50, y, label), (130, y, value)]
        y -= 14
    body = ["Hello,", "Here is our idea for a micro-course on cast care for orthopaedic technicians.",
            "Course name: Cast Care and Removal", "Who it is for: Orthopaedic technicians in fracture clinics",
            "Assessment: An observed cast removal on a model, scored with a checklist.",
            "Why: Cast saw burns were reported twice this year.",
            "Skills: Cast saw handling; skin checks; splitting and spreading a cast",
            "Partner: Lakeview Fracture Clinic - letter of support attached",
            "Education Plan: Supports the plan's priority on safe procedures."]
    for line in body:
        y -= 16
        runs.append((50, y, line))
    got = parsers.parse(positioned_pdf(runs), "print.pdf").fields
    assert got.get("proposer_name") == "Simone Okafor-Lund"
    assert got.get("proposer_email") == "sokafor-lund@example.org"
    assert got.get("submission_date") == "2027-03-09"


def test_words_that_open_a_sentence_label_that_sentence_and_the_prose_after_is_read() -> None:
    lines = [
        "From: Pieter Holm <pholm@example.org>",
        "Subject: Micro-credential idea",
        "Date: March 2, 2027 at 9:00 AM",
        "To: CE Intake <ce@example.org>",
        "Hello,",
        "I would like to propose a new micro-credential called Gait Aid Fitting. It is meant for",
        "rehabilitation assistants on inpatient units.",
        "For assessment, each learner fits three gait aids under observation and a physiotherapist",
        "signs off against a checklist.",
        "Northgate Rehab Centre has agreed to endorse it and will send a letter next month. Our contact",
        "there is Aino Varga (avarga@example.com).",
        "It fits the Education Plan's commitment to safe mobility in every care setting.",
        "Thanks,",
        "Pieter",
    ]
    got = parsers.parse(text_pdf([lines]), "mail.pdf").fields
    assert got.get("summative_assessment") == ("each learner fits three gait aids under observation and a "
                                               "physiotherapist signs off against a checklist")
    assert got.get("partner_name") == "Northgate Rehab Centre"
    assert got.get("partner_contact") == "Aino Varga (avarga@example.com)"
    assert got.get("education_plan_alignment") == \
        "It fits the Education Plan's commitment to safe mobility in every care setting."


def test_outcomes_a_short_line_each_under_a_lead_in_in_printed_prose() -> None:
    lines = [
        "Dear CE team,",
        "I am writing to propose a new micro-credential called Splint Checks for Night Staff, for ward nurses.",
        "Skills to cover: spotting pressure areas, checking circulation, and re-padding a splint safely on the ward",
        "at night.",
        "By the end, nurses should be able to:",
        "Check circulation distal to a splint.",
        "Recognise a pressure area early.",
        "Re-pad a splint without moving the limb.",
        "Regards,",
        "Ines Marlow",
    ]
    got = parsers.parse(text_pdf([lines]), "letter.pdf").fields
    assert got.get("learning_outcomes") == ["Check circulation distal to a splint.", "Recognise a pressure area early.",
                                            "Re-pad a splint without moving the limb."]


def test_a_printed_heading_in_the_writers_words_is_read_by_its_meaning() -> None:
    lines = [
        "Splint Checks for Night Staff",
        "Proposal for Michener CE - new micro-credential",
        "Learners",
        "Ward nurses and nursing assistants on orthopaedic units.",
        "Assessment",
        "An observed splint check on a model, scored with a checklist.",
        "Fit",
        "The course supports the Education Plan's priority on safe care at night.",
    ]
    got = parsers.parse(text_pdf([lines]), "proposal.pdf").fields
    assert got.get("education_plan_alignment") == "The course supports the Education Plan's priority on safe care at night."


def test_skills_set_apart_by_slashes_are_list_items() -> None:
    from mailbot_parsers.normalise import to_value

    assert to_value("competencies", [("cast saw handling / skin checks under the cast / splitting a cast", False)]) \
        == "cast saw handling; skin checks under the cast; splitting a cast"
    # a pair inside brackets, or two phrases, is no list
    assert to_value("competencies", [("rhythm classes (normal / atypical / abnormal), escalation", False)]) \
        == "rhythm classes (normal / atypical / abnormal), escalation"
    assert to_value("competencies", [("indications / contraindications", False)]) == "indications / contraindications"
