"""Wrong values presented as answers, each caught by a habit of how documents put answers on a page (calib32): a job
title read as the proposer's name, bullets of empty lines read as items, a page footer after a prose answer, a count
tied to the other count's unit, a count under a label that prints its own figure."""
from __future__ import annotations

from mailbot_parsers.calibration import SURE, judge


def _doubts(key: str, value: object, label: str = "Label", raw: str = "", method: str = "label_line") -> tuple[str, ...]:
    v = judge(key, value, label, 1.0, raw=raw, method=method)  # type: ignore[arg-type]
    assert (v.confidence < SURE) == bool(v.doubts)
    return v.doubts


def test_a_job_title_is_not_a_name() -> None:
    assert "not_a_name" in _doubts("proposer_name", "Cytology Section Lead", method="signature")
    assert "not_a_name" in _doubts("proposer_name", "Clinical Nurse Educator", method="signature")
    assert not _doubts("proposer_name", "Nadia Szabo-Reyes", method="signature")
    # (a partner's contact may carry a rank before the name)
    assert not _doubts("partner_contact", "Deputy Chief Amara Lindgren")


def test_bullets_alone_are_no_items() -> None:
    assert "garbled" in _doubts("target_learners", "about 18 per year; •; •; •")
    assert not _doubts("competencies", "scanning; image review; reporting")


def test_a_page_footer_ran_on() -> None:
    assert "ran_on" in _doubts("resources_required", "Two prostheses. Page 3 of 3 · Thank you!")
    assert "ran_on" in _doubts("rationale", "Staff lack practice. Page 2 sur 4")
    assert not _doubts("resources_required", "Two training prostheses and 3 hours of gait lab time.")


def test_a_count_tied_to_the_other_counts_unit_is_a_misfit() -> None:
    assert "misfit" in _doubts("expected_enrolment", 20, raw="Blended\n20 hrs\nabout 15")
    assert not _doubts("expected_enrolment", 15, raw="Blended\n20 hrs\nabout 15")
    assert "misfit" in _doubts("estimated_hours", 60, raw="60 learners a year")
    assert not _doubts("estimated_hours", 12, raw="12 hours, 60 learners a year")


def test_a_count_under_a_label_with_its_own_figure() -> None:
    assert "label_figure" in _doubts("expected_enrolment", 2, label="Learners/year 48 (four sessions of 12)")
    # a question's own number or code is no figure of the answer
    for label in ("13. Length in hours", "F2 Heures", "15 Learners/yr", "b) Hours"):
        assert not _doubts("estimated_hours", 6, label=label)
    # (a named slot is no line of text)
    assert not _doubts("expected_enrolment", 2, label="Learners/year 48", method="acroform")
