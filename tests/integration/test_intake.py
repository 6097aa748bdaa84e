"""Intake end to end: the corpus emails through a real Dovecot, a real SMTP server and a SQLite file."""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from apphelpers import CE, EMAILS, body_text, corpus_emails, expected, write_config
from mailbot.mail.wording import answer_label
from mailbot.ops.cli import main
from mailbot_parsers.fields import FIELDS_BY_KEY

FOLDERS = {"processed": "mailbot/Processed", "attention": "mailbot/Needs attention", "ignored": "mailbot/Ignored"}
EXPECTED_FOLDER = {
    "submission": "processed", "no_attachment": "processed", "auto_reply": "ignored", "bounce": "ignored",
    "other": "attention", "staff_reply": "attention",
}


def _poll(cfg: Path, *extra: str) -> None:
    assert main(["--config", str(cfg), "poll", "--once", *extra]) == 0


def _status_json(cfg: Path, capsys: pytest.CaptureFixture[str]) -> list[dict]:
    capsys.readouterr()
    assert main(["--config", str(cfg), "status", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def _form_missing(email_path: Path) -> dict[str, list[str]]:
    """Expected missing required fields per form attachment of a corpus email."""
    exp = expected(email_path)
    out = {}
    for name in exp["form_attachments"]:
        form_exp = json.loads((EMAILS.parent / f"{name}.expected.json").read_text())
        out[name] = [] if form_exp["needs_manual_review"] else form_exp["missing_required"]
    return out


@pytest.fixture
def corpus_run(tmp_path: Path, dovecot, smtp_sink):  # type: ignore[no-untyped-def]
    cfg = write_config(tmp_path, dovecot, smtp_sink)
    for path in corpus_emails():
        dovecot.append(path.read_bytes())
    _poll(cfg)
    return cfg, dovecot, smtp_sink


def test_every_submission_gets_exactly_one_threaded_acknowledgement_listing_its_missing_fields(corpus_run, capsys):
    cfg, dovecot, smtp = corpus_run
    sent = smtp.messages
    acks = [m for m in sent if m.message["X-Mailbot"] == "acknowledgement"]
    apps = _status_json(cfg, capsys)
    for path in corpus_emails():
        exp = expected(path)
        original = path.read_bytes()
        mid = next(line.split(":", 1)[1].strip() for line in original.decode("latin-1").splitlines()
                   if line.lower().startswith("message-id:"))
        mine = [m for m in acks if m.message["In-Reply-To"] == mid]
        if exp["kind"] != "submission":
            assert mine == [], f"{path.name} ({exp['kind']}) must not be acknowledged"
            continue
        assert len(mine) == 1, f"{path.name}: expected one acknowledgement, got {len(mine)}"
        ack = mine[0]
        assert ack.rcpt_tos == [exp["sender"]]
        assert ack.message["Auto-Submitted"] == "auto-replied"
        assert mid in ack.message["References"]
        text = body_text(ack.message)
        refs = [a["reference"] for a in apps if a["applicant_email"] == exp["sender"]]
        assert refs and all(r in ack.message["Subject"] for r in refs[-len(exp["form_attachments"]):])
        # The applicant's language: French exactly for the corpus's French emails.
        language = "fr" if "in French" in exp.get("notes", "") else "en"
        assert ack.message["Content-Language"] == language, path.name
        required_labels = {k: answer_label(k, language) for k in FIELDS_BY_KEY if FIELDS_BY_KEY[k].required}
        marker = {"en": "missing these required items", "fr": "Il manque au formulaire"}[language]
        missing_section = text.split(marker, 1)[1].split("\n\n")[0] if marker in text else ""
        listed = {k for k, label in required_labels.items() if f"- {label}\n" in missing_section + "\n"}
        wanted = set().union(*_form_missing(path).values())
        assert listed == wanted, f"{path.name}: listed {sorted(listed)}, expected {sorted(wanted)}"
        assert {"en": "What happens next", "fr": "Prochaines étapes"}[language] in text


def test_the_forgot_attachment_email_gets_one_polite_reply_and_machines_get_nothing(corpus_run):
    _, _, smtp = corpus_run
    by_rcpt: dict[str, list] = {}
    for m in smtp.messages:
        for r in m.rcpt_tos:
            by_rcpt.setdefault(r, []).append(m)
    forgot = expected(EMAILS / "08-forgot-attachment.eml")["sender"]
    # 08's sender also sent 13 (the form): one no-form reply and one acknowledgement.
    kinds = sorted(m.message["X-Mailbot"] for m in by_rcpt[forgot])
    assert kinds == ["acknowledgement", "no_form"]
    no_form = next(m for m in by_rcpt[forgot] if m.message["X-Mailbot"] == "no_form")
    assert "could not find a micro-credential concept form" in body_text(no_form.message)
    for path in corpus_emails():
        exp = expected(path)
        if exp["kind"] in ("auto_reply", "bounce", "other", "staff_reply"):
            assert exp["sender"] not in by_rcpt, f"{path.name} ({exp['kind']}) must get nothing"


def test_ce_staff_are_notified_of_each_new_application_once_per_email(corpus_run, capsys):
    cfg, _, smtp = corpus_run
    apps = _status_json(cfg, capsys)
    forms = sum(len(expected(p)["form_attachments"]) for p in corpus_emails())
    assert len(apps) == forms
    notes = [m for m in smtp.messages if m.message["X-Mailbot"] in ("ce_new_application", "ce_new_applications")]
    # One notice per email that brought forms; an email with several lists them all in one.
    assert len(notes) == sum(1 for p in corpus_emails() if expected(p)["form_attachments"])
    named = [ref.strip() for n in notes for ref in n.message["Subject"].split("]")[0][1:].split(",")]
    assert sorted(named) == sorted(a["reference"] for a in apps)
    assert all(n.rcpt_tos == [CE] for n in notes)
    for app in apps:
        assert set(app) >= {"reference", "stage", "applicant_email", "title", "received_at", "missing_required"}


def test_the_inbox_ends_empty_with_every_message_in_exactly_one_folder(corpus_run):
    _, dovecot, _ = corpus_run
    assert dovecot.messages("INBOX") == []
    found: dict[bytes, str] = {}
    for name, folder in FOLDERS.items():
        for raw in dovecot.messages(folder):
            assert raw not in found, "a message is in two folders"
            found[raw] = name
    assert len(found) == len(corpus_emails())
    for path in corpus_emails():
        raw = path.read_bytes()
        assert found.get(raw) == EXPECTED_FOLDER[expected(path)["kind"]], path.name


def test_a_second_poll_creates_and_sends_nothing(corpus_run, capsys):
    cfg, dovecot, smtp = corpus_run
    before_apps = _status_json(cfg, capsys)
    before_sent = len(smtp.messages)
    _poll(cfg)
    assert _status_json(cfg, capsys) == before_apps
    assert len(smtp.messages) == before_sent


def test_the_same_email_delivered_twice_is_acknowledged_once(tmp_path, dovecot, smtp_sink, capsys):
    cfg = write_config(tmp_path, dovecot, smtp_sink)
    raw = (EMAILS / "02-gmail-fillable-pdf.eml").read_bytes()
    dovecot.append(raw)
    _poll(cfg)
    dovecot.append(raw)  # a second identical copy, e.g. a client re-sync
    _poll(cfg)
    assert len([m for m in smtp_sink.messages if m.message["X-Mailbot"] == "acknowledgement"]) == 1
    assert len(_status_json(cfg, capsys)) == 1
    assert dovecot.messages("INBOX") == []


def test_a_first_run_leaves_old_mail_alone(tmp_path, dovecot, smtp_sink, capsys):
    cfg = write_config(tmp_path, dovecot, smtp_sink, cutoff="first-run")
    old = datetime.now(timezone.utc) - timedelta(days=30)
    dovecot.append((EMAILS / "01-outlook-form-docx-with-signature-logo.eml").read_bytes(), internaldate=old)
    _poll(cfg)
    assert smtp_sink.messages == []
    assert len(dovecot.messages("INBOX")) == 1, "old mail stays where the office left it"
    dovecot.append((EMAILS / "02-gmail-fillable-pdf.eml").read_bytes())
    _poll(cfg)
    acks = [m for m in smtp_sink.messages if m.message["X-Mailbot"] == "acknowledgement"]
    assert [a.rcpt_tos for a in acks] == [[expected(EMAILS / "02-gmail-fillable-pdf.eml")["sender"]]]
    assert len(_status_json(cfg, capsys)) == 1


def test_nothing_is_lost_while_smtp_is_down(tmp_path, dovecot, smtp_sink, capsys):
    cfg = write_config(tmp_path, dovecot, smtp_sink)
    dovecot.append((EMAILS / "02-gmail-fillable-pdf.eml").read_bytes())
    smtp_sink.stop()
    assert main(["--config", str(cfg), "poll", "--once"]) == 75, "SMTP unreachable: try again later"
    assert len(_status_json(cfg, capsys)) == 1
    smtp_sink.start()
    later = (datetime.now(timezone.utc) + timedelta(hours=2)).isoformat()
    _poll(cfg, "--now", later)
    kinds = sorted(m.message["X-Mailbot"] for m in smtp_sink.messages)
    assert kinds == ["acknowledgement", "ce_new_application"]
