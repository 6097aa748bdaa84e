"""A French partner answer names its contact in brackets as "personne-ressource" (or "interlocutrice"): the
organisation is the partner, the person its contact, as with "(contact: ...)"."""
from __future__ import annotations

from mailbot_parsers.bylines import partner_line
from mailbot_parsers.composite import partner_answer


def test_a_personne_ressource_in_brackets_is_the_partners_contact() -> None:
    found = partner_line("Centre hospitalier des Deux-Rives (personne-ressource : M. Omar Bellefleur). Lettre d'appui jointe.")
    assert found.get("partner_name") == "Centre hospitalier des Deux-Rives"
    assert found.get("partner_contact") == "M. Omar Bellefleur"
    assert partner_answer("Clinique Vallée-Verte (interlocutrice : Dre Lina Haddad)") == {
        "partner_name": "Clinique Vallée-Verte", "partner_contact": "Dre Lina Haddad"}
