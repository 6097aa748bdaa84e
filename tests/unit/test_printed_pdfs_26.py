"""Printed PDFs as other people's tools make them: PostScript and typesetting routes (an apostrophe encoded as
"quoteright"), word gaps that pdfium's rectangles get wrong, run-in labels closed by a full stop or by the form's
requirement marker, a label broken mid-row, a print's date stamp at the top of every page.

Every PDF is built here from positioned text, in our own words."""
from __future__ import annotations

import io

import mailbot_parsers as parsers
from mailbot_parsers import leaders, pdftext
from mailbot_parsers.pdf_form import _run_in_label
from mailbot_parsers.pdf_layout import Line, _merge_row
from mailbot_parsers.stream_reading import StreamReading
from tests.parser_samples import _esc, positioned_pages, positioned_pdf, text_pdf


def _postscript_font() -> dict:
    """Times-Roman re-encoded as ps2pdf writes a groff or enscript print: 0x27 named quoteright."""
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, NumberObject

    return {NameObject("/Subtype"): NameObject("/Type1"), NameObject("/BaseFont"): NameObject("/Times-Roman"),
            NameObject("/Encoding"): DictionaryObject({
                NameObject("/Type"): NameObject("/Encoding"),
                NameObject("/BaseEncoding"): NameObject("/WinAnsiEncoding"),
                NameObject("/Differences"): ArrayObject([NumberObject(39), NameObject("/quoteright")])})}


def _page_text(data: bytes) -> str:
    from pypdf import PdfReader

    return pdftext.page_text(PdfReader(io.BytesIO(data)).pages[0])


def test_an_apostrophe_encoded_as_quoteright_at_its_ascii_code_reads_as_typed():
    data = positioned_pages([[(72, 700, "Alignment with Michener's Education Plan: the plan's safety goal")]],
                            font=_postscript_font())
    assert _page_text(data) == "Alignment with Michener's Education Plan: the plan's safety goal"


def test_a_standard_font_named_without_an_encoding_is_read_in_its_own():
    from pypdf.generic import NameObject

    data = positioned_pages([[(72, 700, "Partner's contact: Ines Baptiste")]],
                            font={NameObject("/Subtype"): NameObject("/Type1"),
                                  NameObject("/BaseFont"): NameObject("/Helvetica-Bold")})
    assert _page_text(data) == "Partner's contact: Ines Baptiste"


def test_a_typeset_forms_answers_keep_the_typed_apostrophe():
    rows = ["Proposed Title: Cold Chain Checks for Vaccine Fridges", "Name of Proposer: Ines Baptiste",
            "Email: ibaptiste@example.org", "Target Learners: Clinic nurses' aides",
            "Rationale / Need: Audits found fridges out of range", "Competencies: Logging; alarm response",
            "Learning Outcomes: Read a data logger's record", "Summative Assessment: Observed fridge check",
            "Industry / Employment Partner: Harbourside Public Health",
            "Alignment with Michener's Education Plan: Supports the plan's patient safety goal"]
    data = positioned_pages([[(72, 720 - 16 * n, t) for n, t in enumerate(rows)]], font=_postscript_font())
    result = parsers.parse(data, "cold chain (ps2pdf).pdf")
    assert result.fields["education_plan_alignment"] == "Supports the plan's patient safety goal"


def test_the_text_layer_respaces_words_the_geometry_split_or_joined():
    stream = StreamReading(["Rationale / Need Two near-misses in storage rooms; staff fill dewars",
                            "Date Submitted 19 Nov. 2026"])
    assert stream.reading("Tw o near -misses in storage rooms; stafffill dewars") == \
        "Two near-misses in storage rooms; staff fill dewars"
    assert stream.reading("19 Nov. 2 026") == "19 Nov. 2026"
    assert stream.reading("Michener’ sEducation") == "Michener’ sEducation"  # not in the text layer: as it was


