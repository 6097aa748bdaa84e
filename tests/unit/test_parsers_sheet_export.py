"""A question sheet exported to PDF: "# | What you asked (in our words) | Our answer", a numbering column at the left,
questions and answers wrapped over several lines, a rule under the header row only."""
from __future__ import annotations

from mailbot_parsers.item_numbers import number_column
from mailbot_parsers.pdf_layout import Line, Pair, Rule, column_pairs

ANSWER_X = 260.0


def _sheet() -> list[list[Line]]:
    rows = [  # (number, question lines, answer lines), set 14 pt apart like the export
        ("8", ["Which framework does", "it follow?"], ["CSMLS competency profile for medical",
                                                       "laboratory technologists"]),
        ("9", ["How is competence", "proven?"], ["Practical exam: three unknown specimens cut",
                                               "and stained under time."]),
        ("10", ["Who backs it?"], ["Crestview General Hospital Department of", "Laboratory Medicine"]),
        ("11", ["Is the backing in", "writing?"], ["Yes - letter of support attached"]),
    ]
    lines = [Line(0, 73, 691, 81, 702, "#"), Line(0, 101, 691, 246, 702, "What you asked"),
             Line(0, 260, 691, 330, 702, "Our answer")]
    y = 672.0
    for number, question, answer in rows:
        # the number sits a little off the question's baseline, as a sheet's centred cell puts it
        lines.append(Line(0, 73, y + 2, 81, y + 11, number))
        for n, text in enumerate(question):
            lines.append(Line(0, 101, y - 14 * n, 230, y - 14 * n + 10, text))
        for n, text in enumerate(answer):
            lines.append(Line(0, 260, y - 14 * n, 540, y - 14 * n + 10, text))
        y -= 14 * max(len(question), len(answer)) + 4
    return [lines]


def _labels(items: list[Pair | str]) -> list[str]:
    return [i.label for i in items if isinstance(i, Pair)]


def test_the_numbering_column_comes_out_and_each_number_starts_a_row() -> None:
    pages, borders = number_column(_sheet(), ANSWER_X)
    assert not any(ln.text in ("8", "9", "10", "11", "#") for ln in pages[0])
    assert len(borders) == 5 and all(b.x1 < ANSWER_X for b in borders)
    header_rule = [Rule(0, 688.0, 66.0, 571.0)]
    items = column_pairs(pages, ANSWER_X, header_rule + borders)
    labels = _labels(items)
    assert "Which framework does it follow?" in labels
    assert "How is competence proven?" in labels
    assert "Is the backing in writing?" in labels
    pairs = {i.label: i.answer for i in items if isinstance(i, Pair)}
    assert pairs["How is competence proven?"] == ["Practical exam: three unknown specimens cut",
                                                  "and stained under time."]


def test_read_without_the_column_the_numbers_pass_for_labels() -> None:
    # what the same page gave before: the numbers are labels of their own, each taking answer lines
    labels = _labels(column_pairs(_sheet(), ANSWER_X, [Rule(0, 688.0, 66.0, 571.0)]))
    assert "9" in labels and "10" in labels


def test_a_table_without_a_numbering_column_is_left_alone() -> None:
    page = [Line(0, 73, 600, 200, 610, "Proposed Title"), Line(0, 260, 600, 500, 610, "Wound care"),
            Line(0, 73, 580, 200, 590, "Hours"), Line(0, 260, 580, 300, 590, "12")]
    assert number_column([page], ANSWER_X) == ([page], [])
