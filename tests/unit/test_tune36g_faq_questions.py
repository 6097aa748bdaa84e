"""An FAQ's questions set as headings of their own read as labels; a question after them that runs on into its answer
on its line ("Who do I contact? Beatrix ...") is set as they are, the question on a line of its own."""
from __future__ import annotations

from mailbot_parsers.layout import Block
from mailbot_parsers.questions import question_pairs
from mailbot_parsers.sections import extract

FAQ = [
    "Pleural Ultrasound for Respiratory Therapists",
    "Frequently asked questions about a proposed micro-course",
    "Who is it for?",
    "Respiratory therapists in intensive care units who assist with pleural procedures.",
    "Why is it needed?",
    "Effusions are now found by ultrasound at the bedside, and few therapists have been taught to read the images.",
    "How is achievement shown?",
    "An observed scan of a standardised patient, scored on a checklist.",
    "How long is it?",
    "Six hours, all of them online.",
    "Who do I contact? Tomasz Wielgosz, Clinical Educator, Respiratory Therapy, Lakeshore Hospital. "
    "Email t.wielgosz@example.org, telephone 416-555-0172.",
]


def test_a_run_in_question_after_an_faq_is_set_on_its_own_line() -> None:
    blocks = question_pairs([Block(text=t, line=True) for t in FAQ])
    texts = [b.text for b in blocks]
    assert texts[:-2] == FAQ[:-1]
    assert texts[-2] == "Who do I contact?"
    assert texts[-1].startswith("Tomasz Wielgosz, Clinical Educator")


def test_the_contact_question_gives_the_proposer() -> None:
    ex = extract([Block(text=t, line=True) for t in FAQ])
    assert ex.fields.get("estimated_hours") == 6
    assert ex.fields.get("proposer_name") == "Tomasz Wielgosz"
    assert ex.fields.get("proposer_phone") == "416-555-0172"


def test_a_closing_line_or_a_few_questions_make_no_run_in_question() -> None:
    # a pitch's "Interested? Talk to ..." asks nothing the form asks: it stays the byline it is
    pitch = [Block(text=t, line=True) for t in [*FAQ[:-1], "Interested? Talk to Tomasz Wielgosz, Clinical Educator."]]
    assert question_pairs(pitch) == pitch
    # questions in a letter's running text ("Why now?") are too few to make an FAQ
    letter = [Block(text=t) for t in ["Dear colleagues,", "Why now?", "Because the new guideline takes effect.",
                                      "Who do I contact? Tomasz Wielgosz, Clinical Educator."]]
    assert question_pairs(letter) == letter
