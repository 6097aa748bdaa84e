"""Inbound mail -> a decision, as an ordered table of rules a reviewer can read in one screen.

The first rule whose predicate holds decides what happens to a message. Handlers write their
rows (applications, events, outbox mail) into the caller's transaction; nothing is sent here.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from pathlib import PurePath
from typing import Any

from sqlalchemy import update
from sqlmodel import Session, col, select

import mailbot_parsers as parsers
from mailbot.intake import answers
from mailbot.review import commands, decisions, formdata, replies
from mailbot.review.people import staff_roles
from mailbot.intake import rules
from mailbot.review.workflow import Role, Stage
from mailbot.config import Settings
from mailbot.mail.emails import REQUIREMENT_TEXT, field_label
from mailbot.mail.message import Attachment, InboundMail
from mailbot.store.events import EventKind
from mailbot.store.models import Application, Document, Event, InboundMessage, OutboundMail, ReferenceCounter
from mailbot.mail.outbox import enqueue

log = logging.getLogger(__name__)

PROCESSED, ATTENTION, IGNORED = "processed", "attention", "ignored"
_FORM_WORDS = re.compile(r"\b(?:concept|forms?|formulaire|proposals?|micro[- ]?(?:credential|course)s?)\b",
                         re.IGNORECASE)
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


def parse_in_process(att: Attachment) -> ParsedDocument:
    try:
        return ParsedDocument(att, result=parsers.parse(att.data, att.filename, att.content_type))
    except parsers.ParseError as exc:
        return ParsedDocument(att, error=exc)


@dataclass
class Context:
    """What the rules may look at: the message, settings, and lazily parsed attachments."""

    mail: InboundMail
    settings: Settings
    session: Session
    now: datetime
    extract: Extractor = parse_in_process

    @cached_property
    def documents(self) -> list[ParsedDocument]:
        return [self.extract(a) for a in self.mail.attachments]

    @cached_property
    def link(self) -> decisions.Link:
        """The application this message answers, and how that is proven."""
        return decisions.link_reply(self.session, self.settings, self.mail)

    @cached_property
    def inbound(self) -> InboundMessage:
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

    def scans(self) -> list[ParsedDocument]:
        return [d for d in self.documents if d.role == "scan" and not d.attachment.inline]

    def says_it_is_a_form(self) -> bool:
        """The email's own words call the attachment a form or a proposal (not just "attached")."""
        return bool(_FORM_WORDS.search(self.mail.subject) or _FORM_WORDS.search(self.mail.text[:4000]))


@dataclass
class Outcome:
    kind: str
    folder: str
    reason: str = ""
    application_ids: list[int] = field(default_factory=list)


Handler = Callable[[Context], Outcome]


def _own_ids(ctx: Context) -> set[str]:
    """Our own Message-ID on an inbound message means our mail came back to us."""
    row = ctx.session.exec(select(OutboundMail.message_id).where(OutboundMail.message_id == ctx.mail.message_id)).first()
    return {row} if row else set()


def _to_verp(ctx: Context) -> bool:
    """Addressed to one of our signed bounce addresses: a bounce, whatever it looks like."""
    from mailbot.mail.outbox import verp_row_id

    return any(verp_row_id(ctx.settings, a) is not None for a in ctx.mail.addressed_to)


def _duplicate(ctx: Context) -> bool:
    earlier = ctx.session.exec(
        select(InboundMessage).where(
            InboundMessage.message_id == ctx.mail.message_id,
            InboundMessage.content_hash != ctx.mail.content_hash,
            col(InboundMessage.state).in_(("handled", "filed")),
        )
    ).first()
    return earlier is not None and not ctx.mail.message_id.startswith("<no-id-")


# ---- handlers ---------------------------------------------------------------------------------

def ignore(kind: str) -> Handler:
    return lambda ctx: Outcome(kind, IGNORED)


def park(kind: str, reason: str) -> Handler:
    return lambda ctx: Outcome(kind, ATTENTION, reason)


