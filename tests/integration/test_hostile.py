"""Every hostile message in ../shared/hostile through the real servers (Dovecot, SMTP sink, the
attachment sandbox): each behaves as its .expected.json says.

Each case: APPEND the message(s), poll once with the sandbox, flush, then poll twice more to prove
nothing is retried forever or sent twice. `must_not` strings are checked by the table below;
a must_not nobody checks fails the suite, so a new hostile file cannot slip through untested.
"""
from __future__ import annotations

import gzip
import json
import mailbox
import re
import resource
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from apphelpers import CE, HOSTILE, MAILBOX, body_text, write_config
from sqlmodel import Session, select

from mailbot.config import load_settings
from mailbot.store.db import open_database
from mailbot.store.models import Application, Document, Event, InboundMessage, InboundRaw
from mailbot.mail.outbox import flush
from mailbot.intake.poller import poll_once
from mailbot.intake.sandbox import Sandbox


PRIYA = "priya.shah@michener.example"
VICTIMS = {"victim@example.com", "victim2@example.com"}
FOLDERS = ("INBOX", "mailbot/Processed", "mailbot/Needs attention", "mailbot/Ignored")
BUDGET_S = 10.0
RSS_LIMIT_KB = 512 * 1024

MESSAGES = sorted(p.name for p in HOSTILE.iterdir()
                  if p.name.endswith((".eml", ".eml.gz", ".mbox")) and not p.name.endswith(".json"))


def _spec(name: str) -> dict[str, Any]:
    return json.loads((HOSTILE / f"{name}.expected.json").read_text())


def _raw_messages(name: str) -> list[bytes]:
    path = HOSTILE / name
    if name.endswith(".gz"):
        return [gzip.decompress(path.read_bytes())]
    if name.endswith(".mbox"):
        return [m.as_bytes() for m in mailbox.mbox(str(path))]
    return [path.read_bytes()]


def _sender_of(raw: bytes) -> str:
    m = re.search(rb"^From:.*?<?([\w.+-]+@[\w.-]+)>?\s*$", raw[:20000], re.MULTILINE | re.IGNORECASE)
    assert m, "every hostile message names a sender"
    return m.group(1).decode().lower()


@dataclass
class Run:
    name: str
    raws: list[bytes]
    cfg: Path
    engine: Any
    settings: Any
    dovecot: Any
    smtp: Any
    seconds: list[float] = field(default_factory=list)
    worker_peak_kb: int = 0
    seeded: str | None = None

    @property
    def sent(self) -> list[Any]:
        return list(self.smtp.messages)

    def rows(self, model: Any) -> list[Any]:
        with Session(self.engine) as s:
            return list(s.exec(select(model)).all())

    @property
    def staff(self) -> set[str]:
        return set(self.settings.staff.all_addresses())

    def outside(self) -> list[Any]:
        """Mail that left the institution (everything not addressed only to staff)."""
        return [m for m in self.sent if set(m.rcpt_tos) - self.staff]


def _poll(run: Run) -> None:
    with Sandbox() as sandbox:
        start = time.monotonic()
        poll_once(run.engine, run.settings, extract=sandbox.extract)
        flush(run.engine, run.settings)
        run.seconds.append(time.monotonic() - start)
        run.worker_peak_kb = max(run.worker_peak_kb, sandbox.stats.last_peak_rss_kb)


_REFERENCE = re.compile(rb"^Subject:.*?\b([A-Z]{2,5}-\d{4}-\d{4})\b", re.MULTILINE | re.IGNORECASE)


def _seed_decision_target(engine: Any, raw: bytes) -> str | None:
    """A spoofed decision's precondition (README: 'A11 assumes application CE-2026-0042 exists'):
    the application its subject names exists, at CE assessment. Returns the reference."""
    m = _REFERENCE.search(raw[:20000])
    if not m:
        return None
    ref = m.group(1).decode().upper()
    with Session(engine) as s:
        s.add(Application(reference=ref, stage="ce_assessment", applicant_email="r.okoye@example.org",
                          applicant_name="R. Okoye", title="A proposal under assessment",
                          thread_message_id=f"<{ref.lower()}-original@example.org>"))
        s.commit()
    return ref


