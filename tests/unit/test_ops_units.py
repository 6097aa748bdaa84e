"""Operations logic without servers: the retry policy, sd_notify, secret-expiry warnings, metrics."""
from __future__ import annotations

from typing import Any

import smtplib
import socket
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from clockhelpers import make_env
from sqlmodel import Session, select

from mailbot.errors import TransientError
from mailbot.mail.retry import classify, verdict
from mailbot.mail import alerting
from mailbot.ops import alerts, liveness
from mailbot.store.oprows import OperatorAlert

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)



def replace(obj: Any, **changes: Any) -> Any:
    """A copy of a frozen settings section with some values changed."""
    return obj.model_copy(update=changes)

def test_only_5xx_answers_are_permanent():
    assert classify(smtplib.SMTPResponseException(550, b"no such user")) == "permanent"
    assert classify(smtplib.SMTPResponseException(451, b"greylisted")) == "temporary"
    assert classify(smtplib.SMTPResponseException(421, b"closing")) == "unreachable"
    assert classify(smtplib.SMTPRecipientsRefused({"a@b.example": (550, b"no")})) == "permanent"
    assert classify(smtplib.SMTPRecipientsRefused({"a@b.example": (452, b"full")})) == "temporary"
    assert classify(ConnectionRefusedError()) == "unreachable"
    assert classify(TransientError("down")) == "unreachable"
    assert classify(smtplib.SMTPServerDisconnected()) == "unreachable"


def test_outage_time_uses_up_no_attempt_until_the_window_ends(tmp_path: Path):
    settings, _ = make_env(tmp_path)
    settings = replace(settings, outbox=replace(settings.outbox, backoff_seconds=60.0))
    created = NOW - timedelta(hours=6)
    v = verdict(settings, "unreachable", attempts=0, created_at=created, next_attempt_at=created, now=NOW, error="x")
    assert (v.status, v.attempts, v.next_attempt_at) == ("pending", 0, created), "still due: goes at recovery"
    v = verdict(settings, "temporary", attempts=20, created_at=created, next_attempt_at=created, now=NOW, error="x")
    assert v.status == "pending" and v.attempts == 21
    assert v.next_attempt_at == NOW + timedelta(seconds=3600), "backed off, capped at backoff_max_seconds"
    old = NOW - timedelta(days=3, minutes=1)
    assert verdict(settings, "unreachable", attempts=0, created_at=old, next_attempt_at=old, now=NOW,
                   error="x").status == "failed"
    assert verdict(settings, "temporary", attempts=1, created_at=old, next_attempt_at=old, now=NOW,
                   error="x").status == "pending", "past the window, 4xx still gets max_attempts answered tries"
    assert verdict(settings, "temporary", attempts=7, created_at=old, next_attempt_at=old, now=NOW,
                   error="x").status == "failed"
    assert verdict(settings, "permanent", attempts=0, created_at=NOW, next_attempt_at=NOW, now=NOW,
                   error="550").status == "failed"


def test_sd_notify_writes_one_datagram_to_the_notify_socket(tmp_path: Path):
    path = str(tmp_path / "notify")
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as server:
        server.bind(path)
        assert liveness.sd_notify("READY=1", {"NOTIFY_SOCKET": path})
        assert server.recv(100) == b"READY=1"
        assert liveness.sd_notify("WATCHDOG=1", {"NOTIFY_SOCKET": path})
        assert server.recv(100) == b"WATCHDOG=1"
    assert not liveness.sd_notify("READY=1", {}), "outside systemd nothing is sent"
    assert liveness.watchdog_interval({"WATCHDOG_USEC": "30000000"}) == 15.0
    assert liveness.watchdog_interval({}) is None


def _with_expiry(tmp_path: Path, expires: str):  # type: ignore[no-untyped-def]
    settings, engine = make_env(tmp_path)
    from mailbot.config import OAuth2Settings

    oauth = OAuth2Settings(tenant_id="t", client_id="c", client_secret_env="X",
                           authority="https://login.microsoftonline.com/t", secret_expires=date.fromisoformat(expires))
    settings = replace(settings, imap=replace(settings.imap, auth="oauth2", oauth2=oauth),
                       alerts=replace(settings.alerts, operator="it@hospital-it.example"))
    return settings, engine


def test_a_client_secret_is_warned_about_30_7_and_1_days_before_once_each(tmp_path: Path):
    settings, engine = _with_expiry(tmp_path, "2027-01-31")
    said = []
    day = datetime(2026, 12, 1, 15, 0, tzinfo=UTC)
    while day < datetime(2027, 2, 1, tzinfo=UTC):
        for _ in range(3):  # the sweep runs many times a day
            said += alerts.check_secret_expiry(engine, settings, day)
        day += timedelta(days=1)
    assert said == [30, 7, 1]
    with Session(engine) as s:
        texts = [a.last_error for a in s.exec(select(OperatorAlert)).all()]
    assert any("expires in 30 days, on 2027-01-31" in t for t in texts)


def test_a_renewed_secret_closes_the_old_warnings(tmp_path: Path):
    settings, engine = _with_expiry(tmp_path, "2026-12-05")
    assert alerts.check_secret_expiry(engine, settings, NOW) == [7]
    assert settings.imap.oauth2 is not None
    renewed = replace(settings, imap=replace(settings.imap, oauth2=replace(settings.imap.oauth2,
                                                                             secret_expires=date(2028, 12, 5))))
    assert alerts.check_secret_expiry(engine, renewed, NOW) == []
    assert alerts.open_alerts(engine) == []


def test_raise_alert_tells_once_per_open_cause_and_within_the_hourly_cap(tmp_path: Path):
    settings, engine = make_env(tmp_path)
    settings = replace(settings, alerts=replace(settings.alerts, operator="it@hospital-it.example", max_per_hour=2))
    assert alerting.raise_alert(engine, settings, "outbox_cap", "the hourly cap was reached", NOW)
    assert not alerting.raise_alert(engine, settings, "outbox_cap", "the hourly cap was reached", NOW)
    assert alerting.raise_alert(engine, settings, "other", "b", NOW)
    assert not alerting.raise_alert(engine, settings, "third", "c", NOW), "held back by max_per_hour"
    assert alerting.raise_alert(engine, settings, "third", "c", NOW + timedelta(hours=1, minutes=1))
    assert alerting.resolve(engine, settings, "outbox_cap", NOW + timedelta(hours=2))
    assert alerting.raise_alert(engine, settings, "outbox_cap", "again", NOW + timedelta(hours=3))


def test_metrics_name_what_a_monitor_needs(tmp_path: Path):
    settings, engine = make_env(tmp_path)
    liveness.count(engine, "polls_total")
    text = liveness.metrics_text(engine)
    for name in ("mailbot_polls_total 1", "mailbot_outbox_depth 0", "mailbot_parked 0",
                 "mailbot_last_success_timestamp_seconds 0", "mailbot_open_alerts 0"):
        assert name in text
