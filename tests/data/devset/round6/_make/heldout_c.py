"""Round 6 HELD-OUT half, part C: shape 5 (retyped genres), shape 6 (scans), shape 7 (look-alikes).
Scoring only - do not read while developing the parser."""
from __future__ import annotations

import shutil
import textwrap
from html import escape as he

from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt, RGBColor

from forms import set_cell_text, shade_cell
from lib import MAKE, OPTS, ROOT, TMP, lo_to, options_line, outcomes_lines, pandoc, record, scan_pdf, write_tmp
from tuning_a import acro_page
from tuning_b import pairs

H = "heldout"
OUT = ROOT / H


# ---------------------------------------------------------------- H16 Word-like proposal, contact only in the letterhead
def h16():
    name = "Proposal - MSK ultrasound for physiotherapists (Bayside letterhead).docx"
    F = {
        "proposal_title": "Point-of-Care Musculoskeletal Ultrasound for Physiotherapists",
        "request_type": "new",
        "proposer_name": "Ingeborg Achebe-Whitlock",
        "proposer_title": "Clinical Director",
        "proposer_department": "Bayside Sports Medicine Clinic",
        "proposer_email": "iachebe-whitlock@example.com",
        "proposer_phone": "416-555-0183",
        "target_learners": "registered physiotherapists in sports and orthopaedic practice",
        "rationale": "Physiotherapists increasingly use ultrasound for rehabilitative imaging, but no Canadian program teaches scanning for this scope, and clinicians are buying machines without training",
        "competencies": "Knobology and image optimisation; normal sonoanatomy of shoulder, knee and ankle; rehabilitative ultrasound imaging of muscle; scope-of-practice boundaries",
        "learning_outcomes": ["Optimise an ultrasound image for superficial musculoskeletal structures",
                              "Identify normal tendon, ligament and muscle anatomy of the shoulder, knee and ankle",
                              "Use real-time ultrasound as biofeedback in motor-control retraining",
                              "Recognise findings outside physiotherapy scope and refer"],
        "competency_framework": "Canadian Physiotherapy Association Essential Competency Profile",
        "summative_assessment": "An objective structured scanning examination of three joints, marked by a sonographer and a physiotherapist, and a logbook of 50 supervised scans",
        "partner_name": "Bayside Sports Medicine Clinic",
        "partner_contact": "Tariq Holmqvist-Ade, tholmqvist-ade@example.com",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "the Education Plan’s goal of partnering with community practice to create new credentials",
        "delivery_format": "hybrid",
        "estimated_hours": 30,
        "proposed_start": "January 2028",
        "expected_enrolment": 24,
        "resources_required": "Four portable ultrasound units (the clinic will lend two) and a sonographer for the lab days",
        "submission_date": "2026-11-30",
    }
    doc = Document()
    hdr = doc.sections[0].header
    p = hdr.paragraphs[0]
    r = p.add_run("BAYSIDE SPORTS MEDICINE CLINIC")
    r.bold = True
    r.font.color.rgb = RGBColor(0x0E, 0x4D, 0x64)
    hdr.add_paragraph(f"{F['proposer_name']}, {F['proposer_title']}  ·  {F['proposer_email']}  ·  {F['proposer_phone']}")
    doc.sections[0].footer.paragraphs[0].text = "Bayside Sports Medicine Clinic · 200 Lakeview Rd · Toronto"
    doc.add_paragraph("30 November 2026")
    doc.add_paragraph("Continuing Education, The Michener Institute")
    t = doc.add_paragraph(F["proposal_title"], style="Title")
    doc.add_paragraph("A proposal for a new micro-credential")
    secs = [
        ("1. Who it is for", [f"The course is designed for {F['target_learners']}."]),
        ("2. Why it is needed", [F["rationale"] + "."]),
        ("3. What graduates will be able to do", None),
        ("4. Skills and framework", [f"Skills: {F['competencies']}.", f"Framework: {F['competency_framework']}."]),
        ("5. How achievement is shown", [F["summative_assessment"] + "."]),
        ("6. Partner and endorsement", [f"{F['partner_name']} will host clinical practice and has endorsed the proposal; "
                                        f"a letter of support is attached. Contact: {F['partner_contact']}."]),
        ("7. Fit with Michener", [f"It answers {F['education_plan_alignment']}."]),
        ("8. Delivery and numbers", [f"Hybrid: online modules and three lab weekends, 30 hours in total. "
                                     f"Start {F['proposed_start']}; 24 learners a year in two cohorts of 12. "
                                     f"Resources: {F['resources_required']}."]),
    ]
    for head, paras in secs:
        doc.add_heading(head, 2)
        if paras is None:
            for o in F["learning_outcomes"]:
                doc.add_paragraph(o, style="List Number")
            continue
        for para in paras:
            doc.add_paragraph(para)
    doc.add_paragraph("With thanks,")
    doc.add_paragraph("Ingeborg")
    doc.save(OUT / name)
    record(H, name, "5", "en", "python-docx (letterhead in the page header, numbered own headings, List Number)", F,
           "A Word-like proposal with its own numbered headings ('1. Who it is for' ... '8. Delivery and "
           "numbers'); the proposer's NAME, TITLE, EMAIL and PHONE exist ONLY in the LETTERHEAD (the page header: "
           "clinic name, then 'name, title · email · phone'); the department is the clinic named in the letterhead. "
           "DECISION (round 3's rule for answers in a header): letterhead values that exist nowhere else are "
           "expected. The letter is signed only 'Ingeborg'. Title as a Title-styled paragraph; 'A proposal for a "
           "new micro-credential'; learners after 'designed for'; outcomes as a Word-numbered list; 'Skills:' and "
           "'Framework:' run-in; partner, 'has endorsed ...; a letter of support is attached' = letter_attached and "
           "'Contact:' in one paragraph; the alignment is the phrase after 'It answers'; one paragraph gives hybrid, "
           "30 hours, start, 24 learners and resources; date '30 November 2026' at the top.",
           checks=["new micro-credential", "a letter of support is attached", "Hybrid:", "30 hours in total",
                   "24 learners a year", "30 November 2026"])