@pytest.fixture
def run_case(tmp_path: Path, dovecot, smtp_sink):  # type: ignore[no-untyped-def]
    def go(name: str) -> Run:
        raws = _raw_messages(name)
        family = _spec(name)["family"]
        # A spoofed decision comes From a real staff address (README: priya.shah is CE staff).
        staff = [CE, PRIYA] + ([_sender_of(raws[0])] if family == "spoofed-decision" else [])
        cfg = write_config(tmp_path, dovecot, smtp_sink, staff_ce=sorted(set(staff)))
        # The hostile set uses CE-YYYY-NNNN references (A11, A12).
        cfg.write_text(cfg.read_text().replace('[intake]\n', '[intake]\nreference_prefix = "CE"\n', 1))
        settings = load_settings(cfg)
        engine = open_database(settings.database_url)
        run = Run(name, raws, cfg, engine, settings, dovecot, smtp_sink)
        if family == "spoofed-decision":
            run.seeded = _seed_decision_target(engine, raws[0])
        for raw in run.raws:  # .mbox: in arrival order, one poll each (as they would arrive)
            dovecot.append(raw)
            _poll(run)
        before = len(run.sent)
        _poll(run)
        _poll(run)
        assert len(run.sent) == before, f"{name}: a later poll sent more mail (retried or looped)"
        return run

    return go


# ---- the must_not table: one checker per reused string -----------------------------------------

def _no_crash(run: Run) -> None:
    # poll_once returned (a crash would have raised); every message reached a terminal folder.
    assert run.dovecot.messages("INBOX") == [], "the poll loop stopped before filing every message"
    for row in run.rows(InboundMessage):
        assert row.state == "filed", f"inbound {row.id} left in state {row.state}"


def _no_hang(run: Run) -> None:
    assert max(run.seconds) < BUDGET_S, f"a poll took {max(run.seconds):.1f} s"


def _rss(run: Run) -> None:
    assert run.worker_peak_kb < RSS_LIMIT_KB, f"sandbox worker peak RSS {run.worker_peak_kb} kB"
    # The poller itself: the pytest process's lifetime peak, a loose upper bound.
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss < 2 * RSS_LIMIT_KB


def _not_lost(run: Run) -> None:
    stored = {r.content_hash: r for r in run.rows(InboundMessage)}
    filed = [m for f in FOLDERS[1:] for m in run.dovecot.messages(f)]
    for raw in run.raws:
        # Either the database holds the raw bytes, or (too large to download) the IMAP folder does.
        in_db = any(r.raw == raw for r in run.rows(InboundRaw))
        assert in_db or raw in filed, f"{run.name}: the raw message is neither stored nor in a folder"
        assert raw in filed, f"{run.name}: the message is not in any mailbot folder"


def _no_retry_forever(run: Run) -> None:
    for row in run.rows(InboundMessage):
        assert row.attempts <= run.settings.intake.max_attempts


def _one_reply(run: Run) -> None:
    for raw in run.raws:
        sender = _sender_of(raw)
        if sender in run.staff:
            continue
        to_sender = [m for m in run.sent if sender in m.rcpt_tos]
        assert len(to_sender) <= 1, f"{run.name}: {len(to_sender)} replies to {sender}"


def _no_junk(run: Run) -> None:
    passwd = Path("/etc/passwd").read_text().splitlines()[0]
    for m in run.sent:
        text = m.data.decode("utf-8", errors="replace")
        assert "Traceback" not in text and passwd not in text and "lollollol" not in text
        assert "File \"/" not in text


