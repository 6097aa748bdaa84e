"""A document whose title names the kind of document, then the kind of course said to be new ("SBAR — Proposal for a
new CE micro-credential", "Proposition d'un nouveau microcertificat"): the title states the request type. A course
proposed and not said to be new ("Proposal for a micro-credential") may be a program converted: no type is read from
it. Built here with python-docx."""
from __future__ import annotations

import pytest

import mailbot_parsers as parsers
from mailbot_parsers import prose
from tests.unit.samples import lines_docx

BODY = ["Who needs it: Hearing care assistants working in audiology clinics.",
        "Why: Impacted wax delays one hearing test in five at our clinic and no accredited course exists.",
        "Skills involved: Otoscopy, safe irrigation, infection control, documentation",
        "Assessment: an observed wax removal on a simulator, scored with a checklist.",
        "Length: six hours in person."]


def test_a_title_proposing_a_new_course_states_the_request_type() -> None:
    r = parsers.parse(lines_docx(BODY, heading="SBAR – Proposal for a new CE micro-credential"),
                      "SBAR - cerumen course.docx")
    assert r.fields.get("request_type") == "new"


@pytest.mark.parametrize("title, kind", [("Objet : proposition d’un nouveau microcertificat", "new"),
                                         ("Request for a new micro-course – wound care", "micro_course"),
                                         ("Proposal for a micro-credential", None)])
def test_the_kind_a_title_proposes(title: str, kind: str | None) -> None:
    assert prose.subject_kind(title) == kind


def test_a_course_proposed_and_not_said_new_states_no_type() -> None:
    r = parsers.parse(lines_docx(BODY, heading="SBAR – Proposal for a CE micro-credential"), "SBAR - cerumen course.docx")
    assert r.fields.get("request_type") != "new" or "request_type" in r.uncertain_fields
