"""An internal memo's header block: To / From / Date / Subject lines over the memo's paragraphs.

The block is the memo's envelope, not the form's answers. Its addressee line ("TO: Continuing Education Office",
"Destinataire : Bureau de la formation continue") names whom the memo is sent to, never the learners nor anyone
whose details the form asks for. Its sender line names who wrote the memo: the proposer when they write for
themselves, but a chair or a manager often writes on behalf of a colleague whose proposal it is ("I am writing on
behalf of my colleague ...", "... is the lead proposer"); then the sender's name, role and address are not surely
the proposer's, and the sender's values are only a guess.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

from .layout import Block

HEADER_REACH = 12    # blocks from the top within which a memo's header block stands
HEADER_LINES = 3     # header lines at least (a sender, an addressee or a subject, a date)
# "FROM: ...", "Expéditeur : ...": a header word, a colon and the value on the same line
_HEADER_LINE = re.compile(r"^\s*([^\W\d_]+(?:\.[^\W\d_]+)*\.?)\s*[:：]\s*(\S.*)$")
SENDER = frozenset({"from", "de", "expediteur", "expeditrice", "sender"})
ADDRESSEE = frozenset({"to", "destinataire", "destinataires", "a", "pour", "attn", "attention"})
SUBJECT = frozenset({"subject", "re", "objet", "regarding", "sujet"})
OTHER = frozenset({"date", "cc", "bcc", "copie", "copies", "c.c", "c.c."})
_HEADER_WORDS = SENDER | ADDRESSEE | SUBJECT | OTHER


def _word(label: str) -> str:
    folded = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    return folded.lower().rstrip(".")


def _header_word(block: Block) -> str | None:
    if block.is_pair or block.list_item or block.heading is not None:
        return None
    m = _HEADER_LINE.match(block.text)
    word = _word(m.group(1)) if m else None
    return word if word in _HEADER_WORDS else None


def header_lines(blocks: list[Block]) -> list[int]:
    """The indices of a memo's header block near the top: HEADER_LINES header lines in a row at least, one of them
    the sender's and one the addressee's or the subject's; [] when the document has none."""
    run: list[int] = []
    for n, b in enumerate(blocks[:HEADER_REACH]):
        if not b.text.strip():
            continue
        if _header_word(b) is not None:
            run.append(n)
            continue
        if len(run) >= HEADER_LINES:
            break
        run = []
    words = {_header_word(blocks[n]) for n in run}
    if len(run) < HEADER_LINES or not words & SENDER or not words & (ADDRESSEE | SUBJECT):
        return []
    return run


def without_addressee(blocks: list[Block]) -> list[Block]:
    """``blocks`` without the addressee line of a memo's header block (see the module's note)."""
    drop = {n for n in header_lines(blocks) if _header_word(blocks[n]) in ADDRESSEE}
    return [b for n, b in enumerate(blocks) if n not in drop] if drop else blocks


def sender(blocks: list[Block]) -> str | None:
    """The sender line's value of a memo's header block ("Dr. Harriet Okafor-Blaise, Chair"), else None."""
    for n in header_lines(blocks):
        if _header_word(blocks[n]) in SENDER:
            m = _HEADER_LINE.match(blocks[n].text)
            return m.group(2).strip() if m else None
    return None


# the memo's writer speaks for someone else, whose proposal it is: "on behalf of my colleague Priya Raman", "Priya is
# the lead proposer", "au nom de ma collègue ..."
_NAME = r"[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)*"
_FOR_ANOTHER = re.compile(
    rf"\bon\s+behalf\s+of\s+(?:my|our)\s+(?:colleague|co-worker|coworker|team\s+member)s?,?\s+(?P<a>{_NAME})"
    rf"|(?P<b>{_NAME})\s+(?:is|will\s+be|would\s+be|acts\s+as)\s+(?:the\s+)?lead\s+(?:proposer|applicant)\b"
    rf"|\bau\s+nom\s+de\s+(?:ma|mon|notre)\s+coll[eè]gue,?\s+(?P<c>{_NAME})")


def _surnames(name: str) -> set[str]:
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", name) if w[0].isupper() and len(w) > 2]
    return {_word(w) for w in words[1:] or words}


def writes_for_another(sender_value: str, text: str) -> bool:
    """Whether the memo's body says its writer (the sender line's person) writes for someone else's proposal."""
    writer = _surnames(sender_value.split(",")[0])
    for m in _FOR_ANOTHER.finditer(text):
        who = m.group("a") or m.group("b") or m.group("c") or ""
        named = {_word(w) for w in re.findall(r"[^\W\d_][\w'’-]*", who)}
        if named and not named & writer:
            return True
    return False


def writers_values(fields: Mapping[str, object], sender_value: str) -> list[str]:
    """The proposer's fields whose values are the memo writer's own: the name and the role given on the sender line,
    an address with the writer's surname in it."""
    writer = _surnames(sender_value.split(",")[0])
    parts = {_word(p.strip()) for p in sender_value.split(",") if p.strip()}
    out: list[str] = []
    for key in ("proposer_name", "proposer_title", "proposer_department", "proposer_email", "proposer_phone"):
        value = fields.get(key)
        if not isinstance(value, str) or not value.strip():
            continue
        words = {_word(w) for w in re.findall(r"[^\W\d_][\w'’]*", value)}
        if words & writer or _word(value.strip()) in parts or key == "proposer_email" and any(
                w in _word(value) for w in writer):
            out.append(key)
    return out
