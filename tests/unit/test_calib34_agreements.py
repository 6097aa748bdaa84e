"""Guesses whose place and shape agree are presented as sure (calib34): a document title that reads as a course's name,
a job title split from the answer about the proposer, a count or a start that the text states alone."""
from __future__ import annotations

from mailbot_parsers.calibration import (SURE, agreeing_practicalities, count_alone, course_named, judge,
                                         start_stated, titled_piece)


def test_a_course_name_is_told_from_a_heading_that_names_the_document() -> None:
    assert course_named("Outpatient Burn Dressing Skills for Community Nurses")
    assert course_named("Patient Care in Radioligand Therapy (Lu-177)")
    assert course_named("Bilan urodynamique : notions essentielles pour le personnel infirmier")
    # the kind of document, a record of talk, a letterhead in capitals, two headings joined, a profile line
    assert not course_named("Micro-credential Development Application")
    assert not course_named("Intake call transcript")
    assert not course_named("GREYHAVEN PARAMEDIC SERVICES")
    assert not course_named("Perioperative Warming Working Group – meeting notes")
    assert not course_named("Logic model – Vaccine Conversations for Pharmacy Assistants")
    assert not course_named("Central Venous Access Device Care / Soins des dispositifs d'accès veineux")
    assert not course_named("Kwame Ellery-Santos (He/Him) · 1st")
    assert not course_named("Trauma-Informed Practice: a proposed micro-credential")
    assert not course_named("Annual Plan 2027")
    assert not course_named("Triage")  # one word names a topic, not a course


def test_the_document_title_is_sure_only_when_it_reads_as_a_course_name() -> None:
    sure = judge("proposal_title", "Outpatient Burn Dressing Skills for Community Nurses", "document title", 0.6,
                 method="heading")
    assert sure.confidence >= SURE and sure.supports == ("titled", "typed")
    guess = judge("proposal_title", "Micro-credential Development Application", "document title", 0.6, method="heading")
    assert guess.confidence < SURE
    # a line under a headline is another reading, left a guess
    other = judge("proposal_title", "Outpatient Burn Dressing Skills", "line under the headline", 0.6, method="heading")
    assert other.confidence < SURE


def _pieces(title: str, department: str | None = None, label: str = "FROM") -> tuple[dict, dict]:
    values: dict = {"proposer_name": "Ada Roy", "proposer_title": title}
    read_from = {"proposer_name": ("composite", label), "proposer_title": ("composite", label)}
    if department is not None:
        values["proposer_department"] = department
        read_from["proposer_department"] = ("composite", label)
    return values, read_from


def test_a_job_title_split_from_the_answer_about_the_proposer_is_sure() -> None:
    assert titled_piece(*_pieces("Senior Cardiology Technologist")) == {"proposer_title"}
    assert titled_piece(*_pieces("Director of Care", "Cedarbrook Lodge", "Prepared by")) == {"proposer_title"}
    assert titled_piece(*_pieces("Clinical Coordinator, Nuclear Medicine", label="Principal applicant")) \
        == {"proposer_title"}


def test_a_job_title_whose_split_shows_a_wrong_boundary_stays_a_guess() -> None:
    # the unit ran into the title after its role, or the unit took the title's last word
    assert not titled_piece(*_pieces("Pharmacy Practice Lead Community Pharmacy Partners Network"))
    assert not titled_piece(*_pieces("Technologiste médicale", "formatrice Programme de technologie", "Responsable"))
    # a caption came along, or the label asks nothing about the proposer
    assert not titled_piece(*_pieces("b) Position and unit: Laboratory Director"))
    assert not titled_piece(*_pieces("Charge Technologist", label="Delivery format"))


def test_one_cohort_multiplies_no_count() -> None:
    assert count_alone(90, ["We see it in person, 7 hours in total, for about 90 staff a year, with a first cohort "
                            "in January 2028."])
    assert count_alone(60, ["We propose a first intake in May 2027 and expect 60 learners per year."])
    assert not count_alone(10, ["3 cohorts of 10 a year (30)."])
    assert not count_alone(12, ["Two intakes of 12 a year."])


def test_a_count_or_a_start_stated_alone_is_sure() -> None:
    text = "We would start in September 2027 and expect 40 learners a year."
    values = {"expected_enrolment": 40, "proposed_start": "September 2027"}
    read_from = {"expected_enrolment": ("composite", "sentence"), "proposed_start": ("composite", "sentence")}
    assert agreeing_practicalities(values, read_from, [text]) == {"expected_enrolment", "proposed_start"}
    # a hedged start, and a count beside another count, stay guesses
    hedged = "We would start as soon as possible, ideally September 2027, with 2 groups of 20 learners a year."
    values = {"expected_enrolment": 20, "proposed_start": "September 2027"}
    assert not start_stated("September 2027", [hedged])
    # (since stop 38 a count split from an answer is lifted by its shape; the size of one of the groups, as here, is
    # doubted afterwards by one_group, which the parse applies after the lift)
    assert agreeing_practicalities(values, read_from, [hedged]) == {"expected_enrolment"}
    from mailbot_parsers.calibration import one_group
    assert one_group(20, [hedged])


def test_a_status_the_partners_answer_names_by_its_own_words_is_sure() -> None:
    for status in ("letter_attached", "in_discussion", "none"):
        v = judge("endorsement_status", status, "partner's answer", 0.7, method="composite")
        assert v.confidence >= SURE and v.supports == ("typed", "asked")
    # "confirmed" is what any verb of support reads as, a letter mentioned elsewhere or not: a guess
    assert judge("endorsement_status", "confirmed", "partner's answer", 0.7, method="composite").confidence < SURE
    # ... and so is a status split from an answer to another question
    assert judge("endorsement_status", "letter_attached", "Delivery and numbers", 0.7,
                 method="composite").confidence < SURE


def test_a_title_whose_heading_goes_on_in_lower_case_is_cut() -> None:
    from mailbot_parsers.calibration import title_continues
    text = "From Pap to HPV: Primary HPV Screening\nfor Cytotechnologists\nNadia Szabo\nOverview\n"
    assert title_continues("From Pap to HPV: Primary HPV Screening", text)
    assert not title_continues("Nadia Szabo", text)
    assert not title_continues("Outpatient Burn Dressing Skills", "Outpatient Burn Dressing Skills\nAda Roy, Nurse\n")


def test_a_count_written_in_words_is_stated_alone_too() -> None:
    assert count_alone(50, ["We would launch in Autumn 2027, for about fifty sonographers a year."])
    assert not count_alone(24, ["Two cohorts of twelve a year, twenty-four in all."])


def test_an_outline_number_before_a_label_is_no_figure_of_the_label() -> None:
    from mailbot_parsers.calibration import label_figure
    assert not label_figure("estimated_hours", "3.6 Durée", "label_line")
    assert not label_figure("expected_enrolment", "2.1.4 Learners per year", "label_line")
    assert label_figure("expected_enrolment", "Learners/year 48 (four sessions of 12)", "label_line")


def test_a_value_whose_first_words_end_on_an_article_holds_no_label() -> None:
    from mailbot_parsers.calibration import is_label
    assert is_label("learning_outcomes", "Start a CGM sensor and pair it with a reader or phone.") is None
    assert is_label("rationale", "Target learners Nurses in the ICU") == "target_learners"
