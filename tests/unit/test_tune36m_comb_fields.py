"""Comb fields: a phone number or a date written one character a box (a table row of one-character cells, drawn
squares), read as text one box a word. The boxes spell one answer; a caption of the boxes ("D D M M Y Y Y Y")
says which digits are the day. Wording made up here."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.comb import unboxed
from tests.parser_samples import docx, p, table, tc, tr


def test_unboxed_joins_a_number_comb_only() -> None:
    assert unboxed("4 1 6 - 5 5 5 - 0 1 4 2") == "416-555-0142"
    assert unboxed("0 3 / 0 2 / 2 0 2 7") == "03/02/2027"
    assert unboxed("1 5 0 3 2 0 2 7 D D M M Y Y Y Y") == "15/03/2027"
    assert unboxed("2 0 2 7 0 3 1 5 Y Y Y Y M M D D") == "2027-03-15"
    # a caption of another length is not the comb's; fewer boxes, letters, or words are no comb
    assert unboxed("1 5 0 3 2 0 2 7 D D M M") == "1 5 0 3 2 0 2 7 D D M M"
    assert unboxed("1 2 3") == "1 2 3"
    assert unboxed("A B C D E F") == "A B C D E F"
    assert unboxed("Plan A or B") == "Plan A or B"


def test_docx_comb_cells_spell_the_phone_and_date() -> None:
    phone = "416-555-0142"
    date = "03/02/2027"
    body = p("CONCEPT FORM") + table(
        tr(tc(p("Proposed Title")), tc(p("Wound Photography for Home Care"))),
        tr(tc(p("Name of Proposer")), tc(p("Ines Marchetti"))),
        tr(tc(p("Email")), tc(p("ines.m@example.org"))),
        tr(tc(p("Rationale / Need")), tc(p("Photos sent to the wound team are often unusable."))),
        tr(tc(p("Target Learners")), tc(p("Home care nurses."))),
        tr(tc(p("Learning Outcomes")), tc(p("Take a usable wound photo."))),
        tr(tc(p("Competencies / Skills Targeted")), tc(p("Lighting, framing, consent."))),
        tr(tc(p("Summative Assessment")), tc(p("A graded photo set."))),
        tr(tc(p("Delivery Format")), tc(p("Online"))),
        tr(tc(p("Estimated Hours")), tc(p("4"))),
    ) + table(tr(tc(p("Phone"), span=len(phone))), tr(*[tc(p(c)) for c in phone])) \
        + table(tr(tc(p("Date Submitted (DD/MM/YYYY)"), span=len(date))), tr(*[tc(p(c)) for c in date]))
    r = parsers.parse(docx(body), "comb.docx")
    assert r.is_concept_form
    assert r.fields["proposer_phone"] == phone
    assert r.fields["submission_date"] == "2027-02-03"
