"""OAuth2 (Microsoft 365 client credentials) against real loopback servers.

A :class:`FakeEntra` plays two parts on 127.0.0.1: the Entra token endpoint with its OpenID
discovery document (HTTPS, as msal insists, with a self-signed certificate), and the token
introspection endpoint that Dovecot's ``oauth2`` passdb asks whether a token is good. msal,
imapclient, Dovecot and smtplib all do their real work; only Microsoft is replaced.
"""
from __future__ import annotations

import json
import secrets
import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

import pytest
import requests

from apphelpers import EMAILS, MAILBOX, parse, write_config
from mailbot.ops.cli import main
from mailbot.config import OAuth2Settings, Secret, load_settings
from mailbot.errors import OperatorError, TransientError
from mailbot.ops.localservers import free_port
from mailbot.mail.mailbox import Mailbox
from mailbot.mail.oauth import IMAP_SCOPE, TokenProvider, provider_for
from mailservers import DovecotServer, SmtpSink, _scratch_dir, make_self_signed_cert

TENANT = "11111111-2222-3333-4444-555555555555"
CLIENT_ID = "66666666-7777-8888-9999-000000000000"
SECRET = "s3cr3t~not-for-logs"


class FakeEntra:
    """Entra's token endpoint (HTTPS) and an RFC 7662 introspection endpoint (HTTP) on loopback.

    ``token_requests`` counts successful client-credentials grants; ``introspection_fails``
    makes introspection answer 500 (Dovecot then says [UNAVAILABLE]); ``revoke()`` makes every
    token issued so far inactive.
    """

    def __init__(self, user: str = MAILBOX) -> None:
        self.user = user
        self.tokens: dict[str, str] = {}  # token -> username
        self.token_requests = 0
        self.introspection_fails = False
        self.dir = _scratch_dir("entra-")
        cert, key = make_self_signed_cert(self.dir)
        self.cafile = str(cert)
        self._https = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(cert, key)
        self._https.socket = context.wrap_socket(self._https.socket, server_side=True)
        self._http = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.authority = f"https://127.0.0.1:{self._https.server_address[1]}/{TENANT}"
        self.introspection_url = f"http://127.0.0.1:{self._http.server_address[1]}/introspect"
        for server in (self._https, self._http):
            threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()

    def stop(self) -> None:
        for server in (self._https, self._http):
            server.shutdown()
            server.server_close()

    def revoke(self) -> None:
        self.tokens.clear()

    def session(self) -> requests.Session:
        """An http_client for msal that trusts this server (and ignores REQUESTS_CA_BUNDLE)."""
        s = requests.Session()
        s.trust_env = False
        s.verify = self.cafile
        return s

    def settings(self, secret: str = SECRET) -> OAuth2Settings:
        return OAuth2Settings(tenant_id=TENANT, client_id=CLIENT_ID, client_secret_env="X", authority=self.authority,
                              client_secret_source=Secret("X", "X is not set", {"X": secret}))

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        entra = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def _json(self, status: int, body: dict[str, object]) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                base = f"https://127.0.0.1:{entra._https.server_address[1]}/{TENANT}"
                if self.path.startswith(f"/{TENANT}/v2.0/.well-known/openid-configuration"):
                    return self._json(200, {
                        "issuer": f"{base}/v2.0",
                        "authorization_endpoint": f"{base}/oauth2/v2.0/authorize",
                        "token_endpoint": f"{base}/oauth2/v2.0/token",
                    })
                self._json(400, {"error": "invalid_tenant", "error_description": "AADSTS90002: Tenant not found."})

            def do_POST(self) -> None:
                form = {k: v[0] for k, v in parse_qs(self.rfile.read(int(self.headers["Content-Length"] or 0)).decode()).items()}
                if self.path == "/introspect":
                    if entra.introspection_fails:
                        return self._json(500, {"error": "server_error"})
                    user = entra.tokens.get(form.get("token", ""))
                    return self._json(200, {"active": True, "username": user} if user else {"active": False})
                if self.path != f"/{TENANT}/oauth2/v2.0/token":
                    return self._json(404, {"error": "not_found"})
                if form.get("client_id") != CLIENT_ID or form.get("client_secret") != SECRET:
                    return self._json(401, {
                        "error": "invalid_client",
                        "error_description": "AADSTS7000215: Invalid client secret provided. Ensure the secret "
                                             "being sent in the request is the client secret value.\r\nTrace ID: x",
                        "error_codes": [7000215],
                    })
                if form.get("grant_type") != "client_credentials" or form.get("scope") != IMAP_SCOPE:
                    return self._json(400, {"error": "invalid_scope", "error_description": "AADSTS70011: bad scope"})
                token = secrets.token_urlsafe(24)
                entra.tokens[token] = entra.user
                entra.token_requests += 1
                self._json(200, {"token_type": "Bearer", "expires_in": 3599, "ext_expires_in": 3599,
                                 "access_token": token})

        return Handler


