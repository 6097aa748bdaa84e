"""OAuth2 access tokens for IMAP and SMTP (Microsoft 365: client credentials through msal).

Microsoft 365 has retired password logins for IMAP and SMTP AUTH; an Entra app registration with
the IMAP.AccessAsApp and SMTP.SendAsApp application permissions gets a token instead. A
:class:`TokenProvider` returns a valid token for a scope and keeps it until shortly before it
expires. Every failure is one sentence: :class:`OperatorError` when the tenant, client or secret
is wrong (with the server's error code, never the secret), :class:`TransientError` when the
token endpoint cannot be reached or is busy.
"""
from __future__ import annotations

import functools
import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from mailbot.errors import OperatorError, TransientError

if TYPE_CHECKING:
    from mailbot.config import OAuth2Settings

__all__ = ["OperatorError", "TokenProvider", "TransientError", "provider_for", "xoauth2_string"]

log = logging.getLogger(__name__)

#: IMAP and SMTP share one resource in Microsoft 365.
IMAP_SCOPE = "https://outlook.office365.com/.default"
SMTP_SCOPE = "https://outlook.office365.com/.default"
DEFAULT_AUTHORITY = "https://login.microsoftonline.com/{tenant_id}"

#: A token is renewed this long before it expires, so that a login never carries a token that
#: dies in flight (Microsoft issues tokens for 60-90 minutes).
REFRESH_MARGIN_SECONDS = 300.0

#: OAuth2 error codes (RFC 6749 section 5.2, Entra) that no retry can fix.
_OPERATOR_ERRORS = {"invalid_client", "unauthorized_client", "invalid_scope", "invalid_request",
                    "invalid_grant", "unsupported_grant_type", "invalid_resource"}


def xoauth2_string(username: str, token: str) -> str:
    """The SASL XOAUTH2 initial response (before base64), as IMAP and SMTP expect it."""
    return f"user={username}\x01auth=Bearer {token}\x01\x01"


class TokenProvider:
    """Access tokens for one app registration, cached per scope until shortly before expiry.

    ``http_client`` is passed to msal (a ``requests.Session`` in tests, which must set
    ``trust_env = False`` for its ``verify`` to count); ``clock`` returns seconds (monotonic).
    The msal application is built on the first :meth:`token` call, because building it already
    contacts the authority. Safe to share between threads.
    """

    def __init__(self, settings: OAuth2Settings, *, http_client: Any = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.settings = settings
        self.http_client = http_client
        self.clock = clock
        self._app: Any = None
        self._tokens: dict[str, tuple[str, float]] = {}  # scope -> (token, expiry on self.clock)
        self._lock = threading.Lock()

    def token(self, scope: str | None = None) -> str:
        """A valid access token for ``scope`` (default: the configured scope)."""
        scope = scope or self.settings.scope
        with self._lock:
            cached = self._tokens.get(scope)
            if cached is not None and cached[1] - REFRESH_MARGIN_SECONDS > self.clock():
                return cached[0]
            result = self._acquire(scope)
            token = result["access_token"]
            expires_in = float(result.get("expires_in") or 3599)
            self._tokens[scope] = (token, self.clock() + expires_in)
            return token

    def invalidate(self, scope: str | None = None) -> None:
        """Forget the cached token (the server rejected it): the next call asks again."""
        with self._lock:
            self._tokens.pop(scope or self.settings.scope, None)
            if self._app is not None:  # msal would otherwise hand the same token out again
                cache = self._app.token_cache
                for entry in list(cache.search(cache.CredentialType.ACCESS_TOKEN)):
                    cache.remove_at(entry)

    # -- msal ----------------------------------------------------------------------------------

    def _acquire(self, scope: str) -> dict[str, Any]:
        import msal
        import requests

        s = self.settings
        where = s.authority
        try:
            if self._app is None:
                self._app = msal.ConfidentialClientApplication(
                    s.client_id,
                    client_credential=s.client_secret,
                    authority=s.authority,
                    http_client=self.http_client,
                    # Only Microsoft's own hosts are known to msal; a configured authority is
                    # trusted as written (a sovereign cloud, a test stand-in).
                    instance_discovery=False,
                    timeout=30,
                )
            # acquire_token_for_client also answers from msal's own cache while the token is fresh.
            result = self._app.acquire_token_for_client(scopes=[scope])
        except requests.exceptions.SSLError as exc:
            raise OperatorError(
                f"TLS with the OAuth2 authority {where} failed ({_reason(exc)}); check [oauth2] authority."
            ) from None
        except requests.exceptions.RequestException as exc:
            raise TransientError(
                f"The OAuth2 token endpoint at {where} cannot be reached ({_reason(exc)}); mailbot retries later."
            ) from None
        except ValueError as exc:
            # msal: a malformed authority URL, or OIDC discovery answered 4xx (an unknown tenant).
            text = str(exc)
            if "authority configuration" in text or "OIDC Discovery failed" in text:
                raise OperatorError(
                    f"The OAuth2 authority {where} does not know the tenant {s.tenant_id!r}; check [oauth2] tenant_id (the Directory (tenant) ID in Entra)."
                ) from None
            if "Expecting value" in text or "JSON" in text:  # a 5xx page that is not JSON
                raise TransientError(f"The OAuth2 token endpoint at {where} gave an unreadable answer; mailbot retries later.") from None
            raise OperatorError(f"[oauth2] authority {where!r} is not usable: {text.splitlines()[0][:200]}.") from None
        if not isinstance(result, dict):
            raise TransientError(f"The OAuth2 token endpoint at {where} gave no answer; mailbot retries later.")
        if result.get("access_token"):
            return result
        code = str(result.get("error") or "unknown_error")
        detail = _first_line(str(result.get("error_description") or ""))
        if code in _OPERATOR_ERRORS:
            raise OperatorError(
                f"The OAuth2 token request for client {s.client_id} in tenant {s.tenant_id} was refused "
                f"({code}: {detail}); check [oauth2] tenant_id, client_id and the secret in the "
                f"environment variable {s.client_secret_env}."
            )
        raise TransientError(f"The OAuth2 token endpoint at {where} failed ({code}: {detail}); mailbot retries later.")


def _first_line(text: str) -> str:
    """Entra's error_description is several sentences and lines (advice, trace and correlation
    ids): keep the first sentence, which holds the AADSTS code and what is wrong."""
    line = text.strip().splitlines()[0] if text.strip() else "no description"
    return line.split(". ", 1)[0].rstrip(".")[:300]


def _reason(exc: BaseException) -> str:
    """A short reason from a requests exception (its str() nests urllib3 reprs)."""
    text = str(exc)
    for marker in ("Connection refused", "timed out", "Name or service not known",
                   "certificate verify failed", "Max retries exceeded"):
        if marker in text:
            return marker
    return type(exc).__name__


@functools.lru_cache(maxsize=8)
def provider_for(settings: OAuth2Settings) -> TokenProvider:
    """The process's one provider for an [oauth2] section, so that IMAP, SMTP and every
    reconnect share one cached token (settings are frozen, so equal sections share)."""
    return TokenProvider(settings)
