"""A mail's or a letter's signature often signs the role on the name's own line ("Ada Roy, Registered Dietitian")
and puts the unit on the line under it, then the number: the role is the name line's, the unit the next line's (not
the unit read as the role); a unit line under a name alone, with no role anywhere, is where the signer works."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.bylines import signed_block
from tests.parser_samples import text_pdf

BODY = ["Hi CE team,",
        "As requested, the key points:",
        "Title: Meal Support for Eating Disorder Recovery",
        "Who: Dietitians and nurses on inpatient units",
        "Why: New staff supervise meals without training.",
        "Assessment: Simulated meal, scored against a checklist",
        "Partner: Hope at the Table Family Network (in discussion; no letter yet)",
        "Format: in person",
        "Start: January 2027",
        "Thanks!",
        "--"]


def _thread(signature: list[str]) -> bytes:
    head = ["Micro-course proposal: meal support",
            "From: Camille Oduya-Strand <c.oduya-strand@example.com>",
            "Date: Sat, 28 Nov 2026 09:03",
            "To: ce@michener.example",
            "Subject: Micro-course proposal: meal support"]
    return text_pdf([head + BODY + signature])


def test_the_role_signed_on_the_name_line_is_the_role_and_the_line_under_it_the_unit() -> None:
    r = parsers.parse(_thread(["Camille Oduya-Strand, Registered Dietitian",
                               "Youth Eating Disorders Service, Riverside Health", "647-555-0106"]), "thread.pdf")
    assert r.fields.get("proposer_name") == "Camille Oduya-Strand"
    assert r.fields.get("proposer_title") == "Registered Dietitian"
    assert r.fields.get("proposer_department") == "Youth Eating Disorders Service, Riverside Health"
    assert r.fields.get("proposer_phone") == "647-555-0106"


def test_a_role_with_its_own_comma_stays_whole_over_the_unit_line() -> None:
    r = parsers.parse(_thread(["Camille Oduya-Strand, Advanced Practice Nurse, Eating Disorders",
                               "Riverside Health Centre", "647-555-0106"]), "thread.pdf")
    assert r.fields.get("proposer_title") == "Advanced Practice Nurse, Eating Disorders"
    assert r.fields.get("proposer_department") == "Riverside Health Centre"


def test_an_organisation_alone_under_the_name_is_the_unit_not_the_role() -> None:
    found = signed_block(["Priyanka Venkataraman", "Riverbend Rehabilitation Hospital"])
    assert found == {"proposer_name": "Priyanka Venkataraman", "proposer_department": "Riverbend Rehabilitation Hospital"}
    # (a role under the name is still the role)
    assert signed_block(["Priyanka Venkataraman", "Speech-Language Pathologist"]).get("proposer_title") \
        == "Speech-Language Pathologist"
