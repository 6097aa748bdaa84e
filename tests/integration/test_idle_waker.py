"""The service's IMAP IDLE thread against a real Dovecot: new mail wakes the poll whenever it lands.

Dovecot announces mail that arrived before an IDLE command in the same packet as the command's
"+ idling" (a message appended after SELECT, or between two IDLEs, while the thread was busy). imaplib
reads that packet into its buffered file, so a select() on the socket never sees those EXISTS lines:
the thread must look at what is already read as well, or it sleeps until the next IDLE renewal.
The tests put the mail in exactly that gap by appending from a wrapper around ``IMAPClient.idle``,
on a plain connection and through implicit TLS (the look at what is already read must not block
or fail on a TLS socket either).
"""
from __future__ import annotations

import socket
import ssl
import threading
import time
from pathlib import Path

import pytest
from imapclient import IMAPClient

from clockhelpers import make_env
from mailbot.config import load_settings
from mailbot.ops.scheduler import IdleWaker, _unread_idle_responses
from mailservers import make_self_signed_cert

RAW = b"From: lead@hospital.example\r\nTo: ce@michener.example\r\nSubject: concept form\r\n\r\nAttached.\r\n"


class Wakes:
    """Counts the IDLE thread's wake-ups; `wait(n)` blocks until there were n."""

    def __init__(self) -> None:
        self.count = 0
        self._cond = threading.Condition()

    def __call__(self) -> None:
        with self._cond:
            self.count += 1
            self._cond.notify_all()

    def wait(self, n: int, timeout: float) -> bool:
        with self._cond:
            return self._cond.wait_for(lambda: self.count >= n, timeout)


class TlsRelay:
    """Implicit TLS on a loopback port, relayed to Dovecot's plain port (the test Dovecot has no
    TLS): what a client reads arrives in TLS records, as from Microsoft 365 on port 993."""

    def __init__(self, folder: Path, port: int) -> None:
        cert, key = make_self_signed_cert(folder)
        self.cafile = str(cert)
        self.context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.context.load_cert_chain(cert, key)
        self.target = port
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                raw, _ = self.listener.accept()
                client = self.context.wrap_socket(raw, server_side=True)
            except OSError:
                return  # closed
            server = socket.create_connection(("127.0.0.1", self.target))
            for src, dst in ((client, server), (server, client)):
                threading.Thread(target=self._pipe, args=(src, dst), daemon=True).start()

    @staticmethod
    def _pipe(src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (src, dst):
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def close(self) -> None:
        self.listener.close()


@pytest.fixture(params=["plain", "tls"])
def idle_run(request, tmp_path, dovecot):  # type: ignore[no-untyped-def]
    """Start an IdleWaker on `dovecot`'s inbox (directly, or through implicit TLS); yields a
    function that starts it and returns its Wakes."""
    settings, _ = make_env(tmp_path, dovecot=dovecot)
    relay = None
    if request.param == "tls":
        relay = TlsRelay(tmp_path, dovecot.port)
        text = settings.path.read_text()
        plain = f'port = {dovecot.port}\nsecurity = "none"\n'
        assert plain in text
        settings.path.write_text(text.replace(plain, f'port = {relay.port}\nsecurity = "ssl"\ncafile = "{relay.cafile}"\n'))
        settings = load_settings(settings.path)
    stop = threading.Event()
    threads: list[IdleWaker] = []

    def start() -> Wakes:
        wakes = Wakes()
        waker = IdleWaker(settings, wakes, stop)
        threads.append(waker)
        waker.start()
        return wakes

    yield start
    stop.set()
    for waker in threads:
        waker.join(timeout=5)
        assert not waker.is_alive(), "the IDLE thread did not stop"
    if relay is not None:
        relay.close()


def _append_before_idle(monkeypatch, dovecot, calls: set[int]) -> None:  # type: ignore[no-untyped-def]
    """Make the IDLE commands numbered in `calls` (1 = the first) start only after a new message landed."""
    real_idle = IMAPClient.idle
    seen = [0]

    def idle(client: IMAPClient) -> None:
        seen[0] += 1
        if seen[0] in calls:
            dovecot.append(RAW)
        real_idle(client)

    monkeypatch.setattr(IMAPClient, "idle", idle)


def test_mail_that_lands_between_select_and_the_first_idle_wakes_the_poll(idle_run, dovecot, monkeypatch):
    _append_before_idle(monkeypatch, dovecot, {1})
    wakes = idle_run()
    # Dovecot answers the IDLE with "+ idling" and "* 1 EXISTS" in one packet; about 0.5 s is its
    # own delay for mail that comes later, so 10 s is only room for a loaded machine.
    assert wakes.wait(1, timeout=10), "mail that landed just before IDLE started never woke the poll"
    assert dovecot.uids("INBOX") == [1]


def test_mail_that_lands_while_idle_is_being_renewed_wakes_the_poll(idle_run, dovecot, monkeypatch):
    _append_before_idle(monkeypatch, dovecot, {2})  # the second IDLE: after the first one ended
    wakes = idle_run()
    time.sleep(0.5)
    dovecot.append(RAW)  # during the first IDLE: announced at once, ends it, wakes the poll
    assert wakes.wait(1, timeout=10), "the first message never woke the poll"
    assert wakes.wait(2, timeout=10), "mail that landed between two IDLE commands never woke the poll"
    assert dovecot.uids("INBOX") == [1, 2]


def test_mail_that_came_before_the_idle_session_wakes_the_poll_once(idle_run, dovecot):
    """Mail that arrived while no IDLE listened (after the start-up poll's search, before this
    session's SELECT; or while the thread was reconnecting) has no EXISTS to come: the new session
    wakes the poll itself when the inbox already holds mail. The poll decides what is new."""
    dovecot.append(RAW)
    wakes = idle_run()
    assert wakes.wait(1, timeout=10), "mail already in the inbox at SELECT never woke the poll"
    time.sleep(1.5)
    assert wakes.count == 1, "an idle inbox must not wake the poll again and again"


def test_an_empty_inbox_does_not_wake_the_poll(idle_run, dovecot):
    wakes = idle_run()
    time.sleep(1.5)
    assert wakes.count == 0
    dovecot.append(RAW)
    assert wakes.wait(1, timeout=10)
    time.sleep(1.5)
    assert wakes.count == 1, "one message, one wake-up"


def test_what_imaplib_has_already_read_is_found_in_its_buffer_of_any_python_version():
    """Python 3.14's imaplib keeps its own list of received chunks instead of a BufferedReader
    (whose old name is then a property that warns): both places are looked at, and an imaplib
    that keeps its buffer elsewhere is reported as unknown (the thread then renews IDLE often)."""
    from types import SimpleNamespace

    class Imap314:
        def __init__(self, chunks: list[bytes]) -> None:
            self._readbuf = chunks

        @property
        def file(self) -> None:
            raise AssertionError("IMAP4.file must not be read on Python 3.14")

    assert _unread_idle_responses(SimpleNamespace(_imap=Imap314([b"", b"* 1 EXISTS\r\n"]))) is True
    assert _unread_idle_responses(SimpleNamespace(_imap=Imap314([b""]))) is False
    assert _unread_idle_responses(SimpleNamespace(_imap=Imap314([]))) is False
    assert _unread_idle_responses(SimpleNamespace(_imap=SimpleNamespace())) is None
