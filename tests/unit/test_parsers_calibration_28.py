"""Honest confidence: a value whose edges show that something else came with it is uncertain, and such edge doubts
alone do not send a form to a person."""
from __future__ import annotations

import pytest

import mailbot_parsers as parsers
from mailbot_parsers.calibration import EDGE_DOUBTS, judge

SURE = parsers.SURE

# (doubt, key, value the doubt is about, the same answer without it)
EDGES = [
    ("guidance", "rationale", "[Describe the need: data, skills gap, demand] Waiting lists exceed a year.",
     "Waiting lists exceed a year."),
    ("guidance", "competency_framework", "[Name the framework, if any]", "CSMLS competency profile"),
    ("guidance", "learning_outcomes", ["[3 to 6 outcomes, each with an action verb]", "Prepare a dose ladder."],
     ["Prepare a dose ladder.", "Recognise a reaction."]),
    ("guidance", "competencies", "(one per line) * Run acceptance; variant recognition",
     "Run acceptance; variant recognition"),
    ("stray_mark", "target_learners", "* Medical laboratory technologists in hematology.",
     "Medical laboratory technologists in hematology."),
    ("stray_mark", "education_plan_alignment", "/ Lien avec le Plan d'éducation de Michener",
     "Digital health skills, an Education Plan priority."),
    ("label_tail", "proposer_department", "and site Laboratory Medicine, Greenway Hospital",
     "Laboratory Medicine, Greenway Hospital"),
    ("label_tail", "proposal_title", "of Micro-Course / Credential PACS Administration Fundamentals",
     "PACS Administration Fundamentals"),
    ("label_tail", "summative_assessment", "will it be assessed at the end? A practical exam with a checklist.",
     "A practical exam with a checklist."),
    ("ran_on", "resources_required", "A sandbox and a faculty member. Zainab Okafor, Analyst z.okafor@example.org",
     "A sandbox and a faculty member."),
    ("ran_on", "summative_assessment", "Capstone graded with a rubric. Generated at Tue Dec 01 08:12:44 EST 2026",
     "Capstone graded with a rubric."),
    ("ran_on", "proposed_start", "Printemps 2027; environ 150 personnes par année", "Printemps 2027"),
    ("ran_on", "proposed_start", "Fall 2027, 12 hours", "Fall 2027"),
    ("garbled", "proposer_name", "Aur´elie Moreau", "Aurélie Moreau"),
    ("garbled", "competencies", "\x88 Calculating plasma volume \x88 Priming the device",
     "Calculating plasma volume; priming the device"),
    ("garbled", "learning_outcomes", ["Calculate the exchange vol-", "ume for a procedure."],
     ["Calculate the exchange volume for a procedure.", "Prime a set-up."]),
    ("garbled", "learning_outcomes", ["Perform a final check of refills. Detect selection errors. Complete a validation."],
     ["Perform a final check of refills.", "Detect selection errors."]),
    ("is_label", "partner_contact", "Personne-ressource chez le partenaire (nom et courriel) Genevieve Sow, Director",
     "Genevieve Sow, Director"),
]


@pytest.mark.parametrize("doubt,key,value,plain", EDGES, ids=[f"{e[0]}-{e[1]}" for e in EDGES])
def test_a_value_with_something_else_at_its_edge_is_uncertain(doubt, key, value, plain) -> None:
    doubted = judge(key, value, "Label", 1.0, method="label_line")
    clean = judge(key, plain, "Label", 1.0, method="label_line")
    assert doubt in doubted.doubts
    assert doubted.confidence < SURE
    assert not clean.doubts and clean.confidence >= SURE


@pytest.mark.parametrize("key,value", [
    ("proposer_phone", "(416) 555-0196, ext. 4410"),     # an area code in brackets opens a phone
    ("proposer_title", "orthoptiste"),                    # a job may be written in lower case
    ("proposal_title", "eFAST Ultrasound for Community Paramedics"),
    ("education_plan_alignment", "Education Plan commitment to equity and inclusion."),  # a short label's words
    ("resources_required", "$5,000 for simulation supplies."),
    ("proposal_title", "« Premiers soins » en santé mentale"),
    ("learning_outcomes", ["Use a well-designed checklist.", "Apply self-care strategies."]),
    ("proposed_start", "September 2027"),
    ("competencies", "Sessions run 08:30 to 12:00; scanning and image review"),
    ("learning_outcomes", ["(ii) Describe the two scanning planes.", "(iii) Record the findings."]),
    ("proposal_title", "(CT) Colonography for Technologists"),
])
def test_ordinary_answers_raise_no_edge_doubt(key, value) -> None:
    verdict = judge(key, value, "Label", 1.0, method="label_line")
    assert not set(verdict.doubts) & (EDGE_DOUBTS | {"garbled", "is_label"}), verdict.doubts