def _no_passwd_read(run: Run) -> None:
    passwd = Path("/etc/passwd").read_text().splitlines()[0].encode()
    for row in run.rows(Document):
        assert passwd not in json.dumps(row.parse_result).encode()
    for row in run.rows(Application):
        assert passwd not in json.dumps(row.fields).encode()
    _no_junk(run)


def _no_network(run: Run) -> None:
    # The DTD is refused before any parser runs (the sandbox answer is 'expands_too_much'), so no
    # entity, file or URL was ever resolved.
    codes = {r.parse_result.get("error") for r in run.rows(Document)}
    assert codes & {"expands_too_much", "damaged"}, codes


def _no_truncated_field(run: Run) -> None:
    for app in run.rows(Application):
        assert app.fields == {} or app.needs_manual_review, "a partly read form is never stored as complete"


def _no_victims(run: Run) -> None:
    for m in run.sent:
        assert not set(m.rcpt_tos) & VICTIMS, m.rcpt_tos
        for h in ("To", "Cc", "Bcc"):
            assert not any(v in str(m.message.get(h, "")) for v in VICTIMS)


def _no_injected_header(run: Run) -> None:
    for m in run.sent:
        head = m.data.split(b"\r\n\r\n", 1)[0].lower()
        assert b"\nx-injected" not in head and not head.startswith(b"x-injected") and b"\nbcc:" not in head


def _no_path_from_name(run: Run) -> None:
    for d in run.rows(Document):
        assert re.fullmatch(r"\d{8}-\d{2}-[0-9a-f]{16}\.[a-z0-9]{1,5}", d.storage_name), d.storage_name
        assert "\n" not in d.filename and "\r" not in d.filename


def _single_line_logs(run: Run, caplog: pytest.LogCaptureFixture) -> None:
    for rec in caplog.records:
        assert "\n" not in rec.getMessage(), rec.getMessage()[:200]


def _no_stage_change(run: Run) -> None:
    for app in run.rows(Application):
        assert app.stage == "ce_assessment", (app.reference, app.stage)
    for ev in run.rows(Event):
        assert not (ev.stage_from and ev.stage_to), f"stage change event {ev.kind}"


def _no_decision_confirmation(run: Run) -> None:
    for m in run.sent:
        assert m.message["X-Mailbot"] not in ("decision", "stage_change", "applicant_update"), m.message["X-Mailbot"]


def _no_return_path_reply(run: Run) -> None:
    for raw in run.raws:
        rp = re.search(rb"^Return-Path:\s*<([^>]*)>", raw, re.MULTILINE | re.IGNORECASE)
        if rp and rp.group(1):
            addr = rp.group(1).decode().lower()
            if addr != _sender_of(raw):
                assert not any(addr in m.rcpt_tos for m in run.sent), addr


def _no_applicant_notice(run: Run) -> None:
    applicants = {a.applicant_email for a in run.rows(Application)}
    assert not any(set(m.rcpt_tos) & applicants for m in run.sent)


def _a12_nothing_for_2_to_7(run: Run) -> None:
    outside = run.outside()
    assert len(outside) == 1 and outside[0].message["X-Mailbot"] == "acknowledgement"
    assert outside[0].message["In-Reply-To"] == "<a12-submission@example.org>"


def _a12_one_mail_in_total(run: Run) -> None:
    # One mail to the world; the internal new-application notice to CE staff is not an answer.
    assert len(run.outside()) == 1
    assert all(set(m.rcpt_tos) <= run.staff for m in run.sent if m not in run.outside())


def _a12_no_new_application(run: Run) -> None:
    assert len(run.rows(Application)) == 1


def _no_template_evaluated(run: Run) -> None:
    ack = _the_ack(run)
    text = body_text(ack.message)
    assert "{{ 7*7 }}" in text or "{{ 7*7 }}" in ack.message["Subject"], "the title is shown as typed"
    assert "49 Ultrasound" not in text


def _escaped_html(run: Run) -> None:
    for m in run.sent:
        html = m.message.get_body(preferencelist=("html",))
        if html is not None:
            content = html.get_content()
            assert "<script>" not in content and "<img" not in content.lower().replace("<img src=\"cid:", "")


