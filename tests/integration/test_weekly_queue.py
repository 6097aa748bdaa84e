"""On the real test servers: the weekly "waiting for you" email lists exactly its recipient's open items."""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from apphelpers import BOARD, CE, EMAILS, MANAGER, SMT, body_text, expected
from test_review import Office, one, reply

from mailbot.ops.cli import main

CE2 = "ce.colleague@michener.example"
FIRST = EMAILS / "02-gmail-fillable-pdf.eml"  # ECMO, moved on to the SMT below
SECOND = EMAILS / "07-form-and-letter-of-support.eml"  # venipuncture, stays with CE
REFERENCE = re.compile(r"\bMC-\d{4}-\d{4}\b")


def _office(tmp_path, dovecot, smtp_sink) -> Office:  # type: ignore[no-untyped-def]
    o = Office(tmp_path, dovecot, smtp_sink)
    text = o.cfg.read_text()
    # Two CE addresses, one of which opted out of the weekly email.
    text = text.replace(f'ce = ["{CE}"]', f'ce = ["{CE}", "{CE2}"]\nqueue_opt_out = ["{CE2}"]', 1)
    assert CE2 in text
    o.cfg.write_text(text)
    return o


def _queues(sent: list) -> dict[str, str]:  # type: ignore[type-arg]
    out: dict[str, str] = {}
    for m in sent:
        if m.message["X-Mailbot"] == "weekly_queue":
            assert len(m.rcpt_tos) == 1 and m.rcpt_tos[0] not in out
            out[m.rcpt_tos[0]] = body_text(m.message)
    return out


def test_each_person_gets_exactly_their_open_items_over_imap_and_smtp(tmp_path, dovecot, smtp_sink, capsys):  # type: ignore[no-untyped-def]
    o = _office(tmp_path, dovecot, smtp_sink)
    o.dovecot.append(FIRST.read_bytes())
    o.dovecot.append(SECOND.read_bytes())
    sent = o.poll()
    apps = {a["applicant_email"]: a["reference"] for a in o.status(capsys)}
    first, second = apps[expected(FIRST)["sender"]], apps[expected(SECOND)["sender"]]
    request = next(m for m in sent if m.message["X-Mailbot"] == "ce_new_application" and m.rcpt_tos == [CE]
                   and first in m.message["Subject"])
    o.deliver(reply(request, CE, "SUPPORTED"))
    o.poll()
    assert {a["reference"]: a["stage"] for a in o.status(capsys)} == {first: "smt_concept_review",
                                                                       second: "ce_assessment"}

    # A month on, at the digest's hour: the CE assessment is past its deadline.
    later = (datetime.now(timezone.utc) + timedelta(days=30)).isoformat()
    before = len(smtp_sink.messages)
    assert main(["--config", str(o.cfg), "digest", "--send", "--now", later]) == 0
    week = smtp_sink.messages[before:]
    queues = _queues(week)
    assert sorted(queues) == sorted([CE, SMT])  # CE2 opted out; the Board and the managers wait for nothing
    assert CE2 not in {r for m in week for r in m.rcpt_tos} and BOARD not in {r for m in week for r in m.rcpt_tos}
    one(week, "digest", MANAGER)

    assert set(REFERENCE.findall(queues[CE])) == {second}
    assert set(REFERENCE.findall(queues[SMT])) == {first}
    assert "OVERDUE" in queues[CE] and "SUPPORTED" in queues[CE] and "MORE INFO" in queues[CE]
    assert "ENDORSED" in queues[SMT] and "SUPPORTED" not in queues[SMT]
    # Each item carries the recipient's own signed reply address.
    assert re.search(r"write to ce\+\S+@michener\.example", queues[CE])
    assert re.search(r"write to ce\+\S+@michener\.example", queues[SMT])

    # Once a week: asking again that week sends nothing more.
    before = len(smtp_sink.messages)
    assert main(["--config", str(o.cfg), "digest", "--send", "--now", later]) == 0
    assert _queues(smtp_sink.messages[before:]) == {}
