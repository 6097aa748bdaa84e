"""Renderers and expected-file writer for round 24a (blind maker a)."""
import json, os, re, shutil, subprocess, tempfile, textwrap
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

REQUIRED = ["proposal_title", "proposer_name", "proposer_email", "request_type", "target_learners",
            "rationale", "competencies", "learning_outcomes", "summative_assessment", "partner_name",
            "endorsement_status", "education_plan_alignment"]
KEYS = REQUIRED + ["proposer_title", "proposer_department", "proposer_phone", "competency_framework",
                   "partner_contact", "delivery_format", "estimated_hours", "proposed_start",
                   "expected_enrolment", "resources_required", "existing_program_name", "submission_date"]


class P(list):  # paragraphs
    pass


class B(list):  # bullets (items may be (text, [sub-items]))
    pass


class N(list):  # numbered list
    pass


def flat(items):
    out = []
    for it in items:
        if isinstance(it, tuple):
            out.append(it[0]); out.extend(it[1])
        else:
            out.append(it)
    return out


def join_items(items):
    s = ""
    for i, it in enumerate(items):
        if i == 0:
            s = it
        elif s.rstrip()[-1] in ".;:,!?)":
            s += " " + it
        else:
            s += "; " + it
    return s


def expected_value(key, v):
    if key == "learning_outcomes":
        return flat(v) if isinstance(v, list) else [v]
    if isinstance(v, P):
        return " ".join(v)
    if isinstance(v, (B, N)):
        return join_items(flat(v))
    return v


def write_expected(path, doc):
    fields = {k: expected_value(k, v) for k, v in doc["F"].items()}
    concept = doc.get("concept", True)
    if not concept:
        fields = {}
    missing = []
    if concept:
        missing = [k for k in REQUIRED if k not in fields]
        if fields.get("request_type") == "existing_program" and "existing_program_name" not in fields:
            missing.append("existing_program_name")
    exp = {"is_concept_form": concept, "shape": doc["shape"], "fields": fields,
           "missing_required": missing, "needs_manual_review": False, "notes": doc["notes"]}
    with open(path + ".expected.json", "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")


# ---------------------------------------------------------------- DOCX helpers
def add_field(par, instr):
    def fc(t):
        r = par.add_run(); el = OxmlElement("w:fldChar"); el.set(qn("w:fldCharType"), t); r._r.append(el)
    fc("begin")
    r = par.add_run(); el = OxmlElement("w:instrText"); el.set(qn("xml:space"), "preserve")
    el.text = " %s " % instr; r._r.append(el)
    fc("separate")
    par.add_run("1")
    fc("end")
    return par


def set_font(doc, name, size=None):
    for sn in ["Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3", "List Bullet",
               "List Bullet 2", "List Number"]:
        try:
            st = doc.styles[sn]
        except KeyError:
            continue
        st.font.name = name
        rpr = st.element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts"); rpr.append(rf)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rf.set(qn(a), name)
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if rf.get(qn(a)) is not None:
                del rf.attrib[qn(a)]
        if sn == "Normal" and size:
            st.font.size = Pt(size)


def as_list(v):
    if isinstance(v, list) and not isinstance(v, (P, B, N)):
        return N(v)
    return v


def render_value(d, v, gdocs=False):
    v = as_list(v)
    if isinstance(v, P):
        for x in v:
            d.add_paragraph(x)
    elif isinstance(v, N):
        for x in v:
            d.add_paragraph(x, style="List Number")
    elif isinstance(v, B):
        for x in v:
            if isinstance(x, tuple):
                d.add_paragraph(x[0], style="List Bullet")
                for s in x[1]:
                    d.add_paragraph(s, style="List Bullet 2")
            else:
                d.add_paragraph(x, style="List Bullet")
    else:
        d.add_paragraph(str(v))


def bold_par(d, label, rest=""):
    p = d.add_paragraph()
    p.add_run(label).bold = True
    if rest:
        p.add_run(rest)
    return p


def render_blocks_docx(d, doc):
    F = doc["F"]
    for b in doc["blocks"]:
        k = b[0]
        if k in ("title", "subtitle"):
            d.add_paragraph(b[1], style="Title" if k == "title" else "Subtitle")
        elif k in ("h1", "h2", "h3"):
            d.add_heading(b[1], level=int(k[1]))
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "i":
            p = d.add_paragraph(); r = p.add_run(b[1]); r.italic = True
        elif k == "f":
            render_value(d, F[b[1]])
        elif k == "fp":
            bold_par(d, b[1], str(F[b[2]]))
        elif k == "kv":
            bold_par(d, b[1], b[2])
        elif k == "lab":
            bold_par(d, b[1])
        elif k == "bul":
            render_value(d, B(b[1]))
        elif k == "num":
            render_value(d, N(b[1]))
        elif k == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
                    if i == 0 and len(b) > 2 and b[2]:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
        elif k == "pb":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(k)


def header_footer(d, header=None, footer=None, page_of=True):
    sec = d.sections[0]
    if header:
        hp = sec.header.paragraphs[0]
        r = hp.add_run(header); r.font.color.rgb = RGBColor(0x99, 0x99, 0x99); r.font.size = Pt(9)
        r.bold = True
    fp = sec.footer.paragraphs[0]
    if footer:
        r = fp.add_run(footer + "    "); r.font.size = Pt(8)
    if page_of:
        fp.add_run("Page ").font.size = Pt(8)
        add_field(fp, "PAGE")
        fp.add_run(" of ")
        add_field(fp, "NUMPAGES")


