"""The proposer introduced in the third person in one sentence of a cover block or a closing paragraph.

"Ada Roy is a Speech-Language Pathologist in the Stroke Rehabilitation Program and can be reached at ada@x.org or
905-555-0100." names the proposer, their role and their unit the way a byline does, in a sentence. A label reader
that takes the sentence as the answer of a byline label ("Submitted by") runs the name on into the date and the
sentence; this reader gives the pieces.
"""

from __future__ import annotations

import re

from .meaning import ORG
from .normalise import clean

_NAME = r"[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){1,3}"
# "<Name> is a <Role> in the <Unit>" / "... is the <Role> of <Unit>" / "... works as a <Role> at <Unit>"
_SENTENCE = re.compile(
    r"(?<![\w'’-])(?<![A-ZÀ-Þ][\w'’-]\s)(?P<who>" + _NAME + r")\s+(?:is|works\s+as)\s+(?:a|an|the)\s+"
    r"(?P<role>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|of|&))*?)\s+(?:in|at|with|of|on)\s+(?:the\s+)?"
    r"(?P<unit>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|of|for|&))*)(?=\s*(?:,|\.|;|\s+and\s|\s+who\s|\s+\())")


def byline_sentence(text: str) -> dict[str, str]:
    """{proposer_name, proposer_title, proposer_department} from the first sentence that introduces a person by
    role and unit in the third person ({} when none does)."""
    m = next((m for m in _SENTENCE.finditer(clean(text)) if not ORG.search(m.group("who"))), None)
    if m is None:
        return {}
    unit = re.sub(r"\s+(?:and|of|for|&)$", "", m.group("unit").strip())
    return {"proposer_name": m.group("who"), "proposer_title": m.group("role").strip(), "proposer_department": unit}
