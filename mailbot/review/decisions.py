"""The review workflow in motion: stage changes, their emails, and decisions by reply.

A decision counts only when all of these hold (anything else changes nothing):
 1. the sender holds the role that decides at the application's current stage;
 2. the email answers one that mailbot sent to that sender about that application at that
    stage: proven by the signed token in the reply address, or by In-Reply-To/References
    naming the Message-ID of such an email (a subject reference alone is never enough);
 3. the mail system vouches for the From address, per [security] sender_check
    (mailbot/review/senders.py): a token alone, or a From alone, never decides.
"""
from __future__ import annotations

import logging
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import bindparam
from sqlalchemy.orm.util import identity_key
from sqlmodel import Session, col, select

from mailbot.config import Settings
from mailbot.intake import rules
from mailbot.mail import wording
from mailbot.mail.emails import REQUIREMENT_TEXT, field_label
from mailbot.mail.message import InboundMail
from mailbot.mail.outbox import enqueue, queued_since, redact
from mailbot.review import commands, formdata, senders, tokens, workflow
from mailbot.review.people import STAFF_ROLES, acting_role, reviewers, staff_roles
from mailbot.review.replies import ParsedReply
from mailbot.review.workflow import Role, Stage
from mailbot.store.events import EventKind
from mailbot.store.models import Application, Document, Event, InboundMessage, OutboundMail

log = logging.getLogger(__name__)

_REFERENCE = re.compile(r"\b([A-Z]{1,6}-\d{4}-\d{4,6})\b")


def message_id_for(settings: Settings, kind: str, app: Application) -> str:
    """An unguessable Message-ID naming the application: a reply's In-Reply-To proves receipt."""
    return tokens.make_message_id(kind, app.reference, settings.mailbox_domain, secrets.token_hex(8))


def applicant_reply_address(settings: Settings, app: Application) -> str:
    token = tokens.make_token(settings.secret, int(app.id or 0), app.stage, app.applicant_email)
    return tokens.reply_address(settings.mailbox_address, token)


def _fields_for_email(app: Application) -> list[tuple[str, str]]:
    return [(k, "; ".join(v) if isinstance(v, list) else str(v)) for k, v in app.fields.items()]


def _mailto(address: str, keyword: str, reference: str) -> str:
    from urllib.parse import quote

    # The keyword goes first in the subject so the reply reads as a command (see commands.py).
    return f"mailto:{address}?subject={quote(f'{keyword} [{reference}]')}"


# review_documents' two queries, built once (every new application and revision asks them).
_DOCUMENTS_OF = select(Document.id, Document.role, Document.version).where(Document.application_id == bindparam("app_id"))
_DOCUMENTS = select(Document).where(col(Document.id).in_(bindparam("ids", expanding=True))).order_by(col(Document.id))


def review_documents(session: Session, app: Application) -> list[Document]:
    """What a reviewer reads: the concept form as received (its latest version) and every letter
    of support, in the order they arrived."""
    # Which ones first, without their bytes: an application revised many times keeps every
    # version's file, and only the latest is read.
    rows = session.exec(_DOCUMENTS_OF, params={"app_id": app.id}).all()
    latest = max((version for _, role, version in rows if role in ("form", "unreadable")), default=0)
    wanted = [i for i, role, version in rows
              if (role in ("form", "unreadable") and version == latest) or role == "letter_of_support"]
    # The documents this session holds already (those the message being handled just stored: a
    # revision's form) are the objects the SELECT would return; reading them again would copy their
    # bytes out of the database for nothing. The others (earlier letters of support) in one SELECT.
    held: dict[int, Document] = {}
    missing: list[int] = []
    for i in wanted:
        doc = session.identity_map.get(identity_key(Document, i))
        if isinstance(doc, Document) and doc.id is not None:
            held[doc.id] = doc
        elif i is not None:
            missing.append(i)
    if missing:
        for doc in session.exec(_DOCUMENTS, params={"ids": missing}).all():
            assert doc.id is not None
            held[doc.id] = doc
    return [held[i] for i in sorted(held)]


