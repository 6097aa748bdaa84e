"""A printed answer line that stops on a word no sentence ends on ("... one of the") is wrapped: the next line goes on
with the same sentence, even when its first words read like a label ("Education Plan's growth areas." under the
Education Plan question). Pages drawn word by word or glyph by glyph are read from their text layer line by line,
where that line was taken for the label of a second answer and the answer cut at "the". Our own lines."""
from __future__ import annotations

from mailbot_parsers.sections import Block, extract

LINES = [
    "Proposed Title: Ultrasound-Guided IV Access for Imaging Technologists",
    "Name of Proposer: Noor Haddad",
    "Target Learners: Medical radiation technologists.",
    "Rationale / Need: Difficult IV access delays imaging studies.",
    "Summative Assessment [R2]: Five supervised cannulations on a phantom.",
    "Industry / Employment Partner: Eastbrook Regional Health",
    "Alignment with Michener's",
    "Education Plan [R4]",
    "Extends scope-of-practice training for imaging professionals, one of the",
    "Education Plan's growth areas.",
    "Delivery Format: Hybrid",
]


def _fields(lines: list[str]) -> dict[str, object]:
    return extract([Block(text=t, line=True) for t in lines]).fields


def test_a_line_after_one_stopping_on_an_article_goes_on_with_the_answer() -> None:
    assert _fields(LINES)["education_plan_alignment"] == (
        "Extends scope-of-practice training for imaging professionals, one of the Education Plan's growth areas.")


def test_a_label_after_a_finished_answer_line_is_still_a_label() -> None:
    lines = LINES[:8] + ["Extends scope-of-practice training for imaging professionals.",
                         "Estimated Hours: 12", "Delivery Format: Hybrid"]
    f = _fields(lines)
    assert f["education_plan_alignment"] == "Extends scope-of-practice training for imaging professionals."
    assert f["estimated_hours"] == 12


def test_an_abbreviation_spelt_like_such_a_word_ends_a_line() -> None:
    lines = ["Proposed Title: TIVA Pump Programming", "Name of Proposer: Ada Roy",
             "Target Learners: Anesthesia assistants who prepare infusion pumps in the OR",
             "Rationale / Need: Two near-misses involved wrong concentrations.",
             "Summative Assessment: Observed pump set-up.", "Industry / Employment Partner: Lakeview Hospital"]
    f = _fields(lines)
    assert f["target_learners"] == "Anesthesia assistants who prepare infusion pumps in the OR"
    assert f["rationale"] == "Two near-misses involved wrong concentrations."
