"""Issue 12: documents that answer a proposal's questions without being one, and answers written inside prose.
Small documents generated here in our own wording (fpdf2, python-docx), not copies of the round 10 files."""
from __future__ import annotations

import io

import mailbot_parsers as parsers
from tests.parser_samples import paragraphs_pdf


def _pdf(lines: list[tuple[str, int, bool]], width: float = 480) -> bytes:
    return paragraphs_pdf(lines, width)


# A funder's application form, filled in: the funder's name and the kind of document form one title, which the page
# wraps over lines (so its first line alone names only the funder)
FUND_APPLICATION = [
    ("Northbay Community Trust - Small Project Grant Application 2028", 20, True),
    ("1. Project title: Safe Lifting for Home Support Workers", 10, False),
    ("2. Applicant: Teodora Halvorsen-Mbeki, Physiotherapist, Lakeshore Home Care", 10, False),
    ("3. Contact: thalvorsen@example.org - 416-555-0132", 10, False),
    ("4. Amount requested: $12,400", 10, False),
    ("5. Statement of need", 10, True),
    ("Back injuries are the main reason our home support workers lose days of work. We ask for funds to train "
     "staff and buy transfer aids.", 10, False),
    ("6. Project objectives", 10, True),
    ("- Train 60 workers in safe transfers\n- Equip 30 client homes with slide sheets\n- Halve lifting injuries "
     "within a year", 10, False),
    ("7. Evaluation plan", 10, True),
    ("Injury reports and a short survey of workers before and after the training.", 10, False),
    ("8. Partners", 10, True),
    ("Lakeshore Home Care Health and Safety Committee; a college to adapt the course later.", 10, False),
    ("9. Budget", 10, True),
    ("Trainer time $4,400 / Transfer aids $7,000 / Evaluation $1,000 / Total $12,400", 10, False),
    ("10. Timeline", 10, True),
    ("June 2028 to May 2029.", 10, False),
    ("Signature of applicant: T. Halvorsen-Mbeki    Date: 2027-10-04", 10, False),
]


def test_a_funders_application_is_no_concept_form_when_its_title_wraps() -> None:
    # (a narrow page: the title wraps after the funder's name)
    result = parsers.parse(_pdf(FUND_APPLICATION, width=260), "application.pdf")
    assert not result.is_concept_form


def test_a_funders_application_is_no_concept_form_on_one_title_line() -> None:
    result = parsers.parse(_pdf(FUND_APPLICATION), "application.pdf")
    assert not result.is_concept_form


# An email printed to PDF: every answer is a sentence, and several sentences open with a label's words
EMAIL = [
    ("From: Ingrid Obuya-Lachance <iobuya@example.net>", 10, False),
    ("Sent: Thursday, March 4, 2027 10:12 AM", 10, False),
    ("To: ce@michener.example", 10, False),
    ("Subject: Micro-course idea: wound photography for home care nurses", 10, False),
    ("Hello,", 10, False),
    ("Our agency would like to propose a micro-course titled Clinical Wound Photography for home care nurses who "
     "document chronic wounds.", 10, False),
    ("The skills involved are consent for images, consistent framing and lighting, measuring with a scale in the "
     "frame, and secure upload to the chart.", 10, False),
    ("Learners will be able to (1) obtain and record consent for wound images; (2) take a photograph that can be "
     "compared week to week; and (3) upload and label images in the record.", 10, False),
    ("We would assess them with a short online quiz and a graded set of five photographs.", 10, False),
    ("Partner: Riverside Wound Clinic supports the idea and has signed a letter of support. It fits the Education "
     "Plan's attention to digital documentation in community practice.", 10, False),
    ("Kind regards,", 10, False),
    ("Ingrid Obuya-Lachance | Nurse Educator | Riverside Home Care | iobuya@example.net | 613-555-0148", 10, False),
]


def test_sentences_that_open_with_a_labels_words_are_read_as_prose() -> None:
    result = parsers.parse(_pdf(EMAIL), "email.pdf")
    assert result.is_concept_form
    f = result.fields
    assert f["competencies"] == ("consent for images, consistent framing and lighting, measuring with a scale in the "
                                 "frame, and secure upload to the chart")
    assert f["learning_outcomes"] == ["obtain and record consent for wound images",
                                      "take a photograph that can be compared week to week",
                                      "upload and label images in the record"]
    assert f["summative_assessment"] == "a short online quiz and a graded set of five photographs"
    assert f["education_plan_alignment"] == ("It fits the Education Plan's attention to digital documentation in "
                                             "community practice.")


