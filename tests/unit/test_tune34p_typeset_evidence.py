"""More ways a document shows its typesetter hyphenates, and the breaks that then join (lines made up here):
several words broken into syllables that are no words of the document, a word broken before an ending added to a
word the document writes ("prac-" over "tices" beside "practice"), and an address broken inside the name it is made
of ("Coroner, ype-" over "trakis@..." beside "Petrakis"); an address whose own hyphen joins two names keeps it."""
from __future__ import annotations

from mailbot_parsers.line_breaks import SOFT_HYPHEN, hyphenates, typeset_breaks, words_of


def test_two_syllable_breaks_show_a_hyphenating_typesetter() -> None:
    lines = ["Screening now starts with HPV tests and the refer-", "rals for our clinic keep rising; wound infec-",
             "tion control is taught on the job."]
    vocabulary = words_of(lines)
    assert hyphenates(lines, vocabulary)
    out = typeset_breaks(lines, vocabulary)
    assert out[0].endswith(SOFT_HYPHEN) and out[1].endswith(SOFT_HYPHEN)


def test_one_syllable_break_alone_proves_nothing() -> None:
    lines = ["Wound infec-", "tion control is taught on the job."]
    vocabulary = words_of(lines)
    assert not hyphenates(lines, vocabulary)
    assert typeset_breaks(lines, vocabulary) == lines


def test_a_word_of_the_document_with_an_ending_added_is_joined() -> None:
    lines = ["Good practice matters here. Staff learn sharps-safety prac-", "tices on the first day."]
    out = typeset_breaks(lines, words_of(lines), True)
    assert out[0].endswith(SOFT_HYPHEN)


def test_an_address_broken_inside_its_name_is_joined_in_a_hyphenated_print() -> None:
    lines = ["Contact: Dr. Yusuf Petrakis, Regional Coroner, ype-", "trakis@example.com."]
    assert typeset_breaks(lines, words_of(lines), True)[0].endswith(SOFT_HYPHEN)
    # (a print that does not hyphenate breaks an address only at its own hyphen: left as drawn)
    assert typeset_breaks(lines, words_of(lines), False) == lines


def test_an_address_whose_hyphen_joins_two_names_keeps_it() -> None:
    lines = ["Contact: Hanna Vasquez-Mol, hvasquez-", "mol@example.org for the schedule of scan-", "ning days."]
    out = typeset_breaks(lines, words_of(lines + ["scanning"]), True)
    assert out[0].endswith("hvasquez-")
    assert out[1].endswith(SOFT_HYPHEN)
