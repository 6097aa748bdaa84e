"""Options ticked with a typed asterisk, "(*)" or "[*]", as a plain-text editor's form is filled in."""
from __future__ import annotations

import mailbot_parsers as parsers
from tests.printed_samples import PROPOSAL, assert_read, dot_leader_pdf


def test_an_asterisk_in_brackets_ticks_its_option() -> None:
    typed = {"Type of Request": ["[ ] New micro-credential   [*] Micro-course"],
             "Delivery Format": ["( ) Online   ( ) In person   (*) Hybrid"]}
    fields = [(label, typed.get(label, lines)) for label, lines in PROPOSAL]
    result = parsers.parse(dot_leader_pdf(fields, monospace=True), "concept.pdf")
    assert_read(result, "request_type", "delivery_format", "proposal_title")
