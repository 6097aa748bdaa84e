"""Inbound mail -> a decision, as an ordered table of rules a reviewer can read in one screen.

The first rule whose predicate holds decides what happens to a message. Handlers write their
rows (applications, events, outbox mail) into the caller's transaction; nothing is sent here.
"""
from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from pathlib import PurePath
from typing import Any

from sqlalchemy import bindparam, insert, or_, update
from sqlmodel import Session, col, select

import mailbot_parsers as parsers
from mailbot.intake import answers
from mailbot.review import commands, decisions, formdata, replies
from mailbot.review.people import staff_roles
from mailbot.intake import rules
from mailbot.review import workflow
from mailbot.review.workflow import Role, Stage
from mailbot.clock.promise import assessment_promise
from mailbot.config import Settings
from mailbot.mail import language as languages, wording
from mailbot.intake import caps
from mailbot.mail.message import Attachment, InboundMail, clean_header_text
from mailbot.mail.plaintext import short_echo
from mailbot.review import newapps
from mailbot.store.events import EventKind
from mailbot.store.models import Application, Document, Event, InboundMessage, OutboundMail, ReferenceCounter
from mailbot.mail.outbox import enqueue

log = logging.getLogger(__name__)

PROCESSED, ATTENTION, IGNORED = "processed", "attention", "ignored"
NEVER_PROCESSED = ("too_large", "unavailable", "unparseable", "poison")
DOCUMENT_SUFFIXES = (".docx", ".docm", ".pdf", ".doc", ".odt", ".rtf", ".pages", ".dotx")