def test_the_text_layer_keeps_the_gap_where_a_label_meets_its_answer():
    stream = StreamReading(["Alignment with the Education Plan [R4]Supports the plan's quality focus"])
    assert stream.reading("Alignment with the Education Plan [R4] Supports the plan’s quality focus") == \
        "Alignment with the Education Plan [R4] Supports the plan's quality focus"


def test_a_letter_spaced_text_layer_is_not_taken_for_word_gaps():
    stream = StreamReading(["T A R G E T  L E A R N E R S"])
    assert stream.reading("TARGET LEARNERS") == "TARGET LEARNERS"


def test_a_piece_found_only_inside_a_longer_word_is_left_alone():
    stream = StreamReading(["Anticoagulation clinic"])
    assert stream.reading("co ag") == "co ag"


def test_a_label_broken_in_two_joins_among_other_rows_runs():
    runs = [Line(0, 77.1, 309, 189.6, 318, "Alignment with Michener’"), Line(0, 77.5, 391, 230, 400, "Competency Framework"),
            Line(0, 190.2, 309.8, 282.9, 318, "s Education Plan [R4]"), Line(0, 77.2, 295, 147, 304, "Delivery Format")]
    texts = sorted(r.text for r in _merge_row(runs))
    assert texts == ["Alignment with Michener’ s Education Plan [R4]", "Competency Framework", "Delivery Format"]


def test_run_in_labels_are_written_with_a_colon():
    assert leaders.run_in_as_colon("Learning Outcomes [R1]. Learners will log readings", _run_in_label) == \
        "Learning Outcomes [R1]: Learners will log readings"
    assert leaders.run_in_as_colon("Resources Required.", _run_in_label, set_apart=True) == "Resources Required:"
    assert leaders.run_in_as_colon("Compétences visées [R1] Choix du site; surveillance", _run_in_label) == \
        "Compétences visées [R1]: Choix du site; surveillance"


def test_a_sentence_an_abbreviation_or_an_answers_last_line_is_no_run_in_label():
    for text in ("Target learners are nurses. They work nights.", "Partner contact M. Armand Diouf", "Education Plan.",
                 "1. Read a data logger", "Summative Assessment [R2]: Observed check"):
        assert leaders.run_in_as_colon(text, _run_in_label) == text


def test_a_typeset_form_with_run_in_labels_reads_its_answers():
    lines = ["Micro-Course / Credential Concept Form",
             "Proposed Title. Cold Chain Checks for Vaccine Fridges",
             "Name of Proposer. Ines Baptiste",
             "Email. ibaptiste@example.org",
             "Target Learners. Clinic nurses and pharmacy assistants",
             "Rationale / Need. Audits found fridges out of range on weekends.",
             "Competencies / Skills Targeted [R1]. Logging; alarm response; stock rotation",
             "Learning Outcomes [R1].",
             "1. Read a data logger",
             "2. Act on an out-of-range alarm",
             "Summative Assessment [R2]. An observed fridge check with a checklist",
             "Industry / Employment Partner [R3]. Harbourside Public Health",
             "Alignment with Michener's Education Plan [R4]. Supports the patient safety goal."]
    result = parsers.parse(text_pdf([lines]), "cold chain (typeset).pdf")
    assert result.fields["competencies"] == "Logging; alarm response; stock rotation"
    assert result.fields["summative_assessment"] == "An observed fridge check with a checklist"
    assert result.fields["partner_name"] == "Harbourside Public Health"


