"""Round 6 tuning half, part A: shapes 1-4 (form-shaped documents)."""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Cm, Pt, RGBColor

from forms import (append_runs, dropdown_pr, del_xml, formcheck_xml, formtext_xml, ins_xml, rpr, run_xml,
                   sdt_run_xml, set_cell_text, shade_cell, vml_textbox_xml, flatten_pdf)
from lib import LABELS, OPTS, OPTS_FR, ROOT, TMP, lo_to, options_line, outcomes_lines, record

H = "tuning"
OUT = ROOT / H


def add_header_footer(doc, head: str, foot: str) -> None:
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = head
    sec.footer.paragraphs[0].text = foot


# ---------------------------------------------------------------- T01 legacy FORMTEXT table
def t01():
    name = "Concept Form - US-guided PIV access - H Vasquez-Lindqvist"
    F = {
        "proposal_title": "Ultrasound-Guided Peripheral IV Access for Emergency Nurses",
        "request_type": "new",
        "proposer_name": "Hedda Vasquez-Lindqvist",
        "proposer_title": "Clinical Nurse Educator",
        "proposer_department": "Emergency Department, Tallwood General Hospital",
        "proposer_email": "hvasquez-lindqvist@example.org",
        "proposer_phone": "416-555-0142 ext. 2231",
        "target_learners": "Registered nurses working in adult emergency departments with at least one year of experience",
        "rationale": "Patients with difficult venous access wait an average of 94 minutes for an IV in our ED; nurses trained in ultrasound guidance cut repeated attempts and the number of central lines placed only for access.",
        "competencies": "Vein selection with a linear probe; needle-tip tracking in short and long axis; catheter length selection; complication recognition",
        "learning_outcomes": ["Identify suitable veins and distinguish them from arteries and nerves on ultrasound",
                              "Insert a long peripheral catheter using dynamic needle-tip tracking",
                              "Select catheter length from vein depth measured on screen",
                              "Recognise and manage infiltration, arterial puncture and nerve contact"],
        "competency_framework": "Infusion Nurses Society vascular access standards (2024)",
        "summative_assessment": "Observed insertion on a vascular phantom scored with a 14-item checklist, followed by five supervised successful insertions on patients signed off by a credentialed preceptor.",
        "partner_name": "Tallwood General Hospital Vascular Access Team",
        "partner_contact": "Idris Okonkwo-Baines, idris.okonkwo-baines@example.org",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "Supports the Education Plan priority on practice-ready clinical skills and simulation-based learning for working professionals.",
        "delivery_format": "hybrid",
        "estimated_hours": 14,
        "proposed_start": "April 2027",
        "expected_enrolment": 48,
        "resources_required": "Two ultrasound machines with linear probes and four vascular phantoms, which the hospital will lend",
        "submission_date": "2026-11-16",
    }
    shown = {"estimated_hours": "14 (6 online + 8 lab)", "expected_enrolment": "48 (four cohorts of 12)",
             "submission_date": "16-Nov-2026"}
    doc = Document()
    add_header_footer(doc, "The Michener Institute of Education at UHN — Continuing Education",
                      "Micro-Course / Credential Concept Form · rev. 2025-09 · protected form")
    doc.add_heading("Micro-Course / Credential Concept Form", 1)
    doc.add_paragraph("Complete the grey fields. Press Tab to move between fields.")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    ans = rpr(font="Courier New", color="1F3864")
    n = [0]

    def row(key: str, label: str, value=None, opts=None):
        c = t.add_row().cells
        set_cell_text(c[0], label, bold=True)
        shade_cell(c[0], "D9E2F3")
        c[1].text = ""
        p = c[1].paragraphs[0]
        if opts:
            code = F.get(key)
            xml = ""
            for oc, ow in OPTS[key]:
                n[0] += 1
                xml += formcheck_xml(f"Check{n[0]}", oc == code) + run_xml(f" {ow}   ")
            append_runs(p, xml)
            return
        n[0] += 1
        if value is None:
            value = str(shown.get(key, F.get(key, "")))
        append_runs(p, formtext_xml(f"Text{n[0]}", value, ans))

    row("proposal_title", "Proposed Title")
    row("request_type", "Type of Request", opts=True)
    row("existing_program_name", "Existing Program Name (if converting)", value="     ")
    row("proposer_name", "Name of Proposer")
    row("proposer_title", "Position / Title")
    row("proposer_department", "Department / Program")
    row("proposer_email", "Email")
    row("proposer_phone", "Phone / Extension")
    row("target_learners", "Target Learners")
    row("rationale", "Rationale / Need")
    row("competencies", "Competencies / Skills Targeted [R1]")
    row("learning_outcomes", "Learning Outcomes [R1]", value="\n".join(outcomes_lines(F["learning_outcomes"], "1.")))
    row("competency_framework", "Competency Framework Alignment")
    row("summative_assessment", "Summative Assessment [R2]")
    row("partner_name", "Industry / Employment Partner [R3]")
    row("partner_contact", "Partner Contact Name and Email")
    row("endorsement_status", "Endorsement Status [R3]", opts=True)
    row("education_plan_alignment", "Alignment with Michener's Education Plan [R4]")
    row("delivery_format", "Delivery Format", opts=True)
    row("estimated_hours", "Estimated Hours")
    row("proposed_start", "Proposed Start")
    row("expected_enrolment", "Expected Enrolment per Year")
    row("resources_required", "Resources Required")
    row("submission_date", "Date Submitted")
    doc.add_paragraph("For CE office use only: received ____  file no. ____")
    doc.save(OUT / (name + ".docx"))
    record(H, name + ".docx", "1", "en", "python-docx table + raw legacy form fields (FORMTEXT / FORMCHECKBOX)", F,
           "Official-style two-column table form filled in Word's LEGACY FORM FIELDS: every answer is the result "
           "of a FORMTEXT field (fldChar begin/ffData Text1..., instrText ' FORMTEXT ', separate, result runs in "
           "dark-blue Courier New, end) and the choices are FORMCHECKBOX fields (w:checkBox with w:checked on the "
           "chosen one, w:default 0) - NO ☒ characters at all, the state is only in ffData. Outcomes are one "
           "FORMTEXT result with w:br line breaks and '1.' numbers; the existing-program field holds only spaces "
           "(= empty); header and footer are page furniture; hours '14 (6 online + 8 lab)' -> 14; '48 (four cohorts "
           "of 12)' -> 48; date '16-Nov-2026'.",
           checks=["14 (6 online + 8 lab)", "48 (four cohorts of 12)", "16-Nov-2026", "FORMCHECKBOX"])


