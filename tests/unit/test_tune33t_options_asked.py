"""A questionnaire in the writer's words asks a choice by listing its options ("Is this a new micro-credential, a
conversion of an existing program, or a micro-course?"), however long the list makes the question. When the answer
names one of the listed options, the question asks that choice (on one line with its answer, or as a table row)."""
from __future__ import annotations

import io

import mailbot_parsers as parsers

LINES = [
    "Concept questions - answers",
    "1. What is the working title? Chromosome Banding for Technologists",
    "2. Who is proposing it? Amara Lindqvist",
    "3. Email where we can reach you? a.lindqvist@example.org",
    "4. Is this a new micro-credential, a conversion of an existing program, or a micro-course? A micro-course.",
    "5. Who is it for? Laboratory technologists new to cytogenetics.",
    "6. Which skills does it target? Karyotype analysis and nomenclature.",
    "7. How will achievement be evidenced? A practical exam on ten unknown cases.",
    "8. Will it run online, in person or as a hybrid of the two? Hybrid, with one lab day.",
    "9. Who is your industry partner? Lakeshore Genetics Laboratory",
]


def _docx(paragraphs: list[str]) -> bytes:
    import docx

    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_a_question_listing_the_options_asks_the_choice() -> None:
    r = parsers.parse(_docx(LINES), "concept questions.docx")
    assert r.is_concept_form
    assert r.fields["request_type"] == "micro_course"
    assert r.fields["delivery_format"] == "hybrid"


def test_a_question_that_names_one_option_only_asks_nothing_new() -> None:
    lines = [ln.replace("Is this a new micro-credential, a conversion of an existing program, or a micro-course?",
                        "Is this a micro-course?").replace("A micro-course.", "Yes.") for ln in LINES]
    r = parsers.parse(_docx(lines), "concept questions.docx")
    assert r.fields.get("request_type") != "new"
