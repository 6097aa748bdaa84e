"""The language an applicant is written to in: chosen from their own words, stored, and kept."""
from __future__ import annotations

import json
from datetime import date, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest
from apphelpers import SHARED, parse
from clockhelpers import local, make_env, mails, route_mail
from sqlmodel import Session, select

from mailbot.mail import language, wording
from mailbot.mail.language import choose, count, declared, detect, format_date, format_number
from mailbot.mail.message import parse_message
from mailbot.review.replies import fresh_text
from mailbot.review.workflow import Stage
from mailbot.store.models import Application
from mailbot_parsers.fields import FIELDS

CORPUS_EMAILS = sorted((SHARED / "corpus" / "emails").glob("*.eml")) + sorted((SHARED / "corpus-b" / "emails").glob("*.eml"))


def _notes_say_french(path: Path) -> bool:
    """The corpus's own description of an email: its notes name a French body or a French reply."""
    notes = json.loads(Path(str(path) + ".expected.json").read_text()).get("notes", "")
    return "in French" in notes or "French auto-reply" in notes


def test_the_corpora_hold_french_and_english_emails():
    french = [p.name for p in CORPUS_EMAILS if _notes_say_french(p)]
    assert len(french) >= 2 and len(CORPUS_EMAILS) - len(french) >= 20


@pytest.mark.parametrize("path", CORPUS_EMAILS, ids=lambda p: p.name)
def test_no_corpus_email_is_read_as_the_other_language(path: Path):
    mail = parse_message(path.read_bytes())
    found = count(f"{mail.subject}\n{fresh_text(mail.text)}").lean()
    want = "fr" if _notes_say_french(path) else "en"
    # A short or bilingual text may be undecided (then the form decides); never the wrong language.
    assert found in (want, None)
    if want == "fr" and "auto-reply" not in json.loads(Path(str(path) + ".expected.json").read_text())["notes"]:
        assert found == "fr"


@pytest.mark.parametrize("text, want", [
    ("Bonjour, veuillez trouver ci-joint le formulaire de concept. Merci et bonne journée", "fr"),
    ("Hello, please find attached our concept form for the micro-credential.", "en"),
    ("Formulaire concept", None),  # no function word: the next source decides
    ("Oops – attached now.", None),
    ("Je vous envoie le formulaire (Please find attached the form).", None),  # evenly bilingual
    ("Veuillez trouver ci-joint le formulaire de concept pour un microcours sur l'évaluation du pied "
     "(Please find attached the concept form).", "fr"),
])
def test_short_texts_lean_only_when_their_function_words_agree(text, want):
    assert count(text).lean() == want


def test_the_email_decides_before_the_form_and_the_header_only_breaks_a_tie():
    french_email = "Bonjour, je vous envoie le formulaire de concept pour un microcours."
    english_form = "Learners will be able to perform a screen and select the follow-up interval with the team."
    assert detect(french_email, english_form) == "fr"  # the applicant wrote to us in French
    assert detect("Form attached.", english_form, "fr-CA") == "en"  # the form's answers outrank the header
    assert detect("Ci-joint.", "", "fr-CA") == "fr"
    assert detect("Ci-joint.", "", "de-DE") == "en"  # neither ours: the office's language
    assert detect("", "", "") == "en"


def test_the_setting_fixes_the_language():
    assert choose("fr", "Hello, please find the form attached to this email.") == "fr"
    assert choose("en", "Bonjour, je vous envoie le formulaire de concept.") == "en"
    assert choose("auto", "Bonjour, je vous envoie le formulaire de concept.") == "fr"


def test_a_content_language_header_is_read_defensively():
    assert declared("fr-CA") == "fr" and declared(" FR ") == "fr" and declared("en-US, fr") == "en"
    assert declared("x" * 5000) is None and declared("") is None


def test_french_dates_and_numbers_are_written_the_french_way():
    assert format_date(date(2026, 12, 2), "fr") == "mercredi 2 décembre 2026"
    assert format_date(date(2026, 12, 2), "fr", "day") == "2 décembre 2026"
    assert format_date(datetime(2026, 12, 2, 9), "en") == "Wednesday 2 December 2026"
    assert format_number(12345.5, "fr").replace("\u202f", " ").replace("\xa0", " ") == "12 345,5"
    assert format_number(12345, "en") == "12,345"
    with pytest.raises(ValueError):
        format_date(date(2026, 12, 2), "fr", "%A")


def test_every_field_stage_and_requirement_has_french():
    from mailbot_parsers.french import LABELS

    assert all(LABELS.get(f.key) for f in FIELDS)
    assert wording.field_label("proposal_title", "fr") == "Titre proposé"
    assert set(Stage) == set(wording.STAGES_FR)
    assert set(wording.REQUIREMENTS["fr"]) == set(wording.REQUIREMENTS["en"])
    assert wording.answer_label("summative_assessment", "fr") == "Évaluation sommative (Summative Assessment)"
    assert wording.answer_label("summative_assessment", "en") == "Summative Assessment"


