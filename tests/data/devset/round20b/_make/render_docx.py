"""python-docx renderer of the official concept form (genres G1, G2, G5)."""
import copy
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from lib import (D, P, L, LABELS, SECTIONS, OPTIONS, CHOICES, show_date, shown)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def add_field(par, instr):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = "1"; r.append(t); fld.append(r)
    par._p.append(fld)


def set_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), "4"); e.set(qn("w:space"), "0"); e.set(qn("w:color"), "808080")
        b.append(e)
    tblPr.append(b)


class Style:
    def __init__(self, **kw):
        self.form_font = kw.get("form_font", "Arial")
        self.form_size = kw.get("form_size", 9)
        self.ans_font = kw.get("ans_font", None)
        self.ans_size = kw.get("ans_size", None)
        self.ans_color = kw.get("ans_color", None)
        self.help = kw.get("help", "line2")          # line2 | brackets | none
        self.sections = kw.get("sections", "shaded")  # shaded | plain | headings
        self.outcomes = kw.get("outcomes", "table")   # table | numbered | word
        self.lists = kw.get("lists", "typed")         # typed | word
        self.choices = kw.get("choices", "x")         # x | delete | ballot
        self.endorse = kw.get("endorse", "options")   # options | yesno
        self.date_style = kw.get("date_style", "long")
        self.lang = kw.get("lang", "en")
        self.office_box = kw.get("office_box", True)
        self.header = kw.get("header", "The Michener Institute of Education at UHN · Continuing Education")
        self.footer = kw.get("footer", "CE-MC-01 Micro-Course / Credential Concept Form · rev. 03/2026")
        self.title = kw.get("title", "Micro-Course / Credential Concept Form")
        self.intro = kw.get("intro", "Complete every section. Required items are marked [R1]–[R4] or are needed before "
                                     "the CE office can start an assessment. Email the completed form to "
                                     "ce@michener.example.")
        self.label_override = kw.get("labels", {})
        self.label_w = kw.get("label_w", 5.5)
        self.ans_w = kw.get("ans_w", 11.5)


def fmt_run(run, st, answer):
    if answer:
        if st.ans_font: run.font.name = st.ans_font
        else: run.font.name = st.form_font
        run.font.size = Pt(st.ans_size or st.form_size + 1)
        if st.ans_color: run.font.color.rgb = RGBColor.from_string(st.ans_color)
    else:
        run.font.name = st.form_font
        run.font.size = Pt(st.form_size)


def cell_par(cell, first):
    if first and cell.paragraphs and not cell.paragraphs[0].text:
        return cell.paragraphs[0]
    return cell.add_paragraph()


def put_text(cell, text, st, first=True, indent=None, answer=True, bold=False):
    p = cell_par(cell, first)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    r = p.add_run(text); fmt_run(r, st, answer); r.bold = bold
    return p


def put_value(cell, v, st, doc):
    first = True
    if isinstance(v, P):
        for para in v.paras:
            put_text(cell, para, st, first); first = False
    elif isinstance(v, L):
        n = 0
        for it in v.items:
            n += 1
            parent, kids = (it if isinstance(it, tuple) else (it, []))
            if st.lists == "word":
                p = cell_par(cell, first); first = False
                p.style = doc.styles["List Number" if v.numbered else "List Bullet"]
                r = p.add_run(parent); fmt_run(r, st, True)
                for k in kids:
                    p = cell.add_paragraph(style=doc.styles["List Bullet 2"])
                    r = p.add_run(k); fmt_run(r, st, True)
            else:
                mark = f"{n}." if v.numbered else "•"
                put_text(cell, f"{mark}\t{parent}", st, first, indent=0.0); first = False
                for j, k in enumerate(kids):
                    km = f"{n}.{j+1}" if v.numbered else "–"
                    put_text(cell, f"{km}\t{k}", st, False, indent=0.8)
    else:
        put_text(cell, shown(v), st, first)


def choice_text(key, code, st):
    opts = OPTIONS[st.lang][key]
    if st.choices == "delete":
        return [lbl for c, lbl in opts if c == code]
    if st.choices == "ballot":
        return ["   ".join(("☒ " if c == code else "☐ ") + lbl for c, lbl in opts)]
    return [f"{lbl}   [ {'X' if c == code else '  '} ]" for c, lbl in opts]


