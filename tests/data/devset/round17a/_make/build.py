"""python build.py tuning|heldout [name ...] – builds the documents and expected files of one half."""
import sys, os, importlib, tempfile, shutil, subprocess, textwrap
from lib import *
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
import pymupdf

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DJ = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DJB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
_id = [100]


def nid():
    _id[0] += 1
    return _id[0]


def form_rows(d):
    skip = set(d.get("omit_rows", []))
    for sec, rows in FORM:
        yield sec, [r for r in rows if r[0] not in skip]


def doc_header(doc, d):
    p = doc.add_paragraph()
    r = p.add_run(d.get("form_title", FORM_TITLE))
    r.bold = True
    r.font.size = Pt(15)
    if d.get("intro", True):
        q = doc.add_paragraph(d.get("intro_text", "Complete every section and email the form to ce@michener.example. "
                                    "Fields marked [R1]–[R4] relate to the four institutional requirements."))
        q.runs[0].font.size = Pt(8)


# ------------------------------------------------------------------ G1: content controls
def sdt_text(key, label, value, multiline=False, placeholder="Click or tap here to enter text."):
    ph = value is None
    txt = placeholder if ph else value
    color = "808080" if ph else None
    pr = (f'<w:sdtPr>{rpr(color=color)}<w:alias w:val="{escape(label)}"/><w:tag w:val="{key}"/><w:id w:val="{nid()}"/>'
          + ("<w:showingPlcHdr/>" if ph else "") + (f'<w:text w:multiLine="1"/>' if multiline else "<w:text/>") + "</w:sdtPr>")
    return f"<w:sdt>{pr}<w:sdtContent>{run_xml(txt, color=color)}</w:sdtContent></w:sdt>"


def sdt_drop(key, label, opts, code, display=None):
    items = "".join(f'<w:listItem w:displayText="{escape(t)}" w:value="{escape(v)}"/>' for v, t in opts)
    ph = code is None
    txt = "Choose an item." if ph else (display or dict(opts)[code])
    color = "808080" if ph else None
    pr = (f'<w:sdtPr>{rpr(color=color)}<w:alias w:val="{escape(label)}"/><w:tag w:val="{key}"/><w:id w:val="{nid()}"/>'
          + ("<w:showingPlcHdr/>" if ph else "") + f'<w:dropDownList><w:listItem w:value=""/>{items}</w:dropDownList></w:sdtPr>')
    return f"<w:sdt>{pr}<w:sdtContent>{run_xml(txt, color=color)}</w:sdtContent></w:sdt>"


def sdt_check(tag, checked):
    ch = "☒" if checked else "☐"
    return (f'<w:sdt><w:sdtPr><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
            f'<w:tag w:val="{tag}"/><w:id w:val="{nid()}"/><w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
            '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
            f'</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" '
            f'w:hAnsi="MS Gothic"/></w:rPr><w:t>{ch}</w:t></w:r></w:sdtContent></w:sdt>')


def sdt_date(key, label, iso, display):
    ph = iso is None
    txt = "Click or tap to enter a date." if ph else display
    color = "808080" if ph else None
    full = f' w:fullDate="{iso}T00:00:00Z"' if iso else ""
    pr = (f'<w:sdtPr>{rpr(color=color)}<w:alias w:val="{escape(label)}"/><w:tag w:val="{key}"/><w:id w:val="{nid()}"/>'
          + ("<w:showingPlcHdr/>" if ph else "") +
          f'<w:date{full}><w:dateFormat w:val="{d_fmt(display)}"/><w:lid w:val="en-CA"/>'
          '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr>')
    return f"<w:sdt>{pr}<w:sdtContent>{run_xml(txt, color=color)}</w:sdtContent></w:sdt>"


def d_fmt(display):
    return "yyyy-MM-dd" if display and display[:4].isdigit() else "MMMM d, yyyy"


def value_text(d, key):
    v = shown(d, key)
    if v is None:
        return None
    if isinstance(v, list):
        return "\n".join(v)
    return v


