"""One notice to CE staff for an email that brought several concept forms.

One email can carry several forms, so one inbound message must not become one staff email per
form (an outsider could multiply staff mail that way). Each application keeps its own signed
reply address, given per application in the notice's buttons; later review requests (one per
application and reviewer, sent when a decision moves it on) are unchanged.
"""
from __future__ import annotations

from datetime import datetime
from urllib.parse import quote

from sqlmodel import Session

from mailbot.config import Settings
from mailbot.mail.emails import REQUIREMENT_TEXT, field_label
from mailbot.mail.outbox import enqueue
from mailbot.review import decisions, tokens, workflow
from mailbot.store.models import Application


def request_reviews_together(session: Session, settings: Settings, apps: list[tuple[Application, str]],
                             now: datetime, *, inbound_id: int, documents: list[str]) -> None:
    """Email each CE reviewer once, listing every (application, problem) of one inbound email."""
    first = apps[0][0]
    role = decisions.acting_role(first.stage)
    keywords = [k for k in workflow.allowed(first.stage, role) if k in workflow.DECISION_KEYWORDS] if role else []
    for reviewer in decisions.reviewers(settings, first):
        items = []
        for app, problem in apps:
            reply = tokens.reply_address(settings.mailbox_address,
                                         tokens.make_token(settings.secret, int(app.id or 0), app.stage, reviewer))
            items.append({
                "app": app, "problem": problem, "reply": reply,
                "missing": [field_label(k) for k in app.missing_required],
                "requirements_unmet": [REQUIREMENT_TEXT[r] for r in app.requirements_unmet],
                "mailto": {k: f"mailto:{reply}?subject={quote(f'{k} [{app.reference}]')}" for k in keywords},
            })
        enqueue(
            session, settings, "ce_new_applications", [reviewer], {
                "items": items, "applicant": first.applicant_email, "keywords": keywords,
                "received": first.received_at.astimezone(settings.timezone),
                "target_date": first.target_at.astimezone(settings.timezone) if first.target_at else None,
                "deadline_date": first.deadline_at.astimezone(settings.timezone) if first.deadline_at else None,
                "documents": documents,
            },
            dedupe_key=f"review:inbound-{inbound_id}:new:{reviewer}", now=now, application_id=first.id,
            inbound_id=inbound_id, stage=first.stage,
        )
