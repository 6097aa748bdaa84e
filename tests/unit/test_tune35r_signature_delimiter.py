"""An e-mail's signature delimiter ("-- " on a line of its own) ends the body: the lines under it are the sender's
signature (name, role, unit, number and address), read as the proposer's, no part of the last answer."""
from __future__ import annotations

import mailbot_parsers as parsers
from tests.parser_samples import text_pdf

EMAIL = ["From: Wen-Li Abernathy <wabernathy@example.com>", "Sent: Monday, November 23, 2026 9:52 AM",
         "To: Continuing Education", "Subject: Idea for a micro-course - chest physiotherapy",
         "Hello CE team,",
         "Here is my idea in short form.",
         "Course: Chest Physiotherapy for Home Care",
         "For: Physiotherapists and respiratory therapists in home care.",
         "Why: Patients leave hospital sooner and home-care staff have little training in airway clearance.",
         "Assessment: Practical demonstration with a volunteer patient, scored by two assessors.",
         "Partner: Home Care Physiotherapy Network - we are talking with them, nothing is confirmed yet.",
         "Fit: Short, practical learning for working clinicians, as the Education Plan sets out.",
         "Resources: A skills lab for one day.",
         "--",
         "Wen-Li Abernathy",
         "Physiotherapist",
         "Kensington Park Hospital",
         "(416) 555-0193 | wabernathy@example.com"]


def test_the_lines_under_the_delimiter_are_the_signature() -> None:
    r = parsers.parse(text_pdf([EMAIL]), "printed email.pdf")
    assert r.fields.get("resources_required") == "A skills lab for one day."
    assert r.fields.get("proposer_phone") == "(416) 555-0193"
    assert r.fields.get("proposer_department") == "Kensington Park Hospital"
