"""The poller's read-ahead: the batch's attachments read in order on one thread, the same
documents as a read on demand, nothing read for mail the table decides from its headers."""
from __future__ import annotations

import threading
import time
from email.message import EmailMessage
from pathlib import Path

import pytest

from mailbot.config import Settings, load_settings
from mailbot.intake.readahead import ReadAhead
from mailbot.intake.table import ParsedDocument, may_read_attachments, parse_in_process
from mailbot.mail.message import Attachment, InboundMail, parse_message

CONFIG = """
[mailbox]
address = "ce@example.org"
[imap]
host = "imap.example.org"
username = "ce@example.org"
password_env = "T_IMAP"
[smtp]
host = "smtp.example.org"
[database]
url = "sqlite:///m.db"
[staff]
ce = ["ce.lead@example.org"]
[security]
sender_check = "none"
"""


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    path = tmp_path / "mailbot.toml"
    path.write_text(CONFIG)
    return load_settings(path, {"T_IMAP": "x"})


def mail(n: int, *, auto: bool = False, files: int = 1) -> InboundMail:
    msg = EmailMessage()
    msg["From"] = f"person{n}@example.org"
    msg["To"] = "ce@example.org"
    msg["Subject"] = f"message {n}"
    msg["Message-ID"] = f"<m{n}@example.org>"
    if auto:
        msg["Auto-Submitted"] = "auto-replied"
    msg.set_content("hello")
    for i in range(files):
        msg.add_attachment(f"note {n}.{i}".encode(), maintype="text", subtype="plain", filename=f"n{n}-{i}.txt")
    return parse_message(msg.as_bytes())


class Recording:
    """An extractor that records which thread read which file, in order."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []

    def __call__(self, att: Attachment) -> ParsedDocument:
        self.calls.append((threading.current_thread().name, att.filename))
        return parse_in_process(att)


def test_it_reads_the_batch_in_order_on_one_background_thread(settings: Settings) -> None:
    extract = Recording()
    mails = [mail(n, files=2) for n in range(4)]
    with ReadAhead(extract, settings) as reader:
        reader.ahead(mails)
        docs = [reader(m) for m in mails]
    assert [name for _, name in extract.calls] == [f"n{n}-{i}.txt" for n in range(4) for i in range(2)]
    assert {thread for thread, _ in extract.calls} != {threading.current_thread().name}
    assert len({thread for thread, _ in extract.calls}) == 1
    assert [[d.attachment.filename for d in ds] for ds in docs] == [[f"n{n}-0.txt", f"n{n}-1.txt"] for n in range(4)]


def test_the_documents_are_those_a_read_on_demand_gives(settings: Settings) -> None:
    m = mail(1)
    with ReadAhead(parse_in_process, settings) as reader:
        reader.ahead([m])
        ahead = reader(m)
    with ReadAhead(parse_in_process, settings) as reader:
        on_demand = reader(m)  # never read ahead: read now, on the same one thread
    assert [(d.role, d.error.code if d.error else None) for d in ahead] == \
        [(d.role, d.error.code if d.error else None) for d in on_demand]


def test_machine_mail_is_not_read_ahead_but_can_still_be_read(settings: Settings) -> None:
    extract = Recording()
    auto = mail(2, auto=True)
    assert not may_read_attachments(auto)
    assert not may_read_attachments(mail(3, files=0))
    assert may_read_attachments(mail(4))
    with ReadAhead(extract, settings) as reader:
        reader.ahead([auto])
        reader.forget()
        assert extract.calls == []
        assert [d.attachment.filename for d in reader(auto)] == ["n2-0.txt"]


def test_leaving_it_waits_for_the_read_in_progress_and_drops_the_rest(settings: Settings) -> None:
    started, release = threading.Event(), threading.Event()
    done: list[str] = []

    def slow(att: Attachment) -> ParsedDocument:
        started.set()
        release.wait(5)
        done.append(att.filename)
        return parse_in_process(att)

    mails = [mail(n) for n in range(3)]
    reader = ReadAhead(slow, settings)
    reader.ahead(mails)
    assert started.wait(5)
    threading.Timer(0.2, release.set).start()
    reader.close()
    assert done == ["n0-0.txt"]  # the first finished before close returned; the others never started


def test_with_two_readers_two_messages_are_read_at_once_and_each_keeps_its_documents(settings: Settings) -> None:
    both_in = threading.Barrier(2, timeout=5)  # broken (an error) unless two reads run together

    def meeting(att: Attachment) -> ParsedDocument:
        both_in.wait()
        return parse_in_process(att)

    mails = [mail(n) for n in range(4)]
    with ReadAhead(meeting, settings, readers=2) as reader:
        reader.ahead(mails)
        docs = [reader(m) for m in mails]
    assert [[d.attachment.filename for d in ds] for ds in docs] == [[f"n{n}-0.txt"] for n in range(4)]


def test_a_message_without_attachments_is_answered_at_once_not_behind_the_queued_reads(settings: Settings) -> None:
    started, release = threading.Event(), threading.Event()

    def slow(att: Attachment) -> ParsedDocument:
        started.set()
        release.wait(5)
        return parse_in_process(att)

    bare = mail(9, files=0)
    reader = ReadAhead(slow, settings)
    try:
        reader.ahead([mail(n) for n in range(3)])  # later messages' reads, queued and one running
        assert started.wait(5)
        t = time.monotonic()
        assert reader(bare) == []  # nothing of it to read: no wait for the reads queued before it
        assert time.monotonic() - t < 2  # (behind them it would wait until they end, 5 s each)
    finally:
        release.set()
        reader.close()


def test_wait_returns_once_the_reads_started_ahead_have_ended_and_starts_no_other(settings: Settings) -> None:
    extract = Recording()
    ahead, later, machine = [mail(n) for n in range(3)], mail(7), mail(8, auto=True)
    with ReadAhead(extract, settings) as reader:
        reader.ahead([*ahead, machine])
        reader.wait([*ahead, later, machine])  # `later` was never read ahead, machine mail is not read ahead
        assert [name for _, name in extract.calls] == ["n0-0.txt", "n1-0.txt", "n2-0.txt"]
        assert [d.attachment.filename for d in reader(ahead[2])] == ["n2-0.txt"]  # kept: not read again
        assert len(extract.calls) == 3
