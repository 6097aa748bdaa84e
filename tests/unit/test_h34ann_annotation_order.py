"""A flat form answered with a "Fill & Sign" tool, its longer answers typed on the ruled lines UNDER their labels.

The tool adds every answer as an annotation after the page's content, so the page text (labels, then the notes)
is no reading order: the page is read as its runs stand, the notes at their rectangles. Built here."""
from __future__ import annotations

import mailbot_parsers as parsers
from tests.parser_samples import positioned_pages
from tests.unit.test_parsers_pdf_annotations_28 import _annotated

LABELS = ["Proposed Title", "Name of Proposer", "Target Learners", "Rationale / Need", "Competencies / Skills Targeted",
          "Learning Outcomes", "Summative Assessment", "Industry / Employment Partner"]
BESIDE = {"Proposed Title": "Safe Transfer of Bariatric Patients", "Name of Proposer": "Ingrid Mbeki-Larsen"}
UNDER = {"Target Learners": "Porters and nursing assistants on surgical wards",
         "Rationale / Need": "Transfer injuries rose on two wards last year",
         "Competencies / Skills Targeted": "Ceiling lifts; slide sheets; team counting",
         "Learning Outcomes": "1. Plan a transfer with the team\r2. Use a ceiling lift safely",
         "Summative Assessment": "Observed transfer with a checklist",
         "Industry / Employment Partner": "Harbourview Rehabilitation Hospital"}
TOP, STEP = 740, 60


def _form() -> bytes:
    blank = positioned_pages([[(50, TOP - STEP * n, label) for n, label in enumerate(LABELS)]])
    notes = []
    for n, label in enumerate(LABELS):
        y = TOP - STEP * n
        if label in BESIDE:
            notes.append({"rect": [217, y - 3, 560, y + 10], "contents": BESIDE[label]})
        else:  # on the lines under the label, full width
            notes.append({"rect": [52, y - 40, 560, y - 6], "contents": UNDER[label]})
    return _annotated(blank, notes)


def test_answers_annotated_under_their_labels_pair_with_them():
    result = parsers.parse(_form(), "transfers - signed.pdf")
    assert result.is_concept_form
    assert result.fields["proposal_title"] == BESIDE["Proposed Title"]
    assert result.fields["target_learners"] == UNDER["Target Learners"]
    assert result.fields["rationale"] == UNDER["Rationale / Need"]
    assert result.fields["partner_name"] == UNDER["Industry / Employment Partner"]
    assert result.fields["learning_outcomes"] == ["Plan a transfer with the team", "Use a ceiling lift safely"]
