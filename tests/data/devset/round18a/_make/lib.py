"""Renderers for round 18a (maker a). Official concept form after passing through other programs."""
import json, os, subprocess, shutil, tempfile, copy
from docx import Document
from docx.shared import Pt, RGBColor, Cm
from docx.enum.section import WD_ORIENT

ORDER = ["proposal_title", "proposer_name", "proposer_title", "proposer_department", "proposer_email",
         "proposer_phone", "request_type", "existing_program_name", "target_learners", "rationale",
         "competencies", "learning_outcomes", "competency_framework", "summative_assessment", "partner_name",
         "partner_contact", "endorsement_status", "education_plan_alignment", "delivery_format",
         "estimated_hours", "proposed_start", "expected_enrolment", "resources_required", "submission_date"]
REQUIRED = ["proposal_title", "proposer_name", "proposer_email", "request_type", "target_learners", "rationale",
            "competencies", "learning_outcomes", "summative_assessment", "partner_name", "endorsement_status",
            "education_plan_alignment"]
EN = {"proposal_title": "Proposed Title", "proposer_name": "Name of Proposer", "proposer_title": "Position / Title",
      "proposer_department": "Department / Program", "proposer_email": "Email", "proposer_phone": "Phone",
      "request_type": "Type of Request", "existing_program_name": "Existing Program Name (if converting)",
      "target_learners": "Target Learners", "rationale": "Rationale / Need",
      "competencies": "Competencies / Skills Targeted [R1]", "learning_outcomes": "Learning Outcomes [R1]",
      "competency_framework": "Competency Framework Alignment", "summative_assessment": "Summative Assessment [R2]",
      "partner_name": "Industry / Employment Partner [R3]", "partner_contact": "Partner Contact",
      "endorsement_status": "Endorsement Status [R3]",
      "education_plan_alignment": "Alignment with Michener's Education Plan [R4]",
      "delivery_format": "Delivery Format", "estimated_hours": "Estimated Hours", "proposed_start": "Proposed Start",
      "expected_enrolment": "Expected Enrolment per Year", "resources_required": "Resources Required",
      "submission_date": "Date Submitted"}
FR = {"proposal_title": "Titre proposé", "proposer_name": "Nom du proposant ou de la proposante",
      "proposer_title": "Poste / titre", "proposer_department": "Département / programme", "proposer_email": "Courriel",
      "proposer_phone": "Téléphone", "request_type": "Type de demande",
      "existing_program_name": "Nom du programme existant (en cas de conversion)",
      "target_learners": "Apprenants ciblés", "rationale": "Justification / besoin",
      "competencies": "Compétences visées [R1]", "learning_outcomes": "Résultats d'apprentissage [R1]",
      "competency_framework": "Cadre de compétences", "summative_assessment": "Évaluation sommative [R2]",
      "partner_name": "Partenaire de l'industrie ou employeur [R3]", "partner_contact": "Personne-ressource du partenaire",
      "endorsement_status": "Statut de l'appui [R3]",
      "education_plan_alignment": "Alignement avec le plan d'éducation de Michener [R4]",
      "delivery_format": "Mode de prestation", "estimated_hours": "Nombre d'heures estimé",
      "proposed_start": "Début proposé", "expected_enrolment": "Inscriptions prévues par année",
      "resources_required": "Ressources requises", "submission_date": "Date de soumission"}
CHOICES = {"en": {"request_type": [("new", "New micro-credential"), ("existing_program", "Convert an existing program"),
                                   ("micro_course", "Micro-course")],
                  "endorsement_status": [("letter_attached", "Letter attached"), ("confirmed", "Confirmed"),
                                         ("in_discussion", "In discussion"), ("none", "None")],
                  "delivery_format": [("online", "Online"), ("in_person", "In person"), ("hybrid", "Hybrid")]},
           "fr": {"request_type": [("new", "Nouveau microprogramme"), ("existing_program", "Conversion d'un programme existant"),
                                   ("micro_course", "Microcours")],
                  "endorsement_status": [("letter_attached", "Lettre jointe"), ("confirmed", "Confirmé"),
                                         ("in_discussion", "En discussion"), ("none", "Aucun")],
                  "delivery_format": [("online", "En ligne"), ("in_person", "En présentiel"), ("hybrid", "Hybride")]}}
