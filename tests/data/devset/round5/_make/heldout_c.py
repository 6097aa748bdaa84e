"""Round 5, held-out half, part C: official forms (shapes 1-3) and scans (shape 6)."""
from lib import *
from forms import *

OUT = ROOT / "heldout"
OUT.mkdir(exist_ok=True)


def set_grid(t, widths):
    """Set the table grid and every cell's width (summing spanned columns) in twips."""
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    tw = [int(w * 1440) for w in widths]
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), tw):
        gc.set(qn("w:w"), str(w))
    for tr in t._tbl.findall(qn("w:tr")):
        col = 0
        for tc in tr.findall(qn("w:tc")):
            pr = tc.get_or_add_tcPr()
            span = pr.find(qn("w:gridSpan"))
            n = int(span.get(qn("w:val"))) if span is not None else 1
            w = pr.find(qn("w:tcW"))
            if w is None:
                w = OxmlElement("w:tcW"); pr.insert(0, w)
            w.set(qn("w:w"), str(sum(tw[col:col + n]))); w.set(qn("w:type"), "dxa")
            col += n


def _shade(cell, color):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{color}"/>'))


# ------------------------------------------------------------------ H17 python-docx table: vMerge group label, page break inside an answer (incomplete)
def h17():
    F = {
        "proposal_title": "Cast Application and Removal for Orthopaedic Technologists",
        "proposer_name": "Ruairi Okonjo-Pettersen",
        "proposer_title": "Senior Orthopaedic Technologist",
        "proposer_department": "Fracture Clinic, St. Aldric's Hospital",
        "proposer_email": "r.okonjo-pettersen@example.org",
        "proposer_phone": "416-555-0122",
        "request_type": "existing_program",
        "existing_program_name": "Orthopaedic Technology Certificate, Level 1",
        "target_learners": "Orthopaedic technologists, fracture-clinic nurses and emergency department staff who apply and remove casts",
        "rationale": "Cast complications (pressure sores, saw burns, loss of reduction) account for a quarter of fracture-clinic incident reports. Most were in casts applied outside the clinic by staff with no formal casting training. The Level 1 certificate covers casting, but only as part of a 120-hour program that emergency staff cannot take; a stand-alone credential would reach them.",
        "competencies": "Padding and moulding plaster and fibreglass casts; three-point fixation; safe cast-saw technique; recognising compartment syndrome and pressure areas",
        "learning_outcomes": [
            "Apply below-elbow, above-elbow, below-knee and scaphoid casts to standard",
            "Mould a cast to maintain fracture reduction using three-point fixation",
            "Remove and bivalve a cast safely with an oscillating saw",
            "Recognise and act on signs of compartment syndrome and pressure injury"],
        "summative_assessment": "Practical examination: apply and remove two casts on a model, graded with a 20-item checklist by two assessors",
        "endorsement_status": "none",
        "education_plan_alignment": "Turns part of an existing certificate into a stackable micro-credential, as the Education Plan encourages.",
        "delivery_format": "in_person",
        "estimated_hours": 14,
        "proposed_start": "November 2027",
        "expected_enrolment": 48,
        "resources_required": "Casting room with two saws; plaster and fibreglass supplies (about $40 per learner)",
        "submission_date": "2026-11-25",
    }
    o = F["learning_outcomes"]
    import docx
    from docx.shared import Pt, RGBColor, Inches
    from docx.enum.text import WD_BREAK
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"; d.styles["Normal"].font.size = Pt(9.5)
    d.sections[0].header.paragraphs[0].text = "St. Aldric's Hospital – Fracture Clinic"
    d.add_heading("Micro-Course / Credential Concept Form", level=1)
    t = d.add_table(rows=0, cols=3); t.style = "Table Grid"

    def ans(cell, text, page_break_after_para=None):
        paras = text if isinstance(text, list) else [text]
        cell.text = ""
        for i, ptxt in enumerate(paras):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            r = p.add_run(ptxt); r.font.name = "Georgia"; r.font.color.rgb = RGBColor(0x1E, 0x5E, 0x3A)
            if page_break_after_para is not None and i == page_break_after_para:
                p.add_run().add_break(WD_BREAK.PAGE)

    def row(label, text, **kw):
        cs = t.add_row().cells
        lab = cs[0].merge(cs[1]); lab.text = label; lab.paragraphs[0].runs[0].bold = True; _shade(lab, "DCE6F0")
        ans(cs[2], text, **kw)

    def band(label):
        cs = t.add_row().cells
        m = cs[0].merge(cs[2]); m.text = label; m.paragraphs[0].runs[0].bold = True; _shade(m, "C00000")
        m.paragraphs[0].runs[0].font.color.rgb = RGBColor(255, 255, 255)
    band("SECTION 1 – PROPOSER")
    row("Name of Proposer", F["proposer_name"]); row("Position / Title", F["proposer_title"])
    row("Department / Program", F["proposer_department"]); row("Email", F["proposer_email"]); row("Phone", F["proposer_phone"])
    band("SECTION 2 – PROPOSAL")
    row("Proposed Title", F["proposal_title"])
    row("Type of Request", ["☐ New micro-credential", "☒ Convert an existing program", "☐ Micro-course"])
    row("Existing Program Name", F["existing_program_name"])
    row("Target Learners", F["target_learners"])
    r1, r2, r3 = F["rationale"].split(". ", 2)
    row("Rationale / Need", [r1 + ". " + r2 + ".", r3], page_break_after_para=0)
    row("Competencies / Skills Targeted", F["competencies"])
    row("Learning Outcomes", [f"{i}. {x}" for i, x in enumerate(o, 1)])
    row("Summative Assessment", F["summative_assessment"])
    row("Industry / Employment Partner", "")
    row("Partner Contact", "")
    row("Endorsement Status", "☐ Letter attached  ☐ Confirmed  ☐ In discussion  ☒ None")
    row("Alignment with Michener's Education Plan", F["education_plan_alignment"])
    # vertically merged group label with sub-labels in the middle column
    start = len(t.rows)
    for sub, val in [("Delivery Format", "☐ Online  ☒ In person  ☐ Hybrid"), ("Estimated Hours", "14"),
                     ("Proposed Start", F["proposed_start"]), ("Expected Enrolment per Year", "48 (four cohorts of 12)"),
                     ("Resources Required", F["resources_required"])]:
        cs = t.add_row().cells
        cs[1].text = sub; cs[1].paragraphs[0].runs[0].bold = True; _shade(cs[1], "DCE6F0")
        ans(cs[2], val)
    g = t.cell(start, 0).merge(t.cell(len(t.rows) - 1, 0))
    g.text = "PRACTICAL DETAILS"; g.paragraphs[0].runs[0].bold = True; _shade(g, "DCE6F0")
    row("Date", "25 November 2026")
    set_grid(t, (1.1, 1.3, 4.6))
    out = OUT / "Concept Form - Cast application and removal - R Okonjo-Pettersen.docx"
    d.save(str(out))
    write_expected(out, 1, F, "Incomplete: the Industry / Employment Partner cell is EMPTY (and ☒ None is ticked), so partner_name is missing "
                   "(endorsement_status none is a value). Official-style table form built with python-docx on a three-column grid: label cells "
                   "merged across the first two columns (gridSpan), red section bands merged across all three, and a 'PRACTICAL DETAILS' group "
                   "label merged VERTICALLY (vMerge) over five rows whose sub-labels sit in the middle column. Answers are typed in dark-green "
                   "Georgia, labels in bold Arial; the rationale answer is two paragraphs with a hard PAGE BREAK typed at the end of the "
                   "first (w:br type=page inside the table cell - Word and LibreOffice do not break the page inside a table, so it only shows "
                   "as a break in the XML); the two paragraphs are joined with one space; existing_program with the program named; '48 (four "
                   "cohorts of 12)' -> 48; header text is page furniture; date '25 November 2026'.",
                   also=["☒ Convert an existing program", "☒ None", "☒ In person", "14", "48 (four cohorts of 12)", "25 November 2026"],
                   route="python-docx (gridSpan, vMerge group label, page break inside an answer cell, answer font)")


