"""The review workflow through real mail: decisions by reply, authorised properly, end to end."""
from __future__ import annotations

import json
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from datetime import datetime, timezone
from pathlib import Path

import pytest

from apphelpers import BOARD, CE, EMAILS, MAILBOX, MANAGER, SMT, body_text, expected, parse, write_config
from mailbot.review import tokens
from mailbot.ops.cli import main
from mailbot.config import load_settings

APPLICANT_EMAIL = EMAILS / "02-gmail-fillable-pdf.eml"
APPLICANT = expected(APPLICANT_EMAIL)["sender"]
FORMS = Path(__file__).resolve().parents[2] / "templates" / "forms"


class Office:
    """The CE mailbox, the people around it, and mailbot polling it."""

    def __init__(self, tmp_path: Path, dovecot, smtp, extra: str = "",  # type: ignore[no-untyped-def]
                 sender_check: str = "none") -> None:
        self.cfg = write_config(tmp_path, dovecot, smtp, extra=extra, sender_check=sender_check)
        self.dovecot, self.smtp = dovecot, smtp
        self.seen = 0

    def poll(self, now: str | None = None) -> list:  # the emails sent by this poll
        assert main(["--config", str(self.cfg), "poll", "--once", *(["--now", now] if now else [])]) == 0
        new = self.smtp.messages[self.seen:]
        self.seen = len(self.smtp.messages)
        return new

    def status(self, capsys, ref: str | None = None):  # type: ignore[no-untyped-def]
        capsys.readouterr()
        assert main(["--config", str(self.cfg), "status", *([ref] if ref else []), "--json"]) == 0
        return json.loads(capsys.readouterr().out)

    def deliver(self, msg: EmailMessage) -> None:
        self.dovecot.append(msg.as_bytes())


def reply(to_mail, sender: str, body: str, *, attach: tuple[str, bytes] | None = None,  # type: ignore[no-untyped-def]
          headers: dict[str, str] | None = None, use_reply_to: bool = True) -> EmailMessage:
    """What a mail client sends when `sender` hits Reply on `to_mail` (a received EmailMessage)."""
    original = to_mail.message
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = (original["Reply-To"] if use_reply_to and original["Reply-To"] else original["From"])
    msg["Subject"] = "Re: " + original["Subject"]
    msg["Date"] = format_datetime(datetime.now(timezone.utc))
    msg["Message-ID"] = make_msgid(domain=sender.split("@")[1])
    msg["In-Reply-To"] = original["Message-ID"]
    msg["References"] = original["Message-ID"]
    for k, v in (headers or {}).items():
        msg[k] = v
    quoted = "\n".join("> " + line for line in body_text(original).splitlines())
    msg.set_content(f"{body}\n\nOn Monday, mailbot wrote:\n{quoted}\n")
    if attach:
        msg.add_attachment(attach[1], maintype="application", subtype="octet-stream", filename=attach[0])
    return msg


def fresh(sender: str, to: str, subject: str, body: str, headers: dict[str, str] | None = None) -> EmailMessage:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, to, subject
    msg["Date"] = format_datetime(datetime.now(timezone.utc))
    msg["Message-ID"] = make_msgid(domain=sender.split("@")[1])
    for k, v in (headers or {}).items():
        msg[k] = v
    msg.set_content(body)
    return msg


def one(sent: list, kind: str, to: str):  # type: ignore[no-untyped-def]
    found = [m for m in sent if m.message["X-Mailbot"] == kind and m.rcpt_tos == [to]]
    assert len(found) == 1, f"expected one {kind} to {to}, got {[(m.message['X-Mailbot'], m.rcpt_tos) for m in sent]}"
    return found[0]


def kinds(sent: list) -> list[tuple[str, str]]:
    return sorted((m.message["X-Mailbot"], m.rcpt_tos[0]) for m in sent)


