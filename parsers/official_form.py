"""Generate the official blank concept form from the field contract.

    python -m parsers.official_form OUTDIR

writes ``Micro-Course Credential Concept Form.docx`` (a two-column table whose
answer cells are content controls tagged with the field keys; choices are
drop-downs whose values are the codes; the date is a date picker) and
``Micro-Course Credential Concept Form.pdf`` (an AcroForm whose field names are
the keys; choices are radio groups exporting the codes). ``fill_docx`` and
``fill_pdf`` fill them programmatically, which the tests use to prove that a
form made from them parses perfectly.
"""
from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path
from typing import Mapping, cast
from xml.sax.saxutils import escape, quoteattr

from .fields import FIELDS_BY_KEY, Field

BASENAME = "Micro-Course Credential Concept Form"
PLACEHOLDER = "Click or tap here to enter text."
CHOICE_CAPTIONS: dict[str, dict[str, str]] = {
    "request_type": {"new": "New micro-credential", "existing_program": "Convert an existing program",
                     "micro_course": "Micro-course"},
    "endorsement_status": {"letter_attached": "Letter of support enclosed",
                           "confirmed": "Endorsement confirmed (letter to follow)",
                           "in_discussion": "In discussion", "none": "None yet"},
    "delivery_format": {"online": "Online", "in_person": "In person", "hybrid": "Hybrid"},
}
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("A. The proposal and the proposer", ("proposal_title", "proposer_name", "proposer_title", "proposer_department",
                                          "proposer_email", "proposer_phone", "submission_date")),
    ("B. Type of request", ("request_type", "existing_program_name")),
    ("C. Learners and need", ("target_learners", "rationale")),
    ("D. Competencies and outcomes [R1]", ("competencies", "learning_outcomes", "competency_framework")),
    ("E. Assessment [R2]", ("summative_assessment",)),
    ("F. Partner endorsement [R3]", ("partner_name", "partner_contact", "endorsement_status")),
    ("G. Strategic fit [R4]", ("education_plan_alignment",)),
    ("H. Delivery and resources", ("delivery_format", "estimated_hours", "proposed_start", "expected_enrolment",
                                   "resources_required")),
)


def label_of(f: Field) -> str:
    return f.labels[0]


# ---------------------------------------------------------------- DOCX ----
_W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


def _p(text: str, style: str | None = None, bold: bool = False) -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def _control(f: Field, sid: int) -> str:
    pr = [f'<w:alias w:val={quoteattr(label_of(f))}/>', f'<w:tag w:val="{f.key}"/>', f'<w:id w:val="{sid}"/>',
          "<w:showingPlcHdr/>"]
    if f.type == "choice":
        items = "".join(f'<w:listItem w:displayText={quoteattr(cap)} w:value="{code}"/>'
                        for code, cap in CHOICE_CAPTIONS[f.key].items())
        pr.append(f"<w:dropDownList>{items}</w:dropDownList>")
        placeholder = "Choose an item."
    elif f.type == "date":
        pr.append('<w:date><w:dateFormat w:val="MMMM d, yyyy"/><w:lid w:val="en-CA"/></w:date>')
        placeholder = "Click or tap to enter a date."
    else:
        if f.type != "list":
            pr.append('<w:text w:multiLine="1"/>' if f.key not in ("proposal_title", "proposer_email") else "<w:text/>")
        placeholder = PLACEHOLDER
    run = f'<w:r><w:rPr><w:color w:val="808080"/></w:rPr><w:t>{escape(placeholder)}</w:t></w:r>'
    if f.type == "list":
        return f'<w:sdt><w:sdtPr>{"".join(pr)}</w:sdtPr><w:sdtContent><w:p>{run}</w:p></w:sdtContent></w:sdt>'
    return f'<w:p><w:sdt><w:sdtPr>{"".join(pr)}</w:sdtPr><w:sdtContent>{run}</w:sdtContent></w:sdt></w:p>'


