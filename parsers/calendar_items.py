"""A calendar item printed or saved as a document: a meeting invitation, as a mail program prints it.

A mail program prints a meeting as a block of labelled lines before its body: when it starts and ends, where, who
organised it and who is asked to come ("Start: Thu 2027-01-21 2:00 PM", "End: ...", "Location: ...", "Organizer:
...", "Required Attendees: ..."). The body may well speak of a course proposal, its learners, its assessment and its
hours (a call to go through a concept form): it is the meeting's agenda, and the invitation is the kind of document
that block shows, whatever its body says. A proposal is never sent as one.
"""
from __future__ import annotations

import re
from itertools import islice

HEAD_LINES = 14   # non-empty lines from the top the block stands in (a name or a title may come first)
ITEM_LABELS_MIN = 3   # of the labels below, this many distinct ones at least

# each label a line opens with, and the item's part it names (English and French, as Outlook prints them)
_ITEM_LABEL = re.compile(
    r"^\s*(?P<label>start(?:\s+time)?|d[ée]but|end(?:\s+time)?|fin|when|quand|location|where|emplacement|lieu|"
    r"organi[sz]er|organisateur|organisatrice|(?:required|optional)\s+attendees|attendees|participants(?:\s+"
    r"(?:obligatoires|facultatifs))?|recurrence|p[ée]riodicit[ée]|meeting\s+status|[ée]tat\s+de\s+la\s+r[ée]union|"
    r"show\s+time\s+as|from|de)\s*:\s*\S", re.I)
_START = re.compile(r"^(?:start|d[ée]but)", re.I)
_END = re.compile(r"^(?:end|fin)", re.I)
_WHO = re.compile(r"^(?:organi|attendees|participants|required|optional)", re.I)


def printed_invitation(text: str) -> bool:
    """Whether the document opens with a calendar item's labelled block: its time (start and end, or when), and its
    organiser, attendees or sender, among at least three of the item's labels."""
    seen: set[str] = set()
    for line in islice((ln for ln in text.splitlines() if ln.strip()), HEAD_LINES):
        m = _ITEM_LABEL.match(line)
        if m:
            seen.add(" ".join(m.group("label").lower().split()))
    if len(seen) < ITEM_LABELS_MIN:
        return False
    # (a proposal's own "Start: January 2028" bullet is no meeting's time: the item gives its end too, or "When:")
    when = bool(seen & {"when", "quand"})
    timed = when or (any(_START.match(s) for s in seen) and any(_END.match(s) for s in seen))
    # (a mail's sender is the organiser only beside the "When:" a forwarded invitation has)
    who = any(_WHO.match(s) for s in seen) or when and bool(seen & {"from", "de"})
    return timed and who
