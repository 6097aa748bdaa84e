"""A transcript's or questionnaire's answer to "Is there an external partner?" opens with the reply ("Yes, the
Ontario Implant Users Association."): the reply word and the sentence's article before the name are no part of the
partner's name."""
from __future__ import annotations


def test_a_reply_word_before_the_partner_is_no_part_of_its_name() -> None:
    from mailbot_parsers.composite import partner_answer

    said = "Yes, the Ontario Implant Users Association. They've signed a letter of support, which I'll attach."
    assert partner_answer(said) == {"partner_name": "Ontario Implant Users Association",
                                    "endorsement_status": "letter_attached"}
    assert partner_answer("Yes – Lakeview Hospital (contact: Dr. Ann Roy, Director)")["partner_name"] == "Lakeview Hospital"
    # the article stays where no reply comes before it, and before a word in lower case
    assert partner_answer("Yes, the team at Lakeview Hospital. Letter attached.")["partner_name"] \
        == "the team at Lakeview Hospital"