@pytest.fixture
def office(tmp_path, dovecot, smtp_sink):  # type: ignore[no-untyped-def]
    o = Office(tmp_path, dovecot, smtp_sink)
    o.dovecot.append(APPLICANT_EMAIL.read_bytes())
    sent = o.poll()
    o.ack = one(sent, "acknowledgement", APPLICANT)
    o.ce_request = one(sent, "ce_new_application", CE)
    return o


def _stage(office: Office, capsys) -> str:  # type: ignore[no-untyped-def]
    return office.status(capsys)[0]["stage"]


def test_one_application_goes_from_submission_to_board_approval_by_email(office, capsys):
    o = office
    ref = o.status(capsys)[0]["reference"]
    assert o.ce_request.message["Reply-To"].startswith("ce+")

    o.deliver(reply(o.ce_request, CE, "SUPPORTED\nStrong partner, credible assessment."))
    sent = o.poll()
    assert kinds(sent) == sorted([("command_result", CE), ("review_request", SMT), ("stage_changed", APPLICANT)])
    assert "SMT concept review" in one(sent, "stage_changed", APPLICANT).message["Subject"]
    assert "ENDORSED" in body_text(one(sent, "review_request", SMT).message)
    smt_request = one(sent, "review_request", SMT)

    o.deliver(reply(smt_request, SMT, "Endorsed"))
    sent = o.poll()
    assert kinds(sent) == sorted([("command_result", SMT), ("stage_changed", APPLICANT)])
    assert _stage(o, capsys) == "in_development"
    update = one(sent, "stage_changed", APPLICANT)
    assert "full proposal" in body_text(update.message)

    import io

    import docx

    doc = docx.Document()
    doc.add_heading("ECMO Circuit Management: full proposal and development plan", 1)
    doc.add_paragraph("Module outline, assessor guide, delivery schedule and budget.")
    buf = io.BytesIO()
    doc.save(buf)
    proposal = buf.getvalue()
    o.deliver(reply(update, APPLICANT, "Here is the full proposal and development plan.",
                    attach=("ECMO full proposal.docx", proposal)))
    sent = o.poll()
    assert kinds(sent) == sorted([("review_request", SMT), ("stage_changed", APPLICANT)])
    assert _stage(o, capsys) == "smt_proposal_review"

    o.deliver(reply(one(sent, "review_request", SMT), SMT, "ENDORSED"))
    sent = o.poll()
    assert kinds(sent) == sorted([("command_result", SMT), ("review_request", BOARD), ("stage_changed", APPLICANT)])

    o.deliver(reply(one(sent, "review_request", BOARD), BOARD, "approved\n\nApproved at the December meeting."))
    sent = o.poll()
    assert kinds(sent) == sorted([("command_result", BOARD), ("stage_changed", APPLICANT)])
    assert "approved" in body_text(one(sent, "stage_changed", APPLICANT).message).lower()

    timeline = o.status(capsys, ref)
    assert timeline["stage"] == "approved"
    moves = [(e["stage_from"], e["stage_to"]) for e in timeline["timeline"] if e["stage_to"]]
    assert moves == [
        ("", "ce_assessment"), ("ce_assessment", "smt_concept_review"), ("smt_concept_review", "in_development"),
        ("in_development", "full_proposal_received"), ("full_proposal_received", "smt_proposal_review"),
        ("smt_proposal_review", "board_review"), ("board_review", "approved"),
    ]
    assert [e["actor"] for e in timeline["timeline"] if e["stage_to"] == "smt_concept_review"] == [CE]
    capsys.readouterr()
    assert main(["--config", str(o.cfg), "status", ref]) == 0
    text = capsys.readouterr().out
    assert "board_review -> approved" in text and BOARD in text
    assert o.dovecot.messages("INBOX") == []


def _unchanged(o: Office, capsys, sent: list) -> None:  # type: ignore[no-untyped-def]
    assert _stage(o, capsys) == "ce_assessment"
    assert not [m for m in sent if m.message["X-Mailbot"] in ("stage_changed", "review_request")]


