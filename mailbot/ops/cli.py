"""The command line: thin commands over the library. Every command is documented in README.md."""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mailbot import __version__
from mailbot.errors import MailbotError, OperatorError, TransientError

if TYPE_CHECKING:  # the commands import these where they use them
    from sqlalchemy.engine import Engine

    from mailbot.config import Settings
    from mailbot.store.reader import Reader

log = logging.getLogger("mailbot")


def _now_local(value: str | None, tz: Any) -> datetime | None:
    """--now as an aware time; a time without an offset is read in [schedule] timezone."""
    if not value:
        return None
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--now must be an ISO-8601 time such as 2026-12-20T09:00, not {value!r}") from None
    return when if when.tzinfo else when.replace(tzinfo=tz)


#: `mailbot status` exits with this when something needs a person (failed mail, parked messages):
#: distinct from 1 (bad input), 2 (the operator must fix something) and 75 (temporary failure).
ATTENTION_EXIT = 3


def _load(args: argparse.Namespace, *, read_only: bool = False) -> tuple[Settings, Engine]:
    """Settings and database. Read-only commands read no secret (they never connect to the mail
    servers) and never migrate; the others read every secret now, so a missing one stops them here."""
    from mailbot.config import load_settings, read_settings
    from mailbot.store.db import open_database

    settings = read_settings(args.config) if read_only else load_settings(args.config)
    if not read_only:  # these commands send mail: an override that cannot render fails now, not per email
        from mailbot.mail import overrides
        from mailbot.ops.samples import CONTEXTS

        overrides.check(settings.templates_folder, CONTEXTS)
    return settings, open_database(settings.database_url, migrate=not read_only)


def _read(args: argparse.Namespace) -> tuple[Settings, Reader]:
    """Settings (no secret) and a reader for the commands that only read: they import neither
    SQLAlchemy nor sqlmodel, which would cost them most of their second at 10,000 applications
    (tests/unit/test_read_path.py holds them to it), and never migrate."""
    from mailbot.config import read_settings
    from mailbot.store.reader import open_reader

    settings = read_settings(args.config)
    return settings, open_reader(settings.database_url)


# Young collections at CPython's default (every 700 allocations) cost ~3 % of the poll's CPU on the
# backlog bench and ~10 % of a command's start-up (the imports), for garbage that is mostly freed
# by reference counting anyway.
YOUNG_THRESHOLD = 10_000


def cmd_poll(args: argparse.Namespace) -> int:
    """Read all new mail, then send what is queued. Skips (exit 0) when another instance is polling.
    Exits 75 when the mailbox or the SMTP server is unreachable, 2 when either refuses mailbot."""
    from mailbot.intake import ocr_jobs
    from mailbot.intake.caps import ParseCache
    from mailbot.intake.sandbox import SandboxPool
    from mailbot.ops.cycle import poll_cycle, send
    from mailbot.store.locks import SKIPPED_MESSAGE, poll_lock

    settings, engine = _load(args)  # migrations are serialised inside open_database
    now = _now_local(args.now, settings.timezone)
    with poll_lock(settings.database_url, engine) as held:
        if not held:
            print(SKIPPED_MESSAGE)
            return 0
        # Workers for the whole run, started at the first attachment (a second one only when two
        # messages are read at once).
        with SandboxPool(settings.intake.parse_workers) as sandbox:
            result = poll_cycle(engine, settings, now=now, extract=ParseCache(sandbox.extract),
                                readers=sandbox.workers)
            # Acknowledgements went out first: OCR takes seconds a page, so scans are read after them.
            ocr = ocr_jobs.OcrReport() if args.no_ocr else ocr_jobs.run(engine, settings, sandbox.read_scan, now=now)
        if ocr.read or ocr.failed:
            later = send(engine, settings, now=now).counts
            for k, v in later.items():
                result.sent.counts[k] = result.sent.counts.get(k, 0) + v
    report, sent = result.report, result.sent.counts
    if report is not None:
        summary = ", ".join(f"{k}: {v}" for k, v in sorted(report.outcomes.items())) or "no new mail"
        read = f"read {report.fetched} messages ({summary})"
    else:
        read = "could not read the mailbox"
    print(f"{read}; sent {sent['sent']}, retrying {sent['retry']}, failed {sent['failed']}"
          + (f"; left {report.backlog_skipped} old messages in the inbox" if report and report.backlog_skipped else "")
          + (f"; OCR read {ocr.read} scan(s), {ocr.failed} unreadable" if ocr.read or ocr.failed else ""))
    for err in report.errors if report else []:
        print(f"warning: {err}", file=sys.stderr)
    if result.error is not None:
        raise result.error
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    """Show applications (or one application's timeline). Without --json, exits ATTENTION_EXIT
    when something needs a person (failed or uncertain mail, parked messages)."""
    settings, reader = _read(args)
    with reader:
        return _status(args, settings, reader)


