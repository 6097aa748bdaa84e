"""The applicant's reply with the items the acknowledgement asked for, read into the application.

Only the reply's own text is read (no quoted history, signature or disclaimer:
:func:`mailbot.review.replies.fresh_text`). The labels are matched by the same code that reads a
form (:func:`mailbot_parsers.sections.extract` over one block a line), so "Summative assessment:
a written exam" and "2. Assessment - written exam" are read like the form's own labels.

An answer is *confident* when it is clearly labelled: its line starts with the label and a
colon (or a dash) and the parser matched the label with confidence. Anything else the matcher
found (a label inside a sentence, "our partner is ...") is kept as *uncertain*: staff see it and
confirm it; the applicant is never told it is still missing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session

from mailbot.config import Settings
from mailbot.mail.emails import field_label
from mailbot.review import decisions, formdata
from mailbot.store.events import EventKind
from mailbot.store.models import Application, Event
from mailbot_parsers import SURE
from mailbot_parsers.layout import Block
from mailbot_parsers.sections import extract

__all__ = ["Answer", "open_items", "read", "record", "tell_staff"]

MAX_TEXT = 20_000  # a reply is a few lines; beyond this it is not a list of answers
_LABEL_START = re.compile(r"^\s*(?:[-*•]\s*|\(?\w{1,3}[.)]\s+)?(?P<label>[^:\n]{1,80}?)\s*(?::|\s[-–—]\s)")


@dataclass(frozen=True)
class Answer:
    """One field answered in a reply."""

    key: str
    value: Any
    confident: bool
    label: str


def _labelled(text: str, label: str) -> bool:
    """True when a line of ``text`` starts with ``label`` followed by a colon or a dash."""
    wanted = " ".join(label.lower().split())
    for line in text.split("\n"):
        m = _LABEL_START.match(line)
        if m and " ".join(m.group("label").lower().split()) == wanted:
            return True
    return False


def read(text: str) -> list[Answer]:
    """The fields answered in ``text`` (a reply's fresh text), in the contract's order."""
    text = text[:MAX_TEXT]
    blocks = [Block(text=line.strip(), line=True) for line in text.split("\n") if line.strip()]
    if not blocks:
        return []
    ex = extract(blocks)
    out = []
    for key in formdata.FIELD_KEYS:
        if key not in ex.fields:
            continue
        source = ex.sources.get(key)
        label = source.label if source else ""
        confident = bool(source and source.confidence >= SURE and _labelled(text, label))
        out.append(Answer(key, ex.fields[key], confident, label))
    return out


def open_items(app: Application, found: list[Answer]) -> list[Answer]:
    """The answers the application was waiting for: fields it lacks, or holds without confidence.

    A different value for a field the form answered with confidence is not applied: staff see it
    and correct the field themselves (SET) if the applicant is right.
    """
    return [a for a in found if a.key not in app.fields or a.key in app.uncertain_fields]


def record(session: Session, settings: Settings, app: Application, found: list[Answer], *, actor: str,
           inbound_id: int, now: datetime) -> list[str]:
    """Put the answers to open items into the application and its history (the others only into
    the history); returns the keys whose values changed."""
    changed = []
    applied = open_items(app, found)
    for answer in applied:
        old = formdata.amend(app, answer.key, answer.value, role=formdata.APPLICANT, actor=actor, now=now,
                             confident=answer.confident, how="reply")
        if old != answer.value:
            changed.append(answer.key)
    session.add(app)
    session.add(Event(
        application_id=app.id, at=now, kind=EventKind.ANSWERED, actor=actor, inbound_id=inbound_id,
        comment="; ".join(f"{field_label(a.key)}{'' if a.confident else ' (uncertain)'}"
                          f"{'' if a in applied else ' (not applied: the form answers it)'}" for a in found),
        data={"answers": {a.key: a.value for a in found}, "uncertain": [a.key for a in found if not a.confident],
              "not_applied": [a.key for a in found if a not in applied],
              "missing_required": app.missing_required, "uncertain_fields": app.uncertain_fields},
    ))
    session.flush()
    return changed


def tell_staff(session: Session, settings: Settings, app: Application, found: list[Answer], applied: list[Answer],
               *, inbound_id: int, now: datetime) -> None:
    """The stage's reviewers hear what the applicant answered and what is still open."""
    decisions.tell_reviewers(session, settings, app, now, "fields_read", {
        "event": "answer", "filename": "", "kind": "",
        "answered": [{"label": field_label(a.key), "confident": a.confident, "applied": a in applied,
                      "key": a.key, "value": a.value} for a in found],
        "rows": formdata.field_rows(app),
        "missing": [field_label(k) for k in app.missing_required],
        "uncertain": [field_label(k) for k in app.uncertain_fields],
    }, key=f"answer:{inbound_id}", inbound_id=inbound_id)
