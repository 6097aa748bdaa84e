# -*- coding: utf-8 -*-
import sys, os, subprocess, tempfile, shutil
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
from mk_pdf import *
from forms_tuning import T
from forms_heldout import H
import build_docx
ALL = {x["id"]: x for x in T + H}
import pypdf


def text_pages(path):
    return [p.extract_text() or "" for p in pypdf.PdfReader(path).pages]


def splits(path, value):
    """True if the value's first words are on one page and its last words on the next."""
    pages = [" ".join(t.split()) for t in text_pages(path)]
    a, b = " ".join(value.split()[:4]), " ".join(value.split()[-4:])
    for i in range(len(pages) - 1):
        if a in pages[i] and b in pages[i + 1] and b not in pages[i]:
            return True
    return False


def lo_pdf(docx_path, pdf_path):
    tmp = tempfile.mkdtemp(dir="/tmp")
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, docx_path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.copy(os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf"), pdf_path)
    shutil.rmtree(tmp)


def build(i):
    form = ALL[i]; path = out(form); f = form["f"]
    if i == "t_lofill":
        names = {k: "TextField_" + "".join(w.capitalize() for w in k.split("_")) for k in ORDER}
        names.update({"request_type": "CheckBox_Request", "endorsement_status": "CheckBox_Endorse", "delivery_format": "CheckBox_Format"})
        html_fillable(form, path, names, "Micro-Course / Credential Concept Form (fillable)",
                      "Type in the fields, tick one box per question, save the PDF and email it to ce@michener.example.")
    elif i == "h_lofillfr":
        names = {"proposal_title": "Titre propose", "proposer_name": "Nom", "proposer_title": "Poste", "proposer_department": "Service",
                 "proposer_email": "Courriel", "proposer_phone": "Telephone", "request_type": "Demande", "existing_program_name": "Programme",
                 "target_learners": "Apprenants", "rationale": "Justification", "competencies": "Competences", "learning_outcomes": "Resultats",
                 "competency_framework": "Referentiel", "summative_assessment": "Evaluation", "partner_name": "Partenaire",
                 "partner_contact": "Contact partenaire", "endorsement_status": "Appui", "education_plan_alignment": "Alignement plan",
                 "delivery_format": "Mode", "estimated_hours": "Heures", "proposed_start": "Debut", "expected_enrolment": "Inscriptions",
                 "resources_required": "Ressources", "submission_date": "Date"}
        html_fillable(form, path, names, "Formulaire de concept – microcours / microcertificat (à remplir)",
                      "Remplissez les champs, cochez une case par question, enregistrez le PDF et envoyez-le à ce@michener.example.", marker="- ")
    elif i == "t_acrofr":
        names = {"proposal_title": "titre_propose", "proposer_name": "nom_proposant", "proposer_title": "poste", "proposer_department": "service_programme",
                 "proposer_email": "courriel", "proposer_phone": "telephone", "request_type": "type_demande", "target_learners": "apprenants_vises",
                 "rationale": "justification", "competencies": "competences_ciblees", "learning_outcomes": "resultats_apprentissage",
                 "competency_framework": "referentiel", "summative_assessment": "evaluation_sommative", "partner_name": "partenaire",
                 "partner_contact": "contact_partenaire", "endorsement_status": "statut_appui", "education_plan_alignment": "alignement_plan_education",
                 "delivery_format": "mode_prestation", "estimated_hours": "heures_estimees", "proposed_start": "debut_propose",
                 "expected_enrolment": "inscriptions_prevues", "resources_required": "ressources_requises", "submission_date": "date_soumission"}
        acro_form(form, path, names, {"request_type": ("radio", {"new": "Nouveau", "existing_program": "Conversion", "micro_course": "Microcours"}),
                                      "endorsement_status": ("check", {"letter_attached": "appui_lettre_jointe", "confirmed": "appui_confirme",
                                                                       "in_discussion": "appui_en_discussion", "none": "appui_aucun"}),
                                      "delivery_format": ("radio", {"online": "EnLigne", "in_person": "Presentiel", "hybrid": "Hybride"})},
                  page=A4, marker="{n}. ")
    elif i == "t_acrogen":
        names = {k: f"Field_{n + 1:02d}" for n, k in enumerate(ORDER)}
        acro_form(form, path, names, {"request_type": ("combo", {c: t for c, t in OPTS_EN["request_type"]}),
                                      "endorsement_status": ("combo", {c: t for c, t in OPTS_EN["endorsement_status"]}),
                                      "delivery_format": ("radio", {"online": "Choice1", "in_person": "Choice2", "hybrid": "Choice3"})},
                  labels={"proposal_title": "Title of Micro-Course / Credential", "rationale": "Labour Market Need",
                          "education_plan_alignment": "Education Plan Alignment"})
    elif i == "h_acro":
        names = {"proposal_title": "Titulo", "proposer_name": "Nombre", "proposer_title": "Cargo", "proposer_department": "Departamento",
                 "proposer_email": "Correo", "proposer_phone": "Telefono", "request_type": "TipoSolicitud", "target_learners": "Publico",
                 "rationale": "Justificacion", "competencies": "Competencias", "learning_outcomes": "Resultados", "competency_framework": "Marco",
                 "summative_assessment": "Evaluacion", "partner_name": "Socio", "partner_contact": "ContactoSocio", "endorsement_status": "Aval",
                 "education_plan_alignment": "Alineacion", "delivery_format": "Modalidad", "estimated_hours": "Horas", "proposed_start": "Inicio",
                 "expected_enrolment": "Inscripcion", "resources_required": "Recursos", "submission_date": "Fecha"}
        acro_form(form, path, names, {k: ("radio", {c: f"Opcion{n + 1}" for n, (c, _) in enumerate(OPTS_EN[k])})
                                      for k in ("request_type", "endorsement_status", "delivery_format")}, marker="{n}) ")
    elif i == "h_acroinc":
        names = {k: "".join(w.capitalize() for w in k.split("_")) for k in ORDER}
        acro_form(form, path, names, {"request_type": ("check", {c: "Request_" + c for c, _ in OPTS_EN["request_type"]}),
                                      "endorsement_status": ("radio", {c: c.replace("_", " ").title().replace(" ", "") for c, _ in OPTS_EN["endorsement_status"]}),
                                      "delivery_format": ("check", {c: "Format_" + c for c, _ in OPTS_EN["delivery_format"]})},
                  tooltips=True, labels={"partner_name": "Partner Organization", "education_plan_alignment": "Education Plan Alignment"})
    elif i == "t_2col":
        two_col(form, path)
    elif i == "t_margin":
        margin_form(form, path)
    elif i == "t_hdrftr":
        for gap in range(0, 300, 1):
            fpdf_printout(form, path, "Michener Institute – CE Micro-credential Concept Form",
                          "SGRT concept – O. Whitfield – Page {n} of {t}", label_map={"proposer_name": "Lead Proposer"}, gaps={"*": gap}, font_size=12)
            if splits(path, f["rationale"]):
                break
        else:
            raise SystemExit("no split")
    elif i == "h_hdrftr":
        for gap in range(0, 300, 1):
            fpdf_printout(form, path, "Continuing Education · Concept Form · Pinecrest DI", "Page {n} of {t}", fmt="A4", on="■", off="□",
                          gaps={"*": gap}, font_size=12)
            if splits(path, f["rationale"]):
                break
        if not splits(path, f["rationale"]):
            raise SystemExit("no split h")
    elif i == "t_boxes":
        boxes_form(form, path, check="zapf")
    elif i == "h_boxes":
        boxes_form(form, path, page=A4, check="paren", yes_no_circle=True)
    elif i == "t_chars":
        chars_form(form, path, marker="✓")
    elif i == "h_chars":
        chars_form(form, path)
    elif i == "t_rot":
        rot_doc(form, path)
    elif i == "h_land":
        land_doc(form, path)
    elif i in ("t_scan1", "h_scan1"):
        tmp = tempfile.mkdtemp(dir="/tmp"); d = os.path.join(tmp, "form.docx"); p = os.path.join(tmp, "form.pdf")
        build_docx.build(i, d); lo_pdf(d, p)
        shutil.copy(p, os.path.join(HERE, "src_" + i + ".pdf"))
        scan(p, path, dpi=150, angle=0.8 if i == "t_scan1" else -0.6, seed=3)
        shutil.rmtree(tmp)
    elif i == "t_scan2":
        p = os.path.join(HERE, "src_" + i + ".pdf")
        fpdf_printout(form, p, "CE Concept Form", "page {n}", fmt="Letter")
        scan(p, path, dpi=200, angle=-1.2, seed=5, contrast=1.6)
    elif i == "h_scan2":
        p = os.path.join(HERE, "src_" + i + ".pdf")
        boxes_form(form, p, check="X")
        scan(p, path, dpi=170, angle=1.5, seed=9, contrast=0.8)
    else:
        raise KeyError(i)
    return path


def two_col(form, path):
    f = form["f"]
    W, Hh = letter
    doc = BaseDocTemplate(path, pagesize=letter, leftMargin=50, rightMargin=50, topMargin=50, bottomMargin=50,
                          title="LC-MS/MS concept form")
    fw = (W - 100 - 18) / 2
    frames = [Frame(50, 50, fw, Hh - 100, id="L"), Frame(50 + fw + 18, 50, fw, Hh - 100, id="R")]
    doc.addPageTemplates([PageTemplate(id="two", frames=frames)])
    lab = ParagraphStyle("lab", fontName="DVB", fontSize=8.5, leading=11, spaceBefore=6)
    ans = ParagraphStyle("ans", fontName="DVS", fontSize=9, leading=11.5)
    ttl = ParagraphStyle("t", fontName="DVB", fontSize=12, leading=15, spaceAfter=6)
    story = [Paragraph("Micro-Course / Credential Concept Form", ttl)]
    L = dict(LABELS_EN); L.update({"proposer_name": "Submitted by", "proposal_title": "Working Title", "delivery_format": "Delivery Mode"})
    for k in keys_of(form):
        story.append(Paragraph(esc(L[k]), lab))
        if k in OPTS_EN:
            for cd, t in OPTS_EN[k]:
                story.append(Paragraph(("✔ " if f.get(k) == cd else "☐ ") + esc(t), ans))
        elif k == "learning_outcomes":
            for n, o in enumerate(f[k]):
                story.append(Paragraph(f"{n + 1}. " + esc(o), ans))
        else:
            v = written(form, k)
            if v:
                story.append(Paragraph(esc(v), ans))
    doc.build(story)


def rot_doc(form, path):
    f = form["f"]
    tmp = tempfile.mkdtemp(dir="/tmp"); p1 = os.path.join(tmp, "p1.pdf"); p2 = os.path.join(tmp, "p2.pdf")
    st = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=14, spaceAfter=6)
    hh = ParagraphStyle("h", fontName="Times-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=3)
    tt = ParagraphStyle("t", fontName="Times-Bold", fontSize=16, leading=20)
    story = [Paragraph(esc(f["proposal_title"]), tt), Paragraph("A micro-course proposal for Michener Continuing Education", st)]
    for h, k in [("Who it is for", "target_learners"), ("Why", "rationale"), ("Skills we will teach", "competencies")]:
        story += [Paragraph(h, hh), Paragraph(esc(f[k]), st)]
    story.append(Paragraph("What learners will be able to do", hh))
    for n, o in enumerate(f["learning_outcomes"]):
        story.append(Paragraph(f"({'abc'[n]}) " + esc(o), st))
    for h, k in [("How we will check", "summative_assessment"), ("Fit with Michener's Education Plan", "education_plan_alignment")]:
        story += [Paragraph(h, hh), Paragraph(esc(f[k]), st)]
    story += [Paragraph("The practicalities are in the table on the next page.", st), Spacer(1, 10),
              Paragraph(f"Submitted {written(form, 'submission_date')} by", st)]
    for k in ("proposer_name", "proposer_title", "proposer_department", "proposer_email", "proposer_phone"):
        story.append(Paragraph(esc(f[k]), ParagraphStyle("s", parent=st, spaceAfter=0)))
    SimpleDocTemplate(p1, pagesize=letter, leftMargin=60, rightMargin=60, topMargin=55, bottomMargin=55).build(story)
    # page 2: landscape content drawn on a portrait page, then /Rotate 90
    pw, ph = letter
    c = canvas.Canvas(p2, pagesize=letter)
    c.translate(pw, 0); c.rotate(90)
    c.setFont("Times-Bold", 14); c.drawString(50, pw - 50, "Practicalities")
    cell = ParagraphStyle("c", fontName="Times-Roman", fontSize=10, leading=12)
    rows = [["Request type", "Delivery", "Total hours", "Start", "Learners per year"],
            [written(form, "request_type"), written(form, "delivery_format"), written(form, "estimated_hours"), f["proposed_start"],
             written(form, "expected_enrolment")]]
    rows2 = [["Resources", "Partner", "Partner contact", "Endorsement"],
             [Paragraph(esc(f["resources_required"]), cell), f["partner_name"], Paragraph(esc(f["partner_contact"]), cell), written(form, "endorsement_status")]]
    for n, (rw, widths) in enumerate([(rows, [130, 170, 90, 110, 140]), (rows2, [200, 160, 160, 140])]):
        t = Table(rw, colWidths=widths)
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("FONT", (0, 0), (-1, 0), "Times-Bold", 10),
                               ("FONT", (0, 1), (-1, -1), "Times-Roman", 10), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        tw, th = t.wrapOn(c, ph - 100, pw)
        t.drawOn(c, 50, pw - 80 - th - n * 120)
    c.save()
    w = pypdf.PdfWriter()
    for p in pypdf.PdfReader(p1).pages:
        w.add_page(p)
    pg = pypdf.PdfReader(p2).pages[0]; pg.rotate(90); w.add_page(pg)
    w.write(path); shutil.rmtree(tmp)


def land_doc(form, path):
    f = form["f"]
    tmp = tempfile.mkdtemp(dir="/tmp"); p1 = os.path.join(tmp, "p1.pdf")
    cell = ParagraphStyle("c", fontName="DV", fontSize=9, leading=11)
    bold = ParagraphStyle("b", fontName="DVB", fontSize=9, leading=11)
    rows = [[Paragraph("Section", bold), Paragraph("Question", bold), Paragraph("Answer", bold)]]
    secmap = {"proposal_title": "A. Proposer", "request_type": "B. Request", "competencies": "C. Learning design",
              "partner_name": "D. Partner", "delivery_format": "E. Practicalities"}
    cur = ""
    for k in keys_of(form):
        cur = secmap.get(k, "")
        if k in OPTS_EN:
            a = "    ".join(("☒ " if f.get(k) == cd else "☐ ") + t for cd, t in OPTS_EN[k])
            ans = Paragraph(esc(a), cell)
        elif k == "learning_outcomes":
            ans = [Paragraph(f"{n + 1}. " + esc(o), cell) for n, o in enumerate(f[k])]
        else:
            ans = Paragraph(esc(written(form, k)), cell)
        rows.append([Paragraph(cur, cell), Paragraph(esc(LABELS_EN[k]), cell), ans])
        if k == "education_plan_alignment":
            rows.append(["PAGEBREAK", "", ""])
    # split into two tables at the marker
    cut = [r[0] for r in rows].index("PAGEBREAK")
    st = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD"))])
    ttl = ParagraphStyle("t", fontName="DVB", fontSize=13, leading=16, spaceAfter=8)
    story = [Paragraph("Micro-Course / Credential Concept Form – landscape print", ttl),
             Table(rows[:cut], colWidths=[95, 170, 450], style=st, repeatRows=1), PageBreak(),
             Table([rows[0]] + rows[cut + 1:], colWidths=[95, 170, 450], style=st)]
    SimpleDocTemplate(p1, pagesize=landscape(letter), leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=40).build(story)
    r = pypdf.PdfReader(p1); w = pypdf.PdfWriter()
    for n, p in enumerate(r.pages):
        if n == len(r.pages) - 1:
            p.rotate(90)
        w.add_page(p)
    w.write(path); shutil.rmtree(tmp)


if __name__ == "__main__":
    for i in sys.argv[1:]:
        p = build(i); write_expected(ALL[i], p); print("built", p, len(pypdf.PdfReader(p).pages), "pages")
