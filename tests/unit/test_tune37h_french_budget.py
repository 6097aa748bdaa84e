"""A French template's "Incidence budgétaire" (its "Budget impact") asks for the resources the course needs."""
from __future__ import annotations

from mailbot_parsers import meaning


def test_a_french_budget_impact_label_names_the_resources_by_its_meaning() -> None:
    found = meaning.resolve("Incidence budgétaire", "Salle de simulation pour deux demi-journées; matériel fourni")
    assert found is not None and found.key == "resources_required"
    found = meaning.resolve("Coût et financement", "Deux salles de simulation; formatrices du partenaire")
    assert found is not None and found.key == "resources_required"
