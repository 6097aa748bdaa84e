"""A printed form's narrow answer column breaks an address that does not fit inside its last letters
("...@hopital.example.or" over "g"): the letters alone on the line under it end the address, with no space. A
little word alone on the next line ("and") is the sentence going on, and a capitalised word ("Tel") is no part of it."""
from __future__ import annotations

from mailbot_parsers.line_breaks import joined


def test_the_last_letters_of_an_address_join_it() -> None:
    assert joined("mj.kabongo-tremblay@hopital.example.or", "g") == "mj.kabongo-tremblay@hopital.example.org"
    assert joined("Courriel : ana.roy@example.", "org") == "Courriel : ana.roy@example.org"


def test_words_after_an_address_stay_words() -> None:
    assert joined("write to ana.roy@example.org", "and") == "write to ana.roy@example.org and"
    assert joined("ana.roy@example.org", "Tel") == "ana.roy@example.org Tel"
    assert joined("the course is", "new") == "the course is new"
