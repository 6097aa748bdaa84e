"""Build round 17c documents and expected files from the data modules.

python build.py tuning|heldout   (run with PYTHONPATH unset, venv with python-docx, reportlab, pypdf, weasyprint)
Expected values come from the data modules only.
"""
import json, os, re, shutil, subprocess, sys, tempfile, html
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_TAB_LEADER
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BOX, TICK = "\u2610", "\u2612"
PUNCT = tuple(".;:,!?)")
REQUIRED = ["proposal_title", "proposer_name", "proposer_email", "request_type", "target_learners", "rationale",
            "competencies", "learning_outcomes", "summative_assessment", "partner_name", "endorsement_status",
            "education_plan_alignment"]


def F(label, key, show, exp=None):
    """One form item: label as printed, FIELDS.md key (None = not a value), what is shown, expected override."""
    return {"label": label, "key": key, "show": show, "exp": exp}


def C(options, checked, code):
    """A choice: option texts, index (or list of indexes) ticked, expected code."""
    return {"choice": options, "checked": checked if isinstance(checked, list) else [checked], "code": code}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def join_list(items):
    out = ""
    for i, it in enumerate(items):
        it = norm(it)
        if i == 0:
            out = it
        else:
            out += (" " if out.endswith(PUNCT) else "; ") + it
    return out


def expected_fields(doc):
    fields = {}
    for it in all_items(doc):
        k, v = it["key"], it["show"]
        if not k:
            continue
        if it["exp"] is not None:
            fields[k] = it["exp"]
            continue
        if isinstance(v, dict):
            fields[k] = v["code"]
        elif isinstance(v, list):
            if not v:
                continue
            fields[k] = [norm(x) for x in v] if k == "learning_outcomes" else join_list(v)
        else:
            if norm(v) and norm(v).upper() != "N/A":
                fields[k] = norm(v)
    return fields


def all_items(doc):
    out = []
    for g in doc["groups"]:
        out.extend(g[1])
    return out


def missing(fields):
    m = [k for k in REQUIRED if k not in fields]
    if fields.get("request_type") == "existing_program" and "existing_program_name" not in fields:
        m.append("existing_program_name")
    return m


def choice_text(v, sep="   "):
    return sep.join((TICK if i in v["checked"] else BOX) + " " + o for i, o in enumerate(v["choice"]))


# ---------------------------------------------------------------- DOCX helpers
def set_cell_shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)


def base_doc(font="Calibri", size=11):
    d = Document()
    st = d.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2); s.top_margin = s.bottom_margin = Cm(2)
    return d


def add_header_footer(d, header, footer):
    sec = d.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer


def set_widths(t, widths):
    t.autofit = False
    for i, w in enumerate(widths):
        t.columns[i].width = Cm(w)
        for c in t.columns[i].cells:
            c.width = Cm(w)


def cell_write(cell, v, bullet="\u2022 ", numbered=False):
    cell.text = ""
    p = cell.paragraphs[0]
    if isinstance(v, dict):
        p.add_run(choice_text(v, "\n" if len(v["choice"]) > 3 else "   "))
    elif isinstance(v, list):
        for i, x in enumerate(v):
            if i:
                p = cell.add_paragraph()
            p.add_run((f"{i+1}. " if numbered else bullet) + x)
    else:
        paras = v.split("\n\n")
        for i, x in enumerate(paras):
            if i:
                p = cell.add_paragraph()
            p.add_run(x)


def to_pdf(docx_path, out_pdf):
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-devset17c", "--convert-to", "pdf",
                    "--outdir", tmp, docx_path], check=True, capture_output=True, timeout=240)
    pdf = os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
    shutil.move(pdf, out_pdf); shutil.rmtree(tmp)