def _status(args: argparse.Namespace, settings: Settings, reader: Reader) -> int:
    from mailbot.ops.status import alert_lines, application_rows, health_lines, listing, needs_attention, \
        orphaned_assignments, timeline

    if args.reference:
        data = timeline(reader, args.reference)
        if data is None:
            print(f"error: no application with reference {args.reference}", file=sys.stderr)
            return 1
        if args.json:
            print(json.dumps(data, indent=2, default=str))
        else:
            print(f"{data['reference']}  {data['title']}")
            print(f"  applicant: {data['applicant_email']}   stage: {data['stage']}")
            if data["missing_required"]:
                print(f"  missing: {', '.join(data['missing_required'])}")
            for ev in data["timeline"]:
                print(f"  {ev['at'][:16]}  {ev['kind']:<16} {ev['actor']:<32} {ev['summary']}")
        return 0
    if args.json:  # the data, for scripts; the attention code belongs to the health view below
        print(json.dumps(application_rows(reader), indent=2, default=str))
        return 0
    attention = needs_attention(reader)
    code = ATTENTION_EXIT if attention else 0
    rows = listing(reader, "reference", "stage", "received_at", "title", "missing_required")
    if not rows:
        print("no applications yet")
    sys.stdout.write("".join(
        f"{ref}  {stage:<20} {received.isoformat()[:10]}  {title[:60]}{f'  missing {len(missing)}' if missing else ''}\n"
        for ref, stage, received, title, missing in rows))
    for line in health_lines(reader) + orphaned_assignments(reader, settings) + alert_lines(reader):
        print(line)
    if attention:
        print("needs attention: " + ", ".join(f"{n} {what}" for what, n in attention.items())
              + f" (exit {ATTENTION_EXIT})")
    return code


def cmd_list(args: argparse.Namespace) -> int:
    """List applications, optionally at one stage."""
    from mailbot.ops.status import application_rows, listing
    from mailbot.review.workflow import Stage

    if args.stage and args.stage not in {s.value for s in Stage}:
        print(f"error: {args.stage!r} is not a stage; use one of {', '.join(s.value for s in Stage)}", file=sys.stderr)
        return 1
    _, reader = _read(args)
    with reader:
        if args.json:
            print(json.dumps(application_rows(reader, stage=args.stage), indent=2, default=str))
            return 0
        rows = listing(reader, "reference", "stage", "deadline_at", "applicant_email", "title", stage=args.stage)
    sys.stdout.write("".join(
        f"{ref}  {stage:<26} due {deadline.isoformat()[:10] if deadline else '-':<10}  {email:<36} {title[:50]}\n"
        for ref, stage, deadline, email, title in rows))
    if not rows:
        print("no applications" + (f" at stage {args.stage}" if args.stage else ""))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Write every application as CSV (spreadsheet-safe) to stdout or a file, or one
    application's documents into a folder."""
    from mailbot.ops.status import export_csv, export_documents

    if bool(args.reference) != bool(args.documents):
        print("export REF --documents DIR writes one application's documents; give both, or neither for CSV.",
              file=sys.stderr)
        return 2
    _, engine = _load(args, read_only=True)
    if args.documents:
        try:
            paths = export_documents(engine, args.reference, Path(args.documents))
        except LookupError:
            print(f"No application {args.reference}.", file=sys.stderr)
            return 1
        for path in paths:
            print(path)
        return 0
    text = export_csv(engine)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


