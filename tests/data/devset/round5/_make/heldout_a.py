"""Round 5, held-out half, part A: retyped documents (shape 5)."""
from lib import *
from forms import *

OUT = ROOT / "heldout"
OUT.mkdir(exist_ok=True)


# ------------------------------------------------------------------ H01 Outlook print of a thread: correction on top of the proposal
def h01():
    F = {
        "proposal_title": "Hemodynamic Monitoring in the Cardiac Catheterization Lab",
        "proposer_name": "Ottilie Marchetti-Owusu",
        "proposer_title": "Clinical Educator, Cardiovascular Technology",
        "proposer_department": "Heart Centre, Riverbend General Hospital",
        "proposer_email": "o.marchetti-owusu@example.org",
        "proposer_phone": "416-555-0187",
        "request_type": "new",
        "target_learners": "cardiovascular technologists, RNs and RTs who are new to the cath lab monitoring station",
        "rationale": "Our cath lab added a second room in 2026 and doubled its recorder staff; new staff need six months of shadowing before they can record pressures alone, and pressure-waveform errors were behind 9 of last year's 14 repeat studies.",
        "competencies": "setting up and zeroing transducers, recognising normal and abnormal pressure waveforms, calculating gradients, cardiac output and valve areas, and documenting the procedure log",
        "learning_outcomes": [
            "set up, level and zero a fluid-filled pressure system",
            "identify normal and pathological waveforms from each heart chamber",
            "calculate valve gradients, cardiac output (Fick and thermodilution) and shunt ratios",
            "maintain an accurate real-time procedure log"],
        "summative_assessment": "a recorded simulated case on the hemodynamic simulator, assessed with a checklist by two senior technologists, plus a calculation exam (pass mark 80%)",
        "partner_name": "Riverbend General Hospital Heart Centre",
        "partner_contact": "Dr. Anselm Kowalewski-Reid, Cath Lab Director",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "It answers the Education Plan's call for workforce-driven, competency-based credentials developed with clinical partners.",
        "delivery_format": "hybrid",
        "estimated_hours": 15,
        "proposed_start": "September 2027",
        "expected_enrolment": 20,
        "submission_date": "2026-11-17",
    }
    o = F["learning_outcomes"]
    import docx
    from docx.shared import Pt, RGBColor
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"; d.styles["Normal"].font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = ""

    def hdr(name):
        p = d.add_paragraph(); r = p.add_run(name); r.bold = True; r.font.size = Pt(14)
        p = d.add_paragraph("_" * 86); p.runs[0].font.color.rgb = RGBColor(0x99, 0x99, 0x99)

    def meta(rows):
        t = d.add_table(rows=0, cols=2)
        for a, b in rows:
            c = t.add_row().cells
            c[0].text = a; c[0].paragraphs[0].runs[0].bold = True
            c[1].text = b
            c[0].width = docx.shared.Inches(1.0); c[1].width = docx.shared.Inches(5.5)
        d.add_paragraph()
    hdr("Ottilie Marchetti-Owusu")
    meta([("From:", f"Ottilie Marchetti-Owusu <{F['proposer_email']}>"), ("Sent:", "Thursday, November 19, 2026 8:12 AM"),
          ("To:", "CE Mailbox <ce@michener.example>"), ("Subject:", "RE: Micro-credential proposal - cath lab hemodynamics"),
          ("Attachments:", "Letter of support - Riverbend Heart Centre.pdf")])
    for t in ["Good morning,",
              "Two corrections to the proposal I sent on Tuesday (below). After talking to our director, the course will be 15 hours, "
              "not 12 - we are adding a three-hour calculation workshop. And the Heart Centre's letter of support has now been signed; it is attached.",
              "Everything else stands.", "Ottilie"]:
        d.add_paragraph(t)
    p = d.add_paragraph("_" * 86); p.runs[0].font.color.rgb = RGBColor(0x99, 0x99, 0x99)
    for a, b in [("From:", "Ottilie Marchetti-Owusu"), ("Sent:", "Tuesday, November 17, 2026 4:48 PM"), ("To:", "CE Mailbox"),
                 ("Subject:", "Micro-credential proposal - cath lab hemodynamics")]:
        p = d.add_paragraph(); r = p.add_run(a + " "); r.bold = True; p.add_run(b); p.paragraph_format.space_after = Pt(0)
    d.add_paragraph()
    body = [
        "Hello CE team,",
        f"Please consider the following proposal for a new micro-credential.",
        ("Title", F["proposal_title"]),
        ("Who it is for", F["target_learners"]),
        ("The need", F["rationale"]),
        ("Skills", F["competencies"]),
        ("Outcomes", "Learners will be able to:"),
    ]
    for b in body:
        if isinstance(b, tuple):
            p = d.add_paragraph(); r = p.add_run(b[0] + ": "); r.bold = True; p.add_run(b[1])
        else:
            d.add_paragraph(b)
    for x in o:
        d.add_paragraph(x, style="List Bullet")
    for a, b in [("Assessment", F["summative_assessment"] + "."),
                 ("Partner", f"{F['partner_name']}; contact {F['partner_contact']}. The endorsement is confirmed and the letter will follow."),
                 ("Fit with the Education Plan", F["education_plan_alignment"]),
                 ("Logistics", f"Hybrid (online theory and two lab days), 12 hours, starting {F['proposed_start']}, about 20 learners a year.")]:
        p = d.add_paragraph(); r = p.add_run(a + ": "); r.bold = True; p.add_run(b)
    for t in ["Thank you,", F["proposer_name"], F["proposer_title"], F["proposer_department"], f"T {F['proposer_phone']}"]:
        p = d.add_paragraph(t); p.paragraph_format.space_after = Pt(0)
    work = Path(tempfile.mkdtemp(dir=TMP))
    src = work / "thread.docx"; d.save(str(src))
    out = OUT / "RE_ Micro-credential proposal - cath lab hemodynamics.pdf"
    lo_file(src, "pdf", out)
    write_expected(out, 5, F, "An Outlook-style email THREAD printed to PDF (recreated with python-docx - bold sender name, rule, From/Sent/To/"
                   "Subject/Attachments table - and printed by LibreOffice): the top message is the proposer's own CORRECTION of the proposal "
                   "below it. DECISION: a later message from the same proposer supersedes the earlier value - hours are 15 ('15 hours, not 12'; "
                   "the original Logistics line still says 12 hours) and endorsement is letter_attached ('has now been signed; it is attached', "
                   "while the original said 'confirmed and the letter will follow'); submission_date is the date the proposal itself was sent "
                   "(the quoted message's Sent line 'Tuesday, November 17, 2026'), not the date of the correction. Run-in bold labels in the "
                   "writer's words; outcomes as Word bullets after 'Learners will be able to:'; the proposer's email only in the top From line; "
                   "title, department and phone in the signature.",
                   also=["new micro-credential", "15 hours, not 12", "Hybrid", "about 20 learners", "November 17, 2026", "now been signed; it is attached"],
                   route="python-docx (Outlook print layout) -> LibreOffice PDF")


