"""DOCX renderers: G4 content controls (mixed tags, drop-downs, check boxes, date picker), G5 three-column official
form (section bands, numbered labels, merged 'Office use only' column), G6 Google-Docs re-made table (DOCX), G7 the
same exported to PDF, G8 the official table saved as ODT by LibreOffice and back to DOCX."""
import os, shutil, tempfile
from xml.sax.saxutils import escape
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
import pikepdf
from lib import ORDER, LAB_EN, LAB_FR, OPT_EN, OPT_FR, CHOICES, disp, as_lines, soffice

W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
_id = [1000]

def shade(cell, color):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{color}"/>'))

def set_cell(cell, lines, bold=False, size=None, font=None, color=None):
    cell.text = ""
    if isinstance(lines, str): lines = [lines]
    for i, ln in enumerate(lines or [""]):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(ln); r.bold = bold
        if size: r.font.size = Pt(size)
        if font: r.font.name = font; r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
        if color: r.font.color.rgb = RGBColor.from_string(color)

def labels(doc):
    L = dict(LAB_FR if doc.get("lang") == "fr" else LAB_EN); L.update(doc.get("labels", {})); return L

def opts(doc):
    return OPT_FR if doc.get("lang") == "fr" else OPT_EN

def boxes(doc, k, on="☒", off="☐"):
    return "   ".join(f"{on if c == doc['F'].get(k) else off} {l}" for c, l in opts(doc)[k])

# ---------- G4: content controls ----------
def sdt_pr(tag, alias, extra="", plc=False):
    _id[0] += 1
    t = f'<w:tag w:val="{escape(tag)}"/>' if tag else ""
    a = f'<w:alias w:val="{escape(alias)}"/>' if alias else ""
    p = '<w:showingPlcHdr/>' if plc else ""
    return f'<w:sdtPr>{a}{t}<w:id w:val="{_id[0]}"/>{p}{extra}</w:sdtPr>'

def run(text, plc=False):
    rpr = '<w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>' if plc else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'

def g4(doc, path):
    D = Document(); st = D.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10)
    L = labels(doc); O = opts(doc); F = doc["F"]; tags = doc.get("tags", {})
    h = D.add_paragraph(); r = h.add_run(doc.get("form_title", "Micro-Course / Credential Concept Form")); r.bold = True; r.font.size = Pt(15)
    D.add_paragraph(doc.get("form_sub", "Continuing Education – The Michener Institute of Education at UHN. Complete each field; click a grey box to type."))
    t = D.add_table(rows=0, cols=2); t.style = "Table Grid"
    PLC = "Click or tap here to enter text."
    for k in doc.get("order", ORDER):
        row = t.add_row(); lc, ac = row.cells
        lc.width = Cm(5.5); ac.width = Cm(11.5)
        set_cell(lc, L[k], bold=True); shade(lc, "E7ECF5")
        tag = tags.get(k, k)
        alias = L[k].split(" [")[0].split(" / ")[0]
        tcp = ac.paragraphs[0]._p
        if k == "delivery_format" and not doc.get("dropdown_format"):
            xml = ""
            for code, lab in O[k]:
                on = F.get(k) == code
                cb = (f'<w14:checkbox><w14:checked w14:val="{1 if on else 0}"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
                      f'<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>')
                ctag = f"delivery_format_{code}" if tag else ""
                xml += (f'<w:sdt {nsdecls("w")} {W14}>{sdt_pr(ctag, "", cb)}<w:sdtContent>'
                        f'<w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr><w:t>{"☒" if on else "☐"}</w:t></w:r></w:sdtContent></w:sdt>'
                        f'<w:r {nsdecls("w")}><w:t xml:space="preserve"> {escape(lab)}    </w:t></w:r>')
            for el in parse_xml(f'<w:p {nsdecls("w")} {W14}>{xml}</w:p>'): tcp.append(el)
            continue
        if k in CHOICES:
            code = F.get(k)
            items = "".join(f'<w:listItem w:displayText="{escape(l)}" w:value="{escape(l if doc.get("dd_values") == "text" else c)}"/>' for c, l in O[k])
            disp_t = dict(O[k]).get(code)
            plc = disp_t is None
            extra = f'<w:dropDownList><w:listItem w:displayText="Choose an item." w:value=""/>{items}</w:dropDownList>'
            xml = f'<w:sdt {nsdecls("w")}>{sdt_pr(tag, alias, extra, plc)}<w:sdtContent>{run("Choose an item." if plc else disp_t, plc)}</w:sdtContent></w:sdt>'
            tcp.append(parse_xml(xml)); continue
        if k == "submission_date" and F.get(k):
            extra = (f'<w:date w:fullDate="{F[k]}T00:00:00Z"><w:dateFormat w:val="{doc.get("date_fmt", "MMMM d, yyyy")}"/>'
                     '<w:lid w:val="en-CA"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')
            xml = f'<w:sdt {nsdecls("w")}>{sdt_pr(tag, alias, extra)}<w:sdtContent>{run(disp(doc, k))}</w:sdtContent></w:sdt>'
            tcp.append(parse_xml(xml)); continue
        lines = as_lines(doc, k)
        if len(lines) > 1:
            # block-level rich-text control holding several paragraphs; replaces the cell's paragraph
            paras = "".join(f'<w:p><w:pPr><w:spacing w:after="40"/></w:pPr>{run(x)}</w:p>' for x in lines)
            xml = f'<w:sdt {nsdecls("w")}>{sdt_pr(tag, alias)}<w:sdtContent>{paras}</w:sdtContent></w:sdt>'
            ac._tc.remove(tcp); ac._tc.append(parse_xml(xml)); continue
        plc = not lines
        txt = '<w:text w:multiLine="1"/>' if k not in ("proposer_email",) else "<w:text/>"
        xml = (f'<w:sdt {nsdecls("w")}>{sdt_pr(tag, alias, txt, plc)}'
               f'<w:sdtContent>{run(PLC if plc else lines[0], plc)}</w:sdtContent></w:sdt>')
        tcp.append(parse_xml(xml))
    D.add_paragraph()
    fp = D.sections[0].footer.paragraphs[0]; fp.text = doc.get("footer", "CE concept form – content-control edition, v4.2")
    D.save(path)

