"""Printed / flattened PDF forms read by geometry: boxes with the label above the answer, tick marks left of
their option, two text columns, running headers and footers across a page break, text drawn glyph by glyph.

Every PDF is built here from positioned text and drawn rectangles, in our own words."""
from __future__ import annotations

import io

import mailbot_parsers as parsers
from tests.parser_samples import _esc, _writer_with_font, text_pdf

REQUIRED_FILLED = ("proposal_title", "proposer_name", "proposer_email", "target_learners", "rationale",
                   "competencies", "learning_outcomes", "summative_assessment", "partner_name")


def _page_pdf(ops: list[str], resources=None, writer=None) -> bytes:
    from pypdf.generic import DecodedStreamObject, NameObject

    if writer is None:
        writer, resources = _writer_with_font()
    page = writer.add_blank_page(612, 792)
    s = DecodedStreamObject()
    s.set_data("\n".join(ops).encode("cp1252"))
    page[NameObject("/Contents")] = writer._add_object(s)
    page[NameObject("/Resources")] = resources
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def _text(x: float, y: float, t: str, size: float = 9) -> str:
    return f"BT /F1 {size} Tf {x} {y} Td ({_esc(t)}) Tj ET"


def _box(x: float, top: float, w: float, h: float, label: str, answer: list[str]) -> list[str]:
    """A drawn box with its label in small type at the top and the answer lines below it, inside."""
    ops = [f"0.5 w {x} {top - h} {w} {h} re S", _text(x + 4, top - 9, label, 6)]
    y = top - 21
    for ln in answer:
        ops.append(_text(x + 6, y, ln))
        y -= 11
    return ops


def _boxed_form() -> bytes:
    ops = [_text(40, 760, "MICRO-COURSE / CREDENTIAL CONCEPT FORM", 12)]
    top = 740.0
    rows: list[list[tuple[str, list[str]]]] = [
        [("PROPOSED TITLE", ["Wound Photography for Home Care Nurses"])],
        [("NAME OF PROPOSER", ["Imani Castellanos"]), ("POSITION / TITLE", ["Wound Care Lead"])],
        [("DEPARTMENT / PROGRAM", ["Home and Community Care"]), ("EMAIL", ["icastellanos@example.org"])],
        [("TARGET LEARNERS", ["Registered nurses who visit patients at home."])],
        [("RATIONALE / NEED", ["Wound photos sent to specialists are often unusable,", "so visits are repeated."])],
        [("COMPETENCIES / SKILLS TARGETED", ["Consent; lighting and scale; secure upload."])],
        [("LEARNING OUTCOMES", ["1. Obtain consent for clinical photography", "2. Take a usable wound photograph"])],
        [("SUMMATIVE ASSESSMENT", ["A set of five photographs reviewed against a rubric."])],
        [("INDUSTRY / EMPLOYMENT PARTNER", ["Lakeshore Home Health"]), ("PARTNER CONTACT", [])],
    ]
    for row in rows:
        h = 22 + 11 * max(len(a) for _, a in row)
        w = 534 / len(row)
        for n, (label, answer) in enumerate(row):
            ops += _box(40 + n * w, top, w, h, label, answer)
        top -= h + 2
    # the request type: a mark drawn just left of the chosen option's caption, options on one row
    ops += [f"0.5 w 40 {top - 34} 534 34 re S", _text(44, top - 9, "TYPE OF REQUEST", 6),
            _text(46, top - 24, "X"), _text(56, top - 24, "New micro-credential"),
            _text(170, top - 24, "Convert an existing program"), _text(300, top - 24, "Micro-course")]
    top -= 36
    ops += [f"0.5 w 40 {top - 34} 534 34 re S", _text(44, top - 9, "DELIVERY FORMAT", 6),
            _text(56, top - 24, "Online"), _text(110, top - 24, "In person"),
            _text(166, top - 24, "X"), _text(176, top - 24, "Hybrid")]
    return _page_pdf(ops)