# ------------------------------------------------------------------ H18 reST list-table -> pandoc -> DOCX
def h18():
    F = {
        "proposal_title": "Audiometric Testing in Occupational Health",
        "proposer_name": "Henrietta Amankwah-Sorel",
        "proposer_title": "Occupational Health Nurse Specialist",
        "proposer_department": "Employee Health Services, Quarry Ridge Health",
        "proposer_email": "h.amankwah-sorel@example.com",
        "proposer_phone": "905-555-0131",
        "request_type": "existing_program",
        "existing_program_name": "Occupational Health Nursing Foundations (CE certificate), unit 6 Hearing Conservation",
        "target_learners": "Occupational health nurses and technicians who run workplace hearing conservation programs",
        "rationale": "Provincial regulations now require annual audiometric testing for noise-exposed workers in health care laundries, plants and kitchens; employers cannot find staff certified to test, and unit 6 is only available inside the full certificate.",
        "competencies": "Otoscopy; pure-tone air-conduction audiometry to standard; calibration checks; recognising standard threshold shifts; counselling and referral",
        "learning_outcomes": [
            "Perform otoscopy and identify conditions that prevent testing",
            "Conduct pure-tone air-conduction audiometry following the CSA standard",
            "Carry out daily biological calibration checks",
            "Identify a standard threshold shift and counsel and refer the worker"],
        "competency_framework": "CSA Z107.6 audiometric testing standard",
        "summative_assessment": "Practical exam testing two volunteers, with results within 5 dB of the examiner's, plus a written case on threshold shift",
        "partner_name": "Quarry Ridge Health Employee Health Services",
        "partner_contact": "Dr. Abimbola Sterling-Oakes, Medical Director",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "Stackable, regulation-driven credential for a workforce need, in line with the Education Plan.",
        "delivery_format": "hybrid",
        "estimated_hours": 12,
        "proposed_start": "April 2027",
        "expected_enrolment": 40,
        "submission_date": "2026-11-06",
    }
    o = F["learning_outcomes"]

    def cell(text):
        return "\n".join(("       " if i else "") + ln for i, ln in enumerate(text.split("\n")))
    rows = [("Proposed Title", F["proposal_title"]), ("Name of Proposer", F["proposer_name"]), ("Position / Title", F["proposer_title"]),
            ("Department / Program", F["proposer_department"]), ("Email", F["proposer_email"]), ("Phone", F["proposer_phone"]),
            ("Type of Request", "☐ New micro-credential  ☒ Convert an existing program  ☐ Micro-course"),
            ("Existing Program Name", F["existing_program_name"]), ("Target Learners", F["target_learners"]),
            ("Rationale / Need", F["rationale"]), ("Competencies / Skills Targeted", F["competencies"]),
            ("Learning Outcomes", "\n".join(f"#. {x}" for x in o)),
            ("Competency Framework Alignment", F["competency_framework"]), ("Summative Assessment", F["summative_assessment"]),
            ("Industry / Employment Partner", F["partner_name"]), ("Partner Contact", F["partner_contact"]),
            ("Letter of Support Attached? (Yes/No)", "Yes"),
            ("Alignment with Michener's Education Plan", F["education_plan_alignment"]),
            ("Delivery Format", "☐ Online  ☐ In person  ☒ Hybrid"), ("Estimated Hours", "12 h"),
            ("Proposed Start", F["proposed_start"]), ("Expected Enrolment per Year", "40"), ("Resources Required", "N/A"),
            ("Date", "6 Nov. 2026")]
    rst = "Micro-Course / Credential Concept Form\n======================================\n\n.. list-table::\n   :header-rows: 1\n   :widths: 30 70\n\n   * - Item\n     - Response\n"
    for a, b in rows:
        lines = b.split("\n")
        rst += f"   * - {a}\n     - {lines[0]}\n"
        for ln in lines[1:]:
            rst += f"       {ln}\n"
    rst = rst.replace("     - #. ", "     - #. ")
    out = OUT / "Concept form - audiometric testing (occupational health).docx"
    pandoc(rst, "rst", "docx", out)
    write_expected(out, 1, F, "Official-style two-column form written as a reStructuredText LIST-TABLE (header row 'Item / Response', widths 30/70) "
                   "and converted to DOCX by pandoc (new route: reST list-table -> pandoc -> DOCX). ☐/☒ option lines; existing_program with "
                   "the program named; outcomes as an auto-numbered reST list inside the cell; framework given; 'Letter of Support Attached? "
                   "(Yes/No): Yes' = letter_attached; '12 h' -> 12; resources 'N/A' (empty); date '6 Nov. 2026'.",
                   also=["☒ Convert an existing program", "☒ Hybrid", "12 h", "40", "6 Nov. 2026"],
                   route="reStructuredText list-table -> pandoc -> DOCX")


