"""Helpers for tests that run mailbot against the real loopback servers."""
from __future__ import annotations

import email
import email.policy
import json
import os
from email.message import EmailMessage
from pathlib import Path
from collections.abc import Callable
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO / "tests" / "data" / "shared"  # the repository's copy (tools/refresh_test_data.py)
CORPUS = SHARED / "corpus"
EMAILS = CORPUS / "emails"
HOSTILE = SHARED / "hostile"

MAILBOX = "ce@michener.example"
CE = "ce.lead@michener.example"
SMT = "smt.secretary@michener.example"
BOARD = "board.secretary@michener.example"
MANAGER = "ce.manager@michener.example"


# MAILBOT_TEST_DB=postgres runs the suite against PostgreSQL: the conftest_db plugin
# (`python -m pytest -p conftest_db`, see .ci/run) sets this to a function that creates a fresh
# database on the session's PostgreSQL server and returns its URL.
postgres_database: Callable[[], str] | None = None


def database_url(folder: Path) -> str:
    """The database a test's config points at: SQLite in `folder`, or a new PostgreSQL database."""
    if os.environ.get("MAILBOT_TEST_DB", "sqlite") == "postgres":
        if postgres_database is None:
            raise RuntimeError("MAILBOT_TEST_DB=postgres needs the conftest_db plugin: run "
                               "PYTHONPATH=tests python -m pytest -p conftest_db (as .ci/run does).")
        return postgres_database()
    return "sqlite:///" + str(folder / "mailbot.db")


def write_config(folder: Path, dovecot: Any, smtp: Any, *, db_url: str | None = None, extra: str = "",
                 cutoff: str = "none", staff_ce: list[str] | None = None, sender_check: str = "none") -> Path:
    """A complete config file pointing at the test servers; returns its path. `extra` lands in
    [outbox]; the sender check is "none" unless a test is about it."""
    ce = json.dumps(staff_ce or [CE])
    text = f"""
[mailbox]
address = "{MAILBOX}"

[imap]
host = "127.0.0.1"
port = {dovecot.port}
security = "none"
username = "{dovecot.user}"
password_env = "MAILBOT_TEST_IMAP_PASSWORD"
timeout_seconds = 10

[smtp]
host = "127.0.0.1"
port = {smtp.port}
security = "none"
timeout_seconds = 10

[database]
url = "{db_url or database_url(folder)}"

[staff]
ce = {ce}
smt = ["{SMT}"]
board = ["{BOARD}"]
managers = ["{MANAGER}"]

[schedule]
timezone = "America/Toronto"

[intake]
backlog_cutoff = "{cutoff}"

[security]
sender_check = "{sender_check}"

[outbox]
backoff_seconds = 0
{extra}
"""
    os.environ["MAILBOT_TEST_IMAP_PASSWORD"] = dovecot.password
    path = folder / "mailbot.toml"
    path.write_text(text)
    return path


def corpus_emails() -> list[Path]:
    return sorted(EMAILS.glob("*.eml"))


def expected(path: Path) -> dict[str, Any]:
    return json.loads(Path(str(path) + ".expected.json").read_text())


def parse(raw: bytes) -> EmailMessage:
    return email.message_from_bytes(raw, policy=email.policy.default)  # type: ignore[return-value]


def body_text(msg: EmailMessage) -> str:
    part = msg.get_body(preferencelist=("plain",))
    return part.get_content().replace("\r\n", "\n") if part is not None else ""
