"""Reading attachments ahead: the parse worker parses the next messages of a batch while the
poller records and routes the earlier ones.

The sandbox's worker is a separate process, so a parse costs the poller nothing but the wait
for the answer; without read-ahead the poller waits for each message's parse and the worker
waits for each message's database work. With it, one background thread hands the batch's
attachments to the worker in message order and the poller takes each message's documents
when its rules first ask for them (`Context.read`).

Nothing about a message changes: the same extractor reads the same attachments within the same
per-message budget (the budget's clock starts when the thread starts that message), and a
message whose rules never ask for its documents is handled without them. Only messages the
table may read attachments of are read ahead (`table.may_read_attachments`); a read the rules
ask for that was not read ahead goes through the same threads. With `readers` = 1 the extractor
is only ever used by that one thread (a Sandbox is not thread-safe); with more, several messages
are read at once and the extractor must be thread-safe (a `SandboxPool` of as many workers): on
a backlog the parse workers, not the poller, are the slowest step, and each one uses a core.
"""
from __future__ import annotations

from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as futures_wait
from types import TracebackType

from mailbot.config import Settings
from mailbot.intake.table import Extractor, ParsedDocument, may_read_attachments, read_documents
from mailbot.mail.message import InboundMail


class ReadAhead:
    """A `table.Reader` that reads the messages given to `ahead` in the background, in order
    (`readers` of them at a time).

    Use as a context manager: leaving it cancels what was not started and waits for the read
    in progress (bounded by the sandbox's time limit), so no read outlives the poll."""

    def __init__(self, extract: Extractor, settings: Settings, readers: int = 1) -> None:
        self.extract = extract
        self.settings = settings
        self._pool = ThreadPoolExecutor(max_workers=max(1, readers), thread_name_prefix="mailbot-read-ahead")
        # Keyed by id(mail); the mail is kept with its future so the id cannot be reused meanwhile.
        self._reads: dict[int, tuple[InboundMail, Future[list[ParsedDocument]]]] = {}

    def __enter__(self) -> ReadAhead:
        return self

    def __exit__(self, et: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def _submit(self, mail: InboundMail) -> Future[list[ParsedDocument]]:
        return self._pool.submit(read_documents, mail, self.extract, self.settings)

    def ahead(self, mails: Iterable[InboundMail]) -> None:
        """Start reading these messages' attachments, in this order."""
        for mail in mails:
            if id(mail) not in self._reads and may_read_attachments(mail):
                self._reads[id(mail)] = (mail, self._submit(mail))

    def __call__(self, mail: InboundMail) -> list[ParsedDocument]:
        """The documents of `mail` (waits for its read; reads it now if it was not read ahead).
        The read is kept until `forget`: a batch decided together and rolled back is decided
        again one message at a time from the same documents."""
        kept = self._reads.get(id(mail))
        if kept is None:
            if not mail.attachments:
                # Nothing to read (no extractor call): answered here. Submitted, it would wait behind
                # every read queued for the later messages (the next batch's), and this thread with it.
                return read_documents(mail, self.extract, self.settings)
            kept = self._reads[id(mail)] = (mail, self._submit(mail))
        return kept[1].result()

    def wait(self, mails: Iterable[InboundMail]) -> None:
        """Wait until the reads started for these messages have ended (a read not started ahead
        is not started here). A batch decided in one transaction waits here first, so it holds
        the database's write lock for its own work, not for the parse workers (the outbox's
        sender waits for that lock meanwhile)."""
        futures_wait([kept[1] for kept in (self._reads.get(id(m)) for m in mails) if kept is not None])

    def forget(self, mails: Iterable[InboundMail] | None = None) -> None:
        """Drop the reads of these messages (of every message when None), cancelled when not started."""
        keys = list(self._reads) if mails is None else [id(m) for m in mails]
        for key in keys:
            kept = self._reads.pop(key, None)
            if kept is not None:
                kept[1].cancel()

    def close(self) -> None:
        self.forget()
        self._pool.shutdown(wait=True, cancel_futures=True)