# ------------------------------------------------------------------ H02 letter: contact details only in the letterhead FOOTER, flat ODT -> PDF/A
def h02():
    F = {
        "proposal_title": "Indigenous Cultural Safety in Allied Health Practice",
        "proposer_name": "Tahnee Blackbird-Lachance",
        "proposer_title": "Indigenous Health Lead",
        "proposer_department": "Patient Experience Office",
        "proposer_email": "tblackbird@example.org",
        "proposer_phone": "807-555-0135",
        "request_type": "new",
        "target_learners": "technologists, therapists and other allied health professionals who care for First Nations, Inuit and Métis patients",
        "rationale": "Patients told us in our 2025 listening circles that they are often not believed, are asked the same intrusive questions again and again, and leave imaging and laboratory visits without the test they came for. Our staff want to do better but have had only a one-hour online module.",
        "competencies": "self-reflection on bias, trauma-informed communication, knowledge of local history and health services, and working with Indigenous patient navigators",
        "learning_outcomes": [
            "Reflect on how their own assumptions affect care",
            "Use trauma-informed communication during procedures",
            "Describe the local history that shapes patients' trust in health care",
            "Involve Indigenous patient navigators and family when a patient wishes"],
        "summative_assessment": "a reflective portfolio and an observed simulated encounter with an Indigenous standardized patient, both assessed with a rubric co-developed with Elders",
        "partner_name": "Silverlake Indigenous Health Circle",
        "partner_contact": "Elder Marion Keeshig-Albright",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "Michener's Education Plan commits the Institute to reconciliation and to equity, diversity and inclusion in every program",
        "delivery_format": "hybrid",
        "estimated_hours": 12,
        "proposed_start": "January 2028",
        "expected_enrolment": 100,
        "submission_date": "2026-11-20",
    }
    o = F["learning_outcomes"]
    paras = [
        ("d", "20 November 2026"),
        ("p", "Continuing Education\nThe Michener Institute of Education at UHN\nToronto, Ontario"),
        ("p", "Dear members of the CE team,"),
        ("b", "Re: proposal for a new micro-credential"),
        ("p", f"On behalf of the Patient Experience Office, I am writing to propose a new micro-credential, “{F['proposal_title']}”, for {F['target_learners']}."),
        ("p", F["rationale"]),
        ("p", f"The course would build {F['competencies']}. Participants would:"),
        ("l", o),
        ("p", f"We would ask each learner to complete {F['summative_assessment']}."),
        ("p", f"The {F['partner_name']} has endorsed the proposal and its letter of support is enclosed; {F['partner_contact']} has agreed to be our contact."
              f" {F['education_plan_alignment']}, and this course is one concrete way to act on that commitment."),
        ("p", "We imagine a hybrid course of twelve hours (12 h), with two in-person sharing circles, first offered in January 2028 to roughly 100 staff each year."),
        ("p", "Miigwech for considering this proposal."),
        ("p", "With respect,"),
        ("p", f"\n\n{F['proposer_name']}\n{F['proposer_title']}"),
    ]
    body = ""
    for kind, t in paras:
        if kind == "l":
            body += '<text:list text:style-name="L1">' + "".join(f'<text:list-item><text:p text:style-name="Body">{esc(x)}</text:p></text:list-item>' for x in t) + "</text:list>"
        else:
            st = {"d": "Body", "p": "Body", "b": "BodyB"}[kind]
            inner = "<text:line-break/>".join(esc(x) for x in t.split("\n"))
            body += f'<text:p text:style-name="{st}">{inner}</text:p>\n'
    fodt = LETTER_FODT.format(org="Silverlake Health Network", unit="Patient Experience Office",
                              foot=f"{F['proposer_name']}, {F['proposer_title']} · {F['proposer_email']} · {F['proposer_phone']} · 1200 Lakeview Road, Thunder Bay ON",
                              body=body)
    out = OUT / "Letter - Indigenous cultural safety micro-credential.pdf"
    via_lo(fodt, "fodt", "pdf", out, filt=PDFA)
    write_expected(out, 5, F, "A proposal LETTER on organisational letterhead written as a flat ODT (letterhead in the page header, a contact "
                   "line in the page FOOTER) and exported by LibreOffice as PDF/A-2 (new route: flat ODT -> LibreOffice PDF/A). The proposer's "
                   "email and phone appear ONLY in the footer line 'name, title · email · phone · address'; the department is the 'Patient "
                   "Experience Office' named in the first sentence and in the letterhead under the organisation name. Title in curly quotes in the first "
                   "sentence with request type and learners; outcomes as an ODF list after 'Participants would:'; 'has endorsed the proposal and "
                   "its letter of support is enclosed' = letter_attached; the alignment is the first clause of a sentence; 'a hybrid course of "
                   "twelve hours (12 h) ... roughly 100 staff each year'; date '20 November 2026' at the top.",
                   also=["new micro-credential", "hybrid", "twelve hours (12 h)", "roughly 100 staff", "20 November 2026", "letter of support is enclosed"],
                   route="flat ODT letter (letterhead header, contact footer) -> LibreOffice PDF/A-2")


