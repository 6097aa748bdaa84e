"""A good citizen of a shared mailbox (issue 13), end to end through Dovecot, the SMTP sink and
the poll: a French applicant's raw 8-bit file name, human mail that is not a form, parked mail a
person moves back, and staff emails that never put outsider text in a command line."""
from __future__ import annotations

import base64
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from apphelpers import CORPUS, write_config
from sqlmodel import Session, select

from mailbot.clock.digest import collect
from mailbot.config import load_settings
from mailbot.errors import OperatorError
from mailbot.intake.poller import poll_once, reprocess
from mailbot.mail.outbox import flush
from mailbot.ops.cli import main
from mailbot.store.db import open_database
from mailbot.store.models import Application, InboundMessage, utcnow

FORM = CORPUS / "Concept Form - PICC Insertion - C Okafor.docx"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _message(sender: str, subject: str, body: str, *, filename: bytes | None = None, data: bytes = b"",
             message_id: str = "<m-1@example.org>", ctype: str = DOCX) -> bytes:
    head = (f"From: {sender}\r\nTo: ce@michener.example\r\nSubject: {subject}\r\nMessage-ID: {message_id}\r\n"
            "Date: Tue, 3 Mar 2026 10:00:00 -0500\r\nMIME-Version: 1.0\r\n").encode()
    if filename is None:
        return head + b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + body.encode() + b"\r\n"
    b64 = base64.encodebytes(data).replace(b"\n", b"\r\n")
    return (head + b'Content-Type: multipart/mixed; boundary="B"\r\n\r\n--B\r\n'
            b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + body.encode() + b"\r\n--B\r\n"
            + f"Content-Type: {ctype}\r\n".encode()
            + b'Content-Disposition: attachment; filename="' + filename + b'"\r\n'
            b"Content-Transfer-Encoding: base64\r\n\r\n" + b64 + b"--B--\r\n")


@pytest.fixture
def env(tmp_path: Path, dovecot: Any, smtp_sink: Any) -> Any:
    cfg = write_config(tmp_path, dovecot, smtp_sink)
    settings = load_settings(cfg)
    engine = open_database(settings.database_url)

    def poll(s: Any = None) -> None:
        poll_once(engine, s or settings)
        flush(engine, s or settings)

    return cfg, settings, engine, poll


def _rows(engine: Any) -> list[InboundMessage]:
    with Session(engine) as s:
        return list(s.exec(select(InboundMessage).order_by(InboundMessage.id)).all())  # type: ignore[arg-type]


def test_a_concept_form_with_a_raw_utf8_file_name_is_acknowledged(env: Any, dovecot: Any, smtp_sink: Any) -> None:
    _, _, engine, poll = env
    dovecot.append(_message("Gabrielle Côté <g.cote@example.org>", "Formulaire", "Bonjour, voici mon formulaire.",
                            filename="Formulaire_conçu.docx".encode("utf-8"), data=FORM.read_bytes()))
    poll()
    acks = [m for m in smtp_sink.messages if m.message["X-Mailbot"] == "acknowledgement"]
    assert [m.rcpt_tos for m in acks] == [["g.cote@example.org"]]
    with Session(engine) as s:
        assert len(s.exec(select(Application)).all()) == 1
    [row] = _rows(engine)
    assert row.kind == "submission" and row.state == "filed"


def test_a_question_and_a_document_for_information_are_left_for_staff_and_named_in_the_digest(
        env: Any, dovecot: Any, smtp_sink: Any) -> None:
    _, settings, engine, poll = env
    dovecot.append(_message("Lee Tran <lee.tran@example.org>", "Question about the process",
                            "Hello, how long does a concept review usually take? I would like more information.",
                            message_id="<q-1@example.org>"))
    dovecot.append(_message("Sam Okafor <sam.okafor@example.org>", "Course outline for information",
                            "Hi, for your information here is the outline we discussed. No action needed.",
                            filename=b"Outline 2026.docx", data=(CORPUS / "CV - Oluwaseun Adeyemi.docx").read_bytes(),
                            message_id="<i-1@example.org>"))
    poll()
    assert [m for m in smtp_sink.messages if set(m.rcpt_tos) - set(settings.staff.all_addresses())] == []
    assert len(dovecot.messages("mailbot/Needs attention")) == 2
    assert {(r.kind, r.parked_at) for r in _rows(engine)} == {("other", None)}
    with Session(engine) as s:
        d = collect(s, settings, utcnow() + timedelta(minutes=1))
    assert d.attention == 2 and d.parked == 0
    assert d.attention_senders == ["Lee Tran <lee.tran@example.org>", "Sam Okafor <sam.okafor@example.org>"]
    from mailbot.clock.digest import render
    _, text, html = render(settings, d)
    assert "Lee Tran" in text and "Sam Okafor" in html
    assert "Question about the process" not in text + html, "the digest names senders, not subjects"


def test_a_parked_message_moved_back_to_the_inbox_is_handled_again(env: Any, dovecot: Any, smtp_sink: Any,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    cfg, settings, engine, poll = env
    raw = _message("Dana Whitfield <dana@example.org>", "Concept form submission", "Please find my concept form attached.",
                   filename=b"Concept form.docx", data=FORM.read_bytes(), message_id="<it's';rm${IFS}-rf;'@example.org>")
    # Too large for this limit: parked from its size alone.
    small = settings.model_copy(update={"intake": settings.intake.model_copy(update={"max_message_bytes": 1000})})
    dovecot.append(raw)
    poll(small)
    poll(small)
    [row] = _rows(engine)
    assert row.kind == "too_large" and row.parked_at is not None and row.reported_at is not None
    summaries = [m for m in smtp_sink.messages if m.message["X-Mailbot"] == "parked_summary"]
    assert len(summaries) == 1, "one summary, in the poll that parked it"
    text = summaries[0].data.decode("utf-8", "replace")
    assert "mailbot parked release NUMBER" in text and f"[{row.id}]" in text
    assert "rm${IFS}" not in text and "--message-id" not in text, "no outsider text near a command"
    assert main(["--config", str(cfg), "parked"]) == 0
    assert f"{row.id:>6}" in capsys.readouterr().out
    assert main(["--config", str(cfg), "status"]) == 3, "a parked message needs a person (exit 3)"
    assert "parked messages: 1" in capsys.readouterr().out

    # A person moves it back (as in Outlook); the limit is what it should be now.
    with dovecot.client() as c:
        c.select_folder("mailbot/Needs attention")
        c.move(c.search("ALL"), "INBOX")
    poll()
    first, again = _rows(engine)  # headers only while too large; the whole message now
    assert again.kind == "submission" and again.state == "filed"
    assert first.parked_at is None and f"message {again.id}" in first.reason
    assert [m.rcpt_tos for m in smtp_sink.messages if m.message["X-Mailbot"] == "acknowledgement"] == [["dana@example.org"]]


def test_commands_that_take_a_message_id_validate_it(env: Any) -> None:
    _, settings, engine, _ = env
    with pytest.raises(OperatorError):
        reprocess(engine, settings, message_id="<a'; touch /tmp/x; '@b>")
    with pytest.raises(OperatorError):
        reprocess(engine, settings, message_id="not an id")
