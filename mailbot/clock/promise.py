"""The office's promises in words, computed from the configured windows (never a sentence in the config)."""
from __future__ import annotations

from mailbot.config import Settings


# (singular, plural) of each unit, and the word between two numbers, per language.
_UNITS = {
    "en": {"week": ("week", "weeks"), "day": ("day", "days"), "business day": ("business day", "business days")},
    "fr": {"week": ("semaine", "semaines"), "day": ("jour", "jours"),
           "business day": ("jour ouvrable", "jours ouvrables")},
}
_TO = {"en": "to", "fr": "à"}


def span(target_days: int, deadline_days: int, *, business_days: bool, language: str = "en") -> str:
    """'2 to 4 weeks', '10 to 20 business days', '3 weeks' ('2 à 4 semaines' in French): the window
    as a person says it."""
    if not business_days and target_days % 7 == 0 and deadline_days % 7 == 0:
        low, high, unit = target_days // 7, deadline_days // 7, "week"
    else:
        low, high, unit = target_days, deadline_days, "business day" if business_days else "day"
    language = language if language in _UNITS else "en"
    singular, plural = _UNITS[language][unit]
    if low == high:
        # French counts 1 (and 0) in the singular; English only 1.
        one = low == 1 or (language == "fr" and low == 0)
        return f"{low} {singular if one else plural}"
    return f"{low} {_TO[language]} {high} {plural}"


def assessment_promise(settings: Settings, language: str = "en") -> str:
    """How long the CE assessment takes, per [schedule.stages] ce_assessment (or [intake])."""
    window = settings.schedule.window("ce_assessment")
    target = window.target_days if window else None
    deadline = window.deadline_days if window else None
    if target is None and deadline is None:
        return ""
    return span(target or deadline or 0, deadline or target or 0, business_days=settings.schedule.business_days,
                language=language)
