"""A printed table whose label cells centre their label on a long answer (an HTML or spreadsheet print): the first
lines of an answer stand above its label's line, and belong to it, not to the label above. Rows are set apart by
their cells' padding, a wider gap than the one between a wrapped answer's lines."""
from __future__ import annotations

from mailbot_parsers import pdf_layout
from tests.parser_samples import positioned_pdf

LINE = 12  # line spacing inside an answer
PAD = 18   # from one row's last line to the next row's first


def _rows() -> list[tuple[float, float, str]]:
    runs: list[tuple[float, float, str]] = []
    y = 700.0
    for label, answer in (
            ("Proposed Title", ["Hip precautions after arthroplasty"]),
            ("Name of Proposer", ["Nadia Osterhout"]),
            ("Competencies", ["Patient teaching; walker fitting;", "home hazard checks"]),
            ("Learning Outcomes", ["1. Teach hip precautions", "2. Fit a raised toilet seat",
                                   "3. Check a walker's height", "4. Record a home hazard check"]),
            ("Summative Assessment", ["Observed teaching session"]),
            ("Delivery Format", ["Online"])):
        # the label centred on its answer's lines
        runs.append((50, y - (len(answer) - 1) * LINE / 2, label))
        for n, a in enumerate(answer):
            runs.append((220, y - n * LINE, a))
        y -= (len(answer) - 1) * LINE + PAD
    return runs


def test_a_label_centred_beside_its_answer_owns_the_lines_above_it() -> None:
    pages = pdf_layout.page_lines(positioned_pdf(_rows()), 1)
    x = pdf_layout.answer_column(pages)
    assert x is not None
    pairs = {p.label: p.answer for p in pdf_layout.column_pairs(pages, x) if isinstance(p, pdf_layout.Pair)}
    assert pairs["Learning Outcomes"] == ["1. Teach hip precautions", "2. Fit a raised toilet seat",
                                          "3. Check a walker's height", "4. Record a home hazard check"]
    assert pairs["Competencies"] == ["Patient teaching; walker fitting;", "home hazard checks"]