def build_docx() -> bytes:
    body = [_p("The Michener Institute of Education at UHN  |  Continuing Education"),
            _p("Micro-Course / Credential Concept Form", "Title"),
            _p("Complete every section and email this form, with any letter of support, to ce@michener.example.")]
    sid = 1000
    for heading, keys in SECTIONS:
        body.append(_p(heading, "Heading2"))
        rows = []
        for key in keys:
            f = FIELDS_BY_KEY[key]
            sid += 1
            label = label_of(f) + (" (if converting an existing program)" if key == "existing_program_name" else "")
            rows.append(
                '<w:tr><w:tc><w:tcPr><w:tcW w:w="2950" w:type="dxa"/><w:shd w:val="clear" w:fill="DEEAF6"/></w:tcPr>'
                f"{_p(label, bold=True)}</w:tc>"
                f'<w:tc><w:tcPr><w:tcW w:w="6690" w:type="dxa"/></w:tcPr>{_control(f, sid)}</w:tc></w:tr>')
        body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
                    '<w:tblGrid><w:gridCol w:w="2950"/><w:gridCol w:w="6690"/></w:tblGrid>' + "".join(rows) + "</w:tbl>")
    body.append(_p("For CE office use only", bold=True))
    body.append(_p("Reference no.:    Date received:    Reviewed by:    Decision:"))
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {_W_NS}><w:body>'
                + "".join(body) + '<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>')
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {_W_NS}>'
              '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
              '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:rPr><w:sz w:val="40"/></w:rPr></w:style>'
              '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/>'
              '<w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>'
              '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>'
              '<w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>'
              '<w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/>'
              "</w:tblBorders></w:tblPr></w:style></w:styles>")
    content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                     '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
                     '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
                     "</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            "</Relationships>")
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
                "</Relationships>")
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Micro-Course / Credential Concept Form</dc:title>'
            "<dc:creator>Michener Continuing Education</dc:creator></cp:coreProperties>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        # fixed timestamps keep the shipped file byte-identical between runs
        for name, text in (("[Content_Types].xml", content_types), ("_rels/.rels", rels),
                           ("word/document.xml", document), ("word/_rels/document.xml.rels", doc_rels),
                           ("word/styles.xml", styles), ("docProps/core.xml", core)):
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))
    return buf.getvalue()


def fill_docx(template: bytes, values: Mapping[str, object]) -> bytes:
    """The official DOCX with its controls filled: text, codes for choices, ISO dates, lists of outcomes."""
    from lxml import etree

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    src = zipfile.ZipFile(io.BytesIO(template))
    root = etree.fromstring(src.read("word/document.xml"))
    for sdt in root.iter(f"{w}sdt"):
        pr = sdt.find(f"{w}sdtPr")
        tag = pr.find(f"{w}tag").get(f"{w}val")
        if tag not in values:
            continue
        value = values[tag]
        f = FIELDS_BY_KEY[tag]
        plc = pr.find(f"{w}showingPlcHdr")
        if plc is not None:
            pr.remove(plc)
        content = sdt.find(f"{w}sdtContent")
        for child in list(content):
            content.remove(child)
        if f.type == "choice":
            texts = [CHOICE_CAPTIONS[tag][str(value)]]
        elif f.type == "date":
            pr.find(f"{w}date").set(f"{w}fullDate", f"{value}T00:00:00Z")
            texts = [str(value)]
        elif isinstance(value, list):
            texts = [str(v) for v in value]
        else:
            texts = [str(value)]
        if f.type == "list":
            for t in texts:
                p = etree.SubElement(content, f"{w}p")
                ppr = etree.SubElement(p, f"{w}pPr")
                num = etree.SubElement(ppr, f"{w}numPr")
                etree.SubElement(num, f"{w}ilvl").set(f"{w}val", "0")
                etree.SubElement(num, f"{w}numId").set(f"{w}val", "1")
                etree.SubElement(etree.SubElement(p, f"{w}r"), f"{w}t").text = t
        else:
            etree.SubElement(etree.SubElement(content, f"{w}r"), f"{w}t").text = texts[0]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for item in src.infolist():
            data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True) \
                if item.filename == "word/document.xml" else src.read(item.filename)
            z.writestr(item, data)
    return out.getvalue()


