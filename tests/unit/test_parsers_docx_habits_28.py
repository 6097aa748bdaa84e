"""DOCX forms as people and programs really fill them in: a portal's HTML export (altChunk), guidance text left in
the answer cells, outlines pasted from an outliner, two boxes ticked for one choice. Each file is built small with
python-docx, with raw XML where python-docx has no API."""
from __future__ import annotations

import io
import re
import zipfile

import docx as python_docx
from docx.shared import RGBColor

import mailbot_parsers as parsers

FORM_ROWS = [
    ("Proposed Title of Micro-Course / Credential", "Point-of-Care Ultrasound Basics"),
    ("Name of Proposer", "Ada Lovelace-Mbeki"),
    ("Email", "ada@example.org"),
    ("Target Learners", "Emergency nurses."),
    ("Rationale / Need", "Bedside scans are delayed at night."),
    ("Competencies / Skills Targeted", "Probe handling; image acquisition"),
    ("Summative Assessment", "Observed scan with a checklist."),
    ("Industry / Employment Partner", "Lakeshore General Hospital"),
    ("Alignment with the Education Plan", "Point-of-care skills for acute care."),
]


def parse(data: bytes) -> parsers.ParseResult:
    return parsers.parse(data, "form.docx")


def _saved(doc: python_docx.document.Document) -> bytes:
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _rewritten(data: bytes, edit: dict[str, object]) -> bytes:
    """The package with parts replaced (bytes / str), edited (a function of the old text) or added."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        names = [i.filename for i in src.infolist()]
        for name in names + [n for n in edit if n not in names]:
            change = edit.get(name)
            if change is None:
                z.writestr(name, src.read(name))
                continue
            new = change(src.read(name).decode("utf-8")) if callable(change) else change
            z.writestr(name, new.encode("utf-8") if isinstance(new, str) else new)
    return out.getvalue()


# -- a portal's export to Word: the body is an HTML altChunk ------------------------------------------------------

def _alt_chunk_docx(html: bytes, target: str = "afchunk.htm") -> bytes:
    base = _saved(python_docx.Document())
    rel = (f'<Relationship Id="rIdAlt1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
           f'aFChunk" Target="{target}"/></Relationships>')
    return _rewritten(base, {
        "word/document.xml": lambda x: re.sub(r"<w:body>.*?(<w:sectPr)", r'<w:body><w:altChunk r:id="rIdAlt1"/>\1',
                                              x, flags=re.S),
        "word/_rels/document.xml.rels": lambda x: x.replace("</Relationships>", rel),
        f"word/{target}": html,
    })


def _html_form(rows: list[tuple[str, str]]) -> str:
    cells = "".join(f'<tr><td style="font-weight:bold">{label}</td><td>{answer}</td></tr>' for label, answer in rows)
    return ("<html><head><meta charset='utf-8'><title>Concept form</title></head><body>"
            f"<h2>Micro-Course / Credential Concept Form</h2><p>Exported from the portal.</p><table>{cells}</table>"
            "</body></html>")


def test_it_reads_a_form_exported_by_a_portal_as_an_html_alt_chunk() -> None:
    rows = [*FORM_ROWS, ("Delivery Format", "&#9744; Online &nbsp; &#9746; Hybrid"),
            ("Learning Outcomes", "<ol><li>Acquire a FAST view.</li><li>Recognise free fluid.</li></ol>")]
    r = parse(_alt_chunk_docx(_html_form(rows).encode()))
    assert r.is_concept_form
    assert r.fields["proposal_title"] == "Point-of-Care Ultrasound Basics"
    assert r.fields["partner_name"] == "Lakeshore General Hospital"
    assert r.fields["delivery_format"] == "hybrid"
    assert r.fields["learning_outcomes"] == ["Acquire a FAST view.", "Recognise free fluid."]
    assert not set(r.uncertain_fields) & set(r.fields)


def test_it_reads_an_alt_chunk_in_the_charset_it_declares_and_a_cell_merged_down() -> None:
    html = _html_form([*FORM_ROWS[:1], ("Name of Proposer", "Zoë Côté"), *FORM_ROWS[2:]]).replace("utf-8", "windows-1252")
    html = html.replace("<table>", '<table><tr><td rowspan="2">Logistics</td><td>Estimated Hours</td><td>12</td></tr>'
                                   "<tr><td>Proposed Start</td><td>May 2027</td></tr>")
    r = parse(_alt_chunk_docx(html.encode("cp1252")))
    assert r.fields["proposer_name"] == "Zoë Côté"
    assert r.fields["estimated_hours"] == 12
    assert r.fields["proposed_start"] == "May 2027"


def test_an_alt_chunk_that_is_missing_or_not_html_reads_as_an_empty_page() -> None:
    base = _alt_chunk_docx(b"PK\x03\x04 not html")
    r = parse(base)
    assert not r.is_concept_form
    gone = _rewritten(_alt_chunk_docx(b"<p>x</p>"), {"word/_rels/document.xml.rels": lambda x: x.replace("rIdAlt1", "rIdX")})
    assert not parse(gone).is_concept_form


# -- the template's guidance left in the answer cells -------------------------------------------------------------

def _form_with_guidance(rows: list[tuple[str, str | None, str]]) -> bytes:
    """A two-column form; each answer cell holds the template's grey italic hint (when given) over the typed text."""
    doc = python_docx.Document()
    doc.add_heading("Micro-Course / Credential Concept Form", 1)
    table = doc.add_table(rows=0, cols=2)
    for label, hint, answer in rows:
        cells = table.add_row().cells
        cells[0].paragraphs[0].add_run(label).bold = True
        para = cells[1].paragraphs[0]
        if hint is not None:
            run = para.add_run(hint)
            run.italic = True
            run.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
            para = cells[1].add_paragraph() if answer else para
        if answer:
            para.add_run(answer)
    return _saved(doc)


