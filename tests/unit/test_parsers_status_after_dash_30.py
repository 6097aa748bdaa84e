"""An endorsement state after a dash is no part of the partner; a start's qualifier is part of the start."""
from mailbot_parsers.bylines import partner_line
from mailbot_parsers.composite import logistics, without_status


def test_state_after_a_dash_is_cut_from_a_contact() -> None:
    assert without_status("Guillaume Roy, groy@example.org – letter of support attached") == "Guillaume Roy, groy@example.org"


def test_a_clause_naming_someone_stays() -> None:
    assert without_status("Halton Pharmacy Network – Dr. Ana Roy") == "Halton Pharmacy Network – Dr. Ana Roy"
    assert without_status("Plain Answer Without Dash") == "Plain Answer Without Dash"


def test_state_before_a_contact_bracket() -> None:
    found = partner_line("Ontario Example Collaborative – confirmed, letter to follow (contact: Mira Halvorsen)")
    assert found["partner_name"] == "Ontario Example Collaborative"
    assert found["partner_contact"] == "Mira Halvorsen"
    assert found.get("endorsement_status") == "confirmed"


def test_start_kept_with_its_qualifier() -> None:
    assert logistics("Online, 8 hours, 35 per year; start as soon as possible (ideally May 2027)")["proposed_start"] \
        == "as soon as possible (ideally May 2027)"
    assert logistics("Blended; 6 hours; 90 a year; start April 2027, before the event season.")["proposed_start"] \
        == "April 2027, before the event season"


def test_plain_start_is_the_date() -> None:
    assert logistics("Online, 8 hours, starting September 2027, about 40 a year")["proposed_start"] == "September 2027"
