"""A value doubted only because the next label, starting inside a sentence, took its end (``cut_short``) is uncertain on
its own, and weighs in the review as a guess: the next field was found, the misread is local. An answer opening in
mid-sentence (``fragment``) still weighs as trouble: its start went to a line the layout gave elsewhere."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.calibration import EDGE_DOUBTS

from tests.parser_samples import ANSWERS, LABELS, docx, p, table, tr


def test_an_answer_cut_short_by_the_next_label_is_an_edge_doubt_and_a_fragment_is_not() -> None:
    assert "cut_short" in EDGE_DOUBTS
    assert "fragment" not in EDGE_DOUBTS


def test_an_answer_cut_short_by_a_label_inside_running_text_is_uncertain() -> None:
    rows = "".join(tr(LABELS[k], v) for k, v in ANSWERS.items()
                   if k not in ("target_learners", "rationale"))
    body = (p("Wound care - concept form", style="Title")
            + table(rows + tr("Type of request", "☒ Micro-course") + tr("Learning outcomes", "Assess a wound")
                    + tr("Endorsement status", "☒ Confirmed"))
            + p("Target Learners: Community nurses who visit patients at home and")
            + p("the need for it: wound care referrals doubled last year."))
    result = parsers.parse(docx(body), "concept.docx")
    assert result.sources["target_learners"].doubts == ("cut_short",)
    assert "target_learners" in result.uncertain_fields