# ----------------------------------------------------------------- PDF ----
def _pdf_text(s: str) -> str:
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1", "replace").decode("latin-1")


def build_pdf() -> bytes:
    """A two-page fillable PDF: one text field or radio group per key, named by the key."""
    from pypdf import PdfWriter
    from pypdf.generic import (ArrayObject, BooleanObject, DecodedStreamObject, DictionaryObject, FloatObject,
                               NameObject, NumberObject, TextStringObject)

    writer = PdfWriter()
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica"),
                             NameObject("/Encoding"): NameObject("/WinAnsiEncoding")})
    font_ref = writer._add_object(font)
    resources = DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/Helv"): font_ref})})
    fields = ArrayObject()
    layout: list[list[tuple[str, str]]] = [[], []]
    page_no = 0
    y = 700.0
    for heading, keys in SECTIONS:
        need = 24 + sum(60 if FIELDS_BY_KEY[k].type in ("text", "list") and k in _MULTILINE else
                        (18 * len(CHOICE_CAPTIONS.get(k, {})) + 8 if FIELDS_BY_KEY[k].type == "choice" else 26) for k in keys)
        if y - need < 60 and page_no == 0:
            page_no, y = 1, 740.0
        layout[page_no].append(("heading", heading))
        y -= need
        layout[page_no].extend(("field", k) for k in keys)

    def stream(data: str) -> DecodedStreamObject:
        s = DecodedStreamObject()
        s.set_data(data.encode("latin-1"))
        return s

    def box_ap(on: bool) -> object:
        s = stream("0 0 0 RG 0.5 w 0.5 0.5 11 11 re S" + (" 0 0 0 rg 3 3 6 6 re f" if on else ""))
        s.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
                  NameObject("/BBox"): ArrayObject([FloatObject(0), FloatObject(0), FloatObject(12), FloatObject(12)])})
        return writer._add_object(s)

    for pn, items in enumerate(layout):
        page = writer.add_blank_page(612, 792)
        ops = ["BT /Helv 9 Tf 50 760 Td (The Michener Institute of Education at UHN | Continuing Education) Tj ET"]
        if pn == 0:
            ops.append("BT /Helv 16 Tf 50 735 Td (Micro-Course / Credential Concept Form) Tj ET")
            ops.append("BT /Helv 9 Tf 50 718 Td (Type in the boxes, save the PDF and email it to ce@michener.example.) Tj ET")
        y = 700.0 if pn == 0 else 740.0
        annots = ArrayObject()
        for kind, what in items:
            if kind == "heading":
                y -= 6
                ops.append(f"BT /Helv 12 Tf 50 {y:.0f} Td ({_pdf_text(what)}) Tj ET")
                y -= 18
                continue
            f = FIELDS_BY_KEY[what]
            ops.append(f"BT /Helv 10 Tf 50 {y - 12:.0f} Td ({_pdf_text(label_of(f))}) Tj ET")
            if f.type == "choice":
                kids = ArrayObject()
                parent = DictionaryObject({NameObject("/FT"): NameObject("/Btn"), NameObject("/T"): TextStringObject(f.key),
                                           NameObject("/Ff"): NumberObject(49152), NameObject("/V"): NameObject("/Off"),
                                           NameObject("/TU"): TextStringObject(label_of(f))})
                parent_ref = writer._add_object(parent)
                for code, caption in CHOICE_CAPTIONS[f.key].items():
                    ops.append(f"BT /Helv 10 Tf 252 {y - 12:.0f} Td ({_pdf_text(caption)}) Tj ET")
                    widget = DictionaryObject({
                        NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Widget"),
                        NameObject("/Rect"): ArrayObject([FloatObject(235), FloatObject(y - 15), FloatObject(247), FloatObject(y - 3)]),
                        NameObject("/Parent"): parent_ref, NameObject("/AS"): NameObject("/Off"), NameObject("/F"): NumberObject(4),
                        NameObject("/MK"): DictionaryObject({NameObject("/CA"): TextStringObject("l")}),
                        NameObject("/AP"): DictionaryObject({NameObject("/N"): DictionaryObject({
                            NameObject(f"/{code}"): box_ap(True), NameObject("/Off"): box_ap(False)})}),
                    })
                    wref = writer._add_object(widget)
                    kids.append(wref)
                    annots.append(wref)
                    y -= 18
                parent[NameObject("/Kids")] = kids
                fields.append(parent_ref)
                y -= 8
                continue
            multiline = what in _MULTILINE
            height = 54 if multiline else 18
            field = DictionaryObject({
                NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Widget"),
                NameObject("/FT"): NameObject("/Tx"), NameObject("/T"): TextStringObject(f.key),
                NameObject("/TU"): TextStringObject(label_of(f)), NameObject("/F"): NumberObject(4),
                NameObject("/Ff"): NumberObject(4096 if multiline else 0), NameObject("/V"): TextStringObject(""),
                NameObject("/DA"): TextStringObject("/Helv 10 Tf 0 g"),
                NameObject("/Rect"): ArrayObject([FloatObject(230), FloatObject(y - height - 2), FloatObject(562), FloatObject(y - 2)]),
            })
            ref = writer._add_object(field)
            annots.append(ref)
            fields.append(ref)
            y -= height + 8
        if pn == 1:
            ops.append(f"BT /Helv 9 Tf 50 {y - 20:.0f} Td (For CE office use only) Tj ET")
        content = stream("\n".join(ops))
        page[NameObject("/Contents")] = writer._add_object(content)
        page[NameObject("/Resources")] = resources
        page[NameObject("/Annots")] = annots
        for a in annots:
            a.get_object()[NameObject("/P")] = page.indirect_reference
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject({
        NameObject("/Fields"): fields, NameObject("/NeedAppearances"): BooleanObject(True),
        NameObject("/DA"): TextStringObject("/Helv 10 Tf 0 g"), NameObject("/DR"): resources,
    })
    writer.add_metadata({"/Title": "Micro-Course / Credential Concept Form", "/Author": "Michener Continuing Education"})
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