LETTER_FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'"/><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/></office:font-face-decls>
<office:styles>
 <style:style style:name="Standard" style:family="paragraph"><style:text-properties style:font-name="Liberation Serif" fo:font-size="11.5pt"/></style:style>
 <text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="–"><style:list-level-properties text:space-before="0.25in" text:min-label-width="0.2in"/></text:list-level-style-bullet></text:list-style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.1in" fo:line-height="125%"/></style:style>
 <style:style style:name="BodyB" style:family="paragraph" style:parent-style-name="Body"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="LH1" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="15pt" fo:font-weight="bold" fo:color="#2e5e4e"/></style:style>
 <style:style style:name="LH2" style:family="paragraph"><style:paragraph-properties fo:text-align="end" fo:border-bottom="1.5pt solid #2e5e4e" fo:padding-bottom="0.05in"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="9pt" fo:color="#2e5e4e"/></style:style>
 <style:style style:name="FT" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:border-top="0.5pt solid #999999" fo:padding-top="0.04in"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="7.5pt" fo:color="#555555"/></style:style>
 <style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="8.5in" fo:page-height="11in" fo:margin-left="1in" fo:margin-right="1in" fo:margin-top="0.5in" fo:margin-bottom="0.5in"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL">
 <style:header><text:p text:style-name="LH1">{org}</text:p><text:p text:style-name="LH2">{unit}</text:p></style:header>
 <style:footer><text:p text:style-name="FT">{foot}</text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>
{body}
</office:text></office:body></office:document>
"""


# ------------------------------------------------------------------ H03 memo: Org -> pandoc -> ODT -> LibreOffice DOCX
def h03():
    F = {
        "proposal_title": "Biosafety Cabinet Use and Daily Checks",
        "proposer_name": "Caspian Rourke-Adebayo",
        "proposer_title": "Biosafety Officer",
        "proposer_department": "Laboratory Medicine, Eastgate Regional Laboratories",
        "proposer_email": "c.rourke-adebayo@example.com",
        "proposer_phone": "613-555-0191",
        "request_type": "micro_course",
        "target_learners": "medical laboratory technologists, assistants and students who work in containment level 2 laboratories",
        "rationale": "Two exposure incidents in 2026 were traced to blocked grilles and cluttered work surfaces in biosafety cabinets, and our annual audit found that fewer than half of staff could describe the airflow of the cabinet they use every day.",
        "competencies": "cabinet start-up and daily checks, aseptic work technique inside the cabinet, spill response and decontamination",
        "learning_outcomes": [
            "Explain the airflow of a Class II biosafety cabinet and what disrupts it",
            "Complete start-up checks and record them in the cabinet log",
            "Work inside the cabinet without breaking containment",
            "Respond to a spill inside the cabinet and decontaminate it"],
        "summative_assessment": "an observed practical in the CE lab using a smoke-pattern test and a simulated spill, assessed with a checklist",
        "partner_name": "Eastgate Regional Laboratories",
        "partner_contact": "Noor Van der Berg-Sato, Quality Manager",
        "endorsement_status": "confirmed",
        "education_plan_alignment": "safe, high-quality practice and flexible learning for working professionals",
        "delivery_format": "hybrid",
        "estimated_hours": 5,
        "proposed_start": "Q2 2027",
        "expected_enrolment": 250,
        "resources_required": "Access to one Class II cabinet in the CE teaching lab and a smoke-pencil kit",
        "submission_date": "2026-11-23",
    }
    o = F["learning_outcomes"]
    org = f"""#+TITLE: MEMORANDUM
#+OPTIONS: toc:nil title:t

| *TO:*      | Continuing Education, The Michener Institute          |
| *FROM:*    | {F['proposer_name']}, {F['proposer_title']}            |
| *DEPT.:*   | {F['proposer_department']}                              |
| *DATE:*    | 2026-11-23                                              |
| *SUBJECT:* | Micro-course proposal: {F['proposal_title']}            |

-----

*Purpose.* This memo proposes a micro-course for {F['target_learners']}.

*Background.* {F['rationale']}

*Content.* The micro-course focuses on {F['competencies']}. On completion, participants will be able to:

1. {o[0]}
2. {o[1]}
3. {o[2]}
4. {o[3]}

*Evaluation.* Competence is confirmed by {F['summative_assessment']}.

*Support.* {F['partner_name']} endorses the course (confirmed by our director; a formal letter can follow). Contact: {F['partner_contact']}.

*Strategic fit.* The course reflects two Education Plan themes: {F['education_plan_alignment']}.

*Logistics.* Hybrid; 5 hours (3 online + 2 in the lab); launch {F['proposed_start']}; ~250 staff across the network in year one.

*Resources.* {F['resources_required']}.

Questions: {F['proposer_email']} / {F['proposer_phone']}
"""
    work = Path(tempfile.mkdtemp(dir=TMP))
    odt = work / "memo.odt"
    pandoc(org, "org", "odt", odt)
    out = OUT / "Memo - biosafety cabinet micro-course.docx"
    lo_file(odt, "docx", out)
    write_expected(out, 5, F, "A MEMO written in Org mode (an Org table for the TO / FROM / DEPT. / DATE / SUBJECT block, bold run-in paragraph "
                   "labels 'Purpose.', 'Background.', 'Content.', 'Evaluation.', 'Support.', 'Strategic fit.', 'Logistics.') converted to ODT "
                   "by pandoc and to DOCX by LibreOffice (new route: Org -> pandoc -> ODT -> LibreOffice DOCX). The title is only in the "
                   "SUBJECT row after 'Micro-course proposal: ' (which also gives the request type); FROM holds name and title; learners in the "
                   "Purpose sentence; outcomes numbered after a lead-in; 'endorses the course (confirmed by our director; a formal letter can "
                   "follow)' = confirmed; the alignment is the phrase after 'two Education Plan themes:'; Logistics 'Hybrid; 5 hours (3 online + 2 "
                   "in the lab); launch Q2 2027; ~250 staff ... in year one'; resources sentence; email and phone in the closing 'Questions:' "
                   "line; date ISO in the header table.",
                   also=["Micro-course proposal", "Hybrid; 5 hours", "~250 staff", "2026-11-23", "a formal letter can follow"],
                   route="Org mode -> pandoc -> ODT -> LibreOffice DOCX")


# ------------------------------------------------------------------ H04 briefing note with its own headings: Markdown -> pandoc ODT -> LO tagged PDF
def h04():
    F = {
        "proposal_title": "Liberation from Mechanical Ventilation: Weaning Protocols for RTs",
        "proposer_name": "Ifeoluwa Strandberg",
        "proposer_title": "Clinical Practice Leader, Respiratory Therapy",
        "proposer_department": "Critical Care Program, Maplewood Health Sciences",
        "proposer_email": "istrandberg@example.org",
        "proposer_phone": "905-555-0103",
        "request_type": "existing_program",
        "existing_program_name": "Advanced Critical Care for Respiratory Therapists (post-diploma certificate)",
        "target_learners": "Registered respiratory therapists working in adult intensive care units",
        "rationale": "Provincial ICU data show a median of 1.8 extra ventilator days where spontaneous breathing trials are not run daily. Our RTs lead the trials but apply the protocol inconsistently between day and night shifts.",
        "competencies": "Screening for readiness to wean, conducting spontaneous breathing trials, interpreting failure criteria, and coordinating with the sedation-awakening protocol",
        "learning_outcomes": [
            "Screen ventilated adults daily for readiness to wean",
            "Conduct and document a spontaneous breathing trial using the unit protocol",
            "Recognise trial failure and return the patient safely to support",
            "Coordinate breathing trials with daily sedation interruption"],
        "summative_assessment": "High-fidelity simulation of three weaning scenarios, scored by two assessors, and a chart audit of five real trials",
        "partner_name": "Canadian Critical Care Respiratory Network",
        "partner_contact": "Jasper Nwachukwu-Hale (jnh@example.com)",
        "endorsement_status": "in_discussion",
        "education_plan_alignment": "Converting part of an existing certificate into a stackable credential follows the Education Plan’s direction on flexible pathways.",
        "delivery_format": "online",
        "estimated_hours": 8,
        "proposed_start": "January 2027",
        "expected_enrolment": 90,
        "submission_date": "2026-11-24",
    }
    o = F["learning_outcomes"]
    md = f"""# Briefing note