def test_a_decision_without_a_token_from_a_staff_address_changes_nothing(office, capsys):
    o = office
    ref = o.status(capsys)[0]["reference"]
    o.deliver(fresh(CE, MAILBOX, f"[{ref}] decision", "SUPPORTED"))
    sent = o.poll()
    _unchanged(o, capsys, sent)
    alert = one(sent, "security_alert", CE)
    assert "does not answer an email mailbot sent you" in body_text(alert.message)
    assert "not done" in body_text(one(sent, "command_result", CE).message)
    # CE admins are told once: a second forgery the same day alerts nobody again.
    o.deliver(fresh(CE, MAILBOX, f"[{ref}] decision again", "SUPPORTED"))
    sent = o.poll()
    _unchanged(o, capsys, sent)
    assert not [m for m in sent if m.message["X-Mailbot"] == "security_alert"]


def test_a_tampered_token_changes_nothing(office, capsys):
    o = office
    msg = reply(o.ce_request, CE, "SUPPORTED")
    token = tokens.token_from_address(msg["To"], MAILBOX)
    assert token
    bad = token[:-2] + ("a" if token[-2] != "a" else "b") + token[-1]
    del msg["To"], msg["In-Reply-To"], msg["References"]
    msg["To"] = f"ce+{bad}@michener.example"
    o.deliver(msg)
    _unchanged(o, capsys, o.poll())


def test_a_token_for_another_application_or_an_earlier_stage_changes_nothing(office, capsys):
    o = office
    # A second application, and CE's valid token for it used on the first application's subject.
    o.dovecot.append((EMAILS / "20-outlook-fillable-pdf.eml").read_bytes())
    second = one(o.poll(), "ce_new_application", CE)
    first_ref = o.status(capsys)[0]["reference"]
    msg = reply(second, CE, "SUPPORTED")
    del msg["Subject"], msg["In-Reply-To"], msg["References"]
    msg["Subject"] = f"Re: [{first_ref}] decision"
    o.deliver(msg)
    sent = o.poll()
    assert [a["stage"] for a in o.status(capsys)] == ["ce_assessment", "ce_assessment"]
    assert not [m for m in sent if m.message["X-Mailbot"] == "stage_changed"]
    # An earlier stage: MORE INFO moves the first on; replaying the CE token then does nothing.
    o.deliver(reply(o.ce_request, CE, "MORE INFO\nWhich partner signs off?"))
    o.poll()
    assert o.status(capsys)[0]["stage"] == "awaiting_applicant"
    o.deliver(reply(o.ce_request, CE, "NOT SUPPORTED"))
    sent = o.poll()
    assert o.status(capsys)[0]["stage"] == "awaiting_applicant"
    assert "earlier" in body_text(one(sent, "command_result", CE).message) or \
        "stage" in body_text(one(sent, "command_result", CE).message)


def test_a_sender_without_the_role_changes_nothing_even_with_a_valid_token(office, capsys):
    o = office
    settings = load_settings(o.cfg)
    app = o.status(capsys)[0]
    from mailbot.store.db import open_database
    from mailbot.store.models import Application
    from sqlmodel import Session, select

    with Session(open_database(settings.database_url)) as s:
        app_id = s.exec(select(Application.id).where(Application.reference == app["reference"])).one()
    token = tokens.make_token(settings.secret, app_id, "ce_assessment", MANAGER)
    o.deliver(fresh(MANAGER, f"ce+{token}@michener.example", f"Re: [{app['reference']}]", "SUPPORTED"))
    _unchanged(o, capsys, o.poll())


