"""A printed byline "Applicant: Name, Role" over "Unit, Organisation": the role ends where the writer's line ends."""
from __future__ import annotations

import mailbot_parsers as parsers
from tests.parser_samples import positioned_pdf

LINES = ["Recognising Transfusion Reactions", "Micro-credential development application",
         "Applicant: Desmond Okonkwo, Transfusion Safety Officer", "Blood Transfusion Service, Lakeview General Hospital",
         "dokonkwo@example.org - 905-555-0177", "1. Summary",
         "We propose a new micro-credential for ward nurses and laboratory technologists who give blood.",
         "2. Assessment", "A case-based online examination and an observed mock investigation.",
         "3. Endorsement", "The Regional Blood Network endorses it; the letter of support is attached.",
         "4. Education Plan", "It supports the Education Plan's priority on patient safety."]


def test_the_role_ends_at_the_line_and_the_unit_is_the_next_line() -> None:
    r = parsers.parse(positioned_pdf([(60, 740 - 16 * n, t) for n, t in enumerate(LINES)]), "application.pdf")
    assert r.fields["proposer_name"] == "Desmond Okonkwo"
    assert r.fields["proposer_title"] == "Transfusion Safety Officer"
    assert r.fields["proposer_department"] == "Blood Transfusion Service, Lakeview General Hospital"
