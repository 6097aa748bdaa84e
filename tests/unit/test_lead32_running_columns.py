"""A two-column article's first column is running text, not labels: its second column is no column of answers."""
from __future__ import annotations

from mailbot_parsers.pdf_layout import Line, _running_text, answer_column

ARTICLE_LEFT = ["Background", "Interventional radiology and endoscopy have doubled",
                "their fine needle aspiration lists in two years, and non-",
                "diagnostic rates rise when no technologist attends today.", "Audience",
                "The micro-credential is aimed at certified cytotechnolo-",
                "gists who are new to bedside adequacy assessment.", "Skills",
                "Learners build competence in smear preparation, rapid",
                "staining, adequacy assessment, communication with the"]
ARTICLE_RIGHT = ["Partner", "We are discussing a formal endorsement with the",
                 "Northshore Interventional Imaging Group (contact: In-", "grid Valcourt); nothing is confirmed yet.",
                 "Education Plan", "Aligns with the Education Plan goal of advancing",
                 "practice for laboratory professionals through work-", "integrated learning.", "Logistics",
                 "Type New micro-credential"]
FORM = [("Proposed title", "Bedside adequacy assessment"), ("Name of proposer", "Tobias Lindqvist"),
        ("Email", "t@example.org"), ("Target learners", "Certified cytotechnologists new to the bedside"),
        ("Rationale / need", "Aspiration lists doubled in two years"), ("Summative assessment", "A practical test"),
        ("Delivery format", "Hybrid"), ("Estimated hours", "16")]


def _column(texts: list[str], x0: float, full: float) -> list[Line]:
    # a short line (a heading, a paragraph's last line) ends early; a long one is set out to the column's edge
    return [Line(0, x0, 700 - 12 * n, full if len(t.split()) >= 6 else x0 + 6 * len(t), 710 - 12 * n, t)
            for n, t in enumerate(texts)]


def test_a_column_of_running_text_is_no_label_column() -> None:
    left = _column(ARTICLE_LEFT, 57, 300)
    assert _running_text(left, 57)
    assert answer_column([left + _column(ARTICLE_RIGHT, 311, 555)]) is None


def test_a_form_with_long_answers_keeps_its_answer_column() -> None:
    labels = [Line(0, 57, 700 - 24 * n, 57 + 6 * len(k), 710 - 24 * n, k) for n, (k, _) in enumerate(FORM)]
    answers = [Line(0, 220, 700 - 24 * n, 220 + 6 * len(v), 710 - 24 * n, v) for n, (_, v) in enumerate(FORM)]
    assert not _running_text(labels, 57)
    assert answer_column([labels + answers]) is not None