def cmd_reprocess(args: argparse.Namespace) -> int:
    """The batch retry after a fix: every message parked for failing [intake] max_attempts times goes
    back to the inbox at once. One parked message, by its number, is `parked release N`."""
    from mailbot.intake.poller import reprocess

    settings, engine = _load(args)
    moved = reprocess(engine, settings, message_id=args.message_id)
    what = f"message {args.message_id}" if args.message_id else "messages that failed repeatedly"
    print(f"moved {moved} parked {what} back to {settings.imap.inbox}; the next poll handles them")
    return 0 if moved or not args.message_id else 1


def cmd_parked(args: argparse.Namespace) -> int:
    """List parked messages, show one, or release one back to the inbox, by the number mailbot gave it
    (the number in the staff summary). Every message that failed repeatedly at once is `reprocess`."""
    from mailbot.intake import parked

    settings, engine = _load(args)
    if args.action == "list":
        rows = parked.parked(engine)
        if args.json:
            print(json.dumps(rows, indent=2))
        elif not rows:
            print("no parked messages")
        for r in rows:
            print(f"{r['id']:>6}  {(r['parked_at'] or '')[:16]}  {r['kind']:<12} {r['sender'][:36]:<36}  {r['reason'][:60]}")
        return 0
    if args.id is None:
        print(f"error: 'mailbot parked {args.action}' needs the message's number (see 'mailbot parked')", file=sys.stderr)
        return 2
    if args.action == "show":
        data = parked.show(engine, args.id)
        if args.json:
            print(json.dumps(data, indent=2))
        else:
            for key, value in data.items():
                print(f"{key + ':':<14} {value}")
        return 0
    print(parked.release(engine, settings, args.id))
    return 0


