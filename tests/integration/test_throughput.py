"""Throughput behaviour: a whole backlog is answered by the poll that read it, paced sends put
answers to applicants first, and a first run over an old mailbox touches nothing."""
from __future__ import annotations

import threading

from datetime import datetime, timedelta, timezone
from pathlib import Path

from apphelpers import EMAILS, write_config
from sqlmodel import Session, func, select

from mailbot.config import Settings, load_settings
from mailbot.intake.poller import poll_once
from mailbot.mail.outbox import enqueue, flush
from mailbot.mail.pacing import Pacer
from mailbot.store.db import open_database, session_scope
from mailbot.store.models import MailboxState, OutboundMail

SUBMISSIONS = ["01-outlook-form-docx-with-signature-logo.eml", "02-gmail-fillable-pdf.eml",
               "18-thunderbird-printed-pdf.eml", "20-outlook-fillable-pdf.eml"]


def _copy(raw: bytes, n: int) -> bytes:
    """The same email under a new Message-ID from another applicant (a different message to the
    mailbox and the database, and not the same form re-sent by the same person)."""
    head, sep, body = raw.partition(b"\r\n\r\n") if b"\r\n\r\n" in raw else raw.partition(b"\n\n")
    lines = [line for line in head.splitlines()
             if not line.lower().startswith((b"message-id:", b"from:", b"reply-to:", b"sender:"))]
    return b"\r\n".join([*lines, f"Message-ID: <copy-{n}@throughput.test>".encode(),
                          f"From: Applicant {n} <applicant{n}@example.org>".encode()]) + sep + body


def _no_caps(settings: Settings) -> Settings:
    return settings.model_copy(update={"outbox": settings.outbox.model_copy(
        update={"per_correspondent_daily_cap": 0, "per_thread_daily_cap": 0})})


def test_one_flush_sends_everything_queued_however_many(tmp_path: Path, dovecot, smtp_sink) -> None:  # type: ignore[no-untyped-def]
    settings = load_settings(write_config(tmp_path, dovecot, smtp_sink))
    engine = open_database(settings.database_url)
    now = datetime.now(timezone.utc)
    with session_scope(engine) as session:
        for i in range(260):  # more than any fixed per-flush limit of a few hundred
            enqueue(session, settings, "parked_summary", [f"person{i}@example.org"],
                    {"messages": [{"id": i, "sender": "x@example.org", "subject": "s", "reason": "r",
                                   "kind": "poison"}], "folder": "f"}, dedupe_key=f"t:{i}", now=now)
    counts = flush(engine, settings, now=now)
    assert counts["sent"] == 260 and len(smtp_sink.messages) == 260
    with Session(engine) as session:
        assert session.exec(select(func.count()).select_from(OutboundMail)
                            .where(OutboundMail.status != "sent")).one() == 0


