"""Renderers for devset round 19c (maker c). Blind: written from FIELDS.md and the round READMEs only."""
import json, os, re, subprocess, shutil, tempfile, datetime

REQUIRED = ["proposal_title", "proposer_name", "proposer_email", "request_type", "target_learners", "rationale",
            "competencies", "learning_outcomes", "summative_assessment", "partner_name", "endorsement_status",
            "education_plan_alignment"]
KEYS = ["proposal_title", "proposer_name", "proposer_title", "proposer_department", "proposer_email", "proposer_phone",
        "request_type", "target_learners", "rationale", "competencies", "learning_outcomes", "competency_framework",
        "summative_assessment", "partner_name", "partner_contact", "endorsement_status", "education_plan_alignment",
        "delivery_format", "estimated_hours", "proposed_start", "expected_enrolment", "resources_required",
        "existing_program_name", "submission_date"]

SECTIONS_EN = [
    ("A", "Proposer", ["proposal_title", "proposer_name", "proposer_title", "proposer_department", "proposer_email",
                       "proposer_phone", "submission_date"]),
    ("B", "The proposal", ["request_type", "existing_program_name", "target_learners", "rationale"]),
    ("C", "Learning design", ["competencies", "learning_outcomes", "competency_framework", "summative_assessment"]),
    ("D", "Partner and strategic fit", ["partner_name", "partner_contact", "endorsement_status",
                                        "education_plan_alignment"]),
    ("E", "Logistics", ["delivery_format", "estimated_hours", "proposed_start", "expected_enrolment",
                        "resources_required"]),
]
SECTIONS_FR = ["Proposant(e)", "La proposition", "Conception pédagogique", "Partenaire et alignement stratégique",
               "Logistique"]

LABELS_EN = {
    "proposal_title": "Proposed Title", "proposer_name": "Name of Proposer", "proposer_title": "Position / Title",
    "proposer_department": "Department / Program", "proposer_email": "Email", "proposer_phone": "Phone",
    "request_type": "Type of Request", "target_learners": "Target Learners", "rationale": "Rationale / Need",
    "competencies": "Competencies / Skills Targeted", "learning_outcomes": "Learning Outcomes",
    "competency_framework": "Competency Framework Alignment", "summative_assessment": "Summative Assessment",
    "partner_name": "Industry / Employment Partner", "partner_contact": "Partner Contact",
    "endorsement_status": "Endorsement Status", "education_plan_alignment": "Alignment with Michener's Education Plan",
    "delivery_format": "Delivery Format", "estimated_hours": "Estimated Hours", "proposed_start": "Proposed Start",
    "expected_enrolment": "Expected Enrolment per Year", "resources_required": "Resources Required",
    "existing_program_name": "Existing Program Name", "submission_date": "Date Submitted",
}
LABELS_FR = {
    "proposal_title": "Titre proposé", "proposer_name": "Nom du proposant / de la proposante",
    "proposer_title": "Poste / titre", "proposer_department": "Service / programme", "proposer_email": "Courriel",
    "proposer_phone": "Téléphone", "request_type": "Type de demande", "target_learners": "Apprenants visés",
    "rationale": "Justification / besoin", "competencies": "Compétences visées",
    "learning_outcomes": "Résultats d'apprentissage", "competency_framework": "Référentiel de compétences",
    "summative_assessment": "Évaluation sommative", "partner_name": "Partenaire du milieu / organisme externe",
    "partner_contact": "Personne-ressource du partenaire", "endorsement_status": "État de l'appui",
    "education_plan_alignment": "Alignement sur le Plan d'éducation de Michener",
    "delivery_format": "Mode de prestation", "estimated_hours": "Nombre d'heures estimé",
    "proposed_start": "Début proposé", "expected_enrolment": "Inscriptions prévues par année",
    "resources_required": "Ressources requises", "existing_program_name": "Programme existant à convertir",
    "submission_date": "Date de soumission",
}
CHOICES_EN = {
    "request_type": [("new", "New micro-credential"), ("existing_program", "Convert an existing program"),
                     ("micro_course", "Micro-course")],
    "delivery_format": [("online", "Online"), ("in_person", "In person"), ("hybrid", "Hybrid")],
    "endorsement_status": [("letter_attached", "Letter of support attached"), ("confirmed", "Confirmed, letter to follow"),
                           ("in_discussion", "In discussion"), ("none", "No partner yet")],
}
CHOICES_FR = {
    "request_type": [("new", "Nouveau microcertificat"), ("existing_program", "Conversion d'un programme existant"),
                     ("micro_course", "Microcours")],
    "delivery_format": [("online", "En ligne"), ("in_person", "En présentiel"), ("hybrid", "Hybride")],
    "endorsement_status": [("letter_attached", "Lettre d'appui jointe"), ("confirmed", "Confirmé, lettre à suivre"),
                           ("in_discussion", "En discussion"), ("none", "Aucun partenaire")],
}
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
ENDS_PUNCT = tuple(". ; : , ! ? )".split())