def as_attachments(docs: list[Document]) -> tuple[tuple[str, str, bytes], ...]:
    return tuple((d.filename or d.storage_name, d.content_type or "application/octet-stream", d.data or b"")
                 for d in docs if d.data)


def request_review(session: Session, settings: Settings, app: Application, now: datetime, *, key: str,
                   inbound_id: int | None = None, comment: str = "", changed: list[str] | None = None,
                   documents: list[str] | None = None, problem: str = "") -> None:
    """Email each reviewer of the app's current stage, with a reply address signed for them."""
    role = acting_role(app.stage)
    keywords = commands.decision_keywords(app.stage, role)
    template = "ce_new_application" if app.stage == Stage.CE_ASSESSMENT and app.version == 1 and not comment \
        and not changed else "review_request"
    docs = review_documents(session, app)
    fits = sum(d.size for d in docs) <= settings.outbox.review_attachments_max_bytes
    attachments = as_attachments(docs) if fits else ()
    people = reviewers(settings, app)
    if not people:
        return
    # What every reviewer's email says alike, built once; only the signed reply address (and the
    # mailto links that carry it) and the Message-ID differ per reviewer.
    common = {
        "app": app, "stage": workflow.describe(app.stage),
        "received": app.received_at.astimezone(settings.timezone),
        "target_date": app.target_at.astimezone(settings.timezone) if app.target_at else None,
        "deadline_date": app.deadline_at.astimezone(settings.timezone) if app.deadline_at else None,
        "missing": [field_label(k) for k in app.missing_required],
        "requirements_unmet": [REQUIREMENT_TEXT[r] for r in app.requirements_unmet],
        "documents": documents or [], "problem": problem, "comment": comment,
        "changed": [field_label(k) for k in (changed or [])],
        "fields": _fields_for_email(app), "keywords": keywords,
        "rows": formdata.field_rows(app), "awaiting": app.awaiting,
        "uncertain": [field_label(k) for k in app.uncertain_fields],
        "can_set": commands.COMMANDS["SET"].usable(app.stage, role) if role and "SET" in commands.COMMANDS
        else False,
        "help": commands.help_lines(app.stage, role),
        "attached": [name for name, _, _ in attachments],
        "withheld": [d.filename for d in docs] if not fits else [],
    }
    for reviewer in people:
        token = tokens.make_token(settings.secret, int(app.id or 0), app.stage, reviewer)
        reply = tokens.reply_address(settings.mailbox_address, token)
        enqueue(
            session, settings, template, [reviewer],
            {**common, "mailto": {k: _mailto(reply, k, app.reference) for k in keywords}},
            dedupe_key=f"review:{key}:{reviewer}", now=now, application_id=app.id, inbound_id=inbound_id,
            reply_to=reply, stage=app.stage, message_id=message_id_for(settings, "review", app),
            attachments=attachments,
        )


def tell_reviewers(session: Session, settings: Settings, app: Application, now: datetime, email: str,
                   ctx: dict[str, Any], *, key: str, inbound_id: int | None = None) -> None:
    """Queue the email kind ``email`` to each reviewer of the app's current stage, with a reply
    address signed for them (so a command by reply to it is authorised like one to a review email)."""
    for reviewer in reviewers(settings, app):
        token = tokens.make_token(settings.secret, int(app.id or 0), app.stage, reviewer)
        enqueue(
            session, settings, email, [reviewer], {"app": app, **ctx},
            dedupe_key=f"{email}:{key}:{reviewer}", now=now, application_id=app.id, inbound_id=inbound_id,
            reply_to=tokens.reply_address(settings.mailbox_address, token), stage=app.stage,
            message_id=message_id_for(settings, "review", app),
        )