def _next_reference(session: Session, prefix: str, year: int) -> str:
    res = session.exec(
        update(ReferenceCounter).where(col(ReferenceCounter.year) == year).values(last=col(ReferenceCounter.last) + 1)
    )
    if not res.rowcount:
        session.add(ReferenceCounter(year=year, last=1))
        session.flush()
    n = session.get(ReferenceCounter, year)
    assert n is not None
    session.refresh(n)
    return f"{prefix}-{year}-{n.last:04d}"


def storage_name(inbound_id: int, index: int, att: Attachment) -> str:
    """A generated name: the sender's file name is metadata, never a path."""
    suffix = PurePath(att.filename.replace("\\", "/")).suffix.lower()
    if not suffix[1:].isalnum() or len(suffix) > 6:
        suffix = ".bin"
    return f"{inbound_id:08d}-{index:02d}-{att.sha256[:16]}{suffix}"


def _title(doc: ParsedDocument, mail: InboundMail) -> str:
    if doc.result and isinstance(doc.result.fields.get("proposal_title"), str):
        return str(doc.result.fields["proposal_title"])[:300]
    stem = PurePath(doc.attachment.filename).stem
    return (rules.strip_reply_prefixes(mail.subject) or stem)[:300]


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
        problem = doc.error.user_message if doc.error else "the file could not be read."
        return NewApplication(formdata.Reading.of(None), name, _title(doc, mail), True, "readable_copy", problem)
    if result.unsupported_format:
        return NewApplication(formdata.Reading.of(None), name, _title(doc, mail), True, "readable_copy",
                              "we cannot read .doc files; please send the form as a Word (.docx) document or a PDF.")
    if result.needs_ocr:
        return NewApplication(formdata.Reading.of(None), name, _title(doc, mail), True, "ocr")
    return NewApplication(formdata.Reading.of(result), name, _title(doc, mail), result.needs_manual_review)


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
    session.add(app)
    session.flush()
    decisions.enter_stage(session, settings, app, now)
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
    listed = not new.manual and not new.awaiting
    return {
        "reference": app.reference, "title": app.title, "problem": new.problem,
        "needs_manual_review": new.manual, "awaiting": new.awaiting,
        "missing": [field_label(k) for k in app.missing_required] if listed else [],
        "uncertain": [field_label(k) for k in app.uncertain_fields] if listed else [],
        "requirements_unmet": [REQUIREMENT_TEXT[r] for r in app.requirements_unmet] if listed else [],
        "letters": letters, "scans": scans,
    }


def acknowledge(session: Session, settings: Settings, mail: InboundMail, inbound: InboundMessage, now: datetime,
                apps: list[Application], items: list[dict[str, Any]]) -> None:
    """One acknowledgement for the email, in its thread, with a reply address signed for the applicant."""
    enqueue(
        session, settings, "acknowledgement", [mail.reply_to_address], {
            "applicant_name": mail.from_name, "applications": items,
            # The clock (decisions.enter_stage) set the assessment window for every new application.
            "target_date": _local(apps[0].target_at, settings), "deadline_date": _local(apps[0].deadline_at, settings),
        },
        dedupe_key=f"ack:{inbound.id}", now=now, application_id=apps[0].id, inbound_id=inbound.id,
        in_reply_to=mail.message_id, references=mail.references, auto_submitted="auto-replied",
        attach_forms=any(item["needs_manual_review"] for item in items),
        stage=apps[0].stage, message_id=decisions.message_id_for(settings, "ack", apps[0]),
        reply_to=decisions.applicant_reply_address(settings, apps[0]),
    )


