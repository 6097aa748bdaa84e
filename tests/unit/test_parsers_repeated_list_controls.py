"""A list answered one content control an item (all the controls tagged with the one field) is one answer with
every item."""
from __future__ import annotations

import mailbot_parsers as parsers
from tests.parser_samples import docx, p, run, sdt


def test_a_list_answered_one_control_an_item_keeps_every_item() -> None:
    answers = {"proposal_title": "Hip precautions after arthroplasty", "proposer_name": "Nadia Osterhout",
               "proposer_email": "nosterhout@example.org", "target_learners": "Rehabilitation assistants",
               "rationale": "Dislocations after discharge rose last year.", "competencies": "Patient teaching",
               "summative_assessment": "Observed teaching session", "partner_name": "Eastvale Rehab",
               "education_plan_alignment": "Community care priority"}
    body = (p("Course concept form")
            + "".join(p(f"{k}: ", sdt(k, run(v))) for k, v in answers.items())
            + p("Outcomes")
            + "".join(p(sdt("learning_outcomes", run(t))) for t in (
                "1. Teach hip precautions to a patient", "2. Fit a raised toilet seat", "3. Check a walker's height")))
    fields = parsers.parse(docx(body), "concept.docx").fields
    assert fields.get("learning_outcomes") == [
        "Teach hip precautions to a patient", "Fit a raised toilet seat", "Check a walker's height"]
