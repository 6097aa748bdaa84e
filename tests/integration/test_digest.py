"""The weekly digest: the right numbers for a seeded database, a preview that sends nothing, and
each week's digest sent exactly once, also across a crash in the middle of sending."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from apphelpers import CE, MANAGER, REPO, body_text
from clockhelpers import local, mails, make_env, move, new_app
from sqlmodel import Session, select

from mailbot.ops.cli import main
from mailbot.store.db import session_scope
from mailbot.clock.digest import collect
from mailbot.store.models import DigestRun, InboundMessage, InboundRaw, MailboxState, OutboundMail

DIGEST_AT = local(2026, 12, 7, 8, 0)  # Monday 08:00, the default digest slot


def seed(engine, settings) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """A small office: one overdue, one past target, one due soon, one new, one waiting, two decided."""
    ids = {
        "A": new_app(engine, settings, local(2026, 11, 2, 10), title="Point-of-care ultrasound basics",
                     requirements_unmet=["R2"], applicant_name="Priya Raman"),
        "B": new_app(engine, settings, local(2026, 11, 20, 10), title="Leadership for charge therapists",
                     applicant_name="Marc Tremblay"),
        "C": new_app(engine, settings, local(2026, 11, 27, 10), title="Sterile processing refresher",
                     applicant_name="Grace Osei"),
        "D": new_app(engine, settings, local(2026, 12, 2, 10), title="Genetic counselling for nurses",
                     requirements_unmet=["R1"], applicant_name="Lina Haddad"),
        "E": new_app(engine, settings, local(2026, 11, 10, 10), title="Anaesthesia assistant bridging",
                     requirements_unmet=["R1", "R3"], applicant_name="Tom Becker"),
        "X": new_app(engine, settings, local(2026, 11, 2, 10), title="Advanced wound care",
                     applicant_name="Dana Lee"),
        "Y": new_app(engine, settings, local(2026, 11, 20, 10), title="Phlebotomy for pharmacists",
                     requirements_unmet=["R4"], applicant_name="Sam Ng"),
    }
    move(engine, settings, ids["E"], "awaiting_applicant", local(2026, 11, 12, 10), actor=CE, keyword="MORE INFO")
    move(engine, settings, ids["X"], "awaiting_applicant", local(2026, 11, 5, 10), actor=CE, keyword="MORE INFO")
    move(engine, settings, ids["X"], "ce_assessment", local(2026, 11, 9, 10), actor="dana@example.org",
         keyword="REVISED", kind="stage_change")
    move(engine, settings, ids["X"], "smt_concept_review", local(2026, 12, 1, 10), actor=CE, keyword="SUPPORTED")
    move(engine, settings, ids["Y"], "declined", local(2026, 12, 3, 10), actor=CE, keyword="NOT SUPPORTED")
    with session_scope(engine) as s:
        s.add(MailboxState(folder="INBOX", last_success_at=local(2026, 12, 7, 7, 55)))
        for i in range(2):  # parked: mailbot could not process them
            s.add(InboundMessage(content_hash=f"h{i}", target_folder="attention", state="filed",
                                 parked_at=local(2026, 12, 5, 9)))
        # Left for staff this week (a question), named by its sender in the digest.
        q = InboundMessage(content_hash="q", target_folder="attention", state="filed", from_addr="lee@example.org",
                           received_at=local(2026, 12, 4, 9))
        s.add(q)
        s.flush()
        s.add(InboundRaw(inbound_id=q.id, raw=b"From: Lee Tran <lee@example.org>\r\n\r\nhi"))
        s.add(InboundMessage(content_hash="ok", target_folder="processed", state="filed"))
        s.add(OutboundMail(dedupe_key="f1", message_id="<f1@x>", status="failed"))
    return ids


def test_the_digest_shows_the_right_numbers_for_a_seeded_database(tmp_path):
    settings, engine = make_env(tmp_path)
    seed(engine, settings)
    with Session(engine) as s:
        d = collect(s, settings, DIGEST_AT)
    assert d.week == "2026-W50" and d.open_total == 6
    funnel = {f["stage"]: f["count"] for f in d.funnel}
    assert funnel["ce_assessment"] == 4 and funnel["awaiting_applicant"] == 1 and funnel["smt_concept_review"] == 1
    assert sum(funnel.values()) == 6 and {c["stage"]: c["count"] for c in d.closed}["declined"] == 1
    assert [l.title for l in d.new] == ["Genetic counselling for nurses"]
    assert [(e["keyword"], e["to"]) for e in d.decisions] == [("SUPPORTED", "SMT concept review"),
                                                             ("NOT SUPPORTED", "Declined")]
    assert [(l.title, l.days) for l in d.overdue] == [("Point-of-care ultrasound basics", 7)]
    assert [(l.title, l.note) for l in d.due_soon] == [("Leadership for charge therapists", "target passed"),
                                                       ("Sterile processing refresher", "target")]
    assert [(l.title, l.days) for l in d.waiting] == [("Anaesthesia assistant bridging", 25)]
    assert {g["code"]: g["count"] for g in d.gaps} == {"R1": 2, "R2": 1, "R3": 1, "R4": 0}
    # X: 2 Nov -> 1 Dec is 29 days, minus 4 waiting for the applicant = 25; Y: 20 Nov -> 3 Dec = 13.
    assert d.median_assessment_days == 19.0 and d.assessments_counted == 2
    assert d.parked == 2 and d.attention == 1 and d.attention_senders == ["Lee Tran <lee@example.org>"]
    assert d.failed_mail == 1 and d.uncertain_mail == 0 and not d.mailbox_stale
    assert not d.healthy


def test_the_preview_writes_html_and_sends_and_records_nothing(tmp_path, capsys):
    settings, engine = make_env(tmp_path)
    seed(engine, settings)
    out = tmp_path / "digest.html"
    assert main(["--config", str(settings.path), "digest", "--preview", str(out), "--now", "2026-12-07T08:00"]) == 0
    html = out.read_text()
    assert "Point-of-care ultrasound basics" in html and "7 days late" in html and "19.0 days" in html
    assert "mailbot needs a person:</strong> 2 messages parked for a person; 1 email could not be sent." in html
    assert "nothing was sent" in capsys.readouterr().out
    assert mails(engine, "digest") == []
    with Session(engine) as s:
        assert s.exec(select(DigestRun)).all() == []


def _digests(sink):  # type: ignore[no-untyped-def]
    return [m for m in sink.messages if m.message["X-Mailbot"] == "digest"]


def _tick(cfg: Path, now: str, crash: str | None = None) -> int:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    env.pop("MAILBOT_CRASH_AT", None)
    if crash:
        env["MAILBOT_CRASH_AT"] = crash
    return subprocess.run([sys.executable, "-m", "mailbot", "--config", str(cfg), "tick", "--now", now],
                          cwd=REPO, env=env, capture_output=True, timeout=60, check=False).returncode


def test_each_week_goes_out_once_at_its_time(tmp_path, smtp_sink):
    settings, engine = make_env(tmp_path, smtp=smtp_sink)
    seed(engine, settings)
    cfg = str(settings.path)
    assert main(["--config", cfg, "tick", "--now", "2026-12-07T07:59"]) == 0  # also sends due reminders
    assert _digests(smtp_sink) == []
    for when in ("2026-12-07T08:00", "2026-12-07T08:10", "2026-12-09T12:00"):
        assert main(["--config", cfg, "tick", "--now", when]) == 0
    (msg,) = _digests(smtp_sink)
    assert msg.rcpt_tos == [MANAGER]
    assert msg.message["Subject"] == "Weekly digest 2026-W50: 6 open, 1 new, 2 decided, 1 overdue (mailbot needs attention)"
    assert "OVERDUE" in body_text(msg.message) and msg.message.get_body(preferencelist=("html",)) is not None
    assert main(["--config", cfg, "digest", "--send", "--now", "2026-12-10T09:00"]) == 0  # same week: no
    assert main(["--config", cfg, "tick", "--now", "2026-12-14T08:00"]) == 0  # next week: yes
    assert len(_digests(smtp_sink)) == 2
    # The service was down over the next Monday and Tuesday: on Wednesday that week's is skipped.
    assert main(["--config", cfg, "tick", "--now", "2026-12-23T12:00"]) == 0
    assert len(_digests(smtp_sink)) == 2
    with Session(engine) as s:
        runs = s.exec(select(DigestRun).order_by(DigestRun.week)).all()  # type: ignore[arg-type]
        assert [(r.week, r.status) for r in runs] == [("2026-W50", "sent"), ("2026-W51", "sent")]


@pytest.mark.parametrize("crash_at", ["digest_recorded", "digest_queued", "before_data", "after_data"])
def test_a_restart_in_the_middle_of_sending_the_digest_sends_it_at_most_once(tmp_path, smtp_sink, crash_at):
    settings, engine = make_env(tmp_path, smtp=smtp_sink)
    seed(engine, settings)
    assert _tick(settings.path, "2026-12-07T07:59") == 0  # the reminders due by then go first
    smtp_sink.clear()
    assert _tick(settings.path, "2026-12-07T08:00", crash=crash_at) == 77  # killed at that step
    # The restart (a quarter of an hour later, after the outbox's stale-claim limit).
    assert _tick(settings.path, "2026-12-07T08:15") == 0
    assert _tick(settings.path, "2026-12-07T09:00") == 0
    digests = _digests(smtp_sink)
    with Session(engine) as s:
        (run,) = s.exec(select(DigestRun)).all()
        (row,) = s.exec(select(OutboundMail).where(OutboundMail.template == "digest")).all()
    if crash_at == "before_data":
        # Claimed, then killed before DATA: whether it left is unknowable, so it is never resent and
        # is counted as uncertain in the health line. In fact it did not arrive.
        assert digests == [] and row.status == "uncertain" and run.status == "uncertain"
    else:
        assert len(digests) == 1, f"crash at {crash_at}: {len(digests)} digests"
        assert row.status == ("uncertain" if crash_at == "after_data" else "sent")
