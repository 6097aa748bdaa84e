"""The office's promises in words, computed from the configured windows (never a sentence in the config)."""
from __future__ import annotations

from mailbot.config import Settings


def span(target_days: int, deadline_days: int, *, business_days: bool) -> str:
    """'2 to 4 weeks', '10 to 20 business days', '3 weeks': the window as a person says it."""
    if not business_days and target_days % 7 == 0 and deadline_days % 7 == 0:
        low, high, unit = target_days // 7, deadline_days // 7, "week"
    else:
        low, high, unit = target_days, deadline_days, "business day" if business_days else "day"
    plural = unit.replace("day", "days").replace("week", "weeks")
    if low == high:
        return f"{low} {unit if low == 1 else plural}"
    return f"{low} to {high} {plural}"


def assessment_promise(settings: Settings) -> str:
    """How long the CE assessment takes, per [schedule.stages] ce_assessment (or [intake])."""
    window = settings.schedule.window("ce_assessment")
    target = window.target_days if window else None
    deadline = window.deadline_days if window else None
    if target is None and deadline is None:
        return ""
    return span(target or deadline or 0, deadline or target or 0, business_days=settings.schedule.business_days)