def build_cc(d, path):
    """Official table; answers in content controls tagged with the keys."""
    doc = new_doc(font=d.get("font", "Calibri"), header=d.get("header"), footer=d.get("footer"))
    fr = d.get("fr", False)
    doc_header(doc, d)
    t = form_table(doc)
    style = d.get("choice_style", {})
    for sec, rows in form_rows(d):
        section_row(t, sec)
        for key, label, hint in rows:
            lab = label_of(key, fr)
            r = t.add_row()
            label_cell(r.cells[0], lab, "" if fr else hint)
            if key in OPTS:
                code = d["fields"].get(key)
                opts = OPTS[key]
                if fr:
                    opts = [(v, t_) for (v, _), t_ in zip(OPTS[key], OPTS_FR[key])]
                if style.get(key, "dropdown") == "dropdown":
                    cell_set_paras(r.cells[1], [P(sdt_drop(key, lab, opts, code, d.get("show", {}).get(key)))])
                else:
                    cell_set_paras(r.cells[1], [P(sdt_check(f"{key}_{v}", v == code) + run_xml(" " + txt))
                                                for v, txt in opts])
            elif key == "submission_date":
                cell_set_paras(r.cells[1], [P(sdt_date(key, lab, d["fields"].get(key), value_text(d, key)))])
            else:
                v = value_text(d, key)
                if key in d.get("typed_beside", {}):   # typed next to the control instead of into it
                    cell_set_paras(r.cells[1], [P(run_xml(d["typed_beside"][key]) + sdt_text(key, lab, None))])
                else:
                    cell_set_paras(r.cells[1], [P(sdt_text(key, lab, v, multiline=v is not None and "\n" in v))])
    if d.get("office_box", True):
        doc.add_paragraph()
        o = doc.add_table(rows=2, cols=2)
        o.style = "Table Grid"
        o.cell(0, 0).merge(o.cell(0, 1)).paragraphs[0].add_run("For CE office use only").bold = True
        o.cell(1, 0).text = "Received / Reference:"
    doc.save(path)


