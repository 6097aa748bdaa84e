"""Commands by reply, one object per keyword (as GNU Mailman's email commands are).

A :class:`Command` declares everything about its keyword: where it applies (which stages),
who may use it (which roles), how its argument is read from the reply and checked, its help
line, whether the applicant sees the comment that comes with it, the event it records, and
its handler. Decisions (SUPPORTED, ENDORSED, WITHDRAW, REOPEN ...) are commands whose stages
and roles are read from the rows of :data:`mailbot.review.workflow.TRANSITIONS`: the stage a
decision leads to is written only there.

Adding a keyword is one object in :data:`COMMANDS` (plus its email template if it sends a
new kind of email, and an :class:`~mailbot.store.events.EventKind` if it records a new kind of
event). The reply parser (:mod:`mailbot.review.replies`), the authorisation and the review
emails' keyword lists and help text all read this registry.

Handlers do their work through :class:`Actions`, which :mod:`mailbot.review.decisions` provides
inside the reply's transaction; this module does no I/O itself.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from mailbot.config import Settings
from mailbot.mail import wording
from mailbot.review import formdata, workflow
from mailbot.review.workflow import TRANSITIONS, Role, Stage
from mailbot.store.events import EventKind
from mailbot.store.models import Application, Event

__all__ = [
    "Actions", "Address", "Argument", "Assignments", "COMMANDS", "Command", "KEYWORDS", "NO_ARGUMENT", "Result", "Text",
    "Weeks", "decision_keywords", "help_lines", "shares_comment",
]


# --------------------------------------------------------------------------- arguments


class Argument:
    """No argument: whatever follows the keyword is the comment."""

    def read(self, rest: str, comment: str) -> tuple[str, str]:
        """(argument, comment) from the rest of the keyword's line and the comment around it."""
        return "", comment

    def check(self, name: str, argument: str) -> str | None:
        """None when ``argument`` is acceptable, else one sentence for the sender."""
        return None


NO_ARGUMENT = Argument()

_ADDRESS = re.compile(r"[^@\s<>(),;:\"]+@[^@\s<>(),;:\"]+\.[^@\s<>(),;:\".]+")


class Address(Argument):
    """The first word of the line that looks like an email address (``<...>`` and mailto: removed)."""

    def read(self, rest: str, comment: str) -> tuple[str, str]:
        for word in rest.split():
            candidate = word.strip("<>()[],;:\"'").removeprefix("mailto:")
            if "@" in candidate:
                return candidate, comment.replace(word, "", 1).strip()
        return "", comment

    def check(self, name: str, argument: str) -> str | None:
        if not _ADDRESS.fullmatch(argument):
            return f"{name} needs an email address, for example: {name} reviewer@michener.ca"
        return None


class Text(Argument):
    """The comment itself is the argument (a note's text)."""

    def read(self, rest: str, comment: str) -> tuple[str, str]:
        return comment, comment

    def check(self, name: str, argument: str) -> str | None:
        if not argument.strip():
            return f"{name} needs some text after it, for example: {name} Called the lead today."
        return None


@dataclass(frozen=True)
class Weeks(Argument):
    """A whole number of weeks at the start of the line ("2", "2 weeks", "3 wk"), within bounds."""

    low: int = 1
    high: int = 12

    _NUMBER = re.compile(r"^(\d{1,3})\b(?:\s*(?:weeks?|wks?|w)\b)?[.,;:]?", re.IGNORECASE)

    def read(self, rest: str, comment: str) -> tuple[str, str]:
        m = self._NUMBER.match(rest)
        if not m:
            return "", comment
        return m.group(1), comment.replace(m.group(0), "", 1).strip()

    def check(self, name: str, argument: str) -> str | None:
        if not argument.isdigit() or not self.low <= int(argument) <= self.high:
            return (f"{name} needs a number of weeks from {self.low} to {self.high}, "
                    f"for example: {name} 2 weeks")
        return None


class Assignments(Argument):
    """``<field_key>: <value>`` on the keyword's line, and on each line right below it that starts
    with the keyword again ("SET a: 1" / "SET b: 2"). The argument is one "key: value" a line."""

    def read(self, rest: str, comment: str) -> tuple[str, str]:
        lines = comment.split("\n")
        taken = [rest] if rest else []
        start = 1 if rest and lines and lines[0] == rest else 0
        for i in range(start, len(lines)):
            line = lines[i].strip()
            if not line.upper().startswith("SET "):
                return "\n".join(taken), "\n".join(lines[i:]).strip()
            taken.append(line[4:].strip())
        return "\n".join(taken), ""

    def check(self, name: str, argument: str) -> str | None:
        pairs = formdata.parse_assignments(argument)
        if not pairs:
            return (f"{name} needs a field and a value, for example: {name} proposal_title: Point-of-care "
                    f"ultrasound. Field keys: {', '.join(formdata.FIELD_KEYS)}.")
        for key, value in pairs:
            if key not in formdata.FIELD_KEYS:
                return f"{key[:40]!r} is not a field key; the keys are: {', '.join(formdata.FIELD_KEYS)}."
            try:
                formdata.coerce(key, value)
            except ValueError as exc:
                return f"{key}: {exc}."
        return None