def test_a_prints_date_stamp_on_every_page_is_no_part_of_an_answer():
    first = ["12/02/26", "Proposed Title: Cold Chain Checks for Vaccine Fridges", "Name of Proposer: Ines Baptiste",
             "Email: ibaptiste@example.org", "Target Learners: Clinic nurses",
             "Rationale / Need: Audits found fridges out of range", "Competencies: Logging; alarm response",
             "Learning Outcomes: Read a data logger", "Summative Assessment: Observed fridge check",
             "Industry / Employment Partner: Harbourside Public Health",
             "Alignment with Michener's Education Plan: Supports the patient safety goal."]
    second = ["12/02/26", "Delivery Format: Online", "Estimated Hours: 4"]
    result = parsers.parse(text_pdf([first, second]), "cold chain (enscript).pdf")
    assert result.fields["education_plan_alignment"] == "Supports the patient safety goal."


def test_a_sheet_printed_in_two_columns_under_a_banner_reads_column_by_column():
    left = ["Proposed Title: Cold Chain Checks for", "Vaccine Fridges", "Name of Proposer: Ines Baptiste",
            "Department / Program: Community Health", "Email: ibaptiste@example.org", "Phone: 416-555-0142",
            "Target Learners: Clinic nurses", "Rationale / Need: Audits found fridges out of range",
            "Competencies: Logging; alarm response", "Learning Outcomes: Read a data logger"]
    right = ["Summative Assessment: Observed fridge check", "Industry / Employment Partner: Harbourside Health",
             "Delivery Format: Online", "Proposed Start: March 2028", "Expected Enrolment per Year: 45",
             "Estimated Hours: 4", "Date Submitted: 2026-11-21"]
    runs = [(50, 560, "12/02/26"), (330, 556, "cold_chain_form.txt"), (780, 560, "1")]
    runs += [(40, 520 - 22 * n, t) for n, t in enumerate(left)]
    runs += [(425, 520 - 22 * n, t) for n, t in enumerate(right)]
    result = parsers.parse(positioned_pdf(runs, size=(842, 595)), "cold chain (2 columns).pdf")
    assert result.fields["proposer_department"] == "Community Health"
    assert result.fields["proposed_start"] == "March 2028"
    assert result.fields["expected_enrolment"] == 45
    assert result.fields["submission_date"] == "2026-11-21"


def test_radio_buttons_printed_as_circles_read_as_boxes():
    from mailbot_parsers.marks import radios_as_boxes

    assert radios_as_boxes("Type: ○ New micro-credential ○ Convert ● Micro-course") == \
        "Type: ☐ New micro-credential ☐ Convert ☒ Micro-course"
    assert radios_as_boxes("● Choose the site") == "● Choose the site"  # a bullet


def test_a_label_cell_ending_close_to_an_answer_in_the_answer_column_is_split():
    from mailbot_parsers.label_gaps import _split

    rows = [("Proposed Title", 120, "Cold Chain Checks"), ("Email", 40, "ibaptiste@example.org"),
            ("Phone", 45, "416-555-0142"), ("Department / Program", 110, "Community Health")]
    page = []
    for n, (label, width, answer) in enumerate(rows):
        y = 700 - 14 * n
        page += [Line(0, 58, y, 58 + width, y + 9, label), Line(0, 171.5, y, 300, y + 9, answer)]
    assert _split(page)["Department / Program Community Health"] == "Department / Program: Community Health"


def test_a_label_wrapped_inside_its_parenthesis_reads_as_one_line():
    from mailbot_parsers.pdf_form import _parenthesis_closed

    assert _parenthesis_closed(["Partner (industry /", "employer) [R3]: Harbourside Health", "Phone: 1"]) == \
        ["Partner (industry / employer) [R3]: Harbourside Health", "Phone: 1"]


def test_a_plain_text_prints_blanks_and_crosses_read_as_boxes():
    from mailbot_parsers.marks import radios_as_boxes

    assert radios_as_boxes("Delivery Format: X Online _ In person _ Hybrid") == \
        "Delivery Format: ☒ Online ☐ In person ☐ Hybrid"
    assert radios_as_boxes("Endorsement: ( ) Letter attached (o) Confirmed ( ) None") == \
        "Endorsement: ☐ Letter attached ☒ Confirmed ☐ None"
    assert radios_as_boxes("X Ray imaging of the chest") == "X Ray imaging of the chest"


