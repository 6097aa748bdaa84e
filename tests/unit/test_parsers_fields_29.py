"""The largest causes of the remaining field errors, counted across the folders (bench/errors.py): the partner's
contact person named in a clause of its own, and a byline whose pieces the line's end broke.

The contact person: "our contact there is X", "contact: X", "Répondant : X", "signed by X, Role", "our director, X,
signed ..." name the person after the organisation, whichever way the organisation and its endorsement were read,
in the same sentence or the next. The byline: a bare "By Name, Role, Unit · address · number" line, its address
broken at its own hyphen where the line ended. Strings and documents are made up here, in our own wording."""
from __future__ import annotations

import io

import docx
import pytest

import mailbot_parsers as parsers
from mailbot_parsers.bylines import byline, contact_clause, partner_line, signature


@pytest.mark.parametrize("text, who", [
    ("Our contact there is Dr. Lena Ferreira-Holt, Chief of Surgery.", "Dr. Lena Ferreira-Holt, Chief of Surgery"),
    ("my contact at the foundation is Omar Lindqvist (olindqvist@example.org).",
     "Omar Lindqvist (olindqvist@example.org)"),
    ("we are talking with them; our contact is Ms Petra Nakashima (pn@example.org), but nothing is signed.",
     "Ms Petra Nakashima (pn@example.org)"),
    ("(personne-ressource : Dre Aline Mbeki-Roussel). Une lettre suivra.", "Dre Aline Mbeki-Roussel"),
    ("Lettre d'appui jointe. Répondante : Sophie Lantagne, cheffe des services.",
     "Sophie Lantagne, cheffe des services"),
    ("the letter of support signed by Dr. Ravi Quist, Medical Lead is attached.", "Dr. Ravi Quist, Medical Lead"),
    ("Brookfield Clinics – our manager, Ana Kowal-Reyes (akr@example.org), signed the attached letter",
     "Ana Kowal-Reyes (akr@example.org)"),
    ("Harbourview Network – contact: Teo Marchetti, tm@example.org – letter attached", "Teo Marchetti, tm@example.org"),
])
def test_the_clause_that_names_the_contact_gives_the_person(text: str, who: str) -> None:
    assert contact_clause(text) == who


@pytest.mark.parametrize("text", ["Our contact details are below.", "The contact is not known yet.",
                                  "Please contact the CE office with questions.", "Contact us for more."])
def test_no_person_no_contact(text: str) -> None:
    assert contact_clause(text) is None


def test_the_contact_after_the_organisation_and_its_state_is_kept() -> None:
    found = partner_line("Northgate Rehab Centre supports the idea; we are still in discussion about a letter. "
                         "My contact there is Dr. Abel Soto-Kerr, physiatrist.")
    assert found == {"partner_name": "Northgate Rehab Centre", "endorsement_status": "in_discussion",
                     "partner_contact": "Dr. Abel Soto-Kerr, physiatrist"}
    found = partner_line("Larchmont Dental Associates – letter of support attached")
    assert found == {"partner_name": "Larchmont Dental Associates", "endorsement_status": "letter_attached"}


def _docx(paragraphs: list[str]) -> bytes:
    d = docx.Document()
    for p in paragraphs:
        d.add_paragraph(p)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_a_letter_names_the_partner_contact_in_the_sentence_after_the_endorsement() -> None:
    body = [
        "Micro-credential proposal: Safe Bathing Transfers for Home Support Workers",
        "12 March 2027",
        "Dear Continuing Education team,",
        "I am writing to propose a new micro-credential, Safe Bathing Transfers for Home Support Workers, for home "
        "support workers who help clients bathe.",
        "Falls in the bathroom are the most common injury our clients report, and our workers have had no training.",
        "Achievement would be assessed through an observed transfer in a simulated bathroom, scored with a checklist.",
        "The Riverside Home Support Cooperative has agreed to endorse the course and their letter of support is "
        "enclosed. Our contact at the cooperative is Hedda Morrow-Baines, Director of Care.",
        "The course supports the Education Plan's commitment to community partnerships.",
        "We picture a hybrid course of about 8 hours, starting in September 2027, with 40 learners a year.",
        "Yours sincerely,",
        "Ilse Varga-Omondi",
        "Home Support Educator, Riverside Home Support Cooperative",
    ]
    r = parsers.parse(_docx(body), "letter.docx")
    assert r.fields.get("partner_name") == "Riverside Home Support Cooperative"
    assert r.fields.get("partner_contact") == "Hedda Morrow-Baines, Director of Care"


def test_a_bare_by_line_is_a_byline_and_a_broken_address_is_one_piece() -> None:
    found = byline("By Karin Obuya-Stahl, Education Coordinator, Paramedic Services, Lakeland Region · kobuya-\n"
                   "stahl@example.org · 705-555-0181")
    assert found == {"proposer_name": "Karin Obuya-Stahl", "proposer_title": "Education Coordinator",
                     "proposer_department": "Paramedic Services, Lakeland Region",
                     "proposer_email": "kobuya-stahl@example.org", "proposer_phone": "705-555-0181"}
    assert byline("By the end of the course, learners will lead a class.") == {}
    assert byline("By March 2027 we hope to run the first cohort.") == {}
    block = signature(["Karin Obuya-Stahl | Education Coordinator | Paramedic Services | kobuya-",
                       "stahl@example.org | 705-555-0181"])
    assert block.get("proposer_email") == "kobuya-stahl@example.org"


def test_a_contact_line_under_the_title_parts_the_role_from_the_unit_after_it() -> None:
    body = [
        "Pressure Injury Staging for Personal Support Workers",
        "Rosalind Achterberg-Ide – Wound Care Nurse Consultant, Long-Term Care Education – rai@example.org – "
        "416-555-0177",
        "Request: a new micro-credential.",
        "Learners: Personal support workers in long-term care homes.",
        "Need: Pressure injuries are found late because PSWs are not taught to recognise early stages.",
        "Competencies: Skin inspection; staging; repositioning; reporting.",
        "Assessment: An observed skin check on a simulated resident, scored with a checklist.",
        "Partner: Cedarview Care Homes – letter of support attached.",
        "Education Plan: It serves the Plan's priority on care in the community.",
        "Delivery: Online, 6 hours, starting in May 2027, about 60 learners a year.",
    ]
    r = parsers.parse(_docx(body), "proposal.docx")
    assert r.fields.get("proposer_name") == "Rosalind Achterberg-Ide"
    assert r.fields.get("proposer_title") == "Wound Care Nurse Consultant"
    assert r.fields.get("proposer_department") == "Long-Term Care Education"
