"""Who is who around an application: the staff roles an address holds, and who reviews a stage.

The one place that answers "who must act now?": review requests, reminders, the digest and
the weekly queue all ask here.
"""
from __future__ import annotations

from mailbot.config import Settings
from mailbot.review import workflow
from mailbot.review.workflow import Role, Stage
from mailbot.store.models import Application

__all__ = ["STAFF_ROLES", "acting_role", "reviewers", "staff_roles"]

#: The deciding staff roles and their names in the ``[staff]`` config section.
STAFF_ROLES: dict[Role, str] = {Role.CE: "ce", Role.SMT: "smt", Role.BOARD: "board"}


def acting_role(stage: str) -> Role | None:
    """The staff role that may act now: the deciding role, or CE (who may REOPEN) once closed."""
    if stage in (Stage.DECLINED, Stage.WITHDRAWN):
        return Role.CE
    return workflow.deciding_role(stage)


def reviewers(settings: Settings, app: Application) -> list[str]:
    """Who decides now (lower case): the assigned reviewer if any, else everyone holding the
    stage's staff role; [] when the stage waits for the applicant or for mailbot."""
    role = acting_role(app.stage)
    if role not in STAFF_ROLES:
        return []
    if app.assigned_to:
        return [app.assigned_to.lower()]
    return [a.lower() for a in getattr(settings.staff, STAFF_ROLES[role])]


def staff_roles(settings: Settings, sender: str) -> list[Role]:
    """The deciding staff roles (CE, SMT, Board) an address holds; managers only read."""
    held = settings.staff.roles_of(sender)
    return [r for r, name in STAFF_ROLES.items() if name in held]
