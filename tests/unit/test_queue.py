"""The weekly "waiting for you" email: each person gets exactly their open items, once a week,
in the run that sends the managers' digest."""
from __future__ import annotations


from apphelpers import BOARD, CE, SMT, body_text, parse
from clockhelpers import local, mails, make_env, new_app

from mailbot.clock.digest import send_weekly


def send_weekly_queues(engine, settings, now) -> int:  # type: ignore[no-untyped-def]
    """The weekly run (digest and queues, one transaction); how many queue emails it wrote."""
    before = len(mails(engine, "weekly_queue"))
    send_weekly(engine, settings, now)
    return len(mails(engine, "weekly_queue")) - before

CE2 = "ce.assistant@michener.example"
SLOT = local(2026, 12, 7, 9)  # Monday: the digest's day, an hour after its 08:00 slot


def _office(tmp_path):  # type: ignore[no-untyped-def]
    settings, engine = make_env(tmp_path, staff_ce=[CE, CE2])
    refs = {
        "old": new_app(engine, settings, local(2026, 11, 2, 10), reference="MC-2026-0101"),  # deadline 30 Nov
        "assigned": new_app(engine, settings, local(2026, 11, 20, 10), reference="MC-2026-0102", assigned_to=CE2),
        "newer": new_app(engine, settings, local(2026, 11, 23, 10), reference="MC-2026-0103"),
        "smt": new_app(engine, settings, local(2026, 11, 25, 10), stage="smt_concept_review", reference="MC-2026-0104"),
        "closed": new_app(engine, settings, local(2026, 11, 3, 10), stage="declined", reference="MC-2026-0105"),
        "waiting": new_app(engine, settings, local(2026, 11, 3, 10), stage="awaiting_applicant",
                           reference="MC-2026-0106"),
    }
    return settings, engine, refs


def _received(engine):  # type: ignore[no-untyped-def]
    out = {}
    for m in mails(engine, "weekly_queue"):
        [to] = m.recipients
        text = body_text(parse(m.body))
        out[to] = ([ref for ref in sorted({w for w in text.split() if w.startswith("MC-2026-")},
                                         key=text.index)], text, m.subject)
    return out


def test_each_person_gets_exactly_their_open_items_oldest_first_with_overdue_marks(tmp_path):
    settings, engine, _ = _office(tmp_path)
    assert send_weekly_queues(engine, settings, SLOT) == 3
    got = _received(engine)
    assert {to: refs for to, (refs, _, _) in got.items()} == {
        CE: ["MC-2026-0101", "MC-2026-0103"],  # not the one assigned to CE2
        CE2: ["MC-2026-0101", "MC-2026-0102", "MC-2026-0103"],  # CE too, and the one assigned to them
        SMT: ["MC-2026-0104"],
    }
    assert BOARD not in got
    _, text, subject = got[CE]
    assert "OVERDUE 7 days: MC-2026-0101" in text and "SUPPORTED, NOT SUPPORTED, MORE INFO" in text
    assert "2 applications, 1 overdue" in subject
    assert "ENDORSED, NOT ENDORSED" in got[SMT][1]


def test_it_goes_once_a_week_on_the_digest_schedule_and_not_to_those_who_opted_out(tmp_path):
    settings, engine, _ = _office(tmp_path)
    assert send_weekly_queues(engine, settings, local(2026, 12, 7, 7)) == 0  # before the slot
    assert send_weekly_queues(engine, settings, local(2026, 12, 10, 9)) == 0  # missed: more than 2 days late
    opted = settings.model_copy(update={"staff": settings.staff.model_copy(update={"queue_opt_out": (SMT,)})})
    assert send_weekly_queues(engine, opted, SLOT) == 2
    assert send_weekly_queues(engine, opted, local(2026, 12, 7, 12)) == 0  # already sent this week
    new_app(engine, settings, local(2026, 12, 7, 11), reference="MC-2026-0107")  # arrives after the run
    assert send_weekly_queues(engine, opted, local(2026, 12, 7, 13)) == 0  # heard of next week, not now
    assert sorted(_received(engine)) == sorted([CE, CE2])
    assert send_weekly_queues(engine, opted, local(2026, 12, 14, 9)) == 2  # next week again
    assert "MC-2026-0107" in _received(engine)[CE][1]
