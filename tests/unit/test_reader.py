"""The Reader's SQL rewriting for every DBAPI parameter style, its value conversions, and the
column kinds the read-only views convert, checked against the models."""
from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import JSON, Boolean, DateTime
from sqlmodel.sql.sqltypes import UTCDateTime

from mailbot.ops import status
from mailbot.store.models import Application
from mailbot.store.reader import Reader, data, shown_url, when


def _sql(style: str, sql: str, *, text_times: bool = False, **params: object) -> tuple[str, object]:
    return Reader(None, style, sqlite3.Error, text_times=text_times)._bind(sql, params)


@pytest.mark.parametrize("style, sql, args", [
    ("named", "SELECT a FROM t WHERE b = :b AND c IN (:c_0, :c_1) AND d = '100%'", {"b": 1, "c_0": "x", "c_1": "y"}),
    ("pyformat", "SELECT a FROM t WHERE b = %(b)s AND c IN (%(c_0)s, %(c_1)s) AND d = '100%%'",
     {"b": 1, "c_0": "x", "c_1": "y"}),
    ("qmark", "SELECT a FROM t WHERE b = ? AND c IN (?, ?) AND d = '100%'", [1, "x", "y"]),
    ("format", "SELECT a FROM t WHERE b = %s AND c IN (%s, %s) AND d = '100%%'", [1, "x", "y"]),
    ("numeric", "SELECT a FROM t WHERE b = :1 AND c IN (:2, :3) AND d = '100%'", [1, "x", "y"]),
])
def test_one_sql_text_is_written_in_every_parameter_style(style: str, sql: str, args: object) -> None:
    assert _sql(style, "SELECT a FROM t WHERE b = :b AND c IN :c AND d = '100%'", b=1, c=("x", "y")) == (sql, args)


def test_an_empty_in_list_matches_nothing_and_a_cast_is_not_a_parameter() -> None:
    assert _sql("named", "SELECT a::text FROM t WHERE k IN :k", k=[]) == (
        "SELECT a::text FROM t WHERE k IN (:k_0)", {"k_0": None})


def test_a_time_parameter_is_bound_as_the_database_stores_it() -> None:
    toronto = datetime(2026, 12, 1, 10, 0, tzinfo=timezone(timedelta(hours=-5)))
    assert _sql("named", "SELECT 1 WHERE at >= :at", text_times=True, at=toronto)[1] == {
        "at": "2026-12-01 15:00:00.000000"}, "SQLite compares text: always microseconds, always UTC"
    assert _sql("pyformat", "SELECT 1 WHERE at >= :at", at=toronto)[1] == {"at": toronto.astimezone(UTC)}


def test_values_come_back_as_the_models_return_them() -> None:
    assert when("2026-06-29 18:08:30.687698") == datetime(2026, 6, 29, 18, 8, 30, 687698, tzinfo=UTC)
    assert when("2026-06-29 18:08:30+02:00") == datetime(2026, 6, 29, 16, 8, 30, tzinfo=UTC)
    assert when(datetime(2026, 1, 1, 7, tzinfo=timezone(timedelta(hours=2)))).tzinfo is UTC
    assert when(None) is None
    assert data('["R2", "R4"]') == ["R2", "R4"] and data(["R1"]) == ["R1"] and data(None) is None


def test_a_password_never_appears_in_a_shown_url() -> None:
    assert shown_url("postgresql+psycopg://mailbot:s3cret@db.example:5432/mailbot") == \
        "postgresql+psycopg://mailbot:***@db.example:5432/mailbot"
    assert shown_url("sqlite:////var/lib/mailbot/mailbot.db") == "sqlite:////var/lib/mailbot/mailbot.db"


def test_the_views_convert_every_time_json_and_boolean_column_of_an_application() -> None:
    columns = Application.__table__.columns  # type: ignore[attr-defined]
    # `when` returns what UTCDateTime returns; a time column of another type would need its own conversion.
    assert status.DATE_COLUMNS == {c.name for c in columns if isinstance(c.type, UTCDateTime)}
    assert not [c for c in columns if isinstance(c.type, DateTime) and c.name not in status.DATE_COLUMNS]
    assert status.JSON_COLUMNS == {c.name for c in columns if isinstance(c.type, JSON)}
    assert status.BOOL_COLUMNS == {c.name for c in columns if isinstance(c.type, Boolean)}
    assert status.LISTABLE <= {c.name for c in columns}