# ---------------------------------------------------------------- G1: dot-leader / underline-fill lines (Word)
def render_g1(doc, path):
    d = base_doc(doc.get("font", "Calibri"), 11)
    add_header_footer(d, doc.get("header"), doc.get("footer"))
    for i, line in enumerate(doc["top"]):
        p = d.add_paragraph(); r = p.add_run(line); r.bold = i == 0
        if i == 0:
            r.font.size = Pt(14)
    style = doc["style"]  # 'dots' (typed dots), 'leader' (tab with dot leader), 'underline'
    for gname, items in doc["groups"]:
        if gname:
            p = d.add_paragraph(); r = p.add_run(gname); r.bold = True; p.paragraph_format.space_before = Pt(10)
        for it in items:
            lab, v = it["label"], it["show"]
            inline = isinstance(v, dict) or (isinstance(v, str) and len(v) < 70 and "\n" not in v)
            p = d.add_paragraph()
            if style == "underline":
                if inline:
                    val = choice_text(v) if isinstance(v, dict) else v
                    p.add_run(f"{lab}: ")
                    p.add_run(f"____{val}____" if val else "_" * 30)
                else:
                    p.add_run(f"{lab}:")
                    if isinstance(v, list):
                        for j, x in enumerate(v):
                            d.add_paragraph(f"{j+1}) {x}" if it["key"] == "learning_outcomes" else f"- {x}")
                    else:
                        for para in v.split("\n\n"):
                            d.add_paragraph(para)
                    d.add_paragraph("_" * 60)
            else:
                if style == "leader":
                    p.paragraph_format.tab_stops.add_tab_stop(Cm(7.5), leader=WD_TAB_LEADER.DOTS)
                    p.add_run(lab + "\t")
                else:
                    dots = "." * max(4, 34 - len(lab))
                    p.add_run(f"{lab} {dots} ")
                if inline:
                    p.add_run(choice_text(v) if isinstance(v, dict) else v)
                elif isinstance(v, list):
                    for j, x in enumerate(v):
                        q = d.add_paragraph((f"({chr(97+j)}) " if it["key"] == "learning_outcomes" else "\u2013 ") + x)
                        q.paragraph_format.left_indent = Cm(1)
                else:
                    paras = v.split("\n\n")
                    p.add_run(paras[0])
                    for para in paras[1:]:
                        d.add_paragraph(para)
    for line in doc.get("bottom", []):
        d.add_paragraph(line)
    finish_docx(d, doc, path)


def finish_docx(d, doc, path):
    if doc["ext"] == "pdf":
        tmpd = tempfile.mkdtemp(); tmp = os.path.join(tmpd, doc["name"] + ".docx")
        d.save(tmp); to_pdf(tmp, path); shutil.rmtree(tmpd)
    else:
        d.save(path)


# ---------------------------------------------------------------- G2: long 3-column table, header row repeated, vMerge labels
def render_g2(doc, path):
    d = base_doc(doc.get("font", "Arial"), 10)
    add_header_footer(d, doc.get("header"), doc.get("footer"))
    for i, line in enumerate(doc["top"]):
        p = d.add_paragraph(); r = p.add_run(line); r.bold = i == 0
        if i == 0:
            r.font.size = Pt(13)
    n = sum(len(g[1]) for g in doc["groups"])
    t = d.add_table(rows=1 + n, cols=3); t.style = "Table Grid"
    hdr = t.rows[0]; set_repeat_header(hdr)
    for c, txt in zip(hdr.cells, doc["colheads"]):
        c.text = ""; r = c.paragraphs[0].add_run(txt); r.bold = True; set_cell_shade(c, "D9E2F3")
    row = 1
    for gname, items in doc["groups"]:
        first = t.cell(row, 0)
        if len(items) > 1:
            first = first.merge(t.cell(row + len(items) - 1, 0))
        first.text = ""; r = first.paragraphs[0].add_run(gname); r.bold = True; set_cell_shade(first, "F2F2F2")
        for it in items:
            t.cell(row, 1).text = it["label"]
            cell_write(t.cell(row, 2), it["show"], numbered=doc.get("numbered", False))
            row += 1
    set_widths(t, [3.0, 4.4, 9.4])
    for line in doc.get("bottom", []):
        d.add_paragraph(line)
    finish_docx(d, doc, path)


