"""PDFs whose answers are not in the page's plain text layer: answers typed as annotations over a flat blank form (a
"Fill & Sign" or typewriter tool), a fillable form that leaves drawing its fields to the viewer, a scan made
searchable by OCR, and a typesetter's page (labels wrapped beside a list, accents set over letters, list markers
in a font that names no character for them).

Every PDF is built here, in our own words."""
from __future__ import annotations

import io

import mailbot_parsers as parsers
from mailbot_parsers import annotation_text, pdftext
from mailbot_parsers.empty_answers import shown_empty
from mailbot_parsers.normalise import checkbox_state
from mailbot_parsers.pdf_layout import Line, page_lines, undecoded_marks
from tests.parser_samples import _esc, _writer_with_font, positioned_pages

ROWS = [("Proposed Title", "Safe Handling of Cytotoxic Spills"), ("Name of Proposer", "Odile Brandt-Kamau"),
        ("Email", "o.brandt@example.org"), ("Target Learners", "Pharmacy technicians on oncology units"),
        ("Rationale / Need", "Spill kits are used rarely and staff forget the steps"),
        ("Competencies / Skills Targeted [R1]", "Spill containment; protective equipment; waste handling"),
        ("Learning Outcomes [R1]", "1. Contain a spill within two minutes\r2. Dispose of the waste by the policy"),
        ("Summative Assessment [R2]", "Observed spill drill with a checklist"),
        ("Industry / Employment Partner [R3]", "Lakeshore Cancer Centre"),
        ("Endorsement Status [R3]", "Letter of support attached"),
        ("Alignment with Michener's Education Plan [R4]", "Supports the plan's patient safety goal"),
        ("Type of Request", "New micro-credential")]
TOP, STEP = 740, 40


def _blank_form() -> bytes:
    """The form printed flat: labels down the left, nothing where the answers go."""
    return positioned_pages([[(50, TOP - STEP * n, label) for n, (label, _) in enumerate(ROWS)]])


def _free_text(writer, rect: list[float], contents: str | None = None, **extra):
    from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, TextStringObject

    d = DictionaryObject({NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/FreeText"),
                          NameObject("/Rect"): ArrayObject([FloatObject(v) for v in rect]),
                          NameObject("/DA"): TextStringObject("/Helv 9 Tf 0 0 1 rg")})
    if contents is not None:
        d[NameObject("/Contents")] = TextStringObject(contents)
    for k, v in extra.items():
        d[NameObject("/" + k)] = v
    return writer._add_object(d)


