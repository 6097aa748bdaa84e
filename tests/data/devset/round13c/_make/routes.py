"""Producing routes of round 13c. CC0."""
import os, subprocess, shutil, textwrap, tempfile
from lib import esc, soffice, chromium_pdf

# ---------------------------------------------------------------- fillable PDF (reportlab blank, PyMuPDF fill)

def _wrap(c, text, font, size, width):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    out, line = [], ""
    for w in text.split():
        t = (line + " " + w).strip()
        if stringWidth(t, font, size) > width and line:
            out.append(line); line = w
        else:
            line = t
    if line:
        out.append(line)
    return out


def fillable_pdf(path, doc, fill=True, flatten=None):
    """doc: dict with title, subtitle, rows, names (list of field names per row / per option), font."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter, A4
    import pymupdf
    size = A4 if doc.get("a4") else letter
    W, H = size
    blank = tempfile.mktemp(suffix=".pdf")
    c = canvas.Canvas(blank, pagesize=size)
    c.setTitle(doc.get("pdf_title", doc["title"]))
    form = c.acroForm
    lx, lw, fx = 40, 160, 205
    fw = W - fx - 36
    y = H - 50
    def header():
        nonlocal y
        c.setFont("Helvetica-Bold", 13); c.drawString(lx, y, doc["title"]); y -= 15
        c.setFont("Helvetica", 8)
        for s in doc.get("subtitle", []):
            c.drawString(lx, y, s); y -= 10
        y -= 6
    header()
    page = 1
    for i, (key, label, ans) in enumerate(doc["rows"]):
        name = doc["names"][i]
        if isinstance(ans, tuple) and ans[0] == "sect":
            if y < 80:
                c.setFont("Helvetica", 7); c.drawString(lx, 25, doc.get("footer", "") + f"  p. {page}")
                c.showPage(); page += 1; y = H - 50
            c.setFillGray(0.85); c.rect(lx, y - 4, W - 76, 14, fill=1, stroke=0); c.setFillGray(0)
            c.setFont("Helvetica-Bold", 9); c.drawString(lx + 3, y, ans[1]); y -= 20
            continue
        if isinstance(ans, tuple) and ans[0] == "opts":
            h = 14 * len(ans[1]) + 4
        else:
            n = doc.get("heights", {}).get(key)
            if n is None:
                est = sum(max(1, len(l) // 95 + 1) for l in (ans or "").split("\n")) if ans else 1
                n = max(1, est + (1 if est > 1 else 0))
            h = 11 * n + 6
        llines = _wrap(c, label, "Helvetica-Bold", 8, lw)
        h = max(h, 10 * len(llines) + 4)
        if y - h < 45:
            c.setFont("Helvetica", 7); c.drawString(lx, 25, doc.get("footer", "") + f"  p. {page}")
            c.showPage(); page += 1; y = H - 50
        c.setFont("Helvetica-Bold", 8)
        for j, l in enumerate(llines):
            c.drawString(lx, y - 9 - 10 * j, l)
        if isinstance(ans, tuple) and ans[0] == "opts":
            for j, opt in enumerate(ans[1]):
                form.checkbox(name=name[j], x=fx, y=y - 12 - 14 * j, size=10, buttonStyle="cross",
                              borderWidth=0.6, tooltip=opt)
                c.setFont("Helvetica", 8); c.drawString(fx + 14, y - 10 - 14 * j, opt)
        else:
            multi = h > 20
            form.textfield(name=name, x=fx, y=y - h + 2, width=fw, height=h - 2, fontName="Helvetica",
                           fontSize=8 if multi else 9, borderWidth=0.5, fieldFlags="multiline" if multi else "",
                           tooltip=label)
        y -= h + 6
    c.setFont("Helvetica", 7); c.drawString(lx, 25, doc.get("footer", "") + f"  p. {page}")
    c.save()
    if not fill:
        shutil.move(blank, path); return
    pdf = pymupdf.open(blank)
    values = {}
    for i, (key, label, ans) in enumerate(doc["rows"]):
        name = doc["names"][i]
        if isinstance(ans, tuple) and ans[0] == "opts":
            if ans[2] is not None:
                values[name[ans[2]]] = True
        elif isinstance(ans, str) and ans:
            values[name] = ans
    for pg in pdf:
        for w in pg.widgets():
            if w.field_name in values:
                v = values[w.field_name]
                if v is True:
                    w.field_value = w.on_state()
                else:
                    w.field_value = v
                    if w.field_flags & 4096:
                        w.text_fontsize = 7.5
                w.update()
    pdf.set_metadata({"title": doc.get("pdf_title", doc["title"]), "producer": "PyMuPDF",
                      "creator": doc.get("creator", "ReportLab PDF Library")})
    if flatten == "bake":
        pdf.bake()
    tmp = tempfile.mktemp(suffix=".pdf")
    pdf.save(tmp, garbage=3, deflate=True)
    if flatten == "gs":
        subprocess.run(["gs", "-q", "-dBATCH", "-dNOPAUSE", "-dSAFER", "-sDEVICE=pdfwrite", "-dPreserveAnnots=false",
                        "-dPrinted", "-o", path, tmp], check=True)
    else:
        shutil.move(tmp, path)

# ---------------------------------------------------------------- DOCX form with own table layout + content controls

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
_id = [1000]

def _nid():
    _id[0] += 1
    return _id[0]


def _r(text, bold=False, color=None, size=None):
    rpr = ""
    if bold or color or size:
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + (f'<w:color w:val="{color}"/>' if color else "") + \
              (f'<w:sz w:val="{size}"/>' if size else "") + "</w:rPr>"
    return f'<w:r>{rpr}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


def sdt_text_block(tag, alias, text, placeholder=False):
    """block-level rich-text control holding one paragraph per line"""
    ph = "<w:showingPlcHdr/>" if placeholder else ""
    lines = ["Click or tap here to enter text."] if placeholder else (text.split("\n") if text else [""])
    paras = "".join(f'<w:p>{_r(l, color="808080" if placeholder else None)}</w:p>' for l in lines)
    tg = f'<w:tag w:val="{tag}"/>' if tag else ""
    return (f'<w:sdt xmlns:w="{W}"><w:sdtPr><w:alias w:val="{esc(alias)}"/>{tg}<w:id w:val="{_nid()}"/>{ph}'
            f'</w:sdtPr><w:sdtContent>{paras}</w:sdtContent></w:sdt>')


def sdt_dropdown_para(tag, alias, items, chosen):
    ph = "<w:showingPlcHdr/>" if chosen is None else ""
    shown = "Choose an item." if chosen is None else items[chosen]
    li = "".join(f'<w:listItem w:displayText="{esc(t)}" w:value="{esc(t)}"/>' for t in items)
    return (f'<w:p xmlns:w="{W}"><w:sdt><w:sdtPr><w:alias w:val="{esc(alias)}"/><w:tag w:val="{tag}"/>'
            f'<w:id w:val="{_nid()}"/>{ph}<w:dropDownList>{li}</w:dropDownList></w:sdtPr>'
            f'<w:sdtContent>{_r(shown)}</w:sdtContent></w:sdt></w:p>')


def sdt_date_para(tag, alias, shown, iso, fmt):
    return (f'<w:p xmlns:w="{W}"><w:sdt><w:sdtPr><w:alias w:val="{esc(alias)}"/><w:tag w:val="{tag}"/>'
            f'<w:id w:val="{_nid()}"/><w:date w:fullDate="{iso}T00:00:00Z"><w:dateFormat w:val="{fmt}"/>'
            f'<w:lid w:val="en-CA"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/>'
            f'</w:date></w:sdtPr><w:sdtContent>{_r(shown)}</w:sdtContent></w:sdt></w:p>')


def checkbox_para(options, ticked, tag=None, sep="    "):
    """one paragraph: untagged (or tagged) w14:checkbox controls followed by the option text"""
    parts = []
    for j, o in enumerate(options):
        on = j == ticked
        tg = f'<w:tag w:val="{tag}_{j}"/>' if tag else ""
        parts.append(
            f'<w:sdt><w:sdtPr><w:id w:val="{_nid()}"/>{tg}<w14:checkbox><w14:checked w14:val="{1 if on else 0}"/>'
            f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" '
            f'w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" '
            f'w:hAnsi="MS Gothic" w:eastAsia="MS Gothic"/></w:rPr><w:t>{"☒" if on else "☐"}</w:t></w:r></w:sdtContent></w:sdt>')
        parts.append(_r(" " + o + (sep if j < len(options) - 1 else "")))
    return f'<w:p xmlns:w="{W}" xmlns:w14="{W14}">' + "".join(parts) + "</w:p>"


def docx_form(path, doc):
    """doc: title, intro (list), rows, mode: 'cc' (tagged controls, shape 2) or 'typed' (shape 1),
    layout: 'grid4' (contact block in 4 columns, then 2 columns) or 'stack' (label row above answer row)
    or 'two' (plain two columns with numbered labels)."""
    import docx
    from docx.shared import Pt, Cm, RGBColor
    from docx.oxml import parse_xml
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = doc.get("font", "Calibri"); st.font.size = Pt(doc.get("size", 10))
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(1.8); s.top_margin = Cm(1.5)
        if doc.get("header"):
            s.header.paragraphs[0].text = doc["header"]
        if doc.get("footer"):
            s.footer.paragraphs[0].text = doc["footer"]
    h = d.add_paragraph(); rr = h.add_run(doc["title"]); rr.bold = True; rr.font.size = Pt(15)
    for line in doc.get("intro", []):
        p = d.add_paragraph(line); p.runs[0].italic = True
    mode, layout = doc["mode"], doc["layout"]
    rows = doc["rows"]
    ncol = 4 if layout == "grid4" else 2
    t = d.add_table(rows=0, cols=ncol); t.style = "Table Grid"

    def fill_cell(cell, key, label, ans, alias):
        cell._tc.remove(cell.paragraphs[0]._p)
        if isinstance(ans, tuple) and ans[0] == "opts":
            if mode == "typed_chars":
                txt = "    ".join(("☒ " if j == ans[2] else "☐ ") + o for j, o in enumerate(ans[1]))
                cell._tc.append(parse_xml(f'<w:p xmlns:w="{W}">{_r(txt)}</w:p>'))
            elif mode == "cc" and doc.get("dropdowns", True) and key != "delivery_format":
                cell._tc.append(parse_xml(sdt_dropdown_para(key, alias, ans[1], ans[2])))
            else:
                cell._tc.append(parse_xml(checkbox_para(ans[1], ans[2], tag=key if mode == "cc" else None)))
            return
        if mode == "cc":
            if key in doc.get("dates", {}):
                shown, iso, fmt = doc["dates"][key]
                cell._tc.append(parse_xml(sdt_date_para(key, alias, shown, iso, fmt)))
            else:
                cell._tc.append(parse_xml(sdt_text_block(key, alias, ans, placeholder=not ans)))
                cell._tc.append(parse_xml(f'<w:p xmlns:w="{W}"/>'))  # cell must end with a paragraph
        else:
            for l in (ans or "").split("\n"):
                cell._tc.append(parse_xml(f'<w:p xmlns:w="{W}">{_r(l)}</w:p>'))

    def shade(cell, fill):
        tcPr = cell._tc.get_or_add_tcPr()
        tcPr.append(parse_xml(f'<w:shd xmlns:w="{W}" w:val="clear" w:color="auto" w:fill="{fill}"/>'))

    i = 0
    contact = doc.get("grid_keys", [])
    while i < len(rows):
        key, label, ans = rows[i]
        if isinstance(ans, tuple) and ans[0] == "sect":
            r = t.add_row(); c0 = r.cells[0].merge(r.cells[-1])
            c0.paragraphs[0].add_run(ans[1]).bold = True; shade(c0, "1F3864")
            c0.paragraphs[0].runs[0].font.color.rgb = RGBColor(255, 255, 255)
            i += 1; continue
        if layout == "grid4" and key in contact:
            r = t.add_row()
            for j in range(2):
                if i < len(rows) and rows[i][0] in contact:
                    k, lab, a = rows[i]
                    r.cells[2 * j].paragraphs[0].add_run(lab).bold = True; shade(r.cells[2 * j], "D9E2F3")
                    fill_cell(r.cells[2 * j + 1], k, lab, a, lab)
                    i += 1
            continue
        if layout == "stack":
            r = t.add_row(); c0 = r.cells[0].merge(r.cells[1])
            c0.paragraphs[0].add_run(label).bold = True; shade(c0, "E7E6E6")
            r2 = t.add_row(); c1 = r2.cells[0].merge(r2.cells[1])
            fill_cell(c1, key, label, ans, label)
        else:
            r = t.add_row()
            if layout == "grid4":
                c0 = r.cells[0]; c1 = r.cells[1].merge(r.cells[3])
            else:
                c0, c1 = r.cells[0], r.cells[1]
            c0.paragraphs[0].add_run(label).bold = True; shade(c0, "D9E2F3")
            fill_cell(c1, key, label, ans, label)
        i += 1
    for line in doc.get("outro", []):
        d.add_paragraph(line)
    if doc.get("office_box"):
        d.add_paragraph()
        t2 = d.add_table(rows=2, cols=2); t2.style = "Table Grid"
        t2.cell(0, 0).merge(t2.cell(0, 1)).paragraphs[0].add_run("For CE office use only").bold = True
        t2.cell(1, 0).text = "Received:"; t2.cell(1, 1).text = "Reference no.:"
    d.core_properties.title = doc["title"]; d.core_properties.author = doc.get("author", "")
    d.save(path)


def docx_to_pdf(docx_path, pdf_path):
    tmpd = tempfile.mkdtemp()
    src = os.path.join(tmpd, "in.docx"); shutil.copy(docx_path, src)
    soffice(src, "pdf", tmpd)
    shutil.move(os.path.join(tmpd, "in.pdf"), pdf_path)

# ---------------------------------------------------------------- HTML (form, email print, letters) -> Chromium

def html_to_pdf(html_text, pdf_path):
    tmpd = tempfile.mkdtemp()
    hp = os.path.join(tmpd, "page.html")
    with open(hp, "w", encoding="utf-8") as fh:
        fh.write(html_text)
    chromium_pdf(hp, pdf_path)


def html_form(doc):
    """the official form retyped as an HTML table (own layout), for Chromium print"""
    css = doc.get("css", "")
    out = [f'<html><head><meta charset="utf-8"><title>{esc(doc["title"])}</title><style>body{{font-family:'
           f'{doc.get("font","Arial")};font-size:10pt;margin:0}} table{{border-collapse:collapse;width:100%}} '
           f'td{{border:1px solid #777;padding:4px 6px;vertical-align:top}} td.l{{width:32%;background:#eef;font-weight:bold}} '
           f'tr.s td{{background:#335;color:#fff;font-weight:bold}} {css}</style></head><body>',
           f'<h2>{esc(doc["title"])}</h2>']
    for l in doc.get("intro", []):
        out.append(f"<p><i>{esc(l)}</i></p>")
    out.append("<table>")
    for key, label, ans in doc["rows"]:
        if isinstance(ans, tuple) and ans[0] == "sect":
            out.append(f'<tr class="s"><td colspan="2">{esc(ans[1])}</td></tr>'); continue
        if isinstance(ans, tuple) and ans[0] == "opts":
            v = "&nbsp;&nbsp;&nbsp;".join(("☒ " if j == ans[2] else "☐ ") + esc(o) for j, o in enumerate(ans[1]))
        else:
            v = "".join(f"<div>{esc(l) or '&nbsp;'}</div>" for l in (ans or "").split("\n"))
        out.append(f'<tr><td class="l">{esc(label)}</td><td>{v}</td></tr>')
    out.append("</table>")
    for l in doc.get("outro", []):
        out.append(f"<p>{esc(l)}</p>")
    out.append("</body></html>")
    return "\n".join(out)

# ---------------------------------------------------------------- scan

def scan(src_pdf, out_pdf, rotate=0.7):
    import pymupdf
    from PIL import Image
    tmpd = tempfile.mkdtemp()
    pdf = pymupdf.open(src_pdf)
    imgs = []
    for i, pg in enumerate(pdf):
        png = os.path.join(tmpd, f"p{i}.png"); pix = pg.get_pixmap(dpi=150, colorspace=pymupdf.csGRAY); pix.save(png)
        jpg = os.path.join(tmpd, f"p{i}.jpg")
        subprocess.run(["convert", png, "-background", "white", "-rotate", str(rotate if i % 2 == 0 else -rotate * 0.6),
                        "-attenuate", "0.35", "+noise", "Gaussian", "-blur", "0x0.5", "-level", "8%,92%",
                        "-quality", "60", jpg], check=True)
        imgs.append(Image.open(jpg).convert("L"))
    imgs[0].save(out_pdf, save_all=True, append_images=imgs[1:], resolution=150)