def test_dmarc_fail_changes_nothing_when_the_sender_check_names_our_server(tmp_path, dovecot, smtp_sink, capsys):
    o = Office(tmp_path, dovecot, smtp_sink, sender_check="authserv:mx.michener.example")
    dovecot.append(APPLICANT_EMAIL.read_bytes())
    request = one(o.poll(), "ce_new_application", CE)
    failing = "mx.michener.example; dkim=fail header.d=michener.example; spf=fail smtp.mailfrom=michener.example; " \
              "dmarc=fail header.from=michener.example"
    o.deliver(reply(request, CE, "SUPPORTED", headers={"Authentication-Results": failing}))
    _unchanged(o, capsys, o.poll())
    passing = "mx.michener.example; dkim=pass header.d=michener.example; dmarc=pass header.from=michener.example"
    o.deliver(reply(request, CE, "SUPPORTED", headers={"Authentication-Results": passing}))
    o.poll()
    assert _stage(o, capsys) == "smt_concept_review"


def test_an_applicant_quoting_a_keyword_changes_nothing(office, capsys):
    o = office
    msg = reply(o.ack, APPLICANT, "Thank you! I look forward to hearing from you.")
    body = msg.get_content() + "\n> SUPPORTED\n> APPROVED\n"
    msg.set_content(body)
    o.deliver(msg)
    _unchanged(o, capsys, o.poll())
    # Even typed as the first line, an applicant cannot support their own application.
    o.deliver(reply(o.ack, APPLICANT, "SUPPORTED"))
    _unchanged(o, capsys, o.poll())


def test_an_out_of_office_reply_to_a_staff_notification_changes_nothing(office, capsys):
    o = office
    ooo = reply(o.ce_request, CE, "SUPPORTED\nI am away until Monday.",
                headers={"Auto-Submitted": "auto-replied"})
    ooo.replace_header("Subject", "Automatic reply: " + o.ce_request.message["Subject"])
    o.deliver(ooo)
    sent = o.poll()
    _unchanged(o, capsys, sent)
    assert sent == []


def test_more_info_then_a_revised_form_joins_the_same_application_and_lists_changed_fields(
        tmp_path, dovecot, smtp_sink, capsys):
    from mailbot_parsers.official_form import fill_docx

    o = Office(tmp_path, dovecot, smtp_sink)
    template = (FORMS / "Micro-Course Credential Concept Form.docx").read_bytes()
    values = json.loads((EMAILS.parent / "MRI Safety L2 - Concept Form.docx.expected.json").read_text())["fields"]
    first = dict(values)
    del first["summative_assessment"]
    msg = fresh("t.wisniewski@harbourview.example.com", MAILBOX, "Concept form: MRI safety", "Form attached.")
    msg.add_attachment(fill_docx(template, first), maintype="application", subtype="octet-stream",
                       filename="MRI concept form.docx")
    o.deliver(msg)
    sent = o.poll()
    ack = one(sent, "acknowledgement", "t.wisniewski@harbourview.example.com")
    assert "Summative Assessment" in body_text(ack.message)
    request = one(sent, "ce_new_application", CE)

    o.deliver(reply(request, CE, "MORE INFO\nPlease describe the summative assessment."))
    sent = o.poll()
    update = one(sent, "stage_changed", "t.wisniewski@harbourview.example.com")
    assert "Please describe the summative assessment." in body_text(update.message)
    assert _stage(o, capsys) == "awaiting_applicant"

    second = dict(values)
    second["estimated_hours"] = 14
    o.deliver(reply(update, "t.wisniewski@harbourview.example.com", "Revised form attached.",
                    attach=("MRI concept form v2.docx", fill_docx(template, second))))
    sent = o.poll()
    apps = o.status(capsys)
    assert len(apps) == 1 and apps[0]["stage"] == "ce_assessment" and apps[0]["version"] == 2
    assert apps[0]["missing_required"] == []
    staff = one(sent, "review_request", CE)
    text = body_text(staff.message)
    assert "Changed fields: Summative Assessment, Estimated Hours" in text or \
        "Changed fields: Estimated Hours, Summative Assessment" in text


def test_a_reply_from_a_cc_colleague_threads_onto_the_application(office, capsys):
    o = office
    o.deliver(reply(o.ack, "colleague@example.com", "Adding myself: I co-lead this proposal."))
    o.poll()
    apps = o.status(capsys)
    assert len(apps) == 1
    kinds_ = [e["kind"] for e in o.status(capsys, apps[0]["reference"])["timeline"]]
    assert "correspondence" in kinds_


