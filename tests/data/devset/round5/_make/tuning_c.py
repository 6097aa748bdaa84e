"""Round 5, tuning half, part C: content controls (2), fillable PDF (3), scan (6), not-forms (7)."""
from lib import *
from forms import *

OUT = ROOT / "tuning"
OUT.mkdir(exist_ok=True)


# ------------------------------------------------------------------ T14 content controls in a paragraph layout (incomplete)
def t14():
    F = {
        "proposal_title": "Nerve Conduction Studies: Upper-Limb Basics",
        "proposer_name": "Soren Adeyinka",
        "proposer_title": "Senior Neurophysiology Technologist",
        "proposer_department": "Neurodiagnostics, Fairhaven University Hospital",
        "proposer_email": "soren.adeyinka@example.com",
        "request_type": "micro_course",
        "target_learners": "EEG and EMG technologists who are starting to perform nerve conduction studies",
        "rationale": "Two of the three NCS-trained technologists in our lab retire in 2027 and there is no Canadian short course; waitlists for NCS are already 14 weeks.",
        "competencies": "Electrode placement and stimulation for median, ulnar and radial studies; recognising technical artefact; temperature control; accurate measurement",
        "learning_outcomes": [
            "Place recording and stimulating electrodes for upper-limb motor and sensory studies",
            "Obtain supramaximal responses and recognise submaximal stimulation",
            "Identify and correct temperature, artefact and measurement errors",
            "Produce a technically complete study for physician interpretation"],
        "partner_name": "Canadian Association of Electroneurophysiology Technologists",
        "endorsement_status": "in_discussion",
        "education_plan_alignment": "Addresses a workforce succession gap with a short, stackable credential, in line with the Education Plan.",
        "delivery_format": "in_person",
        "estimated_hours": 21,
        "proposed_start": "Winter 2027",
        "expected_enrolment": 16,
        "submission_date": "2026-11-11",
    }
    o = F["learning_outcomes"]
    import docx
    from docx.shared import Pt, RGBColor
    from docx.oxml import parse_xml
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"; d.styles["Normal"].font.size = Pt(10.5)
    d.add_heading("Micro-Course / Credential Concept Form", level=1)
    p = d.add_paragraph("Complete the grey fields. Send the saved file to ce@michener.example.")
    p.runs[0].italic = True

    def field(label, tag, value, kind="text", **kw):
        p = d.add_paragraph()
        r = p.add_run(label + "  "); r.bold = True
        p._p.append(parse_xml(sdt_run_xml(tag, label, value, kind, **kw)))
        return p
    d.add_heading("1. Proposer", level=2)
    field("Proponent", "proposer_name", F["proposer_name"])
    field("Role", "proposer_title", F["proposer_title"])
    field("Organization", "proposer_department", F["proposer_department"])
    field("Contact Email", "proposer_email", F["proposer_email"])
    field("Phone / Extension", "proposer_phone", None)
    d.add_heading("2. Proposal", level=2)
    field("Course Title", "proposal_title", F["proposal_title"])
    field("Request Type", "request_type", "Micro-course", "dropdown",
          items=[("Choose an item.", ""), ("New micro-credential", "new"), ("Convert an existing program", "existing_program"), ("Micro-course", "micro_course")])
    field("Program to be Converted", "existing_program_name", None)
    field("Who is this for?", "target_learners", F["target_learners"])
    field("Why is this needed?", "rationale", F["rationale"])
    d.add_heading("3. Competencies, outcomes, assessment", level=2)
    field("Competencies Addressed", "competencies", F["competencies"])
    p = d.add_paragraph(); p.add_run("By the end learners will be able to").bold = True
    p._p.addnext(parse_xml(sdt_block_xml("learning_outcomes", "Learning Outcomes", o, style="ListBullet")))
    field("Framework (e.g. ESCO, professional body)", "competency_framework", None)
    field("How will achievement be evidenced?", "summative_assessment", None)
    d.add_heading("4. Partner and alignment", level=2)
    field("Endorsing Partner / External Body", "partner_name", F["partner_name"])
    field("Partner Contact", "partner_contact", None)
    field("Endorsement Status", "endorsement_status", "In discussion", "dropdown",
          items=[("Choose an item.", ""), ("Letter attached", "letter_attached"), ("Confirmed", "confirmed"), ("In discussion", "in_discussion"), ("None", "none")])
    field("Education Plan Alignment", "education_plan_alignment", F["education_plan_alignment"])
    d.add_heading("5. Practical details", level=2)
    field("Delivery Mode", "delivery_format", "In person (lab-based)", "combo",
          items=[("Online", "online"), ("In person (lab-based)", "in_person"), ("Hybrid", "hybrid")])
    field("Duration (hours)", "estimated_hours", "21 (three 7-hour lab days)")
    field("Target Launch", "proposed_start", F["proposed_start"])
    field("Estimated Learners / Year", "expected_enrolment", "16")
    field("Budget / Resources", "resources_required", None)
    field("Date Submitted", "submission_date", "11-Nov-2026", "date", date_fmt="dd-MMM-yyyy", iso="2026-11-11")
    # the built-in template's list style id is "ListBullet"
    out = OUT / "Concept form (controls) - NCS upper-limb basics.docx"
    d.save(str(out))
    write_expected(out, 2, F, "Incomplete: the summative-assessment control ('How will achievement be evidenced?') still shows its placeholder, "
                   "so summative_assessment is missing (phone, framework, partner contact, resources and program-to-convert also show the "
                   "placeholder 'Click or tap here to enter text.' = empty). Content controls tagged with the keys in a PARAGRAPH layout "
                   "(bold label run, then a run-level w:sdt in the same paragraph; python-docx + raw XML) with w:alias = label; request type "
                   "and endorsement as drop-down lists whose display text is the option word and whose w:value is the code; delivery format as "
                   "a COMBO BOX whose chosen text 'In person (lab-based)' = in_person; outcomes in ONE block-level rich-text control holding four "
                   "'List Bullet' paragraphs; hours '21 (three 7-hour lab days)' -> 21; date picker 'dd-MMM-yyyy' showing '11-Nov-2026'.",
                   also=["Micro-course", "In discussion", "In person (lab-based)", "21 (three 7-hour lab days)", "16", "11-Nov-2026"],
                   route="python-docx + raw w:sdt (run-level controls in paragraphs, drop-downs, combo box, date picker, block control)")


