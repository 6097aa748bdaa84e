"""A document printed with its word processor's line numbering on: the numbers stand in the left margin, and the text
layer reads them as one block of bare numbers after the page's text, where they ran onto the answer above them.
Wording made up here."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.pdf_layout import Line, line_numbers
from tests.parser_samples import positioned_pdf

TEXT = ["Micro-credential concept proposal", "Proposed title: Safe Mobilisation After Hip Fracture",
        "Name of proposer: Tobiah Alvarez-Kwan", "Email: t.alvarez@example.org",
        "Target learners: Physiotherapy assistants on orthopaedic wards",
        "Rationale: Falls after hip surgery rise when mobilisation starts late.",
        "Delivery format: Hybrid", "Resources required: A ward gym and two walking frames"]


def test_line_numbers_in_the_margin_are_no_text_of_the_page() -> None:
    runs = [(72.0, 720.0 - 24 * n, t) for n, t in enumerate(TEXT)]
    runs += [(40.0, 720.0 - 24 * n, str(n + 1)) for n in range(len(TEXT))]  # drawn after the text, as printed
    r = parsers.parse(positioned_pdf(runs), "numbered-lines.pdf")
    assert r.is_concept_form
    assert r.fields["resources_required"] == "A ward gym and two walking frames"
    assert r.fields["proposer_name"] == "Tobiah Alvarez-Kwan"


def test_figures_that_do_not_number_the_lines_stay() -> None:
    def line(x: float, y: float, text: str) -> Line:
        return Line(page=0, x0=x, y0=y, x1=x + 8 * len(text), y1=y + 10, text=text)

    body = [line(72, 700 - 20 * n, "Some text of the page") for n in range(6)]
    # figures in the margin but not in sequence (a column of scores), and a sequence within the text (a table)
    assert line_numbers(body + [line(40, 700 - 20 * n, str(v)) for n, v in enumerate([3, 9, 4, 7, 1, 2])]) == []
    assert line_numbers(body + [line(300, 700 - 20 * n, str(n + 1)) for n in range(6)]) == []
    assert len(line_numbers(body + [line(40, 700 - 20 * n, str(n + 12)) for n in range(6)])) == 6