def join_list(items):
    out = ""
    for i, it in enumerate(items):
        if i == 0:
            out = it
        else:
            out += (" " if out.endswith(ENDS_PUNCT) else "; ") + it
    return out


def labels(doc):
    base = dict(LABELS_FR if doc.get("lang") == "fr" else LABELS_EN)
    base.update(doc.get("labels", {}))
    return base


def choice_text(doc, key):
    if key in doc.get("show", {}):
        return doc["show"][key]
    code = doc["f"].get(key)
    if code is None:
        return ""
    ch = CHOICES_FR if doc.get("lang") == "fr" else CHOICES_EN
    return dict(ch[key])[code]


def date_text(doc, iso):
    y, m, d = map(int, iso.split("-"))
    if doc.get("lang") == "fr":
        return f"{d} {MONTHS_FR[m-1]} {y}"
    return f"{MONTHS_EN[m-1]} {d}, {y}"


def answer(doc, key):
    """Display form of an answer: str, or list of str (rendered as a list)."""
    show = doc.get("show", {})
    if key in show:
        return show[key]
    v = doc["f"].get(key)
    if v is None:
        return ""
    if key in ("request_type", "delivery_format", "endorsement_status"):
        return choice_text(doc, key)
    if key == "submission_date":
        return date_text(doc, v)
    if isinstance(v, (int, float)):
        return str(v)
    return v


def as_text(ans, numbered=False):
    if isinstance(ans, list):
        if numbered:
            return "\n".join(f"{i+1}. {x}" for i, x in enumerate(ans))
        return "\n".join(f"- {x}" for x in ans)
    return ans


def sections(doc):
    secs = []
    for i, (letter, title, keys) in enumerate(doc.get("secs", SECTIONS_EN)):
        if doc.get("lang") == "fr" and not doc.get("secs"):
            title = SECTIONS_FR[i]
        ks = [k for k in keys if k in doc["f"] or k in doc.get("blank", []) or k in doc.get("always", [])]
        if "existing_program_name" in ks and doc["f"].get("request_type") != "existing_program" \
                and "existing_program_name" not in doc.get("blank", []):
            ks.remove("existing_program_name")
        secs.append((letter, title, ks))
    return secs


def expected(doc):
    if doc.get("lookalike"):
        return {"is_concept_form": False, "shape": "7", "fields": {}, "missing_required": [],
                "needs_manual_review": False, "notes": doc["notes"]}
    fields = {}
    for k in KEYS:
        if k not in doc["f"]:
            continue
        v = doc["f"][k]
        if k == "learning_outcomes":
            fields[k] = list(v)
        elif isinstance(v, list):
            fields[k] = join_list(v)
        else:
            fields[k] = v
    for k in fields:
        assert k in KEYS, k
    missing = [k for k in REQUIRED if k not in fields]
    if fields.get("request_type") == "existing_program" and "existing_program_name" not in fields:
        missing.append("existing_program_name")
    return {"is_concept_form": True, "shape": doc["shape"], "fields": fields, "missing_required": missing,
            "needs_manual_review": False, "notes": doc["notes"]}


def write_expected(doc, path):
    with open(path + ".expected.json", "w", encoding="utf-8") as fh:
        json.dump(expected(doc), fh, ensure_ascii=False, indent=2)
        fh.write("\n")


