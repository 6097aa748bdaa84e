"""The IMAP session: fetch new messages by UID, move them. No policy lives here.

Every server problem becomes an OperatorError (the operator must fix it: wrong password, wrong
host) or a TransientError (retry later: connection dropped, server busy).
"""
from __future__ import annotations

import logging
import re
import socket
import ssl
from dataclasses import dataclass
from datetime import date, datetime, timezone
from types import TracebackType
from typing import Any

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError, LoginError

from mailbot.config import ImapSettings
from mailbot.errors import OperatorError, TransientError
from mailbot.mail.oauth import IMAP_SCOPE, TokenProvider, provider_for

log = logging.getLogger(__name__)


class BodyUnavailable(Exception):
    """The server lists the message but will not deliver its body (a NO to FETCH, or a reply
    without the body). The message is still there; only this message is affected."""


@dataclass(frozen=True)
class MessageMeta:
    uid: int
    size: int
    internal_date: datetime | None


def _ssl_context(cafile: str | None) -> ssl.SSLContext:
    return ssl.create_default_context(cafile=cafile)


def _wrap(exc: BaseException, settings: ImapSettings, doing: str) -> Exception:
    where = f"{settings.host}:{settings.port}"
    if isinstance(exc, LoginError):
        return OperatorError(
            f"The IMAP server {where} refused the login for {settings.username}; check [imap] username "
            "and the password in the environment variable named by [imap] password_env."
        )
    if isinstance(exc, ssl.SSLError):
        return OperatorError(
            f"TLS with the IMAP server {where} failed ({exc.reason or exc}); check [imap] security and port."
        )
    if isinstance(exc, socket.gaierror):
        return OperatorError(f"The IMAP host {settings.host} cannot be resolved; check [imap] host.")
    if isinstance(exc, ConnectionRefusedError):
        return TransientError(f"The IMAP server {where} refused the connection while {doing}; is it running and is [imap] port right?")
    return TransientError(f"The IMAP connection to {where} failed while {doing}: {exc}.")


def _short(server_text: str) -> str:
    """The server's words from an imaplib error ("... b'[AUTHENTICATIONFAILED] Authentication failed.'")."""
    match = re.search(r"\[([A-Z-]+)\]\s*([^'\"\]]*)", server_text)
    if match is None:
        return server_text.strip()[:200] or "no reason given"
    return f"{match.group(1)}: {match.group(2).strip().rstrip('.')}"


def _quiet_imaplib(client: IMAPClient) -> None:
    """imapclient turns imaplib's own tracing on (debug level 5) and sends it to the logger
    "imapclient.imaplib": imaplib then writes the repr() of every response into a string, the raw
    bytes of every fetched message included, before the logger drops it (0.5 ms of CPU per
    message of a backlog, ten times the FETCH itself). Off unless that logger would print it."""
    if not logging.getLogger("imapclient.imaplib").isEnabledFor(logging.DEBUG):
        imap = getattr(client, "_imap", None)
        if imap is not None and hasattr(imap, "debug"):
            imap.debug = 0