@pytest.fixture
def entra() -> Iterator[FakeEntra]:
    server = FakeEntra()
    provider_for.cache_clear()
    try:
        yield server
    finally:
        provider_for.cache_clear()
        server.stop()


@pytest.fixture
def oauth_dovecot(entra: FakeEntra) -> Iterator[DovecotServer]:
    server = DovecotServer(oauth2_introspection_url=entra.introspection_url)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def oauth_sink(entra: FakeEntra) -> Iterator[SmtpSink]:
    sink = SmtpSink(xoauth2=lambda user, token: entra.tokens.get(token) == user)
    sink.start()
    try:
        yield sink
    finally:
        sink.close()


def _imap_settings(dovecot: DovecotServer, entra: FakeEntra, secret: str = SECRET):  # type: ignore[no-untyped-def]
    from mailbot.config import ImapSettings

    return ImapSettings(host="127.0.0.1", port=dovecot.port, security="none", username=dovecot.user,
                        timeout_seconds=10, auth="oauth2", oauth2=entra.settings(secret))


OAUTH_CONFIG = """
[oauth2]
tenant_id = "{tenant}"
client_id = "{client}"
client_secret_env = "MAILBOT_TEST_CLIENT_SECRET"
authority = "{authority}"
"""


def _oauth_config(folder: Path, dovecot: DovecotServer, sink: SmtpSink, authority: str) -> Path:
    """write_config's file with [imap] and [smtp] switched to OAuth2 (no passwords at all)."""
    path = write_config(folder, dovecot, sink)
    text = path.read_text()
    text = text.replace('password_env = "MAILBOT_TEST_IMAP_PASSWORD"\n', 'auth = "oauth2"\n')
    text = text.replace("[smtp]\n", '[smtp]\nauth = "oauth2"\n')
    path.write_text(text + OAUTH_CONFIG.format(tenant=TENANT, client=CLIENT_ID, authority=authority))
    return path


# -- the token provider ------------------------------------------------------------------------


def test_a_token_is_fetched_once_and_reused_until_shortly_before_it_expires(entra):
    now = [1000.0]
    tokens = TokenProvider(entra.settings(), http_client=entra.session(), clock=lambda: now[0])
    first = tokens.token()
    now[0] += 3000  # 10 minutes left: still good
    assert tokens.token() == first
    now[0] += 400  # under the 5-minute margin: renewed (msal's own cache would still hand it out)
    tokens._app.token_cache = type(tokens._app.token_cache)()
    assert tokens.token() != first
    assert entra.token_requests == 2


def test_a_wrong_client_secret_is_an_operator_error_naming_the_code_but_not_the_secret(entra):
    tokens = TokenProvider(entra.settings("wrong-secret-value"), http_client=entra.session())
    with pytest.raises(OperatorError) as err:
        tokens.token()
    text = str(err.value)
    assert "invalid_client" in text and "AADSTS7000215" in text and "client_secret_env" not in text
    assert "wrong-secret-value" not in text and "Trace ID" not in text
    assert text.count(". ") == 0 and text.endswith(".")


def test_an_unknown_tenant_is_an_operator_error(entra):
    settings = entra.settings()
    settings = OAuth2Settings(**{**settings.__dict__, "authority": entra.authority.replace(TENANT, "nope")})
    with pytest.raises(OperatorError, match="tenant_id"):
        TokenProvider(settings, http_client=entra.session()).token()


def test_an_unreachable_token_endpoint_is_temporary(entra):
    settings = OAuth2Settings(**{**entra.settings().__dict__, "authority": f"https://127.0.0.1:{free_port()}/{TENANT}"})
    with pytest.raises(TransientError, match="cannot be reached"):
        TokenProvider(settings, http_client=entra.session()).token()


# -- IMAP: a real XOAUTH2 login to Dovecot -----------------------------------------------------


def test_mailbox_logs_in_to_dovecot_with_xoauth2_and_a_token_from_msal(entra, oauth_dovecot):
    tokens = TokenProvider(entra.settings(), http_client=entra.session())
    oauth_dovecot.append(b"Subject: hi\r\n\r\nhello\r\n")
    for _ in range(2):
        with Mailbox(_imap_settings(oauth_dovecot, entra), tokens=tokens) as mb:
            mb.select_inbox()
            assert len(mb.list_uids()) == 1
    assert entra.token_requests == 1  # the second login reused the cached token


def test_a_rejected_token_is_an_operator_error_and_is_not_offered_again(entra, oauth_dovecot):
    tokens = TokenProvider(entra.settings(), http_client=entra.session())
    with Mailbox(_imap_settings(oauth_dovecot, entra), tokens=tokens):
        pass
    entra.revoke()
    with pytest.raises(OperatorError, match="refused the OAuth2 token.*IMAP.AccessAsApp"):
        Mailbox(_imap_settings(oauth_dovecot, entra), tokens=tokens).connect()
    with Mailbox(_imap_settings(oauth_dovecot, entra), tokens=tokens):
        pass
    assert entra.token_requests == 2


