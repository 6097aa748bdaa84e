"""Producing routes of round 12 (one function per genre)."""
import os
import shutil
import subprocess
import zipfile

from lib import (LABELS, OPTIONS, TITLE, INTRO, ORDER, blocks_html, blocks_md, esc, inline_html, run,
                 soffice_convert, chromium_pdf, pandoc, tmpdir)

FORM_ORDER = ["proposal_title", "proposer_name", "proposer_title", "proposer_department", "proposer_email",
              "proposer_phone", "request_type", "existing_program_name", "target_learners", "rationale",
              "competencies", "learning_outcomes", "competency_framework", "summative_assessment", "partner_name",
              "partner_contact", "endorsement_status", "education_plan_alignment", "delivery_format",
              "estimated_hours", "proposed_start", "expected_enrolment", "resources_required", "submission_date"]
CHOICES = ("request_type", "endorsement_status", "delivery_format")


def labels(doc):
    lab = dict(LABELS["fr" if doc.lang == "fr" else "en"])
    if doc.lang == "bi":
        lab = {k: f"{LABELS['en'][k]} / {LABELS['fr'][k]}" for k in LABELS["en"]}
    lab.update(doc.kw.get("labels", {}))
    return lab


def options(doc, key):
    lang = "fr" if doc.lang == "fr" else "en"
    return doc.kw.get("options", {}).get(key, OPTIONS[lang][key])


def ticks(doc, key):
    t = doc.kw.get("ticks", {})
    if key in t:
        return t[key]
    v = doc.f.get(key)
    return [v] if v else []


def value_lines(doc, key):
    """Answer of an official form row as a list of ('p'|'ul'|'ol', payload)."""
    if key in CHOICES and key not in doc.disp:
        on, off = doc.kw.get("boxes", ("☒", "☐"))
        tk = ticks(doc, key)
        sep = doc.kw.get("option_sep", "   ")
        return [("p", sep.join(f"{on if c in tk else off} {lab}" for c, lab in options(doc, key)))]
    v = doc.show(key)
    if v is None or v == "":
        return []
    if isinstance(v, list):
        style = doc.kw.get("list_style", {}).get(key, "ol" if key == "learning_outcomes" else "ul")
        return [(style, v)]
    if isinstance(v, (int, float)):
        v = str(v)
    return [("p", para) for para in v.split("\n\n")]


# ------------------------------------------------------------------ G1: HTML form -> LibreOffice ODT -> DOCX

