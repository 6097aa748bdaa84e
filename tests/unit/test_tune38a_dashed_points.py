"""A proposal typed as bullet points, each opened by a word or two and a spaced dash ("Title – ...", "Who – ...",
"Why – ..."), signed inside its opening paragraph after a dash ("... at the meeting. – Name, Role, Unit (address,
number)"). Where enough points open with a listed wording, the others are points too: their heads are read by
meaning, never as more of the answer above. Built here with python-docx."""
from __future__ import annotations

import io

from docx import Document

import mailbot_parsers as parsers


def _points(intro: str = "Hi team – our idea in point form, as promised. – Ines Varga-Holt, Senior Sonographer, "
                         "Imaging Department, Lakeshore General (ivarga@example.org, 905.555.0144)") -> bytes:
    doc = Document()
    doc.add_paragraph(intro)
    for line in ("Title – Point-of-Care Lung Ultrasound Basics",
                 "Type – new micro-credential",
                 "Who – Respiratory therapists and ICU nurses who scan at the bedside.",
                 "Why – Two units bought scanners last year and nobody is trained to use them.",
                 "Skills – probe handling, B-lines, lung sliding",
                 "Assessment – Five supervised scans marked against a checklist.",
                 "Partner – Lakeshore Critical Care Network",
                 "Hours – 20 in total",
                 "Numbers – 3 cohorts of 10 a year"):
        doc.add_paragraph(line, style="List Bullet")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_heads_in_the_writers_words_are_points_of_the_list() -> None:
    r = parsers.parse(_points(), "quick proposal.docx")
    assert r.fields["proposal_title"] == "Point-of-Care Lung Ultrasound Basics"
    assert r.fields["request_type"] == "new"
    assert r.fields["target_learners"] == "Respiratory therapists and ICU nurses who scan at the bedside."
    assert r.fields["rationale"] == "Two units bought scanners last year and nobody is trained to use them."
    assert r.fields["estimated_hours"] == 20
    # (a head read by meaning goes to a field no point above answered: "Numbers" after "Hours" is the enrolment)
    assert r.fields["expected_enrolment"] == 30


def test_the_note_signed_after_a_dash_names_the_proposer() -> None:
    r = parsers.parse(_points(), "quick proposal.docx")
    assert r.fields["proposer_name"] == "Ines Varga-Holt"
    assert r.fields["proposer_title"] == "Senior Sonographer"
    assert r.fields["proposer_email"] == "ivarga@example.org"
    assert r.fields["proposer_phone"] == "905.555.0144"


def test_a_number_alone_keeps_no_full_stop() -> None:
    # ("Phone 514-555-0115." read as a label and its answer, the answer alone on its line: the full stop ends the
    # sentence, it is no part of the number)
    from mailbot_parsers.normalise import to_value

    assert to_value("proposer_phone", [("514-555-0115.", False)]) == "514-555-0115"
