"""A line under a heading's answer that opens with another field's label ("Framework: ...") answers that field."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.sections import _line_label
from tests.parser_samples import docx, p


def test_a_framework_line_after_the_skills_is_the_framework() -> None:
    # (numbered headings one after another: the document reads as numbered questions and their answers)
    body = (p("Application for Micro-Credential Development", style="Title")
            + p("Principal applicant: Ada Roy, Clinical Coordinator") + p("Email: aroy@example.org")
            + p("1. Background and Need", style="Heading1") + p("Outpatient radioiodine treatment has doubled since 2022.")
            + p("2. Target Population", style="Heading1") + p("Nuclear medicine technologists.")
            + p("3. Competencies Addressed", style="Heading1") + p("Dose verification", style="ListBullet")
            + p("contamination control", style="ListBullet")
            + p("Framework: CAMRT Competency Profile for Nuclear Medicine Technologists (2024)")
            + p("4. Evaluation of Learning", style="Heading1") + p("An observed practical scored on a checklist.")
            + p("5. Partnership and Endorsement", style="Heading1") + p("The Provincial Radiation Service: letter attached.")
            + p("6. Strategic Alignment", style="Heading1") + p("It supports the Education Plan's priority on patient safety."))
    r = parsers.parse(docx(body), "application.docx")
    assert r.fields["competency_framework"] == "CAMRT Competency Profile for Nuclear Medicine Technologists (2024)"
    assert r.fields["competencies"] == "Dose verification; contamination control"


def test_only_another_fields_own_label_opens_such_a_line() -> None:
    assert _line_label("Framework: CAMRT profile", "competencies") is not None
    assert _line_label("Note: we will add more later", "competencies") is None
    assert _line_label("Skills: pipetting", "competencies") is None            # the same field's sub-heading
    assert _line_label("In practice, this means: more safety", "competencies") is None
