"""Producing routes of round 13b: one builder per genre."""
import html as H
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from lib import chromium_pdf, via_soffice_pdf


# ---------- DOCX (python-docx): Q&A documents and tables ----------
def _shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def _runs(par, spec):
    """spec: str or list of (text, 'b'/'i'/'bi'/'')"""
    if isinstance(spec, str):
        par.add_run(spec); return
    for t, st in spec:
        r = par.add_run(t)
        r.bold = "b" in st; r.italic = "i" in st


def _cell(cell, content, bold=False, italic=False, size=None):
    paras = content if isinstance(content, list) else [content]
    first = True
    for c in paras:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if isinstance(c, tuple) and c[0] in ("ul", "ol"):
            p.style = "List Bullet" if c[0] == "ul" else "List Number"
            p.add_run(c[1])
            continue
        if isinstance(c, str):
            r = p.add_run(c); r.bold = bold; r.italic = italic
            if size: r.font.size = Pt(size)
        else:
            _runs(p, c)


def docx_blocks(path, blocks, font="Calibri", size=11, margins=2.2):
    d = Document()
    st = d.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(margins)
    for b in blocks:
        kind = b[0]
        if kind == "title":
            d.add_heading(b[1], level=0 if len(b) < 3 else b[2])
        elif kind == "h":
            d.add_heading(b[1], level=b[2] if len(b) > 2 else 2)
        elif kind == "p":
            _runs(d.add_paragraph(), b[1])
        elif kind == "pb":
            p = d.add_paragraph(); r = p.add_run(b[1]); r.bold = True
        elif kind == "pi":
            p = d.add_paragraph(); r = p.add_run(b[1]); r.italic = True
        elif kind == "ul":
            for it in b[1]:
                _runs(d.add_paragraph(style="List Bullet"), it)
        elif kind == "ol":
            for it in b[1]:
                _runs(d.add_paragraph(style="List Number"), it)
        elif kind == "lines":  # one paragraph, manual line breaks
            p = d.add_paragraph()
            for i, ln in enumerate(b[1]):
                r = p.add_run(ln)
                if i < len(b[1]) - 1:
                    r.add_break()
        elif kind == "table":
            opts = b[2] if len(b) > 2 else {}
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = opts.get("style", "Table Grid")
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    c = t.cell(i, j)
                    hdr = i == 0 and opts.get("header", False)
                    lab = j in opts.get("label_cols", ()) or i in opts.get("label_rows", ())
                    _cell(c, val, bold=hdr or (lab and opts.get("label_bold", True)),
                          italic=lab and opts.get("label_italic", False), size=opts.get("size"))
                    if hdr and opts.get("header_fill"):
                        _shade(c, opts["header_fill"])
                    elif lab and opts.get("label_fill"):
                        _shade(c, opts["label_fill"])
            if "widths" in opts:
                t.autofit = False
                for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), opts["widths"]):
                    gc.set(qn("w:w"), str(int(w * 567)))
                for row in t.rows:
                    for j, w in enumerate(opts["widths"]):
                        row.cells[j].width = Cm(w)
            d.add_paragraph()
        else:
            raise ValueError(kind)
    d.save(path)


