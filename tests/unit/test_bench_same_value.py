"""bench/extraction.py counts a value right when it is the expected one with quotes folded, and only then."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _extraction():  # bench/ is a folder of scripts, not a package
    spec = importlib.util.spec_from_file_location("bench_extraction", ROOT / "bench" / "extraction.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_typographic_and_straight_quotes_are_one_answer_and_nothing_else_is_folded() -> None:
    same = _extraction().same
    assert same("the plan's priorities", "the plan\u2019s priorities")
    assert same(["\u201cSafe\u201d lifts", "b"], ['"Safe" lifts', "b"])
    assert not same("the plan's priorities", "the plans priorities")
    assert not same(["a", "b"], ["a"])
    assert not same("Ward 4 \u2013 east", "Ward 4 - east")  # dashes stay as written
    assert same(40, 40) and not same(40, "40") and same(None, None)
