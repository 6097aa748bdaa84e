"""A date alone on the first or last lines of a document (a memo's, a letter's) is its submission date when it reads
one way only (calib32); a numeric date that reads both ways stays a guess."""
from __future__ import annotations

from mailbot_parsers.calibration import SURE, judge
from mailbot_parsers.sections import Block, _closing_date, _opening_date


def test_a_date_at_the_top_that_reads_one_way_is_sure() -> None:
    v = judge("submission_date", "2026-12-03", "date at the top", 0.5, raw="3 December 2026", method="pattern")
    assert v.confidence >= SURE and v.supports == ("dated", "typed")
    v = judge("submission_date", "2026-04-02", "closing date", 0.6, raw="2026-04-02", method="pattern")
    assert v.confidence >= SURE


def test_a_date_that_reads_both_ways_or_with_no_text_stays_a_guess() -> None:
    assert judge("submission_date", "2026-02-11", "date at the top", 0.5, raw="02/11/2026",
                 method="pattern").confidence < SURE
    assert judge("submission_date", "2026-12-03", "date at the top", 0.5, method="pattern").confidence < SURE
    # (another pattern's date, found in loose text, is not lifted by this agreement)
    assert judge("submission_date", "2026-12-03", "labelled date", 0.5, raw="3 December 2026",
                 method="pattern").confidence < SURE


def test_the_readers_give_the_dates_own_text() -> None:
    seen: list[str] = []
    assert _opening_date([Block(text="Memo - 25 Nov 2026", line=True)], seen) == "2026-11-25"
    assert seen == ["Memo - 25 Nov 2026"]
    seen = []
    assert _closing_date([Block(text="Rita Okafor\n02/04/2026", line=True)], seen) is not None
    assert seen == ["02/04/2026"]
