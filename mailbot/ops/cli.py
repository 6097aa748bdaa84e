"""The command line: thin commands over the library. Every command is documented in README.md."""
from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mailbot import __version__
from mailbot.errors import MailbotError, OperatorError, TransientError

if TYPE_CHECKING:  # the commands import these where they use them
    from sqlalchemy.engine import Engine

    from mailbot.config import Settings

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


def _load(args: argparse.Namespace) -> tuple[Settings, Engine]:
    from mailbot.config import load_settings
    from mailbot.store.db import open_database

    settings = load_settings(args.config)
    return settings, open_database(settings.database_url)


def cmd_poll(args: argparse.Namespace) -> int:
    """Read all new mail, then send what is queued. Skips (exit 0) when another instance is polling."""
    from mailbot.store.locks import SKIPPED_MESSAGE, poll_lock
    from mailbot.mail.outbox import flush
    from mailbot.intake.poller import poll_once
    from mailbot.intake.sandbox import Sandbox

    settings, engine = _load(args)  # migrations are serialised inside open_database
    now = _now_local(args.now, settings.timezone)
    with poll_lock(settings.database_url, engine) as held:
        if not held:
            print(SKIPPED_MESSAGE)
            return 0
        with Sandbox() as sandbox:  # one worker for the whole run; started at the first attachment
            report = poll_once(engine, settings, now=now, extract=sandbox.extract)
        sent = flush(engine, settings, now=now)
    summary = ", ".join(f"{k}: {v}" for k, v in sorted(report.outcomes.items())) or "no new mail"
    print(f"read {report.fetched} messages ({summary}); sent {sent['sent']}, retrying {sent['retry']}, failed {sent['failed']}"
          + (f"; left {report.backlog_skipped} old messages in the inbox" if report.backlog_skipped else ""))
    for err in report.errors:
        print(f"warning: {err}", file=sys.stderr)
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    """Show applications (or one application's timeline)."""
    from mailbot.ops.status import application_rows, timeline

    settings, engine = _load(args)
    if args.reference:
        data = timeline(engine, args.reference)
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
    rows = application_rows(engine)
    if args.json:
        print(json.dumps(rows, indent=2, default=str))
        return 0
    if not rows:
        print("no applications yet")
    for r in rows:
        missing = f"  missing {len(r['missing_required'])}" if r["missing_required"] else ""
        print(f"{r['reference']}  {r['stage']:<20} {r['received_at'][:10]}  {r['title'][:60]}{missing}")
    from mailbot.ops.status import health_lines

    for line in health_lines(engine):
        print(line)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    """List applications, optionally at one stage."""
    from mailbot.ops.status import application_rows

    _, engine = _load(args)
    rows = application_rows(engine, stage=args.stage)
    if args.json:
        print(json.dumps(rows, indent=2, default=str))
        return 0
    for r in rows:
        due = (r["deadline_at"] or "")[:10]
        print(f"{r['reference']}  {r['stage']:<26} due {due or '-':<10}  {r['applicant_email']:<36} {r['title'][:50]}")
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
    _, engine = _load(args)
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
    """Put parked messages back in the inbox for the next poll."""
    from mailbot.intake.poller import reprocess

    settings, engine = _load(args)
    moved = reprocess(engine, settings, message_id=args.message_id)
    what = f"message {args.message_id}" if args.message_id else "messages that failed repeatedly"
    print(f"moved {moved} parked {what} back to {settings.imap.inbox}; the next poll handles them")
    return 0 if moved or not args.message_id else 1


def cmd_outbox(args: argparse.Namespace) -> int:
    """List outgoing mail that was not sent; optionally send a failed or uncertain one again."""
    from mailbot.store.db import session_scope
    from mailbot.store.models import utcnow
    from mailbot.mail.outbox import flush, problems, requeue

    settings, engine = _load(args)
    if args.retry is not None:
        with session_scope(engine) as session:
            said = requeue(session, args.retry, utcnow())
        print(said)
        if said.endswith("next flush."):
            counts = flush(engine, settings)
            print(f"sent {counts['sent']}, retrying {counts['retry']}, failed {counts['failed']}")
            return 0
        return 1
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
    for name, problem in run_checks(settings):
        print(f"{name:<9} {'ok' if problem is None else 'FAIL':<5} {problem or ''}".rstrip())
        ok = ok and problem is None
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
        out: dict[str, Any] = {"is_concept_form": False, "fields": {}, "missing_required": [],
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

    settings, engine = _load(args)
    report = tick(engine, settings, _now_local(args.now, settings.timezone) or utcnow())
    m = report.mail
    print(f"reminders sent {report.reminders_sent}, cancelled {report.reminders_cancelled}; digest {report.digest}; "
          f"mail sent {m.get('sent', 0)}, retrying {m.get('retry', 0)}, failed {m.get('failed', 0)}")
    return 0


def cmd_digest(args: argparse.Namespace) -> int:
    """Write the weekly digest to a file, or send this week's digest now (once per week)."""
    from mailbot.clock import digest
    from mailbot.store.models import utcnow
    from mailbot.mail.outbox import flush

    settings, engine = _load(args)
    now = _now_local(args.now, settings.timezone) or utcnow()
    if args.preview:
        data = digest.write_preview(engine, settings, now, Path(args.preview))
        print(f"wrote the digest for {data.week} to {args.preview} ({data.open_total} open, "
              f"{len(data.overdue)} overdue); nothing was sent")
        return 0
    status = digest.send_weekly(engine, settings, now, force=True)
    sent = flush(engine, settings, now=now)
    digest.sync_runs(engine)
    print(f"digest {digest.week_key(settings, now)}: {status}; mail sent {sent['sent']}, failed {sent['failed']}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="mailbot",
        description="Email intake and tracking for micro-credential concept forms.",
    )
    p.add_argument("--config", default="mailbot.toml", help="path to the TOML configuration (default: ./mailbot.toml)")
    p.add_argument("-v", "--verbose", action="store_true", help="log debug details to stderr")
    p.add_argument("--version", action="version", version=f"mailbot {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, fn: Callable[[argparse.Namespace], int], help: str) -> argparse.ArgumentParser:
        sp = sub.add_parser(name, help=help, description=help)
        sp.set_defaults(func=fn)
        return sp

    sp = add("poll", cmd_poll, "Read new mail from the mailbox, record and acknowledge submissions, send queued mail.")
    sp.add_argument("--once", action="store_true", help="one pass, then exit (the default for poll)")
    sp.add_argument("--now", help="act as if it were this ISO-8601 time (replays and tests)")
    sp = add("status", cmd_status, "List applications, or show one application's timeline.")
    sp.add_argument("reference", nargs="?", help="an application reference such as MC-2026-0007")
    sp.add_argument("--json", action="store_true", help="machine-readable output")
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
    sp = add("reprocess", cmd_reprocess, "Put parked messages (those that failed repeatedly) back in the inbox.")
    sp.add_argument("--message-id", help="only this message (any parked message, e.g. one filed as 'other')")
    sp = add("outbox", cmd_outbox, "List outgoing mail that was not sent (pending, failed, uncertain, bounced, "
                                    "suppressed); --retry ID sends a failed or uncertain one again.")
    sp.add_argument("--retry", type=int, metavar="ID", help="send this failed or uncertain email again")
    sp.add_argument("--json", action="store_true", help="machine-readable output")
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
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO if args.command == "run" else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
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
