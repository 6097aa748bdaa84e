"""Renderers for round 15a (blind). Each document is a dict from tuning_data.py / heldout_data.py."""
import json, os, re, shutil, subprocess, tempfile
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.oxml.ns import qn
from docx.oxml import parse_xml

REQUIRED = ["proposal_title", "proposer_name", "proposer_email", "request_type", "target_learners", "rationale",
            "competencies", "learning_outcomes", "summative_assessment", "partner_name", "endorsement_status",
            "education_plan_alignment"]
KEYS = REQUIRED + ["proposer_title", "proposer_department", "proposer_phone", "competency_framework", "partner_contact",
                   "delivery_format", "estimated_hours", "proposed_start", "expected_enrolment", "resources_required",
                   "existing_program_name", "submission_date"]
FORM_TITLE = "Micro-Course / Credential Concept Form"
FOOT = "Michener Institute of Education at UHN · Continuing Education · Concept Form v3.1"


def missing(fields):
    m = [k for k in REQUIRED if k not in fields]
    if fields.get("request_type") == "existing_program" and "existing_program_name" not in fields:
        m.append("existing_program_name")
    return m


def write_expected(doc, outdir, fname):
    exp = {"is_concept_form": doc["shape"] != "7", "shape": doc["shape"],
           "fields": doc["exp"] if doc["shape"] != "7" else {},
           "missing_required": missing(doc["exp"]) if doc["shape"] != "7" else [],
           "needs_manual_review": False, "notes": doc["notes"]}
    with open(os.path.join(outdir, fname + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)
        f.write("\n")


def _cell_fill(cell, ans, font=None):
    cell.text = ""
    p = cell.paragraphs[0]
    if ans is None or ans == "":
        return
    items = ans if isinstance(ans, list) else ans.split("\n")
    for i, it in enumerate(items):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(it)
        if font:
            r.font.name = font


def docx_table_form(doc, path, font=None, grey_hints=False):
    """G1: Word-style official form, two-column table (label cell | answer cell)."""
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font or "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.footer.paragraphs[0].text = FOOT
    hp = sec.header.paragraphs[0]
    hp.text = "Continuing Education – Michener Institute"
    d.add_heading(doc.get("form_title", FORM_TITLE), level=1)
    for p in doc.get("intro", []):
        d.add_paragraph(p).runs[0].italic = True
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for row in doc["rows"]:
        if row[0] == "§":
            c = t.add_row().cells
            m = c[0].merge(c[1])
            m.text = row[1]
            m.paragraphs[0].runs[0].bold = True
            m._tc.get_or_add_tcPr().append(parse_xml(
                '<w:shd xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:val="clear" w:color="auto" w:fill="D9E2F3"/>'))
            continue
        label, ans = row[0], row[1]
        c = t.add_row().cells
        c[0].text = ""
        lines = label.split("\n")
        r = c[0].paragraphs[0].add_run(lines[0])
        r.bold = True
        for extra in lines[1:]:
            rr = c[0].add_paragraph().add_run(extra)
            if grey_hints:
                rr.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
                rr.font.size = Pt(8)
        _cell_fill(c[1], ans)
    for row in t.rows:
        row.cells[0].width = Cm(6)
        row.cells[1].width = Cm(11)
    for p in doc.get("after", []):
        d.add_paragraph(p)
    d.save(path)


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def soffice(src, fmt, outdir):
    prof = tempfile.mkdtemp(prefix="lo15a_")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, capture_output=True, timeout=180)
    shutil.rmtree(prof, ignore_errors=True)