def test_paced_sends_put_every_acknowledgement_before_any_staff_notice(tmp_path: Path, dovecot, smtp_sink) -> None:  # type: ignore[no-untyped-def]
    settings = _no_caps(load_settings(write_config(tmp_path, dovecot, smtp_sink)))
    settings = settings.model_copy(update={"smtp": settings.smtp.model_copy(update={"max_per_minute": 3})})
    engine = open_database(settings.database_url)
    for n, name in enumerate(SUBMISSIONS * 2):
        dovecot.append(_copy((EMAILS / name).read_bytes(), n))
    report = poll_once(engine, settings)
    assert report.outcomes.get("submission") == len(SUBMISSIONS) * 2

    clock = {"now": 0.0}
    sent_at: list[float] = []

    def sleep(seconds: float) -> None:
        clock["now"] += seconds

    pacer = Pacer(settings.smtp.max_per_minute, clock=lambda: clock["now"], sleep=sleep)
    real_wait = pacer.wait

    def wait() -> float:
        waited = real_wait()
        sent_at.append(clock["now"])
        return waited

    pacer.wait = wait  # type: ignore[method-assign]
    counts = flush(engine, settings, pacer=pacer)
    kinds = [m.message["X-Mailbot"] for m in smtp_sink.messages]
    assert counts["sent"] == len(kinds) > len(SUBMISSIONS) * 2
    acks = [i for i, k in enumerate(kinds) if k == "acknowledgement"]
    staff = [i for i, k in enumerate(kinds) if k != "acknowledgement"]
    assert len(acks) == len(SUBMISSIONS) * 2 and staff, kinds
    assert max(acks) < min(staff), f"a staff notice went out before an acknowledgement: {kinds}"
    for start in sent_at:
        assert len([t for t in sent_at if start <= t < start + 60]) <= 3
    assert sent_at[-1] >= 60.0 * ((len(sent_at) - 1) // 3), "the rate was respected, so the sends took minutes"


def test_a_first_run_over_an_old_mailbox_records_the_high_water_mark_and_touches_nothing(
        tmp_path: Path, dovecot, smtp_sink) -> None:  # type: ignore[no-untyped-def]
    settings = load_settings(write_config(tmp_path, dovecot, smtp_sink, cutoff="first-run"))
    engine = open_database(settings.database_url)
    raw = (EMAILS / "02-gmail-fillable-pdf.eml").read_bytes()
    with dovecot.client() as c:
        for n in range(120):
            c.append("INBOX", _copy(raw, n))
    before = dovecot.uids()
    report = poll_once(engine, settings)
    assert report.fetched == 0 and report.backlog_skipped == 120
    assert dovecot.uids() == before and smtp_sink.messages == []
    with Session(engine) as session:
        state = session.get(MailboxState, settings.imap.inbox)
        assert state is not None and state.last_uid == max(before)
    dovecot.append(_copy(raw, 999))
    assert poll_once(engine, settings).outcomes == {"submission": 1}


def test_a_date_cut_off_reads_only_mail_from_that_moment_on(tmp_path: Path, dovecot, smtp_sink) -> None:  # type: ignore[no-untyped-def]
    cutoff = datetime(2026, 3, 10, 12, 0, tzinfo=timezone.utc)
    settings = load_settings(write_config(tmp_path, dovecot, smtp_sink, cutoff=cutoff.isoformat()))
    engine = open_database(settings.database_url)
    raw = (EMAILS / "02-gmail-fillable-pdf.eml").read_bytes()
    dates = [cutoff - timedelta(days=40), cutoff - timedelta(hours=1), cutoff + timedelta(hours=1),
             cutoff + timedelta(days=3)]
    uids = [dovecot.append(_copy(raw, n), internaldate=when) for n, when in enumerate(dates)]
    report = poll_once(engine, settings, now=cutoff + timedelta(days=5))
    assert report.backlog_skipped == 2, "the old one and the one an hour before the cut-off on the same day"
    assert report.outcomes == {"submission": 2}
    assert dovecot.uids() == uids[:2], "old mail stays in the inbox"


def test_a_database_already_at_this_schema_is_opened_without_loading_alembic(tmp_path: Path) -> None:
    """The service keeps every module it imports for its whole life: a start with nothing to migrate
    must not load Alembic (with Mako and Pygments) for a no-op. A new database is still migrated."""
    import subprocess
    import sys

    from apphelpers import REPO

    url = f"sqlite:///{tmp_path / 'mailbot.db'}"
    code = ("import sys\nfrom mailbot.store.db import open_database\nfrom sqlalchemy import inspect\n"
            f"engine = open_database({url!r})\n"
            "print('alembic' in sys.modules, 'application' in inspect(engine).get_table_names())\n")
    runs = [subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120)
            for _ in range(2)]
    assert [r.stdout.split() for r in runs] == [["True", "True"], ["False", "True"]], [r.stderr for r in runs]