# ---------------------------------------------------------------- python-docx helpers
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_write(cell, ans, bold=False, size=None, numbered=True, italic=False, align=None):
    cell.text = ""
    items = ans if isinstance(ans, list) else [ans]
    first = True
    for i, it in enumerate(items):
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        txt = (f"{i+1}. {it}" if numbered else f"• {it}") if isinstance(ans, list) else it
        r = p.add_run(txt)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if align:
            p.alignment = align
    return cell


def docx_base(landscape=False, font="Calibri", size=10):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    s = d.sections[0]
    s.left_margin = s.right_margin = Cm(2)
    s.top_margin = s.bottom_margin = Cm(1.8)
    return d


# ---------------------------------------------------------------- G1: horizontal bands (python-docx)
def comb_table(d, label, chars, caption=None):
    n = len(chars)
    t = d.add_table(rows=2, cols=n)
    t.style = "Table Grid"
    top = t.rows[0].cells[0].merge(t.rows[0].cells[n - 1])
    cell_write(top, label + (f"  ({caption})" if caption else ""), bold=True, size=8)
    shade(top, "D9E2F3")
    t.autofit = False
    for i in range(n):
        t.columns[i].width = Cm(0.7)
    for i, ch in enumerate(chars):
        c = t.rows[1].cells[i]
        c.width = Cm(0.7)
        cell_write(c, ch, size=11, align=WD_ALIGN_PARAGRAPH.CENTER)
    return t


def render_bands(doc, path):
    d = docx_base(font="Arial", size=9.5)
    L = labels(doc)
    d.sections[0].header.paragraphs[0].text = doc.get("header", "Michener Institute – Continuing Education")
    h = d.add_paragraph()
    r = h.add_run(doc["form_title"])
    r.bold = True
    r.font.size = Pt(15)
    if doc.get("intro"):
        d.add_paragraph(doc["intro"]).runs[0].italic = True
    comb = doc.get("comb", [])
    for letter, title, keys in sections(doc):
        p = d.add_paragraph()
        rr = p.add_run(f"{letter}. {title}".upper())
        rr.bold = True
        rr.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
        def is_short(k):
            return not isinstance(answer(doc, k), list) and len(str(answer(doc, k))) < 60

        groups, buf = [], []
        for k in [k for k in keys if k not in comb]:
            if is_short(k):
                buf.append(k)
                if len(buf) == 3:
                    groups.append(buf)
                    buf = []
            else:
                if buf:
                    groups.append(buf)
                    buf = []
                groups.append([k])
        if buf:
            groups.append(buf)
        for band in groups:
            t = d.add_table(rows=2, cols=len(band))
            t.style = "Table Grid"
            for j, k in enumerate(band):
                c = t.rows[0].cells[j]
                cell_write(c, L[k], bold=True, size=8)
                shade(c, "D9E2F3")
                cell_write(t.rows[1].cells[j], answer(doc, k), numbered=(k == "learning_outcomes"))
            d.add_paragraph()
        for k in [k for k in keys if k in comb]:
            if k == "submission_date":
                y, m, dd = doc["f"][k].split("-")
                chars = list(dd + "/" + m + "/" + y)
                comb_table(d, L[k], chars, "DD/MM/YYYY")
            else:
                comb_table(d, L[k], list(answer(doc, k)))
            d.add_paragraph()
    if doc.get("footer"):
        d.sections[0].footer.paragraphs[0].text = doc["footer"]
    d.save(path)


