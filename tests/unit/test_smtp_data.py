"""The outbox's DATA (mailbot.mail.outbox._data) puts the same bytes on the wire as smtplib's
SMTP.data, and answers and fails the same way."""
from __future__ import annotations

import smtplib

import pytest

from mailbot.mail.outbox import _data


class _Wire(smtplib.SMTP):
    """An SMTP client whose server answers from a list and whose sent bytes are kept."""

    def __init__(self, replies: list[tuple[int, bytes]]) -> None:
        super().__init__()
        self.replies, self.sent = list(replies), b""

    def send(self, s: str | bytes) -> None:  # type: ignore[override]
        self.sent += s.encode("ascii") if isinstance(s, str) else s

    def getreply(self) -> tuple[int, bytes]:
        return self.replies.pop(0)


BODIES = [b"", b".", b"..\r\n", b"a\r\n.b\r\n..c\r\n.\r\n", b".lead\r\nx", b"x\r\n.\r\n.\r\n", b"no end",
          b"tail dot\r\n.", b"lone\n.lf\r\n", b"cr\r.not a line start\r\n"]


@pytest.mark.parametrize("body", BODIES)
def test_the_same_bytes_as_smtplib(body: bytes) -> None:
    ours, theirs = _Wire([(354, b"go"), (250, b"ok")]), _Wire([(354, b"go"), (250, b"ok")])
    assert _data(ours, body) == theirs.data(body) == (250, b"ok")
    assert ours.sent == theirs.sent


def test_a_refused_data_command_raises_as_smtplib_does() -> None:
    with pytest.raises(smtplib.SMTPDataError) as ours:
        _data(_Wire([(451, b"later")]), b"x\r\n")
    with pytest.raises(smtplib.SMTPDataError) as theirs:
        _Wire([(451, b"later")]).data(b"x\r\n")
    assert (ours.value.smtp_code, ours.value.smtp_error) == (theirs.value.smtp_code, theirs.value.smtp_error)
