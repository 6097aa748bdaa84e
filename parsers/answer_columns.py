"""A question-and-answer table whose header row names its columns: "Question | Our answer | Notes to self".

An applicant who copies the questions into a table of their own adds columns of their own: notes to
themselves, a status, who is checking it. Read cell by cell, such a note runs into the answer beside
it ("Westfield Paramedic Service Heart & Stroke also interested"). The header row says which column
holds the questions and which the answers; the other columns are not the form's, and the header row
itself is no question. A self-assessment table "Criterion | Evidence | Comment" names its answers "Evidence".
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from .labels import fold

Cell = TypeVar("Cell")

HEADER_WORDS = 6  # a column heading is a few words ("Notes to self (delete before sending)")
_NUMBER = re.compile(r"^\s*[A-Za-z]{0,3}\s?-?\d{1,3}[.):]?\s*$")  # an item's number alone in its cell ("1", "Q2", "3.")
# what a column heading calls its cells, by their role in a questionnaire (English and French, accents folded)
_QUESTIONS = re.compile(r"^(?:the\s+|ce\s+|michener\s+|form\s+)?(?:questions?|items?|topics?|fields?|prompts?|"
                        r"criteri(?:on|a)|headings?|rubriques?|elements?|champs?|sujets?)\b")
# ... but a heading that names the rows' numbers ("Item no.", "Question #", "No.") heads a column of codes, not the questions
_NUMBERS = re.compile(r"^(?:(?:items?|questions?|rows?|elements?)\s+)?(?:no\.?|nos\.?|numbers?|#|n[°o]|num(?:ero|ber)?s?)$")
_ANSWERS = re.compile(r"^(?:(?:our|my|your|the|nos|notre|mes|ma|vos|votre|la|les)\s+)?(?:answers?|responses?|evidence|"
                      r"repl(?:y|ies)|reponses?)\b")


def column_role(text: str) -> str:
    """What a column heading calls its cells: "question", "answer", "other" (a short heading), "" (none)."""
    t = fold(" ".join(text.split())).strip(" :*")
    if not t or len(t.split()) > HEADER_WORDS:
        return ""
    if _NUMBERS.match(t):
        return "other"
    if _QUESTIONS.match(t):
        return "question"
    if _ANSWERS.match(t):
        return "answer"
    return "other"


def question_and_answer(rows: Sequence[Sequence[Cell]], text: Callable[[Cell], str]) -> list[list[Cell]] | None:
    """The rows below the header as [question cell, answer cell], when the header row names both columns
    and at least one column of another kind; None for any other table (it is read as it stands)."""
    if len(rows) < 3 or len(rows[0]) < 3:
        return None
    roles = [column_role(text(c)) for c in rows[0]]
    if "" in roles or roles.count("question") != 1 or roles.count("answer") != 1:
        return None
    q, a = roles.index("question"), roles.index("answer")
    width = len(rows[0])
    if all(_NUMBER.match(text(r[q])) for r in rows[1:] if len(r) == width and text(r[q]).strip()):
        return None  # the column the header calls the items holds only their numbers: the questions are elsewhere
    out: list[list[Cell]] = []
    for row in rows[1:]:
        if len(row) != width:
            return None  # merged cells shift the columns: the header no longer says which is which
        out.append([row[q], row[a]])
    return out