def _header_one_line(run: Run) -> None:
    for m in run.sent:
        for k, v in m.message.items():
            assert "\n" not in str(v) and "\r" not in str(v), k
        assert len(str(m.message["Subject"])) <= 300


def _no_formula_cells(run: Run) -> None:
    import csv
    import io

    from mailbot.ops.status import export_csv

    cells = [c for row in csv.reader(io.StringIO(export_csv(run.engine))) for c in row]
    assert cells, "the export is empty"
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")], "a formula cell in the export"


def _keeps_readable_form(run: Run) -> None:
    apps = run.rows(Application)
    assert len(apps) == 1 and apps[0].fields, "the readable form's fields were extracted"


def _no_oversize_parse(run: Run) -> None:
    for d in run.rows(Document):
        assert d.size <= 20 * 1024 * 1024 or d.parse_result.get("error") == "too_large"


def _whole_message_once(run: Run) -> None:
    # Too large to download: only the header block is fetched and stored.
    for row in run.rows(InboundRaw):
        assert row.raw is not None and len(row.raw) < 1024 * 1024


MUST_NOT: dict[str, Any] = {
    "crash (unhandled exception, worker exit or poll loop stops)": _no_crash,
    "hang > 10 s on this input": _no_hang,
    "use > 512 MB RSS for this input": _rss,
    "lose the message (raw message must stay retrievable by staff)": _not_lost,
    "retry the same message forever (crash loop / poison message)": _no_retry_forever,
    "send more than one reply for this message": _one_reply,
    "put raw extracted junk, server file contents or stack traces into any outgoing e-mail": _no_junk,
    "read /etc/passwd or any local file": _no_passwd_read,
    "open a network connection": _no_network,
    "expand the entity chain": _no_junk,
    "store a silently truncated field as if complete": _no_truncated_field,
    "send to victim@example.com or victim2@example.com": _no_victims,
    "send to victim@example.com": _no_victims,
    "emit an X-Injected header": _no_injected_header,
    "write a file outside the attachment store or use the sender's file name as a path": _no_path_from_name,
    "write a log record that spans several lines from header data": _single_line_logs,
    "change any application's stage": _no_stage_change,
    "send a decision confirmation to anyone": _no_decision_confirmation,
    "reply to the Return-Path address": _no_return_path_reply,
    "notify the applicant": _no_applicant_notice,
    "send any e-mail in response to messages 2-7": _a12_nothing_for_2_to_7,
    "send more than one e-mail in total": _a12_one_mail_in_total,
    "create a new application from this message (for messages 2-7)": _a12_no_new_application,
    "evaluate any template syntax found in form data": _no_template_evaluated,
    "emit unescaped HTML from form data in an HTML part": _escaped_html,
    "put a CR or LF from form data into any header": _header_one_line,
    "write a formula cell (leading = + - @) into a spreadsheet export": _no_formula_cells,
    "drop the readable form because another part is broken": _keeps_readable_form,
    "parse an attachment above the configured size limit": _no_oversize_parse,
    "hold the whole message in memory more than once": _whole_message_once,
    "attempt more than the empty password": lambda run: None,  # file-level only (test_sandbox)
}


def test_every_must_not_string_has_a_checker() -> None:
    used = {m for name in MESSAGES for m in _spec(name)["must_not"]}
    assert used <= set(MUST_NOT), sorted(used - set(MUST_NOT))


def _the_ack(run: Run) -> Any:
    acks = [m for m in run.sent if m.message["X-Mailbot"] == "acknowledgement"]
    assert len(acks) == 1, f"{run.name}: {len(acks)} acknowledgements"
    return acks[0]


# ---- expected_behaviour, per case --------------------------------------------------------------

UNREADABLE_WORDS = {
    "A01": "expands", "A02": "expands", "A03": "damaged", "A06": "password-protected", "A07": "damaged",
}


