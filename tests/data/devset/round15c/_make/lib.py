"""Round 15c generator library (blind). Items: (key, label, display, value).
display: str or list of str; value: None -> derived from display."""
import json, os, re, subprocess, shutil, tempfile, html
from docx import Document
from docx.shared import Pt, RGBColor
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

REQUIRED = ["proposal_title", "proposer_name", "proposer_email", "request_type", "target_learners", "rationale",
            "competencies", "learning_outcomes", "summative_assessment", "partner_name", "endorsement_status",
            "education_plan_alignment"]
KEYS = REQUIRED + ["proposer_title", "proposer_department", "proposer_phone", "competency_framework",
                   "partner_contact", "delivery_format", "estimated_hours", "proposed_start", "expected_enrolment",
                   "resources_required", "existing_program_name", "submission_date"]

def ws(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()

def join_list(items):
    out = ""
    for i, it in enumerate(items):
        it = ws(it)
        if i == 0:
            out = it
        elif out[-1] in ".;:,!?)":
            out += " " + it
        else:
            out += "; " + it
    return out

def expected(doc):
    if not doc.get("is_form", True):
        return {"is_concept_form": False, "shape": doc["shape"], "fields": {}, "missing_required": [],
                "needs_manual_review": False, "notes": doc["notes"]}
    fields = {}
    for key, label, disp, val in doc["items"]:
        if key is None:
            continue
        if val is None:
            if key == "learning_outcomes":
                val = [ws(x) for x in disp] if isinstance(disp, list) else [ws(disp)]
            elif isinstance(disp, list):
                val = join_list(disp)
            else:
                val = ws(disp)
        if val in ("", None, []):
            continue
        assert key in KEYS, key
        fields[key] = val
    miss = [k for k in REQUIRED if k not in fields]
    if fields.get("request_type") == "existing_program" and "existing_program_name" not in fields:
        miss.append("existing_program_name")
    assert miss == doc.get("missing", []), (doc["name"], miss)
    return {"is_concept_form": True, "shape": doc["shape"], "fields": fields, "missing_required": miss,
            "needs_manual_review": False, "notes": doc["notes"]}

# ---------- docx helpers
def set_font(document, name, size):
    st = document.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), name)

def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)

def cell_write(cell, disp, bullet="• ", bold=False, linebreaks=False):
    cell.text = ""
    p = cell.paragraphs[0]
    if isinstance(disp, list):
        if linebreaks:
            for i, it in enumerate(disp):
                r = p.add_run(bullet + it if bullet else it)
                if i < len(disp) - 1:
                    r.add_break()
            return
        for i, it in enumerate(disp):
            if i:
                p = cell.add_paragraph()
            p.add_run(bullet + it)
    else:
        parts = disp.split("\n\n")
        for i, part in enumerate(parts):
            if i:
                p = cell.add_paragraph()
            r = p.add_run(part); r.bold = bold

def heading_repeat(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)

# ---------- G1: numbered questions / transcript DOCX
def marker(style, i, sec=None):
    roman = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv",
             "xvi", "xvii", "xviii", "xix", "xx", "xxi", "xxii", "xxiii", "xxiv"]
    if style == "1.": return f"{i+1}."
    if style == "Q": return f"Q{i+1}."
    if style == "a)": return f"{'abcdefghijklmnopqrstuvwxyz'[i]})"
    if style == "(i)": return f"({roman[i]})"
    if style == "1.1": return f"{sec}.{i+1}"
    return ""

