"""A letter signed by two people, one signature block after the other under the closing: the first signer is the
partner's surgeon (her block ends with her address), the second the lead, captioned "Lead proposer" under his block.
The captioned signer is the proposer, never the first to sign; his unit wraps in the narrow column."""
from __future__ import annotations

import mailbot_parsers as parsers
from tests.parser_samples import text_pdf

LETTER = [
    "Westgate Regional Hospital - Department of Respiratory Therapy",
    "28 November 2026",
    "Continuing Education Office, The Michener Institute",
    "Re: Proposed micro-credential in tracheostomy care",
    "Dear Continuing Education team,",
    "We propose a new micro-credential, Tracheostomy Care for Respiratory Therapists, for respiratory therapists",
    "on wards and in home care. Since more patients go home with a tracheostomy, unplanned returns have risen.",
    "The course would teach suctioning, tube changes, cuff management and emergency decannulation.",
    "By the end, learners will be able to:",
    "1. Assess a tracheostomy and document the findings.",
    "2. Change an inner cannula and a tube safely.",
    "3. Manage a blocked or displaced tube in an emergency.",
    "Achievement will be shown through an observed simulation scored against a checklist.",
    "We plan a blended format of twelve hours, starting in April 2027, with three cohorts of ten each year.",
    "The Westgate Head and Neck Surgery Group has agreed to endorse the course; their letter will follow.",
    "We believe it fits the Education Plan's emphasis on simulation and on care in the community.",
    "Ravi will lead the proposal and is the person to contact: r.lindqvist-obi@example.com or 905-555-0144.",
    "Sincerely,",
    "Dr. Helena Marchetti-Osei",
    "Head and Neck Surgeon",
    "Westgate Head and Neck Surgery Group",
    "h.marchetti@example.com",
    "Ravi Lindqvist-Obi",
    "Registered Respiratory Therapist",
    "Respiratory Therapy, Westgate",
    "Regional Hospital",
    "Lead proposer",
]


def test_the_signer_captioned_as_lead_proposer_is_the_proposer() -> None:
    r = parsers.parse(text_pdf([LETTER]), "letter.pdf")
    f = r.fields
    assert f.get("proposer_name") == "Ravi Lindqvist-Obi"
    assert f.get("proposer_title") == "Registered Respiratory Therapist"
    assert f.get("proposer_department") == "Respiratory Therapy, Westgate Regional Hospital"
    assert f.get("proposer_email") != "h.marchetti@example.com"
