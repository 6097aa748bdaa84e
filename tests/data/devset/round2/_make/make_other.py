"""Shape 7: documents that are not concept forms (some use the same words)."""
from docx import Document
from docx.shared import Pt, Inches, Mm, Cm
from fpdf import FPDF
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib import colors

from common import ROOT, write_expected
from fodt import Doc
from make_tables import set_font, shade
import os

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

NOTES = {}


def path(half, name):
    return os.path.join(ROOT, half, name)


def t20():
    name = "Letter of support - Riverside Paramedic Services.docx"
    doc = Document()
    set_font(doc, "Garamond", 11.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("RIVERSIDE PARAMEDIC SERVICES\n")
    r.bold = True
    r.font.size = Pt(14)
    hp.add_run("Office of the Chief  ·  200 Mill Race Road, Riverside ON  ·  705-555-0100").font.size = Pt(8.5)
    sec.footer.paragraphs[0].add_run("Caring for our communities since 1974").font.size = Pt(8)
    for t in ["March 6, 2026", "", "Continuing Education Office\nThe Michener Institute of Education at UHN\nToronto, Ontario",
              "", "Re: Letter of support – “Prehospital 12-Lead ECG Acquisition and Transmission”", "",
              "To the Continuing Education team,",
              "On behalf of Riverside Paramedic Services, I am pleased to support the micro-course proposed by "
              "Marcus Delacroix-Hill, our Education Coordinator. We have reviewed the concept form he is submitting "
              "and agree that the competencies it targets – accurate electrode placement, artefact recognition and "
              "transmission to the PCI centre – are exactly those our quality reviews have identified as gaps.",
              "Riverside will release up to 40 paramedics a year to take the course, provide two cardiac monitors "
              "for the simulation stations and ask our base hospital educators to act as assessors for the "
              "summative simulation. We understand that the course will be offered by Michener and that "
              "successful learners will receive a digital badge.",
              "We look forward to working with Michener on this and on future micro-credentials for community "
              "paramedicine. Please contact me if you need anything further.",
              "", "Sincerely,", "", "Dana Holloway\nChief, Riverside Paramedic Services\nd.holloway@riversideps.example.org"]:
        p = doc.add_paragraph()
        lines = t.split("\n")
        p.add_run(lines[0])
        for ln in lines[1:]:
            p.add_run().add_break()
            p.add_run(ln)
    doc.save(path("tuning", name))
    write_expected("t20", is_form=False, name=name, notes=(
        "Letter of support (python-docx, letterhead in the page header) for the 12-lead ECG proposal: repeats the "
        "proposal title, names the proposer, the partner, competencies and the summative assessment, but it is a "
        "letter, not a form."))


def t21():
    name = "CE-POL-014 Micro-credentials policy (excerpt).pdf"
    doc = Doc(font="Liberation Sans", size=10, page="letter", header="Continuing Education – Policy and Procedure Manual",
              footer="CE-POL-014 · Approved 2025-06-12 · Next review 2027-06", footer_page=True)
    doc.h("CE-POL-014 Micro-credentials: Development and Approval", 1)
    doc.p("**Policy owner:** Director, Continuing Education\n**Applies to:** Michener faculty, staff and external "
          "proponents\n**Status:** Approved")
    doc.h("1. Purpose")
    doc.p("This policy sets out how Continuing Education (CE) receives, assesses and approves proposals for "
          "micro-courses and micro-credentials, and the requirements every micro-credential must meet.")
    doc.h("2. Definitions")
    doc.p("**Micro-course:** a short, stand-alone learning experience that may or may not be assessed.\n"
          "**Micro-credential:** a certification of assessed competencies, issued as a digital badge, that is "
          "endorsed by an industry or employment partner.\n**Concept form:** the CE form on which a proponent "
          "describes a proposed micro-course or micro-credential.")
    doc.h("3. Requirements")
    doc.p("Every micro-credential must:")
    doc.bullets(["be competency or skills-based (R1);",
                 "include a summative assessment that shows evidence of achievement of the learning outcomes (R2);",
                 "be endorsed by an industry or employment partner or another external body (R3); and",
                 "align with Michener's Education Plan (R4)."])
    doc.h("4. Procedure")
    doc.p("4.1 The proponent completes the Micro-Course / Credential Concept Form, giving at least: the proposed "
          "title; the name, position and email of the proposer; the type of request; the target learners; the "
          "rationale; the competencies and learning outcomes; the summative assessment; the endorsing partner and "
          "the status of the endorsement; and the alignment with the Education Plan.")
    doc.p("4.2 The form is emailed to the CE office. Incomplete forms are acknowledged and the proponent is told "
          "which items are missing.")
    doc.p("4.3 The CE Curriculum Committee reviews complete forms monthly and records one of three decisions: "
          "supported, supported with changes, or not supported.")
    doc.p("4.4 Approved proposals proceed to curriculum development with an instructional designer. Target "
          "timelines: eight weeks from approval to a pilot for micro-courses, sixteen weeks for micro-credentials.")
    doc.h("5. Related documents")
    doc.p("Michener Education Plan 2024–2029; CE-POL-009 Digital badges; CE-FRM-001 Concept Form.")
    doc.save(path("tuning", name), "pdf")
    write_expected("t21", is_form=False, name=name, notes=(
        "Policy document (written in LibreOffice, exported to PDF) that lists the concept form's fields and the "
        "R1–R4 requirements in prose: a classifier must not call it a form because of its vocabulary."))


def t22():
    name = "CV_Farida_Haddad_RRT.pdf"
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", DEJAVU)
    pdf.add_font("DejaVu", "B", DEJAVU_B)
    pdf.set_margins(20, 18, 20)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 18)
    pdf.cell(0, 10, "Farida Haddad, RRT, CRE", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9.5)
    pdf.cell(0, 5, "fhaddad@example.com  ·  647-555-0186  ·  Mississauga, Ontario", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    def sec(title, lines):
        pdf.set_font("DejaVu", "B", 11.5)
        pdf.cell(0, 7, title.upper(), new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(120, 120, 120)
        pdf.line(20, pdf.get_y(), 190, pdf.get_y())
        pdf.ln(1.5)
        pdf.set_font("DejaVu", "", 9.5)
        for ln in lines:
            pdf.multi_cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
        pdf.ln(2)
    sec("Profile", ["Registered respiratory therapist and certified respiratory educator with twelve years of "
                    "critical care and pulmonary rehabilitation experience. Interested in competency-based "
                    "continuing education for allied health professionals."])
    sec("Experience", [
        "2019 – present   Clinical Educator, Respiratory Therapy, Creekside West Hospital",
        "• Designed a competency-based orientation for new RTs (12 competencies, observed assessments).",
        "• Co-developed a micro-course on high-flow nasal oxygen with a community college.",
        "2014 – 2019   Staff Respiratory Therapist, ICU, Creekside West Hospital",
        "2013 – 2014   Respiratory Therapist, Home Oxygen Program, AirCare Home Health"])
    sec("Education", ["2013   Diploma, Respiratory Therapy, The Michener Institute of Education at UHN",
                      "2018   Certified Respiratory Educator (CRE)",
                      "2022   Certificate in Adult Education, Lakeshore University"])
    sec("Selected presentations", [
        "Haddad F. “From orientation checklists to competencies: one unit's journey.” Provincial RT conference, 2024.",
        "Haddad F, Ng J. “Micro-credentials for allied health: learning outcomes that employers recognise.” Poster, 2025."])
    sec("Languages", ["English, Arabic, French (intermediate)"])
    pdf.output(path("tuning", name))
    write_expected("t22", is_form=False, name=name, notes=(
        "CV as PDF (fpdf2, A4, DejaVu Sans): name, email, phone, headings; mentions Michener, competencies, "
        "learning outcomes and micro-credentials. Not a form."))


def h19():
    name = "Lettre d'appui - Transport critique Boréal-Est.pdf"
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontName="Times-Roman", fontSize=11.5, leading=15,
                          spaceAfter=8)
    doc = SimpleDocTemplate(path("heldout", name), pagesize=letter, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                            topMargin=2.2 * cm, title="Lettre d'appui")
    P = lambda t, s=body: Paragraph(t, s)
    story = [P("<b>SERVICE DE TRANSPORT CRITIQUE BORÉAL-EST</b><br/>1450, chemin de Montréal, Ottawa (Ontario)",
               ParagraphStyle("hd", parent=body, fontName="Helvetica", fontSize=9, leading=12)),
             Spacer(1, 18), P("Ottawa, le 5 mars 2026"),
             P("Bureau de la formation continue<br/>Institut Michener<br/>Toronto (Ontario)"),
             P("<b>Objet : Lettre d'appui – microcrédit « Gestion des voies respiratoires pendant le transport "
               "interétablissements »</b>"),
             P("Madame, Monsieur,"),
             P("Le Service de transport critique Boréal-Est appuie sans réserve le projet de microcrédit présenté par "
               "M. Mathieu Bergeron-Lalonde, paramédic en soins avancés et formateur au sein de notre équipe. Nous "
               "avons pris connaissance du formulaire de concept qu'il vous soumet."),
             P("Les compétences visées – sécurisation du tube endotrachéal, surveillance de la capnographie et "
               "gestion du ventilateur de transport – correspondent aux besoins relevés dans nos rapports "
               "d'incident. Nous mettrons à la disposition du programme une ambulance de formation et un "
               "mannequin haute fidélité, et nos médecins participeront à l'évaluation sommative."),
             P("Nous serions heureux de collaborer avec l'Institut Michener à l'élaboration de ce microcrédit en "
               "français."),
             P("Veuillez agréer, Madame, Monsieur, l'expression de nos sentiments distingués."),
             Spacer(1, 20),
             P("Dr Louis-Philippe Caron<br/>Directeur médical<br/>lp.caron@transport-critique.example.org")]
    doc.build(story)
    write_expected("h19", is_form=False, name=name, notes=(
        "French letter of support (reportlab, Times) for the French fillable form on airway management in transport: "
        "mentions the formulaire de concept, compétences, évaluation sommative and Michener; it is a letter."))


def h20():
    name = "Job posting - Clinical Educator, Home Dialysis.docx"
    doc = Doc(font="Liberation Sans", size=10.5, page="letter", header="Riverbend Health – Careers")
    doc.h("Clinical Educator, Home Dialysis (1.0 FTE, permanent)", 1)
    doc.p("**Posting:** RBH-2026-118   **Closes:** March 27, 2026   **Union:** non-union")
    doc.h("About the role")
    doc.p("The Home Dialysis Program is looking for a clinical educator to lead training for patients, caregivers "
          "and community nurses in peritoneal and home hemodialysis. You will design learning with clear learning "
          "outcomes, assess staff competencies and work with academic partners such as the Michener Institute on "
          "continuing education and micro-credentials.")
    doc.h("Key responsibilities")
    doc.bullets(["Plan and deliver home dialysis training for patients and caregivers.",
                 "Maintain competency assessments and records for nursing staff.",
                 "Co-develop continuing education offerings, including a proposed micro-credential in peritoneal "
                 "dialysis home training.",
                 "Evaluate education outcomes and report to the program director."])
    doc.h("Qualifications")
    doc.bullets(["Registered Nurse in good standing; nephrology certification preferred.",
                 "Three years of dialysis experience, including home modalities.",
                 "Experience with competency-based education and summative assessment.",
                 "French an asset."])
    doc.h("How to apply")
    doc.p("Send a cover letter and CV to careers@riverbendhealth.example.org quoting RBH-2026-118. "
          "Contact: Hiring manager, Home Dialysis Program, 613-555-0190.")
    doc.save(path("heldout", name), "docx")
    write_expected("h20", is_form=False, name=name, notes=(
        "Job posting written in LibreOffice (saved as DOCX): headings, bullets, a contact email and phone; talks about "
        "learning outcomes, competencies, summative assessment and a proposed micro-credential. Not a form."))


def h21():
    name = "Workshop agenda - Designing a micro-credential (faculty PD).docx"
    doc = Document()
    set_font(doc, "Calibri", 10.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    doc.add_heading("Designing a Micro-credential: a half-day workshop", level=1)
    doc.add_paragraph("Faculty professional development · Thursday 9 April 2026 · 09:00–12:30 · Room 4-210 and online")
    doc.add_heading("Workshop learning outcomes", level=2)
    doc.add_paragraph("By the end of the workshop participants will be able to:")
    for t in ["write competency-based learning outcomes for a micro-credential;",
              "choose a summative assessment that evidences those outcomes;",
              "explain the four CE requirements (R1–R4) and what an endorsing partner must provide;",
              "draft the main sections of a concept form for their own idea."]:
        doc.add_paragraph(t, style="List Bullet")
    doc.add_heading("Agenda", level=2)
    rows = [("09:00", "Welcome; why micro-credentials?", "CE Director"),
            ("09:20", "From competencies to learning outcomes", "Instructional design team"),
            ("10:15", "Summative assessment that employers trust", "Assessment lead"),
            ("11:00", "Break", ""),
            ("11:15", "Partners and endorsement: what a good letter of support says", "Partnerships office"),
            ("11:45", "Work time: draft your concept form (bring your idea)", "All"),
            ("12:20", "Wrap-up and next steps", "CE Director")]
    t = doc.add_table(rows=1, cols=3)
    t.style = doc.styles["Light Grid Accent 1"]
    for c, h in zip(t.rows[0].cells, ["Time", "Session", "Facilitator"]):
        c.text = h
    for r in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    doc.add_paragraph()
    doc.add_paragraph("Registration: ce-events@michener.example by April 2. Please bring a laptop.")
    doc.save(path("heldout", name))
    write_expected("h21", is_form=False, name=name, notes=(
        "Workshop agenda (python-docx): its own learning outcomes, an agenda table, talk of concept forms, R1–R4, "
        "summative assessment and endorsing partners. Not a form."))


def h22():
    name = "Abstract - micro-credential pilot evaluation (lab conference 2026).pdf"
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontName="Helvetica", fontSize=10, leading=13.5)
    hd = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", spaceBefore=6)
    doc = SimpleDocTemplate(path("heldout", name), pagesize=A4, leftMargin=2.3 * cm, rightMargin=2.3 * cm,
                            title="Conference abstract")
    P = lambda t, s=body: Paragraph(t, s)
    story = [P("<b>Evaluating a competency-based micro-credential in medical laboratory practice: results of a "
               "two-site pilot</b>", ParagraphStyle("t", parent=body, fontSize=13, leading=16)),
             Spacer(1, 6),
             P("R. Okonjo<super>1</super>, S. Leblanc<super>2</super>, T. Varga<super>1</super><br/>"
               "<super>1</super>Eastlake Regional Laboratory; <super>2</super>Continuing Education, an Ontario "
               "health-sciences college. Corresponding author: rokonjo@eastlakelab.example.org"),
             P("Abstract submitted to the 2026 national laboratory conference – category: Education", ss["Italic"]),
             P("Background", hd),
             P("Micro-credentials are promoted as a way to certify specific competencies, but few evaluations report "
               "whether employers value them. We evaluated a 12-hour micro-credential in specimen rejection "
               "criteria developed with an employment partner."),
             P("Methods", hd),
             P("Forty-two laboratory assistants at two sites completed the micro-credential (online modules and an "
               "observed summative assessment). We compared pre-analytical error rates for three months before and "
               "after, and surveyed supervisors."),
             P("Results", hd),
             P("Rejection-related errors fell from 3.4% to 1.9%. Thirty-eight learners (90%) passed the summative "
               "assessment on the first attempt; 11 of 12 supervisors said the badge told them what the employee "
               "could do."),
             P("Conclusion", hd),
             P("A short, partner-endorsed micro-credential with explicit learning outcomes and an observed "
               "assessment was feasible and was valued by employers. Keywords: micro-credential; competency-based "
               "education; pre-analytical quality.")]
    doc.build(story)
    write_expected("h22", is_form=False, name=name, notes=(
        "Conference abstract (reportlab, A4): Background / Methods / Results / Conclusion about a micro-credential "
        "pilot, with authors and an email. Not a form."))


ALL = [t20, t21, t22, h19, h20, h21, h22]

if __name__ == "__main__":
    import sys
    for fn in ALL:
        if len(sys.argv) == 1 or fn.__name__ in sys.argv[1:]:
            fn()
            print("made", fn.__name__)
