"""The test servers (tests/mailservers.py) and the embedded demo servers behave as documented."""
from __future__ import annotations

import datetime as dt
import select
import smtplib
import ssl
import time
from email.message import EmailMessage
from email.policy import SMTP

import pytest
from imapclient import IMAPClient

from mailbot.ops.localservers import LocalImap, LocalSmtp
from mailservers import DovecotServer, MailServerError, PostgresServer, SmtpSink


def make_raw(subject: str = "Concept form", body: str = "Hello") -> bytes:
    msg = EmailMessage()
    msg["From"] = "Ada Lovelace <ada@example.org>"
    msg["To"] = "ce@michener.example"
    msg["Subject"] = subject
    msg["Message-ID"] = f"<{subject.replace(' ', '.')}@example.org>"
    msg.set_content(body)
    return msg.as_bytes(policy=SMTP)  # CRLF line ends, as on the wire


# --- Dovecot --------------------------------------------------------------------------------


def test_appended_messages_come_back_byte_for_byte_in_uid_order(dovecot: DovecotServer) -> None:
    first, second = make_raw("one"), make_raw("two")
    when = dt.datetime(2024, 3, 1, 9, 30, tzinfo=dt.timezone.utc)

    uid1 = dovecot.append(first, internaldate=when)
    uid2 = dovecot.append(second, flags=[b"\\Seen"])

    assert uid2 > uid1
    assert dovecot.uids() == [uid1, uid2]
    assert [m for m in dovecot.messages()] == [first, second]
    assert b"\\Seen" in dovecot.flags()[uid2]
    with dovecot.client() as c:
        c.select_folder("INBOX", readonly=True)
        internal = c.fetch([uid1], ["INTERNALDATE"])[uid1][b"INTERNALDATE"]
    assert internal.astimezone(dt.timezone.utc) == when


def test_a_new_server_has_an_empty_inbox_and_special_use_folders(dovecot: DovecotServer) -> None:
    assert dovecot.uids() == []
    assert dovecot.folders() == ["Drafts", "INBOX", "Junk", "Sent", "Trash"]
    with dovecot.client() as c:
        assert b"SPECIAL-USE" in c.capabilities()
        assert b"IDLE" in c.capabilities()
        assert c.find_special_folder(b"\\Sent") == "Sent"


def test_folders_can_be_nested_created_and_deleted(dovecot: DovecotServer) -> None:
    dovecot.create_folder("Processed/2024")
    dovecot.append(make_raw(), folder="Processed/2024")
    assert {"Processed", "Processed/2024"} <= set(dovecot.folders())
    assert len(dovecot.messages("Processed/2024")) == 1

    dovecot.delete_folder("Processed/2024")
    assert "Processed/2024" not in dovecot.folders()


def test_recreating_a_folder_empties_it_and_changes_uidvalidity(dovecot: DovecotServer) -> None:
    dovecot.create_folder("Processed")
    dovecot.append(make_raw(), folder="Processed")
    before = dovecot.uidvalidity("Processed")

    after = dovecot.recreate_folder("Processed")

    assert after != before
    assert dovecot.uidvalidity("Processed") == after
    assert dovecot.uids("Processed") == []


def test_recreating_inbox_empties_it_changes_uidvalidity_and_keeps_folders(
    dovecot: DovecotServer,
) -> None:
    dovecot.create_folder("Keep")
    dovecot.append(make_raw(), folder="Keep")
    dovecot.append(make_raw())
    before = dovecot.uidvalidity("INBOX")

    after = dovecot.recreate_folder("INBOX")

    assert after > before
    assert dovecot.uids("INBOX") == []
    assert len(dovecot.uids("Keep")) == 1
    assert dovecot.append(make_raw()) == 1


def test_mail_and_uidvalidity_survive_a_restart_on_the_same_port(dovecot: DovecotServer) -> None:
    uid = dovecot.append(make_raw())
    port, validity = dovecot.port, dovecot.uidvalidity()

    dovecot.restart()

    assert dovecot.port == port
    assert dovecot.uids() == [uid]
    assert dovecot.uidvalidity() == validity


def test_stopped_dovecot_refuses_connections(dovecot: DovecotServer) -> None:
    host, port = dovecot.host, dovecot.port
    dovecot.stop(keep=True)
    with pytest.raises(ConnectionRefusedError):
        IMAPClient(host, port=port, ssl=False, timeout=2)


def test_wrong_password_is_rejected(dovecot: DovecotServer) -> None:
    c = IMAPClient(dovecot.host, port=dovecot.port, ssl=False, timeout=5)
    with pytest.raises(Exception, match="(?i)authentication failed"):
        c.login(dovecot.user, "wrong")
    c.shutdown()


