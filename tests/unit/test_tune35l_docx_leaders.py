"""A Word form typed as lines of "Label ........ answer": the dot leader does a colon's work, so each line is a
label and its answer, a label with its leader and nothing after it heads the list below it, and a label whose
leader runs to the end of the line is a blank. Wording made up here."""
from __future__ import annotations

import mailbot_parsers as parsers
from tests.parser_samples import docx, p

LINES = [
    "Name of proposer .................. Odalys Fenwick-Ramos",
    "E-mail address .................... o.fenwick@example.org",
    "Proposed title .................... Safe Use of Infusion Pumps at Home",
    "Rationale / need .................. Pump errors at home have doubled in two years and new staff learn on "
    "the job.",
    "Learning outcomes ................. ",
    "(a) Set up a pump for a first home visit.",
    "(b) Respond to an occlusion alarm.",
    "Delivery format ................... Hybrid",
    "Estimated hours ................... 8",
    "Industry / employment partner ..... Lakeview Home Care",
    "Resources required ................",
]


def test_dot_leader_lines_are_labels_and_answers() -> None:
    r = parsers.parse(docx(p("CONCEPT FORM") + "".join(p(t) for t in LINES)), "leaders.docx")
    assert r.is_concept_form
    assert r.fields["proposer_name"] == "Odalys Fenwick-Ramos"
    assert r.fields["proposal_title"] == "Safe Use of Infusion Pumps at Home"
    assert r.fields["proposer_email"] == "o.fenwick@example.org"
    assert r.fields["learning_outcomes"] == ["Set up a pump for a first home visit.",
                                             "Respond to an occlusion alarm."]
    assert r.fields["partner_name"] == "Lakeview Home Care"
    assert r.fields["estimated_hours"] == 8
    assert not r.fields.get("resources_required")
