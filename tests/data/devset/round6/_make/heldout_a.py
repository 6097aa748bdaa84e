"""Round 6 HELD-OUT half, part A: shapes 1-3. Scoring only - do not read while developing the parser."""
from __future__ import annotations

from docx import Document
from docx.oxml import parse_xml
from docx.shared import Pt

from forms import (W, append_runs, del_xml, dropdown_pr, formtext_xml, ins_xml, nid, rpr, run_xml, sdt_run_xml,
                   set_cell_text, shade_cell)
from lib import LABELS, OPTS, OPTS_FR, ROOT, outcomes_lines, record
from tuning_a import acro_page, lo_text

H = "heldout"
OUT = ROOT / H


def hf(doc, head, foot):
    doc.sections[0].header.paragraphs[0].text = head
    doc.sections[0].footer.paragraphs[0].text = foot


def w14_checkbox_xml(checked: bool) -> str:
    ch = "☒" if checked else "☐"
    return (f'<w:sdt><w:sdtPr><w:id w:val="{nid()}"/><w14:checkbox><w14:checked w14:val="{int(checked)}"/>'
            '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" '
            'w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" '
            f'w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr><w:t>{ch}</w:t></w:r></w:sdtContent></w:sdt>')


def untagged_text_cc(text: str, props: str = "") -> str:
    return (f'<w:sdt><w:sdtPr><w:id w:val="{nid()}"/></w:sdtPr><w:sdtContent>{run_xml(text, props)}'
            '</w:sdtContent></w:sdt>')