def test_guidance_left_above_the_typed_answer_is_not_part_of_it() -> None:
    rows = [(label, f"[Describe: {label.lower()}]", answer) for label, answer in FORM_ROWS]
    r = parse(_form_with_guidance(rows))
    assert not any("[" in v for v in r.fields.values() if isinstance(v, str))
    assert r.fields["rationale"] == "Bedside scans are delayed at night."
    assert r.fields["proposal_title"] == "Point-of-Care Ultrasound Basics"


def test_a_bracketed_hint_alone_is_an_unanswered_cell_and_grey_typed_text_is_an_answer() -> None:
    rows = [(label, None, answer) for label, answer in FORM_ROWS if not label.startswith(("Rationale", "Summative"))]
    rows += [("Rationale / Need", "[Describe the need]", ""),
             # an applicant who typed over the hint writes in its grey: that text is her answer
             ("Summative Assessment", "Observed scan with a checklist.", "")]
    r = parse(_form_with_guidance(rows))
    assert "rationale" not in r.fields and "rationale" in r.missing_required
    assert r.fields["summative_assessment"] == "Observed scan with a checklist."


def test_a_french_partner_answer_a_determiner_is_no_partner() -> None:
    rows = [(label, None, answer) for label, answer in FORM_ROWS if not label.startswith("Industry")]
    rows.append(("Partenaire du milieu / employeur [R3]", "[Nom de l'organisme partenaire]", "À déterminer"))
    r = parse(_form_with_guidance(rows))
    assert "partner_name" not in r.fields


# -- an outline pasted from an outliner: top-level bullets are labels ---------------------------------------------

