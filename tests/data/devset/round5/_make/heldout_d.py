"""Round 5, held-out half, part D: not concept forms (shape 7)."""
from lib import *
from forms import *

OUT = ROOT / "heldout"
OUT.mkdir(exist_ok=True)


# ------------------------------------------------------------------ H25 student placement request (flat ODT table -> LO DOCX)
def h25():
    rows = [
        ("sec", "A. STUDENT"),
        ("Student name", "Oluchi Brandvold-Asante"), ("Student number", "M2026-11873"), ("Program", "Medical Radiation Technology – Radiological Technology, year 2"),
        ("Email", "oluchi.ba@example.com"), ("Phone", "647-555-0171"),
        ("sec", "B. PLACEMENT REQUESTED"),
        ("Preferred site", "Westgate Community Hospital, Diagnostic Imaging"), ("Placement type", "☒ Clinical rotation  ☐ Observation  ☐ Research"),
        ("Dates", "11 January – 26 March 2027 (11 weeks)"), ("Hours per week", "37.5"),
        ("Learning objectives for the placement", "1. Perform routine chest and extremity imaging independently\n2. Assist with fluoroscopy procedures\n3. Apply ALARA principles in every examination"),
        ("How will the objectives be assessed?", "Clinical competency assessment forms completed by the site supervisor; final evaluation in week 11"),
        ("sec", "C. SITE SUPERVISOR"),
        ("Supervisor", "Thandiwe Kowalski-Oyelaran, Clinical Instructor"), ("Supervisor email", "tko@example.org"), ("Supervisor phone", "905-555-0132"),
        ("Why this site?", "The site has the fluoroscopy volume I need, and I hope to work there after graduation."),
        ("sec", "D. APPROVALS"),
        ("Clinical coordinator", "Approved – K. Imrie-Batista, 2026-11-16"), ("Date of request", "12 November 2026"),
    ]
    body = ""
    for lab, ans in rows:
        if lab == "sec":
            body += (f'<table:table-row><table:table-cell table:style-name="Sec" table:number-columns-spanned="2" office:value-type="string">'
                     f'<text:p text:style-name="SecP">{esc(ans)}</text:p></table:table-cell><table:covered-table-cell/></table:table-row>\n')
        else:
            paras = "".join(f'<text:p text:style-name="Ans">{esc(x)}</text:p>' for x in ans.split("\n"))
            body += (f'<table:table-row><table:table-cell table:style-name="Lab" office:value-type="string"><text:p text:style-name="LabP">{esc(lab)}</text:p></table:table-cell>'
                     f'<table:table-cell table:style-name="AnsC" office:value-type="string">{paras}</table:table-cell></table:table-row>\n')
    fodt = FODT.format(title="Clinical Placement Request", sub="Michener Clinical Education Office – submit at least 8 weeks before the start date",
                       body=body, footer="CEO-F07 placement request")
    out = OUT / "Clinical placement request - O Brandvold-Asante.docx"
    via_lo(fodt, "fodt", "docx", out)
    write_expected(out, 7, {}, "NOT a concept form: a filled STUDENT CLINICAL PLACEMENT REQUEST, built with exactly the same route and look as an "
                   "official-style concept form of this round (flat ODT two-column table with merged section bands, answers in another font "
                   "-> LibreOffice DOCX): student name, email, phone, program, site, dates, hours per week, numbered 'learning objectives', how "
                   "they will be assessed, a supervisor with email and phone, approvals and a date. A form with learning outcomes and "
                   "assessment, but a placement request.", is_form=False, also=["Clinical Placement Request", "oluchi.ba@example.com"],
                   route="flat ODT table (merged bands) -> LibreOffice DOCX")