# ---------------------------------------------------------------- H01 untagged CCs + w14 checkboxes, answer typed in label cell
def h01():
    name = "Concept form_Arterial line setup_T Amadi-Rasmussen"
    F = {
        "proposal_title": "Arterial Line Setup, Levelling and Troubleshooting for ICU Nurses",
        "request_type": "new",
        "proposer_name": "Thandiwe Amadi-Rasmussen",
        "proposer_title": "Critical Care Nurse Educator",
        "proposer_department": "Medical-Surgical ICU, Kingsmere Health Centre",
        "proposer_email": "tamadi-rasmussen@example.org",
        "proposer_phone": "416-555-0153",
        "target_learners": "Registered nurses new to critical care (first 12 months in ICU)",
        "rationale": "Incident reviews found damped waveforms and wrongly levelled transducers behind several treatment errors; orientation covers arterial lines in only one hour.",
        "competencies": "Pressure system assembly; zeroing and levelling; square-wave testing; waveform interpretation; line safety",
        "learning_outcomes": ["Assemble and prime an arterial pressure monitoring system",
                              "Level and zero the transducer to the phlebostatic axis",
                              "Perform a square-wave test and correct over- or under-damping",
                              "Recognise line disconnection and accidental intra-arterial injection risks"],
        "summative_assessment": "Skills station in the simulation lab scored with a checklist, plus a 15-item waveform quiz (pass 80 %)",
        "partner_name": "Kingsmere Health Centre Critical Care Program",
        "partner_contact": "Faisal Ndiaye-Brooks, fndiaye-brooks@example.org",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "Matches the Education Plan focus on simulation and practice-ready continuing education",
        "delivery_format": "hybrid",
        "estimated_hours": 12,
        "proposed_start": "January 2027",
        "expected_enrolment": 64,
        "resources_required": "Two simulation lab sessions per cohort and pressure transducer kits",
        "submission_date": "2026-11-23",
    }
    doc = Document()
    hf(doc, "Continuing Education – Micro-Course / Credential Concept Form", "Form CE-CF (Word version)")
    doc.add_heading("Micro-Course / Credential Concept Form", 1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    ans = rpr(font="Georgia", color="833C0B")

    def row(label, value=None, key=None, in_label=False):
        c = t.add_row().cells
        if in_label:  # the applicant typed the answer into the label cell and left the answer cell empty
            set_cell_text(c[0], "", bold=True)
            p = c[0].paragraphs[0]
            r = p.add_run(label + " ")
            r.bold = True
            append_runs(p, run_xml(value, ans))
            c[1].text = ""
            return
        set_cell_text(c[0], label, bold=True)
        c[1].text = ""
        append_runs(c[1].paragraphs[0], untagged_text_cc(value if value is not None else str(F[key]), ans))

    def choice_row(label, key):
        c = t.add_row().cells
        set_cell_text(c[0], label, bold=True)
        c[1].text = ""
        p = c[1].paragraphs[0]
        for i, (code, word) in enumerate(OPTS[key]):
            if i:
                p = c[1].add_paragraph()
            append_runs(p, w14_checkbox_xml(code == F[key]) + run_xml(" " + word))

    row("Proposed Title", key="proposal_title")
    choice_row("Type of Request", "request_type")
    row("Existing Program Name", value="")
    row("Name of Proposer", key="proposer_name")
    row("Position / Title", key="proposer_title")
    row("Department / Program", key="proposer_department")
    row("Email", key="proposer_email")
    row("Phone / Extension", key="proposer_phone")
    row("Target Learners", key="target_learners")
    row("Rationale / Need", key="rationale")
    row("Competencies / Skills Targeted [R1]", key="competencies")
    row("Learning Outcomes [R1]", value="\n".join(outcomes_lines(F["learning_outcomes"], "1.")))
    row("Competency Framework Alignment", value="")
    row("Summative Assessment [R2]", key="summative_assessment")
    row("Industry / Employment Partner [R3]", key="partner_name")
    row("Partner Contact Name and Email", key="partner_contact")
    choice_row("Endorsement Status [R3]", "endorsement_status")
    row("Alignment with Michener's Education Plan [R4]", key="education_plan_alignment")
    choice_row("Delivery Format", "delivery_format")
    row("Estimated Hours:", value="12 hrs", in_label=True)
    row("Proposed Start:", value="January 2027", in_label=True)
    row("Expected Enrolment per Year:", value="64 (4 x 16)", in_label=True)
    row("Resources Required", key="resources_required")
    row("Date Submitted", value="Nov. 23, 2026")
    doc.save(OUT / (name + ".docx"))
    record(H, name + ".docx", "1", "en", "python-docx table + raw untagged text content controls + w14:checkbox controls", F,
           "Official-style table form filled in a recent Word: each answer is an UNTAGGED plain-text content control "
           "(no w:tag, no alias) in the answer cell, typed in brown Georgia; the choices are Word CHECK-BOX content "
           "controls (w14:checkbox, MS Gothic ☒/☐, one option per paragraph). The applicant typed three answers "
           "INTO THE LABEL CELL after the label ('Estimated Hours: 12 hrs', 'Proposed Start: January 2027', "
           "'Expected Enrolment per Year: 64 (4 x 16)') and left the answer cells empty. Framework and existing "
           "program empty; '12 hrs' -> 12; '64 (4 x 16)' -> 64; date 'Nov. 23, 2026'.",
           checks=["12 hrs", "64 (4 x 16)", "Nov. 23, 2026", "☒ New micro-credential", "☒ Letter of support attached",
                   "☒ Hybrid"])


# ---------------------------------------------------------------- H02 ☑ marks, outcomes as a nested table, labels without colons
def h02():
    name = "NICU breast milk handling - concept form (completed).docx"
    F = {
        "proposal_title": "Safe Handling and Fortification of Human Milk in the NICU",
        "request_type": "micro_course",
        "proposer_name": "Ifeoluwa Brandt-Mercier",
        "proposer_title": "Milk Bank and Feeds Coordinator",
        "proposer_department": "Neonatal Intensive Care Unit, Lakeshore Women's and Children's",
        "proposer_email": "ibrandt-mercier@example.com",
        "proposer_phone": "647-555-0186",
        "target_learners": "NICU nurses, dietetic assistants and milk-room technicians",
        "rationale": "Misadministration of expressed breast milk (wrong infant) happened three times this year; fortifier recipes are mixed differently on each shift.",
        "competencies": "Barcode verification of expressed milk; aseptic preparation; fortifier calculation; storage and thawing rules",
        "learning_outcomes": ["Verify milk to the right infant using barcode scanning",
                              "Prepare fortified feeds aseptically to the prescribed caloric density",
                              "Store, thaw and discard milk according to time limits",
                              "Respond to and report a misadministration"],
        "competency_framework": "Canadian Association of Neonatal Nurses standards",
        "summative_assessment": "Observed preparation of three fortified feeds with barcode checks, scored with a checklist",
        "partner_name": "Lakeshore Women's and Children's NICU",
        "partner_contact": "Gráinne Oyelowo-Marsh, goyelowo-marsh@example.com",
        "endorsement_status": "confirmed",
        "education_plan_alignment": "Education Plan: patient safety and interprofessional learning",
        "delivery_format": "in_person",
        "estimated_hours": 4,
        "proposed_start": "March 2027",
        "expected_enrolment": 45,
        "submission_date": "2026-11-25",
    }
    doc = Document()
    hf(doc, "MICHENER CE  |  CONCEPT FORM", "Page 1")
    doc.add_heading("Micro-Course / Credential Concept Form", 1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"

    def row(label, value):
        c = t.add_row().cells
        set_cell_text(c[0], label, bold=True)
        shade_cell(c[0], "F2F2F2")
        set_cell_text(c[1], value, font="Arial", color="1F4E79")
        return c

    row("Proposed Title", F["proposal_title"])
    row("Type of Request", "\n".join(("☑ " if c == F["request_type"] else "☐ ") + w for c, w in OPTS["request_type"]))
    row("Existing Program Name", "")
    for k in ["proposer_name", "proposer_title", "proposer_department", "proposer_email", "proposer_phone",
              "target_learners", "rationale", "competencies"]:
        row(LABELS[k].replace(" [R1]", ""), F[k])
    c = t.add_row().cells
    set_cell_text(c[0], "Learning Outcomes", bold=True)
    shade_cell(c[0], "F2F2F2")
    c[1].text = "By the end of the course learners will be able to:"
    inner = c[1].add_table(rows=0, cols=2)
    inner.style = "Table Grid"
    for i, o in enumerate(F["learning_outcomes"]):
        ic = inner.add_row().cells
        ic[0].text = f"LO{i + 1}"
        set_cell_text(ic[1], o, font="Arial", color="1F4E79")
    for k in ["competency_framework", "summative_assessment", "partner_name", "partner_contact"]:
        row(LABELS[k].replace(" [R2]", "").replace(" [R3]", ""), F[k])
    row("Endorsement Status", "\n".join(("☑ " if c == F["endorsement_status"] else "☐ ") + w
                                        for c, w in OPTS["endorsement_status"]))
    row("Alignment with Michener's Education Plan", F["education_plan_alignment"])
    row("Delivery Format", "   ".join(("☑ " if c == F["delivery_format"] else "☐ ") + w for c, w in OPTS["delivery_format"]))
    row("Estimated Hours", "4 h (half day)")
    row("Proposed Start", F["proposed_start"])
    row("Expected Enrolment per Year", "45")
    row("Resources Required", "—")
    row("Date Submitted", "25/11/2026")
    doc.save(OUT / name)
    record(H, name, "1", "en", "python-docx table with a nested outcomes table, ☑ marks", F,
           "Official-style table form with labels WITHOUT colons and without [R] markers, shaded label cells, "
           "answers in blue Arial; choices marked with '☑' (U+2611, BALLOT BOX WITH CHECK) instead of ☒; the "
           "learning outcomes are a NESTED TABLE inside the answer cell (a lead-in line, then rows 'LO1 | outcome' "
           "... 'LO4 | outcome'; 'LO1' are row numbers, not text of the outcome); resources '—' (absent); '4 h "
           "(half day)' -> 4; date '25/11/2026'.",
           checks=["☑ Micro-course", "☑ Confirmed, letter to follow", "☑ In person", "4 h (half day)", "25/11/2026"])


# ---------------------------------------------------------------- H03 French legacy FORMTEXT + FORMDROPDOWN
def formdropdown_xml(name: str, entries: list[str], index: int) -> str:
    le = "".join(f'<w:listEntry w:val="{e}"/>' for e in entries)
    return (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/><w:ddList><w:result w:val="{index}"/>{le}</w:ddList></w:ffData></w:fldChar></w:r>'
            '<w:r><w:instrText xml:space="preserve"> FORMDROPDOWN </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')


def h03():
    name = "Formulaire concept (champs Word) - Dépistage du risque suicidaire à l'urgence - S Kaboré-Lindgren"
    F = {
        "proposal_title": "Dépistage du risque suicidaire à l’urgence : outils et conversations",
        "request_type": "new",
        "proposer_name": "Solène Kaboré-Lindgren",
        "proposer_title": "Conseillère en soins infirmiers, santé mentale",
        "proposer_department": "Urgence, Hôpital régional de Val-Morin",
        "proposer_email": "skabore-lindgren@example.org",
        "proposer_phone": "819-555-0129",
        "target_learners": "Infirmières et infirmiers de triage et du secteur ambulatoire de l’urgence",
        "rationale": "Le dépistage systématique est exigé depuis 2026, mais la moitié du personnel dit ne pas savoir comment poser les questions ni quoi faire d’un dépistage positif.",
        "competencies": "Utilisation d’un outil de dépistage validé; communication directe et sans jugement; plan de sécurité; orientation",
        "learning_outcomes": ["Administrer l’outil de dépistage à chaque patient visé",
                              "Poser les questions sur le suicide de façon directe et respectueuse",
                              "Élaborer un plan de sécurité de base avec le patient",
                              "Orienter vers l’équipe de crise selon le niveau de risque"],
        "summative_assessment": "Jeu de rôle filmé évalué avec une grille (réussite à 75 %) et questionnaire de 20 questions",
        "partner_name": "Réseau québécois de prévention en urgence",
        "partner_contact": "Mathis Ouellet-Adjei, mouellet-adjei@example.org",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "S’inscrit dans la priorité « santé mentale et pratique centrée sur la personne » du Plan d’éducation",
        "delivery_format": "online",
        "estimated_hours": 5,
        "proposed_start": "printemps 2027",
        "expected_enrolment": 250,
        "submission_date": "2026-11-24",
    }
    doc = Document()
    hf(doc, "Formation continue – Formulaire de concept (formulaire protégé)", "FC-FC-FR v2")
    doc.add_heading("Formulaire de concept – microcours / microcertificat", 1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    n = [0]

    def row(label, value=None, dd=None):
        c = t.add_row().cells
        set_cell_text(c[0], label, bold=True)
        c[1].text = ""
        n[0] += 1
        if dd:
            key = dd
            entries = [w for _, w in OPTS_FR[key]]
            idx = [cd for cd, _ in OPTS_FR[key]].index(F[key])
            append_runs(c[1].paragraphs[0], formdropdown_xml(f"ListeDeroulante{n[0]}", entries, idx))
        else:
            append_runs(c[1].paragraphs[0], formtext_xml(f"Texte{n[0]}", value, rpr(font="Calibri")))

    row("Titre proposé :", F["proposal_title"])
    row("Type de demande :", dd="request_type")
    row("Programme existant :", "     ")
    row("Nom :", F["proposer_name"])
    row("Fonction :", F["proposer_title"])
    row("Service / programme :", F["proposer_department"])
    row("Courriel :", F["proposer_email"])
    row("Téléphone :", F["proposer_phone"])
    row("Apprenants visés :", F["target_learners"])
    row("Justification :", F["rationale"])
    row("Compétences visées [R1] :", F["competencies"])
    row("Résultats d’apprentissage [R1] :", "\n".join(outcomes_lines(F["learning_outcomes"], "a)")))
    row("Cadre de compétences :", "     ")
    row("Évaluation sommative [R2] :", F["summative_assessment"])
    row("Partenaire [R3] :", F["partner_name"])
    row("Personne-ressource :", F["partner_contact"])
    row("Statut de l’appui [R3] :", dd="endorsement_status")
    row("Alignement avec le Plan d’éducation [R4] :", F["education_plan_alignment"])
    row("Mode de prestation :", dd="delivery_format")
    row("Durée (heures) :", "5 h")
    row("Début prévu :", F["proposed_start"])
    row("Apprenants par année :", "250 et plus")
    row("Ressources requises :", "     ")
    row("Date :", "24/11/2026")
    doc.save(OUT / (name + ".docx"))
    record(H, name + ".docx", "1", "fr", "python-docx table + raw legacy FORMTEXT and FORMDROPDOWN fields", F,
           "French official-style table form filled with Word's LEGACY FORM FIELDS: text answers are FORMTEXT "
           "results; the three choices are legacy DROP-DOWN form fields (FORMDROPDOWN): ffData/ddList holds the "
           "option words as w:listEntry values and the chosen one only as the index w:result (0-based) - no "
           "run text at all in document.xml for these answers (request type index 0 = 'Nouveau microcertificat' = "
           "new; endorsement index 0 = 'Lettre d’appui jointe' = letter_attached; format index 0 = 'En ligne' = "
           "online). Labels end with ' :' (French spacing); empty fields hold only spaces; outcomes 'a)' lines "
           "with w:br; '5 h' -> 5; '250 et plus' -> 250; date '24/11/2026'.",
           checks=["5 h", "250 et plus", "24/11/2026", "FORMDROPDOWN"])


# ---------------------------------------------------------------- H04 content controls bound to a custom XML part
def h04():
    name = "POC HbA1c in community pharmacy - concept form (bound controls).docx"
    F = {
        "proposal_title": "Point-of-Care HbA1c Testing in Community Pharmacy",
        "request_type": "micro_course",
        "proposer_name": "Anwen Dalgaard-Osei",
        "proposer_title": "Pharmacist and Clinical Services Lead",
        "proposer_department": "Riverbend Pharmacy Group",
        "proposer_email": "adalgaard-osei@example.com",
        "proposer_phone": "519-555-0115",
        "target_learners": "Pharmacists and pharmacy technicians offering diabetes screening in community pharmacies",
        "rationale": "Pharmacies in the province may now bill for HbA1c screening, but analyser QC and result counselling are not taught in entry-to-practice programs.",
        "competencies": "Capillary sampling; analyser QC; interpreting HbA1c against diagnostic thresholds; referral",
        "learning_outcomes": ["Collect a capillary sample that meets analyser requirements",
                              "Run and record analyser quality control",
                              "Explain a result to the client and refer when thresholds are met"],
        "summative_assessment": "Observed test on a volunteer with QC review, and a counselling role-play scored with a rubric",
        "partner_name": "Riverbend Pharmacy Group",
        "partner_contact": "Olumide Vasquez-Thorne",
        "endorsement_status": "confirmed",
        "education_plan_alignment": "Education Plan: expanding scope-of-practice education for community providers",
        "delivery_format": "hybrid",
        "estimated_hours": 6,
        "proposed_start": "Summer 2027",
        "expected_enrolment": 80,
        "submission_date": "2026-11-21",
    }
    shown = {"request_type": "Micro-course", "endorsement_status": "Confirmed, letter to follow",
             "delivery_format": "Hybrid", "estimated_hours": "6", "expected_enrolment": "80",
             "submission_date": "21 November 2026",
             "learning_outcomes": "\n".join(outcomes_lines(F["learning_outcomes"], "•"))}
    ns = "urn:example:michener:ce:concept-form"
    doc = Document()
    hf(doc, "Michener CE", "concept form – bound controls edition")
    doc.add_heading("Micro-Course / Credential Concept Form", 1)
    # custom XML data store part holding the values the controls are bound to
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from xml.sax.saxutils import escape
    items = "".join(f"<{k}>{escape(str(shown.get(k, F.get(k, ''))))}</{k}>" for k in
                    ["proposal_title", "request_type", "proposer_name", "proposer_title", "proposer_department",
                     "proposer_email", "proposer_phone", "target_learners", "rationale", "competencies",
                     "learning_outcomes", "summative_assessment", "partner_name", "partner_contact",
                     "endorsement_status", "education_plan_alignment", "delivery_format", "estimated_hours",
                     "proposed_start", "expected_enrolment", "submission_date"])
    xml = f'<?xml version="1.0" encoding="UTF-8"?><conceptForm xmlns="{ns}">{items}</conceptForm>'
    part = Part(PackURI("/customXml/item5.xml"), "application/xml", xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml")
    for k in ["proposal_title", "request_type", "existing_program_name", "proposer_name", "proposer_title",
              "proposer_department", "proposer_email", "proposer_phone", "target_learners", "rationale",
              "competencies", "learning_outcomes", "competency_framework", "summative_assessment", "partner_name",
              "partner_contact", "endorsement_status", "education_plan_alignment", "delivery_format",
              "estimated_hours", "proposed_start", "expected_enrolment", "resources_required", "submission_date"]:
        p = doc.add_paragraph()
        r = p.add_run(LABELS[k] + ": ")
        r.bold = True
        if k in F:
            val = str(shown.get(k, F[k]))
            extra = f'<w:dataBinding w:prefixMappings="xmlns:cf=\'{ns}\'" w:xpath="/cf:conceptForm[1]/cf:{k}[1]"/>'
            if k in OPTS:
                extra += dropdown_pr(OPTS[k])
            if k == "learning_outcomes":
                extra += '<w:text w:multiLine="1"/>'
            append_runs(p, sdt_run_xml(k, LABELS[k], run_xml(val, rpr(color="2F5496")), extra))
        else:
            append_runs(p, sdt_run_xml(k, LABELS[k], run_xml("Click or tap here to enter text.", rpr(color="808080")),
                                       placeholder=True))
    doc.save(OUT / name)
    record(H, name, "2", "en", "python-docx + raw w:sdt with w:dataBinding to a customXml part", F,
           "Content controls tagged with the keys in a paragraph layout ('Label: ' bold run, then the control), "
           "each BOUND (w:dataBinding, xpath /cf:conceptForm/cf:<key>) to a custom XML data part "
           "customXml/item5.xml that holds the same values; the document shows the cached values. Drop-downs for "
           "the three choices (display words, codes as w:value); the outcomes control is a multi-line plain-text "
           "control with '• ' lines separated by w:br; unfilled controls (existing program, framework, resources) "
           "show the placeholder (= empty); date '21 November 2026'.",
           checks=["Micro-course", "Confirmed, letter to follow", "Hybrid", "21 November 2026"])


# ---------------------------------------------------------------- H05 tagged controls, numbered list, placeholders, incomplete
def h05():
    name = "Concept form (content controls) - Outbreak management in LTC - draft 2.docx"
    F = {
        "proposal_title": "Outbreak Management in Long-Term Care: The First 72 Hours",
        "request_type": "existing_program",
        "existing_program_name": "Infection Prevention and Control Fundamentals (CE certificate)",
        "proposer_name": "Mirela Okwuosa-Lindberg",
        "proposer_title": "IPAC Lead",
        "proposer_department": "Infection Prevention and Control, Sunnyvale Care Communities",
        "proposer_email": "mokwuosa-lindberg@example.org",
        "proposer_phone": "705-555-0166",
        "target_learners": "IPAC leads, directors of care and charge nurses in long-term care homes",
        "rationale": "Homes that declared outbreaks early had half the attack rate of those that waited; new IPAC leads are often appointed without outbreak training.",
        "learning_outcomes": ["Recognise a suspected outbreak from surveillance data",
                              "Implement initial control measures within 24 hours",
                              "Communicate with public health, staff and families",
                              "Declare an outbreak over and debrief"],
        "partner_name": "Sunnyvale Care Communities",
        "endorsement_status": "in_discussion",
        "education_plan_alignment": "Education Plan goal of stackable credentials and support for the long-term care sector",
        "delivery_format": "online",
        "estimated_hours": 8,
        "proposed_start": "TBD – fall 2027",
        "submission_date": "2026-11-22",
    }
    doc = Document()
    hf(doc, "CE Concept Form", "")
    doc.add_heading("Micro-Course / Credential Concept Form", 1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"

    def row(k, inner, extra="", ph=False):
        c = t.add_row().cells
        set_cell_text(c[0], LABELS[k], bold=True)
        c[1].text = ""
        append_runs(c[1].paragraphs[0], sdt_run_xml(k, LABELS[k], inner, extra, ph))

    PH = run_xml("Click or tap here to enter text.", rpr(color="808080"))
    for k in LABELS:
        if k == "learning_outcomes":
            # block-level rich text control holding Word-numbered paragraphs
            c = t.add_row().cells
            set_cell_text(c[0], LABELS[k], bold=True)
            tc = c[1]._tc
            for p in list(tc.iterchildren("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p")):
                tc.remove(p)
            paras = "".join(f'<w:p><w:pPr><w:pStyle w:val="ListNumber"/></w:pPr>{run_xml(o)}</w:p>'
                            for o in F[k])
            tc.append(parse_xml(f'<w:sdt {W}><w:sdtPr><w:alias w:val="{LABELS[k]}"/><w:tag w:val="{k}"/>'
                                f'<w:id w:val="{nid()}"/></w:sdtPr><w:sdtContent>{paras}</w:sdtContent></w:sdt>'))
        elif k in OPTS:
            word = dict(OPTS[k])[F[k]]
            row(k, run_xml(word), dropdown_pr(OPTS[k]))
        elif k == "estimated_hours":
            row(k, run_xml("8 hours (self-paced)"))
        elif k == "submission_date":
            row(k, run_xml("22 November 2026"),
                '<w:date w:fullDate="2026-11-22T00:00:00Z"><w:dateFormat w:val="d MMMM yyyy"/><w:lid w:val="en-CA"/>'
                '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')
        elif k == "rationale":
            row(k, run_xml("Homes that declared outbreaks early had half the attack rate of those that waited; ")
                + del_xml("most homes wait too long; ", author="M. Okwuosa-Lindberg")
                + ins_xml("new IPAC leads are often appointed without outbreak training.", author="M. Okwuosa-Lindberg"))
        elif k in F:
            row(k, run_xml(str(F[k])))
        else:
            row(k, PH, ph=True)
    # the enrolment field says TBD (not a number)
    c = t.rows[[i for i, r in enumerate(t.rows) if r.cells[0].text == LABELS["expected_enrolment"]][0]].cells
    c[1].text = ""
    append_runs(c[1].paragraphs[0], sdt_run_xml("expected_enrolment", LABELS["expected_enrolment"], run_xml("TBD")))
    doc.save(OUT / name)
    record(H, name, "2", "en", "python-docx + raw w:sdt (tagged, in cells) + block-level control with ListNumber paragraphs + w:ins/w:del", F,
           "Incomplete: the competencies and summative-assessment controls still show the placeholder, so both "
           "are missing (framework, partner contact and resources too, = empty). Content controls tagged with the "
           "keys in the answer cells; the outcomes are ONE BLOCK-LEVEL control that holds four 'List Number' "
           "paragraphs (the numbers come from the style, not the text); the rationale has a tracked deletion and "
           "insertion (expected: changes accepted); drop-downs show the option words; 'TBD' in the enrolment "
           "control is not a number (absent); 'TBD – fall 2027' as start is kept as written; '8 hours "
           "(self-paced)' -> 8; date picker 'd MMMM yyyy' showing '22 November 2026'.",
           checks=["Convert an existing program", "In discussion", "Online", "8 hours (self-paced)", "22 November 2026"])


# ---------------------------------------------------------------- H06 fillable PDF: Spanish widget names, combo box
def h06():
    from reportlab.pdfgen import canvas
    name = "Formulario_concepto_ortesis_escaneo3D.pdf"
    F = {
        "proposal_title": "3D Scanning and Digital Design of Custom Foot Orthoses",
        "request_type": "new",
        "proposer_name": "Catalina Ruiz-Halvorsen",
        "proposer_title": "Certified Orthotist",
        "proposer_department": "Orthotics Lab, Westbrook Rehabilitation Hospital",
        "proposer_email": "cruiz-halvorsen@example.org",
        "proposer_phone": "416-555-0191",
        "target_learners": "Orthotic technicians and orthotists who still cast feet in plaster",
        "rationale": "Plaster casting is being replaced by 3D scanning and CAD, but technicians have no structured way to learn the digital workflow.",
        "competencies": "Foot scanning technique; scan clean-up; CAD modification; file preparation for milling or printing",
        "learning_outcomes": ["Capture a weight-bearing and non-weight-bearing foot scan",
                              "Clean and modify a scan in CAD software",
                              "Prepare a file for milling or 3D printing"],
        "summative_assessment": "Produce one orthosis design from scan to printable file, assessed against a rubric by two orthotists",
        "partner_name": "Westbrook Rehabilitation Hospital",
        "partner_contact": "Dmitri Okafor-Lund, dokafor-lund@example.org",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "Education Plan priority on digital health and emerging technology",
        "delivery_format": "hybrid",
        "estimated_hours": 20,
        "proposed_start": "Winter 2028",
        "expected_enrolment": 12,
        "resources_required": "Two 3D foot scanners and CAD licences for the lab days",
        "submission_date": "2026-11-26",
    }
    c = canvas.Canvas(str(OUT / name), pagesize=(612, 792))
    from reportlab.lib.colors import black, white, HexColor
    spec = [
        ("Proposed Title", "text", "Titulo", F["proposal_title"], 16),
        ("Existing Program Name (if any)", "text", "ProgramaExistente", "", 16),
        ("Name of Proposer", "text", "Nombre", F["proposer_name"], 16),
        ("Position / Title", "text", "Cargo", F["proposer_title"], 16),
        ("Department / Program", "text", "Departamento", F["proposer_department"], 16),
        ("Email", "text", "Correo", F["proposer_email"], 16),
        ("Phone", "text", "Telefono", F["proposer_phone"], 16),
        ("Target Learners", "text", "Destinatarios", F["target_learners"], 16),
        ("Rationale / Need", "text", "Justificacion", F["rationale"], 28),
        ("Competencies [R1]", "text", "Competencias", F["competencies"], 28),
        ("Learning Outcomes [R1]", "text", "Resultados", lo_text(F["learning_outcomes"], "1."), 40),
        ("Summative Assessment [R2]", "text", "Evaluacion", F["summative_assessment"], 28),
        ("Industry / Employment Partner [R3]", "text", "Socio", F["partner_name"], 16),
        ("Partner Contact", "text", "ContactoSocio", F["partner_contact"], 16),
        ("Education Plan Alignment [R4]", "text", "PlanEducativo", F["education_plan_alignment"], 16),
        ("Estimated Hours", "text", "Horas", "20", 16),
        ("Proposed Start", "text", "Inicio", F["proposed_start"], 16),
        ("Expected Enrolment per Year", "text", "Inscripcion", "12", 16),
        ("Resources Required", "text", "Recursos", F["resources_required"], 16),
        ("Date", "text", "Fecha", "26-11-2026", 16),
    ]
    y = acro_page(c, spec, "Micro-Course / Credential Concept Form", top=760, label_w=180, width=370)
    # combo boxes (choice fields) for the three choices, at the foot of the page
    combos = [("Type of Request", "TipoSolicitud", ["New micro-credential", "Convert an existing program", "Micro-course"],
               "New micro-credential"),
              ("Endorsement Status [R3]", "EstadoAval", ["Letter of support attached", "Confirmed, letter to follow",
                                                         "In discussion", "None yet"], "Letter of support attached"),
              ("Delivery Format", "Modalidad", ["Online", "In person", "Hybrid"], "Hybrid")]
    for label, nm, opts, val in combos:
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(40, y - 10, label)
        c.acroForm.choice(name=nm, value=val, options=opts, x=220, y=y - 16, width=220, height=16,
                          fieldFlags="combo", fontName="Helvetica", fontSize=9, borderWidth=0.5,
                          fillColor=HexColor("#EEF3FB"), borderColor=HexColor("#888888"), textColor=black)
        y -= 24
    c.save()
    record(H, name, "3", "en", "reportlab AcroForm, Spanish widget names, combo boxes (choice fields)", F,
           "Fillable PDF (reportlab AcroForm, Letter) with English labels drawn on the page but SPANISH widget names "
           "(Titulo, Nombre, Cargo, Departamento, Correo, Telefono, Destinatarios, Justificacion, Competencias, "
           "Resultados, Evaluacion, Socio, ContactoSocio, PlanEducativo, Horas, Inicio, Inscripcion, Recursos, "
           "Fecha); the three choices are COMBO BOXES (/Ch fields) placed at the foot of the page, after the date "
           "(TipoSolicitud = 'New micro-credential', EstadoAval = 'Letter of support attached', Modalidad = "
           "'Hybrid'); outcomes '1.' lines in one multi-line field; date '26-11-2026' (dd-mm).",
           checks=["New micro-credential", "Letter of support attached", "Hybrid", "26-11-2026"])


# ---------------------------------------------------------------- H07 fillable PDF with LiveCycle-like hierarchical names, 2 pages
def h07():
    from reportlab.pdfgen import canvas
    name = "GCP for research coordinators - concept form (fillable, v2).pdf"
    F = {
        "proposal_title": "Good Clinical Practice for Clinical Research Coordinators",
        "request_type": "micro_course",
        "proposer_name": "Henrik Adjaye-Solberg",
        "proposer_title": "Research Operations Manager",
        "proposer_department": "Clinical Research Office, Ashgrove University Hospital",
        "proposer_email": "hadjaye-solberg@example.com",
        "proposer_phone": "613-555-0104",
        "target_learners": "New clinical research coordinators and research nurses",
        "rationale": "Sponsors require documented GCP training, and monitoring visits keep finding consent and source-documentation deviations.",
        "competencies": "Informed consent process; source documentation; adverse event reporting; investigational product accountability",
        "learning_outcomes": ["Conduct and document an informed consent discussion",
                              "Maintain source documents that meet ALCOA+ principles",
                              "Report serious adverse events within required timelines",
                              "Reconcile investigational product records"],
        "competency_framework": "Joint Task Force for Clinical Trial Competency framework",
        "summative_assessment": "Case-based online exam (pass 80 %) and a mock monitoring visit of a prepared study file",
        "partner_name": "Ashgrove University Hospital Clinical Research Office",
        "partner_contact": "Leticia Mwangi-Forde, lmwangi-forde@example.com",
        "endorsement_status": "confirmed",
        "education_plan_alignment": "Education Plan: research literacy across the health professions",
        "delivery_format": "online",
        "estimated_hours": 10,
        "proposed_start": "Fall 2027",
        "expected_enrolment": 100,
        "submission_date": "2026-11-27",
    }
    p1 = "form1[0].#subform[0]."
    p2 = "form1[0].#subform[1]."
    spec1 = [
        ("Proposed Title", "text", p1 + "TextField1[0]", F["proposal_title"], 16),
        ("Type of Request", "radio", p1 + "RadioButtonList[0]", [("1", "New micro-credential", False),
                                                                ("2", "Convert an existing program", False),
                                                                ("3", "Micro-course", True)], 16),
        ("Existing Program Name", "text", p1 + "TextField2[0]", "", 16),
        ("Name of Proposer", "text", p1 + "TextField3[0]", F["proposer_name"], 16),
        ("Position / Title", "text", p1 + "TextField4[0]", F["proposer_title"], 16),
        ("Department / Program", "text", p1 + "TextField5[0]", F["proposer_department"], 16),
        ("Email", "text", p1 + "TextField6[0]", F["proposer_email"], 16),
        ("Phone / Extension", "text", p1 + "TextField7[0]", F["proposer_phone"], 16),
        ("Target Learners", "text", p1 + "TextField8[0]", F["target_learners"], 16),
        ("Rationale / Need", "text", p1 + "TextField9[0]", F["rationale"], 40),
        ("Competencies / Skills Targeted [R1]", "text", p1 + "TextField10[0]", F["competencies"], 40),
        ("Learning Outcomes [R1]", "text", p1 + "TextField11[0]", lo_text(F["learning_outcomes"], "1)"), 56),
    ]
    spec2 = [
        ("Competency Framework Alignment", "text", p2 + "TextField12[0]", F["competency_framework"], 16),
        ("Summative Assessment [R2]", "text", p2 + "TextField13[0]", F["summative_assessment"], 40),
        ("Industry / Employment Partner [R3]", "text", p2 + "TextField14[0]", F["partner_name"], 16),
        ("Partner Contact Name and Email", "text", p2 + "TextField15[0]", F["partner_contact"], 16),
        ("Endorsement Status [R3]", "radio", p2 + "RadioButtonList[1]", [("1", "Letter attached", False),
                                                                        ("2", "Confirmed", True),
                                                                        ("3", "In discussion", False),
                                                                        ("4", "None", False)], 16),
        ("Alignment with Michener's Education Plan [R4]", "text", p2 + "TextField16[0]", F["education_plan_alignment"], 28),
        ("Delivery Format", "radio", p2 + "RadioButtonList[2]", [("1", "Online", True), ("2", "In person", False),
                                                                ("3", "Hybrid", False)], 16),
        ("Estimated Hours", "text", p2 + "NumericField1[0]", "10", 16),
        ("Proposed Start", "text", p2 + "TextField17[0]", F["proposed_start"], 16),
        ("Expected Enrolment per Year", "text", p2 + "NumericField2[0]", "100", 16),
        ("Resources Required", "text", p2 + "TextField18[0]", "", 16),
        ("Date Submitted", "text", p2 + "DateTimeField1[0]", "2026-11-27", 16),
    ]
    c = canvas.Canvas(str(OUT / name), pagesize=(612, 792))
    acro_page(c, spec1, "Micro-Course / Credential Concept Form (page 1 of 2)", top=760, label_w=200, width=360)
    c.showPage()
    acro_page(c, spec2, "Micro-Course / Credential Concept Form (page 2 of 2)", top=760, label_w=200, width=360)
    c.save()
    record(H, name, "3", "en", "reportlab AcroForm with LiveCycle-style names (form1[0].#subform[0].TextField1[0]), radio lists exporting 1-4", F,
           "Two-page fillable PDF whose field names imitate an Adobe LiveCycle/Designer export: "
           "'form1[0].#subform[0].TextField1[0]' ... 'TextField18[0]', 'NumericField1[0]', 'DateTimeField1[0]' - "
           "the names say nothing about the content, only the labels drawn on the page do; the three choices are "
           "radio groups 'RadioButtonList[0..2]' exporting '1'..'4' (request type 3 = Micro-course; endorsement 2 "
           "= Confirmed; format 1 = Online). The form breaks after the outcomes: page 2 starts with the framework. "
           "Outcomes '1)' lines; date ISO.",
           checks=["2026-11-27", "Micro-course", "Confirmed", "Online"])


# ---------------------------------------------------------------- H08 fillable PDF, broken email -> manual review
def h08():
    from reportlab.pdfgen import canvas
    name = "Tele-ICU monitoring concept form - fillable.pdf"
    F = {
        "proposal_title": "Tele-ICU Virtual Monitoring for Critical Care Nurses",
        "request_type": "new",
        "proposer_name": "Josefina Mbeki-Carlsson",
        "proposer_title": "Manager, Virtual Critical Care",
        "proposer_department": "Critical Care Outreach, Ridgeway Health",
        "proposer_phone": "905-555-0137",
        "target_learners": "Experienced ICU nurses moving into tele-ICU hub roles",
        "rationale": "Our tele-ICU hub now covers six rural ICUs and nurses start there without training in virtual assessment or escalation.",
        "competencies": "Virtual patient assessment; alert triage; escalation and closed-loop communication with bedside teams",
        "learning_outcomes": ["Assess a patient through camera, monitor and EHR data",
                              "Prioritise smart alerts across several ICUs",
                              "Escalate and close the loop with the bedside team"],
        "summative_assessment": "Simulated hub shift with scripted deteriorations, assessed with a global rating scale",
        "partner_name": "Ridgeway Health Virtual Care",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "Education Plan priority on virtual care and rural access",
        "delivery_format": "online",
        "estimated_hours": 15,
        "proposed_start": "Spring 2027",
        "expected_enrolment": 30,
        "submission_date": "2026-11-20",
    }
    spec = [
        ("Proposed Title", "text", "CheckBox_Title", F["proposal_title"], 16),
        ("Type of Request", "check", None, [("CheckBox_1", "New micro-credential", True),
                                           ("CheckBox_2", "Convert an existing program", False),
                                           ("CheckBox_3", "Micro-course", False)], 16),
        ("Name of Proposer", "text", "Text_Name", F["proposer_name"], 16),
        ("Position / Title", "text", "Text_Pos", F["proposer_title"], 16),
        ("Department / Program", "text", "Text_Dept", F["proposer_department"], 16),
        ("Email", "text", "Text_Email", "jmbeki-carlsson@", 16),
        ("Phone", "text", "Text_Phone", F["proposer_phone"], 16),
        ("Target Learners", "text", "Text_Learners", F["target_learners"], 16),
        ("Rationale / Need", "text", "Text_Need", F["rationale"], 28),
        ("Competencies [R1]", "text", "Text_Comp", F["competencies"], 28),
        ("Learning Outcomes [R1]", "text", "Text_LO", lo_text(F["learning_outcomes"], "-"), 40),
        ("Summative Assessment [R2]", "text", "Text_Assess", F["summative_assessment"], 16),
        ("Industry / Employment Partner [R3]", "text", "Text_Partner", F["partner_name"], 16),
        ("Endorsement Status [R3]", "check", None, [("CheckBox_4", "Letter attached", True),
                                                   ("CheckBox_5", "Confirmed", False),
                                                   ("CheckBox_6", "In discussion", False),
                                                   ("CheckBox_7", "None", False)], 16),
        ("Education Plan Alignment [R4]", "text", "Text_Plan", F["education_plan_alignment"], 16),
        ("Delivery Format", "check", None, [("CheckBox_8", "Online", True), ("CheckBox_9", "In person", False),
                                           ("CheckBox_10", "Hybrid", False)], 16),
        ("Estimated Hours", "text", "Text_Hours", "15", 16),
        ("Proposed Start", "text", "Text_Start", F["proposed_start"], 16),
        ("Expected Enrolment per Year", "text", "Text_Enrol", "30", 16),
        ("Date", "text", "Text_Date", "20 Nov 2026", 16),
    ]
    c = canvas.Canvas(str(OUT / name), pagesize=(612, 792))
    acro_page(c, spec, "Micro-Course / Credential Concept Form", top=760, label_w=180, width=370)
    c.save()
    record(H, name, "3", "en", "reportlab AcroForm (CheckBox_n / Text_x names; the title field misnamed CheckBox_Title)", F,
           "NEEDS MANUAL REVIEW - unusable email: the Email field holds 'jmbeki-carlsson@' (no domain - the "
           "applicant's autocomplete cut it off). It is not an email address, so CE cannot use it without asking or "
           "checking the sending address. DECISION: proposer_email is absent and listed in missing_required; "
           "needs_manual_review is true. Otherwise a fillable PDF whose names mislead: the TITLE text field is named "
           "'CheckBox_Title', check boxes are 'CheckBox_1' ... 'CheckBox_10' (export value /Yes), text fields "
           "'Text_*'; outcomes '- ' lines; no partner contact, no resources, no existing program; date '20 Nov 2026'.",
           manual=True, checks=["jmbeki-carlsson@", "20 Nov 2026", "New micro-credential", "Letter attached", "Online"])