def test_an_answers_wrapped_line_that_reads_like_a_label_joins_its_answer():
    from mailbot_parsers.label_gaps import joined_wraps

    rows = [("Proposed Title: Carbon Monoxide Screening in the Emergency", 0), ("Department", 13),
            ("Name of Proposer: Ines Baptiste", 17), ("Position / Title: Respiratory Therapist", 17),
            ("Department / Program: Respiratory Therapy", 17), ("Email: ibaptiste@example.org", 17),
            ("Phone: 416-555-0142", 17)]
    page, top = [], 700.0
    for text, pitch in rows:
        top -= pitch
        page.append(Line(0, 72, top - 10, 72 + 5 * len(text), top, text))
    lines = [text for text, _ in rows]
    assert joined_wraps([lines], [page])[0][:2] == [
        "Proposed Title: Carbon Monoxide Screening in the Emergency Department", "Name of Proposer: Ines Baptiste"]
    # set as far apart as the rows, the same line is a label of its own
    spaced = [Line(0, 72, r.y0 - 4, r.x1, r.y1 - 4, r.text) if r.text == "Department" else r for r in page]
    assert joined_wraps([lines], [spaced])[0] == lines


def _text_field(name: str, value: str, label: str = "") -> dict:
    return {"name": name, "type": "text", "value": value, "label": label or name}


_FILLED = [_text_field("ProposedTitle", "Cold Chain Checks for Vaccine Fridges", "Proposed Title"),
           _text_field("ProposerName", "Ines Baptiste", "Name of Proposer"),
           _text_field("Email", "ibaptiste@example.org"), _text_field("TargetLearners", "Clinic nurses", "Target Learners"),
           _text_field("Rationale", "Audits found fridges out of range", "Rationale / Need"),
           _text_field("SummativeAssessment", "Observed fridge check", "Summative Assessment"),
           _text_field("PartnerName", "Harbourside Public Health", "Industry / Employment Partner")]


def test_a_check_box_filled_with_a_numbered_export_state_is_ticked():
    from tests.parser_samples import acroform_pdf

    data = acroform_pdf(_FILLED + [
        {"name": "Format_Online", "type": "checkbox", "value": "Off", "states": ["0", "Off"]},
        {"name": "Format_Hybrid", "type": "checkbox", "value": "0", "states": ["0", "Off"]}])
    assert parsers.parse(data, "cold chain (filled in Preview).pdf").fields["delivery_format"] == "hybrid"


def test_widgets_each_holding_an_outcome_read_together_when_matched_unsurely():
    from tests.parser_samples import acroform_pdf

    data = acroform_pdf(_FILLED + [_text_field("Outcome 1", "Read a data logger"),
                                   _text_field("Outcome 2", "Act on an out-of-range alarm")])
    assert parsers.parse(data, "cold chain (fillable).pdf").fields["learning_outcomes"] == [
        "Read a data logger", "Act on an out-of-range alarm"]


def test_a_bilingual_label_beside_a_widget_is_read_in_the_language_known():
    from tests.parser_samples import acroform_pdf

    data = acroform_pdf(_FILLED + [_text_field("Teilnehmende", "18", "Teilnehmende / Enrolment")])
    assert parsers.parse(data, "Konzeptformular (ausfuellbar).pdf").fields["expected_enrolment"] == 18


def test_a_box_drawn_before_its_caption_but_read_after_it_is_put_back_before():
    from mailbot_parsers.marks import _boxes_as_shown

    page = [Line(0, 239.9, 494.2, 246.4, 500.8, "☐"), Line(0, 250.5, 492.3, 370.3, 501.0, "Letter of support attached"),
            Line(0, 239.9, 482.2, 246.4, 488.8, "☒"), Line(0, 250.5, 481.0, 371.0, 489.0, "Confirmed, letter to follow")]
    assert _boxes_as_shown([" Letter of support attached☐", " Confirmed, letter to follow☒"], page) == \
        ["☐ Letter of support attached", "☒ Confirmed, letter to follow"]