# ------------------------------------------------------------------ T15 fillable PDF with Acrobat auto-detect names (manual review)
def t15():
    F = {
        "proposal_title": "OCT Imaging for Ophthalmic Technicians",
        "proposer_name": "Leilani Abernethy-Cho",
        "proposer_title": "Ophthalmic Imaging Supervisor",
        "proposer_department": "Eye Care Services, Kingsgate Health Sciences Centre",
        "proposer_email": "leilani.ac@example.org",
        "proposer_phone": "365-555-0112",
        "target_learners": "Ophthalmic technicians and assistants in hospital eye clinics and community optometry practices",
        "rationale": "OCT is now ordered at almost every glaucoma and retina visit, but most technicians learned it on the job from the manufacturer's quick guide; our review found 22% of scans had segmentation or centring errors that affected the report.",
        "competencies": "Patient set-up and fixation; acquisition protocols for macula, optic nerve and anterior segment; recognising artefacts; basic quality review",
        "learning_outcomes": [
            "Acquire macular, optic nerve head and anterior segment OCT scans to protocol",
            "Recognise segmentation, decentration and motion artefacts and repeat scans when needed",
            "Complete a quality review of a scan before it is sent for interpretation"],
        "summative_assessment": "Practical exam on a model eye and on a volunteer, plus an artefact-recognition quiz (20 scans, 80% to pass)",
        "partner_name": "Kingsgate Vision Partners",
        "partner_contact": "Idris Pemberton-Kuo, Practice Manager",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "Technology-enabled practice and upskilling of the allied health workforce",
        "delivery_format": "hybrid",
        "estimated_hours": 12,
        "proposed_start": "May 2027",
        "expected_enrolment": 48,
        "submission_date": "2026-11-13",
    }
    o = F["learning_outcomes"]
    out = OUT / "Concept_Form_fillable_OCT_imaging.pdf"
    pg = AcroPage(out, "Micro-Course / Credential Concept Form", "Fillable PDF - type in the boxes, tick the boxes that apply, save and email to ce@michener.example")
    pg.heading("About the proposal")
    pg.text("Proposed Title", "Proposed Title", F["proposal_title"])
    pg.text("Name of Proposer", "Name", F["proposer_name"])
    pg.text("Position / Title", "Position  Title", F["proposer_title"])
    pg.text("Department / Program", "Department  Program", F["proposer_department"])
    pg.text("E-mail Address", "Email", F["proposer_email"])
    pg.text("Telephone", "Telephone", F["proposer_phone"])
    pg.boxes("Type of Request", [("Check Box1", "New micro-credential", False), ("Check Box2", "Convert an existing program", True),
                                 ("Check Box3", "Micro-course", False)])
    pg.text("Program to be Converted", "undefined", "N/A - this is a brand-new course, nothing to convert")
    pg.text("Target Learners", "Target Learners", F["target_learners"], lines=2)
    pg.text("Rationale / Need", "Rationale  Need", F["rationale"], lines=3)
    pg.heading("Requirements R1 - R4")
    pg.text("Competencies / Skills Targeted (R1)", "undefined_2", F["competencies"], lines=2)
    pg.text("Learning Outcomes (R1)", "Learning Outcomes R1", "\n".join(f"- {x}" for x in o), lines=4)
    pg.text("Summative Assessment (R2)", "undefined_3", F["summative_assessment"], lines=2)
    pg.text("Industry / Employment Partner (R3)", "Industry  Employment Partner R3", F["partner_name"])
    pg.text("Partner Contact", "Partner Contact", F["partner_contact"])
    pg.boxes("Endorsement Status (R3)", [("Choice1", "Letter attached", True), ("Choice2", "Confirmed", False), ("Choice3", "In discussion", False),
                                        ("Choice4", "None", False)], radio_name="Group5")
    pg.text("Alignment with Michener's Education Plan (R4)", "undefined_4", F["education_plan_alignment"], lines=2)
    pg.heading("Practical details")
    pg.boxes("Delivery Format", [("Check Box6", "Online", False), ("Check Box7", "In person", False), ("Check Box8", "Hybrid", True)])
    pg.text("Estimated Hours", "Estimated Hours", "12")
    pg.text("Proposed Start", "Proposed Start", F["proposed_start"])
    pg.text("Expected Enrolment per Year", "Expected Enrolment per Year", "48")
    pg.text("Resources Required", "Resources Required", "")
    pg.text("Date", "Date", "13/11/2026")
    pg.save()
    write_expected(out, 3, F, "NEEDS MANUAL REVIEW - contradictory request type: the 'Convert an existing program' box (Check Box2) is ticked, "
                   "but the 'Program to be Converted' field says 'N/A - this is a brand-new course, nothing to convert'. Either the box is a "
                   "slip (the course is new) or the program name is missing; a person must ask the proposer. DECISION: request_type is not "
                   "given and is listed in missing_required; existing_program_name is absent ('N/A ...' is not a program) but is not listed, "
                   "because it is only required once request_type is existing_program. Otherwise a fillable PDF (reportlab AcroForm, Letter, "
                   "2 pages) whose widget names look like Acrobat's automatic field detection: names copied from the label with the "
                   "punctuation dropped ('Position  Title', 'Rationale  Need', 'Industry  Employment Partner R3') and 'undefined', "
                   "'undefined_2' ... where the label was not recognised (competencies, summative assessment, Education Plan alignment); "
                   "request type and format as separate check boxes Check Box1-3 / 6-8; endorsement as a radio group Group5 exporting "
                   "Choice1-Choice4 (Choice1 = Letter attached); outcomes '- ' lines in one multi-line field; date '13/11/2026' (dd/mm).",
                   manual=True, missing_override=["request_type"],
                   also=["N/A - this is a brand-new course", "12", "48", "13/11/2026"],
                   route="reportlab AcroForm (Acrobat auto-detect style names, check boxes, radio group)")