def test_the_applicant_withdraws_and_ce_reopens(office, capsys):
    o = office
    o.deliver(reply(o.ack, APPLICANT, "WITHDRAW\nWe have decided to wait a year."))
    sent = o.poll()
    assert _stage(o, capsys) == "withdrawn"
    assert "withdraw" in body_text(one(sent, "command_result", APPLICANT).message).lower()
    update = one(sent, "stage_changed", APPLICANT)
    assert "WITHDRAW on the first line" not in body_text(update.message)  # terminal: no further actions offered
    closed = one(sent, "review_request", CE)  # CE hears of it, with REOPEN as the valid word
    assert "REOPEN" in body_text(closed.message)
    o.deliver(reply(o.ce_request, CE, "REOPEN"))
    sent = o.poll()
    assert _stage(o, capsys) == "withdrawn", "the CE token named the assessment stage, not the withdrawn one"
    assert "not done" in body_text(one(sent, "command_result", CE).message)
    o.deliver(reply(closed, CE, "REOPEN The lead wants to go ahead after all."))
    o.poll()
    assert _stage(o, capsys) == "ce_assessment"


def test_note_assign_and_status_commands(office, capsys):
    o = office
    ref = o.status(capsys)[0]["reference"]
    o.deliver(reply(o.ce_request, CE, "NOTE Called the partner; letter is coming."))
    sent = o.poll()
    assert "NOTE: added" in body_text(one(sent, "command_result", CE).message)
    o.deliver(reply(o.ce_request, CE, "ASSIGN reviewer2@michener.example"))
    sent = o.poll()
    request = one(sent, "review_request", "reviewer2@michener.example")
    assert request.message["Reply-To"].startswith("ce+")
    o.deliver(reply(o.ce_request, CE, "STATUS"))
    sent = o.poll()
    text = body_text(one(sent, "command_result", CE).message)
    assert ref in text and "CE assessment" in text
    timeline = o.status(capsys, ref)["timeline"]
    assert [e["kind"] for e in timeline if e["kind"] in ("note", "assigned")] == ["note", "assigned"]
    assert _stage(o, capsys) == "ce_assessment"


def test_undo_within_the_window_restores_the_stage_and_tells_everyone_then_is_refused_after_it(office, capsys):
    from datetime import timedelta

    o = office
    o.deliver(reply(o.ce_request, CE, "SUPPORTED"))
    sent = o.poll()
    transcript = one(sent, "command_result", CE)
    assert "reply UNDO to this email within 24 hours" in body_text(transcript.message)
    assert _stage(o, capsys) == "smt_concept_review"

    o.deliver(reply(transcript, CE, "UNDO\nWrong application, sorry."))
    sent = o.poll()
    assert _stage(o, capsys) == "ce_assessment"
    assert kinds(sent) == sorted([("command_result", CE), ("decision_withdrawn", APPLICANT),
                                  ("decision_withdrawn", SMT)])
    assert "Decision withdrawn: SUPPORTED" in one(sent, "decision_withdrawn", SMT).message["Subject"]
    assert "UNDO: done" in body_text(one(sent, "command_result", CE).message)

    o.deliver(reply(o.ce_request, CE, "SUPPORTED"))  # decided again from the original review email
    transcript = one(o.poll(), "command_result", CE)
    o.deliver(reply(transcript, CE, "UNDO"))
    later = (datetime.now(timezone.utc) + timedelta(hours=25)).isoformat(timespec="seconds")
    sent = o.poll(now=later)
    assert _stage(o, capsys) == "smt_concept_review"
    assert "more than 24 hours ago" in body_text(one(sent, "command_result", CE).message)
    assert not [m for m in sent if m.message["X-Mailbot"] == "decision_withdrawn"]


LETTER_EMAIL = EMAILS / "07-form-and-letter-of-support.eml"


