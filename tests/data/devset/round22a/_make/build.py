"""Build round 22a documents: python build.py tuning|heldout [names...]"""
import os, sys, shutil, subprocess, tempfile, importlib, re
from xml.sax.saxutils import escape
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_COLOR_INDEX, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import qn
import lib

HERE = os.path.dirname(os.path.abspath(__file__))
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
PH = "Click or tap here to enter text."
_id = [1000]


def nid():
    _id[0] += 7
    return _id[0]


# ---------------------------------------------------------------- helpers
def labels_of(doc):
    base = lib.LABELS_FR if doc.get("lang") == "fr" else lib.LABELS
    lab = dict(base)
    lab.update(doc.get("lab", {}))
    return lab


def options_of(doc, k):
    base = lib.OPTIONS_FR if doc.get("lang") == "fr" else lib.OPTIONS
    return doc.get("opt", {}).get(k, base[k])


def items_of(doc, k):
    """(kind, items): kind in text/paras/list/choice."""
    if k in lib.CHOICES:
        return "choice", options_of(doc, k)
    v = lib.shown(doc, k)
    if v is None:
        return "empty", None
    if isinstance(v, list):
        if k == "learning_outcomes" or (k in doc["f"] and isinstance(doc["f"][k], list)):
            return "list", v
        return "paras", v
    return "text", str(v)


def markers(doc, k, n):
    st = doc.get("o", {}).get("list_" + k, doc.get("o", {}).get("list", "num"))
    if st == "num":
        return [f"{i+1}. " for i in range(n)]
    if st == "paren":
        return [f"{i+1}) " for i in range(n)]
    if st == "alpha":
        return [f"{'abcdefghij'[i]}) " for i in range(n)]
    if st == "bullet":
        return ["• "] * n
    if st == "dash":
        return ["- "] * n
    return [""] * n


def run(p, text, bold=False, color=None, size=None, italic=False, strike=False, hl=None):
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if strike:
        r.font.strike = True
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if size:
        r.font.size = Pt(size)
    if hl:
        r.font.highlight_color = hl
    return r


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


# ---------------------------------------------------------------- DOCX official table form (G1, G2, G3, G5)
def fill_choice_docx(doc, cell, k, first_p):
    o = doc.get("o", {})
    style = o.get("check_" + k, o.get("check", "glyph"))
    chosen = doc["f"].get(k)
    p = first_p
    for i, (code, text) in enumerate(options_of(doc, k)):
        if i:
            p = cell.add_paragraph()
        on = code == chosen
        if style == "glyph":
            run(p, ("☒ " if on else "☐ ") + text)
        elif style == "x":
            # blank boxes printed on the form, the applicant typed an X after the chosen one
            run(p, "☐ " + text)
            if on:
                run(p, "   X", bold=True)
        elif style == "xbefore":
            run(p, ("X  " if on else "☐  ") + text)
        elif style == "boldstrike":
            run(p, "☐ ")
            if on:
                run(p, text, bold=True)
            else:
                run(p, text, strike=True)
        elif style == "highlight":
            run(p, "☐ ")
            if on:
                run(p, text, hl=WD_COLOR_INDEX.YELLOW)
            else:
                run(p, text)
        elif style == "cc":
            p._p.append(parse_xml(cc_checkbox_xml(f"{k}_{code}", on)))
            run(p, " " + text)
    extra = doc.get("x", {}).get(k + "_note")
    if extra:
        run(cell.add_paragraph(), extra)


def cc_checkbox_xml(tag, on):
    g = "☒" if on else "☐"
    return (f'<w:sdt {W}><w:sdtPr><w:tag w:val="{tag}"/><w:id w:val="{nid()}"/><w14:checkbox>'
            f'<w14:checked w14:val="{1 if on else 0}"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
            f'<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent>'
            f'<w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/>'
            f'</w:rPr><w:t>{g}</w:t></w:r></w:sdtContent></w:sdt>')