HEAD = {"en": ("Michener Institute of Education at UHN – Continuing Education", "Micro-Course / Credential Concept Form",
               "Complete every field marked [R1]–[R4] and return the form to ce-intake@michener.example."),
        "fr": ("Institut Michener d'éducation au UHN – Formation continue", "Formulaire de concept – microcours / microcertification",
               "Remplissez tous les champs marqués [R1] à [R4] et retournez le formulaire à ce-intake@michener.example.")}


def labels(doc):
    lang = doc.get("lang", "en")
    if lang == "bi":
        return {k: EN[k] + " / " + FR[k] for k in EN}
    return FR if lang == "fr" else EN


def choice_line(doc, key):
    lang = "fr" if doc.get("lang") == "fr" else "en"
    opts = CHOICES[lang][key]
    if doc.get("lang") == "bi":
        opts = [(c, a + " / " + b) for (c, a), (_, b) in zip(CHOICES["en"][key], CHOICES["fr"][key])]
    v = doc["fields"].get(key)
    return "   ".join(("☒ " if c == v else "☐ ") + t for c, t in opts)


def answer_lines(doc, key):
    """Lines of the answer as typed in the form (list of strings; [] = blank)."""
    f, d = doc["fields"], doc.get("disp", {})
    if key in CHOICES["en"]:
        return [choice_line(doc, key)]
    if key in d:
        v = d[key]
        return v if isinstance(v, list) else [v]
    if key not in f:
        return []
    v = f[key]
    if key == "learning_outcomes":
        mk = doc.get("lo_marker", "num")
        return [(f"{i}. " if mk == "num" else "• " if mk == "bullet" else "") + x for i, x in enumerate(v, 1)]
    return [str(v)]


def rows(doc):
    """(key, label, lines) in official order; rows the form omits are dropped."""
    lab = labels(doc)
    out = []
    for k in ORDER:
        lines = answer_lines(doc, k)
        if doc.get("fx"):
            lines = [doc["fx"](k, l) for l in lines]
        out.append((k, lab[k], lines))
    return out


def expected(doc):
    f = doc["fields"]
    miss = [k for k in REQUIRED if k not in f]
    if not doc.get("form", True):
        return {"is_concept_form": False, "shape": "7", "fields": {}, "missing_required": [],
                "needs_manual_review": False, "notes": doc["notes"]}
    return {"is_concept_form": True, "shape": doc["shape"], "fields": f, "missing_required": miss,
            "needs_manual_review": False, "notes": doc["notes"]}


def soffice(src, fmt, outdir, infilter=None):
    cmd = ["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-devset18a"]
    if infilter:
        cmd.append("--infilter=" + infilter)
    cmd += ["--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, capture_output=True, timeout=180)
    base = os.path.splitext(os.path.basename(src))[0]
    return os.path.join(outdir, base + "." + fmt.split(":")[0])


# ---------- official form as DOCX table ----------
def form_docx(doc, path, font="Calibri"):
    d = Document()
    st = d.styles["Normal"]; st.font.name = font; st.font.size = Pt(10)
    h1, h2, intro = HEAD["fr" if doc.get("lang") == "fr" else "en"]
    p = d.add_paragraph(); r = p.add_run(h1); r.font.size = Pt(9)
    d.add_heading(h2, level=1)
    d.add_paragraph(intro)
    t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
    for k, lab, lines in rows(doc):
        if k == "existing_program_name" and doc.get("drop_existing_row"):
            continue
        c = t.add_row().cells
        c[0].text = ""; rr = c[0].paragraphs[0].add_run(lab); rr.bold = True
        c[1].text = ""
        for i, l in enumerate(lines):
            para = c[1].paragraphs[0] if i == 0 else c[1].add_paragraph()
            para.add_run(l)
        c[0].width = Cm(5.5); c[1].width = Cm(11)
    d.add_paragraph("")
    d.add_paragraph(doc.get("footer", "For CE office use: received ____  reviewed by ____"))
    d.save(path)


def build_roundtrip(doc, out):
    """G1: official DOCX form opened in LibreOffice, saved as ODT, then saved again as DOCX."""
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, doc["name"] + ".docx")
    form_docx(doc, src, font=doc.get("font", "Calibri"))
    odt = soffice(src, "odt", tmp)
    os.remove(src)
    back = soffice(odt, "docx:MS Word 2007 XML", tmp)
    shutil.copy(back, out)