# ---------------------------------------------------------------- G5: numbered rows, label split, answer merged
def render_numbered(doc, path):
    d = docx_base(font="Cambria" if doc.get("lang") == "fr" else "Calibri", size=10)
    L = labels(doc)
    en = LABELS_EN
    h = d.add_paragraph()
    r = h.add_run(doc["form_title"])
    r.bold = True
    r.font.size = Pt(14)
    if doc.get("lang") == "fr" and doc.get("form_title_en"):
        rr = d.add_paragraph().add_run(doc["form_title_en"])
        rr.italic = True
        rr.font.size = Pt(9)
    if doc.get("intro"):
        d.add_paragraph(doc["intro"])
    n = 0
    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for letter, title, keys in sections(doc):
        if doc.get("letter_numbers"):
            n = 0
        row = t.add_row().cells
        m = row[0].merge(row[3])
        cell_write(m, f"{letter} – {title}", bold=True)
        shade(m, "BFBFBF")
        for k in keys:
            n += 1
            row = t.add_row().cells
            cell_write(row[0], f"{letter}{n}" if doc.get("letter_numbers") else f"{n}.", size=9)
            shade(row[0], "F2F2F2")
            row[1].text = ""
            p = row[1].paragraphs[0]
            rr = p.add_run(L[k])
            rr.bold = True
            rr.font.size = Pt(9)
            if doc.get("lang") == "fr":
                p2 = row[1].add_paragraph()
                r2 = p2.add_run(doc.get("labels_en", {}).get(k, en[k]))
                r2.italic = True
                r2.font.size = Pt(7)
                r2.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
            shade(row[1], "F2F2F2")
            a = row[2].merge(row[3])
            cell_write(a, answer(doc, k), numbered=(k == "learning_outcomes"))
    t.autofit = False
    for i, w in enumerate((1.2, 5.2, 5.3, 5.3)):
        t.columns[i].width = Cm(w)
    for row in t.rows:
        row.cells[0].width = Cm(1.2)
        row.cells[1].width = Cm(5.2)
    if doc.get("footer"):
        d.sections[0].footer.paragraphs[0].text = doc["footer"]
    d.save(path)


# ---------------------------------------------------------------- G6: checklist, labels on the right (docx -> LibreOffice PDF)
def render_checklist(doc, path):
    d = docx_base(font="Liberation Sans", size=9.5)
    L = labels(doc)
    h = d.add_paragraph()
    r = h.add_run(doc["form_title"])
    r.bold = True
    r.font.size = Pt(14)
    h.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if doc.get("intro"):
        pp = d.add_paragraph(doc["intro"])
        pp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        pp.runs[0].italic = True
    grids = ["request_type", "delivery_format", "endorsement_status"]
    for letter, title, keys in sections(doc):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        rr = p.add_run(f"{title} | {letter}")
        rr.bold = True
        text_keys = [k for k in keys if k not in grids]
        if text_keys:
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for k in text_keys:
                row = t.add_row().cells
                cell_write(row[0], answer(doc, k), numbered=(k == "learning_outcomes"))
                cell_write(row[1], L[k], bold=True, size=8.5, align=WD_ALIGN_PARAGRAPH.RIGHT)
                shade(row[1], "E7E6E6")
            t.autofit = False
            t.columns[0].width = Cm(11.5)
            t.columns[1].width = Cm(5.5)
            for row in t.rows:
                row.cells[0].width = Cm(11.5)
                row.cells[1].width = Cm(5.5)
        for k in [k for k in keys if k in grids]:
            opts = (CHOICES_FR if doc.get("lang") == "fr" else CHOICES_EN)[k]
            opts = doc.get("grid_opts", {}).get(k, opts)
            t = d.add_table(rows=2, cols=len(opts))
            t.style = "Table Grid"
            top = t.rows[0].cells[0].merge(t.rows[0].cells[-1])
            cell_write(top, L[k] + doc.get("tick_hint", " (tick one)"), bold=True, size=8.5,
                       align=WD_ALIGN_PARAGRAPH.RIGHT)
            shade(top, "E7E6E6")
            for j, (code, txt) in enumerate(opts):
                mark = "☒" if doc["f"].get(k) == code else "☐"
                cell_write(t.rows[1].cells[j], f"{mark} {txt}", size=9)
        d.add_paragraph()
    if doc.get("footer"):
        d.sections[0].footer.paragraphs[0].text = doc["footer"]
    tmpd = tempfile.mkdtemp()
    base = os.path.splitext(os.path.basename(path))[0]
    dx = os.path.join(tmpd, base + ".docx")
    d.save(dx)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmpd}/profile", "--convert-to", "pdf",
                    "--outdir", tmpd, dx], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=180)
    shutil.copy(os.path.join(tmpd, base + ".pdf"), path)
    shutil.rmtree(tmpd, ignore_errors=True)


# ---------------------------------------------------------------- G2: landscape, three columns of pairs (reportlab)
from reportlab.lib.pagesizes import letter as LETTER, landscape
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Flowable, KeepTogether
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib import colors
from xml.sax.saxutils import escape as xesc

_FONTS = False


