"""A letter signed by two people, each under the closing with a block and an address of their own, none captioned as
the proposer: whose block is the proposer's is a guess (the first signer may be a co-author), so the proposer's
details read from it are uncertain; one person's signature stays sure. Built here with python-docx."""
from __future__ import annotations

import io

from docx import Document

import mailbot_parsers as parsers

_BODY = (
    "Dear Continuing Education team,",
    "I am writing to propose a micro-course on wound assessment for home care nurses.",
    "Community nurses see more complex wounds every year, yet few have had any training in staging them.",
    "Participants will practise wound measurement, staging and dressing selection.",
    "We will judge success by an observed assessment of a simulated wound.",
    "The course would be online, ten hours in all, from Spring 2028, for forty learners a year.",
    "The Harbourview Home Care Association supports the proposal; their letter of support is attached.",
)
_FIRST = ("Tobias Wrenfield-Okoro", "Clinical Nurse Specialist", "Wound Care Service, Eastmere Hospital",
          "t.wrenfield@example.org")
_SECOND = ("Maren Ilunga-Castell", "Advanced Practice Nurse", "Home Care Program, Eastmere Hospital",
           "m.ilunga@example.org", "416-555-0142")


def _letter(*blocks: tuple[str, ...]) -> bytes:
    doc = Document()
    for text in _BODY:
        doc.add_paragraph(text)
    doc.add_paragraph("With thanks,")
    for block in blocks:
        for line in block:
            doc.add_paragraph(line)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_two_signers_leave_the_proposer_uncertain() -> None:
    r = parsers.parse(_letter(_FIRST, _SECOND), "letter.docx")
    assert r.is_concept_form
    assert r.fields.get("proposer_name") == "Tobias Wrenfield-Okoro"
    assert "proposer_name" in r.uncertain_fields
    assert "co_signed" in r.sources["proposer_name"].doubts


def test_one_signer_stays_sure() -> None:
    r = parsers.parse(_letter(_FIRST), "letter.docx")
    assert r.fields.get("proposer_name") == "Tobias Wrenfield-Okoro"
    assert "co_signed" not in r.sources["proposer_name"].doubts