def build_qa_docx(doc, path):
    d = Document(); set_font(d, doc.get("font", "Calibri"), 11)
    for kind, text in doc.get("pre", []):
        if kind == "title":
            d.add_heading(text, level=1)
        elif kind == "bold":
            d.add_paragraph().add_run(text).bold = True
        else:
            d.add_paragraph(text)
    mode = doc.get("mode", "below")
    sections = doc.get("sections") or [(None, doc["items"])]
    for si, (stitle, items) in enumerate(sections):
        if stitle:
            d.add_heading(stitle, level=2)
        n = 0
        for key, label, disp, val in items:
            if label is None:
                continue
            m = marker(doc["markers"], n, si + 1); n += 1
            if mode == "transcript":
                p = d.add_paragraph(); r = p.add_run(f"{doc['q_who']}: "); r.bold = True; p.add_run(label)
                if isinstance(disp, list):
                    p = d.add_paragraph(); r = p.add_run(f"{doc['a_who']}: "); r.bold = True; p.add_run(doc.get("lead", {}).get(key, "Sure."))
                    for it in disp:
                        d.add_paragraph("– " + it)
                else:
                    p = d.add_paragraph(); r = p.add_run(f"{doc['a_who']}: "); r.bold = True; p.add_run(disp)
                continue
            if mode == "beside" and not isinstance(disp, list) and "\n\n" not in disp:
                lab = label if label[-1] in "?:" else label + ":"
                p = d.add_paragraph(); r = p.add_run(f"{m} {lab} "); r.bold = True; p.add_run(disp)
                continue
            p = d.add_paragraph(); r = p.add_run(f"{m} {label}"); r.bold = True
            if isinstance(disp, list):
                for it in disp:
                    d.add_paragraph(it, style="List Bullet")
            else:
                for part in disp.split("\n\n"):
                    d.add_paragraph(part)
    for text in doc.get("post", []):
        d.add_paragraph(text)
    d.save(path)

# ---------- G2: grids (transposed / 4-column) DOCX
def build_grid_docx(doc, path):
    d = Document(); set_font(d, doc.get("font", "Calibri"), 10)
    for text in doc.get("pre", []):
        d.add_paragraph().add_run(text).bold = True
    for blk in doc["blocks"]:
        kind = blk[0]
        if kind == "transposed":      # labels across top row, answers in row below
            _, title, items = blk
            ncol = len(items)
            t = d.add_table(rows=3 if title else 2, cols=ncol); t.style = "Table Grid"
            r0 = 0
            if title:
                c = t.cell(0, 0).merge(t.cell(0, ncol - 1)); c.text = title; shade(c, "1F3864")
                c.paragraphs[0].runs[0].font.color.rgb = RGBColor(255, 255, 255); c.paragraphs[0].runs[0].bold = True
                r0 = 1
            for j, (key, label, disp, val) in enumerate(items):
                lc = t.cell(r0, j); lc.text = label; lc.paragraphs[0].runs[0].bold = True; shade(lc, "D9E2F3")
                cell_write(t.cell(r0 + 1, j), disp)
            d.add_paragraph()
        elif kind == "grid4":         # label | answer | label | answer
            _, title, pairs = blk
            t = d.add_table(rows=len(pairs) + (1 if title else 0), cols=4); t.style = "Table Grid"
            r = 0
            if title:
                c = t.cell(0, 0).merge(t.cell(0, 3)); c.text = title; shade(c, "E7E6E6"); c.paragraphs[0].runs[0].bold = True; r = 1
            for pair in pairs:
                if len(pair) == 1:    # one long field: label then answer merged over 3 cells
                    key, label, disp, val = pair[0]
                    t.cell(r, 0).text = label; t.cell(r, 0).paragraphs[0].runs[0].bold = True; shade(t.cell(r, 0), "F2F2F2")
                    c = t.cell(r, 1).merge(t.cell(r, 3)); cell_write(c, disp)
                else:
                    for j, (key, label, disp, val) in enumerate(pair):
                        t.cell(r, 2 * j).text = label; t.cell(r, 2 * j).paragraphs[0].runs[0].bold = True; shade(t.cell(r, 2 * j), "F2F2F2")
                        cell_write(t.cell(r, 2 * j + 1), disp)
                r += 1
            d.add_paragraph()
        elif kind == "rightlabel":    # answer | label (label in right column)
            _, title, items = blk
            t = d.add_table(rows=len(items) + 1, cols=2); t.style = "Table Grid"
            c = t.cell(0, 0).merge(t.cell(0, 1)); c.text = title; c.paragraphs[0].runs[0].bold = True
            for i, (key, label, disp, val) in enumerate(items):
                cell_write(t.cell(i + 1, 0), disp)
                t.cell(i + 1, 1).text = label; shade(t.cell(i + 1, 1), "FFF2CC")
            d.add_paragraph()
        elif kind == "para":
            d.add_paragraph(blk[1])
    d.save(path)