# ------------------------------------------------------------------ H19 French content controls in table cells (block-level sdt per cell), incomplete
def h19():
    F = {
        "proposal_title": "Prélèvements pour le dépistage des ITSS en milieu communautaire",
        "proposer_name": "Clémence Adjovi-Tremblay",
        "proposer_title": "Infirmière praticienne spécialisée",
        "proposer_department": "Clinique jeunesse, CLSC des Trois-Pignons",
        "proposer_email": "c.adjovi-tremblay@example.org",
        "proposer_phone": "418-555-0119",
        "request_type": "micro_course",
        "target_learners": "Infirmières et infirmières auxiliaires des cliniques jeunesse et des organismes communautaires",
        "competencies": "Counseling prétest; choix des prélèvements selon les sites exposés; autoprélèvement assisté; transport des échantillons; suivi des résultats",
        "learning_outcomes": [
            "Mener un counseling prétest respectueux et sans jugement",
            "Choisir et effectuer les prélèvements appropriés selon l’histoire d’exposition",
            "Guider un autoprélèvement vaginal, rectal ou pharyngé",
            "Assurer le suivi des résultats et le traitement accéléré des partenaires"],
        "summative_assessment": "Examen clinique objectif structuré (ECOS) à deux stations",
        "partner_name": "Direction régionale de santé publique des Trois-Pignons",
        "partner_contact": "Dr Samuel Ouellet-Diop",
        "endorsement_status": "in_discussion",
        "education_plan_alignment": "Accès équitable aux soins et formation continue près des milieux de pratique.",
        "delivery_format": "hybrid",
        "estimated_hours": 6,
        "proposed_start": "automne 2027",
        "expected_enrolment": 80,
        "submission_date": "2026-11-24",
    }
    o = F["learning_outcomes"]
    import docx
    from docx.shared import Pt
    from docx.oxml import parse_xml
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"; d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Formulaire de concept – microcours / microcertificat", level=1)
    d.add_paragraph("Remplissez les champs gris. Les champs marqués [R1] à [R4] sont obligatoires.")
    t = d.add_table(rows=0, cols=2); t.style = "Table Grid"

    def put(label, tag, value, kind="text", **kw):
        cs = t.add_row().cells
        cs[0].text = label; cs[0].paragraphs[0].runs[0].bold = True; _shade(cs[0], "F2F2F2")
        p = cs[1].paragraphs[0]
        if kind == "block":
            tc = cs[1]._tc
            tc.remove(p._p)
            tc.append(parse_xml(sdt_block_xml(tag, label, value)))
        else:
            p._p.append(parse_xml(sdt_run_xml(tag, label, value, kind, **kw)))
    put("Titre proposé", "proposal_title", F["proposal_title"])
    put("Nom du proposant", "proposer_name", F["proposer_name"])
    put("Poste / titre", "proposer_title", F["proposer_title"])
    put("Service / programme", "proposer_department", F["proposer_department"])
    put("Courriel", "proposer_email", F["proposer_email"])
    put("Téléphone", "proposer_phone", F["proposer_phone"])
    put("Type de demande", "request_type", "Microcours", "dropdown",
        items=[("Choisissez un élément.", ""), ("Nouveau microcertificat", "new"), ("Conversion d’un programme existant", "existing_program"), ("Microcours", "micro_course")])
    put("Programme à convertir", "existing_program_name", None)
    put("Personnes visées", "target_learners", F["target_learners"])
    put("Justification / besoin [R]", "rationale", None)
    put("Compétences visées [R1]", "competencies", F["competencies"])
    put("Résultats d’apprentissage [R1]", "learning_outcomes", o, "block")
    put("Évaluation sommative [R2]", "summative_assessment", F["summative_assessment"])
    put("Partenaire [R3]", "partner_name", F["partner_name"])
    put("Personne-ressource", "partner_contact", F["partner_contact"])
    put("État de l’appui [R3]", "endorsement_status", "En discussion", "dropdown",
        items=[("Choisissez un élément.", ""), ("Lettre jointe", "letter_attached"), ("Confirmé", "confirmed"), ("En discussion", "in_discussion"), ("Aucun", "none")])
    put("Arrimage au Plan d’éducation [R4]", "education_plan_alignment", F["education_plan_alignment"])
    put("Mode de prestation", "delivery_format", "Hybride (en ligne + atelier)", "dropdown",
        items=[("En ligne", "online"), ("En présentiel", "in_person"), ("Hybride (en ligne + atelier)", "hybrid")])
    put("Nombre d’heures", "estimated_hours", "6 heures")
    put("Début prévu", "proposed_start", F["proposed_start"])
    put("Inscriptions prévues par année", "expected_enrolment", "environ 80")
    put("Ressources requises", "resources_required", None)
    put("Date", "submission_date", "24 novembre 2026", "date", date_fmt="d MMMM yyyy", iso="2026-11-24")
    out = OUT / "Formulaire (contrôles) - Prélèvements ITSS - C Adjovi-Tremblay.docx"
    d.save(str(out))
    write_expected(out, 2, F, "Incomplete French content-control form: the 'Justification / besoin' control still shows its placeholder, so "
                   "rationale is missing (program-to-convert and resources also show the placeholder = empty). Two-column table (python-docx) "
                   "with a run-level w:sdt in each answer cell tagged with the key and w:alias = the French label; the learning outcomes are a "
                   "CELL-LEVEL block control (w:sdt directly inside w:tc) holding four paragraphs with no numbering; drop-downs with French "
                   "display text and the codes as w:value ('Microcours', 'En discussion', 'Hybride (en ligne + atelier)'); '6 heures' -> 6; "
                   "'environ 80' -> 80; date picker 'd MMMM yyyy' showing '24 novembre 2026'.",
                   also=["Microcours", "En discussion", "Hybride (en ligne + atelier)", "6 heures", "environ 80", "24 novembre 2026"],
                   lang="fr", route="python-docx + raw w:sdt (run-level in cells, cell-level block control, French drop-downs, date picker)")