OUTLINE = [
    (0, "course"), (1, "Pressure Injuries: Staging and Dressings"), (2, "type: micro-course"),
    (0, "me"), (1, "Ada Lovelace-Mbeki"), (2, "Community Nurse Educator"), (2, "ada@example.org"),
    (0, "why"), (1, "referrals for chronic wounds doubled since 2024"),
    (0, "who"), (1, "home care nurses and personal support workers"),
    (0, "skills"), (1, "wound assessment"), (1, "dressing selection"),
    (0, "outcomes"), (1, "measure and stage a pressure injury"), (1, "choose a dressing for an exuding wound"),
    (1, "teach a family to change a simple dressing"),
    (0, "assessment"), (1, "observed home visit with a checklist"),
    (0, "partner"), (1, "Northside Home Care – letter attached"),
    (0, "Ed Plan"), (1, "community-based care"),
]


def _outline_docx(items: list[tuple[int, str]]) -> bytes:
    doc = python_docx.Document()
    for level, text in items:
        doc.add_paragraph(text, style="List Bullet" if level == 0 else f"List Bullet {level + 1}")
    return _saved(doc)


def test_an_outline_reads_its_top_level_bullets_as_labels_and_the_bullets_under_them_as_answers() -> None:
    r = parse(_outline_docx(OUTLINE))
    assert r.is_concept_form
    assert r.fields["proposal_title"] == "Pressure Injuries: Staging and Dressings"
    assert r.fields["request_type"] == "micro_course"
    assert r.fields["target_learners"] == "home care nurses and personal support workers"
    assert r.fields["learning_outcomes"] == ["measure and stage a pressure injury", "choose a dressing for an exuding wound",
                                             "teach a family to change a simple dressing"]
    assert r.fields["education_plan_alignment"] == "community-based care"
    assert r.fields["proposer_email"] == "ada@example.org"


def test_a_list_with_a_sub_point_or_two_is_no_outline() -> None:
    from mailbot_parsers.layout import Block
    from mailbot_parsers.outline import fold

    items = [Block(text="Bring a laptop.", list_item=True), Block(text="charged", list_item=True),
             Block(text="Read chapter 2.", list_item=True), Block(text="Arrive early.", list_item=True)]
    levels = {id(items[0]): 0, id(items[1]): 1, id(items[2]): 0, id(items[3]): 0}
    assert fold(items, levels) == items


# -- a brochure's pull quote and a canvas's boxes -------------------------------------------------------------------

_PULL_QUOTE = ('<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
               'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
               'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
               'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
               '<mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>'
               '<w:txbxContent><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData>'
               '</a:graphic></wp:anchor></w:drawing></mc:Choice></mc:AlternateContent></w:r>')


def test_a_floating_pull_quote_that_repeats_the_text_is_decoration() -> None:
    doc = python_docx.Document()
    doc.add_heading("Wound care for home care nurses", 1)
    for label, answer in FORM_ROWS:
        doc.add_heading(label, 3)
        doc.add_paragraph(answer)
    data = _rewritten(_saved(doc), {"word/document.xml": lambda x: x.replace(
        "<w:t>Bedside scans are delayed at night.</w:t></w:r>",
        "<w:t>Bedside scans are delayed at night.</w:t></w:r>" + _PULL_QUOTE.format("“Scans are delayed at night.”"), 1)})
    r = parse(data)
    assert r.fields["rationale"] == "Bedside scans are delayed at night."


def test_a_canvas_box_reads_its_bold_heading_as_the_label_of_the_rest_of_the_cell() -> None:
    from mailbot_parsers.label_cells import headed_cell
    from mailbot_parsers.layout import Block

    box = [Block(text="Partner", bold=True), Block(text="Lakeshore General Hospital – letter in discussion")]
    pair = headed_cell(box)
    assert pair is not None and pair.pair_label == "Partner" and pair.answer == box[1:]
    assert headed_cell([Block(text="Partner", bold=True), Block(text="Contact", bold=True)]) is None
    assert headed_cell([Block(text="A sentence in bold that runs on for a while.", bold=True), Block(text="x")]) is None


