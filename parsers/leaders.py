"""Dot leaders: the row of dots a printed form runs from a label to its answer or to the end of its blank.

"Proposed Title .................. Falls Prevention" is a label and its answer; the dots do a colon's
work. Read as words, they glue the label to its answer (or, on a blank, leave "Estimated hours
........" as a label nobody recognises). :func:`as_colon` writes such a line as "Label: answer".
"""
from __future__ import annotations

import re
from typing import Callable

# four dots or more (spaced or not, full stops or middle dots), or two ellipsis characters or more
_LEADER = re.compile(r"\s*(?:(?:[.·∙]\s?){4,}|(?:…\s?){2,})+\s*")
_AFTER_WORD = re.compile(r"[^\W_]|[)\]?]")


def as_colon(text: str) -> str:
    """The line with its first dot leader after a label made a colon ("Label: answer", "Label:" on a blank)."""
    m = _LEADER.search(text)
    if m is None or m.start() == 0:
        return text
    before, after = text[:m.start()], text[m.end():]
    if before.rstrip().endswith((":", "：")):
        return before.rstrip() + (" " + after if after else "")
    if not _AFTER_WORD.match(before[-1]):
        return text
    return before + ": " + after if after else before + ":"


RUN_IN_WORDS = 8  # words of a run-in label at most
ABBREVIATION = 3  # letters of a word closed by a full stop that may be an abbreviation ("M.", "Dr.") rather than a label's end
_RUN_IN = re.compile(r"^(\s*[^\W\d_][^.:]*?(?:[^\W_]|[\])]))\.(?:\s+(.*))?$", re.DOTALL)
# a requirement marker of the form ("[R1]".."[R4]", see FIELDS.md) closes the label it follows
_MARKER_END = re.compile(r"\[R\d\]$")
_MARKED = re.compile(r"^(\s*[^\W\d_][^:\[]*?\[R\d\])(?!\s*[:.])\s*(\S.*)$", re.DOTALL)


def run_in_as_colon(text: str, is_label: Callable[[str], bool], set_apart: bool = False) -> str:
    """A run-in label written "Label: answer": one closed by the form's requirement marker, with its answer after
    it on the line ("Competencies [R1] Site choice; ...", or a typeset form's "Learning Outcomes [R1]. Learners
    will ..."), or, on a line ``set_apart`` by its type (bold), a label closed by a full stop over a blank
    ("Resources Required.").

    ``is_label`` says whether the words before the marker or the stop name a field of the form. A line of
    plain text ending "Education Plan." is the last line of an answer, not a label, and stays as it is.
    """
    m = _RUN_IN.match(text)
    if m is not None:
        words = m.group(1).split()
        marked = _MARKER_END.search(m.group(1)) is not None
        if (marked or (set_apart and not m.group(2))) and len(words) <= RUN_IN_WORDS \
                and not (len(words[-1]) <= ABBREVIATION and words[-1][-1].isalpha()) and is_label(m.group(1).strip()):
            return m.group(1) + ":" + (" " + m.group(2) if m.group(2) else "")
    m = _MARKED.match(text)
    if m is not None and len(m.group(1).split()) <= RUN_IN_WORDS and is_label(m.group(1).strip()):
        return m.group(1) + ": " + m.group(2)
    return text
