"""Minutes that are the proposal: "Decision: ..." under each item's heading answers that heading."""
from __future__ import annotations

from mailbot_parsers.layout import Block
from mailbot_parsers.minutes import records_as_answers


def _lines(*texts: str, bold: tuple[int, ...] = ()) -> list[Block]:
    return [Block(text=t, line=True, bold=n in bold) for n, t in enumerate(texts)]


def test_decisions_under_headings_lose_their_marker() -> None:
    blocks = _lines("3. Audience", "Decision: the course is meant for home care nurses.", "4. Assessment",
                    "Decision: an observed home visit scored with a rubric.", bold=(0, 2))
    assert [b.text for b in records_as_answers(blocks)] == [
        "3. Audience", "the course is meant for home care nurses.", "4. Assessment",
        "an observed home visit scored with a rubric."]


def test_a_single_verdict_or_a_decision_not_under_a_heading_stays() -> None:
    review = _lines("Committee review", "Decision: approved with conditions", bold=(0,))
    assert [b.text for b in records_as_answers(review)] == ["Committee review", "Decision: approved with conditions"]
    prose = _lines("We met twice.", "Decision: go ahead.", "Then we left.", "Agreed: yes.")
    assert [b.text for b in records_as_answers(prose)] == [b.text for b in prose]
