"""Read-only views of applications for the CLI (status, list, export)."""
from __future__ import annotations

from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from mailbot.models import Application, Event


def _row(app: Application) -> dict[str, Any]:
    return {
        "reference": app.reference,
        "stage": app.stage,
        "applicant_email": app.applicant_email,
        "applicant_name": app.applicant_name,
        "title": app.title,
        "received_at": app.received_at.isoformat(),
        "missing_required": list(app.missing_required),
        "requirements_unmet": list(app.requirements_unmet),
        "needs_manual_review": app.needs_manual_review,
        "version": app.version,
        "target_at": app.target_at.isoformat() if app.target_at else None,
        "deadline_at": app.deadline_at.isoformat() if app.deadline_at else None,
    }


def application_rows(engine: Engine, stage: str | None = None) -> list[dict[str, Any]]:
    with Session(engine) as session:
        q = select(Application).order_by(Application.id)  # type: ignore[arg-type]
        if stage:
            q = q.where(Application.stage == stage)
        return [_row(a) for a in session.exec(q).all()]


def timeline(engine: Engine, reference: str) -> dict[str, Any] | None:
    with Session(engine) as session:
        app = session.exec(select(Application).where(Application.reference == reference.strip().upper())).first()
        if app is None:
            return None
        events = session.exec(select(Event).where(Event.application_id == app.id).order_by(Event.at, Event.id)).all()  # type: ignore[arg-type]
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
