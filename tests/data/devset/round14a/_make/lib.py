"""Renderers for round 14a (maker a). Rows markup:
  ("sec", text)                                 section row
  ("f", key, label, display[, expected])        display: str | list (bullets/lines) | ("paras", [..])
  ("c", key, label, [(option text, code)], selected_code, mark)   mark: "box" (☐/☒) or "X"
key may be None (row that is not a field). display "" = blank answer cell (field absent).
"""
import json, os, re, subprocess, shutil, tempfile
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.enum.text import WD_ALIGN_PARAGRAPH

REQUIRED = ["proposal_title", "proposer_name", "proposer_email", "request_type", "target_learners", "rationale",
            "competencies", "learning_outcomes", "summative_assessment", "partner_name", "endorsement_status",
            "education_plan_alignment"]
LIST_KEYS = {"learning_outcomes"}
NUM_KEYS = {"estimated_hours", "expected_enrolment"}

def norm(s):
    return re.sub(r"\s+", " ", s).strip()

def expected_fields(rows):
    out = {}
    for r in rows:
        if r[0] == "f":
            key, disp = r[1], r[3]
            if key is None:
                continue
            if len(r) > 4:
                if r[4] is not None:
                    out[key] = r[4]
                continue
            if disp == "" or disp == []:
                continue
            if isinstance(disp, tuple):
                v = " ".join(norm(p) for p in disp[1])
            elif isinstance(disp, list):
                v = [norm(x) for x in disp] if key in LIST_KEYS else "; ".join(norm(x) for x in disp)
            else:
                v = norm(disp)
            out[key] = v
        elif r[0] == "c" and r[1] and r[4]:
            out[r[1]] = r[4]
    return out

def write_expected(path, d):
    if d["shape"] == "7":
        e = {"is_concept_form": False, "shape": "7", "fields": {}, "missing_required": [],
             "needs_manual_review": False, "notes": d["notes"]}
    else:
        f = expected_fields(d["rows"])
        miss = [k for k in REQUIRED if k not in f]
        if f.get("request_type") == "existing_program" and "existing_program_name" not in f:
            miss.append("existing_program_name")
        e = {"is_concept_form": True, "shape": d["shape"], "fields": f, "missing_required": miss,
             "needs_manual_review": False, "notes": d["notes"]}
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(e, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    return e

def choice_text(opts, sel, mark, sep="   "):
    parts = []
    for t, c in opts:
        if mark == "box":
            parts.append(("☒ " if c == sel else "☐ ") + t)
        elif mark == "X":
            parts.append(("[X] " if c == sel else "[  ] ") + t)
        elif mark == "Xword":
            parts.append(t + (" – X" if c == sel else ""))
    return parts

# ---------------- DOCX ----------------
def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)

def cell_write(cell, disp, bullets_style=None, font=None):
    cell.text = ""
    p0 = cell.paragraphs[0]
    if isinstance(disp, tuple):
        items, kind = disp[1], "paras"
    elif isinstance(disp, list):
        items, kind = disp, "list"
    else:
        items, kind = ([disp] if disp else [""]), "one"
    for i, it in enumerate(items):
        p = p0 if i == 0 else cell.add_paragraph()
        if kind == "list" and bullets_style:
            try:
                p.style = bullets_style
            except Exception:
                pass
        p.add_run(it)
    return cell

def set_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + e); el.set(qn("w:val"), "single"); el.set(qn("w:sz"), "4"); el.set(qn("w:color"), "000000")
        b.append(el)
    tblPr.append(b)

