"""A web mail conversation printed to PDF (Gmail's print view): each message's header as the web mail sets it.

A mail program prints a message's header as labelled lines ("From: ...", "Sent: ...", "To: ..."), which the section
finder reads as a thread: whose message holds the answers, and when it was sent. A web mail's print view sets the
same facts without labels: the sender's name and the date on one line, the sender's address in angle brackets on
the next, then "To: ...". Those two lines are rewritten as the labelled lines they stand for, so that a printed
conversation reads as the thread it is.
"""
from __future__ import annotations

import re

# "Tobias Ferreira-Lund Thu, Feb 11, 2027, 9:58 AM", "Michener CE Wed, 3 Feb 2027 at 13:15 (2 days ago)"
_NAME_AND_DATE = re.compile(
    r"^(?P<name>[^\W\d_][^<>@:\n]{1,60}?)\s+"
    r"(?P<date>(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,\s+[^\n]{5,40}?\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?)"
    r"(?:\s*\([^()]{1,30}\))?\s*$")
_ADDRESS = re.compile(r"^\s*<\s*([^<>\s@]+@[^<>\s@]+\.[^<>\s@]+)\s*>\s*$")
_TO = re.compile(r"^\s*(?:To|À)\s*:", re.I)


def headers_labelled(lines: list[str]) -> list[str]:
    """The lines with each web mail header ("<name> <weekday>, <date>, <time>" over "<address>" over "To: ...")
    written as "From: <name> <address>" and "Sent: <date>"; the lines as they are when no message has such a
    header."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        m = _NAME_AND_DATE.match(lines[i].strip())
        a = _ADDRESS.match(lines[i + 1]) if m and i + 1 < len(lines) else None
        if m and a and i + 2 < len(lines) and _TO.match(lines[i + 2]):
            out.append(f"From: {m.group('name').strip()} <{a.group(1)}>")
            out.append(f"Sent: {m.group('date').strip()}")
            i += 2
            continue
        out.append(lines[i])
        i += 1
    return out