# ------------------------------------------------------------------ G2: legacy form fields
def ff_text(name, value, maxlen=None):
    res = "\u2002" * 5 if value is None else value
    ml = f'<w:maxLength w:val="{maxlen}"/>' if maxlen else ""
    return (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/><w:textInput>{ml}</w:textInput></w:ffData></w:fldChar></w:r>'
            '<w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run_xml(res) +
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def ff_check(name, checked):
    c = "<w:checked/>" if checked else ""
    return (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="0"/>{c}</w:checkBox></w:ffData>'
            '</w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def build_legacy(d, path):
    doc = new_doc(font=d.get("font", "Arial"), size=9, header=d.get("header"), footer=d.get("footer"))
    doc_header(doc, d)
    t = form_table(doc)
    n = [0, 0]
    beside = d.get("typed_in_label", {})
    for sec, rows in form_rows(d):
        section_row(t, sec, shade="E7E6E6")
        for key, label, hint in rows:
            r = t.add_row()
            if key in beside:   # applicant typed the answer after the label, in the label cell
                cell_set_paras(r.cells[0], [P(run_xml(label + ":", bold=True) + run_xml("\t" + beside[key]))])
                n[0] += 1
                cell_set_paras(r.cells[1], [P(ff_text(f"Text{n[0]}", None))])
                continue
            label_cell(r.cells[0], label, hint)
            if key in OPTS:
                code = d["fields"].get(key)
                paras = []
                for v, txt in OPTS[key]:
                    n[1] += 1
                    paras.append(P(ff_check(f"Check{n[1]}", v == code) + run_xml(" " + txt)))
                cell_set_paras(r.cells[1], paras)
            else:
                n[0] += 1
                v = value_text(d, key)
                cell_set_paras(r.cells[1], [P(ff_text(f"Text{n[0]}", v))])
    doc.add_paragraph()
    doc.add_paragraph("For CE office use only – Reference: ______   Reviewer: ______")
    doc.settings.element.append(parse_xml(
        f'<w:documentProtection {nsdecls("w")} w:edit="forms" w:enforcement="1"/>'))
    doc.save(path)


# ------------------------------------------------------------------ G3: Word editing artefacts
def seg_xml(segs, author, date):
    out = []
    for kind, txt in segs:
        if kind == "t":
            out.append(run_xml(txt))
        elif kind == "ins":
            out.append(f'<w:ins w:id="{nid()}" w:author="{author}" w:date="{date}">{run_xml(txt)}</w:ins>')
        elif kind == "del":
            out.append(f'<w:del w:id="{nid()}" w:author="{author}" w:date="{date}">{run_xml(txt, tag="w:delText")}</w:del>')
    return "".join(out)


def textbox_xml(text, width_pt=300, height_pt=60):
    paras = "".join(f'<w:p>{run_xml(line)}</w:p>' for line in text.split("\n"))
    return ('<w:r><w:pict><v:shapetype xmlns:v="urn:schemas-microsoft-com:vml" id="_x0000_t202" coordsize="21600,21600" '
            'o:spt="202" path="m,l,21600r21600,l21600,xe" xmlns:o="urn:schemas-microsoft-com:office:office">'
            '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
            f'<v:shape xmlns:v="urn:schemas-microsoft-com:vml" id="Text Box {nid()}" type="#_x0000_t202" '
            f'style="width:{width_pt}pt;height:{height_pt}pt;mso-wrap-style:square" strokeweight=".5pt">'
            f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape>'
            '</w:pict></w:r>')


def build_edited(d, path):
    """Official table with ☐/☒ characters; reviewer's tracked changes (unaccepted) and comments; answers in text boxes."""
    doc = new_doc(font=d.get("font", "Calibri"), header=d.get("header"), footer=d.get("footer"))
    fr = d.get("fr", False)
    doc_header(doc, d)
    t = form_table(doc)
    revs = d.get("revisions", {})
    boxes = d.get("textboxes", set())
    author, date = d.get("rev_author", "Reviewer"), d.get("rev_date", "2026-11-20T09:00:00Z")
    comment_runs = {}
    for sec, rows in form_rows(d):
        section_row(t, sec, shade="FFF2CC")
        for key, label, hint in rows:
            lab = label_of(key, fr)
            r = t.add_row()
            label_cell(r.cells[0], lab, "" if fr else hint)
            cell = r.cells[1]
            if key in OPTS:
                code = d["fields"].get(key)
                opts = OPTS[key] if not fr else [(v, t_) for (v, _), t_ in zip(OPTS[key], OPTS_FR[key])]
                was = d.get("was_ticked", {}).get(key)   # tick moved by a tracked change
                paras = []
                for v, txt in opts:
                    if was and v in (was, code) and was != code:
                        old, new = ("☒", "☐") if v == was else ("☐", "☒")
                        paras.append(P(seg_xml([("del", old), ("ins", new), ("t", " " + txt)], author, date)))
                    else:
                        paras.append(P(run_xml(("☒ " if v == code else "☐ ") + txt)))
                cell_set_paras(cell, paras)
            elif key in revs:
                cell_set_paras(cell, [P(seg_xml(revs[key], author, date))])
            elif key in boxes:
                cell_set_paras(cell, [P(textbox_xml(value_text(d, key), 300, 14 * (1 + value_text(d, key).count("\n") + len(value_text(d, key)) // 70)))])
            else:
                v = value_text(d, key)
                if v is None:
                    continue
                lines = v.split("\n") if key in d.get("para_keys", ()) else [v]
                cell.paragraphs[0].add_run(lines[0])
                for ln in lines[1:]:
                    cell.add_paragraph(ln)
                if key in d.get("comments", {}):
                    comment_runs[key] = cell.paragraphs[0].runs
    for key, (who, text) in d.get("comments", {}).items():
        runs = comment_runs[key]
        doc.add_comment(runs, text=text, author=who, initials="".join(w[0] for w in who.split()))
    doc.save(path)


# ------------------------------------------------------------------ PDFs (PyMuPDF)
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.utils import simpleSplit
pdfmetrics.registerFont(TTFont("DejaVu", DJ))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", DJB))


class Pager:
    """Draws the static form with reportlab (top-down y); widgets / annotations are added later with PyMuPDF."""
    def __init__(self, path, title, fr=False):
        self.c = rl_canvas.Canvas(path, pagesize=(612, 792))
        self.c.setTitle(title)
        self.n = 0
        self.y = 0
        self.new(first=True)

    def new(self, first=False):
        if not first:
            self.c.showPage()
        self.n += 1
        self.c.setFont("DejaVu", 7)
        self.c.setFillColorRGB(.4, .4, .4)
        self.c.drawString(50, 792 - 770, f"{FORM_TITLE} – page {self.n}")
        self.c.setFillColorRGB(0, 0, 0)
        self.y = 60

    def need(self, h):
        if self.y + h > 750:
            self.new()

    def text(self, x, s, size=9, bold=False, color=(0, 0, 0)):
        self.c.setFont("DejaVu-Bold" if bold else "DejaVu", size)
        self.c.setFillColorRGB(*color)
        self.c.drawString(x, 792 - self.y, s)
        self.c.setFillColorRGB(0, 0, 0)

    def line(self, x0, y, x1, grey=.5):
        self.c.setStrokeColorRGB(grey, grey, grey)
        self.c.setLineWidth(.5)
        self.c.line(x0, 792 - y, x1, 792 - y)

    def box(self, r, fill=None):
        if fill:
            self.c.setFillColorRGB(*fill)
            self.c.rect(r.x0, 792 - r.y1, r.width, r.height, stroke=0, fill=1)
            self.c.setFillColorRGB(0, 0, 0)
        else:
            self.c.setStrokeColorRGB(0, 0, 0)
            self.c.setLineWidth(.6)
            self.c.rect(r.x0, 792 - r.y1, r.width, r.height, stroke=1, fill=0)

    def textbox(self, rect, text, size, leading, color=(0, 0, .55)):
        lines = []
        for para in text.split("\n"):
            lines += simpleSplit(para, "DejaVu", size, rect.width - 2) or [""]
        if len(lines) * leading > rect.height + 3:
            return False
        self.c.setFont("DejaVu", size)
        self.c.setFillColorRGB(*color)
        y = rect.y0 + leading - (5 if leading >= 15 else 2)
        for ln in lines:
            self.c.drawString(rect.x0 + 1, 792 - y, ln)
            y += leading
        self.c.setFillColorRGB(0, 0, 0)
        return True


LONG = {"target_learners", "rationale", "competencies", "learning_outcomes", "summative_assessment",
        "education_plan_alignment", "resources_required", "competency_framework"}


def layout_blank(pg, d, nlines_of, widget_cb=None, fr=False):
    """Draws the blank official form; returns {key: (page_index, rect, nlines)} and option boxes."""
    slots, boxes = {}, {}
    pg.y = 60
    pg.text(50, d.get("form_title", FORM_TITLE), size=14, bold=True)
    pg.y += 16
    pg.text(50, "Michener Institute – Continuing Education. Email the completed form to ce@michener.example.", size=7)
    pg.y += 18
    for sec, rows in form_rows(d):
        pg.need(60)
        pg.box(pymupdf.Rect(45, pg.y - 10, 567, pg.y + 4), fill=(.85, .88, .95))
        pg.text(50, sec, size=9, bold=True)
        pg.y += 18
        for key, label, hint in rows:
            lab = label_of(key, fr)
            if key in OPTS and key not in d.get("combo", ()):
                pg.need(20)
                pg.text(50, lab, bold=True)
                opts = OPTS[key] if not fr else [(v, t_) for (v, _), t_ in zip(OPTS[key], OPTS_FR[key])]
                x = 215 if not fr else 50
                if fr:
                    pg.y += 13
                for v, txt in opts:
                    w = pdfmetrics.stringWidth(txt, "DejaVu", 8) + 22
                    if x + w > 567:
                        x = 215 if not fr else 50
                        pg.y += 13
                    r = pymupdf.Rect(x, pg.y - 8, x + 9, pg.y + 1)
                    pg.box(r)
                    boxes[(key, v)] = (pg.n - 1, r)
                    pg.text(x + 13, txt, size=8)
                    x += w + 8
                pg.y += 20
            elif key in LONG:
                n = nlines_of(key)
                pg.need(16 + 15 * n)
                pg.text(50, lab, bold=True)
                if hint:
                    pg.text(50 + pdfmetrics.stringWidth(lab, "DejaVu-Bold", 9) + 10, hint, size=7, color=(.5, .5, .5))
                top = pg.y + 3
                for i in range(n):
                    pg.y += 15
                    pg.line(50, pg.y, 562)
                slots[key] = (pg.n - 1, pymupdf.Rect(52, top, 562, pg.y), n)
                pg.y += 16
            else:
                pg.need(20)
                pg.text(50, lab, bold=True)
                pg.line(215, pg.y + 2, 562)
                slots[key] = (pg.n - 1, pymupdf.Rect(217, pg.y - 11, 562, pg.y + 2), 1)
                pg.y += 20
    return slots, boxes


def nlines_default(key):
    return {"learning_outcomes": 6, "rationale": 5, "competencies": 4, "summative_assessment": 4,
            "education_plan_alignment": 4, "target_learners": 2, "resources_required": 2, "competency_framework": 2}.get(key, 1)


def build_fillsign(d, path):
    """Flat blank form; answers added with a PDF editor's Fill & Sign: FreeText annotations (mode 'annot')
    or text placed over the lines and flattened into the page (mode 'overlay')."""
    tmp = tempfile.mkdtemp()
    blank = os.path.join(tmp, "blank.pdf")
    pg = Pager(blank, d.get("pdf_title", FORM_TITLE))
    slots, boxes = layout_blank(pg, d, nlines_default)
    pg.c.save()
    doc = pymupdf.open(blank)
    for key, (pi, rect, n) in slots.items():
        v = value_text(d, key)
        if v is None:
            continue
        page = doc[pi]
        fs = 9
        while fs > 5:
            lines = sum(max(1, int(pymupdf.get_text_length(l, fontsize=fs) // (rect.width - 6)) + 1) for l in v.split("\n"))
            if lines * fs * 1.25 <= rect.height + 2:
                break
            fs -= 0.5
        page.add_freetext_annot(rect, v, fontsize=fs, fontname="helv", text_color=(0, 0, .55))
    for (key, v), (pi, r) in boxes.items():
        if d["fields"].get(key) == v:
            doc[pi].add_freetext_annot(r + (-1, -2, 3, 2), "X", fontsize=9, fontname="helv", text_color=(0, 0, .55))
    if d.get("signature"):
        doc[-1].add_freetext_annot(pymupdf.Rect(50, 728, 300, 742), d["signature"], fontsize=8, fontname="helv",
                                   text_color=(0, 0, .55))
    doc.set_metadata({"title": d.get("pdf_title", FORM_TITLE), "producer": d.get("producer", "")})
    doc.save(path, garbage=3, deflate=True)
    shutil.rmtree(tmp)


def build_fillsign_overlay(d, path):
    """Two passes: lay out the blank form once to learn the slots, then redraw it page by page with the answers
    placed over the lines (as a PDF editor does when it flattens its text boxes)."""
    tmp = tempfile.mkdtemp()
    pg = Pager(os.path.join(tmp, "probe.pdf"), FORM_TITLE)
    slots, boxes = layout_blank(pg, d, nlines_default)
    # second pass: hook the page break so that answers of the finished page are drawn before showPage
    pg2 = Pager(path, d.get("pdf_title", FORM_TITLE))
    orig_new = pg2.new

    def draw_answers(page_index):
        for key, (pi, rect, n) in slots.items():
            if pi != page_index:
                continue
            v = value_text(d, key)
            if v is None:
                continue
            fs = 9
            while not pg2.textbox(rect, v, fs, 15 if (n > 1 and fs == 9) else fs * 1.2):
                fs -= 0.5
                assert fs > 5, key
        for (key, v), (pi, r) in boxes.items():
            if pi == page_index and d["fields"].get(key) == v:
                pg2.c.setFont("DejaVu", 10)
                pg2.c.setFillColorRGB(0, 0, .55)
                pg2.c.drawString(r.x0 + 0.5, 792 - r.y1 + 1, "✓")
                pg2.c.setFillColorRGB(0, 0, 0)

    def new(first=False):
        if not first:
            draw_answers(pg2.n - 1)
        orig_new(first)
    pg2.new = new
    layout_blank(pg2, d, nlines_default)
    draw_answers(pg2.n - 1)
    if d.get("signature"):
        pg2.c.setFont("DejaVu", 8)
        pg2.c.setFillColorRGB(0, 0, .55)
        pg2.c.drawString(50, 792 - 740, d["signature"])
    pg2.c.setProducer(d.get("producer", ""))
    pg2.c.save()
    shutil.rmtree(tmp)


def build_fillable(d, path):
    """Fillable AcroForm drawn like the official form; filled. Mode 'printed': then printed to PDF by pdftocairo."""
    fr = d.get("fr", False)
    tmp = tempfile.mkdtemp()
    blank = os.path.join(tmp, "blank.pdf")
    pg = Pager(blank, d.get("pdf_title", FORM_TITLE), fr=fr)
    names = d["field_names"]
    slots, boxes = layout_blank(pg, d, nlines_default, fr=fr)
    pg.c.save()
    doc = pymupdf.open(blank)
    for key, (pi, rect, n) in slots.items():
        w = pymupdf.Widget()
        w.field_type = pymupdf.PDF_WIDGET_TYPE_TEXT
        if key in d.get("combo", ()):
            opts = OPTS[key] if not fr else [(c, t_) for (c, _), t_ in zip(OPTS[key], OPTS_FR[key])]
            w.field_type = pymupdf.PDF_WIDGET_TYPE_COMBOBOX
            w.choice_values = [t_ for _, t_ in opts]
            w.field_name = names[key]
            w.rect = pymupdf.Rect(rect.x0, rect.y0, rect.x0 + 190, rect.y1 + 1)
            w.text_fontsize = 9
            w.field_value = dict(opts)[d["fields"][key]] if key in d["fields"] else ""
            doc[pi].add_widget(w)
            continue
        w.field_name = names[key]
        w.field_label = label_of(key, fr)
        w.rect = rect
        w.text_fontsize = 0 if n > 1 else 9
        w.text_font = "Helv"
        if n > 1:
            w.field_flags = pymupdf.PDF_TX_FIELD_IS_MULTILINE
        v = value_text(d, key)
        w.field_value = v or ""
        doc[pi].add_widget(w)
    groups = d.get("widget_kinds", {})
    radios = []
    for (key, v), (pi, r) in boxes.items():
        kind = groups.get(key, "check")
        code = d["fields"].get(key)
        w = pymupdf.Widget()
        w.rect = r
        if kind == "radio":
            w.field_type = pymupdf.PDF_WIDGET_TYPE_RADIOBUTTON
            w.field_name = names[key]
            w.button_caption = None
            export = names[key + "_exports"][v] if key + "_exports" in names else v
            w.field_value = (code == v)
            doc[pi].add_widget(w)
            radios.append((w.xref, export, code == v))
            continue
        else:
            w.field_type = pymupdf.PDF_WIDGET_TYPE_CHECKBOX
            w.field_name = names[key + "_" + v]
            w.field_value = (code == v)
        doc[pi].add_widget(w)
    # PyMuPDF names a new radio button's on-state after its bool value; give each button its export name
    # (Choice1.., or a code) and set the group's value, as Acrobat would have saved it
    for xref, export, sel in radios:
        refs = re.findall(r"/(\w+) (\d+) 0 R", doc.xref_get_key(xref, "AP/N")[1])
        off = [r for n_, r in refs if n_ == "Off"][0]
        on = [r for n_, r in refs if n_ != "Off"][0]
        doc.xref_set_key(xref, "AP/N", f"<</Off {off} 0 R/{export} {on} 0 R>>")
        if doc.xref_get_key(xref, "AP/D")[0] != "null":
            doc.xref_set_key(xref, "AP/D", "null")
        doc.xref_set_key(xref, "AS", f"/{export}" if sel else "/Off")
        parent = doc.xref_get_key(xref, "Parent")[1].split()[0]
        if sel:
            doc.xref_set_key(int(parent), "V", f"/{export}")
    doc.set_metadata({"title": d.get("pdf_title", ""), "producer": "", "creator": d.get("creator", "")})
    if d.get("mode") == "printed":
        doc.save(os.path.join(tmp, "f.pdf"))
        subprocess.run(["pdftocairo", "-pdf", os.path.join(tmp, "f.pdf"), path], check=True)
    else:
        doc.save(path, garbage=3, deflate=True)
    shutil.rmtree(tmp)


def build_dropdown_fix(d, path):
    pass


def build_lookalike_cc(d, path):
    """A filled Word form that is not a concept form: table rows of (label, kind, value) with content controls."""
    doc = new_doc(font=d.get("font", "Calibri"), header=d.get("header"), footer=d.get("footer"))
    p = doc.add_paragraph()
    r = p.add_run(d["form_title"])
    r.bold = True
    r.font.size = Pt(15)
    if d.get("intro_text"):
        doc.add_paragraph(d["intro_text"]).runs[0].font.size = Pt(8)
    t = form_table(doc)
    for row in d["rows"]:
        if row[1] == "section":
            section_row(t, row[0])
            continue
        label, kind, value = row
        rr = t.add_row()
        label_cell(rr.cells[0], label)
        tag = re.sub(r"[^A-Za-z]+", "_", label).strip("_")[:30]
        if kind == "text":
            cell_set_paras(rr.cells[1], [P(sdt_text(tag, label, value, multiline=value is not None and "\n" in value))])
        elif kind == "drop":
            opts = [(o, o) for o in row[2][1]]
            cell_set_paras(rr.cells[1], [P(sdt_drop(tag, label, opts, row[2][0]))])
        elif kind == "checks":
            chosen, opts = value
            cell_set_paras(rr.cells[1], [P(sdt_check(f"{tag}_{i}", o in chosen) + run_xml(" " + o)) for i, o in enumerate(opts)])
        elif kind == "date":
            iso, disp = value
            cell_set_paras(rr.cells[1], [P(sdt_date(tag, label, iso, disp))])
    doc.save(path)


BUILDERS = {"fillsign_overlay": build_fillsign_overlay, "lookalike_cc": build_lookalike_cc, "cc": build_cc, "legacy": build_legacy, "edited": build_edited, "fillsign": build_fillsign,
            "fillable": build_fillable}


def main():
    half = sys.argv[1]
    only = set(sys.argv[2:])
    mod = importlib.import_module(f"{half}_data")
    out = os.path.join(ROOT, half)
    os.makedirs(out, exist_ok=True)
    for d in mod.DOCS:
        if only and d["name"] not in only:
            continue
        if "builder_fn" in d:
            d["builder_fn"](d, os.path.join(out, d["name"]))
        else:
            BUILDERS[d["kind"]](d, os.path.join(out, d["name"]))
        write_expected(d, out)
        print("built", d["name"])


if __name__ == "__main__":
    main()