@dataclass
class ParsedDocument:
    attachment: Attachment
    result: parsers.ParseResult | None = None
    error: parsers.ParseError | None = None

    @property
    def role(self) -> str:
        if self.error is not None:
            return "unreadable" if self.looks_like_document else "other"
        assert self.result is not None
        if self.result.needs_ocr:
            # Nobody knows yet what a scan is: the OCR job (mailbot.intake.ocr_jobs) decides, off this path.
            return "scan"
        if self.result.is_concept_form and self.result.needs_manual_review and not self.result.fields:
            # A form the parsers found no text in: that it is the form is a guess, so it counts as
            # the form only when its name or the sender's words say so.
            return "unreadable"
        if self.result.is_concept_form:
            return "form"
        if self.result.kind == "letter_of_support":
            return "letter_of_support"
        return "other"

    @property
    def looks_like_document(self) -> bool:
        name = self.attachment.filename.lower()
        return name.endswith(DOCUMENT_SUFFIXES) or self.attachment.content_type in (
            "application/pdf", "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        )


Extractor = Callable[[Attachment], ParsedDocument]
# Reads every attachment of one message (the poller's read-ahead, see intake/readahead.py).
Reader = Callable[[InboundMail], list[ParsedDocument]]


def parse_in_process(att: Attachment) -> ParsedDocument:
    try:
        return ParsedDocument(att, result=parsers.parse(att.data, att.filename, att.content_type))
    except parsers.ParseError as exc:
        return ParsedDocument(att, error=exc)


def read_documents(mail: InboundMail, extract: Extractor, settings: Settings,
                   clock: caps.Clock = time.monotonic) -> list[ParsedDocument]:
    """Each distinct attachment of `mail`, parsed within the email's budget (see intake/caps.py)."""
    return caps.read_attachments(mail.attachments, extract, settings.intake.message_parse_budget_seconds, clock)


def may_read_attachments(mail: InboundMail) -> bool:
    """False when the table decides this message from its headers alone, before any rule reads
    an attachment (an unreadable or over-deep structure, a bounce, machine mail, no sender); the
    poller reads ahead only the attachments of the other messages."""
    return bool(mail.attachments) and not (mail.unparseable or mail.truncated or mail.sender is None
                                           or rules.is_bounce(mail) or rules.is_automated(mail))


@dataclass(frozen=True)
class Envelope:
    """What the server says about a message before its body is downloaded."""

    size: int
    # Why the body is not there: "" (downloaded), "not downloaded" (a rule decided from the
    # size) or the server's refusal to deliver it. Without a body, `mail` holds the headers only.
    missing_body: str = ""


@dataclass
class Context:
    """What the rules may look at: the message, settings, and lazily parsed attachments."""

    mail: InboundMail
    settings: Settings
    session: Session
    now: datetime
    extract: Extractor = parse_in_process
    envelope: Envelope = Envelope(0)
    inbound_id: int | None = None  # the recorded row (a partial record is not keyed by the mail's hash)
    clock: caps.Clock = time.monotonic
    read: Reader | None = None  # who reads the attachments; None: `read_documents` with `extract`, here
    # The rows `store_documents` wrote, held while the message is handled: the session keeps a
    # stored row only while something refers to it, and the review email attaches these rows
    # (mailbot.review.decisions.review_documents takes them from the session, not from the database).
    stored: list[Document] = field(default_factory=list)

    @cached_property
    def documents(self) -> list[ParsedDocument]:
        """Each distinct attachment, parsed within the email's budget (see intake/caps.py)."""
        if self.read is not None:
            return self.read(self.mail)
        return read_documents(self.mail, self.extract, self.settings, self.clock)

    @cached_property
    def link(self) -> decisions.Link:
        """The application this message answers, and how that is proven."""
        return decisions.link_reply(self.session, self.settings, self.mail)

    @cached_property
    def too_many_forms(self) -> str | None:
        """Why the email is held for carrying more forms than [intake] max_forms_per_message (the
        forms read, else the unreadable ones: as many applications as it would create); None when
        it is within the cap. The rule's predicate and its handler read this one answer."""
        count = len(self.forms()) or len(self.unreadable())
        return caps.too_many_forms(count, self.settings.intake.max_forms_per_message)

    @cached_property
    def open_same_title(self) -> Application | None:
        """The sender's one open application with the title of this message's one form (the
        revision rule's predicate and its handler read this one answer)."""
        return _same_title_open(self)

    @cached_property
    def inbound(self) -> InboundMessage:
        if self.inbound_id is not None:
            row = self.session.get(InboundMessage, self.inbound_id)
            assert row is not None, "the poller records a message before routing it"
            return row
        return self.session.exec(
            select(InboundMessage).where(InboundMessage.content_hash == self.mail.content_hash)).one()

    def linked(self) -> bool:
        link = self.link
        if link.app is None or self.mail.sender is None:
            return False
        if link.proof == "subject":  # a bare reference only ties the applicant's or staff's own mail
            return self.mail.sender == link.app.applicant_email or bool(
                staff_roles(self.settings, self.mail.sender))
        return True

    def forms(self) -> list[ParsedDocument]:
        return [d for d in self.documents if d.role == "form"]

    def unreadable(self) -> list[ParsedDocument]:
        return [d for d in self.documents if d.role == "unreadable"]

    def claimed_unreadable(self) -> list[ParsedDocument]:
        """Unreadable documents that are the concept form by their name or by the sender's own
        words: an application waiting for a readable copy. Any other broken file creates nothing."""
        named = [d for d in self.unreadable() if rules.name_says_concept_form(d.attachment)]
        if named:
            return named
        return self.unreadable() if self.unreadable() and rules.says_form_is_sent(self.mail) else []

    def scans(self) -> list[ParsedDocument]:
        return [d for d in self.documents if d.role == "scan" and not d.attachment.inline]


@dataclass
class Outcome:
    kind: str
    folder: str
    reason: str = ""
    application_ids: list[int] = field(default_factory=list)
    parked: bool = False  # mailbot could not process it: staff are told in the poll's summary


Handler = Callable[[Context], Outcome]


# The queries the rules run for every message, built once (building and keying a statement cost
# more CPU than SQLite's answer); each still runs through the session, which flushes first.
_OURS = select(OutboundMail.message_id).where(OutboundMail.message_id == bindparam("message_id"))
# Whether an earlier copy exists, not the row (whose raw bytes the ORM would load). A copy mailbot
# could not process (parked) was never handled: a message with its Message-ID is not a repeat.
_EARLIER_COPY = select(InboundMessage.id).where(
    InboundMessage.message_id == bindparam("message_id"),
    InboundMessage.content_hash != bindparam("content_hash"),
    col(InboundMessage.state).in_(("handled", "filed")),
    col(InboundMessage.kind).not_in(NEVER_PROCESSED),
).limit(1)
# The columns the revision rule compares, not every application of the sender with its fields.
_SENDERS_TITLES = (select(Application.id, Application.stage, Application.title)
                   .where(Application.applicant_email == bindparam("sender")).order_by(col(Application.id)))
_RECORDED_FORMS = select(Document, Application).where(
    col(Document.sha256).in_(bindparam("hashes", expanding=True)), Document.application_id == Application.id,
    Application.applicant_email == bindparam("sender"), col(Document.role).in_(("form", "unreadable")),
)


def _own_ids(ctx: Context) -> set[str]:
    """Our own Message-ID on an inbound message means our mail came back to us."""
    row = ctx.session.exec(_OURS, params={"message_id": ctx.mail.message_id}).first()
    return {row} if row else set()


def _to_verp(ctx: Context) -> bool:
    """Addressed to one of our signed bounce addresses: a bounce, whatever it looks like."""
    from mailbot.mail.outbox import verp_row_id

    return any(verp_row_id(ctx.settings, a) is not None for a in ctx.mail.addressed_to)


def _duplicate(ctx: Context) -> bool:
    earlier = ctx.session.exec(
        _EARLIER_COPY, params={"message_id": ctx.mail.message_id, "content_hash": ctx.mail.content_hash}).first()
    return earlier is not None and not ctx.mail.message_id.startswith("<no-id-")


# ---- handlers ---------------------------------------------------------------------------------

def ignore(kind: str) -> Handler:
    return lambda ctx: Outcome(kind, IGNORED)


def for_attention(kind: str, reason: str) -> Handler:
    """Human mail that is not ours to answer: left unanswered for staff, counted in the digest."""
    return lambda ctx: Outcome(kind, ATTENTION, reason)


def park(kind: str, reason: str) -> Handler:
    """Mail mailbot could not process: filed for a person and reported in the poll's summary."""
    return lambda ctx: Outcome(kind, ATTENTION, reason, parked=True)


def over_size_limit(envelope: Envelope, settings: Settings) -> bool:
    return envelope.size > settings.intake.max_message_bytes


def too_large(ctx: Context) -> Outcome:
    """Recorded from its headers only; a human sender is told once what the limit is."""
    size, limit = ctx.envelope.size, ctx.settings.intake.max_message_bytes
    mail = ctx.mail
    if mail.sender and not rules.is_automated(mail) and not rules.is_bounce(mail):
        notify_sender(ctx.session, ctx.settings, mail, int(ctx.inbound.id or 0),
                      f"the email is too large ({size // (1024 * 1024)} MB) for us to process.", ctx.now)
    return Outcome("too_large", ATTENTION, f"message of {size} bytes is over the {limit}-byte limit", parked=True)


def unavailable(ctx: Context) -> Outcome:
    """The server lists the message but would not deliver it: recorded from its metadata."""
    return Outcome("unavailable", ATTENTION, f"the message could not be downloaded ({ctx.envelope.missing_body})",
                   parked=True)


def bounce(ctx: Context) -> Outcome:
    """Mark the outgoing mail a bounce reports on as 'bounced' (never answered, never resent),
    with an event on its application so staff see that the applicant did not get it."""
    from mailbot.mail.outbox import verp_row_id

    mail, session = ctx.mail, ctx.session
    ids = rules.bounced_message_ids(mail)
    verp_ids = [i for i in (verp_row_id(ctx.settings, a) for a in mail.addressed_to) if i is not None]
    if ids or verp_ids:
        query = select(OutboundMail).where(
            or_(col(OutboundMail.message_id).in_(ids), col(OutboundMail.id).in_(verp_ids)))
        for out in session.exec(query).all():
            out.status, out.last_error = "bounced", clean_header_text(f"bounced: {mail.subject}", 500)
            session.add(out)
            if out.application_id is not None:
                session.add(Event(application_id=out.application_id, at=ctx.now, kind=EventKind.BOUNCE,
                                  actor=mail.sender or "", inbound_id=ctx.inbound.id,
                                  comment=f"{out.template} {out.message_id} bounced"))
            log.info("%s: bounce for our %s %s", mail.message_id, out.template, out.message_id)
    return Outcome("bounce", IGNORED)


def _next_reference(session: Session, prefix: str, year: int) -> str:
    # One statement a new application (PostgreSQL and SQLite >= 3.35 both return the updated value);
    # the row lock taken by the UPDATE numbers concurrent transactions one after the other.
    # Run on the connection, not through the ORM: no identity-map object to keep in sync.
    last = session.connection().execute(
        update(ReferenceCounter).where(col(ReferenceCounter.year) == year)
        .values(last=col(ReferenceCounter.last) + 1).returning(col(ReferenceCounter.last))
    ).scalar()
    if last is None:  # the first application of the year
        session.connection().execute(insert(ReferenceCounter).values(year=year, last=1))
        last = 1
    return f"{prefix}-{year}-{int(last):04d}"


def storage_name(inbound_id: int, index: int, att: Attachment) -> str:
    """A generated name: the sender's file name is metadata, never a path."""
    suffix = PurePath(att.filename.replace("\\", "/")).suffix.lower()
    if not suffix[1:].isalnum() or len(suffix) > 6:
        suffix = ".bin"
    return f"{inbound_id:08d}-{index:02d}-{att.sha256[:16]}{suffix}"


def _title(doc: ParsedDocument, mail: InboundMail) -> str:
    if doc.result and isinstance(doc.result.fields.get("proposal_title"), str):
        return str(doc.result.fields["proposal_title"])[:300]
    # Nothing was read: the title comes from the sender's subject or file name, and is repeated
    # to a sender nobody has vouched for, so only in a short, sanitised form.
    stem = PurePath(doc.attachment.filename).stem
    return short_echo(rules.strip_reply_prefixes(mail.subject) or stem, 60) or "Concept form"


def _echo_safe_problem(form: ParsedDocument) -> str:
    """The parser's message for the sender, with the file name in its sanitised short form."""
    if form.error is None:
        return ""
    name = form.attachment.filename
    return form.error.user_message.replace(name, short_echo(name)) if name else form.error.user_message


def store_documents(ctx: Context, owner: Callable[[ParsedDocument], Application | None], version: int) -> None:
    """Keep every attachment (with its owner application, if any); a scan also gets an OCR job row."""
    from mailbot.intake import ocr_jobs

    inbound = ctx.inbound
    assert inbound.id is not None
    for i, doc in enumerate(ctx.documents):
        app = owner(doc)
        row = Document(
            application_id=app.id if app else None, inbound_id=inbound.id, filename=doc.attachment.filename,
            storage_name=storage_name(inbound.id, i, doc.attachment), content_type=doc.attachment.content_type,
            sha256=doc.attachment.sha256, size=len(doc.attachment.data), role=doc.role, version=version,
            parse_result=doc.result.to_json() if doc.result else {"error": doc.error.code if doc.error else ""},
            data=doc.attachment.data,
        )
        ctx.session.add(row)
        ctx.stored.append(row)
        if doc.role == "scan" and not doc.attachment.inline:
            ctx.session.flush()
            ocr_jobs.queue(ctx.session, row, ctx.now)


def _local(when: datetime | None, settings: Settings) -> datetime:
    assert when is not None, "the clock sets a due date on entering CE assessment"
    return when.astimezone(settings.timezone)


@dataclass
class NewApplication:
    """What one new application is made from."""

    reading: formdata.Reading
    filename: str
    title: str
    manual: bool
    awaiting: str = ""  # "" | "ocr" | "readable_copy"
    problem: str = ""  # why the form could not be read, in the sender's words


def _reading_of(doc: ParsedDocument, mail: InboundMail) -> NewApplication:
    result = doc.result
    name = doc.attachment.filename
    if result is None:
        # Nothing could be read: nothing is claimed missing; the application waits for a readable copy.
        problem = _echo_safe_problem(doc) if doc.error else "the file could not be read."
        return NewApplication(formdata.Reading.of(None), name, _title(doc, mail), True, "readable_copy", problem)
    if result.unsupported_format:
        return NewApplication(formdata.Reading.of(None), name, _title(doc, mail), True, "readable_copy",
                              "we cannot read .doc files; please send the form as a Word (.docx) document or a PDF.")
    if result.needs_ocr:
        return NewApplication(formdata.Reading.of(None), name, _title(doc, mail), True, "ocr")
    return NewApplication(formdata.Reading.of(result), name, _title(doc, mail), result.needs_manual_review)


def applicant_language(settings: Settings, mail: InboundMail, fields: dict[str, Any] | None = None) -> str:
    """The language to write to this sender in ([applicants] language; "auto": mailbot.mail.language's
    rule over their email's subject and fresh text, their form's answers, then Content-Language)."""
    words = f"{rules.strip_reply_prefixes(mail.subject)}\n{replies.fresh_text(mail.text)}"
    return languages.choose(settings.applicants.language, words, languages.form_text((fields or {}).values()),
                            mail.header("content-language"))


def create_application(session: Session, settings: Settings, mail: InboundMail, inbound: InboundMessage,
                       now: datetime, new: NewApplication) -> Application:
    """One application row in the caller's transaction, its clock started and its receipt recorded."""
    assert mail.sender is not None
    app = Application(
        reference=_next_reference(session, settings.intake.reference_prefix, now.astimezone(settings.timezone).year),
        stage="ce_assessment", applicant_email=mail.sender, applicant_name=mail.from_name[:200], title=new.title,
        received_at=now, stage_entered_at=now, needs_manual_review=new.manual, awaiting=new.awaiting,
        source_message_id=inbound.id, thread_message_id=mail.message_id,
    )
    formdata.apply_reading(app, new.reading)
    app.applicant_name = str(app.fields.get("proposer_name") or mail.from_name)[:200]
    app.language = applicant_language(settings, mail, app.fields)
    session.add(app)
    decisions.enter_stage(session, settings, app, now)  # inserts the row with its due dates
    session.add(Event(
        application_id=app.id, at=now, kind=EventKind.RECEIVED, actor=mail.sender, inbound_id=inbound.id,
        stage_from="", stage_to="ce_assessment", comment=new.problem,
        data={"missing_required": app.missing_required, "uncertain_fields": app.uncertain_fields,
              "requirements_unmet": app.requirements_unmet, "filename": new.filename, "awaiting": new.awaiting},
    ))
    return app


def ack_item(app: Application, new: NewApplication, letters: list[str], scans: list[str]) -> dict[str, Any]:
    """The acknowledgement's paragraph for one application.

    Missing items are listed only when the reader was sure they are empty, and never for a form a
    person must read; uncertain ones are named as items the office will check.
    """
    listed, lang = not new.manual and not new.awaiting, app.language
    return {
        "reference": app.reference, "title": app.title, "problem": new.problem,
        "needs_manual_review": new.manual, "awaiting": new.awaiting,
        "missing": [wording.answer_label(k, lang) for k in app.missing_required] if listed else [],
        "uncertain": [wording.field_label(k, lang) for k in app.uncertain_fields] if listed else [],
        "requirements_unmet": [wording.requirement(r, lang) for r in app.requirements_unmet] if listed else [],
        "letters": letters, "scans": scans,
    }


def acknowledge(session: Session, settings: Settings, mail: InboundMail, inbound: InboundMessage, now: datetime,
                apps: list[Application], items: list[dict[str, Any]]) -> None:
    """One acknowledgement for the email, in its thread, with a reply address signed for the applicant,
    in the language of its first application (every application of one email has the email's words)."""
    language = apps[0].language
    enqueue(
        session, settings, "acknowledgement", [mail.reply_to_address], {
            "applicant_name": mail.from_name, "applications": items,
            # The clock (decisions.enter_stage) set the assessment window for every new application.
            "target_date": _local(apps[0].target_at, settings), "deadline_date": _local(apps[0].deadline_at, settings),
            "assessment_promise": assessment_promise(settings, language),
        },
        dedupe_key=f"ack:{inbound.id}", now=now, application_id=apps[0].id, inbound_id=inbound.id,
        in_reply_to=mail.message_id, references=mail.references, auto_submitted="auto-replied",
        attach_forms=any(item["needs_manual_review"] for item in items),
        stage=apps[0].stage, message_id=decisions.message_id_for(settings, "ack", apps[0]),
        reply_to=decisions.applicant_reply_address(settings, apps[0]),
        # Acknowledging forms nobody could read is answering a stranger: it counts towards the cap.
        unsolicited=all(item.get("form") is not None and item["form"].result is None for item in items),
        language=language,
    )


def submit(ctx: Context) -> Outcome:
    """One application per concept form (or per unreadable form, or per scan the email calls a
    form), one acknowledgement per email."""
    mail, s, session = ctx.mail, ctx.settings, ctx.session
    inbound = ctx.inbound
    assert inbound.id is not None and mail.sender is not None
    forms = ctx.forms() or ctx.claimed_unreadable()
    # A scan becomes an application now only when nothing else is the form and the email says it
    # sends one; otherwise OCR decides later (mailbot.intake.ocr_jobs) and only a form read then is
    # acknowledged.
    scans = ctx.scans()
    if not forms and rules.says_form_is_sent(mail):
        forms = scans
    letters = [d.attachment.filename for d in ctx.documents if d.role == "letter_of_support"]
    apps: list[Application] = []
    items: list[dict[str, Any]] = []
    for form in forms:
        new = _reading_of(form, mail)
        app = create_application(session, s, mail, inbound, ctx.now, new)
        apps.append(app)
        others = [d.attachment.filename for d in scans if d is not form]
        items.append({**ack_item(app, new, letters, others), "form": form})
    # Every attachment is kept with the first application (letters of support are evidence for R3).
    owners = {id(item["form"]): app for app, item in zip(apps, items)}
    store_documents(ctx, lambda doc: owners.get(id(doc), apps[0]), version=1)
    acknowledge(session, s, mail, inbound, ctx.now, apps, items)
    documents = [d.attachment.filename for d in ctx.documents]
    if len(apps) == 1:
        decisions.request_review(session, s, apps[0], ctx.now, key=f"{apps[0].id}:new", inbound_id=inbound.id,
                                 documents=documents, problem=items[0]["problem"])
    else:  # one notice per inbound email, however many forms it carried
        newapps.request_reviews_together(session, s, [(a, i["problem"]) for a, i in zip(apps, items)],
                                         ctx.now, inbound_id=int(inbound.id), documents=documents)
    return Outcome("submission", PROCESSED, application_ids=[a.id for a in apps if a.id is not None])


def hold_scans(ctx: Context) -> Outcome:
    """Scans and no word that they are a form: keep them, queue OCR, answer nobody yet.

    If OCR shows a concept form, the job creates the application and acknowledges it then; a
    scan that is not a form stays with the message, which waits in the attention folder.
    """
    store_documents(ctx, lambda doc: None, version=1)
    return Outcome("scan", ATTENTION, "a scanned document; OCR reads it in the background")


def reply_no_form(ctx: Context) -> Outcome:
    inbound = ctx.inbound
    enqueue(
        ctx.session, ctx.settings, "no_form", [ctx.mail.reply_to_address], {
            "applicant_name": short_echo(ctx.mail.from_name, 40),
            "subject": short_echo(rules.strip_reply_prefixes(ctx.mail.subject)),
            "ignored": sum(1 for d in ctx.documents if not d.attachment.inline),
        },
        dedupe_key=f"no-form:{inbound.id}", now=ctx.now, inbound_id=inbound.id,
        in_reply_to=ctx.mail.message_id, references=ctx.mail.references, auto_submitted="auto-replied",
        attach_forms=True, unsolicited=True, language=applicant_language(ctx.settings, ctx.mail),
    )
    return Outcome("no_form", PROCESSED)


def notify_sender(session: Session, settings: Settings, mail: InboundMail, inbound_id: int, problem: str,
                  now: datetime) -> None:
    """One polite notice to a human sender that their email could not be processed."""
    enqueue(
        session, settings, "sender_notice", [mail.reply_to_address], {
            "applicant_name": short_echo(mail.from_name, 40), "subject": short_echo(rules.strip_reply_prefixes(mail.subject)),
            "problem": problem, "max_mb": settings.intake.max_message_bytes // (1024 * 1024),
        },
        dedupe_key=f"notice:{inbound_id}", now=now, inbound_id=inbound_id,
        in_reply_to=mail.message_id, references=mail.references, auto_submitted="auto-replied",
        unsolicited=True, language=applicant_language(settings, mail),
    )


def sender_notice(kind: str, problem: str | None = None) -> Handler:
    """Park the message for a person and tell the (human) sender once, politely.
    Without a fixed `problem`, the message's own (first structural) problem is named."""

    def handler(ctx: Context) -> Outcome:
        said = problem or next((p for p in ctx.mail.problems if "nested" in p or "larger" in p),
                               "the email could not be read") + "."
        notify_sender(ctx.session, ctx.settings, ctx.mail, int(ctx.inbound.id or 0), said, ctx.now)
        return Outcome(kind, ATTENTION, said)

    return handler


def _revise(ctx: Context, app: Application, forms: list[ParsedDocument], comment: str) -> Outcome:
    """A revised form: a new version of ``app``; CE assessment again if CE was waiting for it."""
    mail, s, session, now, inbound = ctx.mail, ctx.settings, ctx.session, ctx.now, ctx.inbound
    assert mail.sender is not None
    changed = decisions.new_version(session, app, forms, inbound, now)
    store_documents(ctx, lambda doc: app, version=app.version)
    if app.stage == Stage.AWAITING_APPLICANT:
        decisions.change_stage(session, s, app, "REVISED", Role.APPLICANT, actor=mail.sender, now=now,
                               comment=comment[:2000], inbound_id=inbound.id, changed=changed)
    else:
        decisions.request_review(session, s, app, now, key=f"{app.id}:v{app.version}", inbound_id=inbound.id,
                                 changed=changed, comment=f"a revised form (version {app.version})")
    return Outcome("revision", PROCESSED, application_ids=[int(app.id or 0)])


def _same_title_open(ctx: Context) -> Application | None:
    """The sender's one open application whose title is the title of this message's one form."""
    forms = ctx.forms()
    if len(forms) != 1 or ctx.mail.sender is None or forms[0].result is None:
        return None
    title = forms[0].result.fields.get("proposal_title")
    if not isinstance(title, str) or not title.strip():
        return None
    wanted = " ".join(title.lower().split())
    rows = ctx.session.exec(_SENDERS_TITLES, params={"sender": ctx.mail.sender}).all()
    ids = [app_id for app_id, stage, app_title in rows
           if not workflow.is_terminal(stage) and " ".join(app_title.lower().split()) == wanted]
    return ctx.session.get(Application, ids[0]) if len(ids) == 1 else None


def revise_by_title(ctx: Context) -> Outcome:
    app = ctx.open_same_title
    assert app is not None
    return _revise(ctx, app, ctx.forms(), ctx.mail.text)


def reply(ctx: Context) -> Outcome:
    """An answer tied to an application: a command, a revised form, or correspondence."""
    mail, s, session, now = ctx.mail, ctx.settings, ctx.session, ctx.now
    app, inbound = ctx.link.app, ctx.inbound
    assert app is not None and mail.sender is not None
    parsed = replies.parse_reply(mail.text, mail.subject)
    is_staff = bool(staff_roles(s, mail.sender))
    is_applicant = mail.sender == app.applicant_email
    # Staff always get an answer (done, or why not); an applicant's keyword is a command only
    # when applicants may use it somewhere, else it is an ordinary message to the office.
    if parsed.keyword and (is_staff or (is_applicant and commands.COMMANDS[parsed.keyword].open_to([Role.APPLICANT]))):
        folder, _, reason = decisions.handle_command(session, s, mail, inbound, ctx.link, parsed, now).partition(":")
        return Outcome("command", folder, reason, application_ids=[int(app.id or 0)])
    documents = [d for d in ctx.documents if not d.attachment.inline]
    if not is_staff and app.stage == Stage.IN_DEVELOPMENT and documents:
        store_documents(ctx, lambda doc: app, version=app.version)
        decisions.change_stage(session, s, app, "PROPOSAL", Role.APPLICANT, actor=mail.sender, now=now,
                            comment=parsed.fresh_text[:2000], inbound_id=inbound.id)
        return Outcome("proposal", PROCESSED, application_ids=[int(app.id or 0)])
    forms = ctx.forms()
    if not is_staff and forms:
        if _resent(ctx):  # "did you get it?" in reply to us: the same bytes are not a new version
            return already_recorded(ctx)
        return _revise(ctx, app, forms, parsed.fresh_text)
    if not is_staff and ctx.scans():
        # A scanned revision: OCR reads it in the background and staff hear what it showed.
        store_documents(ctx, lambda doc: app, version=app.version)
        session.add(Event(application_id=app.id, at=now, kind=EventKind.CORRESPONDENCE, actor=mail.sender,
                          inbound_id=inbound.id, comment=parsed.fresh_text[:4000],
                          data={"scans": [d.attachment.filename for d in ctx.scans()]}))
        return Outcome("scan", PROCESSED, application_ids=[int(app.id or 0)])
    # The applicant's own reply (proven by the signed reply address or our Message-ID) may carry
    # the items the acknowledgement asked for.
    found = answers.read(parsed.fresh_text) if is_applicant and ctx.link.proof in ("token", "message-id") else []
    if found:
        applied = answers.open_items(app, found)
        changed = answers.record(session, s, app, found, actor=mail.sender, inbound_id=int(inbound.id or 0), now=now)
        if app.stage == Stage.AWAITING_APPLICANT:
            decisions.change_stage(session, s, app, "REVISED", Role.APPLICANT, actor=mail.sender, now=now,
                                   comment=parsed.fresh_text[:2000], inbound_id=inbound.id, changed=changed)
        else:
            answers.tell_staff(session, s, app, found, applied, inbound_id=int(inbound.id or 0), now=now)
        return Outcome("answer", PROCESSED, application_ids=[int(app.id or 0)])
    if not is_staff and app.stage == Stage.AWAITING_APPLICANT:
        decisions.change_stage(session, s, app, "REVISED", Role.APPLICANT, actor=mail.sender, now=now,
                            comment=parsed.fresh_text[:2000], inbound_id=inbound.id)
        return Outcome("answer", PROCESSED, application_ids=[int(app.id or 0)])
    session.add(Event(application_id=app.id, at=now, kind=EventKind.CORRESPONDENCE, actor=mail.sender,
                      inbound_id=inbound.id, comment=parsed.fresh_text[:4000]))
    return Outcome("correspondence", ATTENTION, "a message about an application", application_ids=[int(app.id or 0)])


def hold_many_forms(ctx: Context) -> Outcome:
    """More forms than the cap: parked for a person (the poll's one summary tells staff); no
    application, and nobody else is answered."""
    assert ctx.too_many_forms is not None, "routed here by the too_many_forms rule"
    return Outcome("too_many_forms", ATTENTION, ctx.too_many_forms, parked=True)


def _recorded_forms(ctx: Context) -> dict[str, Application]:
    """sha256 -> application, for the forms of this message that the same sender already sent."""
    hashes = {d.attachment.sha256 for d in ctx.forms() + ctx.unreadable()}
    if not hashes or ctx.mail.sender is None:
        return {}
    rows = ctx.session.exec(_RECORDED_FORMS, params={"hashes": sorted(hashes), "sender": ctx.mail.sender}).all()
    return {doc.sha256: app for doc, app in rows}


def _resent(ctx: Context) -> bool:
    """Every form in the message is one the sender already sent (same bytes): a "did you get it?"."""
    forms = ctx.forms() + ctx.unreadable()
    known = _recorded_forms(ctx) if forms else {}
    return bool(forms) and all(d.attachment.sha256 in known for d in forms)


def already_recorded(ctx: Context) -> Outcome:
    """Tell the applicant the reference it already has; staff hear nothing new."""
    known = _recorded_forms(ctx)
    apps = list({a.id: a for a in known.values()}.values())
    inbound = ctx.inbound
    for app in apps:
        ctx.session.add(Event(application_id=app.id, at=ctx.now, kind=EventKind.RESENT, actor=ctx.mail.sender or "",
                              inbound_id=inbound.id, comment="the same form was sent again"))
    first = apps[0]
    lang = first.language  # chosen when the form was first received
    enqueue(
        ctx.session, ctx.settings, "already_recorded", [ctx.mail.reply_to_address], {
            "applicant_name": ctx.mail.from_name,
            "applications": [{"reference": a.reference, "title": a.title,
                              "received": a.received_at.astimezone(ctx.settings.timezone),
                              "stage": wording.stage_name(a.stage, lang)} for a in apps],
        },
        dedupe_key=f"resent:{inbound.id}", now=ctx.now, application_id=first.id, inbound_id=inbound.id,
        in_reply_to=ctx.mail.message_id, references=ctx.mail.references, auto_submitted="auto-replied",
        stage=first.stage, reply_to=decisions.applicant_reply_address(ctx.settings, first),
        message_id=decisions.message_id_for(ctx.settings, "ack", first), language=lang,
    )
    return Outcome("resent", PROCESSED, application_ids=[int(a.id or 0) for a in apps])


# ---- the rule table ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Rule:
    name: str
    applies: Callable[[Context], bool]
    handle: Handler
    # Rules that read only the envelope stand at the head of the table: the poller asks them
    # before it downloads the body (a message too large to download is decided by its size).
    before_download: Callable[[Envelope, Settings], bool] | None = None


RULES: tuple[Rule, ...] = (
    Rule("too_large", lambda c: over_size_limit(c.envelope, c.settings), too_large, before_download=over_size_limit),
    Rule("unavailable", lambda c: bool(c.envelope.missing_body), unavailable),
    Rule("unparseable", lambda c: c.mail.unparseable, park("unparseable", "the message could not be read")),
    Rule("duplicate", _duplicate, ignore("duplicate")),
    Rule("bounce", lambda c: rules.is_bounce(c.mail) or _to_verp(c), bounce),
    Rule("own_mail", lambda c: rules.is_own_mail(c.mail, c.settings.mailbox_address, _own_ids(c)), ignore("own_mail")),
    Rule("auto_reply", lambda c: rules.is_automated(c.mail), ignore("auto_reply")),
    Rule("no_sender", lambda c: c.mail.sender is None,
         for_attention("no_sender", "the From header is missing or ambiguous")),
    Rule("too_deep", lambda c: c.mail.truncated, sender_notice("too_deep")),
    Rule("reply", lambda c: c.linked(), reply),
    Rule("too_many_forms", lambda c: c.too_many_forms is not None, hold_many_forms),
    Rule("resent", _resent, already_recorded),
    Rule("revision", lambda c: c.open_same_title is not None, revise_by_title),
    Rule("submission", lambda c: bool(c.forms()), submit),
    Rule("unreadable_form", lambda c: bool(c.claimed_unreadable()), submit),
    Rule("scanned_form", lambda c: bool(c.scans()) and rules.says_form_is_sent(c.mail), submit),
    Rule("scan", lambda c: bool(c.scans()), hold_scans),
    Rule("calendar", lambda c: c.mail.has_calendar, for_attention("other", "a calendar invitation")),
    Rule("no_form", lambda c: not c.mail.in_reply_to and rules.mentions_submission(c.mail), reply_no_form),
    Rule("other", lambda c: True, for_attention("other", "not a concept form submission")),
)


def decided_before_download(envelope: Envelope, settings: Settings) -> str | None:
    """The name of the head-of-table rule that decides this message from its envelope alone,
    so its body is never downloaded; None when the message must be read."""
    for rule in RULES:
        if rule.before_download is None:
            return None
        if rule.before_download(envelope, settings):
            return rule.name
    return None


def route(ctx: Context) -> Outcome:
    for rule in RULES:
        if rule.applies(ctx):
            outcome = rule.handle(ctx)
            log.info("%s: rule %s -> %s", ctx.mail.message_id, rule.name, outcome.folder)
            return outcome
    raise AssertionError("the last rule always applies")