def build_docx(doc, path):
    d = Document()
    g = doc["genre"]
    if g == "G3":
        set_font(d, "Arial", 11)
        ppr = d.styles["Title"].element.find(qn("w:pPr"))
        if ppr is not None and ppr.find(qn("w:pBdr")) is not None:
            ppr.remove(ppr.find(qn("w:pBdr")))  # Google Docs titles have no rule under them
        d.styles["Title"].font.color.rgb = RGBColor(0, 0, 0)
        d.styles["Subtitle"].font.color.rgb = RGBColor(0x66, 0x66, 0x66)
    elif g in ("G1", "G2", "G4"):
        set_font(d, doc.get("font", "Calibri"), 11)
    if doc.get("header") or doc.get("footer") or g == "G4":
        header_footer(d, doc.get("header"), doc.get("footer"), page_of=(g == "G4"))
    if g in ("G6", "G7"):
        render_form(d, doc)
    else:
        render_blocks_docx(d, doc)
    if doc.get("author"):
        d.core_properties.author = doc["author"]
    d.save(path)


# ---------------------------------------------------------------- official table form
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd"); sh.set(qn("w:val"), "clear"); sh.set(qn("w:color"), "auto"); sh.set(qn("w:fill"), fill)
    tcPr.append(sh)


def render_form(d, doc):
    F = doc["F"]
    set_font(d, "Arial", 10)
    for line in doc["form_head"]:
        p = d.add_paragraph(); r = p.add_run(line); r.bold = True
        r.font.size = Pt(14 if line is doc["form_head"][0] else 10)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for row in doc["rows"]:
        cells = t.add_row().cells
        if row[0] == "sec":
            m = cells[0].merge(cells[1]); m.text = row[1]
            m.paragraphs[0].runs[0].bold = True; shade(m, "1F4E79")
            m.paragraphs[0].runs[0].font.color.rgb = RGBColor(255, 255, 255)
            continue
        label, content = row
        cells[0].text = ""
        lp = cells[0].paragraphs[0]
        lab = label.split("|")
        lp.add_run(lab[0]).bold = True
        if len(lab) > 1:
            r = lp.add_run(" " + lab[1]); r.italic = True; r.font.size = Pt(8); r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        shade(cells[0], "DEEAF6")
        c = cells[1]
        if isinstance(content, tuple):  # literal
            lines = content[1] if isinstance(content[1], list) else [content[1]]
        else:
            v = as_list(F.get(content))
            if v is None:
                lines = []
            elif isinstance(v, (B, N)):
                mk = "•" if isinstance(v, B) else None
                lines = [("%s %s" % (mk, x) if mk else "%d. %s" % (i + 1, x)) for i, x in enumerate(flat(v))]
            elif isinstance(v, P):
                lines = list(v)
            else:
                lines = [str(v)]
        if lines:
            c.paragraphs[0].text = lines[0]
            for x in lines[1:]:
                c.add_paragraph(x)
    for w, cells in ((Cm(5.5), None),):
        for r in t.rows:
            r.cells[0].width = Cm(5.5); r.cells[1].width = Cm(11)
    for line in doc.get("form_foot", []):
        p = d.add_paragraph(); r = p.add_run(line); r.font.size = Pt(8); r.italic = True


# ---------------------------------------------------------------- plain text
def render_txt(doc):
    F = doc["F"]
    out = []
    W = 76
    for b in doc["blocks"]:
        k = b[0]
        if k == "raw":
            out.extend(b[1].split("\n"))
        elif k == "h":
            out += ["", b[1].upper(), "-" * len(b[1])]
        elif k == "kv":
            out += textwrap.wrap(b[1] + " " + b[2], W, subsequent_indent="    ") or [b[1]]
        elif k == "fkv":
            v = as_list(F.get(b[2]))
            if v is None:
                out.append(b[1])
            elif isinstance(v, (B, N)):
                out.append(b[1])
                for i, x in enumerate(flat(v)):
                    mk = "  - " if isinstance(v, B) else "  %d) " % (i + 1)
                    out += textwrap.wrap(x, W, initial_indent=mk, subsequent_indent=" " * len(mk))
            elif isinstance(v, P):
                out.append(b[1])
                for i, x in enumerate(v):
                    if i:
                        out.append("")
                    out += textwrap.wrap(x, W, initial_indent="  ", subsequent_indent="  ")
            else:
                out += textwrap.wrap(b[1] + " " + str(v), W, subsequent_indent="    ")
        elif k == "blank":
            out.append("")
        else:
            raise ValueError(k)
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- conversion
def soffice_pdf(src, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-devset24a", "--headless",
                    "--convert-to", "pdf", "--outdir", outdir, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


def build(doc, outdir):
    name = doc["name"]
    path = os.path.join(outdir, name)
    tmp = tempfile.mkdtemp(prefix="r24a-")
    stem = os.path.splitext(name)[0]
    if doc["genre"] == "G5":
        src = os.path.join(tmp, stem + ".txt")
        with open(src, "w", encoding="utf-8") as f:
            f.write(render_txt(doc))
        soffice_pdf(src, tmp)
        shutil.move(os.path.join(tmp, stem + ".pdf"), path)
    elif name.endswith(".pdf"):
        src = os.path.join(tmp, stem + ".docx")
        build_docx(doc, src)
        soffice_pdf(src, tmp)
        shutil.move(os.path.join(tmp, stem + ".pdf"), path)
    else:
        build_docx(doc, path)
    shutil.rmtree(tmp, ignore_errors=True)
    write_expected(path, doc)