# ------------------------------------------------------------------ T16 scan: 2 pages, the second fed upside down
def t16():
    F = {
        "proposal_title": "Palliative Care at Home for Community Paramedics",
        "proposer_name": "Wendell Ashgrove-Kaur",
        "proposer_title": "Community Paramedic Program Lead",
        "proposer_department": "Northshore County Paramedic Services",
        "proposer_email": "washgrove-kaur@example.com",
        "proposer_phone": "705-555-0157",
        "request_type": "new",
        "target_learners": "Primary and advanced care paramedics responding to palliative patients at home",
        "rationale": "Paramedics attend about 900 palliative calls a year in our county and most end in transport to the ED against the patient's wishes, because crews have no training in symptom management or goals-of-care conversations.",
        "competencies": "Symptom assessment and management in the home; using a palliative care plan and medication kit; goals-of-care conversations; grief support and documentation",
        "learning_outcomes": [
            "Assess pain, dyspnea and agitation in a palliative patient at home",
            "Administer medications from the patient's palliative kit under a treat-and-refer protocol",
            "Hold a goals-of-care conversation with the patient and family",
            "Document and hand over care to the palliative team"],
        "summative_assessment": "Simulated home call with a standardized family, scored on a checklist, and a reflective case report",
        "partner_name": "Northshore Hospice Palliative Care Network",
        "partner_contact": "Beatrix Oyinlola, Clinical Director",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "Community-based, interprofessional learning that extends paramedic practice, an Education Plan priority",
        "delivery_format": "hybrid",
        "estimated_hours": 16,
        "proposed_start": "Fall 2027",
        "expected_enrolment": 90,
        "submission_date": "2026-11-05",
    }
    o = F["learning_outcomes"]
    from fpdf import FPDF
    pdf = FPDF(format="letter")
    font_setup(pdf)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    pdf.set_font("DejaVuMono", "B", 12)
    pdf.cell(0, 8, "MICRO-COURSE / CREDENTIAL CONCEPT FORM", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    def la(label, ans):
        pdf.set_font("DejaVuMono", "B", 10); pdf.multi_cell(0, 5.5, label + ":", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVuMono", "", 10); pdf.set_x(20); pdf.multi_cell(0, 5.5, ans or "-", new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
    la("Proposed Title", F["proposal_title"])
    la("Name of Proposer", F["proposer_name"])
    la("Position / Title", F["proposer_title"])
    la("Department / Program", F["proposer_department"])
    la("Email", F["proposer_email"])
    la("Phone", F["proposer_phone"])
    la("Type of Request", "[X] New micro-credential  [ ] Convert an existing program  [ ] Micro-course")
    la("Target Learners", F["target_learners"])
    la("Rationale / Need", F["rationale"])
    la("Competencies / Skills Targeted", F["competencies"])
    la("Learning Outcomes", "\n".join(f"{i}. {x}" for i, x in enumerate(o, 1)))
    la("Summative Assessment", F["summative_assessment"])
    la("Industry / Employment Partner", F["partner_name"])
    la("Partner Contact", F["partner_contact"])
    la("Letter of Support Attached? (Yes/No)", "Yes")
    la("Alignment with Michener's Education Plan", F["education_plan_alignment"])
    la("Delivery Format", "[ ] Online  [ ] In person  [X] Hybrid")
    la("Estimated Hours", "16")
    la("Proposed Start", F["proposed_start"])
    la("Expected Enrolment per Year", "90")
    la("Resources Required", "")
    la("Date", "Nov 5, 2026")
    src = MAKE / "src_SCN_0042.pdf"
    pdf.output(str(src))
    out = OUT / "SCN_0042.pdf"
    scan_pdf(src, out, dpi=150, angle=-0.9, seed=42, flip_pages=(1,))
    write_expected(out, 6, F, "Scanned two-page 'Label:' / answer printout (monospaced, fpdf2) fed through a sheet-fed scanner with the SECOND "
                   "PAGE UPSIDE DOWN (rotated 180° in the image, the page object itself is not rotated): rendered at 150 dpi with pypdfium2, "
                   "rotated -0.9°, blurred, speckled, greyscale JPEG pages in an image-only PDF (no text layer) -> manual review. fields are "
                   "what a person reads on the page (source kept as _make/src_SCN_0042.pdf).",
                   manual=True, also=["[X] New micro-credential", "[X] Hybrid", "Yes", "16", "90", "Nov 5, 2026"],
                   source_for_check=src, route="fpdf2 -> pypdfium2 150 dpi -> Pillow (page 2 upside down) -> image-only PDF")


# ------------------------------------------------------------------ T17 not a form: filled program-evaluation survey (fillable PDF)
def t17():
    out = OUT / "Graduate survey - Wound Care Management Certificate (filled).pdf"
    pg = AcroPage(out, "Program Evaluation Survey - Wound Care Management Certificate",
                  "Graduate survey, cohort 2025-26. Your answers are confidential and are used to improve the program.")
    pg.heading("About you")
    pg.text("Name (optional)", "q_name", "Nkechi Halvorsen-Diallo")
    pg.text("Email (for the prize draw)", "q_email", "nkechi.hd@example.com")
    pg.text("Phone", "q_phone", "905-555-0176")
    pg.text("Employer and unit", "q_employer", "Bayview Home and Community Care - Wound Team")
    pg.text("Month you completed the program", "q_completed", "June 2026")
    pg.heading("Rate each statement (1 = strongly disagree, 5 = strongly agree)")
    for i, s in enumerate(["The learning outcomes were clear from the start", "The summative assessment matched the learning outcomes",
                           "The competencies taught are the ones I use at work", "The hybrid format (online + skills lab) worked for me",
                           "My employer supported me to attend"], 1):
        pg.boxes(s[:60], [(str(v), str(v), v == (5 if i != 4 else 4)) for v in range(1, 6)], label_w=300, radio_name=f"rate_{i}")
    pg.heading("Your comments")
    pg.text("What was most useful?", "q_useful", "The compression bandaging skills lab and the case reviews with the NSWOC.", lines=2)
    pg.text("What should change?", "q_change", "More practice with negative-pressure dressings; the online modules were long.", lines=2)
    pg.text("Is there a micro-credential you would like Michener to offer next? (title, who for, why)", "q_next",
            "Negative pressure wound therapy at home - for home care nurses, because early discharges with NPWT devices have tripled. "
            "Our agency would support it.", lines=3)
    pg.text("Would you recommend the program? Why?", "q_recommend", "Yes - practical and well organised.", lines=2)
    pg.text("Date", "q_date", "2026-11-08")
    pg.save()
    write_expected(out, 7, {}, "NOT a concept form: a filled PROGRAM-EVALUATION survey for graduates of an existing certificate, as a fillable PDF "
                   "(reportlab AcroForm with q_* text fields and five 1-5 radio groups). It has a name, email, phone, employer and date, "
                   "asks about learning outcomes, summative assessment, competencies and the hybrid format, and one answer even suggests a "
                   "new micro-credential (title, learners, need, 'our agency would support it') - but it is a survey response, not a "
                   "proposal.", is_form=False, also=["Nkechi Halvorsen-Diallo", "Program Evaluation Survey"],
                   route="reportlab AcroForm (survey, radio groups)")


# ------------------------------------------------------------------ T18 not a form: abstract submission form (python-docx table)
def t18():
    import docx
    from docx.shared import Pt
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"; d.styles["Normal"].font.size = Pt(10)
    d.add_heading("CHEd 2027 - Canadian Health Educators' Conference", level=1)
    d.add_paragraph("Abstract Submission Form - deadline 15 December 2026. Return to ched2027-abstracts@example.org.")
    rows = [
        ("Abstract title", "Stacking micro-credentials in laboratory medicine: results of a two-year pilot"),
        ("Presenting author", "Dr. Ezinne Castellanos-Mwangi"),
        ("Position", "Program Chair, Laboratory Sciences"),
        ("Institution", "Harbourview College of Health Sciences"),
        ("Email", "ecastellanos@example.org"),
        ("Phone", "902-555-0138"),
        ("Co-authors", "Rune Okafor-Lindgren; Amira Desjardins-Tal"),
        ("Theme", "☐ Simulation   ☒ Competency-based education   ☐ Interprofessional education   ☐ Technology"),
        ("Format", "☒ Oral presentation   ☐ Poster   ☐ Workshop"),
        ("Background (max 100 words)", "Employers asked for short, stackable credentials for laboratory technologists who need new skills without "
         "leaving work. We designed four micro-credentials with industry partners, each with explicit learning outcomes and a summative assessment."),
        ("Methods (max 100 words)", "Mixed methods: completion and pass rates for 212 learners, employer survey (n = 31) and focus groups."),
        ("Results (max 100 words)", "Completion 87%; 94% passed the summative assessment at first attempt; employers rated job readiness 4.4/5."),
        ("Conclusions", "Micro-credentials endorsed by employers can close skills gaps quickly; alignment with an institutional education plan "
         "helped approval."),
        ("Learning objectives for attendees", "1. Describe a process for co-designing micro-credentials with employers\n"
         "2. Compare completion and pass rates of stacked and stand-alone credentials\n3. Plan an evaluation of a micro-credential pilot"),
        ("Conflicts of interest", "None"),
        ("Date", "November 20, 2026"),
    ]
    t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
    for a, b in rows:
        c = t.add_row().cells
        c[0].text = a; c[0].paragraphs[0].runs[0].bold = True
        lines = b.split("\n")
        c[1].text = lines[0]
        for ln in lines[1:]:
            c[1].add_paragraph(ln)
    out = OUT / "CHEd 2027 abstract submission - E Castellanos-Mwangi.docx"
    d.save(str(out))
    write_expected(out, 7, {}, "NOT a concept form: a completed conference ABSTRACT SUBMISSION form (python-docx two-column table, Table Grid) "
                   "with a title, presenting author, position, institution, email, phone, ☒/☐ theme and format boxes, a structured abstract "
                   "about a micro-credential pilot (learning outcomes, summative assessment, industry partners, education plan) and numbered "
                   "'learning objectives for attendees' and a date. A filled table form with proposal vocabulary, but it submits a talk.",
                   is_form=False, also=["Abstract Submission Form", "ecastellanos@example.org"], route="python-docx table")


# ------------------------------------------------------------------ T19 not a form (French): CE credit claim form (fpdf2)
def t19():
    from fpdf import FPDF
    pdf = FPDF(format="letter")
    font_setup(pdf)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 13)
    pdf.multi_cell(0, 7, "Demande de reconnaissance d’heures de formation continue", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8.5)
    pdf.multi_cell(0, 5, "Ordre professionnel des technologues en imagerie médicale - formulaire FC-12 (à conserver 5 ans)", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    rows = [
        ("Nom du membre", "Maëlle Thibodeau-Osei"), ("Numéro de permis", "T-48213"),
        ("Courriel", "maelle.to@example.com"), ("Téléphone", "450-555-0162"),
        ("Employeur", "Centre hospitalier des Basses-Terres, imagerie médicale"),
        ("Titre de l’activité", "Microcertificat - Radioprotection en fluoroscopie interventionnelle (The Michener Institute)"),
        ("Type d’activité", "☒ Formation structurée   ☐ Congrès   ☐ Lecture dirigée   ☐ Autre"),
        ("Mode", "☐ En ligne   ☐ En présentiel   ☒ Hybride"),
        ("Dates", "du 14 septembre au 26 octobre 2026"),
        ("Nombre d’heures demandées", "12"),
        ("Résultats d’apprentissage atteints", "1. Appliquer les principes ALARA en salle d’intervention\n2. Optimiser les paramètres de dose\n"
         "3. Conseiller l’équipe sur le port des dosimètres"),
        ("Évaluation sommative réussie ?", "☒ Oui (attestation jointe)   ☐ Non"),
        ("Réservé à l’Ordre", "Heures reconnues : ______   Vérifié par : ______"),
        ("Signature du membre", "M. Thibodeau-Osei"), ("Date", "3 novembre 2026"),
    ]
    for a, b in rows:
        y = pdf.get_y()
        pdf.set_font("DejaVu", "B", 9); pdf.set_xy(10, y); pdf.multi_cell(60, 5, a, border=0)
        y1 = pdf.get_y()
        pdf.set_font("DejaVu", "", 9); pdf.set_xy(72, y); pdf.multi_cell(128, 5, b, border=0)
        y2 = max(y1, pdf.get_y()) + 1
        pdf.set_draw_color(180, 180, 180); pdf.line(10, y2, 200, y2); pdf.set_y(y2 + 1.5)
    out = OUT / "Demande FC-12 - heures de formation continue - M Thibodeau-Osei.pdf"
    pdf.output(str(out))
    write_expected(out, 7, {}, "NOT a concept form (French): a filled continuing-education CREDIT CLAIM form of a professional order (fpdf2 "
                   "two-column layout): the member claims 12 hours for a micro-credential she COMPLETED - activity title, ☒ hybrid mode, "
                   "learning outcomes achieved, 'Évaluation sommative réussie ? ☒ Oui', her email, phone, employer and date. About a "
                   "micro-credential, but a claim for credit, not a proposal.", is_form=False, lang="fr",
                   also=["Demande de reconnaissance", "maelle.to@example.com"], route="fpdf2 (two-column claim form)")


# ------------------------------------------------------------------ T20 not a form: partnership MOU (pandoc RTF writer -> LibreOffice DOCX)
def t20():
    md = """# Memorandum of Understanding

**Between:** The Michener Institute of Education at UHN - Continuing Education ("Michener CE")

**And:** Harbourline Sleep Clinics Inc. ("Harbourline")

**Re:** Co-development of the micro-credential *Polysomnography Scoring to AASM Rules*

**Draft 2 - 24 November 2026 - for discussion, not signed**

## 1. Purpose

This memorandum sets out how Michener CE and Harbourline will work together to develop, endorse and deliver a micro-credential for sleep technologists. It does not create legal obligations.

## 2. Responsibilities of Harbourline

- Endorse the micro-credential as an industry partner and provide a letter of support.
- Provide two subject-matter experts (about 40 hours each) to review the learning outcomes and the summative assessment.
- Provide de-identified polysomnography records for the scoring assessment.
- Offer placements for up to 12 learners a year.

## 3. Responsibilities of Michener CE

- Lead curriculum design so that the credential is competency-based and aligned with Michener's Education Plan.
- Host the course on the CE learning platform and issue the digital credential.
- Report enrolment and completion to Harbourline each term.

## 4. Term

From 1 January 2027 to 31 December 2029, renewable by mutual agreement.

## 5. Contacts

| Organization | Name | Title | Email | Phone |
|---|---|---|---|---|
| Michener CE | Yusra Delacroix-Hamid | Program Manager | ydelacroix@michener.example | 416-555-0107 |
| Harbourline | Oskar Villanueva-Roth | Clinical Director | ovr@example.com | 289-555-0193 |

## 6. Signatures

For Michener CE: ______________________  Date: __________

For Harbourline: ______________________  Date: __________
"""
    work = Path(tempfile.mkdtemp(dir=TMP))
    rtf = work / "mou.rtf"
    pandoc(md, "markdown", "rtf", rtf, extra=("-s",))
    out = OUT / "MOU draft - Michener CE and Harbourline Sleep Clinics.docx"
    lo_file(rtf, "docx", out)
    write_expected(out, 7, {}, "NOT a concept form: a draft partnership MEMORANDUM OF UNDERSTANDING between Michener CE and a sleep-clinic "
                   "company about co-developing a named micro-credential (the one proposed in 'Slack export - ce-proposals - sleep "
                   "scoring.docx'): responsibilities (endorsement, letter of support, learning outcomes, summative assessment, placements for "
                   "12 learners a year, Education Plan alignment), a term, a contacts table with names, titles, emails and phones, and signature "
                   "lines. Written in Markdown, converted to RTF by pandoc's RTF writer and to DOCX by LibreOffice (new route: Markdown -> pandoc "
                   "RTF -> LibreOffice DOCX).", is_form=False, also=["Memorandum of Understanding", "ovr@example.com"],
                   route="Markdown -> pandoc RTF writer -> LibreOffice DOCX")


ALL = [t14, t15, t16, t17, t18, t19, t20]
if __name__ == "__main__":
    import sys
    for fn in ALL:
        if len(sys.argv) > 1 and fn.__name__ not in sys.argv[1:]:
            continue
        fn(); print("ok", fn.__name__)