**Prepared for:** Continuing Education intake review\\
**Prepared by:** {F['proposer_name']}, {F['proposer_title']}, {F['proposer_department']} ({F['proposer_email']}, {F['proposer_phone']})\\
**Date:** November 24, 2026

## Issue

Can Module 4 of our **{F['existing_program_name']}** be offered on its own as a micro-credential, *{F['proposal_title']}*?

## Audience

{F['target_learners']}.

## Considerations

{F['rationale']}

The module already teaches {F['competencies'][0].lower() + F['competencies'][1:]}.

## What graduates can do

- {o[0]}
- {o[1]}
- {o[2]}
- {o[3]}

## Evidence of competence

{F['summative_assessment']}.

## Stakeholders

{F['partner_name']} - contact {F['partner_contact']}. Status: in discussion; they have asked to see the outcomes first.

## Strategic alignment

{F['education_plan_alignment']}

## Options and recommendation

Offer the module fully online (8 hours) from {F['proposed_start']}; we estimate 90 learners per year.
"""
    work = Path(tempfile.mkdtemp(dir=TMP))
    odt = work / "brief.odt"
    pandoc(md, "markdown", "odt", odt)
    out = OUT / "Briefing note - ventilator weaning micro-credential.pdf"
    lo_file(odt, "pdf", out, filt=TAGGED)
    F2 = dict(F)
    F2["competencies"] = F["competencies"][0].lower() + F["competencies"][1:]
    write_expected(out, 5, F2, "A government-style BRIEFING NOTE with headings of its own ('Issue', 'Audience', 'Considerations', 'What graduates "
                   "can do', 'Evidence of competence', 'Stakeholders', 'Strategic alignment', 'Options and recommendation'), written in "
                   "Markdown, converted to ODT by pandoc and exported by LibreOffice as a TAGGED PDF. The request type and both the existing "
                   "program and the title are in the Issue QUESTION ('Can Module 4 of our <program> be offered on its own as a micro-credential, "
                   "<title>?') = existing_program; the 'Prepared by' line holds name, title, department, email and phone; competencies after 'The "
                   "module already teaches'; 'Status: in discussion' = in_discussion; format, hours, start and enrolment in the recommendation "
                   "sentence ('fully online (8 hours)', '90 learners per year'); date 'November 24, 2026'.",
                   also=["Can Module 4 of our", "fully online (8 hours)", "90 learners per year", "November 24, 2026", "Status: in discussion"],
                   route="Markdown -> pandoc -> ODT -> LibreOffice tagged PDF")


# ------------------------------------------------------------------ H05 "our answers" table with paraphrased questions: fpdf2 table API
def h05():
    F = {
        "proposal_title": "Dementia-Friendly Communication at the Specimen Collection Counter",
        "proposer_name": "Winifred Achebe-Sorensen",
        "proposer_title": "Manager, Patient Service Centres",
        "proposer_department": "Community Laboratory Services, Trillium Valley Labs",
        "proposer_email": "wachebe-sorensen@example.com",
        "proposer_phone": "519-555-0114",
        "request_type": "micro_course",
        "target_learners": "Specimen collection staff, receptionists and couriers in community patient service centres",
        "rationale": "About one in six of our morning patients is an older adult, and complaints about rushed or confusing visits by people living with dementia and their care partners rose 40% in 2026. Failed collections mean repeat visits and delayed results.",
        "competencies": "Recognising signs of cognitive impairment; adapting speech, pace and environment; working with care partners; responding to distress; consent and dignity",
        "learning_outcomes": [
            "Recognise when a client may be living with dementia",
            "Adapt communication and the collection environment to the person",
            "Involve care partners while keeping the client at the centre of consent",
            "De-escalate distress calmly and know when to stop a collection"],
        "summative_assessment": "Two role-plays with trained actors, scored with a communication checklist; pass on both",
        "partner_name": "Dementia Friendly Communities of Trillium Valley",
        "partner_contact": "Ruth Obiora-Lindsay, Program Director, rol@example.org",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "Person-centred care and learning for the whole health workforce, including unregulated staff",
        "delivery_format": "online",
        "estimated_hours": 3,
        "proposed_start": "February 2027",
        "expected_enrolment": 400,
        "submission_date": "2026-11-25",
    }
    o = F["learning_outcomes"]
    from fpdf import FPDF
    from fpdf.fonts import FontFace
    pdf = FPDF(format="letter")
    font_setup(pdf)
    pdf.add_page()
    pdf.set_font("DejaVuSerif", "B", 14)
    pdf.multi_cell(0, 7, "Dementia-friendly communication - what you asked and what we say", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVuSerif", "I", 9)
    pdf.multi_cell(0, 5, "Trillium Valley Labs - response to the CE concept questions - 25 Nov 2026", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVuSerif", "", 9)
    rows = [
        ("You asked", "We say"),
        ("A name for it", F["proposal_title"]),
        ("Whose idea is it and how do we reach them?", f"{F['proposer_name']} ({F['proposer_title']}, {F['proposer_department']}) - {F['proposer_email']}, {F['proposer_phone']}"),
        ("Is it a credential, a conversion or a micro-course?", "A micro-course: short, no credential attached"),
        ("Who would sit it?", F["target_learners"]),
        ("What problem does it solve?", F["rationale"]),
        ("What will they get better at?", F["competencies"]),
        ("What will they be able to do?", "\n".join(f"({chr(97 + i)}) {x}" for i, x in enumerate(o))),
        ("How will you know?", F["summative_assessment"]),
        ("Who else is behind it?", f"{F['partner_name']} - {F['partner_contact']}. Their letter is attached to this email."),
        ("How does it fit Michener's plan?", F["education_plan_alignment"]),
        ("How, how long, when, how many?", "Online, self-paced - 3 hours - February 2027 - 400 staff in the first year"),
    ]
    with pdf.table(col_widths=(55, 135), text_align="LEFT", line_height=4.8,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(222, 235, 221))) as table:
        for a, b in rows:
            r = table.row()
            r.cell(a); r.cell(b)
    out = OUT / "What you asked and what we say - dementia-friendly communication.pdf"
    pdf.output(str(out))
    write_expected(out, 5, F, "A table of 'what you asked / what we say' with the CE questions PARAPHRASED ('A name for it', 'Whose idea is it "
                   "and how do we reach them?', 'Who else is behind it?', 'How, how long, when, how many?'), made with fpdf2's table API (new "
                   "route: fpdf2 table(), DejaVu Serif, shaded heading row). The contact cell gives name, (title, department) and email, phone "
                   "in one line; 'A micro-course: short, no credential attached' = micro_course; outcomes lettered '(a)' ... '(d)' in one cell; "
                   "'Their letter is attached to this email.' = letter_attached; one cell 'Online, self-paced - 3 hours - February 2027 - 400 "
                   "staff in the first year' gives format, hours, start and enrolment; the date '25 Nov 2026' is only in the subtitle line.",
                   also=["A micro-course", "Online, self-paced - 3 hours", "400 staff", "25 Nov 2026", "Their letter is attached"],
                   route="fpdf2 table API")


# ------------------------------------------------------------------ H06 French narrative without labels: Markdown -> pandoc RTF -> LibreOffice PDF
def h06():
    F = {
        "proposal_title": "Dépistage visuel chez le jeune enfant",
        "proposer_name": "Anaïs Delacroix-Nkemelu",
        "proposer_title": "orthoptiste",
        "proposer_department": "Clinique d’ophtalmologie pédiatrique, Hôpital régional de Val-des-Cèdres",
        "proposer_email": "anais.dn@example.org",
        "proposer_phone": "819-555-0121",
        "request_type": "new",
        "target_learners": "infirmières scolaires, infirmières en santé publique et aides-orthoptistes qui font le dépistage visuel des enfants de 3 à 5 ans",
        "rationale": "Dans notre région, près d’un enfant sur quatre arrive à la maternelle sans avoir eu de dépistage visuel, et l’amblyopie découverte après 7 ans se traite mal",
        "competencies": "la mesure de l’acuité visuelle avec des optotypes adaptés à l’âge, le test de l’écran, l’examen de la stéréoscopie et l’orientation des enfants vers le bon professionnel",
        "learning_outcomes": [
            "mesurer l’acuité visuelle d’un enfant de 3 à 5 ans avec les optotypes LEA ou HOTV",
            "réaliser un test de l’écran et repérer un strabisme",
            "évaluer la vision stéréoscopique",
            "orienter l’enfant selon les seuils de référence provinciaux"],
        "summative_assessment": "un examen pratique observé auprès de trois enfants, noté à l’aide d’une grille, et un court questionnaire sur les seuils de référence",
        "partner_name": "Direction de santé publique de Val-des-Cèdres",
        "partner_contact": "Dre Odile Mensah-Gagnon",
        "endorsement_status": "confirmed",
        "education_plan_alignment": "l’engagement du Plan d’éducation envers la prévention et la collaboration avec les partenaires de la communauté",
        "delivery_format": "hybrid",
        "estimated_hours": 10,
        "proposed_start": "l’automne 2027",
        "expected_enrolment": 50,
        "submission_date": "2026-11-26",
    }
    o = F["learning_outcomes"]
    md = f"""Val-des-Cèdres, le 26 novembre 2026