def test_a_failed_token_check_on_the_server_is_temporary(entra, oauth_dovecot):
    entra.introspection_fails = True
    tokens = TokenProvider(entra.settings(), http_client=entra.session())
    with pytest.raises(TransientError, match="could not check the OAuth2 token"):
        Mailbox(_imap_settings(oauth_dovecot, entra), tokens=tokens).connect()


# -- the whole service -------------------------------------------------------------------------


def test_poll_once_with_oauth2_acknowledges_a_form_through_xoauth2_smtp(tmp_path, monkeypatch, entra, oauth_dovecot,
                                                                       oauth_sink, capsys):
    # The production path: msal's own requests session, which trusts REQUESTS_CA_BUNDLE.
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", entra.cafile)
    monkeypatch.setenv("MAILBOT_TEST_CLIENT_SECRET", SECRET)
    cfg = _oauth_config(tmp_path, oauth_dovecot, oauth_sink, entra.authority)
    assert load_settings(cfg).imap.password == ""
    oauth_dovecot.append((EMAILS / "02-gmail-fillable-pdf.eml").read_bytes())
    assert main(["--config", str(cfg), "poll", "--once"]) == 0, capsys.readouterr().err
    sent = oauth_sink.wait_for(2)  # the acknowledgement and the note to CE staff
    sender = parse((EMAILS / "02-gmail-fillable-pdf.eml").read_bytes())["From"].addresses[0].addr_spec.lower()
    [ack] = [m for m in sent if m.rcpt_tos == [sender]]
    assert "MC-" in ack.message["Subject"] or "received" in ack.message["Subject"].lower()
    assert {m.authenticated_as for m in sent} == {MAILBOX}
    assert ack.mail_from == MAILBOX
    assert oauth_dovecot.uids("INBOX") == []
    assert entra.token_requests == 1  # IMAP and SMTP share one token


def test_poll_with_a_wrong_client_secret_exits_2_with_one_clear_sentence(tmp_path, monkeypatch, entra, oauth_dovecot,
                                                                       oauth_sink, capsys):
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", entra.cafile)
    monkeypatch.setenv("MAILBOT_TEST_CLIENT_SECRET", "an-old-expired-secret")
    cfg = _oauth_config(tmp_path, oauth_dovecot, oauth_sink, entra.authority)
    oauth_dovecot.append((EMAILS / "02-gmail-fillable-pdf.eml").read_bytes())
    assert main(["--config", str(cfg), "poll", "--once"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0, err
    assert "invalid_client" in err and "MAILBOT_TEST_CLIENT_SECRET" in err
    assert "an-old-expired-secret" not in err
    assert oauth_sink.messages == []


def test_poll_with_an_unreachable_token_endpoint_is_reported_as_temporary(tmp_path, monkeypatch, entra, oauth_dovecot,
                                                                         oauth_sink, capsys):
    monkeypatch.setenv("MAILBOT_TEST_CLIENT_SECRET", SECRET)
    cfg = _oauth_config(tmp_path, oauth_dovecot, oauth_sink, f"https://127.0.0.1:{free_port()}/{TENANT}")
    assert main(["--config", str(cfg), "poll", "--once"]) == 75
    err = capsys.readouterr().err
    assert "temporary" in err and "cannot be reached" in err


# -- configuration -----------------------------------------------------------------------------


def test_oauth2_without_an_oauth2_section_is_one_sentence(tmp_path, dovecot, smtp_sink):
    from mailbot.errors import ConfigError

    cfg = write_config(tmp_path, dovecot, smtp_sink)
    cfg.write_text(cfg.read_text().replace('password_env = "MAILBOT_TEST_IMAP_PASSWORD"\n', 'auth = "oauth2"\n'))
    with pytest.raises(ConfigError, match=r'^\[imap\] auth = "oauth2" needs an \[oauth2\] section'):
        load_settings(cfg)


def test_the_default_authority_is_microsoft_login_for_the_tenant(tmp_path, dovecot, smtp_sink, monkeypatch):
    monkeypatch.setenv("MAILBOT_TEST_CLIENT_SECRET", SECRET)
    cfg = _oauth_config(tmp_path, dovecot, smtp_sink, "x")
    cfg.write_text(cfg.read_text().replace('authority = "x"\n', ""))
    s = load_settings(cfg)
    assert s.imap.oauth2 is not None and s.imap.oauth2 == s.smtp.oauth2
    assert s.imap.oauth2.authority == f"https://login.microsoftonline.com/{TENANT}"
    assert s.imap.oauth2.scope == "https://outlook.office365.com/.default"
    assert s.smtp.username == MAILBOX
    assert SECRET not in repr(s)
