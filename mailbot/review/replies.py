"""Read a command out of the text of a reply. Pure code: no I/O, no policy.

The rule, in one sentence: a command is a keyword at the start of the first non-empty line
of the *fresh* text of a reply (what the sender wrote above the quoted message, without
signature or disclaimer), or, failing that, the whole subject. Anything else (a keyword in
quoted text, mid-sentence, in a signature or a disclaimer) is not a command.

The keywords, and how each reads its argument, are the command objects of
:mod:`mailbot.review.commands`. Whether the sender may use the keyword at the application's
stage is decided elsewhere (the command objects and :mod:`mailbot.review.decisions`); this
module only reads.

The quoted history is found by ``mail-parser-reply`` (attribution lines such as
"On ... wrote:", Outlook "From:/Sent:" header blocks, "-----Original Message-----") and by our
own line rules for what it does not cover: "> " quotes, "-- " signatures, closings
("Best regards,"), forwarded-message markers and underscore separators.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Pattern

from mailparser_reply.parser import EmailMessage

from mailbot.review.commands import COMMANDS, KEYWORDS

__all__ = ["ParsedReply", "fresh_text", "parse_reply", "strip_subject"]


# --------------------------------------------------------------------------- parsing


@dataclass(frozen=True)
class ParsedReply:
    """What a reply asks for.

    ``keyword``: an entry of :data:`KEYWORDS` (upper case, single spaces) or None.
    ``argument``: what the keyword's command reads (ASSIGN's address, NOTE's text), else "".
    ``comment``: the rest of the keyword's line plus the paragraph after it.
    ``fresh_text``: the reply without quoted history, signature and disclaimers.
    ``source``: "body", "subject" or "" (no keyword), for the transcript and the logs.
    """

    keyword: str | None
    argument: str
    comment: str
    fresh_text: str
    source: str = ""


# Words are separated by any run of spaces, hyphens or underscores: "not-supported", "MORE  INFO".
_KEYWORD_ALT = "|".join(r"[\s_\-]+".join(map(re.escape, k.split())) for k in KEYWORDS)
# Markup people put around a keyword: markdown bold/italics, bullets, quotes, brackets.
_OPEN = r"[\s*_~#•·\"'“‘(\[\-–—]*"
_CLOSE = r"[*_~\"'”’)\]]*"
_LINE = re.compile(
    rf"^{_OPEN}(?:decision{_CLOSE}\s*[:\-–—]\s*{_OPEN})?"  # "Decision: SUPPORTED", "**Decision:** ..."
    rf"(?P<kw>{_KEYWORD_ALT})(?![\w@])"  # a whole word: never "SUPPORTEDLY"
    rf"{_CLOSE}(?:\s*[.!:;,\-–—]+)?\s*",
    re.IGNORECASE,
)
# Only this much of a line is searched for the keyword: it bounds the regex's work on hostile
# input, and a keyword preceded by more markup than this is not a keyword.
_HEAD_CHARS = 200
_MAX_SUBJECT = 1000

_SUBJECT_PREFIX = re.compile(r"^\s*(?:(?:re|fwd?|aw|wg|sv|vs|antw|tr|rif)\s*(?:\[\d+\])?\s*[:：]\s*)+", re.IGNORECASE)
_SUBJECT_REF = re.compile(r"\[[A-Z]{2,5}-\d{4}-\d{1,6}\]", re.IGNORECASE)

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)

# Lines after which nothing the sender wrote is fresh.
_CUT_LINE = re.compile(
    r"^(?:"
    r">.*"  # a quoted line; replies are read above the quote
    r"|--\s*"  # the "-- " signature delimiter (already right-stripped)
    r"|[_\-=]{10,}"  # Outlook's underscore line and similar separators
    r"|-*\s*(?:forwarded|original) message\s*-*:?"  # Gmail / Thunderbird forwards
    r"|begin forwarded message:?"  # Apple Mail
    r"|(?:sent from my|get outlook for)\b.*"  # mobile footers
    r")$",
    re.IGNORECASE,
)
# A closing alone on its line starts the signature; "Thanks, great work" is part of the comment.
_CLOSING = re.compile(
    r"^(?:(?:best|kind|warm|many thanks and)?\s*regards|best(?: wishes)?|cheers|sincerely|"
    r"thanks?(?: you)?(?: again)?|thank you very much|many thanks|all the best)\s*[,.!]?$",
    re.IGNORECASE,
)


# Cheap pre-checks for mail-parser-reply's header regex. Its "On ... wrote:" pattern is
# quadratic in the line length, so it only ever sees a few short candidate lines; running it
# over a whole 100 kB body takes seconds.
_ATTRIBUTION_START = re.compile(r"^(?:> ?)*on\s", re.IGNORECASE)
_HEADER_FIELD = re.compile(r"^(?:> ?)*[* ]*(?:from|sent|to|subject|date|cc|organization):", re.IGNORECASE)
_MAX_HEADER_LINE = 300


@functools.cache
def _library_patterns() -> tuple[Pattern[str], Pattern[str]]:
    """mail-parser-reply's English reply-header and disclaimer regexes (compiled once)."""
    message = EmailMessage(text="", languages=["en"])
    return message.HEADER_REGEX, message.DISCLAIMERS_REGEX


