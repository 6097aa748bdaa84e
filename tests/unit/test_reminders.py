"""Reminders and escalations in frozen time: the right days, once, never after the stage moved,
never to someone who already acted. `now` is passed in; nothing sleeps."""
from __future__ import annotations

import threading
from datetime import timedelta

from apphelpers import CE, MANAGER, SMT
from clockhelpers import get_app, hours, local, mails, make_env, move, new_app, note
from sqlmodel import Session, select

from mailbot.store.models import Reminder
from mailbot.clock.reminders import sweep

CE2 = "ce.assistant@michener.example"


def _run(engine, settings, start, end, step=3):  # type: ignore[no-untyped-def]
    """Sweep every `step` hours; return {(template, kind-ish subject word, local date): count}."""
    for t in hours(start, end, step):
        sweep(engine, settings, t)


def _sent(engine, template):  # type: ignore[no-untyped-def]
    """(local date, recipients, subject) of each queued email of `template`."""
    from clockhelpers import TORONTO

    return [(m.created_at.astimezone(TORONTO).date(), m.recipients, m.subject) for m in mails(engine, template)]


def test_reminders_and_the_escalation_fire_once_each_on_the_right_days(tmp_path):
    settings, engine = make_env(tmp_path)
    entered = local(2026, 11, 2, 10)  # Monday; target +14 days, deadline +28, lead 3 days
    app_id = new_app(engine, settings, entered)
    app = get_app(engine, app_id)
    assert app.target_at == local(2026, 11, 16, 10) and app.deadline_at == local(2026, 11, 30, 10)

    _run(engine, settings, entered, entered + timedelta(days=40))

    reminders = _sent(engine, "reminder")
    assert [(d.isoformat(), to) for d, to, _ in reminders] == [
        ("2026-11-13", [CE]),  # 3 days before the target
        ("2026-11-16", [CE]),  # on the target
    ]
    assert "Reminder: due Mon 16 Nov" in reminders[0][2] and "Due today" in reminders[1][2]
    escalations = _sent(engine, "escalation")
    assert [(d.isoformat(), to) for d, to, _ in escalations] == [("2026-12-01", [MANAGER])]  # the day after
    assert "Overdue 1 day" in escalations[0][2]


def test_sweeping_again_or_from_two_processes_at_once_sends_nothing_twice(tmp_path):
    settings, engine = make_env(tmp_path)
    app_id = new_app(engine, settings, local(2026, 11, 2, 10))
    when = local(2026, 11, 13, 12)
    barrier = threading.Barrier(4)

    def worker():  # type: ignore[no-untyped-def]
        barrier.wait()
        sweep(engine, settings, when)

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    sweep(engine, settings, when)
    assert len(mails(engine, "reminder")) == 1
    with Session(engine) as s:
        row = s.exec(select(Reminder).where(Reminder.application_id == app_id, Reminder.kind == "before_target")).one()
        assert row.sent_at is not None and row.claimed_by


def test_no_reminder_for_a_stage_the_application_has_left_and_the_next_stage_gets_its_own(tmp_path):
    settings, engine = make_env(tmp_path)
    start = local(2026, 11, 2, 10)
    app_id = new_app(engine, settings, start)
    decided = local(2026, 11, 9, 15)
    _run(engine, settings, start, decided - timedelta(hours=1))
    move(engine, settings, app_id, "smt_concept_review", decided, actor=CE, keyword="SUPPORTED")
    _run(engine, settings, decided, start + timedelta(days=60))

    reminders = _sent(engine, "reminder")
    assert all("CE assessment" not in subject for _, _, subject in reminders)
    # SMT concept review: target 14 days after the decision, reminders 3 days before and on it.
    assert [(d.isoformat(), to) for d, to, _ in reminders] == [("2026-11-20", [SMT]), ("2026-11-23", [SMT])]
    assert [d.isoformat() for d, _, _ in _sent(engine, "escalation")] == ["2026-12-08"]
    with Session(engine) as s:
        ce_rows = s.exec(select(Reminder).where(Reminder.stage == "ce_assessment")).all()
        assert {r.note for r in ce_rows} == {"the application moved to smt_concept_review"}
        assert all(r.sent_at is None and r.cancelled_at == decided for r in ce_rows)


def test_a_decision_that_ends_the_process_cancels_everything(tmp_path):
    settings, engine = make_env(tmp_path)
    start = local(2026, 11, 2, 10)
    app_id = new_app(engine, settings, start)
    move(engine, settings, app_id, "declined", local(2026, 11, 3, 10), actor=CE, keyword="NOT SUPPORTED")
    _run(engine, settings, start, start + timedelta(days=40), step=12)
    assert mails(engine, "reminder", "escalation") == []
    assert get_app(engine, app_id).deadline_at is None