# ---------------------------------------------------------------- H17 Gmail print of a cover email with bulleted summary
def h17():
    name = "Gmail - Concept for a micro-credential_ medical device cybersecurity.pdf"
    F = {
        "proposal_title": "Medical Device Cybersecurity Essentials for Biomedical Technologists",
        "request_type": "micro_course",
        "proposer_name": "Evander Oyelowo-Strand",
        "proposer_title": "Biomedical Engineering Manager",
        "proposer_department": "Healthcare Technology Management, Northvale Hospital",
        "proposer_email": "evander.oyelowo-strand@example.org",
        "proposer_phone": "705-555-0148",
        "target_learners": "Biomedical engineering technologists and clinical engineering staff",
        "rationale": "Networked infusion pumps, monitors and imaging systems are now the commonest unpatched devices on hospital networks, and biomed staff are expected to manage their security without training",
        "competencies": "Device inventory and risk classification; reading an MDS2 form; patch and segmentation planning with IT; incident response",
        "learning_outcomes": ["Classify networked devices by cybersecurity risk",
                              "Use a manufacturer's MDS2 disclosure to plan controls",
                              "Coordinate patching and network segmentation with IT security",
                              "Respond to a suspected device compromise"],
        "summative_assessment": "A tabletop incident exercise and a written risk assessment of one real device, both graded with rubrics",
        "partner_name": "Northvale Hospital Information Security",
        "partner_contact": "Camille Adewale-Frost, cadewale-frost@example.org",
        "endorsement_status": "confirmed",
        "education_plan_alignment": "digital health, one of the Education Plan's named priorities",
        "delivery_format": "online",
        "estimated_hours": 7,
        "proposed_start": "April 2027",
        "expected_enrolment": 40,
        "submission_date": "2026-11-26",
    }
    summary = [("Title", F["proposal_title"]), ("Type", "micro-course"), ("Audience", F["target_learners"]),
               ("Problem", F["rationale"]), ("Skills", F["competencies"]),
               ("Assessment", F["summative_assessment"]),
               ("Partner", f"{F['partner_name']} ({F['partner_contact']}) – confirmed, letter to follow"),
               ("Format", "online, 7 h, April 2027, ~40/yr")]
    html = f"""<html><head><meta charset="utf-8"><style>body{{font-family:Arial;font-size:10pt}} .g{{color:#777;font-size:9pt}}</style></head><body>
<table width="100%"><tr><td><b>Gmail</b></td><td align="right">Evander Oyelowo-Strand &lt;{F['proposer_email']}&gt;</td></tr></table>
<hr/><p><b>Concept for a micro-credential: medical device cybersecurity</b></p><p class="g">1 message</p><hr/>
<table width="100%"><tr><td><b>Evander Oyelowo-Strand</b> &lt;{F['proposer_email']}&gt;</td><td align="right">Thu, Nov 26, 2026 at 9:14 AM</td></tr>
<tr><td class="g">To: ce@michener.example</td><td></td></tr></table>
<p>Hi CE team,</p>
<p>I'd like to put forward a short micro-course. Quick summary below; happy to fill in the full form later if you need it.</p>
<ul>{''.join(f'<li><b>{he(k)}</b> – {he(v)}</li>' for k, v in summary)}</ul>
<p>Outcomes – learners will be able to:</p>
<ol>{''.join(f'<li>{he(o)}</li>' for o in F['learning_outcomes'])}</ol>
<p>Why Michener: it sits squarely in {he(F['education_plan_alignment'])}.</p>
<p>Thanks,<br/>Evander<br/>--<br/>Evander Oyelowo-Strand | {F['proposer_title']}<br/>{F['proposer_department']}<br/>{F['proposer_phone']}</p>
<p class="g">https://mail.google.com/mail/u/0/?ik=1a2b3c&amp;view=pt&amp;search=all 1/1</p>
</body></html>"""
    src = write_tmp("gmail_cyber.html", html)
    lo_to(src, "pdf:writer_web_pdf_Export", OUT / name)
    record(H, name, "5", "en", "HTML (Gmail print view) -> LibreOffice 7.4 writer_web_pdf_Export -> PDF", F,
           "A Gmail 'Print all' page saved as PDF (written as the print-view HTML and exported by LibreOffice's "
           "Writer/Web PDF filter): 'Gmail' banner with the account address, subject, '1 message', sender line with "
           "date 'Thu, Nov 26, 2026 at 9:14 AM' and 'To:'; a bulleted summary with bold run-in words in the "
           "writer's words ('Title –', 'Type –', 'Audience –', 'Problem –', 'Skills –', 'Assessment –', 'Partner – "
           "<name> (<contact>) – confirmed, letter to follow', 'Format – online, 7 h, April 2027, ~40/yr'); "
           "outcomes as a numbered list after a lead-in; alignment after 'it sits squarely in'; signature with title, "
           "department and phone after '--'; the print URL footer is page furniture.",
           checks=["micro-course", "confirmed, letter to follow", "online, 7 h, April 2027, ~40/yr",
                   "Nov 26, 2026"])


