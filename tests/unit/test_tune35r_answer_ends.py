"""Where an answer ends: a numbered list ends with its last item (a plain paragraph after it is the text going on),
and an e-mail's short courtesy right before its closing ("Happy to meet to discuss." / "Best regards,") is no part
of the last answer."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.normalise import to_list
from tests.parser_samples import text_pdf


def test_a_paragraph_after_a_numbered_list_is_no_item() -> None:
    lines = [("On completion, learners will be able to:", False), ("Prepare the patient.", True),
             ("Run the protocol safely.", True), ("Practice runs on volunteers will be used for feedback.", False)]
    assert to_list(lines) == ["Prepare the patient.", "Run the protocol safely."]
    # (a lower-case line goes on with the item above: no sentence of its own)
    assert to_list([("Prepare a.", True), ("Run b.", True), ("and then some more to do", False)])[-1] \
        == "and then some more to do"


EMAIL = ["From: Desmond Ward <d.ward@example.org>", "Sent: 20 November 2026", "To: Continuing Education",
         "Subject: Proposal - transfusion reactions micro-course", "",
         "Dear Continuing Education team,", "",
         "I would like to propose a micro-course on transfusion reactions for nurses on the medical wards.", "",
         "Target learners: Medical and surgical ward nurses who give blood products.", "",
         "Learning outcomes: recognise reactions; stop the transfusion; report to the blood bank.", "",
         "Assessment: A scenario-based online test with a pass mark of 80%.", "",
         "Partner: Regional Hemovigilance Network, letter of support attached.", "",
         "Resources: An instructional designer for about 40 hours and space on the learning platform.", "",
         "Happy to meet to discuss.", "",
         "Best regards,", "", "Desmond Ward", "Transfusion Safety Officer", "d.ward@example.org"]


def test_a_courtesy_before_the_closing_ends_the_last_answer() -> None:
    r = parsers.parse(text_pdf([[ln for ln in EMAIL if ln]]), "printed email.pdf")
    assert r.fields.get("resources_required") == \
        "An instructional designer for about 40 hours and space on the learning platform."
