"""Small DOCX and PDF files built in code, one per feature the parsers must read.

DOCX parts are written as raw WordprocessingML (the constructs Word itself
writes: content controls, legacy form fields, text boxes, numbering), so a test
shows exactly the XML it exercises. PDFs are written with pypdf generic objects.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

SHARED = Path(__file__).resolve().parent / "data" / "shared"  # the repository's copy (tools/refresh_test_data.py)
CORPUS = SHARED / "corpus"
HOSTILE = SHARED / "hostile"

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:v="urn:schemas-microsoft-com:vml"')

# A filled form's answers, reused by several samples.
ANSWERS: dict[str, str] = {
    "proposal_title": "Wound Care Essentials",
    "proposer_name": "Ada Lovelace",
    "proposer_email": "ada@example.org",
    "target_learners": "Community nurses.",
    "rationale": "Wound care referrals doubled.",
    "competencies": "Wound assessment; dressing selection",
    "summative_assessment": "Observed practical exam.",
    "partner_name": "Northside Home Care",
    "education_plan_alignment": "Community-based care.",
}
LABELS: dict[str, str] = {
    "proposal_title": "Proposed Title", "proposer_name": "Name of Proposer", "proposer_email": "Email",
    "target_learners": "Target Learners", "rationale": "Rationale / Need",
    "competencies": "Competencies / Skills Targeted", "summative_assessment": "Summative Assessment",
    "partner_name": "Industry / Employment Partner", "education_plan_alignment": "Education Plan Alignment",
}


# ---------------------------------------------------------------- DOCX XML --
def run(text: str, bold: bool = False, vanish: bool = False) -> str:
    props = ("<w:b/>" if bold else "") + ("<w:vanish/>" if vanish else "")
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def p(*content: str, style: str | None = None, numbered: bool = False, bold: bool = False) -> str:
    """A paragraph; plain strings become runs, strings starting with '<' are inserted as XML."""
    ppr = ""
    if style or numbered:
        ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "") + (
            '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' if numbered else "") + "</w:pPr>"
    runs = "".join(c if c.startswith("<") else run(c, bold=bold) for c in content)
    return f"<w:p>{ppr}{runs}</w:p>"


def br() -> str:
    return "<w:r><w:br/></w:r>"


def tc(*paras: str, vmerge: str | None = None, span: int = 1) -> str:
    props = (f'<w:gridSpan w:val="{span}"/>' if span > 1 else "") + (
        (f'<w:vMerge w:val="{vmerge}"/>' if vmerge == "restart" else "<w:vMerge/>") if vmerge else "")
    body = "".join(x if x.startswith("<") else p(x) for x in paras) or "<w:p/>"
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{body}</w:tc>"


def tr(*cells: str) -> str:
    return "<w:tr>" + "".join(c if c.startswith("<w:tc") else tc(c) for c in cells) + "</w:tr>"


def table(*rows: str) -> str:
    return '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>' + "".join(rows) + "</w:tbl>"


def sdt(tag: str | None, inner: str, *, placeholder: bool = False, extra_pr: str = "", alias: str = "") -> str:
    """A content control; ``inner`` is run XML (inline) or paragraph XML (block)."""
    pr = (f"<w:alias w:val={quoteattr(alias)}/>" if alias else "") + (
        f'<w:tag w:val="{tag}"/>' if tag else "") + '<w:id w:val="1"/>' + (
        "<w:showingPlcHdr/>" if placeholder else "") + extra_pr
    return f"<w:sdt><w:sdtPr>{pr}</w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>"


def checkbox_sdt(checked: bool, tag: str | None = None, alias: str = "") -> str:
    cb = (f'<w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
          '<w14:checkedState w14:val="2612"/><w14:uncheckedState w14:val="2610"/></w14:checkbox>')
    return sdt(tag, run("☒" if checked else "☐"), extra_pr=cb, alias=alias)


def legacy_text_field(value: str) -> str:
    return ('<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Text1"/><w:textInput/></w:ffData>'
            '</w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run(value) +
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def legacy_checkbox(checked: bool) -> str:
    state = f'<w:checked w:val="{1 if checked else 0}"/>'
    return ('<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Check1"/>'
            f'<w:checkBox><w:sizeAuto/><w:default w:val="0"/>{state}</w:checkBox></w:ffData></w:fldChar></w:r>'
            '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def textbox(*paras: str) -> str:
    """A DrawingML text box with a VML fallback (Word writes both; only one may be read)."""
    body = "".join(x if x.startswith("<") else p(x) for x in paras)
    return ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
            f"<wps:wsp><wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx></wps:wsp>"
            "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>"
            f"<w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>")


def docx(body: str, *, header: str | None = None, footer: str | None = None, comments: str | None = None) -> bytes:
    """A minimal but valid DOCX package around ``body`` (WordprocessingML body content)."""
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}><w:body>{body}<w:sectPr/></w:body></w:document>'
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {NS}>'
              '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/></w:style>'
              "</w:styles>")
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": doc,
        "word/styles.xml": styles,
    }
    if header:
        parts["word/header1.xml"] = f'<?xml version="1.0"?><w:hdr {NS}>{header}</w:hdr>'
    if footer:
        parts["word/footer1.xml"] = f'<?xml version="1.0"?><w:ftr {NS}>{footer}</w:ftr>'
    if comments:
        parts["word/comments.xml"] = f'<?xml version="1.0"?><w:comments {NS}>{comments}</w:comments>'
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(name, text.encode("utf-8"))
    return buf.getvalue()


def two_column_form(answers: dict[str, str] | None = None, extra_rows: str = "") -> bytes:
    """The common shape: one label cell and one answer cell per row."""
    answers = ANSWERS if answers is None else answers
    rows = "".join(tr(LABELS[k], v) for k, v in answers.items())
    return docx(p("Micro-Course / Credential Concept Form", style="Title") + table(rows + extra_rows))


def python_docx_bold_label_form(pairs: list[tuple[str, str]]) -> bytes:
    """Bold label on one line, answer below, written with python-docx as a person would."""
    import docx as python_docx

    d = python_docx.Document()
    d.add_heading("Concept proposal", level=1)
    for label, answer in pairs:
        d.add_paragraph().add_run(label).bold = True
        d.add_paragraph(answer)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def python_docx_table(heading: str, rows: list[tuple[str, str]], closing: str | None = None) -> bytes:
    """A heading, a two-column table (label cell, answer cell) and a closing line, written with python-docx."""
    import docx as python_docx

    d = python_docx.Document()
    d.add_paragraph(heading)
    table = d.add_table(rows=0, cols=2)
    for label, answer in rows:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = answer
    if closing:
        d.add_paragraph(closing)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


# ----------------------------------------------------------------- PDFs ----


def paragraphs_pdf(lines: list[tuple[str, int, bool]], width: float) -> bytes:
    """A one-page PDF of paragraphs (text, font size, bold) set with fpdf2's multi_cell, wrapping at ``width``."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="Letter")
    pdf.add_page()
    pdf.set_left_margin(56)
    pdf.set_xy(56, 56)
    for text, size, bold in lines:
        pdf.set_font("helvetica", "B" if bold else "", size)
        pdf.multi_cell(width, size * 1.3, text)
        pdf.ln(size * 0.4)
    return bytes(pdf.output())