Madame, Monsieur,

Je vous écris pour vous proposer un nouveau microcertificat intitulé « {F['proposal_title']} », destiné aux {F['target_learners']}.

{F['rationale']}. Un dépistage bien fait, au bon âge, éviterait bien des traitements tardifs.

La formation développerait {F['competencies']}. À la fin, la personne pourra {o[0]}, {o[1]}, {o[2]} et {o[3]}.

Pour vérifier l’atteinte des résultats, nous proposons {F['summative_assessment']}.

La {F['partner_name']} appuie le projet : l’appui est confirmé et sa lettre suivra (personne-ressource : {F['partner_contact']}). Le projet s’inscrit dans {F['education_plan_alignment']}.

Nous envisageons une formule hybride de 10 heures, offerte à partir de {F['proposed_start']}, pour une cinquantaine de personnes par année.

Je demeure disponible au {F['proposer_phone']} ou à {F['proposer_email']}.

Veuillez agréer mes salutations distinguées.

{F['proposer_name']}, {F['proposer_title']}\\
{F['proposer_department']}
"""
    work = Path(tempfile.mkdtemp(dir=TMP))
    rtf = work / "lettre.rtf"
    pandoc(md, "markdown", "rtf", rtf, extra=("-s",))
    out = OUT / "Proposition - dépistage visuel chez le jeune enfant.pdf"
    lo_file(rtf, "pdf", out)
    write_expected(out, 5, F, "French narrative proposal (a letter) with NO labels: every field is inside sentences. Written in Markdown, "
                   "converted to RTF by pandoc's RTF writer and printed to PDF by LibreOffice (new route: Markdown -> pandoc RTF -> "
                   "LibreOffice PDF). Title in « guillemets » in the first sentence with the request type ('un nouveau microcertificat') and "
                   "the learners ('destiné aux ...'); rationale = the first sentence of its paragraph (without the final full stop); outcomes "
                   "INLINE after 'la personne pourra' separated by commas and a final 'et' (split into four items); 'l’appui est confirmé et sa "
                   "lettre suivra' = confirmed; alignment after 's’inscrit dans'; 'une formule hybride de 10 heures, offerte à partir de "
                   "l’automne 2027, pour une cinquantaine de personnes par année' -> hybrid, 10, start kept as written, 50; the title 'orthoptiste' "
                   "after the name in the signature; date 'le 26 novembre 2026' in the place-date line.",
                   also=["nouveau microcertificat", "formule hybride de 10 heures", "une cinquantaine", "26 novembre 2026", "l’appui est confirmé"],
                   lang="fr", route="Markdown -> pandoc RTF writer -> LibreOffice PDF")


# ------------------------------------------------------------------ H07 Teams chat export: text -> LibreOffice -> PDF (incomplete)
def h07():
    F = {
        "proposal_title": "Point-of-Care HbA1c Testing in Community Pharmacy",
        "proposer_name": "Bogdan Achterberg-Nnadi",
        "proposer_title": "Pharmacist Consultant",
        "proposer_department": "Clinical Services, Northwind Pharmacy Group",
        "proposer_email": "bogdan.an@example.com",
        "proposer_phone": "647-555-0140",
        "request_type": "micro_course",
        "target_learners": "community pharmacists and pharmacy technicians who run diabetes clinics",
        "rationale": "pharmacists are now allowed to order and perform HbA1c tests, but most have never run a point-of-care analyser or its quality control",
        "competencies": "Capillary sampling, running the analyser and its QC, interpreting results against targets, and referral",
        "learning_outcomes": [
            "collect a capillary sample safely",
            "run the analyser with daily QC and document it",
            "interpret an HbA1c result against the patient's target",
            "decide when to refer to the primary care provider"],
        "summative_assessment": "a practical check-off on the analyser plus five case questions",
        "endorsement_status": "none",
        "education_plan_alignment": "it matches the plan's push for interprofessional, community-based learning",
        "delivery_format": "hybrid",
        "estimated_hours": 4,
        "proposed_start": "spring",
        "expected_enrolment": 150,
        "submission_date": "2026-11-19",
    }
    o = F["learning_outcomes"]
    txt = f"""Chat: CE intake - micro-credential ideas
Participants: Bogdan Achterberg-Nnadi; Seraphina Mwale-Okoro (CE); Idris Lindqvist-Bello (CE)

