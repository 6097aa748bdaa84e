"""Skills written one phrase a line in lower case are the items of a list; a sentence wrapped over lines is not."""
from __future__ import annotations

from mailbot_parsers.normalise import to_value


def _value(*lines: str) -> object:
    return to_value("competencies", [(line, False) for line in lines])


def test_phrases_one_a_line_are_items() -> None:
    assert _value("dose-rate measurement at 1 m and release calculation", "room preparation and contamination control",
                  "patient and family instruction") == (
        "dose-rate measurement at 1 m and release calculation; room preparation and contamination control; "
        "patient and family instruction")


def test_a_sentence_wrapped_over_lines_stays_one_text() -> None:
    assert _value("limb assessment before casting, padding and moulding technique, cast removal with an",
                  "oscillating saw, patient teaching on cast care") == (
        "limb assessment before casting, padding and moulding technique, cast removal with an oscillating saw, "
        "patient teaching on cast care")
    assert _value("learners practise the screen and the referral to", "speech-language pathology") == (
        "learners practise the screen and the referral to speech-language pathology")
    assert _value("positioning the patient for the scan and", "checking the phantom") == (
        "positioning the patient for the scan and checking the phantom")