def p_xml(text, ph=False):
    rpr = '<w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>' if ph else ''
    return f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def cc_block_xml(tag, alias, paras, ph=False, extra=""):
    body = "".join(p_xml(t, ph) for t in paras)
    return (f'<w:sdt {W}><w:sdtPr><w:alias w:val="{escape(alias)}"/><w:tag w:val="{tag}"/><w:id w:val="{nid()}"/>'
            f'{"<w:showingPlcHdr/>" if ph else ""}{extra}</w:sdtPr><w:sdtContent>{body}</w:sdtContent></w:sdt>')


def fill_answer_cc(doc, cell, k, lab):
    """G2: the answer cell holds one block-level content control tagged with the key."""
    tc = cell._tc
    for p in list(tc.findall(qn("w:p"))):
        tc.remove(p)
    kind, v = items_of(doc, k)
    o = doc.get("o", {})
    if kind == "choice":
        chosen = doc["f"].get(k)
        if o.get("cc_" + k) == "checkbox" or (k == "delivery_format" and o.get("cc_" + k) is None):
            p = cell.add_paragraph()
            fill_choice_docx(dict(doc, o=dict(o, check="cc")), cell, k, p)
            return
        opts = options_of(doc, k)
        items = "".join(f'<w:listItem w:displayText="{escape(t)}" w:value="{escape(t)}"/>' for c, t in opts)
        ph_item = '<w:listItem w:displayText="Choose an item." w:value=""/>'
        dd = f"<w:dropDownList>{ph_item}{items}</w:dropDownList>"
        if chosen is None:
            tc.append(parse_xml(cc_block_xml(k, lab, ["Choose an item."], True, dd)))
        else:
            tc.append(parse_xml(cc_block_xml(k, lab, [dict(opts)[chosen]], False, dd)))
        return
    if k == "submission_date" and k in doc["f"]:
        dx = (f'<w:date w:fullDate="{doc["f"][k]}T00:00:00Z"><w:dateFormat w:val="{o.get("datefmt", "d MMMM yyyy")}"/>'
              f'<w:lid w:val="en-CA"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')
        tc.append(parse_xml(cc_block_xml(k, lab, [str(v)], False, dx)))
        return
    if kind == "empty":
        if k in o.get("cc_blank", ()):  # control deleted, nothing typed
            cell.add_paragraph()
        else:
            tc.append(parse_xml(cc_block_xml(k, lab, [PH], True)))
        return
    if kind == "list":
        ms = markers(doc, k, len(v))
        paras = [m + t for m, t in zip(ms, v)]
    elif kind == "paras":
        paras = v
    else:
        paras = [v]
    tc.append(parse_xml(cc_block_xml(k, lab, paras)))


def fill_answer_docx(doc, cell, k, p):
    kind, v = items_of(doc, k)
    o = doc.get("o", {})
    if kind == "choice":
        fill_choice_docx(doc, cell, k, p)
        return
    if kind == "empty":
        return
    if kind == "list":
        ms = markers(doc, k, len(v))
        if o.get("list_br_" + k) or o.get("list_br"):
            for i, (m, t) in enumerate(zip(ms, v)):
                if i:
                    p.add_run().add_break()
                run(p, m + t)
            return
        for i, (m, t) in enumerate(zip(ms, v)):
            if i:
                p = cell.add_paragraph()
            run(p, m + t)
        return
    if kind == "paras":
        for i, t in enumerate(v):
            if i:
                p = cell.add_paragraph()
            run(p, t)
        return
    lines = v.split("\n")
    for i, t in enumerate(lines):
        if i:
            p.add_run().add_break()
        run(p, t)


