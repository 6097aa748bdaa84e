"""Bounds on what one inbound email can make mailbot do, whoever sent it.

- identical attachments in one email are one document (40 copies of a form are one form);
- all the attachments of one email share one parsing budget (``[intake]
  message_parse_budget_seconds``); the ones left when it runs out are recorded as not read;
- a file already parsed by the same parser code is not parsed again (``ParseCache``);
- more than ``[intake] max_forms_per_message`` forms in one email are held for a person.

The caps on answers (per correspondent, per thread, and the global hourly cap on answers to
senders who have no application) live where answers are queued: mailbot/mail/outbox.py.
"""
from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import mailbot_parsers as parsers
from mailbot.mail.message import Attachment, clean_header_text

if TYPE_CHECKING:
    from mailbot.intake.table import ParsedDocument

log = logging.getLogger(__name__)

Clock = Callable[[], float]


class NotRead(parsers.ParseError):
    """The attachment was never handed to a parser: the email's parsing budget was spent."""

    code = "not_read"

    def _default_message(self, filename: str) -> str:
        return ("Your email had more attachments than we could read at once, and this one was not read; "
                "please send the concept form on its own.")


def unique(attachments: Iterable[Attachment]) -> list[Attachment]:
    """The attachments with byte-identical copies dropped, first occurrence kept."""
    seen: set[str] = set()
    out: list[Attachment] = []
    for att in attachments:
        if att.sha256 not in seen:
            seen.add(att.sha256)
            out.append(att)
    return out


@lru_cache(maxsize=1)
def parser_version() -> str:
    """A digest of the parsers' source: a cached result is reused only by the same parser code."""
    root = Path(parsers.__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


class ParseCache:
    """An Extractor that remembers results by (content hash, parser version, file name, type).

    The name and type are part of the key because the parsers read them (a format hint, the
    wording of an error). Bounded: the oldest entries go first, and an entry keeps only what was read,
    never the attachment's bytes (256 remembered documents must not mean 256 attachments held in memory
    by an idle service, nor a footprint an outsider multiplies by sending large files). Thread-safe when `extract` is
    (the read-ahead may call it from several threads); two threads given the same file at once
    may both parse it.
    """

    def __init__(self, extract: Callable[[Attachment], ParsedDocument], size: int = 256) -> None:
        self.extract = extract
        self.size = size
        self.hits = 0
        self._results: OrderedDict[tuple[str, str, str, str],
                                   tuple[parsers.ParseResult | None, parsers.ParseError | None]] = OrderedDict()
        self._lock = threading.Lock()

    def __call__(self, att: Attachment) -> ParsedDocument:
        from mailbot.intake.table import ParsedDocument

        key = (att.sha256, parser_version(), att.filename, att.content_type)
        with self._lock:
            known = self._results.get(key)
            if known is not None:
                self.hits += 1
                self._results.move_to_end(key)
        if known is not None:
            return ParsedDocument(att, result=known[0], error=known[1])
        doc = self.extract(att)  # outside the lock: the parse is what runs in parallel
        with self._lock:
            self._results[key] = (doc.result, doc.error)
            while len(self._results) > self.size:
                self._results.popitem(last=False)
        return doc


def read_attachments(attachments: Iterable[Attachment], extract: Callable[[Attachment], ParsedDocument],
                     budget_seconds: float, clock: Clock = time.monotonic) -> list[ParsedDocument]:
    """Parse each distinct attachment until the message's budget is spent; the rest are NotRead.

    The budget is checked before each attachment, so one attachment can overrun it by at most
    the sandbox's per-attachment limit; the total for a message is bounded by the two together.
    """
    from mailbot.intake.table import ParsedDocument

    started = clock()
    docs: list[ParsedDocument] = []
    skipped = 0
    for att in unique(attachments):
        if clock() - started >= budget_seconds:
            docs.append(ParsedDocument(att, error=NotRead(f"parsing budget of {budget_seconds:g} s spent",
                                                          att.filename)))
            skipped += 1
            continue
        docs.append(extract(att))
    if skipped:
        log.warning("parsing budget of %g s spent: %d attachment(s) not read (first: %s)", budget_seconds,
                    skipped, clean_header_text(docs[-skipped].attachment.filename, 80))
    return docs


def too_many_forms(count: int, limit: int) -> str | None:
    """Why an email with ``count`` forms is held for a person, or None when it is within the cap."""
    if count <= limit:
        return None
    return (f"{count} concept forms in one email (more than [intake] max_forms_per_message = {limit}); "
            "one email with many forms is more often a mistake or an attack than a batch")