def build_pdf2docx(doc, out):
    """G2: official DOCX form -> LibreOffice PDF -> back to DOCX (LibreOffice PDF import or pdf2docx)."""
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, doc["name"] + ".docx")
    form_docx(doc, src)
    pdf = soffice(src, "pdf", tmp)
    os.remove(src)
    if doc.get("conv") == "pdf2docx":
        from pdf2docx import Converter
        cv = Converter(pdf); cv.convert(out); cv.close()
    else:
        back = soffice(pdf, "docx:MS Word 2007 XML", tmp, infilter="writer_pdf_import")
        shutil.copy(back, out)


def build_tabs(doc, out):
    """G3: the form table converted to text (Table > Convert to text, tabs): 'Label<TAB>answer' lines."""
    d = Document()
    d.styles["Normal"].font.name = "Arial"; d.styles["Normal"].font.size = Pt(10)
    h1, h2, intro = HEAD["fr" if doc.get("lang") == "fr" else "en"]
    d.add_paragraph(h1); d.add_paragraph(h2).runs[0].bold = True; d.add_paragraph(intro)
    for k, lab, lines in rows(doc):
        if not lines:
            d.add_paragraph(lab + "\t")
            continue
        d.add_paragraph(lab + "\t" + lines[0])
        for l in lines[1:]:
            d.add_paragraph("\t" + l)
    d.save(out)