def test_a_ruled_table_with_wide_line_spacing_keeps_each_wrapped_label_whole():
    """fpdf2's table sets the lines inside a cell as far apart as its rows: the borders say where a label ends."""
    from fpdf import FPDF

    rows = [("Proposed Title", "Bedside Glucose Meter Quality Control"), ("Name of Proposer", "Marguerite Oyelaran"),
            ("Email", "moyelaran@example.org"), ("Target Learners", "Nurses who run glucose meters on wards"),
            ("Rationale / Need", "Quality control failures are the most common audit finding"),
            ("Competencies / Skills Targeted [R1]", "Running liquid QC; interpreting QC results; corrective action; "
                                                    "documentation"),
            ("Learning Outcomes [R1]", "1. Run liquid QC on the ward meter\n2. Decide whether a QC result is acceptable"),
            ("Competency Framework Alignment", ""),
            ("Summative Assessment [R2]", "Observed QC run with a checklist"),
            ("Industry / Employment Partner [R3]", "Lakeview General Hospital Laboratory"),
            ("Alignment with Michener's Education Plan [R4]", "Patient safety through quality testing"),
            ("Estimated Hours", "4")]
    pdf = FPDF(format="letter")
    pdf.add_page()
    pdf.set_font("helvetica", "", 10)
    with pdf.table(col_widths=(55, 125), text_align="LEFT") as table:
        for label, answer in rows:
            row = table.row()
            row.cell(label)
            row.cell(answer)
    result = parsers.parse(bytes(pdf.output()), "glucose QC (table print).pdf")
    assert result.fields["competencies"] == "Running liquid QC; interpreting QC results; corrective action; documentation"
    assert result.fields["education_plan_alignment"] == "Patient safety through quality testing"
    assert result.fields.get("competency_framework") is None


def test_a_table_with_two_fields_a_row_reads_each_pair():
    from fpdf import FPDF

    pairs = [(("Name of Proposer", "Tobiah Marsh-Akande"), ("Position / Title", "Physiotherapist")),
             (("Department / Program", "Rehabilitation Services"), ("Email", "tmarsh@example.org")),
             (("Phone", "905-555-0110"), ("Date Submitted", "2026-11-28")),
             (("Estimated Hours", "6"), ("Proposed Start", "Winter 2028"))]
    single = [("Proposed Title", "Safe Use of Bariatric Lifting Equipment"), ("Target Learners", "Support workers"),
              ("Rationale / Need", "Transfer injuries have doubled."), ("Competencies", "Sling fitting; transfers"),
              ("Learning Outcomes", "Fit a sling; perform a transfer"), ("Summative Assessment", "Observed transfer"),
              ("Industry / Employment Partner", "Northshore Long-Term Care Group")]
    pdf = FPDF(format="letter")
    pdf.add_page()
    pdf.set_font("helvetica", "", 9)
    with pdf.table(col_widths=(40, 50, 35, 55), text_align="LEFT") as table:
        for (l1, a1), (l2, a2) in pairs:
            row = table.row()
            for text in (l1, a1, l2, a2):
                row.cell(text)
    pdf.ln(4)
    with pdf.table(col_widths=(60, 120), text_align="LEFT") as table:
        for label, answer in single:
            row = table.row()
            row.cell(label)
            row.cell(answer)
    fields = parsers.parse(bytes(pdf.output()), "bariatric lifts (table print).pdf").fields
    assert fields["proposer_name"] == "Tobiah Marsh-Akande"
    assert fields["proposer_title"] == "Physiotherapist"
    assert fields["proposer_email"] == "tmarsh@example.org"
    assert fields["proposed_start"] == "Winter 2028"


