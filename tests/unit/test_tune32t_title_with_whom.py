"""A transcript's title names whom it was made with ("Q&A with the proposer – <course>", "Interview with the
applicant"): it titles the document and asks for no one's name, so the "Proposer:" line under it is the proposer's
label. Before, the title was read as the proposer's label, its course name as the name, and the real line ran into
it. Our own small PDF."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.sections import _WITH_WHOM

LINES = [
    "Q&A with the proposer - Bedside Ultrasound for IV Access",
    "Proposer: Noor Halvorsen, Charge Nurse, Emergency Department",
    "Date: 2026-11-28",
    "Q: Title?",
    "A: Bedside Ultrasound for IV Access",
    "Q: New credential, conversion, or micro-course?",
    "A: New micro-credential.",
    "Q: Audience?",
    "A: Emergency nurses with two years of practice.",
    "Q: Need?",
    "A: Difficult IV access delays care.",
    "Q: Skills?",
    "A: Vein selection; needle guidance; complication checks",
    "Q: Assessment?",
    "A: Observed insertion on a phantom, scored with a checklist.",
    "Q: Partner?",
    "A: Lakeside Vascular Access Group - they have confirmed support.",
    "Q: Education Plan?",
    "A: It builds hands-on clinical skills, as the Plan intends.",
    "Q: Contact?",
    "A: n.halvorsen@example.org, 416-555-0170",
]


def _pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="Letter")
    pdf.add_page()
    pdf.set_font("helvetica", "", 10)
    y = 50.0
    for line in LINES:
        pdf.text(50, y, line)
        y += 16
    return bytes(pdf.output())


def test_whom_a_document_was_made_with_titles_it() -> None:
    assert _WITH_WHOM.search("Q&A with the proposer –")
    assert _WITH_WHOM.search("Interview with the applicant")
    assert not _WITH_WHOM.search("Name of proposer")


def test_the_proposer_line_under_such_a_title_is_read() -> None:
    r = parsers.parse(_pdf(), "transcript.pdf")
    assert r.is_concept_form
    assert r.fields.get("proposer_name") == "Noor Halvorsen"
    assert r.fields.get("proposal_title") == "Bedside Ultrasound for IV Access"