# ------------------------------------------------------------------ H20 content controls: four outcome controls sharing one tag, rich-text rationale
def h20():
    F = {
        "proposal_title": "Assisting with Flexible Bronchoscopy",
        "proposer_name": "Tobiah Marchetti-Ekwueme",
        "proposer_title": "Respiratory Therapist, Procedures Lead",
        "proposer_department": "Respiratory Therapy, Pinegrove Health Centre",
        "proposer_email": "tmarchetti@example.com",
        "proposer_phone": "250-555-0175",
        "request_type": "micro_course",
        "target_learners": "Respiratory therapists and endoscopy nurses who assist with bedside and suite bronchoscopy",
        "rationale": "Bronchoscopy volumes grew 35% with our new EBUS program, and RTs are now scheduled to assist with little orientation. Specimen errors (mislabelled or insufficient samples) were reported in 11 procedures this year.",
        "competencies": "Procedure set-up; moderate sedation monitoring; specimen handling for BAL, brushings and biopsies; scope reprocessing hand-off; emergency response",
        "learning_outcomes": [
            "Prepare the room, equipment and patient for flexible bronchoscopy",
            "Monitor the patient during moderate sedation and respond to desaturation",
            "Collect, label and route BAL, brushing and biopsy specimens correctly",
            "Hand off the scope for reprocessing according to the IPAC standard"],
        "summative_assessment": "Simulated bronchoscopy with a task trainer and sedation scenario, assessed with a checklist; two supervised clinical cases",
        "partner_name": "Pinegrove Health Centre Respiratory Services",
        "partner_contact": "Mei-Lin Okafor-Strand, Manager",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "Interprofessional, simulation-based learning for an expanding clinical service.",
        "delivery_format": "hybrid",
        "estimated_hours": 9,
        "proposed_start": "Fall 2027",
        "expected_enrolment": 24,
        "submission_date": "2026-11-27",
    }
    o = F["learning_outcomes"]
    import docx
    from docx.shared import Pt
    from docx.oxml import parse_xml
    d = docx.Document()
    d.styles["Normal"].font.name = "Segoe UI"; d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Concept Form – Micro-Course / Credential", level=1)

    def field(label, tag, value, kind="text", **kw):
        p = d.add_paragraph()
        p.add_run(label + ": ").bold = True
        p._p.append(parse_xml(sdt_run_xml(tag, label, value, kind, **kw)))
    field("Working Title", "proposal_title", F["proposal_title"])
    field("Submitted by", "proposer_name", F["proposer_name"])
    field("Job Title", "proposer_title", F["proposer_title"])
    field("Program Area", "proposer_department", F["proposer_department"])
    field("E-mail Address", "proposer_email", F["proposer_email"])
    field("Telephone", "proposer_phone", F["proposer_phone"])
    field("Request Type", "request_type", "Micro-course", "dropdown",
          items=[("Choose an item.", ""), ("New micro-credential", "new"), ("Convert an existing program", "existing_program"), ("Micro-course", "micro_course")])
    field("Target Audience", "target_learners", F["target_learners"])
    p = d.add_paragraph(); p.add_run("Labour Market Need:").bold = True
    r1, r2 = F["rationale"].split(". ", 1)
    p._p.addnext(parse_xml(sdt_block_xml("rationale", "Labour Market Need", [r1 + ".", r2])))
    field("Skills and Competencies", "competencies", F["competencies"])
    d.add_paragraph().add_run("Intended Learning Outcomes:").bold = True
    for i, x in enumerate(o, 1):
        p = d.add_paragraph()
        p.add_run(f"{i}. ")
        p._p.append(parse_xml(sdt_run_xml("learning_outcomes", f"Outcome {i}", x)))
    p = d.add_paragraph(); p.add_run("5. ")
    p._p.append(parse_xml(sdt_run_xml("learning_outcomes", "Outcome 5", None)))
    field("Assessment of Outcomes", "summative_assessment", F["summative_assessment"])
    field("Partner Organization", "partner_name", F["partner_name"])
    field("Partner Contact", "partner_contact", F["partner_contact"])
    field("Endorsement Status", "endorsement_status", "Yes – letter of support attached", "dropdown",
          items=[("Choose an item.", ""), ("Yes – letter of support attached", "letter_attached"), ("Agreed – letter to follow", "confirmed"),
                 ("Still talking", "in_discussion"), ("Not yet", "none")])
    field("Strategic Alignment", "education_plan_alignment", F["education_plan_alignment"])
    field("Delivery Mode", "delivery_format", "Hybrid", "dropdown", items=[("Online", "online"), ("In person", "in_person"), ("Hybrid", "hybrid")])
    field("Total Learning Hours", "estimated_hours", "9")
    field("Target Launch", "proposed_start", F["proposed_start"])
    field("Estimated Learners / Year", "expected_enrolment", "24 (two cohorts of 12)")
    field("Budget / Resources", "resources_required", None)
    field("Submission Date", "submission_date", "November 27, 2026", "date", date_fmt="MMMM d, yyyy", iso="2026-11-27")
    out = OUT / "Concept form (CC) - bronchoscopy assisting.docx"
    d.save(str(out))
    write_expected(out, 2, F, "Content controls tagged with the keys in a paragraph layout (python-docx + raw w:sdt), with two twists: the learning "
                   "outcomes are FIVE separate run-level controls that all carry the SAME tag 'learning_outcomes' (aliases 'Outcome 1' ... "
                   "'Outcome 5') after typed numbers '1.' ... '5.', the fifth still showing its placeholder (= no fifth outcome); and the "
                   "rationale is a block-level rich-text control holding two paragraphs (joined with one space). Drop-downs whose display text "
                   "is not the option word ('Yes – letter of support attached' = letter_attached, value code in w:value); 'Hybrid'; "
                   "'24 (two cohorts of 12)' -> 24; date picker 'MMMM d, yyyy'; Budget / Resources placeholder (empty).",
                   also=["Micro-course", "Yes – letter of support attached", "Hybrid", "24 (two cohorts of 12)", "November 27, 2026"],
                   route="python-docx + raw w:sdt (repeated tag for outcome lines, block rich-text rationale)")


