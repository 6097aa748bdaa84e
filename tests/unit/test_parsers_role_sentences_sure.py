"""Values of a closed type stated by a sentence that plays a role are sure; free text from such a sentence is not.

"I am writing to propose a new micro-course ..." states the type of request; "... has confirmed its support in
writing" states the endorsement; a signature's name line that is a name and nothing else names the writer. The
letter is this test's own.
"""
from __future__ import annotations

import mailbot_parsers as parsers
from tests.parser_samples import docx, p

LETTER = [
    "Dear Continuing Education office,",
    "I am writing to propose a new micro-course, Safe Use of Bed Rails, for personal support workers in long-term care.",
    "Entrapment incidents in our homes rose last year, and staff tell us they were never shown how to check a rail.",
    "By the end, learners will be able to inspect a bed rail for gaps and decide when a rail must not be used.",
    "Learners would be assessed with an observed bed-rail check on a training bed, scored with a checklist.",
    "Our partner, Maplecrest Care Homes, has confirmed its support in writing.",
    "The course fits the Education Plan's focus on safe care for older adults.",
    "We picture it online, 4 hours, starting March 2028, for about 200 learners a year.",
    "Sincerely,",
    "Ruth Abernathy-Kwan",
    "Clinical Educator, Long-Term Care, Maplecrest Care Homes",
]


def test_the_request_type_and_the_writer_are_sure_and_most_free_text_stays_a_guess() -> None:
    r = parsers.parse(docx("".join(p(t) for t in LETTER)), "letter.docx")
    assert r.is_concept_form
    assert r.fields["request_type"] == "micro_course"
    assert r.fields["proposer_name"] == "Ruth Abernathy-Kwan"
    assert "request_type" not in r.uncertain_fields
    assert "proposer_name" not in r.uncertain_fields
    assert r.sources["request_type"].confidence >= 0.85
    # the title's edges are the reader's choice, but the learners the same sentence names read as a group of people
    # and nothing more, so the split between the two is clean: both sure (calibration.proposing_split)
    assert r.fields["proposal_title"] == "Safe Use of Bed Rails"
    assert not {"proposal_title", "target_learners"} & set(r.uncertain_fields)
    assert {"rationale", "summative_assessment"} <= set(r.uncertain_fields)  # other free text stays a guess
