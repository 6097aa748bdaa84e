"""Two mailbots on one database: only one polls at a time; the other says so and exits 0."""
from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from apphelpers import EMAILS, write_config

from mailbot.store.locks import SKIPPED_MESSAGE, InstanceLock, advisory_key, sqlite_lock_path

HOLDER = """
import sys, time
from mailbot.store.locks import InstanceLock
lock = InstanceLock(sys.argv[1])
print("held" if lock.acquire() else "busy", flush=True)
sys.stdin.read()  # hold until the test closes our stdin (or kills us)
"""


def _holder(url: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, url], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            text=True, env=dict(os.environ))
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "held"
    return proc


def _poll(cfg: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mailbot", "--config", str(cfg), "poll", "--once"],
                          capture_output=True, text=True, timeout=120, env=dict(os.environ))


def _urls(tmp_path: Path, postgres_server=None) -> str:  # type: ignore[no-untyped-def]
    if postgres_server is None:
        return "sqlite:///" + str(tmp_path / "mailbot.db")
    return postgres_server.create_database(f"locks_{uuid.uuid4().hex[:10]}")


def test_the_sqlite_lock_file_sits_next_to_the_database(tmp_path: Path) -> None:
    assert sqlite_lock_path("sqlite:///" + str(tmp_path / "m.db")) == tmp_path / "m.db.lock"
    assert sqlite_lock_path("sqlite://") is None


def test_advisory_keys_are_stable_signed_64_bit() -> None:
    k = advisory_key("poll")
    assert k == advisory_key("poll") and -(2**63) <= k < 2**63 and k != advisory_key("digest")


@pytest.mark.parametrize("db", ["sqlite", "postgres"])
def test_only_one_process_holds_the_lock_and_a_kill_releases_it(db: str, tmp_path: Path, request) -> None:  # type: ignore[no-untyped-def]
    url = _urls(tmp_path, request.getfixturevalue("postgres") if db == "postgres" else None)
    holder = _holder(url)
    try:
        mine = InstanceLock(url)
        assert mine.acquire() is False, "a second instance must not get the lock"
        holder.kill()
        holder.wait()
        deadline = time.monotonic() + 5
        while not mine.acquire():  # PostgreSQL notices the dead session within moments
            assert time.monotonic() < deadline, "a killed holder must not leave a stale lock"
            time.sleep(0.05)
        mine.release()
        assert InstanceLock(url).acquire()
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()


@pytest.mark.parametrize("db", ["sqlite", "postgres"])
def test_poll_skips_with_a_clear_message_while_another_instance_polls(db: str, tmp_path: Path, dovecot, smtp_sink,
                                                                       request) -> None:  # type: ignore[no-untyped-def]
    url = _urls(tmp_path, request.getfixturevalue("postgres") if db == "postgres" else None)
    cfg = write_config(tmp_path, dovecot, smtp_sink, db_url=url)
    dovecot.append((EMAILS / "02-gmail-fillable-pdf.eml").read_bytes())
    holder = _holder(url)
    try:
        skipped = _poll(cfg)
        assert skipped.returncode == 0, skipped.stderr
        assert SKIPPED_MESSAGE in skipped.stdout
        assert len(dovecot.messages("INBOX")) == 1 and smtp_sink.messages == [], "the skipped run touched nothing"
    finally:
        holder.stdin.close()  # type: ignore[union-attr]
        holder.wait(timeout=10)
    done = _poll(cfg)
    assert done.returncode == 0 and SKIPPED_MESSAGE not in done.stdout, done.stderr
    assert dovecot.messages("INBOX") == []
    assert [m.message["X-Mailbot"] for m in smtp_sink.messages].count("acknowledgement") == 1


def test_two_polls_started_together_send_one_acknowledgement(tmp_path: Path, dovecot, smtp_sink) -> None:  # type: ignore[no-untyped-def]
    cfg = write_config(tmp_path, dovecot, smtp_sink)
    for name in ("01-outlook-form-docx-with-signature-logo.eml", "02-gmail-fillable-pdf.eml"):
        dovecot.append((EMAILS / name).read_bytes())
    cmd = [sys.executable, "-m", "mailbot", "--config", str(cfg), "poll", "--once"]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), outs
    acks = [m for m in smtp_sink.messages if m.message["X-Mailbot"] == "acknowledgement"]
    assert len(acks) == 2 and len({a.rcpt_tos[0] for a in acks}) == 2
    assert dovecot.messages("INBOX") == []
