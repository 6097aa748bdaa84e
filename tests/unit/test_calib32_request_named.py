"""The kind of request named by the document's own words (a subject line, a proposing sentence, a line naming the
kind) is sure (calib32): a closed type the words state; a doubted one or a weaker guess is not lifted."""
from __future__ import annotations

from mailbot_parsers.calibration import SURE, judge


def test_a_request_type_named_by_the_documents_words_is_sure() -> None:
    for label, confidence in (("Re", 0.7), ("sentence", 0.6), ("kind line", 0.6)):
        v = judge("request_type", "micro_course", label, confidence, method="pattern")
        assert v.confidence >= SURE and v.supports == ("named", "typed")


def test_a_weaker_guess_or_another_field_stays_a_guess() -> None:
    assert judge("request_type", "new", "kind line", 0.5, method="pattern").confidence < SURE
    assert judge("delivery_format", "online", "kind line", 0.6, method="pattern").confidence < SURE
