"""Practicalities split from one answer agree with each other when each has a shape of its own.

"Online, 14 hours, spring 2028, 40 a year" under any label ("Nuts and bolts", a sentence) gives a delivery word,
a figure of hours, a term with its year and a yearly count: together they show the answer is a logistics line, so
the mode and the length are sure. Two of them, or a lone one, show nothing of the kind.
"""
from __future__ import annotations

from mailbot_parsers.calibration import agreeing_practicalities

VALUES = {"delivery_format": "online", "estimated_hours": 14, "proposed_start": "spring 2028",
          "expected_enrolment": 40, "proposal_title": "Sepsis Screening at Triage"}


def _from(label: str, keys: list[str], method: str = "composite") -> dict[str, tuple[str, str]]:
    return {k: (method, label) for k in keys}


def test_a_logistics_line_under_any_label_makes_its_mode_and_length_sure() -> None:
    read_from = _from("Nuts and bolts", ["delivery_format", "estimated_hours", "proposed_start", "expected_enrolment"])
    read_from["proposal_title"] = ("label_line", "Title")
    # the start and the count stay as read: their shape does not show they are the whole answer
    assert agreeing_practicalities(VALUES, read_from) == {"delivery_format", "estimated_hours"}


def test_two_practicalities_or_pieces_of_different_answers_do_not_agree() -> None:
    assert agreeing_practicalities(VALUES, _from("Nuts and bolts", ["delivery_format", "estimated_hours"])) == set()
    apart = {**_from("Format", ["delivery_format"]), **_from("When", ["proposed_start"]),
             **_from("Numbers", ["estimated_hours", "expected_enrolment"])}
    assert agreeing_practicalities(VALUES, apart) == set()


def test_a_value_without_its_shape_does_not_count() -> None:
    odd = {**VALUES, "estimated_hours": 2027, "proposed_start": "soon"}  # a year read as hours; no year at all
    keys = ["delivery_format", "estimated_hours", "proposed_start", "expected_enrolment"]
    assert agreeing_practicalities(odd, _from("Nuts and bolts", keys)) == set()
    # read from labelled lines (not split from one answer), the values are already sure or doubted on their own
    assert agreeing_practicalities(VALUES, _from("Delivery", keys, method="label_line")) == set()
