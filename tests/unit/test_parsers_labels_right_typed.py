"""Typed DOCX forms that set each label to the RIGHT of its answer with a right-aligned tab stop.

Each paragraph reads "answer<TAB>Label"; read as it stands, every answer is taken for the previous label's.
The fixtures here use their own wording and order, not any devset document's.
"""
from __future__ import annotations

from xml.sax.saxutils import escape

import mailbot_parsers as parsers
from mailbot_parsers import right_labels
from tests.parser_samples import docx, p

_RIGHT_STOP = '<w:pPr><w:tabs><w:tab w:val="right" w:pos="9000"/></w:tabs></w:pPr>'


def _tabbed(left: str, right: str) -> str:
    """One paragraph: ``left``, a tab to the right stop, then ``right`` in small grey type."""
    small = '<w:rPr><w:color w:val="999999"/><w:sz w:val="14"/></w:rPr>'
    return (f'<w:p>{_RIGHT_STOP}<w:r><w:t xml:space="preserve">{escape(left)}</w:t></w:r>'
            f'<w:r>{small}<w:tab/><w:t xml:space="preserve">{escape(right)}</w:t></w:r></w:p>')


ROWS = [
    ("Wound Photography for Home Care Nurses", "Course title"),
    ("Tamsin Achterberg", "Your name"),
    ("Clinical Nurse Educator", "Job title"),
    ("tamsin.a@example.org", "Email address"),
    ("Nurses in community home care who document chronic wounds", "Target learners"),
    ("Photos taken today cannot be compared from one visit to the next.", "Rationale"),
    ("Take a standardised wound photograph", "Learning outcomes"),
]


def test_answers_typed_left_of_right_aligned_labels_pair_with_the_label_on_their_own_line() -> None:
    body = p("Concept form (my copy)", style="Title") + "".join(_tabbed(a, lab) for a, lab in ROWS)
    # a second outcome on a paragraph of its own continues the answer above it
    body += p("Store images in the chart, never on a personal phone")
    body += _tabbed("Online", "Delivery format") + _tabbed("6", "Estimated hours")
    r = parsers.parse(docx(body), "typed.docx")
    assert r.is_concept_form
    f = r.fields
    assert f["proposal_title"] == "Wound Photography for Home Care Nurses"
    assert f["proposer_name"] == "Tamsin Achterberg"
    assert f["proposer_title"] == "Clinical Nurse Educator"
    assert f["proposer_email"] == "tamsin.a@example.org"
    assert f["target_learners"] == "Nurses in community home care who document chronic wounds"
    assert f["learning_outcomes"] == ["Take a standardised wound photograph",
                                      "Store images in the chart, never on a personal phone"]
    assert f["delivery_format"] == "online"
    assert f["estimated_hours"] == 6


def test_one_tabbed_label_at_the_end_of_a_line_is_no_layout() -> None:
    # "Jane Doe<TAB>Date" under a signature line: one paragraph does not make the document typed right to left
    body = p("Dear colleagues,") + p("We write about the spring schedule.") + _tabbed("Jane Okafor", "Date")
    blocks, _, _ = __import__("mailbot_parsers.docx_form", fromlist=["read_docx"]).read_docx(docx(body))
    assert [b.text for b in blocks][-1] == "Jane Okafor Date"


def test_a_tab_after_the_label_keeps_the_usual_reading() -> None:
    # "Label<TAB>answer" is the ordinary way round: tabbed() leaves it to the left-label reader
    assert right_labels.tabbed("Job title\tClinical Nurse Educator") is None
    assert right_labels.tabbed("Clinical Nurse Educator\tJob title") == "Job title: Clinical Nurse Educator"
    assert right_labels.tabbed("Chapter 4\tPage 12") is None
