"""Read-only views of applications for the CLI (status, list, export)."""
from __future__ import annotations

import re
from pathlib import Path, PurePath
from typing import Any

from sqlalchemy import select as sa_select
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from mailbot.store.models import Application, Document, Event, InboundMessage, MailboxState, OutboundMail


# What a listing shows: every column but the extracted fields (the largest), read without
# building ORM objects, so `status` and `list` stay fast at tens of thousands of applications.
_LISTED: tuple[Any, ...] = (Application.reference, Application.stage, Application.applicant_email, Application.applicant_name,
           Application.title, Application.received_at, Application.missing_required,
           Application.requirements_unmet, Application.needs_manual_review, Application.version,
           Application.target_at, Application.deadline_at, Application.uncertain_fields, Application.awaiting)


def _row(app: Any) -> dict[str, Any]:
    """One application as a dict; `app` is an Application or a row of the `_LISTED` columns."""
    return {
        "reference": app.reference,
        "stage": app.stage,
        "applicant_email": app.applicant_email,
        "applicant_name": app.applicant_name,
        "title": app.title,
        "received_at": app.received_at.isoformat(),
        "missing_required": list(app.missing_required),
        "uncertain_fields": list(app.uncertain_fields or []),
        "awaiting": app.awaiting,
        "requirements_unmet": list(app.requirements_unmet),
        "needs_manual_review": app.needs_manual_review,
        "version": app.version,
        "target_at": app.target_at.isoformat() if app.target_at else None,
        "deadline_at": app.deadline_at.isoformat() if app.deadline_at else None,
    }


def application_rows(engine: Engine, stage: str | None = None) -> list[dict[str, Any]]:
    with Session(engine) as session:
        q = sa_select(*_LISTED).order_by(col(Application.id))
        if stage:
            q = q.where(col(Application.stage) == stage)
        return [_row(a) for a in session.execute(q).all()]


def listing(engine: Engine, *columns: str, stage: str | None = None) -> list[Any]:
    """Only the named Application columns of every application (of one stage), oldest first,
    as rows of values: what a text listing prints. Each column left out is one value per
    application that is never converted (JSON and dates are most of the cost of a full row)."""
    with Session(engine) as session:
        q = sa_select(*(getattr(Application, c) for c in columns)).order_by(col(Application.id))
        if stage:
            q = q.where(col(Application.stage) == stage)
        return list(session.execute(q).all())


def timeline(engine: Engine, reference: str) -> dict[str, Any] | None:
    with Session(engine) as session:
        app = session.exec(select(Application).where(Application.reference == reference.strip().upper())).first()
        if app is None:
            return None
        events = session.exec(
            select(Event).where(Event.application_id == app.id).order_by(col(Event.at), col(Event.id))).all()
        data = _row(app)
        data["fields"] = app.fields
        data["timeline"] = [
            {
                "at": e.at.isoformat(),
                "kind": e.kind,
                "actor": e.actor,
                "stage_from": e.stage_from,
                "stage_to": e.stage_to,
                "comment": e.comment,
                "summary": (f"{e.stage_from or '-'} -> {e.stage_to}" if e.stage_to else "") + (f"  {e.comment[:80]}" if e.comment else ""),
            }
            for e in events
        ]
        return data


def health_lines(engine: Engine) -> list[str]:
    """What a person must look at: parked messages and outgoing mail that did not go."""
    from sqlalchemy import func

    with Session(engine) as session:
        parked = session.exec(select(func.count()).select_from(InboundMessage).where(
            InboundMessage.target_folder == "attention", col(InboundMessage.parked_at).is_not(None))).one()
        attention = session.exec(select(func.count()).select_from(InboundMessage).where(
            InboundMessage.target_folder == "attention", col(InboundMessage.parked_at).is_(None))).one()
        by_status = dict(session.exec(select(OutboundMail.status, func.count())
                                      .group_by(col(OutboundMail.status))).all())
        polls = session.exec(select(MailboxState)).all()
    lines = []
    if polls:
        last = max((p.last_success_at for p in polls if p.last_success_at), default=None)
        lines.append(f"last successful mailbox read: {last.isoformat(timespec='seconds') if last else 'never'}")
    lines.append(f"parked messages: {parked}" + (" (mailbot could not process them; 'mailbot parked' lists them)"
                                                 if parked else ""))
    if attention:
        lines.append(f"{attention} messages from people were left unanswered in the attention folder for staff")
    for status, meaning in (("failed", "could not be sent"), ("uncertain", "may not have been sent (process stopped mid-send)"),
                            ("pending", "are waiting to be sent")):
        if by_status.get(status):
            lines.append(f"{by_status[status]} outgoing emails {meaning}")
    return lines


