"""A partner's contact line followed by a sentence of the writer's ("Contact: Dr. Ada Roy, Medical Director
(aroy@example.com)" over "A signed letter of support is attached to this proposal."): the contact is the person's
name, role and address; the sentence is no part of it (and still says the letter is attached). Built here with
fpdf2."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.sections import _contact_sentence
from tests.unit.samples import Line, lines_pdf


def _proposal() -> bytes:
    rows: list[Line] = []
    rows.append(("Pelvic Floor Assessment for Physiotherapists", True))
    rows.append("Prepared by: Ingrid Alvarez-Moon, Clinical Specialist, Rehabilitation Program")
    for n, (head, text) in enumerate((("The need", ["Wait lists for pelvic health physiotherapy exceed six months."]),
                                      ("Who it is for", ["Registered physiotherapists new to pelvic health."]),
                                      ("Skills and competencies", ["Internal examination technique; outcome measures"]),
                                      ("Learning outcomes", ["Assess pelvic floor muscle function safely."]),
                                      ("Assessment", ["An observed practical examination scored with a checklist."]),
                                      ("Industry partner", ["Partner: Lakeshore Pelvic Health Associates",
                                                            "Contact: Dr. Priya Haldane-Ross, Medical Director "
                                                            "(phaldane@example.com)",
                                                            "A signed letter of support is attached to this proposal."]),
                                      ("Fit with the Education Plan",
                                       ["It supports the Education Plan's goal of flexible learning."])), 1):
        rows.append(8.0)
        rows.append((f"{n}. {head}", True))
        for t in text:
            rows.append(t)
    return lines_pdf(rows)


def test_the_sentence_after_a_contact_is_no_part_of_it() -> None:
    r = parsers.parse(_proposal(), "pelvic proposal.pdf")
    assert r.fields["partner_contact"] == "Dr. Priya Haldane-Ross, Medical Director (phaldane@example.com)"
    assert r.fields["endorsement_status"] == "letter_attached"


def test_what_is_a_sentence_after_a_contact() -> None:
    assert _contact_sentence("A signed letter of support is attached to this proposal.")
    assert not _contact_sentence("Medical Director, Lakeshore Pelvic Health Associates.")
    assert not _contact_sentence("She can be reached at phaldane@example.com or by phone.")
