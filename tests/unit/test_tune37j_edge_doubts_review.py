"""A value doubted only for where it starts or ends in running text (an answer opening in mid-sentence, an answer whose
end the next label took) is uncertain on its own: it says nothing of how the rest of the form was read, so several
such values do not send a form to a person."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.calibration import EDGE_DOUBTS

from tests.parser_samples import ANSWERS, LABELS, docx, p, table, tr

# answers whose first words went to the row above (a wrapped cell): each opens in the middle of a sentence
_MIDWAY = {
    "target_learners": "and also the community nurses who visit patients at home. They work alone.",
    "rationale": "because wound care referrals doubled last year. Nurses asked for it.",
    "summative_assessment": "with an observed practical exam at the bedside. A checklist is used.",
    "education_plan_alignment": "since the plan puts community-based care first. It is a priority.",
}


def test_edge_doubts_cover_answers_cut_at_their_start_or_end() -> None:
    assert {"fragment", "cut_short"} <= EDGE_DOUBTS


def test_answers_opening_in_mid_sentence_are_uncertain_but_do_not_send_the_form_to_a_person() -> None:
    answers = {**ANSWERS, **_MIDWAY}
    rows = "".join(tr(LABELS[k], v) for k, v in answers.items())
    result = parsers.parse(docx(p("Wound care - concept form", style="Title")
                                + table(rows + tr("Type of request", "☒ Micro-course")
                                        + tr("Learning outcomes", "Assess a wound")
                                        + tr("Endorsement status", "☒ Confirmed"))), "concept.docx")
    assert result.is_concept_form
    fragments = [k for k in _MIDWAY if "fragment" in result.sources[k].doubts]
    assert len(fragments) >= 3, result.sources
    assert set(fragments) <= set(result.uncertain_fields)
    assert not result.needs_manual_review