# --------------------------------------------------------------------------- what a handler may do


@dataclass(frozen=True)
class Result:
    """What the sender is told (the transcript's lines), and whether the command was done."""

    lines: list[str]
    ok: bool = True


class Actions(Protocol):
    """Everything a handler may read and do, in the transaction of the reply being handled."""

    @property
    def settings(self) -> Settings: ...
    @property
    def app(self) -> Application: ...
    @property
    def role(self) -> Role: ...
    @property
    def actor(self) -> str: ...
    @property
    def argument(self) -> str: ...
    @property
    def comment(self) -> str: ...
    @property
    def now(self) -> datetime: ...

    def change_stage(self, command: Command) -> None:
        """Move the application along the transitions table's row for ``command``."""

    def record(self, kind: EventKind, comment: str = "", data: dict[str, Any] | None = None) -> None:
        """Add an event to the application's trail (no stage move)."""

    def request_review(self, comment: str) -> None:
        """Email the stage's reviewers again (after an assignment, for example)."""

    def reschedule(self, by: timedelta) -> tuple[datetime | None, datetime | None]:
        """Move the stage's target and deadline (and its reminders) later; the new (target, deadline)."""

    def tell_applicant(self, email: str, ctx: dict[str, Any]) -> None:
        """Queue the email kind ``email`` to the applicant, in the application's thread."""

    def timeline(self) -> list[str]:
        """The application's history, one line per event."""

    def send_documents(self) -> list[str]:
        """Email the application's form and letters of support to the sender; their names."""

    def last_change(self) -> Event | None:
        """The latest event that changed the application (EventKind.changes_application)."""

    def undo(self, decision: Event) -> list[str]:
        """Reverse ``decision`` from the application's history; the addresses told it was withdrawn."""


Handler = Callable[["Command", Actions], Result]


# --------------------------------------------------------------------------- the command object


StagePredicate = Callable[[Stage], bool]
RolePredicate = Callable[[Stage, Role], bool]


@dataclass(frozen=True)
class Command:
    """One keyword a reply may start with.

    ``where``: the stages in which it applies. ``who``: whether a role may use it in a stage.
    ``help``: one line for the sender; ``{stage}`` is replaced by the stage's name.
    ``share_comment``: the applicant is sent the comment that came with it (a refusal's reason,
    the question asked). ``event``: the kind of event it records (None: none). ``decision``: it moves the
    stage along a row of the transitions table.
    """

    name: str
    help: str
    handle: Handler
    event: EventKind | None
    where: StagePredicate
    who: RolePredicate
    argument: Argument = NO_ARGUMENT
    share_comment: bool = False
    decision: bool = False

    def usable(self, stage: Stage | str, role: Role | str) -> bool:
        """True when ``role`` may use this keyword in ``stage`` now."""
        stage, role = Stage(stage), Role(role)
        return self.where(stage) and self.who(stage, role)

    def open_to(self, roles: Iterable[Role]) -> bool:
        """True when one of ``roles`` may use this keyword in some stage."""
        return any(self.usable(stage, role) for stage in Stage for role in roles)

    def check(self, argument: str) -> str | None:
        """None when ``argument`` is acceptable, else one sentence for the sender."""
        return self.argument.check(self.name, argument)

    def help_line(self, stage: Stage | str) -> str:
        return self.help.format(stage=workflow.describe(stage))


# --------------------------------------------------------------------------- handlers


def _event(command: Command) -> EventKind:
    assert command.event is not None, f"{command.name} records no event"
    return command.event


def _decide(command: Command, act: Actions) -> Result:
    before_stage = act.app.stage
    act.change_stage(command)
    if act.role == Role.APPLICANT and act.app.language == "fr":
        # The applicant's own decision (WITHDRAW) is answered in their language.
        return Result([f"{command.name} : c'est fait. La demande {act.app.reference} est passée de l'étape "
                       f"« {wording.stage_name(before_stage, 'fr')} » à l'étape "
                       f"« {wording.stage_name(act.app.stage, 'fr')} »."])
    hours = act.settings.schedule.undo_window_hours
    undo = [f"To take it back, reply UNDO to this email within {hours} hours."] \
        if hours and command.event == EventKind.DECISION else []
    return Result([f"{command.name}: done. {act.app.reference} moved from {workflow.describe(before_stage)} "
                   f"to {workflow.describe(act.app.stage)}.", *undo])


