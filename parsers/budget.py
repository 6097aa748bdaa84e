"""A budget's lines read as the resources a course asks for.

A grant-style application puts a budget table under its resources or budget heading: "Simulation centre | 4 h x 4
sessions | $2,560", "Total | $4,000". Read flat, its rows run together into one text that the label gives to
resources_required, but a table of costs is what the resources cost, not what they are: whether the resources asked
for are those lines, a sentence before them or nothing the document states in words is a guess. The rows of amounts
show the table, whatever its words: two sums of money or more, or a total with its sum.
"""
from __future__ import annotations

import re

COST_LINES = 2  # sums of money in one value that make it a table of costs, not a sentence naming a cost
# "$2,560", "CAD 1,200", "1 440 €", "£300", "2,400 dollars"
_AMOUNT = re.compile(r"(?:[$€£]\s?\d[\d,. ]*\d|\b(?:CAD|USD|EUR|GBP)\s?\d[\d,. ]*|\d[\d,. ]*\s?(?:[$€£]|\b(?:CAD|dollars)\b))",
                     re.I)
_TOTAL = re.compile(r"\btotal\b[^.;\n]{0,40}?(?:[$€£]\s?\d|\d[\d,. ]*\s?[$€£])", re.I)


def cost_lines(value: object) -> bool:
    """Whether a value holds a table of costs: several sums of money, or a total and its sum."""
    text = " ".join(value) if isinstance(value, list) else value if isinstance(value, str) else ""
    return len(_AMOUNT.findall(text)) >= COST_LINES or bool(_TOTAL.search(text))