def lo_table_form(doc, path):
    """G2: the form retyped as an HTML table in LibreOffice and saved as DOCX by LibreOffice:
    label row (bold, shaded) with the answer in the row below."""
    h = ['<html><head><meta charset="utf-8"><style>body{font-family:"Liberation Sans";font-size:10pt}'
         'td{border:1px solid #000;padding:3pt;vertical-align:top}</style></head><body>']
    h.append(f'<h2>{html_escape(doc.get("form_title", FORM_TITLE))}</h2>')
    for p in doc.get("intro", []):
        h.append(f"<p><i>{html_escape(p)}</i></p>")
    h.append('<table width="100%" cellspacing="0">')
    for row in doc["rows"]:
        if row[0] == "§":
            h.append(f'<tr><td bgcolor="#cccccc"><b>{html_escape(row[1])}</b></td></tr>')
            continue
        label, ans = row[0], row[1]
        h.append(f'<tr><td bgcolor="#eeeeee"><b>{"<br>".join(html_escape(x) for x in label.split(chr(10)))}</b></td></tr>')
        if isinstance(ans, list):
            body = "".join(f"<p>{html_escape(x)}</p>" for x in ans)
        else:
            body = "".join(f"<p>{html_escape(x)}</p>" for x in (ans or "").split("\n")) or "<p></p>"
        h.append(f"<tr><td>{body}</td></tr>")
    h.append("</table>")
    for p in doc.get("after", []):
        h.append(f"<p>{html_escape(p)}</p>")
    h.append("</body></html>")
    tmp = tempfile.mkdtemp(prefix="g2_")
    stem = "form"
    src = os.path.join(tmp, stem + ".html")
    open(src, "w", encoding="utf-8").write("\n".join(h))
    soffice(src, 'docx:MS Word 2007 XML', tmp)
    shutil.move(os.path.join(tmp, stem + ".docx"), path)
    shutil.rmtree(tmp, ignore_errors=True)


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
PLACEHOLDER = "Click or tap here to enter text."


def _sdt_run(tag, text, kind="text", items=None, idn=1):
    shown = text if text else PLACEHOLDER
    showing = "" if text else "<w:showingPlcHdr/>"
    rpr = "" if text else '<w:rPr><w:color w:val="808080"/></w:rPr>'
    if kind == "drop":
        li = "".join(f'<w:listItem w:displayText="{html_escape(a)}" w:value="{html_escape(b)}"/>' for a, b in items)
        extra = f"<w:dropDownList>{li}</w:dropDownList>"
    elif kind == "date":
        extra = f'<w:date w:fullDate="{items}T00:00:00Z"><w:dateFormat w:val="MMMM d, yyyy"/><w:lid w:val="en-CA"/></w:date>'
    else:
        extra = "<w:text w:multiLine=\"1\"/>"
    runs = []
    for i, line in enumerate(shown.split("\n")):
        if i:
            runs.append(f"<w:r>{rpr}<w:br/></w:r>")
        runs.append(f'<w:r>{rpr}<w:t xml:space="preserve">{html_escape(line)}</w:t></w:r>')
    return (f'<w:sdt {W}><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:id w:val="{idn}"/>{showing}{extra}</w:sdtPr>'
            f'<w:sdtContent>{"".join(runs)}</w:sdtContent></w:sdt>')


def _sdt_check(tag, checked, idn):
    ch = "☒" if checked else "☐"
    return (f'<w:sdt {W}><w:sdtPr><w:tag w:val="{tag}"/><w:id w:val="{idn}"/><w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
            f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
            f'<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic" w:eastAsia="MS Gothic"/></w:rPr><w:t>{ch}</w:t></w:r></w:sdtContent></w:sdt>')


def cc_form(doc, path):
    """G3: official form with Word content controls tagged with the keys, inside a two-column table.
    rows: (label, value, tag) / (label, value, tag, 'drop', items) / (label, [(text, checked, tag)], None, 'checks')
    / (label, value, tag, 'date', iso). Text typed outside a control goes in an optional 5th element 'loose'."""
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    d.sections[0].footer.paragraphs[0].text = FOOT
    d.add_heading(doc.get("form_title", FORM_TITLE), level=1)
    for p in doc.get("intro", []):
        d.add_paragraph(p)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    idn = 100
    for row in doc["rows"]:
        c = t.add_row().cells
        if row[0] == "§":
            m = c[0].merge(c[1]); m.text = row[1]; m.paragraphs[0].runs[0].bold = True
            continue
        label = row[0]
        c[0].text = ""
        c[0].paragraphs[0].add_run(label).bold = True
        p = c[1].paragraphs[0]
        kind = row[3] if len(row) > 3 else "text"
        idn += 1
        if kind == "checks":
            for j, (txt, chk, tag) in enumerate(row[1]):
                pp = p if j == 0 else c[1].add_paragraph()
                pp._p.append(parse_xml(_sdt_check(tag, chk, idn + j)))
                pp.add_run(" " + txt)
            idn += 10
        elif kind == "loose":
            p.add_run(row[1])
        elif kind == "list":
            for j, it in enumerate(row[1]):
                pp = p if j == 0 else c[1].add_paragraph()
                pp.add_run(f"{j+1}. {it}")
        else:
            x = _sdt_run(row[2], row[1], kind, row[4] if len(row) > 4 else None, idn)
            p._p.append(parse_xml(x))
    d.save(path)


