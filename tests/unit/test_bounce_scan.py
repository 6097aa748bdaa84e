"""The bounce detectors (flufl.bounce) read a message only when a rule asks: they walk every
line of every part, and only a message with a bounce-like subject needs them."""
from __future__ import annotations

from email.message import EmailMessage

from mailbot.intake import rules
from mailbot.mail.message import parse_message


def _mail(subject: str, body: str, sender: str = "mail.system@mx.example.net") -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "ce@example.org"
    msg["Subject"] = subject
    msg["Message-ID"] = "<b1@mx.example.net>"
    msg.set_content(body)
    msg.add_attachment(b"%PDF-1.4 " + b"x" * 20000, maintype="application", subtype="pdf", filename="form.pdf")
    return msg.as_bytes()


def test_an_ordinary_message_is_never_scanned_by_the_detectors() -> None:
    mail = parse_message(_mail("My concept form", "Please find my form attached.", "a.person@example.com"))
    assert not rules.is_bounce(mail)
    assert "failed_recipients" not in vars(mail)  # the cached property was never computed


def test_a_bounce_only_the_detectors_recognise_is_still_a_bounce() -> None:
    # A format only flufl.bounce's simple matcher knows: no report part, no null sender, nothing enclosed.
    body = ("The following addresses had permanent fatal errors\n"
            "<nobody@example.com>\n\n"
            "   ----- Transcript of session follows -----\n"
            "550 5.1.1 User unknown\n")
    mail = parse_message(_mail("Undelivered Mail Returned to Sender", body))
    assert mail.failed_recipients == ("nobody@example.com",)
    assert rules.is_bounce(mail)
