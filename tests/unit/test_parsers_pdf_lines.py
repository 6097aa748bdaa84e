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


def _flattened(rows: list[tuple[float, float, str]]) -> list:
    from mailbot_parsers.pdf_form import _grid_blocks

    rules: list[pdf_layout.Rule] = []
    pages = pdf_layout.page_lines(positioned_pdf(rows), 1, rules)
    return _grid_blocks(pages, rules)


def test_a_label_line_level_with_where_an_answer_starts_begins_a_new_label_however_close() -> None:
    blocks = _flattened([
        (32, 720, "Course title"), (200, 720, "Liquid-based cytology preparation"),
        (32, 700, "Target learners"), (200, 700, "Laboratory assistants."),
        (32, 680, "Identified skills gap"), (200, 680, "Errors lead to repeat collection."),
        (32, 660, "Competencies / Skills"), (32, 646, "targeted"),
        (32, 640, "By the end, learners will be"), (200, 640, "a) Prepare slides for gynaecological"),
        (32, 628, "able to"), (200, 628, "specimens"), (200, 616, "b) Recognise an unsatisfactory slide"),
        (32, 596, "Assessment of outcomes"), (200, 596, "Practical exam."),
    ])
    pairs = {b.pair_label: [a.text for a in b.answer] for b in blocks if b.is_pair}
    assert pairs["Competencies / Skills targeted"] == []
    assert pairs["By the end, learners will be able to"] == [
        "a) Prepare slides for gynaecological", "specimens", "b) Recognise an unsatisfactory slide"]


def test_a_second_column_of_labels_is_not_taken_for_the_answer_column() -> None:
    # a page set in two columns of fields: the right column starts with labels, as the left one does
    rows = []
    y = 720
    for left, right in [("Working Title LC-MS/MS Fundamentals", "Delivery Mode"), ("Submitted by Wen-Li Harcourt",
                        "Online"), ("Position / Title Clinical Biochemist", "Estimated Hours"),
                        ("Email wharcourt@bayfront.example.org", "20"), ("Phone 289-555-0147", "Proposed Start"),
                        ("Target Learners", "February 2027")]:
        rows += [(32, y, left), (320, y, right)]
        y -= 20
    assert _flattened(rows) == []
