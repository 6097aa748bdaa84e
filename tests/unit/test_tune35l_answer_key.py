"""An answer sheet: the questions only in a key ("1 = Proposed title", in columns or in one paragraph, or a numbered
question table), the answers in boxes or rows that carry only the question's number, in any order, a long answer's
lines under its number, an empty box an empty answer. Wording made up here."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.answer_key import keyed_answers
from mailbot_parsers.layout import Block
from tests.parser_samples import docx, p, table, text_pdf, tr

KEY = ["Proposed title", "Name of proposer", "Email", "Target learners", "Rationale", "Learning outcomes",
       "Delivery format", "Estimated hours", "Industry partner"]
ANSWERS = {
    1: ["Safe Use of Infusion Pumps at Home"],
    2: ["Odalys Fenwick-Ramos"],
    3: ["o.fenwick@example.org"],
    4: ["Home-care nurses who set up infusion pumps"],
    5: ["Pump errors at home have doubled in two years", "and new staff learn on the job."],
    6: ["1. Set up a pump for a first home visit.", "2. Respond to an occlusion alarm."],
    7: ["Hybrid"],
    8: ["8"],
    9: [],
}


def _check(r: parsers.ParseResult) -> None:
    assert r.is_concept_form
    assert r.fields["proposal_title"] == "Safe Use of Infusion Pumps at Home"
    assert r.fields["proposer_name"] == "Odalys Fenwick-Ramos"
    assert r.fields["target_learners"] == "Home-care nurses who set up infusion pumps"
    assert r.fields["learning_outcomes"] == ["Set up a pump for a first home visit.", "Respond to an occlusion alarm."]
    assert r.fields["estimated_hours"] == 8


def test_a_key_in_two_columns_over_numbered_boxes() -> None:
    half = (len(KEY) + 1) // 2
    lines = ["Micro-course concept form - answer sheet", "Key to the numbered boxes:"]
    for n in range(half):
        right = f"      {n + half + 1} = {KEY[n + half]}" if n + half < len(KEY) else ""
        lines.append(f"{n + 1} = {KEY[n]}{right}")
    for n, answer in ANSWERS.items():
        lines.append(f"{n}    {answer[0]}" if answer else str(n))
        lines.extend(answer[1:])
    r = parsers.parse(text_pdf([lines]), "sheet.pdf")
    _check(r)
    assert r.fields["rationale"] == "Pump errors at home have doubled in two years and new staff learn on the job."
    assert not r.fields.get("partner_name")


def test_a_key_in_one_paragraph_and_answers_out_of_order() -> None:
    key = "; ".join(f"{n + 1} = {q}" for n, q in enumerate(KEY)) + "."
    order = [1, 2, 3, 4, 5, 6, 8, 7, 9]
    blocks = [Block(text="Legend"), Block(text=key[:70]), Block(text=key[70:])]
    for n in order:
        answer = ANSWERS[n]
        blocks.append(Block(text=f"{n} {answer[0]}" if answer else str(n)))
        blocks.extend(Block(text=t) for t in answer[1:])
    out = keyed_answers(blocks)
    pairs = {b.pair_label: [a.text for a in b.answer] for b in out if b.is_pair}
    assert pairs["Delivery format"] == ["Hybrid"] and pairs["Estimated hours"] == ["8"]
    assert pairs["Learning outcomes"] == ANSWERS[6]
    assert pairs["Industry partner"] == []


def test_a_numbered_question_table_and_an_answer_table() -> None:
    questions = table(*(tr(str(n + 1), q) for n, q in enumerate(KEY)))
    answers = table(tr("No.", "Answer"), *(tr(str(n), " ".join(a)) for n, a in ANSWERS.items() if a))
    r = parsers.parse(docx(p("Concept form (two-part)") + p("Part A - Questions", bold=True) + questions
                           + p("Part B - Answers", bold=True) + answers), "two-part.docx")
    _check(r)
    assert r.fields["delivery_format"] == "hybrid"


def test_numbers_without_a_key_stay_as_they_are() -> None:
    blocks = [Block(text="1 Safe Use of Infusion Pumps"), Block(text="2 Odalys Fenwick-Ramos"),
              Block(text="3 = three"), Block(text="4 Hybrid")]
    assert keyed_answers(blocks) == blocks
    # a key whose questions name no field of the form (a price list, a scale) is no key of this form
    scale = [Block(text="1 = poor; 2 = fair; 3 = good; 4 = very good; 5 = excellent; 6 = outstanding")]
    scale += [Block(text=f"{n} apples") for n in range(1, 7)]
    assert keyed_answers(scale) == scale


def test_a_key_with_colons_and_answers_in_brackets_or_a_numbered_table() -> None:
    blocks = [Block(text="Key"), *(Block(text=f"{n + 1}: {q}") for n, q in enumerate(KEY))]
    blocks += [Block(text=f"[{n}] {a[0]}") for n, a in ANSWERS.items() if a and n < 5]
    blocks += [Block(text=str(n), pair_label=str(n), answer=[Block(text=a[0])]) for n, a in ANSWERS.items()
               if a and n >= 5]
    out = keyed_answers(blocks)
    pairs = {b.pair_label: [a.text for a in b.answer] for b in out if b.is_pair}
    assert pairs["Proposed title"] == ANSWERS[1] and pairs["Target learners"] == ANSWERS[4]
    assert pairs["Delivery format"] == ["Hybrid"] and pairs["Estimated hours"] == ["8"]


def test_many_key_like_lines_read_quickly() -> None:
    import time
    blocks = [Block(text="1 = x 2 = y") for _ in range(20000)]
    began = time.process_time()
    assert keyed_answers(blocks) == blocks
    assert time.process_time() - began < 5