def _starts_history(lines: list[str], i: int) -> bool:
    """True when lines[i] begins a quoted message header ("On ... wrote:", "From: ... Sent: ...")."""
    line = lines[i]
    following = lines[i + 1] if i + 1 < len(lines) else ""
    if _ATTRIBUTION_START.match(line) and (
        line.lower().endswith("wrote:") or following.lower().endswith("wrote:")
    ):
        window = lines[i : i + 2]
    elif _HEADER_FIELD.match(line) and _HEADER_FIELD.match(following):
        window = lines[i : i + 3]
    elif line.startswith("-----"):
        window = [line]
    else:
        return False
    header, _ = _library_patterns()
    return header.match("\n".join(part[:_MAX_HEADER_LINE] for part in window)) is not None


def _normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_ZERO_WIDTH).replace("\xa0", " ")
    return "\n".join(line.strip() for line in text.split("\n"))


def fresh_text(text: str) -> str:
    """The part of a plain-text reply the sender wrote: no quoted history, signature or disclaimer.

    Lines are stripped of surrounding white space. Returns "" when nothing fresh is left (for
    example a reply that only quotes, or a bottom-posted reply whose text is below the quote).
    """
    lines = _normalise(text).split("\n")
    first = next((i for i, line in enumerate(lines) if line), len(lines))
    for i in range(first, len(lines)):
        line = lines[i]
        # A closing on the first line would be the whole reply: keep it, there is no signature.
        if _CUT_LINE.match(line) or (i > first and _CLOSING.match(line)) or _starts_history(lines, i):
            lines = lines[:i]
            break
    paragraphs = [_without_disclaimer(p) for p in re.split(r"\n\s*\n", "\n".join(lines))]
    return "\n\n".join(p for p in paragraphs if p.strip()).strip()


def _without_disclaimer(paragraph: str) -> str:
    """``paragraph`` cut at the first line that starts a disclaimer ("" if the first line does).

    Disclaimers are added by mail servers and templates: an external-mail banner is a
    paragraph at the top, a confidentiality notice sits at the bottom, often right under the
    name. Only a line that *starts* with one counts, so "SUPPORTED. Warning: ... email" keeps
    its keyword.
    """
    _, disclaimer = _library_patterns()
    lines = paragraph.split("\n")
    for j in range(len(lines)):
        # The library's pattern needs the word "mail" within two lines of the marker.
        window = "\n" + "\n".join(line[:_MAX_HEADER_LINE * 3] for line in lines[j : j + 3])
        if disclaimer.match(window):
            return "\n".join(lines[:j])
    return paragraph


def strip_subject(subject: str) -> str:
    """A subject without reply/forward prefixes and without the "[MC-2026-0007]" reference."""
    subject = _normalise(subject).replace("\n", " ")
    subject = _SUBJECT_PREFIX.sub("", subject)
    subject = _SUBJECT_REF.sub(" ", subject)
    subject = _SUBJECT_PREFIX.sub("", subject)  # "[MC-1] Re: ..." after the reference went
    return " ".join(subject.split())


def _keyword_of(match: re.Match[str]) -> str:
    return " ".join(re.split(r"[\s_\-]+", match.group("kw").upper()))


def _first_paragraph(lines: list[str]) -> str:
    """The lines up to the first blank one, skipping blank lines before it."""
    out: list[str] = []
    for line in lines:
        if line:
            out.append(line)
        elif out:
            break
    return "\n".join(out)


def _argument(keyword: str, rest: str, comment: str) -> tuple[str, str]:
    """(argument, comment) as the keyword's command reads them."""
    return COMMANDS[keyword].argument.read(rest, comment)


def parse_reply(text: str, subject: str = "") -> ParsedReply:
    """Read the command in a reply's plain text (HTML-only mail: :func:`mailbot.mail.htmltext.html_to_text` first).

    The keyword must start the first non-empty line of :func:`fresh_text` (leading markup,
    "Decision:" and trailing punctuation tolerated, case-insensitive). Otherwise the subject is
    used, but only when, after removing "Re:" prefixes and the reference, it is the keyword
    alone, or when it starts with the keyword before any prefix ("SUPPORTED - Re: [MC-...] ...").
    That strictness is deliberate: mailbot's own subjects ("More information needed ...") come
    back in every reply and must never read as a command.
    """
    fresh = fresh_text(text)
    lines = fresh.split("\n") if fresh else []
    first = next((i for i, line in enumerate(lines) if line), None)
    if first is not None:
        line = lines[first]
        match = _LINE.match(line[:_HEAD_CHARS])
        if match:
            keyword = _keyword_of(match)
            rest = line[match.end() :].strip()
            following = lines[first + 1 :]
            comment = "\n".join(p for p in (rest, _first_paragraph(following)) if p)
            argument, comment = _argument(keyword, rest, comment)
            return ParsedReply(keyword, argument, comment, fresh, "body")

    subject = subject[:_MAX_SUBJECT]
    raw = _normalise(subject).replace("\n", " ").strip()
    for candidate, whole in ((strip_subject(subject), True), (raw, False)):
        match = _LINE.match(candidate[:_HEAD_CHARS])
        rest = candidate[match.end() :].strip() if match else ""
        if match and (not whole or not rest):
            keyword = _keyword_of(match)
            # The comment comes from the body: the rest of a subject is mailbot's own words.
            argument, comment = _argument(keyword, rest, _first_paragraph(lines))
            return ParsedReply(keyword, argument, comment, fresh, "subject")
    return ParsedReply(None, "", "", fresh, "")
