"""A proposal written as questions and answers of its own: the author's line under the title, a kind of course stated
by setting it against another, and an answer that says there is none yet."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers import prose
from tests.parser_samples import docx, p

# a dialysis FAQ (no corpus document is one), its questions in the writer's words
FAQ = [
    ("Proposed title", "Home Haemodialysis Training for Caregivers"),
    ("Email", "k.abara-holm@example.org"),
    ("Why is it needed?", "More patients dialyse at home every year. Caregivers learn by watching, not by practice."),
    ("Learning outcomes", "Set up the machine; respond to alarms; record a session."),
    ("Delivery format", "Hybrid"),
    ("Estimated hours", "12"),
    ("Partner organization", "Lakeshore Kidney Foundation"),
    ("Endorsement status", "In discussion"),
    ("Target learners", "Family caregivers of patients on home haemodialysis"),
]


def faq(top: list[str], pairs: list[tuple[str, str]]) -> parsers.ParseResult:
    body = p("Home haemodialysis training: questions and answers", style="Title") + "".join(p(t) for t in top)
    body += "".join(p(q, style="Heading2") + p(a) for q, a in pairs)
    return parsers.parse(docx(body), "faq.docx")


def test_the_authors_line_under_the_title_names_the_proposer_with_role_and_unit() -> None:
    r = faq(["Kenji Abara-Holm, Dialysis Educator, Renal Program, Lakeshore Hospital", "2 December 2026"], FAQ)
    assert r.fields["proposer_name"] == "Kenji Abara-Holm"
    assert r.fields["proposer_title"] == "Dialysis Educator"
    assert r.fields["proposer_department"] == "Renal Program, Lakeshore Hospital"


def test_a_kind_of_course_set_against_another_is_the_request_type() -> None:
    r = faq([], [*FAQ, ("What are we asking for?", "A micro-course, not a full credential, run twice a year.")])
    assert r.fields["request_type"] == "micro_course"
    assert prose.stated_kind("A micro-course (not a full credential) for our sector.") == "micro_course"
    assert prose.stated_kind("A micro-course for our sector.") is None  # no contrast: the sentence may be about another


def test_an_answer_that_says_it_is_not_settled_is_empty_not_a_value() -> None:
    r = faq([], [*FAQ, ("How would learners be assessed?", "To be determined with the CE team.")])
    assert "summative_assessment" not in r.fields
    assert "summative_assessment" in r.missing_required
    assert not prose.no_answer_yet("To be assessed with a checklist by two nurses.")
    assert not prose.no_answer_yet("TBD – early 2027")  # a value after all


def test_a_noun_phrase_naming_the_kind_and_the_learners_answers_what_is_proposed() -> None:
    r = faq([], [*[qa for qa in FAQ if qa[0] != "Target learners"],
                 ("Our idea", "A new micro-credential for caregivers who run dialysis at home without a nurse.")])
    assert r.fields["target_learners"] == "caregivers who run dialysis at home without a nurse"


def test_a_line_that_names_the_yearly_intake_and_states_it_is_an_answer_not_a_label() -> None:
    pairs = [qa for qa in FAQ if qa[0] not in ("Delivery format", "Estimated hours")]
    body = p("Home haemodialysis training", style="Title") + "".join(p(q, style="Heading2") + p(a) for q, a in pairs)
    body += p("Practicalities", style="Heading2") + "".join(
        p(t) for t in ("Hybrid delivery", "12 hours", "Start: March 2027", "35 learners a year",
                       "Two training machines for the practice days"))
    r = parsers.parse(docx(body), "faq.docx")
    assert r.fields["expected_enrolment"] == 35


def test_a_contact_block_keeps_its_date_and_a_numbers_prefix_out_of_the_unit() -> None:
    from mailbot_parsers.bylines import signature

    found = signature(["Kenji Abara-Holm · Dialysis Educator · Renal Program, Lakeshore Hospital",
                       "k.abara-holm@example.org · T 905-555-0142 · 2 Dec 2026"])
    assert found["proposer_department"] == "Renal Program, Lakeshore Hospital"
    assert found["proposer_phone"] == "905-555-0142"


def test_a_partner_answer_gives_the_contact_in_brackets_and_the_state_in_the_next_sentence() -> None:
    from mailbot_parsers.composite import partner_answer

    assert partner_answer("Lakeshore Kidney Foundation (contact: Dr. Ines Mwale-Ortiz, i.mwale@example.org). "
                          "Their letter of support is attached.") == {
        "partner_name": "Lakeshore Kidney Foundation", "partner_contact": "Dr. Ines Mwale-Ortiz, i.mwale@example.org",
        "endorsement_status": "letter_attached"}