UNREADABLE_BY_FAMILY = {
    "docx-zip-bomb": "expands", "docx-xxe-entity-expansion": "expands", "docx-truncated": "damaged",
    "pdf-encrypted": "password-protected", "pdf-not-a-pdf": "damaged",
}


def _expect(run: Run) -> None:
    """expected_behaviour, by family (the held-back set reuses the families with other files).
    A family not listed here is checked by its must_not list alone."""
    family = _spec(run.name)["family"]
    sender = _sender_of(run.raws[0])
    if family in UNREADABLE_BY_FAMILY:
        ack = _the_ack(run)
        assert ack.rcpt_tos == [sender]
        text = " ".join(body_text(ack.message).split())
        assert UNREADABLE_BY_FAMILY[family] in text, f"{run.name}: the acknowledgement does not say why: {text[:600]}"
        apps = run.rows(Application)
        assert len(apps) == 1 and apps[0].needs_manual_review
        assert len(run.rows(InboundMessage)) == 1, "recorded once"
        assert any(d.data for d in run.rows(Document)), "the attachment is stored for staff"
    elif family in ("pdf-reference-loops", "pdf-decompression-bomb"):
        ack = _the_ack(run)
        assert ack.rcpt_tos == [sender] and len(run.rows(Application)) == 1
    elif family == "oversize-attachment":
        notices = run.outside()
        assert len(notices) == 1 and notices[0].rcpt_tos == [sender]
        assert "too large" in " ".join(body_text(notices[0].message).split())
        assert run.rows(InboundMessage)[0].kind == "too_large"
    elif family == "deep-multipart":
        outside = run.outside()
        assert len(outside) == 1 and outside[0].rcpt_tos == [sender]
        assert len(run.rows(InboundMessage)) == 1
    elif family == "header-injection":
        ack = _the_ack(run)
        assert ack.rcpt_tos == [sender] and "victim" not in sender
        assert len(str(ack.message["Subject"])) <= 250
    elif family == "spoofed-decision":
        assert run.seeded, "the forged decision names an application"
        app = next(a for a in run.rows(Application) if a.reference == run.seeded)
        assert app.stage == "ce_assessment"
        inbound = run.rows(InboundMessage)[0]
        assert inbound.target_folder == "attention", "the forgery is flagged for a person"
        alerts = [m for m in run.sent if m.message["X-Mailbot"] == "security_alert"]
        assert len(alerts) == 1 and set(alerts[0].rcpt_tos) <= run.staff
    elif family == "autoreply-loop":
        apps = run.rows(Application)
        assert len(apps) == 1 and apps[0].stage == "ce_assessment"
        for m in run.sent:
            assert m.message["Auto-Submitted"] and m.message["X-Auto-Response-Suppress"] == "All"
    elif family == "malformed-mime":
        ack = _the_ack(run)
        assert ack.rcpt_tos == [sender]
        roles = sorted(d.role for d in run.rows(Document))
        assert "form" in roles, roles
        from mailbot.mail.message import parse_message

        assert len(roles) == len(parse_message(run.raws[0]).attachments), "every part is kept, broken ones too"
    elif family == "template-injection":
        import mailbot_parsers as parsers
        from mailbot.mail.message import parse_message

        ack = _the_ack(run)
        assert ack.rcpt_tos == [sender]
        form = next(a for a in parse_message(run.raws[0]).attachments if a.filename.lower().endswith(".docx"))
        app = run.rows(Application)[0]
        assert app.fields == parsers.parse(form.data, form.filename).fields, "stored verbatim, never evaluated"
        assert "\n" not in str(ack.message["Subject"])


@pytest.mark.parametrize("name", MESSAGES)
def test_hostile_message_behaves_as_expected(name: str, run_case, caplog: pytest.LogCaptureFixture) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level("INFO")
    spec = _spec(name)
    run = run_case(name)
    _expect(run)
    for rule in spec["must_not"]:
        check = MUST_NOT[rule]
        if check is _single_line_logs:
            check(run, caplog)
        else:
            check(run)
    print(f"{name}: polls {', '.join(f'{s:.2f}' for s in run.seconds)} s; worker peak {run.worker_peak_kb // 1024} MB")


