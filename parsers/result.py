"""The value a parse returns: what was found, where, and how sure the parser is."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

FieldValue = str | list[str] | int | float


@dataclass(frozen=True)
class FieldSource:
    """Where one field value came from.

    ``method`` is how it was found ("content_control", "acroform", "table",
    "label_line", "heading", "inline", "pattern"); ``label`` is the label text
    matched (or the control tag / field name); ``confidence`` is 0..1.
    """

    method: str
    label: str
    confidence: float
    # why the value is doubted (names from :mod:`calibration`: "misfit", "read_twice", ...); empty when none is
    doubts: tuple[str, ...] = ()
    # the signals that made a weakly read value sure ("typed", "in_order", "agreeing", ...): the bench measures
    # how often each one is right, per dev-set round
    supports: tuple[str, ...] = ()


@dataclass(frozen=True)
class ParseResult:
    """The outcome of reading one attachment.

    ``fields`` holds only filled fields, normalised like the corpus
    ``.expected.json`` files. ``file_type`` is decided from the bytes.
    ``sources[key]`` says how each value was found and how sure the parser is.
    ``missing_required`` lists required keys the parser is sure are empty (their
    label was found with no answer); ``uncertain_fields`` lists keys read without
    confidence and required keys whose label was not found at all: a person checks
    them, and nobody may tell the applicant they are missing.
    """

    is_concept_form: bool
    kind: str
    file_type: str
    fields: dict[str, FieldValue] = field(default_factory=dict)
    sources: dict[str, FieldSource] = field(default_factory=dict)
    missing_required: list[str] = field(default_factory=list)
    requirements_unmet: list[str] = field(default_factory=list)
    needs_manual_review: bool = False
    warnings: list[str] = field(default_factory=list)
    unsupported_format: str | None = None
    # Read but not sure (a weak label, an inferred value), or a required field whose label was never
    # found, so the parser cannot say it is empty. ``missing_required`` never holds these.
    uncertain_fields: list[str] = field(default_factory=list)
    # A scan (kind "scan") that only OCR can read: ``read_scan`` runs it and decides what the file is.
    needs_ocr: bool = False

    def to_json(self) -> dict[str, Any]:
        """The corpus ``.expected.json`` shape (without ``notes``)."""
        out: dict[str, Any] = {
            "is_concept_form": self.is_concept_form,
            "fields": dict(self.fields),
            "missing_required": list(self.missing_required),
            "needs_manual_review": self.needs_manual_review,
            "warnings": list(self.warnings),
            "uncertain_fields": list(self.uncertain_fields),
        }
        if self.unsupported_format:
            out["unsupported_format"] = self.unsupported_format
        return out
