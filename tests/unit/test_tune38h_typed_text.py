"""A proposal typed in a plain-text editor and made into a PDF: monospace lines, section titles in capitals underlined
with a typed rule ("PARTNER" / "-------"), answers hard-wrapped with a hanging indent, questions left blank after their
labels, a remark at the margin to close. The underlined title is a heading (never a wrapped line of the answer above
it, nor any part of a label), a blank label over it is shown empty, and a line back at the margin is no wrap of the
answer above. Built here with fpdf2 (Courier)."""
from __future__ import annotations

from fpdf import FPDF

import mailbot_parsers as parsers

TEXT = """MICRO-COURSE CONCEPT - NEONATAL HEARING SCREENING
================================================
Proposed title: Automated ABR Hearing Screening for Newborn Units
Type of request: micro-course
Date: 12/02/2027

PROPOSER
--------
Name: Ottilie Varga-Menon
Role: Screening Coordinator
Program area: Infant Hearing Program, Northgate Regional
    Health Centre
Email: ovarga@example.com
Phone: 705-555-0131

THE COURSE
----------
Target learners: Screeners and nurses who run automated ABR screening on
    postpartum and neonatal intensive care units.
Why is this needed? Referral rates from two units are twice the provincial
    target, and most referrals come from screens run on unsettled babies or
    with poor electrode contact.
Skills and competencies:
  - Preparing the baby and the skin
  - Placing electrodes and earcouplers
  - Reading the screening result
Learning outcomes (learners will be able to):
  1) Prepare a settled baby and the skin for an automated ABR screen.
  2) Place electrodes and earcouplers so that impedance is acceptable.
  3) Explain a refer result to parents with the program's script.
Summative assessment:

PARTNER
-------
Industry / employment partner:
Endorsement status:

FIT AND LOGISTICS
-----------------
Alignment with Michener's Education Plan:
Delivery format: in person (unit skills room)
Total learning hours: 6
Proposed start: spring 2027
-- typed on the unit computer; more details to follow --
"""


def _typed(text: str) -> bytes:
    pdf = FPDF(unit="pt", format="Letter")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("courier", "", 10)
    for n, line in enumerate(text.split("\n")):
        if line:
            pdf.text(56, 60 + 12 * n, line)
    return bytes(pdf.output())


def test_a_typed_proposal_reads_its_underlined_titles_as_headings() -> None:
    r = parsers.parse(_typed(TEXT), "abr_screening.pdf")
    assert r.is_concept_form
    assert r.fields["proposer_phone"] == "705-555-0131"
    assert r.fields["proposer_department"] == "Infant Hearing Program, Northgate Regional Health Centre"
    assert r.fields["proposed_start"] == "spring 2027"
    assert r.fields["target_learners"] == ("Screeners and nurses who run automated ABR screening on postpartum and "
                                           "neonatal intensive care units.")
    assert set(r.missing_required) == {"summative_assessment", "partner_name", "endorsement_status",
                                       "education_plan_alignment"}
    assert "endorsement_status" not in r.uncertain_fields