def tell_applicant(session: Session, settings: Settings, app: Application, now: datetime, email: str,
                   ctx: dict[str, Any], *, key: str, inbound_id: int | None = None) -> None:
    """Queue the email kind ``email`` to the applicant in the application's thread, in the
    application's language, with a reply address signed for them at the current stage. The
    context has ``app``, and ``stage`` and ``explain`` (the current stage's name and meaning in
    the applicant's language)."""
    enqueue(
        session, settings, email, [app.applicant_email], {
            "app": app, "stage": wording.stage_name(app.stage, app.language),
            "explain": wording.stage_explanation(app.stage, app.language), **ctx},
        dedupe_key=f"applicant:{key}", now=now, application_id=app.id, inbound_id=inbound_id,
        in_reply_to=app.thread_message_id or None, auto_submitted="auto-generated", stage=app.stage,
        reply_to=applicant_reply_address(settings, app),
        message_id=message_id_for(settings, "update", app), language=app.language,
    )


def notify_applicant(session: Session, settings: Settings, app: Application, now: datetime, *, key: str,
                     keyword: str, comment: str, inbound_id: int | None = None) -> None:
    """Tell the applicant the stage changed (with the reviewer's comment when the keyword shares it)."""
    tell_applicant(session, settings, app, now, "stage_changed", {
        "comment": comment if commands.shares_comment(keyword) else "",
        "target_date": app.target_at.astimezone(settings.timezone) if app.target_at else None,
        "terminal": workflow.is_terminal(app.stage),
        "awaiting_you": app.stage in (Stage.AWAITING_APPLICANT, Stage.IN_DEVELOPMENT),
    }, key=key, inbound_id=inbound_id)


def enter_stage(session: Session, settings: Settings, app: Application, now: datetime) -> None:
    """Due dates and reminder rows for the app's current stage (the clock owns the calendar)."""
    from mailbot.clock.due import on_stage_entered

    on_stage_entered(session, settings, app, now)


def change_stage(session: Session, settings: Settings, app: Application, keyword: str, role: Role, *,
                 actor: str, now: datetime, comment: str = "", inbound_id: int | None = None,
                 changed: list[str] | None = None, kind: EventKind | None = None) -> Event:
    """Apply one transition of the workflow table, record it, and queue every email it causes.

    ``kind`` is the event recorded (a command's own); by default a staff move is a decision and
    any other (the applicant's, mailbot's) a stage change.
    """
    before = app.stage
    # What UNDO needs to put back: the stage's reviewer and its dates.
    undo = {"assigned_to": app.assigned_to,
            "target_at": app.target_at.isoformat() if app.target_at else None,
            "deadline_at": app.deadline_at.isoformat() if app.deadline_at else None}
    target = workflow.apply(before, keyword, role, app.request_type or None)
    app.stage, app.stage_entered_at = target.value, now
    if target != Stage.CE_ASSESSMENT or before != Stage.AWAITING_APPLICANT:
        app.assigned_to = ""  # an assignment is for one stage
    enter_stage(session, settings, app, now)
    session.add(app)
    if kind is None:
        kind = EventKind.DECISION if role in STAFF_ROLES else EventKind.STAGE_CHANGE
    event = Event(application_id=app.id, at=now, kind=kind,
                  actor=actor, inbound_id=inbound_id, stage_from=before, stage_to=target.value, comment=comment,
                  data={"keyword": keyword, "role": role.value, "changed": changed or [], "before": undo})
    session.add(event)
    session.flush()
    key = f"{app.id}:{event.id}"
    if target != Stage.FULL_PROPOSAL_RECEIVED:  # forwarded at once: one email for both steps
        notify_applicant(session, settings, app, now, key=key, keyword=keyword, comment=comment,
                         inbound_id=inbound_id)
    request_review(session, settings, app, now, key=key, inbound_id=inbound_id, changed=changed,
                   comment=f"{workflow.describe(before)}: {keyword}" + (f" ({comment})" if comment else ""))
    if target == Stage.FULL_PROPOSAL_RECEIVED:
        # The published process sends the full proposal straight to the SMT.
        return change_stage(session, settings, app, "FORWARD", Role.SYSTEM, actor="mailbot", now=now,
                            inbound_id=inbound_id)
    return event


# ---- replies --------------------------------------------------------------------------------

@dataclass
class Link:
    """How a reply is tied to an application, and how strongly."""

    app: Application | None
    proof: str  # "token" | "message-id" | "subject" | ""
    stage: str = ""  # the stage the proving email was about
    bad_token: bool = False


