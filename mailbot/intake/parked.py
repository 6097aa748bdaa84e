"""Parked messages: mail mailbot could not process, filed for a person, known by a short id.

The id is the message's row number, which mailbot issued: staff emails and commands refer to
it, never to a Message-ID or any other text an outsider chose. Releasing a message moves it
back to the inbox, and the next poll handles it as new (as when a person moves it back).
"""
from __future__ import annotations

import logging
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from mailbot.config import Settings
from mailbot.errors import OperatorError
from mailbot.intake.poller import valid_message_id
from mailbot.intake.table import ATTENTION
from mailbot.mail.mailbox import Mailbox
from mailbot.store.db import session_scope
from mailbot.store.models import InboundMessage, raw_of

log = logging.getLogger(__name__)


def _summary(row: InboundMessage) -> dict[str, Any]:
    return {"id": row.id, "parked_at": row.parked_at.isoformat() if row.parked_at else None,
            "kind": row.kind, "sender": row.from_addr, "subject": row.subject, "size": row.size,
            "reason": row.reason, "reported": row.reported_at is not None}


def _parked_query() -> Any:
    return select(InboundMessage).where(
        col(InboundMessage.parked_at).is_not(None), InboundMessage.target_folder == ATTENTION)


def parked(engine: Engine) -> list[dict[str, Any]]:
    with Session(engine) as session:
        return [_summary(r) for r in session.exec(_parked_query().order_by(col(InboundMessage.id))).all()]


def count(engine: Engine) -> int:
    return len(parked(engine))


def show(engine: Engine, short_id: int) -> dict[str, Any]:
    with Session(engine) as session:
        row = session.get(InboundMessage, short_id)
        if row is None or row.parked_at is None:
            raise OperatorError(f"no parked message has the number {short_id}; 'mailbot parked' lists them")
        data = _summary(row)
        data.update({"message_id": row.message_id, "state": row.state, "attempts": row.attempts,
                     "last_error": row.last_error, "stored_bytes": len(raw_of(session, row.id) or b"")})
        return data


def release(engine: Engine, settings: Settings, short_id: int) -> str:
    """Move parked message `short_id` back to the inbox for the next poll; returns what happened."""
    data = show(engine, short_id)
    message_id = str(data["message_id"])
    s = settings.imap
    if not valid_message_id(message_id) or message_id.endswith("@mailbot.invalid>"):
        raise OperatorError(f"message {short_id} has no Message-ID mailbot can search for; move it from "
                            f"{s.attention_folder} back to {s.inbox} by hand and the next poll handles it")
    with Mailbox(s) as mb:
        mb.ensure_folders([s.attention_folder])
        if not mb.move_back(s.attention_folder, message_id, s.inbox):
            raise OperatorError(f"message {short_id} is no longer in {s.attention_folder}; nothing was moved")
    with session_scope(engine) as session:
        row = session.get(InboundMessage, short_id)
        assert row is not None
        row.reason = f"released by staff (was: {row.reason})"[:500]
        session.add(row)
    log.info("released parked message %d to %s", short_id, s.inbox)
    return f"moved message {short_id} back to {s.inbox}; the next poll handles it as new"