# ---------- G4: sheet pasted into Word
def build_pasted_docx(doc, path):
    d = Document(); set_font(d, "Calibri", 11)
    for text in doc.get("pre", []):
        d.add_paragraph(text)
    cols = doc["cols"]
    t = d.add_table(rows=1, cols=len(cols))
    for j, h in enumerate(cols):
        c = t.cell(0, j); c.text = h; shade(c, "70AD47"); c.paragraphs[0].runs[0].bold = True
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(255, 255, 255)
    for n, (key, label, disp, val) in enumerate(doc["items"]):
        if label is None:
            continue
        row = t.add_row()
        if len(cols) == 3:
            row.cells[0].text = str(n + 1); row.cells[1].text = label
            cell_write(row.cells[2], disp if not isinstance(disp, int) else str(disp), bullet="", linebreaks=True)
        else:
            row.cells[0].text = label
            cell_write(row.cells[1], disp if not isinstance(disp, int) else str(disp), bullet="", linebreaks=True)
        for c in row.cells:
            for p in c.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(11); r.font.name = "Calibri"
    from docx.shared import Inches
    widths = [Inches(0.4), Inches(2.2), Inches(3.9)] if len(cols) == 3 else [Inches(2.4), Inches(4.1)]
    t.autofit = False
    for col, w in zip(t.columns, widths):
        col.width = w
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    for text in doc.get("post", []):
        d.add_paragraph(text)
    d.save(path)

# ---------- G3: xlsx -> Calc PDF
def soffice_convert(src, outdir, filt, infilter=None):
    prof = tempfile.mkdtemp(prefix="lo15c-")
    extra = [f"--infilter={infilter}"] if infilter else []
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless"] + extra + ["--convert-to", filt,
                    "--outdir", outdir, src], check=True, capture_output=True, timeout=240)
    shutil.rmtree(prof, ignore_errors=True)