# ---------------------------------------------------------------- T02 French, nested tables, X marks
def t02():
    name = "Formulaire de concept - Photothérapie UVB en dermatologie - C Abergel-Nkemelu"
    F = {
        "proposal_title": "Photothérapie UVB à bande étroite : administration sécuritaire en clinique de dermatologie",
        "request_type": "micro_course",
        "proposer_name": "Clémence Abergel-Nkemelu",
        "proposer_title": "Infirmière clinicienne",
        "proposer_department": "Clinique de dermatologie, Centre de santé Rivebelle",
        "proposer_email": "c.abergel-nkemelu@example.com",
        "proposer_phone": "514-555-0177",
        "target_learners": "Infirmières, infirmières auxiliaires et technologues qui administrent la photothérapie en clinique externe",
        "rationale": "Trois cliniques de la région ouvrent des cabines UVB en 2027 et aucune formation structurée n’existe; les erreurs de dose (érythème de grade 2 ou plus) représentent la moitié des incidents déclarés.",
        "competencies": "Calcul et progression des doses; détermination du phototype; protection oculaire et génitale; documentation des séances",
        "learning_outcomes": ["Déterminer le phototype et la dose initiale selon le protocole",
                              "Ajuster la dose après une séance manquée ou un érythème",
                              "Appliquer les mesures de protection du patient et du personnel",
                              "Consigner chaque séance dans le dossier de photothérapie"],
        "summative_assessment": "Examen écrit de 25 questions (note de passage 80 %) et simulation observée d’une séance complète avec grille d’évaluation",
        "partner_name": "Association des cliniques de dermatologie du Québec-Est",
        "partner_contact": "Dr Anselme Kowalczyk-Roy, a.kowalczyk-roy@example.org",
        "endorsement_status": "in_discussion",
        "education_plan_alignment": "Répond à l’axe « formation continue pour les professionnels en exercice » du Plan d’éducation de Michener",
        "delivery_format": "online",
        "estimated_hours": 6,
        "proposed_start": "janvier 2027",
        "expected_enrolment": 40,
        "submission_date": "2026-11-12",
    }
    shown = {"estimated_hours": "6 heures", "expected_enrolment": "environ 40", "submission_date": "12 novembre 2026"}
    doc = Document()
    add_header_footer(doc, "Michener — Formation continue", "Formulaire de concept – microcours / microcertificat")
    doc.add_heading("Formulaire de concept – microcours / microcertificat", 1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"

    def row(label, value):
        c = t.add_row().cells
        set_cell_text(c[0], label, bold=True)
        set_cell_text(c[1], value, color="7A1F1F")
        return c

    row("Titre proposé", F["proposal_title"])
    # nested table for the request-type options: option word | mark column with "X"
    c = t.add_row().cells
    set_cell_text(c[0], "Type de demande", bold=True)
    c[1].text = ""
    inner = c[1].add_table(rows=0, cols=2)
    inner.style = "Table Grid"
    for code, word in OPTS_FR["request_type"]:
        ic = inner.add_row().cells
        ic[0].text = word
        ic[1].text = "X" if code == F["request_type"] else ""
    row("Programme existant (s’il y a lieu)", "")
    # nested table for the contact block
    c = t.add_row().cells
    set_cell_text(c[0], "Proposé par", bold=True)
    c[1].text = ""
    inner = c[1].add_table(rows=0, cols=2)
    inner.style = "Table Grid"
    for lab, key in [("Nom", "proposer_name"), ("Fonction", "proposer_title"), ("Service", "proposer_department"),
                     ("Courriel", "proposer_email"), ("Téléphone", "proposer_phone")]:
        ic = inner.add_row().cells
        ic[0].text = lab
        ic[1].text = F[key]
    row("Apprenants visés", F["target_learners"])
    row("Justification / besoin", F["rationale"])
    row("Compétences visées [R1]", F["competencies"])
    row("Résultats d’apprentissage [R1]", "\n".join(outcomes_lines(F["learning_outcomes"], "1)")))
    row("Cadre de compétences", "")
    row("Évaluation sommative [R2]", F["summative_assessment"])
    row("Partenaire (industrie / employeur) [R3]", F["partner_name"])
    row("Personne-ressource du partenaire", F["partner_contact"])
    c = t.add_row().cells
    set_cell_text(c[0], "Statut de l’appui [R3]", bold=True)
    c[1].text = ""
    inner = c[1].add_table(rows=0, cols=2)
    inner.style = "Table Grid"
    for code, word in OPTS_FR["endorsement_status"]:
        ic = inner.add_row().cells
        ic[0].text = word
        ic[1].text = "X" if code == F["endorsement_status"] else ""
    row("Alignement avec le Plan d’éducation de Michener [R4]", F["education_plan_alignment"])
    row("Mode de prestation", options_line("delivery_format", F["delivery_format"], "[x]", "[ ]", fr=True))
    row("Durée (heures)", shown["estimated_hours"])
    row("Début prévu", F["proposed_start"])
    row("Nombre d’apprenants par année", shown["expected_enrolment"])
    row("Ressources requises", "S.O.")
    row("Date", shown["submission_date"])
    doc.save(OUT / (name + ".docx"))
    record(H, name + ".docx", "1", "fr", "python-docx nested tables (table inside an answer cell)", F,
           "French official-style table form whose request type and endorsement answers are NESTED TABLES inside "
           "the answer cell (option word | mark column, the chosen row marked with a plain capital 'X'), and whose "
           "contact block is another nested table (Nom / Fonction / Service / Courriel / Téléphone); answers typed "
           "in dark red; delivery format as '[x] En ligne   [ ] En présentiel   [ ] Hybride'; outcomes '1)' "
           "lines; the framework and existing-program cells are empty and 'Ressources requises' is 'S.O.' "
           "(= not applicable, absent); '6 heures' -> 6; 'environ 40' -> 40; date '12 novembre 2026'.",
           checks=["6 heures", "environ 40", "12 novembre 2026", "[x] En ligne"])


# ---------------------------------------------------------------- T03 content controls in cells + tracked changes
def t03():
    name = "MALDI-TOF identification - concept form (CC, changes not accepted)"
    F = {
        "proposal_title": "MALDI-TOF Organism Identification for Microbiology Technologists",
        "request_type": "existing_program",
        "existing_program_name": "Clinical Microbiology Bench Skills Certificate (module 3)",
        "proposer_name": "Rosalind Achterberg",
        "proposer_title": "Charge Technologist, Microbiology",
        "proposer_department": "Laboratory Medicine, Eastmoor Regional Health",
        "proposer_email": "rachterberg@example.org",
        "proposer_phone": "905-555-0163",
        "target_learners": "Medical laboratory technologists in hospital microbiology labs",
        "rationale": "Most regional labs now identify isolates by MALDI-TOF, yet staff learn it informally at the bench; misidentifications from poor spotting technique are a recurring audit finding.",
        "competencies": "Target spotting and extraction; calibration and QC review; interpreting score values; resolving no-ID and low-confidence results",
        "learning_outcomes": ["Prepare direct and extraction spots that meet quality criteria",
                              "Review calibration and QC runs and decide whether results can be released",
                              "Interpret identification scores and report appropriately",
                              "Choose a follow-up method when MALDI-TOF gives no reliable identification"],
        "summative_assessment": "Practical exam: identify six unknown isolates on the instrument and justify each report, plus a 20-question online quiz.",
        "partner_name": "Eastmoor Regional Health Laboratory Services",
        "partner_contact": "Tobias Nwachukwu-Grant",
        "endorsement_status": "confirmed",
        "education_plan_alignment": "Advances the Education Plan goal of stackable credentials built from existing Michener programs.",
        "delivery_format": "hybrid",
        "estimated_hours": 10,
        "proposed_start": "Fall 2027",
        "expected_enrolment": 30,
        "submission_date": "2026-11-18",
    }
    doc = Document()
    add_header_footer(doc, "Continuing Education | Concept Form", "Page furniture: CE-CF-02")
    doc.add_heading("Micro-Course / Credential Concept Form", 1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"

    def cc_row(key, label, runs_xml, extra_pr="", placeholder=False):
        c = t.add_row().cells
        set_cell_text(c[0], label, bold=True)
        c[1].text = ""
        append_runs(c[1].paragraphs[0], sdt_run_xml(key, label, runs_xml, extra_pr, placeholder))

    def plain(key, label):
        cc_row(key, label, run_xml(str(F[key])))

    # title with a tracked change: "Identification" inserted, "ID" deleted
    cc_row("proposal_title", "Proposed Title",
           run_xml("MALDI-TOF Organism ") + del_xml("ID") + ins_xml("Identification") +
           run_xml(" for Microbiology Technologists"))
    cc_row("request_type", "Type of Request", run_xml("Convert an existing program"),
           dropdown_pr(OPTS["request_type"]))
    cc_row("existing_program_name", "Existing Program Name",
           run_xml("Clinical Microbiology Bench Skills Certificate ") + ins_xml("(module 3)"))
    for k in ["proposer_name", "proposer_title", "proposer_department", "proposer_email", "proposer_phone",
              "target_learners"]:
        plain(k, LABELS[k])
    # rationale: a deleted sentence stays in the XML as w:delText
    cc_row("rationale", "Rationale / Need",
           run_xml("Most regional labs now identify isolates by MALDI-TOF, yet staff learn it informally at the bench; ")
           + del_xml("we think it is probably fine but nobody has checked; ")
           + run_xml("misidentifications from poor spotting technique are a recurring audit finding."))
    plain("competencies", LABELS["competencies"])
    lo = "\n".join(outcomes_lines(F["learning_outcomes"], "-"))
    cc_row("learning_outcomes", LABELS["learning_outcomes"], run_xml(lo))
    cc_row("competency_framework", LABELS["competency_framework"],
           run_xml("Click or tap here to enter text.", rpr(color="808080")), placeholder=True)
    cc_row("summative_assessment", LABELS["summative_assessment"],
           run_xml("Practical exam: identify ") + del_xml("five") + ins_xml("six") +
           run_xml(" unknown isolates on the instrument and justify each report, plus a 20-question online quiz."))
    for k in ["partner_name", "partner_contact"]:
        plain(k, LABELS[k])
    cc_row("endorsement_status", LABELS["endorsement_status"], run_xml("Confirmed, letter to follow"),
           dropdown_pr(OPTS["endorsement_status"]))
    plain("education_plan_alignment", LABELS["education_plan_alignment"])
    cc_row("delivery_format", LABELS["delivery_format"], run_xml("Hybrid"), dropdown_pr(OPTS["delivery_format"]))
    cc_row("estimated_hours", LABELS["estimated_hours"], del_xml("8") + ins_xml("10"))
    plain("proposed_start", LABELS["proposed_start"])
    cc_row("expected_enrolment", LABELS["expected_enrolment"], run_xml("30 per year"))
    cc_row("resources_required", LABELS["resources_required"],
           run_xml("Click or tap here to enter text.", rpr(color="808080")), placeholder=True)
    cc_row("submission_date", LABELS["submission_date"], run_xml("18/11/2026"),
           '<w:date w:fullDate="2026-11-18T00:00:00Z"><w:dateFormat w:val="dd/MM/yyyy"/><w:lid w:val="en-CA"/>'
           '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')
    doc.save(OUT / (name + ".docx"))
    record(H, name + ".docx", "2", "en", "python-docx + raw w:sdt in table cells + w:ins/w:del", F,
           "Content controls tagged with the keys, each in the ANSWER CELL of the two-column table, with TRACKED "
           "CHANGES left in (not accepted): the title has 'ID' deleted and 'Identification' inserted, the program "
           "name has '(module 3)' inserted, a whole clause of the rationale is deleted (w:delText), the assessment "
           "changes 'five' to 'six' and the hours control holds only a deleted '8' and an inserted '10'. Expected "
           "values are the text with every change ACCEPTED (round 3's rule). Drop-downs show the option words; "
           "framework and resources show the placeholder (= empty); date picker dd/MM/yyyy '18/11/2026'; "
           "'30 per year' -> 30.",
           checks=["Convert an existing program", "Confirmed, letter to follow", "Hybrid", "18/11/2026", "30 per year"])


# ---------------------------------------------------------------- T04 fillable PDF, meaningless names, manual review
def acro_page(c, fields_spec, title, top=800, left=40, label_w=190, width=350, page_h=842, rotate_note=None,
              wrap_chars=None):
    """Draw label + widget rows; fields_spec = list of (label, kind, name, value, height, extra)."""
    from reportlab.lib.colors import black, white, HexColor
    y = top
    c.setFont("Helvetica-Bold", 13)
    c.drawString(left, y, title)
    y -= 26
    for spec in fields_spec:
        label, kind, fname, value, h = spec[:5]
        extra = spec[5] if len(spec) > 5 else {}
        if y - h < 50:
            c.showPage()
            y = top
        c.setFont("Helvetica-Bold", 8.5)
        c.setFillColor(black)
        for i, part in enumerate(label.split("\n")):
            c.drawString(left, y - 10 - 10 * i, part)
        if kind == "text" and wrap_chars and h > 20 and value:
            # the widget appearance does not wrap by itself: break long lines as a viewer would show them
            import textwrap
            value = "\n".join(ln for para in value.split("\n") for ln in (textwrap.wrap(para, wrap_chars) or [""]))
        if kind == "text":
            c.acroForm.textfield(name=fname, value=value, x=left + label_w, y=y - h, width=width, height=h,
                                 fontName="Helvetica", fontSize=8 if h > 20 else 9, borderWidth=0.5,
                                 fillColor=HexColor("#EEF3FB"), borderColor=HexColor("#888888"),
                                 textColor=black, maxlen=4000,
                                 fieldFlags="multiline" if h > 20 else "")
        elif kind == "check":
            xx = left + label_w
            for (oname, oword, on) in value:
                c.acroForm.checkbox(name=oname, checked=on, x=xx, y=y - 14, size=11, buttonStyle="cross",
                                    borderWidth=0.5, fillColor=white, borderColor=black, textColor=black)
                c.setFont("Helvetica", 8.5)
                c.drawString(xx + 14, y - 11, oword)
                xx += 22 + c.stringWidth(oword, "Helvetica", 8.5)
        elif kind == "radio":
            xx = left + label_w
            for (export, oword, on) in value:
                c.acroForm.radio(name=fname, value=export, selected=on, x=xx, y=y - 14, size=11,
                                 buttonStyle="circle", borderWidth=0.5, fillColor=white, borderColor=black,
                                 textColor=black)
                c.setFont("Helvetica", 8.5)
                c.drawString(xx + 14, y - 11, oword)
                xx += 22 + c.stringWidth(oword, "Helvetica", 8.5)
        y -= h + 8
    return y


def lo_text(items, style="1."):
    return "\n".join(outcomes_lines(items, style))


def t04():
    from reportlab.pdfgen import canvas
    name = "semen analysis concept form_filled.pdf"
    F = {
        "request_type": "new",
        "proposer_name": "Benedikt Oyelaran-Strand",
        "proposer_title": "Andrology Laboratory Supervisor",
        "proposer_department": "Fertility Centre, Harrowgate Women's Health",
        "proposer_email": "b.oyelaran-strand@example.com",
        "proposer_phone": "647-555-0119",
        "target_learners": "Medical laboratory technologists and assistants moving into andrology or fertility labs",
        "rationale": "Fertility clinics hire general lab staff who have never done a manual semen analysis; inter-observer variation in motility and morphology is well above the WHO targets in our external QA.",
        "competencies": "Manual motility grading; morphology by strict criteria; counting with a haemocytometer; internal QC",
        "learning_outcomes": ["Perform a complete semen analysis to WHO 6th edition methods",
                              "Grade motility and classify morphology within QA limits",
                              "Run and document internal quality control"],
        "summative_assessment": "Assessment of 10 recorded samples against reference values (pass within 10 % of the reference) and a direct observation of one full analysis.",
        "partner_name": "Harrowgate Women's Health Fertility Centre",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "Fits the Education Plan commitment to competency-based micro-credentials for laboratory professionals.",
        "delivery_format": "in_person",
        "estimated_hours": 16,
        "proposed_start": "Spring 2027",
        "expected_enrolment": 20,
        "submission_date": "2026-11-09",
    }
    title_text = ("Option A: Semen Analysis Essentials for Fertility Labs / Option B: Andrology Bench Skills "
                  "(we would like CE's advice on which to use)")
    spec = [
        ("1. Proposed Title", "text", "Text1", title_text, 30),
        ("2. Type of Request", "check", None, [("Check Box1", "New micro-credential", True),
                                              ("Check Box2", "Convert an existing program", False),
                                              ("Check Box3", "Micro-course", False)], 16),
        ("   Existing Program Name", "text", "Text2", "", 16),
        ("3. Name of Proposer", "text", "Text3", F["proposer_name"], 16),
        ("4. Position / Title", "text", "Text4", F["proposer_title"], 16),
        ("5. Department / Program", "text", "fld_03", F["proposer_department"], 16),
        ("6. Email", "text", "fld_04", F["proposer_email"], 16),
        ("7. Phone", "text", "Text7", F["proposer_phone"], 16),
        ("8. Target Learners", "text", "Text8", F["target_learners"], 30),
        ("9. Rationale / Need", "text", "Text9", F["rationale"], 44),
        ("10. Competencies / Skills\nTargeted [R1]", "text", "Text10", F["competencies"], 30),
        ("11. Learning Outcomes [R1]", "text", "Text11", lo_text(F["learning_outcomes"], "-"), 44),
        ("12. Competency Framework", "text", "Text12", "", 16),
        ("13. Summative Assessment [R2]", "text", "Text13", F["summative_assessment"], 44),
        ("14. Industry / Employment\nPartner [R3]", "text", "Text14", F["partner_name"], 20),
        ("15. Partner Contact", "text", "Text15", "", 16),
        ("16. Endorsement Status [R3]", "radio", "Group1", [("Choice1", "Letter attached", True),
                                                         ("Choice2", "Confirmed", False),
                                                         ("Choice3", "In discussion", False),
                                                         ("Choice4", "None", False)], 16),
        ("17. Alignment with Michener's\nEducation Plan [R4]", "text", "Text17", F["education_plan_alignment"], 30),
        ("18. Delivery Format", "radio", "Group2", [("Choice1", "Online", False), ("Choice2", "In person", True),
                                                   ("Choice3", "Hybrid", False)], 16),
        ("19. Estimated Hours", "text", "Text19", "16", 16),
        ("20. Proposed Start", "text", "Text20", F["proposed_start"], 16),
        ("21. Expected Enrolment / Year", "text", "Text21", "20", 16),
        ("22. Resources Required", "text", "Text22", "", 16),
        ("23. Date", "text", "Text23", "Nov 9, 2026", 16),
    ]
    c = canvas.Canvas(str(OUT / name), pagesize=(595, 842))
    acro_page(c, spec, "Micro-Course / Credential Concept Form")
    c.save()
    record(H, name, "3", "en", "reportlab AcroForm (meaningless names Text1/fld_03, check boxes, radio groups)", F,
           "NEEDS MANUAL REVIEW - two titles offered: the title field (Text1) says 'Option A: Semen Analysis "
           "Essentials for Fertility Labs / Option B: Andrology Bench Skills (we would like CE's advice on which to "
           "use)'. Which title the proposal carries is for a person to settle with the proposer. DECISION: "
           "proposal_title is not given and is listed in missing_required; needs_manual_review is true. Otherwise "
           "a fillable PDF (reportlab AcroForm, A4, numbered labels drawn on the page) whose widget names are "
           "MEANINGLESS: Text1 ... Text23 with two 'fld_03'/'fld_04' in between; request type as three check "
           "boxes Check Box1-3; endorsement and delivery format as RADIO GROUPS Group1/Group2 exporting "
           "Choice1..Choice4 (Group1 Choice1 = Letter attached; Group2 Choice2 = In person) - the meaning of a "
           "choice is only in the words drawn next to the buttons; outcomes '- ' lines in one multi-line field; "
           "date 'Nov 9, 2026'.",
           missing=["proposal_title"], manual=True, checks=["Nov 9, 2026", "Choice1"])


# ---------------------------------------------------------------- T05 fillable PDF on /Rotate 90 pages, incomplete
def t05():
    from reportlab.pdfgen import canvas
    name = "Infusion pump PM - Konzeptformular (ausfuellbar).pdf"
    F = {
        "proposal_title": "Infusion Pump Preventive Maintenance and Performance Verification",
        "request_type": "micro_course",
        "proposer_name": "Wendelin Hofstaetter-Osei",
        "proposer_title": "Senior Biomedical Engineering Technologist",
        "proposer_department": "Clinical Engineering, Brookfield Heights Hospital",
        "proposer_email": "whofstaetter@example.org",
        "proposer_phone": "289-555-0108",
        "target_learners": "Biomedical engineering technologists and technicians in their first two years",
        "rationale": "Large-volume and syringe pumps are the most serviced devices in our inventory and new technologists learn PM procedures from outdated binders.",
        "learning_outcomes": ["Perform a manufacturer-specified preventive maintenance on two pump models",
                              "Verify flow-rate accuracy and occlusion alarm pressure with an analyser",
                              "Document results and decide whether a pump returns to service"],
        "partner_name": "Brookfield Heights Hospital Clinical Engineering",
        "endorsement_status": "none",
        "delivery_format": "in_person",
        "estimated_hours": 8,
        "expected_enrolment": 18,
        "submission_date": "2026-11-20",
    }
    spec = [
        ("Titel / Proposed Title", "text", "Titel", F["proposal_title"], 16),
        ("Art des Antrags / Type of Request", "radio", "Antragsart", [("Neu", "New", False),
                                                                     ("Umwandlung", "Convert existing", False),
                                                                     ("Mikrokurs", "Micro-course", True)], 16),
        ("Name / Name of Proposer", "text", "Antragsteller", F["proposer_name"], 16),
        ("Funktion / Position", "text", "Funktion", F["proposer_title"], 16),
        ("Abteilung / Department", "text", "Abteilung", F["proposer_department"], 16),
        ("E-Mail", "text", "EMail", F["proposer_email"], 16),
        ("Telefon / Phone", "text", "Telefon", F["proposer_phone"], 16),
        ("Zielgruppe / Target Learners", "text", "Zielgruppe", F["target_learners"], 16),
        ("Begründung / Rationale", "text", "Begruendung", F["rationale"], 30),
        ("Kompetenzen / Competencies [R1]", "text", "Kompetenzen", "", 16),
        ("Lernergebnisse / Learning Outcomes [R1]", "text", "Lernergebnisse", lo_text(F["learning_outcomes"], "1)"), 40),
        ("Abschlussprüfung / Summative Assessment [R2]", "text", "Pruefung", "", 16),
        ("Partner [R3]", "text", "Partner", F["partner_name"], 16),
        ("Unterstützung / Endorsement [R3]", "radio", "Unterstuetzung", [("Brief", "Letter attached", False),
                                                                        ("Bestaetigt", "Confirmed", False),
                                                                        ("Gespraech", "In discussion", False),
                                                                        ("Keine", "None", True)], 16),
        ("Bildungsplan / Education Plan Alignment [R4]", "text", "Bildungsplan", "", 16),
        ("Format", "radio", "Format", [("Online", "Online", False), ("Praesenz", "In person", True),
                                       ("Hybrid", "Hybrid", False)], 16),
        ("Stunden / Hours", "text", "Stunden", "8", 16),
        ("Teilnehmende pro Jahr / Enrolment", "text", "Teilnehmende", "18", 16),
        ("Datum / Date", "text", "Datum", "20.11.2026", 16),
    ]
    c = canvas.Canvas(str(OUT / name), pagesize=(842, 595))
    # each landscape page is stored with /Rotate 90 (as some scanners/drivers save them)
    c.setPageRotation(90)
    acro_page(c, spec, "Konzeptformular Mikro-Credential / Micro-Credential Concept Form", top=560, label_w=250,
              width=520)
    c.save()
    record(H, name, "3", "en+de", "reportlab AcroForm, pages with /Rotate 90 (shown sideways), German widget names", F,
           "Incomplete: competencies, summative assessment and Education Plan alignment are empty, so they are "
           "missing. A bilingual German/English fillable PDF whose widget names are GERMAN (Titel, Antragsteller, "
           "Funktion, Abteilung, EMail, Begruendung, Lernergebnisse, Pruefung, Partner, Bildungsplan, Stunden, "
           "Teilnehmende, Datum) and whose radio groups export German words (Antragsart = Mikrokurs -> "
           "micro_course; Unterstuetzung = Keine -> none; Format = Praesenz -> in_person). The form was laid out "
           "landscape but its two pages are stored as portrait A4 MediaBoxes with /Rotate 90, so a viewer shows "
           "them turned (landscape sheet, text running top to bottom). Endorsement 'None' is a value (none), so endorsement_status is given; outcomes '1)' lines; "
           "date '20.11.2026'.",
           checks=["Mikrokurs", "Keine", "Praesenz", "20.11.2026"])


# ---------------------------------------------------------------- T06 fillable PDF flattened by a viewer
def t06():
    from reportlab.pdfgen import canvas
    name = "NPWT in home care - concept form (flattened).pdf"
    F = {
        "proposal_title": "Negative Pressure Wound Therapy in Home and Community Care",
        "request_type": "new",
        "proposer_name": "Marisol Taddeo-Kwarteng",
        "proposer_title": "Wound Care Clinical Lead",
        "proposer_department": "Community Nursing, Silverbirch Home Health",
        "proposer_email": "mtaddeo-kwarteng@example.com",
        "proposer_phone": "705-555-0131",
        "target_learners": "Community nurses who apply and manage NPWT devices in patients' homes",
        "rationale": "Hospital discharges on NPWT have doubled in three years; dressing failures at home lead to readmissions.",
        "competencies": "Dressing application over complex wounds; device troubleshooting; patient teaching",
        "learning_outcomes": ["Apply an airtight NPWT dressing to a cavity wound",
                              "Troubleshoot leak and blockage alarms",
                              "Teach patients and carers what to do when the device alarms"],
        "competency_framework": "Wounds Canada best practice recommendations",
        "summative_assessment": "OSCE station: apply and troubleshoot a dressing on a wound model within 25 minutes",
        "partner_name": "Silverbirch Home Health",
        "partner_contact": "Ingrid Castellano, icastellano@example.com",
        "endorsement_status": "confirmed",
        "education_plan_alignment": "Education Plan: expanding community-focused continuing education",
        "delivery_format": "hybrid",
        "estimated_hours": 9,
        "proposed_start": "February 2027",
        "expected_enrolment": 60,
        "resources_required": "Wound models and two NPWT units on loan from the vendor",
        "submission_date": "2026-11-11",
    }
    spec = [
        ("Proposed Title", "text", "title", F["proposal_title"], 16),
        ("Type of Request", "check", None, [("req_new", "New micro-credential", True),
                                           ("req_conv", "Convert an existing program", False),
                                           ("req_mc", "Micro-course", False)], 16),
        ("Name of Proposer", "text", "name", F["proposer_name"], 16),
        ("Position / Title", "text", "pos", F["proposer_title"], 16),
        ("Department / Program", "text", "dept", F["proposer_department"], 16),
        ("Email", "text", "email", F["proposer_email"], 16),
        ("Phone", "text", "phone", F["proposer_phone"], 16),
        ("Target Learners", "text", "learners", F["target_learners"], 16),
        ("Rationale / Need", "text", "why", F["rationale"], 28),
        ("Competencies [R1]", "text", "comp", F["competencies"], 16),
        ("Learning Outcomes [R1]", "text", "lo", lo_text(F["learning_outcomes"], "1."), 40),
        ("Competency Framework", "text", "fw", F["competency_framework"], 16),
        ("Summative Assessment [R2]", "text", "assess", F["summative_assessment"], 16),
        ("Industry / Employment Partner [R3]", "text", "partner", F["partner_name"], 16),
        ("Partner Contact", "text", "pcontact", F["partner_contact"], 16),
        ("Endorsement Status [R3]", "check", None, [("e1", "Letter attached", False), ("e2", "Confirmed", True),
                                                   ("e3", "In discussion", False), ("e4", "None", False)], 16),
        ("Education Plan Alignment [R4]", "text", "plan", F["education_plan_alignment"], 16),
        ("Delivery Format", "check", None, [("f1", "Online", False), ("f2", "In person", False),
                                           ("f3", "Hybrid", True)], 16),
        ("Estimated Hours", "text", "hrs", "9", 16),
        ("Proposed Start", "text", "start", F["proposed_start"], 16),
        ("Expected Enrolment per Year", "text", "enrol", "60", 16),
        ("Resources Required", "text", "res", F["resources_required"], 16),
        ("Date Submitted", "text", "date", "2026-11-11", 16),
    ]
    src = TMP / "npwt_fillable.pdf"
    c = canvas.Canvas(str(src), pagesize=(612, 792))
    acro_page(c, spec, "Micro-Course / Credential Concept Form", top=760, label_w=170, width=380)
    c.save()
    flatten_pdf(str(src), str(OUT / name))
    record(H, name, "4", "en", "reportlab AcroForm -> flattened (widget appearances merged into page content, form removed)", F,
           "A fillable PDF FLATTENED the way a viewer's 'flatten form fields' or 'print to PDF' does: each widget's "
           "appearance stream was merged into the page content as a form XObject and the AcroForm and widgets were "
           "removed, so no field survives; the answers are text inside XObjects drawn over the answer boxes (long "
           "answers are cut at the box edge only visually - the text is whole in the stream); check boxes are "
           "XObjects showing a cross glyph (ZapfDingbats) with NO character mapping to ☒ - the chosen option is only "
           "recognisable by the drawn cross next to the option word. Outcomes '1.' lines; date ISO.",
           checks=["2026-11-11", "Confirmed", "Hybrid", "New micro-credential"])