# ---------- G5: three-column official form ----------
def g5(doc, path):
    D = Document(); st = D.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(9.5)
    sec = D.sections[0]; sec.left_margin = sec.right_margin = Cm(1.8)
    p = D.add_paragraph(); r = p.add_run(doc.get("form_title", "MICRO-COURSE / CREDENTIAL CONCEPT FORM")); r.bold = True; r.font.size = Pt(14)
    D.add_paragraph(doc.get("form_sub", "Continuing Education | The Michener Institute of Education at UHN | Submit to ce@michener.example"))
    sections = doc.get("sections") or default_sections(doc)
    t = D.add_table(rows=1, cols=3); t.style = "Table Grid"
    hdr = t.rows[0].cells
    for c, txt in zip(hdr, ["Item", "Response", doc.get("office_head", "Office use only")]):
        set_cell(c, txt, bold=True, color="FFFFFF"); shade(c, "404040")
    for band, rows in sections:
        r = t.add_row(); a = r.cells[0].merge(r.cells[2]); set_cell(a, band, bold=True); shade(a, "C6D9F1")
        first = None
        for lab, ans in rows:
            r = t.add_row(); set_cell(r.cells[0], lab, bold=True); shade(r.cells[0], "F2F2F2")
            set_cell(r.cells[1], ans)
            r.cells[0].width = Cm(5.2); r.cells[1].width = Cm(9.3); r.cells[2].width = Cm(3.3)
            if first is None: first = r.cells[2]
            last = r.cells[2]
        m = first.merge(last) if last is not first else first
        set_cell(m, doc.get("office_text", ["Reviewed: ☐", "Initials: ____", "Date: ____"]), size=8, color="7F7F7F"); shade(m, "FAFAFA")
    D.add_paragraph()
    D.add_paragraph(doc.get("outro", "Return the completed form with any letter of support. The CE office acknowledges every submission within five business days."))
    D.sections[0].footer.paragraphs[0].text = doc.get("footer", "Form CE-12 (3-column edition) – Continuing Education")
    D.save(path)

def default_sections(doc):
    L = labels(doc)
    bands = doc.get("bands", [("SECTION 1 – PROPOSER", ["proposer_name", "proposer_title", "proposer_department", "proposer_email", "proposer_phone", "submission_date"]),
                              ("SECTION 2 – PROGRAM DETAILS", ["proposal_title", "request_type", "existing_program_name", "target_learners", "delivery_format", "estimated_hours", "proposed_start", "expected_enrolment"]),
                              ("SECTION 3 – NEED AND DESIGN", ["rationale", "competencies", "learning_outcomes", "competency_framework", "summative_assessment"]),
                              ("SECTION 4 – PARTNER AND ALIGNMENT", ["partner_name", "partner_contact", "endorsement_status", "education_plan_alignment", "resources_required"])])
    out = []
    for si, (band, keys) in enumerate(bands):
        rows = []
        for i, k in enumerate(keys):
            lab = f"{si+1}.{i+1} " + doc.get("labels", {}).get(k, L[k])
            ans = boxes(doc, k) if k in CHOICES else as_lines(doc, k)
            rows.append((lab, ans))
        out.append((band, rows))
    return out