def test_boxed_form_reads_each_label_with_the_answer_below_it_in_its_box() -> None:
    r = parsers.parse(_boxed_form(), "boxed.pdf")
    assert r.is_concept_form
    f = r.fields
    assert f["proposal_title"] == "Wound Photography for Home Care Nurses"
    assert f["proposer_name"] == "Imani Castellanos"
    assert f["proposer_title"] == "Wound Care Lead"
    assert f["proposer_department"] == "Home and Community Care"
    assert f["proposer_email"] == "icastellanos@example.org"
    assert f["rationale"].startswith("Wound photos sent to specialists")
    assert f["partner_name"] == "Lakeshore Home Health"
    assert "partner_contact" not in f


def test_boxed_form_never_calls_a_filled_field_missing() -> None:
    # the false-"missing" guard: every required field here has text right after its label
    r = parsers.parse(_boxed_form(), "boxed.pdf")
    for key in REQUIRED_FILLED:
        assert key not in r.missing_required, key
        assert key in r.fields or key in r.uncertain_fields, key


def test_a_mark_left_of_an_option_chooses_that_option() -> None:
    r = parsers.parse(_boxed_form(), "boxed.pdf")
    assert r.fields["request_type"] == "new"
    # the mark sits between "In person" and "Hybrid": the nearer caption, the one after it, is chosen
    assert r.fields["delivery_format"] == "hybrid"
    assert "existing_program_name" not in r.fields


def test_two_text_columns_keep_each_answer_under_its_own_label() -> None:
    left = [("Proposed Title", "Safe Bariatric Transfers"), ("Submitted by", "Tomas Lindqvist"),
            ("Email", "tlindqvist@example.org"), ("Target Learners", "Porters and care aides."),
            ("Rationale / Need", "Transfer injuries are rising on our units."),
            ("Competencies / Skills Targeted", "Planning a transfer; using lift equipment.")]
    right = [("Learning Outcomes", "Choose the right lift for a patient."),
             ("Summative Assessment", "An observed transfer with a checklist."),
             ("Industry / Employment Partner", "Northgate Rehabilitation"),
             ("Endorsement Status", "Letter of support attached"),
             ("Estimated Hours", "6"), ("Proposed Start", "Fall 2026")]
    ops = [_text(56, 760, "Micro-Course / Credential Concept Form", 14)]
    for x, items in ((56, left), (320, right)):
        y = 730.0
        for label, answer in items:
            ops += [_text(x, y, label, 8.5), _text(x, y - 11.5, answer)]
            y -= 31
    r = parsers.parse(_page_pdf(ops), "columns.pdf")
    f = r.fields
    assert f["proposal_title"] == "Safe Bariatric Transfers"
    assert f["proposer_name"] == "Tomas Lindqvist"
    assert f["target_learners"] == "Porters and care aides."
    assert f["summative_assessment"] == "An observed transfer with a checklist."
    assert f["partner_name"] == "Northgate Rehabilitation"
    assert f["estimated_hours"] == 6
    assert not r.missing_required


def test_running_header_and_footer_do_not_cut_an_answer_across_a_page_break() -> None:
    head, foot = "Lakeshore Home Health - CE proposal", "Confidential draft"
    p1 = [head, "Micro-Course / Credential Concept Form", "Proposed Title: Falls Prevention Huddles",
          "Name of Proposer: Ada Okafor", "Email: aokafor@example.org",
          "Target Learners: Nurses and aides on rehabilitation units.", "Rationale / Need:",
          "Falls on our units happen mostly at shift change when", foot, "Page 1 of 2"]
    p2 = [head, "handover is rushed and nobody owns the checklist.", "Competencies / Skills Targeted: Risk screening.",
          "Learning Outcomes: Run a two-minute falls huddle.", "Summative Assessment: Observed huddle.",
          "Industry / Employment Partner: Lakeshore Home Health", foot, "Page 2 of 2"]
    r = parsers.parse(text_pdf([p1, p2]), "running.pdf")
    assert r.fields["rationale"] == ("Falls on our units happen mostly at shift change when handover is rushed "
                                     "and nobody owns the checklist.")
    assert r.fields["competencies"] == "Risk screening."


