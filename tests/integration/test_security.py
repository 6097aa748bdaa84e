"""What an outsider can do with one email, on real Dovecot and SMTP (issue 17): nothing lasting."""
from __future__ import annotations

import email.policy
import json
import time
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlmodel import Session, select

from apphelpers import CE, EMAILS, MAILBOX, body_text
from integration.test_review import APPLICANT, APPLICANT_EMAIL, Office, _stage, fresh, kinds, one, reply
from mailbot.config import load_settings
from mailbot.intake.poller import poll_once
from mailbot.intake.table import ParsedDocument, parse_in_process
from mailbot.mail.message import Attachment
from mailbot.mail.outbox import flush
from mailbot.store.db import open_database
from mailbot.store.models import Document, InboundMessage, OutboundBody, OutboundMail
from mailservers import SmtpSink

FORMS = Path(__file__).resolve().parents[2] / "templates" / "forms"
SAMPLES = Path(__file__).resolve().parents[1] / "data" / "security"


def form_docx(title: str) -> bytes:
    from mailbot_parsers.official_form import fill_docx

    template = (FORMS / "Micro-Course Credential Concept Form.docx").read_bytes()
    values = json.loads((EMAILS.parent / "MRI Safety L2 - Concept Form.docx.expected.json").read_text())["fields"]
    return fill_docx(template, {**values, "proposal_title": title})


def with_forms(sender: str, subject: str, forms: list[tuple[str, bytes]], **headers: str) -> EmailMessage:
    msg = fresh(sender, MAILBOX, subject, "Please find the concept form attached.", headers=headers or None)
    for name, data in forms:
        msg.add_attachment(data, maintype="application",
                           subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=name)
    return msg


def deliver_utf8(o: Office, msg: EmailMessage) -> None:
    """As an RFC 6531 client sends it: the address in raw UTF-8, not as an encoded-word."""
    o.dovecot.append(msg.as_bytes(policy=email.policy.SMTPUTF8))


def _engine(o: Office):  # type: ignore[no-untyped-def]
    return open_database(load_settings(o.cfg).database_url)


def _rows(o: Office, model, *where):  # type: ignore[no-untyped-def]
    with Session(_engine(o)) as s:
        return list(s.exec(select(model).where(*where)).all())


# ---- the outbox never blocks on one row --------------------------------------------------------

def test_a_non_ascii_sender_fails_alone_and_every_other_email_still_goes(tmp_path, dovecot, smtp_sink):
    o = Office(tmp_path, dovecot, smtp_sink)  # this sink does not offer SMTPUTF8
    deliver_utf8(o, with_forms("josé@harbourview.example.com", "Concept form", [("a.docx", form_docx("Josés course"))]))
    o.deliver(with_forms("dana@harbourview.example.com", "Concept form", [("b.docx", form_docx("Dana's course"))]))
    o.dovecot.append(APPLICANT_EMAIL.read_bytes())
    sent = o.poll()
    one(sent, "acknowledgement", "dana@harbourview.example.com")
    one(sent, "acknowledgement", APPLICANT)
    failed = _rows(o, OutboundMail, OutboundMail.status == "failed")
    assert [r.recipients for r in failed] == [["josé@harbourview.example.com"]]
    assert "SMTPUTF8" in failed[0].last_error
    # CE staff hear once (in the same flush: rows queued while it runs go too) that the applicant
    # was not told; nothing stays pending.
    notice = one(sent, "delivery_failed", CE)
    assert "SMTPUTF8" in body_text(notice.message)
    assert o.poll() == [] and _rows(o, OutboundMail, OutboundMail.status == "pending") == []


def test_a_non_ascii_sender_is_answered_when_the_server_offers_smtputf8(tmp_path, dovecot):
    with SmtpSink(smtputf8=True) as sink:
        o = Office(tmp_path, dovecot, sink)
        deliver_utf8(o, with_forms("josé@harbourview.example.com", "Concept form", [("a.docx", form_docx("Course"))]))
        ack = one(o.poll(), "acknowledgement", "josé@harbourview.example.com")
        assert ack.message["To"] == "josé@harbourview.example.com"


def test_an_unsendable_row_never_stops_the_flush(tmp_path, dovecot, smtp_sink):
    o = Office(tmp_path, dovecot, smtp_sink)
    settings = load_settings(o.cfg)
    engine = _engine(o)
    from mailbot.store.db import session_scope

    with session_scope(engine) as s:  # a row written before addresses were checked on queueing
        s.add(OutboundMail(dedupe_key="old", template="no_form", message_id="<old@michener.example>",
                           envelope_from=MAILBOX, recipients=["bad\u00e9@x.example"],
                           content=OutboundBody(body=b"Subject: x\r\n\r\nx\r\n")))
    o.dovecot.append(APPLICANT_EMAIL.read_bytes())
    assert o.poll()  # the acknowledgement went out behind the unsendable row
    assert flush(engine, settings)["failed"] == 0
    assert [r.status for r in _rows(o, OutboundMail, OutboundMail.dedupe_key == "old")] == ["failed"]


