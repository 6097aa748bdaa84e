"""Embedded loopback mail servers for ``mailbot demo``: no root, no apt, only what pip installed.

- :class:`LocalImap` runs pymap's in-memory ``dict`` backend in a subprocess. Its mailbox starts
  EMPTY (pymap loads sample messages only with ``--demo-data``, which we never pass) and is lost
  when the server stops. pymap has no SPECIAL-USE, CONDSTORE or ESEARCH, and it splits responses
  across many TCP segments: IMAPClient's ``idle_check()`` fails on it, use ``idle()`` + ``select()``
  on ``client.socket()`` + ``idle_done()``.
- :class:`LocalSmtp` is an aiosmtpd server that keeps every message it receives in a list and,
  optionally, writes each one to a folder as an ``.eml`` file.

Both listen on 127.0.0.1 only, on a free port chosen at ``start()``, and are context managers.
"""
from __future__ import annotations

import logging
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

log = logging.getLogger(__name__)

LOOPBACK = "127.0.0.1"


def free_port(host: str = LOOPBACK) -> int:
    """A TCP port that was free on ``host`` a moment ago (the OS picks it; a race is possible)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def wait_for_port(host: str, port: int, timeout: float, greeting: bytes = b"") -> bool:
    """Poll until ``host:port`` accepts a connection (and sends ``greeting`` first, if given).

    Returns True when ready, False when ``timeout`` seconds passed first.
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection((host, port), timeout=0.5) as sock:
                if not greeting or sock.recv(len(greeting) + 64).startswith(greeting):
                    return True
        except OSError:
            pass
        time.sleep(0.02)
    return False


class LocalServerError(RuntimeError):
    """An embedded server could not start; the message is one readable sentence plus its log."""


class LocalImap:
    """pymap's in-memory IMAP server in a subprocess, with one user, on 127.0.0.1.

    ``start()`` returns once the server sends its ``* OK`` greeting (typically under 1 s: most of
    it is Python importing pymap) or raises :class:`LocalServerError`. The mailbox starts empty
    and lives only as long as the process. ``stop()`` terminates the process and is idempotent.
    """

    def __init__(
        self,
        user: str = "demo@mailbot.local",
        password: str = "demo",
        *,
        port: int = 0,
        start_timeout: float = 20.0,
    ) -> None:
        self.host = LOOPBACK
        self.port = port
        self.user = user
        self.password = password
        self.start_timeout = start_timeout
        self._proc: subprocess.Popen[bytes] | None = None
        self._log: Any = None

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def start(self) -> LocalImap:
        if self.running:
            return self
        if not self.port:
            self.port = free_port(self.host)
        # `python -m pymap` does not work (no __main__); call its entry point in this interpreter.
        # setpriv (util-linux) kills pymap if this process dies without stop(): no orphans.
        setpriv = shutil.which("setpriv")
        cmd = [
            *([setpriv, "--pdeathsig", "KILL", "--"] if setpriv else []),
            sys.executable, "-c", "import sys; from pymap.main import main; sys.exit(main())",
            "--host", self.host, "--port", str(self.port), "--no-tls",
            "dict", "--demo-user", self.user, "--demo-password", self.password,
        ]
        self._log = tempfile.TemporaryFile()
        self._proc = subprocess.Popen(
            cmd, stdin=subprocess.DEVNULL, stdout=self._log, stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                break
            if wait_for_port(self.host, self.port, 0.2, greeting=b"* OK"):
                return self
        output = self._read_log()
        self.stop()
        raise LocalServerError(
            f"The embedded IMAP server (pymap) did not start on {self.host}:{self.port}; "
            f"its output:\n{output}"
        )

    def _read_log(self) -> str:
        if self._log is None:
            return ""
        self._log.seek(0)
        return self._log.read().decode(errors="replace")[-2000:]

    def stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None and proc.poll() is None:
            try:
                os.killpg(proc.pid, signal.SIGTERM)
                proc.wait(timeout=5)
            except ProcessLookupError:
                pass
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        if self._log is not None:
            self._log.close()
            self._log = None

    def __enter__(self) -> LocalImap:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


@dataclass(frozen=True)
class ReceivedMail:
    """One message as the SMTP server received it."""

    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    message: EmailMessage = field(repr=False)


class _StoreHandler:
    def __init__(self, owner: LocalSmtp) -> None:
        self.owner = owner

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        self.owner._store(envelope)
        return "250 OK"


class LocalSmtp:
    """An aiosmtpd server on 127.0.0.1 that accepts every message.

    Each message is appended to :attr:`messages` (thread-safe) and, when ``maildir`` is given,
    written there as ``NNNN.eml`` (numbered in order of arrival, starting at 0001). It accepts any
    sender and recipient and relays nothing. ``start()`` returns once it answers; ``stop()``
    closes the port (clients then get "connection refused").
    """

    def __init__(self, maildir: str | os.PathLike[str] | None = None, *, port: int = 0) -> None:
        self.host = LOOPBACK
        self.port = port
        self.maildir = Path(maildir) if maildir is not None else None
        self.messages: list[ReceivedMail] = []
        self._lock = threading.Lock()
        self._controller: Controller | None = None

    def start(self) -> LocalSmtp:
        if self._controller is not None:
            return self
        if self.maildir is not None:
            self.maildir.mkdir(parents=True, exist_ok=True)
        if not self.port:
            # Controller(port=0) does not work: its readiness probe connects to port 0.
            self.port = free_port(self.host)
        self._controller = Controller(_StoreHandler(self), hostname=self.host, port=self.port)
        try:
            self._controller.start()
        except Exception as exc:
            self._controller = None
            raise LocalServerError(
                f"The embedded SMTP server could not listen on {self.host}:{self.port}: {exc}"
            ) from exc
        return self

    def stop(self) -> None:
        controller, self._controller = self._controller, None
        if controller is not None:
            controller.stop()

    def _store(self, envelope: Envelope) -> None:
        data = envelope.original_content or envelope.content or b""
        if isinstance(data, str):
            data = data.encode("utf-8", errors="surrogateescape")
        msg = BytesParser(policy=policy.default).parsebytes(data)
        received = ReceivedMail(
            mail_from=envelope.mail_from or "",
            rcpt_tos=list(envelope.rcpt_tos),
            data=data,
            message=msg,
        )
        with self._lock:
            self.messages.append(received)
            number = len(self.messages)
        if self.maildir is not None:
            (self.maildir / f"{number:04d}.eml").write_bytes(data)

    def __enter__(self) -> LocalSmtp:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
