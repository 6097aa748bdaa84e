"""The read-only commands (status, list, overdue, the digest preview) read through the database
driver alone: importing the ORM would cost them most of their second at 10,000 applications.
They import none of it, answer what the models hold, and never create or migrate a database;
on SQLite and on PostgreSQL (MAILBOT_TEST_DB=postgres)."""
from __future__ import annotations

import json
import subprocess
import sys
from datetime import timedelta

from apphelpers import CE, REPO
from clockhelpers import local, make_env, move, new_app
from sqlmodel import Session, col, select

from mailbot.clock.digest import collect
from mailbot.ops import status
from mailbot.ops.cli import main
from mailbot.store.db import session_scope
from mailbot.store.models import Application, Event, InboundMessage, InboundRaw, MailboxState, OutboundMail
from mailbot.store.oprows import OperatorAlert
from mailbot.store.reader import Reader, open_reader

AT = local(2026, 12, 7, 8, 0)
#: What a read-only command must not import: the ORM, SQLAlchemy under it, Alembic, the models.
HEAVY = ("sqlmodel", "sqlalchemy", "alembic", "mailbot.store.models", "mailbot.store.db")


def seed(engine, settings) -> list[str]:  # type: ignore[no-untyped-def]
    """Applications at several stages with events, plus every kind of row the views count."""
    a = new_app(engine, settings, local(2026, 11, 2, 10), title="Point-of-care ultrasound", requirements_unmet=["R2"],
                missing_required=["contact_email"], uncertain_fields=["hours"], needs_manual_review=True)
    new_app(engine, settings, local(2026, 11, 20, 10), title="Leadership for charge therapists",
            assigned_to="gone@michener.example")
    c = new_app(engine, settings, local(2026, 12, 2, 10), title="Genetic counselling", fields={"hours": "12"})
    move(engine, settings, a, "awaiting_applicant", local(2026, 11, 5, 10), actor=CE, keyword="MORE INFO")
    move(engine, settings, a, "ce_assessment", local(2026, 11, 9, 10), actor="dana@example.org", kind="stage_change")
    move(engine, settings, a, "smt_concept_review", local(2026, 12, 1, 10), actor=CE, keyword="SUPPORTED")
    move(engine, settings, c, "declined", local(2026, 12, 3, 10), actor=CE, keyword="NOT SUPPORTED")
    with session_scope(engine) as s:
        s.add(MailboxState(folder="INBOX", last_success_at=local(2026, 12, 7, 7, 55)))
        s.add(InboundMessage(content_hash="p", target_folder="attention", state="filed", parked_at=local(2026, 12, 5, 9)))
        q = InboundMessage(content_hash="q", target_folder="attention", state="filed", from_addr="lee@example.org",
                           received_at=local(2026, 12, 4, 9))
        s.add(q)
        s.flush()
        s.add(InboundRaw(inbound_id=q.id, raw=b"From: Lee Tran <lee@example.org>\r\n\r\nhi"))
        s.add(OutboundMail(dedupe_key="f", message_id="<f@x>", status="failed"))
        s.add(OutboundMail(dedupe_key="s", message_id="<s@x>", status="suppressed", template="help",
                           recipients=["someone@example.org"], created_at=local(2026, 12, 6, 9), last_error="cap"))
        s.add(OperatorAlert(cause="smtp", open_key="smtp", first_failure_at=local(2026, 12, 6, 9), last_error="refused"))
        refs = [r for r in s.exec(select(Application.reference).order_by(col(Application.id))).all()]
    return refs


