"""Speaker turns: a transcript or a chat, printed as "RC: question" / "JSA: answer" lines or as a
chat export's "Name (role)   10:14 AM" header over each message.

An intake call's transcript or a chat with the office asks the form's questions
in the turns of the office's people and answers them in the proposer's. The
speaker tags are no labels: once they are taken off, the askers' turns are
questions in their own words and the proposer's turns are the answers under
them, which the section finder reads as it reads any questions-and-answers
document. The proposer is the speaker who says the most; the others ask. An
asker's turn that says more than its question ("Thanks for joining. Can you give
us the short version?") keeps only the question; one that asks nothing ("Thanks,
logged.") is set apart as a blank, so it ends the answer above it.

A chat stamps its messages with the date: the first one's date stands at the top,
where a letter's dateline stands.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from .layout import Block
from .normalise import to_date

_NAME = r"[A-ZÀ-Þ][\w.'’-]{0,20}(?:\s+[A-ZÀ-Þ][\w.'’-]{0,25}){0,3}"
_ROLE = r"(?:\s*\([^()\n]{1,30}\))?"
_STAMP = r"\[(?P<stamp>[^\]\n]{3,40})\]\s*"
# "RC: ...", "JSA: ...", "[11/19/2026 2:05 PM] Bogdan Achterberg-Nnadi: ...", "Seraphina Mwale-Okoro (CE): ..."
_INLINE = re.compile(r"^\s*(?:" + _STAMP + r")?(?P<tag>" + _NAME + r")" + _ROLE + r"\s*:\s+(?P<rest>\S.*)$", re.S)
# "Rafferty Ngata   10:14 AM", "Yusra Delacroix-Hamid (CE)   10:02 AM": a chat message's header on its own line
_HEADER = re.compile(r"^\s*(?P<tag>" + _NAME + r")" + _ROLE + r"\s{2,}(?P<stamp>\d{1,2}:\d{2}\s*(?:[AP]M)?)\s*$")
TURNS_MIN = 4       # tagged turns in all
SPEAKER_TURNS = 3   # turns of each of the two who speak most
TAGGED_SHARE = 0.25  # ... and this share of the document's paragraphs carry a speaker's tag
QUESTIONS_MIN = 2   # questions asked by the askers
_QUESTION = re.compile(r"[^.!?]*\?\s*$")
# "Q:" / "A:" mark a questionnaire's questions and answers, not two people (questions.py reads those)
_NOT_SPEAKERS = re.compile(r"(?i)^(?:[a-z]\d*|q\d+|question|answer|r[ée]ponse|response|note|re|subject|objet|from|to|"
                           r"cc|sent|date|title|audience|why|skills|outcomes|assessment|partner|logistics|me|resources|"
                           r"working\s+title|participants|chat)$")
_DATED = re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\b|\b\d{4}-\d{2}-\d{2}\b")


def untagged(blocks: list[Block]) -> list[Block]:
    """The blocks of a dialogue with its speaker tags taken off (unchanged when it is none)."""
    turns = _turns(blocks)
    counts = Counter(t for t, _, _ in turns.values())
    # a form's labels look like tags too ("Target Learners: ..."), but each stands once: speakers speak again and
    # again, two of them at least SPEAKER_TURNS times
    speakers = {t for t, n in counts.items() if n >= 2}
    turns = {i: v for i, v in turns.items() if v[0] in speakers}
    counts = Counter(t for t, _, _ in turns.values())
    texts = sum(1 for b in blocks if not b.is_pair and b.text.strip())
    if len(counts) < 2 or counts.most_common(2)[1][1] < SPEAKER_TURNS or len(turns) < TURNS_MIN \
            or len(turns) < TAGGED_SHARE * max(texts, 1):
        return blocks
    # the proposer says the most; everyone else asks
    words: Counter[str] = Counter()
    for i, (tag, rest, _) in turns.items():
        words[tag] += len(" ".join([rest, *[blocks[j].text for j in _body(blocks, turns, i)]]).split())
    answerer = words.most_common(1)[0][0]
    asked = sum(1 for tag, rest, _ in turns.values() if tag != answerer and "?" in rest)
    if asked < QUESTIONS_MIN and not any("?" in blocks[j].text for i, (t, _, _) in turns.items() if t != answerer
                                         for j in _body(blocks, turns, i)):
        return blocks
    out: list[Block] = []
    dated = next((to_date(m.group(0)) for _, _, stamp in turns.values() if stamp
                  for m in [_DATED.search(stamp)] if m), None)
    if dated:
        out.append(Block(text=dated))  # the chat's date, where a dateline stands
    if len(answerer.split()) >= 2:
        # the one who answers the office's questions is the proposer: the byline a chat does not print
        out.append(Block(text=f"Proposed by {answerer}"))
    asking = False
    skip: set[int] = set()
    for i, b in enumerate(blocks):
        if i in skip:
            continue
        if i not in turns and sum(1 for t in speakers if t in b.text) >= 2 and not b.text.rstrip().endswith("?"):
            # "Participants: Rui Castellanos (CE advisor), Johanne ...": who speaks, not whom the course is for
            out.append(replace(b, text=""))
            continue
        if i in turns and b.line:
            # a printed message wraps over the lines below its tag: one turn again
            body = [j for j in _body(blocks, turns, i) if blocks[j].line and blocks[j].text.strip()]
            tag, rest, stamp = turns[i]
            joined = rest
            for j in body:
                # (a number broken at its hyphen, "647-555-" / "0140", is one number again)
                line = blocks[j].text.strip()
                joined += ("" if joined.endswith("-") and line[:1].isdigit() else " ") + line
            turns[i] = (tag, joined.strip(), stamp)
            skip.update(body)
        if i not in turns:
            if asking and b.text.strip():
                q = _QUESTION.search(b.text)
                out.append(replace(b, text=q.group(0).strip(), heading=2) if q else replace(b, text=""))
            else:
                out.append(b)
            continue
        tag, rest, _ = turns[i]
        asking = tag != answerer
        if not rest:
            out.append(replace(b, text=""))  # a header line alone: the message follows it
        elif asking:
            q = _QUESTION.search(rest)
            # the asker's question, set apart like a heading over its answer: it ends the answer before it even
            # when it asks nothing the form asks ("Best way to reach you?"); a turn that asks nothing is a blank
            out.append(replace(b, text=q.group(0).strip(), heading=2) if q else replace(b, text=""))
        else:
            out.append(replace(b, text=rest))
    return out


def _turns(blocks: list[Block]) -> dict[int, tuple[str, str, str]]:
    """Block index -> (speaker, the text after the tag, the stamp) for every block that opens a turn."""
    out: dict[int, tuple[str, str, str]] = {}
    for i, b in enumerate(blocks):
        if b.is_pair or b.heading is not None:
            continue
        m = _HEADER.match(b.text) or _INLINE.match(b.text)
        if m and not _NOT_SPEAKERS.match(m.group("tag")):
            rest = m.group("rest").strip() if "rest" in m.re.groupindex else ""
            out[i] = (m.group("tag"), rest, m.group("stamp") or "")
    return out


def _body(blocks: list[Block], turns: dict[int, tuple[str, str, str]], i: int) -> list[int]:
    """The blocks after turn ``i`` up to the next turn: the rest of its message."""
    j = i + 1
    body = []
    while j < len(blocks) and j not in turns:
        body.append(j)
        j += 1
    return body