@pytest.mark.parametrize("name", ["A03-docx-truncated.eml", "A06-pdf-encrypted-password.eml", "A07-garbage-bytes.eml"])
def test_an_unreadable_form_claims_nothing_missing_and_asks_for_a_readable_copy(name: str, run_case) -> None:  # type: ignore[no-untyped-def]
    """expected_behaviour (A01-A07 .eml): 'asks for a readable .docx or .pdf; the application is
    recorded, waiting for a readable copy; no field is claimed missing, since nothing could be read'."""
    run = run_case(name)
    app = run.rows(Application)[0]
    assert app.missing_required == [] and app.requirements_unmet == [] and app.awaiting == "readable_copy"
    text = " ".join(body_text(_the_ack(run).message).split())
    assert "waits for a readable copy" in text and ".docx" in text
    assert "missing these required items" not in text and "All required items are present" not in text
    staff = [m for m in run.sent if m.message["X-Mailbot"] == "ce_new_application"]
    assert staff and "asked for a readable copy" in " ".join(body_text(staff[0].message).split())


def test_the_poll_moves_on_past_a_hostile_message(tmp_path: Path, dovecot, smtp_sink) -> None:  # type: ignore[no-untyped-def]
    """All hostile messages in one inbox, then an ordinary submission: it is still acknowledged."""
    from apphelpers import EMAILS

    cfg = write_config(tmp_path, dovecot, smtp_sink)
    settings = load_settings(cfg)
    engine = open_database(settings.database_url)
    for name in MESSAGES:
        if not name.endswith(".gz"):
            for raw in _raw_messages(name):
                dovecot.append(raw)
    good = (EMAILS / "02-gmail-fillable-pdf.eml").read_bytes()
    dovecot.append(good)
    run = Run("all", [], cfg, engine, settings, dovecot, smtp_sink)
    _poll(run)
    assert dovecot.messages("INBOX") == []
    acks = [m for m in smtp_sink.messages if m.message["In-Reply-To"] and m.message["X-Mailbot"] == "acknowledgement"]
    assert any(m.rcpt_tos == [_sender_of(good)] for m in acks)
    assert max(run.seconds) < 60
    assert MAILBOX not in {r for m in smtp_sink.messages for r in m.rcpt_tos}, "never mails itself"


def test_a_spreadsheet_export_neutralises_formulas() -> None:
    """A14: 'write a formula cell (leading = + - @) into a spreadsheet export'."""
    from mailbot.ops.status import spreadsheet_cell

    for value in ("=HYPERLINK(\"x\")", "+1", "-1+2", "@SUM(A1)", "\t=1", " =1"):
        assert spreadsheet_cell(value)[:1] not in "=+-@\t "
    assert spreadsheet_cell("Plain text") == "Plain text"


def test_a_forged_decision_alerts_admins_without_answering_the_forged_sender(run_case) -> None:  # type: ignore[no-untyped-def]
    """A11 expected_behaviour: 'CE admins are alerted through the normal staff notice (not by
    replying to the sender)'. The From address is forged, so a reply to it informs nobody who
    acted and confirms to the forger that the mailbox acts on decisions."""
    run = run_case("A11-spoofed-staff-decision.eml")
    kinds = sorted(str(m.message["X-Mailbot"]) for m in run.sent)
    replies = [m for m in run.sent if m.message["X-Mailbot"] != "security_alert" and PRIYA in m.rcpt_tos]
    assert not replies, f"a reply went to the forged From address (sent: {kinds})"
    assert kinds == ["security_alert"]
    assert "unauthenticated decision attempt" in run.rows(InboundMessage)[0].reason
    events = [e for e in run.rows(Event) if e.kind == "rejected_command"]
    assert len(events) == 1
