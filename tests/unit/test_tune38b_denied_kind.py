"""The kind of course stated beside the kind it is not: "A new micro-credential (not a conversion of an existing
program)" on a slide, "We are asking CE to develop a new micro-credential with us; this is not a conversion of an
existing program." under a heading the parser only guesses at. The kind denied is no conversion: the kind stated is
the request type (a guess: nothing asks the question). Built here with fpdf2."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.sections import _CONVERTS, _affirmed
from tests.unit.samples import Line, lines_pdf

_REST = (("Why this is needed", "Wait lists for pelvic health physiotherapy exceed six months in our region."),
         ("Who it is for", "Registered physiotherapists new to pelvic health."),
         ("Skills and competencies", "Internal examination technique; outcome measures"),
         ("Learning outcomes", "Assess pelvic floor muscle function safely."),
         ("How achievement will be shown", "An observed practical examination with a checklist."),
         ("Industry partner", "Pelvic Health Physiotherapy Network (letter of support attached)"),
         ("Fit with the Education Plan", "It supports the Education Plan's goal of flexible learning."))


def _proposal(opening: tuple[str, str]) -> bytes:
    rows: list[Line] = []
    rows.append(("Pelvic Floor Assessment for Physiotherapists", True))
    rows.append("Prepared by: Ingrid Alvarez-Moon, Clinical Specialist")
    for n, (head, text) in enumerate((opening, *_REST), 1):
        rows.append(8.0)
        rows.append((head if head.startswith("What") else f"{n}. {head}", True))
        rows.append(text)
    return lines_pdf(rows)


def test_a_kind_stated_beside_the_kind_denied() -> None:
    for opening in (("What we are asking for", "- A new micro-credential (not a conversion of an existing program)"),
                    ("Purpose of this proposal", "We are asking CE to develop a new micro-credential with us; this is "
                                                 "not a conversion of an existing program.")):
        r = parsers.parse(_proposal(opening), "pelvic proposal.pdf")
        assert r.fields.get("request_type") == "new"


def test_a_conversion_denied_is_none() -> None:
    assert not _affirmed(_CONVERTS, "A new micro-credential (not a conversion of an existing program)")
    assert not _affirmed(_CONVERTS, "This is not a conversion of an existing program.")
    assert _affirmed(_CONVERTS, "Not new: we convert our existing program.")
    assert _affirmed(_CONVERTS, "We would convert the existing program rather than build a new one.")