class Mailbox:
    """One logged-in IMAP session on the configured inbox. Use as a context manager."""

    def __init__(self, settings: ImapSettings, *, tokens: TokenProvider | None = None) -> None:
        self.settings = settings
        self.tokens = tokens  # auth = "oauth2" only; default: one provider per [oauth2] per process
        self.client: IMAPClient | None = None
        self.delimiter = "/"
        self.uidvalidity = 0
        self.uidnext = 0  # from the last SELECT: every message already there has a lower UID
        self.exists = 0   # from the last SELECT: how many messages the inbox held
        self._can_move = False

    # -- connection -------------------------------------------------------------------------
    def connect(self) -> Mailbox:
        s = self.settings
        try:
            client = IMAPClient(
                s.host,
                port=s.port,
                ssl=s.security == "ssl",
                ssl_context=_ssl_context(s.cafile) if s.security == "ssl" else None,
                timeout=s.timeout,
            )
            _quiet_imaplib(client)
            if s.security == "starttls":
                client.starttls(_ssl_context(s.cafile))
            if s.auth == "oauth2":
                self._oauth2_login(client)
            else:
                client.login(s.username, s.password)
            self.client = client
            caps = client.capabilities()
            self._can_move = b"MOVE" in caps
            folders = client.list_folders(directory="", pattern="%")
            if folders:
                delim = folders[0][1]
                if delim:
                    self.delimiter = delim.decode() if isinstance(delim, bytes) else str(delim)
        except (IMAPClientError, OSError, ssl.SSLError) as exc:
            raise _wrap(exc, s, "logging in") from exc
        return self

    def _oauth2_login(self, client: IMAPClient) -> None:
        """XOAUTH2 with a token for the configured app registration (Microsoft 365)."""
        s = self.settings
        assert s.oauth2 is not None, "config guarantees [oauth2] with auth = oauth2"
        tokens = self.tokens or provider_for(s.oauth2)
        scope = s.oauth2.scope or IMAP_SCOPE
        try:
            client.oauth2_login(s.username, tokens.token(scope))
        except LoginError as exc:
            text = str(exc)
            if "[UNAVAILABLE]" in text:  # the server could not check the token: try again later
                raise TransientError(f"The IMAP server {s.host}:{s.port} could not check the OAuth2 token for {s.username} just now; mailbot retries later.") from None
            tokens.invalidate(scope)  # a revoked token must not be offered again
            raise OperatorError(
                f"The IMAP server {s.host}:{s.port} refused the OAuth2 token for {s.username} ({_short(text)}); "
                "check that the app registration has IMAP.AccessAsApp and mailbox access "
                "(Add-MailboxPermission) for this mailbox, and [imap] username."
            ) from None

    def close(self) -> None:
        if self.client is not None:
            try:
                self.client.logout()
            except Exception:  # closing a dead connection must not hide the original error
                try:
                    self.client.shutdown()
                except Exception:
                    pass
            self.client = None

    def __enter__(self) -> Mailbox:
        return self.connect()

    def __exit__(self, et: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    @property
    def _c(self) -> IMAPClient:
        if self.client is None:
            raise TransientError("The IMAP session is not connected.")
        return self.client

    def server_name(self, folder: str) -> str:
        """The configured folder path ('mailbot/Processed') in the server's hierarchy syntax."""
        return folder.replace("/", self.delimiter) if self.delimiter != "/" else folder

    # -- folders ----------------------------------------------------------------------------
    def ensure_folders(self, folders: list[str]) -> None:
        try:
            for folder in folders:
                name = self.server_name(folder)
                if not self._c.folder_exists(name):
                    parts = name.split(self.delimiter)
                    for i in range(1, len(parts) + 1):
                        sub = self.delimiter.join(parts[:i])
                        if not self._c.folder_exists(sub):
                            self._c.create_folder(sub)
                            log.info("created IMAP folder %s", sub)
                            try:
                                self._c.subscribe_folder(sub)
                            except IMAPClientError:
                                pass
        except (IMAPClientError, OSError) as exc:
            raise _wrap(exc, self.settings, "creating folders") from exc

    def select_inbox(self) -> int:
        """Select the inbox read-write; returns its UIDVALIDITY."""
        try:
            info = self._c.select_folder(self.server_name(self.settings.inbox))
        except (IMAPClientError, OSError) as exc:
            raise _wrap(exc, self.settings, "opening the inbox") from exc
        self.uidvalidity = int(info.get(b"UIDVALIDITY", 0))
        self.uidnext = int(info.get(b"UIDNEXT", 0))
        self.exists = int(info.get(b"EXISTS", 0))
        return self.uidvalidity

    # -- reading ----------------------------------------------------------------------------
    def list_uids(self, after_uid: int = 0) -> list[int]:
        try:
            uids = self._c.search(["UID", f"{after_uid + 1}:*"] if after_uid else ["ALL"])
        except (IMAPClientError, OSError) as exc:
            raise _wrap(exc, self.settings, "searching the inbox") from exc
        # "n:*" always matches the last message even when its UID is below n.
        return sorted(u for u in uids if u > after_uid)

    def uids_since(self, day: date, after_uid: int = 0) -> set[int]:
        """UIDs above `after_uid` whose INTERNALDATE is on or after `day` (SEARCH SINCE compares
        whole days in the server's time zone: callers filter the edge day themselves)."""
        criteria: list[Any] = ["SINCE", day]
        if after_uid:
            criteria = ["UID", f"{after_uid + 1}:*", *criteria]
        try:
            uids = self._c.search(criteria)
        except (IMAPClientError, OSError) as exc:
            raise _wrap(exc, self.settings, "searching the inbox by date") from exc
        return {u for u in uids if u > after_uid}

    def fetch_meta(self, uids: list[int]) -> list[MessageMeta]:
        if not uids:
            return []
        try:
            data = self._c.fetch(uids, ["RFC822.SIZE", "INTERNALDATE"])
        except (IMAPClientError, OSError) as exc:
            raise _wrap(exc, self.settings, "reading message sizes") from exc
        out = []
        for uid in uids:
            row = data.get(uid)
            if row is None:
                continue  # expunged meanwhile by another client
            when = row.get(b"INTERNALDATE")
            if isinstance(when, datetime):
                when = when.astimezone(timezone.utc) if when.tzinfo else when.replace(tzinfo=timezone.utc)
            out.append(MessageMeta(uid, int(row.get(b"RFC822.SIZE", 0)), when))
        return out

    def fetch_raw(self, uid: int) -> bytes | None:
        """The whole message, without setting \\Seen; None if it vanished. Raises BodyUnavailable
        when the server refuses this one message (the session is still usable)."""
        try:
            data = self._c.fetch([uid], ["BODY.PEEK[]"])
        except (IMAPClientAbortError, OSError) as exc:
            raise _wrap(exc, self.settings, f"fetching message {uid}") from exc
        except IMAPClientError as exc:
            raise BodyUnavailable(_short(str(exc))) from exc
        row = data.get(uid)
        if not row:
            return None
        body = row.get(b"BODY[]")
        if not isinstance(body, bytes):
            raise BodyUnavailable("the server answered without the message body")
        return body

    def fetch_raw_many(self, uids: list[int]) -> dict[int, bytes]:
        """Whole messages in one round trip, without setting \\Seen. A UID that vanished, or
        whose body the server left out, is absent (fetch_raw tells which). Raises BodyUnavailable
        when the server refuses the command (one refused message refuses the whole set)."""
        if not uids:
            return {}
        try:
            data = self._c.fetch(uids, ["BODY.PEEK[]"])
        except (IMAPClientAbortError, OSError) as exc:
            raise _wrap(exc, self.settings, f"fetching {len(uids)} messages") from exc
        except IMAPClientError as exc:
            raise BodyUnavailable(_short(str(exc))) from exc
        return {uid: row[b"BODY[]"] for uid, row in data.items() if uid in uids and isinstance(row.get(b"BODY[]"), bytes)}

    def fetch_header(self, uid: int) -> bytes | None:
        """Only the header block: enough to record and answer a message too large to download."""
        try:
            data = self._c.fetch([uid], ["BODY.PEEK[HEADER]"])
        except (IMAPClientError, OSError) as exc:
            raise _wrap(exc, self.settings, f"fetching the header of message {uid}") from exc
        row = data.get(uid)
        return row.get(b"BODY[HEADER]") if row else None

    # -- filing -----------------------------------------------------------------------------
    def move(self, uid: int, folder: str) -> None:
        """Move one message out of the inbox. Nothing is ever deleted: COPY precedes EXPUNGE."""
        self.move_many([uid], folder)

    def move_many(self, uids: list[int], folder: str) -> None:
        """Move messages out of the inbox with one command (UID MOVE takes a set). Nothing is
        ever deleted: COPY precedes EXPUNGE, and the EXPUNGE names these UIDs only."""
        if not uids:
            return
        target = self.server_name(folder)
        try:
            if self._can_move:
                self._c.move(uids, target)
            else:
                self._c.copy(uids, target)
                self._c.delete_messages(uids)
                self._c.uid_expunge(uids)
        except (IMAPClientError, OSError) as exc:
            what = f"message {uids[0]}" if len(uids) == 1 else f"{len(uids)} messages"
            raise _wrap(exc, self.settings, f"moving {what} to {folder}") from exc

    def move_back(self, folder: str, message_id: str, target: str) -> bool:
        """Move the message with this Message-ID from `folder` to `target`; False if not there.
        Leaves `folder` selected: callers select the inbox again before reading it."""
        try:
            self._c.select_folder(self.server_name(folder))
            uids = self._c.search(["HEADER", "Message-ID", message_id]) if message_id else []
            if not uids:
                return False
            self.move(max(uids), target)
            return True
        except (IMAPClientError, OSError) as exc:
            raise _wrap(exc, self.settings, f"moving {message_id} back from {folder}") from exc

    def append(self, folder: str, raw: bytes) -> None:
        try:
            self._c.append(self.server_name(folder), raw)
        except (IMAPClientError, OSError) as exc:
            raise _wrap(exc, self.settings, f"appending to {folder}") from exc

    def noop(self) -> None:
        try:
            self._c.noop()
        except (IMAPClientError, OSError) as exc:
            raise _wrap(exc, self.settings, "checking the connection") from exc
