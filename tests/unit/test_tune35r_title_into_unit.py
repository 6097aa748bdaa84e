"""A job title split from a contact line that runs on into a unit's own noun after its role with no comma between
("Lead Photographer Eye Care Services") put the boundary wrong: it has no job's shape, so the split is not lifted to
sure (after a comma, "Nurse Practitioner, Heart Function Clinic", the unit is as often kept with the role)."""
from __future__ import annotations

from mailbot_parsers.calibration import job_shaped


def test_a_unit_noun_after_the_role_is_no_part_of_the_job() -> None:
    assert job_shaped("Nurse Practitioner, Heart Function Clinic")
    assert not job_shaped("Lead Ophthalmic Photographer Eye Care Services")


def test_a_job_named_after_its_unit_keeps_its_shape() -> None:
    assert job_shaped("Clinic Manager")
    assert job_shaped("Clinical Educator, Internal Medicine")
    assert job_shaped("Director of Care")
    assert job_shaped("Pathologists' Assistant Program Coordinator")
