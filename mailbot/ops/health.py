"""`mailbot check`: connect to everything and say, in one sentence each, what is wrong."""
from __future__ import annotations

from mailbot.config import Settings
from mailbot.errors import MailbotError


def run_checks(settings: Settings) -> list[tuple[str, str | None]]:
    """(name, problem) per component; problem is None when the component works."""
    results: list[tuple[str, str | None]] = []

    try:
        from mailbot.store.db import open_database

        engine = open_database(settings.database_url)
        with engine.connect() as db_conn:
            db_conn.exec_driver_sql("SELECT 1")
        results.append(("database", None))
        from mailbot.ops.status import orphaned_assignments

        orphans = orphaned_assignments(engine, settings)
        results.append(("staff", f"{len(orphans)} open applications are assigned to addresses no longer in "
                                 f"[staff]: {'; '.join(orphans[:3])}" if orphans else None))
    except MailbotError as exc:
        results.append(("database", str(exc)))
    except Exception as exc:  # an unexpected driver error still gets one line
        results.append(("database", f"The database cannot be used: {exc}"))

    try:
        from mailbot.mail.mailbox import Mailbox

        with Mailbox(settings.imap) as mb:
            mb.select_inbox()
        results.append(("imap", None))
    except MailbotError as exc:
        results.append(("imap", str(exc)))

    try:
        from mailbot.mail.outbox import SmtpTransport

        t = SmtpTransport(settings.smtp)
        smtp = t.open()
        smtp.noop()
        t.close()
        results.append(("smtp", None))
    except MailbotError as exc:
        results.append(("smtp", str(exc)))
    return results
