"""Forms printed two pages to a sheet (two-up), and an option's caption broken at its hyphen over two lines."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers import pdf_layout, right_labels
from tests.printed_samples import PROPOSAL, booklet, colon_pages_pdf, labels_right_pdf, two_up

PAGE_1 = [
    "Proposed Title: Safe Patient Handling for Porters",
    "Name of Proposer: Oluwaseun Brandvold",
    "Email: obrandvold@example.org",
    "Type of Request: [ ] New micro-credential   [ ] Convert an existing program   [X] Micro-",
    "course",
    "Existing Program Name:",
    "Target Learners: Porters and patient transport staff in acute care",
    "Rationale / Need: Lifting injuries among porters doubled in two years.",
    "Competencies / Skills Targeted: Risk assessment; slider sheets; team lifts",
]
PAGE_2 = [
    "Learning Outcomes:",
    "1. Assess a transfer for risk before starting it",
    "2. Use a slider sheet for a lateral transfer",
    "Summative Assessment: Observed transfers scored with a checklist.",
    "Industry / Employment Partner: Ontario Safe Handling Association",
    "Delivery Format: [ ] Online   [ ] In person   [X] Hybrid",
    "Estimated Hours: 12",
]


def test_a_caption_broken_at_its_hyphen_goes_on_with_its_option_and_starts_no_label() -> None:
    r = parsers.parse(colon_pages_pdf([PAGE_1, PAGE_2]), "printed.pdf")
    assert r.fields["request_type"] == "micro_course"
    assert "existing_program_name" not in r.fields


def test_two_pages_side_by_side_on_one_sheet_read_left_page_then_right_page() -> None:
    data = two_up(colon_pages_pdf([PAGE_1, PAGE_2]))
    r = parsers.parse(data, "two-up.pdf")
    assert r.is_concept_form
    f = r.fields
    assert f["proposal_title"] == "Safe Patient Handling for Porters"
    assert f["request_type"] == "micro_course"
    assert f["learning_outcomes"] == ["Assess a transfer for risk before starting it",
                                      "Use a slider sheet for a lateral transfer"]
    assert f["delivery_format"] == "hybrid"
    assert f["estimated_hours"] == 12


def test_a_two_up_sheet_splits_into_its_pages_but_a_page_with_labels_flush_right_stays_whole() -> None:
    sheet = pdf_layout.page_lines(two_up(colon_pages_pdf([PAGE_1, PAGE_2])), 5)[0]
    halves = pdf_layout.page_halves(sheet)
    assert len(halves) == 2
    assert any(r.text.startswith("Proposed Title") for r in halves[0])
    assert any(r.text.startswith("Estimated Hours") for r in halves[1])
    page = pdf_layout.page_lines(labels_right_pdf(), 5)[0]
    assert pdf_layout.page_halves(page) == [page]


def test_labels_right_of_their_answers_are_read_on_each_page_of_a_two_up_sheet() -> None:
    first, second = PROPOSAL[:9], PROPOSAL[9:]
    import io

    from pypdf import PdfReader, PdfWriter

    pages = PdfWriter()
    for part in (first, second):
        pages.append(PdfReader(io.BytesIO(labels_right_pdf(part))))
    buf = io.BytesIO()
    pages.write(buf)
    sheet = pdf_layout.page_lines(two_up(buf.getvalue()), 5)
    pages, _ = pdf_layout.sheets_as_pages(sheet)
    assert len(pages) == 2
    pairs = [b for b in right_labels.blocks(pdf_layout.without_furniture(pages)) if b.is_pair]
    assert [b.pair_label for b in pairs] == [label for label, _ in PROPOSAL]
    answers = {b.pair_label: " ".join(a.text for a in b.answer) for b in pairs}
    assert answers["Name of Proposer"] == "Oluwaseun Brandvold"
    assert answers["Competencies / Skills Targeted"] == "Risk assessment before a transfer; use of slider sheets; team lifts"


def test_two_pages_turned_sideways_onto_one_sheet_read_page_by_page_without_their_running_lines() -> None:
    r = parsers.parse(booklet(colon_pages_pdf([PAGE_1, PAGE_2])), "booklet.pdf")
    assert r.is_concept_form
    f = r.fields
    assert f["proposal_title"] == "Safe Patient Handling for Porters"
    assert f["request_type"] == "micro_course"
    # the first page's footer and the second page's header stand between these two answers on the sheet
    assert f["competencies"] == "Risk assessment; slider sheets; team lifts"
    assert f["learning_outcomes"] == ["Assess a transfer for risk before starting it",
                                      "Use a slider sheet for a lateral transfer"]
    assert f["estimated_hours"] == 12