def link_reply(session: Session, settings: Settings, mail: InboundMail) -> Link:
    sender = mail.sender or ""
    bad = False
    for address in mail.addressed_to:
        token = tokens.token_from_address(address, settings.mailbox_address)
        if not token:
            continue
        claims = tokens.verify_token(settings.secret, token, sender)
        if claims is None:
            bad = True
            continue
        app = session.get(Application, claims.application_id)
        named = _REFERENCE.search(mail.subject.upper())
        if app is not None and named and named.group(1) != app.reference:
            # The token proves one application, the subject names another: trust neither.
            return Link(app, "mismatch", claims.stage, True)
        return Link(app, "token", claims.stage)
    ids = list(mail.thread_ids)
    if ids:
        # The columns that tie the thread to an application, not the emails' bodies.
        rows = [(app_id, list(recipients), stage) for app_id, recipients, stage in session.exec(
            select(OutboundMail.application_id, OutboundMail.recipients, OutboundMail.stage)
            .where(col(OutboundMail.message_id).in_(ids)).order_by(col(OutboundMail.id))).all()]
        mine = [(app_id, stage) for app_id, recipients, stage in rows if app_id and sender in recipients]
        if mine:
            app_id, stage = mine[-1]
            return Link(session.get(Application, app_id), "message-id", stage, bad)
        if rows and rows[-1][0]:
            # An answer in our thread from someone we did not write to (a CC'd colleague).
            return Link(session.get(Application, rows[-1][0]), "thread", rows[-1][2], bad)
        apps = session.exec(select(Application).where(col(Application.thread_message_id).in_(ids))).all()
        if apps:
            return Link(apps[-1], "thread", "", bad)
    m = _REFERENCE.search(mail.subject.upper())
    if m:
        app = session.exec(select(Application).where(Application.reference == m.group(1))).first()
        if app is not None:
            return Link(app, "subject", "", bad)
    return Link(None, "", "", bad)


def authorise(settings: Settings, mail: InboundMail, link: Link, keyword: str) -> tuple[Role | None, str]:
    """(the role that may act, "") or (None, the reason in one sentence)."""
    app = link.app
    assert app is not None and mail.sender is not None
    roles = staff_roles(settings, mail.sender)
    if mail.sender == app.applicant_email:
        roles.append(Role.APPLICANT)
    if link.proof not in ("token", "message-id"):
        return None, ("it does not answer an email mailbot sent you about this application "
                      "(reply to the review email itself: it carries your personal reply address)")
    if link.stage != app.stage:
        return None, (f"the email you answered was about the {workflow.describe(link.stage or 'received')} stage, "
                      f"but {app.reference} is now at {workflow.describe(app.stage)}")
    command = commands.COMMANDS[keyword]
    usable = [r for r in roles if command.usable(app.stage, r)]
    if not usable:
        valid = sorted({k for r in roles for k in commands.decision_keywords(app.stage, r)})
        return None, (f"{keyword} cannot be used by you at the {workflow.describe(app.stage)} stage"
                      + (f"; valid now: {', '.join(valid)}" if valid else ""))
    vouched = senders.vouch(settings, mail)
    if not vouched.ok:
        return None, f"the mail system did not vouch for the sender ({vouched.reason})"
    return usable[0], ""


def looks_forged(settings: Settings, mail: InboundMail, link: Link) -> bool:
    """Should a refusal stay unanswered? Yes when the From address may be forged: the message is
    not in one of our threads and authentication did not pass. Answering a forgery would mail
    whoever the forger names; the CE admins are alerted instead."""
    if link.proof in ("token", "message-id", "thread", "mismatch"):
        return False
    if settings.sender_check != "none":
        return not senders.vouch(settings, mail).ok
    # No trusted server configured: a failure recorded by any server is still a warning sign.
    text = " ".join(mail.auth_results).lower()
    return "dmarc=fail" in text or ("spf=fail" in text and "dkim=pass" not in text)


