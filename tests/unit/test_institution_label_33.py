"""'Institution' asks where the proposer works: its line under the applicant's is the department, not part of it."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers import meaning
from tests.parser_samples import docx, p


def test_institution_is_read_by_meaning_as_the_department() -> None:
    m = meaning.resolve("Institution", "Department of Medical Imaging, Harrowgate Regional Health Centre")
    assert m is not None and m.key == "proposer_department"


def test_an_institution_line_under_the_applicant_is_the_department() -> None:
    body = (p("Application for Micro-Credential Development") + p("Project title: Radioiodine Therapy Safety")
            + p("Principal applicant: Imogen Fairweather, Clinical Coordinator")
            + p("Institution: Department of Medical Imaging, Harrowgate Health")
            + p("Contact: ifairweather@example.org | 416-555-0142")
            + p("Target learners: Nuclear medicine technologists") + p("Competencies: dose verification; waste handling")
            + p("Summative assessment: an observed practical scored on a checklist")
            + p("Partner: Provincial Radiation Protection Service") + p("Endorsement status: letter attached")
            + p("Education Plan alignment: patient safety"))
    r = parsers.parse(docx(body), "application.docx")
    assert r.fields["proposer_department"] == "Department of Medical Imaging, Harrowgate Health"
