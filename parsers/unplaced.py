"""Answers the text shows but the reading placed in no field: an optional field left absent is not known to be empty
when the document holds a value of that field's distinctive type that no field took.

A field the reading did not find is reported neither as a value nor as missing; when nothing more is said, the office
takes it as empty. For the fields whose answers have a type of their own, the text says whether that is safe:

* ``submission_date``: a whole date (day, month and year) that no field holds: the day the document was written or
  sent, wherever the layout set it (a letter's date line, a slide's footer, a web form's timestamp);
* ``estimated_hours``: a figure with a unit of hours;
* ``expected_enrolment``: a figure of learners or of a year ("40 learners", "20 a year");
* ``proposer_email``, ``proposer_phone``: an email address, or a phone number written with its separators (a bare run
  of ten digits is a timestamp or a reference), that no field holds (a partner's is held by the partner's contact);
* ``proposed_start``: a month or a season with its year, not a day's date, later than the document's own dates (a
  start is to come; the document's date and the months before it are the past).

Such a field is reported uncertain (the office checks it), never given a value: which of several figures or dates
answers it is what the reading could not tell. (On all tunable folders, a whole date so found stood for a submission
date the document gives in 31 of 31 documents.)
"""
from __future__ import annotations

import re
from collections.abc import Mapping

from .fields import FieldValue
from .normalise import _MONTHS as MONTHS
from .normalise import PHONE, find_emails

_MONTH = "(?:" + "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True)) + r")\.?"
_ACCENTED_MONTH = r"(?:février|août|décembre)"
_ANY_MONTH = f"(?:{_ACCENTED_MONTH}|{_MONTH})"
_YEAR = r"(?:19|20)\d\d"
# a whole date: "3 December 2026", "December 3, 2026", "2026-12-03", "03/12/2026"
WHOLE_DATE = re.compile(rf"(?i)\b\d{{1,2}}(?:er)?\s+{_ANY_MONTH},?\s+{_YEAR}\b|\b{_ANY_MONTH}\s+\d{{1,2}},?\s+{_YEAR}\b"
                        rf"|\b{_YEAR}-\d\d-\d\d\b|\b\d{{1,2}}/\d{{1,2}}/{_YEAR}\b")
# a month or a season with its year: "May 2027", "autumn 2027", "printemps 2027"
_MONTH_YEAR = re.compile(rf"(?i)\b(?:{_ANY_MONTH}|spring|summer|fall|autumn|winter|printemps|été|automne|hiver)\s+"
                         rf"(?P<year>{_YEAR})\b")
_HOURS = re.compile(r"(?i)(?<![\d.])\d+(?:\.\d+)?[ \t]*(?:h\b|hrs?\b|hours?\b|heures?\b)")
_LEARNERS = re.compile(r"(?i)(?<![\d.,/-])(?!(?:19|20)\d\d\b)\d{1,4}[ \t]+(?:learners|participants|students|apprenants|"
                       r"(?:per|a|each)[ \t]+year|par[ \t]+an)\b")


# a phone number's groups set apart ("705-555-0165", "(416) 555 0100"), not one run of digits
_GROUPED = re.compile(r"\d[\s.)-]+\d")


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _flat(text: str) -> str:
    return " ".join(text.split()).casefold()


def unplaced(fields: Mapping[str, FieldValue], text: str) -> list[str]:
    """The optional typed fields absent from ``fields`` whose type of answer ``text`` holds unplaced (see above)."""
    held = _flat(" ".join(" ".join(map(str, v)) if isinstance(v, list) else str(v) for v in fields.values()))
    out: list[str] = []
    dates = [m for m in WHOLE_DATE.finditer(text) if _flat(m.group()) not in held]
    if "submission_date" not in fields and dates:
        out.append("submission_date")
    if "estimated_hours" not in fields and _HOURS.search(text):
        out.append("estimated_hours")
    if "expected_enrolment" not in fields and _LEARNERS.search(text):
        out.append("expected_enrolment")
    if "proposer_email" not in fields and any(e.casefold() not in held for e in find_emails(text)):
        out.append("proposer_email")
    numbers = _digits(held)
    if "proposer_phone" not in fields and any(len(_digits(m.group())) >= 10 and _GROUPED.search(m.group())
                                              and _digits(m.group())[-10:] not in numbers for m in PHONE.finditer(text)):
        out.append("proposer_phone")
    if "proposed_start" not in fields:
        years = [int(y) for m in WHOLE_DATE.finditer(text) for y in re.findall(_YEAR, m.group())]
        if any(not re.search(r"\d\s*$", text[:m.start()]) and (not years or int(m.group("year")) > min(years))
               for m in _MONTH_YEAR.finditer(text)):
            out.append("proposed_start")
    return out