def form_html(doc, css=""):
    lab = labels(doc)
    lang = "fr" if doc.lang == "fr" else "en"
    rows = []
    for k in doc.kw.get("order", FORM_ORDER):
        cell = ""
        for t, pl in value_lines(doc, k):
            if t == "p":
                cell += f"<p>{inline_html(pl)}</p>"
            else:
                cell += f"<{t}>" + "".join(f"<li>{inline_html(i)}</li>" for i in pl) + f"</{t}>"
        rows.append(f"<tr><td class='l'><b>{esc(lab[k])}</b></td><td class='a'>{cell}</td></tr>")
    title = doc.kw.get("form_title", TITLE[lang])
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(title)}</title>
<style>body{{font-family:'Liberation Sans',Arial,sans-serif;font-size:10.5pt}} table{{border-collapse:collapse;width:100%}}
td{{border:1px solid #444;padding:4px;vertical-align:top}} td.l{{width:34%;background:#e8e8e8}} {css}</style></head><body>
<h2>{esc(title)}</h2><p><i>{esc(INTRO[lang])}</i></p>
<table>{''.join(rows)}</table>
<p style="font-size:8pt">{esc(doc.kw.get('footer', 'CE-F-012 rev. 2026-09 · Continuing Education, Michener'))}</p>
</body></html>"""


def g1_lo_docx(doc, out):
    td = tmpdir()
    src = os.path.join(td, "form.html")
    open(src, "w", encoding="utf-8").write(form_html(doc))
    odt = soffice_convert(src, "odt", td, "writer8")
    docx = soffice_convert(odt, "docx", td, "MS Word 2007 XML")
    shutil.copy(docx, out)


# ------------------------------------------------------------------ G2: python-docx + content controls

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _sdt_xml(tag, paras, kind="text", items=None, placeholder=False, date_fmt=None, iso=None):
    from xml.sax.saxutils import escape as x
    pr = f'<w:sdtPr><w:alias w:val="{x(tag)}"/><w:tag w:val="{x(tag)}"/>'
    if placeholder:
        pr += '<w:showingPlcHdr/>'
    if kind == "drop":
        pr += '<w:dropDownList>' + "".join(
            f'<w:listItem w:displayText="{x(d)}" w:value="{x(v)}"/>' for v, d in items) + '</w:dropDownList>'
    elif kind == "date":
        pr += f'<w:date w:fullDate="{iso}T00:00:00Z"><w:dateFormat w:val="{x(date_fmt)}"/><w:lid w:val="en-CA"/>' \
              '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>'
    elif kind == "rich":
        pr += '<w:richText/>'
    else:
        pr += '<w:text w:multiLine="1"/>'
    pr += '</w:sdtPr>'
    body = ""
    for p in paras:
        style, text = p if isinstance(p, tuple) else (None, p)
        ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        rpr = '<w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>' if placeholder else ""
        body += f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{x(text)}</w:t></w:r></w:p>'
    return f'<w:sdt xmlns:w="{W}">{pr}<w:sdtContent>{body}</w:sdtContent></w:sdt>'


def g2_content_controls(doc, out):
    import docx
    from docx.shared import Pt, Cm
    from lxml import etree
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = doc.kw.get("font", "Calibri")
    st.font.size = Pt(10.5)
    lab = labels(doc)
    lang = "fr" if doc.lang == "fr" else "en"
    d.add_heading(doc.kw.get("form_title", TITLE[lang]), 1)
    d.add_paragraph(INTRO[lang])
    order = doc.kw.get("order", FORM_ORDER)
    t = d.add_table(rows=len(order), cols=2)
    t.style = "Table Grid"
    PH = "Click or tap here to enter text." if lang == "en" else "Cliquez ou appuyez ici pour entrer du texte."
    for i, k in enumerate(order):
        c0, c1 = t.rows[i].cells
        c0.width, c1.width = Cm(6), Cm(11)
        r = c0.paragraphs[0].add_run(lab[k])
        r.bold = True
        cell = c1._tc
        for p in list(cell.findall(f"{{{W}}}p")):
            cell.remove(p)
        v = doc.show(k)
        if k in CHOICES and k not in doc.disp:
            tk = ticks(doc, k)
            items = [(c, l) for c, l in options(doc, k)]
            if tk:
                disp = dict(items)[tk[0]]
                xml = _sdt_xml(k, [disp], "drop", items)
            else:
                xml = _sdt_xml(k, ["Choose an item." if lang == "en" else "Choisissez un élément."], "drop", items,
                               placeholder=True)
        elif k == "submission_date" and v:
            xml = _sdt_xml(k, [doc.disp.get(k, v)], "date", date_fmt=doc.kw.get("date_fmt", "MMMM d, yyyy"),
                           iso=doc.f[k])
        elif v is None or v == "":
            xml = _sdt_xml(k, [PH], placeholder=True)
        elif isinstance(v, list):
            style = "List Number" if k == "learning_outcomes" else "List Bullet"
            if doc.kw.get("typed_markers"):
                paras = [(None, (f"{n}. " if k == "learning_outcomes" else "- ") + s) for n, s in enumerate(v, 1)]
            else:
                paras = [(style.replace(" ", ""), s) for s in v]
            xml = _sdt_xml(k, paras, "rich")
        else:
            xml = _sdt_xml(k, str(v).split("\n\n"), "rich" if "\n\n" in str(v) else "text")
        cell.append(etree.fromstring(xml))
    d.add_paragraph(doc.kw.get("footer", "CE-F-012 (controls) rev. 2026-09"))
    d.save(out)


# ------------------------------------------------------------------ G3: reportlab blank AcroForm -> pikepdf fill

def g3_pikepdf(doc, out):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    import pikepdf
    td = tmpdir()
    blank = os.path.join(td, "blank.pdf")
    names = doc.kw.get("names", {})
    lab = labels(doc)
    c = canvas.Canvas(blank, pagesize=letter)
    W_, H_ = letter
    lang = "fr" if doc.lang == "fr" else "en"
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, H_ - 50, doc.kw.get("form_title", TITLE[lang]))
    c.setFont("Helvetica", 8)
    c.drawString(50, H_ - 64, INTRO[lang])
    y = H_ - 90
    fills = {}
    big = {"rationale": 70, "competencies": 60, "learning_outcomes": 80, "summative_assessment": 50,
           "education_plan_alignment": 50, "target_learners": 34, "resources_required": 34,
           "competency_framework": 30, "partner_contact": 24}
    form = c.acroForm
    for k in doc.kw.get("order", FORM_ORDER):
        h = big.get(k, 18)
        if k in CHOICES:
            h = 18
        if y - h < 50:
            c.showPage()
            y = H_ - 50
        c.setFont("Helvetica-Bold", 8)
        c.drawString(50, y - 10, lab[k][:60])
        if k in CHOICES:
            x = 230
            tk = ticks(doc, k)
            for code, olab in options(doc, k):
                nm = names.get(f"{k}_{code}", f"{k}_{code}")
                form.checkbox(name=nm, x=x, y=y - 14, size=11, checked=False, buttonStyle="cross",
                              borderWidth=1, tooltip=olab)
                c.setFont("Helvetica", 7.5)
                c.drawString(x + 14, y - 11, olab)
                x += 14 + c.stringWidth(olab, "Helvetica", 7.5) + 10
                fills[nm] = ("chk", code in tk)
        else:
            nm = names.get(k, k)
            form.textfield(name=nm, x=230, y=y - h, width=330, height=h, borderWidth=1, fontSize=8,
                           fieldFlags="multiline" if h > 18 else "", tooltip=lab[k], value="")
            v = doc.show(k)
            if isinstance(v, list):
                if k == "learning_outcomes":
                    v = "\n".join(f"{n}. {s}" for n, s in enumerate(v, 1))
                else:
                    v = "\n".join(f"- {s}" for s in v)
            if v is not None and v != "":
                fills[nm] = ("txt", str(v))
        y -= h + 6
    c.save()
    pdf = pikepdf.open(blank)
    for fld in pdf.Root.AcroForm.Fields:
        nm = str(fld.get("/T"))
        if nm not in fills:
            continue
        kind, v = fills[nm]
        if kind == "txt":
            fld.V = pikepdf.String(v)
            if "/AP" in fld:
                del fld["/AP"]
        elif v:
            fld.V = pikepdf.Name("/Yes")
            fld.AS = pikepdf.Name("/Yes")
    pdf.Root.AcroForm.NeedAppearances = True
    pdf.save(out)


# ------------------------------------------------------------------ G4: official form printed with pdflatex

def tex_esc(s):
    rep = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_", "{": r"\{",
           "}": r"\}", "~": r"\textasciitilde{}", "^": r"\^{}", "–": "--", "—": "---", "’": "'", "é": r"\'e",
           "è": r"\`e", "à": r"\`a", "ç": r"\c{c}", "É": r"\'E", "ô": r"\^o", "î": r"\^i", "ê": r"\^e",
           "≈": r"$\approx$", "×": r"$\times$", "«": r"\guillemotleft{}", "»": r"\guillemotright{}", "·": r"\textperiodcentered{}"}
    return "".join(rep.get(ch, ch) for ch in s)


def g4_pdflatex(doc, out):
    lab = labels(doc)
    lang = "fr" if doc.lang == "fr" else "en"
    rows = []
    for k in doc.kw.get("order", FORM_ORDER):
        cell = []
        for t, pl in value_lines(doc, k):
            if t == "p":
                cell.append(tex_esc(pl))
            else:
                env = "enumerate" if t == "ol" else "itemize"
                cell.append(r"\begin{%s}\setlength{\itemsep}{0pt}\setlength{\parskip}{0pt}" % env + "".join(r"\item " + tex_esc(i) for i in pl)
                            + r"\end{%s}" % env)
        body = r"\par ".join(cell) if cell else ""
        rows.append(r"\textbf{%s} & \raggedright\arraybackslash %s \\ \hline" % (tex_esc(lab[k]), body))
    tex = r"""\documentclass[10pt]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}
\usepackage[letterpaper,margin=2cm]{geometry}\usepackage{longtable,array,fancyhdr}
\hyphenpenalty=10000\exhyphenpenalty=10000\sloppy
\pagestyle{fancy}\fancyhf{}\rfoot{\thepage}\lfoot{\small %s}\renewcommand{\headrulewidth}{0pt}
\begin{document}
{\Large\bfseries %s\par}\smallskip {\small\itshape %s\par}\bigskip
\renewcommand{\arraystretch}{1.3}
\begin{longtable}{|>{\raggedright\arraybackslash}p{5.2cm}|p{10.8cm}|}\hline
%s
\end{longtable}
\end{document}
""" % (tex_esc(doc.kw.get("footer", "CE-F-012 rev. 2026-09")), tex_esc(doc.kw.get("form_title", TITLE[lang])),
       tex_esc(INTRO[lang]), "\n".join(rows))
    td = tmpdir()
    open(os.path.join(td, "f.tex"), "w", encoding="utf-8").write(tex)
    for _ in range(2):
        run(["pdflatex", "-interaction=nonstopmode", "f.tex"], cwd=td, timeout=240)
    shutil.copy(os.path.join(td, "f.pdf"), out)


# ------------------------------------------------------------------ G5: emails printed from mail clients

MAIL_CSS = {
    "roundcube": """body{font-family:'DejaVu Sans',sans-serif;font-size:10pt;margin:24px}
 .hdr{border-bottom:1px solid #bbb;margin-bottom:14px} .hdr h2{font-size:13pt;margin:0 0 6px}
 .hdr table td{padding:1px 8px 1px 0;font-size:9pt} .hdr td.h{color:#666;text-align:right}
 .top{font-size:8pt;color:#888;margin-bottom:8px}""",
    "evolution": """body{font-family:'Liberation Serif',serif;font-size:11pt;margin:20px}
 .hdr{background:#eeeeec;border:1px solid #babdb6;padding:6px;margin-bottom:12px} .hdr table td{padding:1px 6px;font-size:10pt}
 .hdr td.h{font-weight:bold;text-align:right;white-space:nowrap;width:70px} .top{display:none}""",
    "proton": """body{font-family:'Liberation Sans',sans-serif;font-size:10pt;margin:28px}
 .top{font-size:14pt;font-weight:bold;margin-bottom:10px} .hdr{border-top:2px solid #6d4aff;border-bottom:1px solid #ddd;padding:8px 0;margin-bottom:14px}
 .hdr table td{padding:2px 6px 2px 0;font-size:9pt} .hdr td.h{color:#6d4aff;white-space:nowrap}""",
    "yahoo": """body{font-family:'DejaVu Sans',sans-serif;font-size:10pt;margin:22px}
 .top{color:#6001d2;font-weight:bold;font-size:12pt;border-bottom:3px solid #6001d2;padding-bottom:4px;margin-bottom:10px}
 .hdr h2{font-size:12pt} .hdr table td{font-size:9pt;padding:1px 4px} .hdr td.h{color:#555}""",
    "k9": """body{font-family:'Liberation Sans',sans-serif;font-size:11pt;margin:18px}
 .hdr{margin-bottom:12px} .hdr h2{font-size:12pt;margin:0} .hdr table td{font-size:9.5pt;padding:0 4px 0 0;color:#333}
 .top{font-size:8pt;color:#999}""",
}


def mail_html(doc):
    m = doc.kw["mail"]
    client = m["client"]
    hdr_rows = "".join(f"<tr><td class='h' nowrap width='90'>{esc(k)}</td><td>{esc(v)}</td></tr>" for k, v in m["headers"])
    top = esc(m.get("top", ""))
    subj = f"<h2>{esc(m['subject'])}</h2>" if m.get("subject_h") else ""
    tw = f" width='{m['table_width']}'" if m.get("table_width") else ""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(m['subject'])}</title><style>{MAIL_CSS[client]}
 p{{margin:0 0 9px}} ul,ol{{margin:0 0 9px}}</style></head><body><div class="top">{top}</div>
<div class="hdr">{subj}<table{tw}>{hdr_rows}</table></div><div class="body">{blocks_html(doc.kw['blocks'])}</div></body></html>"""


def g5_mail(doc, out):
    td = tmpdir()
    src = os.path.join(td, "mail.html")
    open(src, "w", encoding="utf-8").write(mail_html(doc))
    if doc.kw["mail"].get("engine", "chromium") == "chromium":
        chromium_pdf(src, out)
    else:
        pdf = soffice_convert(src, "pdf", td, "writer_web_pdf_Export")
        shutil.copy(pdf, out)


# ------------------------------------------------------------------ G6: letter written with odfpy -> LibreOffice

def g6_odf_letter(doc, out):
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties, ParagraphProperties, MasterPage, PageLayout, PageLayoutProperties, \
        Header
    from odf.text import P, Span, LineBreak
    from odf.teletype import addTextToElement
    od = OpenDocumentText()
    font = doc.kw.get("font", "Liberation Serif")
    body = Style(name="Body", family="paragraph")
    body.addElement(TextProperties(fontname=font, fontfamily=font, fontsize="11pt"))
    body.addElement(ParagraphProperties(marginbottom="0.18cm"))
    od.styles.addElement(body)
    bold = Style(name="B", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    od.automaticstyles.addElement(bold)
    ital = Style(name="I", family="text")
    ital.addElement(TextProperties(fontstyle="italic"))
    od.automaticstyles.addElement(ital)
    ind = Style(name="Ind", family="paragraph", parentstylename="Body")
    ind.addElement(ParagraphProperties(marginleft="0.8cm", textindent="-0.5cm"))
    od.automaticstyles.addElement(ind)
    right = Style(name="R", family="paragraph", parentstylename="Body")
    right.addElement(ParagraphProperties(textalign="end"))
    od.automaticstyles.addElement(right)
    pl = PageLayout(name="PL")
    pl.addElement(PageLayoutProperties(pagewidth="21.59cm", pageheight="27.94cm", margintop="1.5cm",
                                       marginbottom="2cm", marginleft="2.5cm", marginright="2.5cm"))
    od.automaticstyles.addElement(pl)
    mp = MasterPage(name="Standard", pagelayoutname=pl)
    if doc.kw.get("letterhead"):
        hd = Header()
        for line in doc.kw["letterhead"]:
            hp = P(stylename=right)
            addTextToElement(hp, line)
            hd.addElement(hp)
        mp.addElement(hd)
    od.masterstyles.addElement(mp)

    def add_inline(p, s):
        import re
        parts = re.split(r"(\*\*.+?\*\*|\*[^*\s][^*]*?\*)", s)
        for part in parts:
            if part.startswith("**") and part.endswith("**"):
                sp = Span(stylename=bold)
                addTextToElement(sp, part[2:-2])
                p.addElement(sp)
            elif part.startswith("*") and part.endswith("*") and len(part) > 2:
                sp = Span(stylename=ital)
                addTextToElement(sp, part[1:-1])
                p.addElement(sp)
            elif part:
                addTextToElement(p, part)

    for b in doc.kw["blocks"]:
        t = b[0]
        if t in ("p", "h2", "h1"):
            p = P(stylename=body)
            add_inline(p, f"**{b[1]}**" if t != "p" else b[1])
            od.text.addElement(p)
        elif t == "pb":
            p = P(stylename=body)
            add_inline(p, f"**{b[1]}** {b[2]}")
            od.text.addElement(p)
        elif t in ("ul", "ol"):
            for n, it in enumerate(b[1], 1):
                p = P(stylename=ind)
                add_inline(p, (f"{n}.\t" if t == "ol" else "•\t") + it)
                od.text.addElement(p)
        elif t == "lines":
            p = P(stylename=body)
            for i, line in enumerate(b[1]):
                if i:
                    p.addElement(LineBreak())
                add_inline(p, line)
            od.text.addElement(p)
        elif t == "right":
            p = P(stylename=right)
            add_inline(p, b[1])
            od.text.addElement(p)
    td = tmpdir()
    odt = os.path.join(td, "letter.odt")
    od.save(odt)
    ext = os.path.splitext(out)[1].lstrip(".")
    res = soffice_convert(odt, ext, td, "writer_pdf_Export" if ext == "pdf" else "MS Word 2007 XML")
    shutil.copy(res, out)


# ------------------------------------------------------------------ G7: Markdown Q&A -> pandoc -> DOCX

def g7_pandoc_qa(doc, out):
    td = tmpdir()
    src = os.path.join(td, "qa.md")
    open(src, "w", encoding="utf-8").write(blocks_md(doc.kw["blocks"]))
    pandoc(src, out, "markdown-smart")


# ------------------------------------------------------------------ G8: python-docx one-pager, label column second

def g8_label_second(doc, out):
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.section import WD_ORIENT
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = doc.kw.get("font", "Arial")
    st.font.size = Pt(10)
    for b in doc.kw.get("pre", []):
        if b[0] == "h1":
            d.add_heading(b[1], 1)
        else:
            d.add_paragraph(b[1])
    cols = doc.kw["columns"]  # header row
    rows = doc.kw["rows"]
    t = d.add_table(rows=1 + len(rows), cols=len(cols))
    t.style = "Table Grid"
    for i, h in enumerate(cols):
        r = t.rows[0].cells[i].paragraphs[0].add_run(h)
        r.bold = True
    label_col = doc.kw.get("label_col", 1)
    for ri, row in enumerate(rows, 1):
        for ci, val in enumerate(row):
            cell = t.rows[ri].cells[ci]
            items = val if isinstance(val, list) else [val]
            for n, it in enumerate(items):
                p = cell.paragraphs[0] if n == 0 else cell.add_paragraph()
                r = p.add_run(it)
                if ci == label_col:
                    r.italic = True
    for b in doc.kw.get("post", []):
        d.add_paragraph(b[1])
    d.save(out)


# ------------------------------------------------------------------ G9: memo / briefing note typeset by pdflatex

def tex_inline(s):
    import re
    s = tex_esc(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"\\textbf{\1}", s)
    s = re.sub(r"(?<![\w*])\*(?!\s)(.+?)\*(?!\w)", r"\\emph{\1}", s)
    return s


def g9_latex_memo(doc, out):
    body = []
    for b in doc.kw["blocks"]:
        t = b[0]
        if t == "h1":
            body.append(r"{\LARGE\sffamily\bfseries %s\par}\medskip" % tex_inline(b[1]))
        elif t == "h2":
            body.append(r"\subsection*{\sffamily %s}" % tex_inline(b[1]))
        elif t == "p":
            body.append(tex_inline(b[1]) + "\n")
        elif t == "pb":
            body.append(r"\textbf{%s} %s" % (tex_inline(b[1]), tex_inline(b[2])) + "\n")
        elif t == "lines":
            body.append(r"\noindent " + r"\\ ".join(tex_inline(x) for x in b[1]) + "\n")
        elif t in ("ul", "ol"):
            env = "itemize" if t == "ul" else "enumerate"
            body.append(r"\begin{%s}\setlength{\itemsep}{0pt}" % env + "".join(r"\item " + tex_inline(i) for i in b[1])
                        + r"\end{%s}" % env)
        elif t == "table":
            body.append(r"\begin{tabular}{|l|p{9cm}|}\hline " + " ".join(
                r"\textbf{%s} & %s \\ \hline" % (tex_inline(r[0]), tex_inline(r[1])) for r in b[1]) + r"\end{tabular}" + "\n")
        elif t == "rule":
            body.append(r"\noindent\rule{\linewidth}{0.6pt}" + "\n")
    tex = r"""\documentclass[11pt]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{mathptmx}\usepackage[scaled=0.9]{helvet}
\usepackage[letterpaper,margin=2.4cm]{geometry}\usepackage{parskip,fancyhdr}
\hyphenpenalty=10000\exhyphenpenalty=10000\sloppy
\pagestyle{fancy}\fancyhf{}\cfoot{\small %s}\rfoot{\small\thepage}\renewcommand{\headrulewidth}{0pt}
\begin{document}
%s
\end{document}
""" % (tex_esc(doc.kw.get("cfoot", "")), "\n".join(body))
    td = tmpdir()
    open(os.path.join(td, "m.tex"), "w", encoding="utf-8").write(tex)
    for _ in range(2):
        run(["pdflatex", "-interaction=nonstopmode", "m.tex"], cwd=td, timeout=240)
    shutil.copy(os.path.join(td, "m.pdf"), out)


# ------------------------------------------------------------------ G10: look-alikes (several routes)

def g10_other(doc, out):
    how = doc.kw["how"]
    td = tmpdir()
    if how == "chromium":
        src = os.path.join(td, "o.html")
        css = doc.kw.get("css", "body{font-family:'Liberation Sans',sans-serif;font-size:10pt;margin:24px}"
                                " table{border-collapse:collapse} td,th{border:1px solid #999;padding:3px 6px;vertical-align:top}")
        open(src, "w", encoding="utf-8").write(
            f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{css}</style></head><body>"
            f"{blocks_html(doc.kw['blocks'])}</body></html>")
        chromium_pdf(src, out)
    elif how == "pandoc":
        src = os.path.join(td, "o.md")
        open(src, "w", encoding="utf-8").write(blocks_md(doc.kw["blocks"]))
        pandoc(src, out, "markdown-smart")
    elif how == "odf":
        g6_odf_letter(doc, out)
    elif how == "latex":
        g9_latex_memo(doc, out)
    elif how == "lo_html":
        src = os.path.join(td, "o.html")
        open(src, "w", encoding="utf-8").write(
            "<!DOCTYPE html><html><head><meta charset='utf-8'><style>td,th{border:1px solid #777;padding:3px}</style>"
            f"</head><body>{blocks_html(doc.kw['blocks'])}</body></html>")
        ext = os.path.splitext(out)[1].lstrip(".")
        odt = soffice_convert(src, "odt", td, "writer8")
        res = soffice_convert(odt, ext, td, "writer_pdf_Export" if ext == "pdf" else "MS Word 2007 XML")
        shutil.copy(res, out)


# ------------------------------------------------------------------ G11: scan (source page -> image-only PDF)

def g11_scan(doc, out, srcdir):
    import pypdfium2 as pdfium
    from PIL import Image
    td = tmpdir()
    src_doc = doc.kw["src_doc"]
    base = os.path.join(srcdir, doc.kw["src_name"])
    ROUTES[src_doc.genre](src_doc, base)
    pdf = pdfium.PdfDocument(base)
    pages = []
    for i in range(len(pdf)):
        img = pdf[i].render(scale=150 / 72, grayscale=True).to_pil()
        pin = os.path.join(td, f"p{i}.png")
        pout = os.path.join(td, f"q{i}.jpg")
        img.save(pin)
        run(["convert", pin, "-rotate", str(doc.kw.get("rot", 0.8)), "-attenuate", "0.4", "+noise", "Gaussian",
             "-blur", "0x0.5", "-level", "8%,92%", "-quality", "60", pout], timeout=240)
        pages.append(Image.open(pout).convert("L"))
    pages[0].save(out, save_all=True, append_images=pages[1:], resolution=150)


ROUTES = {"G1": g1_lo_docx, "G2": g2_content_controls, "G3": g3_pikepdf, "G4": g4_pdflatex, "G5": g5_mail,
          "G6": g6_odf_letter, "G7": g7_pandoc_qa, "G8": g8_label_second, "G9": g9_latex_memo, "G10": g10_other}