# ------------------------------------------------------------------ H26 curriculum-committee agenda listing proposals (Markdown -> pandoc -> DOCX)
def h26():
    md = """# CE Curriculum Committee – Agenda

**Meeting 2026-12, Wednesday 9 December 2026, 13:00–15:00, Room 4-210 and online**
**Chair:** Prudence Adeyemi-Lachance (padeyemi@michener.example, 416-555-0110)

## 1. Welcome and land acknowledgement

## 2. Approval of the minutes of 11 November 2026

## 3. New concept forms received (for first review)

| # | Proposed title | Proposer | Type | Hours | Partner / endorsement | Reviewer |
|---|---|---|---|---|---|---|
| 3.1 | Wound Photography for Home Care Nurses | Ilse Okoro-Brandt (ilse.ob@example.org) | Micro-course | 4 | Parkside Home Care – letter attached | F. Nakamura-Obi |
| 3.2 | Renal Diet Counselling for Dietetic Technicians | Marcus Ofori-Lindahl (mol@example.com) | New micro-credential | 15 | In discussion | S. Delorme-Akin |
| 3.3 | Dosimetry QA for Radiation Therapists | Yvette Chukwu-Sandberg (ycs@example.org) | Conversion of an existing program | 20 | Confirmed | F. Nakamura-Obi |

For each concept the reviewer checks R1 (competency-based, learning outcomes), R2 (summative assessment), R3 (endorsing partner) and R4 (alignment with the Education Plan) and reports at the January meeting.

## 4. Decisions requested

- 4.1 Approve the revised concept form template (adds a field for the partner contact's email).
- 4.2 Approve the launch of *Frozen Section Cryotomy* for May 2027 (24 learners a year, hybrid).

## 5. Reports

- 5.1 Enrolment to date: 1,140 learners across 19 micro-credentials.
- 5.2 Digital badge platform renewal.

## 6. Other business and next meeting (13 January 2027)
"""
    out = OUT / "Agenda - CE Curriculum Committee 2026-12-09.docx"
    pandoc(md, "markdown", "docx", out)
    write_expected(out, 7, {}, "NOT a concept form: a CURRICULUM-COMMITTEE AGENDA (Markdown -> pandoc -> DOCX) whose item 3 is a table listing "
                   "three concept forms received - each with a proposed title, proposer name and email, request type, hours, partner / "
                   "endorsement status and reviewer - plus R1-R4 review instructions, decisions requested and the chair's email and phone. It "
                   "names proposals but is not one.", is_form=False, also=["Curriculum Committee", "padeyemi@michener.example"],
                   route="Markdown (pipe table) -> pandoc -> DOCX")


# ------------------------------------------------------------------ H27 course catalogue page of an existing micro-credential (reST -> ODT -> LO PDF)
def h27():
    rst = """===========================================================
Point-of-Care Ultrasound for Vascular Access (micro-credential)
===========================================================

*Continuing Education catalogue 2027 · Code MC-VA-102 · Now enrolling*

.. list-table::
   :widths: 25 75

   * - Format
     - Hybrid: 8 online modules and one skills day in Toronto
   * - Length
     - 14 hours
   * - Next intakes
     - 15 February 2027 and 20 September 2027
   * - Fee
     - $695 (employer-sponsored rates available)
   * - Endorsed by
     - Metro Vascular Access Network (industry partner)

What you will learn
===================

By the end of this micro-credential you will be able to:

- Select vessels for ultrasound-guided peripheral IV insertion
- Use short-axis and long-axis techniques safely
- Recognise and prevent common complications

How you are assessed
====================

A summative skills assessment on a vascular access phantom, observed by a faculty member, and an online knowledge check.
You earn a digital badge that lists the competencies achieved.

Who should enrol
================

Registered nurses, respiratory therapists, paramedics and medical imaging technologists who insert peripheral IVs.

Questions?
==========

Contact the program coordinator, Zainab Okafor-Lindgren, at ce-vascular@michener.example or 416-555-0197.
Register online by 1 February 2027.
"""
    work = Path(tempfile.mkdtemp(dir=TMP))
    odt = work / "cat.odt"
    pandoc(rst, "rst", "odt", odt)
    out = OUT / "Catalogue page - POCUS for vascular access.pdf"
    lo_file(odt, "pdf", out)
    write_expected(out, 7, {}, "NOT a concept form: a COURSE CATALOGUE page for an EXISTING, already approved micro-credential (reST -> pandoc -> "
                   "ODT -> LibreOffice PDF): title, code, format (hybrid), length (14 hours), intakes, fee, 'Endorsed by' an industry partner, "
                   "learning outcomes after 'you will be able to:', a summative skills assessment, who should enrol, and a coordinator with "
                   "email and phone. It has nearly every concept-form field, but it advertises a running course.", is_form=False,
                   also=["Point-of-Care Ultrasound for Vascular Access", "ce-vascular@michener.example"],
                   route="reStructuredText -> pandoc -> ODT -> LibreOffice PDF")


