"""Two answers typed in a few words: a count not decided yet (a span is no count), and a list's items typed on one
line between semicolons, each opening as a sentence does."""
from __future__ import annotations

from mailbot_parsers.normalise import to_list
from mailbot_parsers.prose import undecided_count


def test_an_undecided_count_with_a_span_gives_no_count() -> None:
    assert undecided_count("Not decided yet – somewhere between 20 and 40")
    assert undecided_count("TBD")
    assert undecided_count("undecided (30-60)")
    assert not undecided_count("TBD – about 40")  # a count after all
    assert not undecided_count("About 40 a year")


def test_items_typed_on_one_line_between_semicolons() -> None:
    line = [("Fit a hip protector; Teach safe transfers; Record a falls risk score", False)]
    assert to_list(line) == ["Fit a hip protector", "Teach safe transfers", "Record a falls risk score"]
    # a phrase list in lower case is one item, as before (a skill list written as one answer)
    assert to_list([("fitting; teaching transfers; recording scores", False)]) == [
        "fitting; teaching transfers; recording scores"]
