"""Real loopback servers for tests: Dovecot (IMAP), an aiosmtpd sink (SMTP), PostgreSQL.

Every server listens on 127.0.0.1 only, on a free port picked at start, and keeps its state in a
scratch folder of its own that ``stop()`` removes. A server that cannot start raises
:class:`MailServerError` whose first sentence says what to do; tests never skip because a server
is missing (run ``.ci/run`` to install them).

See /work/shared/MAIL-SERVERS.md for the facts these classes rely on.
"""
from __future__ import annotations

import asyncio
import base64
import datetime as dt
import email
import email.policy
import functools
import os
import pwd
import re
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path
from typing import Any, Literal

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session
from imapclient import IMAPClient

from mailbot.ops.localservers import free_port

DOVECOT_BIN = "/usr/sbin/dovecot"
LOG_TAIL_CHARS = 2000


class MailServerError(RuntimeError):
    """A test server could not be started or used; the message says what to do."""


def _tail(path: Path, chars: int = LOG_TAIL_CHARS) -> str:
    try:
        text = path.read_text(errors="replace")
    except OSError:
        return "(no log file)"
    return text[-chars:].strip() or "(log is empty)"


def _scratch_dir(prefix: str) -> Path:
    """A fresh folder that other users may traverse (pytest's tmp_path is 0700: see module doc)."""
    path = Path(tempfile.mkdtemp(prefix=prefix))
    path.chmod(0o755)
    return path


def _kill_group(proc: subprocess.Popen[bytes] | None, sig: int = signal.SIGKILL) -> None:
    """Kill a process started with ``start_new_session=True`` and all its children."""
    if proc is None:
        return
    try:
        os.killpg(proc.pid, sig)
    except ProcessLookupError:
        pass
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:  # pragma: no cover - SIGKILL does not time out
        pass
    # The children die a moment after the leader; until then one may still hold the listening
    # socket and accept-then-reset a connection. Wait until only zombies are left.
    deadline = time.monotonic() + 5
    while _live_group_members(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.005)


def _die_with_parent() -> list[str]:
    """A command prefix that kills the server when the test process dies without stop()
    (a killed or timed-out pytest run), so that no orphan servers pile up; Dovecot's children
    exit by themselves once their master is gone."""
    setpriv = shutil.which("setpriv")
    return [setpriv, "--pdeathsig", "KILL", "--"] if setpriv else []


def _live_group_members(pgid: int) -> list[int]:
    """PIDs in process group ``pgid`` that are not zombies (Linux /proc)."""
    live = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        # pid (comm) state ppid pgrp ...; comm may contain spaces and parentheses.
        fields = text[text.rindex(")") + 2:].split()
        if int(fields[2]) == pgid and fields[0] not in ("Z", "X"):
            live.append(int(stat.parent.name))
    return live


# --------------------------------------------------------------------------------------------
# Dovecot
# --------------------------------------------------------------------------------------------

_APPENDUID = re.compile(rb"\[APPENDUID (\d+) (\d+)\]", re.IGNORECASE)