def docx_form(d, path, style):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = {"lo": "Liberation Serif", "gdocs": "Arial", "sdt": "Calibri"}[style]
    st.font.size = Pt(11 if style != "lo" else 12)
    for line in d.get("head", []):
        p = doc.add_paragraph(); r = p.add_run(line[1]); r.bold = line[0] == "b"
        if line[0] == "b":
            r.font.size = Pt(14); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rows = d["rows"]
    t = doc.add_table(rows=0, cols=2)
    set_borders(t)
    if style == "gdocs" and d.get("merged_title"):
        c = t.add_row().cells; m = c[0].merge(c[1]); m.text = ""
        r = m.paragraphs[0].add_run(d["merged_title"]); r.bold = True
        shade(m, "CFE2F3")
    n_sdt = 0
    for r in rows:
        if r[0] == "sec":
            c = t.add_row().cells; m = c[0].merge(c[1]); m.text = ""
            run = m.paragraphs[0].add_run(r[1]); run.bold = True
            shade(m, "D9D9D9" if style != "gdocs" else "F3F3F3")
            continue
        c = t.add_row().cells
        c[0].text = ""; lr = c[0].paragraphs[0].add_run(r[2]); lr.bold = style != "lo"
        if r[0] == "c":
            parts = choice_text(r[3], r[4], r[5])
            if style == "gdocs" or r[5] == "Xword":
                cell_write(c[1], parts)
            else:
                cell_write(c[1], "   ".join(parts))
            disp = None
        else:
            disp = r[3]
            cell_write(c[1], disp, "List Bullet" if (isinstance(disp, list) and d.get("bullets", True)) else None)
        if style == "sdt":
            n_sdt += 1
            tag = d["sdt_tags"](n_sdt, r) if callable(d.get("sdt_tags")) else "Text%d" % n_sdt
            alias = r[2].rstrip(":").strip() if d.get("sdt_alias", True) else None
            wrap_cell_sdt(c[1], tag, alias)
    if style == "gdocs":
        for row in t.rows:
            for cell in row.cells:
                pass
    for line in d.get("foot", []):
        doc.add_paragraph(line)
    doc.save(path)

def wrap_cell_sdt(cell, tag, alias):
    tc = cell._tc
    paras = [p for p in tc if p.tag == qn("w:p")]
    sdt = OxmlElement("w:sdt"); pr = OxmlElement("w:sdtPr")
    if alias:
        a = OxmlElement("w:alias"); a.set(qn("w:val"), alias); pr.append(a)
    if tag is not None:
        tg = OxmlElement("w:tag"); tg.set(qn("w:val"), tag); pr.append(tg)
    i = OxmlElement("w:id"); i.set(qn("w:val"), str(abs(hash(tag or alias)) % 100000000)); pr.append(i)
    if len(paras) > 1:
        pass
    else:
        pr.append(OxmlElement("w:text")) if False else None
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    idx = list(tc).index(paras[0])
    for p in paras:
        tc.remove(p); content.append(p)
    sdt.append(content)
    tc.insert(idx, sdt)
    tc.insert(idx + 1, OxmlElement("w:p"))  # Word wants a paragraph as the cell's last child

def soffice(src, fmt, outdir):
    prof = "file:///tmp/devset14a-lo-profile"
    cmd = ["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)

def lo_docx(d, path, also_pdf=None):
    """Build with python-docx, then let LibreOffice Writer re-save it (DOCX written by LO) and optionally export PDF."""
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, "src.odt.docx")
    docx_form(d, src, "lo")
    # docx -> odt -> docx so that the file is LibreOffice's own writing
    soffice(src, "odt", tmp)
    odt = os.path.join(tmp, "src.odt.odt")
    if path:
        soffice(odt, "docx:MS Word 2007 XML", tmp)
        shutil.move(os.path.join(tmp, "src.odt.docx"), path)
    if also_pdf:
        soffice(odt, "pdf:writer_pdf_Export", tmp)
        shutil.move(os.path.join(tmp, "src.odt.pdf"), also_pdf)
    shutil.rmtree(tmp, ignore_errors=True)

# ---------------- PDF (reportlab) ----------------
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

_FONT = None
def font():
    global _FONT
    if _FONT:
        return _FONT
    for p in ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"]:
        if os.path.exists(p):
            pdfmetrics.registerFont(TTFont("U", p)); _FONT = "U"; return _FONT
    _FONT = "Helvetica"; return _FONT

def wrap(text, fnt, size, width):
    out = []
    for para in text.split("\n"):
        line = ""
        for w in para.split(" "):
            t = (line + " " + w).strip()
            if stringWidth(t, fnt, size) <= width:
                line = t
            else:
                if line: out.append(line)
                line = w
        out.append(line)
    return out

