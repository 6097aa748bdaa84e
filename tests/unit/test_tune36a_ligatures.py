"""The official form re-saved by another program (LibreOffice's round trip of a Word file, a PDF converted to DOCX)
keeps a font's ligature glyphs as characters: "\ufb01t checks", "\ufb02exor". They are their letters, in a Word file as
in a PDF. Our own small file: a python-docx table with the glyphs typed in."""
from __future__ import annotations

import mailbot_parsers as parsers
from tests.unit.samples import table_docx


def _table_docx(text: str) -> bytes:
    return table_docx([("Proposed Title", "Splint Fabrication for Flexor Tendon Repair"),
                       ("Name of Proposer", "Ines Varga"), ("Email", "ivarga@example.org"),
                       ("Target Learners", "Occupational therapists in hand clinics."), ("Rationale / Need", text),
                       ("Competencies / Skills Targeted", "Thermoplastic splinting."),
                       ("Summative Assessment", "Observed fabrication scored with a checklist."),
                       ("Industry / Employment Partner", "Lakeshore Hand Clinic")])


def test_ligature_characters_a_round_trip_kept_are_their_letters() -> None:
    r = parsers.parse(_table_docx("Referrals for ﬂexor repairs doubled; ﬁt checks take two eﬀorts."),
                      "roundtrip.docx")
    assert r.fields["rationale"] == "Referrals for flexor repairs doubled; fit checks take two efforts."
