"""Round 12's remaining retyped habits, in new words: a contact block whose role and units are parted by commas
alone and wrapped onto a second line, a mail print's sender header followed by the next header, a "Me:" contact
line under a label the parser does not know, a "who" question that names the proposer, and the label helpers."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.bylines import person_line, signature
from mailbot_parsers.labels import match_label
from tests.parser_samples import docx, p, text_pdf


def test_a_signature_with_commas_alone_parts_the_role_from_the_units_after_it() -> None:
    found = signature(["Imre Castellanos-Obi, Renal Dietitian Lead, Kidney Care Program, Harbourview Hospital ·",
                       "icastellanos-obi@example.org · 555-0148"])
    assert found["proposer_title"] == "Renal Dietitian Lead"
    assert found["proposer_department"] == "Kidney Care Program, Harbourview Hospital"
    assert found["proposer_phone"] == "555-0148"


def test_a_memo_signature_wrapped_onto_a_second_line_gives_role_unit_and_number() -> None:
    lines = ["Memo", "To: Continuing Education", "From: Imre Castellanos-Obi", "Date: 2 Dec. 2026",
             "Subject: Renal Diet Counselling for Dialysis Nurses",
             "This memo proposes a micro-course for dialysis nurses on counselling patients about diet.",
             "Patients on dialysis get diet advice from too many people, and it does not agree.",
             "We suggest an online course of 6 hours for about 40 nurses a year.",
             "Imre Castellanos-Obi, Renal Dietitian Lead, Kidney Care Program, Harbourview Hospital ·",
             "icastellanos-obi@example.org · 555-0148"]
    f = parsers.parse(text_pdf([lines]), "memo.pdf").fields
    assert f["proposer_name"] == "Imre Castellanos-Obi"
    assert f.get("proposer_title") == "Renal Dietitian Lead"
    assert f.get("proposer_department") == "Kidney Care Program, Harbourview Hospital"
    assert f.get("proposer_phone") == "555-0148"


def test_the_header_after_a_named_sender_is_no_role() -> None:
    found = person_line("Lotte Mbeki-Haran <lmbeki-haran@example.com>\nTo ce@michener.example")
    assert found.get("proposer_email") == "lmbeki-haran@example.com"
    assert "proposer_title" not in found


def test_a_contact_line_under_an_unknown_label_gives_the_proposers_role_and_unit() -> None:
    lines = ["Subject course idea - hearing aids", "From Lotte Mbeki-Haran <lmbeki-haran@example.com>",
             "To ce@michener.example", "Date 2026-11-20 09:12", "Hi, short note, a proper form later",
             "Title - Hearing Aid Care in Long-Term Care",
             "Me: Lotte Mbeki-Haran, audiologist and clinic lead, Northgate Hearing Clinic, 555-0193",
             "Type - micro-course", "For - PSWs in long-term care homes",
             "Why - residents' hearing aids sit in drawers with flat batteries", "Format - online, about 2 hrs",
             "Lotte"]
    f = parsers.parse(text_pdf([lines]), "note.pdf").fields
    assert f["proposer_name"] == "Lotte Mbeki-Haran"
    assert f.get("proposer_title") == "audiologist and clinic lead"
    assert f.get("proposer_department") == "Northgate Hearing Clinic"
    assert f.get("proposer_phone") == "555-0193"


def test_a_who_question_never_names_a_date_or_a_number() -> None:
    m = match_label("Q3 – Who is submitting this")
    assert m is None or m.key not in ("submission_date", "proposed_start", "estimated_hours", "expected_enrolment")
    assert match_label("Date submitted").key == "submission_date"


def test_answers_under_a_who_question_heading_give_the_proposer() -> None:
    br = "<w:r><w:br/></w:r>"
    body = "".join(p(t) for t in (
        "Pressure Injury Staging – answers (draft)", "Q1 – Course title", "Pressure Injury Staging for PSWs",
        "Q2 – Who is submitting")) + p(
        "Marisol Achebe-Lindqvist, Wound Care Nurse", br, "Skin Health Team, Eastvale Lodge", br,
        "Email: machebe@example.org", br, "Phone: 555-0126") + "".join(p(t) for t in (
        "Q3 – New or conversion?", "New micro-credential",
        "Q4 – Learners", "Personal support workers in long-term care",
        "Q5 – Need", "Early pressure injuries are missed until they are stage 3.",
        "Q6 – Competencies", "Skin inspection", "Staging by the NPIAP system", "Reporting to the nurse",
        "Q7 – How will learners be assessed?", "A staging quiz on twenty photographs.",
        "Q8 – Format and hours", "Online, 3 hours",
        "Q9 – Learners per year", "120"))
    f = parsers.parse(docx(body), "answers.docx").fields
    assert f.get("proposer_name") == "Marisol Achebe-Lindqvist"
    assert f.get("proposer_title") == "Wound Care Nurse"
    assert f.get("proposer_department") == "Skin Health Team, Eastvale Lodge"


def _ruled_rows_pdf(rows: list[tuple[list[str], list[str]]]) -> bytes:
    """Label and answer lines in ruled rows (a rule across both columns between rows), lines 12 pt apart."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="Letter")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 14)
    pdf.text(72, 60, "Micro-Course / Credential Concept Form")
    pdf.set_font("helvetica", "", 10)
    y = 90.0
    for label, answer in rows:
        pdf.line(66, y, 546, y)
        for n, line in enumerate(label):
            pdf.text(73, y + 14 + 12 * n, line)
        for n, line in enumerate(answer):
            pdf.text(233, y + 14 + 12 * n, line)
        y += 12 * max(len(label), len(answer), 1) + 8
    pdf.line(66, y, 546, y)
    return bytes(pdf.output())


