"""An online survey or form service's printed response: each question over its answer, the service's own lines
around them. Three habits of such prints: the service records when the response was started ("Started: 27/11/2026
14:02 · Completed: ...") - a timestamp, never the course's planned start; its footer puts its words after the page
number ("Page 3 of 3 · Thank you! Your response has been recorded.") - furniture, not the last answer's end; and it
prints the chosen option as text under its question ("Endorsement Status" / "Letter attached") - the answer, even
where the option shares words with a wording of the label and the next line is another question. Our own PDF."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.meaning import answer_fit

QA: list[tuple[str, str]] = [
    ("Name of Proposer *", "Noor Halvorsen"),
    ("E-mail Address *", "n.halvorsen@example.org"),
    ("Title of Micro-Course / Credential *", "Bedside Ultrasound for IV Access"),
    ("Type of Request *", "New micro-credential"),
    ("Target Learners *", "Emergency nurses with two years of practice"),
    ("Rationale / Need *", "Difficult IV access delays care in the emergency department."),
    ("Competencies / Skills Targeted *", "Vein selection; needle guidance; complication checks"),
    ("Learning Outcomes *", "Place a guided peripheral line."),
    ("Summative Assessment *", "Observed insertion on a phantom, scored with a checklist."),
    ("Industry / Employment Partner *", "Lakeside Vascular Access Group"),
    ("Endorsement Status *", "Letter attached"),
    ("Alignment with Michener's Education Plan *", "Hands-on clinical skills, a Plan priority."),
    ("Delivery Format", "In person"),
    ("Resources Required", "Two ultrasound machines and a phantom."),
]


def _pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="Letter")
    pdf.add_page()
    pdf.set_font("helvetica", "", 10)
    y = 50.0

    def line(text: str) -> None:
        nonlocal y
        if y > 740:
            pdf.add_page()
            y = 50.0
        pdf.text(58, y, text)
        y += 16

    line("SurveyDesk Online Forms - Response #1187")
    line("Micro-Credential Concept Form")
    line("Started: 27/11/2026 14:02 - Completed: 27/11/2026 14:41")
    for question, answer in QA:
        line(question)
        line(answer)
        y += 6
    line("Page 1 of 1 \u00b7 Thank you! Your response has been recorded.")
    return bytes(pdf.output())


def test_a_timestamp_is_no_planned_start() -> None:
    assert answer_fit("proposed_start", "27/11/2026 14:02 - Completed: 27/11/2026 14:41") == 0.0
    assert answer_fit("proposed_start", "2026-11-27, 9:18 AM") == 0.0
    assert answer_fit("proposed_start", "September 2027") > 0
    assert answer_fit("proposed_start", "2027-09-01") > 0


def test_a_survey_print_reads_its_answers_and_not_its_furniture() -> None:
    r = parsers.parse(_pdf(), "response.pdf")
    assert r.is_concept_form
    assert "proposed_start" not in r.fields
    assert r.fields.get("endorsement_status") == "letter_attached"
    assert r.fields.get("education_plan_alignment") == "Hands-on clinical skills, a Plan priority."
    assert r.fields.get("resources_required") == "Two ultrasound machines and a phantom."