def test_a_backlog_cycle_sends_each_filed_batch_while_reading_on_and_sends_nothing_twice(
        tmp_path: Path, dovecot, smtp_sink, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from mailbot.intake import poller
    from mailbot.ops.cycle import poll_cycle

    from mailbot.ops import cycle

    monkeypatch.setattr(poller, "BATCH_MESSAGES", 2)
    sent_before_batch: list[int] = []
    sends: list[tuple[str, int, bool]] = []  # (thread, emails sent by the call, whether the poll was still reading)
    real_prepare, real_send, real_poll = poller._prepare_batch, cycle.send, cycle.poll_once
    polling = [False]

    def prepare(*a, **kw):  # type: ignore[no-untyped-def]
        sent_before_batch.append(len(smtp_sink.messages))
        return real_prepare(*a, **kw)

    def send(*a, **kw):  # type: ignore[no-untyped-def]
        reading = polling[0]
        result = real_send(*a, **kw)
        sends.append((threading.current_thread().name, result.counts["sent"], reading))
        return result

    def poll(*a, **kw):  # type: ignore[no-untyped-def]
        polling[0] = True
        try:
            return real_poll(*a, **kw)
        finally:
            polling[0] = False

    monkeypatch.setattr(poller, "_prepare_batch", prepare)
    monkeypatch.setattr(cycle, "send", send)
    monkeypatch.setattr(cycle, "poll_once", poll)
    settings = _no_caps(load_settings(write_config(tmp_path, dovecot, smtp_sink)))
    engine = open_database(settings.database_url)
    for n, name in enumerate(SUBMISSIONS[:3] * 2):
        dovecot.append(_copy((EMAILS / name).read_bytes(), n))
    result = poll_cycle(engine, settings)
    assert result.healthy and result.report is not None and result.report.outcomes == {"submission": 6}
    # Nothing left before batch 1 was filed (once batch 2 was recorded); then the filed batches'
    # mail went out on the sender's thread, started while the poll was still reading.
    assert sent_before_batch[:2] == [0, 0], sent_before_batch
    assert sends[0][0] == "mailbot-send" and sends[0][1] > 0 and sends[0][2], sends
    acks = [m.rcpt_tos[0] for m in smtp_sink.messages if m.message["X-Mailbot"] == "acknowledgement"]
    assert sorted(acks) == [f"applicant{n}@example.org" for n in range(6)], "each applicant answered once"
    assert result.sent.counts["sent"] == len(smtp_sink.messages)
    with Session(engine) as session:
        assert session.exec(select(func.count()).select_from(OutboundMail)
                            .where(OutboundMail.status != "sent")).one() == 0


def test_the_next_batch_is_handed_to_the_parse_workers_before_this_one_is_decided(
        tmp_path: Path, dovecot, smtp_sink, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # The workers are the slowest step of a backlog: they must never wait while this thread
    # decides a batch and fetches the next. Recording still follows the earlier batch's decisions.
    from mailbot.intake import poller
    from mailbot.intake.readahead import ReadAhead

    monkeypatch.setattr(poller, "BATCH_MESSAGES", 2)
    steps: list[tuple[str, tuple[str, ...]]] = []
    real_ahead, real_decide, real_record = ReadAhead.ahead, poller._decide_batch, poller._record_all

    def ahead(self, mails):  # type: ignore[no-untyped-def]
        mails = list(mails)
        steps.append(("read", tuple(sorted(m.message_id for m in mails if id(m) not in self._reads))))
        return real_ahead(self, mails)

    def decide(engine, settings, batch, *a, **kw):  # type: ignore[no-untyped-def]
        steps.append(("decide", tuple(sorted(i.mail.message_id for i in batch.items))))
        return real_decide(engine, settings, batch, *a, **kw)

    def record(engine, items, *a, **kw):  # type: ignore[no-untyped-def]
        steps.append(("record", tuple(sorted(i.mail.message_id for i in items))))
        return real_record(engine, items, *a, **kw)

    monkeypatch.setattr(ReadAhead, "ahead", ahead)
    monkeypatch.setattr(poller, "_decide_batch", decide)
    monkeypatch.setattr(poller, "_record_all", record)
    settings = _no_caps(load_settings(write_config(tmp_path, dovecot, smtp_sink)))
    engine = open_database(settings.database_url)
    for n, name in enumerate(SUBMISSIONS[:3] * 2):
        dovecot.append(_copy((EMAILS / name).read_bytes(), n))
    report = poll_once(engine, settings)
    assert report.outcomes == {"submission": 6}
    batch = [tuple(f"<copy-{n}@throughput.test>" for n in pair) for pair in ((0, 1), (2, 3), (4, 5))]
    done = [step for step in steps if step != ("read", ())]  # a recorded message already being read
    assert done == [("read", batch[0]), ("record", batch[0]), ("read", batch[1]), ("decide", batch[0]),
                    ("record", batch[1]), ("read", batch[2]), ("decide", batch[1]),
                    ("record", batch[2]), ("decide", batch[2])], done


def test_with_pacing_a_backlog_cycle_sends_only_after_the_poll(tmp_path: Path, dovecot, smtp_sink,
                                                                monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from mailbot.intake import poller
    from mailbot.ops import cycle

    monkeypatch.setattr(poller, "BATCH_MESSAGES", 1)
    settings = _no_caps(load_settings(write_config(tmp_path, dovecot, smtp_sink)))
    settings = settings.model_copy(update={"smtp": settings.smtp.model_copy(update={"max_per_minute": 600})})
    engine = open_database(settings.database_url)
    for n, name in enumerate(SUBMISSIONS[:3]):
        dovecot.append(_copy((EMAILS / name).read_bytes(), n))
    sends: list[int] = []
    real_send = cycle.send

    def send(*a, **kw):  # type: ignore[no-untyped-def]
        sends.append(len(smtp_sink.messages))
        return real_send(*a, **kw)

    monkeypatch.setattr(cycle, "send", send)
    result = cycle.poll_cycle(engine, settings)
    assert result.healthy and sends == [0], "one flush, after the whole poll: acknowledgements first"
    kinds = [m.message["X-Mailbot"] for m in smtp_sink.messages]
    assert kinds[:3] == ["acknowledgement"] * 3, kinds
