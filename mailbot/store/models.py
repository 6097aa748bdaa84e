"""Database rows. The database is the schedule: due times and states are columns that jobs claim.

Times are aware datetimes; SQLModel stores them as UTC and returns them in UTC.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Optional

from sqlalchemy import JSON, Column, LargeBinary, Text, UniqueConstraint
from sqlalchemy import false as sa_false
from sqlalchemy.orm import relationship
from sqlmodel import Field, Relationship, SQLModel


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class MailboxState(SQLModel, table=True):
    """Per-folder checkpoint: the UIDVALIDITY we saw and the highest UID handled under it."""

    __tablename__ = "mailbox_state"
    folder: str = Field(primary_key=True)
    uidvalidity: int = 0
    last_uid: int = 0
    first_run_at: datetime = Field(default_factory=utcnow)
    last_poll_at: Optional[datetime] = None
    last_success_at: Optional[datetime] = None


class InboundMessage(SQLModel, table=True):
    """Every message mailbot fetched, recorded before any side effect.

    state: received (recorded, not yet handled) -> handled (decision committed) -> filed (moved).
    A message mailbot could not process (unparseable, too large, body refused by the server,
    failed repeatedly) is *parked*: `parked_at` is set and it is filed in the attention folder;
    `reported_at` is when staff were told in a poll's summary. Human mail left for staff goes
    to the same folder without being parked.
    """

    __tablename__ = "inbound_message"
    id: Optional[int] = Field(default=None, primary_key=True)
    content_hash: str = Field(index=True, unique=True)
    message_id: str = Field(default="", index=True)
    uidvalidity: int = 0
    uid: int = 0
    internal_date: Optional[datetime] = None
    received_at: datetime = Field(default_factory=utcnow)
    from_addr: str = ""
    subject: str = ""
    size: int = 0
    kind: str = ""
    outcome: str = ""
    reason: str = ""
    target_folder: str = Field(default="", index=True)
    state: str = Field(default="received", index=True)
    attempts: int = 0
    last_error: str = ""
    application_id: Optional[int] = Field(default=None, index=True)
    parked_at: Optional[datetime] = Field(default=None, index=True)
    reported_at: Optional[datetime] = None


class InboundRaw(SQLModel, table=True):
    """The bytes of an inbound message as fetched, one row per `InboundMessage` (same id), written
    once when the message is recorded. A table of their own: every change of the message's record
    (its decision, its filing) would otherwise rewrite these bytes with it (SQLite writes a whole
    row on any update). `raw` is None once retention dropped the content."""

    __tablename__ = "inbound_raw"
    inbound_id: int = Field(primary_key=True, foreign_key="inbound_message.id",
                            sa_column_kwargs={"autoincrement": False})
    raw: Optional[bytes] = Field(default=None, sa_column=Column(LargeBinary))


def raw_of(session: Any, inbound_id: int | None) -> bytes | None:
    """The stored bytes of inbound message `inbound_id` (None: none kept, or purged)."""
    from sqlmodel import select

    if inbound_id is None:
        return None
    return session.exec(select(InboundRaw.raw).where(InboundRaw.inbound_id == inbound_id)).first()


class Application(SQLModel, table=True):
    __tablename__ = "application"
    id: Optional[int] = Field(default=None, primary_key=True)
    reference: str = Field(unique=True, index=True)
    stage: str = Field(default="ce_assessment", index=True)
    applicant_email: str = Field(index=True)
    applicant_name: str = ""
    title: str = ""
    request_type: str = ""
    received_at: datetime = Field(default_factory=utcnow)
    stage_entered_at: datetime = Field(default_factory=utcnow)
    target_at: Optional[datetime] = None
    deadline_at: Optional[datetime] = None
    fields: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON))
    missing_required: list[str] = Field(default_factory=list, sa_column=Column(JSON))
    requirements_unmet: list[str] = Field(default_factory=list, sa_column=Column(JSON))
    needs_manual_review: bool = False
    # Read but not sure (a person checks them; the applicant is never told they are missing).
    uncertain_fields: list[str] = Field(default_factory=list, sa_column=Column(JSON))
    # The latest reading of the form (mailbot.review.formdata.Reading.to_json): its fields, where each
    # came from, what the reader was sure is empty. `fields` above is this plus `amendments`.
    reading: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON))
    # Values given after the form: staff corrections (SET) and the applicant's answers by reply, by key.
    amendments: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON))
    # What the fields wait for before anything can be said about them: "" | "ocr" | "readable_copy".
    awaiting: str = ""
    version: int = 1
    assigned_to: str = ""
    source_message_id: Optional[int] = Field(default=None, foreign_key="inbound_message.id")
    thread_message_id: str = ""
    # The clock (mailbot.clock): which entry into the current stage this is (reminder rows are
    # keyed by it), and the CE-assessment pause while waiting for the applicant.
    stage_entry: int = 0
    paused_at: Optional[datetime] = None
    paused_seconds: int = 0
    # The language every email to the applicant is written in (mailbot.mail.language): chosen
    # once, from their first email and form, so a later email never switches language.
    language: str = "en"


class Document(SQLModel, table=True):
    """An attachment kept with an application (the form, letters of support, anything else)."""

    __tablename__ = "document"
    id: Optional[int] = Field(default=None, primary_key=True)
    application_id: Optional[int] = Field(default=None, foreign_key="application.id", index=True)
    inbound_id: int = Field(foreign_key="inbound_message.id", index=True)
    filename: str = ""
    storage_name: str = ""
    content_type: str = ""
    sha256: str = ""
    size: int = 0
    role: str = ""  # form | letter_of_support | other | unreadable | scan (awaiting OCR)
    version: int = 1
    parse_result: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON))
    data: Optional[bytes] = Field(default=None, sa_column=Column(LargeBinary))


class OcrJob(SQLModel, table=True):
    """A scanned document waiting for OCR. The job claims a row with a conditional UPDATE.

    state: pending -> claimed (claimed_by/claimed_at; a claim older than the time limit may be
    taken over) -> done | failed. `outcome` is what OCR showed the scan to be (its ParseResult kind).
    """

    __tablename__ = "ocr_job"
    id: Optional[int] = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", unique=True)
    state: str = Field(default="pending", index=True)
    created_at: datetime = Field(default_factory=utcnow)
    attempts: int = 0
    claimed_by: str = ""
    claimed_at: Optional[datetime] = None
    done_at: Optional[datetime] = None
    outcome: str = ""
    last_error: str = ""


class Event(SQLModel, table=True):
    """The audit trail: who did what, when, from which email."""

    __tablename__ = "event"
    id: Optional[int] = Field(default=None, primary_key=True)
    application_id: Optional[int] = Field(default=None, foreign_key="application.id", index=True)
    at: datetime = Field(default_factory=utcnow, index=True)
    kind: str = ""
    actor: str = ""
    inbound_id: Optional[int] = Field(default=None, foreign_key="inbound_message.id")
    stage_from: str = ""
    stage_to: str = ""
    comment: str = Field(default="", sa_column=Column(Text))
    data: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON))


class OutboundMail(SQLModel, table=True):
    """The outbox. Rows are written in the same transaction as the change that causes them.

    status: pending -> sending (claimed; RCPT accepted) -> sent | failed.
    A row found 'sending' after a crash is 'uncertain': never resent automatically, shown to staff.
    The bytes to send are in `OutboundBody` (`content`; `body` reads them).
    """

    __tablename__ = "outbound_mail"
    __table_args__ = (UniqueConstraint("dedupe_key"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    dedupe_key: str
    template: str = ""
    message_id: str = Field(unique=True)
    envelope_from: str = ""
    recipients: list[str] = Field(default_factory=list, sa_column=Column(JSON))
    subject: str = ""
    application_id: Optional[int] = Field(default=None, foreign_key="application.id", index=True)
    stage: str = ""  # the application's stage when this email was written (for reply authorisation)
    auto_submitted: str = ""  # auto-replied (an answer to inbound mail) or auto-generated
    thread_root: str = ""  # the first Message-ID of the conversation answered (the per-thread cap)
    # An answer to a sender who has no application (no-form replies, notices, acknowledgements of
    # unreadable forms): these count towards the global hourly cap an outsider cannot multiply.
    unsolicited: bool = Field(default=False, sa_column_kwargs={"server_default": sa_false()})
    inbound_id: Optional[int] = Field(default=None, foreign_key="inbound_message.id")
    status: str = Field(default="pending", index=True)
    attempts: int = 0
    created_at: datetime = Field(default_factory=utcnow, index=True)
    next_attempt_at: datetime = Field(default_factory=utcnow, index=True)
    claimed_by: str = ""
    claimed_at: Optional[datetime] = None
    sent_at: Optional[datetime] = None
    last_error: str = ""
    # The outage window (mailbot.mail.retry) counts from here when set (an operator's requeue), else created_at.
    retry_from: Optional[datetime] = None
    # Written with the row (the unit of work inserts it after the row, under the row's id); read
    # when a person or a test looks at one email. The outbox sends from the table itself.
    # (The relationship is spelt out: this module's postponed annotations hide the class from SQLModel.)
    content: Optional[OutboundBody] = Relationship(sa_relationship=relationship("OutboundBody", uselist=False))

    @property
    def body(self) -> bytes:
        """The email as it is (or was) sent; b"" for a row that was never to be sent."""
        return self.content.body if self.content is not None else b""


class OutboundBody(SQLModel, table=True):
    """The bytes of one outgoing email, one row per `OutboundMail` (same id), written once when the
    email is queued. A table of their own: the outbox updates its row twice per email (the claim,
    then 'sent'), and SQLite writes a whole row on any update: with the bytes in it, every update
    rewrote the email's attachments (often hundreds of KB) for a change of a few bytes."""

    __tablename__ = "outbound_body"
    outbound_id: Optional[int] = Field(default=None, primary_key=True, foreign_key="outbound_mail.id",
                                       sa_column_kwargs={"autoincrement": False})
    body: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class ReferenceCounter(SQLModel, table=True):
    """Next human reference number per year; incremented inside the creating transaction."""

    __tablename__ = "reference_counter"
    year: int = Field(primary_key=True)
    last: int = 0


