"""Retyped proposals that never say "we propose", and a completed application to another board that uses the form's
words: which is a concept form is told by the document's own structure (its label column, its subject line) and by
what its heading calls it."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.answer_columns import column_role, question_and_answer
from tests.parser_samples import docx, p, table, tr


def test_a_column_headed_as_the_items_numbers_is_no_question_column() -> None:
    assert column_role("Item no.") == "other"
    assert column_role("Question #") == "other"
    assert column_role("Items") == "question"
    cells = [["Reply", "What was asked", "Item"], ["Oral care", "Title", "1"], ["Nurses", "Learners", "2"],
             ["Online", "Format", "3"]]
    assert question_and_answer(cells, str) is None


ONE_PAGER = [
    ("Denture Care for Home Support Workers", "Title"),
    ("Imogen Farrow-Kale (Clinic Lead, Harbourside Dental Outreach) – ifarrow@example.org – 555-0177", "Proposer"),
    ("Micro-course", "Type"),
    ("Home support workers who help clients with daily mouth care", "Learners"),
    ("Clients lose dentures or get sores because nobody was shown how to clean and fit them.", "Need"),
    ("cleaning dentures; checking the mouth for sores; storing dentures overnight", "Competencies"),
    ("see competencies", "Learning outcomes"),
    ("An observed denture clean on a model and a short quiz.", "Summative assessment"),
    ("none yet", "Partner / endorsement"),
    ("Reaches community support staff, as the Education Plan asks.", "Education Plan"),
    ("Online with one practice session", "Format"),
    ("3", "Hours"),
]


def test_a_one_pager_with_the_item_numbers_last_is_read_by_its_label_column() -> None:
    rows = tr("Our answer", "What you asked", "Item no.") + "".join(
        tr(answer, label, str(n)) for n, (answer, label) in enumerate(ONE_PAGER, 1))
    r = parsers.parse(docx(p("Denture care – our concept") + table(rows)), "one-pager.docx")
    assert r.is_concept_form
    assert r.fields["proposal_title"] == "Denture Care for Home Support Workers"
    assert r.fields["target_learners"] == ONE_PAGER[3][0]
    assert r.fields["summative_assessment"] == ONE_PAGER[7][0]
    # an answer that points at another answer answers nothing here
    assert "learning_outcomes" not in r.fields and "learning_outcomes" in r.missing_required


def _letter(*body: str) -> bytes:
    return docx("".join(p(t) for t in body))


def test_a_letter_whose_proposed_course_line_names_it_goes_to_a_person() -> None:
    r = parsers.parse(_letter(
        "Northgate Hearing Services", "Tamsin Oyelowo-Hart", "Audiology Clinic Coordinator",
        "toyelowo@example.org · 555-0162", "November 12, 2026", "Dear Continuing Education,",
        "Proposed course: Cleaning and Checking Hearing Aids in Residential Care (a micro-course)",
        "Residents lose hearing aids to wax and flat batteries, and staff have never been shown how to check them.",
        "The skills are cleaning a hearing aid, changing its battery and checking that it works.",
        "It brings Michener to long-term care, a new practice area in the Education Plan.",
        "We have not yet asked any partner for an endorsement.", "Regards,", "Tamsin"), "letter.docx")
    assert r.is_concept_form
    assert r.needs_manual_review


def test_a_reply_that_answers_the_offices_questions_about_a_course_goes_to_a_person() -> None:
    r = parsers.parse(_letter(
        "Re: splinting course", "From: Odile Brannigan <obrannigan@example.com>", "To: CE Intake <ce@michener.example>",
        "Date: Mon, Nov 23, 2026 at 9:40 AM", "Hi Priya, answers in order:",
        "1. The working title is \"Thermoplastic Hand Splinting\".",
        "2. It is for occupational therapy assistants.",
        "3. Skills: moulding a resting splint; checking pressure areas; teaching splint care.",
        "4. An observed splint fabrication on a volunteer, with our checklist.",
        "5. Lakeshore Hand Clinic. They are keen but have not committed.",
        "6. It reaches support staff, as the Education Plan asks.",
        "7. In person, 4 hours, about 20 a year.", "Odile"), "reply.docx")
    assert r.is_concept_form
    assert r.needs_manual_review


def test_a_mail_about_registering_for_a_course_is_not_a_proposal() -> None:
    r = parsers.parse(_letter(
        "Re: splinting course", "From: Odile Brannigan <obrannigan@example.com>", "To: CE Intake <ce@michener.example>",
        "Date: Mon, Nov 23, 2026 at 9:40 AM", "Hi, I would like to register two of our assistants for the course.",
        "Their names are below; please send the invoice to our clinic.", "Thanks, Odile"), "reply.docx")
    assert not r.is_concept_form


def test_a_completed_ethics_board_application_is_not_a_concept_form() -> None:
    rows = "".join(tr(a, b) for a, b in [
        ("Principal investigator", "Rowan Achterberg-Eze, PhD"), ("Position", "Nurse Scientist"),
        ("Department", "Centre for Practice Research"), ("Email", "rachterberg@michener.example"),
        ("Phone", "555-0131"), ("Title of study", "Do short credentials change ward practice? A cohort study"),
        ("Study population", "Nurses who completed the 2026 wound care micro-course"),
        ("Rationale", "Little is known about the effect of short credentials."),
        ("Outcomes measured", "Audit scores at 3 and 6 months"), ("Partner site", "Lakeview General, Nursing"),
        ("Start date", "May 2027"), ("Date", "2026-11-18")])
    r = parsers.parse(docx(p("Research Ethics Board – Application Summary Form") + table(rows)), "reb.docx")
    assert not r.is_concept_form
