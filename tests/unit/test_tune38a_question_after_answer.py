"""A form retyped in the applicant's words asks a second question about the field just answered ("Partner" /
"<organisation>" / "Has the partner signed on?" / "Not yet – still discussing it"): the short answer picks an option
of the choice that goes with that field, so the question asks that choice and ends the answer above; "not yet" with
talks going on is a discussion. Built here with python-docx."""
from __future__ import annotations

import io

from docx import Document

import mailbot_parsers as parsers
from mailbot_parsers.normalise import choice_code


def _form() -> bytes:
    doc = Document()
    doc.add_paragraph().add_run("Micro-credential proposal – concept form (retyped)").bold = True
    for label, answer in (("What it's called", "Safe Mobility After Hip Fracture"),
                          ("Who's asking", "Petra Lindqvist-Obi"),
                          ("Email", "plindqvist@example.org"),
                          ("Who would take it", "Ward nurses and rehab assistants on orthopaedic units."),
                          ("Why we need it", "Falls after hip surgery rose by a third last year."),
                          ("How we'd check they can do it", "An observed transfer marked against a checklist."),
                          ("Partner", "Lakeside Orthopaedic Program"),
                          ("Has the partner signed on?", "Not yet – we are still discussing it with the director."),
                          ("How it fits Michener's plan", "It is a short workplace credential built with a partner."),
                          ("Hours", "About 6 hours")):
        doc.add_paragraph().add_run(label).bold = True
        doc.add_paragraph(answer)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_the_second_question_asks_the_choice_that_goes_with_the_field() -> None:
    r = parsers.parse(_form(), "course idea.docx")
    assert r.fields["partner_name"] == "Lakeside Orthopaedic Program"
    assert r.fields["endorsement_status"] == "in_discussion"


def test_not_yet_with_talks_going_on_is_a_discussion() -> None:
    assert choice_code("endorsement_status", "Not yet – we are still discussing it") == "in_discussion"
    assert choice_code("endorsement_status", "Not yet") == "none"
    assert choice_code("endorsement_status", "None yet") == "none"
