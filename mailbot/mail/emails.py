"""Every outgoing email is built here, from templates found by name.

A template set is `templates/<name>.subject.j2`, `<name>.txt.j2` and `<name>.html.j2`. Values
taken from inbound mail are only ever template *data*; HTML is autoescaped, and every header
value passes through clean_header_text so no CR/LF from a sender reaches a header.
"""
from __future__ import annotations

import email.policy
import importlib.resources
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

from mailbot.mail.message import clean_header_text

# Message-IDs in In-Reply-To/References must never be RFC 2047-encoded to fit a line.
POLICY = email.policy.SMTP.clone(max_line_length=998)
# The top-level templates/ folder, installed as the package data `mailbot.templates`.
TEMPLATE_DIR = Path(str(importlib.resources.files("mailbot.templates")))
FORMS_DIR = TEMPLATE_DIR / "forms"


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATE_DIR)),
        autoescape=lambda name: bool(name and name.endswith(".html.j2")),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["date"] = lambda d, fmt="%A %-d %B %Y": d.strftime(fmt) if d else ""
    env.filters["fieldlabel"] = field_label
    return env


def template_names() -> list[str]:
    """Every email kind that has a template set (used by the test that renders them all)."""
    return sorted(p.name[: -len(".subject.j2")] for p in TEMPLATE_DIR.glob("*.subject.j2"))


def field_label(key: str) -> str:
    from mailbot_parsers.fields import FIELDS_BY_KEY

    f = FIELDS_BY_KEY.get(key)
    return f.labels[0] if f else key.replace("_", " ").capitalize()


REQUIREMENT_TEXT = {
    "R1": "R1: competency / skills-based (competencies and learning outcomes)",
    "R2": "R2: a summative assessment that shows achievement of the outcomes",
    "R3": "R3: endorsement by an industry / employment partner or external body",
    "R4": "R4: alignment with Michener's Education Plan",
}


@dataclass
class Outgoing:
    """A rendered email ready for the outbox."""

    message: EmailMessage
    recipients: list[str]
    message_id: str
    subject: str
    attachments: list[str] = field(default_factory=list)

    def as_bytes(self) -> bytes:
        return self.message.as_bytes(policy=POLICY)


def render(name: str, ctx: dict[str, Any]) -> tuple[str, str, str]:
    env = environment()
    subject = env.get_template(f"{name}.subject.j2").render(ctx)
    text = env.get_template(f"{name}.txt.j2").render(ctx)
    html = env.get_template(f"{name}.html.j2").render(ctx)
    return clean_header_text(subject, 200), text, html


@lru_cache(maxsize=1)
def _blank_forms() -> tuple[tuple[str, bytes, str, str], ...]:
    """(file name, bytes, MIME type) of each blank form sent with a request for a readable form,
    read once per process (a backlog attaches them to many answers)."""
    out = []
    for path in sorted(FORMS_DIR.glob("*")):
        suffix = path.suffix.lower()
        if suffix not in (".docx", ".pdf"):
            continue
        subtype = "pdf" if suffix == ".pdf" else "vnd.openxmlformats-officedocument.wordprocessingml.document"
        out.append((path.name, path.read_bytes(), "application", subtype))
    return tuple(out)


def make_message(
    name: str,
    to: list[str],
    ctx: dict[str, Any],
    *,
    from_address: str,
    from_name: str,
    domain: str,
    now: datetime,
    in_reply_to: str | None = None,
    references: tuple[str, ...] = (),
    reply_to: str | None = None,
    auto_submitted: str = "auto-generated",
    attach_forms: bool = False,
    message_id: str | None = None,
) -> Outgoing:
    """Build one email of kind `name` to `to` from its templates and `ctx`."""
    subject, text, html = render(name, ctx)
    msg = EmailMessage(policy=POLICY)
    msg["From"] = formataddr((clean_header_text(from_name, 80), from_address))
    msg["To"] = ", ".join(to)
    msg["Subject"] = subject
    msg["Date"] = format_datetime(now)
    mid = message_id or make_msgid(idstring=name.replace("_", "-"), domain=domain)
    msg["Message-ID"] = mid
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        refs = [r for r in references if r != in_reply_to][-10:] + [in_reply_to]
        msg["References"] = " ".join(refs)
    if reply_to:
        msg["Reply-To"] = reply_to
    # RFC 3834 and Microsoft's equivalent: auto-responders must not answer us.
    msg["Auto-Submitted"] = auto_submitted
    msg["X-Auto-Response-Suppress"] = "All"
    msg["X-Mailbot"] = name
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    attached: list[str] = []
    if attach_forms:
        for filename, data, maintype, subtype in _blank_forms():
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
            attached.append(filename)
    return Outgoing(msg, list(to), mid, subject, attached)