def reg_fonts():
    global _FONTS
    if _FONTS:
        return
    base = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DVS", base + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DVSB", base + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DVSC", base + "DejaVuSansCondensed.ttf"))
    pdfmetrics.registerFont(TTFont("DVSCB", base + "DejaVuSansCondensed-Bold.ttf"))
    _FONTS = True


class Comb(Flowable):
    def __init__(self, chars, box=15, caption=None):
        super().__init__()
        self.chars, self.box, self.caption = chars, box, caption
        self.width = len(chars) * box
        self.height = box + (8 if caption else 0) + 2

    def draw(self):
        c = self.canv
        y0 = 8 if self.caption else 0
        for i, ch in enumerate(self.chars):
            c.setStrokeColor(colors.HexColor("#555555"))
            c.rect(i * self.box, y0, self.box, self.box)
            c.setFont("DVS", 9)
            c.drawCentredString(i * self.box + self.box / 2, y0 + 3.5, ch)
        if self.caption:
            c.setFont("DVSC", 5.5)
            c.setFillColor(colors.grey)
            c.drawString(0, 0, self.caption)
            c.setFillColor(colors.black)


def render_landscape(doc, path):
    reg_fonts()
    L = labels(doc)
    W, H = landscape(LETTER)
    m = 28
    gap = 14
    colw = (W - 2 * m - 2 * gap) / 3
    top = H - m - 48
    frames = [Frame(m + i * (colw + gap), m + 14, colw, top - m - 14, id=f"c{i}", leftPadding=2, rightPadding=2,
                    topPadding=0, bottomPadding=0, showBoundary=0) for i in range(3)]

    def onpage(c, d_):
        c.setFillColor(colors.HexColor("#2E4A62"))
        c.rect(m, H - m - 34, W - 2 * m, 34, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("DVSB", 14)
        c.drawString(m + 8, H - m - 22, doc["form_title"])
        c.setFont("DVS", 7)
        c.drawRightString(W - m - 8, H - m - 22, doc.get("header", "Continuing Education"))
        c.setFillColor(colors.grey)
        c.setFont("DVS", 6.5)
        c.drawString(m, m, doc.get("footer", "") + f"   Page {c.getPageNumber()}")
        c.setFillColor(colors.black)
        for i in (1, 2):
            x = m + i * (colw + gap) - gap / 2
            c.setStrokeColor(colors.lightgrey)
            c.line(x, m + 14, x, top)

    lab = ParagraphStyle("lab", fontName="DVSCB", fontSize=doc.get("lab_size", 8), leading=doc.get("lab_size", 8) + 2, textColor=colors.HexColor("#2E4A62"))
    ans = ParagraphStyle("ans", fontName="DVS", fontSize=doc.get("ans_size", 9.5), leading=doc.get("ans_size", 9.5) + 2.5)
    sec = ParagraphStyle("sec", fontName="DVSB", fontSize=9, leading=11, spaceBefore=6, spaceAfter=3,
                         textColor=colors.white, backColor=colors.HexColor("#5B7C99"), borderPadding=2)
    story = []
    comb = doc.get("comb", [])
    for letter, title, keys in sections(doc):
        head = Paragraph(xesc(f"{letter}  {title}"), sec)
        for ki, k in enumerate(keys):
            items = ([head] if ki == 0 else []) + [Paragraph(xesc(L[k]), lab)]
            if k in comb:
                if k == "submission_date":
                    y, mo, dd = doc["f"][k].split("-")
                    items.append(Comb(list(dd + mo + y), caption="D  D  M  M  Y  Y  Y  Y"))
                else:
                    items.append(Comb(list(answer(doc, k))))
            else:
                a = answer(doc, k)
                if isinstance(a, list):
                    for i, x in enumerate(a):
                        pre = f"{i+1}. " if k == "learning_outcomes" else "• "
                        items.append(Paragraph(xesc(pre + x), ParagraphStyle("li", parent=ans, leftIndent=9,
                                                                             firstLineIndent=-9)))
                else:
                    items.append(Paragraph(xesc(a) if a else "&nbsp;", ans))
            items.append(Spacer(1, 7))
            story.append(KeepTogether(items))
    bd = BaseDocTemplate(path, pagesize=(W, H), title=doc.get("pdf_title", doc["form_title"]),
                         author=doc.get("pdf_author", ""))
    bd.addPageTemplates([PageTemplate(id="p", frames=frames, onPage=onpage)])
    bd.build(story)


# ---------------------------------------------------------------- G3: plain-text editor print, monospace (fpdf2)
def mono_lines(doc, width=88, labw=34):
    L = labels(doc)
    out = []
    for hl in doc["form_title_lines"]:
        out.append(hl)
    out.append("=" * width)
    import textwrap
    for letter, title, keys in sections(doc):
        out.append("")
        out.append(f"[{letter}] {title.upper()}")
        out.append("")
        for k in keys:
            lab = L[k]
            head = (lab + " ").ljust(labw - 2, ".") + ": "
            a = answer(doc, k)
            if len(head) > labw:
                out.append(lab + ":")
                head = " " * labw
            if isinstance(a, list):
                if head.strip():
                    out.append(head.rstrip())
                for i, x in enumerate(a):
                    pre = f"{i+1}. " if k == "learning_outcomes" else "- "
                    w = textwrap.wrap(pre + x, width - labw - len(pre)) or [""]
                    # first line at labw, continuation indented under the item text
                    ww = textwrap.wrap(pre + x, width - labw, subsequent_indent=" " * len(pre))
                    for j, line in enumerate(ww):
                        out.append(" " * labw + line)
            else:
                ww = textwrap.wrap(a, width - labw) or [""]
                out.append(head + ww[0])
                for line in ww[1:]:
                    out.append(" " * labw + line)
    out.append("")
    out.append("=" * width)
    for tl in doc.get("tail_lines", []):
        out.append(tl)
    return out


def render_mono(doc, path):
    from fpdf import FPDF
    lines = mono_lines(doc)
    pdf = FPDF(format="letter", unit="pt")
    pdf.add_font("Mono", "", "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf")
    pdf.set_auto_page_break(False)
    pdf.set_title(doc.get("txt_name", "form.txt"))
    fname = doc.get("txt_name", "concept_form.txt")
    per_page = 60
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    for pi, pg in enumerate(pages):
        pdf.add_page()
        pdf.set_font("Mono", size=8)
        pdf.set_xy(40, 28)
        pdf.cell(0, 10, f"{fname}")
        pdf.set_xy(40, 28)
        pdf.cell(532, 10, f"Page {pi+1} of {len(pages)}", align="R")
        pdf.set_font("Mono", size=8.6)
        y = 56
        for line in pg:
            pdf.set_xy(40, y)
            pdf.cell(0, 11, line)
            y += 11.4
    pdf.output(path)


# ---------------------------------------------------------------- G4: LaTeX two-page form, notes at page foot
def tex_esc(s):
    rep = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_", "{": r"\{",
           "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}
    return "".join(rep.get(ch, ch) for ch in s)


def render_latex(doc, path):
    L = labels(doc)
    notes_for = doc.get("noted", [])  # keys answered "see note n"
    secs = sections(doc)
    split = doc.get("page_split", 3)  # sections before page 2
    note_no = {}
    page_notes = {1: [], 2: []}
    body = [r"\documentclass[10pt]{article}", r"\usepackage[utf8]{inputenc}",
            r"\usepackage[letterpaper,margin=1.8cm,bottom=1.6cm]{geometry}", r"\usepackage{tabularx,array}",
            r"\pagestyle{empty}", r"\setlength{\parindent}{0pt}", r"\renewcommand{\arraystretch}{1.35}",
            r"\begin{document}"]

    def title_block(pageno, cont):
        b = [r"{\Large\bfseries " + tex_esc(doc["form_title"]) + r"}\hfill{\small Page " + str(pageno) + r" of 2}\\[2pt]",
             r"{\small " + tex_esc(doc.get("subtitle", "Michener Institute -- Continuing Education")) + r"}\\[-4pt]",
             r"\rule{\linewidth}{0.8pt}\\[4pt]"]
        return b

    def note_text(k):
        a = answer(doc, k)
        return a if not isinstance(a, list) else join_list(a)

    nn = 0
    pages = {1: [], 2: []}
    for si, (letter, title, keys) in enumerate(secs):
        pg = 1 if si < split else 2
        pages[pg].append((letter, title, keys))
    # repeated headings: page 2 repeats the section heading of the last page-1 section as "(continued)"
    cont_sec = doc.get("continued")  # (letter, keys moved to page 2)
    for pg in (1, 2):
        body += title_block(pg, pg == 2)
        if pg == 1 and doc.get("intro"):
            body.append(r"{\small\itshape " + tex_esc(doc["intro"]) + r"}\\[6pt]")
        seclist = pages[pg]
        if pg == 2 and cont_sec:
            letter, title, _ = [s for s in secs if s[0] == cont_sec[0]][0]
            seclist = [(letter, title + " (continued)", cont_sec[1])] + seclist
        for letter, title, keys in seclist:
            if pg == 1 and cont_sec and letter == cont_sec[0]:
                keys = [k for k in keys if k not in cont_sec[1]]
            body.append(r"\textbf{Section " + letter + r" -- " + tex_esc(title) + r"}\\[2pt]")
            body.append(r"\begin{tabularx}{\linewidth}{|>{\raggedright\arraybackslash}p{4.6cm}|X|}\hline")
            for k in keys:
                if k in notes_for:
                    nn += 1
                    note_no[k] = nn
                    page_notes[pg].append((nn, note_text(k)))
                    cell = r"\emph{see note " + str(nn) + "}"
                else:
                    a = answer(doc, k)
                    if isinstance(a, list):
                        if k == "learning_outcomes":
                            cell = r"\newline ".join(tex_esc(f"{i+1}. {x}") for i, x in enumerate(a))
                        else:
                            cell = r"\newline ".join(tex_esc(f"- {x}") for x in a)
                    else:
                        cell = tex_esc(a)
                body.append(r"\textbf{\small " + tex_esc(L[k]) + "} & " + cell + r" \\ \hline")
            body.append(r"\end{tabularx}\\[8pt]")
        if page_notes[pg]:
            body.append(r"\vfill\rule{0.4\linewidth}{0.4pt}\\{\footnotesize\textbf{Notes}\\")
            for n, t in page_notes[pg]:
                body.append(r"\textsuperscript{" + str(n) + "} " + tex_esc(t) + r"\\[1pt]")
            body.append("}")
        body.append(r"\newpage" if pg == 1 else "")
    body.append(r"\end{document}")
    tmpd = tempfile.mkdtemp()
    with open(os.path.join(tmpd, "f.tex"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(body))
    for _ in range(2):
        r = subprocess.run(["pdflatex", "-interaction=nonstopmode", "f.tex"], cwd=tmpd, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT, timeout=120)
    if not os.path.exists(os.path.join(tmpd, "f.pdf")):
        raise RuntimeError(r.stdout.decode()[-2000:])
    shutil.copy(os.path.join(tmpd, "f.pdf"), path)
    shutil.rmtree(tmpd, ignore_errors=True)


# ---------------------------------------------------------------- G7: look-alike (python-docx)
def render_lookalike(doc, path):
    d = docx_base(font="Calibri", size=10)
    h = d.add_paragraph()
    r = h.add_run(doc["form_title"])
    r.bold = True
    r.font.size = Pt(14)
    for para in doc.get("intro_paras", []):
        d.add_paragraph(para)
    for sec_title, rows in doc["sections"]:
        p = d.add_paragraph()
        p.add_run(sec_title).bold = True
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for lab, ans in rows:
            row = t.add_row().cells
            cell_write(row[0], lab, bold=True, size=9)
            shade(row[0], "EDEDED")
            cell_write(row[1], ans, numbered=True)
        d.add_paragraph()
    for para in doc.get("closing", []):
        d.add_paragraph(para)
    d.save(path)


RENDER = {"G1": (render_bands, "docx"), "G2": (render_landscape, "pdf"), "G3": (render_mono, "pdf"),
          "G4": (render_latex, "pdf"), "G5": (render_numbered, "docx"), "G6": (render_checklist, "pdf"),
          "G7": (render_lookalike, "docx")}


def build(docs, outdir):
    os.makedirs(outdir, exist_ok=True)
    for doc in docs:
        fn, ext = RENDER[doc["genre"]]
        path = os.path.join(outdir, f"{doc['name']}.{ext}")
        fn(doc, path)
        write_expected(doc, path)
        print("built", path)
