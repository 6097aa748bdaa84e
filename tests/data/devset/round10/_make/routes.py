"""Round 10 builders: official DOCX form, content controls, fillable PDF, printouts, block documents."""
import copy
import html as htmlmod
import os
import tempfile

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor, Cm

from lib import (LABELS_EN, LABELS_FR, OPTIONS_EN, OPTIONS_FR, SECTIONS_EN, SECTIONS_FR, CHOICES, ORDER,
                 V, L, P, O, choice_code, shown_text)

W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'


def _shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def _set_font(doc, name, size):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml(f'<w:rFonts {nsdecls("w")}/>')
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), name)


def _w14_box(checked):
    v = "1" if checked else "0"
    ch = "2612" if checked else "2610"
    sym = "\u2612" if checked else "\u2610"
    return parse_xml(
        f'<w:sdt {nsdecls("w")} {W14}><w:sdtPr><w14:checkbox><w14:checked w14:val="{v}"/>'
        f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" '
        f'w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr>'
        f'<w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr><w:t>{sym}</w:t></w:r>'
        f'</w:sdtContent></w:sdt>')


def _fill_answer(cell, key, val, opts, doc):
    """Write one answer into a table cell."""
    p0 = cell.paragraphs[0]
    colour = opts.get("answer_colour")
    afont = opts.get("answer_font")

    def run(p, text, **kw):
        r = p.add_run(text)
        if colour:
            r.font.color.rgb = RGBColor.from_string(colour)
        if afont:
            r.font.name = afont
        if kw.get("bold"):
            r.bold = True
        return r

    if key in CHOICES:
        opts_list = (OPTIONS_FR if opts.get("fr") else OPTIONS_EN)[key]
        code = choice_code(val) if val is not None else None
        ticked = opts.get("ticked", {}).get(key, [code])
        box = opts.get("box", ("\u2612", "\u2610"))
        inline = opts.get("inline_options", False)
        p = p0
        for i, (c, word) in enumerate(opts_list):
            if i and not inline:
                p = cell.add_paragraph()
            if box == "w14":
                p._p.append(_w14_box(c in ticked))
                run(p, " " + word + ("    " if inline else ""))
            else:
                run(p, (box[0] if c in ticked else box[1]) + " " + word + ("    " if inline else ""))
        if key == "request_type" and opts.get("program_inline") and "existing_program_name" in opts.get("answers", {}):
            pass
        return
    if val is None:
        return
    if isinstance(val, O):
        style = opts.get("outcomes", "numbered")
        if opts.get("outcomes_leadin"):
            run(p0, opts["outcomes_leadin"])
            items = list(val)
            first = None
        else:
            items = list(val)
            first = p0
        if style == "dash_br":
            p = first if first is not None else cell.add_paragraph()
            for i, it in enumerate(items):
                if i:
                    p.add_run().add_break()
                run(p, "- " + it)
            return
        for i, it in enumerate(items):
            p = first if (i == 0 and first is not None) else cell.add_paragraph()
            if style == "numbered":
                run(p, f"{i + 1}. {it}")
            elif style == "paren":
                run(p, f"{i + 1}) {it}")
            elif style == "bullets":
                run(p, "\u2022 " + it)
            elif style == "listnumber":
                p.style = doc.styles["List Number"]
                run(p, it)
            elif style == "listbullet":
                p.style = doc.styles["List Bullet"]
                run(p, it)
            else:
                run(p, it)
        return
    if isinstance(val, L):
        style = opts.get("textlist", "bullets")
        for i, it in enumerate(val):
            p = p0 if i == 0 else cell.add_paragraph()
            if style == "listbullet":
                p.style = doc.styles["List Bullet"]
                run(p, it)
            elif style == "dash":
                run(p, "- " + it)
            else:
                run(p, "\u2022 " + it)
        return
    if isinstance(val, P):
        for i, para in enumerate(val):
            p = p0 if i == 0 else cell.add_paragraph()
            run(p, para)
        return
    run(p0, shown_text(val))


