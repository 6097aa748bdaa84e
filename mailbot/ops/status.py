"""Read-only views of applications for the CLI (status, list, export)."""
from __future__ import annotations

import re
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any

from mailbot.store.reader import Reader, data, when

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

# Columns of `application` by how the driver returns them on SQLite (text) and what they are.
# tests/unit/test_status_columns.py checks these sets against the model.
DATE_COLUMNS = frozenset({"received_at", "stage_entered_at", "paused_at", "target_at", "deadline_at"})
JSON_COLUMNS = frozenset({"fields", "missing_required", "requirements_unmet", "uncertain_fields", "reading",
                          "amendments"})
BOOL_COLUMNS = frozenset({"needs_manual_review"})
# What a listing shows: every column but the extracted fields (the largest).
_LISTED = ("reference", "stage", "applicant_email", "applicant_name", "title", "received_at", "missing_required",
           "requirements_unmet", "needs_manual_review", "version", "target_at", "deadline_at", "uncertain_fields",
           "awaiting")
# The columns a listing may name (also what keeps a column name out of SQL unless it is one).
LISTABLE = frozenset(_LISTED) | {"id", "assigned_to", "request_type", "stage_entered_at", "paused_at"}


def _converter(column: str) -> Any:
    return when if column in DATE_COLUMNS else data if column in JSON_COLUMNS else \
        bool if column in BOOL_COLUMNS else None


def _row(app: dict[str, Any]) -> dict[str, Any]:
    """One application (its `_LISTED` columns, converted) as the JSON of `status --json`."""
    return {
        "reference": app["reference"],
        "stage": app["stage"],
        "applicant_email": app["applicant_email"],
        "applicant_name": app["applicant_name"],
        "title": app["title"],
        "received_at": app["received_at"].isoformat(),
        "missing_required": list(app["missing_required"] or []),
        "uncertain_fields": list(app["uncertain_fields"] or []),
        "awaiting": app["awaiting"],
        "requirements_unmet": list(app["requirements_unmet"] or []),
        "needs_manual_review": app["needs_manual_review"],
        "version": app["version"],
        "target_at": app["target_at"].isoformat() if app["target_at"] else None,
        "deadline_at": app["deadline_at"].isoformat() if app["deadline_at"] else None,
    }


def application_rows(reader: Reader, stage: str | None = None) -> list[dict[str, Any]]:
    """Every application (of one stage), oldest first, as `status --json` shows it."""
    return [_row(dict(zip(_LISTED, r))) for r in listing(reader, *_LISTED, stage=stage)]


def listing(reader: Reader, *columns: str, stage: str | None = None) -> list[tuple[Any, ...]]:
    """Only the named application columns of every application (of one stage), oldest first,
    as rows of values (dates as datetimes, JSON as lists): what a text listing prints. Each
    column left out is one value per application that is never converted."""
    unknown = [c for c in columns if c not in LISTABLE]
    if unknown:
        raise ValueError(f"not a listed application column: {', '.join(unknown)}")
    where = " WHERE stage = :stage" if stage else ""
    rows = reader.rows(f"SELECT {', '.join(columns)} FROM application{where} ORDER BY id", stage=stage)
    converters = [(i, f) for i, f in enumerate(map(_converter, columns)) if f is not None]
    if not converters:
        return rows
    out = []
    for r in rows:
        values = list(r)
        for i, convert in converters:
            values[i] = convert(values[i])
        out.append(tuple(values))
    return out


def _iso(value: Any) -> str:
    at = when(value)
    return at.isoformat() if at else ""


def timeline(reader: Reader, reference: str) -> dict[str, Any] | None:
    """One application with its fields and its events in time order, or None for an unknown reference."""
    found = reader.rows(f"SELECT id, fields, {', '.join(_LISTED)} FROM application WHERE reference = :ref",
                        ref=reference.strip().upper())
    if not found:
        return None
    app_id, fields, *values = found[0]
    app = {c: (_converter(c) or (lambda v: v))(v) for c, v in zip(_LISTED, values)}
    out = _row(app)
    out["fields"] = data(fields) or {}
    events = reader.rows("SELECT at, kind, actor, stage_from, stage_to, comment FROM event "
                         "WHERE application_id = :id ORDER BY at, id", id=app_id)
    out["timeline"] = [
        {
            "at": _iso(at),
            "kind": kind,
            "actor": actor,
            "stage_from": stage_from,
            "stage_to": stage_to,
            "comment": comment,
            "summary": (f"{stage_from or '-'} -> {stage_to}" if stage_to else "") + (f"  {comment[:80]}" if comment else ""),
        }
        for at, kind, actor, stage_from, stage_to, comment in events
    ]
    return out


