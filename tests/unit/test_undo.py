"""UNDO within the window puts the application back and tells everyone who heard of the decision;
after the window, or once something else happened, it is refused. CE may REOPEN from any stage
with a reason."""
from __future__ import annotations

from email.message import EmailMessage

from apphelpers import CE, SMT, body_text, parse
from clockhelpers import get_app, local, mails, make_env, new_app, route_mail
from sqlmodel import Session, select

from mailbot.clock.digest import collect
from mailbot.review import tokens
from mailbot.review.workflow import Stage
from mailbot.store.events import EventKind
from mailbot.store.models import Event, OutboundMail

_sent = [0]


def _deliver(engine, settings, msg: EmailMessage, now) -> str:  # type: ignore[no-untyped-def]
    return route_mail(engine, settings, msg, now).folder


def _message(sender: str, body: str, subject: str) -> EmailMessage:
    _sent[0] += 1
    msg = EmailMessage()
    msg["From"], msg["Subject"] = sender, subject
    msg["Message-ID"] = f"<undo-{_sent[0]}@michener.example>"
    msg.set_content(body)
    return msg


def decide(engine, settings, app_id: int, sender: str, body: str, now) -> str:  # type: ignore[no-untyped-def]
    """`sender` answers the review email of the app's current stage (its signed reply address)."""
    app = get_app(engine, app_id)
    msg = _message(sender, body, f"Re: [{app.reference}] Please review")
    msg["To"] = tokens.reply_address(settings.mailbox_address,
                                     tokens.make_token(settings.secret, app_id, app.stage, sender))
    return _deliver(engine, settings, msg, now)


def answer_transcript(engine, settings, sender: str, body: str, now) -> str:  # type: ignore[no-untyped-def]
    """`sender` replies to the last transcript mailbot sent them."""
    row = [m for m in mails(engine, "command_result") if sender in m.recipients][-1]
    msg = _message(sender, body, "Re: " + row.subject)
    msg["To"], msg["In-Reply-To"] = settings.mailbox_address, row.message_id
    return _deliver(engine, settings, msg, now)


def _last_transcript(engine, sender: str) -> str:  # type: ignore[no-untyped-def]
    return body_text(parse([m for m in mails(engine, "command_result") if sender in m.recipients][-1].body))


def test_undo_within_the_window_restores_the_stage_and_tells_who_heard_of_the_decision(tmp_path):
    settings, engine = make_env(tmp_path)
    app_id = new_app(engine, settings, local(2026, 11, 2, 10))
    before = get_app(engine, app_id)
    assert decide(engine, settings, app_id, CE, "SUPPORTED", local(2026, 11, 5, 9)) == "processed"
    assert get_app(engine, app_id).stage == Stage.SMT_CONCEPT_REVIEW
    assert "reply UNDO to this email within 24 hours" in _last_transcript(engine, CE)
    heard = {r for m in mails(engine, "stage_changed", "review_request") for r in m.recipients}
    assert heard == {before.applicant_email, SMT}

    assert answer_transcript(engine, settings, CE, "UNDO\nWrong email, sorry.", local(2026, 11, 5, 15)) == "processed"
    after = get_app(engine, app_id)
    assert after.stage == Stage.CE_ASSESSMENT
    assert (after.target_at, after.deadline_at) == (before.target_at, before.deadline_at)
    assert "UNDO: done" in _last_transcript(engine, CE)
    withdrawn = mails(engine, "decision_withdrawn")
    assert {r for m in withdrawn for r in m.recipients} == heard
    assert all("SUPPORTED" in m.subject for m in withdrawn)
    with Session(engine) as s:
        kinds = [e.kind for e in s.exec(select(Event).order_by(Event.id)).all()]  # type: ignore[arg-type]
        assert kinds[-2:] == [EventKind.DECISION, EventKind.UNDONE]
        digest = collect(s, settings, local(2026, 11, 8, 9))
    assert digest.decided == 0 and [e["keyword"] for e in digest.decisions] == ["SUPPORTED", "UNDO"]

    # The CE can decide again from the original review email: the stage is the one it named.
    assert decide(engine, settings, app_id, CE, "MORE INFO\nWhich partner?", local(2026, 11, 5, 16)) == "processed"
    assert get_app(engine, app_id).stage == Stage.AWAITING_APPLICANT


def test_undo_is_refused_after_the_window_for_someone_else_or_once_the_next_stage_acted(tmp_path):
    settings, engine = make_env(tmp_path)
    app_id = new_app(engine, settings, local(2026, 11, 2, 10))
    assert decide(engine, settings, app_id, CE, "SUPPORTED", local(2026, 11, 5, 9)) == "processed"
    assert answer_transcript(engine, settings, CE, "UNDO", local(2026, 11, 6, 10)) == "processed"  # 25 hours
    assert get_app(engine, app_id).stage == Stage.SMT_CONCEPT_REVIEW
    assert "more than 24 hours ago" in _last_transcript(engine, CE)

    other = new_app(engine, settings, local(2026, 11, 2, 10))
    assert decide(engine, settings, other, CE, "SUPPORTED", local(2026, 11, 5, 9)) == "processed"
    assert decide(engine, settings, other, SMT, "ENDORSED", local(2026, 11, 5, 10)) == "processed"
    assert decide(engine, settings, other, SMT, "UNDO", local(2026, 11, 5, 11)) == "processed"  # SMT undoes theirs
    assert get_app(engine, other).stage == Stage.SMT_CONCEPT_REVIEW
    assert decide(engine, settings, other, SMT, "ENDORSED", local(2026, 11, 5, 12)) == "processed"
    assert decide(engine, settings, other, SMT, "NOTE looked again", local(2026, 11, 5, 12, 30)) == "processed"
    # The CE's SUPPORTED is not the last change any more: refused, the stage stays.
    assert answer_transcript(engine, settings, CE, "UNDO", local(2026, 11, 5, 13)) in ("processed", "attention")
    assert get_app(engine, other).stage == Stage.IN_DEVELOPMENT
    with Session(engine) as s:
        # Only the SMT's undo told anyone: the applicant, who had heard of ENDORSED (no reviewer
        # waits at "in development").
        rows = s.exec(select(OutboundMail).where(OutboundMail.template == "decision_withdrawn")).all()
        assert [r.recipients for r in rows] == [[get_app(engine, other).applicant_email]]


def test_ce_reopens_from_any_stage_only_with_a_reason(tmp_path):
    settings, engine = make_env(tmp_path)
    app_id = new_app(engine, settings, local(2026, 11, 2, 10), stage="board_review")
    assert decide(engine, settings, app_id, CE, "REOPEN", local(2026, 11, 5, 9)) == "processed"
    assert get_app(engine, app_id).stage == Stage.BOARD_REVIEW
    assert "REOPEN needs some text" in _last_transcript(engine, CE)
    assert decide(engine, settings, app_id, CE, "REOPEN The partner withdrew its endorsement.",
                  local(2026, 11, 5, 10)) == "processed"
    assert get_app(engine, app_id).stage == Stage.CE_ASSESSMENT
    [update] = mails(engine, "stage_changed")
    assert "The partner withdrew its endorsement." in body_text(parse(update.body))