def _transcript(session: Session, settings: Settings, mail: InboundMail, inbound: InboundMessage,
                app: Application | None, lines: list[str], now: datetime, *, ok: bool) -> None:
    assert mail.sender is not None
    # The applicant's own command (WITHDRAW, STATUS) is answered in the application's language.
    to_applicant = app is not None and mail.sender == app.applicant_email and not staff_roles(settings, mail.sender)
    enqueue(
        session, settings, "command_result", [mail.sender], {
            "reference": app.reference if app else "", "title": app.title if app else "",
            "lines": lines, "ok": ok, "subject": rules.strip_reply_prefixes(mail.subject)[:150],
        },
        dedupe_key=f"{'transcript' if ok else 'refusal'}:{inbound.id}", now=now, application_id=app.id if app else None,
        inbound_id=inbound.id, in_reply_to=mail.message_id, references=mail.references,
        auto_submitted="auto-replied", stage=app.stage if app else "",
        language=app.language if app is not None and to_applicant else "en",
    )


def _refused_lately(session: Session, sender: str, app: Application | None, now: datetime) -> bool:
    """A "not done" answer went to this staff address about this application within the hour.
    A forged staff From repeated must not become a stream of mail to the real colleague."""
    return queued_since(session, key_prefix="refusal:", recipient=sender,
                        application_id=app.id if app else None, since=now - timedelta(hours=1))


def _alert_admins(session: Session, settings: Settings, mail: InboundMail, inbound: InboundMessage,
                  app: Application | None, keyword: str, reason: str, now: datetime) -> None:
    """Tell CE admins once per sender per day: a storm of forgeries must not become a storm of alerts."""
    day = now.astimezone(settings.timezone).date().isoformat()
    enqueue(
        session, settings, "security_alert", list(settings.staff.ce), {
            "sender": mail.sender or mail.from_header, "keyword": keyword, "reason": reason,
            "reference": app.reference if app else "", "subject": mail.subject[:150],
            "message_id": mail.message_id[:200],
        },
        dedupe_key=f"alert:{mail.sender}:{day}", now=now, application_id=app.id if app else None,
        inbound_id=inbound.id,
    )


def _timeline_lines(session: Session, settings: Settings, app: Application, language: str = "en") -> list[str]:
    """The application's history, one line per event, in ``language`` (the applicant's, for STATUS
    asked by the applicant; staff read the office's)."""
    events = session.exec(
        select(Event).where(Event.application_id == app.id).order_by(col(Event.at), col(Event.id))).all()
    french = language == "fr"
    current = "Étape actuelle :" if french else "Current stage:"
    out = [f"{app.reference}{' :' if french else ':'} {app.title}", f"{current} {wording.stage_name(app.stage, language)}"]
    for e in events:
        when = e.at.astimezone(settings.timezone).strftime("%Y-%m-%d %H:%M")
        start = wording.stage_name(e.stage_from, language) if e.stage_from else ("nouvelle" if french else "new")
        move = f"{start} -> {wording.stage_name(e.stage_to, language)}" if e.stage_to else e.kind
        out.append(f"{when}  {move}  ({e.actor or 'mailbot'})")
    return out


