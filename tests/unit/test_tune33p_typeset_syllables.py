"""A typesetter that hyphenates cuts words into syllables that are no words of the document ("irrita-" over "tion"):
in a document seen to hyphenate, such a break is joined; a compound printed without hyphenation, or an address broken
at its own hyphen, keeps its hyphen (lines made up here)."""
from __future__ import annotations

from mailbot_parsers.line_breaks import SOFT_HYPHEN, hyphenates, typeset_breaks, words_of

_HYPHENATED = ["Our lab staff learn scanning on the job and the scan-", "ning protocols differ between sites; skin irrita-",
               "tion after long sessions is common and under-", "reported; staff work under time pressure in a workplace-",
               "integrated way."]


def test_syllables_in_a_hyphenated_document_are_joined() -> None:
    vocabulary = words_of(_HYPHENATED)
    assert hyphenates(_HYPHENATED, vocabulary)  # ("scan-" / "ning": "scanning" is written elsewhere)
    out = typeset_breaks(_HYPHENATED, vocabulary, True)
    assert out[0].endswith(SOFT_HYPHEN)
    assert out[1].endswith(SOFT_HYPHEN)  # "irrita" / "tion": no words of the document
    assert out[2].endswith("under-")  # ("reported" is no word elsewhere, but "under" is: a compound may be)
    assert out[3].endswith("workplace-")  # ("integrated" is no word's ending: the rest of a compound)


def test_a_compound_in_an_unhyphenated_print_keeps_its_hyphen() -> None:
    lines = ["Classification des tracés et interventions de réanimation intra-", "utérine au besoin."]
    vocabulary = words_of(lines)
    assert not hyphenates(lines, vocabulary)
    assert typeset_breaks(lines, vocabulary, False) == lines


def test_an_address_broken_at_its_hyphen_is_left_as_drawn() -> None:
    lines = ["Contact: r.ng@lake-", "shore.example.org for the schedule of scan-", "ning days."]
    out = typeset_breaks(lines, words_of(lines), True)
    assert out[0].endswith("lake-")