def orphaned_assignments(engine: Engine, settings: Any) -> list[str]:
    """Open applications assigned to an address no longer in [staff]: nobody is reminded for them."""
    from mailbot.review.workflow import TERMINAL

    staff = settings.staff.all_addresses()
    with Session(engine) as session:  # three columns, not whole rows: most open applications are assigned
        apps = session.execute(sa_select(col(Application.reference), col(Application.stage), col(Application.assigned_to))
                               .where(col(Application.assigned_to) != "").order_by(col(Application.id))).all()
    return [f"{reference} ({stage}) is assigned to {assigned_to}, who is no longer in [staff]; "
            f"reply ASSIGN with a current address" for reference, stage, assigned_to in apps
            if stage not in {str(t) for t in TERMINAL} and assigned_to.lower() not in staff]


def needs_attention(engine: Engine) -> dict[str, int]:
    """Counts a person must act on (only those above zero): parked messages, outgoing mail that
    failed or may not have gone. `mailbot status` exits with ATTENTION_EXIT when there are any."""
    from sqlalchemy import func

    with Session(engine) as session:
        parked = session.exec(select(func.count()).select_from(InboundMessage)
                              .where(InboundMessage.target_folder == "attention")).one()
        by_status = dict(session.exec(select(OutboundMail.status, func.count())
                                      .group_by(col(OutboundMail.status))).all())
    counts = {"parked": int(parked)}
    counts.update({s: int(by_status.get(s, 0)) for s in ("failed", "uncertain")})
    return {k: v for k, v in counts.items() if v}


def spreadsheet_cell(value: Any) -> str:
    """A CSV cell a spreadsheet shows as text: formulas from applicants are never executed."""
    text = "; ".join(map(str, value)) if isinstance(value, list) else ("" if value is None else str(value))
    text = " ".join(text.split())  # also drops leading tabs/spaces that would hide a formula
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def export_csv(engine: Engine) -> str:
    import csv
    import io

    from mailbot_parsers.fields import KEYS

    buf = io.StringIO()
    writer = csv.writer(buf)
    head = ["reference", "stage", "applicant_email", "received_at", "target_at", "deadline_at",
            "missing_required", "requirements_unmet", "version"]
    writer.writerow(head + list(KEYS))
    with Session(engine) as session:
        for app in session.exec(select(Application).order_by(col(Application.id))).all():
            row = _row(app)
            writer.writerow([spreadsheet_cell(row[h]) for h in head] + [spreadsheet_cell(app.fields.get(k)) for k in KEYS])
    return buf.getvalue()


_UNSAFE = re.compile(r"[^A-Za-z0-9 ._()+\-]+")


def export_documents(engine: Engine, reference: str, folder: Path) -> list[Path]:
    """Write every stored document of application ``reference`` into ``folder`` (created if
    needed); the paths written, in arrival order. Raises LookupError for an unknown reference.

    The sender's file name is only a label: it is reduced to a safe base name and prefixed with
    the document's version and number, so no name can leave ``folder`` or overwrite another.
    """
    with Session(engine) as session:
        app = session.exec(select(Application).where(Application.reference == reference.upper())).first()
        if app is None:
            raise LookupError(reference)
        docs = session.exec(select(Document).where(Document.application_id == app.id)
                            .order_by(col(Document.id))).all()
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        for n, doc in enumerate(docs, 1):
            base = _UNSAFE.sub("_", PurePath((doc.filename or doc.storage_name).replace("\\", "/")).name)
            base = base.strip(" .")[:120] or "document"
            path = folder / f"v{doc.version}-{n:02d}-{base}"
            path.write_bytes(doc.data or b"")
            written.append(path)
        return written
