"""Real outages of the test servers: the operator hears once when it starts and once when it ends,
queued mail survives a long SMTP outage, the webhook and the heartbeat tell a monitor without email.

The clock is faked with `poll --once --now` (the outage "lasts" hours in a few seconds); the
servers really stop (Dovecot killed, the SMTP port closed)."""
from __future__ import annotations

import email.policy
import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from apphelpers import EMAILS, write_config
from sqlmodel import Session, select

from mailbot.config import load_settings
from mailbot.ops.cli import main
from mailbot.store.db import open_database
from mailbot.store.models import OutboundMail

OPERATOR = "it.oncall@hospital-it.example"
T0 = datetime(2026, 12, 1, 14, 0, tzinfo=UTC)


class Hook:
    """A loopback HTTP endpoint recording every request (the webhook and the heartbeat monitor)."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, str, bytes]] = []
        hook = self

        class Handler(BaseHTTPRequestHandler):
            def _record(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                hook.requests.append((self.command, self.path, self.rfile.read(length) if length else b""))
                self.send_response(200)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"OK")

            do_GET = do_POST = _record

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def posts(self) -> list[dict[str, Any]]:
        return [json.loads(body) for method, _, body in self.requests if method == "POST"]

    def gets(self, path: str) -> int:
        return sum(1 for method, p, _ in self.requests if method == "GET" and p == path)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def hook() -> Iterator[Hook]:
    h = Hook()
    try:
        yield h
    finally:
        h.close()


def _config(tmp_path: Path, dovecot: Any, smtp: Any, extra: str = "") -> Path:
    return write_config(tmp_path, dovecot, smtp, extra=f"""
[alerts]
operator = "{OPERATOR}"
after_minutes = 15
{extra}
""")


def _poll(cfg: Path, at: datetime) -> int:
    return main(["--config", str(cfg), "poll", "--once", "--now", at.isoformat()])


def _operator_mail(smtp: Any) -> list[EmailMessage]:
    return [m.message for m in smtp.messages if m.rcpt_tos == [OPERATOR]]


def _subjects(smtp: Any) -> list[str]:
    return [str(m["Subject"]) for m in _operator_mail(smtp)]


def _submission(i: int) -> bytes:
    """A distinct copy of a corpus submission: its own sender and Message-ID."""
    msg = message_from_bytes((EMAILS / "02-gmail-fillable-pdf.eml").read_bytes(), policy=email.policy.default)
    msg.replace_header("From", f"Applicant {i} <applicant{i}@hospital{i}.example>")
    msg.replace_header("Message-ID", f"<outage-{i}@hospital{i}.example>")
    return msg.as_bytes()


def test_an_imap_outage_sends_one_alert_and_one_recovery_email(tmp_path, dovecot, smtp_sink):
    cfg = _config(tmp_path, dovecot, smtp_sink)
    assert _poll(cfg, T0) == 0
    dovecot.stop(keep=True)
    for minutes in (5, 10, 15, 20, 25, 30, 60):
        assert _poll(cfg, T0 + timedelta(minutes=minutes)) == 75, "an unreachable mailbox is a temporary failure"
        if minutes < 20:
            assert _operator_mail(smtp_sink) == [], "nobody is told before after_minutes have passed"
    assert len(_operator_mail(smtp_sink)) == 1
    dovecot.start()
    dovecot.append(_submission(1))
    assert _poll(cfg, T0 + timedelta(minutes=65)) == 0
    assert _poll(cfg, T0 + timedelta(minutes=70)) == 0
    subjects = _subjects(smtp_sink)
    assert len(subjects) == 2, subjects
    assert subjects[0].startswith("mailbot needs attention: the mailbox cannot be read")
    assert subjects[1].startswith("mailbot recovered: the mailbox cannot be read")
    recovery = _operator_mail(smtp_sink)[1].get_body(preferencelist=("plain",)).get_content()  # type: ignore[union-attr]
    assert "Started:  2026-12-01 09:05 EST" in recovery  # the first failed poll, in [schedule] timezone
    assert "Ended:    2026-12-01 10:05 EST (1 h 0 min)" in recovery
    assert "1 new messages were read" in recovery


def test_an_smtp_outage_of_six_hours_loses_no_mail_and_the_queue_goes_at_the_first_poll_after(
        tmp_path, dovecot, smtp_sink):
    cfg = _config(tmp_path, dovecot, smtp_sink)
    assert _poll(cfg, T0) == 0
    smtp_sink.stop()
    queued = 0
    for half_hours in range(1, 13):  # 12 polls over 6 hours: more than [outbox] max_attempts (8)
        if half_hours <= 8:
            dovecot.append(_submission(half_hours))
            queued += 2  # an acknowledgement and the CE notice
        assert _poll(cfg, T0 + timedelta(minutes=30 * half_hours)) == 75
    settings = load_settings(cfg)
    with Session(open_database(settings.database_url)) as s:
        rows = s.exec(select(OutboundMail)).all()
        assert {r.status for r in rows} == {"pending"}, "an outage fails no mail"
        assert all(r.attempts == 0 for r in rows), "an unreachable server uses up no attempt"
    assert smtp_sink.messages == []

    smtp_sink.start()
    assert _poll(cfg, T0 + timedelta(hours=6, minutes=5)) == 0
    delivered = [m for m in smtp_sink.messages if m.rcpt_tos != [OPERATOR]]
    assert len(delivered) == queued, "the whole queue goes in the first poll after recovery"
    with Session(open_database(settings.database_url)) as s:
        assert {r.status for r in s.exec(select(OutboundMail)).all()} == {"sent"}
    subjects = _subjects(smtp_sink)
    assert [s.split(":")[0] for s in subjects] == ["mailbot needs attention", "mailbot recovered"], subjects
    assert "mail cannot be sent" in subjects[0]
    recovery = _operator_mail(smtp_sink)[1].get_body(preferencelist=("plain",)).get_content()  # type: ignore[union-attr]
    assert f"{queued + 1} queued emails were sent" in recovery  # the queue and the alert itself
    assert _poll(cfg, T0 + timedelta(hours=6, minutes=10)) == 0
    assert len(_operator_mail(smtp_sink)) == 2, "nothing more once it is over"


def test_a_wrong_password_sends_one_alert(tmp_path, dovecot, smtp_sink, monkeypatch):
    cfg = _config(tmp_path, dovecot, smtp_sink)
    monkeypatch.setenv("MAILBOT_TEST_IMAP_PASSWORD", "not-the-password")
    for minutes in (0, 5, 10, 60):
        assert _poll(cfg, T0 + timedelta(minutes=minutes)) == 2, "a refused login is the operator's to fix"
    subjects = _subjects(smtp_sink)
    assert len(subjects) == 1, subjects
    assert "the IMAP server refuses mailbot" in subjects[0]
    body = _operator_mail(smtp_sink)[0].get_body(preferencelist=("plain",)).get_content()  # type: ignore[union-attr]
    assert "password" in body  # the error sentence says what to check


def test_the_webhook_carries_the_alert_while_smtp_is_down(tmp_path, dovecot, smtp_sink, hook):
    cfg = _config(tmp_path, dovecot, smtp_sink, extra=f'webhook = "{hook.url}/hooks/ops"')
    dovecot.append(_submission(1))
    smtp_sink.stop()
    for minutes in (0, 10, 20, 30):
        assert _poll(cfg, T0 + timedelta(minutes=minutes)) == 75
    posts = hook.posts()
    assert len(posts) == 1, "the webhook fires once, during the outage, without SMTP"
    assert posts[0]["event"] == "alert" and posts[0]["cause"] == "smtp"
    assert "mail cannot be sent" in posts[0]["text"]
    assert smtp_sink.messages == []
    smtp_sink.start()
    assert _poll(cfg, T0 + timedelta(minutes=40)) == 0
    posts = hook.posts()
    assert [p["event"] for p in posts] == ["alert", "recovery"]
    assert posts[1]["started_at"].startswith("2026-12-01T14:00") and posts[1]["ended_at"].startswith("2026-12-01T14:40")


def test_the_heartbeat_stops_while_the_mailbox_is_unreachable(tmp_path, dovecot, smtp_sink, hook):
    metrics = tmp_path / "mailbot.prom"
    cfg = write_config(tmp_path, dovecot, smtp_sink, extra=f"""