# ------------------------------------------------------------------ H21 fillable PDF with combo boxes and Q-numbered names
def h21():
    F = {
        "proposal_title": "HPV-Based Cervical Screening: Cytology Triage Update",
        "proposer_name": "Oriane Castellano-Mbeki",
        "proposer_title": "Cytotechnologist, Quality Lead",
        "proposer_department": "Cytopathology, Northbay Regional Laboratory",
        "proposer_email": "ocastellano@example.org",
        "proposer_phone": "705-555-0161",
        "request_type": "micro_course",
        "target_learners": "Cytotechnologists and cytology residents moving from primary Pap screening to HPV-based screening with cytology triage",
        "rationale": "The province switches to primary HPV testing in 2027. Slides reaching cytology will be enriched for abnormalities, and our staff need to recalibrate their thresholds and learn dual-stain interpretation.",
        "competencies": "Interpretation of HPV-positive triage slides; p16/Ki-67 dual-stain reading; quality metrics for an enriched population",
        "learning_outcomes": [
            "Interpret liquid-based cytology from HPV-positive women using the Bethesda system",
            "Read and report p16/Ki-67 dual-stain slides",
            "Monitor abnormal rates and correlation in an HPV-enriched population"],
        "summative_assessment": "Digital slide exam of 50 cases with at least 90% concordance with the reference diagnosis",
        "partner_name": "Ontario Cytology Quality Network",
        "partner_contact": "Farouk Lindqvist-Abara, coordinator",
        "endorsement_status": "confirmed",
        "education_plan_alignment": "Keeps laboratory professionals current with practice change through short online credentials.",
        "delivery_format": "online",
        "estimated_hours": 8,
        "proposed_start": "February 2027",
        "expected_enrolment": 65,
        "submission_date": "2026-11-10",
    }
    o = F["learning_outcomes"]
    out = OUT / "Cytology triage update - concept form (fillable).pdf"
    pg = AcroPage(out, "Concept Form - Micro-Course / Credential", "Fillable form. Use the drop-down lists where provided.")
    c = pg.c
    pg.heading("1. Proposer")
    pg.text("Name of Proposer", "Q1", F["proposer_name"]); pg.text("Position / Title", "Q2", F["proposer_title"])
    pg.text("Department / Program", "Q3", F["proposer_department"]); pg.text("Email", "Q4", F["proposer_email"])
    pg.text("Phone", "Q5", F["proposer_phone"])
    pg.heading("2. Proposal")
    pg.text("Proposed Title", "Q6", F["proposal_title"])

    def combo(label, name, options, value):
        pg.need(24)
        c.setFont("Helvetica", 8.5); c.drawString(44, pg.y - 10, label)
        c.acroForm.choice(name=name, value=value, options=options, x=214, y=pg.y - 16, width=240, height=15, fontName="Helvetica",
                          fontSize=9, borderWidth=0.5, fieldFlags="combo")
        pg.y -= 24
    combo("Type of Request", "Q7", ["New micro-credential", "Convert an existing program", "Micro-course"], "Micro-course")
    pg.text("Existing Program Name", "Q8", "")
    pg.text("Target Learners", "Q9", F["target_learners"], lines=2)
    pg.text("Rationale / Need", "Q10", F["rationale"], lines=3)
    pg.heading("3. Requirements")
    pg.text("Competencies / Skills Targeted", "Q11", F["competencies"], lines=2)
    pg.text("Learning Outcomes", "Q12", "\n".join(f"{i}. {x}" for i, x in enumerate(o, 1)), lines=4)
    pg.text("Summative Assessment", "Q13", F["summative_assessment"], lines=2)
    pg.text("Industry / Employment Partner", "Q14", F["partner_name"])
    pg.text("Partner Contact", "Q15", F["partner_contact"])
    combo("Endorsement Status", "Q16", ["Letter attached", "Confirmed", "In discussion", "None"], "Confirmed")
    pg.text("Alignment with Michener's Education Plan", "Q17", F["education_plan_alignment"], lines=2)
    pg.heading("4. Delivery")
    combo("Delivery Format", "Q18", ["Online", "In person", "Hybrid"], "Online")
    pg.text("Estimated Hours", "Q19", "8"); pg.text("Proposed Start", "Q20", F["proposed_start"])
    pg.text("Expected Enrolment per Year", "Q21", "65"); pg.text("Resources Required", "Q22", "")
    pg.text("Date", "Q23", "2026/11/10")
    pg.save()
    write_expected(out, 3, F, "Fillable PDF (reportlab AcroForm, Letter) whose text fields are named only by question number Q1 ... Q23 (no "
                   "tooltips; the labels are printed on the page), with the three choices as COMBO BOXES (choice fields, /Ch with the combo "
                   "flag) whose value is the option word: Q7 'Micro-course', Q16 'Confirmed', Q18 'Online'; outcomes '1.' ... '3.' in one "
                   "multi-line field; Q8 (existing program) and Q22 (resources) empty; date '2026/11/10'.",
                   also=["Micro-course", "Confirmed", "Online", "8", "65", "2026/11/10"],
                   route="reportlab AcroForm (Q-numbered names, combo boxes)")


