"""The partner organisation named inside a sentence (retyped proposals rarely answer "Partner" with the bare name):
each case is a small text of its own, worded unlike any development file."""
from __future__ import annotations

import io

import docx as python_docx

import mailbot_parsers as parsers
from mailbot_parsers.partner_names import partner_of


def test_a_passive_endorsing_frame_is_cut_from_the_name() -> None:
    assert partner_of("The module is supported by the Northern Dialysis Nurses Guild, whose chair has signed a letter") \
        == "Northern Dialysis Nurses Guild"
    assert partner_of("Backed by the Coastal Respiratory Care Association") == "Coastal Respiratory Care Association"


def test_an_affirmation_and_the_sentence_article_are_no_part_of_the_name() -> None:
    assert partner_of("Yes, the Prairie Sonographers Circle") == "Prairie Sonographers Circle"
    assert partner_of("The Harbour Pharmacy Cooperative") == "Harbour Pharmacy Cooperative"


def test_a_state_after_a_colon_and_a_french_clause_are_cut() -> None:
    assert partner_of("Lakeside Audiology Group: letter of support attached") == "Lakeside Audiology Group"
    assert partner_of("L'Ordre des inhalothérapeutes de l'Estrie soutient la démarche ; une lettre suivra.") \
        == "Ordre des inhalothérapeutes de l'Estrie"


def test_what_it_cannot_read_as_a_name_stays_as_written() -> None:
    assert partner_of("Histokine Devices Ltd.") == "Histokine Devices Ltd."
    assert partner_of("Hôpital des Trois-Lacs, service de radiologie") == "Hôpital des Trois-Lacs, service de radiologie"
    assert partner_of("none approached yet") == "none approached yet"


def test_a_retyped_proposal_gives_the_name_its_sentence_names() -> None:
    doc = python_docx.Document()
    doc.add_heading("Proposal: Wound Photography for Home Care Nurses", level=1)
    for heading, text in (("Who we are", "Submitted by Ines Varga, Clinical Nurse Specialist, ines.varga@example.org."),
                          ("Learners", "Home care nurses who document chronic wounds."),
                          ("Why it is needed", "Wound photographs taken at home are often unusable for remote review."),
                          ("Learning outcomes", "Take a standardised wound photograph with a scale marker."),
                          ("Assessment", "A portfolio of ten photographs marked against a checklist."),
                          ("Education Plan alignment", "It supports the plan's focus on community care."),
                          ("Partner", "The course is endorsed by the Ontario Wound Imaging Network, whose letter of "
                                      "support is attached.")):
        doc.add_heading(heading, level=2)
        doc.add_paragraph(text)
    buf = io.BytesIO()
    doc.save(buf)
    r = parsers.parse(buf.getvalue(), "wound photography proposal.docx")
    assert r.fields.get("partner_name") == "Ontario Wound Imaging Network"