[monitoring]
heartbeat_url = "{hook.url}/ping/abc"
metrics_file = "{metrics}"
""")
    assert _poll(cfg, T0) == 0
    assert hook.gets("/ping/abc") == 1
    dovecot.stop(keep=True)
    for minutes in (5, 10, 15):
        assert _poll(cfg, T0 + timedelta(minutes=minutes)) == 75
    assert hook.gets("/ping/abc") == 1, "no ping while the mailbox cannot be read"
    text = metrics.read_text()
    assert "mailbot_polls_total 4" in text and "mailbot_poll_failures_total 3" in text
    assert f"mailbot_last_success_timestamp_seconds {T0.timestamp():.0f}" in text
    dovecot.start()
    assert _poll(cfg, T0 + timedelta(minutes=20)) == 0
    assert hook.gets("/ping/abc") == 2


def test_outbox_retry_failed_sends_every_failed_email_again(tmp_path, dovecot, smtp_sink, capsys):
    cfg = _config(tmp_path, dovecot, smtp_sink)
    dovecot.append(_submission(1))
    dovecot.append(_submission(2))
    smtp_sink.refuse_next(4, 550, "5.7.1 Relaying denied", at="RCPT")
    assert _poll(cfg, T0) == 0
    capsys.readouterr()
    # The same flush told CE staff about each failed email (those notices are not retried below).
    told = len(smtp_sink.messages)
    assert told == 4 and {m.message["X-Mailbot"] for m in smtp_sink.messages} == {"delivery_failed"}
    assert main(["--config", str(cfg), "status"]) == 3, "failed mail needs a person"
    assert "4 failed" in capsys.readouterr().out
    assert main(["--config", str(cfg), "outbox", "--retry", "failed"]) == 0
    assert "4 failed emails will be sent" in capsys.readouterr().out
    assert len(smtp_sink.messages) == told + 4
    assert main(["--config", str(cfg), "status"]) == 0
    assert main(["--config", str(cfg), "outbox", "--retry", "failed"]) == 1, "nothing to retry"