def test_a_last_answer_line_of_short_letters_stays_with_its_answer_and_its_wrapped_label() -> None:
    rows = [(["Proposed Title of", "Micro-Course / Credential"], ["Safe Patient Handling in Home Care"]),
            (["Name of Proposer"], ["Teodora Ansah-Marlowe"]),
            (["Position / Title"], ["Home Care Nurse Educator"]),
            (["Target Learners"], ["Home care nurses and personal support workers"]),
            (["Rationale / Need"], ["Back injuries among home care staff rose again last year, and", "transfers are done without aids."]),
            (["Competency Framework", "Alignment"], []),
            (["Summative Assessment [R2]"], ["An observed transfer in a client's home."]),
            (["Alignment with Michener's", "Education Plan [R4]"],
             ["A short online course that will reduce harm to staff and clients in the home", "care."]),
            (["Delivery Format"], ["Hybrid"]),
            (["Estimated Hours"], ["4"])]
    f = parsers.parse(_ruled_rows_pdf(rows), "printout.pdf").fields
    assert f.get("education_plan_alignment") == ("A short online course that will reduce harm to staff and clients in "
                                                 "the home care.")
    assert "competency_framework" not in f


def test_a_figure_in_brackets_after_whoever_is_counted_is_the_yearly_enrolment() -> None:
    from mailbot_parsers.composite import logistics
    assert logistics("online, 8 hours, roughly sixty technicians (60) a year")["expected_enrolment"] == 60
    assert logistics("en ligne, 8 heures, une soixantaine de techniciens (60) par année")["expected_enrolment"] == 60



def test_the_offices_address_under_by_email_is_not_the_proposers() -> None:
    body = "".join(p(t) for t in (
        "Harbour Health – Speech Therapy", "2 December 2026", "Continuing Education", "Michener Institute",
        "By email: ce@michener.example",
        "Subject: proposed micro-course – Dysphagia Screening for Ward Nurses",
        "To the Continuing Education team,",
        "Please accept this letter as our proposal for a micro-course for ward nurses in acute care.",
        "Aspiration pneumonia follows missed swallowing problems after stroke on our wards.",
        "The course covers:", "• bedside water swallow test", "• diet texture levels", "• when to refer",
        "We propose to run it online, 3 hours, from spring 2027, for about 90 nurses a year.",
        "With thanks,", "Ottoline Baptiste-Reyes", "Speech-Language Pathologist", "Speech Therapy, Harbour Health",
        "obaptiste-reyes@example.org – tel. 905-555-0122"))
    f = parsers.parse(docx(body), "letter.docx").fields
    assert f.get("proposer_email") != "ce@michener.example"
    assert f.get("proposer_email") == "obaptiste-reyes@example.org"


def test_the_subject_and_verb_of_a_partner_sentence_are_no_part_of_the_name() -> None:
    from mailbot_parsers.bylines import partner_line
    assert partner_line("Our partner would be the Northshore Dialysis Network. Talks are under discussion.") == {
        "partner_name": "Northshore Dialysis Network", "endorsement_status": "in_discussion"}
    assert partner_line("Notre partenaire serait le Réseau de dialyse du Nord. L'appui est en discussion.")[
        "partner_name"] == "Réseau de dialyse du Nord"