def _mail_by_status(reader: Reader) -> dict[str, int]:
    return {status: int(n) for status, n in reader.rows("SELECT status, count(*) FROM outbound_mail GROUP BY status")}


def health_lines(reader: Reader) -> list[str]:
    """What a person must look at: parked messages and outgoing mail that did not go."""
    parked = reader.value("SELECT count(*) FROM inbound_message WHERE target_folder = 'attention' "
                          "AND parked_at IS NOT NULL")
    attention = reader.value("SELECT count(*) FROM inbound_message WHERE target_folder = 'attention' "
                             "AND parked_at IS NULL")
    by_status = _mail_by_status(reader)
    polls = [when(v) for (v,) in reader.rows("SELECT last_success_at FROM mailbox_state")]
    lines = []
    if polls:
        last = max((p for p in polls if p), default=None)
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


def alert_lines(reader: Reader) -> list[str]:
    """The operator alerts still open, one line each (mailbot.ops.alerts raises and closes them)."""
    rows = reader.rows("SELECT cause, first_failure_at, last_error FROM operator_alert "
                       "WHERE open_key IS NOT NULL ORDER BY id")
    lines = []
    for cause, first_failure_at, error in rows:
        since = when(first_failure_at)
        lines.append(f"open alert: {cause} since {since.isoformat(timespec='minutes') if since else '?'}: "
                     f"{(error or '')[:120]}")
    return lines


def orphaned_assignments(reader: Reader, settings: Any) -> list[str]:
    """Open applications assigned to an address no longer in [staff]: nobody is reminded for them."""
    from mailbot.review.workflow import TERMINAL

    staff = settings.staff.all_addresses()
    apps = reader.rows("SELECT reference, stage, assigned_to FROM application WHERE assigned_to != '' "
                       "AND stage NOT IN :closed ORDER BY id", closed=sorted(str(t) for t in TERMINAL))
    return [f"{reference} ({stage}) is assigned to {assigned_to}, who is no longer in [staff]; "
            f"reply ASSIGN with a current address" for reference, stage, assigned_to in apps
            if assigned_to.lower() not in staff]


def needs_attention(reader: Reader) -> dict[str, int]:
    """Counts a person must act on (only those above zero): parked messages, outgoing mail that
    failed or may not have gone. `mailbot status` exits with ATTENTION_EXIT when there are any."""
    parked = reader.value("SELECT count(*) FROM inbound_message WHERE target_folder = 'attention'")
    by_status = _mail_by_status(reader)
    counts = {"parked": int(parked or 0)}
    counts.update({s: by_status.get(s, 0) for s in ("failed", "uncertain")})
    return {k: v for k, v in counts.items() if v}


def spreadsheet_cell(value: Any) -> str:
    """A CSV cell a spreadsheet shows as text: formulas from applicants are never executed."""
    text = "; ".join(map(str, value)) if isinstance(value, list) else ("" if value is None else str(value))
    text = " ".join(text.split())  # also drops leading tabs/spaces that would hide a formula
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def export_csv(engine: Engine) -> str:
    import csv
    import io

    from sqlmodel import Session, col, select

    from mailbot.store.models import Application
    from mailbot_parsers.fields import KEYS

    buf = io.StringIO()
    writer = csv.writer(buf)
    head = ["reference", "stage", "applicant_email", "received_at", "target_at", "deadline_at",
            "missing_required", "requirements_unmet", "version"]
    writer.writerow(head + list(KEYS))
    with Session(engine) as session:
        for app in session.exec(select(Application).order_by(col(Application.id))).all():
            row = _row({c: getattr(app, c) for c in _LISTED})
            writer.writerow([spreadsheet_cell(row[h]) for h in head] + [spreadsheet_cell(app.fields.get(k)) for k in KEYS])
    return buf.getvalue()


_UNSAFE = re.compile(r"[^A-Za-z0-9 ._()+\-]+")


def export_documents(engine: Engine, reference: str, folder: Path) -> list[Path]:
    """Write every stored document of application ``reference`` into ``folder`` (created if
    needed); the paths written, in arrival order. Raises LookupError for an unknown reference.

    The sender's file name is only a label: it is reduced to a safe base name and prefixed with
    the document's version and number, so no name can leave ``folder`` or overwrite another.
    """
    from sqlmodel import Session, col, select

    from mailbot.store.models import Application, Document

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