@dataclass
class _Reply:
    """:class:`mailbot.review.commands.Actions` for one authorised reply, in its transaction."""

    session: Session
    settings: Settings
    mail: InboundMail
    inbound: InboundMessage
    app: Application
    role: Role
    parsed: ParsedReply
    now: datetime

    @property
    def actor(self) -> str:
        assert self.mail.sender is not None
        return self.mail.sender

    @property
    def argument(self) -> str:
        return self.parsed.argument

    @property
    def comment(self) -> str:
        return self.parsed.comment

    def change_stage(self, command: commands.Command) -> None:
        change_stage(self.session, self.settings, self.app, command.name, self.role, actor=self.actor,
                     now=self.now, comment=self.comment, inbound_id=self.inbound.id, kind=command.event)

    def record(self, kind: EventKind, comment: str = "", data: dict[str, Any] | None = None) -> None:
        self.session.add(self.app)
        self.session.add(Event(application_id=self.app.id, at=self.now, kind=kind, actor=self.actor,
                               inbound_id=self.inbound.id, comment=comment, data=data or {}))
        self.session.flush()

    def request_review(self, comment: str) -> None:
        request_review(self.session, self.settings, self.app, self.now,
                       key=f"{self.app.id}:{self.parsed.keyword}:{self.inbound.id}".lower().replace(" ", "-"),
                       inbound_id=self.inbound.id, comment=comment)

    def reschedule(self, by: timedelta) -> tuple[datetime | None, datetime | None]:
        from mailbot.clock.due import reschedule

        return reschedule(self.session, self.settings, self.app, self.now, by=by,
                          reason=f"{self.parsed.keyword} by {self.actor}")

    def tell_applicant(self, email: str, ctx: dict[str, Any]) -> None:
        tell_applicant(self.session, self.settings, self.app, self.now, email, ctx,
                       key=f"{email}:{self.inbound.id}", inbound_id=self.inbound.id)

    def timeline(self) -> list[str]:
        language = self.app.language if self.role == Role.APPLICANT else "en"
        return _timeline_lines(self.session, self.settings, self.app, language)

    def send_documents(self) -> list[str]:
        docs = review_documents(self.session, self.app)
        if docs:
            enqueue(self.session, self.settings, "documents", [self.actor], {
                "app": self.app, "names": [d.filename for d in docs],
            }, dedupe_key=f"documents:{self.inbound.id}", now=self.now, application_id=self.app.id,
                inbound_id=self.inbound.id, stage=self.app.stage, in_reply_to=self.mail.message_id,
                attachments=as_attachments(docs))
        return [d.filename for d in docs]

    def last_change(self) -> Event | None:
        events = self.session.exec(select(Event).where(Event.application_id == self.app.id)
                                   .order_by(col(Event.at).desc(), col(Event.id).desc())).all()
        return next((e for e in events if e.kind in EventKind.where("changes_application")), None)

    def undo(self, decision: Event) -> list[str]:
        return undo_decision(self.session, self.settings, self.app, decision, actor=self.actor, now=self.now,
                             inbound_id=self.inbound.id)


def handle_command(session: Session, settings: Settings, mail: InboundMail, inbound: InboundMessage,
                   link: Link, parsed: ParsedReply, now: datetime) -> str:
    """A reply whose fresh first line is a keyword. Returns "folder" or "folder:reason".

    Authorises the sender, checks the argument, then runs the keyword's handler (its command
    object) and answers with a transcript.
    """
    assert mail.sender is not None and parsed.keyword is not None
    keyword, app = parsed.keyword, link.app
    is_staff = bool(staff_roles(settings, mail.sender))
    if app is None:
        if is_staff and not looks_forged(settings, mail, link) and not _refused_lately(session, mail.sender, None, now):
            _transcript(session, settings, mail, inbound, None, [
                f"{keyword}: not done. mailbot could not tell which application this is about.",
                "Reply to the email mailbot sent you about the application: it carries your personal reply address.",
            ], now, ok=False)
        if is_staff:
            _alert_admins(session, settings, mail, inbound, None, keyword, "no application could be identified", now)
        return "attention:unauthenticated decision attempt: no application could be identified"
    role, reason = authorise(settings, mail, link, keyword)
    if role is None:
        session.add(Event(application_id=app.id, at=now, kind=EventKind.REJECTED_COMMAND, actor=mail.sender,
                          inbound_id=inbound.id, comment=f"{keyword}: {reason}"))
        log.warning("%s: %s from %s refused for %s: %s", mail.message_id, keyword, redact(mail.sender),
                    app.reference, reason)
        _alert_admins(session, settings, mail, inbound, app, keyword, reason, now)
        if is_staff and not looks_forged(settings, mail, link) and not _refused_lately(session, mail.sender, app, now):
            _transcript(session, settings, mail, inbound, app, [
                f"{keyword}: not done, because {reason}.", "Nothing was changed.",
                *[f"  {h}" for h in (commands.help_lines(app.stage, staff_roles(settings, mail.sender)[0]))],
            ], now, ok=False)
        return "attention:unauthenticated decision attempt: " + reason
    command = commands.COMMANDS[keyword]
    problem = command.check(parsed.argument)
    if problem:
        _transcript(session, settings, mail, inbound, app, [f"{keyword}: not done. {problem}"], now, ok=False)
        return "processed"
    result = command.handle(command, _Reply(session, settings, mail, inbound, app, role, parsed, now))
    session.add(app)
    _transcript(session, settings, mail, inbound, app, result.lines, now, ok=result.ok)
    return "processed"


