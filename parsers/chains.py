"""Email chains: what the newest message says again about a field decides whether an older message's answer stands.

A proposal forwarded or answered by mail and saved or printed whole keeps every
message of the thread: the newest on top, each older one under its own header
block ("From: ... Sent: ..." / "De : ... Envoyé : ...", "-----Original
Message-----") or under a quoting line ("On 17 Nov 2026, X wrote:"). The labels
of a structured proposal are often in an older message, and the newest may
correct it in plain sentences ("the course will be 15 hours, not 12"; "the
letter of support has now been signed; it is attached").

:func:`restated` reads the newest message alone, with the readers every other
document gets (the logistics of one answer, the sentence roles of prose), and
returns the fields it states with their values. A value read elsewhere in the
chain that differs from what the newest message states was corrected: the
newest value stands, and the field is reported uncertain.
"""
from __future__ import annotations

import re

from .composite import logistics
from .fields import FieldValue
from .prose import read

# the header block of one message in a thread: a From line with a Sent / Date line right after it (its address may
# wrap), in English or French; or the line an older message is quoted under
_FROM = re.compile(r"^\s*(?:From|De|Von)\s*:", re.I)
_SENT = re.compile(r"^\s*(?:Sent|Date|Envoyé|Gesendet)\s*:", re.I)
_QUOTE_INTRO = re.compile(r"^\s*(?:On\s.{4,160}\swrote\s*:|Le\s.{4,160}\sa\s+écrit\s*:|-{3,}\s*(?:Original Message|"
                          r"Message d'origine|Forwarded message)\s*-{3,})\s*$", re.I)
HEADER_REACH = 4  # lines between a From line and its Sent / Date line (a long address wraps)
MIN_WORDS = 8     # a newest message shorter than this states nothing worth weighing (a signature, "See below")


def _headers(lines: list[str]) -> list[tuple[int, bool]]:
    """(line index, whether the message's own body follows it) of each message start, in order."""
    out: list[tuple[int, bool]] = []
    for n, line in enumerate(lines):
        if _QUOTE_INTRO.match(line):
            out.append((n, False))  # the newest text stood above it; what follows is quoted
        elif _FROM.match(line) and any(_SENT.match(x) for x in lines[n + 1:n + 1 + HEADER_REACH]):
            out.append((n, True))
    return out


def newest_message(text: str) -> str | None:
    """The newest message's body of an email thread; None when the text is not a thread of two messages or more."""
    lines = text.splitlines()
    heads = _headers(lines)
    if not heads or (len(heads) < 2 and heads[0][1]):
        return None  # one message (its own header): nothing older in the text to correct
    first, body_after = heads[0]
    if body_after:
        end = heads[1][0]
        body = [x for x in lines[first:end] if not _FROM.match(x) and not _SENT.match(x)
                and not re.match(r"^\s*(?:To|Cc|Subject|Objet|À|Attachments?|Pièces jointes)\s*:", x, re.I)]
    else:
        body = lines[:first]
    joined = "\n".join(body).strip()
    return joined if len(joined.split()) >= MIN_WORDS else None


def restated(text: str) -> dict[str, FieldValue]:
    """The fields the newest message of a thread states (format, hours, start, enrolment, and sentence roles)."""
    newest = newest_message(text)
    if newest is None:
        return {}
    out: dict[str, FieldValue] = {}
    for key, value in logistics(newest).items():
        if isinstance(value, (str, int, float)):
            out[key] = value
    paragraphs = [p for p in re.split(r"\n\s*\n", newest) if p.strip()] or [newest]
    for key, reading in read([" ".join(p.split()) for p in paragraphs]).items():
        out.setdefault(key, reading.value)
    return out


# fields whose values compare as they are (a choice, a figure, a start as written): free text read from a sentence
# differs from a labelled answer in its edges, not in what it says, so it is not weighed here; nor is the date,
# which every message of a thread has its own of
WEIGHED = ("request_type", "endorsement_status", "delivery_format", "estimated_hours", "expected_enrolment",
           "proposed_start")


def superseded(text: str, fields: dict[str, FieldValue]) -> dict[str, FieldValue]:
    """The fields read from the document that the newest message of its thread states otherwise, with what it states.

    The newest message is the applicant's latest word ("15 hours, not 12"): its value replaces the older one, and
    the field stays uncertain, since a correction in a sentence is read less surely than an answer under a label.
    """
    said = restated(text)
    return {k: v for k, v in said.items() if k in WEIGHED and k in fields and fields[k] != v}