def test_extra_users_have_separate_mailboxes() -> None:
    staff = "staff@michener.example"
    with DovecotServer(extra_users={staff: "staff-pw"}) as server:
        server.append(make_raw("for staff"), user=staff)
        assert server.uids() == []
        assert len(server.messages(user=staff)) == 1


def test_idle_reports_an_appended_message_within_two_seconds(dovecot: DovecotServer) -> None:
    with dovecot.client() as c:
        c.select_folder("INBOX")
        c.idle()
        started = time.monotonic()
        dovecot.append(make_raw("new"))
        # Not idle_check(): it fails when a response is split across TCP segments (see
        # MAIL-SERVERS.md). Wait on the socket, then collect the responses with idle_done().
        readable, _, _ = select.select([c.socket()], [], [], 2.0)
        elapsed = time.monotonic() - started
        responses = c.idle_done()[1]
    assert readable, "no IDLE notification within 2 s"
    assert elapsed < 2.0
    assert (1, b"EXISTS") in responses


def test_missing_dovecot_binary_raises_a_clear_error() -> None:
    server = DovecotServer(binary="/nonexistent/dovecot")
    with pytest.raises(MailServerError, match=r"run \.ci/run.*dovecot-imapd"):
        server.start()


# --- SMTP sink ------------------------------------------------------------------------------


def test_sink_records_a_message_sent_with_smtplib(smtp_sink: SmtpSink) -> None:
    raw = make_raw("ack", "Thank you")
    with smtplib.SMTP(smtp_sink.host, smtp_sink.port, timeout=5) as client:
        client.sendmail("ce@michener.example", ["ada@example.org", "bob@example.org"], raw)

    [got] = smtp_sink.wait_for(1)
    assert got.mail_from == "ce@michener.example"
    assert got.rcpt_tos == ["ada@example.org", "bob@example.org"]
    assert got.data == raw
    assert got.message["Subject"] == "ack"
    assert got.message.get_content().strip() == "Thank you"

    smtp_sink.clear()
    assert smtp_sink.messages == []


def test_wait_for_times_out_with_the_count_so_far(smtp_sink: SmtpSink) -> None:
    with pytest.raises(TimeoutError, match="0 of 1"):
        smtp_sink.wait_for(1, timeout=0.1)


@pytest.mark.parametrize("stage", ["MAIL", "RCPT", "DATA"])
def test_refuse_next_answers_4xx_then_accepts_again(smtp_sink: SmtpSink, stage: str) -> None:
    smtp_sink.refuse_next(1, at=stage)  # type: ignore[arg-type]
    with smtplib.SMTP(smtp_sink.host, smtp_sink.port, timeout=5) as client:
        # smtplib reports a refused RCPT as SMTPRecipientsRefused, the others by their code.
        with pytest.raises((smtplib.SMTPResponseException, smtplib.SMTPRecipientsRefused)) as e:
            client.sendmail("ce@michener.example", ["ada@example.org"], make_raw())
        if isinstance(e.value, smtplib.SMTPRecipientsRefused):
            assert e.value.recipients["ada@example.org"][0] == 451
        else:
            assert e.value.smtp_code == 451
        client.rset()
        client.sendmail("ce@michener.example", ["ada@example.org"], make_raw())
    assert len(smtp_sink.wait_for(1)) == 1


def test_refuse_next_can_give_a_permanent_error(smtp_sink: SmtpSink) -> None:
    smtp_sink.refuse_next(2, code=550, text="5.1.1 No such user")
    for _ in range(2):
        with smtplib.SMTP(smtp_sink.host, smtp_sink.port, timeout=5) as client:
            with pytest.raises(smtplib.SMTPDataError) as refused:
                client.sendmail("ce@michener.example", ["nobody@example.org"], make_raw())
            assert refused.value.smtp_code == 550
    assert smtp_sink.messages == []


def test_hang_next_makes_a_client_time_out(smtp_sink: SmtpSink) -> None:
    smtp_sink.hang_next(1, seconds=5)
    client = smtplib.SMTP(smtp_sink.host, smtp_sink.port, timeout=0.5)
    started = time.monotonic()
    # smtplib turns the socket timeout into SMTPServerDisconnected.
    with pytest.raises((smtplib.SMTPServerDisconnected, TimeoutError)):
        client.sendmail("ce@michener.example", ["ada@example.org"], make_raw())
    assert time.monotonic() - started < 3


