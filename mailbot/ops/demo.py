"""`mailbot demo`: the whole loop on one machine with no setup.

Starts an embedded IMAP server (pymap) and SMTP server (aiosmtpd) on loopback, writes a config
and a SQLite file into a working folder, delivers a few sample emails (built here, with concept
forms generated on the fly), runs one poll, and shows what mailbot recorded and sent.
"""
from __future__ import annotations

import io
import os
import shutil
import tempfile
from datetime import datetime, timezone
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mailbot.ops.localservers import LocalImap, LocalSmtp

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

MAILBOX = "ce@michener.example"
SAMPLE_FIELDS: list[tuple[str, str]] = [
    ("Proposed Title", "Point-of-Care Ultrasound for Rural Paramedics"),
    ("Name of Proposer", "Dana Whitfield"),
    ("Position / Title", "Clinical Educator"),
    ("Department / Program", "Paramedic Services, Northshore Health"),
    ("Email", "dana.whitfield@example.org"),
    ("Phone", "705-555-0142"),
    ("Type of Request", "☒ New micro-credential  ☐ Convert an existing program  ☐ Micro-course"),
    ("Target Learners", "Primary and advanced care paramedics working in rural services."),
    ("Rationale / Need", "Rural transport times are long; focused ultrasound speeds triage."),
    ("Competencies / Skills Targeted", "Image acquisition; FAST interpretation; documentation."),
    ("Learning Outcomes", "Acquire FAST views.\nInterpret free fluid.\nDocument findings."),
    ("Summative Assessment", "Observed structured clinical exam with a checklist."),
    ("Industry / Employment Partner", "Northshore Paramedic Services"),
    ("Endorsement Status", "Letter of support attached"),
    ("Alignment with Michener's Education Plan", "Supports simulation-based and interprofessional learning."),
    ("Delivery Format", "☐ Online  ☐ In person  ☒ Hybrid"),
    ("Estimated Hours", "16"),
]


def _form_docx(fields: list[tuple[str, str]]) -> bytes:
    import docx

    document = docx.Document()
    document.add_heading("Micro-Course / Credential Concept Form", level=1)
    table = document.add_table(rows=0, cols=2)
    for label, value in fields:
        row = table.add_row().cells
        row[0].text = label
        row[1].text = value
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _email(sender: str, name: str, subject: str, body: str, *, attachment: tuple[str, bytes] | None = None,
           headers: dict[str, str] | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"{name} <{sender}>"
    msg["To"] = f"Continuing Education <{MAILBOX}>"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime.now(timezone.utc))
    msg["Message-ID"] = make_msgid(domain=sender.split("@")[1])
    for k, v in (headers or {}).items():
        msg[k] = v
    msg.set_content(body)
    if attachment:
        msg.add_attachment(attachment[1], maintype="application",
                           subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                           filename=attachment[0])
    return msg.as_bytes()


def sample_emails() -> list[tuple[str, bytes]]:
    complete = _form_docx(SAMPLE_FIELDS)
    second = {"Proposed Title": "Wound Care Essentials for Home Care Nurses", "Name of Proposer": "Sam Osei",
              "Email": "sam.osei@example.com"}
    # Two required answers left empty (the rows are there, the answers are not): the parser is sure
    # they are missing, so the acknowledgement lists them.
    incomplete = _form_docx([(k, "" if k.startswith(("Summative", "Learning")) else second.get(k, v))
                             for k, v in SAMPLE_FIELDS])
    return [
        ("a complete concept form", _email("dana.whitfield@example.org", "Dana Whitfield",
                                           "Concept form: POCUS for rural paramedics",
                                           "Hello,\n\nPlease find my concept form attached.\n\nDana",
                                           attachment=("POCUS concept form.docx", complete))),
        ("a form missing two required fields", _email("sam.osei@example.com", "Sam Osei",
                                                      "Micro-credential concept form",
                                                      "Hi CE team, my form is attached.\n\nSam",
                                                      attachment=("concept form - S Osei.docx", incomplete))),
        ("an email that forgot the attachment", _email("lee.park@example.org", "Lee Park",
                                                       "Concept form for wound care",
                                                       "Please find attached my concept form.\n\nLee")),
        ("an out-of-office auto-reply", _email("away@example.org", "Away Person",
                                               "Automatic reply: Concept form", "I am out of the office.",
                                               headers={"Auto-Submitted": "auto-replied"})),
    ]


