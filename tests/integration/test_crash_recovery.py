"""Kill the process at each step of handling a message: after a restart nothing is lost and no
acknowledgement goes out twice. The kill is os._exit (no cleanup, like SIGKILL), injected with
MAILBOT_CRASH_AT=<step>."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from apphelpers import EMAILS, expected, write_config

SUBMISSIONS = ["01-outlook-form-docx-with-signature-logo.eml", "02-gmail-fillable-pdf.eml"]
STEPS = ["recorded", "before_commit", "handled", "before_move", "moved", "before_data", "after_data"]


def _run(cfg: Path, crash_at: str | None = None, now: str | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.pop("MAILBOT_CRASH_AT", None)
    if crash_at:
        env["MAILBOT_CRASH_AT"] = crash_at
    cmd = [sys.executable, "-m", "mailbot", "--config", str(cfg), "poll", "--once"]
    if now:
        cmd += ["--now", now]
    return subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("step", STEPS)
def test_a_crash_at_any_step_loses_nothing_and_sends_nothing_twice(step, tmp_path, dovecot, smtp_sink):
    cfg = write_config(tmp_path, dovecot, smtp_sink)
    for name in SUBMISSIONS:
        dovecot.append((EMAILS / name).read_bytes())
    crashed = _run(cfg, crash_at=step)
    assert crashed.returncode == 77, f"the crash hook did not fire at {step}: {crashed.stderr[-2000:]}"
    # Restart twice, the second time well after any stale claim has expired.
    assert _run(cfg).returncode == 0
    later = (datetime.now(timezone.utc) + timedelta(hours=1)).isoformat()
    assert _run(cfg, now=later).returncode == 0

    assert dovecot.messages("INBOX") == [], "every message is filed"
    assert len(dovecot.messages("mailbot/Processed")) == len(SUBMISSIONS)
    status = subprocess.run([sys.executable, "-m", "mailbot", "--config", str(cfg), "status", "--json"],
                            capture_output=True, text=True, check=True)
    apps = json.loads(status.stdout)
    assert sorted(a["applicant_email"] for a in apps) == sorted(expected(EMAILS / n)["sender"] for n in SUBMISSIONS)

    acks: dict[str, int] = {}
    for m in smtp_sink.messages:
        if m.message["X-Mailbot"] == "acknowledgement":
            acks[m.rcpt_tos[0]] = acks.get(m.rcpt_tos[0], 0) + 1
    assert all(n == 1 for n in acks.values()), f"an acknowledgement went out twice: {acks}"
    if step == "before_data":
        # Killed between claiming the row and DATA: the one email of unknown fate is held for a
        # person (status 'uncertain'), never sent twice; every other acknowledgement went out.
        assert len(acks) == len(SUBMISSIONS) - 1
        from sqlmodel import Session, select

        from mailbot.config import load_settings
        from mailbot.store.engine import make_engine
        from mailbot.store.models import OutboundMail

        with Session(make_engine(load_settings(cfg).database_url)) as s:
            uncertain = s.exec(select(OutboundMail).where(OutboundMail.status == "uncertain")).all()
            assert len(uncertain) == 1
        # A person sees it and, having checked it did not arrive, sends it again: once.
        listed = subprocess.run([sys.executable, "-m", "mailbot", "--config", str(cfg), "outbox"],
                                capture_output=True, text=True, check=True).stdout
        assert "uncertain" in listed
        retried = subprocess.run([sys.executable, "-m", "mailbot", "--config", str(cfg), "outbox", "--retry",
                                  str(uncertain[0].id)], capture_output=True, text=True)
        assert retried.returncode == 0, retried.stdout + retried.stderr
        acks = {}
        for m in smtp_sink.messages:
            if m.message["X-Mailbot"] == "acknowledgement":
                acks[m.rcpt_tos[0]] = acks.get(m.rcpt_tos[0], 0) + 1
        assert len(acks) == len(SUBMISSIONS) and set(acks.values()) == {1}
    else:
        assert len(acks) == len(SUBMISSIONS), f"an acknowledgement was lost: {acks}"
