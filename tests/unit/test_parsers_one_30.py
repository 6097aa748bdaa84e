"""One reader per fact: the partner's contact person named in a clause (bylines.contact_clause) and the program an
answer says it converts (prose.converted_program). Each reader takes every sentence form the readers it replaced
took; the strictness a caller needs is a parameter. Strings are made up here, in our own wording."""
from __future__ import annotations

import pytest

from mailbot_parsers.bylines import contact_clause
from mailbot_parsers.prose import converted_program, read


@pytest.mark.parametrize("text, who", [
    # the possessive clause, every way it was written
    ("Our contact there is Dr. Mirela Osei-Banks, Head of Nursing.", "Dr. Mirela Osei-Banks, Head of Nursing"),
    ("my main contact at the trust is Bram Okonkwo.", "Bram Okonkwo"),
    ("Our contact person there is Bram Okonkwo.", "Bram Okonkwo"),
    ("Their contact is Ines Walcott, Director.", "Ines Walcott, Director"),
    ("The contact with the Fernhill Pharmacy Group is Ines Walcott.", "Ines Walcott"),
    ("Our contact at St. Brendan's Hospital (Westport) is Ines Walcott.", "Ines Walcott"),
    ("our contact will be Ines Walcott, Manager, who agreed to it.", "Ines Walcott, Manager"),
    ("My contact person is Ines Walcott (iw@example.org); a letter will follow.", "Ines Walcott (iw@example.org)"),
    # a label, a signer
    ("Contact: Dr. Ines Walcott", "Dr. Ines Walcott"),
    ("Répondant : Luc Ferrand-Aubé", "Luc Ferrand-Aubé"),
    ("Fernhill Pharmacy Group has endorsed it (contact: Ines Walcott, iw@example.org).", "Ines Walcott, iw@example.org"),
    ("Le Réseau Santé Nord appuie le projet (personne-contact : Luc Ferrand-Aubé).", "Luc Ferrand-Aubé"),
    ("the letter signed by Dr. Ines Walcott, Clinical Lead is attached", "Dr. Ines Walcott, Clinical Lead"),
    ("our chair, Ines Walcott (iw@example.org), signed the enclosed letter", "Ines Walcott (iw@example.org)"),
])
def test_any_form_names_the_contact(text: str, who: str) -> None:
    assert contact_clause(text) == who


@pytest.mark.parametrize("text, who", [
    ("Fernhill has agreed to endorse it. My contact there is Dr. Ines Walcott (iw@example.org). Letter attached.",
     "Dr. Ines Walcott (iw@example.org)"),  # the honorific's full stop does not end the person
    ("Their contact is Ines Walcott, Director.", "Ines Walcott, Director"),
    ("The contact with the group will be Ines Walcott.", "Ines Walcott"),
    ("Contact: Dr. Ines Walcott", None),  # a label in a paragraph read whole may belong to something else
    ("the letter signed by Dr. Ines Walcott is attached", None),
    ("Our contact there is Pharmacy Director.", None),  # a role, not a person
])
def test_ours_reads_only_the_possessive_clause(text: str, who: str | None) -> None:
    assert contact_clause(text, "ours") == who


@pytest.mark.parametrize("text, who", [
    ("My contact there is Dr. Ines Walcott, thoracic surgeon.", "Dr. Ines Walcott, thoracic surgeon"),
    ("Our main contact at the network is Bram Okonkwo.", "Bram Okonkwo"),
    ("Our contact person at their clinic is Bram Okonkwo.", "Bram Okonkwo"),
    ("Their contact is Bram Okonkwo.", None),  # does not point back at the organisation named before
    ("Contact: Bram Okonkwo", None),
    ("We spoke to them. Our contact there is Bram Okonkwo.", None),  # must open the line
])
def test_there_reads_a_line_that_opens_on_the_clause(text: str, who: str | None) -> None:
    assert contact_clause(text, "there") == who


def test_the_endorsing_sentence_names_its_contact() -> None:
    got = read(["The Fernhill Pharmacy Group has endorsed the course; our contact is Ines Walcott (iw@example.org), "
                "who signed the letter."])
    assert got["partner_contact"].value == "Ines Walcott (iw@example.org)"
    fr = read(["Le Réseau Santé Nord appuie le projet : l'appui est confirmé (personne-contact : Luc Ferrand-Aubé)."])
    assert fr["partner_contact"].value == "Luc Ferrand-Aubé"


def test_the_paragraph_after_the_partner_gives_the_whole_person() -> None:
    got = read(["The Fernhill Pharmacy Group has agreed to endorse it. My contact there is Dr. Ines Walcott "
                "(iw@example.org)."])
    assert got["partner_contact"].value == "Dr. Ines Walcott (iw@example.org)"


@pytest.mark.parametrize("text, prog", [
    ("Converting our existing internal workshop, Records Basics for Clerks", "Records Basics for Clerks"),
    ("[x] Convert an existing program\nconverting our current course, Wound Dressing Basics.",
     "Wound Dressing Basics"),
    ("conversion of our existing Bedside Ultrasound Primer", "Bedside Ultrasound Primer"),
    ("Convert the Splinting Basics module into a micro-credential", "Splinting Basics module"),
    ("repackaging our current Night Shift Safety Series.", "Night Shift Safety Series"),
    ("converting our existing workshop, which is popular", None),  # the comma's clause is no name
    ("a new micro-credential", None),
])
def test_the_converted_program(text: str, prog: str | None) -> None:
    assert converted_program(text) == prog
