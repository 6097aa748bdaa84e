"""Round 6 HELD-OUT half, part B: shape 4 printouts. Scoring only - do not read while developing the parser."""
from __future__ import annotations

import textwrap
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.shared import Pt, RGBColor

from forms import W, flatten_pdf
from lib import LABELS, OPTS, OPTS_FR, ROOT, TMP, lo_to, options_line, outcomes_lines, record, write_tmp
from tuning_a import acro_page, lo_text
from tuning_b import pairs

H = "heldout"
OUT = ROOT / H


# ---------------------------------------------------------------- H09 DOCX Label: runs, page break inside an answer -> LO PDF
def h09():
    name = "Embryo vitrification - concept form (printed from Word).pdf"
    F = {
        "proposal_title": "Embryo and Oocyte Vitrification for Embryology Technologists",
        "request_type": "new",
        "proposer_name": "Saoirse Adebayo-Lundqvist",
        "proposer_title": "Senior Embryologist",
        "proposer_department": "IVF Laboratory, Crescent Fertility Partners",
        "proposer_email": "sadebayo-lundqvist@example.com",
        "proposer_phone": "416-555-0175",
        "target_learners": "Embryology technologists and andrology staff training to vitrify and warm oocytes and embryos",
        "rationale": "Survival after warming varies from 82 % to 97 % between operators in our network. Vitrification is taught one-to-one by senior embryologists who have little time, and new staff wait up to a year to be signed off. A short structured credential with deliberate practice on discarded material would standardise technique and shorten that wait.",
        "competencies": "Handling of vitrification devices; timing of equilibration and vitrification solutions; warming protocol; cryostorage safety and traceability",
        "learning_outcomes": ["Vitrify oocytes and blastocysts within protocol time limits",
                              "Warm vitrified material and assess survival",
                              "Label, store and trace specimens in liquid nitrogen safely"],
        "competency_framework": "ESHRE good practice recommendations for the IVF laboratory",
        "summative_assessment": "Vitrify and warm 20 discarded or donated-for-training specimens with at least 90 % survival, observed by a senior embryologist",
        "partner_name": "Crescent Fertility Partners",
        "partner_contact": "Dr. Rahel Fonseca-Idowu, rfonseca-idowu@example.com",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "Education Plan: competency-based credentials for specialised laboratory practice",
        "delivery_format": "in_person",
        "estimated_hours": 24,
        "proposed_start": "Autumn 2027",
        "expected_enrolment": 10,
        "resources_required": "Access to a training IVF lab, vitrification kits and a dewar",
        "submission_date": "2026-11-24",
    }
    shown = {"estimated_hours": "24 (three lab days)", "expected_enrolment": "10", "submission_date": "24 November 2026"}
    doc = Document()
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Crescent Fertility Partners – IVF Laboratory"
    sec.footer.paragraphs[0].text = "Concept form – S. Adebayo-Lundqvist – confidential draft"
    doc.add_heading("Micro-Course / Credential Concept Form", 1)
    for label, answers in pairs(F, shown, on="☒", off="☐", lo_style="1.", empty=("existing_program_name",)):
        if label == LABELS["rationale"]:
            p = doc.add_paragraph()
            p.add_run(label + ": ").bold = True
            sents = answers[0].split(". ")
            p.add_run(sents[0] + ". " + sents[1] + ".")
            p.add_run().add_break(WD_BREAK.PAGE)  # the applicant forced a page break in the middle of the answer
            p.add_run(" " + ". ".join(sents[2:]))
            continue
        if len(answers) == 1:
            p = doc.add_paragraph()
            p.add_run(label + ": ").bold = True
            p.add_run(answers[0])
        else:
            p = doc.add_paragraph()
            p.add_run(label + ":").bold = True
            for a in answers:
                doc.add_paragraph(a)
    src = TMP / "vitrification.docx"
    doc.save(src)
    lo_to(src, "pdf", OUT / name)
    record(H, name, "4", "en", "python-docx (run-in bold labels, header/footer, manual page break inside an answer) -> LibreOffice PDF", F,
           "A 'Label: answer' DOCX printed to PDF by LibreOffice with a running header (the proposer's lab) and "
           "footer on each page; the applicant forced a PAGE BREAK in the middle of the rationale, so the first two "
           "sentences are on page 1 and the last one on page 2, after the footer of page 1 and the header of page "
           "2 (joined with one space in the expected value). Choices as ☒/☐ option lines; outcomes '1.' lines under "
           "the label; existing program printed empty; '24 (three lab days)' -> 24; date '24 November 2026'.",
           checks=["24 (three lab days)", "24 November 2026", "New micro-credential", "Letter of support attached"])


