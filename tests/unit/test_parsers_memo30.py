"""Memos and briefing notes (round 12's G9 genre): a byline or contact line with a local number, an "Issue" section,
a "Participants will:" lead-in, a title whose last word wraps alone, a one-page running footer, a heading that asks
two things. Small documents generated here in our own wording (fpdf2), not copies of the round 12 files."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.bylines import byline, endorser, partner_line
from mailbot_parsers.composite import phones
from mailbot_parsers.labels import match_label
from mailbot_parsers.meaning import resolve


def _pdf(lines: list[tuple[str, int, bool]], footer: str | None = None) -> bytes:
    """A one-page PDF, one paragraph a line (text, font size, bold), and a footer line at the page's foot."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="Letter")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_xy(56, 56)
    for text, size, bold in lines:
        pdf.set_font("helvetica", "B" if bold else "", size)
        pdf.multi_cell(500, size * 1.3, text)
        pdf.ln(size * 0.3)
    if footer:
        pdf.set_font("helvetica", "", 9)
        pdf.set_xy(200, 740)
        pdf.cell(200, 12, footer)
    return bytes(pdf.output())


BRIEFING = [
    ("Briefing note: Cytotoxic Spill Response for Outpatient Oncology Pharmacy", 13, False),
    ("Technicians", 13, False),
    ("Prepared by Marisol Quenneville-Adu, Pharmacy Educator, Oncology Pharmacy - mqa@example.org", 10, False),
    ("- 555-0163", 10, False),
    ("ISSUE", 11, True),
    ("Spills in the compounding room are handled differently on each shift, and two staff exposures were reported "
     "this year.", 10, False),
    ("PROPOSAL", 11, True),
    # (the sentence wraps: its end and the lead-in share the next printed line)
    ("A micro-course for pharmacy technicians who compound chemotherapy in the outpatient", 10, False),
    ("clinic. Participants will:", 10, False),
    ("- Contain a cytotoxic spill with the spill kit within two minutes.", 10, False),
    ("- Decontaminate the surface and dispose of waste safely.", 10, False),
    ("- Report the spill and any exposure the same day.", 10, False),
    ("Assessment: an observed spill drill scored against a checklist.", 10, False),
    ("AT A GLANCE", 11, True),
    ("Format: In person", 10, False),
    ("Start: TBD - spring 2028 at the earliest", 10, False),
]


def test_local_number_is_a_phone_but_no_longer_figure_is() -> None:
    assert phones("Contact: ab@example.org · 555-0163") == ["555-0163"]
    assert phones("Invoice INV-2027-0412") == []
    assert phones("between 120-1500 a year") == []
    assert phones("tel. 416-555-0163") == ["416-555-0163"]


def test_byline_with_a_local_number_gives_five_fields() -> None:
    found = byline("Prepared by Marisol Quenneville-Adu, Pharmacy Educator, Oncology Pharmacy · mqa@example.org · 555-0163")
    assert found == {"proposer_name": "Marisol Quenneville-Adu", "proposer_title": "Pharmacy Educator",
                     "proposer_department": "Oncology Pharmacy", "proposer_email": "mqa@example.org",
                     "proposer_phone": "555-0163"}


def test_learners_before_their_modal_verb_lead_in_the_outcomes() -> None:
    for label in ("Participants will", "Learners will", "By the end, students will", "Trainees who finish can",
                  "What participants will do"):
        m = match_label(label)
        assert m is not None and m.key == "learning_outcomes", label
    assert match_label("Participants").key == "target_learners"  # type: ignore[union-attr]
    assert match_label("Who will take it").key == "target_learners"  # type: ignore[union-attr]
    found = resolve("What graduates can do")  # (in words no field lists)
    assert found is not None and found.key == "learning_outcomes"


def test_endorser_is_the_capitalised_subject_of_a_later_sentence() -> None:
    text = ("The exam is an observed drill with a checklist. Kestrel Safety Systems has endorsed it in writing "
            "(letter attached).")
    assert endorser(text) == "Kestrel Safety Systems"
    assert partner_line(text) == {"partner_name": "Kestrel Safety Systems", "endorsement_status": "letter_attached"}
    assert endorser("We have endorsed it ourselves. It has been endorsed by nobody.") is None


def test_briefing_note_reads_byline_issue_outcomes_title_and_no_footer() -> None:
    r = parsers.parse(_pdf(BRIEFING, footer="Briefing note - pharmacy intake 1"), "briefing.pdf")
    f = r.fields
    assert f.get("proposer_phone") == "555-0163"
    assert f.get("proposer_department") == "Oncology Pharmacy"
    assert f.get("rationale", "").startswith("Spills in the compounding room")
    assert f.get("learning_outcomes") == ["Contain a cytotoxic spill with the spill kit within two minutes.",
                                          "Decontaminate the surface and dispose of waste safely.",
                                          "Report the spill and any exposure the same day."]
    assert "Contain a cytotoxic" not in str(f.get("target_learners", ""))
    assert "intake" not in str(f.get("proposed_start", ""))
    assert f.get("proposal_title") == "Cytotoxic Spill Response for Outpatient Oncology Pharmacy Technicians"
    assert f.get("target_learners") == "pharmacy technicians who compound chemotherapy in the outpatient clinic"
