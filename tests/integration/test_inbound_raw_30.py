"""Migration 0008: an inbound message's bytes move to `inbound_raw` and back, on SQLite and
(MAILBOT_TEST_DB=postgres) PostgreSQL."""
from __future__ import annotations

from clockhelpers import make_env
from sqlalchemy import text

from mailbot.store.db import _alembic_config


def test_the_raw_bytes_move_to_their_own_table_and_back(tmp_path):  # type: ignore[no-untyped-def]
    from alembic import command

    _, engine = make_env(tmp_path)
    cfg = _alembic_config(engine)
    command.downgrade(cfg, "0007_language")
    with engine.begin() as conn:
        for n, raw in ((1, b"From: a@x.example\r\n\r\nhi"), (2, None)):
            conn.execute(text("INSERT INTO inbound_message (id, content_hash, message_id, uidvalidity, uid, received_at,"
                              " from_addr, subject, size, kind, outcome, reason, target_folder, state, attempts,"
                              " last_error, raw) VALUES (:id, :h, '', 0, 0, CURRENT_TIMESTAMP, '', '', 0, '', '', '',"
                              " '', 'filed', 1, '', :raw)"), {"id": n, "h": f"h{n}", "raw": raw})
    command.upgrade(cfg, "head")
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT inbound_id, raw FROM inbound_raw ORDER BY inbound_id")).all()
        columns = {c for c in conn.execute(text("SELECT * FROM inbound_message")).keys()}
    assert [(i, bytes(r) if r is not None else None) for i, r in rows] == [(1, b"From: a@x.example\r\n\r\nhi"), (2, None)]
    assert "raw" not in columns
    command.downgrade(cfg, "0007_language")
    with engine.connect() as conn:
        back = conn.execute(text("SELECT id, raw FROM inbound_message ORDER BY id")).all()
    assert [(i, bytes(r) if r is not None else None) for i, r in back] == [(1, b"From: a@x.example\r\n\r\nhi"), (2, None)]
    command.upgrade(cfg, "head")