# ---------------------------------------------------------------- H10 words placed one by one, /Rotate 90 page
def h10():
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase.pdfmetrics import stringWidth
    name = "UDS interpretation concept - scanned-to-PDF landscape.pdf"
    F = {
        "proposal_title": "Urine Drug Screen Interpretation for Addiction Medicine Clinics",
        "request_type": "micro_course",
        "proposer_name": "Bartholomew Nakamura-Osei",
        "proposer_title": "Clinical Biochemist",
        "proposer_department": "Toxicology Laboratory, Eastlake Regional Laboratory",
        "proposer_email": "bnakamura-osei@example.org",
        "proposer_phone": "905-555-0127",
        "target_learners": "Nurses, pharmacists and physicians in opioid agonist treatment clinics who order or read urine drug screens",
        "rationale": "Clinicians misread immunoassay results (fentanyl analogues, cross-reactivity, dilution) and act on false positives.",
        "competencies": "Immunoassay principles; cross-reactivity; specimen validity testing; when to ask for confirmation",
        "learning_outcomes": ["Explain what an immunoassay screen can and cannot detect",
                              "Recognise dilute or adulterated specimens",
                              "Decide when a result needs mass-spectrometry confirmation"],
        "summative_assessment": "Online case quiz of 12 results; pass mark 10 of 12",
        "partner_name": "Eastlake Regional Laboratory",
        "partner_contact": "Sigrun Adeleke-Park",
        "endorsement_status": "confirmed",
        "education_plan_alignment": "Education Plan: interprofessional education and laboratory literacy for clinicians",
        "delivery_format": "online",
        "estimated_hours": 3,
        "proposed_start": "January 2027",
        "expected_enrolment": 150,
        "submission_date": "2026-11-19",
    }
    shown = {"estimated_hours": "3", "expected_enrolment": "150", "submission_date": "2026-11-19"}
    items = pairs(F, shown, on="X", off="_", lo_style="•".replace("•", "-"),
                  skip=("existing_program_name", "competency_framework", "resources_required"))
    c = canvas.Canvas(str(OUT / name), pagesize=(612, 792))
    Wd = 612
    font, size = "Helvetica", 9

    def start_page():
        c.setPageRotation(90)
        c.saveState()
        c.translate(Wd, 0)
        c.rotate(90)  # draw in landscape display coordinates (792 x 612)

    def words(x, y, text, f, s):
        # each word is its own text object; spaces are only advances
        for wd in text.split(" "):
            c.setFont(f, s)
            c.drawString(x, y, wd)
            x += stringWidth(wd + " ", f, s)

    start_page()
    y = 575
    words(40, y, "Micro-Course / Credential Concept Form", "Helvetica-Bold", 13)
    y -= 24
    for label, answers in items:
        lines = []
        for a in answers:
            lines += textwrap.wrap(a, 88) or [""]
        words(40, y, label, "Helvetica-Bold", 8)
        for ln in lines:
            if y < 40:
                c.restoreState()
                c.showPage()
                start_page()
                y = 575
            words(250, y, ln, font, size)
            y -= 11.5
        y -= 4
    c.restoreState()
    c.save()
    record(H, name, "4", "en", "reportlab, each word its own text object, landscape MediaBox with /Rotate 90 and counter-rotated content", F,
           "A portrait printout stored the way some scan-to-PDF and print drivers store pages: a LANDSCAPE "
           "MediaBox (792 x 612) with /Rotate 90 and the content drawn turned 90° (cm 0 1 -1 0) so that it reads "
           "upright as a portrait page in a viewer; in page space every text line runs vertically. Each WORD is a separate text object "
           "(spaces are never drawn). Labels without colons at the left, answers at the right, long answers "
           "wrapped; options 'X New micro-credential _ Convert ...' style marks ('X' chosen, '_' not); outcomes '- "
           "' lines; no framework, resources or existing-program rows; date ISO.",
           checks=["2026-11-19", "X Micro-course", "X Confirmed, letter to follow", "X Online"])


