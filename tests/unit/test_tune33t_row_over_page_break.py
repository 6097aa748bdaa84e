"""A printed form's label/answer row broken by a page break: "Alignment with Michener's" beside "Responds to a public
health priority" at the foot of one page, "Education Plan" beside "and to the Plan's commitment to ..." at the head of
the next. The next page's first row goes on with the last one when its answer opens in lower case and one of the two
lines is cut in mid-sentence (a little word that joins ends the one or opens the other). A row of its own whose
answer opens in lower case ("spring 2027") stays a row of its own."""
from __future__ import annotations

import mailbot_parsers as parsers

PAGE_ONE: list[tuple[str, list[str]]] = [
    ("Proposed Title", ["Opioid Agonist Therapy Dispensing"]),
    ("Name of Proposer", ["Ruth Amankwah-Lee"]),
    ("Email", ["r.amankwah@example.org"]),
    ("Type of Request", ["[X] New micro-credential [ ] Micro-course"]),
    ("Target Learners", ["Pharmacy technicians in community pharmacies"]),
    ("Rationale / Need", ["More pharmacies dispense OAT and few technicians are trained for it."]),
    ("Competencies / Skills Targeted", ["Witnessed dosing; carry doses; record keeping"]),
    ("Summative Assessment", ["Observed dispensing with a checklist."]),
    ("Industry / Employment Partner", ["Lakeshore Independent Pharmacies"]),
    ("Estimated Hours", ["5"]),
    ("Alignment with Michener's", ["Responds to a public health priority"]),
]
PAGE_TWO: list[tuple[str, list[str]]] = [
    ("Education Plan", ["and to the Plan's commitment to", "practice-ready learning."]),
    ("Proposed Start", ["spring 2027"]),
    ("Expected Enrolment per Year", ["40"]),
]


def _page(pdf: object, rows: list[tuple[str, list[str]]], start: float) -> None:
    y = start
    for label, lines in rows:
        pdf.set_font("helvetica", "B", 10)  # type: ignore[attr-defined]
        pdf.text(60, y, label)  # type: ignore[attr-defined]
        pdf.set_font("helvetica", "", 10)  # type: ignore[attr-defined]
        for n, line in enumerate(lines):
            pdf.text(300, y + 12 * n, line)  # type: ignore[attr-defined]
        y += 12 * len(lines) + 14


def broken_row_print(first: list[tuple[str, list[str]]] = PAGE_ONE,
                     second: list[tuple[str, list[str]]] = PAGE_TWO) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="Letter")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 14)
    pdf.text(60, 60, "Micro-Course / Credential Concept Form")
    _page(pdf, first, 460)  # (the last row stands at the foot of the page)
    pdf.add_page()
    _page(pdf, second, 50)
    return bytes(pdf.output())


def test_a_row_broken_by_the_page_break_is_one_answer() -> None:
    r = parsers.parse(broken_row_print(), "concept form - printed.pdf")
    assert r.is_concept_form
    assert r.fields["education_plan_alignment"] == ("Responds to a public health priority and to the Plan's commitment "
                                                    "to practice-ready learning.")
    assert r.fields["proposed_start"] == "spring 2027"
    assert r.fields["expected_enrolment"] == 40


def test_a_row_of_its_own_in_lower_case_after_a_full_row_stays_apart() -> None:
    first = PAGE_ONE[:-1] + [("Alignment with Michener's Education Plan", ["Responds to a public health priority"])]
    second = [("Proposed Start", ["spring 2027"]), ("Expected Enrolment per Year", ["40"])]
    r = parsers.parse(broken_row_print(first, second), "concept form - printed.pdf")
    assert r.fields["proposed_start"] == "spring 2027"
    assert r.fields["education_plan_alignment"] == "Responds to a public health priority"