def official_docx(path, answers, opts):
    """The official two-column table form, filled in (shape 1)."""
    fr = opts.get("fr", False)
    labels = dict(LABELS_FR if fr else LABELS_EN)
    labels.update(opts.get("labels", {}))
    sections = SECTIONS_FR if fr else SECTIONS_EN
    doc = Document()
    _set_font(doc, opts.get("font", "Calibri"), opts.get("size", 10.5))
    sec = doc.sections[0]
    if opts.get("a4"):
        sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = opts.get("header", "The Michener Institute of Education at UHN – Continuing Education" if not fr else
                       "Institut Michener d'éducation à UHN – Formation continue")
    fp = sec.footer.paragraphs[0]
    fp.text = opts.get("footer", "CE-F-07 Concept Form v3.2 (2026)" if not fr else "FC-F-07 Formulaire de concept v3.2 (2026)")
    t = doc.add_paragraph()
    r = t.add_run(opts.get("title", "Micro-Course / Credential Concept Form" if not fr else
                           "Formulaire de concept – Microcours / microcertificat"))
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph(opts.get("intro", "Complete every section and email the form to ce@michener.example. "
                               "Fields marked [R1]–[R4] show how the proposal meets the four institutional requirements."
                               if not fr else "Remplissez toutes les sections et envoyez le formulaire à "
                               "ce@michener.example. Les champs [R1] à [R4] correspondent aux quatre exigences."))
    hints = opts.get("hints", {})
    omit = set(opts.get("omit_rows", []))
    rows = [(s, None) for s, _ in []]
    table = doc.add_table(rows=0, cols=2)
    table.style = doc.styles["Table Grid"]
    for sname, keys in sections:
        if opts.get("sections", True):
            cells = table.add_row().cells
            m = cells[0].merge(cells[1])
            m.paragraphs[0].add_run(sname).bold = True
            _shade(m, opts.get("section_fill", "D9E2F3"))
        for k in keys:
            if k in omit:
                continue
            cells = table.add_row().cells
            lp = cells[0].paragraphs[0]
            lr = lp.add_run(labels[k])
            lr.bold = True
            if opts.get("label_fill"):
                _shade(cells[0], opts["label_fill"])
            if k in hints:
                hp2 = cells[0].add_paragraph()
                hr = hp2.add_run(hints[k])
                hr.italic = True
                hr.font.size = Pt(8)
                hr.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
            _fill_answer(cells[1], k, answers.get(k), dict(opts, answers=answers), doc)
    for row in table.rows:
        if len(row.cells) == 2 and row.cells[0]._tc is not row.cells[1]._tc:
            row.cells[0].width = Cm(5.5)
            row.cells[1].width = Cm(11.5)
    if opts.get("office_box", True):
        doc.add_paragraph()
        ob = doc.add_table(rows=3, cols=2)
        ob.style = doc.styles["Table Grid"]
        ob.cell(0, 0).merge(ob.cell(0, 1)).paragraphs[0].add_run(
            "For CE office use only" if not fr else "Réservé à la Formation continue").bold = True
        ob.cell(1, 0).text = "Received (date):" if not fr else "Reçu le :"
        ob.cell(2, 0).text = "File no.:" if not fr else "No de dossier :"
    if opts.get("after"):
        for line in opts["after"]:
            doc.add_paragraph(line)
    doc.save(path)


# ---------------------------------------------------------------- content controls (shape 2)
def _esc(s):
    return htmlmod.escape(s, quote=True)


def _sdt_run(tag, alias, text, placeholder=False):
    rpr = '<w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>' if placeholder else ""
    sp = "<w:showingPlcHdr/>" if placeholder else ""
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{_esc(alias)}"/><w:tag w:val="{tag}"/>{sp}<w:text/></w:sdtPr>'
            f'<w:sdtContent><w:r>{rpr}<w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:sdtContent></w:sdt>')


def _sdt_dropdown(tag, alias, items, shown):
    li = "".join(f'<w:listItem w:displayText="{_esc(d)}" w:value="{_esc(v)}"/>' for v, d in items)
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{_esc(alias)}"/><w:tag w:val="{tag}"/><w:dropDownList>{li}'
            f'</w:dropDownList></w:sdtPr><w:sdtContent><w:r><w:t xml:space="preserve">{_esc(shown)}</w:t></w:r>'
            f'</w:sdtContent></w:sdt>')


def _sdt_date(tag, alias, iso, shown, fmt):
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{_esc(alias)}"/><w:tag w:val="{tag}"/><w:date '
            f'w:fullDate="{iso}T00:00:00Z"><w:dateFormat w:val="{fmt}"/><w:lid w:val="en-CA"/>'
            f'<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr>'
            f'<w:sdtContent><w:r><w:t>{_esc(shown)}</w:t></w:r></w:sdtContent></w:sdt>')


def _sdt_block(tag, alias, paras):
    ps = "".join(f'<w:p><w:r><w:t xml:space="preserve">{_esc(t)}</w:t></w:r></w:p>' for t in paras)
    return (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{_esc(alias)}"/><w:tag w:val="{tag}"/><w:richText/>'
            f'</w:sdtPr><w:sdtContent>{ps}</w:sdtContent></w:sdt>')