def _status(command: Command, act: Actions) -> Result:
    return Result(act.timeline())


def _note(command: Command, act: Actions) -> Result:
    act.record(_event(command), act.argument)
    return Result([f"NOTE: added to {act.app.reference}."])


def _assign(command: Command, act: Actions) -> Result:
    act.app.assigned_to = act.argument.lower()
    act.record(_event(command), act.argument)
    act.request_review(f"assigned to you by {act.actor}")
    return Result([f"ASSIGN: {act.argument} is now the reviewer of {act.app.reference} for this stage."])


def _set(command: Command, act: Actions) -> Result:
    """Correct fields: a staff value stands until a revised form answers that field anew."""
    lines = []
    for key, text in formdata.parse_assignments(act.argument):
        value = formdata.coerce(key, text)
        old = formdata.amend(act.app, key, value, role=formdata.STAFF, actor=act.actor, now=act.now,
                             confident=True, how=command.name)
        act.record(_event(command), f"{key}: {_short(old)} -> {_short(value)}",
                   {"field": key, "old": old, "new": value})
        lines.append(f"SET: {key} is now {_short(value)} (was {_short(old)}).")
    missing = ", ".join(act.app.missing_required) or "nothing"
    uncertain = ", ".join(act.app.uncertain_fields) or "nothing"
    return Result([*lines, f"{act.app.reference}: missing now {missing}; uncertain now {uncertain}."])