# ---------------------------------------------------------------- G6: bold question table + answers table keyed by number
def render_g6(doc, path):
    d = base_doc(doc.get("font", "Cambria"), 11)
    add_header_footer(d, doc.get("header"), doc.get("footer"))
    for i, line in enumerate(doc["top"]):
        p = d.add_paragraph(); r = p.add_run(line); r.bold = i == 0
    items = all_items(doc)
    d.add_paragraph().add_run(doc["part1"]).bold = True
    t = d.add_table(rows=len(items), cols=2); t.style = "Table Grid"
    for i, it in enumerate(items):
        t.cell(i, 0).text = str(i + 1)
        c = t.cell(i, 1); c.text = ""; c.paragraphs[0].add_run(it["label"]).bold = True
        if it.get("hint"):
            r = c.paragraphs[0].add_run(" " + it["hint"]); r.italic = True
    set_widths(t, [1.2, 15.4])
    d.add_paragraph()
    d.add_paragraph().add_run(doc["part2"]).bold = True
    order = doc.get("answer_order") or list(range(len(items)))
    t2 = d.add_table(rows=1 + len(order), cols=2); t2.style = "Table Grid"
    t2.cell(0, 0).text = doc["colheads"][0]; t2.cell(0, 1).text = doc["colheads"][1]
    for i, idx in enumerate(order):
        it = items[idx]
        t2.cell(i + 1, 0).text = str(idx + 1)
        v = it["show"]
        if isinstance(v, dict):
            v = ", ".join(v["choice"][k] for k in v["checked"])
        cell_write(t2.cell(i + 1, 1), v, bullet="- ", numbered=it["key"] == "learning_outcomes")
    set_widths(t2, [1.2, 15.4])
    for line in doc.get("bottom", []):
        d.add_paragraph(line)
    finish_docx(d, doc, path)


# ---------------------------------------------------------------- G3: numbered boxes, questions only in a legend (reportlab)
def render_g3(doc, path):
    from reportlab.lib.pagesizes import letter
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    s = ParagraphStyle("b", fontName="DV", fontSize=9.5, leading=12.5)
    sl = ParagraphStyle("l", fontName="DV", fontSize=8.5, leading=11)
    h = ParagraphStyle("h", fontName="DVB", fontSize=13, leading=16, spaceAfter=4)
    e = lambda x: html.escape(x)
    story = [Paragraph(e(doc["top"][0]), h)] + [Paragraph(e(x), s) for x in doc["top"][1:]] + [Spacer(1, 6)]
    items = all_items(doc)
    leg = [Paragraph("<b>" + e(doc["legend_head"]) + "</b>", sl)]
    legtxt = [f"{i+1} = {it['label']}" for i, it in enumerate(items)]
    if doc.get("legend_inline"):
        leg.append(Paragraph(e("; ".join(legtxt)) + ".", sl))
    else:
        half = (len(legtxt) + 1) // 2
        rows = [[Paragraph(e(a), sl), Paragraph(e(b), sl) if b else ""] for a, b in
                zip(legtxt[:half], legtxt[half:] + [""] * (2 * half - len(legtxt)))]
        lt = Table(rows, colWidths=[250, 250]); lt.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                                                      ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        leg.append(lt)
    box = Table([[leg]], colWidths=[510]); box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EEEEEE")),
                                                                   ("BOX", (0, 0), (-1, -1), 0.5, colors.grey)]))
    story += [box, Spacer(1, 10)]
    rows = []
    for i, it in enumerate(items):
        v = it["show"]
        if isinstance(v, dict):
            cell = Paragraph(e(choice_text(v)), s)
        elif isinstance(v, list):
            mk = (lambda j: f"{j+1}.") if it["key"] == "learning_outcomes" else (lambda j: "\u2022")
            cell = [Paragraph(e(f"{mk(j)} {x}"), s) for j, x in enumerate(v)]
        else:
            cell = [Paragraph(e(x), s) for x in v.split("\n\n")] if v else Paragraph("", s)
        rows.append([Paragraph(f"<b>{i+1}</b>", s), cell])
    t = Table(rows, colWidths=[28, 482], repeatRows=0)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#DDDDDD")),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 7)]))
    story.append(t)
    for x in doc.get("bottom", []):
        story += [Spacer(1, 6), Paragraph(e(x), sl)]
    footer = doc.get("footer")

    def onpage(c, d_):
        if footer:
            c.setFont("DV", 7.5); c.drawString(50, 25, footer); c.drawRightString(560, 25, f"Page {d_.page}")
    SimpleDocTemplate(path, pagesize=letter, leftMargin=50, rightMargin=50, topMargin=45, bottomMargin=45,
                      title=doc["top"][0], author=doc.get("author", "")).build(story, onFirstPage=onpage, onLaterPages=onpage)


