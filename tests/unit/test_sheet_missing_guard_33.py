"""A spreadsheet printed to PDF: a reference column first (A, A1, B3 ...), section rows, long cells wrapped and drawn
after the short ones. No field it answers may be called missing, whatever the reading order of its text: a field read
under several labels (a section row that names it and the row's own label) is empty only when every one of them
shows nothing in its answer's place on the page.

Every PDF is built here from positioned text, in our own words."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers import _shown_empty
from tests.parser_samples import positioned_pdf

_ROWS = [
    ("A", "Who is asking", None),
    ("A1", "Proposer", "Tomasz Okonkwo-Leroy"),
    ("A2", "Role / unit", "Clinical Pharmacist – Inpatient Pharmacy"),
    ("A3", "E-mail", "tokonkwo@example.org"),
    ("B", "The course", None),
    ("B1", "Proposed title", "Safe Opioid Tapering in Hospital"),
    ("B2", "Intended learners", "WRAP"),
    ("B3", "Summative assessment", "WRAP"),
    ("C", "Endorsement and support", None),
    ("C1", "Partner", "Riverside Hospice Network"),
    ("C2", "Endorsement", "Confirmed (letter to follow)"),
    ("C3", "Education Plan alignment", None),
    ("D", "Delivery", None),
    ("D1", "Format", "Online"),
    ("D2", "Hours", "6"),
]

_WRAPPED = {
    "B2": ["Pharmacists and hospital nurses who look after patients", "on long-term opioids"],
    "B3": ["An observed tapering plan for a case, marked with a", "rubric (pass at 80%)."],
}


def _sheet() -> bytes:
    runs: list[tuple[float, float, str]] = [(200, 770, "Opioid tapering - concept sheet"),
                                            (50, 740, "Ref"), (90, 740, "Question"), (230, 740, "Answer")]
    later: list[tuple[float, float, str]] = []
    y = 720.0
    for ref, question, answer in _ROWS:
        runs += [(50, y, ref), (90, y, question)]
        if ref in _WRAPPED:
            # a wrapped cell, drawn after every other cell as a spreadsheet program draws it
            for n, line in enumerate(_WRAPPED[ref]):
                later.append((230, y - 12 * n, line))
            y -= 12 * (len(_WRAPPED[ref]) - 1)
        elif answer is not None:
            runs.append((230, y, answer))
        y -= 20
    return positioned_pdf(runs + later)


def test_the_answered_endorsement_row_under_a_section_that_names_it_is_not_missing():
    r = parsers.parse(_sheet(), "concept sheet.pdf")
    assert "endorsement_status" not in r.missing_required
    assert r.fields.get("endorsement_status") in (None, "confirmed")


def test_the_sheet_pairs_its_rows_by_the_page_past_the_reference_column():
    r = parsers.parse(_sheet(), "concept sheet.pdf")
    assert r.fields["proposal_title"] == "Safe Opioid Tapering in Hospital"
    assert r.fields["target_learners"] == "Pharmacists and hospital nurses who look after patients on long-term opioids"
    assert r.fields["endorsement_status"] == "confirmed"
    assert r.fields["proposer_title"] == "Clinical Pharmacist"
    assert r.fields["proposer_department"] == "Inpatient Pharmacy"
    assert not any(v in ("A1", "B2", "C2") for v in r.fields.values())
    # the row left empty is still missing
    assert "education_plan_alignment" in r.missing_required


def test_a_field_with_one_label_answered_on_the_page_is_not_shown_empty():
    reads = [("table", "Endorsement and support", 0.67, False), ("table", "Endorsement", 1.0, False)]

    def page(label: str, key: str) -> bool | None:
        return label == "Endorsement and support"  # the section row stands empty; the row's label has its answer

    assert not _shown_empty("endorsement_status", reads, page)
    # every label found empty (and one not found on the page at all): empty
    assert _shown_empty("endorsement_status", reads, lambda label, key: True)
    assert _shown_empty("endorsement_status", reads, lambda label, key: True if label == "Endorsement" else None)
    # no label found on the page: nothing proves it empty
    assert not _shown_empty("endorsement_status", reads, lambda label, key: None)