[11/19/2026 2:03 PM] Seraphina Mwale-Okoro (CE): Hi Bogdan, thanks for joining. Can you give us the short version of your idea here so we can log it?
[11/19/2026 2:05 PM] Bogdan Achterberg-Nnadi: Sure. Title would be "{F['proposal_title']}". It's a micro-course, not a full credential.
[11/19/2026 2:05 PM] Bogdan Achterberg-Nnadi: Audience: {F['target_learners']}.
[11/19/2026 2:07 PM] Bogdan Achterberg-Nnadi: Why: {F['rationale']}.
[11/19/2026 2:08 PM] Idris Lindqvist-Bello (CE): What skills would it cover?
[11/19/2026 2:10 PM] Bogdan Achterberg-Nnadi: {F['competencies']}. After it they should be able to (1) {o[0]}, (2) {o[1]}, (3) {o[2]} and (4) {o[3]}.
[11/19/2026 2:11 PM] Bogdan Achterberg-Nnadi: Assessment would be {F['summative_assessment']}.
[11/19/2026 2:12 PM] Seraphina Mwale-Okoro (CE): Do you have an employer or industry partner endorsing it?
[11/19/2026 2:14 PM] Bogdan Achterberg-Nnadi: Not yet - honestly we haven't asked anyone. Could CE suggest someone?
[11/19/2026 2:15 PM] Seraphina Mwale-Okoro (CE): We can talk about that. Education Plan fit?
[11/19/2026 2:16 PM] Bogdan Achterberg-Nnadi: I think {F['education_plan_alignment']}.
[11/19/2026 2:17 PM] Bogdan Achterberg-Nnadi: Logistics: hybrid (online + one evening lab), 4 h, spring, maybe 150 a year across our 38 stores.
[11/19/2026 2:18 PM] Bogdan Achterberg-Nnadi: Me: {F['proposer_title']}, {F['proposer_department']}. {F['proposer_email']} / {F['proposer_phone']}
[11/19/2026 2:19 PM] Idris Lindqvist-Bello (CE): Thanks! I'll log it with today's date.
"""
    out = OUT / "Teams chat export - CE intake - HbA1c testing.pdf"
    via_lo(txt, "txt", "pdf", out, infilter="Text (encoded):UTF8,LF,,,")
    write_expected(out, 5, F, "Incomplete: no partner is named ('Not yet - honestly we haven't asked anyone'), so partner_name is missing; that "
                   "message also answers the endorsement (none). A Teams-like chat EXPORT ('[11/19/2026 2:05 PM] Name: message' lines, US "
                   "month/day timestamps, three participants) as plain text opened by LibreOffice's text import and exported to PDF. The CE "
                   "staff's messages are not values; the proposer's messages carry title (in quotes), request type ('It's a micro-course, not a "
                   "full credential'), 'Audience:', 'Why:', competencies in a sentence, outcomes INLINE '(1) ..., (2) ..., (3) ... and (4) ...', "
                   "'Assessment would be ...', the alignment after 'I think', a Logistics line ('hybrid ..., 4 h, spring, maybe 150 a year across "
                   "our 38 stores' - 150, not 38; start 'spring' kept as written) and a 'Me:' line with title, department, email and phone. "
                   "submission_date = the day of the chat (2026-11-19).",
                   also=["It's a micro-course", "hybrid", "4 h", "maybe 150 a year", "11/19/2026", "we haven't asked anyone"],
                   route=".txt (chat export) -> LibreOffice text import -> PDF")


# ------------------------------------------------------------------ H08 numbered list of the applicant's own questions, two candidate titles (manual)
def h08():
    F = {
        "proposer_name": "Philippa Oyedepo-Marsh",
        "proposer_title": "Educator, Interprofessional Practice",
        "proposer_department": "Centre for Learning, Cedarbrook Health",
        "proposer_email": "poyedepo-marsh@example.org",
        "proposer_phone": "289-555-0178",
        "request_type": "new",
        "target_learners": "Clinical educators, preceptors and practice leaders in the health professions who use learner and quality data",
        "rationale": "Our educators are asked to use dashboards, survey results and assessment data to improve teaching, but in a 2026 survey 71% said they could not judge whether a chart or a difference was meaningful.",
        "competencies": "Reading and questioning data displays; basic descriptive statistics; judging data quality; telling a clear, honest story with data",
        "learning_outcomes": [
            "Interpret common charts and dashboards used in health-professions education",
            "Calculate and explain basic descriptive statistics for assessment data",
            "Identify limitations and bias in an education data set",
            "Present a data-informed recommendation to colleagues"],
        "summative_assessment": "A short data story (slides and a two-page brief) built from a real, de-identified program data set, assessed with a rubric",
        "partner_name": "Cedarbrook Health Centre for Learning",
        "partner_contact": "Dr. Lorcan Abiodun-Whyte, Director",
        "endorsement_status": "confirmed",
        "education_plan_alignment": "It supports the Education Plan's goal of evidence-informed teaching and faculty development.",
        "delivery_format": "online",
        "estimated_hours": 10,
        "proposed_start": "Fall 2027",
        "expected_enrolment": 60,
        "submission_date": "2026-11-27",
    }
    o = F["learning_outcomes"]
    import docx
    from docx.shared import Pt, RGBColor
    d = docx.Document()
    d.styles["Normal"].font.name = "Cambria"; d.styles["Normal"].font.size = Pt(11)
    d.add_heading("Data literacy for clinical educators – our proposal in ten questions", level=1)
    p = d.add_paragraph("We found it easier to answer our own questions than the form's, so here they are. – P. Oyedepo-Marsh, 27 Nov 2026")
    p.runs[0].italic = True

    def q(text, answers):
        p = d.add_paragraph(text, style="List Number")
        p.runs[0].bold = True
        for a in answers:
            if isinstance(a, tuple):
                pp = d.add_paragraph(); pp.paragraph_format.left_indent = docx.shared.Inches(0.5)
                r = pp.add_run(a[0] + " "); r.italic = True
                pp.add_run(a[1])
            else:
                pp = d.add_paragraph(a); pp.paragraph_format.left_indent = docx.shared.Inches(0.5)
    q("What should we call it?", ["We have two candidate titles and would value CE's advice: “Data Literacy for Clinical Educators” or "
                                  "“Making Sense of Education Data”. We are happy with either."])
    q("Who is asking?", [("(a) Name and role:", f"{F['proposer_name']}, {F['proposer_title']}"),
                         ("(b) Where:", F["proposer_department"]),
                         ("(c) How to reach me:", f"{F['proposer_email']}; {F['proposer_phone']}")])
    q("Is it new, or a rework of something?", ["New – nothing like it exists in our catalogue or Michener's."])
    q("Who is it for?", [F["target_learners"]])
    q("Why bother?", [F["rationale"]])
    q("What skills, and what will people be able to do?", [("(a) Skills:", F["competencies"]), ("(b) Afterwards they can:", "")] )
    for x in o:
        pp = d.add_paragraph(x, style="List Bullet 2")
    q("How will we know they can do it?", [F["summative_assessment"]])
    q("Who vouches for it?", [f"{F['partner_name']} (contact: {F['partner_contact']}). Endorsement confirmed; we will send the letter once it is signed."])
    q("Why Michener?", [F["education_plan_alignment"]])
    q("The practical bits?", ["Online, 10 hours over five weeks, starting Fall 2027, around 60 educators a year."])
    out = OUT / "Our proposal in ten questions - data literacy for educators.docx"
    d.save(str(out))
    write_expected(out, 5, F, "NEEDS MANUAL REVIEW - two candidate titles: question 1 gives 'Data Literacy for Clinical Educators' OR 'Making "
                   "Sense of Education Data' and asks CE to advise; the document heading uses a lower-case variant of the first. Choosing one "
                   "is a person's decision. DECISION: proposal_title is not given, it is listed in missing_required and needs_manual_review is "
                   "true. Otherwise a proposal written as a NUMBERED LIST OF THE APPLICANT'S OWN QUESTIONS (python-docx, Word 'List Number' "
                   "numbering for the questions, indented answers, lettered italic sub-parts '(a) Name and role:', '(b) Where:', '(c) How to "
                   "reach me:'); outcomes as 'List Bullet 2' items under '(b) Afterwards they can:'; 'New – nothing like it exists' = new; "
                   "'Endorsement confirmed; we will send the letter once it is signed' = confirmed; 'Online, 10 hours over five weeks, starting "
                   "Fall 2027, around 60 educators a year'; date '27 Nov 2026' only in the italic intro line.",
                   manual=True, missing_override=["proposal_title"],
                   also=["Data Literacy for Clinical Educators", "Making Sense of Education Data", "New – nothing like it", "Online, 10 hours",
                         "around 60 educators", "27 Nov 2026", "Endorsement confirmed"],
                   route="python-docx (Word numbering, indented answers, lettered sub-parts)")


# ------------------------------------------------------------------ H09 one-pager with a sidebar: fpdf2 text columns (incomplete)
def h09():
    F = {
        "proposal_title": "Aseptic Technique in the Radiopharmacy Hot Lab",
        "proposer_name": "Desmond Fairclough-Iwu",
        "proposer_title": "Chief Radiopharmacist",
        "proposer_department": "Nuclear Medicine, Lakeside Health Partners",
        "proposer_email": "dfairclough@example.com",
        "proposer_phone": "226-555-0199",
        "request_type": "micro_course",
        "target_learners": "Nuclear medicine technologists who prepare radiopharmaceuticals, and pharmacy technicians rotating into the hot lab",
        "rationale": "New national sterile-compounding standards apply to radiopharmaceuticals from 2027, and none of our technologists has been formally trained or media-fill tested.",
        "competencies": "Garbing and hand hygiene for the cleanroom, aseptic manipulation in a shielded cabinet, environmental monitoring and documentation",
        "learning_outcomes": [
            "Garb and perform hand hygiene to cleanroom standard",
            "Prepare unit doses aseptically behind shielding",
            "Perform and interpret environmental and surface sampling",
            "Complete batch records that meet the new standard"],
        "partner_name": "Lakeside Health Partners Pharmacy Department",
        "partner_contact": "Vera Castellano-Oduya",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "Safety and regulatory readiness are named priorities of the Education Plan; this course is short and stackable.",
        "delivery_format": "in_person",
        "estimated_hours": 7,
        "proposed_start": "March 2027",
        "expected_enrolment": 40,
        "submission_date": "2026-11-30",
    }
    o = F["learning_outcomes"]
    from fpdf import FPDF
    pdf = FPDF(format="letter", orientation="L")
    font_setup(pdf)
    pdf.add_page()
    pdf.set_fill_color(18, 60, 96); pdf.rect(0, 0, 279.4, 26, style="F")
    pdf.set_text_color(255, 255, 255); pdf.set_font("DejaVu", "B", 18); pdf.set_xy(12, 6)
    pdf.cell(0, 9, F["proposal_title"])
    pdf.set_font("DejaVu", "", 10); pdf.set_xy(12, 16)
    pdf.cell(0, 6, "A one-page micro-course proposal for Michener CE  ·  30 Nov 2026")
    # sidebar
    pdf.set_fill_color(236, 242, 248); pdf.rect(200, 26, 79.4, 190, style="F")
    pdf.set_text_color(18, 60, 96); pdf.set_font("DejaVu", "B", 11); pdf.set_xy(205, 32); pdf.cell(0, 6, "At a glance")
    pdf.set_text_color(0, 0, 0); pdf.set_font("DejaVu", "", 9); pdf.set_xy(205, 40)
    side = [("Type", "Micro-course"), ("Format", "In person (CE cleanroom suite)"), ("Length", "7 hours, one day"),
            ("Start", F["proposed_start"]), ("Learners/yr", "40"), ("Partner", f"{F['partner_name']} ({F['partner_contact']}) - letter enclosed"),
            ("Contact", f"{F['proposer_name']}, {F['proposer_title']}, {F['proposer_department']}\n{F['proposer_email']}\n{F['proposer_phone']}")]
    for a, b in side:
        pdf.set_x(205); pdf.set_font("DejaVu", "B", 9); pdf.multi_cell(70, 4.8, a, new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(205); pdf.set_font("DejaVu", "", 9); pdf.multi_cell(70, 4.8, b, align="L", new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
    # two text columns in the main area
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(12, 32)
    cols = pdf.text_columns(ncols=2, gutter=8, l_margin=12, r_margin=279.4 - 195, text_align="LEFT", line_height=1.25, balance=True)
    with cols:
        for head, txt in [("For whom", F["target_learners"] + "."), ("Why now", F["rationale"]), ("Skills", F["competencies"] + ".")]:
            pdf.set_font("DejaVu", "B", 10.5); cols.write(head + "\n")
            pdf.set_font("DejaVu", "", 9.5); cols.write(txt + "\n\n")
        pdf.set_font("DejaVu", "B", 10.5); cols.write("Learners will\n")
        pdf.set_font("DejaVu", "", 9.5)
        for x in o:
            cols.write("▸ " + x + "\n")
        cols.write("\n")
        pdf.set_font("DejaVu", "B", 10.5); cols.write("Fit with the Education Plan\n")
        pdf.set_font("DejaVu", "", 9.5); cols.write(F["education_plan_alignment"] + "\n")
    out = OUT / "One-pager - radiopharmacy aseptic technique.pdf"
    pdf.output(str(out))
    F2 = dict(F)
    F2["target_learners"] = F["target_learners"]
    write_expected(out, 5, F2, "Incomplete: the one-pager never says how learners will be assessed, so summative_assessment is missing. A "
                   "landscape ONE-PAGER made with fpdf2 (new route: fpdf2 text_columns - the main text flows in two columns - plus a shaded "
                   "'At a glance' SIDEBAR on the right and a coloured title band). Title only in the band; request type, format, length, start, "
                   "learners per year, partner (with contact and 'letter enclosed' = letter_attached) and the contact block are short sidebar "
                   "entries; 'In person (CE cleanroom suite)' = in_person; '7 hours, one day' -> 7; outcomes as '▸' lines after 'Learners will'; "
                   "date '30 Nov 2026' in the band.", also=["Micro-course", "In person (CE cleanroom suite)", "7 hours, one day", "40",
                                                           "letter enclosed", "30 Nov 2026"],
                   route="fpdf2 text_columns + sidebar (landscape one-pager)")


# ------------------------------------------------------------------ H10 project charter: python-docx table with merged cells -> LibreOffice PDF
def h10():
    F = {
        "proposal_title": "CTAS Triage Refresher for Newly Hired ED Nurses",
        "proposer_name": "Marisela Quaye-Johansson",
        "proposer_title": "Emergency Department Nurse Educator",
        "proposer_department": "Emergency Services, Brookfield Memorial Hospital",
        "proposer_email": "mquaye-johansson@example.org",
        "proposer_phone": "905-555-0166",
        "request_type": "new",
        "target_learners": "Registered nurses hired into the emergency department in their first year who will work at triage",
        "rationale": "Our 2026 triage audit found 18% under-triage among nurses in their first year, compared with 6% for experienced staff; under-triage delays care for time-sensitive conditions such as sepsis and stroke.",
        "competencies": "Rapid first look; applying CTAS modifiers (vital signs, pain, mechanism of injury); re-triage; documentation; communicating wait expectations",
        "learning_outcomes": [
            "Assign CTAS levels accurately for adult and paediatric presentations",
            "Apply first- and second-order modifiers correctly",
            "Re-assess and re-triage waiting patients at the required intervals",
            "Document triage decisions clearly and defensibly"],
        "summative_assessment": "Triage of 30 standardized case vignettes with at least 85% agreement with the expert key, plus two observed triage shifts",
        "partner_name": "Brookfield Memorial Hospital Emergency Program",
        "partner_contact": "Chidubem Halloran, Program Director",
        "endorsement_status": "confirmed",
        "education_plan_alignment": "Patient safety, transition-to-practice support for new graduates, and partnership with clinical sites",
        "delivery_format": "hybrid",
        "estimated_hours": 11,
        "proposed_start": "April 2027",
        "expected_enrolment": 75,
        "resources_required": "Licence for the CTAS case-vignette bank; two nurse assessors for observed shifts",
        "submission_date": "2026-11-18",
    }
    o = F["learning_outcomes"]
    import docx
    from docx.shared import Pt, RGBColor, Inches
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    d = docx.Document()
    d.styles["Normal"].font.name = "Calibri"; d.styles["Normal"].font.size = Pt(10)
    d.add_heading("Project Charter", level=0)
    d.add_paragraph("Education project – for submission to Michener Continuing Education")
    t = d.add_table(rows=0, cols=4); t.style = "Table Grid"

    def shade(cell, color):
        cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{color}"/>'))

    def row4(a, b, c, e):
        cs = t.add_row().cells
        for cell, txt, lab in zip(cs, (a, b, c, e), (True, False, True, False)):
            cell.text = txt
            if lab:
                cell.paragraphs[0].runs[0].bold = True; shade(cell, "E7E6E6")

    def row2(a, b):
        cs = t.add_row().cells
        m = cs[1].merge(cs[3])
        cs[0].text = a; cs[0].paragraphs[0].runs[0].bold = True; shade(cs[0], "E7E6E6")
        lines = b if isinstance(b, list) else [b]
        m.text = lines[0]
        for ln in lines[1:]:
            m.add_paragraph(ln)

    def band(a):
        cs = t.add_row().cells
        m = cs[0].merge(cs[3]); m.text = a; m.paragraphs[0].runs[0].bold = True; shade(m, "1F4E79")
        m.paragraphs[0].runs[0].font.color.rgb = RGBColor(255, 255, 255)
    band("1. Project identification")
    row2("Project name", F["proposal_title"])
    row4("Project lead", F["proposer_name"], "Lead's role", F["proposer_title"])
    row4("Unit", F["proposer_department"], "Date", "18 Nov 2026")
    row4("Email", F["proposer_email"], "Phone", F["proposer_phone"])
    row2("Project type", "New micro-credential (not a conversion of an existing program)")
    band("2. Business case")
    row2("Problem statement", F["rationale"])
    row2("Target population", F["target_learners"])
    band("3. Scope and deliverables")
    row2("Skills in scope", F["competencies"])
    row2("Learner outcomes", [f"• {x}" for x in o])
    row2("Success measure (learner)", F["summative_assessment"])
    row2("Out of scope", "Paediatric-only triage scales; physician triage")
    band("4. Stakeholders and alignment")
    row4("Sponsor / partner", F["partner_name"], "Sponsor contact", F["partner_contact"])
    row2("Sponsor commitment", "Confirmed in writing by e-mail; formal letter to follow")
    row2("Strategic alignment", F["education_plan_alignment"])
    band("5. Delivery and resources")
    row4("Mode", "Blended", "Effort (learner hours)", "11")
    row4("Go-live", F["proposed_start"], "Learners / year", "75")
    row2("Resources", F["resources_required"])
    work = Path(tempfile.mkdtemp(dir=TMP))
    src = work / "charter.docx"; d.save(str(src))
    out = OUT / "Project charter - CTAS triage refresher.pdf"
    lo_file(src, "pdf", out)
    write_expected(out, 5, F, "The proposal written as a PROJECT CHARTER (python-docx four-column 'Table Grid' with section bands merged across "
                   "all four columns and answer cells merged across three; printed to PDF by LibreOffice). Charter vocabulary maps onto the "
                   "fields: 'Project name' = title, 'Project lead' / 'Lead's role' / 'Unit' = proposer, 'Problem statement' = rationale, "
                   "'Target population' = learners, 'Skills in scope' = competencies, 'Learner outcomes' (• lines) = outcomes, 'Success measure "
                   "(learner)' = summative assessment, 'Sponsor / partner' = partner, 'Sponsor commitment: Confirmed in writing by e-mail; formal "
                   "letter to follow' = confirmed, 'Mode: Blended' = hybrid, 'Effort (learner hours)' = hours, 'Go-live' = start; 'Out of scope' "
                   "is not a field; two label/answer pairs share one table row; date '18 Nov 2026'.",
                   also=["New micro-credential", "Blended", "11", "75", "18 Nov 2026", "formal letter to follow"],
                   route="python-docx (4-column table, merged bands and cells) -> LibreOffice PDF")


ALL = [h01, h02, h03, h04, h05, h06, h07, h08, h09, h10]
if __name__ == "__main__":
    import sys
    for fn in ALL:
        if len(sys.argv) > 1 and fn.__name__ not in sys.argv[1:]:
            continue
        fn(); print("ok", fn.__name__)
