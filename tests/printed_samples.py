"""PDF forms printed the way other tools print them, built with fpdf2 (and pypdf for imposition).

Every form is in our own words; the builders place text where the tools in question place it
(labels right of the answers, answers indented under the labels, two pages on one sheet).
"""
from __future__ import annotations

import io
from collections.abc import Sequence

# (label, answer lines) of one made-up proposal; a label with no lines is a field left blank
PROPOSAL: list[tuple[str, list[str]]] = [
    ("Proposed Title", ["Safe Patient Handling for Porters"]),
    ("Name of Proposer", ["Oluwaseun Brandvold"]),
    ("Position / Title", ["Ergonomics Coordinator"]),
    ("Department / Program", ["Occupational Health, Lakeview General"]),
    ("Email", ["obrandvold@example.org"]),
    ("Phone", ["905-555-0142"]),
    ("Type of Request", ["[ ] New micro-credential   [X] Micro-course"]),
    ("Target Learners", ["Porters and patient transport staff in acute care who move", "patients between units"]),
    ("Rationale / Need", ["Lifting injuries among porters doubled in two years and most", "happened during bed-to-stretcher transfers."]),
    ("Competencies / Skills Targeted", ["Risk assessment before a transfer; use of slider sheets;", "team lifts"]),
    ("Learning Outcomes", ["1. Assess a transfer for risk before starting it",
                           "2. Use a slider sheet for a lateral transfer",
                           "3. Lead a team lift with clear commands"]),
    ("Summative Assessment", ["Observed transfers in the simulation lab, scored with a checklist."]),
    ("Industry / Employment Partner", ["Ontario Safe Handling Association"]),
    ("Delivery Format", ["[ ] Online   [ ] In person   [X] Hybrid"]),
    ("Estimated Hours", ["12"]),
    ("Expected Enrolment per Year", ["60"]),
    ("Resources Required", []),
]


# what a reader should give for PROPOSAL's fields (choices as codes, lists as items, numbers as numbers)
PROPOSAL_READ: dict[str, object] = {
    "proposal_title": "Safe Patient Handling for Porters",
    "proposer_name": "Oluwaseun Brandvold",
    "proposer_department": "Occupational Health, Lakeview General",
    "proposer_phone": "905-555-0142",
    "request_type": "micro_course",
    "target_learners": "Porters and patient transport staff in acute care who move patients between units",
    "learning_outcomes": ["Assess a transfer for risk before starting it", "Use a slider sheet for a lateral transfer",
                          "Lead a team lift with clear commands"],
    "competencies": "Risk assessment before a transfer; use of slider sheets; team lifts",
    "partner_name": "Ontario Safe Handling Association",
    "delivery_format": "hybrid",
    "estimated_hours": 12,
    "expected_enrolment": 60,
}


def assert_read(result: object, *keys: str) -> None:
    """``result`` is a concept form whose ``keys`` hold what PROPOSAL_READ says."""
    assert getattr(result, "is_concept_form")
    fields = getattr(result, "fields")
    for key in keys:
        assert fields[key] == PROPOSAL_READ[key], key

def _pdf(orientation: str = "P", fmt: str = "A4"):
    from fpdf import FPDF

    pdf = FPDF(orientation=orientation, unit="pt", format=fmt)
    pdf.set_auto_page_break(False)
    pdf.set_margins(40, 40, 40)
    pdf.add_page()
    return pdf


