"""List bullets drawn after a page's text (pdflatex's itemize draws them last): the geometry puts each back before its
item, so that lone bullets never read as empty list items under the page's last paragraph."""
from __future__ import annotations

from mailbot_parsers.pdf_layout import Line, markers_in_place


def _run(x0: float, top: float, text: str, height: float = 10.0) -> Line:
    return Line(0, x0, top - height, x0 + 6.0 * len(text), top, text)


def test_bullets_drawn_last_go_back_before_their_items() -> None:
    runs = [_run(100, 700, "Outcomes"), _run(126, 680, "splint a wrist fracture;"), _run(118, 678, "•", 6.0),
            _run(126, 665, "remove a cast safely."), _run(118, 663, "•", 6.0), _run(100, 640, "Assessment"),
            _run(100, 625, "Two observed cast applications.")]
    stream = ["Outcomes", "splint a wrist fracture;", "remove a cast safely.", "Assessment",
              "Two observed cast applications.", "•", "•"]
    assert markers_in_place(stream, runs) == ["Outcomes", "• splint a wrist fracture;", "• remove a cast safely.",
                                              "Assessment", "Two observed cast applications."]


def test_bullets_already_before_their_items_stay() -> None:
    runs = [_run(126, 680, "splint a wrist fracture;"), _run(118, 678, "•", 6.0)]
    stream = ["•", "splint a wrist fracture;", "Assessment"]
    assert markers_in_place(stream, runs) == stream


def test_a_lone_bullet_beside_nothing_is_left_alone() -> None:
    runs = [_run(100, 700, "Assessment"), _run(300, 500, "•", 6.0)]
    stream = ["Assessment", "•"]
    assert markers_in_place(stream, runs) == stream
