"""A form's blanks typed into as underline fill ("Contact name: ____Jane Doe____"): the words on the fill are the
answer, a line of fill alone is a blank of the form (never an answer's words), a label over an empty fill is an
empty answer, and underscores between a label and its answer do a leader's work. Wording made up here."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers import leaders
from tests.parser_samples import text_pdf


def test_fill_around_an_answer_is_dropped() -> None:
    assert leaders.as_colon("Contact name: ____Jane Doe____") == "Contact name: Jane Doe"
    # the fill wraps with its answer: its first line opens it, the next closes it
    assert leaders.as_colon("Title: ____Safe Use of Infusion Pumps at") == "Title: Safe Use of Infusion Pumps at"
    assert leaders.as_colon("Home____") == "Home"
    # a box drawn after the fill's end stays beside the caption it ticks
    assert leaders.as_colon("Format: ____ Online  Hybrid____☐ ☒") == "Format: Online  Hybrid☐ ☒"


def test_a_blank_and_a_leader_of_underscores() -> None:
    assert leaders.as_colon("Estimated hours: ________") == "Estimated hours:"
    assert leaders.as_colon("Contact name ________ Jane Doe") == "Contact name: Jane Doe"
    assert leaders.as_line("____________________") == ""
    # a row of blanks: each label keeps its own, the answer after the second is the second's
    assert leaders.as_colon("Partner: ____________ Contact: Jo Smith") == "Partner: ____________ Contact: Jo Smith"
    assert leaders.as_colon("Title: ____Pumps: a home course____") == "Title: Pumps: a home course"
    assert leaders.as_line("Rationale") == "Rationale"


def test_underscores_inside_words_and_typed_boxes_stay() -> None:
    for kept in ("file____name", "___ Online  X Hybrid", "snake_case_name", "a__b"):
        assert leaders.as_colon(kept) == kept


def test_a_long_run_of_fill_reads_quickly() -> None:
    line = "Label: " + "_ " * 20000 + "____ " * 20000 + "x"
    assert leaders.as_colon(line).startswith("Label:")
    assert leaders.as_line("_" * 100000) == ""


def test_a_printed_underline_form() -> None:
    data = text_pdf([[
        "CONCEPT FORM",
        "Proposed title: ____Safe Use of Infusion Pumps at Home____",
        "Name of proposer: ____Odalys Fenwick-Ramos____",
        "Email: ____o.fenwick@example.org____",
        "Target learners:",
        "Home-care nurses who set up infusion pumps in patients' homes",
        "____________________________________________________________",
        "Rationale:",
        "Pump errors at home have doubled in two years and new staff learn on the job.",
        "____________________________________________________________",
        "Industry / employment partner: ____Lakeview Home Care____",
        "Delivery format: ____Hybrid____",
        "Estimated hours: ____8____",
        "Resources required: ______________________",
    ]])
    r = parsers.parse(data, "underline.pdf")
    assert r.is_concept_form
    assert r.fields["proposal_title"] == "Safe Use of Infusion Pumps at Home"
    assert r.fields["proposer_name"] == "Odalys Fenwick-Ramos"
    assert r.fields["target_learners"] == "Home-care nurses who set up infusion pumps in patients' homes"
    assert r.fields["rationale"] == "Pump errors at home have doubled in two years and new staff learn on the job."
    assert r.fields["partner_name"] == "Lakeview Home Care"
    assert r.fields["estimated_hours"] == 8
    assert not r.fields.get("resources_required")