def _short(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "(empty)"
    text = "; ".join(map(str, value)) if isinstance(value, list) else str(value)
    return repr(text if len(text) <= 80 else text[:77] + "...")


def _defer(command: Command, act: Actions) -> Result:
    app, weeks = act.app, int(act.argument)
    if app.target_at is None and app.deadline_at is None:
        return Result([f"DEFER: not done. {workflow.describe(app.stage)} has no due dates to move."], ok=False)
    target, deadline = act.reschedule(timedelta(weeks=weeks))
    tz = act.settings.timezone
    when = ", ".join(f"{name} {d.astimezone(tz):%a %-d %b %Y}" for name, d in (("target", target), ("deadline", deadline))
                     if d is not None)
    plural = "" if weeks == 1 else "s"
    act.record(_event(command), f"{weeks} week{plural} later: {when}",
               {"keyword": command.name, "weeks": weeks, "comment": act.comment})
    act.tell_applicant("deferred", {"weeks": weeks, "target_date": target.astimezone(tz) if target else None})
    return Result([f"DEFER: done. The dates of {app.reference} moved {weeks} week{plural} later: {when}.",
                   "The applicant was told the new expected date; reminders follow the new dates."])


def _documents(command: Command, act: Actions) -> Result:
    names = act.send_documents()
    if not names:
        return Result([f"DOCUMENTS: {act.app.reference} has no stored form or letter of support."], ok=False)
    return Result([f"DOCUMENTS: sent in a separate email: {', '.join(names)}."])


def _undo(command: Command, act: Actions) -> Result:
    app, hours = act.app, act.settings.schedule.undo_window_hours
    last = act.last_change()
    mine = (last is not None and last.kind == EventKind.DECISION and last.actor.lower() == act.actor.lower()
            and not (last.data or {}).get("undone") and last.stage_to == app.stage)
    if not mine or last is None:
        return Result([f"UNDO: not done. Only the last thing that happened to {app.reference} can be undone, "
                       "and only by the person whose decision it was.",
                       "CE can still REOPEN it with a reason."], ok=False)
    at = last.at if last.at.tzinfo else last.at.replace(tzinfo=UTC)
    if act.now - at > timedelta(hours=hours):
        return Result([f"UNDO: not done. Your {last.data.get('keyword', 'decision')} was made more than "
                       f"{hours} hours ago.", "CE can still REOPEN it with a reason."], ok=False)
    keyword = (last.data or {}).get("keyword", "decision")
    told = act.undo(last)
    return Result([f"UNDO: done. Your {keyword} is withdrawn; {app.reference} is back at "
                   f"{workflow.describe(app.stage)}. Reply to the review email of that stage to decide again.",
                   *([f"Told that it was withdrawn: {', '.join(told)}."] if told else [])])


# --------------------------------------------------------------------------- who and where


_STAFF = frozenset({Role.CE, Role.SMT, Role.BOARD})


def anywhere(stage: Stage) -> bool:
    return True


def staff(stage: Stage, role: Role) -> bool:
    return role in _STAFF


def staff_or_applicant(stage: Stage, role: Role) -> bool:
    return role in _STAFF or role == Role.APPLICANT


def open_stage(stage: Stage) -> bool:
    return not workflow.is_terminal(stage)


def ce_staff(stage: Stage, role: Role) -> bool:
    return role == Role.CE


def review_stage(stage: Stage) -> bool:
    """A stage that waits for a staff decision (not for the applicant, mailbot, or nobody)."""
    return workflow.deciding_role(stage) in _STAFF


def stage_reviewers(stage: Stage, role: Role) -> bool:
    """The role the stage waits for."""
    return workflow.deciding_role(stage) == role


def decision(name: str, *, share_comment: bool = False, event: EventKind = EventKind.DECISION,
             argument: Argument = NO_ARGUMENT, help: str = "") -> Command:
    """A command whose stages and roles are the rows of the transitions table for ``name``."""
    rows = [t for t in TRANSITIONS if t.keyword == name]
    if not rows or name in workflow.INTERNAL_EVENTS:
        raise ValueError(f"{name} is not a decision keyword of the transitions table")
    return Command(
        name, help or f"{name}: moves the application on from {{stage}}.", _decide, event,
        where=lambda stage: any(t.stage == stage for t in rows),
        who=lambda stage, role: any(t.stage == stage and t.role == role for t in rows),
        argument=argument, share_comment=share_comment, decision=True,
    )


# --------------------------------------------------------------------------- the registry


COMMANDS: dict[str, Command] = {
    c.name: c
    for c in (
        decision("SUPPORTED"),
        decision("NOT SUPPORTED", share_comment=True),
        decision("MORE INFO", share_comment=True),
        decision("ENDORSED"),
        decision("NOT ENDORSED", share_comment=True),
        decision("COMPLETE"),
        decision("REVIEWED"),
        decision("REVISE", share_comment=True),
        decision("APPROVED"),
        decision("NOT APPROVED", share_comment=True),
        decision("REOPEN", argument=Text(), share_comment=True,
                 help="REOPEN <reason>: send the application back to CE assessment from {stage}."),
        decision("WITHDRAW", event=EventKind.STAGE_CHANGE),
        Command("ASSIGN", "ASSIGN <address>: make that person the reviewer for this stage.", _assign,
                EventKind.ASSIGNED, anywhere, staff, argument=Address()),
        Command("NOTE", "NOTE <text>: add an internal note to the application; nobody else is emailed.", _note,
                EventKind.NOTE, anywhere, staff, argument=Text()),
        Command("DEFER", "DEFER <weeks>: move this stage's target and deadline that many weeks later "
                "(the applicant is told the new date).", _defer, EventKind.DEFERRED, review_stage, stage_reviewers,
                argument=Weeks(1, 12)),
        Command("UNDO", "UNDO: take back your last decision on this application (reply to its confirmation, "
                "within the undo window, while nothing else has happened to it).", _undo, EventKind.UNDONE, anywhere, staff),
        Command("DOCUMENTS", "DOCUMENTS: get the concept form and its letters of support by email.", _documents,
                None, anywhere, staff),
        Command("STATUS", "STATUS: reply with the application's timeline.", _status,
                None, anywhere, staff_or_applicant),
        Command("SET", "SET <field_key>: <value>: correct a field the form reading got wrong (one a line).", _set,
                EventKind.CORRECTED, open_stage, ce_staff, argument=Assignments()),
    )
}

#: Every keyword a reply may start with, longest first so "NOT SUPPORTED" is tried before
#: "SUPPORTED" (a regex alternation takes the first alternative that matches).
KEYWORDS: tuple[str, ...] = tuple(sorted(COMMANDS, key=lambda k: (-len(k), k)))


def decision_keywords(stage: Stage | str, role: Role | str | None) -> list[str]:
    """The decisions ``role`` may reply with in ``stage`` now, in the transitions table's order."""
    if role is None:
        return []
    return [k for k in workflow.allowed(stage, role) if k in COMMANDS and COMMANDS[k].usable(stage, role)]


def usable(stage: Stage | str, role: Role | str | None) -> list[Command]:
    """Every command ``role`` may use in ``stage`` now: the decisions first, then the others."""
    if role is None:
        return []
    others = [c for c in COMMANDS.values() if not c.decision and c.usable(stage, role)]
    return [COMMANDS[k] for k in decision_keywords(stage, role)] + others


def help_lines(stage: Stage | str, role: Role | str | None) -> list[str]:
    """Lines for a transcript or a review email: what ``role`` may reply with in ``stage`` now."""
    return [c.help_line(stage) for c in usable(stage, role)]


def shares_comment(keyword: str) -> bool:
    """Whether the applicant is sent the comment that came with ``keyword``."""
    command = COMMANDS.get(keyword)
    return command is not None and command.share_comment