def labels_right_pdf(fields: Sequence[tuple[str, list[str]]] = PROPOSAL, *, centred: Sequence[str] = (),
                     flush_right: bool = True) -> bytes:
    """Answers in a wide left column, each label right-aligned at the right margin in small type (or, without
    ``flush_right``, starting at the left edge of a narrow column of its own).

    A label named in ``centred`` sits level with the middle line of its answer instead of its first."""
    pdf = _pdf()
    pdf.set_font("helvetica", "B", 13)
    pdf.text(40, 50, "Proposal for a micro-course - printed copy")
    y = 80.0
    for label, lines in fields:
        at = y + 11 * ((len(lines) - 1) // 2) if label in centred else y
        pdf.set_font("helvetica", "I", 8)
        pdf.set_text_color(110, 110, 110)
        pdf.text(555 - pdf.get_string_width(label) if flush_right else 430, at, label)
        pdf.set_font("helvetica", "", 10)
        pdf.set_text_color(0, 0, 0)
        for n, line in enumerate(lines):
            pdf.text(40, y + 11 * n, line)
        y += 11 * max(len(lines), 1) + 12
    return bytes(pdf.output())


def labels_left_answers_right_pdf(fields: Sequence[tuple[str, list[str]]] = PROPOSAL) -> bytes:
    """The mirror image: labels at the left margin, each one-line answer right-aligned at the right margin."""
    pdf = _pdf()
    pdf.set_font("helvetica", "", 10)
    y = 60.0
    for label, lines in fields:
        pdf.text(40, y, label)
        answer = " ".join(lines)[:60]
        pdf.text(555 - pdf.get_string_width(answer), y, answer)
        y += 24
    return bytes(pdf.output())


def indented_pdf(sections: Sequence[tuple[str, Sequence[tuple[str, list[str]]]]], *, page_break_after: str = "") -> bytes:
    """A definition-list print: section headings, numbered labels at the margin, answers indented below.

    ``page_break_after`` names a label after which the page ends, so that its answer starts the next page."""
    pdf = _pdf("P", "Letter")
    pdf.set_font("helvetica", "B", 20)
    pdf.text(110, 60, "Micro-credential concept form")
    y = 100.0
    page = 1
    for heading, fields in sections:
        pdf.set_font("helvetica", "B", 15)
        pdf.text(72, y, heading)
        y += 24
        for label, lines in fields:
            pdf.set_font("helvetica", "", 11)
            pdf.text(72, y, label)
            y += 16
            if label == page_break_after:
                pdf.set_font("helvetica", "", 10)
                pdf.text(300, 760, str(page))
                pdf.add_page()
                page += 1
                y = 60.0
            pdf.set_font("helvetica", "", 11)
            for line in lines:
                pdf.text(108, y, line)
                y += 14
            y += 6
    return bytes(pdf.output())


def colon_pages_pdf(pages: Sequence[Sequence[str]]) -> bytes:
    """Portrait pages of "Label: answer" lines, one line of text per item, as a word processor prints them."""
    pdf = _pdf("P", "Letter")
    for n, lines in enumerate(pages):
        if n:
            pdf.add_page()
        pdf.set_font("helvetica", "", 10)
        pdf.text(72, 40, "Micro-Course / Credential Concept Form - printed copy")
        y = 80.0
        for line in lines:
            pdf.text(72, y, line)
            y += 15
        pdf.text(72, 760, f"Concept - page {n + 1}")
    return bytes(pdf.output())


def two_up(data: bytes) -> bytes:
    """The pages of ``data`` imposed two to a landscape sheet, side by side and reduced (pypdf)."""
    from pypdf import PdfReader, PdfWriter, Transformation

    src = PdfReader(io.BytesIO(data))
    out = PdfWriter()
    w, h = float(src.pages[0].mediabox.width), float(src.pages[0].mediabox.height)
    sheet_w, sheet_h = 792.0, 612.0
    scale = min(sheet_w / 2 / w, sheet_h / h)
    for n in range(0, len(src.pages), 2):
        sheet = out.add_blank_page(sheet_w, sheet_h)
        for k, page in enumerate(src.pages[n:n + 2]):
            sheet.merge_transformed_page(page, Transformation().scale(scale).translate(k * sheet_w / 2, 0))
    buf = io.BytesIO()
    out.write(buf)
    return buf.getvalue()


def dot_leader_pdf(fields: Sequence[tuple[str, list[str]]] = PROPOSAL, *, monospace: bool = False) -> bytes:
    """Each label followed by a row of dots up to where its answer starts, as a typist or a print template sets it.

    With ``monospace`` the page is a plain-text printout: label, dots and answer typed as one line of Courier,
    a long answer's wrapped lines typed under it at the answer's column."""
    pdf = _pdf()
    pdf.set_font("courier" if monospace else "helvetica", "", 10)
    y = 60.0
    for label, lines in fields:
        if monospace:
            head = label + " " + "." * max(3, 32 - len(label)) + " "
            pdf.text(40, y, head + (lines[0] if lines else ""))
            for line in lines[1:]:
                y += 12
                pdf.text(40, y, " " * len(head) + line)
        else:
            dots = "." * max(3, int((200 - pdf.get_string_width(label + " ")) / pdf.get_string_width(".")))
            pdf.text(40, y, f"{label} {dots}")
            for n, line in enumerate(lines):
                pdf.text(250, y + 12 * n, line)
            y += 12 * max(len(lines) - 1, 0)
        y += 16
    return bytes(pdf.output())


def ruled_table_pdf(fields: Sequence[tuple[str, list[str]]] = PROPOSAL) -> bytes:
    """A two-column ruled table (fpdf2's table()), each label centred in its cell beside a longer answer."""
    pdf = _pdf()
    pdf.set_font("helvetica", "", 9)
    with pdf.table(col_widths=(35, 65), v_align="MIDDLE") as table:
        for label, lines in fields:
            row = table.row()
            row.cell(label)
            row.cell("\n".join(lines))
    return bytes(pdf.output())


def booklet(data: bytes) -> bytes:
    """The first two pages of ``data`` turned sideways onto one portrait sheet, one above the other (pypdf)."""
    from pypdf import PdfReader, PdfWriter, Transformation

    src = PdfReader(io.BytesIO(data))
    out = PdfWriter()
    w, h = float(src.pages[0].mediabox.width), float(src.pages[0].mediabox.height)
    sheet = out.add_blank_page(w, h)
    scale = (h / 2) / w
    for k, page in enumerate(src.pages[:2]):
        # a quarter turn counter-clockwise: the sheet is read turned a quarter clockwise, first page at its foot
        sheet.merge_transformed_page(page, Transformation().scale(scale).rotate(90).translate(w, k * h / 2))
    buf = io.BytesIO()
    out.write(buf)
    return buf.getvalue()


def sidebar_pdf(fields: Sequence[tuple[str, list[str]]] = PROPOSAL, side: int = 6) -> bytes:
    """A title over two text columns (fpdf2's text_columns): the proposer's details as label and answer lines in a
    narrow sidebar, the rest as "Label: answer" paragraphs in the main column beside it."""
    pdf = _pdf()
    pdf.set_font("helvetica", "B", 14)
    pdf.cell(0, 20, fields[0][1][0], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 9)
    top = pdf.get_y()
    bar = pdf.text_columns(l_margin=30, r_margin=420, ncols=1)
    with bar:
        for label, lines in fields[1:side]:
            bar.write(text=label + ":\n" + " ".join(lines) + "\n\n")
    pdf.set_y(top)
    main = pdf.text_columns(l_margin=200, r_margin=30, ncols=1)
    with main:
        for label, lines in fields[side:]:
            main.write(text=label + ": " + "\n".join(lines) + "\n")
    return bytes(pdf.output())


def label_rows_pdf(fields: Sequence[tuple[str, list[str]]] = PROPOSAL) -> bytes:
    """A ruled table two fields wide (fpdf2's table()): a row of two bold labels, the row under it their answers."""
    from fpdf.fonts import FontFace

    pdf = _pdf()
    pdf.set_font("helvetica", "", 9)
    with pdf.table(col_widths=(50, 50), first_row_as_headings=False) as table:
        for n in range(0, len(fields), 2):
            two = list(fields[n:n + 2])
            labels = table.row()
            for label, _ in two:
                labels.cell(label, style=FontFace(emphasis="BOLD"))
            answers = table.row()
            for _, lines in two:
                answers.cell("\n".join(lines))
    return bytes(pdf.output())


def numbered_table_pdf(rows: Sequence[tuple[str, list[str], list[str]]], break_after: int, *,
                       header: tuple[str, str, str] = ("#", "What you asked", "Our answer")) -> bytes:
    """A spreadsheet printed as a table without rules: a "#" column, the question (wrapped in its column) and the
    answer. The row ``break_after`` is split by the page break after its first line, and the header row is
    printed again at the top of the next page. Each row: (number, question lines, answer lines)."""
    pdf = _pdf("P", "Letter")

    def head(y: float) -> float:
        pdf.set_font("helvetica", "B", 11)
        for x, text in zip((72, 100, 260), header):
            pdf.text(x, y, text)
        return y + 22

    y = head(90.0)
    for n, (number, question, answer) in enumerate(rows):
        pdf.set_font("helvetica", "", 11)
        pdf.text(72, y, number)
        lines = max(len(question), len(answer))
        for k in range(lines):
            if n == break_after and k == 1:
                pdf.add_page()
                y = head(90.0) - 14 * k
            if k < len(question):
                pdf.text(100, y + 14 * k, question[k])
            if k < len(answer):
                pdf.text(260, y + 14 * k, answer[k])
        y += 14 * lines + 8
    return bytes(pdf.output())


def glyph_by_glyph_pdf(fields: Sequence[tuple[str, list[str]]] = PROPOSAL, *, per_word: bool = False) -> bytes:
    """"Label: answer" lines in a standard font named without widths, every character (or, with ``per_word``,
    every word) drawn as its own text object and spaces only advanced over, as some print drivers do.

    Continuation lines of an answer start under the answer's first word; the page number is a footer."""
    pdf = _pdf("P", "Letter")
    pdf.set_font("times", "B", 12)
    pdf.text(50, 50, "CONCEPT FORM (print)")

    def draw(x: float, y: float, text: str) -> float:
        pieces = text.split(" ") if per_word else list(text)
        for n, piece in enumerate(pieces):
            if piece.strip():
                pdf.text(x, y, piece)
            x += pdf.get_string_width(piece + (" " if per_word and n < len(pieces) - 1 else ""))
        return x

    y = 90.0
    for label, lines in fields:
        pdf.set_font("times", "B", 10)
        x = draw(50, y, label + ":") + pdf.get_string_width(" ")
        pdf.set_font("times", "", 10)
        for k, line in enumerate(lines or [""]):
            draw(x, y, line)
            y += 13
        y += 5
    pdf.set_font("times", "", 8)
    draw(50, 760, "Form CF-2 - page 1 of 1")
    return bytes(pdf.output())


# choice rows of PROPOSAL as (label, options, index of the chosen one)
CHOICES: list[tuple[str, list[str], int]] = [
    ("Type of Request", ["New micro-credential", "Convert an existing program", "Micro-course"], 2),
    ("Endorsement Status", ["Letter attached", "Confirmed", "In discussion", "None"], 2),
    ("Delivery Format", ["Online", "In person", "Hybrid"], 2),
]
CHOICES_READ = {"request_type": "micro_course", "endorsement_status": "in_discussion", "delivery_format": "hybrid"}


def drawn_choices_pdf(style: str = "cross", fields: Sequence[tuple[str, list[str]]] = PROPOSAL[:6], *,
                      one_run: bool = False) -> bytes:
    """Labels at the left, answers in a column to the right, and choice rows whose boxes are only drawn: an
    outline before each option and, in the chosen one, a drawn cross (``style="cross"``), a filled dot in a
    round box (``"dot"``; ``"small dot"``: a radio button's dot smaller than 3 pt), or a filled square
    (``"square"``); ``"bullets"`` draws the same dot before every option (no choice made). No box or mark is a
    character of the text layer. With ``one_run`` a row's options are one text object, spaced out where the
    boxes stand between them (as a print driver sets a flattened form's row)."""
    pdf = _pdf("P", "Letter")
    pdf.set_font("helvetica", "B", 14)
    pdf.text(40, 50, "Concept proposal - micro-credential")
    y = 90.0
    rows: list[tuple[str, list[str], int | None]] = [(label, lines, None) for label, lines in fields]
    rows += [(label, options, None if style == "bullets" else chosen) for label, options, chosen in CHOICES]
    for label, items, chosen in rows:
        pdf.set_font("helvetica", "B", 9)
        pdf.text(40, y, label)
        pdf.set_font("helvetica", "", 10)
        if chosen is None and style != "bullets" or label not in {c[0] for c in CHOICES}:
            pdf.text(190, y, " ".join(items))
            y += 22
            continue
        x = 190.0
        if one_run:
            pdf.text(x + 13, y, (" " * 8).join(items))
        for n, option in enumerate(items):
            box_y = y - 8
            if style == "small dot":
                pdf.ellipse(x, box_y, 9, 9, style="D")
                if n == chosen:
                    pdf.ellipse(x + 3.2, box_y + 3.2, 2.6, 2.6, style="F")
            elif style == "dot":
                pdf.ellipse(x, box_y, 9, 9, style="D")
            elif style != "bullets":
                pdf.rect(x, box_y, 9, 9, style="D")
            if style != "small dot" and (style == "bullets" or n == chosen):
                if style == "cross":
                    pdf.line(x + 1.5, box_y + 1.5, x + 7.5, box_y + 7.5)
                    pdf.line(x + 1.5, box_y + 7.5, x + 7.5, box_y + 1.5)
                elif style == "square":
                    pdf.rect(x + 2, box_y + 2, 5, 5, style="F")
                else:
                    pdf.ellipse(x + 2.5, box_y + 2.5, 4, 4, style="F")
            if not one_run:
                pdf.text(x + 13, y, option)
            x += pdf.get_string_width(option + " " * 8) if one_run else 13 + pdf.get_string_width(option) + 18
        y += 22
    return bytes(pdf.output())


def boxes_apart_pdf(boxes_first: bool = False, fields: Sequence[tuple[str, list[str]]] = PROPOSAL[:6]) -> bytes:
    """Labels over their answers, and choice rows whose ☐/☒ glyphs come from another font drawn after all the
    row's option words (or, with ``boxes_first``, before them), each glyph still placed before its option."""
    pdf = _pdf("P", "Letter")
    pdf.add_font("dejavu", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.set_font("helvetica", "B", 13)
    pdf.text(50, 50, "Micro-Course / Credential Concept Form")
    y = 85.0
    for label, lines in [*fields, *((label, [""]) for label, _, _ in CHOICES)]:
        pdf.set_font("helvetica", "B", 10)
        pdf.text(50, y, label)
        y += 14
        choice = next((c for c in CHOICES if c[0] == label), None)
        pdf.set_font("helvetica", "", 10)
        if choice is None:
            for line in lines:
                pdf.text(60, y, line)
                y += 13
            y += 8
            continue
        _, options, chosen = choice
        # the option words are one text object, spaced out where the boxes go
        row = "     " + "      ".join(options)
        places = []
        for n, option in enumerate(options):
            before = "     " + "".join(o + "      " for o in options[:n])
            places.append(60 + pdf.get_string_width(before) - 12)

        def glyphs() -> None:
            pdf.set_font("dejavu", "", 10)
            for n, px in enumerate(places):
                pdf.text(px, y, "☒" if n == chosen else "☐")
            pdf.set_font("helvetica", "", 10)

        if boxes_first:
            glyphs()
        pdf.text(60, y, row)
        if not boxes_first:
            glyphs()
        y += 21
    return bytes(pdf.output())


def saddle_sheets(data: bytes) -> bytes:
    """Four pages imposed for saddle stitching on two landscape sheets, pages side by side: 4|1, then 2|3 (pypdf)."""
    from pypdf import PdfReader, PdfWriter, Transformation

    src = PdfReader(io.BytesIO(data))
    out = PdfWriter()
    w, h = float(src.pages[0].mediabox.width), float(src.pages[0].mediabox.height)
    for left, right in ((3, 0), (1, 2)):
        sheet = out.add_blank_page(2 * w, h)
        sheet.merge_transformed_page(src.pages[left], Transformation())
        sheet.merge_transformed_page(src.pages[right], Transformation().translate(w, 0))
    buf = io.BytesIO()
    out.write(buf)
    return buf.getvalue()