def test_a_page_in_two_columns_that_the_stream_reads_straight_across_is_read_column_by_column():
    from fpdf import FPDF

    left = ["Proposed Title: Wound Vacuum Therapy", "in Home Care", "Name of Proposer: Ines Okafor-Lind",
            "Position / Title: Wound Nurse", "Email: iokafor@example.org", "Phone: 416-555-0109",
            "Target Learners: Home care nurses", "Rationale / Need: Dressing failures lead", "to readmissions.",
            "Competencies / Skills Targeted [R1]:", "Dressing changes; troubleshooting alarms"]
    right = ["Learning Outcomes [R1]:", "1. Change an NPWT dressing", "2. Troubleshoot a pump alarm",
             "Summative Assessment [R2]: Observed dressing change", "Industry / Employment Partner [R3]:",
             "Lakeshore Home Health", "Partner Contact: Rui Tanaka", "Delivery Format: [ ] Online [X] Hybrid",
             "Estimated Hours: 5", "Proposed Start: Fall 2027", "Date Submitted: 2026-11-30"]
    pdf = FPDF(format="letter")
    pdf.add_page()
    pdf.set_font("helvetica", "B", 12)
    pdf.text(40, 40, "Micro-Course / Credential Concept Form")
    pdf.set_font("helvetica", "", 9)
    for i in range(max(len(left), len(right))):  # row by row across both columns, as the stream will read them
        if i < len(left):
            pdf.text(15, 60 + 6 * i, left[i])
        if i < len(right):
            pdf.text(112, 60 + 6 * i, right[i])
    fields = parsers.parse(bytes(pdf.output()), "NPWT (two columns).pdf").fields
    assert fields["proposal_title"] == "Wound Vacuum Therapy in Home Care"
    assert fields["competencies"] == "Dressing changes; troubleshooting alarms"
    assert fields["learning_outcomes"] == ["Change an NPWT dressing", "Troubleshoot a pump alarm"]
    assert fields["partner_name"] == "Lakeshore Home Health"
    assert fields["submission_date"] == "2026-11-30"


def test_a_leader_after_a_requirement_marker_is_a_colon():
    assert leaders.as_colon("Summative Assessment [R2] ........ Observed set-up") == \
        "Summative Assessment [R2]: Observed set-up"


def test_check_boxes_printed_after_their_captions_take_the_caption_left_of_them():
    from pypdf.generic import (ArrayObject, BooleanObject, DecodedStreamObject, DictionaryObject, FloatObject,
                               NameObject, TextStringObject)

    from tests.parser_samples import _writer_with_font

    writer, resources = _writer_with_font()
    page = writer.add_blank_page(612, 792)
    annots, ops = ArrayObject(), []

    def widget(name: str, rect: tuple, value: str, box: bool = False) -> None:
        d = DictionaryObject({NameObject("/T"): TextStringObject(name), NameObject("/Type"): NameObject("/Annot"),
                              NameObject("/Subtype"): NameObject("/Widget"), NameObject("/FT"): NameObject(
                                  "/Btn" if box else "/Tx"),
                              NameObject("/Rect"): ArrayObject([FloatObject(c) for c in rect])})
        if box:
            d[NameObject("/V")] = NameObject("/" + value)
            d[NameObject("/AP")] = DictionaryObject({NameObject("/N"): DictionaryObject(
                {NameObject("/Yes"): DictionaryObject(), NameObject("/Off"): DictionaryObject()})})
        else:
            d[NameObject("/V")] = TextStringObject(value)
        annots.append(writer._add_object(d))

    y = 740
    for n, (label, value) in enumerate([(f["label"], f["value"]) for f in _FILLED], 1):
        ops.append(f"BT /F1 10 Tf 50 {y + 3} Td ({_esc(label)}) Tj ET")
        widget(f"Text{n}", (220, y, 560, y + 14), value)
        y -= 22
    ops.append(f"BT /F1 10 Tf 50 {y + 3} Td (Delivery Format) Tj ET")
    x = 220
    for k, option in enumerate(["Online", "In person", "Hybrid"]):
        ops.append(f"BT /F1 10 Tf {x} {y + 3} Td ({option}) Tj ET")
        w = 5.5 * len(option) + 4
        widget(f"Check Box 2.{k}", (x + w, y, x + w + 12, y + 12), "Yes" if option == "Hybrid" else "Off", box=True)
        x += w + 30
    page[NameObject("/Annots")] = annots
    page[NameObject("/Resources")] = resources
    content = DecodedStreamObject()
    content.set_data("\n".join(ops).encode("cp1252"))
    page[NameObject("/Contents")] = writer._add_object(content)
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject(
        {NameObject("/Fields"): ArrayObject(annots), NameObject("/NeedAppearances"): BooleanObject(True)})
    buf = io.BytesIO()
    writer.write(buf)
    assert parsers.parse(buf.getvalue(), "sterile field (fillable).pdf").fields["delivery_format"] == "hybrid"