_MULTILINE = frozenset({"target_learners", "rationale", "competencies", "learning_outcomes", "competency_framework",
                        "summative_assessment", "partner_contact", "education_plan_alignment", "resources_required"})


def fill_pdf(template: bytes, values: Mapping[str, object]) -> bytes:
    """The official PDF with /V set on its fields (codes for radio groups, one outcome per line)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(template)))
    acroform = cast(DictionaryObject, writer._root_object["/AcroForm"])  # indexing resolves indirect objects
    for ref in cast(ArrayObject, acroform["/Fields"]):
        fld = ref.get_object()
        key = str(fld["/T"])
        if key not in values:
            continue
        value = values[key]
        if FIELDS_BY_KEY[key].type == "choice":
            fld[NameObject("/V")] = NameObject(f"/{value}")
            for kid in fld.get("/Kids", []):
                k = kid.get_object()
                states = list(k["/AP"]["/N"].keys())
                k[NameObject("/AS")] = NameObject(f"/{value}") if f"/{value}" in states else NameObject("/Off")
        elif isinstance(value, list):
            fld[NameObject("/V")] = TextStringObject("\n".join(f"{n}. {v}" for n, v in enumerate(value, 1)))
        else:
            fld[NameObject("/V")] = TextStringObject(str(value))
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def write_forms(outdir: Path) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    paths = [outdir / f"{BASENAME}.docx", outdir / f"{BASENAME}.pdf"]
    paths[0].write_bytes(build_docx())
    paths[1].write_bytes(build_pdf())
    return paths


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m parsers.official_form OUTDIR", file=sys.stderr)
        return 2
    for p in write_forms(Path(args[0])):
        print(p)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