def test_someone_who_already_acted_is_not_reminded_but_the_rest_of_the_role_is(tmp_path):
    settings, engine = make_env(tmp_path, staff_ce=[CE, CE2])
    start = local(2026, 11, 2, 10)
    app_id = new_app(engine, settings, start)
    note(engine, app_id, CE, local(2026, 11, 10, 11))
    _run(engine, settings, start, local(2026, 11, 20))
    assert [to for _, to, _ in _sent(engine, "reminder")] == [[CE2], [CE2]]


def test_when_everyone_has_acted_the_reminder_is_cancelled_with_a_reason(tmp_path):
    settings, engine = make_env(tmp_path)
    start = local(2026, 11, 2, 10)
    app_id = new_app(engine, settings, start)
    note(engine, app_id, CE.upper(), local(2026, 11, 3, 11))  # addresses compare case-insensitively
    _run(engine, settings, start, local(2026, 11, 20))
    assert mails(engine, "reminder") == []
    with Session(engine) as s:
        notes = {r.kind: r.note for r in s.exec(select(Reminder)).all()}
    assert notes["before_target"] == notes["at_target"] == "everyone had already acted"


def test_an_assigned_reviewer_is_reminded_instead_of_the_whole_role(tmp_path):
    settings, engine = make_env(tmp_path, staff_ce=[CE, CE2])
    start = local(2026, 11, 2, 10)
    new_app(engine, settings, start, assigned_to=CE2)
    _run(engine, settings, start, local(2026, 11, 20))
    assert [to for _, to, _ in _sent(engine, "reminder")] == [[CE2], [CE2]]


def test_after_downtime_one_reminder_goes_not_two(tmp_path):
    settings, engine = make_env(tmp_path)
    app_id = new_app(engine, settings, local(2026, 11, 2, 10))
    report = sweep(engine, settings, local(2026, 11, 18, 9))  # first run after the target passed
    assert report.sent == 1 and report.reasons == {"superseded by the at-target reminder": 1}
    assert "Due today" in mails(engine, "reminder")[0].subject
    assert get_app(engine, app_id).stage == "ce_assessment"


def test_reminder_emails_carry_the_due_date_and_a_signed_reply_address(tmp_path):
    settings, engine = make_env(tmp_path)
    new_app(engine, settings, local(2026, 11, 2, 10), title="Advanced wound care")
    sweep(engine, settings, local(2026, 11, 13, 12))
    (row,) = mails(engine, "reminder")
    body = row.body.decode()
    assert "Monday 16 November 2026" in body and "Monday 30 November 2026" in body
    assert "Reply-To: ce+" in body and "SUPPORTED" in body
    assert row.stage == "ce_assessment"


def test_applications_written_without_reminder_rows_are_backfilled(tmp_path):
    from mailbot.store.db import session_scope
    from mailbot.store.models import Application

    settings, engine = make_env(tmp_path)
    start = local(2026, 11, 2, 10)
    with session_scope(engine) as s:  # as an older intake wrote them: dates but no reminder rows
        s.add(Application(reference="MC-2026-0900", stage="ce_assessment", applicant_email="x@example.org",
                          received_at=start, stage_entered_at=start, target_at=local(2026, 11, 16, 10),
                          deadline_at=local(2026, 11, 30, 10)))
    report = sweep(engine, settings, local(2026, 11, 3))
    assert report.created == 3 and report.sent == 0
    _run(engine, settings, local(2026, 11, 3), local(2026, 12, 5), step=6)
    assert len(mails(engine, "reminder")) == 2 and len(mails(engine, "escalation")) == 1


def test_rescheduling_moves_the_dates_and_sends_each_reminder_again_for_its_new_date(tmp_path):
    from mailbot.clock.due import reschedule
    from mailbot.store.db import session_scope
    from mailbot.store.models import Application

    settings, engine = make_env(tmp_path)
    entered = local(2026, 11, 2, 10)  # target Mon 16 Nov, deadline Mon 30 Nov
    app_id = new_app(engine, settings, entered)
    _run(engine, settings, entered, local(2026, 11, 17, 9))  # both reminders went out
    assert len(_sent(engine, "reminder")) == 2

    with session_scope(engine) as s:
        app = s.get(Application, app_id)
        assert app is not None
        entry = app.stage_entry
        target, deadline = reschedule(s, settings, app, local(2026, 11, 17, 9), by=timedelta(weeks=2), reason="test")
    assert (target, deadline) == (local(2026, 11, 30, 10), local(2026, 12, 14, 10))
    app = get_app(engine, app_id)
    assert app.stage_entry == entry and (app.target_at, app.deadline_at) == (target, deadline)

    _run(engine, settings, local(2026, 11, 17, 9), local(2027, 1, 10, 9))
    assert [d.isoformat() for d, _, _ in _sent(engine, "reminder")] == [
        "2026-11-13", "2026-11-16", "2026-11-27", "2026-11-30"]  # the old dates, then the new ones
    assert [d.isoformat() for d, _, _ in _sent(engine, "escalation")] == ["2026-12-15"]  # not on 1 Dec
