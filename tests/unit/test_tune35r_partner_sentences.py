"""The partner and its contact as a writer's sentence names them: the letter's signer in brackets after the
organisation, or beside their role there ("from its Medical Director, Dr. Y, is enclosed", "its" pointing back at
the organisation the sentence opens on), and talks in French ("en discussion avec l'Ordre des X (M. Y, y@x.org)")."""
from __future__ import annotations

from mailbot_parsers.bylines import letter_signer, partner_line
from mailbot_parsers.prose import read


def _values(sentence: str) -> dict[str, object]:
    return {k: v.value for k, v in read([sentence]).items()}


def test_the_signer_in_brackets_after_the_organisation_is_the_contact() -> None:
    s = "A letter of support from the Northern Society of Dialysis Nurses (Ilse Marquardt, Executive Director) is enclosed."
    assert letter_signer(s) == "Ilse Marquardt, Executive Director"
    found = partner_line(s)
    assert found["partner_name"] == "Northern Society of Dialysis Nurses"
    assert found["partner_contact"] == "Ilse Marquardt, Executive Director"
    assert letter_signer("A letter of support from the Lakeside Clinic (see appendix B) is enclosed.") is None


def test_the_signer_beside_their_role_speaks_for_the_subject() -> None:
    got = _values("The Harbour Street Pain Clinic reviewed the outline, and a letter of support from its Medical "
                  "Director, Dr. Omar Feld, is enclosed.")
    assert got["partner_name"] == "Harbour Street Pain Clinic"
    assert got["partner_contact"] == "Dr. Omar Feld"
    assert got["endorsement_status"] == "letter_attached"


def test_french_talks_name_the_partner_and_its_contact() -> None:
    got = _values("Nous sommes en discussion avec l'Ordre des hygiénistes du Québec (Mme Lise Caron, "
                  "lcaron@example.com) ; rien n'est encore confirmé.")
    assert got["partner_name"] == "Ordre des hygiénistes du Québec"
    assert got["partner_contact"] == "Mme Lise Caron, lcaron@example.com"
    assert got["endorsement_status"] == "in_discussion"
    assert "partner_name" not in _values("Je suis en contact avec Marie Roy à ce sujet.")
