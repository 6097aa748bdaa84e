"""Inbound mail -> a decision, as an ordered table of rules a reviewer can read in one screen.

The first rule whose predicate holds decides what happens to a message. Handlers write their
rows (applications, events, outbox mail) into the caller's transaction; nothing is sent here.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from pathlib import PurePath
from typing import Any

from sqlalchemy import update
from sqlmodel import Session, col, select

import mailbot_parsers as parsers
from mailbot.review import commands, decisions, replies
from mailbot.review.people import staff_roles
from mailbot.intake import rules
from mailbot.review import workflow
from mailbot.review.workflow import Role, Stage
from mailbot.config import Settings
from mailbot.mail.emails import REQUIREMENT_TEXT, field_label
from mailbot.mail.message import Attachment, InboundMail
from mailbot.store.events import EventKind
from mailbot.store.models import Application, Document, Event, InboundMessage, OutboundMail, ReferenceCounter
from mailbot.mail.outbox import enqueue

log = logging.getLogger(__name__)

PROCESSED, ATTENTION, IGNORED = "processed", "attention", "ignored"
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


def store_documents(ctx: Context, owner: Callable[[ParsedDocument], Application], version: int) -> None:
    inbound = ctx.inbound
    assert inbound.id is not None
    for i, doc in enumerate(ctx.documents):
        ctx.session.add(Document(
            application_id=owner(doc).id, inbound_id=inbound.id, filename=doc.attachment.filename,
            storage_name=storage_name(inbound.id, i, doc.attachment), content_type=doc.attachment.content_type,
            sha256=doc.attachment.sha256, size=len(doc.attachment.data), role=doc.role, version=version,
            parse_result=doc.result.to_json() if doc.result else {"error": doc.error.code if doc.error else ""},
            data=doc.attachment.data,
        ))


def _local(when: datetime | None, settings: Settings) -> datetime:
    assert when is not None, "the clock sets a due date on entering CE assessment"
    return when.astimezone(settings.timezone)


def submit(ctx: Context) -> Outcome:
    """One application per concept form (or per unreadable form), one acknowledgement per email."""
    mail, s, session = ctx.mail, ctx.settings, ctx.session
    inbound = ctx.inbound
    assert inbound.id is not None and mail.sender is not None
    forms = ctx.forms() or ctx.unreadable()
    letters = [d for d in ctx.documents if d.role == "letter_of_support"]
    apps: list[Application] = []
    ack_items: list[dict[str, Any]] = []  # template context, one per application
    for form in forms:
        result = form.result
        fields = dict(result.fields) if result else {}
        # An unreadable form has none of its fields: all are missing until a person reads it.
        missing = list(result.missing_required) if result else list(parsers.REQUIRED_KEYS)
        unmet = list(result.requirements_unmet) if result else parsers.requirements_unmet({})
        manual = bool(result is None or result.needs_manual_review or result.unsupported_format)
        app = Application(
            reference=_next_reference(session, s.intake.reference_prefix, ctx.now.astimezone(s.timezone).year),
            stage="ce_assessment",
            applicant_email=mail.sender,
            applicant_name=str(fields.get("proposer_name") or mail.from_name)[:200],
            title=_title(form, mail),
            request_type=str(fields.get("request_type", "")),
            received_at=ctx.now,
            stage_entered_at=ctx.now,
            fields=fields,
            missing_required=missing,
            requirements_unmet=unmet,
            needs_manual_review=manual,
            source_message_id=inbound.id,
            thread_message_id=mail.message_id,
        )
        session.add(app)
        session.flush()
        decisions.enter_stage(session, s, app, ctx.now)
        apps.append(app)
        problem = form.error.user_message if form.error else (
            "we cannot read .doc files; please send the form as a Word (.docx) document or a PDF."
            if result and result.unsupported_format == "doc" else "")
        session.add(Event(
            application_id=app.id, at=ctx.now, kind=EventKind.RECEIVED, actor=mail.sender, inbound_id=inbound.id,
            stage_from="", stage_to="ce_assessment",
            comment=problem, data={"missing_required": missing, "requirements_unmet": unmet,
                                   "filename": form.attachment.filename},
        ))
        ack_items.append({
            "reference": app.reference, "title": app.title, "problem": problem,
            "needs_manual_review": manual,
            "missing": [field_label(k) for k in missing] if not manual else [],
            "requirements_unmet": [REQUIREMENT_TEXT[r] for r in unmet] if not manual else [],
            "letters": [d.attachment.filename for d in letters],
            "app": app, "form": form,
        })
    # Every attachment is kept with the first application (letters of support are evidence for R3).
    owners = {id(item["form"]): app for app, item in zip(apps, ack_items)}
    store_documents(ctx, lambda doc: owners.get(id(doc), apps[0]), version=1)
    enqueue(
        session, s, "acknowledgement", [mail.reply_to_address], {
            "applicant_name": mail.from_name, "applications": ack_items,
            # The clock (decisions.enter_stage) set the assessment window for every new application.
            "target_date": _local(apps[0].target_at, s), "deadline_date": _local(apps[0].deadline_at, s),
        },
        dedupe_key=f"ack:{inbound.id}", now=ctx.now, application_id=apps[0].id, inbound_id=inbound.id,
        in_reply_to=mail.message_id, references=mail.references, auto_submitted="auto-replied",
        attach_forms=any(item["needs_manual_review"] for item in ack_items),
        stage=apps[0].stage, message_id=decisions.message_id_for(s, "ack", apps[0]),
        reply_to=decisions.applicant_reply_address(s, apps[0]),
    )
    for app, item in zip(apps, ack_items):
        decisions.request_review(
            session, s, app, ctx.now, key=f"{app.id}:new", inbound_id=inbound.id,
            documents=[d.attachment.filename for d in ctx.documents], problem=item["problem"],
        )
    return Outcome("submission", PROCESSED, application_ids=[a.id for a in apps if a.id is not None])


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
    apps = [a for a in ctx.session.exec(select(Application).where(Application.applicant_email == ctx.mail.sender)).all()
            if not workflow.is_terminal(a.stage) and " ".join(a.title.lower().split()) == " ".join(title.lower().split())]
    return apps[0] if len(apps) == 1 else None


def revise_by_title(ctx: Context) -> Outcome:
    app = _same_title_open(ctx)
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
    if not is_staff and app.stage == Stage.AWAITING_APPLICANT:
        decisions.change_stage(session, s, app, "REVISED", Role.APPLICANT, actor=mail.sender, now=now,
                            comment=parsed.fresh_text[:2000], inbound_id=inbound.id)
        return Outcome("answer", PROCESSED, application_ids=[int(app.id or 0)])
    session.add(Event(application_id=app.id, at=now, kind=EventKind.CORRESPONDENCE, actor=mail.sender,
                      inbound_id=inbound.id, comment=parsed.fresh_text[:4000]))
    return Outcome("correspondence", ATTENTION, "a message about an application", application_ids=[int(app.id or 0)])


def _recorded_forms(ctx: Context) -> dict[str, Application]:
    """sha256 -> application, for the forms of this message that the same sender already sent."""
    hashes = {d.attachment.sha256 for d in ctx.forms() + ctx.unreadable()}
    if not hashes or ctx.mail.sender is None:
        return {}
    rows = ctx.session.exec(select(Document, Application).where(
        col(Document.sha256).in_(hashes), Document.application_id == Application.id,
        Application.applicant_email == ctx.mail.sender, col(Document.role).in_(("form", "unreadable")),
    )).all()
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
    enqueue(
        ctx.session, ctx.settings, "already_recorded", [ctx.mail.reply_to_address], {
            "applicant_name": ctx.mail.from_name,
            "applications": [{"reference": a.reference, "title": a.title, "received": a.received_at,
                              "stage": workflow.describe(a.stage)} for a in apps],
        },
        dedupe_key=f"resent:{inbound.id}", now=ctx.now, application_id=first.id, inbound_id=inbound.id,
        in_reply_to=ctx.mail.message_id, references=ctx.mail.references, auto_submitted="auto-replied",
        stage=first.stage, reply_to=decisions.applicant_reply_address(ctx.settings, first),
        message_id=decisions.message_id_for(ctx.settings, "ack", first),
    )
    return Outcome("resent", PROCESSED, application_ids=[int(a.id or 0) for a in apps])


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
    Rule("resent", _resent, already_recorded),
    Rule("revision", lambda c: _same_title_open(c) is not None, revise_by_title),
    Rule("submission", lambda c: bool(c.forms()), submit),
    Rule("unreadable_form", lambda c: bool(c.unreadable()), submit),
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