# ---- a decision needs the thread and a sender the mail system vouches for ---------------------

@pytest.fixture
def m365(tmp_path, dovecot, smtp_sink):  # type: ignore[no-untyped-def]
    o = Office(tmp_path, dovecot, smtp_sink, sender_check="microsoft365")
    o.dovecot.append(APPLICANT_EMAIL.read_bytes())
    o.ce_request = one(o.poll(), "ce_new_application", CE)
    return o


def _headers(name: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in (SAMPLES / name).read_text().replace("\n ", " ").splitlines():
        key, _, value = line.partition(":")
        if key.lower().startswith("x-ms-exchange-organization-auth") or key.lower() == "authentication-results":
            out[key] = value.strip()
    return out


def test_a_forwarded_token_with_a_forged_staff_from_is_refused_by_default(m365, capsys):
    o = m365
    # The review email was forwarded: its Reply-To (the token) is in the attacker's hands.
    forged = reply(o.ce_request, CE, "SUPPORTED")
    o.deliver(forged)
    o.poll()
    assert _stage(o, capsys) == "ce_assessment"
    # The stamp a real phishing message forged does not pass either.
    o.deliver(reply(o.ce_request, CE, "SUPPORTED", headers=_headers("phish-forged-internal.txt")))
    sent = o.poll()
    assert _stage(o, capsys) == "ce_assessment"
    assert not [m for m in sent if m.message["X-Mailbot"] == "stage_changed"]


def test_a_genuine_decision_with_exchanges_internal_stamp_is_accepted(m365, capsys):
    o = m365
    o.deliver(reply(o.ce_request, CE, "SUPPORTED", headers=_headers("exchange-internal-outlook.txt")))
    o.poll()
    assert _stage(o, capsys) == "smt_concept_review"


def test_a_genuine_decision_with_exchanges_dmarc_pass_is_accepted(m365, capsys):
    o = m365
    # The GitHub sample's header as Exchange writes it, for the staff member's domain.
    sample = _headers("exo-external-github.txt")
    results = sample["Authentication-Results"].replace("github.com", "michener.example")
    o.deliver(reply(o.ce_request, CE, "SUPPORTED", headers={
        "Authentication-Results": results, "X-MS-Exchange-Organization-AuthAs": "Anonymous"}))
    o.poll()
    assert _stage(o, capsys) == "smt_concept_review"


def test_not_done_replies_to_a_staff_address_are_sent_once_an_hour_per_application(m365, capsys):
    o = m365
    for _ in range(4):
        o.deliver(reply(o.ce_request, CE, "SUPPORTED"))  # the token, a forged From: refused each time
    sent = o.poll()
    assert len([m for m in sent if m.message["X-Mailbot"] == "command_result" and m.rcpt_tos == [CE]]) <= 1


# ---- caps an outsider cannot multiply ---------------------------------------------------------

def test_forty_copies_of_a_form_are_one_application_and_one_staff_email(tmp_path, dovecot, smtp_sink, capsys):
    o = Office(tmp_path, dovecot, smtp_sink)
    data = form_docx("Forty copies")
    o.deliver(with_forms("dana@harbourview.example.com", "Concept form",
                         [(f"copy {i}.docx", data) for i in range(40)]))
    sent = o.poll()
    assert kinds(sent) == sorted([("acknowledgement", "dana@harbourview.example.com"), ("ce_new_application", CE)])
    assert len(o.status(capsys)) == 1
    assert len(_rows(o, Document)) == 1


def test_several_forms_in_one_email_make_one_staff_notice(tmp_path, dovecot, smtp_sink, capsys):
    o = Office(tmp_path, dovecot, smtp_sink)
    o.deliver(with_forms("dana@harbourview.example.com", "Concept forms",
                         [(f"{n}.docx", form_docx(f"Course {n}")) for n in range(3)]))
    sent = o.poll()
    notice = one(sent, "ce_new_applications", CE)
    refs = sorted(a["reference"] for a in o.status(capsys))
    assert len(refs) == 3 and all(r in notice.message["Subject"] for r in refs)
    assert len([m for m in sent if m.rcpt_tos == [CE]]) == 1


def test_more_forms_than_the_cap_are_parked_for_staff_in_one_summary(tmp_path, dovecot, smtp_sink, capsys):
    o = Office(tmp_path, dovecot, smtp_sink)
    o.deliver(with_forms("dana@harbourview.example.com", "Concept forms",
                         [(f"{n}.docx", form_docx(f"Course {n}")) for n in range(6)]))
    sent = o.poll()
    assert kinds(sent) == [("parked_summary", CE)], "no application, no answer: one summary to staff"
    assert o.status(capsys) == []
    assert dovecot.messages("mailbot/Needs attention")


def test_forged_senders_get_no_url_back_and_the_hourly_cap_holds(tmp_path, dovecot, smtp_sink):
    o = Office(tmp_path, dovecot, smtp_sink, extra="unsolicited_hourly_cap = 3\n")
    subject = "Concept form: verify your payroll at https://evil.example/login or www.evil.example"
    for n in range(6):
        msg = fresh(f"victim{n}@elsewhere.example", MAILBOX, subject, "Concept form attached, see evil.example/x")
        msg.add_attachment(b"GIF89a", maintype="image", subtype="gif", filename="https---evil.example-login.gif")
        o.deliver(msg)
    sent = o.poll()
    answers = [m for m in sent if m.message["X-Mailbot"] == "no_form"]
    assert len(answers) == 3
    for m in answers:
        text = m.message["Subject"] + body_text(m.message) + m.message.get_body(("html",)).get_content()
        assert "evil" not in text and "http" not in text.replace("https://www.michener", "")
    alerts = [m for m in sent if m.message["X-Mailbot"] == "operator_alert"]
    assert len(alerts) == 1 and alerts[0].rcpt_tos == [CE]
    assert len(_rows(o, OutboundMail, OutboundMail.status == "suppressed")) == 3
    from mailbot.clock.digest import collect

    with Session(_engine(o)) as s:
        digest = collect(s, load_settings(o.cfg), __import__("mailbot.store.models").store.models.utcnow())
    assert len(digest.suppressed) == 3 and digest.security_warning


# ---- a time budget per message ----------------------------------------------------------------

def test_eight_slow_attachments_stop_at_the_message_budget_and_the_next_form_is_acknowledged(
        tmp_path, dovecot, smtp_sink):
    o = Office(tmp_path, dovecot, smtp_sink)
    o.cfg.write_text(o.cfg.read_text().replace('backlog_cutoff = "none"',
                                               'backlog_cutoff = "none"\nmessage_parse_budget_seconds = 1'))
    calls: list[str] = []

    def slow(att: Attachment) -> ParsedDocument:  # a parser that takes its time on every file
        calls.append(att.filename)
        time.sleep(0.4)
        return parse_in_process(att)

    o.deliver(with_forms("dana@harbourview.example.com", "Concept forms",
                         [(f"slow {n}.docx", form_docx(f"Slow {n}")) for n in range(8)]))
    o.dovecot.append(APPLICANT_EMAIL.read_bytes())
    settings = load_settings(o.cfg)
    poll_once(_engine(o), settings, extract=slow)
    flush(_engine(o), settings)
    slow_calls = [c for c in calls if c.startswith("slow")]
    assert 1 <= len(slow_calls) < 8  # the budget, not the parser, decided when to stop
    not_read = [d for d in _rows(o, Document) if d.parse_result.get("error") == "not_read"]
    assert sorted(d.filename for d in not_read) == [f"slow {n}.docx" for n in range(len(slow_calls), 8)]
    assert any(m.message["X-Mailbot"] == "acknowledgement" and m.rcpt_tos == [APPLICANT] for m in smtp_sink.messages)


# ---- own mail and bounded inputs --------------------------------------------------------------

@pytest.mark.parametrize("own", ["CE@Michener.Example", "ce+anything@michener.example"])
def test_mail_from_our_own_address_is_never_answered(tmp_path, dovecot, smtp_sink, own):
    o = Office(tmp_path, dovecot, smtp_sink)
    o.deliver(with_forms(own, "Concept form", [("a.docx", form_docx("Own"))]))
    assert o.poll() == []
    assert [r.kind for r in _rows(o, InboundMessage)] == ["own_mail"]


def test_a_colleague_on_the_same_domain_is_not_taken_for_mailbot(tmp_path, dovecot, smtp_sink):
    o = Office(tmp_path, dovecot, smtp_sink)
    o.deliver(with_forms("ce.assistant@michener.example", "Concept form", [("a.docx", form_docx("Colleague"))]))
    one(o.poll(), "acknowledgement", "ce.assistant@michener.example")


def test_an_in_reply_to_of_250001_ids_is_handled_normally_not_parked(tmp_path, dovecot, smtp_sink):
    o = Office(tmp_path, dovecot, smtp_sink)
    ids = " ".join(f"<i{n}@x.example>" for n in range(250_001))
    msg = with_forms("dana@harbourview.example.com", "Concept form", [("a.docx", form_docx("Many ids"))])
    head, _, body = msg.as_bytes().partition(b"\n\n")  # written by hand: folding 5 MB headers is slow
    dovecot.append(head + f"\nIn-Reply-To: {ids}\nReferences: {ids}\n\n".encode() + body)
    one(o.poll(), "acknowledgement", "dana@harbourview.example.com")
    (row,) = _rows(o, InboundMessage)
    assert row.kind == "submission" and row.outcome == "processed"