def test_a_mind_map_exported_as_numbered_headings_reads_each_branch_as_a_label_and_its_sub_branches_as_answer() -> None:
    doc = python_docx.Document()
    doc.add_heading("Pressure Injuries: Staging and Dressings", 0)
    branches = [("Why?", ["Referrals for chronic wounds doubled since 2024"]),
                ("Who", ["Home care nurses and personal support workers"]),
                ("Outcomes", ["Stage a pressure injury", "Choose a dressing", "Teach a family member"]),
                ("Assessment", ["Observed home visit with a checklist"]),
                ("Partner", ["Northside Health Alliance"]),
                ("Ed Plan fit", ["TODO – ask the chair"])]
    for n, (label, subs) in enumerate(branches, 1):
        doc.add_heading(f"{n} {label}", 1)
        for k, sub in enumerate(subs, 1):
            doc.add_heading(f"{n}.{k} {sub}", 2)
    r = parse(_saved(doc))
    assert r.is_concept_form
    assert r.fields["learning_outcomes"] == ["Stage a pressure injury", "Choose a dressing", "Teach a family member"]
    assert r.fields["summative_assessment"] == "Observed home visit with a checklist"
    assert r.fields["partner_name"] == "Northside Health Alliance"
    assert "education_plan_alignment" not in r.fields  # "TODO – ..." is the writer's task, no answer


def test_headings_over_headings_that_are_not_numbered_under_them_stay_headings() -> None:
    from mailbot_parsers.layout import Block
    from mailbot_parsers.outline import fold_headings

    blocks = [Block(text=t, heading=h) for t, h in
              (("1 About you", 1), ("Name", 2), ("2 Course", 1), ("Title", 2), ("3 Partner", 1), ("Organisation", 2))]
    assert fold_headings(blocks) == blocks


# -- content controls bound to a custom XML part, no tags ---------------------------------------------------------

def _bound_control(element: str, shown: str) -> str:
    return ('<w:sdt><w:sdtPr><w:id w:val="7"/><w:dataBinding w:prefixMappings="xmlns:cf=\'urn:example:form\'" '
            f'w:xpath="/cf:form[1]/cf:{element}[1]" w:storeItemID="{{6B0D3C5E-2F4A-4B7E-9C31-0A5D8E7F1C22}}"/>'
            f'<w:text/></w:sdtPr><w:sdtContent><w:r><w:t>{shown}</w:t></w:r></w:sdtContent></w:sdt>')


def test_a_control_bound_to_custom_xml_with_no_visible_label_is_read_as_a_weak_value() -> None:
    doc = python_docx.Document()
    doc.add_heading("Micro-Course / Credential Concept Form", 1)
    table = doc.add_table(rows=0, cols=2)
    for label, answer in FORM_ROWS:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, answer
    doc.add_paragraph("BOUND-HOURS")
    doc.add_paragraph("BOUND-TITLE")
    data = _rewritten(_saved(doc), {"word/document.xml": lambda x: x.replace(
        "<w:r><w:t>BOUND-HOURS</w:t></w:r>", _bound_control("estimated_hours", "14")).replace(
        "<w:r><w:t>BOUND-TITLE</w:t></w:r>", _bound_control("proposal_title", "A title the control shows"))})
    r = parse(data)
    # no label on the page: the binding's element name says which field (below a label's or a tag's confidence)
    assert r.fields["estimated_hours"] == 14 and r.sources["estimated_hours"].confidence < 1.0
    # the visible label's answer wins over a binding's
    assert r.fields["proposal_title"] == "Point-of-Care Ultrasound Basics"


# -- tracked changes left on, reviewer comments ---------------------------------------------------------------------

_INS = '<w:ins w:id="{n}" w:author="B. Reviewer" w:date="2026-11-30T10:00:00Z"><w:r><w:t xml:space="preserve">{t}</w:t></w:r></w:ins>'
_DEL = ('<w:del w:id="{n}" w:author="B. Reviewer" w:date="2026-11-30T10:00:00Z"><w:r><w:delText xml:space="preserve">{t}'
        '</w:delText></w:r></w:del>')


