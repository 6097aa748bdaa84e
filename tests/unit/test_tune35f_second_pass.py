"""A page whose content goes down it twice over the same rows (a form's labels, then its values) is read by its
geometry; a page that goes back up once into another column (two columns, a sidebar) is not.

Viewers that flatten a filled form ("filled in Preview") and tools that print it to PDF draw the form's labels
down the page first and the values second. Few of the form's label/value pairs run back up one column (the
short values sit beside their labels, only the long ones under them), so the share of backward pairs says
little; the second pass re-covering the first pass's rows in the same column does.
"""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.pdf_form import read_pdf
from mailbot_parsers.pdf_layout import Line, content_passes, drawn_in_two_passes, page_lines
from tests.parser_samples import positioned_pdf

# (label, value, whether the value runs under its label rather than beside it)
FORM = [
    ("Proposed Title", "Bedside Ultrasound for Peripheral IV Access", False),
    ("Name of Proposer", "Marguerite Oduya-Fennimore", False),
    ("Position / Title", "Vascular Access Nurse Educator", False),
    ("Department / Program", "Vascular Access Service, Lakeshore General", False),
    ("Email", "m.oduya@example.org", False),
    ("Target Learners", "Registered nurses on medical units who place peripheral intravenous lines.", True),
    ("Rationale / Need", "One patient in five needs three or more attempts before a line is placed.", True),
    ("Industry / Employment Partner", "Lakeshore Vascular Access Network", False),
    ("Estimated Hours", "8", False),
    ("Expected Enrolment per Year", "48", False),
    ("Summative Assessment", "Five supervised ultrasound-guided insertions scored on a checklist.", True),
]


def _flattened(values_after_labels: bool) -> bytes:
    labels, values = [(50.0, 765.0, "Micro-Course / Credential Concept Form")], []
    y = 740.0
    for label, value, under in FORM:
        labels.append((50.0, y, label))
        if under:
            values.append((54.0, y - 15, value))
            y -= 45
        else:
            values.append((220.0, y, value))
            y -= 25
    if values_after_labels:
        return positioned_pdf(labels + values)
    return positioned_pdf([run for pair in zip(labels, values) for run in pair])


def _runs(data: bytes) -> list[Line]:
    return page_lines(data, 5)[0]


def _backward_pairs(runs: list[Line]) -> int:
    """Runs drawn before the run right above them in their column (what the share test counts)."""
    placed = sorted(runs, key=lambda r: -r.cy)
    count = 0
    for i, upper in enumerate(placed):
        below = [r for r in placed[i + 1:] if r.y1 <= upper.y0 and min(r.x1, upper.x1) > max(r.x0, upper.x0)]
        if below and below[0].drawn < upper.drawn:
            count += 1
    return count


def test_a_form_drawn_labels_first_then_values_beside_and_under_them_is_two_passes():
    runs = _runs(_flattened(values_after_labels=True))
    assert _backward_pairs(runs) < 4  # (too few for the share test: the geometry decides)
    assert len(content_passes(runs)) == 2
    assert drawn_in_two_passes(runs)
    assert not drawn_in_two_passes(_runs(_flattened(values_after_labels=False)))


def test_the_flattened_form_reads_each_label_then_its_value():
    lines = [ln.strip() for ln in read_pdf(_flattened(values_after_labels=True), "filled in Preview.pdf").text.splitlines()]
    for label, value, _under in FORM:
        assert lines[lines.index(label) + 1] == value, label
    r = parsers.parse(_flattened(values_after_labels=True), "filled in Preview.pdf")
    assert r.is_concept_form
    assert r.fields["proposer_name"] == "Marguerite Oduya-Fennimore"
    assert r.fields["expected_enrolment"] == 48


def test_a_newsletter_set_in_two_columns_under_a_headline_is_not_two_passes():
    headline = [(50.0, 750.0, "Northshore Health Quarterly: what our educators did this spring")]
    left = [(50.0, 720.0 - 14 * n, f"Left column line {n} of the running text") for n in range(30)]
    right = [(320.0, 720.0 - 14 * n, f"Right column line {n} of the running text") for n in range(30)]
    runs = _runs(positioned_pdf(headline + left + right))
    assert len(content_passes(runs)) == 2
    assert not drawn_in_two_passes(runs)


def test_a_summary_with_a_sidebar_drawn_after_its_body_is_not_two_passes():
    body = [(50.0, 740.0 - 14 * n, f"Body line {n} runs across the whole width of the page here and on") for n in range(8)]
    beside = [(50.0, 628.0 - 14 * n, f"Body line {n + 8} beside the sidebar") for n in range(10)]
    under = [(50.0, 488.0 - 14 * n, f"Body line {n + 18} runs across the whole width of the page again") for n in range(8)]
    sidebar = [(360.0, 628.0 - 14 * n, f"Key fact {n}: 40 learners") for n in range(10)]
    runs = _runs(positioned_pdf(body + beside + under + sidebar))
    assert not drawn_in_two_passes(runs)


def test_a_sheet_that_draws_its_wrapped_cells_after_its_one_line_cells_is_not_two_passes():
    """A spreadsheet export draws each row's one-line cells in order and every cell wrapped over lines at the end:
    its content goes back up once and re-covers the rows, but only with paragraphs, no one-line values."""
    first, last = [], []
    y = 740.0
    for n in range(10):
        first += [(50.0, y, f"Field {n}"), (200.0, y, "Y")]
        if n % 2:
            first.append((260.0, y, f"One-line answer {n}"))
        else:  # (a wrapped response, drawn last)
            last += [(260.0, y, f"A longer answer to field {n} that the sheet"), (260.0, y - 12, "wrapped in its cell")]
        y -= 36
    runs = _runs(positioned_pdf(first + last))
    assert len(content_passes(runs)) == 2
    assert not drawn_in_two_passes(runs)
