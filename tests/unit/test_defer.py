"""DEFER N weeks: a reviewer moves the stage's dates later; the applicant is told, the reminders
follow the new dates, and the digest lists it without counting it as a decision."""
from __future__ import annotations

from email.message import EmailMessage

from apphelpers import CE, SMT, body_text, parse
from clockhelpers import get_app, local, mails, make_env, new_app, route_mail
from sqlmodel import Session, select

from mailbot.clock.digest import collect
from mailbot.clock.reminders import sweep
from mailbot.review import tokens
from mailbot.store.events import EventKind
from mailbot.store.models import Event

_sent = [0]


def _reply(engine, settings, app_id: int, sender: str, body: str, now):  # type: ignore[no-untyped-def]
    """Route `sender`'s reply to the review email of the app's current stage; the outcome's folder."""
    app = get_app(engine, app_id)
    _sent[0] += 1
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = tokens.reply_address(settings.mailbox_address,
                                     tokens.make_token(settings.secret, app_id, app.stage, sender))
    msg["Subject"] = f"Re: [{app.reference}] Please review"
    msg["Message-ID"] = f"<defer-{_sent[0]}@michener.example>"
    msg.set_content(body)
    return route_mail(engine, settings, msg, now).folder


def test_defer_moves_the_dates_tells_the_applicant_and_the_reminders_follow(tmp_path):
    settings, engine = make_env(tmp_path)
    entered = local(2026, 11, 2, 10)  # CE assessment: target Mon 16 Nov, deadline Mon 30 Nov
    app_id = new_app(engine, settings, entered)

    assert _reply(engine, settings, app_id, CE, "DEFER 2 weeks\nThe budget is decided on the 20th.",
                  local(2026, 11, 5, 9)) == "processed"

    app = get_app(engine, app_id)
    assert app.stage == "ce_assessment"
    assert (app.target_at, app.deadline_at) == (local(2026, 11, 30, 10), local(2026, 12, 14, 10))
    [told] = mails(engine, "deferred")
    assert told.recipients == [app.applicant_email]
    text = body_text(parse(told.body))
    assert "Monday 30 November 2026" in text and "budget" not in text  # the reviewer's reason stays internal
    [transcript] = mails(engine, "command_result")
    assert "DEFER: done" in body_text(parse(transcript.body))
    with Session(engine) as s:
        [event] = s.exec(select(Event).where(Event.kind == EventKind.DEFERRED)).all()
        assert event.actor == CE and event.data["weeks"] == 2 and "budget" in event.data["comment"]

    sweep(engine, settings, local(2026, 11, 16, 12))  # the old target: nothing is due any more
    assert mails(engine, "reminder") == []
    sweep(engine, settings, local(2026, 11, 30, 12))  # the new target
    assert len(mails(engine, "reminder")) == 1  # the deferring reviewer is still reminded

    with Session(engine) as s:
        digest = collect(s, settings, local(2026, 11, 8, 9))
    assert [e["keyword"] for e in digest.decisions] == ["DEFER"] and digest.decided == 0
    assert "2 weeks" in digest.decisions[0]["what"]


def test_defer_is_refused_outside_a_review_stage_to_other_roles_and_beyond_its_bounds(tmp_path):
    settings, engine = make_env(tmp_path)
    now = local(2026, 11, 5, 9)
    app_id = new_app(engine, settings, local(2026, 11, 2, 10))
    before = get_app(engine, app_id)

    assert _reply(engine, settings, app_id, CE, "DEFER 20 weeks", now) == "processed"
    assert _reply(engine, settings, app_id, CE, "DEFER soon please", now) == "processed"
    assert _reply(engine, settings, app_id, SMT, "DEFER 2", now) == "attention"  # CE assessment is CE's
    waiting = new_app(engine, settings, local(2026, 11, 2, 10), stage="awaiting_applicant")
    assert _reply(engine, settings, waiting, CE, "DEFER 2", now) == "attention"

    after = get_app(engine, app_id)
    assert (after.target_at, after.deadline_at) == (before.target_at, before.deadline_at)
    assert mails(engine, "deferred") == []
    lines = [body_text(parse(m.body)) for m in mails(engine, "command_result")]
    assert sum("a number of weeks from 1 to 12" in t for t in lines) == 2
    with Session(engine) as s:
        assert s.exec(select(Event).where(Event.kind == EventKind.DEFERRED)).all() == []