def render(doc_data, path, st):
    d = Document()
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = Cm(1.8); sec.bottom_margin = Cm(1.8)
    normal = d.styles["Normal"]; normal.font.name = st.form_font; normal.font.size = Pt(st.form_size)
    if st.header:
        hp = sec.header.paragraphs[0]; hp.text = st.header; hp.runs[0].font.size = Pt(8)
    if st.footer:
        fp = sec.footer.paragraphs[0]
        r = fp.add_run(st.footer + "    Page "); r.font.size = Pt(8)
        add_field(fp, "PAGE")
        r = fp.add_run(" of "); r.font.size = Pt(8)
        add_field(fp, "NUMPAGES")
    h = d.add_paragraph(); r = h.add_run(st.title); r.bold = True; r.font.size = Pt(15); r.font.name = st.form_font
    if st.intro:
        p = d.add_paragraph(); r = p.add_run(st.intro); r.italic = True; r.font.size = Pt(8)
    f = doc_data["f"]
    lab = dict(LABELS[st.lang]); lab.update(st.label_override)
    custom = doc_data.get("sections")  # look-alike: list of (heading, [(label, help, value)])
    sections = custom or [(h_, [(lab[k][0], lab[k][1], k) for k in keys]) for h_, keys in SECTIONS[st.lang]]
    table = None
    for heading, rows in sections:
        if st.sections == "headings" or table is None and st.sections == "headings":
            hp = d.add_paragraph(); hr = hp.add_run(heading); hr.bold = True; hr.font.size = Pt(11)
            table = d.add_table(rows=0, cols=2); set_borders(table)
        elif table is None:
            table = d.add_table(rows=0, cols=2); set_borders(table)
        if st.sections != "headings":
            row = table.add_row(); c = row.cells[0].merge(row.cells[1])
            put_text(c, heading, st, answer=False, bold=True)
            if st.sections == "shaded":
                shade(c, "D9E2F3")
        for label, helptext, key in rows:
            row = table.add_row()
            lc, ac = row.cells
            lc.width = Cm(st.label_w); ac.width = Cm(st.ans_w)
            p = put_text(lc, label if (st.help != "brackets" or not helptext) else f"{label} {helptext}", st,
                         answer=False, bold=True)
            if st.help == "line2" and helptext:
                p2 = lc.add_paragraph(); r2 = p2.add_run(helptext); r2.font.size = Pt(st.form_size - 1.5)
                r2.italic = True; r2.font.color.rgb = RGBColor(0x70, 0x70, 0x70); r2.font.name = st.form_font
            if custom:
                if key:
                    put_value(ac, key, st, d)
                continue
            v = f.get(key)
            if key in CHOICES:
                if key == "endorsement_status" and st.endorse == "yesno":
                    yes = v == "letter_attached"
                    if st.choices == "delete":
                        put_text(ac, ("Letter of support attached? " if st.lang == "en" else "Lettre d'appui jointe? ")
                                 + (("Yes" if st.lang == "en" else "Oui") if yes else ("No" if st.lang == "en" else "Non")), st)
                    else:
                        put_text(ac, "Letter of support attached?   Yes [ %s ]   No [ %s ]" % ("X" if yes else "  ",
                                                                                         "  " if yes else "X"), st)
                    continue
                if v is None and st.choices == "delete":
                    for i, t in enumerate(choice_text(key, "__", Style(choices="ballot", lang=st.lang))):
                        put_text(ac, t, st, i == 0, answer=False)
                    continue
                for i, t in enumerate(choice_text(key, v, st)):
                    put_text(ac, t, st, i == 0)
                continue
            if v in (None, ""):
                continue
            if key == "learning_outcomes":
                render_outcomes(ac, v, st, d)
                continue
            if key == "submission_date":
                put_text(ac, shown(v) if isinstance(v, D) else show_date(v, st.date_style, st.lang), st)
                continue
            put_value(ac, v, st, d)
    for tb in d.tables:
        if len(tb.columns) == 2:
            tb.autofit = False
            tb.columns[0].width = Cm(st.label_w); tb.columns[1].width = Cm(st.ans_w)
            for row in tb.rows:
                if len(row.cells) == 2 and row.cells[0]._tc is not row.cells[1]._tc:
                    row.cells[0].width = Cm(st.label_w); row.cells[1].width = Cm(st.ans_w)
    if st.office_box:
        d.add_paragraph()
        t2 = d.add_table(rows=2, cols=3); set_borders(t2)
        c = t2.rows[0].cells[0].merge(t2.rows[0].cells[2])
        put_text(c, "For CE office use only", st, answer=False, bold=True); shade(c, "EDEDED")
        for i, t in enumerate(["Received:", "Tracking no.: MC-2026-____", "Reviewer:"]):
            put_text(t2.rows[1].cells[i], t, st, answer=False)
    d.save(path)


def render_outcomes(cell, v, st, d):
    if st.outcomes == "table" and isinstance(v[0], tuple):
        first_p = cell.paragraphs[0]
        lead = d.__dict__.get("_lead")
        hdr = ("Outcome", "How assessed") if st.lang == "en" else ("Résultat", "Mode d'évaluation")
        r = first_p.add_run("By the end learners will be able to:" if st.lang == "en" else
                            "À la fin, les apprenants pourront :")
        fmt_run(r, st, True)
        t = cell.add_table(rows=1, cols=2); set_borders(t)
        for i, hx in enumerate(hdr):
            put_text(t.rows[0].cells[i], hx, st, answer=False, bold=True); shade(t.rows[0].cells[i], "F2F2F2")
        for o, a in v:
            row = t.add_row()
            put_text(row.cells[0], o, st); put_text(row.cells[1], a, st)
        cell.add_paragraph()
        return
    items = [o[0] if isinstance(o, tuple) else o for o in v]
    if st.outcomes == "word":
        first = True
        for o in items:
            p = cell_par(cell, first); first = False
            p.style = d.styles["List Number"]; r = p.add_run(o); fmt_run(r, st, True)
    else:
        for i, o in enumerate(items):
            put_text(cell, f"{i+1})\t{o}", st, i == 0)