FORM = [
    "Micro-Course / Credential Concept Form",
    "Proposed Title: [Short and descriptive] Pre-analytical Quality",
    "Name of Proposer: Leilani Kahananui",
    "Email: l.kahananui@example.org",
    "Type of Request: New micro-credential",
    "Target Learners: [Who are they?] Specimen processors in hospital laboratories.",
    "Rationale / Need: [Describe the need] Most laboratory errors happen before analysis.",
    "Competencies / Skills Targeted: [List them] Specimen acceptance; centrifugation; storage",
    "Learning Outcomes: Apply acceptance criteria",
    "Summative Assessment: A practical exam with seeded errors.",
    "Industry / Employment Partner: Crestview Regional Laboratory",
    "Endorsement Status: Letter of support attached",
    "Alignment with Michener's Education Plan: Patient safety, an Education Plan priority.",
]


def test_guidance_left_in_several_answers_makes_them_uncertain_but_sends_no_form_to_a_person() -> None:
    result = parsers.parse("\n".join(FORM).encode(), "form.txt")
    assert {"proposal_title", "target_learners", "rationale", "competencies"} <= set(result.uncertain_fields)
    assert all(result.sources[k].doubts == ("guidance",) for k in ("proposal_title", "rationale"))
    assert "proposer_email" not in result.uncertain_fields
    assert not result.needs_manual_review


@pytest.mark.parametrize("key,value", [
    ("partner_name", "Metro Shared Laboratory Services (my employer)"),
    ("proposal_title", "Autoverification Rules in Middleware Request type Please convert our existing workshop"),
    ("partner_name", "We are in discussion with Bluewater Home Health"),
])
def test_a_name_holding_the_writers_own_words_is_not_a_name_alone(key, value) -> None:
    verdict = judge(key, value, "Label", 1.0, method="label_line")
    assert "not_a_name" in verdict.doubts and verdict.confidence < SURE


@pytest.mark.parametrize("value", ["Mechanical Ventilation I", "MSK US for Physiotherapists", "Yo-Yo Ma Foundation"])
def test_a_numeral_or_an_abbreviation_is_not_the_writers_word(value) -> None:
    assert "not_a_name" not in judge("proposal_title", value, "Label", 1.0, method="label_line").doubts


def test_a_count_given_as_one_figure_or_another_is_the_applicants_to_settle() -> None:
    raw = "All in person. Hours: 12 hours – or 15 if we add the second scenario day. Start spring 2027."
    undecided = judge("estimated_hours", 12, "Format, hours, start?", 1.0, raw=raw, method="question")
    decided = judge("estimated_hours", 12, "Hours", 1.0, raw="12 hours, or more if the cohort asks", method="label_line")
    assert "alternatives" in undecided.doubts and undecided.confidence < SURE
    assert "alternatives" not in decided.doubts


def test_a_partner_opened_by_either_is_one_of_several_to_choose_from() -> None:
    assert "alternatives" in judge("partner_name", "Either Kingsway Anaesthesia Associates", "Backers", 1.0).doubts
    assert "alternatives" not in judge("partner_name", "Kingsway Anaesthesia Associates", "Backers", 1.0).doubts


def test_a_pull_quote_read_into_an_answer_is_doubted_but_a_quotation_is_not() -> None:
    pulled = ("Technicians handle every antimicrobial order and could flag dose errors. “Technicians handle every "
              "antimicrobial order.” We are therefore proposing a micro-credential.")
    quoted = "Staff told us: “we never practise the rare emergencies” and audits agree."
    assert "pull_quote" in judge("rationale", pulled, "The gap", 1.0).doubts
    assert "pull_quote" not in judge("rationale", quoted, "The gap", 1.0).doubts


def test_a_choice_named_after_the_caption_its_one_tick_stands_before_is_doubted() -> None:
    raw = "◉ Letter of support – I will attach it to the CE email Confirmed, letter to follow In discussion None yet"
    assert "marked_other" in judge("endorsement_status", "confirmed", "Endorsement", 1.0, raw=raw).doubts
    # the tick right before the value's caption, or a yes/no box, is the value's own mark
    assert not judge("endorsement_status", "confirmed", "Endorsement", 1.0,
                     raw="Letter of support attached  ✔ Endorsement confirmed  In discussion").doubts
    assert not judge("endorsement_status", "letter_attached", "Letter of support attached?", 1.0,
                     raw="☑ Yes\n☐ No").doubts
