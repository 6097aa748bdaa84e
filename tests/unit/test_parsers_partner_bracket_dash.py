"""A partner answer "Org (person, address) – letter attached" gives the organisation, its contact and the state."""
from mailbot_parsers.bylines import partner_line


def test_bracketed_contact_before_a_dashed_endorsement() -> None:
    assert partner_line("Harbour Valley Health Network (Joan Okafor, jokafor@example.org) – letter of support "
                        "attached.") == {"partner_name": "Harbour Valley Health Network",
                                         "partner_contact": "Joan Okafor, jokafor@example.org",
                                         "endorsement_status": "letter_attached"}


def test_an_organisation_alone_before_the_dash_stays_whole() -> None:
    assert partner_line("Harbour Valley Health Network – letter of support attached.") == {
        "partner_name": "Harbour Valley Health Network", "endorsement_status": "letter_attached"}
