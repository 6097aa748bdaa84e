"""Dot leaders: the row of dots a printed form runs from a label to its answer or to the end of its blank.

"Proposed Title .................. Falls Prevention" is a label and its answer; the dots do a colon's
work. Read as words, they glue the label to its answer (or, on a blank, leave "Estimated hours
........" as a label nobody recognises). :func:`as_colon` writes such a line as "Label: answer".
"""
from __future__ import annotations

import re
from typing import Callable

# four dots or more (spaced or not, full stops or middle dots), two ellipsis characters or more, or a run of
# underscores between a label and its answer ("Contact name ________ Jane Doe")
_LEADER = re.compile(r"\s*(?:(?:[.·∙]\s?){4,}|(?:…\s?){2,}|(?<![^\s:：])_{4,})+\s*")
_AFTER_WORD = re.compile(r"[^\W_]|[)\]?]")


# Underline fill: a form's blank drawn as a run of underscores that the writer typed into ("Contact name:
# ____Jane Doe____", the fill wrapping with the answer onto a second line, or an answer line followed by a line
# of fill). Four underscores or more are no word of an answer (a typed tick box is one to three, see marks.py).
_FILL = "____"
_FILL_BEFORE = re.compile(r"(?<![^\s:：])_{4,}(?=[^\s_])")  # glued to the start of the answer
_BLANK = re.compile(r"(?<![^\s:：])_{4}")  # a fill of its own, not one glued to the end of an answer
_FILL_AFTER = re.compile(r"(?<=[^\s_])_{4,}(?![^\W_])")  # glued to its end (a box drawn after it may follow)


def unfilled(text: str) -> str:
    """The line without its underline fill: the words typed on the fill kept, a line of fill alone made empty (a
    blank of the form, never an answer's words), a label's empty fill left as the bare label ("Label:")."""
    if _FILL not in text:
        return text
    # (string operations, not one pattern: a run of fill and spaces read back and forth is quadratic)
    bare = text.rstrip(" \t_")
    if not bare.strip():
        return text  # a line of fill alone (see as_line)
    if _FILL in text[len(bare):] and bare.endswith((":", "：")):
        return bare  # a label's blank left empty
    return _FILL_AFTER.sub("", _FILL_BEFORE.sub("", text))


def as_line(text: str) -> str:
    """A line of the text as read (a stream line, a paragraph): :func:`as_colon`, and a line of fill alone made
    empty, a blank of the form and never an answer's words (a run of the page's geometry keeps its fill: it may be
    drawn over the row's answers, and what it overlaps says how the row is read)."""
    return "" if _FILL in text and not text.replace("_", "").strip() else as_colon(text)


def as_colon(text: str) -> str:
    """The line with its first dot leader after a label made a colon ("Label: answer", "Label:" on a blank), and
    without its underline fill (see :func:`unfilled`)."""
    return unfilled(_leader_as_colon(text))


def _leader_as_colon(text: str) -> str:
    m = _LEADER.search(text)
    if m is None or m.start() == 0:
        return text
    before, after = text[:m.start()], text[m.end():]
    if after.startswith((":", "：")):
        # a leader run up to a colon ("Label ........: answer", a plain-text editor's form): the colon is the
        # label's own end, never a word of the answer
        after = after[1:].lstrip()
    if "_" in m.group() and (":" in after or "：" in after or _BLANK.search(after)):
        return text  # a row of blanks ("Partner: ______ Contact: Jo Smith"): each label keeps its own
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