def submit(ctx: Context) -> Outcome:
    """One application per concept form (or per unreadable form, or per scan the email calls a
    form), one acknowledgement per email."""
    mail, s, session = ctx.mail, ctx.settings, ctx.session
    inbound = ctx.inbound
    assert inbound.id is not None and mail.sender is not None
    forms = ctx.forms() or ctx.unreadable()
    # A scan becomes an application now only when nothing else is the form and the email says it
    # sends one; otherwise OCR decides later (mailbot.intake.ocr_jobs) and only a form read then is
    # acknowledged.
    scans = ctx.scans()
    if not forms and ctx.says_it_is_a_form():
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
    for app, item in zip(apps, items):
        decisions.request_review(
            session, s, app, ctx.now, key=f"{app.id}:new", inbound_id=inbound.id,
            documents=[d.attachment.filename for d in ctx.documents], problem=item["problem"],
        )
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
            "applicant_name": ctx.mail.from_name, "subject": rules.strip_reply_prefixes(ctx.mail.subject)[:150],
            "ignored": [d.attachment.filename for d in ctx.documents if not d.attachment.inline],
        },
        dedupe_key=f"no-form:{inbound.id}", now=ctx.now, inbound_id=inbound.id,
        in_reply_to=ctx.mail.message_id, references=ctx.mail.references, auto_submitted="auto-replied",
        attach_forms=True,
    )
    return Outcome("no_form", PROCESSED)


def notify_sender(session: Session, settings: Settings, mail: InboundMail, inbound_id: int, problem: str,
                  now: datetime) -> None:
    """One polite notice to a human sender that their email could not be processed."""
    enqueue(
        session, settings, "sender_notice", [mail.reply_to_address], {
            "applicant_name": mail.from_name, "subject": rules.strip_reply_prefixes(mail.subject)[:150],
            "problem": problem, "max_mb": settings.intake.max_message_bytes // (1024 * 1024),
        },
        dedupe_key=f"notice:{inbound_id}", now=now, inbound_id=inbound_id,
        in_reply_to=mail.message_id, references=mail.references, auto_submitted="auto-replied",
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
        changed = decisions.new_version(session, app, forms, inbound, now)
        store_documents(ctx, lambda doc: app, version=app.version)
        if app.stage == Stage.AWAITING_APPLICANT:
            decisions.change_stage(session, s, app, "REVISED", Role.APPLICANT, actor=mail.sender, now=now,
                                comment=parsed.fresh_text[:2000], inbound_id=inbound.id, changed=changed)
        else:
            decisions.request_review(session, s, app, now, key=f"{app.id}:v{app.version}", inbound_id=inbound.id,
                                  changed=changed, comment=f"a revised form (version {app.version})")
        return Outcome("revision", PROCESSED, application_ids=[int(app.id or 0)])
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


# ---- the rule table ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Rule:
    name: str
    applies: Callable[[Context], bool]
    handle: Handler


RULES: tuple[Rule, ...] = (
    Rule("duplicate", _duplicate, ignore("duplicate")),
    Rule("bounce", lambda c: rules.is_bounce(c.mail) or _to_verp(c), ignore("bounce")),
    Rule("own_mail", lambda c: rules.is_own_mail(c.mail, c.settings.mailbox_address, _own_ids(c)), ignore("own_mail")),
    Rule("auto_reply", lambda c: rules.is_automated(c.mail), ignore("auto_reply")),
    Rule("no_sender", lambda c: c.mail.sender is None, park("no_sender", "the From header is missing or ambiguous")),
    Rule("too_deep", lambda c: c.mail.truncated, sender_notice("too_deep")),
    Rule("reply", lambda c: c.linked(), reply),
    Rule("submission", lambda c: bool(c.forms()), submit),
    Rule("unreadable_form", lambda c: bool(c.unreadable()), submit),
    Rule("scanned_form", lambda c: bool(c.scans()) and c.says_it_is_a_form(), submit),
    Rule("scan", lambda c: bool(c.scans()), hold_scans),
    Rule("calendar", lambda c: c.mail.has_calendar, park("other", "a calendar invitation")),
    Rule("no_form", lambda c: not c.mail.in_reply_to and rules.mentions_submission(c.mail), reply_no_form),
    Rule("other", lambda c: True, park("other", "not a concept form submission")),
)


def route(ctx: Context) -> Outcome:
    for rule in RULES:
        if rule.applies(ctx):
            outcome = rule.handle(ctx)
            log.info("%s: rule %s -> %s", ctx.mail.message_id, rule.name, outcome.folder)
            return outcome
    raise AssertionError("the last rule always applies")