# ---------------------------------------------------------------- H11 French fpdf2 (subset TTF), header band, footer, answer wraps to page 2
def h11():
    from fpdf import FPDF
    name = "Formulaire imprimé - Douleur chez l'aîné en SLD.pdf"
    F = {
        "proposal_title": "Évaluer et soulager la douleur chez l’aîné en soins de longue durée",
        "request_type": "new",
        "proposer_name": "Geneviève Mukendi-Sørensen",
        "proposer_title": "Infirmière praticienne spécialisée",
        "proposer_department": "CHSLD des Érables, direction des soins infirmiers",
        "proposer_email": "gmukendi-sorensen@example.org",
        "proposer_phone": "450-555-0144",
        "target_learners": "Infirmières, infirmières auxiliaires et préposés aux bénéficiaires en CHSLD",
        "rationale": "La douleur des résidents atteints de troubles cognitifs est sous-évaluée : dans nos audits, moins d’un dossier sur trois comporte une évaluation avec une échelle validée. Les équipes demandent une formation courte, concrète et adaptée aux quarts de travail. Le microcertificat proposé s’appuie sur des vignettes vidéo tournées dans nos unités et sur l’accompagnement d’un mentor pendant deux semaines.",
        "competencies": "Utilisation de l’échelle PACSLAC-F; observation des comportements; mesures non pharmacologiques; communication avec le prescripteur",
        "learning_outcomes": ["Évaluer la douleur avec une échelle validée chez un résident non communicant",
                              "Proposer des mesures non pharmacologiques adaptées",
                              "Transmettre une évaluation structurée au prescripteur",
                              "Réévaluer après une intervention et consigner le résultat"],
        "summative_assessment": "Évaluation de trois résidents observée par un mentor avec une grille critériée",
        "partner_name": "Regroupement des CHSLD de la Montérégie-Est",
        "partner_contact": "Alphonse Tremblay-Nakagawa, atremblay-nakagawa@example.org",
        "endorsement_status": "confirmed",
        "education_plan_alignment": "Priorité du Plan d’éducation : soins centrés sur la personne et formation en milieu de travail",
        "delivery_format": "hybrid",
        "estimated_hours": 12,
        "proposed_start": "automne 2027",
        "expected_enrolment": 120,
        "resources_required": "Vignettes vidéo et temps de mentorat (2 h par apprenant)",
        "submission_date": "2026-11-26",
    }
    labels = [("Titre proposé", "proposal_title"), ("Type de demande", "request_type"),
              ("Programme existant", None), ("Nom du proposant", "proposer_name"), ("Fonction", "proposer_title"),
              ("Service", "proposer_department"), ("Courriel", "proposer_email"), ("Téléphone", "proposer_phone"),
              ("Apprenants visés", "target_learners"), ("Justification / besoin", "rationale"),
              ("Compétences visées [R1]", "competencies"), ("Résultats d’apprentissage [R1]", "learning_outcomes"),
              ("Évaluation sommative [R2]", "summative_assessment"), ("Partenaire [R3]", "partner_name"),
              ("Personne-ressource du partenaire", "partner_contact"), ("Statut de l’appui [R3]", "endorsement_status"),
              ("Alignement avec le Plan d’éducation [R4]", "education_plan_alignment"),
              ("Mode de prestation", "delivery_format"), ("Durée totale", "estimated_hours"),
              ("Début prévu", "proposed_start"), ("Apprenants par année", "expected_enrolment"),
              ("Ressources requises", "resources_required"), ("Date", "submission_date")]
    shown = {"estimated_hours": "12 heures", "expected_enrolment": "environ 120", "submission_date": "26 novembre 2026"}

    class P(FPDF):
        def header(self):
            self.set_fill_color(120, 20, 40)
            self.rect(0, 0, 210, 28, "F")
            self.set_fill_color(255, 255, 255)
            self.ellipse(10, 5, 18, 18, "F")
            self.set_text_color(120, 20, 40)
            self.set_font("DejaVu", "B", 14)
            self.set_xy(10, 9)
            self.cell(18, 10, "FC", align="C")
            self.set_text_color(255, 255, 255)
            self.set_xy(34, 7)
            self.set_font("DejaVu", "B", 13)
            self.cell(0, 7, "Formation continue")
            self.set_xy(34, 15)
            self.set_font("DejaVu", "", 9)
            self.cell(0, 6, "Formulaire de concept – microcours / microcertificat (version imprimée)")
            self.set_text_color(0, 0, 0)
            self.set_y(34)

        def footer(self):
            self.set_y(-14)
            self.set_font("DejaVu", "", 7)
            self.cell(0, 6, f"FC-FC-FR-IMP – imprimé le 2026-11-26 – page {self.page_no()}/{{nb}}", align="C")

    pdf = P(format="A4")
    pdf.add_font("DejaVu", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    for lab, key in labels:
        if key in ("request_type", "endorsement_status", "delivery_format"):
            ans = options_line(key, F[key], "☒", "☐", fr=True)
        elif key == "learning_outcomes":
            ans = "\n".join(outcomes_lines(F[key], "1."))
        elif key is None:
            ans = ""
        else:
            ans = str(shown.get(key, F[key]))
        pdf.set_font("DejaVu", "B", 8.5)
        y = pdf.get_y()
        pdf.multi_cell(58, 5, lab, new_x="RIGHT", new_y="TOP")
        pdf.set_xy(72, y)
        pdf.set_font("DejaVu", "", 9.5)
        pdf.multi_cell(126, 5.6, ans if ans else " ", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
    pdf.output(str(OUT / name))
    record(H, name, "4", "fr", "fpdf2 2.8 (DejaVu TrueType subset fonts, header band with logo, footer 'page n/N', multi_cell)", F,
           "French printed form (fpdf2, A4): every page has a dark-red HEADER BAND with a round 'FC' logo and the "
           "form name, and a footer 'imprimé le 2026-11-26 – page n/N'; labels in a narrow left column, answers in "
           "a wide right column; fonts are SUBSET TrueType (DejaVu, Identity-H with ToUnicode). The long rationale "
           "and the outcomes push the later answers to page 2 (an answer may start at the foot of page 1 and go "
           "on below the header band of page 2). ☒/☐ option lines in French; '12 heures' -> 12; 'environ 120' -> "
           "120; date '26 novembre 2026'.",
           checks=["12 heures", "environ 120", "26 novembre 2026", "☒ Nouveau microcertificat", "☒ Hybride"])


# ---------------------------------------------------------------- H12 matplotlib Type3, label above answer, 2 pages
def h12():
    import matplotlib
    matplotlib.use("Agg")
    matplotlib.rcParams["pdf.fonttype"] = 3
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_pdf import PdfPages
    name = "Mobile radiography in ICU - concept form (report export).pdf"
    F = {
        "proposal_title": "Mobile Radiography in the Intensive Care Unit",
        "request_type": "existing_program",
        "existing_program_name": "Medical Radiation Technology – Radiography (advanced practice stream)",
        "proposer_name": "Leopold Achterberg-Nwosu",
        "proposer_title": "Charge MRT, Portable Imaging",
        "proposer_department": "Diagnostic Imaging, Glenview General",
        "proposer_email": "lachterberg-nwosu@example.org",
        "proposer_phone": "905-555-0169",
        "target_learners": "Medical radiation technologists who perform portable examinations in ICUs",
        "rationale": "Repeat rates for portable chest films in our ICUs are twice the department average, mostly for rotation and line visibility.",
        "competencies": "Positioning ventilated patients; infection control around lines and tubes; exposure selection for mobile units; radiation protection of staff",
        "learning_outcomes": ["Position a ventilated patient for an AP chest without displacing lines",
                              "Select exposure factors for mobile units and patient size",
                              "Apply infection-control and radiation-protection measures in the ICU"],
        "summative_assessment": "Image critique of 10 of the learner's own portable films plus one observed examination",
        "partner_name": "Glenview General Critical Care",
        "partner_contact": "Nkechi Lindqvist-Aubert, nlindqvist-aubert@example.org",
        "endorsement_status": "in_discussion",
        "education_plan_alignment": "Education Plan priority on quality improvement in imaging",
        "delivery_format": "hybrid",
        "estimated_hours": 9,
        "proposed_start": "Spring 2027",
        "expected_enrolment": 40,
        "submission_date": "2026-11-28",
    }
    shown = {"submission_date": "28.11.2026"}
    items = pairs(F, shown, on="[x]", off="[ ]", lo_style="a)")
    with PdfPages(OUT / name) as pp:
        fig = plt.figure(figsize=(8.5, 11))
        y = 0.95
        fig.text(0.08, y, "Micro-Course / Credential Concept Form", fontsize=14, weight="bold")
        y -= 0.035
        for label, answers in items:
            block = []
            for a in answers:
                block += textwrap.wrap(a, 100) or [""]
            need = 0.018 + 0.016 * len(block) + 0.01
            if y - need < 0.05:
                pp.savefig(fig)
                plt.close(fig)
                fig = plt.figure(figsize=(8.5, 11))
                y = 0.95
            fig.text(0.08, y, label.upper(), fontsize=7, color="#555555", weight="bold")
            y -= 0.018
            for ln in block:
                fig.text(0.1, y, ln, fontsize=9, family="DejaVu Serif")
                y -= 0.016
            y -= 0.01
        pp.savefig(fig)
        plt.close(fig)
    record(H, name, "4", "en", "matplotlib 3.11 PdfPages (pdf.fonttype 3: Type3 fonts), two pages", F,
           "A 'report export' printout made with a plotting library's multi-page PDF backend: all text in TYPE3 "
           "fonts (DejaVu Sans for labels, DejaVu Serif for answers), each label in small grey CAPITALS on its own "
           "line and the answer indented below; two pages. Choices as '[x]'/'[ ]' option lines; existing_program "
           "with the program named (contains an en dash); outcomes lettered 'a)'; date '28.11.2026'.",
           checks=["28.11.2026", "[x] Convert an existing program", "[x] In discussion", "[x] Hybrid"])


# ---------------------------------------------------------------- H13 DOCX printout, tab-separated Label:<tab>answer, from HTML
def h13():
    name = "Specimen transport concept - printout.docx"
    F = {
        "proposal_title": "Specimen Transport and Pneumatic Tube Handling for Laboratory Assistants",
        "request_type": "micro_course",
        "proposer_name": "Ottilie Nwankwo-Ferris",
        "proposer_title": "Pre-analytical Supervisor",
        "proposer_department": "Specimen Management, Harbourfront Laboratories",
        "proposer_email": "onwankwo-ferris@example.com",
        "proposer_phone": "416-555-0109",
        "target_learners": "Laboratory assistants, porters and unit clerks who send or receive specimens",
        "rationale": "One in forty specimens arriving by tube system is haemolysed, leaking or unlabelled, and recollection delays treatment.",
        "competencies": "Packaging and labelling; tube-system carrier use; temperature and time requirements; spill response",
        "learning_outcomes": ["Package and label specimens for tube and courier transport",
                              "Choose the right transport route for time- and temperature-sensitive tests",
                              "Respond to a leaking carrier or spill"],
        "summative_assessment": "Practical station: prepare five specimens for transport without error, plus a spill scenario",
        "partner_name": "Harbourfront Laboratories",
        "partner_contact": "Ravindra Oyelaran, royelaran@example.com",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "Education Plan: short credentials that improve patient safety across the system",
        "delivery_format": "hybrid",
        "estimated_hours": 4,
        "proposed_start": "Q2 2027",
        "expected_enrolment": 300,
        "submission_date": "2026-11-18",
    }
    shown = {"estimated_hours": "4", "expected_enrolment": "300 (all sites)", "submission_date": "Nov 18 2026"}
    rows = []
    for label, answers in pairs(F, shown, on="[x]", off="[ ]", lo_style="1)", empty=("existing_program_name",)):
        if len(answers) == 1:
            rows.append(f"<p><b>{escape(label)}:</b>\t{escape(answers[0])}</p>")
        else:
            rows.append(f"<p><b>{escape(label)}:</b></p>" + "".join(f"<p style='margin-left:2cm'>{escape(a)}</p>" for a in answers))
    html = ("<html><head><meta charset='utf-8'><style>p{font-family:'Liberation Sans';font-size:10pt;margin:2pt 0}</style>"
            "</head><body><h2>Micro-Course / Credential Concept Form</h2>" + "".join(rows) + "</body></html>")
    src = write_tmp("specimen_print.html", html.replace("\t", "&#9;"))
    lo_to(src, "docx:MS Word 2007 XML", OUT / name)
    record(H, name, "4", "en", "HTML paragraphs with TAB characters -> LibreOffice 7.4 Writer -> DOCX", F,
           "A DOCX 'printout' with no table: each line is a bold 'Label:' followed by a TAB character and the "
           "answer in the same paragraph (written as HTML with &#9; tabs and converted by LibreOffice); multi-line "
           "answers (outcomes '1)' lines) are indented paragraphs below their label. Choices as '[x]'/'[ ]' option "
           "lines; the existing-program line has a label and nothing after the tab; '300 (all sites)' -> 300; date "
           "'Nov 18 2026'.",
           checks=["300 (all sites)", "Nov 18 2026", "[x] Micro-course", "[x] Letter of support attached", "[x] Hybrid"])


# ---------------------------------------------------------------- H14 flattened fillable, incomplete
def h14():
    from reportlab.pdfgen import canvas
    name = "ED medical monitoring - concept form (flattened by Preview).pdf"
    F = {
        "proposal_title": "Medical Monitoring of Patients with Eating Disorders",
        "request_type": "new",
        "proposer_name": "Marguerite Osei-Lindholm",
        "proposer_title": "Clinical Dietitian",
        "proposer_department": "Eating Disorders Program, Bayview Youth Health",
        "proposer_email": "mosei-lindholm@example.org",
        "proposer_phone": "647-555-0102",
        "target_learners": "Dietitians and nurses in adolescent and adult eating-disorder programs",
        "rationale": "Refeeding syndrome and unstable vital signs are missed when monitoring is done by staff new to the program.",
        "competencies": "Refeeding risk assessment; vital sign and electrolyte monitoring; admission criteria",
        "learning_outcomes": ["Identify patients at high risk of refeeding syndrome",
                              "Interpret vital signs and electrolytes against admission criteria",
                              "Escalate medical instability to the physician"],
        "endorsement_status": "none",
        "education_plan_alignment": "Education Plan: mental health across the health professions",
        "delivery_format": "online",
        "estimated_hours": 6,
        "proposed_start": "October 2027",
        "expected_enrolment": 50,
        "submission_date": "2026-11-29",
    }
    spec = [
        ("Proposed Title", "text", "f1", F["proposal_title"], 16),
        ("Type of Request", "radio", "r1", [("A", "New micro-credential", True), ("B", "Convert an existing program", False),
                                           ("C", "Micro-course", False)], 16),
        ("Name of Proposer", "text", "f2", F["proposer_name"], 16),
        ("Position / Title", "text", "f3", F["proposer_title"], 16),
        ("Department / Program", "text", "f4", F["proposer_department"], 16),
        ("Email", "text", "f5", F["proposer_email"], 16),
        ("Phone", "text", "f6", F["proposer_phone"], 16),
        ("Target Learners", "text", "f7", F["target_learners"], 16),
        ("Rationale / Need", "text", "f8", F["rationale"], 28),
        ("Competencies [R1]", "text", "f9", F["competencies"], 16),
        ("Learning Outcomes [R1]", "text", "f10", lo_text(F["learning_outcomes"], "1."), 40),
        ("Summative Assessment [R2]", "text", "f11", "", 16),
        ("Industry / Employment Partner [R3]", "text", "f12", "", 16),
        ("Endorsement Status [R3]", "radio", "r2", [("A", "Letter attached", False), ("B", "Confirmed", False),
                                                   ("C", "In discussion", False), ("D", "None", True)], 16),
        ("Education Plan Alignment [R4]", "text", "f13", F["education_plan_alignment"], 16),
        ("Delivery Format", "radio", "r3", [("A", "Online", True), ("B", "In person", False), ("C", "Hybrid", False)], 16),
        ("Estimated Hours", "text", "f14", "6", 16),
        ("Proposed Start", "text", "f15", F["proposed_start"], 16),
        ("Expected Enrolment per Year", "text", "f16", "50", 16),
        ("Date", "text", "f17", "29/11/2026", 16),
    ]
    src = TMP / "ed_fillable.pdf"
    c = canvas.Canvas(str(src), pagesize=(595, 842))
    acro_page(c, spec, "Micro-Course / Credential Concept Form", top=800, label_w=180, width=360, wrap_chars=88)
    c.save()
    flatten_pdf(str(src), str(OUT / name))
    record(H, name, "4", "en", "reportlab AcroForm with radio groups -> flattened (appearances merged, form removed)", F,
           "Incomplete: the summative assessment and partner fields are empty, so summative_assessment and "
           "partner_name are missing ('None' is ticked for endorsement: none is a value). A fillable PDF FLATTENED "
           "like a viewer's export: no fields; answers are text in form XObjects drawn over the boxes; the radio "
           "buttons survive only as drawn dots (the selected button's 'on' appearance), so the chosen option is "
           "the word next to the only filled circle; the long rationale wraps inside its former box (line breaks "
           "are layout only); outcomes '1.' lines; date '29/11/2026'.",
           checks=["29/11/2026", "New micro-credential", "None", "Online"])


# ---------------------------------------------------------------- H15 DOCX with a three-column section -> LO PDF
def h15():
    name = "Antimicrobial stewardship for lab techs - concept (newsletter layout).pdf"
    F = {
        "proposal_title": "Antimicrobial Stewardship for Medical Laboratory Technologists",
        "request_type": "new",
        "proposer_name": "Dagny Okoro-Whitfield",
        "proposer_title": "Microbiology Quality Lead",
        "proposer_department": "Regional Microbiology, Pinecrest Health Sciences",
        "proposer_email": "dokoro-whitfield@example.org",
        "proposer_phone": "807-555-0121",
        "target_learners": "Medical laboratory technologists in microbiology and core labs",
        "rationale": "Laboratories shape prescribing through cascade reporting and antibiograms, yet technologists rarely learn stewardship principles.",
        "competencies": "Selective and cascade reporting; cumulative antibiogram preparation; communicating critical resistance",
        "learning_outcomes": ["Apply cascade reporting rules to susceptibility results",
                              "Prepare a cumulative antibiogram to CLSI M39 guidance",
                              "Communicate critical resistance results to the stewardship team"],
        "competency_framework": "Public health agency AMS competencies for health professionals",
        "summative_assessment": "Build an annual antibiogram from a supplied data set and defend it in a short oral exam",
        "partner_name": "Pinecrest Health Sciences Antimicrobial Stewardship Program",
        "partner_contact": "Dr. Emeka Halvorsen-Roy, ehalvorsen-roy@example.org",
        "endorsement_status": "confirmed",
        "education_plan_alignment": "Education Plan: interprofessional care and public health priorities",
        "delivery_format": "online",
        "estimated_hours": 8,
        "proposed_start": "Fall 2027",
        "expected_enrolment": 70,
        "submission_date": "2026-11-25",
    }
    shown = {"submission_date": "25-11-2026", "expected_enrolment": "70/year"}
    doc = Document()
    sec = doc.sections[0]
    sec._sectPr.append(parse_xml(f'<w:cols {W} w:num="3" w:space="300"/>'))
    sec.footer.paragraphs[0].text = "Pinecrest Health Sciences – Microbiology"
    for label, answers in pairs(F, shown, on="☒", off="☐", lo_style="•", empty=("existing_program_name", "resources_required")):
        p = doc.add_paragraph()
        r = p.add_run(label)
        r.bold = True
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        p.paragraph_format.space_after = Pt(0)
        for a in answers:
            q = doc.add_paragraph()
            rr = q.add_run(a)
            rr.font.size = Pt(9)
            q.paragraph_format.space_after = Pt(2)
    src = TMP / "ams_3col.docx"
    doc.save(src)
    lo_to(src, "pdf", OUT / name)
    record(H, name, "4", "en", "python-docx with a three-column section (w:cols num=3) -> LibreOffice PDF", F,
           "A form retyped into a THREE-COLUMN Word section (w:cols num=3, newspaper flow) and printed to PDF by "
           "LibreOffice: label on one line in small grey bold, answer below; the text flows down column 1, then 2, "
           "then 3, so answers may be split at a column foot; no title; footer with the lab name. ☒/☐ option lines "
           "(the three options wrap in the narrow column); outcomes '• ' lines; '70/year' -> 70; date '25-11-2026'.",
           checks=["70/year", "25-11-2026", "Confirmed, letter to follow"])