def _tracked_form() -> bytes:
    doc = python_docx.Document()
    doc.add_heading("Micro-Course / Credential Concept Form", 1)
    table = doc.add_table(rows=0, cols=2)
    for label, answer in [*FORM_ROWS, ("Estimated Hours", "HOURS"), ("Learning Outcomes", "OUTCOMES"), ("Notes", "NOTES")]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, answer
    comment = ('<w:commentRangeStart w:id="0"/><w:r><w:t>Bedside scans are delayed at night.</w:t></w:r>'
               '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>')
    moved = ('<w:p><w:moveFromRangeStart w:id="20" w:name="m1"/><w:moveFrom w:id="21"><w:r><w:t>Recognise free fluid.</w:t>'
             '</w:r></w:moveFrom><w:moveFromRangeEnd w:id="20"/></w:p>')
    outcomes = ('<w:p><w:moveToRangeStart w:id="22" w:name="m1"/><w:moveTo w:id="23"><w:r><w:t>Recognise free fluid.</w:t>'
                '</w:r></w:moveTo><w:moveToRangeEnd w:id="22"/></w:p><w:p><w:r><w:t>Acquire a FAST view.</w:t></w:r></w:p>'
                + moved)

    def edit(x: str) -> str:
        x = x.replace("<w:r><w:t>HOURS</w:t></w:r>", _DEL.format(n=1, t="24") + _INS.format(n=2, t="20"))
        x = x.replace("<w:r><w:t>Bedside scans are delayed at night.</w:t></w:r>", comment)
        x = re.sub(r"<w:p>(?:(?!<w:p>).)*?OUTCOMES</w:t></w:r></w:p>", outcomes, x, flags=re.S)
        # the old Notes row deleted with tracking: its row and its text are marked deleted
        x = re.sub(r"<w:tr>((?:(?!<w:tr>).)*?)<w:t>Notes</w:t>(.*?)<w:t>NOTES</w:t>(.*?)</w:tr>",
                   lambda m: "<w:tr><w:trPr>" + _DEL.format(n=5, t="").split("<w:r>")[0] + "</w:del></w:trPr>"
                   + m.group(1) + "<w:delText>Notes</w:delText>" + m.group(2) + "<w:delText>NOTES</w:delText>" + m.group(3)
                   + "</w:tr>", x, flags=re.S)
        return x

    comments = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="http://schemas.openxmlformats.'
                'org/wordprocessingml/2006/main"><w:comment w:id="0" w:author="B. Reviewer"><w:p><w:r><w:t>Rationale: '
                'cite the 2025 audit here, and say the hours are 30.</w:t></w:r></w:p></w:comment></w:comments>')
    return _rewritten(_saved(doc), {"word/document.xml": edit, "word/comments.xml": comments})


def test_tracked_changes_are_read_as_if_accepted_and_comments_are_never_answers() -> None:
    r = parse(_tracked_form())
    assert r.fields["estimated_hours"] == 20  # "24" deleted, "20" inserted
    assert r.fields["learning_outcomes"] == ["Recognise free fluid.", "Acquire a FAST view."]  # moved to the top
    assert r.fields["rationale"] == "Bedside scans are delayed at night."
    assert "audit" not in " ".join(str(v) for v in r.fields.values())


def test_a_row_deleted_with_tracking_is_gone_even_where_its_text_is_not_marked() -> None:
    doc = python_docx.Document()
    doc.add_heading("Micro-Course / Credential Concept Form", 1)
    table = doc.add_table(rows=0, cols=2)
    for label, answer in [*FORM_ROWS, ("Industry / Employment Partner", "Old Partner Hospital")]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, answer
    data = _rewritten(_saved(doc), {"word/document.xml": lambda x: re.sub(
        r"<w:tr>(?=(?:(?!<w:tr>).)*Old Partner Hospital)",
        '<w:tr><w:trPr><w:del w:id="9" w:author="B. Reviewer" w:date="2026-11-30T10:00:00Z"/></w:trPr>', x, flags=re.S)})
    r = parse(data)
    assert r.fields["partner_name"] == "Lakeshore General Hospital"
    assert "partner_name" not in r.uncertain_fields