class DovecotServer:
    """A standalone Dovecot IMAP server on 127.0.0.1 with maildir mailboxes.

    ``user``/``password`` is the main mailbox; ``extra_users`` maps more logins (for example staff
    mailboxes) to their passwords. Every helper method takes ``user=`` to act on another mailbox.
    Folders use ``/`` as the hierarchy separator; Sent, Drafts, Trash and Junk exist with their
    SPECIAL-USE flags. ``start()`` returns once the server answers with its greeting (about
    60 ms); ``stop()`` kills the process group and removes the scratch folder unless
    ``keep=True``; ``restart()`` keeps the mail and the port.

    ``oauth2_introspection_url`` also turns on XOAUTH2 and OAUTHBEARER through Dovecot's
    ``oauth2`` passdb: Dovecot POSTs ``token=...`` there and accepts the login when the JSON
    answer has ``"active": true`` and ``"username"`` equal to the login name.
    """

    def __init__(
        self,
        user: str = "ce@michener.example",
        password: str = "ce-secret",
        extra_users: Mapping[str, str] | None = None,
        *,
        binary: str = DOVECOT_BIN,
        start_timeout: float = 10.0,
        oauth2_introspection_url: str | None = None,
    ) -> None:
        self.oauth2_introspection_url = oauth2_introspection_url
        self.host = "127.0.0.1"
        self.port = 0
        self.user = user
        self.password = password
        self.users: dict[str, str] = {user: password, **dict(extra_users or {})}
        self.binary = binary
        self.start_timeout = start_timeout
        self.dir: Path | None = None
        self._proc: subprocess.Popen[bytes] | None = None

    # -- lifecycle ---------------------------------------------------------------------------

    @property
    def log_path(self) -> Path:
        assert self.dir is not None, "the server was never started"
        return self.dir / "dovecot.log"

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def start(self) -> DovecotServer:
        """Start the server (a new scratch folder on first start) and wait until it greets."""
        if self.running:
            return self
        if not Path(self.binary).exists():
            raise MailServerError(
                f"Dovecot is not installed ({self.binary} is missing): run .ci/run, or "
                "apt-get install -y dovecot-imapd, then run the tests again."
            )
        if self.dir is None:
            self.dir = _scratch_dir("dovecot-")
            self._prepare_dirs()
        if self.port:
            return self._start_on_port()
        # free_port() can race with another process: on "Address already in use" pick again.
        for attempt in range(3):
            self.port = free_port()
            try:
                return self._start_on_port()
            except MailServerError as exc:
                if "Address already in use" not in str(exc) or attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def _start_on_port(self) -> DovecotServer:
        assert self.dir is not None
        self._write_config()
        self._proc = subprocess.Popen(
            [*_die_with_parent(), self.binary, "-F", "-c", str(self.dir / "dovecot.conf")],
            stdin=subprocess.DEVNULL,
            stdout=open(self.dir / "stdout.log", "ab"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + self.start_timeout
        while True:
            if self._proc.poll() is not None:
                code = self._proc.returncode
                self._proc = None
                raise MailServerError(
                    f"Dovecot exited with code {code} at start on port {self.port}; log tail:\n"
                    f"{_tail(self.dir / 'stdout.log')}\n{_tail(self.log_path)}"
                )
            if self._greets():
                return self
            if time.monotonic() > deadline:
                self.stop(keep=True)
                raise MailServerError(
                    f"Dovecot did not greet on {self.host}:{self.port} within "
                    f"{self.start_timeout:.0f} s; log tail:\n{_tail(self.log_path)}"
                )
            time.sleep(0.01)

    def stop(self, keep: bool = False) -> None:
        """Kill the server's process group; remove the scratch folder unless ``keep``."""
        _kill_group(self._proc)
        self._proc = None
        if not keep and self.dir is not None:
            shutil.rmtree(self.dir, ignore_errors=True)
            self.dir = None
            self.port = 0

    def restart(self) -> DovecotServer:
        """Stop and start again on the same port with the same mail (UIDVALIDITY survives)."""
        self.stop(keep=True)
        return self.start()

    def __enter__(self) -> DovecotServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _greets(self) -> bool:
        try:
            with socket.create_connection((self.host, self.port), timeout=0.5) as sock:
                return sock.recv(64).startswith(b"* OK")
        except OSError:
            return False

    def _prepare_dirs(self) -> None:
        assert self.dir is not None
        for name in ("run", "state", "mail"):
            (self.dir / name).mkdir(mode=0o755)
        if os.geteuid() == 0:
            # Mail is accessed as nobody: the mail root must be theirs.
            nobody = pwd.getpwnam("nobody")
            os.chown(self.dir / "mail", nobody.pw_uid, nobody.pw_gid)
        lines = [f"{name}:{{PLAIN}}{pw}::::::" for name, pw in self.users.items()]
        passwd = self.dir / "passwd"
        passwd.write_text("\n".join(lines) + "\n")
        passwd.chmod(0o644)

    def _write_config(self) -> None:
        assert self.dir is not None
        d = self.dir
        if os.geteuid() == 0:
            users = (
                "default_login_user = dovenull\n"
                "default_internal_user = dovecot\n"
                "mail_uid = nobody\n"
                "mail_gid = nogroup\n"
                "first_valid_uid = 0\n"
            )
            userdb_ids = "uid=nobody gid=nogroup"
        else:
            me = pwd.getpwuid(os.geteuid()).pw_name
            users = (
                f"default_login_user = {me}\n"
                f"default_internal_user = {me}\n"
                f"mail_uid = {me}\n"
                f"mail_gid = {os.getegid()}\n"
                f"first_valid_uid = {os.geteuid()}\n"
                f"first_valid_gid = {os.getegid()}\n"
            )
            userdb_ids = f"uid={os.geteuid()} gid={os.getegid()}"
        no_chroot = "".join(
            f"service {name} {{\n  chroot =\n}}\n" for name in ("imap-login", "anvil", "auth")
        ) if os.geteuid() != 0 else ""
        conf = f"""\
# Written by tests/mailservers.py for one test server; not a production config.
protocols = imap
listen = 127.0.0.1
base_dir = {d}/run
state_dir = {d}/state
log_path = {d}/dovecot.log
info_log_path = {d}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login{" xoauth2 oauthbearer" if self.oauth2_introspection_url else ""}
# A rejected login answers at once (default: 2 s), so auth-failure tests stay fast.
auth_failure_delay = 0
{users}
mail_location = maildir:~/Maildir
mailbox_list_index = yes
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {d}/passwd
}}
{self._oauth2_passdb()}userdb {{
  driver = static
  args = {userdb_ids} home={d}/mail/%u
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Sent {{
    special_use = \\Sent
    auto = create
  }}
  mailbox Drafts {{
    special_use = \\Drafts
    auto = create
  }}
  mailbox Trash {{
    special_use = \\Trash
    auto = create
  }}
  mailbox Junk {{
    special_use = \\Junk
    auto = create
  }}
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {self.port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
{no_chroot}"""
        (d / "dovecot.conf").write_text(conf)

    def _oauth2_passdb(self) -> str:
        if not self.oauth2_introspection_url:
            return ""
        assert self.dir is not None
        ext = self.dir / "dovecot-oauth2.conf.ext"
        ext.write_text(
            "introspection_mode = post\n"
            f"introspection_url = {self.oauth2_introspection_url}\n"
            "force_introspection = yes\n"
            "username_attribute = username\n"
            "active_attribute = active\n"
            "active_value = true\n"
        )
        ext.chmod(0o644)
        return f"passdb {{\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n  args = {ext}\n}}\n"

    # -- mailbox helpers (each opens a short IMAP session) ------------------------------------

    def client(self, user: str | None = None) -> IMAPClient:
        """A logged-in IMAPClient; the caller closes it (``with server.client() as c:``)."""
        login = user or self.user
        client = IMAPClient(self.host, port=self.port, ssl=False, timeout=10)
        client.login(login, self.users[login])
        return client

    def append(
        self,
        raw: bytes,
        folder: str = "INBOX",
        internaldate: dt.datetime | None = None,
        flags: Sequence[str | bytes] = (),
        *,
        user: str | None = None,
    ) -> int:
        """Append one raw message and return its UID (from the APPENDUID response)."""
        with self.client(user) as c:
            response = c.append(folder, raw, flags=tuple(flags), msg_time=internaldate)
        match = _APPENDUID.search(response)
        if match is None:
            raise MailServerError(f"Dovecot gave no APPENDUID for {folder}: {response!r}")
        return int(match.group(2))

    def uids(self, folder: str = "INBOX", *, user: str | None = None) -> list[int]:
        """All UIDs in ``folder``, ascending."""
        with self.client(user) as c:
            c.select_folder(folder, readonly=True)
            return sorted(c.search("ALL"))

    def messages(self, folder: str = "INBOX", *, user: str | None = None) -> list[bytes]:
        """Every raw message in ``folder``, in UID order (fetched without setting \\Seen)."""
        with self.client(user) as c:
            c.select_folder(folder, readonly=True)
            uids = sorted(c.search("ALL"))
            if not uids:
                return []
            data = c.fetch(uids, ["BODY.PEEK[]"])
            return [data[uid][b"BODY[]"] for uid in uids]

    def flags(self, folder: str = "INBOX", *, user: str | None = None) -> dict[int, tuple[bytes, ...]]:
        """UID -> flags of every message in ``folder``."""
        with self.client(user) as c:
            c.select_folder(folder, readonly=True)
            uids = c.search("ALL")
            return {uid: tuple(f) for uid, f in c.get_flags(uids).items()} if uids else {}

    def folders(self, *, user: str | None = None) -> list[str]:
        """Names of every folder, sorted (INBOX, Sent, Drafts, Trash, Junk exist from start)."""
        with self.client(user) as c:
            return sorted(name for _flags, _sep, name in c.list_folders())

    def create_folder(self, name: str, *, user: str | None = None) -> None:
        with self.client(user) as c:
            c.create_folder(name)

    def delete_folder(self, name: str, *, user: str | None = None) -> None:
        """Delete ``name`` and the messages in it."""
        with self.client(user) as c:
            c.delete_folder(name)

    def recreate_folder(self, name: str, *, user: str | None = None) -> int:
        """Delete and re-create ``name`` (empty), which gives it a new UIDVALIDITY; return it.

        IMAP cannot delete INBOX, so for INBOX the server is stopped, the INBOX maildir and its
        index are wiped (other folders are kept) and the server is started again on the same port:
        connected clients are dropped.
        """
        if name.upper() == "INBOX":
            return self._recreate_inbox(user or self.user)
        with self.client(user) as c:
            c.delete_folder(name)
            c.create_folder(name)
            return int(c.folder_status(name, [b"UIDVALIDITY"])[b"UIDVALIDITY"])

    def _recreate_inbox(self, user: str) -> int:
        assert self.dir is not None, "the server was never started"
        self.stop(keep=True)
        maildir = self.dir / "mail" / user / "Maildir"
        for entry in maildir.iterdir() if maildir.exists() else ():
            # Keep dovecot-uidvalidity*: it makes the next UIDVALIDITY strictly greater.
            if entry.name in ("cur", "new", "tmp"):
                for f in entry.iterdir():
                    f.unlink()
            elif entry.is_file() and not entry.name.startswith("dovecot-uidvalidity"):
                entry.unlink()
        self.start()
        return self.uidvalidity("INBOX", user=user)

    def uidvalidity(self, folder: str = "INBOX", *, user: str | None = None) -> int:
        with self.client(user) as c:
            return int(c.folder_status(folder, [b"UIDVALIDITY"])[b"UIDVALIDITY"])


# --------------------------------------------------------------------------------------------
# SMTP sink
# --------------------------------------------------------------------------------------------

Stage = Literal["MAIL", "RCPT", "DATA"]


@dataclass(frozen=True)
class Received:
    """One message the sink accepted: the envelope, the raw bytes and the parsed message."""

    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    authenticated_as: str | None = None

    @functools.cached_property
    def message(self) -> EmailMessage:
        """The message parsed when first read, not as it arrives: the sink shares the machine with
        the client it measures (bench/throughput.py sends it a backlog of emails with attachments),
        and most tests read a few of the messages, some only count them."""
        return email.message_from_bytes(self.data, policy=email.policy.default)  # type: ignore[return-value]


@dataclass
class _Fault:
    stage: Stage
    reply: str | None  # None: answer normally after the delay
    delay: float = 0.0


class _SinkHandler:
    def __init__(self, sink: SmtpSink) -> None:
        self.sink = sink

    async def _fault(self, stage: Stage) -> str | None:
        fault = self.sink._take_fault(stage)
        if fault is None:
            return None
        if fault.delay:
            await asyncio.sleep(fault.delay)
        return fault.reply

    async def handle_MAIL(
        self, server: SMTP, session: Session, envelope: Envelope, address: str,
        mail_options: list[str],
    ) -> str:
        if (reply := await self._fault("MAIL")) is not None:
            return reply
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str,
        rcpt_options: list[str],
    ) -> str:
        if (reply := await self._fault("RCPT")) is not None:
            return reply
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 OK"

    async def auth_XOAUTH2(self, server: SMTP, args: list[str]) -> AuthResult:
        """XOAUTH2 as Microsoft 365 does it: a refused token gets a 334 JSON challenge, then 535."""
        check = self.sink.xoauth2
        if check is None:
            return AuthResult(success=False, handled=False, message="504 5.5.4 Unrecognized authentication type")
        if len(args) == 2:
            blob = base64.b64decode(args[1])
        else:
            answer = await server.challenge_auth("")
            blob = answer if isinstance(answer, bytes) else b""
        fields = dict(part.split("=", 1) for part in blob.decode(errors="replace").split("\x01") if "=" in part)
        user, token = fields.get("user", ""), fields.get("auth", "").removeprefix("Bearer ")
        if check(user, token):
            return AuthResult(success=True, auth_data=LoginPassword(user.encode(), b""))
        await server.challenge_auth(b'{"status":"401","schemes":"bearer","scope":"https://outlook.office365.com/.default"}')
        return AuthResult(success=False, handled=False)

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        if (reply := await self._fault("DATA")) is not None:
            return reply
        login = session.auth_data.login if isinstance(session.auth_data, LoginPassword) else None
        self.sink._record(envelope, login.decode() if isinstance(login, bytes) else login)
        return "250 OK: queued"


class SmtpSink:
    """An aiosmtpd server on 127.0.0.1 that records every message it accepts.

    - :attr:`messages` holds :class:`Received` in arrival order; :meth:`wait_for` blocks until
      ``n`` have arrived. The sink relays nothing.
    - Fault injection: :meth:`refuse_next` makes the next ``n`` transactions answer an error at
      one stage; :meth:`hang_next` delays the answer at one stage (then answers normally, so the
      message IS recorded after the delay, just as a slow real server would deliver it).
    - ``username``/``password`` turn on AUTH PLAIN/LOGIN (then required unless
      ``auth_required=False``); ``tls="starttls"`` or ``"implicit"`` serves TLS with a self-signed
      certificate for 127.0.0.1 whose PEM file is :attr:`cafile` (a client must trust it:
      ``ssl.create_default_context(cafile=sink.cafile)``). With TLS, AUTH is offered only after
      STARTTLS.
    - ``xoauth2(user, token) -> bool`` turns on AUTH XOAUTH2 (then required unless
      ``auth_required=False``), as Microsoft 365 offers it.
    - ``smtputf8=True`` offers SMTPUTF8, so non-ASCII addresses can be sent.
    - ``stop()`` closes the port (clients get "connection refused"); ``start()`` again reuses
      the same port and keeps :attr:`messages`.
    """

    def __init__(
        self,
        *,
        username: str | None = None,
        password: str | None = None,
        auth_required: bool = True,
        tls: Literal["starttls", "implicit"] | None = None,
        xoauth2: Callable[[str, str], bool] | None = None,
        smtputf8: bool = False,
    ) -> None:
        self.host = "127.0.0.1"
        self.smtputf8 = smtputf8  # offer SMTPUTF8 (RFC 6531), as Microsoft 365 and Postfix do
        self.port = 0
        self.username = username
        self.password = password
        self.xoauth2 = xoauth2
        self.auth_required = auth_required and (username is not None or xoauth2 is not None)
        self.tls = tls
        self.cafile: str | None = None
        self.messages: list[Received] = []
        self._faults: list[_Fault] = []
        self._cond = threading.Condition()
        self._controller: Controller | None = None
        self._certdir: Path | None = None

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> SmtpSink:
        if self._controller is not None:
            return self
        if not self.port:
            # Controller(port=0) does not work: its readiness probe connects to port 0.
            self.port = free_port()
        kwargs: dict[str, Any] = {"enable_SMTPUTF8": self.smtputf8}
        if self.username is not None or self.xoauth2 is not None:
            kwargs.update(
                authenticator=self._authenticate,
                auth_required=self.auth_required,
                # aiosmtpd only knows of STARTTLS: with implicit TLS it would never offer AUTH.
                auth_require_tls=self.tls == "starttls",
            )
        if self.tls is not None:
            context = self._server_tls_context()
            if self.tls == "implicit":
                kwargs["ssl_context"] = context
            else:
                kwargs["tls_context"] = context
        self._controller = Controller(
            _SinkHandler(self), hostname=self.host, port=self.port, **kwargs
        )
        try:
            self._controller.start()
        except Exception as exc:
            self._controller = None
            raise MailServerError(
                f"The SMTP sink could not listen on {self.host}:{self.port}: {exc}"
            ) from exc
        return self

    def stop(self) -> None:
        controller, self._controller = self._controller, None
        if controller is not None:
            controller.stop()

    def close(self) -> None:
        """Stop and remove the generated certificate."""
        self.stop()
        if self._certdir is not None:
            shutil.rmtree(self._certdir, ignore_errors=True)
            self._certdir = None

    def __enter__(self) -> SmtpSink:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- recording ---------------------------------------------------------------------------

    def clear(self) -> None:
        """Forget received messages and pending faults."""
        with self._cond:
            self.messages.clear()
            self._faults.clear()

    def wait_for(self, n: int, timeout: float = 5.0) -> list[Received]:
        """Block until at least ``n`` messages arrived; return a copy of all of them.

        Raises TimeoutError (with the count so far) when ``timeout`` seconds pass first.
        """
        with self._cond:
            if not self._cond.wait_for(lambda: len(self.messages) >= n, timeout):
                raise TimeoutError(
                    f"The SMTP sink received {len(self.messages)} of {n} expected messages "
                    f"within {timeout} s."
                )
            return list(self.messages)

    def _record(self, envelope: Envelope, login: str | None) -> None:
        received = Received(
            mail_from=envelope.mail_from or "",
            rcpt_tos=list(envelope.rcpt_tos),
            data=envelope.original_content or b"",
            authenticated_as=login,
        )
        with self._cond:
            self.messages.append(received)
            self._cond.notify_all()

    # -- fault injection ---------------------------------------------------------------------

    def refuse_next(
        self, n: int = 1, code: int = 451, text: str = "4.3.0 Try again later", *,
        at: Stage = "DATA",
    ) -> None:
        """Answer ``code text`` at stage ``at`` in the next ``n`` transactions."""
        with self._cond:
            self._faults.extend(_Fault(at, f"{code} {text}") for _ in range(n))

    def hang_next(self, n: int = 1, seconds: float = 30.0, *, at: Stage = "DATA") -> None:
        """Delay the answer at stage ``at`` by ``seconds`` in the next ``n`` transactions."""
        with self._cond:
            self._faults.extend(_Fault(at, None, seconds) for _ in range(n))

    def _take_fault(self, stage: Stage) -> _Fault | None:
        with self._cond:
            for i, fault in enumerate(self._faults):
                if fault.stage == stage:
                    return self._faults.pop(i)
        return None

    # -- AUTH and TLS ------------------------------------------------------------------------

    def _authenticate(
        self, server: SMTP, session: Session, envelope: Envelope, mechanism: str, auth_data: Any,
    ) -> AuthResult:
        if isinstance(auth_data, LoginPassword):
            ok = (
                auth_data.login.decode() == self.username
                and auth_data.password.decode() == self.password
            )
            if ok:
                return AuthResult(success=True, auth_data=auth_data)
        # handled=False makes aiosmtpd answer 535; success=False alone drops the connection.
        return AuthResult(success=False, handled=False)

    def _server_tls_context(self) -> ssl.SSLContext:
        if self._certdir is None:
            self._certdir = _scratch_dir("smtp-tls-")
            make_self_signed_cert(self._certdir, "127.0.0.1")
        self.cafile = str(self._certdir / "cert.pem")
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self._certdir / "cert.pem", self._certdir / "key.pem")
        return context

    def client_tls_context(self) -> ssl.SSLContext:
        """A client context that trusts this sink's certificate (and nothing else)."""
        if self.cafile is None:
            raise MailServerError("The SMTP sink has no TLS certificate: create it with tls=.")
        return ssl.create_default_context(cafile=self.cafile)


