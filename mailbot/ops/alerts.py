"""The service's own alert checks: warnings before the OAuth2 client secret expires, and the list
of open alerts for `mailbot status`. Raising, rate-limiting and closing alerts, by email and
webhook, is mailbot.mail.alerting: every operator alert goes through it.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from mailbot.config import Settings
from mailbot.mail.alerting import raise_alert
from mailbot.store.db import session_scope
from mailbot.store.models import utcnow
from mailbot.store.oprows import OperatorAlert

#: Days before [oauth2] secret_expires when the operator is warned.
EXPIRY_WARNINGS = (30, 7, 1)


def open_alerts(engine: Engine) -> list[OperatorAlert]:
    with Session(engine) as session:
        return list(session.exec(select(OperatorAlert).where(col(OperatorAlert.open_key).is_not(None))
                                 .order_by(col(OperatorAlert.id))).all())


def check_secret_expiry(engine: Engine, settings: Settings, now: datetime | None = None) -> list[int]:
    """Warn 30, 7 and 1 days before [oauth2] secret_expires (each once). Returns the warnings raised."""
    oauth2 = settings.imap.oauth2 or settings.smtp.oauth2
    expires: date | None = oauth2.secret_expires if oauth2 else None
    now = now or utcnow()
    raised: list[int] = []
    with session_scope(engine) as session:
        # A renewed secret (a new date in the config) closes the warnings about the old one.
        for old in session.exec(select(OperatorAlert).where(col(OperatorAlert.open_key).startswith("secret_expiry:"))):
            if expires is None or not old.cause.startswith(f"secret_expiry:{expires.isoformat()}:"):
                old.open_key, old.resolved_at = None, now
                session.add(old)
        if expires is None:
            return raised
        days_left = (expires - now.astimezone(settings.timezone).date()).days
        due = [d for d in EXPIRY_WARNINGS if days_left <= d]
        if not due:
            return raised
        warning = min(due)  # after a long downtime, only the most urgent warning goes out
        cause = f"secret_expiry:{expires.isoformat()}:{warning}"
        already = session.exec(select(OperatorAlert).where(OperatorAlert.cause == cause)).first()
        if already is None:
            left = "has expired" if days_left < 0 else "expires today" if days_left == 0 else \
                f"expires in {days_left} day{'s' if days_left != 1 else ''}"
            text = (f"The OAuth2 client secret of mailbot's app registration ([oauth2] client_id "
                    f"{oauth2.client_id if oauth2 else ''}) {left}, on {expires.isoformat()}. Create a new secret in the "
                    "Entra admin centre, put it in the environment variable named by [oauth2] client_secret_env, set "
                    "[oauth2] secret_expires to its new date, and restart or reload mailbot.")
            if raise_alert(session, settings, cause, text, now):
                raised.append(warning)
    return raised
