"""Real mail from public corpora (tests/data/real/mail, see its README) through the real
servers: Dovecot, the SMTP sink, the attachment sandbox and `poll_once`.

None of these messages is a concept-form submission and none was written to the office, so
mailbot must answer nobody, create nothing, crash on nothing and lose nothing; staff hear about
parked mail in at most one summary per poll. One poll per source folder, as a day's mail.
"""
from __future__ import annotations

import json
import logging
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from apphelpers import REPO, write_config
from sqlmodel import Session, select

from mailbot.config import load_settings
from mailbot.intake.poller import poll_once
from mailbot.intake.sandbox import Sandbox
from mailbot.mail.outbox import flush
from mailbot.store.db import open_database
from mailbot.store.models import Application, InboundMessage, raw_of

REAL = REPO / "tests" / "data" / "real"
FOLDERS = ("mailbot/Processed", "mailbot/Needs attention", "mailbot/Ignored")


def _sources() -> dict[str, list[Path]]:
    by_source: dict[str, list[Path]] = defaultdict(list)
    for entry in json.loads((REAL / "manifest.json").read_text()):
        if entry["kind"] == "mail":
            by_source[entry["source"]].append(REPO / entry["path"])
    return dict(sorted(by_source.items()))


def test_the_real_corpus_is_there() -> None:
    sources = _sources()
    assert sum(len(v) for v in sources.values()) >= 400, "tests/data/real/mail is the vendored real corpus"


@pytest.mark.parametrize("source", sorted(_sources()))
def test_real_mail_is_recorded_filed_and_never_answered(source: str, tmp_path: Path, dovecot: Any, smtp_sink: Any,
                                                        caplog: pytest.LogCaptureFixture) -> None:
    paths = _sources()[source]
    cfg = write_config(tmp_path, dovecot, smtp_sink)
    settings = load_settings(cfg)
    engine = open_database(settings.database_url)
    staff = set(settings.staff.all_addresses())
    for path in paths:
        dovecot.append(path.read_bytes())
    caplog.set_level(logging.ERROR)
    summaries = []
    for _ in range(2):  # the second poll proves nothing is retried or told twice
        before = len(smtp_sink.messages)
        with Sandbox() as sandbox:
            report = poll_once(engine, settings, extract=sandbox.extract)
        flush(engine, settings)
        assert report.errors == [], f"{source}: {report.errors[:3]}"
        new = smtp_sink.messages[before:]
        summaries.append(sum(1 for m in new if m.message["X-Mailbot"] == "parked_summary"))

    outside = [(m.message["X-Mailbot"], m.rcpt_tos) for m in smtp_sink.messages if set(m.rcpt_tos) - staff]
    assert outside == [], f"{source}: mail to people outside the staff: {outside[:5]}"
    assert max(summaries) <= 1, f"{source}: {summaries} staff summaries in one poll"
    assert not [r for r in caplog.records if r.exc_info], f"{source}: a traceback was logged"
    assert dovecot.messages("INBOX") == [], f"{source}: a message was left in the inbox"
    filed = sum(len(dovecot.messages(f)) for f in FOLDERS)
    assert filed == len(paths), f"{source}: {filed} of {len(paths)} messages are in mailbot's folders"
    with Session(engine) as s:
        rows = list(s.exec(select(InboundMessage)).all())
        assert s.exec(select(Application)).all() == [], f"{source}: an application was created"
    distinct = len({p.read_bytes() for p in paths})
    assert len(rows) == distinct, f"{source}: {len(rows)} records for {distinct} distinct messages"
    for row in rows:
        assert row.state == "filed", f"{source}: record {row.id} ({row.kind}) is {row.state}"
        assert raw_of(s, row.id), f"{source}: record {row.id} kept no bytes"
        assert row.kind not in ("submission", "no_form"), f"{source}: {row.subject!r} was read as {row.kind}"
        assert row.last_error == "", f"{source}: record {row.id} failed: {row.last_error}"
