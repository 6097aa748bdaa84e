"""Habits of proposals written as prose (letters, memos, pitches, printed mails, numbered narratives) that the
sentence and byline readers take in: each case is a small text of its own, worded unlike any development file."""
from __future__ import annotations

import io

import docx as python_docx

import mailbot_parsers as parsers
from mailbot_parsers import classify, prose
from mailbot_parsers.bylines import byline, contact_clause, partner_line, signed_block, signed_row
from mailbot_parsers.composite import start_of, without_status


def _letter(paragraphs: list[str]) -> bytes:
    doc = python_docx.Document()
    for text in paragraphs:
        if text.startswith("# "):
            doc.add_paragraph(text[2:], style="List Number")
        else:
            doc.add_paragraph(text)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def test_asking_the_office_to_convert_our_program_is_a_proposal() -> None:
    text = ("We are writing to ask whether Continuing Education would convert our in-house Night Float Primer into a "
            "Michener micro-credential.")
    assert classify.proposes(text)
    # a report of a conversion someone else made proposes nothing
    assert not classify.proposes("Last year the college converted the Night Float Primer into a micro-credential.")


def test_conversion_letter_is_read_as_a_concept_form() -> None:
    data = _letter([
        "14 January 2027",
        "Dear Dr. Okoro,",
        "Re: Night Float Readiness for New Graduates",
        "We are writing to ask whether Continuing Education would convert our in-house Night Float Primer into a "
        "Michener micro-credential. It would be open to newly graduated respiratory therapists in their first year.",
        "New graduates cover nights alone within months of starting, and the primer has never been recognised "
        "outside our hospital.",
        "Graduates would be competent in triaging overnight calls, running a ventilator check, and escalating early.",
        "By the end, a participant should be able to:",
        "# Prioritise a list of overnight calls.",
        "# Hand over a ventilated patient safely.",
        "Participants would finish with an observed night shift signed off by a senior therapist.",
        "Airline Medical Supply, the vendor of our ventilators, has confirmed in writing that it endorses the "
        "primer; the signed letter is attached.",
        "The course fits Michener's Education Plan by recognising skills that working clinicians already use.",
        "Kind regards,\n\nIfeoma Brandt-Kaur\nClinical Educator\nRespiratory Therapy\nibrandt@example.org\n"
        "Cell 905-555-0177",
    ])
    result = parsers.parse(data, "letter.docx")
    assert result.is_concept_form
    assert result.fields.get("existing_program_name") == "Night Float Primer"
    assert result.fields.get("request_type") == "existing_program"
    assert result.fields.get("partner_name") == "Airline Medical Supply"
    assert result.fields.get("target_learners", "").startswith("newly graduated respiratory therapists")


def test_open_to_names_the_learners() -> None:
    got = prose._roles("It would be open to paramedics and ED nurses who transfer ventilated patients.")
    assert got["target_learners"][0] == "paramedics and ED nurses who transfer ventilated patients"
    assert "target_learners" not in prose._roles("It would be open to discussion with your office.")


def test_competent_in_names_the_skills() -> None:
    got = prose._roles("Graduates would be competent in drawing gases, reading them, and acting on them.")
    assert got["competencies"][0] == "drawing gases, reading them, and acting on them"


def test_inline_comma_list_of_actions_is_split_into_outcomes() -> None:
    text = ("After the course a therapist should be able to fit a mask to a child, choose a flow rate for the "
            "weight, and explain the plan to the parents.")
    split = prose.outcome_split(text)
    assert split is not None
    assert split[1] == ["fit a mask to a child", "choose a flow rate for the weight", "explain the plan to the parents"]
    # an object list with a comma is one action, not three
    assert prose.outcome_split("Learners will be able to set up a pump, a line, and a bag for transport.") is None


def test_to_pass_gives_the_assessment_and_adverbial_skills_lead() -> None:
    got = prose._roles("To pass, each learner would run a mock code and write a short debrief.")
    assert got["summative_assessment"][0] == "each learner would run a mock code and write a short debrief"
    skills = prose._skills("In practical terms, the skills are gowning, gloving and draping.")
    assert skills == "gowning, gloving and draping"


def test_endorser_named_in_a_phrase_or_before_a_clause() -> None:
    got = prose._roles("Endorsed by the Lakeshore Nursing Guild; letter of support attached.")
    assert got["partner_name"][0] == "Lakeshore Nursing Guild"
    assert got["endorsement_status"][0] == "letter_attached"
    got = prose._roles("The Harbour Lung Society has been very supportive and we are in discussion with them.")
    assert got["partner_name"][0] == "Harbour Lung Society"


