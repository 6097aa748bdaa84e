"""Shared fixtures.

Server fixtures start real loopback servers (tests/mailservers.py); a server that cannot start
fails the test with one sentence saying what to do (never a skip). App fixtures go below them.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TypeVar

import pytest

from mailservers import DovecotServer, MailServerError, PostgresServer, SmtpSink

T = TypeVar("T")

# MAILBOT_TEST_DB=postgres runs every test against a fresh PostgreSQL database (see conftest_db).
pytest_plugins = ["conftest_db"]


def pytest_configure(config: pytest.Config) -> None:
    # The SMTP sink requires AUTH without TLS on purpose (plain loopback tests).
    config.addinivalue_line(
        "filterwarnings", "ignore:Requiring AUTH while not requiring TLS:UserWarning"
    )


def _started(start: Callable[[], T]) -> T:
    try:
        return start()
    except MailServerError as exc:
        pytest.fail(str(exc), pytrace=False)


# --- server fixtures ------------------------------------------------------------------------


@pytest.fixture
def dovecot() -> Iterator[DovecotServer]:
    """A fresh Dovecot with an empty mailbox for `dovecot.user` (~50 ms to start)."""
    server = DovecotServer()
    _started(server.start)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def smtp_sink() -> Iterator[SmtpSink]:
    """A fresh SMTP sink on loopback, no AUTH, no TLS; see SmtpSink for fault injection."""
    sink = SmtpSink()
    _started(sink.start)
    try:
        yield sink
    finally:
        sink.close()


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """One PostgreSQL cluster for the whole run (~1.5 s to start); use create_database per test."""
    server = PostgresServer()
    _started(server.start)
    try:
        yield server
    finally:
        server.stop()


# --- app fixtures ---------------------------------------------------------------------------