# ---------------------------------------------------------------- H18 grant-style narrative (DocBook -> pandoc -> DOCX)
def h18():
    name = "EPAU sonography - project narrative (grant style).docx"
    F = {
        "proposal_title": "Early Pregnancy Assessment Unit Sonography",
        "request_type": "existing_program",
        "existing_program_name": "Diagnostic Medical Sonography – Generalist (obstetrics module)",
        "proposer_name": "Philippa Nkemelu-Dahl",
        "proposer_title": "Sonography Practice Lead",
        "proposer_department": "Women's Imaging, St. Brigid's Health Centre",
        "proposer_email": "pnkemelu-dahl@example.com",
        "proposer_phone": "613-555-0114",
        "target_learners": "Generalist sonographers who cover early pregnancy assessment units",
        "rationale": "Early pregnancy units need sonographers who can assess pregnancy of unknown location and ectopic pregnancy confidently; most generalists see few cases and repeat scans are common.",
        "competencies": "Transvaginal scanning technique; criteria for viability and pregnancy failure; ectopic pregnancy signs; communicating findings sensitively",
        "learning_outcomes": ["Perform a systematic transvaginal early pregnancy scan",
                              "Apply consensus criteria for pregnancy failure",
                              "Recognise sonographic signs of ectopic pregnancy",
                              "Communicate uncertain findings with sensitivity"],
        "summative_assessment": "Logbook of 40 supervised early pregnancy scans and an image-based exam (pass 80 %)",
        "partner_name": "Association of Early Pregnancy Units (Ontario)",
        "partner_contact": "Dr. Selwyn Obi-Marchetti, sobi-marchetti@example.com",
        "endorsement_status": "in_discussion",
        "education_plan_alignment": "Builds a stackable credential from an existing Michener program, as the Education Plan encourages.",
        "delivery_format": "hybrid",
        "estimated_hours": 16,
        "proposed_start": "September 2027",
        "expected_enrolment": 30,
        "resources_required": "Transvaginal phantom and access to two partner clinics for supervised scanning",
        "submission_date": "2026-11-27",
    }
    lo = "".join(f"<listitem><para>{o}</para></listitem>" for o in F["learning_outcomes"])
    from xml.sax.saxutils import escape as xe
    Fx = {k: xe(v) if isinstance(v, str) else v for k, v in F.items()}
    db = f"""<?xml version="1.0" encoding="utf-8"?>
<article xmlns="http://docbook.org/ns/docbook" version="5.0">
<info><title>Project narrative: {Fx['proposal_title']}</title>
<author><personname>{Fx['proposer_name']}</personname><affiliation><jobtitle>{Fx['proposer_title']}</jobtitle><orgname>{Fx['proposer_department']}</orgname></affiliation>
<email>{Fx['proposer_email']}</email></author><date>27 November 2026</date></info>
<para>Applicant telephone: {Fx['proposer_phone']}. Submitted to the Continuing Education micro-credential concept intake.</para>
<section><title>Project summary</title>
<para>We request support to convert the early pregnancy content of {Fx['existing_program_name']} into a stand-alone micro-credential for {Fx['target_learners'][0].lower() + Fx['target_learners'][1:]}.</para></section>
<section><title>Statement of need</title><para>{Fx['rationale']}</para></section>
<section><title>Goals and objectives</title><para>Participants will be able to:</para><orderedlist>{lo}</orderedlist>
<para>Underlying skills: {Fx['competencies']}.</para></section>
<section><title>Evaluation plan</title><para>{Fx['summative_assessment']}.</para></section>
<section><title>Partners</title><para>{Fx['partner_name']}. Contact: {Fx['partner_contact']}. The association's board will consider an endorsement at its January meeting; nothing is confirmed yet.</para></section>
<section><title>Strategic fit</title><para>{Fx['education_plan_alignment']}</para></section>
<section><title>Timeline and budget</title><itemizedlist>
<listitem><para>Delivery: hybrid (online theory, supervised scanning in partner clinics)</para></listitem>
<listitem><para>Learning hours: 16</para></listitem>
<listitem><para>Launch: {Fx['proposed_start']}</para></listitem>
<listitem><para>Learners per year: 30</para></listitem>
<listitem><para>Resources: {Fx['resources_required']}</para></listitem></itemizedlist></section>
</article>"""
    src = write_tmp("epau.xml", db)
    pandoc(src, OUT / name, "docbook")
    record(H, name, "5", "en", "DocBook 5 XML -> pandoc 2.17 -> DOCX", F,
           "A GRANT-STYLE project narrative written in DocBook and converted by pandoc (new route): the title "
           "'Project narrative: <title>', an author block (name, job title, organisation, email) and a date, a "
           "telephone sentence, then grant headings (Project summary, Statement of need, Goals and objectives, "
           "Evaluation plan, Partners, Strategic fit, Timeline and budget). Request type only as 'convert the "
           "early pregnancy content of <program> into a stand-alone micro-credential' (existing_program, program "
           "named); the learners are the phrase after 'micro-credential for' (lower-cased first letter as "
           "written); outcomes as an ordered list after a lead-in; skills run-in 'Underlying skills:'; 'will "
           "consider an endorsement at its January meeting; nothing is confirmed yet' = in_discussion; budget "
           "bullets with run-in labels give hybrid, 16, start, 30 and resources; date '27 November 2026'.",
           checks=["convert the early pregnancy content of", "nothing is confirmed yet", "hybrid", "Learning hours: 16",
                   "Learners per year: 30", "27 November 2026"])
    # the learners appear lower-cased in the sentence
    import json
    p = OUT / (name + ".expected.json")
    e = json.loads(p.read_text(encoding="utf-8"))
    e["fields"]["target_learners"] = F["target_learners"][0].lower() + F["target_learners"][1:]
    p.write_text(json.dumps(e, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- H19 bilingual FR/EN, French first (DokuWiki -> pandoc -> DOCX)
def h19():
    name = "Proposition bilingue - Sécurisation culturelle en imagerie - Cultural safety in imaging.docx"
    F = {
        "proposal_title": "Cultural Safety for Indigenous Patients in Medical Imaging",
        "request_type": "new",
        "proposer_name": "Maëlle Wabasse-Fortier",
        "proposer_title": "Coordonnatrice clinique / Clinical Coordinator",
        "proposer_department": "Imagerie médicale, Centre de santé de la Baie-Nord / Medical Imaging, Baie-Nord Health Centre",
        "proposer_email": "mwabasse-fortier@example.org",
        "proposer_phone": "705-555-0197",
        "target_learners": "Imaging technologists, sonographers and clerks serving Indigenous communities",
        "rationale": "Patients from northern communities travel long distances for imaging and report feeling rushed or misunderstood; several leave before their examination.",
        "competencies": "Culturally safe communication; trauma-informed positioning and consent; working with patient navigators and interpreters",
        "learning_outcomes": ["Describe the history that shapes Indigenous patients' experience of health care",
                              "Adapt communication and consent to each patient",
                              "Work with patient navigators and interpreters during an examination"],
        "summative_assessment": "Reflective case analysis and an observed simulated appointment scored with a rubric co-developed with community members",
        "partner_name": "Northshore Indigenous Health Circle",
        "partner_contact": "Delphine Kitchikeesic, dkitchikeesic@example.org",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "Education Plan commitment to equity, diversity, inclusion and reconciliation",
        "delivery_format": "hybrid",
        "estimated_hours": 8,
        "proposed_start": "Spring 2027",
        "expected_enrolment": 60,
        "submission_date": "2026-11-29",
    }
    FR = {
        "proposal_title": "Sécurisation culturelle des patients autochtones en imagerie médicale",
        "target_learners": "Technologues en imagerie, échographistes et commis qui servent des communautés autochtones",
        "rationale": "Les patients des communautés du Nord parcourent de longues distances et disent se sentir bousculés ou incompris; plusieurs repartent avant leur examen.",
        "competencies": "Communication culturellement sécuritaire; positionnement et consentement tenant compte des traumatismes; collaboration avec les navigateurs et interprètes",
        "learning_outcomes": ["Décrire l’histoire qui façonne l’expérience des soins des patients autochtones",
                              "Adapter la communication et le consentement à chaque patient",
                              "Collaborer avec les navigateurs et les interprètes pendant l’examen"],
        "summative_assessment": "Analyse de cas réflexive et rendez-vous simulé observé, évalué avec une grille élaborée avec des membres de la communauté",
        "education_plan_alignment": "Engagement du Plan d’éducation envers l’équité, la diversité, l’inclusion et la réconciliation",
    }
    lines = ["====== " + FR["proposal_title"] + " / " + F["proposal_title"] + " ======", "",
             f"**{F['proposer_name']}** — {F['proposer_title']} — {F['proposer_department']} — {F['proposer_email']} — {F['proposer_phone']}", "",
             "Date : 29 novembre 2026 / Date: November 29, 2026", ""]

    def sec(fr_h, en_h, fr, en):
        lines.extend([f"===== {fr_h} / {en_h} =====", "", fr, "", "//" + en + "//", ""])

    sec("Demande", "Request", "Nouveau microcertificat.", "New micro-credential.")
    sec("Apprenants visés", "Target learners", FR["target_learners"] + ".", F["target_learners"] + ".")
    sec("Besoin", "Need", FR["rationale"], F["rationale"])
    sec("Compétences", "Competencies", FR["competencies"] + ".", F["competencies"] + ".")
    lines.extend(["===== Résultats d’apprentissage / Learning outcomes =====", ""])
    for fr_o, en_o in zip(FR["learning_outcomes"], F["learning_outcomes"]):
        lines.append(f"  - {fr_o} / //{en_o}//")
    lines.append("")
    sec("Évaluation sommative", "Summative assessment", FR["summative_assessment"] + ".", F["summative_assessment"] + ".")
    sec("Partenaire", "Partner", f"{F['partner_name']} ({F['partner_contact']}) – lettre d’appui jointe.",
        f"{F['partner_name']} ({F['partner_contact']}) – letter of support attached.")
    sec("Plan d’éducation", "Education Plan", FR["education_plan_alignment"] + ".", F["education_plan_alignment"] + ".")
    sec("Modalités", "Practicalities", "Hybride; 8 heures; printemps 2027; 60 apprenants par année.",
        "Hybrid; 8 hours; Spring 2027; 60 learners a year.")
    src = write_tmp("bilingue.dokuwiki", "\n".join(lines))
    pandoc(src, OUT / name, "dokuwiki")
    record(H, name, "5", "fr+en", "DokuWiki markup -> pandoc 2.17 -> DOCX", F,
           "BILINGUAL proposal with FRENCH FIRST: each section heading is 'French / English', the French answer is "
           "a normal paragraph and the English translation follows in italics; outcomes are list items 'French / "
           "English (italic)'; the title heading is 'French title / English title'; the contact line is shared "
           "(the title and department are themselves 'French / English'). Written in DokuWiki markup and converted "
           "by pandoc (new route). DECISION (round 5's bilingual rule, extended): when every answer is given in both "
           "languages, the expected value is the ENGLISH one, even though French comes first; shared values "
           "(name, email, phone, partner, contact) are given as written, title and department in their "
           "'French / English' form. 'lettre d’appui jointe / letter of support attached' = letter_attached; "
           "'Hybrid; 8 hours; Spring 2027; 60 learners a year.'; date 'November 29, 2026' (also '29 novembre "
           "2026').",
           checks=["New micro-credential.", "letter of support attached", "Hybrid; 8 hours; Spring 2027; 60 learners a year.",
                   "November 29, 2026"])


# ---------------------------------------------------------------- H20 slide-like one-pager (reportlab 16:9), incomplete
def h20():
    from reportlab.lib.colors import HexColor, white, black
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Frame, Paragraph, KeepInFrame
    from reportlab.pdfgen import canvas
    name = "Pitch slide - Autopsy assisting skills micro-credential.pdf"
    F = {
        "proposal_title": "Autopsy Assisting Skills for Pathologists' Assistants and Technicians",
        "request_type": "new",
        "proposer_name": "Cornelius Afolabi-Varga",
        "proposer_title": "Pathologists' Assistant",
        "proposer_department": "Autopsy Service, Elmwood Regional Pathology",
        "proposer_email": "cafolabi-varga@example.com",
        "proposer_phone": "519-555-0156",
        "target_learners": "Pathologists' assistants and morgue technicians new to autopsy work",
        "rationale": "Autopsy staff are trained on the job by one or two seniors; retirements will leave three regional morgues without trained assistants by 2028.",
        "competencies": "Evisceration techniques; organ dissection and sampling; infection control in the morgue; documentation and chain of custody",
        "learning_outcomes": ["Perform a complete evisceration under supervision",
                              "Dissect and sample organs to protocol",
                              "Apply morgue infection-control and chain-of-custody procedures"],
        "summative_assessment": "Direct observation of two complete autopsies scored by a pathologist",
        "partner_name": "Elmwood Regional Pathology",
        "endorsement_status": "confirmed",
        "delivery_format": "in_person",
        "estimated_hours": 40,
        "expected_enrolment": 8,
        "submission_date": "2026-11-23",
    }
    path = OUT / name
    W_, H_ = 960, 540
    c = canvas.Canvas(str(path), pagesize=(W_, H_))
    c.setFillColor(HexColor("#1B2A41"))
    c.rect(0, H_ - 90, W_, 90, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 24)
    c.drawString(36, H_ - 50, F["proposal_title"])
    c.setFont("Helvetica", 12)
    c.drawString(36, H_ - 74, "A new micro-credential  |  pitch for the CE concept intake  |  23 Nov 2026")
    st = ParagraphStyle("b", fontName="Helvetica", fontSize=11, leading=14)
    hd = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=13, leading=16, textColor=HexColor("#C0392B"))

    def box(x, y, w, h, title, body_paras):
        c.setStrokeColor(HexColor("#BBBBBB"))
        c.roundRect(x, y, w, h, 8, stroke=1, fill=0)
        items = [Paragraph(title, hd)] + [Paragraph(p, st) for p in body_paras]
        f = Frame(x + 6, y + 4, w - 12, h - 8, showBoundary=0)
        f.addFromList([KeepInFrame(w - 12, h - 8, items, mode="shrink")], c)

    box(30, 200, 290, 240, "Why", [F["rationale"], "<b>For:</b> " + F["target_learners"]])
    box(335, 200, 300, 240, "Learners will be able to",
        ["• " + o for o in F["learning_outcomes"]] + ["<b>Skills:</b> " + F["competencies"]])
    box(650, 200, 280, 240, "Proof & backing",
        ["<b>Assessment:</b> " + F["summative_assessment"],
         "<b>Partner:</b> " + F["partner_name"] + " – endorsement confirmed, letter to follow"])
    c.setFillColor(HexColor("#F4F6F8"))
    c.rect(30, 110, 900, 70, stroke=0, fill=1)
    c.setFillColor(black)
    c.setFont("Helvetica-Bold", 14)
    for i, (k, v) in enumerate([("Format", "In person"), ("Hours", "40"), ("Seats / year", "8"), ("Start", "when funded")]):
        c.setFont("Helvetica", 9)
        c.drawString(50 + i * 225, 160, k.upper())
        c.setFont("Helvetica-Bold", 16)
        c.drawString(50 + i * 225, 130, v)
    c.setFont("Helvetica", 10)
    c.drawString(30, 70, f"{F['proposer_name']} · {F['proposer_title']} · {F['proposer_department']}")
    c.drawString(30, 54, f"{F['proposer_email']} · {F['proposer_phone']}")
    c.setFont("Helvetica", 8)
    c.drawRightString(930, 20, "1")
    c.save()
    F["proposed_start"] = "when funded"
    record(H, name, "5", "en", "reportlab canvas 16:9 slide (boxes with KeepInFrame, key-figure strip)", F,
           "Incomplete: the slide never mentions Michener's Education Plan, so education_plan_alignment is "
           "missing; there is no partner contact. A one-page 16:9 PITCH SLIDE saved as PDF: title band ('A new "
           "micro-credential | pitch ... | 23 Nov 2026'), three boxes 'Why' (rationale + 'For:'), 'Learners will "
           "be able to' (• outcomes + 'Skills:'), 'Proof & backing' ('Assessment:', 'Partner: ... – endorsement "
           "confirmed, letter to follow' = confirmed), a key-figure strip with small captions above big values "
           "(FORMAT In person, HOURS 40, SEATS / YEAR 8, START when funded - the caption is above its value, so "
           "extraction may give the captions in one line and the values in the next), and the presenter's name, "
           "title, department, email and phone in the footer; page number '1' is furniture.",
           checks=["A new micro-credential", "endorsement confirmed, letter to follow", "In person", "40", "8",
                   "23 Nov 2026"])


# ---------------------------------------------------------------- H21 Q&A in the applicant's words (Jira markup -> pandoc -> DOCX)
def h21():
    name = "Q&A - ventilator weaning protocols micro-credential.docx"
    F = {
        "proposal_title": "Protocolised Ventilator Weaning for Respiratory Therapists",
        "request_type": "micro_course",
        "proposer_name": "Rosalind Ibekwe-Sandvik",
        "proposer_title": "Respiratory Therapy Clinical Specialist",
        "proposer_department": "Respiratory Therapy, Thornbury General Hospital",
        "proposer_email": "ribekwe-sandvik@example.org",
        "proposer_phone": "289-555-0139",
        "target_learners": "Registered respiratory therapists working in adult ICUs",
        "rationale": "Our ICUs adopted an RT-driven weaning protocol in 2026 and adherence is under 60 %; therapists want a short course on screening, spontaneous breathing trials and extubation readiness.",
        "competencies": "Daily weaning screen; running a spontaneous breathing trial; extubation readiness assessment; documentation to protocol",
        "learning_outcomes": ["Screen ventilated patients daily for weaning readiness",
                              "Conduct a spontaneous breathing trial and recognise failure criteria",
                              "Assess extubation readiness including cuff leak and airway protection"],
        "summative_assessment": "Three protocol-driven SBTs observed at the bedside and a simulation of a failed trial",
        "partner_name": "Thornbury General Hospital Critical Care",
        "partner_contact": "Dr. Amara Lindgren-Obi",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "Education Plan: evidence-informed practice and interprofessional critical care",
        "delivery_format": "hybrid",
        "estimated_hours": 6,
        "proposed_start": "February 2027",
        "expected_enrolment": 45,
        "submission_date": "2026-11-21",
    }
    qa = [
        ("What are you calling it?", F["proposal_title"]),
        ("Is it brand new, a conversion, or something smaller?", "Smaller – a micro-course."),
        ("Who are you and how do we reach you?",
         f"{F['proposer_name']}, {F['proposer_title']}, {F['proposer_department']}. {F['proposer_email']} / {F['proposer_phone']}"),
        ("Who should take it?", F["target_learners"]),
        ("What problem does it solve?", F["rationale"]),
        ("What skills will it build?", F["competencies"]),
        ("What will people be able to do at the end?", None),
        ("How will you check they can really do it?", F["summative_assessment"]),
        ("Who is backing it, and is it in writing?",
         f"{F['partner_name']}; contact {F['partner_contact']}. Yes – letter of support attached."),
        ("How does it fit Michener's plans?", F["education_plan_alignment"]),
        ("Format, hours, start, numbers?", "Hybrid / 6 hours / February 2027 / 45 per year"),
        ("Date", "21 Nov 2026"),
    ]
    out = ["h2. Questions and answers about our micro-course idea", ""]
    for i, (q, a) in enumerate(qa, 1):
        out.append(f"h4. Q{i}. {q}")
        if a is None:
            out += [f"# {o}" for o in F["learning_outcomes"]]
        else:
            out.append(a)
        out.append("")
    src = write_tmp("weaning.jira", "\n".join(out))
    pandoc(src, OUT / name, "jira")
    record(H, name, "5", "en", "Jira wiki markup -> pandoc 2.17 -> DOCX", F,
           "A Q&A where the QUESTIONS ARE IN THE APPLICANT'S OWN WORDS ('What are you calling it?', 'Is it brand "
           "new, a conversion, or something smaller?', 'Who is backing it, and is it in writing?', 'Format, hours, "
           "start, numbers?'), numbered 'Q1.' ... 'Q12.' as headings, written in Jira wiki markup and converted by "
           "pandoc (new route). 'Smaller – a micro-course.' = micro_course; the 'Who are you' answer holds name, "
           "title, department, email and phone; outcomes as a numbered list; 'Yes – letter of support attached.' "
           "= letter_attached with partner and contact before it; 'Hybrid / 6 hours / February 2027 / 45 per year' "
           "gives four fields in the order of the question; date '21 Nov 2026'.",
           checks=["Smaller – a micro-course.", "letter of support attached", "Hybrid / 6 hours / February 2027 / 45 per year",
                   "21 Nov 2026"])


# ---------------------------------------------------------------- H22 memo with tab stops, several fields in one sentence, incomplete
def h22():
    name = "Memo - autoverification rules micro-credential.docx"
    F = {
        "proposal_title": "Designing and Validating Autoverification Rules",
        "request_type": "new",
        "proposer_name": "Tobiah Mensah-Kowalski",
        "proposer_title": "LIS Analyst",
        "proposer_department": "Laboratory Information Systems, Crestline Health Laboratories",
        "proposer_email": "tmensah-kowalski@example.com",
        "proposer_phone": "416-555-0116",
        "target_learners": "laboratory information system analysts and senior technologists",
        "rationale": "Autoverification now releases over 70 % of our chemistry results, yet the rules were written by one person who is retiring and nobody else can validate changes",
        "learning_outcomes": ["write autoverification rules for delta checks, critical values and interference indices",
                              "validate a rule set with simulated and historical results",
                              "document and control rule changes"],
        "summative_assessment": "a validation package for a supplied rule set, reviewed by a laboratory director",
        "partner_name": "Crestline Health Laboratories",
        "endorsement_status": "in_discussion",
        "education_plan_alignment": "the Education Plan's focus on digital health and laboratory quality",
        "delivery_format": "online",
        "estimated_hours": 12,
        "proposed_start": "spring 2027",
        "expected_enrolment": 25,
        "submission_date": "2026-11-25",
    }
    doc = Document()
    doc.add_paragraph("MEMORANDUM").runs[0].bold = True
    for lab, val in [("TO:", "Continuing Education, Michener"), ("FROM:", f"{F['proposer_name']}, {F['proposer_title']}"),
                     ("DATE:", "25 November 2026"), ("RE:", "Proposed micro-credential – autoverification")]:
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(2.5), WD_TAB_ALIGNMENT.LEFT)
        p.add_run(lab).bold = True
        p.add_run("\t" + val)
    doc.add_paragraph("_" * 60)
    doc.add_paragraph(f"I am proposing a new micro-credential, {F['proposal_title']}, for {F['target_learners']}, "
                      f"delivered online over 12 hours starting {F['proposed_start']}, for about 25 learners a year.")
    doc.add_paragraph(f"The reason is simple: {F['rationale']}.")
    o = F["learning_outcomes"]
    doc.add_paragraph(f"Participants would learn to {o[0]}; {o[1]}; and {o[2]}.")
    doc.add_paragraph(f"Achievement would be shown through {F['summative_assessment']}. {F['partner_name']} "
                      f"(my employer) is discussing a formal endorsement with its medical director, but nothing has "
                      f"been decided. The course supports {F['education_plan_alignment']}.")
    doc.add_paragraph("I would be glad to discuss.")
    for line in [F["proposer_name"], F["proposer_title"], F["proposer_department"],
                 f"{F['proposer_email']} | {F['proposer_phone']}"]:
        doc.add_paragraph(line).paragraph_format.space_after = Pt(0)
    doc.save(OUT / name)
    record(H, name, "5", "en", "python-docx memo (tab-stop header lines, signature block)", F,
           "Incomplete: the memo never names the competencies or skills (only outcomes), so competencies is "
           "missing. A MEMO (TO/FROM/DATE/RE lines aligned with a tab stop) whose first sentence holds SIX "
           "fields: 'I am proposing a new micro-credential, <title>, for <learners>, delivered online over 12 "
           "hours starting spring 2027, for about 25 learners a year.'; rationale after 'The reason is simple:'; "
           "outcomes INLINE after 'learn to' separated by semicolons with a final 'and' (split into items, lower "
           "case as written); assessment after 'shown through'; 'is discussing a formal endorsement ... but nothing "
           "has been decided' = in_discussion; the partner is the proposer's employer; alignment after 'supports'; "
           "contact details in the closing block; date from the DATE line.",
           checks=["new micro-credential", "delivered online over 12 hours", "about 25 learners a year",
                   "nothing has been decided", "25 November 2026"])