# ---------------------------------------------------------------- G4: two-column newspaper layout (pdflatex multicol)
def tex_esc(x):
    rep = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_", "{": r"\{", "}": r"\}",
           "~": r"\textasciitilde{}", "^": r"\^{}", "\u2013": "--", "\u2014": "---", "\u2019": "'", "\u00e9": r"\'e", "\u2265": r"$\geq$"}
    out = "".join(rep.get(ch, ch) for ch in x)
    return re.sub(r"([\w.\\-]+@[\w.-]+\.\w+)", r"\\mbox{\1}", out)


def render_g4(doc, path):
    L = [r"\documentclass[10pt]{article}", r"\usepackage[utf8]{inputenc}", 
         r"\usepackage[margin=1.8cm]{geometry}", r"\usepackage{multicol}", r"\usepackage{amssymb}",
         r"\setlength{\columnsep}{0.7cm}", r"\setlength{\parindent}{0pt}", r"\setlength{\parskip}{4pt}",
         r"\pagestyle{plain}", r"\input{glyphtounicode}", r"\pdfgentounicode=1", r"\begin{document}"]
    L.append(r"\begin{center}{\Large\bfseries " + tex_esc(doc["top"][0]) + r"}\\[3pt]")
    for x in doc["top"][1:]:
        L.append(tex_esc(x) + r"\\")
    L.append(r"\end{center}\hrule\vspace{6pt}")
    L.append(r"\begin{multicols}{2}")
    for gname, items in doc["groups"]:
        if gname:
            L.append(r"\subsection*{" + tex_esc(gname) + "}")
        for it in items:
            v = it["show"]
            lab = r"\textbf{" + tex_esc(it["label"]) + "}"
            if isinstance(v, dict):
                L.append(lab + r" " + "; ".join((r"$\boxtimes$ " if i in v["checked"] else r"$\square$ ") + tex_esc(o)
                                                 for i, o in enumerate(v["choice"])) + r"\par")
            elif isinstance(v, list):
                env = "enumerate" if it["key"] == "learning_outcomes" else "itemize"
                L.append(lab + r"\vspace{-4pt}\begin{" + env + r"}\setlength{\itemsep}{0pt}")
                L += [r"\item " + tex_esc(x) for x in v]
                L.append(r"\end{" + env + "}")
            else:
                if doc.get("runin", True) and "\n\n" not in v:
                    L.append(lab + " " + tex_esc(v) + r"\par")
                else:
                    L.append(lab + r"\par " + r"\par ".join(tex_esc(x) for x in v.split("\n\n")) + r"\par")
    L.append(r"\end{multicols}")
    for x in doc.get("bottom", []):
        L.append(r"\noindent\small " + tex_esc(x) + r"\par")
    L.append(r"\end{document}")
    tmp = tempfile.mkdtemp()
    with open(os.path.join(tmp, "d.tex"), "w") as f:
        f.write("\n".join(L))
    for _ in range(2):
        r = subprocess.run(["pdflatex", "-interaction=nonstopmode", "d.tex"], cwd=tmp, capture_output=True, text=True)
    if not os.path.exists(os.path.join(tmp, "d.pdf")):
        print(r.stdout[-2000:]); raise SystemExit("pdflatex failed")
    shutil.move(os.path.join(tmp, "d.pdf"), path); shutil.rmtree(tmp)