def build_docx_form(doc, path):
    o = doc.get("o", {})
    d = Document()
    st = d.styles["Normal"]
    st.font.name = o.get("font", "Calibri")
    st.font.size = Pt(o.get("size", 10))
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    lab = labels_of(doc)
    fr = doc.get("lang") == "fr"
    h = d.add_paragraph()
    run(h, o.get("heading", "Michener Institute – Continuing Education"), bold=True, size=14, color="1F3864")
    h2 = d.add_paragraph()
    run(h2, o.get("subheading", "Micro-Course / Credential Concept Form"), bold=True, size=12)
    ins = d.add_paragraph()
    run(ins, o.get("instr", "Complete every section and e-mail the form to ce@michener.example. "
                               "Required items for the four institutional requirements are marked [R1]–[R4]."),
        italic=True, size=8, color="595959")
    keys = [k for k in doc.get("order", lib.ORDER) if k not in doc.get("omit", ())]
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    secs = lib.SECTIONS_FR if fr else lib.SECTIONS
    hints = doc.get("hints", {})
    for k in keys:
        if k in secs and not o.get("no_sections"):
            r = t.add_row()
            c = r.cells[0].merge(r.cells[1])
            run(c.paragraphs[0], secs[k], bold=True, color="FFFFFF")
            shade(c, "1F3864")
        r = t.add_row()
        lc, ac = r.cells
        lc.width, ac.width = Cm(5.8), Cm(11.6)
        lp = lc.paragraphs[0]
        if k in o.get("in_label", ()):
            # the applicant typed the answer into the label cell, after the colon
            run(lp, lab[k] + ":", bold=True)
            kind, v = items_of(doc, k)
            if kind == "list":
                for m, it in zip(markers(doc, k, len(v)), v):
                    run(lc.add_paragraph(), m + it)
            elif kind == "paras":
                run(lp, " " + v[0])
                for it in v[1:]:
                    run(lc.add_paragraph(), it)
            elif kind != "empty":
                run(lp, " " + v)
        else:
            run(lp, lab[k], bold=True)
            if k in hints:
                run(lc.add_paragraph(), hints[k], italic=True, size=8, color="7F7F7F")
            if o.get("cc"):
                fill_answer_cc(doc, ac, k, lab[k])
            else:
                fill_answer_docx(doc, ac, k, ac.paragraphs[0])
    d.add_paragraph()
    if not o.get("no_office"):
        ot = d.add_table(rows=2, cols=2)
        ot.style = "Table Grid"
        c = ot.rows[0].cells[0].merge(ot.rows[0].cells[1])
        run(c.paragraphs[0], "For CE office use only" if not fr else "Réservé au bureau de la FC / For CE office use only",
            bold=True, size=8)
        run(ot.rows[1].cells[0].paragraphs[0], "Received: ____________   Reviewer: ____________", size=8)
        run(ot.rows[1].cells[1].paragraphs[0], "☐ Supported   ☐ Not supported   ☐ Revise", size=8)
    fp = sec.footer.paragraphs[0]
    run(fp, o.get("footer", "CE-F-014 Concept Form v3.2 (2026) – Michener Institute"), size=7, color="7F7F7F")
    cp = d.core_properties
    cp.author = o.get("author", doc["f"].get("proposer_name", "CE Office"))
    cp.title = o.get("doctitle", "Micro-Course / Credential Concept Form")
    d.save(path)


# ---------------------------------------------------------------- soffice helpers
def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-devset22a", "--headless", "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, capture_output=True, timeout=240)


def build_roundtrip(doc, path):
    """G3: official form re-saved DOCX -> ODT -> DOCX through LibreOffice."""
    td = tempfile.mkdtemp()
    a = os.path.join(td, "form.docx")
    build_docx_form(doc, a)
    soffice(a, "odt", td)
    os.remove(a)
    os.makedirs(os.path.join(td, "o2"))
    soffice(os.path.join(td, "form.odt"), "docx:MS Word 2007 XML", os.path.join(td, "o2"))
    shutil.copy(os.path.join(td, "o2", "form.docx"), path)
    shutil.rmtree(td)


def build_printed(doc, path):
    """G5: the filled DOCX form printed to PDF (LibreOffice writer_pdf_Export)."""
    td = tempfile.mkdtemp()
    a = os.path.join(td, "form.docx")
    build_docx_form(doc, a)
    soffice(a, "pdf", td)
    shutil.copy(os.path.join(td, "form.pdf"), path)
    shutil.rmtree(td)


# ---------------------------------------------------------------- fillable PDF (G4, G6)
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.lib.colors import HexColor, black, white
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

_fonts = {}


