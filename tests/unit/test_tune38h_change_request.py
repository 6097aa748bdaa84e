"""A completed request to change a course that runs already (its hours, its assessment weights, its prerequisites),
retyped in the same Word style as a concept proposal, with headings that name the form's questions ("Course title",
"Learning outcomes", "Assessment", "Contact"): its heading names it a change request, and it proposes no new
credential. A proposal to convert an existing program into a micro-credential stays a concept form. Built here with
python-docx."""
from __future__ import annotations



import mailbot_parsers as parsers
from tests.unit.samples import styled_docx


def _doc(title: str, items: list[tuple[str, str]]) -> bytes:
    return styled_docx([("T", title), *items])


CHANGE: list[tuple[str, str]] = [
    ("", "Existing course: RT-308 Arterial Blood Gas Interpretation – change effective Winter 2028"),
    ("H1", "Course title (current and proposed)"),
    ("", "Current: Arterial Blood Gas Interpretation. Proposed: Blood Gas Interpretation and Sampling."),
    ("H1", "What is changing"),
    ("List Bullet", "Total hours increase from 20 to 24 to add a sampling laboratory"),
    ("List Bullet", "The written exam weighting drops from 60 % to 40 %; the practical station rises to 40 %"),
    ("H1", "Reason for the change"),
    ("", "Placement supervisors report that students interpret results well but cannot draw a clean sample."),
    ("H1", "Learning outcomes affected"),
    ("List Number", "Outcome 3 (draw an arterial sample) gains a laboratory component."),
    ("List Number", "All other outcomes are unchanged."),
    ("H1", "Assessment after the change"),
    ("", "Written exam 40 %, practical station 40 %, case log 20 %."),
    ("H1", "Approvals"),
    ("", "Program Chair: approved 4 May 2027. Curriculum Committee: for the June meeting."),
    ("H1", "Contact"),
    ("", "Ilse Brandvold, Program Coordinator, Respiratory Therapy – i.brandvold@example.org – (416) 555-0190"),
]


def test_a_course_change_request_is_not_a_concept_form() -> None:
    r = parsers.parse(_doc("Course Change Request", CHANGE), "change request - ABG.docx")
    assert not r.is_concept_form


def test_a_conversion_proposal_stays_a_concept_form() -> None:
    r = parsers.parse(_doc("Micro-credential proposal", [
        ("H1", "Working title"), ("", "Blood Gas Sampling and Interpretation"),
        ("H1", "Type of request"), ("", "Convert an existing program: RT-308 Arterial Blood Gas Interpretation"),
        ("H1", "Who is it for?"), ("", "Respiratory therapists and critical care nurses who draw arterial samples."),
        ("H1", "Why is it needed?"), ("", "Placement supervisors report that new staff cannot draw a clean sample."),
        ("H1", "Learning outcomes"), ("List Number", "Draw an arterial sample with correct technique."),
        ("List Number", "Interpret an arterial blood gas result."),
        ("H1", "Summative assessment"), ("", "An observed practical station scored with a checklist."),
        ("H1", "Partner"), ("", "Lakeshore Respiratory Network – letter of support attached."),
        ("H1", "Fit with the Education Plan"), ("", "Supports the Education Plan's focus on short credentials."),
        ("H1", "Contact"), ("", "Ilse Brandvold, Program Coordinator – i.brandvold@example.org"),
    ]), "ABG conversion proposal.docx")
    assert r.is_concept_form
    assert r.fields["request_type"] == "existing_program"
