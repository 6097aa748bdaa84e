"""The reading-order view of a document that the section finder works on.

DOCX and PDF readers both reduce a file to a list of :class:`Block`: paragraphs
(or PDF text lines) with the little formatting that helps find labels, and
table rows already paired into label + answer.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .fields import FieldValue


@dataclass
class Block:
    """One paragraph, one PDF text line, or one label/answer pair from a table row.

    ``text`` may contain "\\n" for manual line breaks. ``heading`` is the outline
    level (0 for a Title style) or None. ``line`` marks PDF text lines, where a
    label can wrap over several lines and answers wrap without paragraph marks.
    """

    text: str = ""
    heading: int | None = None
    bold: bool = False
    list_item: bool = False
    line: bool = False
    pair_label: str | None = None
    question: bool = False  # the pair is a numbered question of a questionnaire and its answer
    # the pair is a column's name over the first of several records (a list of attendees): whether that record
    # answers the form (is the proposer's) is a guess
    record: bool = False
    answer: list["Block"] = field(default_factory=list)
    # the words set in bold at the start of a paragraph whose rest is plain (a run-in head typed in bold, "Fit with
    # the Education Plan." before its sentences); empty when there is none
    lead: str = ""
    # a DOCX paragraph's text as runs, each with the emphases it is set in ("bold", "struck", ...: option_looks.py),
    # kept only where some run is set apart: an option chosen by its type rather than its box
    looks: tuple[tuple[str, frozenset[str]], ...] = ()

    @property
    def is_pair(self) -> bool:
        return self.pair_label is not None


@dataclass
class Direct:
    """A value read from a named slot (content control tag or AcroForm field)."""

    key: str
    value: FieldValue | None
    method: str
    label: str
    confidence: float = 1.0
    raw: str = ""  # the slot's text a number was read from ("12 core + 6 optional"), for the calibration
    # the slot holds an answer the reader could not turn into a value (a combo box's own typed text that names no
    # option, a ticked box whose export state means nothing known): the field is unread, never empty
    unread: bool = False
    # the slot is named only by where its value is stored (a content control bound to a custom XML element, no
    # tag): a weak sign of the field, that counts only where the document's text gives the field nothing
    fallback: bool = False