def disp_text(r):
    if r[0] == "c":
        return None
    disp = r[3]
    if isinstance(disp, tuple):
        return "\n".join(disp[1])
    if isinstance(disp, list):
        return "\n".join(disp)
    return disp

def acro_pdf(d, path, flatten=False):
    """Fillable form (reportlab acroForm) with generated field names; or the same drawn as plain text (flattened)."""
    F = font()
    c = canvas.Canvas(path, pagesize=letter)
    c.setTitle(d.get("pdf_title", "")); c.setAuthor(d.get("pdf_author", ""))
    W, H = letter; x0 = 54; wid = W - 108
    y = H - 60
    names = d["names"]  # function (n, row) -> name
    n = 0; nchk = 0
    def newpage():
        nonlocal y
        c.showPage(); y = H - 54
    for line in d.get("head", []):
        c.setFont(F, 14 if line[0] == "b" else 9); c.drawString(x0, y, line[1]); y -= 20 if line[0] == "b" else 13
    y -= 6
    above = d.get("label_pos", "above") == "above"
    for r in d["rows"]:
        if r[0] == "sec":
            if y < 110: newpage()
            c.setFillGray(0.85); c.rect(x0, y - 4, wid, 16, fill=1, stroke=0); c.setFillGray(0)
            c.setFont(F, 10); c.drawString(x0 + 4, y, r[1]); y -= 24; continue
        n += 1
        label = r[2]
        if r[0] == "c":
            if y < 90: newpage()
            c.setFont(F, 9); c.drawString(x0, y, label); y -= 16
            xx = x0 + 10
            for t, code in r[3]:
                nchk += 1
                nm = d.get("chk_names", lambda k, rr, t: "Check Box%d" % k)(nchk, r, t)
                if flatten:
                    c.rect(xx, y - 2, 9, 9); 
                    if code == r[4]:
                        c.setFont(F, 9); c.drawString(xx + 1.5, y - 0.5, "X")
                else:
                    c.acroForm.checkbox(name=nm, x=xx, y=y - 2, size=10, checked=(code == r[4]), buttonStyle="cross",
                                        borderWidth=0.6, tooltip=t)
                c.setFont(F, 9); c.drawString(xx + 14, y, t)
                xx += stringWidth(t, F, 9) + 34
            y -= 22
            continue
        text = disp_text(r) or ""
        lines = wrap(text, F, 9, (wid if above else wid - 170) - 8) if text else [""]
        hgt = max(18, 11.5 * len(lines) + 7)
        if y - hgt < 60: newpage()
        if above:
            c.setFont(F, 9); c.drawString(x0, y, label); y -= 4
            fx, fw = x0, wid
        else:
            c.setFont(F, 9)
            ll = wrap(label, F, 9, 160)
            for i, l in enumerate(ll): c.drawString(x0, y - 11 - 11 * i, l)
            y += 0
            fx, fw = x0 + 170, wid - 170
        top = y
        if flatten:
            c.setStrokeGray(0.6); c.rect(fx, top - hgt, fw, hgt); c.setStrokeGray(0)
            c.setFont(F, 9)
            for i, l in enumerate(lines): c.drawString(fx + 3, top - 11 - 11.5 * i, l)
        else:
            flags = "multiline" if (len(lines) > 1 or "\n" in text) else ""
            fs = 9 if len(lines) < 2 else 8
            if isinstance(r[3], str) and flags:
                # reportlab draws the appearance without wrapping: break a long single answer at the box width
                text = "\n".join(wrap(text, "Helvetica", fs, fw - 6))
            c.acroForm.textfield(name=names(n, r), tooltip=label if d.get("tooltips") else None, x=fx, y=top - hgt,
                                 width=fw, height=hgt, value=text, fontName="Helvetica", fontSize=fs,
                                 fieldFlags=flags, borderWidth=0.6, borderColor=None, fillColor=None)
        y = top - hgt - (16 if above else 8)
        if not above:
            y -= max(0, 11 * (len(ll)) - hgt)
    for line in d.get("foot", []):
        if y < 70: newpage()
        c.setFont(F, 8); c.drawString(x0, y, line); y -= 12
    c.save()
