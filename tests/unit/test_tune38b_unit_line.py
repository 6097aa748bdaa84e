"""A printed proposal's "Prepared by: Name, Role, Speciality" line over a line that opens a unit's name of its own
("Department of ...", "Centre for ..."): the role keeps its last piece, and the next line is the whole unit (read as
one wrapped line, the speciality ran on into the unit). Built here with fpdf2."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.sections import _opens_a_unit
from tests.unit.samples import Line, lines_pdf


def _proposal(role: str, unit: str) -> bytes:
    rows: list[Line] = []
    rows.append(("Pelvic Floor Assessment for Physiotherapists", True))
    rows.append("Proposal to Continuing Education")
    rows.append(f"Prepared by: Ingrid Alvarez-Moon, {role}")
    rows.append(unit)
    rows.append("E-mail: ialvarez@example.org | Tel. 416-555-0177")
    rows.append(10.0)
    for head, text in (("1. The need", "Wait lists for pelvic health physiotherapy exceed six months in our region."),
                       ("2. Who it is for", "Registered physiotherapists new to pelvic health."),
                       ("3. Skills and competencies", "Internal examination technique; outcome measures"),
                       ("4. Learning outcomes", "Assess pelvic floor muscle function safely."),
                       ("5. How achievement will be shown", "An observed practical examination with a checklist."),
                       ("6. Industry partner", "Pelvic Health Physiotherapy Network (letter of support attached)"),
                       ("7. Fit with the Education Plan", "It supports the Education Plan's goal of flexible learning."),
                       ("8. Format", "Hybrid, 16 hours, starting in September 2027, about 30 learners a year.")):
        rows.append((head, True))
        rows.append(text)
    return lines_pdf(rows)


def test_the_role_keeps_its_speciality_over_a_unit_line() -> None:
    r = parsers.parse(_proposal("Clinical Specialist, Pelvic Health", "Department of Rehabilitation, Lakeshore Hospital"),
                      "pelvic floor proposal.pdf")
    assert r.fields["proposer_name"] == "Ingrid Alvarez-Moon"
    assert r.fields["proposer_title"] == "Clinical Specialist, Pelvic Health"
    assert r.fields["proposer_department"] == "Department of Rehabilitation, Lakeshore Hospital"


def test_what_opens_a_unit() -> None:
    assert _opens_a_unit("Department of Neurology, Northgate Hospital")
    assert _opens_a_unit("Centre for Addiction Medicine")
    assert not _opens_a_unit("Rehabilitation Unit, Lakeshore Hospital")
    assert not _opens_a_unit("Department, Lakeshore Hospital")
