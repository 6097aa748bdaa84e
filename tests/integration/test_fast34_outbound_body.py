"""Migration 0009: an outgoing email's bytes move to `outbound_body` and back, on SQLite and
(MAILBOT_TEST_DB=postgres) PostgreSQL; the outbox sends from there."""
from __future__ import annotations

from clockhelpers import make_env
from sqlalchemy import text

from mailbot.store.db import _alembic_config


def _insert(conn, row_id: int, body: bytes, status: str) -> None:  # type: ignore[no-untyped-def]
    conn.execute(text("INSERT INTO outbound_mail (id, dedupe_key, template, message_id, envelope_from, recipients,"
                      " subject, body, stage, auto_submitted, thread_root, unsolicited, status, attempts,"
                      " created_at, next_attempt_at, claimed_by, last_error) VALUES (:id, :k, 'no_form', :m, '',"
                      " '[]', '', :body, '', '', '', false, :status, 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, '', '')"),
                 {"id": row_id, "k": f"k{row_id}", "m": f"<{row_id}@x.example>", "body": body, "status": status})


def test_the_outgoing_bytes_move_to_their_own_table_and_back(tmp_path):  # type: ignore[no-untyped-def]
    from alembic import command

    _, engine = make_env(tmp_path)
    cfg = _alembic_config(engine)
    command.downgrade(cfg, "0008_inbound_raw")
    sent = b"Subject: hi\r\n\r\n" + bytes(range(256))  # every byte value survives the move
    with engine.begin() as conn:
        _insert(conn, 1, sent, "sent")
        _insert(conn, 2, b"", "suppressed")  # never to be sent: no body row
    command.upgrade(cfg, "head")
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT outbound_id, body FROM outbound_body ORDER BY outbound_id")).all()
        columns = set(conn.execute(text("SELECT * FROM outbound_mail")).keys())
    assert [(i, bytes(b)) for i, b in rows] == [(1, sent)]
    assert "body" not in columns
    command.downgrade(cfg, "0008_inbound_raw")
    with engine.connect() as conn:
        back = conn.execute(text("SELECT id, body FROM outbound_mail ORDER BY id")).all()
    assert [(i, bytes(b)) for i, b in back] == [(1, sent), (2, b"")]
    command.upgrade(cfg, "head")


def test_a_queued_email_is_read_back_with_its_bytes_and_a_suppressed_one_has_none(tmp_path):  # type: ignore[no-untyped-def]
    from sqlmodel import Session, select

    from mailbot.mail.outbox import enqueue
    from mailbot.store.models import OutboundBody, OutboundMail, utcnow

    settings, engine = make_env(tmp_path)
    with Session(engine) as s:
        row = enqueue(s, settings, "sender_notice", ["dana@example.org"],
                      {"applicant_name": "Dana", "subject": "Form", "problem": "the file is damaged.", "max_mb": 25},
                      dedupe_key="fast34-a", now=utcnow())
        assert row is not None
        s.add(OutboundMail(dedupe_key="fast34-b", message_id="<b@x.example>", status="suppressed"))
        s.commit()
        by_key = {r.dedupe_key: r for r in s.exec(select(OutboundMail)).all()}
        assert b"Message-ID: " in by_key["fast34-a"].body
        assert by_key["fast34-b"].body == b""
        assert [b.outbound_id for b in s.exec(select(OutboundBody)).all()] == [by_key["fast34-a"].id]