# ---------------------------------------------------------------- G5: HTML form printed to PDF (weasyprint, CSS grid)
CSS = """
@page { size: Letter; margin: 16mm 14mm; @bottom-right { content: "%s  " counter(page) " / " counter(pages); font-size: 8pt; color: #666; } }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; color: #222; }
h1 { font-size: 15pt; margin: 0 0 2px 0; } .sub { color: #555; margin-bottom: 10px; }
fieldset { border: 1px solid #bbb; border-radius: 4px; margin: 0 0 10px 0; padding: 6px 10px 10px 10px; }
legend { font-weight: bold; padding: 0 4px; }
.grid { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); column-gap: 14px; row-gap: 8px; }
.f { display: flex; flex-direction: column; min-width: 0; } .full { grid-column: 1 / span 2; }
label { font-size: 8pt; text-transform: uppercase; letter-spacing: .03em; color: #444; margin-bottom: 2px; }
.in { border: 1px solid #888; border-radius: 3px; padding: 4px 6px; min-height: 14px; background: #fafafa; white-space: pre-wrap; overflow-wrap: break-word; }
.ta { min-height: 36px; } .opts span { margin-right: 14px; }
"""


def render_g5(doc, path):
    import weasyprint
    e = html.escape
    H = [f"<html lang='{doc.get('lang','en')}'><head><meta charset='utf-8'><title>{e(doc['top'][0])}</title>"
         f"<style>{CSS % e(doc.get('footer',''))}</style></head><body>",
         f"<h1>{e(doc['top'][0])}</h1>"] + [f"<div class='sub'>{e(x)}</div>" for x in doc["top"][1:]]
    H.append("<form>")
    for gname, items in doc["groups"]:
        H.append(f"<fieldset><legend>{e(gname)}</legend><div class='grid'>")
        for it in items:
            v = it["show"]
            full = not (isinstance(v, str) and len(v) < 60) or it.get("full")
            if isinstance(v, dict) and len(" ".join(v["choice"])) < 40:
                full = False
            cls = "f full" if full else "f"
            if isinstance(v, dict):
                inner = "<div class='opts'>" + "".join(f"<span>{TICK if i in v['checked'] else BOX} {e(o)}</span>"
                                                       for i, o in enumerate(v["choice"])) + "</div>"
            elif isinstance(v, list):
                mk = (lambda j: f"{j+1}. ") if it["key"] == "learning_outcomes" else (lambda j: "- ")
                inner = f"<div class='in ta'>{e(chr(10).join(mk(j) + x for j, x in enumerate(v)))}</div>"
            else:
                inner = f"<div class='in{' ta' if full else ''}'>{e(v.replace(chr(10)+chr(10), chr(10)))}</div>"
            H.append(f"<div class='{cls}'><label>{e(it['label'])}</label>{inner}</div>")
        H.append("</div></fieldset>")
    H.append("</form>")
    for x in doc.get("bottom", []):
        H.append(f"<p style='font-size:8pt;color:#555'>{e(x)}</p>")
    H.append("</body></html>")
    weasyprint.HTML(string="".join(H)).write_pdf(path)


RENDER = {"G1": render_g1, "G2": render_g2, "G3": render_g3, "G4": render_g4, "G5": render_g5, "G6": render_g6}


def build(half, only=None):
    mod = __import__(f"{half}_data")
    outdir = os.path.join(ROOT, half)
    for doc in mod.DOCS:
        if only and doc["name"] not in only:
            continue
        fn = f"{doc['name']}.{doc['ext']}"
        p = os.path.join(outdir, fn)
        RENDER[doc["genre"]](doc, p)
        if doc["form"]:
            fields = expected_fields(doc)
            exp = {"is_concept_form": True, "shape": doc["shape"], "fields": fields, "missing_required": missing(fields),
                   "needs_manual_review": False, "notes": doc["notes"]}
        else:
            exp = {"is_concept_form": False, "shape": "7", "fields": {}, "missing_required": [],
                   "needs_manual_review": False, "notes": doc["notes"]}
        with open(p + ".expected.json", "w", encoding="utf-8") as f:
            json.dump(exp, f, ensure_ascii=False, indent=2); f.write("\n")
        print("built", fn)


if __name__ == "__main__":
    build(sys.argv[1], sys.argv[2:] or None)
