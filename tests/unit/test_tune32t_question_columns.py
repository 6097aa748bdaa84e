"""A printed table "Section | Question | Our answer": the writer's section names in a first column, set on the first
row of each group, the questions in the second, the answers in the third. The header row names the answer column;
the column left of it holds the questions, the columns further left are groupings and never values. Before, the
section column was taken for the labels and each question for the start of its answer. Our own small PDFs (fpdf2),
plus a two-column table and a table without an answer heading, which keep their reading."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.pdf_layout import Line
from mailbot_parsers.question_columns import question_and_answer_pages

ROWS: list[tuple[str, str, str]] = [
    ("About you", "Who is proposing this?", "Noor Halvorsen, Charge Nurse, Emergency Department"),
    ("", "Email", "n.halvorsen@example.org"),
    ("The course", "Course title", "Bedside Ultrasound for IV Access"),
    ("", "New, conversion or micro-course?", "A new micro-credential"),
    ("", "Who is it for?", "Emergency nurses with two years of practice"),
    ("", "Why now?", "Difficult IV access delays care."),
    ("Skills", "What skills does it build?", "Vein selection; needle guidance; complication checks"),
    ("", "Outcomes", "Place a guided peripheral line"),
    ("Assessment", "How is it assessed?", "Observed insertion on a phantom"),
    ("Support", "Partner", "Lakeside Vascular Access Group"),
    ("", "Endorsement", "Confirmed, letter to follow"),
    ("", "Fit with the Education Plan", "Hands-on clinical skills, a Plan priority."),
    ("Practical", "Hours", "6"),
]


def _pdf(header: tuple[str, str, str], rows: list[tuple[str, str, str]]) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="Letter")
    pdf.add_page()
    pdf.set_font("helvetica", "B", 13)
    pdf.text(42, 50, "Proposal table: Bedside Ultrasound for IV Access")
    pdf.set_font("helvetica", "", 10)
    pdf.text(42, 70, "Prepared for the CE office. Answers are in the right-hand column.")
    y = 100.0
    for section, question, answer in [header, *rows]:
        for x, text in ((42, section), (132, question), (282, answer)):
            if text:
                pdf.text(x, y, text)
        y += 22
    pdf.text(42, y + 10, "Questions? Call me at 416-555-0170.")
    return bytes(pdf.output())


def test_the_section_column_is_no_label_and_the_question_no_answer() -> None:
    r = parsers.parse(_pdf(("Section", "What we were asked", "Our answer"), ROWS), "table.pdf")
    assert r.is_concept_form
    assert r.fields.get("proposal_title") == "Bedside Ultrasound for IV Access"
    assert r.fields.get("competencies") == "Vein selection; needle guidance; complication checks"
    assert r.fields.get("partner_name") == "Lakeside Vascular Access Group"
    assert r.fields.get("target_learners") == "Emergency nurses with two years of practice"
    assert r.fields.get("summative_assessment") == "Observed insertion on a phantom"
    # the line under the table is still read
    assert r.fields.get("proposer_phone") == "416-555-0170"


def _line(x0: float, y: float, text: str) -> Line:
    return Line(page=0, x0=x0, y0=y, x1=x0 + 5.0 * len(text), y1=y + 10, text=text)


def _page(header: tuple[str, ...]) -> list[Line]:
    runs = [_line(42, 800, "Title of the table")]
    runs += [_line(x, 770, t) for x, t in zip((42, 132, 282), header)]
    y = 750.0
    for section, question, answer in ROWS:
        runs += [_line(x, y, t) for x, t in zip((42, 132, 282), (section, question, answer)) if t]
        y -= 20
    return runs


def test_only_a_header_naming_the_answers_with_two_columns_before_them_counts() -> None:
    split = question_and_answer_pages([_page(("Part", "Prompt", "Response"))])
    assert split is not None
    before, kept, after = split
    assert before == ["Title of the table"]
    assert {r.text for r in kept[0]} >= {"Course title", "Bedside Ultrasound for IV Access"}
    assert not {"About you", "The course", "Prompt"} & {r.text for r in kept[0]}
    # no heading calls a column the answers: the table is read as it stands
    assert question_and_answer_pages([_page(("Part", "Prompt", "Notes"))]) is None
    # a two-column table ("Question | Answer"): nothing to drop
    two = [r for r in _page(("", "Question", "Answer")) if r.x0 > 100 or r.text == "Title of the table"]
    assert question_and_answer_pages([two]) is None
