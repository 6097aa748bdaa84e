"""A web mail conversation printed to PDF (Gmail's print view): each message's header as the web mail sets it.

A mail program prints a message's header as labelled lines ("From: ...", "Sent: ...", "To: ..."), which the section
finder reads as a thread: whose message holds the answers, and when it was sent. A web mail's print view sets the
same facts without labels: the sender's name and the date on one line, the sender's address in angle brackets on
the next, then "To: ...". Those two lines are rewritten as the labelled lines they stand for, so that a printed
conversation reads as the thread it is.
"""
from __future__ import annotations

import re

from .normalise import CE_MAILBOX, find_emails

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


_FROM = re.compile(r"^\s*(?:From|De)\s*:", re.I)
_SENT = re.compile(r"^\s*(?:Sent|Date|Envoyé)\s*:", re.I)
_HEADER = re.compile(r"^\s*(?:From|De|Sent|Date|Envoyé|To|À|Cc|Bcc|Subject|Objet|Attachments?|Pièces jointes)\s*:", re.I)
HEADER_REACH = 4  # lines between a From line and its Sent / Date line (a long address wraps)


def office_bodies_dropped(lines: list[str]) -> list[str]:
    """The lines of a printed thread without the bodies of the messages the office sent (its questions, its
    checklist of what to send: "please send us the title, ..., an endorsing partner"): only the proposer's own
    messages answer the form. The proposer is the sender who wrote the most; the office is a sender whose address is
    the office's mailbox, or, where that mailbox is nowhere in the thread, whom the proposer wrote to. Each message's header lines stay (the thread's order and dates); the lines as
    they are when the text is no thread of two messages with labelled headers."""
    starts = [n for n, ln in enumerate(lines)
              if _FROM.match(ln) and any(_SENT.match(x) for x in lines[n + 1:n + 1 + HEADER_REACH])]
    if len(starts) < 2:
        return lines
    messages = list(zip(starts, [*starts[1:], len(lines)]))
    senders: list[str | None] = []
    written_to: list[set[str]] = []
    for start, end in messages:
        head = [ln for ln in lines[start:end] if _HEADER.match(ln)][:6]
        sender = next(iter(find_emails(lines[start])), None)
        senders.append(sender.lower() if sender else None)
        written_to.append({e.lower() for ln in head if not _FROM.match(ln) for e in find_emails(ln)})
    # (the proposer is the sender who wrote the most: the proposal is the thread's longest text)
    said: dict[str, int] = {}
    for (start, end), sender in zip(messages, senders):
        if sender:
            said[sender] = said.get(sender, 0) + sum(len(ln) for ln in lines[start:end] if not _HEADER.match(ln))
    proposer = max(said, key=lambda k: said[k]) if said else None
    mailbox = any(CE_MAILBOX.match(a) for a in [*filter(None, senders), *(a for to in written_to for a in to)])
    # (where the office's mailbox is in the thread, it is the office; a colleague at the office who answered the
    # proposer's mail to it, the answers typed into her message, is none)
    office = {s for s in senders if s and s != proposer and (CE_MAILBOX.match(s) or not mailbox and any(
        s in to for to, other in zip(written_to, senders) if other == proposer))}
    if not office or all(s in office for s in senders):
        return lines  # (everyone the office, or no one: no proposer's message to keep apart)
    out = list(lines[:starts[0]])
    for (start, end), sender in zip(messages, senders):
        if sender not in office:
            out.extend(lines[start:end])
            continue
        body = False
        for ln in lines[start:end]:
            body = body or not _HEADER.match(ln)
            if not body:
                out.append(ln)
    return out