def test_their_role_is_names_the_partners_contact() -> None:
    assert contact_clause("Their clinical director is Dr. Ana Ruiz (aruiz@example.com).") == \
        "Dr. Ana Ruiz (aruiz@example.com)"


def test_interested_partner_is_in_discussion() -> None:
    got = partner_line("The Northern Dialysis Network is interested and wants to see a draft; no commitment yet.")
    assert got.get("partner_name") == "Northern Dialysis Network"
    assert got.get("endorsement_status") == "in_discussion"


def test_status_sentence_and_lower_case_remark_after_partner() -> None:
    assert without_status("Kestrel Devices. Letter attached") == "Kestrel Devices"
    assert without_status("Kestrel Devices. Dr. Ann Roy") == "Kestrel Devices. Dr. Ann Roy"


def test_start_named_relative_to_now() -> None:
    assert start_of("online, about 5 hours, starting next spring") == "next spring"
    assert start_of("we started last year") is None


def test_signature_on_one_line_with_bars() -> None:
    row = "Odile Fairweather-Nkem | RRT | Clinical Practice Lead, Neonatal ICU | Harbourview Hospital"
    assert signed_row(row) == {"proposer_name": "Odile Fairweather-Nkem", "proposer_title": "Clinical Practice Lead",
                               "proposer_department": "Neonatal ICU"}
    assert signed_block([row])["proposer_title"] == "Clinical Practice Lead"
    assert signed_row("Agenda | Minutes | Actions") == {}


def test_closing_call_names_the_proposer() -> None:
    got = byline("Interested? Speak to Bram Ostrowski, Charge Therapist, Respiratory Services – bostrowski@example.org")
    assert got["proposer_name"] == "Bram Ostrowski"
    assert got["proposer_email"] == "bostrowski@example.org"


def test_run_in_capital_label_and_kind_without_article() -> None:
    got = prose._roles("TYPE – new micro-credential, for dialysis nurses who cannulate fistulas.")
    assert got["request_type"][0] == "new"
    assert got["target_learners"][0] == "dialysis nurses who cannulate fistulas"


def test_signature_row_with_dashes_and_post_nominals() -> None:
    row = "Ines Marchetti-Obi, RRT — Clinical Resource Therapist, Respiratory Services — Lakeview Hospital —"
    assert signed_row(row) == {"proposer_name": "Ines Marchetti-Obi", "proposer_title": "Clinical Resource Therapist",
                               "proposer_department": "Respiratory Services"}


def test_title_under_a_slogan_headline() -> None:
    from mailbot_parsers.sections import _under_slogan
    assert _under_slogan(["Can you read a gas in ten seconds?", "Blood Gas Interpretation for New Graduates",
                          "What is it?"]) == "Blood Gas Interpretation for New Graduates"
    # a letter's date or a plain heading over the name is no slogan
    assert _under_slogan(["12 March 2027", "Blood Gas Interpretation for New Graduates"]) is None
    assert _under_slogan(["Proposal", "Blood Gas Interpretation for New Graduates"]) is None


def test_numbered_paragraph_of_prose_and_bare_numbered_items() -> None:
    from mailbot_parsers.sections import _NUMBERED_PROSE, _bare_numbers_marked
    assert _NUMBERED_PROSE.match("1. We ask Continuing Education to develop a new micro-credential for porters.")
    assert not _NUMBERED_PROSE.match("1. Jana Roy, Porter Lead")
    lines = [("1 choisir le protocole;", True), ("2 surveiller le patient;", True), ("3 arrêter l'épreuve.", True)]
    assert [t for t, _ in _bare_numbers_marked(lines)] == ["1. choisir le protocole;", "2. surveiller le patient;",
                                                           "3. arrêter l'épreuve."]
    # two lines opening with a count in lower case are no list
    counts = [("1 hour online;", True), ("2 hours in the lab.", True)]
    assert _bare_numbers_marked(counts) == counts


def test_each_learner_task_with_a_pass_mark_is_the_assessment() -> None:
    s = "Each porter would move three mock patients under observation; two of three must be acceptable."
    assert prose._roles(s)["summative_assessment"][0] == s
    assert "summative_assessment" not in prose._roles("Each porter would move patients safely.")