def undo_decision(session: Session, settings: Settings, app: Application, decision: Event, *, actor: str,
                  now: datetime, inbound_id: int | None = None) -> list[str]:
    """Put ``app`` back where it was before ``decision`` (read from the event, not the transitions
    table): its stage, reviewer and dates; mark the decision undone, record the reversal, and tell
    everyone who was emailed because of the decision. Returns those addresses."""
    from mailbot.clock.due import reschedule

    data = dict(decision.data or {})
    before = dict(data.get("before") or {})
    moved_to = app.stage
    app.stage, app.assigned_to = decision.stage_from, str(before.get("assigned_to") or "")
    enter_stage(session, settings, app, now)
    dates = tuple(datetime.fromisoformat(v) if v else None for v in (before.get("target_at"), before.get("deadline_at")))
    if any(dates) and app.stage != Stage.AWAITING_APPLICANT:  # a paused clock keeps its dates anyway
        reschedule(session, settings, app, now, to=(dates[0], dates[1]), reason=f"UNDO by {actor}")
    decision.data = {**data, "undone": True}  # a new dict: the JSON column sees the change
    session.add(decision)
    session.add(app)
    undone = Event(application_id=app.id, at=now, kind=EventKind.UNDONE, actor=actor, inbound_id=inbound_id,
                   stage_from=moved_to, stage_to=app.stage, comment=f"{data.get('keyword', '')} withdrawn",
                   data={"keyword": "UNDO", "undid": decision.id, "undone_keyword": data.get("keyword", "")})
    session.add(undone)
    session.flush()
    # The emails the decision caused carry its event id in their outbox key (see change_stage).
    rows = session.exec(select(OutboundMail).where(OutboundMail.application_id == app.id)).all()
    keys = (f"applicant:{app.id}:{decision.id}", f"review:{app.id}:{decision.id}:")
    told = sorted({r for row in rows if row.dedupe_key.startswith(keys) and row.status != "suppressed"
                   for r in row.recipients})
    for person in told:
        applicant = person == app.applicant_email.lower()
        lang = app.language if applicant else "en"  # reviewers read the office's language
        enqueue(session, settings, "decision_withdrawn", [person], {
            "app": app, "keyword": data.get("keyword", ""), "actor": decision.actor,
            "decided_stage": wording.stage_name(app.stage, lang), "moved_to": wording.stage_name(moved_to, lang),
            "to_applicant": applicant,
        }, dedupe_key=f"undo:{undone.id}:{person}", now=now, application_id=app.id, inbound_id=inbound_id,
            stage=app.stage, in_reply_to=(app.thread_message_id or None) if applicant else None,
            reply_to=applicant_reply_address(settings, app) if applicant else None,
            message_id=message_id_for(settings, "undo", app), language=lang)
    return told


def new_version(session: Session, app: Application, forms: list[Any], inbound: InboundMessage,
                now: datetime) -> list[str]:
    """Make a revised form the app's reading (see :mod:`mailbot.review.formdata`: a staff correction
    or an answer of a field the revision leaves unchanged stands); return the keys whose values changed."""
    result = forms[0].result
    app.version += 1
    if result is None or result.unsupported_format:
        changed: list[str] = []  # still nothing readable: the fields stay as they were
    else:
        changed = formdata.apply_reading(app, formdata.Reading.of(result))
        app.awaiting = ""
        app.needs_manual_review = result.needs_manual_review
    session.add(app)
    session.add(Event(application_id=app.id, at=now, kind=EventKind.REVISED, actor=inbound.from_addr, inbound_id=inbound.id,
                      comment=f"version {app.version}", data={"changed": changed}))
    return changed