def test_a_line_opening_with_a_subject_and_its_verb_is_no_label() -> None:
    from mailbot_parsers.sections import _sentence_goes_on

    assert _sentence_goes_on("The skills", "involved are triage, splinting and handover.")
    assert _sentence_goes_on("We would assess", "them with a practical exam.")
    assert _sentence_goes_on("Learners will be able to (1)", "triage; (2) splint")
    assert not _sentence_goes_on("Target Learners.", "community health workers")  # a run-in label, its stop
    assert not _sentence_goes_on("Submitted", "2027-03-04")
    assert not _sentence_goes_on("Format /", "hrs / start: online, 6, May")


def test_the_writer_s_unit_proposing_a_course_proposes_it() -> None:
    from mailbot_parsers.classify import proposes

    assert proposes("Our clinic would like to propose a micro-course on ankle taping for sports therapists.")
    assert not proposes("Our clinic offered a course on ankle taping last spring.")


def test_an_answer_that_restates_a_topic_label_is_doubted_not_trimmed_in_a_cell() -> None:
    from mailbot_parsers.calibration import judge

    # under a topic ("Assessment"), a frame the dev sets keep whole as often as they cut: a guess either way
    sentence = "Learners complete a timed practical scored with a checklist."
    assert "reframed" in judge("summative_assessment", sentence, "Assessment", 1.0, raw=sentence,
                               method="table").doubts
    # under a question, "It is for X." echoes it: X is the answer, and nothing doubts it
    assert "reframed" not in judge("target_learners", "home care nurses", "Who is it for?", 1.0,
                                   raw="It is for home care nurses.", method="question").doubts


def test_a_heading_inside_a_prose_answer_makes_it_doubtful() -> None:
    from mailbot_parsers.calibration import inner_heading

    assert inner_heading("education_plan_alignment", "It extends our reach. Risks and mitigation The main risk is "
                                                     "access.")
    assert not inner_heading("education_plan_alignment", "It extends our reach. The main risk is access.")
    assert not inner_heading("rationale", "Staff rotate often. Most of The Ottawa Hospital units lack training.")


def test_the_program_converted_is_read_from_the_answer_to_the_type_of_request() -> None:
    from mailbot_parsers.prose import converted_program

    assert converted_program("conversion of our existing Preceptor Skills Workshop") == "Preceptor Skills Workshop"
    assert converted_program("Convert the Casting Basics module into a micro-credential") == "Casting Basics module"
    assert converted_program("a new micro-credential") is None


def test_a_title_named_in_title_case_keeps_its_for() -> None:
    from mailbot_parsers.prose import _roles

    found = _roles("I would like to propose a new micro-credential called Splinting Basics for Rural Nurses.")
    assert found["proposal_title"][0] == "Splinting Basics for Rural Nurses"
    found = _roles("We propose a micro-course called Splinting Basics for nurses in rural clinics.")
    assert found["proposal_title"][0] == "Splinting Basics"
    assert found["target_learners"][0] == "nurses in rural clinics"


def test_a_word_broken_at_a_soft_hyphen_is_one_word_again() -> None:
    from mailbot_parsers.prose import read

    found = read(["I propose a new micro-credential, Safe Sharps, for medical labora\u00ad",
                  "tory assistants who work nights."], wrapped=True)
    assert found["target_learners"].value == "medical laboratory assistants who work nights"


def test_an_inline_list_of_outcomes_ends_with_its_sentence() -> None:
    from mailbot_parsers.prose import outcome_split

    split = outcome_split("Learners will be able to (1) clean a probe; (2) store it; and (3) log it. We would "
                          "assess them with a checklist.")
    assert split is not None
    assert split[1] == ["clean a probe", "store it", "log it"]
    assert split[2] == ["We would assess them with a checklist."]


def test_a_title_slide_s_date_below_its_contact_lines_is_the_submission_date() -> None:
    from mailbot_parsers.prose import read

    found = read(["Splinting Basics for Rural", "Emergency Nurses", "A pitch for a Michener micro-credential",
                  "Tamsin Oyelaran-Holt – Clinical Educator", "Emergency Department, Northpoint Hospital",
                  "toyelaran@example.org", "705-555-0190", "March 8, 2027",
                  "Rural nurses splint a fracture a few times a year and lose the skill between cases."])
    assert found["submission_date"].value == "2027-03-08"


def test_a_funders_application_titled_over_a_title_and_a_subtitle_is_no_concept_form() -> None:
    import docx

    doc = docx.Document()
    doc.add_paragraph("Northbay Community Trust", style="Title")
    doc.add_paragraph("Small Project Grant Application 2028", style="Subtitle")
    for text, _, _ in FUND_APPLICATION[1:]:
        doc.add_paragraph(text)
    out = io.BytesIO()
    doc.save(out)
    assert not parsers.parse(out.getvalue(), "application.docx").is_concept_form