def make_self_signed_cert(folder: Path, ip: str = "127.0.0.1") -> tuple[Path, Path]:
    """Write ``cert.pem`` and ``key.pem`` (a 1-day self-signed cert whose SAN is ``ip``).

    Uses the ``cryptography`` package when installed, else the ``openssl`` binary (which
    dovecot-core pulls in through ssl-cert).
    """
    import ipaddress

    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    try:
        from cryptography import x509
    except ImportError:
        subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
             "-nodes", "-days", "1", "-subj", f"/CN={ip}", "-addext", f"subjectAltName=IP:{ip}",
             "-addext", "basicConstraints=critical,CA:TRUE",
             "-keyout", str(key_path), "-out", str(cert_path)],
            check=True, capture_output=True,
        )
        return cert_path, key_path
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, ip)])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(ip))]), critical=False
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


# --------------------------------------------------------------------------------------------
# PostgreSQL
# --------------------------------------------------------------------------------------------


def _postgres_bindir() -> Path | None:
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0)
    return candidates[-1].parent if candidates else None


class PostgresServer:
    """A throwaway PostgreSQL cluster on 127.0.0.1 with ``trust`` auth and fsync off.

    As root the cluster runs as the ``postgres`` user (else ``nobody``): PostgreSQL refuses to
    run as root. :attr:`url` is a SQLAlchemy URL (``postgresql+psycopg://...``), :attr:`dsn` a
    libpq one. :meth:`create_database` makes another empty database (one per test, for example).
    """

    def __init__(self, database: str = "mailbot", user: str = "mailbot", *,
                 start_timeout: float = 30.0) -> None:
        self.host = "127.0.0.1"
        self.port = 0
        self.database = database
        self.user = user
        self.start_timeout = start_timeout
        self.dir: Path | None = None
        self._proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return self.url_for(self.database)

    def url_for(self, database: str) -> str:
        return f"postgresql+psycopg://{self.user}@{self.host}:{self.port}/{database}"

    @property
    def dsn(self) -> str:
        return f"host={self.host} port={self.port} user={self.user} dbname={self.database}"

    def start(self) -> PostgresServer:
        if self._proc is not None:
            return self
        bindir = _postgres_bindir()
        if bindir is None:
            raise MailServerError(
                "PostgreSQL is not installed (no initdb found): run .ci/run, or "
                "apt-get install -y postgresql, then run the tests again."
            )
        self.dir = _scratch_dir("postgres-")
        run_as: dict[str, Any] = {}
        if os.geteuid() == 0:
            try:
                account = pwd.getpwnam("postgres")
            except KeyError:
                account = pwd.getpwnam("nobody")
            os.chown(self.dir, account.pw_uid, account.pw_gid)
            run_as = dict(user=account.pw_uid, group=account.pw_gid, extra_groups=[])
        data, log = self.dir / "data", self.dir / "postgres.log"
        init = subprocess.run(
            [str(bindir / "initdb"), "-D", str(data), "-U", self.user, "--auth=trust",
             "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions"],
            capture_output=True, cwd=self.dir, **run_as,
        )
        if init.returncode != 0:
            raise MailServerError(
                f"initdb failed with code {init.returncode}: "
                f"{(init.stdout + init.stderr).decode(errors='replace')[-LOG_TAIL_CHARS:]}"
            )
        self.port = free_port()
        with open(log, "ab") as log_file:
            if run_as:
                os.chown(log, run_as["user"], run_as["group"])
            self._proc = subprocess.Popen(
                [*_die_with_parent(), str(bindir / "postgres"), "-D", str(data), "-p", str(self.port),
                 "-c", "listen_addresses=127.0.0.1", "-c", f"unix_socket_directories={self.dir}",
                 "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"],
                stdin=subprocess.DEVNULL, stdout=log_file, stderr=subprocess.STDOUT,
                start_new_session=True, cwd=self.dir, **run_as,
            )
        import psycopg

        deadline = time.monotonic() + self.start_timeout
        while True:
            if self._proc.poll() is not None:
                self._proc = None
                raise MailServerError(
                    f"PostgreSQL exited at start on port {self.port}; log tail:\n{_tail(log)}"
                )
            try:
                with psycopg.connect(host=self.host, port=self.port, user=self.user,
                                     dbname="postgres", connect_timeout=2, autocommit=True) as c:
                    c.execute(f'CREATE DATABASE "{self.database}"')
                return self
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    self.stop()
                    raise MailServerError(
                        f"PostgreSQL did not accept connections on port {self.port} within "
                        f"{self.start_timeout:.0f} s; log tail:\n{_tail(log)}"
                    ) from None
                time.sleep(0.05)

    def create_database(self, name: str) -> str:
        """Create an empty database ``name`` and return its SQLAlchemy URL."""
        import psycopg

        with psycopg.connect(host=self.host, port=self.port, user=self.user, dbname="postgres",
                             autocommit=True) as c:
            c.execute(f'CREATE DATABASE "{name}"')
        return self.url_for(name)

    def stop(self) -> None:
        """Fast shutdown (SIGINT), then SIGKILL after 10 s; remove the cluster."""
        if self._proc is not None:
            try:
                os.killpg(self._proc.pid, signal.SIGINT)
                self._proc.wait(timeout=10)
            except ProcessLookupError:
                pass
            except subprocess.TimeoutExpired:
                _kill_group(self._proc)
            self._proc = None
        if self.dir is not None:
            shutil.rmtree(self.dir, ignore_errors=True)
            self.dir = None

    def __enter__(self) -> PostgresServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
