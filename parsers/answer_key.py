"""Answers keyed by number: the questions in a key, the answers in numbered boxes or rows elsewhere.

An answer sheet prints its questions once, in a key at the top ("1 = Proposed title   12 = Summative
assessment", two columns, or one paragraph "1 = Working title; 2 = Lead proposer; ..."), or as a numbered
question table ("1 | Proposed title"); the answers follow in boxes or rows that carry only the question's number
("1   Muscle and Nerve Biopsy Handling", "2, Noémie Delacroix"), with the lines of a long answer under its number.
Read in order, each answer is a number and its text, and the key a run of labels with nothing after them. Here
the key is read first, then each numbered answer becomes the pair of its question and its lines, as a table row
of the form would be: the number says which question it answers, in whatever order the answers come.

The same holds for questions copied as a list under letters or numbers ("A. Working title?", "B. Lead proposer?")
and answered after it under the same keys ("A. Digital Cytology ...", "B. Wen-Li Tsao"), in the list's order
(:func:`listed_answers`; listed_questions.py tells the shape from a document's text).
"""
from __future__ import annotations

import re
from dataclasses import replace

from .labels import match_label
from .layout import Block
from .listed_questions import KEY_RUN, WRAP_LINES, asks, body_of, key_of, next_key

KEY_MIN = 6  # entries of a key, numbered from 1, before numbers are taken for the questions' numbers
KEY_LABEL_WORDS = 12  # words of one question of the key at most
KEY_FIELDS_SHARE = 0.5  # of the key's questions that must name a field of the form
ANSWERS_MIN = 4  # numbered answers after the key before they are read as its answers

# "12 = Summative assessment": a number, a sign that it stands for what follows (an equals sign, a colon, a spaced
# dash), a question (up to the next entry, a ";", or the end)
_ENTRY = re.compile(r"(?<![^\s;,])(\d{1,2})\s*(?:=|:|\s[–—-])\s*")
_KEY_START = re.compile(r"^\s*1\s*(?:=|:|\s[–—-])\s*\S")
# a numbered answer: its number alone, or before its text after a gap or a comma (a table row read as one line),
# the number perhaps in square brackets; "2." and "2)" number the items of a list inside an answer, never a box
_ANSWER = re.compile(r"^\s*(\[)?(\d{1,2})(?(1)\])(?:\s*,\s*|\s+|$)(?=\S|$)(.*)$", re.S)
_NUMBER = re.compile(r"^\s*\[?(\d{1,2})\]?\s*$")


def _entries(text: str) -> list[tuple[int, str]]:
    """The key's entries in ``text``, number and question, in the order written."""
    found = list(_ENTRY.finditer(text))
    out = []
    for m, nxt in zip(found, [*found[1:], None]):
        question = text[m.end():nxt.start() if nxt else len(text)].strip().rstrip(";,").strip()
        if question.endswith(".") and not question.endswith(".."):
            question = question[:-1].rstrip()
        out.append((int(m.group(1)), question))
    return out


def _key_lines(blocks: list[Block], i: int) -> tuple[dict[int, str], int] | None:
    """The key that starts at block ``i`` ("1 = ..." lines, a question wrapped onto the next line joined), and the
    index after it; None when none starts there."""
    b = blocks[i]
    if b.is_pair or not _KEY_START.match(b.text):
        return None
    parts: list[str] = []
    j = i
    while j < len(blocks) and not blocks[j].is_pair and blocks[j].heading is None:
        t = blocks[j].text.strip()
        if j > i and (not t or _ANSWER.match(t) and not _ENTRY.match(t)):
            break  # the first numbered answer, or a blank line after the key
        if j > i and not _ENTRY.search(t) and parts[-1].rstrip().endswith((".", ";")):
            break  # a line after the key's last question closed
        parts.append(t)
        j += 1
    return _as_key(_entries(" ".join(parts))), j


