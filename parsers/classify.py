"""Is this attachment a concept form, a letter of support, or something else?

A concept form is recognised by the labels it carries, not by its values: a CV
has a name, an email and headings, and a course outline has a title, outcomes
and an assessment, but neither asks for a partner's endorsement, the Education
Plan alignment or a type of request. So the decision needs several distinct field
labels, some of them specific to this form.
"""
from __future__ import annotations

import re

from . import french
from .labels import fold

# Labels that only a concept form asks for.
SPECIFIC = frozenset({"request_type", "endorsement_status", "education_plan_alignment", "partner_name",
                      "partner_contact", "existing_program_name"})
_CONCEPT_WORDS = re.compile(r"\bconcept\s+(?:form|proposal|submission|note)\b|\bmicro[- ]?(?:credential|course)\s+concept\b|"
                            r"\bmicro[- ]?course\s*/\s*credential\b", re.I)
_LETTER = re.compile(r"\bletter of support\b|\bpleased to (?:support|endorse)\b|\bwriting (?:to|in) support\b|"
                     r"\bin support of\b|\bto whom it may concern\b", re.I)
_SIGNOFF = re.compile(r"\b(?:sincerely|regards|yours truly|respectfully)\b", re.I)


def form_score(labels: set[str], text: str) -> float:
    real = {k for k in labels if not k.startswith("_")}
    titled = _CONCEPT_WORDS.search(text) or french.CONCEPT_WORDS.search(fold(text))
    return len(real) + 2 * len(real & SPECIFIC) + (3 if titled else 0)


def is_concept_form(labels: set[str], text: str) -> bool:
    real = {k for k in labels if not k.startswith("_")}
    return len(real) >= 4 and form_score(labels, text) >= 10


def is_letter_of_support(text: str) -> bool:
    folded = fold(text).replace("’", "'")
    return bool(_LETTER.search(text) or french.LETTER.search(folded)) \
        and bool(_SIGNOFF.search(text) or french.SIGNOFF.search(folded))


def kind_of(labels: set[str], text: str) -> str:
    if is_concept_form(labels, text):
        return "concept_form"
    if is_letter_of_support(text):
        return "letter_of_support"
    return "not_a_form"


def looks_like_form_name(*names: str) -> bool:
    """For files we cannot read (scans, .doc): does the name or title suggest the form?"""
    joined = " ".join(n for n in names if n)
    return bool(re.search(r"concept|micro[- ]?(?:credential|course)|proposal|\bform\b|formulaire|\bfiche\b|"
                          r"micro[- ]?(?:cr[ée]dit|cours)", joined, re.I))


def looks_like_other_document(*names: str) -> bool:
    joined = " ".join(n for n in names if n)
    return bool(re.search(r"\b(?:cv|resume|résumé|curriculum vitae|letter|invoice|receipt|logo|agenda|lettre|facture|"
                          r"reçu|ordre du jour|procès-verbal|compte rendu)\b", joined, re.I))