def _glyph_font_pdf(lines: list[tuple[float, str]]) -> bytes:
    """Text drawn one glyph per BT/ET at its own Tm, in an embedded-style TrueType font without /Widths
    (as some report generators write it), with letter spacing and the spaces drawn as glyphs."""
    from pypdf.generic import DecodedStreamObject, DictionaryObject, FloatObject, NameObject, NumberObject

    writer, _ = _writer_with_font()
    chars = sorted({c for _, t in lines for c in t})
    cmap = ["/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
            "1 begincodespacerange <00> <FF> endcodespacerange", f"{len(chars)} beginbfchar"]
    cmap += [f"<{i + 1:02X}> <{ord(c):04X}>" for i, c in enumerate(chars)]
    cmap += ["endbfchar endcmap end end"]
    tu = DecodedStreamObject()
    tu.set_data("\n".join(cmap).encode("ascii"))
    fd = DictionaryObject({NameObject("/Type"): NameObject("/FontDescriptor"), NameObject("/FontName"): NameObject("/AAAAAA+Sans"),
                           NameObject("/Flags"): NumberObject(4), NameObject("/MissingWidth"): FloatObject(600)})
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/TrueType"),
                             NameObject("/BaseFont"): NameObject("/AAAAAA+Sans"), NameObject("/FirstChar"): NumberObject(0),
                             NameObject("/LastChar"): NumberObject(127), NameObject("/ToUnicode"): writer._add_object(tu),
                             NameObject("/FontDescriptor"): writer._add_object(fd)})
    resources = DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/F2"): writer._add_object(font)})})
    ops = []
    for y, t in lines:
        x = 54.0
        for c in t:
            code = chars.index(c) + 1
            ops.append(f"BT 1 0 0 1 {x:.2f} {y} Tm /F2 9 Tf 10.8 TL <{code:02X}> Tj T* ET")
            x += 7.1 if c not in "il.:,'" else 4.2  # tracked out, wider than the glyphs
    return _page_pdf(ops, resources, writer)


def test_text_drawn_glyph_by_glyph_in_a_font_without_widths_reads_as_words() -> None:
    rows = ["Micro-Course / Credential Concept Form", "Proposed Title: Sepsis Screening at Triage",
            "Name of Proposer: Lena Marsh", "Email: lmarsh@example.org",
            "Target Learners: Emergency nurses.", "Rationale / Need: Sepsis is found late.",
            "Competencies / Skills Targeted: Screening; escalation.", "Learning Outcomes: Use the screening tool.",
            "Summative Assessment: Simulated triage.", "Industry / Employment Partner: Harbour Hospital"]
    r = parsers.parse(_glyph_font_pdf([(740 - 16 * n, t) for n, t in enumerate(rows)]), "glyphs.pdf")
    assert r.is_concept_form
    assert r.fields["proposal_title"] == "Sepsis Screening at Triage"
    assert r.fields["proposer_name"] == "Lena Marsh"
    assert r.fields["partner_name"] == "Harbour Hospital"


def _lines_pdf(pages: list[list[str]], foot: str = "") -> bytes:
    """A form printed as plain lines, with a running footer whose page number changes."""
    return text_pdf([p + ([foot.format(n=n + 1, of=len(pages))] if foot else []) for n, p in enumerate(pages)])


_HEAD = ["Micro-Course / Credential Concept Form", "Proposed Title: Bedside Glucose Testing",
         "Name of Proposer: Rui Tanaka", "Email: rtanaka@example.org",
         "Target Learners: Unit clerks trained as point-of-care testers."]
_TAIL = ["Competencies / Skills Targeted: Meter checks.", "Learning Outcomes: Run a quality-control check.",
         "Summative Assessment: Observed test.", "Industry / Employment Partner: Eastvale Hospital"]