def _key_rows(blocks: list[Block], i: int) -> tuple[dict[int, str], int] | None:
    """The key as a table of numbered questions ("1 | Proposed title" rows), from block ``i``."""
    entries: list[tuple[int, str]] = []
    j = i
    while j < len(blocks) and blocks[j].is_pair and (item := _item(blocks, j)) is not None:
        n, lines, took = item
        entries.append((n, " ".join(x.text.strip() for x in lines).strip()))
        j += took
    if not entries or entries[0][0] != 1:
        return None
    return _as_key(entries), j


def _as_key(entries: list[tuple[int, str]]) -> dict[int, str]:
    key: dict[int, str] = {}
    for n, question in entries:
        if n in key or not question or len(question.split()) > KEY_LABEL_WORDS:
            return {}
        key[n] = question
    if len(key) < KEY_MIN or 1 not in key or max(key) > 2 * len(key):
        return {}
    named = sum(1 for q in key.values() if match_label(q) is not None)
    return key if named >= KEY_FIELDS_SHARE * len(key) else {}


def _item(blocks: list[Block], j: int) -> tuple[int, list[Block], int] | None:
    """The numbered item (a key's question or an answer) that opens at block ``j``: its number, its first lines,
    and the blocks it took; None when no number opens the block."""
    b = blocks[j]
    if b.is_pair:
        # a table row: the number in its first cell, or (a table under a header row, read as pairs of the header's
        # names and the first row's cells) "No." over the number and the next column's name over the text
        m = _NUMBER.match(b.pair_label or "")
        if m is not None:
            return int(m.group(1)), [a for a in b.answer if not a.is_pair], 1
        if len(b.answer) == 1 and not b.answer[0].is_pair and (m := _NUMBER.match(b.answer[0].text)) \
                and j + 1 < len(blocks) and blocks[j + 1].is_pair:
            return int(m.group(1)), [a for a in blocks[j + 1].answer if not a.is_pair], 2
        return None
    m = _ANSWER.match(b.text)
    if m is None:
        return None
    rest = m.group(3).strip()
    return int(m.group(2)), [replace(b, text=rest, heading=None)] if rest else [], 1


def _opening(blocks: list[Block], j: int, key: dict[int, str], used: set[int]) -> tuple[int, list[Block], int] | None:
    """The numbered answer that opens at block ``j`` (see :func:`_item`), when its number is one of the key's
    not answered yet."""
    item = _item(blocks, j)
    return item if item is not None and item[0] in key and item[0] not in used else None


def keyed_answers(blocks: list[Block]) -> list[Block]:
    """``blocks`` with a key's numbered answers read as the pairs of their questions (unchanged without a key)."""
    i, start = 0, 0
    key: dict[int, str] = {}
    while i < len(blocks):
        found = _key_lines(blocks, i) or _key_rows(blocks, i)
        if found and found[0]:
            key, start = found
            break
        # (a run read as no key is not read again from each of its lines: the search stays linear)
        i = max(i + 1, found[1] if found else 0)
    if not key:
        return listed_answers(blocks)
    out: list[Block] = list(blocks[:i])
    used: set[int] = set()
    answers: list[tuple[int, list[Block]]] = []
    j = start
    pending: list[Block] = []  # blocks between the key and the first answer
    while j < len(blocks):
        opened = _opening(blocks, j, key, used)
        if opened is not None:
            n, lines, took = opened
            used.add(n)
            answers.append((n, lines))
            j += took
            continue
        b = blocks[j]
        if answers and not b.is_pair and b.heading is None:
            answers[-1][1].append(b)  # a line of the answer above: its boxes hold no number of their own
        elif answers:
            break  # a heading or a table after the answers: the rest of the document
        else:
            pending.append(b)
        j += 1
    if len(answers) < ANSWERS_MIN:
        return blocks
    out.extend(pending)
    for n, lines in answers:
        question = key[n]
        out.append(Block(text=question, pair_label=question, answer=[x for x in lines if x.text.strip()],
                         line=any(x.line for x in lines), question=question.endswith("?")))
    out.extend(blocks[j:])
    return out