def font(name):
    paths = {"DV": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
             "DVB": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"}
    if name not in _fonts and name in paths and os.path.exists(paths[name]):
        pdfmetrics.registerFont(TTFont(name, paths[name]))
        _fonts[name] = True
    return name if name in _fonts else {"DV": "Helvetica", "DVB": "Helvetica-Bold"}[name]


def wrap(text, fnt, size, width):
    out = []
    for para in text.split("\n"):
        line = ""
        for w_ in para.split(" "):
            t = (line + " " + w_).strip()
            if stringWidth(t, fnt, size) <= width or not line:
                line = t
            else:
                out.append(line)
                line = w_
        out.append(line)
    return out


def field_names(doc, keys):
    o = doc.get("o", {})
    scheme = o.get("names", "Text")
    names, n = {}, 0
    for k in keys:
        if k in lib.CHOICES:
            continue
        n += 1
        if scheme == "Text":
            names[k] = f"Text{n}"
        elif scheme == "fill":
            names[k] = f"fill_{n}"
        elif scheme == "untitled":
            names[k] = f"untitled{n + o.get('name_offset', 0)}"
        else:  # auto-detected from the label (Acrobat-like), some with a trailing number
            names[k] = o.get("auto", {}).get(k) or re.sub(r"[^A-Za-z0-9 ]", "", labels_of(doc)[k]).replace("  ", " ").strip()
    names.update(o.get("rename", {}))
    return names


def pdf_value(doc, k):
    kind, v = items_of(doc, k)
    if kind == "empty":
        return None
    if kind == "list":
        return "\n".join(m + t for m, t in zip(markers(doc, k, len(v)), v))
    if kind == "paras":
        return "\n".join(v)
    return v


def build_fillable(doc, path, flatten=False):
    o = doc.get("o", {})
    lab = labels_of(doc)
    keys = [k for k in doc.get("order", lib.ORDER) if k not in doc.get("omit", ())]
    names = field_names(doc, keys)
    fill_pypdf = o.get("fill") == "pypdf"
    fn, fb = font("DV"), font("DVB")
    c = rl_canvas.Canvas(path, pagesize=letter)
    c.setTitle(o.get("doctitle", "Micro-Course / Credential Concept Form"))
    c.setAuthor(o.get("pdfauthor", "Continuing Education"))
    c.setCreator(o.get("creator", "Continuing Education – form template"))
    af = c.acroForm
    W_, H_ = letter
    x0, lw, fx = 40, 150, 200
    fw = W_ - fx - 40
    y = H_ - 50
    page = [1]
    values = {}
    radio_n = [0]

    def header():
        c.setFillColor(HexColor(o.get("band", "#2E4A7D")))
        c.rect(0, H_ - 34, W_, 34, fill=1, stroke=0)
        c.setFillColor(white)
        c.setFont(fb, 12)
        c.drawString(x0, H_ - 22, o.get("heading", "Micro-Course / Credential Concept Form"))
        c.setFont(fn, 7)
        c.drawRightString(W_ - 40, H_ - 22, o.get("band_right", "Michener Institute · Continuing Education"))
        c.setFillColor(black)
        c.setFont(fn, 7)
        c.drawString(x0, 22, o.get("footer", "CE-F-014 (fillable) rev. 2026-09"))
        c.drawRightString(W_ - 40, 22, f"Page {page[0]}")

    def newpage():
        c.showPage()
        page[0] += 1
        header()
        return H_ - 56

    header()
    c.setFont(fn, 8)
    for ln in wrap(o.get("instr", "Type your answers in the boxes, save the file and e-mail it to ce@michener.example. "
                                  "Items marked [R1]–[R4] are required."), fn, 8, W_ - 80):
        c.drawString(x0, y, ln)
        y -= 11
    y -= 6
    secs = lib.SECTIONS_FR if doc.get("lang") == "fr" else lib.SECTIONS
    multi = set(o.get("multi", ["target_learners", "rationale", "competencies", "learning_outcomes",
                                "summative_assessment", "education_plan_alignment", "resources_required",
                                "competency_framework"]))
    heights = o.get("heights", {})
    chosen_radio = {}
    for k in keys:
        if k in lib.CHOICES:
            h = 16 * len(options_of(doc, k)) + 6
        elif k in multi:
            h = heights.get(k, 62)
        else:
            h = 18
        need = h + (22 if k in secs else 0) + 8
        if y - need < 40:
            y = newpage()
        if k in secs and not o.get("no_sections"):
            c.setFillColor(HexColor("#DCE3EF"))
            c.rect(x0, y - 14, W_ - 80, 16, fill=1, stroke=0)
            c.setFillColor(black)
            c.setFont(fb, 9)
            c.drawString(x0 + 4, y - 10, secs[k])
            y -= 22
        c.setFont(fb, 8.5)
        ly = y - 10
        for ln in wrap(lab[k], fb, 8.5, lw):
            c.drawString(x0, ly, ln)
            ly -= 10
        if k in lib.CHOICES:
            style = o.get("choice_" + k, o.get("choice", "radio"))
            chosen = doc["f"].get(k)
            yy = y - 12
            radio_n[0] += 1
            gname = o.get("group_names", {}).get(k, f"Group{radio_n[0]}")
            for i, (code, text) in enumerate(options_of(doc, k)):
                on = code == chosen
                if style in ("radio", "radio_num"):
                    exp = f"Choice{i+1}" if style == "radio" else str(i)
                    af.radio(name=gname, value=exp, selected=(on and not fill_pypdf), x=fx, y=yy - 2, size=11,
                             buttonStyle="circle", shape="circle", borderWidth=1, tooltip=text)
                    if on:
                        chosen_radio[gname] = exp
                else:
                    cname = o.get("check_names", {}).get(f"{k}_{code}", f"Check Box{radio_n[0]}{i+1}")
                    af.checkbox(name=cname, checked=(on and not fill_pypdf), x=fx, y=yy - 2, size=11,
                                buttonStyle="check", borderWidth=1, forceBorder=True, tooltip=text)
                    if on:
                        values[cname] = "/Yes"
                c.setFont(fn, 9)
                c.drawString(fx + 16, yy, text)
                yy -= 16
            y -= h + 8
            continue
        val = pdf_value(doc, k)
        fsize = o.get("fsize", 9)
        nm = names[k]
        if k in multi:
            shown_v = val
            if val and not fill_pypdf and o.get("prewrap", True):
                shown_v = "\n".join(wrap(val, "Helvetica", fsize, fw - 8))
            af.textfield(name=nm, x=fx, y=y - h, width=fw, height=h, fontName="Helvetica", fontSize=fsize,
                         borderWidth=1, borderColor=HexColor("#7F7F7F"), fillColor=HexColor("#EEF3FA"),
                         fieldFlags="multiline", maxlen=None, value=(shown_v or "") if not fill_pypdf else "",
                         tooltip=lab[k] if o.get("tooltips") else None, forceBorder=True)
            if fill_pypdf and val:
                values[nm] = val
        else:
            af.textfield(name=nm, x=fx, y=y - h, width=fw, height=h, fontName="Helvetica", fontSize=fsize,
                         borderWidth=1, borderColor=HexColor("#7F7F7F"), fillColor=HexColor("#EEF3FA"),
                         value=(val or "") if not fill_pypdf else "", forceBorder=True, maxlen=None,
                         tooltip=lab[k] if o.get("tooltips") else None)
            if fill_pypdf and val:
                values[nm] = val
        y -= max(h, (y - ly) - 6) + 8
    # office-use box
    if y < 100:
        y = newpage()
    c.setFont(fn, 7.5)
    c.rect(x0, y - 40, W_ - 80, 34, stroke=1, fill=0)
    c.drawString(x0 + 6, y - 18, "For CE office use only – Received: ________  Reviewer: ________  "
                                 "☐ Supported  ☐ Not supported")
    c.save()
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject, BooleanObject
    if fill_pypdf:
        r = PdfReader(path)
        wr = PdfWriter(clone_from=r)
        vals = dict(values)
        for g, e in chosen_radio.items():
            vals[g] = "/" + e
        for pg in wr.pages:
            wr.update_page_form_field_values(pg, vals, auto_regenerate=False)
        wr.set_need_appearances_writer(bool(o.get("need_app", True)))
        if not o.get("need_app", True):
            wr._root_object["/AcroForm"][NameObject("/NeedAppearances")] = BooleanObject(False)
        with open(path, "wb") as fh:
            wr.write(fh)
    elif o.get("need_app"):
        r = PdfReader(path)
        wr = PdfWriter(clone_from=r)
        wr.set_need_appearances_writer(True)
        with open(path, "wb") as fh:
            wr.write(fh)
    if o.get("on_export"):
        # check boxes exporting "On" (as many PDF editors make them) instead of reportlab's "Yes"
        r = PdfReader(path)
        wr = PdfWriter(clone_from=r)
        on = NameObject("/" + o["on_export"])
        for pg in wr.pages:
            for a in pg.get("/Annots", []):
                a = a.get_object()
                if a.get("/FT") == "/Btn" and "/AP" in a and "/Yes" in a["/AP"]["/N"]:
                    for st in ("/N", "/D", "/R"):
                        if st in a["/AP"] and "/Yes" in a["/AP"][st]:
                            a["/AP"][st][on] = a["/AP"][st].raw_get("/Yes")
                            del a["/AP"][st]["/Yes"]
                    if a.get("/AS") == "/Yes":
                        a[NameObject("/AS")] = on
                    if a.get("/V") == "/Yes":
                        a[NameObject("/V")] = on
        if o.get("need_app"):
            wr.set_need_appearances_writer(True)
        with open(path, "wb") as fh:
            wr.write(fh)
    if flatten:
        tmp = path + ".tmp.pdf"
        subprocess.run(["qpdf", "--generate-appearances", "--flatten-annotations=all", path, tmp], check=True)
        r = PdfReader(tmp)
        wr = PdfWriter(clone_from=r)
        if "/AcroForm" in wr._root_object:
            del wr._root_object["/AcroForm"]
        wr.add_metadata({"/Producer": o.get("producer", "Flattened copy")})
        with open(path, "wb") as fh:
            wr.write(fh)
        os.remove(tmp)


# ---------------------------------------------------------------- look-alike (G7)
def build_lookalike(doc, path):
    o = doc["o"]
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10)
    run(d.add_paragraph(), o["heading"], bold=True, size=14, color="1F3864")
    run(d.add_paragraph(), o["subheading"], bold=True, size=12)
    run(d.add_paragraph(), o["instr"], italic=True, size=8, color="595959")
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for row in o["rows"]:
        r = t.add_row()
        if row[0] == "SECTION":
            c = r.cells[0].merge(r.cells[1])
            run(c.paragraphs[0], row[1], bold=True, color="FFFFFF")
            shade(c, "1F3864")
            continue
        run(r.cells[0].paragraphs[0], row[0], bold=True)
        v = row[1]
        p = r.cells[1].paragraphs[0]
        if isinstance(v, list):
            for i, it in enumerate(v):
                if i:
                    p = r.cells[1].add_paragraph()
                run(p, it)
        else:
            run(p, v)
    d.add_paragraph()
    run(d.sections[0].footer.paragraphs[0], o["footer"], size=7, color="7F7F7F")
    d.save(path)


ROUTES = {"G1": build_docx_form, "G2": build_docx_form, "G3": build_roundtrip, "G4": build_fillable,
          "G5": build_printed, "G6": lambda d, p: build_fillable(d, p, flatten=True), "G7": build_lookalike}


def main():
    half = sys.argv[1]
    mod = importlib.import_module(f"{half}_data")
    out = os.path.join(HERE, "..", half)
    only = set(sys.argv[2:])
    for doc in mod.DOCS:
        if only and doc["name"] not in only:
            continue
        p = os.path.join(out, doc["name"])
        if doc["genre"] == "G2":
            doc.setdefault("o", {})["cc"] = True
        ROUTES[doc["genre"]](doc, p)
        lib.write_expected(p + ".expected.json", doc)
        print("built", doc["name"])


if __name__ == "__main__":
    main()