# ------------------------------------------------------------------ H22 fillable PDF, two pages, separate outcome fields (incomplete)
def h22():
    F = {
        "proposal_title": "eFAST Ultrasound for Community Paramedics",
        "proposer_name": "Lachlan Adewale-Fournier",
        "proposer_title": "Advanced Care Paramedic, Clinical Education",
        "proposer_department": "Westmarch Paramedic Services",
        "proposer_email": "lachlan.af@example.com",
        "proposer_phone": "519-555-0189",
        "request_type": "new",
        "target_learners": "Advanced care and critical care paramedics in rural services with long transport times",
        "rationale": "Rural transport times of 60-90 minutes mean that early detection of free fluid or pneumothorax changes destination decisions; our medical director has approved a pilot but there is no recognised training.",
        "competencies": "Probe selection and views; identifying free fluid and pneumothorax; image documentation; integrating findings into destination decisions",
        "learning_outcomes": [
            "Obtain the six standard eFAST views",
            "Identify free fluid in the abdomen and pericardium",
            "Identify lung sliding and its absence",
            "Record and transmit images with the patient care record"],
        "summative_assessment": "Objective structured practical exam on a simulator and a volunteer, plus review of 10 logged field scans by an emergency physician",
        "partner_name": "Westmarch Paramedic Services",
        "partner_contact": "Dr. Ingrid Oyebanji-Holm, Medical Director",
        "endorsement_status": "letter_attached",
        "delivery_format": "hybrid",
        "estimated_hours": 20,
        "proposed_start": "Spring 2028",
        "expected_enrolment": 30,
        "resources_required": "Two handheld ultrasound units and a FAST simulator for skills days",
        "submission_date": "2026-11-30",
    }
    o = F["learning_outcomes"]
    out = OUT / "eFAST for paramedics - concept form (fillable, 2 pages).pdf"
    pg = AcroPage(out, "Micro-Course / Credential Concept Form", "Page 1 - Proposer and proposal")
    pg.text("Title", "title", F["proposal_title"]); pg.text("Lead proposer", "lead", F["proposer_name"])
    pg.text("Role", "role", F["proposer_title"]); pg.text("Organization", "org", F["proposer_department"])
    pg.text("E-mail", "mail", F["proposer_email"]); pg.text("Tel.", "tel", F["proposer_phone"])
    pg.boxes("This proposal is for", [("req_new", "New micro-credential", True), ("req_conv", "Conversion", False), ("req_mc", "Micro-course", False)])
    pg.text("Program to be converted", "conv_prog", "")
    pg.text("Intended learners", "who", F["target_learners"], lines=2)
    pg.text("Why is this needed?", "why", F["rationale"], lines=3)
    pg.text("Skills and competencies", "skills", F["competencies"], lines=2)
    # force page 2
    pg.c.setFont("Helvetica", 7.5); pg.c.drawString(40, 30, "Page 1 of 2"); pg.c.showPage(); pg.page = 2; pg.y = pg.H - 50
    pg.c.setFont("Helvetica-Bold", 11); pg.c.drawString(40, pg.y, "Page 2 - Outcomes, assessment, partner, logistics"); pg.y -= 20
    for i in range(5):
        pg.text(f"Outcome {i + 1}", f"Outcome {i + 1}", o[i] if i < len(o) else "")
    pg.text("How will achievement be evidenced?", "assess", F["summative_assessment"], lines=2)
    pg.text("Partner organization", "partner", F["partner_name"]); pg.text("Partner contact", "partner_contact", F["partner_contact"])
    pg.boxes("Letter of support attached?", [("los_yes", "Yes", True), ("los_no", "No", False)])
    pg.text("Education Plan alignment", "plan", "", lines=2)
    pg.boxes("Delivery format", [("fmt_online", "Online", False), ("fmt_inperson", "In person", False), ("fmt_hybrid", "Hybrid", True)])
    pg.text("Estimated hours", "hours", "20"); pg.text("Proposed start", "start", F["proposed_start"])
    pg.text("Expected enrolment / year", "enrol", "30"); pg.text("Resources", "resources", F["resources_required"], lines=2)
    pg.text("Date", "date", "30-Nov-2026")
    pg.c.setFont("Helvetica", 7.5); pg.c.drawString(40, 30, "Page 2 of 2"); pg.c.save()
    write_expected(out, 3, F, "Incomplete: the 'Education Plan alignment' field is empty, so education_plan_alignment is missing. Two-page "
                   "fillable PDF (reportlab AcroForm) with short lower-case names close to the meaning ('title', 'lead', 'mail', 'tel', 'who', "
                   "'why', 'skills', 'assess', 'plan' ...); the outcomes are FIVE separate fields 'Outcome 1' ... 'Outcome 5' on page 2, the "
                   "fifth empty; request type, letter of support and format as separate check boxes (req_new ticked; los_yes ticked = "
                   "letter_attached; fmt_hybrid ticked); the partner is the proposer's own service; date '30-Nov-2026'.",
                   also=["20", "30", "30-Nov-2026"], route="reportlab AcroForm (2 pages, separate outcome fields, check boxes)")