def test_a_running_footer_that_carries_the_page_number_does_not_cut_an_answer() -> None:
    p1 = [*_HEAD, "Rationale / Need: Meters are checked by whoever is", "free, and checks are"]
    p2 = ["often skipped on nights.", *_TAIL]
    r = parsers.parse(_lines_pdf([p1, p2], "Glucose concept - R. Tanaka - Page {n} of {of}"), "footer.pdf")
    assert r.fields["rationale"] == "Meters are checked by whoever is free, and checks are often skipped on nights."


def test_typed_brackets_are_tick_boxes() -> None:
    lines = [*_HEAD, "Rationale / Need: Checks are skipped.", *_TAIL,
             "Delivery Format: ( ) Online   ( ) In person   (x) Hybrid",
             "Endorsement Status: ( ) Confirmed (letter to follow)   (\u2022) Letter of support attached"]
    r = parsers.parse(_lines_pdf([lines]), "brackets.pdf")
    assert r.fields["delivery_format"] == "hybrid"
    assert r.fields["endorsement_status"] == "letter_attached"  # a radio button copied as "(•)"
    assert "delivery_format" not in r.uncertain_fields


def _read_lines(lines: list[str]) -> parsers.ParseResult:
    """PDF text lines as the stream reader hands them on (the box glyphs need a font our PDF helper lacks)."""
    from mailbot_parsers import _result, marks
    from mailbot_parsers.layout import Block
    from mailbot_parsers.sections import extract

    lines = marks.tick_lines([lines], [])[0]
    return _result(extract([Block(text=t, line=True) for t in lines if t.strip()]), "\n".join(lines), "pdf")


def test_options_drawn_with_one_glyph_alike_come_back_uncertain_never_missing() -> None:
    # the print drew each option's box with a glyph the font cannot name: which one is ticked is not shown
    lines = [*_HEAD, "Rationale / Need: Checks are skipped.", *_TAIL, "Type of Request",
             "\x00 New micro-credential", "\x00 Convert an existing program", "\x00 Micro-course",
             "Delivery Format: \u25a0 Online \u25a0 In person \u25a0 Hybrid"]
    r = _read_lines(lines)
    assert r.is_concept_form
    assert "request_type" in r.uncertain_fields and "request_type" not in r.missing_required
    assert "existing_program_name" not in r.fields  # an option caption is not a label
    assert "delivery_format" in r.uncertain_fields  # every option ticked alike


def test_a_box_glued_to_the_label_starts_the_answer() -> None:
    lines = [*_HEAD, "Rationale / Need: Checks are skipped.", *_TAIL,
             "Endorsement Status\u25a1 Letter of support attached \u25a0 Confirmed (letter to follow) \u25a1 None yet",
             "Format \u2612 Online \u25a1 In person \u25a1 Hybrid"]
    r = _read_lines(lines)
    assert r.fields["endorsement_status"] == "confirmed"
    assert r.fields["delivery_format"] == "online"
    assert "delivery_format" not in r.uncertain_fields


def test_answers_right_aligned_apart_from_their_labels_on_the_same_row() -> None:
    # printed from an app: labels at the margin, each answer right-aligned, so answers start at any x
    rows = [("Proposed Title", "Safer Insulin Pens"), ("Name of Proposer", "Dana Whitlock"),
            ("Email", "dwhitlock@example.org"), ("Target Learners", "Ward nurses."),
            ("Rationale / Need", "Pen errors keep happening."), ("Competencies / Skills Targeted", "Pen technique."),
            ("Learning Outcomes", "Give a pen injection safely."), ("Summative Assessment", "Observed injection."),
            ("Industry / Employment Partner", "Riverbend Hospital"), ("Duration (hours)", "6"),
            ("Expected Enrolment per Year", "80")]
    ops = [_text(56, 760, "Micro-Course / Credential Concept Form", 14)]
    for n, (label, answer) in enumerate(rows):
        y = 730 - 18 * n
        ops += [_text(56, y, label), _text(556 - 4.6 * len(answer), y, answer)]
    r = parsers.parse(_page_pdf(ops), "app.pdf")
    f = r.fields
    assert f["proposer_name"] == "Dana Whitlock"
    assert f["estimated_hours"] == 6
    assert f["expected_enrolment"] == 80
    assert not r.missing_required