def cmd_outbox(args: argparse.Namespace) -> int:
    """List outgoing mail that was not sent; optionally send a failed or uncertain one again."""
    from mailbot.mail.outbox import problems, requeue, requeue_all
    from mailbot.ops.cycle import send
    from mailbot.store.db import session_scope
    from mailbot.store.models import utcnow

    settings, engine = _load(args, read_only=args.retry is None)
    if args.retry is not None:
        with session_scope(engine) as session:
            if args.retry in ("failed", "uncertain"):
                ids = requeue_all(session, args.retry, utcnow())
                said = f"{len(ids)} {args.retry} emails will be sent by the next flush."
                ok = bool(ids)
            elif args.retry.isdigit():
                said = requeue(session, int(args.retry), utcnow())
                ok = said.endswith("next flush.")
            else:
                print(f"error: --retry takes an email id, 'failed' or 'uncertain', not {args.retry!r}", file=sys.stderr)
                return 1
        print(said)
        if not ok:
            return 1
        result = send(engine, settings)
        counts = result.counts
        print(f"sent {counts['sent']}, retrying {counts['retry']}, failed {counts['failed']}")
        if result.error is not None:
            raise result.error
        return 0
    with session_scope(engine) as session:
        rows = problems(session)
    if args.json:
        print(json.dumps([{"id": r.id, "status": r.status, "template": r.template, "recipients": r.recipients,
                           "subject": r.subject, "created_at": r.created_at.isoformat(), "attempts": r.attempts,
                           "last_error": r.last_error} for r in rows], indent=2))
        return 0
    if not rows:
        print("every queued email has been sent")
    for r in rows:
        print(f"{r.id:>6}  {r.status:<10} {r.created_at:%Y-%m-%d %H:%M}  {r.template:<20} {', '.join(r.recipients)[:40]:<40}"
              f"  {r.last_error[:60]}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Connect to IMAP, SMTP and the database and say what is wrong."""
    from mailbot.ops.health import run_checks

    try:
        from mailbot.config import load_settings

        settings = load_settings(args.config)
    except MailbotError as exc:
        print(f"config    FAIL  {exc}")
        return 2
    print(f"config    ok    {args.config}")
    ok = True
    if settings.templates_folder is not None:
        from mailbot.mail import overrides
        from mailbot.ops.samples import CONTEXTS

        wrong = overrides.problems(settings.templates_folder, CONTEXTS)
        for line in wrong or [f"{settings.templates_folder} overrides the package's templates"]:
            print(f"{'templates':<9} {'FAIL' if wrong else 'ok':<5} {line}")
        ok = not wrong
    for name, problem in run_checks(settings):
        print(f"{name:<9} {'ok' if problem is None else 'FAIL':<5} {problem or ''}".rstrip())
        ok = ok and problem is None
    from mailbot.ops.health import sender_check_report

    status, said = sender_check_report(settings)
    print(f"{'security':<9} {status:<5} {said}")
    return 0 if ok else 2


def cmd_parse(args: argparse.Namespace) -> int:
    """Print what the parser extracts from one file."""
    import mailbot_parsers as parsers

    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError as exc:
        print(f"error: cannot read {path}: {exc.strerror}", file=sys.stderr)
        return 2
    try:
        result = parsers.parse(data, path.name)
    except parsers.ParseError as exc:
        out: dict[str, Any] = {"is_concept_form": False, "fields": {}, "missing_required": [], "uncertain_fields": [],
                               "needs_manual_review": True, "warnings": [exc.user_message], "error": exc.code}
        print(json.dumps(out, indent=2, ensure_ascii=False) if args.json else f"error ({exc.code}): {exc.user_message}")
        return 1
    out = result.to_json()
    if args.json:
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return 0
    print(f"{path.name}: {'a concept form' if result.is_concept_form else 'not a concept form'}"
          + (" (needs manual review)" if result.needs_manual_review else ""))
    for key, value in result.fields.items():
        print(f"  {key}: {'; '.join(value) if isinstance(value, list) else value}")
    if result.missing_required:
        print(f"  missing required: {', '.join(result.missing_required)}")
    if result.uncertain_fields:
        print(f"  uncertain (a person checks): {', '.join(result.uncertain_fields)}")
    for w in result.warnings:
        print(f"  warning: {w}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """Run the whole loop on this machine: local IMAP and SMTP servers, a SQLite file, sample forms."""
    from mailbot.ops.demo import run_demo

    return run_demo(Path(args.dir) if args.dir else None, keep=args.keep)


def cmd_run(args: argparse.Namespace) -> int:
    """The service: poll (woken by IMAP IDLE), send, remind, digest, until SIGTERM."""
    from mailbot.ops.scheduler import Service

    if not args.verbose:  # one line per job run is noise in a service log
        for name in ("apscheduler", "alembic"):
            logging.getLogger(name).setLevel(logging.WARNING)
    settings, engine = _load(args)
    return Service(engine, settings).run()


def cmd_tick(args: argparse.Namespace) -> int:
    """Run whatever is due at one moment: reminders, escalations, the weekly digest, the outbox."""
    from mailbot.store.models import utcnow
    from mailbot.ops.scheduler import tick

    from mailbot.intake.sandbox import Sandbox

    settings, engine = _load(args)
    with Sandbox() as sandbox:
        report = tick(engine, settings, _now_local(args.now, settings.timezone) or utcnow(), read_scan=sandbox.read_scan)
    m = report.mail
    print(f"reminders sent {report.reminders_sent}, cancelled {report.reminders_cancelled}; digest {report.digest}; "
          f"scans read {report.scans_read}; "
          f"mail sent {m.get('sent', 0)}, retrying {m.get('retry', 0)}, failed {m.get('failed', 0)}"
          + (f"; purged {report.purged} stored messages/documents" if report.purged else ""))
    return 0


def cmd_overdue(args: argparse.Namespace) -> int:
    """Applications past their deadline, and those past their target or due within a week."""
    from mailbot.clock.digest import collect

    settings, reader = _read(args)
    now = _now_local(args.now, settings.timezone) or datetime.now(UTC)
    with reader:
        d = collect(reader, settings, now)
    lists = {"overdue": d.overdue, "due_soon": d.due_soon}
    if args.json:
        print(json.dumps({k: [{"reference": l.reference, "title": l.title, "stage": l.stage, "who": l.who,
                               "date": l.when.isoformat() if l.when else None, "days": l.days, "note": l.note}
                              for l in v] for k, v in lists.items()}, indent=2))
        return 0
    if not d.overdue and not d.due_soon:
        print("nothing is overdue or due within a week")
    for line in d.overdue:
        print(f"OVERDUE  {line.reference}  {line.stage:<26} {line.days:>3} days past the deadline  {line.note}  {line.title[:40]}")
    for line in d.due_soon:
        when = f"{line.when:%Y-%m-%d}" if line.when else "-"
        print(f"due      {line.reference}  {line.stage:<26} {line.note or 'due'} {when}  {line.title[:40]}")
    return 0


def cmd_db(args: argparse.Namespace) -> int:
    """Database operations: upgrade the schema, back up, show what is stored, apply retention."""
    from mailbot.config import read_settings
    from mailbot.store import maintenance
    from mailbot.store.db import open_database
    from mailbot.store.engine import make_engine
    from mailbot.store.models import utcnow

    settings = read_settings(args.config)  # no secret: the database needs none of the mail passwords
    if args.action == "upgrade":
        engine = make_engine(settings.database_url)
        before = maintenance.schema_state(engine)
        open_database(settings.database_url)
        after = maintenance.schema_state(engine)
        print(f"schema {before.current or '(empty)'} -> {after.current}" if before.current != after.current
              else f"schema {after.current}: already up to date")
        return 0
    if args.action == "backup":
        if not args.file:
            print("error: name the backup file: mailbot db backup FILE", file=sys.stderr)
            return 1
        size = maintenance.backup(make_engine(settings.database_url), Path(args.file))
        print(f"backed up the database to {args.file} ({size / 1e6:.1f} MB)")
        return 0
    engine = open_database(settings.database_url, migrate=False)
    if args.action == "size":
        for kind in maintenance.stored(engine):
            shown = next(f"{kind.bytes / 10 ** e:.1f} {unit}" for e, unit in ((9, "GB"), (6, "MB"), (3, "kB"), (0, "B"))
                        if kind.bytes >= 10 ** e or e == 0)
            print(f"{kind.what:<36} {kind.rows:>8} rows  {shown:>10}")
        return 0
    purged = maintenance.purge(engine, settings, utcnow())
    print(f"dropped the content of {purged.unattached_messages} messages and {purged.unattached_documents} documents "
          f"of no application, {purged.closed_messages} messages and {purged.closed_documents} documents of closed "
          "applications")
    return 0


def cmd_digest(args: argparse.Namespace) -> int:
    """Write the weekly digest to a file, or send this week's digest now (once per week)."""
    from mailbot.clock import digest

    if args.preview:  # a preview only reads
        settings, reader = _read(args)
        now = _now_local(args.now, settings.timezone) or datetime.now(UTC)
        with reader:
            data = digest.write_preview(reader, settings, now, Path(args.preview))
        print(f"wrote the digest for {data.week} to {args.preview} ({data.open_total} open, "
              f"{len(data.overdue)} overdue); nothing was sent")
        return 0
    from mailbot.mail.outbox import flush
    from mailbot.store.models import utcnow

    settings, engine = _load(args)
    now = _now_local(args.now, settings.timezone) or utcnow()
    status = digest.send_weekly(engine, settings, now, force=True)
    sent = flush(engine, settings, now=now)
    digest.sync_runs(engine)
    print(f"digest {digest.week_key(settings, now)}: {status}; mail sent {sent['sent']}, failed {sent['failed']}")
    return 0


def cmd_config(args: argparse.Namespace) -> int:
    """Print config.example.toml, written from the settings declaration, or the email templates a
    [templates] folder may override (needs no config file)."""
    if args.what == "templates":
        from mailbot.mail.emails import TEMPLATE_DIR
        from mailbot.mail.overrides import package_names

        print(f"# The package's templates are in {TEMPLATE_DIR}; copy the ones to change into [templates] folder.")
        print("# A language variant puts two letters before the part, e.g. acknowledgement.fr.txt.j2.")
        print("\n".join(package_names()))
        return 0
    from mailbot.ops.settings_docs import example_toml

    print(example_toml(), end="")
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="mailbot",
        description="Email intake and tracking for micro-credential concept forms.",
    )
    p.add_argument("--config", default="mailbot.toml", help="path to the TOML configuration (default: ./mailbot.toml)")
    p.add_argument("-v", "--verbose", action="store_true", help="log debug details to stderr")
    p.add_argument("--log-format", choices=("text", "json"), default=os.environ.get("MAILBOT_LOG_FORMAT", "text"),
                   help="log lines as text or as one JSON object each (default: $MAILBOT_LOG_FORMAT or text)")
    p.add_argument("--version", action="version", version=f"mailbot {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, fn: Callable[[argparse.Namespace], int], help: str) -> argparse.ArgumentParser:
        sp = sub.add_parser(name, help=help, description=help)
        sp.set_defaults(func=fn)
        return sp

    sp = add("poll", cmd_poll, "Read new mail from the mailbox, record and acknowledge submissions, send queued mail.")
    sp.add_argument("--once", action="store_true", help="one pass, then exit (the default for poll)")
    sp.add_argument("--now", help="act as if it were this ISO-8601 time (replays and tests)")
    sp.add_argument("--no-ocr", action="store_true",
                    help="read and answer mail only; scans wait for the next poll or the service (a backlog drains sooner)")
    sp = add("status", cmd_status, "List applications, or show one application's timeline.")
    sp.add_argument("reference", nargs="?", help="an application reference such as MC-2026-0007")
    sp.add_argument("--json", action="store_true", help="machine-readable output")
    sp = add("overdue", cmd_overdue, "List applications past their deadline, past their target, or due within a week.")
    sp.add_argument("--now", help="act as if it were this ISO-8601 time")
    sp.add_argument("--json", action="store_true", help="machine-readable output")
    sp = add("db", cmd_db, "Database operations: upgrade the schema, back up, show what is stored, purge per [retention].")
    sp.add_argument("action", choices=("upgrade", "backup", "size", "purge"),
                    help="upgrade: migrate to this version's schema; backup FILE: copy a SQLite database safely "
                         "(PostgreSQL: prints the pg_dump command); size: what is stored, by kind; purge: apply [retention] now")
    sp.add_argument("file", nargs="?", help="the backup file (backup only)")
    sp = add("list", cmd_list, "List applications, optionally only those at one stage.")
    sp.add_argument("--stage", help="only this stage, e.g. ce_assessment or smt_concept_review")
    sp.add_argument("--json", action="store_true", help="machine-readable output")
    sp = add("export", cmd_export, "Export every application as CSV (values a spreadsheet cannot execute), "
                                    "or one application's documents with REF --documents DIR.")
    sp.add_argument("reference", nargs="?", help="with --documents: the application, e.g. MC-2026-0007")
    sp.add_argument("--documents", metavar="DIR", help="write the application's documents (form, letters, "
                                                       "proposal, every version) into DIR")
    sp.add_argument("--csv", action="store_true", help="CSV format (the only format; kept for clarity)")
    sp.add_argument("-o", "--output", help="write to this file instead of standard output")
    sp = add("reprocess", cmd_reprocess, "After a fix: put every message parked for failing [intake] max_attempts "
                                          "times back in the inbox at once (one message by its number: "
                                          "'parked release N').")
    sp.add_argument("--message-id", help="only this message, by the Message-ID a log line shows (any parked "
                                         "message; 'parked release N' does the same by its number)")
    sp = add("parked", cmd_parked, "List messages mailbot could not process (parked), show one, or release one "
                                    "back to the inbox by its number, as the staff summary gives it (every "
                                    "message that failed repeatedly at once: 'reprocess').")
    sp.add_argument("action", nargs="?", default="list", choices=("list", "show", "release"))
    sp.add_argument("id", nargs="?", type=int, help="the parked message's number, as 'mailbot parked' shows it")
    sp.add_argument("--json", action="store_true", help="machine-readable output")
    sp = add("outbox", cmd_outbox, "List outgoing mail that was not sent (pending, failed, uncertain, bounced, "
                                    "suppressed); --retry ID|failed|uncertain sends failed or uncertain mail again.")
    sp.add_argument("--retry", metavar="ID|failed|uncertain",
                    help="send this email again, or every failed (or uncertain) one")
    sp.add_argument("--json", action="store_true", help="machine-readable output")
    sp = add("config", cmd_config, "Print config.example.toml (every setting with its default and help), or the "
                                    "email templates a [templates] folder may override.")
    sp.add_argument("what", choices=["example", "templates"],
                    help="example: the example configuration; templates: the template files that can be overridden")
    add("check", cmd_check, "Check the configuration and connect to IMAP, SMTP and the database.")
    sp = add("parse", cmd_parse, "Show what mailbot extracts from a concept form file (DOCX or PDF).")
    sp.add_argument("file", help="the file to read")
    sp.add_argument("--json", action="store_true", help="print the corpus .expected.json shape")
    add("run", cmd_run, "Run the service: poll the mailbox (woken by IMAP IDLE), send mail, send reminders, "
                        "escalations and the weekly digest, until SIGTERM or Ctrl-C.")
    sp = add("tick", cmd_tick, "Run whatever is due at one moment (reminders, escalations, the weekly digest, "
                               "queued mail), then exit.")
    sp.add_argument("--now", help="act as if it were this ISO-8601 time (replays and tests)")
    sp = add("digest", cmd_digest, "Write the weekly managers' digest to an HTML file, or send this week's now.")
    what = sp.add_mutually_exclusive_group(required=True)
    what.add_argument("--preview", metavar="FILE", help="write the digest as HTML to FILE; send nothing")
    what.add_argument("--send", action="store_true",
                      help="send this week's digest now, unless this week's was already sent")
    sp.add_argument("--now", help="act as if it were this ISO-8601 time (replays and tests)")
    sp = add("demo", cmd_demo, "Run the whole loop locally with sample forms; no setup needed.")
    sp.add_argument("--dir", help="working folder (default: a new temporary folder)")
    sp.add_argument("--keep", action="store_true", help="keep the working folder afterwards")
    return p


def main(argv: list[str] | None = None) -> int:
    import gc

    gc.set_threshold(YOUNG_THRESHOLD, *gc.get_threshold()[1:])
    parser = build_parser()
    args = parser.parse_args(argv)
    from mailbot.ops.logformat import configure_logging

    configure_logging(logging.DEBUG if args.verbose else logging.INFO if args.command == "run" else logging.WARNING,
                      json_lines=args.log_format == "json")
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args))
    except argparse.ArgumentTypeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OperatorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except TransientError as exc:
        print(f"error (temporary, try again): {exc}", file=sys.stderr)
        return 75
    except MailbotError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
