"""A French proposal's sentences state its fields as an English one's do: the course named after "intitulée",
whom it is for after "destinée aux", the partner who "a donné son accord", the outcomes after "pourront :", and the
answer to "Public visé" framed as "Le microcours est destiné aux ..." (each a sentence of its own, worded unlike any
development file)."""
from __future__ import annotations

from mailbot_parsers import prose
from mailbot_parsers.normalise import choice_code


def test_a_microcertification_named_and_meant_for_its_learners() -> None:
    r = prose.read(["Je vous propose une nouvelle microcertification intitulée « Soins des plaies de pression "
                    "en hébergement », destinée aux préposées et infirmières auxiliaires des centres d'hébergement."])
    assert r["proposal_title"].value == "Soins des plaies de pression en hébergement"
    assert r["target_learners"].value == "préposées et infirmières auxiliaires des centres d'hébergement"
    assert r["request_type"].value == "new"


def test_a_partner_that_gave_its_agreement() -> None:
    r = prose.read(["Le Centre intégré de santé du Haut-Lac a donné son accord ; la lettre suivra."])
    assert r["partner_name"].value == "Centre intégré de santé du Haut-Lac"
    assert r["endorsement_status"].value == "confirmed"
    assert choice_code("endorsement_status", "Accord verbal, la lettre suivra.") == "confirmed"


def test_the_outcomes_after_a_french_lead_in() -> None:
    split = prose.outcome_split("À la fin, les préposées pourront :\n• Repérer une plaie de stade 1.\n"
                                "• Repositionner la personne toutes les deux heures.")
    assert split is not None
    assert split[1] == ["Repérer une plaie de stade 1.", "Repositionner la personne toutes les deux heures."]


def test_whom_the_course_is_for_without_its_frame() -> None:
    assert prose.unframed("target_learners", "La formation est destinée aux préposées aux bénéficiaires de nuit.") \
        == "préposées aux bénéficiaires de nuit"
    assert prose.unframed("target_learners", "Elle s'adresse aux inhalothérapeutes des soins intensifs.") \
        == "inhalothérapeutes des soins intensifs"