def flattened_pdf(doc, path):
    """G5 (second route): a filled fillable form flattened ('Print to PDF' of the filled form): values drawn in the boxes
    as page text, no fields left; ticks drawn as X."""
    fillable_pdf(doc, path, flatten=True)


def fillable_pdf(doc, path, flatten=False):
    """G4: page drawn with fpdf2 (labels and boxes), AcroForm widgets with coded names added with pypdf.
    rows: ('§', heading) | (label, value, name, 'text'|'multi', height_mm) | (label, [(option, checked, name)], None, 'checks')"""
    from fpdf import FPDF
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (DictionaryObject, NameObject, TextStringObject, ArrayObject, FloatObject,
                               NumberObject, BooleanObject, DecodedStreamObject)
    pdf = FPDF(format="letter", unit="pt")
    pdf.add_font("DV", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.add_font("DV", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    pdf.set_auto_page_break(False)
    widgets = []  # (page_index, name, kind, rect, value)
    page = -1
    y = 0

    def newpage():
        nonlocal page, y
        pdf.add_page(); page += 1; y = 50
        pdf.set_font("DV", "", 7); pdf.set_xy(40, 750); pdf.cell(0, 10, FOOT)
        if page == 0:
            pdf.set_font("DV", "B", 14); pdf.set_xy(40, y); pdf.cell(0, 16, doc.get("form_title", FORM_TITLE)); y += 24
            pdf.set_font("DV", "", 8)
            for p in doc.get("intro", []):
                pdf.set_xy(40, y); pdf.multi_cell(530, 10, p); y += 22
    newpage()
    for row in doc["rows"]:
        if row[0] == "§":
            if y > 700: newpage()
            pdf.set_fill_color(220, 226, 240); pdf.set_font("DV", "B", 9)
            pdf.set_xy(40, y); pdf.cell(532, 14, row[1], fill=True); y += 18
            continue
        label, val, name, kind = row[0], row[1], row[2], row[3]
        if kind == "checks":
            h = 14 * len(val) + 4
        else:
            h = row[4] if len(row) > 4 else 16
        if y + h > 735: newpage()
        pdf.set_font("DV", "B", 8); pdf.set_xy(40, y + 2); pdf.multi_cell(150, 9, label)
        if kind == "checks":
            for j, (opt, chk, nm) in enumerate(val):
                yy = y + 2 + 14 * j
                pdf.rect(200, yy, 10, 10)
                if flatten and chk:
                    pdf.set_font("DV", "B", 8); pdf.set_xy(200, yy); pdf.cell(10, 10, "X", align="C")
                pdf.set_font("DV", "", 8); pdf.set_xy(214, yy); pdf.cell(300, 10, opt)
                widgets.append((page, nm, "check", [200, 792 - yy - 10, 210, 792 - yy], chk))
        else:
            pdf.rect(200, y, 372, h)
            if flatten and val:
                pdf.set_font("DV", "", 8); pdf.set_xy(202, y + 2); pdf.multi_cell(368, 9.5, val)
            widgets.append((page, name, kind, [200, 792 - y - h, 572, 792 - y], val))
        y += h + 6
    if flatten:
        pdf.set_creator("Microsoft: Print To PDF"); pdf.output(path); return
    tmp = path + ".tmp.pdf"
    pdf.output(tmp)
    r = PdfReader(tmp); w = PdfWriter(); w.append(r)
    fields = ArrayObject()
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica"), NameObject("/Encoding"): NameObject("/WinAnsiEncoding")})
    fref = w._add_object(font)
    dr = DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/Helv"): fref})})
    for pg, nm, kind, rect, val in widgets:
        wd = DictionaryObject()
        wd[NameObject("/Type")] = NameObject("/Annot")
        wd[NameObject("/Subtype")] = NameObject("/Widget")
        wd[NameObject("/T")] = TextStringObject(nm)
        wd[NameObject("/Rect")] = ArrayObject([FloatObject(v) for v in rect])
        wd[NameObject("/F")] = NumberObject(4)
        wd[NameObject("/P")] = w.pages[pg].indirect_reference
        if kind == "check":
            wd[NameObject("/FT")] = NameObject("/Btn")
            on = DecodedStreamObject(); on.set_data(b"q 0 g BT /ZaDb 8 Tf 1.5 2 Td (4) Tj ET Q")
            on.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
                       NameObject("/BBox"): ArrayObject([FloatObject(0), FloatObject(0), FloatObject(10), FloatObject(10)]),
                       NameObject("/Resources"): DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/ZaDb"): w._add_object(DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"), NameObject("/BaseFont"): NameObject("/ZapfDingbats")}))})})})
            off = DecodedStreamObject(); off.set_data(b"")
            off.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
                        NameObject("/BBox"): ArrayObject([FloatObject(0), FloatObject(0), FloatObject(10), FloatObject(10)])})
            wd[NameObject("/AP")] = DictionaryObject({NameObject("/N"): DictionaryObject({NameObject("/Yes"): w._add_object(on), NameObject("/Off"): w._add_object(off)})})
            st = NameObject("/Yes" if val else "/Off")
            wd[NameObject("/V")] = st; wd[NameObject("/AS")] = st
            wd[NameObject("/MK")] = DictionaryObject({NameObject("/CA"): TextStringObject("4")})
        else:
            wd[NameObject("/FT")] = NameObject("/Tx")
            wd[NameObject("/DA")] = TextStringObject("/Helv 8 Tf 0 g")
            if kind == "multi":
                wd[NameObject("/Ff")] = NumberObject(4096)
            wd[NameObject("/V")] = TextStringObject(val or "")
        ref = w._add_object(wd)
        page_obj = w.pages[pg]
        if "/Annots" not in page_obj:
            page_obj[NameObject("/Annots")] = ArrayObject()
        page_obj["/Annots"].append(ref)
        fields.append(ref)
    w._root_object[NameObject("/AcroForm")] = DictionaryObject({
        NameObject("/Fields"): fields, NameObject("/NeedAppearances"): BooleanObject(True),
        NameObject("/DA"): TextStringObject("/Helv 8 Tf 0 g"), NameObject("/DR"): dr})
    # regenerate text appearances so viewers that ignore NeedAppearances show the values
    for i, pgobj in enumerate(w.pages):
        vals = {nm: v for pg, nm, k, rect, v in widgets if pg == i and k != "check" and v}
        if vals:
            try:
                w.update_page_form_field_values(pgobj, vals, auto_regenerate=True)
            except Exception:
                pass
    w.add_metadata({"/Producer": doc.get("producer", "fpdf2 + pypdf"), "/Title": doc.get("form_title", FORM_TITLE)})
    with open(path, "wb") as f:
        w.write(f)
    os.remove(tmp)


