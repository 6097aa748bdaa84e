"""The cleaned lines kept while one document is read: one document's at most, gone when its parse ends."""
from __future__ import annotations

import pytest

import mailbot_parsers as parsers
from mailbot_parsers import normalise
from tests.parser_samples import two_column_form


def test_a_line_cleaned_twice_reads_the_same() -> None:
    line = "Proposed\u00a0 Title:  Click or tap here to enter text.  CT  dose\u00ad optimisation "
    assert normalise.clean(line) == normalise.clean(line) == "Proposed Title: CT dose optimisation"


def test_nothing_of_a_document_is_kept_after_its_parse() -> None:
    result = parsers.parse(two_column_form(), "form.docx")
    assert result.is_concept_form
    assert normalise._CLEANED == {}


def test_nothing_is_kept_after_a_parse_that_fails() -> None:
    normalise.clean("a line of an earlier document")
    with pytest.raises(parsers.DamagedFile):
        parsers.parse(b"%PDF-1.7\n1 0 obj broken", "form.pdf")
    assert normalise._CLEANED == {}


def test_the_memo_stays_bounded() -> None:
    for n in range(normalise.MEMO_MAX + 10):
        assert normalise.clean(f"line  {n}") == f"line {n}"
    assert len(normalise._CLEANED) <= normalise.MEMO_MAX
