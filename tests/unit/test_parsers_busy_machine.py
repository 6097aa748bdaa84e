"""What a document is read as does not depend on how busy the machine is: the parser's time budgets
count its own CPU time, not the wall clock that other work stretches."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

import mailbot_parsers as parsers
from mailbot_parsers import pdf_form

# A real 8-page paper (tests/data/real): the fast text extractor cannot read its fonts, so every page
# is read by pypdf, within the budget when the parser has the CPU to itself
PAPER = Path(__file__).resolve().parents[1] / "data" / "real" / "documents" / "pdfplumber" / "issue-982-example.pdf"


def test_a_paper_read_on_a_busy_machine_is_read_as_on_a_quiet_one(monkeypatch: pytest.MonkeyPatch) -> None:
    data = PAPER.read_bytes()
    quiet = parsers.parse(data, PAPER.name)
    real_page_text = pdf_form._page_text
    waits: list[int] = []

    def descheduled(*args: object, **kwargs: object) -> str:
        if not waits:  # another process holds the CPU for a while: wall time passes, ours does not
            time.sleep(pdf_form.SLOW_TEXT_BUDGET_S + 0.2)
        waits.append(1)
        return real_page_text(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pdf_form, "_page_text", descheduled)
    busy = parsers.parse(data, PAPER.name)
    assert len(waits) >= 8
    assert not busy.is_concept_form and busy.kind == quiet.kind == "not_a_form"
    assert busy.fields == quiet.fields == {}
