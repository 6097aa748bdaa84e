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
        from mailbot.store.reader import Reader

        with Reader.of_engine(engine) as reader:
            orphans = orphaned_assignments(reader, settings)
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


def sender_check_report(settings: Settings, recent: int = 20) -> tuple[str, str]:
    """("ok" | "warn", one sentence): which sender check applies, and whether the most recent
    staff emails in the database would pass it (a check that refuses genuine staff mail would
    refuse every decision)."""
    from mailbot.review import senders

    warning = senders.warning(settings)
    if warning:
        return "warn", warning
    said = senders.describe(settings)
    try:
        from sqlmodel import Session, col, select

        from mailbot.mail.message import parse_message
        from mailbot.store.db import open_database
        from mailbot.store.models import InboundMessage, InboundRaw

        staff = sorted(settings.staff.all_addresses())
        with Session(open_database(settings.database_url)) as session:
            raws = session.exec(select(InboundRaw.raw)
                                .join(InboundMessage, col(InboundMessage.id) == InboundRaw.inbound_id)
                                .where(col(InboundMessage.from_addr).in_(staff))
                                .order_by(col(InboundMessage.id).desc()).limit(recent)).all()
            mails = [parse_message(raw) for raw in raws if raw]
    except Exception as exc:  # the database check above reports the cause; say it here too
        return "warn", f"{said}; recent staff mail could not be read ({exc})"
    if not mails:
        return "ok", f"{said}; no staff email has been received yet to try it on"
    passed = sum(1 for m in mails if senders.vouch(settings, m).ok)
    status = "ok" if passed == len(mails) else "warn"
    return status, (f"{said}; {passed} of the last {len(mails)} staff emails would pass"
                    + ("" if passed == len(mails) else ": decisions from the others would be refused"))
