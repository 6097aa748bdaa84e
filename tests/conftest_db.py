"""Run the suite against PostgreSQL: `MAILBOT_TEST_DB=postgres python -m pytest -q` (loaded by conftest.py).

With the switch on, every config written by apphelpers.write_config points at a new, empty
database on the session's PostgreSQL server (the `postgres` fixture), created lazily so tests
that never write a config cost nothing. Without the switch this plugin does nothing.
"""
from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import apphelpers
import pytest


@pytest.fixture(autouse=True)
def _database_under_test(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    if os.environ.get("MAILBOT_TEST_DB", "sqlite") != "postgres":
        yield
        return
    server = request.getfixturevalue("postgres")
    monkeypatch.setattr(apphelpers, "postgres_database",
                        lambda: server.create_database(f"t_{uuid.uuid4().hex[:16]}"))
    yield


def pytest_report_header(config: pytest.Config) -> str:
    return f"database under test: {os.environ.get('MAILBOT_TEST_DB', 'sqlite')}"
