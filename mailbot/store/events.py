"""What each kind of audit-trail event means, in one place.

An :class:`~mailbot.store.models.Event` row stores its kind as the enum's value (a short string);
everything that reads the trail asks the kind what it means (``kind.counts_as_decision``)
instead of comparing strings, so a new kind states its meaning once, here. Values are stored
in the database: never rename one.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

__all__ = ["EventKind", "Meaning"]


@dataclass(frozen=True)
class Meaning:
    """What an event of one kind says about the application and the person who caused it.

    ``counts_as_decision``: a finished assessment by staff (the digest's "decided", the median
    time in CE assessment). ``counts_as_acting``: the actor has dealt with the application in its
    current stage, so the stage's reminders no longer go to them. ``in_digest``: listed in the
    managers' weekly digest. ``moves_stage``: the row's stage_from/stage_to are a move.
    ``changes_application``: something happened to the application itself (not a note, a message
    or a refused command); a decision can be undone only while nothing like that followed it.
    """

    summary: str
    counts_as_decision: bool = False
    counts_as_acting: bool = False
    in_digest: bool = False
    moves_stage: bool = False
    changes_application: bool = False


class EventKind(StrEnum):
    """Every kind of event mailbot records. The meaning of each is in :data:`_MEANINGS`."""

    RECEIVED = "received"
    DECISION = "decision"
    STAGE_CHANGE = "stage_change"
    DEFERRED = "deferred"
    UNDONE = "undone"
    NOTE = "note"
    ASSIGNED = "assigned"
    REVISED = "revised"
    RESENT = "resent"
    CORRESPONDENCE = "correspondence"
    REJECTED_COMMAND = "rejected_command"
    BOUNCE = "bounce"
    ANSWERED = "answered"
    CORRECTED = "corrected"
    OCR_READ = "ocr_read"

    @property
    def meaning(self) -> Meaning:
        return _MEANINGS[self]

    @property
    def counts_as_decision(self) -> bool:
        return self.meaning.counts_as_decision

    @property
    def counts_as_acting(self) -> bool:
        return self.meaning.counts_as_acting

    @property
    def in_digest(self) -> bool:
        return self.meaning.in_digest

    @property
    def moves_stage(self) -> bool:
        return self.meaning.moves_stage

    @property
    def changes_application(self) -> bool:
        return self.meaning.changes_application

    @classmethod
    def where(cls, attribute: str) -> tuple[EventKind, ...]:
        """The kinds whose meaning has ``attribute`` set, for a database query (``kind IN ...``)."""
        return tuple(k for k in cls if getattr(k.meaning, attribute))


K = EventKind  # short alias so each meaning fits on one line; not public

_MEANINGS: dict[EventKind, Meaning] = {
    K.RECEIVED: Meaning("a concept form arrived and became an application", moves_stage=True,
                        changes_application=True),
    K.DECISION: Meaning("a staff member decided by reply; the stage moved",
                        counts_as_decision=True, counts_as_acting=True, in_digest=True, moves_stage=True,
                        changes_application=True),
    K.STAGE_CHANGE: Meaning("the applicant or mailbot moved the stage (answer, proposal, withdrawal)",
                            moves_stage=True, changes_application=True),
    # Not a decision: counting it as one would show a finished assessment that has not happened,
    # and not acting: the reviewer who deferred still needs the reminders at the new dates.
    K.DEFERRED: Meaning("a reviewer moved the stage's due dates later", in_digest=True, changes_application=True),
    # The decision it reverses stops counting as one (its row is marked undone).
    K.UNDONE: Meaning("the author of a decision took it back within the undo window; the stage moved back",
                      in_digest=True, moves_stage=True, changes_application=True),
    K.NOTE: Meaning("a staff member added an internal note", counts_as_acting=True),
    K.ASSIGNED: Meaning("a staff member named the reviewer for this stage", changes_application=True),
    K.REVISED: Meaning("the applicant sent a revised form (a new version of the fields)", changes_application=True),
    K.RESENT: Meaning("the applicant sent again a form already recorded (same content); nothing changed"),
    K.CORRESPONDENCE: Meaning("a message about the application that is not a command"),
    K.REJECTED_COMMAND: Meaning("a command by reply was refused; nothing changed"),
    K.BOUNCE: Meaning("an email to someone about the application bounced"),
    K.ANSWERED: Meaning("the applicant answered missing or uncertain items by reply"),
    K.CORRECTED: Meaning("a CE staff member corrected a field by reply (SET); not a decision"),
    K.OCR_READ: Meaning("OCR read a scanned attachment (a form's fields, or what else it is)"),
}
