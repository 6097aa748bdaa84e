"""Real public PDF and DOCX files (none a concept form) through ``mailbot_parsers.parse``.

The files are the sample documents of PDF and DOCX libraries (tests/data/real/README.md):
images, drawings, scans, government forms, encrypted, signed and damaged files, a
35000 x 35000 pixel page; and office documents in the form's own vocabulary (CVs,
letters, invoices, minutes, exams, course papers, proposals, application forms). ``parse`` must take none of them for a concept form, raise
nothing but a ParseError, and stay within 5 s of CPU and a bounded memory on each.
"""
from __future__ import annotations

import pytest

from tests.realdocs import documents, run

MAX_SECONDS = 5.0
# The child process's peak resident memory: the interpreter with pypdf, pypdfium2 and lxml loaded is
# about 60 MB; the budget for the largest document is 300 MB on top of nothing else.
MAX_PEAK_MB = 300


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return run(documents())


def test_the_manifest_lists_the_real_documents() -> None:
    paths = documents()
    assert len(paths) >= 288
    assert any(p.endswith(".docx") for p in paths) and any(p.endswith(".pdf") for p in paths)


def test_no_real_document_is_taken_for_a_concept_form(rows: list[dict]) -> None:
    assert [r["path"] for r in rows if r["form"]] == []


def test_no_real_document_raises_anything_but_a_parse_error(rows: list[dict]) -> None:
    assert [(r["path"], r.get("traceback", "")[-400:]) for r in rows if r["kind"] == "traceback"] == []


def test_each_real_document_parses_within_five_seconds(rows: list[dict]) -> None:
    # CPU seconds, not wall time: the suite runs in parallel beside other work, which stretches wall
    # time without the parser doing more; the bench (bench/extraction.py --real) reports wall times
    slow = [(r["path"], round(r["cpu_seconds"], 2)) for r in rows if r["cpu_seconds"] > MAX_SECONDS]
    assert slow == []


def test_memory_stays_bounded_over_all_real_documents(rows: list[dict]) -> None:
    peak = max(r["peak_mb"] for r in rows)
    assert peak < MAX_PEAK_MB, max(rows, key=lambda r: r["peak_mb"])
