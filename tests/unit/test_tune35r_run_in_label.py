"""The next line's "Label:" run on into an answer with no stop between them (a lost line break: "... TB culture
handling Framework: Canadian Biosafety Standard") is another field's label inside the value: the value is doubted."""
from __future__ import annotations

from mailbot_parsers.calibration import holds_label


def test_a_field_label_run_on_after_a_lower_case_word_is_held() -> None:
    value = "Biosafety cabinet technique; spill response; TB culture handling Framework: Canadian Biosafety Standard"
    assert holds_label("competencies", value) == "competency_framework"


def test_a_colon_after_words_no_label_uses_is_not() -> None:
    assert holds_label("summative_assessment", "an observed exam with Pass mark: 80%") is None
    assert holds_label("competencies", "use of the tool Note: see appendix") is None


def test_a_run_in_heading_with_its_full_stop_is_no_answer() -> None:
    from mailbot_parsers.prose import read
    got = read(["Fit with the Education Plan. The credential serves an overlooked workforce and reflects the "
                "Education Plan commitments to safety."])
    assert got["education_plan_alignment"].value.startswith("The credential serves")
    got = read(["This fits the Education Plan."])
    assert got["education_plan_alignment"].value == "This fits the Education Plan."
