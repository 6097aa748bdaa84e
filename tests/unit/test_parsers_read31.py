"""Retyped proposals of round 12's held-out genres, in new words: a one-pager whose labels are in the middle column
beside a notes column, answer lists that end at the writer's next lead-in, a phone note typed as "Label - answer"
lines, a mail signature under a closing, an online part followed by hands-on practice."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.normalise import delivery_format
from tests.parser_samples import docx, p, table, text_pdf, tr


def test_a_middle_label_column_beside_a_notes_column_reads_the_answers_left_of_it() -> None:
    rows = [("Answer", "Form item", "Notes"),
            ("Wound Photography for Home Care Nurses", "Title", "short title: Wound Photos"),
            ("Micro-course", "Request type", ""),
            ("Home care nurses in two regions", "Learners", "maybe also RPNs?"),
            ("Photos taken today cannot be compared across visits.", "Need", ""),
            ("Framing and lighting\nConsent and storage", "Competencies", ""),
            ("Online", "Format", ""),
            ("6", "Hours", "was 4 h in v1"),
            ("30", "Learners / year", "two cohorts")]
    r = parsers.parse(docx(table(*(tr(*row) for row in rows))), "one-pager.docx")
    f = r.fields
    assert f["proposal_title"] == "Wound Photography for Home Care Nurses"
    assert f["target_learners"] == "Home care nurses in two regions"
    assert f["estimated_hours"] == 6 and f["expected_enrolment"] == 30
    assert f["competencies"] == "Framing and lighting; Consent and storage"
    assert f["delivery_format"] == "online"


def test_a_list_answer_ends_at_the_next_lead_in_which_opens_the_outcomes() -> None:
    body = "".join(p(t) for t in (
        "Dear Continuing Education team,",
        "Please accept this letter as our proposal for a micro-course in stoma care for ward nurses.",
        "Skills covered:", "• pouch selection", "• skin assessment", "• teaching patients",
        "Nurses who complete it will:", "• Select a pouch for a new stoma", "• Assess peristomal skin",
        "We will assess it with an observed pouch change on the ward, marked by a stoma nurse.",
        "Kind regards,", "Ines Farrow-Quist", "Stoma Nurse Specialist", "ifq@example.org"))
    f = parsers.parse(docx(body), "letter.docx").fields
    assert f["competencies"] == "pouch selection; skin assessment; teaching patients"
    assert f["learning_outcomes"] == ["Select a pouch for a new stoma", "Assess peristomal skin"]


def test_a_note_typed_as_label_dash_answer_lines_keeps_each_line_to_its_label() -> None:
    lines = ["Subject idea - ear care course", "Hi, a quick one from my phone",
             "Title - Cerumen Management for Practice Nurses", "Type - micro-course",
             "For - practice nurses in family clinics", "Why - irrigation injuries keep coming up in our audits",
             "Skills - + otoscopy basics + irrigation technique + referral criteria", "Thanks,", "Dana"]
    f = parsers.parse(text_pdf([lines]), "note.pdf").fields
    assert f["proposal_title"] == "Cerumen Management for Practice Nurses"
    assert f["request_type"] == "micro_course"
    assert f["target_learners"] == "practice nurses in family clinics"
    assert f["competencies"] == "otoscopy basics; irrigation technique; referral criteria"


def test_a_signature_under_a_closing_is_no_label_and_the_mail_footer_no_line_of_it() -> None:
    lines = ["Hi CE,", "The idea: a new micro-credential called Triage Documentation for Paramedics.",
             "Who: primary care paramedics in our service.",
             "Why now: handovers at the ED lose findings, and our audit found gaps in half of the charts.",
             "Skills: triage scales, handover, charting.",
             "Outcomes: apply the triage scale; give a structured handover; chart the findings.",
             "Assessment: three audited charts and an observed handover.", "Cheers,", "Mira Okonjo-Hale", "Clinical Practice Paramedic",
             "Professional Standards, Northfield Paramedic Service", "cell 555-0177", "Sent with Proton Mail secure email."]
    r = parsers.parse(text_pdf([lines]), "mail.pdf")
    assert "competency_framework" not in r.fields
    assert r.fields.get("proposer_phone") == "555-0177"


def test_an_online_part_followed_by_hands_on_practice_is_hybrid() -> None:
    assert delivery_format("fully online theory followed by supervised cases on the unit") == "hybrid"
    assert delivery_format("online modules then a practical skills day") == "hybrid"
    assert delivery_format("fully online, self-paced") == "online"
    assert delivery_format("online theory followed by online case reviews") == "online"