# ------------------------------------------------------------------ H28 CE reviewer's scoring sheet of a concept (fillable PDF, filled)
def h28():
    out = OUT / "Concept review scoring sheet - MC-2026-0398 (completed).pdf"
    pg = AcroPage(out, "Concept Review – Scoring Sheet", "For CE reviewers. One sheet per concept form. Do not send to the proposer.")
    pg.heading("Concept under review")
    pg.text("File number", "rv_file", "MC-2026-0398")
    pg.text("Proposed title (as submitted)", "rv_title", "Wound Photography for Home Care Nurses")
    pg.text("Proposer", "rv_proposer", "Ilse Okoro-Brandt, Wound Care Nurse Specialist, Parkside Home Care")
    pg.text("Proposer email", "rv_email", "ilse.ob@example.org")
    pg.text("Request type", "rv_type", "Micro-course")
    pg.heading("Requirements")
    for i, (lab, on) in enumerate([("R1 Competency-based; outcomes measurable", "Met"), ("R2 Summative assessment evidences outcomes", "Partly met"),
                                   ("R3 Endorsed by industry / external body", "Met"), ("R4 Aligns with the Education Plan", "Met")], 1):
        pg.boxes(lab, [(v, v, v == on) for v in ("Met", "Partly met", "Not met")], label_w=230, radio_name=f"rv_R{i}")
    pg.text("Comments on outcomes and assessment", "rv_comments",
            "Outcomes are clear (4). The assessment is a photo portfolio only; ask for an observed component. Partner letter from Parkside is on file.", lines=3)
    pg.text("Estimated hours / enrolment (as proposed)", "rv_numbers", "4 h / 120 per year")
    pg.boxes("Recommendation", [("A", "Approve", False), ("B", "Approve with changes", True), ("C", "Decline", False)], label_w=230, radio_name="rv_rec")
    pg.text("Reviewer", "rv_reviewer", "Felix Nakamura-Obi, Program Advisor (fnakamura@michener.example, 416-555-0124)")
    pg.text("Date of review", "rv_date", "2026-11-28")
    pg.save()
    write_expected(out, 7, {}, "NOT a concept form: a CE REVIEWER's completed scoring sheet for a concept form (fillable PDF, reportlab AcroForm "
                   "with rv_* fields and radio groups): it repeats the proposal title, the proposer's name, title, organisation and email and "
                   "the request type, rates R1-R4 (Met / Partly met / Not met), comments on outcomes and assessment, gives hours and enrolment "
                   "and the reviewer's own name, email, phone and date. It is about a proposal, written by CE, not a submission.",
                   is_form=False, also=["Concept Review", "ilse.ob@example.org"], route="reportlab AcroForm (review sheet, radio groups)")


