"""Database operations, retention, read-only commands and a SIGHUP reload, as an operator runs them."""
from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path

from apphelpers import CE, EMAILS, REPO, write_config
from clockhelpers import make_env, new_app
from sqlalchemy import text
from sqlmodel import Session, select

from mailbot.ops.cli import main
from mailbot.store.db import session_scope
from mailbot.store.models import InboundMessage, InboundRaw, utcnow


class Service:
    """`mailbot run` in a subprocess, its log lines (stderr) collected as they come; killed on the
    way out of the `with` block if the test did not stop it."""

    def __init__(self, config: Path) -> None:
        self.proc = subprocess.Popen([sys.executable, "-m", "mailbot", "--config", str(config), "run"], cwd=REPO,
                                     env=dict(os.environ, PYTHONPATH=str(REPO)), stdout=subprocess.DEVNULL,
                                     stderr=subprocess.PIPE, text=True)
        self.lines: list[str] = []
        stderr = self.proc.stderr
        assert stderr is not None
        threading.Thread(target=lambda: self.lines.extend(l.rstrip() for l in stderr), daemon=True).start()

    def __enter__(self) -> Service:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()

    def tail(self, n: int = 30) -> str:
        return "\n".join(self.lines[-n:])

    def wait_for(self, needle: str, timeout: float = 15) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end and self.proc.poll() is None:
            if any(needle in line for line in self.lines):
                return
            time.sleep(0.05)
        raise AssertionError(f"no log line with {needle!r}:\n" + self.tail())

    def stop(self) -> int:
        """SIGTERM, as systemd stops it; the exit status."""
        self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(timeout=15)


def _message(engine, n: int, days_old: int, *, app_id: int | None = None, state: str = "filed") -> int:  # type: ignore[no-untyped-def]
    with session_scope(engine) as s:
        row = InboundMessage(content_hash=f"h{n}", message_id=f"<m{n}@x.example>", received_at=utcnow() - timedelta(days=days_old),
                             state=state, application_id=app_id, kind="other")
        s.add(row)
        s.flush()
        s.add(InboundRaw(inbound_id=row.id, raw=b"x" * 1000))
        return int(row.id)  # type: ignore[arg-type]