def test_a_numbered_table_under_a_title_keeps_its_numbers_out_of_the_labels():
    from fpdf import FPDF

    rows = [("1", "Proposed Title", "Pessary Fitting Basics"), ("2", "Name of Proposer", "Odile Brandt-Mensah"),
            ("3", "Email", "obrandt@example.org"), ("4", "Target Learners", "Registered nurses"),
            ("5", "Rationale / Need", "Long waits for fittings"), ("6", "Competencies", "Sizing; fitting"),
            ("7", "Learning Outcomes", "Fit a ring pessary"), ("8", "Summative Assessment", "Observed fitting"),
            ("9", "Industry / Employment Partner", "Riverside Women's Clinic"),
            ("10", "Alignment with Michener's Education Plan [R4]", "Access to community care")]
    pdf = FPDF(format="letter")
    pdf.add_page()
    pdf.set_font("helvetica", "B", 12)
    pdf.cell(0, 10, "Concept Form", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 9)
    with pdf.table(col_widths=(10, 60, 110), text_align="LEFT") as table:
        for number, label, answer in rows:
            row = table.row()
            for text in (number, label, answer):
                row.cell(text)
    fields = parsers.parse(bytes(pdf.output()), "pessary (numbered table).pdf").fields
    assert fields["proposal_title"] == "Pessary Fitting Basics"
    assert fields["partner_name"] == "Riverside Women's Clinic"
    assert fields["education_plan_alignment"] == "Access to community care"


def test_a_column_of_section_names_before_the_labels_is_no_part_of_a_label():
    from fpdf import FPDF

    rows = [("A. Proposer", "Proposed Title", "Pessary Fitting Basics"), ("", "Name of Proposer", "Odile Brandt-Mensah"),
            ("", "Email", "obrandt@example.org"), ("B. Need", "Target Learners", "Registered nurses"),
            ("", "Rationale / Need", "Long waits for fittings"), ("C. Outcomes", "Competencies / Skills Targeted [R1]",
                                                                    "Assessment; sizing; fitting"),
            ("", "Learning Outcomes [R1]", "Fit a ring pessary"), ("", "Summative Assessment [R2]", "Observed fitting"),
            ("D. Partner", "Industry / Employment Partner [R3]", "Riverside Women's Clinic")]
    pdf = FPDF(format="letter")
    pdf.add_page()
    pdf.set_font("helvetica", "", 9)
    with pdf.table(col_widths=(30, 60, 90), text_align="LEFT") as table:
        for section, label, answer in rows:
            row = table.row()
            for text in (section, label, answer):
                row.cell(text)
    fields = parsers.parse(bytes(pdf.output()), "pessary (sections column).pdf").fields
    assert fields["competencies"] == "Assessment; sizing; fitting"
    assert fields["partner_name"] == "Riverside Women's Clinic"