def build_xlsx_pdf(doc, path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    wb = Workbook(); s = wb.active; s.title = doc.get("sheet", "Concept form")
    wrap = Alignment(wrap_text=True, vertical="top")
    r = 1
    for text in doc.get("pre", []):
        s.cell(r, 1, text).font = Font(bold=True, size=12); r += 1
    r += 1
    ncol = doc.get("ncol", 2)
    for sec, items in doc["sections"]:
        if sec:
            c = s.cell(r, 1, sec); c.font = Font(bold=True, color="FFFFFF"); c.fill = PatternFill("solid", fgColor="305496")
            s.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol); r += 1
        for i, (key, label, disp, val) in enumerate(items):
            col = 1
            if ncol == 3:
                s.cell(r, 1, f"{doc['num'](sec, i)}").alignment = wrap; col = 2
            s.cell(r, col, label).alignment = wrap; s.cell(r, col).font = Font(bold=True)
            v = "\n".join(("- " if doc.get("dash") else "") + x for x in disp) if isinstance(disp, list) else disp
            c = s.cell(r, col + 1, v); c.alignment = wrap
            lines = sum(1 + len(x) // 60 for x in (v.split("\n") if isinstance(v, str) else [str(v)]))
            s.row_dimensions[r].height = 15 * max(1, lines)
            r += 1
    if ncol == 3:
        s.column_dimensions["A"].width = 6; s.column_dimensions["B"].width = 32; s.column_dimensions["C"].width = 70
    else:
        s.column_dimensions["A"].width = 34; s.column_dimensions["B"].width = 72
    s.page_setup.orientation = "portrait"; s.page_setup.fitToWidth = 1; s.page_setup.fitToHeight = 0
    s.sheet_properties.pageSetUpPr.fitToPage = True
    tmp = tempfile.mkdtemp(); x = os.path.join(tmp, os.path.basename(path)[:-4] + ".xlsx"); wb.save(x)
    soffice_convert(x, tmp, "pdf"); shutil.move(x[:-5] + ".pdf", path); shutil.rmtree(tmp, ignore_errors=True)

# ---------- G5: web survey print (HTML opened by LibreOffice Writer, exported to PDF)
def build_survey_pdf(doc, path):
    e = html.escape
    h = [f"<html><head><meta charset='utf-8'><title>{e(doc['tool'])}</title></head><body style='font-family:Arial'>",
         f"<p style='color:#666'>{e(doc['tool'])} · {e(doc['banner'])}</p>", f"<h2>{e(doc['heading'])}</h2>"]
    for text in doc.get("pre", []):
        h.append(f"<p><small>{e(text)}</small></p>")
    n = 0
    for key, label, disp, val in doc["items"]:
        if label is None:
            continue
        n += 1
        star = " <span style='color:red'>*</span>" if key in REQUIRED else ""
        h.append(f"<p><b>{n}. {e(label)}</b>{star}</p>")
        opts = doc.get("options", {}).get(key)
        if opts:
            for o in opts:
                mark = "◉" if o == disp else "○"
                h.append(f"<p style='margin-left:2em'>{mark} {e(o)}</p>")
        elif isinstance(disp, list):
            h.append("<p style='margin-left:2em'>" + "<br/>".join(e(x) for x in disp) + "</p>")
        else:
            h.append(f"<p style='margin-left:2em;background:#f3f3f3'>{e(str(disp))}</p>")
    for text in doc.get("post", []):
        h.append(f"<p style='color:#666'><small>{e(text)}</small></p>")
    h.append("</body></html>")
    tmp = tempfile.mkdtemp(); src = os.path.join(tmp, os.path.basename(path)[:-4] + ".html")
    open(src, "w", encoding="utf-8").write("\n".join(h))
    soffice_convert(src, tmp, "pdf:writer_pdf_Export", infilter="HTML (StarWriter)"); shutil.move(src[:-5] + ".pdf", path); shutil.rmtree(tmp, ignore_errors=True)

# ---------- G6: reportlab long table with repeated header
def build_longtable_pdf(doc, path):
    from reportlab.lib.pagesizes import letter
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib import colors
    ss = getSampleStyleSheet(); body = ss["BodyText"]; body.fontSize = 9.5; body.leading = 12
    e = html.escape
    story = [Paragraph(e(doc["heading"]), ss["Title"])]
    for text in doc.get("pre", []):
        story.append(Paragraph(e(text), body))
    story.append(Spacer(1, 8))
    rows = [[Paragraph(f"<b>{e(c)}</b>", body) for c in doc["cols"]]]
    n = 0
    for key, label, disp, val in doc["items"]:
        if label is None:
            continue
        n += 1
        if isinstance(disp, list):
            ans = "<br/>".join(f"• {e(x)}" for x in disp)
        else:
            ans = "<br/><br/>".join(e(p) for p in str(disp).split("\n\n"))
        rows.append([Paragraph(doc["num"](n), body), Paragraph(e(label), body), Paragraph(ans, body)])
    t = Table(rows, colWidths=[40, 150, 330], repeatRows=1, splitByRow=1)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(t)
    for text in doc.get("post", []):
        story.append(Spacer(1, 6)); story.append(Paragraph(e(text), body))
    def footer(c, d):
        c.setFont("Helvetica", 8); c.drawString(72, 30, f"{doc['footer']} – page {d.page}")
    SimpleDocTemplate(path, pagesize=letter, leftMargin=46, rightMargin=46).build(story, onFirstPage=footer, onLaterPages=footer)

BUILDERS = {"G1": None, "G2": build_grid_docx, "G3": build_xlsx_pdf, "G4": build_pasted_docx,
            "G5": build_survey_pdf, "G6": build_longtable_pdf}

def all_items(doc):
    if "items" in doc:
        return doc["items"]
    out = []
    for b in doc.get("blocks", []):
        if b[0] == "grid4":
            for pair in b[2]:
                out.extend(pair)
        elif b[0] in ("transposed", "rightlabel"):
            out.extend(b[2])
    for s in doc.get("sections", []) or []:
        out.extend(s[1])
    return out + doc.get("hidden", [])

def build(doc, outdir):
    ext = doc["ext"]; path = os.path.join(outdir, doc["name"] + "." + ext)
    g = doc["genre"]
    if g == "G1":
        build_qa_docx(doc, path)
    else:
        BUILDERS[g](doc, path)
    doc2 = dict(doc); doc2["items"] = all_items(doc)
    exp = expected(doc2)
    with open(path + ".expected.json", "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2); f.write("\n")
    return path, exp
