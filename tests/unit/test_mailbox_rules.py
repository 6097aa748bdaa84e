"""The predicates a shared mailbox needs: machine mail, a clear attempt to submit, 8-bit headers."""
from __future__ import annotations

import pytest

from mailbot.intake import rules
from mailbot.mail.message import Attachment, parse_message


def _mail(headers: str, body: str = "Hello", sender: str = "Dana <dana@example.org>") -> bytes:
    base = f"From: {sender}\r\nTo: ce@michener.example\r\nMessage-ID: <m1@example.org>\r\n"
    return (base + headers.replace("\n", "\r\n") + "\r\n\r\n" + body).encode()


@pytest.mark.parametrize("subject,body", [
    ("Concept form submission", "Please find my completed concept form attached."),
    ("Formulaire", "Bonjour, vous trouverez ci-joint mon formulaire."),
    ("Micro-credential", "Here is the form for our new course."),
    ("Concept form", "Attached, as promised."),
])
def test_a_clear_attempt_to_send_the_form_is_a_submission(subject: str, body: str) -> None:
    assert rules.mentions_submission(parse_message(_mail(f"Subject: {subject}", body)))


@pytest.mark.parametrize("subject,body", [
    ("More information please", "I would like information about the formation of a new course."),
    ("Hello", "The course was formed last year and is formatted nicely."),
    ("Question", "Can I submit the form by email?"),
    ("Question", "Where do I find the concept form"),
    ("Soon", "I will send the concept form next week."),
    ("Re: lunch", "Sounds good.\n\n> Please find attached my concept form\n"),
    ("Newsletter", "In the form of a workshop, attached is our agenda."),
])
def test_other_words_are_not_an_attempt_to_submit(subject: str, body: str) -> None:
    assert not rules.mentions_submission(parse_message(_mail(f"Subject: {subject}", body)))


def test_mime_parameters_are_not_the_senders_words() -> None:
    raw = _mail("Subject: Hi\nContent-Type: text/plain; format=flowed; charset=utf-8", "See you at the meeting.")
    assert not rules.mentions_submission(parse_message(raw))


@pytest.mark.parametrize("name,says", [
    ("Concept_Form_v2.pdf", True), ("Formulaire_conçu.pdf", True), ("micro-credential form.docx", True),
    ("purchase order.pdf", False), ("information.pdf", False), ("W9 form.pdf", False),
])
def test_a_file_name_that_calls_itself_the_concept_form(name: str, says: bool) -> None:
    assert rules.name_says_concept_form(Attachment(name, "application/pdf", b"x")) is says


def _multipart(ctype: str, inner: str) -> bytes:
    return _mail(f"Subject: Report\nMIME-Version: 1.0\nContent-Type: {ctype}; boundary=B",
                 f"--B\r\nContent-Type: text/plain\r\n\r\nreport\r\n--B\r\n{inner}\r\n--B--\r\n")


@pytest.mark.parametrize("ctype,inner", [
    ("multipart/report; report-type=feedback-report", "Content-Type: message/feedback-report\r\n\r\nFeedback-Type: abuse"),
    ("multipart/report; report-type=disposition-notification",
     "Content-Type: message/disposition-notification\r\n\r\nDisposition: automatic-action/MDN-sent-automatically; displayed"),
    ("multipart/report; report-type=tlsrpt", "Content-Type: application/tlsrpt+gzip\r\n\r\nxx"),
    ("multipart/mixed",
     'Content-Type: application/zip; name="google.com!example.org!1700000000!1700086399.zip"\r\n\r\nPK'),
])
def test_machine_reports_are_never_from_a_person(ctype: str, inner: str) -> None:
    assert rules.classify(parse_message(_multipart(ctype, inner))) != "human"


@pytest.mark.parametrize("sender", ["MAILER-DAEMON@mx.example.org", "postmaster@example.org",
                                    "noreply-dmarc-support@google.com", "no-reply@example.org",
                                    "abuse@example.net", "bounces+123@mail.example.com", "dmarcreport@microsoft.com"])
def test_role_senders_are_machines(sender: str) -> None:
    assert rules.classify(parse_message(_mail("Subject: hello", sender=sender))) != "human"


def test_a_person_named_like_a_role_is_still_a_person() -> None:
    assert rules.classify(parse_message(_mail("Subject: hi", sender="Noreen Abusera <noreen.abusera@example.org>"))) == "human"


def test_a_bounce_forwarded_by_a_person_is_a_bounce() -> None:
    inner = ("Content-Type: message/rfc822\r\n\r\nFrom: Mail Delivery System <MAILER-DAEMON@mx.example.org>\r\n"
             "Subject: Undelivered Mail Returned to Sender\r\n\r\nsorry")
    raw = _mail("Subject: Fwd: bounce\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=B",
                f"--B\r\nContent-Type: text/plain\r\n\r\nFYI\r\n--B\r\n{inner}\r\n--B--\r\n",
                sender="postmaster.desk@example.org")
    assert rules.is_bounce(parse_message(raw))


@pytest.mark.parametrize("filename", ["Formulaire_conçu.pdf".encode("utf-8"), "Formulaire_conçu.pdf".encode("latin-1")])
def test_a_raw_8bit_file_name_is_read_as_text(filename: bytes) -> None:
    raw = (b"From: a@example.org\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n"
           b"--B\r\nContent-Type: text/plain\r\n\r\nhi\r\n--B\r\nContent-Type: application/pdf\r\n"
           b'Content-Disposition: attachment; filename="' + filename + b'"\r\n\r\n%PDF\r\n--B--\r\n')
    mail = parse_message(raw)
    assert [a.filename for a in mail.attachments] == ["Formulaire_conçu.pdf"]


def test_rfc2231_continuations_are_joined() -> None:
    raw = (b"From: a@example.org\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n"
           b"--B\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment;\r\n"
           b" filename*0*=UTF-8''Formulaire%20con;\r\n filename*1*=%C3%A7u.pdf\r\n\r\n%PDF\r\n--B--\r\n")
    assert [a.filename for a in parse_message(raw).attachments] == ["Formulaire conçu.pdf"]


def test_a_message_the_parser_cannot_read_is_still_a_value(monkeypatch: pytest.MonkeyPatch) -> None:
    from mailbot.mail import message

    def broken(raw: bytes) -> message.InboundMail:
        raise TypeError("an unforeseen structure")

    monkeypatch.setattr(message, "_parse", broken)
    mail = message.parse_message(_mail("Subject: Concept form"))
    assert mail.unparseable and mail.sender == "dana@example.org" and mail.subject == "Concept form"