# A value of each field's type, so a reply line is read as the field its label names.
_SAMPLE_ANSWERS = {"proposer_email": "ana@example.org", "proposer_phone": "416-555-0100",
                   "endorsement_status": "confirmed", "delivery_format": "online",
                   "estimated_hours": "12", "expected_enrolment": "40", "submission_date": "2026-03-03",
                   "proposed_start": "Spring 2027"}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_label_an_applicant_is_shown_is_read_back_from_their_reply(language):
    # the acknowledgement asks for missing items by these labels: a reply that uses them must count
    from mailbot.intake import answers

    unread = []
    for f in FIELDS:
        choice = {"en": "New micro-credential", "fr": "Nouveau microcrédit"}[language]
        value = choice if f.key == "request_type" else _SAMPLE_ANSWERS.get(f.key, "Une réponse écrite par la personne." if language == "fr"
                                    else "An answer the applicant wrote.")
        found = {a.key for a in answers.read(f"{wording.field_label(f.key, language)}: {value}")}
        if f.key not in found:
            unread.append(f.key)
    assert unread == []


# ---- through intake ---------------------------------------------------------------------------

def _route(engine, settings, raw: bytes, now: datetime) -> None:  # type: ignore[no-untyped-def]
    route_mail(engine, settings, raw, now)


def _languages(engine) -> dict[str, str]:  # type: ignore[no-untyped-def]
    with Session(engine) as s:
        return {a.applicant_email: a.language for a in s.exec(select(Application)).all()}


FRENCH_SUBMISSION = SHARED / "corpus-b" / "emails" / "msg-02.eml"
ENGLISH_SUBMISSION = SHARED / "corpus" / "emails" / "01-outlook-form-docx-with-signature-logo.eml"


def test_a_french_submission_is_stored_and_acknowledged_in_french(tmp_path):
    settings, engine = make_env(tmp_path)
    _route(engine, settings, FRENCH_SUBMISSION.read_bytes(), local(2026, 12, 2))
    _route(engine, settings, ENGLISH_SUBMISSION.read_bytes(), local(2026, 12, 2, 10))
    french = parse(FRENCH_SUBMISSION.read_bytes())["From"].addresses[0].addr_spec.lower()
    english = parse(ENGLISH_SUBMISSION.read_bytes())["From"].addresses[0].addr_spec.lower()
    assert _languages(engine) == {french: "fr", english: "en"}
    acks = {row.recipients[0]: parse(row.body) for row in mails(engine, "acknowledgement")}
    fr, en = acks[french], acks[english]
    assert fr["Subject"].split("] ", 1)[1].startswith("Reçu : ") and fr["Content-Language"] == "fr"
    fr_text = fr.get_body(("plain",)).get_content()
    assert "Nous vous remercions" in fr_text and "2 à 4 semaines" in fr_text
    assert "décembre 2026" in fr_text and "December" not in fr_text
    assert 'lang="fr-CA"' in fr.get_body(("html",)).get_content()
    assert en["Subject"].split("] ", 1)[1].startswith("Received: ") and en["Content-Language"] == "en"
    assert "Thank you for your" in en.get_body(("plain",)).get_content()
    # Staff are told in the office's language whatever the applicant's.
    for row in mails(engine, "ce_new_application"):
        assert parse(row.body)["Content-Language"] == "en"


def test_the_setting_overrides_what_the_email_says(tmp_path):
    settings, engine = make_env(tmp_path)
    settings = settings.model_copy(update={"applicants": settings.applicants.model_copy(update={"language": "en"})})
    _route(engine, settings, FRENCH_SUBMISSION.read_bytes(), local(2026, 12, 2))
    assert set(_languages(engine).values()) == {"en"}
    assert "Received: " in parse(mails(engine, "acknowledgement")[0].body)["Subject"]


def test_an_email_without_a_form_is_answered_in_its_own_language(tmp_path):
    settings, engine = make_env(tmp_path)
    msg = EmailMessage()
    msg["From"], msg["To"] = "lea.roy@example.org", settings.mailbox_address
    msg["Subject"] = "Soumission d'un formulaire de concept"
    msg["Message-ID"] = "<no-form-fr@example.org>"
    msg.set_content("Bonjour,\n\nJe vous envoie ma proposition de microcours pour la soumission.\n\nMerci,\nLéa")
    _route(engine, settings, msg.as_bytes(), local(2026, 12, 2))
    rows = mails(engine, "no_form")
    assert len(rows) == 1
    answer = parse(rows[0].body)
    assert "aucun formulaire de concept" in answer["Subject"] and answer["Content-Language"] == "fr"


def test_staff_kinds_are_never_written_in_another_language():
    from mailbot.mail.emails import EMAILS, render, writes_to_outsiders

    staff = [name for name in EMAILS if not writes_to_outsiders(name)]
    assert "review_request" in staff and "weekly_queue" in staff
    assert language.OFFICE_LANGUAGE == "en"
    ctx = {"app": Application(reference="MC-2026-0001", applicant_email="a@b.c", title="T"), "names": ["f.docx"]}
    assert render("documents", ctx, "fr") == render("documents", ctx, "en")
