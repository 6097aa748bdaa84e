"""Documents set with run-in heads ("Background. Two incidents ..."): every head of the house style starts a topic."""
from __future__ import annotations

import mailbot_parsers as parsers
from tests.parser_samples import docx, p

# a ward note (not a memo of any corpus), its heads partly in words no label list holds ("Context.", "Scope.")
NOTE = [
    "Title. Falls Prevention on Night Shift",
    "Author. Teodora Bjornsen-Achebe, Clinical Nurse Specialist, Medicine Program, Harbourview Hospital",
    "Email. t.bjornsen@example.org",
    "Why. Night-shift falls rose by a third in 2026 and most happened between 02:00 and 05:00.",
    "Context. Our wards moved to twelve-hour shifts last spring and float staff cover most nights.",
    "Assessment. An observed bedside risk screen, scored against the unit checklist.",
    "Scope. Night-shift registered nurses and personal support workers on the medicine wards.",
    "Delivery. Online, 3 hours, from March 2027, about 80 staff a year.",
    "Partner. Harbourview Hospital Medicine Program, endorsement confirmed.",
]


def parse(paragraphs: list[str]) -> parsers.ParseResult:
    return parsers.parse(docx("".join(p(t) for t in paragraphs)), "note.docx")


def test_a_head_of_the_house_style_ends_an_answer_whatever_field_it_follows() -> None:
    r = parse(NOTE)
    assert r.fields["summative_assessment"] == "An observed bedside risk screen, scored against the unit checklist."


def test_an_answer_after_a_head_of_the_house_style_may_start_in_lower_case() -> None:
    r = parse([*NOTE, "Skills. hourly rounding, bed-exit alarm set-up and post-fall huddles."])
    # (a phrase that continues its run-in label drops the sentence's full stop: round 5 and round 10 READMEs)
    assert r.fields["competencies"] == "hourly rounding, bed-exit alarm set-up and post-fall huddles"


def test_a_head_in_words_no_list_holds_ends_the_answer_above_it_only_in_a_run_in_document() -> None:
    r = parse(NOTE)
    assert r.fields["rationale"] == "Night-shift falls rose by a third in 2026 and most happened between 02:00 and 05:00."
    # one run-in sentence in a form of colons makes no style: it stays in its answer
    rows = [t.replace(". ", ": ", 1) for t in NOTE if not t.startswith(("Context", "Scope"))]
    answer = "Night-shift falls rose by a third in 2026. No. Many of them were not reported at first."
    rows[3] = "Rationale: " + answer
    r = parse(rows)
    assert r.fields["rationale"] == answer
