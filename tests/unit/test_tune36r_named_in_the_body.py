"""A mail's subject line is its writer's short handle for the idea ("Re: Micro-course idea - wound vac training"); the
body names the course in full, in a sentence that names it ("The course would be called X, ...") or asks for one
("We are asking for a brand-new micro-credential: X"). A letter's Re: line opens on the kind of document it is
("Letter of intent – X"), no part of the course's name."""
from __future__ import annotations

from mailbot_parsers import prose
from mailbot_parsers.sections import _subject_title


def _title(sentence: str) -> object:
    found = prose.read([sentence]).get("proposal_title")
    return found.value if found else None


def test_a_sentence_that_names_the_course_gives_its_title() -> None:
    assert _title("The course would be called Negative Pressure Wound Therapy in Community Care, and we see it as a "
                  "micro-course.") == "Negative Pressure Wound Therapy in Community Care"
    assert _title("The course is called “Wound Basics”.") == "Wound Basics"
    # (a name is in title case: "called whatever suits you" names nothing)
    assert _title("The course could be called whatever suits the office.") is None


def test_asking_for_a_course_by_its_name_is_proposing_it() -> None:
    found = prose.read(["We are asking for a brand-new micro-credential: Bowel Care after Spinal Cord Injury."])
    assert found["proposal_title"].value == "Bowel Care after Spinal Cord Injury"
    assert found["request_type"].value == "new"
    assert "proposal_title" not in prose.read(["We are asking for the course to run in May."])


def test_a_letter_s_kind_before_the_dash_is_no_part_of_the_title() -> None:
    assert _subject_title("Letter of intent – Home Peritoneal Dialysis Training for Community Nurses") == \
        "Home Peritoneal Dialysis Training for Community Nurses"
    assert _subject_title("Home Peritoneal Dialysis Training") == "Home Peritoneal Dialysis Training"


def test_the_answer_that_names_the_kind_and_then_the_name() -> None:
    # an interview's answer to "What are you proposing?": the kind of course, then its name after "called"
    for answer in ("A brand-new micro-credential called Feeding Infants with Cleft Lip and Palate.",
                   "A brand-new micro-credential, called Feeding Infants with Cleft Lip and Palate."):
        found = prose.read([answer])
        assert found["proposal_title"].value == "Feeding Infants with Cleft Lip and Palate"
        assert found["request_type"].value == "new"