def _writer_with_font():
    from pypdf import PdfWriter
    from pypdf.generic import DictionaryObject, NameObject

    writer = PdfWriter()
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica"),
                             NameObject("/Encoding"): NameObject("/WinAnsiEncoding")})
    resources = DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})})
    return writer, resources


def _esc(s: str) -> str:
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def text_pdf(pages: list[list[str]], title: str = "") -> bytes:
    """A PDF whose text layer has exactly these lines (one Tj per line), as a printed form has."""
    from pypdf.generic import DecodedStreamObject, NameObject

    writer, resources = _writer_with_font()
    for lines in pages:
        page = writer.add_blank_page(612, 792)
        ops = []
        y = 760
        for ln in lines:
            ops.append(f"BT /F1 10 Tf 50 {y} Td ({_esc(ln)}) Tj ET")
            y -= 14
        s = DecodedStreamObject()
        s.set_data("\n".join(ops).encode("cp1252"))
        page[NameObject("/Contents")] = writer._add_object(s)
        page[NameObject("/Resources")] = resources
    if title:
        writer.add_metadata({"/Title": title})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def image_only_pdf(title: str = "") -> bytes:
    """A 'scan': one page that draws nothing but an image XObject, no text layer."""
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject, NumberObject

    writer, _ = _writer_with_font()
    img = DecodedStreamObject()
    img.set_data(bytes([200]) * 16)
    img.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Image"),
                NameObject("/Width"): NumberObject(4), NameObject("/Height"): NumberObject(4),
                NameObject("/ColorSpace"): NameObject("/DeviceGray"), NameObject("/BitsPerComponent"): NumberObject(8)})
    page = writer.add_blank_page(612, 792)
    content = DecodedStreamObject()
    content.set_data(b"q 612 0 0 792 0 0 cm /Im1 Do Q")
    page[NameObject("/Contents")] = writer._add_object(content)
    page[NameObject("/Resources")] = DictionaryObject({NameObject("/XObject"): DictionaryObject({NameObject("/Im1"): writer._add_object(img)})})
    if title:
        writer.add_metadata({"/Title": title})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def acroform_pdf(fields: list[dict]) -> bytes:
    """A fillable PDF. Each field: {"name", "type": "text"|"radio"|"checkbox"|"combo", "value", "tooltip"?, "states"?,
    "options"?, "label"?, "typed"?}. A combo box is editable (the applicant may type a value of their own); each of
    its "options" is a string or an (export value, text shown) pair. "label" is printed left of the widget, "typed"
    on the page inside it (as a viewer's fill-and-sign tool writes an answer over a field it leaves empty)."""
    from pypdf.generic import (ArrayObject, BooleanObject, DictionaryObject, FloatObject, NameObject, NumberObject,
                               TextStringObject)

    writer, resources = _writer_with_font()
    page = writer.add_blank_page(612, 792)
    annots, refs = ArrayObject(), ArrayObject()
    shown: list[str] = []  # labels printed on the page left of their widgets ("label" in a field spec)
    y = 750.0
    for spec in fields:
        d = DictionaryObject({NameObject("/T"): TextStringObject(spec["name"]), NameObject("/Type"): NameObject("/Annot"),
                              NameObject("/Subtype"): NameObject("/Widget"),
                              NameObject("/Rect"): ArrayObject([FloatObject(200), FloatObject(y), FloatObject(500), FloatObject(y + 14)])})
        if spec.get("tooltip"):
            d[NameObject("/TU")] = TextStringObject(spec["tooltip"])
        if spec.get("label"):
            shown.append(f"BT /F1 10 Tf 50 {y + 3} Td ({_esc(spec['label'])}) Tj ET")
        if spec.get("typed"):
            shown.append(f"BT /F1 10 Tf 205 {y + 3} Td ({_esc(spec['typed'])}) Tj ET")
        if spec["type"] == "text":
            d[NameObject("/FT")] = NameObject("/Tx")
            d[NameObject("/V")] = TextStringObject(spec["value"])
        elif spec["type"] == "combo":
            d[NameObject("/FT")] = NameObject("/Ch")
            d[NameObject("/Ff")] = NumberObject((1 << 17) | (1 << 18))  # a combo box, editable
            d[NameObject("/Opt")] = ArrayObject(
                ArrayObject([TextStringObject(o[0]), TextStringObject(o[1])]) if isinstance(o, tuple)
                else TextStringObject(o) for o in spec.get("options", []))
            d[NameObject("/V")] = TextStringObject(spec["value"])
        else:
            d[NameObject("/FT")] = NameObject("/Btn")
            d[NameObject("/Ff")] = NumberObject(49152 if spec["type"] == "radio" else 0)
            d[NameObject("/V")] = NameObject("/" + spec["value"])
            states = spec.get("states", [spec["value"], "Off"])
            d[NameObject("/AP")] = DictionaryObject({NameObject("/N"): DictionaryObject(
                {NameObject("/" + s): DictionaryObject() for s in states})})
        ref = writer._add_object(d)
        annots.append(ref)
        refs.append(ref)
        y -= 20
    page[NameObject("/Annots")] = annots
    page[NameObject("/Resources")] = resources
    if shown:
        from pypdf.generic import DecodedStreamObject

        content = DecodedStreamObject()
        content.set_data("\n".join(shown).encode("cp1252"))
        page[NameObject("/Contents")] = writer._add_object(content)
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject(
        {NameObject("/Fields"): refs, NameObject("/NeedAppearances"): BooleanObject(True)})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def positioned_pdf(runs: list[tuple[float, float, str]], *, size: tuple[float, float] = (612, 792)) -> bytes:
    """A one-page PDF with text drawn at (x, y): a form printed or flattened to positioned text only."""
    return positioned_pages([runs], size=size)


def positioned_pages(pages: list[list[tuple[float, float, str]]], *, size: tuple[float, float] = (612, 792),
                     font: dict | None = None) -> bytes:
    """Pages of text drawn at (x, y), in Helvetica or in ``font`` (a pypdf font dictionary's entries, such as
    the re-encoded fonts of a PostScript print)."""
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject, RectangleObject

    writer, resources = _writer_with_font()
    if font is not None:
        f = DictionaryObject({NameObject("/Type"): NameObject("/Font"), **font})
        resources = DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(f)})})
    for runs in pages:
        page = writer.add_blank_page(*size)
        page[NameObject("/MediaBox")] = RectangleObject([0, 0, *size])
        s = DecodedStreamObject()
        s.set_data("\n".join(f"BT /F1 10 Tf {x} {y} Td ({_esc(t)}) Tj ET" for x, y, t in runs).encode("cp1252"))
        page[NameObject("/Contents")] = writer._add_object(s)
        page[NameObject("/Resources")] = resources
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()
