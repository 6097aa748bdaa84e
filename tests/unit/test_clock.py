"""The clock: windows in calendar or business days, Ontario holidays, office closures, DST, and the
CE assessment window that pauses while waiting for the applicant."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from apphelpers import CE
from clockhelpers import get_app, hours, local, mails, make_env, move, new_app
from sqlmodel import Session, select

from mailbot.clock.due import add_days, due_dates, holiday_name, is_business_day
from mailbot.errors import ConfigError
from mailbot.store.models import Reminder
from mailbot.clock.reminders import sweep

BUSINESS = 'business_days = true\noffice_closures = ["2026-12-24..2026-12-31"]'


def test_calendar_windows_are_the_published_two_to_four_weeks(tmp_path):
    settings, _ = make_env(tmp_path)
    assert due_dates(settings, "ce_assessment", local(2026, 11, 2, 10)) == (local(2026, 11, 16, 10), local(2026, 11, 30, 10))
    assert due_dates(settings, "in_development", local(2026, 11, 2)) == (None, None)


def test_calendar_days_keep_the_local_time_across_the_end_of_daylight_saving(tmp_path):
    settings, _ = make_env(tmp_path)
    target, deadline = due_dates(settings, "ce_assessment", local(2026, 10, 26, 9))  # DST ends 1 Nov
    assert target == local(2026, 11, 9, 9)  # 9:00 EST, after 9:00 EDT on the 26th: 15 x 24 h + 1 h
    assert target - local(2026, 10, 26, 9) == timedelta(days=14, hours=1)
    assert deadline == local(2026, 11, 23, 9)


def test_business_days_skip_weekends_ontario_holidays_and_office_closures(tmp_path):
    settings, _ = make_env(tmp_path, BUSINESS)
    sc = settings.schedule
    assert holiday_name(sc, date(2026, 12, 25)) == "office closure"  # the closure is named first
    assert holiday_name(sc, date(2027, 1, 1)) == "New Year's Day"
    assert holiday_name(sc, date(2027, 2, 15)) == "Family Day"  # Ontario only
    assert not is_business_day(sc, date(2026, 12, 28)) and is_business_day(sc, date(2026, 12, 23))
    # Mon 14 Dec + 14 business days: 15-23 Dec (7), closed 24-31 Dec, 1 Jan holiday, 4-12 Jan (7).
    target, deadline = due_dates(settings, "ce_assessment", local(2026, 12, 14, 14))
    assert target == local(2027, 1, 12, 14)
    # + 28: the 14 above, then 13-15 Jan, 18-22, 25-29 Jan and Mon 1 Feb.
    assert deadline == local(2027, 2, 1, 14)
    assert due_dates(settings, "ce_assessment", local(2027, 2, 5, 9))[0] == local(2027, 2, 26, 9)  # Family Day skipped


def test_business_days_count_backwards_for_the_early_reminder(tmp_path):
    settings, _ = make_env(tmp_path, BUSINESS)
    assert add_days(settings, local(2027, 1, 5, 10), -3) == local(2026, 12, 22, 10)


def test_stage_windows_are_configurable_and_checked(tmp_path):
    settings, _ = make_env(tmp_path, '[schedule.stages]\nboard_review = { target_days = 7, deadline_days = 10 }\n'
                                     'in_development = { deadline_days = 90 }')
    assert due_dates(settings, "board_review", local(2026, 11, 2)) == (local(2026, 11, 9), local(2026, 11, 12))
    assert due_dates(settings, "in_development", local(2026, 11, 2)) == (None, local(2027, 1, 31))
    for bad, words in [('[schedule.stages]\nnope = { target_days = 1 }', "is not a stage"),
                       ('[schedule.stages]\nboard_review = { target_days = 9, deadline_days = 3 }', "must not be before"),
                       ('digest_day = "someday"', "digest_day must be a weekday"),
                       ('office_closures = ["24 Dec"]', "office_closures entries must be ISO dates")]:
        folder = tmp_path / str(abs(hash(bad)))
        folder.mkdir()
        with pytest.raises(ConfigError, match=words):
            make_env(folder, bad)


def test_waiting_for_the_applicant_pauses_the_window_and_the_answer_resumes_it(tmp_path):
    settings, engine = make_env(tmp_path)
    start = local(2026, 11, 2, 10)
    app_id = new_app(engine, settings, start)
    asked, answered = local(2026, 11, 6, 10), local(2026, 11, 13, 10)  # paused exactly 7 days
    move(engine, settings, app_id, "awaiting_applicant", asked, actor=CE, keyword="MORE INFO")
    paused = get_app(engine, app_id)
    assert paused.paused_at == asked and paused.target_at == local(2026, 11, 16, 10)

    for t in hours(asked, answered - timedelta(hours=1)):
        sweep(engine, settings, t)
    assert mails(engine, "reminder") == []  # the 13 Nov reminder waits with the clock

    move(engine, settings, app_id, "ce_assessment", answered, actor="lead@hospital.example", keyword="REVISED",
         kind="stage_change")
    resumed = get_app(engine, app_id)
    assert resumed.paused_at is None and resumed.paused_seconds == 7 * 86400
    assert resumed.target_at == local(2026, 11, 23, 10) and resumed.deadline_at == local(2026, 12, 7, 10)

    for t in hours(answered, local(2026, 12, 10)):
        sweep(engine, settings, t)
    days = [m.created_at.astimezone(local(2026, 1, 1).tzinfo).date().isoformat() for m in mails(engine, "reminder")]
    assert days == ["2026-11-20", "2026-11-23"]
    (esc,) = mails(engine, "escalation")
    assert esc.created_at.astimezone(local(2026, 1, 1).tzinfo).date() == date(2026, 12, 8)
    with Session(engine) as s:
        first_entry = s.exec(select(Reminder).where(Reminder.stage_entry == 1)).all()
        assert all(r.cancelled_at == asked for r in first_entry)


def test_two_pauses_add_up(tmp_path):
    settings, engine = make_env(tmp_path)
    app_id = new_app(engine, settings, local(2026, 11, 2, 10))
    move(engine, settings, app_id, "awaiting_applicant", local(2026, 11, 3, 10), actor=CE)
    move(engine, settings, app_id, "ce_assessment", local(2026, 11, 5, 10), kind="stage_change")
    move(engine, settings, app_id, "awaiting_applicant", local(2026, 11, 6, 10), actor=CE)
    move(engine, settings, app_id, "ce_assessment", local(2026, 11, 9, 10), kind="stage_change")
    app = get_app(engine, app_id)
    assert app.paused_seconds == 5 * 86400
    assert app.target_at == local(2026, 11, 21, 10) and app.deadline_at == local(2026, 12, 5, 10)


def test_reopening_a_declined_application_starts_a_fresh_window(tmp_path):
    settings, engine = make_env(tmp_path)
    app_id = new_app(engine, settings, local(2026, 11, 2, 10))
    move(engine, settings, app_id, "declined", local(2026, 11, 3, 10), actor=CE)
    move(engine, settings, app_id, "ce_assessment", local(2026, 12, 1, 10), actor=CE, keyword="REOPEN")
    app = get_app(engine, app_id)
    assert app.target_at == local(2026, 12, 15, 10) and app.stage_entry == 3