# ---------- G6 / G7: Google Docs re-made table ----------
def g6(doc, path):
    D = Document(); st = D.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    L = labels(doc)
    p = D.add_paragraph(); p.style = D.styles["Title"]
    r = p.add_run(doc.get("form_title", "Micro-Course / Credential Concept Form")); r.font.name = "Arial"; r.font.size = Pt(20)
    p._p.insert(0, parse_xml(f'<w:bookmarkStart {nsdecls("w")} w:id="0" w:name="_gjdgxs"/>'))
    p2 = D.add_paragraph(); r = p2.add_run(doc.get("form_sub", "Michener Continuing Education – copied into Google Docs from the office form")); r.italic = True; r.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
    t = D.add_table(rows=0, cols=2); t.style = "Table Grid"
    for k in doc.get("order", ORDER):
        row = t.add_row(); lc, ac = row.cells
        set_cell(lc, L[k], bold=True, font="Arial"); shade(lc, "D9EAD3" if doc.get("green", True) else "CFE2F3")
        if k in CHOICES:
            set_cell(ac, [f"{'☑' if c == doc['F'].get(k) else '☐'} {l}" for c, l in opts(doc)[k]] if doc.get("choice_lines") else boxes(doc, k, on="☑"), font="Arial")
        else:
            set_cell(ac, as_lines(doc, k, bullet="● "), font="Arial")
        lc.width = Cm(5.8); ac.width = Cm(11.2)
    D.add_paragraph()
    D.save(path)

def g7(doc, path):
    tmpd = tempfile.mkdtemp(prefix="g7-")
    src = os.path.join(tmpd, os.path.splitext(os.path.basename(path))[0] + ".docx")
    g6(doc, src)
    soffice(["--convert-to", "pdf", "--outdir", tmpd, src], tmpd)
    pdf = pikepdf.open(os.path.join(tmpd, os.path.splitext(os.path.basename(src))[0] + ".pdf"))
    with pdf.open_metadata(set_pikepdf_as_editor=False) as m:
        m["pdf:Producer"] = "Skia/PDF m121 Google Docs Renderer"
    pdf.docinfo["/Producer"] = "Skia/PDF m121 Google Docs Renderer"
    pdf.docinfo["/Title"] = doc.get("pdf_title", "Concept form")
    for k in ("/Creator",):
        if k in pdf.docinfo: del pdf.docinfo[k]
    pdf.save(path); shutil.rmtree(tmpd)

# ---------- G8: official table through ODT and back to DOCX ----------
def g8(doc, path):
    tmpd = tempfile.mkdtemp(prefix="g8-")
    base = os.path.splitext(os.path.basename(path))[0]
    D = Document(); st = D.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(10.5)
    L = labels(doc)
    p = D.add_paragraph(); r = p.add_run(doc.get("form_title", "Micro-Course / Credential Concept Form")); r.bold = True; r.font.size = Pt(14)
    D.add_paragraph(doc.get("form_sub", "Continuing Education Office – please complete all fields marked [R1]–[R4]."))
    t = D.add_table(rows=0, cols=2); t.style = "Table Grid"
    for k in doc.get("order", ORDER):
        row = t.add_row(); lc, ac = row.cells
        set_cell(lc, L[k], bold=True)
        set_cell(ac, boxes(doc, k) if k in CHOICES else as_lines(doc, k, bullet="– "))
    D.add_paragraph(doc.get("outro", ""))
    src = os.path.join(tmpd, base + ".docx"); D.save(src)
    os.makedirs(os.path.join(tmpd, "odt")); os.makedirs(os.path.join(tmpd, "back"))
    soffice(["--convert-to", "odt", "--outdir", os.path.join(tmpd, "odt"), src], tmpd)
    soffice(["--convert-to", "docx:MS Word 2007 XML", "--outdir", os.path.join(tmpd, "back"), os.path.join(tmpd, "odt", base + ".odt")], tmpd)
    shutil.copy(os.path.join(tmpd, "back", base + ".docx"), path); shutil.rmtree(tmpd)