# ---------- Slide handout: python-pptx -> LibreOffice Impress PDF ----------
def slides_pdf(out, slides, theme=None):
    from pptx import Presentation
    from pptx.util import Inches, Pt as PPt
    from pptx.dml.color import RGBColor as PRGB

    def build(src):
        prs = Presentation()
        prs.slide_width = Inches(13.333); prs.slide_height = Inches(7.5)
        for s in slides:
            if s.get("cover"):
                sl = prs.slides.add_slide(prs.slide_layouts[0])
                sl.shapes.title.text = s["title"]
                sub = sl.placeholders[1]
                sub.text = "\n".join(s.get("sub", []))
                # the default layout is 4:3; place the cover texts across the 16:9 slide
                for shp, (t, h) in ((sl.shapes.title, (1.0, 2.0)), (sub, (3.2, 3.6))):
                    shp.left = Inches(0.8); shp.width = Inches(11.7); shp.top = Inches(t); shp.height = Inches(h)
                for p in sub.text_frame.paragraphs:
                    for r in p.runs:
                        r.font.size = PPt(22)
                continue
            sl = prs.slides.add_slide(prs.slide_layouts[5])  # title only
            sl.shapes.title.text = s["title"]
            sl.shapes.title.text_frame.paragraphs[0].font.size = PPt(s.get("title_size", 32))
            top = Inches(1.6)
            btop = top + (Inches(0.5) * len(s["table"]) + Inches(0.5) if "table" in s else 0)
            if "bullets" in s:
                box = sl.shapes.add_textbox(Inches(0.7), btop, Inches(11.9), Inches(5.4))
                tf = box.text_frame; tf.word_wrap = True
                first = True
                for item in s["bullets"]:
                    text, lvl = (item, 0) if isinstance(item, str) else item
                    p = tf.paragraphs[0] if first else tf.add_paragraph()
                    first = False
                    p.level = lvl
                    mark = s.get("marker", "•")
                    prefix = "" if (mark == "" or lvl < 0) else ("    " * lvl + (mark + " " if lvl == 0 else "– "))
                    r = p.add_run(); r.text = prefix + text
                    r.font.size = PPt(s.get("size", 20) - 2 * max(lvl, 0))
                    if isinstance(item, tuple) and len(item) > 2 and "b" in item[2]:
                        r.font.bold = True
            if "table" in s:
                rows = s["table"]
                ncol = len(rows[0])
                h = Inches(0.5) * len(rows)
                gt = sl.shapes.add_table(len(rows), ncol, Inches(0.6), top, Inches(12.1), h).table
                if s.get("plain_table"):
                    gt.first_row = False
                for j, w in enumerate(s.get("col_widths", [])):
                    gt.columns[j].width = Inches(w)
                for i, row in enumerate(rows):
                    for j, val in enumerate(row):
                        c = gt.cell(i, j)
                        c.text = val
                        for p in c.text_frame.paragraphs:
                            for r in p.runs:
                                r.font.size = PPt(s.get("size", 16))
            if "notes" in s:
                sl.notes_slide.notes_text_frame.text = s["notes"]
        prs.save(src)
    via_soffice_pdf(build, out, ".pptx")


# ---------- Spreadsheet: openpyxl -> LibreOffice Calc PDF ----------
def sheet_pdf(out, rows, widths, bold_rows=(), bold_cols=(), merges=(), title=None, landscape=False,
              fill_rows=(), sheet_name="Sheet1", header_text=None):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill, Border, Side
    from openpyxl.utils import get_column_letter

    def build(src):
        wb = Workbook(); ws = wb.active; ws.title = sheet_name
        thin = Side(style="thin", color="999999")
        for i, row in enumerate(rows, start=1):
            for j, val in enumerate(row, start=1):
                if val is None:
                    continue
                c = ws.cell(row=i, column=j, value=val)
                c.alignment = Alignment(wrap_text=True, vertical="top")
                c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
                if (i - 1) in bold_rows or (j - 1) in bold_cols:
                    c.font = Font(bold=True)
                if (i - 1) in fill_rows:
                    c.fill = PatternFill("solid", fgColor="DDEBF7")
        for rng in merges:
            ws.merge_cells(rng)
        for j, w in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(j)].width = w
        # explicit row heights (Calc does not re-fit rows of an imported xlsx when printing)
        import math
        merged_first = {}
        for rng in merges:
            a, b = rng.split(":")
            from openpyxl.utils.cell import coordinate_from_string, column_index_from_string
            ca, ra = coordinate_from_string(a); cb, rb = coordinate_from_string(b)
            merged_first[(ra, column_index_from_string(ca))] = sum(
                widths[column_index_from_string(ca) - 1:column_index_from_string(cb)])
        for i, row in enumerate(rows, start=1):
            lines = 1
            for j, val in enumerate(row, start=1):
                if val is None:
                    continue
                w = merged_first.get((i, j), widths[j - 1])
                n = sum(max(1, math.ceil(len(part) * 1.1 / max(w - 1, 1))) for part in str(val).split("\n"))
                lines = max(lines, n)
            ws.row_dimensions[i].height = 15 * lines + 3
        ws.page_setup.orientation = "landscape" if landscape else "portrait"
        ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        if header_text:
            ws.oddHeader.center.text = header_text
        ws.oddFooter.right.text = "Page &P of &N"
        wb.save(src)
    via_soffice_pdf(build, out, ".xlsx")


# ---------- Form-service response print: HTML -> Chromium PDF ----------
def e(s):
    return H.escape(s)


def html_pdf(out, html):
    chromium_pdf(html, out)