def run_demo(folder: Path | None = None, keep: bool = False) -> int:
    from imapclient import IMAPClient

    from mailbot.config import load_settings
    from mailbot.store.db import open_database
    from mailbot.mail.outbox import flush
    from mailbot.intake.poller import poll_once
    from mailbot.ops.status import application_rows
    from mailbot.store.reader import Reader

    def _rows(engine: Engine) -> list[dict[str, Any]]:
        with Reader.of_engine(engine) as reader:
            return application_rows(reader)

    work = folder or Path(tempfile.mkdtemp(prefix="mailbot-demo-"))
    work.mkdir(parents=True, exist_ok=True)
    outdir = work / "sent"
    print(f"mailbot demo: working in {work}")
    with LocalImap(user=MAILBOX, password="demo") as imap, LocalSmtp(maildir=outdir) as smtp:
        print(f"  started an IMAP server on 127.0.0.1:{imap.port} and an SMTP server on 127.0.0.1:{smtp.port}")
        os.environ["MAILBOT_DEMO_PASSWORD"] = "demo"
        config = work / "mailbot.toml"
        config.write_text(f"""[mailbox]
address = "{MAILBOX}"
[imap]
host = "127.0.0.1"
port = {imap.port}
security = "none"
username = "{MAILBOX}"
password_env = "MAILBOT_DEMO_PASSWORD"
[smtp]
host = "127.0.0.1"
port = {smtp.port}
security = "none"
[database]
url = "sqlite:///mailbot.db"
[staff]
ce = ["ce.lead@michener.example"]
smt = ["smt.secretary@michener.example"]
board = ["board.secretary@michener.example"]
managers = ["ce.manager@michener.example"]
[schedule]
timezone = "America/Toronto"
[intake]
backlog_cutoff = "none"
[security]
sender_check = "none"
""")
        samples = sample_emails()
        client = IMAPClient(imap.host, port=imap.port, ssl=False, timeout=10)
        client.login(MAILBOX, "demo")
        for label, raw in samples:
            client.append("INBOX", raw)
            print(f"  delivered {label}")
        client.logout()

        settings = load_settings(config)
        engine = open_database(settings.database_url)
        report = poll_once(engine, settings)
        sent = flush(engine, settings)
        print(f"\nmailbot read {report.fetched} messages: "
              + ", ".join(f"{v} {k}" for k, v in sorted(report.outcomes.items())))
        print("\nApplications recorded:")
        for row in _rows(engine):
            missing = ", ".join(row["missing_required"]) or "nothing"
            print(f"  {row['reference']}  {row['title'][:50]:<50}  from {row['applicant_email']}  missing: {missing}")
        print(f"\nEmails sent ({sent['sent']}):")
        for m in smtp.messages:
            print(f"  to {', '.join(m.rcpt_tos):<40} {m.message['Subject']}")
        # CE decides by replying to its review email: the reply address carries a signed token.
        request = next((m for m in smtp.messages if m.message["X-Mailbot"] == "ce_new_application"), None)
        if request is not None:
            decision = EmailMessage()
            decision["From"] = "CE Lead <ce.lead@michener.example>"
            decision["To"] = request.message["Reply-To"]
            decision["Subject"] = "Re: " + request.message["Subject"]
            decision["In-Reply-To"] = request.message["Message-ID"]
            decision["Message-ID"] = make_msgid(domain="michener.example")
            decision["Date"] = format_datetime(datetime.now(timezone.utc))
            decision.set_content("SUPPORTED\nA strong proposal with a committed partner.\n")
            client = IMAPClient(imap.host, port=imap.port, ssl=False, timeout=10)
            client.login(MAILBOX, "demo")
            client.append("INBOX", decision.as_bytes())
            client.logout()
            before = len(smtp.messages)
            print(f"\nCE replied SUPPORTED to {request.message['Subject'].split(']')[0]}] ...")
            poll_once(engine, settings)
            flush(engine, settings)
            for m in smtp.messages[before:]:
                print(f"  to {', '.join(m.rcpt_tos):<40} {m.message['Subject']}")
            for row in _rows(engine):
                print(f"  {row['reference']} is now at stage {row['stage']}")
        print(f"\nThe sent emails are in {outdir}; the configuration is {config}.")
        if folder is not None or keep:
            print(f"See the database with: mailbot --config {config} status")
    if folder is None and not keep:
        shutil.rmtree(work, ignore_errors=True)
        print("(temporary folder removed; use --keep or --dir to keep it)")
    return 0