# ------------------------------------------------------------------ H23 scan of a proposal letter (colour, 200 dpi)
def h23():
    F = {
        "proposal_title": "Contrast Echocardiography for Sonographers",
        "proposer_name": "Imogen Achterberg-Nwosu",
        "proposer_title": "Lead Cardiac Sonographer",
        "proposer_department": "Echocardiography Laboratory, Lakeview Heart Institute",
        "proposer_email": "imogen.an@example.org",
        "proposer_phone": "613-555-0106",
        "request_type": "new",
        "target_learners": "registered cardiac sonographers who do not yet perform contrast studies",
        "rationale": "Up to 15% of our transthoracic studies are non-diagnostic without contrast, but only three of our 22 sonographers are trained to use it, so patients wait or are sent for other tests.",
        "competencies": "patient screening, IV access and contrast preparation, imaging settings for contrast, and recognising adverse reactions",
        "learning_outcomes": [
            "Screen patients for contrast echocardiography",
            "Prepare and administer an ultrasound enhancing agent",
            "Optimise machine settings for left-ventricular opacification",
            "Recognise and respond to an adverse reaction"],
        "summative_assessment": "ten supervised contrast studies logged and signed off by a cardiologist, plus an adverse-reaction simulation",
        "partner_name": "Lakeview Heart Institute",
        "partner_contact": "Dr. Rafael Mbatha-Kowalski",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "competency-based, work-integrated learning that the Education Plan promotes",
        "delivery_format": "hybrid",
        "estimated_hours": 12,
        "proposed_start": "spring 2027",
        "expected_enrolment": 30,
        "submission_date": "2026-11-14",
    }
    o = F["learning_outcomes"]
    import docx
    from docx.shared import Pt
    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"; d.styles["Normal"].font.size = Pt(11)
    hp = d.sections[0].header.paragraphs[0]; hp.text = "LAKEVIEW HEART INSTITUTE · Echocardiography Laboratory"
    for t in ["14 November 2026", "Continuing Education, The Michener Institute", "Dear CE colleagues,",
              f"I am pleased to propose a new micro-credential, “{F['proposal_title']}”, for {F['target_learners']}.",
              F["rationale"],
              f"The course would develop {F['competencies']}. Graduates will be able to:"]:
        d.add_paragraph(t)
    for x in o:
        d.add_paragraph(x, style="List Bullet")
    for t in [f"Competence would be confirmed by {F['summative_assessment']}.",
              f"The {F['partner_name']} endorses the course and a letter of support is enclosed (contact: {F['partner_contact']}). "
              f"The course is an example of the {F['education_plan_alignment']}.",
              "It would be hybrid, 12 hours in all, starting in spring 2027, for about 30 sonographers a year.",
              "Sincerely,", F["proposer_name"], F["proposer_title"], F["proposer_department"],
              f"{F['proposer_email']} · {F['proposer_phone']}"]:
        d.add_paragraph(t)
    work = Path(tempfile.mkdtemp(dir=TMP))
    src_d = work / "letter.docx"; d.save(str(src_d))
    src = MAKE / "src_Scanned document 2026-11-14.pdf"
    lo_file(src_d, "pdf", src)
    out = OUT / "Scanned document 2026-11-14.pdf"
    scan_pdf(src, out, dpi=200, angle=1.3, seed=23, mode="RGB", jpeg_q=45, noise=12, blur=0.5)
    write_expected(out, 6, F, "A proposal LETTER (shape-5 content: title in quotes in the first sentence, bullets, contact line under the signature) "
                   "made with python-docx, printed by LibreOffice and SCANNED in colour: rendered at 200 dpi, rotated 1.3°, blurred, speckled, "
                   "RGB JPEG (quality 45) in an image-only PDF (no text layer) -> manual review. fields are what a person reads on the page "
                   "(source kept as _make/src_Scanned document 2026-11-14.pdf).",
                   manual=True, also=["new micro-credential", "hybrid, 12 hours", "about 30 sonographers", "14 November 2026",
                                      "letter of support is enclosed"],
                   source_for_check=src, route="python-docx letter -> LibreOffice PDF -> pypdfium2 200 dpi -> Pillow (colour) -> image-only PDF")