class Reminder(SQLModel, table=True):
    """One reminder or escalation due for one entry into a stage. The sweep claims due rows.

    kind: before_target | at_target | escalation. A row is finished when sent_at (mail queued)
    or cancelled_at (the stage moved, everybody had acted, superseded) is set; `note` says why.
    """

    __tablename__ = "reminder"
    __table_args__ = (UniqueConstraint("application_id", "stage", "kind", "stage_entry"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    application_id: int = Field(foreign_key="application.id", index=True)
    stage: str = ""
    kind: str = ""
    stage_entry: int = 0
    due_at: datetime = Field(index=True)
    created_at: datetime = Field(default_factory=utcnow)
    claimed_by: str = ""
    claimed_at: Optional[datetime] = None
    sent_at: Optional[datetime] = None
    cancelled_at: Optional[datetime] = None
    note: str = ""
    outbound_id: Optional[int] = Field(default=None, foreign_key="outbound_mail.id")


class DigestRun(SQLModel, table=True):
    """One weekly digest. `week` (ISO year-week such as 2026-W49) is unique: each week goes out once.
    The weekly "waiting for you" emails are queued in the transaction that records the run.

    status: queued (the email row is in the outbox, written in the same transaction) -> sent.
    """

    __tablename__ = "digest_run"
    id: Optional[int] = Field(default=None, primary_key=True)
    week: str = Field(unique=True, index=True)
    status: str = "queued"
    claimed_by: str = ""
    claimed_at: Optional[datetime] = None
    sent_at: Optional[datetime] = None
    outbound_id: Optional[int] = Field(default=None, foreign_key="outbound_mail.id")