def _attachment_names(sent_mail) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(part.get_filename() for part in sent_mail.message.iter_attachments())


def test_review_requests_carry_the_form_and_its_letter_of_support(tmp_path, dovecot, smtp_sink, capsys):
    o = Office(tmp_path, dovecot, smtp_sink)
    spec = expected(LETTER_EMAIL)
    o.dovecot.append(LETTER_EMAIL.read_bytes())
    sent = o.poll()
    documents = sorted(spec["form_attachments"] + spec["other_attachments"])
    ce_request = one(sent, "ce_new_application", CE)
    assert _attachment_names(ce_request) == documents
    o.deliver(reply(ce_request, CE, "SUPPORTED"))
    smt_request = one(o.poll(), "review_request", SMT)
    assert _attachment_names(smt_request) == documents
    original = LETTER_EMAIL.read_bytes()
    from email import message_from_bytes, policy

    sent_by_applicant = {p.get_filename(): p.get_content() for p in
                         message_from_bytes(original, policy=policy.default).iter_attachments()}  # type: ignore[attr-defined]
    for part in smt_request.message.iter_attachments():
        assert part.get_content() == sent_by_applicant[part.get_filename()]  # as received, byte for byte

    ref = o.status(capsys)[0]["reference"]
    folder = tmp_path / "export"
    assert main(["--config", str(o.cfg), "export", ref, "--documents", str(folder)]) == 0
    assert sorted(p.name.split("-", 2)[2] for p in folder.iterdir()) == documents


def test_documents_too_large_to_attach_are_listed_and_sent_on_request(tmp_path, dovecot, smtp_sink):
    o = Office(tmp_path, dovecot, smtp_sink, extra="review_attachments_max_bytes = 1000")
    o.dovecot.append(LETTER_EMAIL.read_bytes())
    ce_request = one(o.poll(), "ce_new_application", CE)
    assert _attachment_names(ce_request) == []
    assert "Reply DOCUMENTS" in body_text(ce_request.message)
    o.deliver(reply(ce_request, CE, "DOCUMENTS"))
    sent = o.poll()
    spec = expected(LETTER_EMAIL)
    assert _attachment_names(one(sent, "documents", CE)) == sorted(spec["form_attachments"] + spec["other_attachments"])
    assert "DOCUMENTS: sent" in body_text(one(sent, "command_result", CE).message)


def test_the_same_form_sent_again_is_the_same_application(office, capsys):
    o = office
    ref = o.status(capsys)[0]["reference"]
    again = EmailMessage()
    original = parse(APPLICANT_EMAIL.read_bytes())
    for header in ("From", "To"):
        again[header] = original[header]
    again["Subject"] = "Did you get my concept form?"
    again["Date"] = format_datetime(datetime.now(timezone.utc))
    again["Message-ID"] = make_msgid(domain="gmail.com")
    again.set_content("I sent this last week; attaching it again just in case.")
    for part in original.iter_attachments():
        again.add_attachment(part.get_content(), maintype=part.get_content_maintype(),
                             subtype=part.get_content_subtype(), filename=part.get_filename())
    o.deliver(again)
    sent = o.poll()
    assert kinds(sent) == [("already_recorded", APPLICANT)]  # no second acknowledgement, no staff notice
    told = one(sent, "already_recorded", APPLICANT)
    assert ref in told.message["Subject"] and ref in body_text(told.message)
    assert [a["reference"] for a in o.status(capsys)] == [ref]


def test_the_same_form_attached_to_a_reply_is_not_a_new_version(office, capsys):
    o = office
    form = next(parse(APPLICANT_EMAIL.read_bytes()).iter_attachments())
    o.deliver(reply(o.ack, APPLICANT, "Did you get it? Attaching it again.",
                    attach=(form.get_filename(), form.get_content())))
    sent = o.poll()
    assert kinds(sent) == [("already_recorded", APPLICANT)]
    assert o.status(capsys)[0]["version"] == 1
