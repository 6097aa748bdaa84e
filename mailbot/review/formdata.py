"""An application's fields: the latest reading of its form, plus what people said after it.

Three sources, and what each may claim:

- the **reading** of the form (the parser, or OCR of a scan): its values, where each came from
  and how sure the reader is, and the required keys it is *sure* are empty;
- **corrections** by CE staff (``SET <field_key>: <value>`` in a reply), always confident;
- **answers** by the applicant (a reply with ``Label: answer`` lines), confident only when
  clearly labelled.

``Application.fields`` is the reading overlaid with the amendments; ``missing_required`` holds
only keys the reading was sure are empty and nobody has answered since; ``uncertain_fields``
holds keys read without confidence (a person checks them; the applicant is never told they are
missing). A revised form replaces the amendments of the fields it answers with a new value; an
amendment of a field the revision leaves as it was (or empty) stands.

Pure code over an :class:`~mailbot.store.models.Application` row: no session, no I/O.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import mailbot_parsers as parsers
from mailbot_parsers.fields import FIELDS_BY_KEY
from mailbot.store.models import Application

__all__ = [
    "Reading", "FIELD_KEYS", "amend", "apply_reading", "coerce", "describe_source", "field_rows",
    "parse_assignments", "recompute",
]

FIELD_KEYS: tuple[str, ...] = tuple(f.key for f in parsers.FIELDS)
_TYPES = {f.key: f.type for f in parsers.FIELDS}
STAFF, APPLICANT = "staff", "applicant"


@dataclass(frozen=True)
class Reading:
    """What was read from one form: the JSON stored in ``Application.reading``."""

    fields: dict[str, Any] = field(default_factory=dict)
    sources: dict[str, dict[str, Any]] = field(default_factory=dict)
    missing_required: list[str] = field(default_factory=list)
    uncertain_fields: list[str] = field(default_factory=list)
    by: str = "parser"  # parser | ocr | none (nothing could be read)

    @classmethod
    def of(cls, result: parsers.ParseResult | None, by: str = "parser") -> Reading:
        """The reading of a parse or OCR result; None (an unreadable file) is a reading of nothing
        that claims nothing: no value, nothing missing."""
        if result is None:
            return cls(by="none")
        sources = {k: {"method": s.method, "label": s.label, "confidence": round(float(s.confidence), 2)}
                   for k, s in result.sources.items() if k in result.fields}
        uncertain = list(result.uncertain_fields)
        missing = list(result.missing_required)
        if by == "ocr":
            # OCR missing a field does not show that it is empty; every value is a person's to confirm.
            uncertain = [k for k in FIELD_KEYS if k in result.fields or k in parsers.REQUIRED_KEYS]
            missing = []
        return cls(dict(result.fields), sources, missing, uncertain, by)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Reading:
        return cls(dict(data.get("fields", {})), dict(data.get("sources", {})),
                   list(data.get("missing_required", [])), list(data.get("uncertain_fields", [])),
                   str(data.get("by", "parser")))

    def to_json(self) -> dict[str, Any]:
        return {"fields": self.fields, "sources": self.sources, "missing_required": self.missing_required,
                "uncertain_fields": self.uncertain_fields, "by": self.by}


def _filled(value: Any) -> bool:
    return value not in (None, "", [])


def recompute(app: Application) -> None:
    """Set ``fields``, ``missing_required``, ``uncertain_fields``, ``requirements_unmet`` and the
    title from the reading and the amendments."""
    reading = Reading.from_json(app.reading or {})
    amendments: dict[str, Any] = dict(app.amendments or {})
    fields = {k: v for k, v in reading.fields.items()}
    fields.update({k: a["value"] for k, a in amendments.items()})
    app.fields = {k: fields[k] for k in FIELD_KEYS if k in fields and _filled(fields[k])}
    app.missing_required = [k for k in reading.missing_required if k not in app.fields]
    app.uncertain_fields = [
        k for k in FIELD_KEYS
        if (k in amendments and not amendments[k].get("confident", False))
        or (k not in amendments and k in reading.uncertain_fields)
    ]
    if reading.by == "none":
        app.requirements_unmet = []  # nothing was read: nothing is claimed
    else:
        # A key the reader could not place may be on the form: treat it as read, as the parser does.
        as_if_read = {**app.fields, **{k: "?" for k in app.uncertain_fields if k not in app.fields}}
        app.requirements_unmet = parsers.requirements_unmet(as_if_read)
    if isinstance(app.fields.get("proposal_title"), str):
        app.title = str(app.fields["proposal_title"])[:300]
    if isinstance(app.fields.get("request_type"), str):
        app.request_type = str(app.fields["request_type"])


def apply_reading(app: Application, reading: Reading) -> list[str]:
    """Make ``reading`` the application's form reading (a first reading, OCR, or a revision).

    An amendment stands unless the new reading answers its field with a value other than the one
    the amendment replaced. Returns the keys whose values changed.
    """
    before = dict(app.fields or {})
    kept = {}
    for key, amendment in (app.amendments or {}).items():
        new = reading.fields.get(key)
        if _filled(new) and new != amendment.get("form_value"):
            continue  # the revision answers this field anew
        kept[key] = amendment
    app.reading = reading.to_json()
    app.amendments = kept
    recompute(app)
    return sorted(k for k in set(before) | set(app.fields) if before.get(k) != app.fields.get(k))


def amend(app: Application, key: str, value: Any, *, role: str, actor: str, now: datetime,
          confident: bool, how: str) -> Any:
    """Give ``key`` a value after the form (a correction or an answer); returns the old value."""
    old = (app.fields or {}).get(key)
    reading = Reading.from_json(app.reading or {})
    amendments = dict(app.amendments or {})
    amendments[key] = {"value": value, "role": role, "by": actor, "at": now.isoformat(), "confident": confident,
                       "how": how, "form_value": reading.fields.get(key)}
    app.amendments = amendments  # a new object: SQLAlchemy notices the change of a JSON column
    recompute(app)
    return old


def coerce(key: str, text: str) -> Any:
    """A typed value for ``key`` from what a person wrote; raises ValueError with a reason."""
    text = " ".join(text.split())
    if not text:
        raise ValueError("the value is empty")
    kind = _TYPES.get(key)
    if kind is None:
        raise ValueError(f"{key!r} is not a field of the concept form")
    if kind == "list":
        return [part.strip() for part in text.split(";") if part.strip()]
    if kind == "number":
        try:
            number = float(text.replace(",", ""))
        except ValueError:
            raise ValueError(f"{key} needs a number, not {text[:40]!r}") from None
        return int(number) if number.is_integer() else number
    if kind == "choice":
        choices = FIELDS_BY_KEY[key].choices
        code = text.lower().replace(" ", "_")
        if code not in choices:
            raise ValueError(f"{key} must be one of: {', '.join(choices)}")
        return code
    return text


def parse_assignments(text: str) -> list[tuple[str, str]]:
    """``key: value`` pairs, one a line (blank lines and a leading "SET" tolerated)."""
    pairs = []
    for line in text.split("\n"):
        line = line.strip()
        if line.upper().startswith("SET "):
            line = line[4:].strip()
        if not line:
            continue
        key, sep, value = line.partition(":")
        pairs.append((key.strip().lower() if sep else line, value.strip() if sep else ""))
    return pairs


def describe_source(source: dict[str, Any] | None, amendment: dict[str, Any] | None) -> str:
    """Where a value came from, in a few words for staff."""
    if amendment:
        who = "CE staff" if amendment.get("role") == STAFF else "the applicant's reply"
        return f"set by {who} ({amendment.get('by', '')})" if amendment.get("role") == STAFF else \
            f"from {who}" + ("" if amendment.get("confident") else ", not clearly labelled")
    if not source:
        return ""
    method = str(source.get("method", "")).replace("_", " ")
    label = str(source.get("label", ""))[:60]
    confidence = float(source.get("confidence", 0))
    return f"{method}" + (f" '{label}'" if label else "") + f", confidence {confidence:.0%}"


def field_rows(app: Application) -> list[dict[str, Any]]:
    """One row per field for the staff emails: what was read, whether it is sure, and why."""
    reading = Reading.from_json(app.reading or {})
    amendments = app.amendments or {}
    uncertain = set(app.uncertain_fields or [])
    missing = set(app.missing_required or [])
    rows = []
    for key in FIELD_KEYS:
        value = (app.fields or {}).get(key)
        if value is None and key not in uncertain and key not in missing:
            continue
        shown = "; ".join(str(v) for v in value) if isinstance(value, list) else ("" if value is None else str(value))
        status = "missing" if key in missing else "uncertain" if key in uncertain else "read"
        why = describe_source(reading.sources.get(key), amendments.get(key))
        if value is None and key in uncertain:
            why = "not found on the form: it may be there in words mailbot did not recognise"
        rows.append({"key": key, "value": shown, "status": status, "why": why})
    return rows
