"""Rows of the operations layer: operator alerts and run counters. The database is the schedule:
an open alert is a row, so a restart or a second process never raises the same alert twice."""
from __future__ import annotations

from datetime import datetime
from typing import Optional

from sqlalchemy import Column, Text
from sqlmodel import Field, SQLModel

from mailbot.store.models import utcnow


class OperatorAlert(SQLModel, table=True):
    """One failure episode of one cause (imap, smtp, imap_login, secret_expiry:2027-01-31:7, ...).

    `open_key` equals `cause` while the episode is open and is NULL once it is resolved; its
    unique index is what keeps a cause to one open alert (NULLs never collide). `raised_at` is set
    when the operator was told (email queued, webhook posted); an episode resolved before that
    was a blip nobody needed to hear about.
    """

    __tablename__ = "operator_alert"
    id: Optional[int] = Field(default=None, primary_key=True)
    cause: str = Field(index=True)
    open_key: Optional[str] = Field(default=None, unique=True)
    first_failure_at: datetime = Field(default_factory=utcnow)
    last_failure_at: datetime = Field(default_factory=utcnow)
    failures: int = 0
    last_error: str = Field(default="", sa_column=Column(Text))
    raised_at: Optional[datetime] = None
    webhook_at: Optional[datetime] = None
    resolved_at: Optional[datetime] = None
    recovery_note: str = Field(default="", sa_column=Column(Text))


class RunCounter(SQLModel, table=True):
    """A monotonically growing count (polls run, polls failed) for the metrics file."""

    __tablename__ = "run_counter"
    name: str = Field(primary_key=True)
    value: int = 0
    updated_at: datetime = Field(default_factory=utcnow)
