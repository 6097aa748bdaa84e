"""Issue 12, round 13 tuning (memos, briefing notes, webmail prints): each cause written in two or three wordings
of our own, none copied from the round 13 files. Sentences are read through the prose reader; layouts through
small PDFs made with fpdf2."""
from __future__ import annotations

import pytest

import mailbot_parsers as parsers
from tests.parser_samples import paragraphs_pdf
from mailbot_parsers import prose
from mailbot_parsers.bylines import contact_clause
from mailbot_parsers.normalise import choice_code


def _roles(sentence: str) -> dict[str, object]:
    return {k: v for k, (v, _, _) in prose._roles(sentence).items()}


def _pdf(lines: list[tuple[str, int, bool]], width: float = 470) -> bytes:
    return paragraphs_pdf(lines, width)


# --- the partner's contact named in a clause of the endorsing sentence, or a sentence after it

@pytest.mark.parametrize("text, who", [
    ("Lakeside Hospice has agreed to partner; their clinical lead, Mira Shahbazi, is the contact.", "Mira Shahbazi"),
    ("The Coastal EMS Board endorses it (letter enclosed); its education chief, Dr. Tomas Iwu, will be our contact.",
     "Dr. Tomas Iwu"),
    ("Northfield Clinics have agreed; letter to follow. Contact is Priya Venkatesan (copied).", "Priya Venkatesan"),
    ("Contact will be Ola Brandt, Program Manager.", "Ola Brandt, Program Manager"),
])
def test_contact_named_in_a_clause(text: str, who: str) -> None:
    assert contact_clause(text) == who


def test_a_remark_in_brackets_is_no_part_of_the_contact_but_an_address_is() -> None:
    assert contact_clause("Contact is Jo Marsh (in copy).") == "Jo Marsh"
    assert contact_clause("Our contact would be Jo Marsh (jmarsh@example.org).") == "Jo Marsh (jmarsh@example.org)"
    assert contact_clause("Contact is made through the office.") is None


# --- endorsement said in plain words

@pytest.mark.parametrize("sentence, org", [
    ("Harbour Respiratory have said yes and will send a letter soon.", "Harbour Respiratory"),
    ("The Valley Dialysis Network has said yes.", "Valley Dialysis Network"),
])
def test_said_yes_is_confirmed(sentence: str, org: str) -> None:
    found = _roles(sentence)
    assert found["partner_name"] == org and found["endorsement_status"] == "confirmed"


def test_a_word_prefixed_non_is_no_answer_no() -> None:
    assert choice_code("endorsement_status", "Non-urgent referrals wait longest.") is None
    assert choice_code("endorsement_status", "No.") == "none"


# --- the assessment named as the subject of a sentence

@pytest.mark.parametrize("sentence, how", [
    ("Assessment would be an observed home visit scored on a checklist.", "an observed home visit scored on a checklist"),
    ("The final assessment will be two recorded calls marked with a rubric.", "two recorded calls marked with a rubric"),
    ("Our assessment is a 30-item online exam.", "a 30-item online exam"),
])
def test_assessment_as_the_subject(sentence: str, how: str) -> None:
    assert _roles(sentence)["summative_assessment"] == how


def test_assessment_without_an_answer_is_not_read() -> None:
    assert "summative_assessment" not in _roles("Assessment is ongoing through the year.")


# --- the framework named with whom it is for and its acronym

@pytest.mark.parametrize("sentence, fw", [
    ("They map onto the National Skills Framework for dialysis nurses (NSFDN).",
     "National Skills Framework for dialysis nurses (NSFDN)"),
    ("The outcomes are aligned with the Provincial Practice Standards (PPS).", "Provincial Practice Standards (PPS)"),
    ("These map to the CAN-AHP competency profile, which we used before.", "CAN-AHP competency profile"),
])
def test_framework_named_in_full(sentence: str, fw: str) -> None:
    assert _roles(sentence)["competency_framework"] == fw


# --- the skills object of a verb that takes "competence in"

@pytest.mark.parametrize("sentence, skills", [
    ("It would build competence in lead placement, rhythm checks and handover.",
     "lead placement, rhythm checks and handover"),
    ("The course develops skills in reading charts and escalating early.", "reading charts and escalating early"),
])
def test_competence_in_is_no_part_of_the_skills(sentence: str, skills: str) -> None:
    assert _roles(sentence)["competencies"] == skills


# --- the learners after the topic of the course

@pytest.mark.parametrize("sentence, who", [
    ("This memo proposes a micro-course on wound photography and charting for home care nurses.",
     "home care nurses"),
    ("We propose a short course about MRI safety screening for porters and unit clerks.", "porters and unit clerks"),
    ("I propose a micro-credential in dysphagia screening for personal support workers.",
     "personal support workers"),
])
def test_learners_after_the_topic(sentence: str, who: str) -> None:
    assert _roles(sentence)["target_learners"] == who


def test_a_topic_without_learners_gives_none() -> None:
    assert "target_learners" not in _roles("We propose a micro-course on Tuesday for review.")


# --- layouts

