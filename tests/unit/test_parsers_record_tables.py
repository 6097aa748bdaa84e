"""A table that lists records (attendees, a schedule) under a row of column names: the column names are asked of
every record, so one that reads like a field's label ("Participants" as the learners) is never a field the
applicant left empty; the first record is read under them as a guess. Built with python-docx in our own wording."""
from __future__ import annotations

import io

import docx

import mailbot_parsers as parsers


def _notes() -> bytes:
    d = docx.Document()
    d.add_heading("Falls prevention group – meeting notes", 1)
    d.add_paragraph("Date: 3 March 2027")
    table = d.add_table(rows=0, cols=3)
    for row in (("Participant", "Role", "Contact"),
                ("Ruth Okonjo-Field", "Physiotherapist", "rokonjo@example.org"),
                ("Ben Castellano", "Nurse Educator", "bcastellano@example.org"),
                ("Lise Marchetti", "Unit Manager", "lmarchetti@example.org")):
        cells = table.add_row().cells
        for c, t in zip(cells, row):
            c.text = t
    d.add_paragraph("Agreed: propose a new micro-credential to CE, \"Falls Prevention on Inpatient Units\".")
    for line in ("Lead: Ruth Okonjo-Field", "Why: falls rose by a third on two units last year",
                 "Skills: risk screening; safe mobility; post-fall huddles",
                 "Outcomes: Screen a patient for falls risk; Lead a post-fall huddle",
                 "Assessment: Observed screening with a checklist", "Partner: Westgate Rehab Hospital",
                 "Fit: the Education Plan's patient safety theme", "Format: online, 6 hours"):
        d.add_paragraph(line, style="List Bullet")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_a_column_name_over_several_records_is_no_empty_field() -> None:
    r = parsers.parse(_notes(), "notes.docx")
    assert r.is_concept_form
    assert "target_learners" not in r.missing_required
    # what the first record gives is a guess at the proposer's details, never a sure reading
    assert r.fields.get("target_learners") != "Ruth Okonjo-Field" or "target_learners" in r.uncertain_fields
