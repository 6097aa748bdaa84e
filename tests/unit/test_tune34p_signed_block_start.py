"""A contact block at the end of a pitch sheet or under a title: its role wrapped in a narrow column ("Certified
Diabetes Educator and" over "Registered Dietitian") is one role, and the block starts at the name above the role,
not at the role where the last few lines begin (a block and sheet made up here)."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.bylines import signed_block
from tests.parser_samples import text_pdf


def test_a_role_wrapped_after_a_little_word_is_one_role() -> None:
    found = signed_block(["Odalys Fenwick-Ramos", "Home Infusion Nurse and", "Clinical Educator", "Lakeview Home Care",
                          "ofenwick@example.org"])
    assert found["proposer_name"] == "Odalys Fenwick-Ramos"
    assert found["proposer_title"] == "Home Infusion Nurse and Clinical Educator"
    assert found["proposer_department"] == "Lakeview Home Care"


def _sheet() -> bytes:
    body = ["Safe Infusion Pumps at Home", "A micro-course idea for Continuing Education",
            "What's the problem? Pump errors at home have doubled in two years and new staff learn on the job.",
            "Who should come? Home-care nurses who set up infusion pumps in patients' homes.",
            "What will they practise? Setting up a pump; programming a dose; answering its alarms.",
            "How will we know? An observed pump set-up scored with a checklist by a senior nurse.",
            "Who supports it? Lakeview Home Care Foundation supports the idea; their letter is attached.",
            "Hybrid, eight hours, about forty learners a year.",
            "Odalys Fenwick-Ramos", "Home Infusion Nurse and", "Clinical Educator", "Lakeview Home Care",
            "ofenwick@example.org", "905-555-0138", "March 3, 2027"]
    return text_pdf([body])


def test_the_block_starts_at_the_name_above_the_last_lines() -> None:
    r = parsers.parse(_sheet(), "pitch sheet.pdf")
    assert r.fields.get("proposer_name") == "Odalys Fenwick-Ramos"
    assert r.fields.get("proposer_title") == "Home Infusion Nurse and Clinical Educator"