def printed_pdf(doc, path):
    """G5: the filled Word table form printed to PDF by LibreOffice (no table or fields survive)."""
    tmp = tempfile.mkdtemp(prefix="g5_")
    src = os.path.join(tmp, "printed.docx")
    if doc.get("base") == "lo":
        lo_table_form(doc, src)
    else:
        docx_table_form(doc, src, grey_hints=True)
    soffice(src, "pdf", tmp)
    shutil.move(os.path.join(tmp, "printed.pdf"), path)
    shutil.rmtree(tmp, ignore_errors=True)


def pandoc_docx(doc, path):
    """G6: retyped form written in markdown and converted by pandoc to DOCX."""
    tmp = tempfile.mkdtemp(prefix="g6_")
    src = os.path.join(tmp, "in.md")
    open(src, "w", encoding="utf-8").write(doc["md"])
    out = path if path.endswith(".docx") else os.path.join(tmp, "out.html")
    if path.endswith(".docx"):
        subprocess.run(["pandoc", src, "-o", path], check=True)
    else:
        subprocess.run(["pandoc", src, "-s", "--metadata", "pagetitle=proposal", "-o", out], check=True)
        soffice(out, "pdf:writer_web_pdf_Export", tmp)
        shutil.move(os.path.join(tmp, "out.pdf"), path)
    shutil.rmtree(tmp, ignore_errors=True)


ROUTES = {"G1": docx_table_form, "G2": lo_table_form, "G3": cc_form, "G4": fillable_pdf, "G5": printed_pdf,
          "G6": pandoc_docx, "G7": None, "G5f": flattened_pdf}


def build(doc, outdir):
    fname = doc["file"]
    path = os.path.join(outdir, fname)
    route = doc.get("route") or doc["genre"]
    if route == "G7":
        if fname.endswith(".pdf"):
            printed_pdf(doc, path)
        else:
            docx_table_form(doc, path)
    else:
        ROUTES[route](doc, path)
    write_expected(doc, outdir, fname)