def cc_docx(path, answers, opts):
    """Official form with content controls tagged with the keys (shape 2)."""
    labels = dict(LABELS_EN)
    labels.update(opts.get("labels", {}))
    doc = Document()
    _set_font(doc, opts.get("font", "Calibri"), 10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Continuing Education – Concept Form (content-control version)"
    sec.footer.paragraphs[0].text = "CE-F-07c v3.2"
    t = doc.add_paragraph()
    r = t.add_run("Micro-Course / Credential Concept Form")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Click in each grey box and type your answer. Use the drop-down lists for the choices.")
    table = doc.add_table(rows=0, cols=2)
    table.style = doc.styles["Table Grid"]
    dd = opts.get("dropdowns", {})
    for _, keys in SECTIONS_EN:
        for k in keys:
            cells = table.add_row().cells
            cells[0].paragraphs[0].add_run(labels[k]).bold = True
            cell = cells[1]
            val = answers.get(k)
            tc = cell._tc
            for p in list(tc.findall(qn("w:p"))):
                tc.remove(p)
            if isinstance(val, (O, L, P)):
                items = list(val)
                if isinstance(val, O) and opts.get("outcomes_numbered", True):
                    items = [f"{i + 1}. {x}" for i, x in enumerate(items)]
                elif isinstance(val, L):
                    items = ["\u2022 " + x for x in items]
                tc.append(parse_xml(_sdt_block(k, labels[k], items)))
                continue
            if k in CHOICES and val is not None:
                items, shown = dd[k]
                inner = _sdt_dropdown(k, labels[k], items, shown)
            elif k == "submission_date" and val is not None:
                iso, shown, fmt = opts["date"]
                inner = _sdt_date(k, labels[k], iso, shown, fmt)
            elif val is None or shown_text(val) == "":
                inner = _sdt_run(k, labels[k], "Click or tap here to enter text.", placeholder=True)
            else:
                inner = _sdt_run(k, labels[k], shown_text(val))
            tc.append(parse_xml(f'<w:p {nsdecls("w")}>{inner}</w:p>'))
    doc.save(path)


# ---------------------------------------------------------------- fillable PDF (shape 3)
def acroform_blank(path, names, opts):
    """Draw the official form with AcroForm widgets (blank). names: key -> field name."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    from reportlab.lib.colors import black, white, HexColor
    c = canvas.Canvas(path, pagesize=letter)
    W, H = letter
    form = c.acroForm
    labels = dict(LABELS_EN)
    labels.update(opts.get("labels", {}))
    tall = opts.get("tall", {})
    y = H - 60

    def head():
        c.setFont("Helvetica-Bold", 15)
        c.drawString(50, H - 45, "Micro-Course / Credential Concept Form (fillable)")
        c.setFont("Helvetica", 8)
        c.drawString(50, 30, "CE-F-07f v3.2 – save the filled form and email it to ce@michener.example")
        c.drawRightString(W - 50, 30, f"Page {c.getPageNumber()}")

    head()
    y = H - 75
    for _, keys in SECTIONS_EN:
        for k in keys:
            if k in CHOICES:
                h = 18
            else:
                h = tall.get(k, 18)
            need = h + 16
            if y - need < 50:
                c.showPage()
                head()
                y = H - 75
            c.setFont("Helvetica-Bold", 8.5)
            c.setFillColor(black)
            c.drawString(50, y - 9, labels[k])
            y -= 12
            if k in CHOICES:
                x = 55
                for code, word in OPTIONS_EN[k]:
                    exp = opts["exports"][k][code]
                    if opts.get("choice_mode", "radio") == "radio":
                        form.radio(name=names[k], value=exp, selected=False, x=x, y=y - 13, size=11,
                                   buttonStyle="cross", borderWidth=1, borderColor=black, fillColor=white,
                                   textColor=black, forceBorder=True)
                    else:
                        form.checkbox(name=f"{names[k]}_{exp}", x=x, y=y - 13, size=11, buttonStyle="cross",
                                      borderWidth=1, borderColor=black, fillColor=white, textColor=black,
                                      checked=False, forceBorder=True)
                    c.setFont("Helvetica", 8.5)
                    c.drawString(x + 15, y - 10, word)
                    x += 30 + c.stringWidth(word, "Helvetica", 8.5) + 10
                y -= 22
            else:
                flags = "multiline" if h > 18 else ""
                form.textfield(name=names[k], tooltip=labels[k], x=50, y=y - h, width=W - 100, height=h,
                               borderColor=HexColor("#7f7f7f"), fillColor=HexColor("#eef3fb"), textColor=black,
                               fontName="Helvetica", fontSize=0 if h > 18 else 9, fieldFlags=flags,
                               borderWidth=0.5, forceBorder=True, maxlen=4000)
                y -= h + 6
    c.showPage()
    c.save()


def fill_pikepdf(src, dst, values, checks):
    """Fill with pikepdf's Form API, generating appearance streams."""
    import pikepdf
    from pikepdf.form import Form, DefaultAppearanceStreamGenerator
    pdf = pikepdf.open(src)
    form = Form(pdf, DefaultAppearanceStreamGenerator)
    for name, v in values.items():
        form[name].value = v
    for name, export in checks.items():
        fld = form[name]
        try:
            fld.value = pikepdf.Name("/" + export)
        except Exception:
            for opt in fld.options:
                if str(opt.on_value) == "/" + export:
                    opt.select()
    pdf.Root.AcroForm.NeedAppearances = True
    pdf.save(dst)


def fill_pypdf(src, dst, values, checks):
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject
    r = PdfReader(src)
    w = PdfWriter()
    w.append(r)
    allv = dict(values)
    for name, export in checks.items():
        allv[name] = "/" + export
    for page in w.pages:
        w.update_page_form_field_values(page, allv, auto_regenerate=False)
    w.set_need_appearances_writer(True)
    with open(dst, "wb") as fh:
        w.write(fh)


# ---------------------------------------------------------------- block documents (shape 4, 5, 7)
def blocks_docx(path, blocks, opts=None):
    """blocks: list of (kind, data). kinds: title, h1, h2, p, pb (bold label + text), ul, ol, table, memo, br"""
    opts = opts or {}
    doc = Document()
    _set_font(doc, opts.get("font", "Calibri"), opts.get("size", 11))
    sec = doc.sections[0]
    if opts.get("a4"):
        sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    if opts.get("header"):
        sec.header.paragraphs[0].text = opts["header"]
    if opts.get("footer"):
        sec.footer.paragraphs[0].text = opts["footer"]
    for kind, data in blocks:
        if kind == "title":
            doc.add_paragraph(data, style="Title")
        elif kind == "h1":
            doc.add_heading(data, level=1)
        elif kind == "h2":
            doc.add_heading(data, level=2)
        elif kind == "p":
            doc.add_paragraph(data)
        elif kind == "pi":
            doc.add_paragraph().add_run(data).italic = True
        elif kind == "pb":
            lab, txt = data
            p = doc.add_paragraph()
            p.add_run(lab).bold = True
            if txt:
                p.add_run(" " + txt)
        elif kind == "lines":
            p = doc.add_paragraph()
            for i, line in enumerate(data):
                if i:
                    p.add_run().add_break()
                if isinstance(line, tuple):
                    p.add_run(line[0]).bold = True
                    p.add_run(line[1])
                else:
                    p.add_run(line)
        elif kind == "ul":
            for it in data:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in data:
                doc.add_paragraph(it, style="List Number")
        elif kind == "table":
            rows, widths, header = data["rows"], data.get("widths"), data.get("header", False)
            t = doc.add_table(rows=0, cols=len(rows[0]))
            t.style = doc.styles["Table Grid"]
            for ri, row in enumerate(rows):
                cells = t.add_row().cells
                for ci, txt in enumerate(row):
                    if isinstance(txt, list):
                        cells[ci].paragraphs[0].text = txt[0]
                        for extra in txt[1:]:
                            cells[ci].add_paragraph(extra)
                    else:
                        cells[ci].paragraphs[0].text = txt
                    if (header and ri == 0) or ci in data.get("bold_cols", []):
                        for r_ in cells[ci].paragraphs[0].runs:
                            r_.bold = True
                    if widths:
                        cells[ci].width = Cm(widths[ci])
            doc.add_paragraph()
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.save(path)


def blocks_html(blocks, css="", title="doc"):
    out = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{_esc(title)}</title><style>{css}</style></head><body>"]
    for kind, data in blocks:
        if kind == "raw":
            out.append(data)
        elif kind == "title":
            out.append(f"<h1>{_esc(data)}</h1>")
        elif kind == "h2":
            out.append(f"<h2>{_esc(data)}</h2>")
        elif kind == "p":
            out.append(f"<p>{_esc(data)}</p>")
        elif kind == "pb":
            out.append(f"<p><b>{_esc(data[0])}</b> {_esc(data[1])}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{_esc(x)}</li>" for x in data) + "</ul>")
        elif kind == "ol":
            out.append("<ol>" + "".join(f"<li>{_esc(x)}</li>" for x in data) + "</ol>")
    out.append("</body></html>")
    return "\n".join(out)