def test_read_only_commands_import_no_orm_and_still_answer(tmp_path):
    settings, engine = make_env(tmp_path)
    ref = seed(engine, settings)[0]
    cfg = str(settings.path)
    commands = [["status"], ["status", "--json"], ["status", ref], ["status", ref, "--json"], ["list"],
                ["list", "--json"], ["list", "--stage", "smt_concept_review"], ["overdue", "--now", AT.isoformat()],
                ["overdue", "--json"], ["digest", "--preview", str(tmp_path / "digest.html"), "--now", AT.isoformat()]]
    code = (
        "import contextlib, io, json, sys\n"
        "from mailbot.ops.cli import main\n"
        "codes, outs = [], []\n"
        "for argv in json.loads(sys.argv[1]):\n"
        "    out = io.StringIO()\n"
        "    with contextlib.redirect_stdout(out):\n"
        "        codes.append(main(['--config', sys.argv[2], *argv]))\n"
        "    outs.append(out.getvalue())\n"
        f"heavy = sorted(m for m in sys.modules if m in {HEAVY!r} or m.split('.')[0] in {HEAVY!r})\n"
        "print(json.dumps({'codes': codes, 'outs': outs, 'heavy': heavy}))\n"
    )
    run = subprocess.run([sys.executable, "-c", code, json.dumps(commands), cfg], capture_output=True, text=True,
                         cwd=REPO, timeout=120)
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout)
    assert result["heavy"] == [], "a read-only command imported the ORM"
    assert result["codes"] == [3, 0, 0, 0, 0, 0, 0, 0, 0, 0], "status exits 3: a parked message, a failed email"
    said = dict(zip((" ".join(c) for c in commands), result["outs"]))
    assert "needs attention: 2 parked, 1 failed" in said["status"] and "open alert: smtp since" in said["status"]
    assert "is assigned to gone@michener.example, who is no longer in [staff]" in said["status"]
    assert len(json.loads(said["status --json"])) == 3 and len(json.loads(said["list --json"])) == 3
    assert "ce_assessment -> awaiting_applicant" in said[f"status {ref}"]
    assert said["list --stage smt_concept_review"].startswith(ref)
    assert "Lee Tran" in (tmp_path / "digest.html").read_text(encoding="utf-8")


def test_the_reader_returns_what_the_models_return(tmp_path):
    settings, engine = make_env(tmp_path)
    refs = seed(engine, settings)
    with Session(engine) as s:
        apps = s.exec(select(Application).order_by(col(Application.id))).all()
        expected = [status._row({c: getattr(a, c) for c in status._LISTED}) for a in apps]
        events = s.exec(select(Event).where(Event.application_id == apps[0].id)
                        .order_by(col(Event.at), col(Event.id))).all()
        fields = apps[2].fields
    with open_reader(settings.database_url) as reader:
        assert status.application_rows(reader) == expected
        assert status.application_rows(reader, stage="declined") == [expected[2]]
        assert [t["at"] for t in status.timeline(reader, refs[0])["timeline"]] == [e.at.isoformat() for e in events]
        assert status.timeline(reader, refs[2].lower())["fields"] == fields == {"hours": "12"}
        assert status.timeline(reader, "MC-1999-0001") is None
        read_only = collect(reader, settings, AT)
    with Session(engine) as s:  # the same digest read inside an ORM transaction (the weekly send)
        in_session = collect(s, settings, AT)
    assert read_only == in_session
    assert read_only.parked == 1 and read_only.failed_mail == 1 and read_only.attention == 1
    assert [e["keyword"] for e in read_only.decisions] == ["SUPPORTED", "NOT SUPPORTED"]
    assert [x["template"] for x in read_only.suppressed] == ["help"]
    assert read_only.median_assessment_days is not None


def test_times_are_compared_as_times_on_every_backend(tmp_path):
    settings, engine = make_env(tmp_path)
    seed(engine, settings)
    with open_reader(settings.database_url) as reader:
        # Microseconds of zero and a non-UTC offset: SQLite compares the stored text.
        since = local(2026, 12, 1, 10)  # 15:00 UTC, the SUPPORTED decision's time
        kinds = reader.rows("SELECT kind FROM event WHERE at >= :since AND at < :until ORDER BY at",
                            since=since, until=since + timedelta(seconds=1))
        assert kinds == [("decision",)]
        assert reader.rows("SELECT kind FROM event WHERE at > :since AND kind IN :kinds", since=since,
                           kinds=["no such kind"]) == []


def test_a_read_only_command_never_creates_or_migrates_a_database(tmp_path, capsys):
    settings, _ = make_env(tmp_path)
    missing = tmp_path / "nothing-here.db"
    cfg = tmp_path / "other.toml"
    cfg.write_text(settings.path.read_text().replace(settings.database_url, "sqlite:///" + str(missing)))
    for command in (["status"], ["list"], ["digest", "--preview", str(tmp_path / "d.html")]):
        assert main(["--config", str(cfg), *command]) == 2
        assert "run `mailbot db upgrade`" in capsys.readouterr().err
    assert not missing.exists()


def test_a_session_reader_sees_what_the_session_has_not_committed(tmp_path):
    settings, engine = make_env(tmp_path)
    with Session(engine) as s:
        s.add(Application(reference="MC-2026-9999", applicant_email="x@example.org", title="Pending",
                          received_at=AT, stage_entered_at=AT))
        reader = Reader.of_session(s)
        assert reader.rows("SELECT title FROM application") == [("Pending",)]
        s.rollback()