def build_sheet(doc, out):
    """G4: form retyped in a spreadsheet (openpyxl), exported to PDF by LibreOffice Calc."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Side, Font
    tmp = tempfile.mkdtemp()
    wb = Workbook(); ws = wb.active; ws.title = "Concept form"
    h1, h2, intro = HEAD["fr" if doc.get("lang") == "fr" else "en"]
    ws["A1"] = h2; ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = h1
    thin = Side(style="thin"); b = Border(left=thin, right=thin, top=thin, bottom=thin)
    r = 4
    for k, lab, lines in rows(doc):
        ws.cell(r, 1, lab).font = Font(bold=True)
        ws.cell(r, 2, "\n".join(lines))
        for c in (1, 2):
            ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical="top"); ws.cell(r, c).border = b
        n = sum(max(1, len(l) // 70 + 1) for l in lines) if lines else 1
        n = max(n, len(lab) // 26 + 1)
        ws.row_dimensions[r].height = 14 * n + 2
        r += 1
    ws.column_dimensions["A"].width = 30; ws.column_dimensions["B"].width = 70
    ws.page_setup.orientation = "portrait"; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False
    ws.oddFooter.center.text = "Page &P of &N"
    x = os.path.join(tmp, doc["name"] + ".xlsx"); wb.save(x)
    shutil.copy(soffice(x, "pdf", tmp), out)


def _wrap(words, widthf, maxw):
    lines, cur = [], []
    for w in words:
        if cur and widthf(" ".join(cur + [w])) > maxw:
            lines.append(cur); cur = []
        cur.append(w)
    if cur:
        lines.append(cur)
    return lines


def build_driver(doc, out):
    """G5: 'printer driver' PDF: reportlab draws every word (or every character) at an explicit position;
    optional /Rotate 90 pages (content stored on a landscape page, displayed upright)."""
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase.pdfmetrics import stringWidth
    unit = doc.get("unit", "word"); rot = doc.get("rotate", False)
    W, H = 612, 792
    c = canvas.Canvas(out, pagesize=(H, W) if rot else (W, H))
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    pdfmetrics.registerFont(TTFont("DejaVuSans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    font, bfont, fs = "DejaVuSans", "DejaVuSans-Bold", 9

    def newpage():
        if rot:
            c.translate(H, 0); c.rotate(90)
    newpage()
    y = [H - 60]

    def draw(words, x0, f, maxw):
        for ln in _wrap(words, lambda s: stringWidth(s, f, fs), maxw):
            if y[0] < 60:
                c.showPage(); newpage(); y[0] = H - 60
            x = x0
            for w in ln:
                if unit == "char":
                    for ch in w:
                        c.setFont(f, fs); c.drawString(x, y[0], ch); x += stringWidth(ch, f, fs)
                else:
                    c.setFont(f, fs); c.drawString(x, y[0], w); x += stringWidth(w, f, fs)
                x += stringWidth(" ", f, fs) * 1.0
            y[0] -= fs * 1.35
    h1, h2, intro = HEAD["fr" if doc.get("lang") == "fr" else "en"]
    draw(h1.split(), 50, font, 500); draw(h2.split(), 50, bfont, 500); y[0] -= 6
    for k, lab, lines in rows(doc):
        ytop = y[0]
        draw(lab.split(), 50, bfont, 150)
        ylab = y[0]; y[0] = ytop
        if not lines:
            y[0] -= fs * 1.35
        for l in lines:
            draw(l.split(), 215, font, 350)
        y[0] = min(y[0], ylab) - 5
    c.save()
    if rot:
        from pypdf import PdfReader, PdfWriter
        rd = PdfReader(out); w = PdfWriter()
        for p in rd.pages:
            p[__import__("pypdf").generic.NameObject("/Rotate")] = __import__("pypdf").generic.NumberObject(90)
            w.add_page(p)
        with open(out, "wb") as fh:
            w.write(fh)


def build_colour2up(doc, out):
    """G6: bold label paragraph, coloured answer on the line(s) below (python-docx) -> LibreOffice PDF -> 2-up."""
    from pypdf import PdfReader, PdfWriter, Transformation, PageObject
    tmp = tempfile.mkdtemp()
    d = Document()
    d.styles["Normal"].font.name = doc.get("font", "Calibri"); d.styles["Normal"].font.size = Pt(11)
    h1, h2, intro = HEAD["fr" if doc.get("lang") == "fr" else "en"]
    d.add_paragraph(h1); d.add_heading(h2, level=1); d.add_paragraph(intro)
    col = RGBColor.from_string(doc.get("colour", "1F4E79"))
    for k, lab, lines in rows(doc):
        p = d.add_paragraph(); r = p.add_run(lab); r.bold = True
        p.paragraph_format.space_after = Pt(0); p.paragraph_format.space_before = Pt(6)
        for l in (lines or [""]):
            q = d.add_paragraph(); q.paragraph_format.space_after = Pt(0)
            rr = q.add_run(l); rr.font.color.rgb = col
    src = os.path.join(tmp, doc["name"] + ".docx"); d.save(src)
    pdf = soffice(src, "pdf", tmp)
    rd = PdfReader(pdf); w = PdfWriter()
    pw, ph = float(rd.pages[0].mediabox.width), float(rd.pages[0].mediabox.height)
    SW, SH = ph, pw  # landscape sheet
    s = min((SW / 2 - 20) / pw, (SH - 20) / ph)
    pages = list(rd.pages)
    for i in range(0, len(pages), 2):
        sheet = PageObject.create_blank_page(width=SW, height=SH)
        for j, pg in enumerate(pages[i:i + 2]):
            tx = 10 + j * SW / 2 + (SW / 2 - 20 - pw * s) / 2
            sheet.merge_transformed_page(pg, Transformation().scale(s, s).translate(tx, (SH - ph * s) / 2))
        w.add_page(sheet)
    with open(out, "wb") as fh:
        w.write(fh)


def build_lookalike(doc, out):
    """G7: a CE office form that is not a concept form (DOCX table form, LibreOffice round trip or PDF)."""
    tmp = tempfile.mkdtemp()
    d = Document(); d.styles["Normal"].font.name = "Calibri"; d.styles["Normal"].font.size = Pt(10)
    d.add_paragraph(doc["org"]); d.add_heading(doc["title"], level=1)
    for para in doc.get("intro", []):
        d.add_paragraph(para)
    t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
    for lab, val in doc["rows"]:
        c = t.add_row().cells; c[0].text = ""; c[0].paragraphs[0].add_run(lab).bold = True
        vals = val if isinstance(val, list) else [val]
        c[1].text = vals[0]
        for v in vals[1:]:
            c[1].add_paragraph(v)
    for para in doc.get("outro", []):
        d.add_paragraph(para)
    src = os.path.join(tmp, doc["name"] + ".docx"); d.save(src)
    if out.endswith(".pdf"):
        shutil.copy(soffice(src, "pdf", tmp), out)
    else:
        odt = soffice(src, "odt", tmp); os.remove(src)
        shutil.copy(soffice(odt, "docx:MS Word 2007 XML", tmp), out)


BUILDERS = {"G1": (build_roundtrip, "docx"), "G2": (build_pdf2docx, "docx"), "G3": (build_tabs, "docx"),
            "G4": (build_sheet, "pdf"), "G5": (build_driver, "pdf"), "G6": (build_colour2up, "pdf"),
            "G7": (build_lookalike, None)}


def build(doc, outdir):
    fn, ext = BUILDERS[doc["genre"]]
    ext = ext or doc["ext"]
    path = os.path.join(outdir, doc["name"] + "." + ext)
    fn(doc, path)
    with open(path + ".expected.json", "w", encoding="utf-8") as fh:
        json.dump(expected(doc), fh, ensure_ascii=False, indent=2); fh.write("\n")
    return path