def test_two_boxes_ticked_for_one_choice_is_never_a_confident_pick() -> None:
    doc = python_docx.Document()
    doc.add_heading("Micro-Course / Credential Concept Form", 1)
    table = doc.add_table(rows=0, cols=2)
    for label, answer in [*FORM_ROWS, ("Type of Request", "☒ New micro-credential   ☐ Convert an existing program   ☒ Micro-course")]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, answer
    r = parse(_saved(doc))
    assert "request_type" in r.uncertain_fields


def test_a_canvas_title_drops_the_name_of_the_page_kind_before_its_colon() -> None:
    doc = python_docx.Document()
    doc.add_paragraph().add_run("Micro-credential on a page: Pressure Injury Staging for Home Care").bold = True
    table = doc.add_table(rows=0, cols=2)
    for label, answer in FORM_ROWS[1:]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, answer
    r = parse(_saved(doc))
    assert r.fields["proposal_title"] == "Pressure Injury Staging for Home Care"


def test_a_footnote_in_an_answer_adds_neither_its_number_nor_its_text() -> None:
    doc = python_docx.Document()
    doc.add_heading("Micro-Course / Credential Concept Form", 1)
    table = doc.add_table(rows=0, cols=2)
    for label, answer in FORM_ROWS:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, answer
    ref = ('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr>'
           '<w:footnoteReference w:id="1"/></w:r>')
    notes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="http://schemas.openxmlformats.'
             'org/wordprocessingml/2006/main"><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t> Night audit '
             '2025, table 3.</w:t></w:r></w:p></w:footnote></w:footnotes>')
    data = _rewritten(_saved(doc), {
        "word/document.xml": lambda x: x.replace("<w:t>Bedside scans are delayed at night.</w:t></w:r>",
                                                 "<w:t>Bedside scans are delayed at night.</w:t></w:r>" + ref),
        "word/footnotes.xml": notes})
    r = parse(data)
    assert r.fields["rationale"] == "Bedside scans are delayed at night."


def test_a_french_form_asks_for_the_education_plan_as_its_harmonisation() -> None:
    rows = [(label, None, answer) for label, answer in FORM_ROWS if not label.startswith(("Alignment", "Summative"))]
    rows += [("Évaluation sommative [R2]", None, ""),
             ("Harmonisation avec le plan d’enseignement de Michener [R4]", None, "Répond à l’objectif de parcours courts.")]
    r = parse(_form_with_guidance(rows))
    assert r.fields["education_plan_alignment"] == "Répond à l’objectif de parcours courts."
    assert "summative_assessment" not in r.fields


def test_a_subject_line_names_the_proposal_in_quotes_after_its_kind() -> None:
    from mailbot_parsers.sections import _subject_title

    assert _subject_title("Proposition d'un microcours : « Approche tenant compte des traumatismes ».") == \
        "Approche tenant compte des traumatismes"
    assert _subject_title("Micro-course proposal – “Wound Care Basics”") == "Wound Care Basics"
    assert _subject_title("Wound Care: Basics") == "Wound Care: Basics"


def test_a_start_named_inside_a_list_run_on_with_semicolons_ends_at_its_semicolon() -> None:
    doc = python_docx.Document()
    doc.add_heading("Micro-Course / Credential Concept Form", 1)
    table = doc.add_table(rows=0, cols=2)
    for label, answer in [*FORM_ROWS, ("Modalités", "en ligne; début souhaité : Printemps 2027; environ 150 personnes par année.")]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, answer
    r = parse(_saved(doc))
    assert r.fields["proposed_start"] == "Printemps 2027"
    assert r.fields["expected_enrolment"] == 150