MEMO = [
    ("MEMORANDUM", 14, True),
    ("From: Dana Okonkwo-Reyes, Charge Therapist, Respiratory Services", 10, False),
    ("Subject: Micro-course proposal - Tracheostomy Tube Changes", 10, False),
    ("Purpose", 11, True),
    ("This memo proposes a micro-course on tracheostomy tube changes for respiratory therapists in long-term "
     "ventilation units.", 10, False),
    ("Background", 11, True),
    ("Tube changes happen rarely on each unit and two recent changes needed a physician's help. Staff learn the "
     "procedure from whoever is on shift and the steps differ from unit to unit.", 10, False),
    ("Outcomes - the therapist will be able to:", 10, False),
    ("1 Prepare the equipment and the patient for a planned tube change.", 10, False),
    ("2 Change the tube with a second person and confirm placement.", 10, False),
    ("3 Manage a failed insertion safely.", 10, False),
    ("How we would assess it", 11, True),
    ("An observed tube change on a task trainer, scored with a checklist.", 10, False),
]


def test_memo_purpose_is_the_proposal_and_background_the_rationale() -> None:
    r = parsers.parse(_pdf(MEMO), "memo.pdf")
    assert r.fields["rationale"].startswith("Tube changes happen rarely")
    assert r.fields["target_learners"] == "respiratory therapists in long-term ventilation units"
    assert r.fields["learning_outcomes"] == [
        "Prepare the equipment and the patient for a planned tube change.",
        "Change the tube with a second person and confirm placement.",
        "Manage a failed insertion safely."]


NOTE = [
    ("BRIEFING NOTE", 14, True),
    ("Prepared by Ruth Abebe-Larsen, Clinical Educator, Dialysis Unit", 10, False),
    ("PROPOSAL", 11, True),
    ("We propose a new micro-credential, Home Haemodialysis Troubleshooting, for dialysis nurses who support home "
     "patients. It would build competence in alarm response, access checks, and water treatment checks.", 10, False),
    ("On completion, learners will be able to:", 10, False),
    ("- Respond to the machine's pressure alarms.", 10, False),
    ("- Check an access site before a run.", 10, False),
    ("Achievement would be shown in an observed home visit scored with a checklist.", 10, False),
    ("ENDORSEMENT", 11, True),
    ("Westgate Kidney Foundation has endorsed the proposal in writing (letter attached); their nurse manager, "
     "Ana Pires, is the contact.", 10, False),
]


def test_briefing_note_prose_under_choice_headings_and_after_a_list() -> None:
    r = parsers.parse(_pdf(NOTE), "note.pdf")
    assert r.fields["learning_outcomes"] == ["Respond to the machine's pressure alarms.",
                                             "Check an access site before a run."]
    assert r.fields["summative_assessment"] == "an observed home visit scored with a checklist"
    assert r.fields["partner_name"] == "Westgate Kidney Foundation"
    assert r.fields["endorsement_status"] == "letter_attached"
    assert r.fields["partner_contact"] == "Ana Pires"
    assert r.fields["competencies"] == "alarm response, access checks, and water treatment checks"


MAIL = [
    ("From Joel Haddad <jhaddad@example.org>", 9, False),
    ("Date Monday, November 30, 2026 at 9:05 AM", 9, False),
    ("Hi,", 10, False),
    ("Our stroke team would like to offer a micro-course called Dysphagia Screening at the Bedside. It's for "
     "registered nurses on acute stroke units.", 10, False),
    ("Nurses screen swallowing inconsistently and aspiration pneumonia rates on our unit are above the provincial "
     "average. Two recent incidents followed a missed screen.", 10, False),
    ("What they should be able to do:", 10, False),
    ("Assessment: an observed bedside screen with a standardised patient, scored on a checklist.", 10, False),
    ("We're still talking with the Provincial Stroke Network about endorsing it; nothing is signed.", 10, False),
]


def test_mail_run_in_answer_ends_where_a_paragraph_stating_other_fields_begins() -> None:
    r = parsers.parse(_pdf(MAIL), "mail.pdf")
    assert r.fields["summative_assessment"] == \
        "an observed bedside screen with a standardised patient, scored on a checklist"
    assert r.fields["partner_name"] == "Provincial Stroke Network"
    assert r.fields["endorsement_status"] == "in_discussion"


# --- a list of skills under a short lead-in of its own, one phrase a line

@pytest.mark.parametrize("paras, skills", [
    (["What nurses need to be able to do:", "pump set-up", "line priming", "alarm response"],
     "pump set-up; line priming; alarm response"),
    (["Skills we would cover:", "- reading the trace", "- spotting artefacts, drift and noise", "- reporting"],
     "reading the trace; spotting artefacts, drift and noise; reporting"),
    (["The competencies:", "sterile field set-up", "catheter insertion", "Thanks for reading it."],
     "sterile field set-up; catheter insertion"),
])
def test_skills_listed_under_their_lead_in(paras: list[str], skills: str) -> None:
    assert prose._skills_under_lead(paras) == skills


@pytest.mark.parametrize("paras", [
    ["By the end they will be able to:", "set up the pump", "prime the line"],  # the outcomes' lead-in
    ["Skills:", "They learn to set up the pump. Then they prime it.", "Alarms."],  # sentences, not items
    ["What we need from you:", "a room", "a projector"],  # no skills named
])
def test_no_skills_list(paras: list[str]) -> None:
    assert prose._skills_under_lead(paras) is None
