"""A partner answer in reported speech ("Ben Roy confirmed that the Lakeview Home Care Foundation endorses the
course"): the person reports; the partner is the subject of what they report (sentences made up here)."""
from __future__ import annotations

from mailbot_parsers.bylines import partner_line
from mailbot_parsers.prose import organisation_of


def test_the_reported_subject_is_the_partner() -> None:
    text = "Ben Roy confirmed that the Lakeview Home Care Foundation endorses the course; its letter is attached."
    assert partner_line(text)["partner_name"] == "Lakeview Home Care Foundation"
    assert organisation_of(text) == "Lakeview Home Care Foundation"


def test_a_report_that_names_no_organisation_is_kept() -> None:
    text = "Ben Roy confirmed that it is fine to go ahead with the pilot."
    assert organisation_of(text) == text
    assert partner_line(text).get("partner_name") != "Ben Roy"
