"""Text runs of a PDF page keep their own characters, even where tightly spaced lines overlap."""
from __future__ import annotations

from mailbot_parsers import pdf_layout

from tests.parser_samples import positioned_pdf


def test_tightly_spaced_lines_do_not_borrow_each_others_characters() -> None:
    data = positioned_pdf([(32, 560, "targeted"), (32, 553, "By the end, learners will be"),
                           (32, 545, "able to"), (200, 553, "Cut a frozen section")])
    texts = [r.text for r in pdf_layout.page_lines(data, 1)[0]]
    assert "targeted" in texts
    assert "By the end, learners will be" in texts
    assert all("targeted B" not in t and not t.startswith("y the") for t in texts)


def test_runs_of_ordinary_spacing_keep_their_words_and_boxes() -> None:
    data = positioned_pdf([(50, 700, "Proposed Title"), (250, 700, "Frozen Section Techniques"),
                           (50, 680, "Submitted by"), (250, 680, "Gwendolyn Price")])
    runs = pdf_layout.page_lines(data, 1)[0]
    assert [r.text for r in runs] == ["Proposed Title", "Frozen Section Techniques", "Submitted by",
                                      "Gwendolyn Price"]
    assert runs[1].x0 >= 249 and runs[0].x1 < 250