# ---------------------------------------------------------------- H23 greyscale scan, two pages, fold line
def h23():
    from fpdf import FPDF
    from PIL import Image, ImageDraw
    name = "SCAN0001 (2).pdf"
    F = {
        "proposal_title": "Pulse Oximetry Accuracy and Skin Pigmentation",
        "request_type": "micro_course",
        "proposer_name": "Adaora Lindqvist-Mbeki",
        "proposer_title": "Respiratory Therapist Educator",
        "proposer_department": "Respiratory Services, Fairview Community Hospital",
        "proposer_email": "alindqvist-mbeki@example.org",
        "proposer_phone": "905-555-0188",
        "target_learners": "Respiratory therapists, nurses and paramedics who rely on pulse oximetry",
        "rationale": "Pulse oximeters overestimate oxygen saturation in patients with darker skin, and clinicians are unaware of the size of the error or what to do about it.",
        "competencies": "Understanding oximeter bias; confirming with arterial blood gases; equitable escalation",
        "learning_outcomes": ["Explain how skin pigmentation affects pulse oximetry",
                              "Decide when to confirm SpO2 with an arterial blood gas",
                              "Apply equitable escalation thresholds"],
        "summative_assessment": "Online case quiz with a pass mark of 80 %",
        "partner_name": "Fairview Community Hospital",
        "endorsement_status": "confirmed",
        "education_plan_alignment": "Education Plan priority on equity in health care",
        "delivery_format": "online",
        "estimated_hours": 2,
        "expected_enrolment": 300,
        "submission_date": "2026-11-17",
    }
    shown = {"estimated_hours": "2", "expected_enrolment": "300", "submission_date": "17/11/2026"}
    pdf = FPDF(format="letter")
    pdf.add_font("DejaVu", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 10, "Micro-Course / Credential Concept Form", new_x="LMARGIN", new_y="NEXT")
    for label, answers in pairs(F, shown, lo_style="1.", empty=("existing_program_name", "partner_contact", "proposed_start")):
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(0, 7, label + ":", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 10.5)
        for a in answers:
            pdf.multi_cell(0, 6, a if a else " ", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    src = TMP / "src_oximetry.pdf"
    pdf.output(str(src))
    shutil.copy(src, MAKE / f"src_{name}")
    scan_pdf(src, OUT / name, dpi=200, angle=1.1, seed=23)
    # add a fold shadow across the middle of each page image
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(str(OUT / name))
    imgs = []
    for i in range(len(doc)):
        im = doc[i].render(scale=200 / 72).to_pil().convert("L")
        d = ImageDraw.Draw(im)
        y = im.size[1] // 2
        for k in range(6):
            d.line([(0, y + k), (im.size[0], y + k - 8)], fill=150 + 15 * k)
        imgs.append(im)
    imgs[0].save(str(OUT / name), "PDF", resolution=200, save_all=True, append_images=imgs[1:], quality=65)
    record(H, name, "6", "en", "fpdf2 -> pypdfium2 200 dpi -> Pillow (greyscale, 1.1° skew, fold shadow) -> image-only PDF", F,
           "Scanned two-page 'Label:' / answer printout, greyscale at 200 dpi, rotated 1.1°, blurred, speckled, with "
           "a grey FOLD LINE across the middle of each page (the form had been folded in thirds for an envelope); "
           "image-only PDF (no text layer) -> manual review. fields are what a person reads on the page (source "
           "kept as _make/src_<file>).",
           manual=True, checks=["17/11/2026"], src_for_check=f"src_{name}")


# ---------------------------------------------------------------- H24 black-and-white 1-bit scan, incomplete
def h24():
    from PIL import Image
    name = "20261124_153012.pdf"
    F = {
        "proposal_title": "Urinary Catheter Insertion and Care in the Community",
        "request_type": "new",
        "proposer_name": "Benedetta Osei-Kaminski",
        "proposer_title": "Community Nursing Practice Lead",
        "proposer_department": "Home and Community Care, Lakelands Nursing Services",
        "proposer_email": "bosei-kaminski@example.com",
        "proposer_phone": "705-555-0161",
        "target_learners": "Community and home-care nurses",
        "rationale": "Catheter-associated urinary tract infections are the most common infection in our home-care patients.",
        "competencies": "Aseptic insertion; catheter selection; maintenance bundles; teaching patients and carers",
        "learning_outcomes": ["Insert an indwelling catheter using aseptic technique",
                              "Apply the maintenance bundle at each visit",
                              "Teach patients and carers to recognise complications"],
        "summative_assessment": "Observed insertion on a task trainer and one supervised home visit",
        "endorsement_status": "none",
        "education_plan_alignment": "Education Plan: community-based continuing education",
        "delivery_format": "hybrid",
        "estimated_hours": 5,
        "proposed_start": "Fall 2027",
        "expected_enrolment": 80,
        "submission_date": "2026-11-24",
    }
    shown = {"estimated_hours": "5", "expected_enrolment": "80", "submission_date": "Nov 24, 2026"}
    doc = Document()
    doc.add_heading("Micro-Course / Credential Concept Form", 1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label, answers in pairs(F, shown, lo_style="1.",
                                empty=("existing_program_name", "partner_name", "partner_contact", "competency_framework",
                                       "resources_required")):
        c = t.add_row().cells
        set_cell_text(c[0], label, bold=True, size=9)
        set_cell_text(c[1], "\n".join(answers), size=9.5)
    src_docx = TMP / "catheter.docx"
    doc.save(src_docx)
    lo_to(src_docx, "pdf", TMP / "src_catheter.pdf")
    shutil.copy(TMP / "src_catheter.pdf", MAKE / f"src_{name}")
    import pypdfium2 as pdfium
    import random
    rnd = random.Random(24)
    d = pdfium.PdfDocument(str(TMP / "src_catheter.pdf"))
    imgs = []
    for i in range(len(d)):
        im = d[i].render(scale=300 / 72).to_pil().convert("L").rotate(-0.5, expand=True, fillcolor=255)
        px = im.load()
        w, h = im.size
        for _ in range(w * h // 1500):
            px[rnd.randrange(w), rnd.randrange(h)] = 0
        imgs.append(im.point(lambda v: 255 if v > 150 else 0).convert("1"))
    imgs[0].save(str(OUT / name), "PDF", resolution=300, save_all=True, append_images=imgs[1:])
    record(H, name, "6", "en", "python-docx -> LibreOffice PDF -> pypdfium2 300 dpi -> Pillow 1-bit (thresholded) -> image-only PDF", F,
           "Incomplete: the partner field is empty (endorsement 'None yet' ticked), so partner_name is missing. "
           "A BLACK-AND-WHITE (1-bit, thresholded, 300 dpi) scan of the official table form, as a copier's "
           "scan-to-email produces, rotated -0.5° with salt noise; image-only PDF (no text layer) -> manual review. "
           "fields are what a person reads on the page (source kept as _make/src_<file>).",
           manual=True, checks=["Nov 24, 2026"], src_for_check=f"src_{name}")


# ================================================================ shape 7 look-alikes
def h25():
    name = "Accreditation self-study - Standard 3 Curriculum (MLT program) - completed page.docx"
    doc = Document()
    doc.add_heading("Program Accreditation Self-Study 2026–27", 1)
    doc.add_paragraph("Standard 3: Curriculum and assessment — Evidence page (completed by the program)")
    rows = [("Program", "Medical Laboratory Technology – Advanced Diploma"),
            ("Completed by", "Hyacinth Oduya-Bergström, Program Chair"),
            ("Email / phone", "hoduya-bergstrom@example.org / 416-555-0124"),
            ("3.1 Competency framework used", "National competency profile for MLTs (2024 edition)"),
            ("3.2 How are learning outcomes mapped to competencies?", "Each course outline maps its learning outcomes to the profile; the map is reviewed yearly."),
            ("3.3 Summative assessment of clinical competence", "Clinical placement evaluation and a comprehensive practical exam in semester 6"),
            ("3.4 Employer / industry involvement", "Program advisory committee with six employer partners; letters on file"),
            ("3.5 Alignment with institutional plans", "Aligned with the Education Plan 2024–2029"),
            ("3.6 New offerings planned", "A micro-credential in MALDI-TOF identification is under discussion with CE"),
            ("Rating (self-assessed)", "☒ Meets   ☐ Partially meets   ☐ Does not meet"),
            ("Date", "2026-11-20")]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in rows:
        c = t.add_row().cells
        set_cell_text(c[0], a, bold=True)
        set_cell_text(c[1], b)
    doc.save(OUT / name)
    record(H, name, "7", "en", "python-docx table", {},
           "NOT a concept form: a completed ACCREDITATION SELF-STUDY evidence page of an existing diploma program "
           "(competency framework, learning outcomes, summative assessment, employer involvement, Education Plan "
           "alignment, a planned micro-credential, ☒ rating, names, email, phone, date) - a label/answer table with "
           "concept-form vocabulary that evaluates a program, not a proposal.", is_form=False)


def h26():
    from reportlab.pdfgen import canvas
    name = "Faculty expression of interest - CE micro-credentials (filled).pdf"
    spec = [
        ("Name", "text", "Name", "Oskar Nwachukwu-Lindahl", 16),
        ("Current position", "text", "Position", "Sessional Instructor, Respiratory Therapy", 16),
        ("Email", "text", "Email", "onwachukwu-lindahl@example.com", 16),
        ("Phone", "text", "Phone", "416-555-0192", 16),
        ("Areas of expertise", "text", "Expertise", "Mechanical ventilation; neonatal resuscitation; simulation debriefing", 28),
        ("I would like to", "check", None, [("Teach", "Teach in a micro-credential", True),
                                           ("Develop", "Develop learning outcomes / assessments", True),
                                           ("Propose", "Propose a new micro-credential", False)], 16),
        ("Preferred delivery", "radio", "Delivery", [("Online", "Online", False), ("InPerson", "In person", False),
                                                    ("Hybrid", "Hybrid", True)], 16),
        ("Availability (hours per term)", "text", "Hours", "40", 16),
        ("Earliest start", "text", "Start", "January 2027", 16),
        ("Comments", "text", "Comments", "Happy to help with the summative assessment design for the weaning micro-course.", 28),
        ("Date", "text", "Date", "2026-11-22", 16),
    ]
    c = canvas.Canvas(str(OUT / name), pagesize=(612, 792))
    acro_page(c, spec, "Continuing Education – Faculty Expression of Interest", top=760, label_w=170, width=380)
    c.save()
    record(H, name, "7", "en", "reportlab AcroForm (text fields, check boxes, radio group)", {},
           "NOT a concept form: a filled fillable-PDF EXPRESSION OF INTEREST from a faculty member who wants to "
           "teach or develop micro-credentials (name, position, email, phone, expertise, check boxes, delivery "
           "radio group 'Hybrid', hours, start, comments mentioning a summative assessment, date). Same shape as a "
           "fillable concept form, but it offers a person, not a proposal ('Propose a new micro-credential' is "
           "NOT ticked).", is_form=False)


def h27():
    name = "Learning plan - K Adeyemi-Solberg - MSK ultrasound micro-credential.docx"
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri">
<h2>Individual Learning Plan</h2>
<p><b>Learner:</b> Kwame Adeyemi-Solberg, Physiotherapist &nbsp; <b>Email:</b> kadeyemi-solberg@example.com &nbsp; <b>Phone:</b> 647-555-0103</p>
<p><b>Micro-credential:</b> Point-of-Care Musculoskeletal Ultrasound for Physiotherapists (cohort 1) &nbsp; <b>Mentor:</b> Tariq Holmqvist-Ade</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>My learning goal</th><th>Related learning outcome</th><th>How I will practise</th><th>Evidence / assessment</th><th>Target date</th></tr>
<tr><td>Get reliable rotator cuff images</td><td>Identify normal tendon anatomy of the shoulder</td><td>10 scans on colleagues</td><td>Logbook signed by mentor</td><td>2028-02-15</td></tr>
<tr><td>Use ultrasound as biofeedback</td><td>Use real-time ultrasound in motor-control retraining</td><td>Two patients a week</td><td>Case write-up</td><td>2028-03-10</td></tr>
<tr><td>Pass the scanning exam</td><td>All outcomes</td><td>Mock OSSE with mentor</td><td>Summative scanning examination</td><td>2028-04-05</td></tr></table>
<p><b>Supports I need:</b> access to the clinic machine on Fridays. <b>Employer support:</b> Bayside Sports Medicine Clinic (confirmed).</p>
<p>Agreed on 2 December 2026 by learner and mentor.</p></body></html>"""
    src = write_tmp("learning_plan.html", html)
    lo_to(src, "docx:MS Word 2007 XML", OUT / name)
    record(H, name, "7", "en", "HTML -> LibreOffice 7.4 Writer -> DOCX", {},
           "NOT a concept form: a learner's INDIVIDUAL LEARNING PLAN for a micro-credential (learner name, email, "
           "phone, mentor, a table of goals against learning outcomes with evidence and summative assessment, "
           "employer support 'confirmed', dates). It plans one learner's study, it does not propose a course.",
           is_form=False)


def h28():
    name = "Budget request - micro-credential development FY2027 (filled).pdf"
    html = """<html><head><meta charset="utf-8"><style>td,th{font-size:9pt;padding:3px} body{font-family:'Liberation Sans'}</style></head><body>
<h2>Development Budget Request – FY 2027</h2>
<table border="1" style="border-collapse:collapse" width="100%">
<tr><td><b>Requested by</b></td><td>Ludovica Afolayan-Strand, Program Manager, Continuing Education</td></tr>
<tr><td><b>Email / phone</b></td><td>lafolayan-strand@michener.example / 416-555-0106</td></tr>
<tr><td><b>Project</b></td><td>Development of the micro-course “Protocolised Ventilator Weaning for Respiratory Therapists”</td></tr>
<tr><td><b>Type</b></td><td>☒ Curriculum development ☐ Equipment ☐ Marketing</td></tr>
<tr><td><b>Justification</b></td><td>Concept approved in principle; partner letter of support received. Funds cover outcome writing, summative assessment design and simulation time.</td></tr></table>
<h3>Line items</h3>
<table border="1" style="border-collapse:collapse" width="100%">
<tr><th>Item</th><th>Hours / units</th><th>Rate</th><th>Amount</th></tr>
<tr><td>Subject-matter expert (learning outcomes, content)</td><td>60 h</td><td>$85</td><td>$5,100</td></tr>
<tr><td>Instructional designer</td><td>40 h</td><td>$75</td><td>$3,000</td></tr>
<tr><td>Simulation lab (assessment pilot)</td><td>2 days</td><td>$1,200</td><td>$2,400</td></tr>
<tr><td colspan="3"><b>Total requested</b></td><td><b>$10,500</b></td></tr></table>
<p>Expected enrolment after launch: 45 per year. Start of development: January 2027.</p>
<p>Approved: ____________ (Director)   Date: __________   Submitted: 2026-11-28</p></body></html>"""
    src = write_tmp("budget.html", html)
    lo_to(src, "pdf:writer_pdf_Export", OUT / name)
    record(H, name, "7", "en", "HTML tables -> LibreOffice 7.4 Writer -> PDF", {},
           "NOT a concept form: a filled BUDGET REQUEST to develop a micro-course (requester, email/phone, project "
           "title, ☒ type, justification mentioning outcomes, summative assessment and a partner letter, a table "
           "of line items with hours and amounts, expected enrolment, start, dates). It asks for money inside CE; "
           "it does not propose the course.", is_form=False)


def h29():
    name = "Procès-verbal - comité de programme FC - 2026-11-19.docx"
    doc = Document()
    doc.add_heading("Procès-verbal – Comité de programme de la formation continue", 1)
    doc.add_paragraph("Date : 19 novembre 2026, 13 h 30 – 15 h. Lieu : salle 3-210 et Teams.")
    doc.add_paragraph("Présences : Aurélie Baptiste-Nakamura (présidente), Idriss Lévesque-Owusu, Clémence Abergel-Nkemelu, "
                      "Florian Dumont-Achebe (secrétaire).")
    doc.add_heading("1. Adoption de l’ordre du jour", 2)
    doc.add_paragraph("Adopté à l’unanimité.")
    doc.add_heading("2. Proposition de microcertificat : dépistage du risque suicidaire à l’urgence", 2)
    doc.add_paragraph("Mme Kaboré-Lindgren (skabore-lindgren@example.org, 819-555-0129) a présenté son concept. "
                      "Le comité note que les résultats d’apprentissage sont clairs, que l’évaluation sommative "
                      "(jeu de rôle filmé) est adéquate et que la lettre d’appui du partenaire est jointe. "
                      "Format en ligne, 5 heures, environ 250 apprenants par année.")
    doc.add_paragraph("Décision : le comité recommande l’approbation sous réserve d’une précision sur l’alignement "
                      "avec le Plan d’éducation.")
    doc.add_heading("3. Varia", 2)
    doc.add_paragraph("Prochaine réunion : 17 décembre 2026.")
    doc.add_paragraph("Secrétaire : Florian Dumont-Achebe, fdumont-achebe@michener.example, 416-555-0107")
    src = TMP / "pv.docx"
    doc.save(OUT / name)
    record(H, name, "7", "fr", "python-docx (headings, paragraphs)", {},
           "NOT a concept form (French): MINUTES of a CE program committee that DISCUSS a proposed micro-credential "
           "(title, proposer with email and phone, outcomes, summative assessment, letter of support, format, "
           "hours, enrolment, a decision), with attendees, dates and the secretary's contact. Minutes about a "
           "proposal are not the proposal.", is_form=False)


def h30():
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, ListFlowable, ListItem
    name = "Call for micro-credential concepts 2027 - CE.pdf"
    ss = getSampleStyleSheet()
    fields = ["Proposed title", "Type of request (new micro-credential, conversion of an existing program, micro-course)",
              "Your name, position, department, email and phone", "Target learners and rationale / need",
              "Competencies and learning outcomes [R1]", "Summative assessment [R2]",
              "Industry / employment partner and endorsement status [R3]",
              "Alignment with Michener's Education Plan [R4]",
              "Delivery format, estimated hours, proposed start, expected enrolment"]
    story = [Paragraph("Call for Micro-Credential Concepts – 2027 intake", ss["Title"]),
             Paragraph("Continuing Education invites staff, faculty and partners to propose micro-credentials for 2027. "
                       "Complete the Micro-Course / Credential Concept Form and email it to ce@michener.example by "
                       "31 January 2027.", ss["BodyText"]),
             Paragraph("The form asks for:", ss["BodyText"]),
             ListFlowable([ListItem(Paragraph(f, ss["BodyText"])) for f in fields], bulletType="bullet"),
             Spacer(1, 8),
             Paragraph("<b>Example of a strong answer (learning outcomes):</b> “Learners will be able to (1) level and zero "
                       "a transducer; (2) perform a square-wave test; (3) recognise damping.”", ss["BodyText"]),
             Paragraph("Questions? Contact Nadia Okafor-Reyes, CE Advisor, nokafor-reyes@michener.example, 416-555-0100. "
                       "Information sessions: 10 December 2026 and 14 January 2027 (online).", ss["BodyText"])]
    SimpleDocTemplate(str(OUT / name), pagesize=letter).build(story)
    record(H, name, "7", "en", "reportlab platypus (Title, bullets)", {},
           "NOT a concept form: CE's own CALL FOR CONCEPTS - it lists every field of the concept form with the "
           "[R1]-[R4] markers, gives an example answer for learning outcomes, a deadline, the CE advisor's email and "
           "phone and session dates. It describes the form; nobody proposes anything.", is_form=False)