def test_stopped_sink_refuses_connections_and_restarts_on_the_same_port(
    smtp_sink: SmtpSink,
) -> None:
    port = smtp_sink.port
    smtp_sink.stop()
    with pytest.raises(ConnectionRefusedError):
        smtplib.SMTP(smtp_sink.host, port, timeout=2)

    smtp_sink.start()
    assert smtp_sink.port == port
    with smtplib.SMTP(smtp_sink.host, port, timeout=5) as client:
        client.sendmail("a@example.org", ["b@example.org"], make_raw())
    assert len(smtp_sink.wait_for(1)) == 1


def test_sink_with_auth_rejects_a_wrong_password_with_535() -> None:
    with SmtpSink(username="mailbot", password="pw") as sink:
        with smtplib.SMTP(sink.host, sink.port, timeout=5) as client:
            with pytest.raises(smtplib.SMTPAuthenticationError) as rejected:
                client.login("mailbot", "wrong")
            assert rejected.value.smtp_code == 535
            client.login("mailbot", "pw")
            client.sendmail("a@example.org", ["b@example.org"], make_raw())
        assert sink.wait_for(1)[0].authenticated_as == "mailbot"


def test_sink_with_auth_refuses_mail_from_an_unauthenticated_client() -> None:
    with SmtpSink(username="mailbot", password="pw") as sink:
        with smtplib.SMTP(sink.host, sink.port, timeout=5) as client:
            with pytest.raises(smtplib.SMTPSenderRefused) as refused:
                client.sendmail("a@example.org", ["b@example.org"], make_raw())
            assert refused.value.smtp_code == 530


@pytest.mark.parametrize("mode", ["starttls", "implicit"])
def test_sink_serves_tls_that_a_client_trusting_its_cafile_accepts(mode: str) -> None:
    with SmtpSink(username="mailbot", password="pw", tls=mode) as sink:  # type: ignore[arg-type]
        context = ssl.create_default_context(cafile=sink.cafile)
        if mode == "implicit":
            client = smtplib.SMTP_SSL(sink.host, sink.port, context=context, timeout=5)
        else:
            client = smtplib.SMTP(sink.host, sink.port, timeout=5)
            client.starttls(context=context)
        with client:
            client.login("mailbot", "pw")
            client.sendmail("a@example.org", ["b@example.org"], make_raw())
        assert len(sink.wait_for(1)) == 1


def test_a_client_that_does_not_trust_the_sink_certificate_fails() -> None:
    with SmtpSink(tls="implicit") as sink:
        with pytest.raises(ssl.SSLCertVerificationError):
            smtplib.SMTP_SSL(sink.host, sink.port, context=ssl.create_default_context(),
                             timeout=5)


# --- PostgreSQL -----------------------------------------------------------------------------


def test_postgres_accepts_connections_and_creates_databases(postgres: PostgresServer) -> None:
    import psycopg

    url = postgres.create_database("test_mailservers")
    assert url.startswith("postgresql+psycopg://mailbot@127.0.0.1:")
    assert url.endswith("/test_mailservers")
    with psycopg.connect(postgres.dsn) as conn:
        assert conn.execute("SELECT 1").fetchone() == (1,)


# --- embedded demo servers (mailbot/localservers.py) ----------------------------------------


def test_local_imap_starts_empty_and_round_trips_a_message() -> None:
    raw = make_raw("demo")
    with LocalImap(user="demo@mailbot.local", password="pw") as server:
        with IMAPClient(server.host, port=server.port, ssl=False, timeout=10) as c:
            c.login(server.user, server.password)
            assert c.select_folder("INBOX")[b"EXISTS"] == 0
            response = c.append("INBOX", raw)
            assert b"APPENDUID" in response
            c.select_folder("INBOX", readonly=True)
            uids = c.search("ALL")
            assert len(uids) == 1
            assert c.fetch(uids, ["BODY.PEEK[]"])[uids[0]][b"BODY[]"] == raw
        port = server.port
    with pytest.raises(ConnectionRefusedError):
        IMAPClient("127.0.0.1", port=port, ssl=False, timeout=2)


def test_local_smtp_keeps_messages_and_writes_eml_files(tmp_path) -> None:  # type: ignore[no-untyped-def]
    raw = make_raw("kept")
    with LocalSmtp(maildir=tmp_path / "outbox") as server:
        with smtplib.SMTP(server.host, server.port, timeout=5) as client:
            client.sendmail("a@example.org", ["b@example.org"], raw)
        deadline = time.monotonic() + 5
        while not server.messages and time.monotonic() < deadline:
            time.sleep(0.01)
        assert [m.message["Subject"] for m in server.messages] == ["kept"]
    files = sorted((tmp_path / "outbox").glob("*.eml"))
    assert [f.name for f in files] == ["0001.eml"]
    assert files[0].read_bytes() == raw