# ------------------------------------------------------------------ H24 photocopy-like scan of a table form (incomplete)
def h24():
    F = {
        "proposal_title": "Exercise Oncology for Kinesiologists",
        "proposer_name": "Beatriz Oduya-Halvorsen",
        "proposer_title": "Registered Kinesiologist",
        "proposer_department": "Cancer Rehabilitation Program, Fernhill Regional Cancer Centre",
        "proposer_email": "b.oduya-halvorsen@example.com",
        "proposer_phone": "807-555-0144",
        "request_type": "new",
        "target_learners": "Registered kinesiologists and fitness professionals working with people during and after cancer treatment",
        "rationale": "Exercise is now recommended for all patients during cancer treatment, but community kinesiologists tell us they turn clients away because they do not know the contraindications.",
        "learning_outcomes": [
            "Screen clients with cancer for exercise safety using current guidelines",
            "Prescribe aerobic and resistance exercise adapted to treatment side effects",
            "Recognise red flags that require stopping and referral"],
        "summative_assessment": "Case-based exercise prescription assignment and an observed client session",
        "partner_name": "Fernhill Regional Cancer Centre",
        "partner_contact": "Dr. Colm Agyeman-Lindqvist",
        "endorsement_status": "confirmed",
        "education_plan_alignment": "Extends Michener's reach to community practitioners with a short credential.",
        "delivery_format": "online",
        "estimated_hours": 15,
        "proposed_start": "Fall 2027",
        "expected_enrolment": 50,
        "submission_date": "2026-11-08",
    }
    o = F["learning_outcomes"]
    import docx
    from docx.shared import Pt, Inches
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"; d.styles["Normal"].font.size = Pt(11)
    d.add_heading("Micro-Course / Credential Concept Form", level=1)
    t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
    rows = [("Proposed Title", F["proposal_title"]), ("Name of Proposer", F["proposer_name"]), ("Position / Title", F["proposer_title"]),
            ("Department / Program", F["proposer_department"]), ("Email", F["proposer_email"]), ("Phone", F["proposer_phone"]),
            ("Type of Request", "☒ New micro-credential\n☐ Convert an existing program\n☐ Micro-course"),
            ("Target Learners", F["target_learners"]), ("Rationale / Need", F["rationale"]),
            ("Competencies / Skills Targeted", ""), ("Learning Outcomes", "\n".join(f"{i}. {x}" for i, x in enumerate(o, 1))),
            ("Summative Assessment", F["summative_assessment"]), ("Industry / Employment Partner", F["partner_name"]),
            ("Partner Contact", F["partner_contact"]), ("Endorsement Status", "☐ Letter attached ☒ Confirmed ☐ In discussion ☐ None"),
            ("Alignment with Michener's Education Plan", F["education_plan_alignment"]),
            ("Delivery Format", "☒ Online ☐ In person ☐ Hybrid"), ("Estimated Hours", "15"), ("Proposed Start", F["proposed_start"]),
            ("Expected Enrolment per Year", "50"), ("Resources Required", ""), ("Date", "08/11/2026")]
    for a, b in rows:
        cs = t.add_row().cells
        cs[0].text = a; cs[0].paragraphs[0].runs[0].bold = True
        lines = b.split("\n"); cs[1].text = lines[0]
        for ln in lines[1:]:
            cs[1].add_paragraph(ln)
        cs[0].width = Inches(2.2); cs[1].width = Inches(4.3)
    work = Path(tempfile.mkdtemp(dir=TMP))
    src_d = work / "form.docx"; d.save(str(src_d))
    src = MAKE / "src_photocopy_concept_form.pdf"
    lo_file(src_d, "pdf", src)
    out = OUT / "photocopy_concept_form.pdf"
    scan_pdf(src, out, dpi=150, angle=-0.5, seed=24, mode="L", jpeg_q=40, noise=30, blur=0.8)
    # photocopy look: raise contrast and darken the page edges
    from PIL import Image, ImageOps, ImageDraw
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(out))
    pages = []
    for i in range(len(pdf)):
        img = pdf[i].render(scale=150 / 72).to_pil().convert("L")
        img = ImageOps.autocontrast(img, cutoff=2).point(lambda v: 0 if v < 110 else (255 if v > 200 else v))
        dr = ImageDraw.Draw(img)
        w, h = img.size
        dr.rectangle([0, 0, w, 18], fill=40); dr.rectangle([0, h - 14, w, h], fill=60); dr.rectangle([w - 12, 0, w, h], fill=50)
        j = TMP / f"pc_{i}.jpg"; img.save(j, "JPEG", quality=40); pages.append(Image.open(j))
    pdf.close()
    pages[0].save(out, "PDF", resolution=150, save_all=True, append_images=pages[1:])
    write_expected(out, 6, F, "Incomplete scanned form: the Competencies / Skills Targeted cell is empty on the page, so competencies is missing. "
                   "The official-style table form (python-docx, printed by LibreOffice, one page) scanned like a PHOTOCOPY: 150 dpi, rotated "
                   "-0.5°, heavy noise, high contrast (greys pushed to black/white) and dark bands at the page edges, greyscale JPEG pages in "
                   "an image-only PDF -> manual review; fields are what a person reads (source kept as _make/src_photocopy_concept_form.pdf).",
                   manual=True, also=["New micro-credential", "Confirmed", "Online", "☒", "15", "50", "08/11/2026"], source_for_check=src,
                   route="python-docx -> LibreOffice PDF -> pypdfium2 150 dpi -> Pillow photocopy look -> image-only PDF")


ALL = [h17, h18, h19, h20, h21, h22, h23, h24]
if __name__ == "__main__":
    import sys
    for fn in ALL:
        if len(sys.argv) > 1 and fn.__name__ not in sys.argv[1:]:
            continue
        fn(); print("ok", fn.__name__)
