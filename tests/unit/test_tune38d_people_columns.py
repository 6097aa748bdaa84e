"""A table that gives two people side by side under the labels ("Name | Lead | Co-lead"): each column is a person,
and the proposer is the first one, nearest the labels, whichever column holds more words. Built here with
python-docx."""
from __future__ import annotations

import io

from docx import Document

import mailbot_parsers as parsers

_PEOPLE = (("", "Lead", "Co-lead"),
           ("Name", "Odile Brannigan", "Kwabena Sorensen-Lutz"),
           ("Role", "Educator", "Senior Respiratory Therapist and Clinical Instructor"),
           ("Organization", "Lakeside Health", "Pulmonary Rehabilitation Services, Lakeside Health Centre"),
           ("Email", "obrannigan@example.org", "ksorensen-lutz@example.org"),
           ("Telephone", "705-555-0131", "705-555-0132"))
_FORM = (("Working Title", "Inhaler Technique Coaching"),
         ("Target Audience", "Community pharmacists and practice nurses"),
         ("Why is this needed?", "Most patients use their inhalers wrongly and nobody shows them how."),
         ("Learning Outcomes", "Coach a patient through three inhaler types"),
         ("How will achievement be evidenced?", "An observed coaching session with a standardised patient."),
         ("Partner Organization", "Lakeside Lung Association"),
         ("Estimated Hours", "6"))


def _form() -> bytes:
    doc = Document()
    doc.add_paragraph("Micro-Course / Credential Concept Form")
    people = doc.add_table(rows=0, cols=3)
    for cells in _PEOPLE:
        row = people.add_row().cells
        for cell, text in zip(row, cells):
            cell.text = text
    doc.add_paragraph("")
    table = doc.add_table(rows=0, cols=2)
    for label, value in _FORM:
        row = table.add_row().cells
        row[0].text, row[1].text = label, value
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def test_the_first_person_is_the_proposer() -> None:
    r = parsers.parse(_form(), "concept form.docx")
    assert r.fields["proposer_title"] == "Educator"
    assert r.fields["proposer_department"] == "Lakeside Health"
    assert r.fields["proposer_email"] == "obrannigan@example.org"
    assert r.fields["proposer_phone"] == "705-555-0131"
