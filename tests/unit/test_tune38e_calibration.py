"""Stop 38's calibration on makers the doubts were not made from (bench/doubts.py: each reason's precision on rounds
2-18 against rounds 19-23).

* Minutes and notes write "Need: labs are short of ...": an answer after its label's colon on the label's line that
  opens in lower case is the writer's habit, not a sentence's middle (``fragment`` was right 8 of 8 so).
* A count split from an answer is the year's figure ("two cohorts of twelve a year (24)" gives 24); only a group's
  size read instead is wrong, and ``one_group`` doubts it (such counts: 262 right, 0 wrong on every folder).
* The one address spelled with the proposer's name, and the one number beside it, are the proposer's (11 of 11).
Documents built here with python-docx."""
from __future__ import annotations

import io

from docx import Document

import mailbot_parsers as parsers
from mailbot_parsers.calibration import SURE, agreeing_practicalities, colon_led, judge, one_group

ANSWERS = ["Learners: registered respiratory therapists new to the medical wards who have not taught airway clearance.",
           "Need: physiotherapy coverage on weekends ended in June, and therapists now perform airway clearance alone.",
           "Assessment: two observed treatments on the ward, signed off by a senior therapist.",
           "Resources: the simulation lab's task trainers and a loaned oscillation vest.",
           "Format: in person, six hours over two evenings; two cohorts of twelve a year (24).",
           "Skills covered: positive expiratory pressure devices, manual techniques, and teaching patients to clear "
           "their own airways.",
           "Framework: National Competency Framework for respiratory therapists.",
           "Partner: Northgate Health; the chief of respiratory services has signed a letter of support, which is "
           "attached.",
           "Fit with the Education Plan: it fits the Education Plan priority on practice-ready short credentials.",
           "Start: March 2027."]


def _minutes(lines: list[str]) -> bytes:
    doc = Document()
    doc.add_paragraph("Respiratory Therapy – Program Committee")
    doc.add_paragraph("Date: 3 December 2026\nChair: Odile Marchetti-Brandt (Program Chair)")
    doc.add_paragraph("1. Micro-credential proposal presented by Tomasz Ekwueme-Lindqvist")
    doc.add_paragraph("Tomasz Ekwueme-Lindqvist (Clinical Educator, Respiratory Therapy) tabled a proposal for a new "
                      "micro-credential, Bedside Airway Clearance Techniques, for Continuing Education to run.")
    for line in lines:
        doc.add_paragraph(line)
    doc.add_paragraph("Action: T. Ekwueme-Lindqvist to send the proposal to CE (contact: "
                      "tomasz.ekwueme@northgate.example, 416-555-0178).")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_minutes_answers_after_their_labels_colon_in_lower_case_are_sure() -> None:
    r = parsers.parse(_minutes(ANSWERS), "Committee minutes.docx")
    assert r.is_concept_form
    for key in ("target_learners", "rationale", "summative_assessment", "resources_required",
                "education_plan_alignment"):
        assert str(r.fields[key])[:1].islower()
        assert "fragment" not in r.sources[key].doubts and key not in r.uncertain_fields, key


def test_a_label_that_is_a_sentence_or_an_answer_of_two_sentences_stays_a_fragment() -> None:
    text = "The need is simple: temperature errors are the commonest reason studies are rejected.\n" \
           "Skills: fitting canes and crutches; stair training. By the end they can fit a walker.\n" \
           "Fits the Education Plan's aim to serve laboratory professions.\n"
    assert not colon_led("The need is simple", "temperature errors are the commonest reason studies are rejected.", text)
    assert not colon_led("Skills", "fitting canes and crutches; stair training. By the end they can fit a walker.", text)
    assert not colon_led("Fits the Education Plan's", "aim to serve laboratory professions.", text)
    assert colon_led("Need", "labs are short of staff.", "Need: labs are short of staff.")
    doubted = judge("rationale", "aim to serve laboratory professions.", "Fits the Education Plan's", 1.0,
                    method="label_line")
    assert "fragment" in doubted.doubts


def test_a_count_split_from_a_sentence_is_sure_unless_it_is_one_groups_size() -> None:
    read_from = {"expected_enrolment": ("composite", "sentence")}
    text = "The first offering would take 24 therapists from the three sites."  # no yearly word: no count_alone
    assert agreeing_practicalities({"expected_enrolment": 24}, read_from, [text]) == {"expected_enrolment"}
    # the size of one of several groups is doubted after the lift (the parse applies one_group to the lifted count)
    assert one_group(12, ["We would run two cohorts of twelve a year."])


def test_the_address_spelled_with_the_proposers_name_and_its_number_are_sure() -> None:
    email = judge("proposer_email", "tomasz.ekwueme@northgate.example", "address with the name", 0.6, method="pattern")
    phone = judge("proposer_phone", "416-555-0178", "number with the address", 0.6, method="pattern")
    assert email.confidence >= SURE and email.supports == ("named", "typed")
    assert phone.confidence >= SURE and phone.supports == ("named", "typed")
    # an address found with no name to pick it by stays a guess
    assert judge("proposer_email", "info@northgate.example", "email address", 0.5, method="pattern").confidence < SURE


def test_a_signed_name_opening_with_an_accented_capital_is_a_name() -> None:
    # French names open with "É" as English ones with "E": the name's shape is read with its accents set apart
    for name in ("Élodie Marchand-Tremblay", "Émile Côté-Nakamura"):
        signed = judge("proposer_name", name, "signed", 0.7, method="signature")
        assert signed.confidence >= SURE and signed.supports == ("signed", "typed"), name
    # a unit's name above a signature stays no person's
    assert judge("proposer_name", "Éducation continue", "signed", 0.7, method="signature").confidence < SURE


def test_a_partners_name_split_from_an_answer_with_an_organisations_shape_is_sure() -> None:
    named = judge("partner_name", "Lakeview Regional Hospital Network", "Who supports it?", 0.715, method="composite")
    assert named.confidence >= SURE and named.supports == ("typed", "split")
    # a name with no organisation's word, or a sentence, stays a guess
    assert judge("partner_name", "Harbourline Cardiac", "Who supports it?", 0.715, method="composite").confidence < SURE
    assert judge("partner_name", "The network has agreed to support it", "Who supports it?", 0.715,
                 method="composite").confidence < SURE
