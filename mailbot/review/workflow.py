"""The review process as one table of allowed transitions. Pure code: no I/O.

An application is always in exactly one :class:`Stage`. It moves only along a row of
:data:`TRANSITIONS`: in stage S, the keyword K sent by someone holding role R moves it to the
row's target. Staff decide by replying with a keyword (see :mod:`mailbot.review.commands`); the
applicant's actions (a revised form, the full proposal) and mailbot's own steps are *events*
with internal names that nobody types: ``INTAKE``, ``REVISED``, ``PROPOSAL``, ``FORWARD``.

Two design choices worth knowing:

- ``received`` and ``full_proposal_received`` are arrival stages. mailbot records the arrival
  (so the timeline shows when the form or proposal came in) and immediately applies the SYSTEM
  event (``INTAKE`` / ``FORWARD``) that hands the application to the next reviewers. The published
  process has no human check between a proposal arriving and the SMT reviewing it, so no
  person is asked to forward it; CE staff see it in the SMT notification anyway.
- A transition may depend on the application's request type: an *existing program* that the
  SMT endorses first goes through a curriculum quality review. That is a row with
  ``request_type="existing_program"``, which wins over the generic row for the same
  stage and keyword.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from enum import StrEnum

from mailbot.errors import MailbotError

__all__ = [
    "DECISION_KEYWORDS", "INTERNAL_EVENTS", "TERMINAL", "TRANSITIONS", "Role", "Stage", "Transition",
    "TransitionError", "allowed", "apply", "deciding_role", "describe", "explain", "find", "is_terminal",
    "label",
]


class Stage(StrEnum):
    """Where an application is in the process. Values are stored in the database: never rename."""

    RECEIVED = "received"
    CE_ASSESSMENT = "ce_assessment"
    AWAITING_APPLICANT = "awaiting_applicant"
    SMT_CONCEPT_REVIEW = "smt_concept_review"
    CURRICULUM_QUALITY_REVIEW = "curriculum_quality_review"
    IN_DEVELOPMENT = "in_development"
    FULL_PROPOSAL_RECEIVED = "full_proposal_received"
    SMT_PROPOSAL_REVIEW = "smt_proposal_review"
    BOARD_REVIEW = "board_review"
    APPROVED = "approved"
    DECLINED = "declined"
    WITHDRAWN = "withdrawn"


class Role(StrEnum):
    """Who acts. CE, SMT and BOARD match the role names of the ``[staff]`` config section."""

    CE = "ce"
    SMT = "smt"
    BOARD = "board"
    APPLICANT = "applicant"
    SYSTEM = "system"


class TransitionError(MailbotError):
    """A keyword is not valid for this stage and role. The message names the valid keywords."""


@dataclass(frozen=True)
class Transition:
    """One allowed move: in ``stage``, ``keyword`` by ``role`` leads to ``target``.

    ``request_type`` None means "any request type"; a row naming a request type takes
    precedence over the generic row with the same stage, keyword and role.
    """

    stage: Stage
    keyword: str
    role: Role
    target: Stage
    description: str
    request_type: str | None = None


S, R = Stage, Role  # short aliases so each row of the table fits on one line; not public

# The published process, in order. Keep it readable in one screen: this *is* the policy.
TRANSITIONS: tuple[Transition, ...] = (
    Transition(S.RECEIVED, "INTAKE", R.SYSTEM, S.CE_ASSESSMENT, "The form was recorded and sent to CE for assessment."),
    Transition(S.CE_ASSESSMENT, "SUPPORTED", R.CE, S.SMT_CONCEPT_REVIEW, "CE supports the concept; it goes to the SMT."),
    Transition(S.CE_ASSESSMENT, "NOT SUPPORTED", R.CE, S.DECLINED, "CE does not support the concept."),
    Transition(S.CE_ASSESSMENT, "MORE INFO", R.CE, S.AWAITING_APPLICANT, "CE needs more information from the applicant."),
    Transition(S.AWAITING_APPLICANT, "REVISED", R.APPLICANT, S.CE_ASSESSMENT, "The applicant answered or sent a revised form."),
    Transition(S.SMT_CONCEPT_REVIEW, "ENDORSED", R.SMT, S.IN_DEVELOPMENT, "The SMT endorses the concept; development can start."),
    Transition(S.SMT_CONCEPT_REVIEW, "ENDORSED", R.SMT, S.CURRICULUM_QUALITY_REVIEW,
               "The SMT endorses the concept; the existing program first has a curriculum quality review.",
               request_type="existing_program"),
    Transition(S.SMT_CONCEPT_REVIEW, "NOT ENDORSED", R.SMT, S.DECLINED, "The SMT does not endorse the concept."),
    Transition(S.CURRICULUM_QUALITY_REVIEW, "COMPLETE", R.CE, S.IN_DEVELOPMENT, "The curriculum quality review is complete."),
    Transition(S.CURRICULUM_QUALITY_REVIEW, "REVIEWED", R.CE, S.IN_DEVELOPMENT, "The curriculum quality review is complete."),
    Transition(S.IN_DEVELOPMENT, "PROPOSAL", R.APPLICANT, S.FULL_PROPOSAL_RECEIVED, "The lead sent the full proposal and development plan."),
    Transition(S.FULL_PROPOSAL_RECEIVED, "FORWARD", R.SYSTEM, S.SMT_PROPOSAL_REVIEW, "The full proposal was sent to the SMT for review."),
    Transition(S.SMT_PROPOSAL_REVIEW, "ENDORSED", R.SMT, S.BOARD_REVIEW, "The SMT endorses the proposal; it goes to the Board."),
    Transition(S.SMT_PROPOSAL_REVIEW, "REVISE", R.SMT, S.IN_DEVELOPMENT, "The SMT asks for a revised proposal."),
    Transition(S.SMT_PROPOSAL_REVIEW, "NOT ENDORSED", R.SMT, S.DECLINED, "The SMT does not endorse the proposal."),
    Transition(S.BOARD_REVIEW, "APPROVED", R.BOARD, S.APPROVED, "The Board approved the micro-credential."),
    Transition(S.BOARD_REVIEW, "NOT APPROVED", R.BOARD, S.DECLINED, "The Board did not approve the micro-credential."),
)

#: Stages in which the process has ended. CE can still REOPEN them.
TERMINAL: frozenset[Stage] = frozenset({S.APPROVED, S.DECLINED, S.WITHDRAWN})

# The applicant may withdraw from every non-terminal stage. Generated rather than written out
# twelve times so a new stage cannot be forgotten.
TRANSITIONS += tuple(
    Transition(stage, "WITHDRAW", R.APPLICANT, S.WITHDRAWN, "The applicant withdrew the application.")
    for stage in Stage
    if stage not in TERMINAL
)

# CE may send an application back to CE assessment from any other stage, with a reason (a mistake
# found late, an approval to revisit). Stages mailbot leaves at once have nothing to reopen.
TRANSITIONS += tuple(
    Transition(stage, "REOPEN", R.CE, S.CE_ASSESSMENT, "CE reopened the application for assessment.")
    for stage in Stage
    if stage not in (S.CE_ASSESSMENT, S.RECEIVED, S.FULL_PROPOSAL_RECEIVED)
)

#: Event names mailbot applies itself; never read from the text of a reply.
INTERNAL_EVENTS: frozenset[str] = frozenset({"INTAKE", "REVISED", "PROPOSAL", "FORWARD"})

#: Every keyword a person may type in a reply to move an application (decision keywords).
DECISION_KEYWORDS: frozenset[str] = frozenset(t.keyword for t in TRANSITIONS) - INTERNAL_EVENTS

_LABELS: dict[Stage, tuple[str, str]] = {
    S.RECEIVED: ("Received", "The concept form has been received and recorded."),
    S.CE_ASSESSMENT: ("CE assessment", "Continuing Education is assessing the concept."),
    S.AWAITING_APPLICANT: ("Awaiting applicant", "Continuing Education is waiting for more information from the applicant."),
    S.SMT_CONCEPT_REVIEW: ("SMT concept review", "The Senior Management Team is reviewing the concept."),
    S.CURRICULUM_QUALITY_REVIEW: ("Curriculum quality review", "The existing program is having a curriculum quality review."),
    S.IN_DEVELOPMENT: ("In development", "The lead is developing the full proposal and development plan."),
    S.FULL_PROPOSAL_RECEIVED: ("Full proposal received", "The full proposal has been received."),
    S.SMT_PROPOSAL_REVIEW: ("SMT proposal review", "The Senior Management Team is reviewing the full proposal."),
    S.BOARD_REVIEW: ("Board review", "The Board is reviewing the micro-credential."),
    S.APPROVED: ("Approved", "The micro-credential has been approved."),
    S.DECLINED: ("Declined", "The application was declined."),
    S.WITHDRAWN: ("Withdrawn", "The application was withdrawn by the applicant."),
}


_ROLE_NAMES: dict[Role, str] = {
    R.CE: "CE staff", R.SMT: "the SMT", R.BOARD: "the Board", R.APPLICANT: "the applicant", R.SYSTEM: "mailbot",
}


def _rows(stage: Stage | str, keyword: str, role: Role | str) -> list[Transition]:
    return [
        t for t in TRANSITIONS
        if t.stage == stage and t.keyword == keyword and t.role == role
    ]


def find(stage: Stage | str, keyword: str, role: Role | str, request_type: str | None = None) -> Transition | None:
    """The row that applies, or None when the move is not allowed.

    ``keyword`` is compared after upper-casing and collapsing spaces. A row for the given
    ``request_type`` wins over the generic row.
    """
    rows = _rows(Stage(stage), _norm(keyword), Role(role))
    specific = [t for t in rows if t.request_type is not None and t.request_type == request_type]
    if specific:
        return specific[0]
    generic = [t for t in rows if t.request_type is None]
    return generic[0] if generic else None


def allowed(stage: Stage | str, role: Role | str) -> list[str]:
    """The keywords ``role`` may use in ``stage`` now, in table order, without duplicates."""
    stage, role = Stage(stage), Role(role)
    out: list[str] = []
    for t in TRANSITIONS:
        if t.stage == stage and t.role == role and t.keyword not in out:
            out.append(t.keyword)
    return out


def apply(stage: Stage | str, keyword: str, role: Role | str, request_type: str | None = None) -> Stage:
    """The stage after ``role`` uses ``keyword`` in ``stage``.

    Raises :class:`TransitionError` (one readable sentence naming the keywords valid for that
    role now) when the table has no such row. Never changes anything: the caller records it.
    """
    stage, role = Stage(stage), Role(role)
    t = find(stage, keyword, role, request_type)
    if t is not None:
        return t.target
    valid = [k for k in allowed(stage, role) if k not in INTERNAL_EVENTS]
    if valid:
        hint = "valid keywords now are " + ", ".join(valid)
    elif (waiting := deciding_role(stage)) is not None:
        hint = f"this stage waits for {_ROLE_NAMES[waiting]}"
    else:
        hint = "the process has ended"
    raise TransitionError(
        f"{_norm(keyword) or 'An empty keyword'} is not a valid decision for {describe(stage)} "
        f"by {_ROLE_NAMES[role]}; {hint}."
    )


@lru_cache(maxsize=None)  # a pure function of a few stages; the digest asks once per open application
def deciding_role(stage: Stage | str) -> Role | None:
    """The role that moves ``stage`` forward, or None for a terminal stage.

    WITHDRAW (the applicant, always possible) and REOPEN (CE, after the end) are left out:
    they are not the decision the stage waits for. APPLICANT means the application waits for
    the applicant; SYSTEM means mailbot moves on by itself.
    """
    stage = Stage(stage)
    if stage in TERMINAL:
        return None
    for t in TRANSITIONS:
        if t.stage == stage and t.keyword not in ("WITHDRAW", "REOPEN"):
            return t.role
    return None


def is_terminal(stage: Stage | str) -> bool:
    """True when the process has ended (approved, declined, withdrawn)."""
    return Stage(stage) in TERMINAL


def label(stage: Stage | str) -> str:
    """A short human name for emails and the CLI, e.g. "SMT concept review"."""
    return _LABELS[Stage(stage)][0]


def describe(stage: Stage | str) -> str:
    """The short human name of a stage, for emails (the same as :func:`label`)."""
    return label(stage)


def explain(stage: Stage | str) -> str:
    """One sentence telling an applicant what the stage means."""
    return _LABELS[Stage(stage)][1]


def _norm(keyword: str) -> str:
    return " ".join(keyword.upper().split())
