"""Questions listed under letters or numbers ("A. Working title?") and answered later under the same keys: each
answer is read as the answer of its question, a long answer's lines and list items under its key, a closing line
after the last answer no part of it. Wording made up here."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.answer_key import keyed_answers
from mailbot_parsers.layout import Block
from tests.parser_samples import docx, p, text_pdf

QUESTIONS = ["Working title of the course?", "Name of the lead proposer?", "Email address?",
             "Who are the target learners?", "Why is it needed?", "What will learners be able to do?",
             "Delivery format?", "Estimated hours?"]
ANSWERS = ["Safe Handling of Cytotoxic Drugs at Home", "Marisol Okonkwo-Lindqvist", "m.okonkwo@example.org",
           "Home-care nurses who give oral chemotherapy", "Spills at home go unreported and unmanaged",
           "Learners will be able to:", "Online", "6"]
OUTCOMES = ["Handle a cytotoxic spill safely.", "Teach a family to store oral chemotherapy."]


def _check(r: parsers.ParseResult) -> None:
    assert r.is_concept_form
    assert r.fields["proposal_title"] == "Safe Handling of Cytotoxic Drugs at Home"
    assert r.fields["proposer_name"] == "Marisol Okonkwo-Lindqvist"
    assert r.fields["proposer_email"] == "m.okonkwo@example.org"
    assert r.fields["target_learners"] == "Home-care nurses who give oral chemotherapy"
    assert r.fields["delivery_format"] == "online"
    assert r.fields["estimated_hours"] == 6


def test_lettered_questions_answered_under_the_same_letters_in_a_docx() -> None:
    letters = "ABCDEFGH"
    body = p("Concept proposal", style="Title") + p("Questions", style="Heading1")
    body += "".join(p(f"{k}. {q}") for k, q in zip(letters, QUESTIONS))
    body += p("Answers", style="Heading1")
    for k, a in zip(letters, ANSWERS):
        body += p(f"{k}. {a}")
        if k == "F":
            body += "".join(p(o, numbered=True) for o in OUTCOMES)
    body += p("Marisol Okonkwo-Lindqvist")  # a signature after the last answer
    r = parsers.parse(docx(body), "lettered.docx")
    _check(r)
    assert r.fields["learning_outcomes"] == OUTCOMES


def test_numbered_questions_wrapped_in_a_pdf_and_answered_by_number() -> None:
    lines = ["Concept proposal: answers to the office's questions", "Questions"]
    for n, q in enumerate(QUESTIONS, 1):
        if n == 5:
            lines += [f"{n}. Why is it needed, and what evidence of", "need do you have?"]
        else:
            lines.append(f"{n}. {q}")
    lines.append("Answers")
    for n, a in enumerate(ANSWERS, 1):
        if n == 5:
            lines += [f"{n}. {a} by the patients' families, and", "nurses learn on the job."]
        elif n == 6:
            lines.append(f"{n}. {a}")
            lines += [f"• {o}" for o in OUTCOMES]
        else:
            lines.append(f"{n}. {a}")
    lines.append("Thank you.")
    r = parsers.parse(text_pdf([lines]), "numbered.pdf")
    _check(r)
    assert r.fields["rationale"] == ("Spills at home go unreported and unmanaged by the patients' families, and nurses "
                                     "learn on the job.")


def test_a_keyed_list_answered_nowhere_or_not_asking_stays_as_it_is() -> None:
    # questions with no answers under the same keys after them
    blocks = [Block(text=f"{k}. {q}") for k, q in zip("ABCDEFGH", QUESTIONS)] + [Block(text="See the attached file.")]
    assert keyed_answers(blocks) == blocks
    # two numbered lists of outcomes (no questions): items, not questions and answers
    items = [Block(text=f"{n}. Perform step {n} of the procedure.") for n in range(1, 7)]
    assert keyed_answers(items + items) == items + items
