"""The scans among the real public documents, read by OCR (``mailbot_parsers.read_scan``).

Slow (Tesseract, seconds a page), so it lives here rather than in tests/unit. None of
these scans is a concept form; OCR must not make one of them one, must raise nothing
but a ParseError (a picture too big to decode is TooLarge, not an out-of-memory
crash) and must stop within its hard limits.
"""
from __future__ import annotations

import pytest

from mailbot_parsers import ocr
from tests.realdocs import documents, run

MAX_PEAK_MB = 300


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    assert ocr.available(), "Tesseract is not installed: apt-get install tesseract-ocr tesseract-ocr-fra"
    scans = [r["path"] for r in run(documents()) if r.get("needs_ocr")]
    assert len(scans) >= 20  # the real set holds some 30 scanned and image-only PDFs
    return run(scans, "read_scan", timeout=3600)


def test_no_real_scan_is_read_as_a_concept_form(rows: list[dict]) -> None:
    assert [r["path"] for r in rows if r["form"]] == []


def test_ocr_of_a_real_scan_raises_nothing_but_a_parse_error(rows: list[dict]) -> None:
    assert [(r["path"], r.get("traceback", "")[-400:]) for r in rows if r["kind"] == "traceback"] == []


def test_ocr_of_each_real_scan_stops_within_its_page_limits(rows: list[dict]) -> None:
    limit = ocr.MAX_OCR_PAGES * ocr.PAGE_TIMEOUT_S + 10  # the most the per-page timeout lets one file take
    assert [(r["path"], round(r["seconds"], 1)) for r in rows if r["seconds"] > limit] == []


def test_ocr_memory_stays_bounded_even_on_a_35000_pixel_page(rows: list[dict]) -> None:
    assert any(r["path"].endswith("hugemono.pdf") for r in rows)
    peak = max(rows, key=lambda r: r["peak_mb"])
    assert peak["peak_mb"] < MAX_PEAK_MB, peak