# Questions listed under keys ("A. Working title?", "B. Lead proposer?", ...) and answered later under the same keys
# ("A. Digital Cytology ...", "B. Wen-Li Tsao"): each answer is paired with its question, as with a key above.
LIST_GAP = 3  # blocks (a heading "Answers", a line of explanation) between the questions' list and the first answer
_SENTENCE_END = (".", "!", "?")


def _question_list(blocks: list[Block], i: int) -> tuple[list[tuple[str, str]], int] | None:
    """The list of keyed questions that starts at block ``i`` (key and question, a question wrapped onto the next
    PDF line joined), and the index after it; None when none starts there."""
    b = blocks[i]
    first = key_of(b.text) if not b.is_pair and b.heading is None else None
    if first not in ("A", "1"):
        return None
    items: list[tuple[str, list[str]]] = []
    j, want = i, first
    while j < len(blocks):
        b = blocks[j]
        if b.is_pair or b.heading is not None:
            break
        k = key_of(b.text)
        if k == want:
            items.append((k, [b.text]))
            want = next_key(k)
        elif k is None and items and b.line and not b.list_item and len(items[-1][1]) <= WRAP_LINES \
                and not items[-1][1][-1].rstrip().endswith(("?", ":")):
            items[-1][1].append(b.text)  # a question wrapped onto the next line of a PDF
        else:
            break
        j += 1
    questions = [(k, " ".join(t.strip() for t in lines)) for k, lines in items]
    # (a numbered list of outcomes or skills runs in sequence too: the questions' list asks)
    if len(questions) < KEY_RUN or 2 * sum(asks(q) for _, q in questions) < len(questions):
        return None
    return questions, j


def listed_answers(blocks: list[Block]) -> list[Block]:
    """``blocks`` with the answers of a list of keyed questions read as the pairs of their questions, when the first
    key opens a line again just after the list and the other keys follow in the list's order (unchanged otherwise)."""
    found = None
    for i in range(len(blocks)):
        if (found := _question_list(blocks, i)) is not None:
            break
    if found is None:
        return blocks
    questions, start = found
    order = [k for k, _ in questions]
    asked = dict(questions)
    first = next((j for j in range(start, min(start + LIST_GAP + 1, len(blocks)))
                  if not blocks[j].is_pair and key_of(blocks[j].text) == order[0]), None)
    if first is None:
        return blocks
    answers: list[tuple[str, list[Block]]] = []
    at = 0  # the position in the list's order from which the next answer's key may come (a question left out)
    j = first
    while j < len(blocks):
        b = blocks[j]
        if b.is_pair or b.heading is not None:
            break  # a table or a heading after the answers: the rest of the document
        k = key_of(b.text)
        if k is not None and k in order[at:]:
            at = order.index(k, at) + 1
            rest = body_of(b.text)
            answers.append((k, [replace(b, text=rest, heading=None)] if rest else []))
            j += 1
            continue
        last = answers[-1][1]
        if at >= len(order) and not b.list_item and not (
                b.line and last and not last[-1].text.rstrip().endswith(_SENTENCE_END)):
            # after the last key only a wrapped line or a list item goes on with its answer: a closing line ("Thank
            # you", a signature) is no part of it
            break
        last.append(b)  # a line of the answer above, up to the next key
        j += 1
    if len(answers) < KEY_RUN:
        return blocks
    out = list(blocks[:first])
    del out[i:start]  # the list of questions: each is now the label of its answer
    for k, lines in answers:
        question = body_of(asked[k]) or asked[k]
        out.append(Block(text=question, pair_label=question, answer=[x for x in lines if x.text.strip()],
                         line=any(x.line for x in lines), question=question.endswith("?")))
    out.extend(blocks[j:])
    return out