# ------------------------------------------------------------------ H29 French: focus-group needs-assessment summary (Org -> pandoc -> DOCX)
def h29():
    org = """#+TITLE: Analyse des besoins – groupe de discussion des technologistes de laboratoire
#+OPTIONS: toc:nil

*Date de la rencontre :* 5 novembre 2026\\\\
*Animation :* Élodie Mukendi-Rousseau, conseillère pédagogique (emr@example.org, 514-555-0153)\\\\
*Participants :* 9 technologistes de trois laboratoires régionaux

* Objet

Recueillir les besoins de formation continue des technologistes afin d’orienter les futurs microcertificats de la FC.

* Principaux constats

1. Les participants souhaitent des formations courtes (4 à 10 heures), surtout en ligne ou hybrides.
2. Les besoins les plus cités : la cytométrie en flux de base, la validation des méthodes et la gestion des non-conformités.
3. Ils veulent une évaluation sommative pratique plutôt qu’un examen écrit, et une attestation reconnue par l’employeur.
4. Deux employeurs présents se disent prêts à appuyer un microcertificat sur la validation des méthodes.

* Pistes de microcertificats

- « Validation des méthodes analytiques » – public : technologistes en biochimie; environ 40 personnes par année.
- « Gestion des non-conformités au laboratoire » – public : technologistes et chefs d’équipe.

* Prochaines étapes

Présenter ces pistes au comité de programme en janvier 2027; inviter les personnes intéressées à remplir le formulaire de concept.
"""
    out = OUT / "Analyse des besoins - groupe de discussion laboratoire (nov 2026).docx"
    pandoc(org, "org", "docx", out)
    write_expected(out, 7, {}, "NOT a concept form (French): a NEEDS-ASSESSMENT focus-group summary (Org -> pandoc -> DOCX) with a meeting date, "
                   "a facilitator with email and phone, findings about desired hours, formats, summative assessment and employer "
                   "endorsement, and two candidate micro-credential titles with audiences and an enrolment estimate; it ends by inviting people "
                   "to fill in the concept form. Input to future proposals, not a proposal.", is_form=False, lang="fr",
                   also=["Analyse des besoins", "emr@example.org"], route="Org mode -> pandoc -> DOCX")


# ------------------------------------------------------------------ H30 certificate of completion with badge details (reportlab canvas)
def h30():
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter, landscape
    out = OUT / "Certificate of completion - Spirometry Quality - J Osei-Whitlock.pdf"
    W, H = landscape(letter)
    c = canvas.Canvas(str(out), pagesize=(W, H))
    c.setStrokeColorRGB(0.12, 0.3, 0.5); c.setLineWidth(6); c.rect(24, 24, W - 48, H - 48)
    c.setLineWidth(1.2); c.rect(34, 34, W - 68, H - 68)
    c.setFont("Times-Bold", 30); c.drawCentredString(W / 2, H - 110, "Certificate of Completion")
    c.setFont("Times-Roman", 14); c.drawCentredString(W / 2, H - 145, "The Michener Institute of Education at UHN – Continuing Education certifies that")
    c.setFont("Times-BoldItalic", 26); c.drawCentredString(W / 2, H - 190, "Jonah Osei-Whitlock")
    c.setFont("Times-Roman", 14); c.drawCentredString(W / 2, H - 225, "has successfully completed the micro-course")
    c.setFont("Times-Bold", 18); c.drawCentredString(W / 2, H - 255, "Spirometry Quality: Coaching, Acceptability and Repeatability")
    c.setFont("Times-Roman", 12)
    for i, t in enumerate(["5 learning hours · online · summative assessment passed on 23 November 2026",
                           "Competencies: calibration and biological QC; patient coaching; ATS/ERS acceptability and repeatability; session grading",
                           "Endorsed by Pinecrest Primary Care Network"]):
        c.drawCentredString(W / 2, H - 290 - 18 * i, t)
    c.setFont("Helvetica", 9)
    c.drawString(70, 90, "Credential ID: MCE-2026-SPQ-00417   Verify at https://badges.michener.example/verify/00417")
    c.drawString(70, 76, "Issued 24 November 2026 · Questions: ce@michener.example · 416-555-0100")
    c.line(W - 300, 110, W - 80, 110); c.drawString(W - 300, 96, "Director, Continuing Education")
    c.save()
    write_expected(out, 7, {}, "NOT a concept form: a CERTIFICATE OF COMPLETION / digital-badge page (reportlab canvas, landscape) for a learner who "
                   "completed a micro-course: the micro-course title, hours, format, competencies, 'summative assessment passed', the endorsing "
                   "partner, a credential ID, a verification URL, an email, a phone and dates. It is issued AFTER a course, not a proposal.",
                   is_form=False, also=["Certificate of Completion", "ce@michener.example"], route="reportlab canvas (landscape certificate)")


ALL = [h25, h26, h27, h28, h29, h30]
if __name__ == "__main__":
    import sys
    for fn in ALL:
        if len(sys.argv) > 1 and fn.__name__ not in sys.argv[1:]:
            continue
        fn(); print("ok", fn.__name__)