def _annotated(data: bytes, notes: list[dict]) -> bytes:
    """``data`` with annotations added to its first page: each {"rect", "contents"?, and raw entries}."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, NameObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    page = writer.pages[0]
    refs = ArrayObject()
    for note in notes:
        note = dict(note)
        refs.append(note.pop("ref") if "ref" in note else _free_text(writer, note.pop("rect"), note.pop("contents", None), **note))
    page[NameObject("/Annots")] = refs
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def _filled_with_fill_and_sign() -> bytes:
    return _annotated(_blank_form(), [{"rect": [200, TOP - STEP * n - 22, 560, TOP - STEP * n + 10], "contents": answer}
                                      for n, (_, answer) in enumerate(ROWS)])


def test_answers_typed_as_annotations_over_a_flat_form_are_read_where_they_stand():
    result = parsers.parse(_filled_with_fill_and_sign(), "spills - filled with Fill & Sign.pdf")
    assert result.is_concept_form
    assert result.fields["proposer_name"] == "Odile Brandt-Kamau"
    assert result.fields["partner_name"] == "Lakeshore Cancer Centre"
    assert result.fields["learning_outcomes"] == ["Contain a spill within two minutes", "Dispose of the waste by the policy"]
    assert result.fields["request_type"] == "new"
    assert result.missing_required == []


def test_a_form_answered_by_annotations_is_never_called_empty():
    blank = parsers.parse(_blank_form(), "blank.pdf")
    filled = parsers.parse(_filled_with_fill_and_sign(), "filled.pdf")
    assert "partner_name" not in filled.missing_required
    # (the guard's evidence is the page with its annotations on it)
    assert set(filled.missing_required) < set(blank.missing_required) or not blank.missing_required


def test_an_annotation_with_only_rich_text_or_only_an_appearance_is_read():
    from pypdf import PdfReader
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject, TextStringObject, ArrayObject, FloatObject

    writer, resources = _writer_with_font()
    writer.add_blank_page(612, 792)
    rich = _free_text(writer, [200, 600, 500, 630], RC=TextStringObject(
        "<?xml version=\"1.0\"?><body xmlns=\"http://www.w3.org/1999/xhtml\"><p>Phlebotomists &amp; aides</p>"
        "<p>on night shifts</p></body>"))
    ap = DecodedStreamObject()
    ap.set_data(b"BT /F1 9 Tf 2 4 Td (Harbour Street Clinic) Tj ET")
    ap.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
               NameObject("/BBox"): ArrayObject([FloatObject(0), FloatObject(0), FloatObject(300), FloatObject(14)]),
               NameObject("/Resources"): resources})
    drawn = _free_text(writer, [200, 560, 500, 574], AP=DictionaryObject({NameObject("/N"): writer._add_object(ap)}))
    writer.pages[0][NameObject("/Annots")] = ArrayObject([rich, drawn])
    buf = io.BytesIO()
    writer.write(buf)
    notes = annotation_text.page_notes(PdfReader(io.BytesIO(buf.getvalue())).pages[0], 0)
    assert [n.lines for n in notes] == [("Phlebotomists & aides", "on night shifts"), ("Harbour Street Clinic",)]


def test_comments_callouts_and_hidden_annotations_are_not_page_text():
    from pypdf import PdfReader
    from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, NumberObject, TextStringObject

    writer, _ = _writer_with_font()
    writer.add_blank_page(612, 792)
    sticky = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Text"),
        NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (10, 10, 30, 30)]),
        NameObject("/Contents"): TextStringObject("Reviewer: please shorten the rationale")}))
    callout = _free_text(writer, [200, 500, 400, 520], "Is this the right partner?", IT=NameObject("/FreeTextCallout"))
    hidden = _free_text(writer, [200, 450, 400, 470], "old answer", F=NumberObject(2))
    shown = _free_text(writer, [200, 400, 400, 420], "Lakeshore Cancer Centre")
    writer.pages[0][NameObject("/Annots")] = ArrayObject([sticky, callout, hidden, shown])
    buf = io.BytesIO()
    writer.write(buf)
    notes = annotation_text.page_notes(PdfReader(io.BytesIO(buf.getvalue())).pages[0], 0)
    assert [n.text for n in notes] == ["Lakeshore Cancer Centre"]


def test_an_annotations_lines_stand_in_its_rectangle_from_the_top():
    note = annotation_text.Note(0, 200, 500, 500, 540, ("first line", "second line"), 9.0)
    placed = annotation_text.placed_lines(note)
    assert [p[4] for p in placed] == ["first line", "second line"]
    assert all(500 <= p[1] < p[3] <= 540 and 200 <= p[0] < p[2] <= 500 for p in placed)
    assert placed[0][1] > placed[1][1]


def test_a_label_whose_answer_starts_level_with_its_wrapped_last_line_keeps_it():
    rows = [(700, "Proposed Title", "Cold Chain Checks for Vaccine Fridges"), (680, "Name of Proposer", "Ines Baptiste"),
            (660, "Email", "ibaptiste@example.org"), (640, "Target Learners", "Clinic nurses"),
            (570, "Learning Outcomes [R1]", "Read a data logger's record"),
            (550, "Summative Assessment [R2]", "Observed fridge check")]
    runs = [run for y, label, answer in rows for run in ((40, y, label), (200, y, answer))]
    # (the label wraps, and the list in its answer cell starts level with the label's last line)
    runs += [(40, 612, "Competencies / Skills"), (40, 603, "Targeted [R1]"),
             (200, 603, "Reading a data logger;"), (200, 591, "Responding to an alarm"),
             (40, 750, "Micro-Course / Credential Concept Form"), (40, 530, "Industry / Employment Partner [R3]"),
             (200, 530, "Harbourside Public Health"), (40, 510, "Endorsement Status [R3]"), (200, 510, "In discussion")]
    result = parsers.parse(positioned_pages([runs]), "cold chain (LaTeX).pdf")
    assert "competencies" not in result.missing_required
    assert result.fields["competencies"] == "Reading a data logger; Responding to an alarm"


def test_the_empty_answer_guard_reads_a_wrapped_labels_last_line_as_the_label():
    page = [Line(0, 40, 454, 133, 462, "Competencies / Skills", bold=True, size=8),
            Line(0, 40, 445, 97, 453, "Targeted [R1]", bold=True, size=8),
            Line(0, 171, 442, 280, 451, "Preparing agitated saline", size=10),
            Line(0, 40, 372, 142, 380, "Learning Outcomes [R1]", bold=True, size=8)]
    assert not shown_empty([page], "Competencies / Skills", "competencies")


def test_an_accent_set_over_its_letter_reads_as_the_accented_letter():
    from pypdf import PdfReader
    from pypdf.generic import DecodedStreamObject, NameObject

    writer, resources = _writer_with_font()
    page = writer.add_blank_page(612, 792)
    content = DecodedStreamObject()
    # (TeX's OT1 way: the acute, the pen moved back over it, then the letter; WinAnsi 0xB4 is the acute)
    content.set_data(b"BT /F1 10 Tf 72 700 Td [(Name of Proposer: Aur) 28 (\\264) 472 (elie Moreau)] TJ ET")
    page[NameObject("/Contents")] = writer._add_object(content)
    page[NameObject("/Resources")] = resources
    buf = io.BytesIO()
    writer.write(buf)
    data = buf.getvalue()
    assert pdftext.page_text(PdfReader(io.BytesIO(data)).pages[0]) == "Name of Proposer: Aurélie Moreau"
    assert any("Aurélie" in r.text for r in page_lines(data, 1)[0])
    assert pdftext.accented("\u0131", "\u00b4") == "í"  # (over a dotless i)


def test_an_apostrophe_typed_as_an_acute_accent_stays_one():
    data = positioned_pages([[(72, 700, "Alignment with Michener\u00b4s Education Plan")]])
    assert any("Michener\u00b4s" in r.text for r in page_lines(data, 1)[0])


def test_a_list_marker_that_decodes_to_no_character_is_a_bullet():
    assert undecoded_marks("\x88 Preparing agitated saline") == "• Preparing agitated saline"
    assert undecoded_marks("Caf\x88 au lait") == "Caf\x88 au lait"  # (inside a word: undecoded text, kept)


def test_a_typesetters_boxtimes_is_a_ticked_box():
    assert checkbox_state("⊠ Hybrid")[0] is True


def _no_appearance_form() -> bytes:
    """A fillable form whose widgets have no appearance streams (the viewer draws them), check boxes on "/Oui"."""
    from pypdf.generic import (ArrayObject, BooleanObject, DecodedStreamObject, DictionaryObject, FloatObject,
                               NameObject, TextStringObject)

    writer, resources = _writer_with_font()
    page = writer.add_blank_page(612, 792)
    shown, refs = [], ArrayObject()

    def widget(name: str, rect: tuple[float, ...], ft: str, value: str) -> None:
        d = DictionaryObject({NameObject("/T"): TextStringObject(name), NameObject("/Type"): NameObject("/Annot"),
                              NameObject("/Subtype"): NameObject("/Widget"), NameObject("/FT"): NameObject(ft),
                              NameObject("/Rect"): ArrayObject([FloatObject(v) for v in rect]),
                              NameObject("/V"): NameObject("/" + value) if ft == "/Btn" else TextStringObject(value)})
        refs.append(writer._add_object(d))

    texts = [("Titre", "Proposed Title", "Hygiène des mains au bloc"), ("Nom", "Name of Proposer", "Anaïs Morel"),
             ("Courriel", "Email", "a.morel@example.org"), ("Apprenants", "Target Learners", "Infirmières du bloc"),
             ("Justification", "Rationale / Need", "Les audits montrent des oublis"),
             ("Partenaire", "Industry / Employment Partner", "Réseau Santé Nord"),
             ("Evaluation", "Summative Assessment", "Observation directe avec grille")]
    y = 740
    for name, label, value in texts:
        shown.append(f"BT /F1 10 Tf 50 {y + 3} Td ({_esc(label)}) Tj ET")
        widget(name, (200, y, 500, y + 14), "/Tx", value)
        y -= 24
    shown.append(f"BT /F1 10 Tf 50 {y + 3} Td (Type of Request) Tj ET")
    for x, (name, caption, on) in zip((200, 330, 460), (("Nouveau", "New micro-credential", False),
                                                       ("Conversion", "Convert an existing program", False),
                                                       ("Microcours", "Micro-course", True))):
        widget(name, (x, y + 2, x + 10, y + 12), "/Btn", "Oui" if on else "Off")
        shown.append(f"BT /F1 10 Tf {x + 14} {y + 3} Td ({_esc(caption)}) Tj ET")
    content = DecodedStreamObject()
    content.set_data("\n".join(shown).encode("cp1252"))
    page[NameObject("/Contents")] = writer._add_object(content)
    page[NameObject("/Resources")] = resources
    page[NameObject("/Annots")] = refs
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject(
        {NameObject("/Fields"): refs, NameObject("/NeedAppearances"): BooleanObject(True)})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def test_a_check_box_without_appearances_is_the_option_printed_beside_it():
    result = parsers.parse(_no_appearance_form(), "formulaire remplissable.pdf")
    assert result.fields["proposer_name"] == "Anaïs Morel"
    assert result.fields["request_type"] == "micro_course"


def _searchable_scan(lines: list[str]) -> bytes:
    """A page-sized picture with an invisible text layer over it (render mode 3), as OCR software writes one."""
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject, NumberObject

    writer, resources = _writer_with_font()
    img = DecodedStreamObject()
    img.set_data(bytes([230]) * 16)
    img.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Image"),
                NameObject("/Width"): NumberObject(4), NameObject("/Height"): NumberObject(4),
                NameObject("/ColorSpace"): NameObject("/DeviceGray"), NameObject("/BitsPerComponent"): NumberObject(8)})
    page = writer.add_blank_page(612, 792)
    text = "\n".join(f"BT 3 Tr /F1 10 Tf 50 {740 - 18 * n} Td ({_esc(t)}) Tj ET" for n, t in enumerate(lines))
    content = DecodedStreamObject()
    content.set_data(b"q 612 0 0 792 0 0 cm /Im1 Do Q\n" + text.encode("cp1252"))
    page[NameObject("/Contents")] = writer._add_object(content)
    resources[NameObject("/XObject")] = DictionaryObject({NameObject("/Im1"): writer._add_object(img)})
    page[NameObject("/Resources")] = resources
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def test_a_scan_made_searchable_is_read_from_its_ocr_layer_but_nothing_is_sure_or_missing():
    lines = ["Micro-Course / Credential Concept Form", "Proposed Title: Safe Handling of Cytotoxic Spills",
             "Name of Proposer: Odile Brandt-Kamau", "Email: o.brandt@example.org",
             "Target Learners: Pharmacy technicians", "Rationale / Need: Spill kits are rarely used",
             "Learning Outcomes: Contain a spill", "Summative Assessment: Observed drill",
             "Industry / Employment Partner:", "Endorsement Status: Letter of support attached"]
    result = parsers.parse(_searchable_scan(lines), "SCANNED_20261201.pdf")
    assert result.is_concept_form and not result.needs_ocr
    assert result.fields["proposer_name"] == "Odile Brandt-Kamau"
    assert result.missing_required == []  # (a partner OCR did not read may be written on the page)
    assert set(result.fields) <= set(result.uncertain_fields)
    assert "partner_name" in result.uncertain_fields
    assert all(s.confidence < parsers.SURE for k, s in result.sources.items() if k in result.fields)


def test_the_same_text_drawn_visibly_over_a_picture_is_not_taken_for_ocr():
    lines = ["Micro-Course / Credential Concept Form", "Proposed Title: Safe Handling of Cytotoxic Spills",
             "Name of Proposer: Odile Brandt-Kamau", "Email: o.brandt@example.org",
             "Target Learners: Pharmacy technicians", "Rationale / Need: Spill kits are rarely used",
             "Industry / Employment Partner: Lakeshore Cancer Centre"]
    data = _searchable_scan(lines).replace(b"BT 3 Tr", b"BT 0 Tr")
    result = parsers.parse(data, "letterhead background.pdf")
    assert result.fields["proposer_name"] == "Odile Brandt-Kamau"
    assert "proposer_name" not in result.uncertain_fields


def test_a_cid_font_with_an_embedded_encoding_cmap_is_decoded_by_its_codes():
    # (as WeasyPrint writes each font: codes -> CIDs in an embedded CMap, ToUnicode by code, widths by CID)
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /WP-Encod-0 def /CMapType 1 def\n"
            b"1 begincodespacerange\n<0000> <ffff>\nendcodespacerange\n3 begincidchar\n<0024> 36\n<0044> 7\n<0003> 3\n"
            b"endcidchar\nendcmap")
    assert pdftext.parse_cid_cmap(cmap) == {0x24: 36, 0x44: 7, 0x03: 3}
    assert pdftext.parse_cid_cmap(b"1 begincodespacerange\n<0000> <00ff>\nendcodespacerange\n"
                                  b"1 begincidrange\n<0010> <0012> 100\nendcidrange") == {16: 100, 17: 101, 18: 102}
    import pytest

    with pytest.raises(pdftext.Unsupported):
        pdftext.parse_cid_cmap(b"1 begincodespacerange\n<00> <ff>\nendcodespacerange\n1 begincidchar\n<41> 3\nendcidchar")


def test_an_apostrophe_drawn_as_a_piece_of_its_own_stays_inside_its_word():
    from mailbot_parsers.pdf_layout import _pieces_of_words_joined

    row = [Line(0, 55.2, 623.0, 173.0, 632.4, "Alignment with Michener", size=10, base=625.0),
           Line(0, 173.8, 629.6, 175.0, 632.3, "'", size=10, base=625.0),
           Line(0, 176.1, 625.0, 181.0, 630.6, "s", size=10, base=625.0, spaced=True)]
    assert [r.text for r in _pieces_of_words_joined([row])] == ["Alignment with Michener's"]


def test_a_typesetters_hyphenation_break_is_joined_where_the_documents_words_show_it():
    from mailbot_parsers.line_breaks import SOFT_HYPHEN, typeset_breaks, words_of

    text = ["Registered nurses and laboratory technologists", "Apheresis Nursing and Tech-", "nologist Practice",
            "shared decision-", "making with decision-making tools", "Sonography Canada cardiac compe-",
            "tencies", "c.osei-", "ferreira@example.com"]
    words = words_of(text)
    lines = typeset_breaks(text, words)
    assert lines[1] == "Apheresis Nursing and Tech" + SOFT_HYPHEN  # ("technologists" is a word of the document)
    assert lines[3] == "shared decision-"  # ("making" is a word of its own: the compound's hyphen)
    assert lines[5] == "Sonography Canada cardiac compe-"  # (no evidence either way: as drawn)
    assert lines[7] == "c.osei-"  # (an address)


def test_a_latex_answer_broken_at_a_hyphenation_point_reads_whole():
    rows = [(700, "Proposed Title", "Plasma Exchange for Tech-"), (688, None, "nologist Practice"),
            (660, "Name of Proposer", "Ines Baptiste"), (640, "Email", "ibaptiste@example.org"),
            (620, "Target Learners", "Laboratory technologists on the unit"),
            (600, "Summative Assessment", "Observed procedure"), (580, "Industry / Employment Partner", "Northgate Health"),
            (560, "Learning Outcomes", "Prime the device")]
    runs = [(40, 750, "Micro-Course / Credential Concept Form")]
    runs += [run for y, label, answer in rows for run in ([(40, y, label)] if label else []) + [(200, y, answer)]]
    result = parsers.parse(positioned_pages([runs]), "plasma (LaTeX).pdf")
    assert result.fields["proposal_title"] == "Plasma Exchange for Technologist Practice"
