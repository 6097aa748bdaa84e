"""The extraction bench's calibration report: how often each doubt and each support was right, so that a rule
fitted to one dev-set round shows as one that holds in that round only."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import mailbot_parsers as parsers
from tests.printed_samples import labels_left_answers_right_pdf

ROOT = Path(__file__).resolve().parents[2]


def _bench():  # bench/ is a folder of scripts, not a package
    spec = importlib.util.spec_from_file_location("bench_extraction", ROOT / "bench" / "extraction.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # (its dataclasses look their module up while they are built)
    spec.loader.exec_module(module)
    return module


def test_the_report_counts_doubted_values_right_and_wrong_and_what_supports_made_sure(capsys) -> None:
    bench = _bench()
    doc = bench.DocScore("a.pdf", "4", True, True, False, 3, 2, ["rationale"], judged=[
        ("rationale", False, ("fragment",), ()), ("proposer_name", True, ("not_a_name", "read_twice"), ()),
        ("estimated_hours", True, (), ("typed", "in_order"))])
    bench.calibration_report("round x", [doc])
    out = capsys.readouterr().out
    assert "doubt   fragment           doubts   1:   1 wrong,   0 right (100.0 % wrong); alone   1:   1 wrong" in out
    assert "doubt   not_a_name         doubts   1:   0 wrong,   1 right (  0.0 % wrong); alone   0:   0 wrong" in out
    assert "support typed              makes sure   1:   1 right,   0 wrong" in out


def test_a_value_lifted_to_sure_says_which_supports_lifted_it() -> None:
    result = parsers.parse(labels_left_answers_right_pdf(), "printed.pdf")
    lifted = {k: s.supports for k, s in result.sources.items() if s.supports}
    assert all(result.sources[k].confidence >= parsers.SURE and not result.sources[k].doubts for k in lifted)
    strong = {k for k, s in result.sources.items() if s.confidence >= 0.9 and not s.supports}
    assert strong  # values read from strong labels need no support and name none


def test_the_bench_finds_a_document_by_its_expected_files_stem_and_names_an_orphan(tmp_path: Path, capsys) -> None:
    bench = _bench()
    (tmp_path / "whole.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "whole.pdf.expected.json").write_text("{}")
    (tmp_path / "stem.docx").write_bytes(b"PK")
    (tmp_path / "stem.expected.json").write_text("{}")
    (tmp_path / "orphan.expected.json").write_text("{}")
    found = sorted(doc.name for doc, _ in bench.expected_documents(tmp_path))
    assert found == ["stem.docx", "whole.pdf"]
    assert "orphan.expected.json" in capsys.readouterr().err