def test_retention_purges_old_mail_of_no_application_and_keeps_the_rest(tmp_path, capsys):
    settings, engine = make_env(tmp_path)
    app = new_app(engine, settings, utcnow())
    old_spam = _message(engine, 1, 120)
    recent_spam = _message(engine, 2, 10)
    old_of_app = _message(engine, 3, 120, app_id=app)
    old_unfinished = _message(engine, 4, 120, state="received")
    assert main(["--config", str(settings.path), "db", "size"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"raw mail of no application\s+3 rows\s+3.0 kB", out), out
    assert main(["--config", str(settings.path), "db", "purge"]) == 0
    assert "dropped the content of 1 messages" in capsys.readouterr().out
    with Session(engine) as s:
        raw = {r.inbound_id: r.raw for r in s.exec(select(InboundRaw)).all()}
    assert raw[old_spam] is None
    assert raw[recent_spam] and raw[old_of_app] and raw[old_unfinished]
    assert main(["--config", str(settings.path), "db", "purge"]) == 0
    assert "dropped the content of 0 messages" in capsys.readouterr().out
    with Session(engine) as s:
        assert s.get(InboundMessage, old_spam) is not None, "the row (and its content hash) stays"


def test_read_only_commands_need_no_mail_password(tmp_path, monkeypatch, capsys):
    settings, _ = make_env(tmp_path)
    monkeypatch.delenv("MAILBOT_TEST_IMAP_PASSWORD")
    for command in (["status"], ["list"], ["overdue"], ["outbox"], ["export"], ["db", "size"]):
        assert main(["--config", str(settings.path), *command]) == 0, command
    assert main(["--config", str(settings.path), "poll", "--once"]) == 2
    assert "MAILBOT_TEST_IMAP_PASSWORD" in capsys.readouterr().err


def test_an_older_schema_is_never_migrated_by_a_read_only_command(tmp_path, capsys):
    settings, engine = make_env(tmp_path)
    from mailbot.store.db import _alembic_config

    from alembic import command
    command.downgrade(_alembic_config(engine), "0001")
    capsys.readouterr()
    assert main(["--config", str(settings.path), "status"]) == 2
    err = capsys.readouterr().err
    assert "run `mailbot db upgrade`" in err and len(err.strip().splitlines()) == 1
    assert main(["--config", str(settings.path), "db", "upgrade"]) == 0
    assert "schema 0001 ->" in capsys.readouterr().out
    assert main(["--config", str(settings.path), "status"]) == 0


def test_a_newer_schema_is_one_line_not_a_traceback(tmp_path, capsys):
    settings, engine = make_env(tmp_path)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099_from_the_future'"))
    for command in (["status"], ["poll", "--once"], ["db", "upgrade"]):
        capsys.readouterr()
        assert main(["--config", str(settings.path), *command]) == 2, command
        err = capsys.readouterr().err.strip()
        assert len(err.splitlines()) == 1 and "newer than this mailbot knows" in err, err


def test_db_backup_copies_a_live_sqlite_database_and_never_overwrites(tmp_path, capsys):
    settings, engine = make_env(tmp_path)
    new_app(engine, settings, utcnow())
    target = tmp_path / "backups" / "mailbot-1.db"
    if not settings.database_url.startswith("sqlite"):
        # PostgreSQL (MAILBOT_TEST_DB=postgres): the command says how to back it up with pg_dump instead.
        assert main(["--config", str(settings.path), "db", "backup", str(target)]) == 2
        assert "pg_dump" in capsys.readouterr().err and not target.exists()
        return
    assert main(["--config", str(settings.path), "db", "backup", str(target)]) == 0
    with sqlite3.connect(target) as copy:
        assert copy.execute("SELECT count(*) FROM application").fetchone() == (1,)
    assert main(["--config", str(settings.path), "db", "backup", str(target)]) == 2
    assert "already exists" in capsys.readouterr().err


def test_list_names_the_valid_stages_for_a_wrong_one(tmp_path, capsys):
    settings, _ = make_env(tmp_path)
    assert main(["--config", str(settings.path), "list", "--stage", "bogus"]) == 1
    err = capsys.readouterr().err
    assert "'bogus' is not a stage" in err and "ce_assessment" in err and "board_review" in err


def test_json_logs_carry_an_iso_time_with_its_offset(tmp_path):
    import json

    settings, _ = make_env(tmp_path)
    env = dict(os.environ, PYTHONPATH=str(REPO), MAILBOT_LOG_FORMAT="json")
    out = subprocess.run([sys.executable, "-m", "mailbot", "--config", str(settings.path), "-v", "poll", "--once"],
                         env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 75  # nothing listens on the configured servers
    lines = [json.loads(line) for line in out.stderr.splitlines() if line.startswith("{")]
    assert lines, out.stderr
    from datetime import datetime

    for entry in lines:
        assert datetime.fromisoformat(entry["time"]).utcoffset() is not None
        assert entry["level"] in ("DEBUG", "INFO", "WARNING", "ERROR") and entry["message"]
    assert all(line.startswith("{") for line in out.stderr.splitlines()[:-1]), "every log line is JSON"
    assert out.stderr.splitlines()[-1].startswith("error (temporary, try again)")


def test_sighup_rereads_the_staff_list_without_a_restart(tmp_path, dovecot, smtp_sink):
    settings, engine = make_env(tmp_path, "poll_interval_seconds = 300", dovecot=dovecot, smtp=smtp_sink)
    new_app(engine, settings, utcnow(), assigned_to=CE, reference="MC-2025-0900")  # not the poller's next
    with Service(settings.path) as service:
        service.wait_for("IMAP IDLE on INBOX")
        newcomer = "new.coordinator@michener.example"
        cfg = write_config(tmp_path, dovecot, smtp_sink, staff_ce=[newcomer], db_url=settings.database_url)
        cfg.write_text(cfg.read_text().replace("[schedule]\n", "[schedule]\npoll_interval_seconds = 300\n"))
        service.proc.send_signal(signal.SIGHUP)
        service.wait_for("configuration reloaded")
        service.wait_for(f"is assigned to {CE}, who is no longer in [staff]")
        dovecot.append((EMAILS / "02-gmail-fillable-pdf.eml").read_bytes())
        end = time.monotonic() + 15
        while time.monotonic() < end:
            notices = [m for m in smtp_sink.messages if m.message["X-Mailbot"] == "ce_new_application"]
            if notices:
                break
            time.sleep(0.1)
        assert notices, service.tail()
        assert notices[0].rcpt_tos == [newcomer], "the new staff list is used without a restart"
        assert service.stop() == 0


def test_check_names_applications_assigned_to_a_removed_staff_address(tmp_path, dovecot, smtp_sink, capsys):
    settings, engine = make_env(tmp_path, dovecot=dovecot, smtp=smtp_sink)
    new_app(engine, settings, utcnow(), assigned_to="gone.colleague@michener.example", reference="MC-2026-0901")
    assert main(["--config", str(settings.path), "check"]) == 2
    out = capsys.readouterr().out
    assert "staff     FAIL  1 open applications are assigned" in out and "MC-2026-0901" in out
    assert "imap      ok" in out and "smtp      ok" in out


def test_an_override_is_used_and_sighup_takes_an_edited_one_only_once_it_checks(tmp_path, dovecot, smtp_sink):
    office = tmp_path / "office"
    office.mkdir()
    override = office / "acknowledgement.subject.j2"
    override.write_text("Michener CE has your form ({{ applications|length }})")
    settings, engine = make_env(tmp_path, "poll_interval_seconds = 300", dovecot=dovecot, smtp=smtp_sink)
    settings.path.write_text(settings.path.read_text() + '\n[templates]\nfolder = "office"\n')

    def acknowledgements(count: int) -> list[str]:
        end = time.monotonic() + 15
        while time.monotonic() < end:
            subjects = [str(m.message["Subject"]) for m in smtp_sink.messages
                        if m.message["X-Mailbot"] == "acknowledgement"]
            if len(subjects) >= count:
                return subjects
            time.sleep(0.1)
        raise AssertionError(service.tail())

    with Service(settings.path) as service:
        service.wait_for("IMAP IDLE on INBOX")
        dovecot.append((EMAILS / "02-gmail-fillable-pdf.eml").read_bytes())
        assert acknowledgements(1) == ["Michener CE has your form (1)"]
        override.write_text("Broken {{ reference }}")  # no such variable in an acknowledgement
        service.proc.send_signal(signal.SIGHUP)
        service.wait_for("configuration NOT reloaded")
        assert any(f"{override}, line 1 fails with a sample of the acknowledgement email ('reference' is undefined)" in line
                   for line in service.lines), service.tail(5)
        dovecot.append((EMAILS / "01-outlook-form-docx-with-signature-logo.eml").read_bytes())
        assert acknowledgements(2)[1] == "Michener CE has your form (1)", "the checked template keeps serving"
        override.write_text("Form received: {{ applications[0].reference }}")
        service.proc.send_signal(signal.SIGHUP)
        service.wait_for("configuration reloaded")
        # an English submission: a French one is answered from the French set, which this office left alone
        dovecot.append((EMAILS / "06-android-base64-bodies.eml").read_bytes())
        assert acknowledgements(3)[2].startswith("Form received: MC-")
        assert service.stop() == 0
