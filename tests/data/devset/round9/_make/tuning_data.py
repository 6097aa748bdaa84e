"""Content and expected values of the TUNING half (round 9). Builders read 'F' (answers as written) and 'x'."""

DOCS = []


def add(**d):
    DOCS.append(d)
    return d


# T1 ---------------------------------------------------------------------------------------------
add(id="t1", file="Sweat chloride testing - concept form (Strict Open XML).docx", shape="1", lang="en",
    route="python-docx table -> namespaces rewritten to ISO/IEC 29500 Strict (purl.oclc.org), as Word's 'Strict Open XML Document' save",
    review=True,
    notes="Official two-column table form saved by Word as 'STRICT OPEN XML DOCUMENT' (ISO 29500 Strict): every part uses the "
          "http://purl.oclc.org/ooxml/... namespaces instead of schemas.openxmlformats.org, relationship types are the Strict ones. "
          "☒/☐ boxes. MANUAL REVIEW DECISION: in Type of Request the applicant ticked BOTH 'New micro-credential' and 'Micro-course', "
          "so request_type is not given (listed in missing_required) and needs_manual_review is true. Phone with extension; "
          "hours '12 (two 6-hour lab days)' -> 12; enrolment 'approx. 24' -> 24; date 'November 30, 2026'.",
    F=dict(
        proposal_title="Sweat Chloride Testing: Collection, Analysis and Quality for Laboratory Staff",
        proposer_name="Marisol Eberhardt-Quaye",
        proposer_title="Charge Technologist, Clinical Chemistry",
        proposer_department="Paediatric Core Laboratory, Westbrook Children's Health Centre",
        proposer_email="m.eberhardt-quaye@example.org",
        proposer_phone="416-555-0142 ext. 3318",
        target_learners="Medical laboratory technologists and laboratory assistants in hospital and clinic laboratories that perform or plan to perform sweat testing for cystic fibrosis.",
        rationale=["Only four sites in the region still perform sweat chloride testing and three of the experienced collectors retire within two years.",
                   "External quality assessment shows rising rates of insufficient sweat collections (QNS) at smaller sites.",
                   "Newborn screening referrals for confirmatory testing have grown by about 30 % since 2024."],
        competencies=["Pilocarpine iontophoresis and sweat collection to the current guideline", "Recognising and preventing QNS and contaminated collections",
                      "Chloride analysis by coulometric titration", "Interpreting results against age-specific reference intervals",
                      "Quality control and EQA follow-up"],
        learning_outcomes=["Prepare the patient and perform pilocarpine iontophoresis safely on infants and children.",
                           "Collect and handle sweat specimens so that the minimum acceptable volume or weight is reached.",
                           "Analyse sweat chloride by coulometric titration and release results with the correct interpretive comment.",
                           "Investigate a failed QC or EQA result and document corrective action."],
        competency_framework="CSMLS Competency Profile – Clinical Chemistry domain; CLSI C34 guideline",
        summative_assessment="Observed collection on a volunteer with a checklist (pass/fail) plus a case-based written test on interpretation (70 % pass mark).",
        partner_name="Northfield Cystic Fibrosis Clinic",
        partner_contact="Dr. Aurelio Banerjee-Stott, a.banerjee-stott@example.com",
        endorsement_status="letter_attached",
        education_plan_alignment="Supports the Education Plan goal of specialised, competency-based continuing education for laboratory professionals and partnership with paediatric care providers.",
        delivery_format="in_person",
        estimated_hours=12,
        proposed_start="April 2027",
        expected_enrolment=24,
        resources_required=["Iontophoresis units (on loan from the clinic)", "chloridometer", "wet lab for two days"],
        submission_date="2026-11-30",
    ),
    x=dict(request_ticks=["new", "micro_course"], hours_text="12 (two 6-hour lab days)", enrol_text="approx. 24",
           date_text="November 30, 2026"),
    checks=["12 (two 6-hour lab days)", "approx. 24", "November 30, 2026"],
    )

# T2 ---------------------------------------------------------------------------------------------
add(id="t2", file="TEG-ROTEM at point of care - concept form (tracked changes, moves).docx", shape="1", lang="en",
    route="python-docx table + raw tracked-change XML: w:ins/w:del, w:moveFrom/w:moveTo ranges, w:rPrChange, a tracked inserted row and a tracked deleted row",
    notes="Official table form sent with TRACKED CHANGES STILL ON from two authors: the title was reworded (old words in w:del, new in "
          "w:ins); one learning outcome was MOVED from last to first place (w:moveFrom / w:moveTo ranges: the text exists twice in the "
          "XML, the moveFrom copy is deleted text); formatting changes (w:rPrChange) on the partner; a tracked INSERTED table row "
          "('Partner Contact Name and Email', w:trPr/w:ins) and a tracked DELETED row (an old 'Notes' row, w:trPr/w:del with "
          "w:delText). DECISION: values are read as if all changes were accepted. Request type existing_program with the program "
          "named; hours '18' ; enrolment '40'; date '1 December 2026'.",
    F=dict(
        proposal_title="Viscoelastic Testing (TEG / ROTEM) at the Point of Care for Perfusion and Laboratory Staff",
        proposer_name="Tobias Nwachukwu-Lindgren",
        proposer_title="Clinical Perfusionist and Educator",
        proposer_department="Cardiovascular Perfusion program",
        proposer_email="tobias.nwachukwu-lindgren@michener.example",
        proposer_phone="416-555-0127",
        request_type="existing_program",
        existing_program_name="Advanced Coagulation Monitoring (CE certificate, 2019)",
        target_learners="Perfusionists, anaesthesia assistants and medical laboratory technologists who run viscoelastic tests in the OR, ICU or core lab.",
        rationale="Cardiac surgery and trauma centres have moved to goal-directed transfusion algorithms based on TEG or ROTEM, but staff are trained ad hoc by vendors; the 2019 certificate covers only conventional coagulation tests.",
        competencies=["Device set-up, QC and troubleshooting", "Sample collection and timing", "Reading tracings (R, K, alpha angle, MA, LY30 / CT, A10, MCF)",
                      "Applying a transfusion algorithm"],
        learning_outcomes=["Interpret a viscoelastic tracing and recommend the product indicated by the local algorithm.",
                           "Perform daily QC and recognise an out-of-range control.",
                           "Collect and handle a citrated sample so that pre-analytical errors are avoided.",
                           "Explain the limits of viscoelastic testing to the clinical team."],
        competency_framework="Canadian Society of Clinical Perfusion competency profile; CSMLS hematology competencies",
        summative_assessment="Simulated bleeding case at the device: the learner runs the test and makes a product recommendation, scored with a rubric (80 % to pass).",
        partner_name="Lakeshore Regional Cardiac Centre",
        partner_contact="Helga Ambrose-Okonjo, Director of Perfusion Services, h.ambrose-okonjo@example.com",
        endorsement_status="confirmed",
        education_plan_alignment="Converts an older certificate into a stackable micro-credential and builds interprofessional practice between perfusion and laboratory medicine, two priorities of the Education Plan.",
        delivery_format="hybrid",
        estimated_hours=18,
        proposed_start="Fall 2027",
        expected_enrolment=40,
        resources_required="Loan of two analysers from the partner; simulation lab time; a perfusion faculty co-lead.",
        submission_date="2026-12-01",
    ),
    x=dict(title_old="Point-of-care TEG for Perfusion Staff", moved_index=0,
           deleted_row=("Notes", "Please call me before the committee meets."), date_text="1 December 2026"),
    checks=["1 December 2026", "Convert an existing program", "Confirmed", "Hybrid"],
    )

# T3 ---------------------------------------------------------------------------------------------
add(id="t3", file="Formulaire de concept - Épreuve de provocation orale aux aliments - D Rakotomalala.docx", shape="1", lang="fr",
    route="python-docx table (French official form) with the italic grey guidance text LEFT IN the answer cells and Word footnotes in two answers",
    notes="FRENCH official table form where the applicant typed each answer BELOW the italic grey guidance text of the answer cell "
          "('[Décrivez …]') instead of replacing it, and added two FOOTNOTES (references) to the rationale and outcomes. DECISION: the "
          "guidance text is not part of a value; footnote text and footnote reference numbers are not part of a value. Incomplete: "
          "the partner row says 'À déterminer' (no value) and 'Aucun pour l'instant' is ticked (none), so partner_name is missing. "
          "'6 h' -> 6; 'environ 30' -> 30; date '28 novembre 2026'.",
    F=dict(
        proposal_title="Supervision des épreuves de provocation orale aux aliments en clinique externe",
        proposer_name="Dominique Rakotomalala",
        proposer_title="Infirmière clinicienne en allergie",
        proposer_department="Clinique d'allergie pédiatrique, Centre hospitalier Val-des-Pins",
        proposer_email="d.rakotomalala@example.org",
        proposer_phone="514-555-0163",
        request_type="micro_course",
        target_learners="Infirmières, inhalothérapeutes et diététistes des cliniques d'allergie qui surveillent des épreuves de provocation orale.",
        rationale="Les listes d'attente pour les épreuves de provocation orale dépassent douze mois. Les cliniques veulent confier la surveillance à du personnel formé, mais aucune formation structurée n'existe en français.",
        competencies=["Préparation et calcul des doses progressives", "Surveillance clinique et reconnaissance précoce de l'anaphylaxie",
                      "Administration de l'adrénaline et plan d'urgence", "Documentation et enseignement aux familles"],
        learning_outcomes=["Préparer un protocole de doses progressives à partir d'une ordonnance.",
                           "Reconnaître les signes objectifs d'une réaction et décider d'arrêter l'épreuve.",
                           "Appliquer le plan d'urgence en cas d'anaphylaxie, y compris l'injection d'adrénaline.",
                           "Expliquer les consignes de sortie à la famille."],
        summative_assessment="Scénario simulé d'anaphylaxie évalué avec une grille d'observation, et examen écrit à choix multiples (seuil de réussite 75 %).",
        endorsement_status="none",
        education_plan_alignment="Répond à l'orientation du Plan d'éducation sur l'accès à la formation continue en français et sur la sécurité des patients.",
        delivery_format="hybrid",
        estimated_hours=6,
        proposed_start="Hiver 2027",
        expected_enrolment=30,
        resources_required="Salle de simulation, mannequin pédiatrique, auto-injecteurs de démonstration.",
        submission_date="2026-11-28",
    ),
    x=dict(partner_text="À déterminer", hours_text="6 h", enrol_text="environ 30", date_text="28 novembre 2026",
           footnotes={"rationale": "Rapport annuel de la clinique, 2025-2026, p. 12.",
                      "learning_outcomes": "Adapté des lignes directrices de la Société canadienne d'allergie (2024)."}),
    checks=["6 h", "environ 30", "28 novembre 2026", "Microcours", "Aucun pour l'instant", "Hybride"],
    )

# T4 ---------------------------------------------------------------------------------------------
add(id="t4", file="ABPM - concept form (bound controls).docx", shape="2", lang="en",
    route="python-docx + raw w:sdt XML with w:dataBinding to a custom XML part (customXml/item1.xml); controls have NO w:tag, only w:alias and the XPath",
    notes="Content-control form whose controls carry NO TAG: each control is BOUND (w:dataBinding) to an element of a custom XML part "
          "(customXml/item1.xml, namespace urn:michener-ce:conceptform) whose element names are the keys "
          "(/cf:conceptForm[1]/cf:proposal_title[1] …); w:alias holds the label. The custom XML part and the displayed text agree. "
          "Request type and format are drop-downs bound to elements holding the display text; date picker bound to an ISO "
          "value and displayed '2026-11-27'. Outcomes are one multi-line plain-text control (w:text w:multiLine) with w:br line "
          "breaks. Optional controls for competency framework and existing program left empty (placeholder).",
    F=dict(
        proposal_title="Ambulatory Blood Pressure Monitoring (ABPM): Hook-up, Download and Reporting",
        proposer_name="Priyanka Oyelaran-Meads",
        proposer_title="Cardiology Technologist Lead",
        proposer_department="Cardiac Diagnostics, Eastgate Community Hospital",
        proposer_email="poyelaran-meads@example.org",
        proposer_phone="905-555-0188",
        request_type="micro_course",
        target_learners="Cardiology technologists, ECG technicians and clinic nurses who fit ABPM monitors in hospital and primary care clinics.",
        rationale="Hypertension Canada guidelines now recommend ABPM for diagnosis, and primary care clinics are buying monitors without trained staff; failed recordings must be repeated at a cost to patients and clinics.",
        competencies="Cuff sizing and monitor fitting; patient instruction and diary; download and editing of artefacts; preparing a report for the physician.",
        learning_outcomes=["Select the correct cuff and fit an ABPM monitor on adults of different arm sizes.",
                           "Teach the patient how to wear the monitor and keep the diary.",
                           "Download a recording, edit artefacts and judge whether it is valid.",
                           "Prepare a summary report with day, night and 24-hour averages."],
        summative_assessment="Practical OSCE station (fit and instruct a standardised patient) and a report-preparation task on three recordings, both marked with a rubric.",
        partner_name="Hypertension Care Collaborative of Durham",
        partner_contact="Farid Castellano-Birch, f.castellano-birch@example.com",
        endorsement_status="in_discussion",
        education_plan_alignment="Extends CE into primary-care partnerships and short, practical credentials for working technologists, as the Education Plan asks.",
        delivery_format="online",
        estimated_hours=8,
        proposed_start="January 2027",
        expected_enrolment=60,
        resources_required="Three ABPM monitors and analysis software licences for the practical.",
        submission_date="2026-11-27",
    ),
    x=dict(request_display="Micro-course", format_display="Online", endorse_display="In discussion"),
    checks=["Micro-course", "Online", "In discussion", "2026-11-27"],
    )

# T5 ---------------------------------------------------------------------------------------------
add(id="t5", file="Formulaire remplissable - Évacuation des gaz anesthésiques (bilingue).pdf", shape="3", lang="bilingual",
    route="reportlab page (bilingual labels) + AcroForm written by hand with pypdf generic objects: NeedAppearances true, NO /AP on any widget, UTF-16BE values, multi-line values with CR separators",
    notes="BILINGUAL fillable PDF (labels 'English / Français') with French answers, whose widgets have NO APPEARANCE STREAMS at all "
          "(/NeedAppearances true: a viewer must draw the values itself; the page content shows only the empty boxes); text values "
          "stored as UTF-16BE strings (accents); multi-line values use CR (\\r) separators; field names are the printed French "
          "labels ('Titre proposé', 'Courriel', …); the request-type, endorsement and format options are separate check boxes "
          "with export value /Oui (chosen) or /Off. Outcomes one per line in one field. '10 h' -> 10; 'environ 45' -> 45; date "
          "'2026-12-01'.",
    F=dict(
        proposal_title="Évacuation des gaz anesthésiques et impact environnemental en salle d'opération",
        proposer_name="Anaïs Delacroix-Mbeki",
        proposer_title="Assistante en anesthésie, coordonnatrice de l'enseignement",
        proposer_department="Bloc opératoire, Hôpital régional de Sainte-Brigitte",
        proposer_email="anais.delacroix-mbeki@example.org",
        proposer_phone="613-555-0175",
        request_type="new",
        target_learners="Assistants et assistantes en anesthésie, inhalothérapeutes de bloc opératoire et techniciens en génie biomédical.",
        rationale="Le desflurane et le protoxyde d'azote représentent une part importante des émissions de l'hôpital. Les équipes ne savent pas vérifier les systèmes d'évacuation ni réduire les débits de gaz frais.",
        competencies=["Vérification quotidienne du système d'évacuation des gaz", "Anesthésie à bas débit de gaz frais",
                      "Détection des fuites et surveillance de l'exposition du personnel", "Choix des agents selon l'impact climatique"],
        learning_outcomes=["Vérifier le fonctionnement du système d'évacuation avant chaque cas.",
                           "Régler un appareil d'anesthésie pour un débit de gaz frais minimal et sécuritaire.",
                           "Repérer et signaler une fuite de gaz anesthésique.",
                           "Comparer l'impact climatique des agents halogénés et du protoxyde d'azote."],
        competency_framework="Profil national de compétences des assistants en anesthésie (CSRT, 2022)",
        summative_assessment="Vérification pratique d'un appareil en salle de simulation, évaluée avec une liste de contrôle, et étude de cas écrite.",
        partner_name="Réseau Santé Durable de l'Outaouais",
        partner_contact="Mathieu Okafor-Blanchet, m.okafor-blanchet@example.com",
        endorsement_status="letter_attached",
        education_plan_alignment="Répond aux priorités du Plan d'éducation : développement durable en santé et formation interprofessionnelle.",
        delivery_format="hybrid",
        estimated_hours=10,
        proposed_start="Automne 2027",
        expected_enrolment=45,
        resources_required="Appareil d'anesthésie en salle de simulation ; analyseur de gaz prêté par le partenaire.",
        submission_date="2026-12-01",
    ),
    x=dict(hours_text="10 h", enrol_text="environ 45", date_text="2026-12-01"),
    checks=["10 h", "environ 45", "2026-12-01"],
    )

# T6 ---------------------------------------------------------------------------------------------
add(id="t6", file="Ophthalmic biometry concept form - filled with Fill & Sign.pdf", shape="4", lang="en",
    route="reportlab blank official form (flat, no fields) + answers as FreeText annotations with their own appearance streams (Acrobat 'Fill & Sign' style), ticks as FreeText 'X'",
    notes="The BLANK official form (a flat PDF with labels and empty boxes, no form fields) filled with a 'FILL & SIGN' tool: every "
          "answer is a FREETEXT ANNOTATION placed over the box (/Contents holds the text, /AP the drawn text, /DA the font); "
          "the page content itself holds only labels. Ticks are FreeText annotations holding 'X' placed on the chosen box. Long "
          "answers are one annotation with line breaks; outcomes one annotation with '1.' … lines. DECISION: an annotation "
          "belongs to the label whose box it sits in; the chosen option is the box with the 'X'. Framework and resources left "
          "blank. Date '11/29/2026' (US).",
    F=dict(
        proposal_title="Optical Biometry and IOL Calculation for Ophthalmic Assistants",
        proposer_name="Kwabena Fairweather-Sato",
        proposer_title="Senior Ophthalmic Medical Technologist",
        proposer_department="Eye Institute, Riverside Hospital",
        proposer_email="k.fairweather-sato@example.org",
        proposer_phone="647-555-0131",
        request_type="new",
        target_learners="Ophthalmic assistants and technicians who measure eyes for cataract surgery in hospital and private clinics.",
        rationale="Refractive surprises after cataract surgery are most often caused by measurement errors; clinics report that new staff learn biometry informally and inconsistently.",
        competencies="Optical biometry acquisition; recognising poor-quality scans; keratometry checks; IOL formula selection basics; documentation.",
        learning_outcomes=["Acquire optical biometry measurements that meet the device's quality criteria.",
                           "Identify readings that must be repeated or confirmed by immersion ultrasound.",
                           "Explain to the surgeon which formula and constants were used.",
                           "Document measurements so that the results can be audited."],
        summative_assessment="Supervised measurement of ten patients with an audit of the results against post-operative refraction, plus a short oral exam.",
        partner_name="Clearview Cataract Centres",
        partner_contact="Ama Rosenthal-Diallo, clinical director",
        endorsement_status="confirmed",
        education_plan_alignment="Creates a short clinical credential for a growing allied health group, in line with the Education Plan priority on workforce needs in ambulatory care.",
        delivery_format="hybrid",
        estimated_hours=15,
        proposed_start="May 2027",
        expected_enrolment=36,
        submission_date="2026-11-29",
    ),
    x=dict(hours_text="15", enrol_text="36", date_text="11/29/2026"),
    checks=["11/29/2026"],
    )

# T7 ---------------------------------------------------------------------------------------------
add(id="t7", file="TPE concept form - Rivera-Haddad (LaTeX).pdf", shape="4", lang="en",
    route="LaTeX (pdflatex, TeX Live 2022; longtable with p-columns, enumitem lists inside cells, amssymb boxes, microtype off) -> PDF",
    notes="The form re-typeset in LATEX by a proposer who writes everything in LaTeX: a two-column LONGTABLE (header row 'Question | "
          "Response', repeated on page 2 as 'Question | Response (continued)'); a long four-paragraph rationale, so the table BREAKS "
          "ACROSS PAGES between rows (white space at the foot of page 1, the outcomes row starts page 2); outcomes as a numbered list "
          "and competencies as a bulleted list inside cells; choices as ⊠ / □ (amssymb) before the option words; Computer Modern with "
          "fi/ff/fl ligatures and TeX's end-of-line hyphenation; footer with the page number and the proposer's name 'E. Rivera-Haddad' "
          "(furniture). Typewriter quotes became typographic (’) in the PDF. '21' hours; 'two cohorts of 14 (28)' -> 28; date "
          "'2 December 2026'.",
    F=dict(
        proposal_title="Therapeutic Plasma Exchange: Apheresis Nursing and Technologist Practice",
        proposer_name="Esperanza Rivera-Haddad",
        proposer_title="Apheresis Nurse Clinician",
        proposer_department="Apheresis Unit, Blood and Transfusion Services, Northgate Health Sciences Centre",
        proposer_email="e.rivera-haddad@example.org",
        proposer_phone="416-555-0109",
        request_type="new",
        target_learners="Registered nurses and medical laboratory technologists who are new to an apheresis unit or who cover it occasionally.",
        rationale=["Therapeutic plasma exchange is now used for more neurological, renal and haematological indications, and our unit performs about 1,900 procedures a year, twice the number of five years ago.",
                   "New staff currently learn at the bedside from one of three experienced nurses. Orientation takes four to six months and depends entirely on who is on shift; two near-miss events in the past year involved the calculation of replacement fluid volumes.",
                   "Other units in the province have told us they face the same problem, and the manufacturer's training covers the device but not clinical decision-making, vascular access care or the recognition of citrate toxicity.",
                   "A structured micro-credential would shorten orientation, make practice consistent across sites, and give staff a recognised qualification that they can take with them."],
        competencies=["Calculating plasma volume and replacement fluids", "Setting up and priming the apheresis device",
                      "Vascular access care", "Recognising and managing citrate toxicity and hypotension", "Documentation and handover"],
        learning_outcomes=["Calculate estimated plasma volume and the exchange volume for a prescribed procedure.",
                           "Prime and run a plasma exchange procedure on the unit's device.",
                           "Recognise citrate toxicity, hypotension and allergic reactions and respond according to protocol.",
                           "Care for central and peripheral apheresis access.",
                           "Document the procedure and hand over to the ward team."],
        competency_framework="American Society for Apheresis core curriculum; CNA nursing practice standards",
        summative_assessment="Three supervised procedures signed off by a preceptor with a competency checklist, and a written calculation exam (pass mark 80 %).",
        partner_name="Provincial Apheresis Network",
        partner_contact="Dr. Callum Osei-Ferreira, network lead, c.osei-ferreira@example.com",
        endorsement_status="letter_attached",
        education_plan_alignment="Matches the Education Plan's priorities for interprofessional, competency-based credentials developed with health-system partners.",
        delivery_format="hybrid",
        estimated_hours=21,
        proposed_start="September 2027",
        expected_enrolment=28,
        resources_required="Simulation time on a training device, a nurse preceptor per learner, and an online module platform.",
        submission_date="2026-12-02",
    ),
    x=dict(hours_text="21", enrol_text="two cohorts of 14 (28)", date_text="2 December 2026"),
    checks=["two cohorts of 14 (28)", "2 December 2026"],
    )

# T8 ---------------------------------------------------------------------------------------------
add(id="t8", file="CT colonography concept form - printout.pdf", shape="4", lang="en",
    route="HTML table form -> xhtml2pdf (pisa, reportlab backend) -> PDF",
    notes="The form printed from an HTML page by XHTML2PDF (pisa, reportlab backend): a bordered two-column table, shaded label column, "
          "options as '[x]' / '[ ]', lists as <ul>/<ol>, paragraphs inside the rationale cell; a page header 'Michener CE – Concept Form' "
          "and a footer 'Page n of 2 · printed from the CE intake page' (furniture). The EMPTY 'Summative Assessment [R2]' row is the LAST "
          "row of page 1 and the table goes on at the top of page 2 with the partner row (an answer must not be taken from the next page). "
          "Incomplete: summative_assessment is missing. 'about 10' -> 10; '50 per year' -> 50; date 'Dec 1, 2026'.",
    F=dict(
        proposal_title="CT Colonography: Patient Preparation, Insufflation and Image Acquisition",
        proposer_name="Leopold Achterberg-Nakamura",
        proposer_title="CT Clinical Specialist",
        proposer_department="Medical Imaging, Harbourfront General Hospital",
        proposer_email="l.achterberg-nakamura@example.org",
        proposer_phone="416-555-0156",
        request_type="micro_course",
        target_learners="Medical radiation technologists working in CT who are new to CT colonography.",
        rationale=["Colorectal cancer screening programs are adding CT colonography for patients who cannot have optical colonoscopy.",
                   "Most sites perform fewer than five examinations a week, so technologists rarely gain experience; incomplete distension is the main cause of repeat scans.",
                   "Radiologists at three sites asked for a short, standard course."],
        competencies=["Bowel preparation and faecal tagging instructions", "Rectal catheter insertion and CO2 insufflation", "Supine and prone acquisition with low-dose protocols",
                      "Checking distension and deciding on decubitus views"],
        learning_outcomes=["Explain bowel preparation and tagging to patients.",
                           "Insert the rectal catheter and insufflate with an automated CO2 insufflator.",
                           "Acquire supine and prone scans using a low-dose protocol.",
                           "Judge whether distension is adequate and add views when needed."],
        partner_name="Ontario Colorectal Screening Alliance",
        partner_contact="Naledi Thorsen, program manager, n.thorsen@example.com",
        endorsement_status="in_discussion",
        education_plan_alignment="Fits the Education Plan's focus on short clinical credentials that respond to provincial screening programs.",
        delivery_format="online",
        estimated_hours=10,
        proposed_start="Spring 2027",
        expected_enrolment=50,
        resources_required="Recorded demonstrations from the partner sites; an online module shell.",
        submission_date="2026-12-01",
    ),
    x=dict(hours_text="about 10", enrol_text="50 per year", date_text="Dec 1, 2026"),
    checks=["about 10", "50 per year", "Dec 1, 2026"],
    )

# T9 ---------------------------------------------------------------------------------------------
add(id="t9", file="SCANNED_searchable_20261130_ESWL.pdf", shape="4", lang="en", ocr=True,
    route="python-docx table form -> LibreOffice PDF -> pypdfium2 200 dpi -> Pillow (grey, slight skew, noise) -> Tesseract 5 'pdf' renderer (image + real OCR text layer)",
    notes="A copier's 'SCAN TO SEARCHABLE PDF': the printed official table form scanned (greyscale, slight skew, noise) and OCRed by "
          "TESSERACT, so each page is a picture with Tesseract's invisible text layer. The text layer is real OCR output and may "
          "contain OCR errors (a misread letter, box characters read as other glyphs, lost table structure). DECISION: fields are what "
          "a person reads on the page (source kept as _make/src_SCANNED_searchable_20261130_ESWL.pdf); needs_manual_review is "
          "false because a text layer exists. Date '30 Nov 2026'.",
    F=dict(
        proposal_title="Extracorporeal Shock Wave Lithotripsy (ESWL) for Medical Radiation Technologists",
        proposer_name="Gunnar Mbatha-Rowe",
        proposer_title="Charge Technologist, Urology Imaging",
        proposer_department="Diagnostic Imaging, St. Brendan's Hospital",
        proposer_email="g.mbatha-rowe@example.org",
        proposer_phone="905-555-0119",
        request_type="micro_course",
        target_learners="Medical radiation technologists assigned to the lithotripsy suite.",
        rationale="Lithotripsy is taught on the job by one technologist; when she is away the list is cancelled.",
        competencies=["Fluoroscopic and ultrasound stone targeting", "Coupling and shock wave delivery settings", "Radiation protection in the suite"],
        learning_outcomes=["Localise a renal stone with fluoroscopy and ultrasound.",
                           "Set energy and rate according to the protocol and adjust during treatment.",
                           "Apply radiation protection for the patient and staff."],
        summative_assessment="Five supervised treatments signed off with a checklist.",
        partner_name="Central Urology Associates",
        endorsement_status="letter_attached",
        education_plan_alignment="Short specialised credential for practising technologists.",
        delivery_format="in_person",
        estimated_hours=8,
        proposed_start="March 2027",
        expected_enrolment=12,
        submission_date="2026-11-30",
    ),
    x=dict(hours_text="8", enrol_text="12", date_text="30 Nov 2026"),
    checks=["30 Nov 2026"],
    )

# T10 --------------------------------------------------------------------------------------------
add(id="t10", file="Briefing note - transcutaneous bilirubin screening micro-credential.docx", shape="5", lang="en",
    route="python-docx, public-service BRIEFING NOTE template (header table with file number, headings PURPOSE / BACKGROUND / … / RECOMMENDATION, 'Prepared by' and 'Approved by' blocks)",
    notes="A BRIEFING NOTE in the Ontario public-service style used as the proposal: a header table (To / From / Date / File no. / "
          "Subject), then PURPOSE, BACKGROUND, CURRENT SITUATION, PROPOSED MICRO-CREDENTIAL (with its own bullet lines 'Learners:', "
          "'Outcomes:' …), CONSIDERATIONS, RECOMMENDATION, and 'Prepared by' / 'Approved by' blocks. DECISION: the proposer is the "
          "'Prepared by' person (name, title, department, email, phone in that block); the 'Approved by' director is not the "
          "proposer; the 'From' line names the department only; 'Date' is submission_date; BACKGROUND + CURRENT SITUATION give "
          "the rationale (two paragraphs joined); 'Considerations – partner' gives partner and status; the RECOMMENDATION sentence "
          "gives the request type ('a new micro-credential').",
    F=dict(
        proposal_title="Transcutaneous Bilirubin Screening in Community Postpartum Care",
        proposer_name="Olamide Brennan-Kowalczyk",
        proposer_title="Clinical Practice Lead, Maternal-Newborn",
        proposer_department="Public Health Nursing, Lakeland Regional Health Unit",
        proposer_email="olamide.brennan-kowalczyk@example.org",
        proposer_phone="705-555-0123",
        request_type="new",
        target_learners="Public health nurses, midwives and community lab staff who see newborns at home or in postpartum clinics in the first week.",
        rationale=["Early discharge means that most newborns are first assessed for jaundice at home or in a community clinic. Transcutaneous bilirubin (TcB) meters have been distributed to all community teams in the region.",
                   "Staff have had a one-hour vendor demonstration only. Audits show inconsistent measurement sites, readings not plotted on the nomogram, and late referrals for serum bilirubin."],
        competencies=["Correct TcB measurement technique", "Plotting results on the hour-specific nomogram", "Risk assessment and referral for serum bilirubin",
                      "Device QC and documentation"],
        learning_outcomes=["Measure TcB correctly on term and late-preterm newborns.",
                           "Plot a TcB value on the hour-specific nomogram and identify the risk zone.",
                           "Decide when a serum bilirubin is required and refer according to the regional pathway.",
                           "Perform and record daily device checks."],
        summative_assessment="Observed measurement on a simulated newborn with a checklist and a case-based quiz on nomogram plotting and referral (80 % pass).",
        partner_name="Lakeland Regional Health Unit",
        partner_contact="Thandiwe Marchetti",
        endorsement_status="confirmed",
        education_plan_alignment="Supports the Education Plan's commitments to community-based care and to short credentials co-designed with public health partners.",
        delivery_format="hybrid",
        estimated_hours=6,
        proposed_start="April 2027",
        expected_enrolment=80,
        resources_required="Two TcB meters and a newborn simulator for the practical session; nomogram posters.",
        submission_date="2026-11-26",
    ),
    x=dict(date_text="November 26, 2026", file_no="LRHU-BN-2026-114", approver="Thandiwe Marchetti, Director of Family Health"),
    checks=["November 26, 2026", "a new micro-credential", "6 hours", "80 learners"],
    )

# T11 --------------------------------------------------------------------------------------------
add(id="t11", file="Micro-credential concept submission (Google Forms response) - HPLC hemoglobinopathy.pdf", shape="5", lang="en",
    route="HTML in the look of a printed Google Forms response (question cards, 'Your answer' lines, radio lists) -> WeasyPrint 6 -> PDF",
    notes="A GOOGLE FORMS RESPONSE printed to PDF (the department built its own Google Form with the CE questions in its own wording): "
          "header card with the form title and description, 'Email *' recorded at the top, then one card per question with the "
          "question text (required ones with ' *'), the answer below it, and for choice questions ALL options as radio circles "
          "with the chosen one filled (◉ / ○); a section card 'About you' / 'About the course'; the response timestamp at the top. "
          "Incomplete: the optional question on Education Plan fit was skipped (no answer), so education_plan_alignment is missing. "
          "DECISION: the 'Email *' recorded by Google Forms is the proposer's email; the timestamp date is submission_date. "
          "'12' hours; '20'; timestamp '2026-11-25 14:37'.",
    F=dict(
        proposal_title="Hemoglobinopathy Screening by HPLC: Run Review and Interpretation",
        proposer_name="Yusuf Adebayo-Lindqvist",
        proposer_title="Senior Technologist, Special Hematology",
        proposer_department="Laboratory Medicine, Greenway University Hospital",
        proposer_email="yusuf.adebayo-lindqvist@example.org",
        proposer_phone="416-555-0184",
        request_type="new",
        target_learners="Medical laboratory technologists in hematology who review HPLC runs for hemoglobin variants and thalassemia screening.",
        rationale="Prenatal and newborn programs have increased hemoglobinopathy screening volumes, but only two technologists per site can confidently review HPLC chromatograms and flag variants for confirmation.",
        competencies=["HPLC run acceptance and QC", "Recognising common variants (HbS, HbC, HbE, HbD)", "Beta-thalassemia trait indices", "Reflex testing and reporting"],
        learning_outcomes=["Accept or reject an HPLC run using calibrator and control criteria.",
                           "Identify common hemoglobin variants from retention times and peak shapes.",
                           "Apply the screening algorithm for beta-thalassemia trait using HbA2 and red cell indices.",
                           "Write an interpretive comment and choose the right reflex test."],
        competency_framework="CSMLS competency profile – Hematology",
        summative_assessment="Review of 20 unknown chromatograms with written interpretations, marked against a key (85 % to pass).",
        partner_name="Provincial Prenatal Screening Program",
        partner_contact="Leonie Vanterpool-Iqbal, l.vanterpool-iqbal@example.com",
        endorsement_status="letter_attached",
        delivery_format="online",
        estimated_hours=12,
        proposed_start="February 2027",
        expected_enrolment=20,
        submission_date="2026-11-25",
    ),
    x=dict(timestamp="2026-11-25 14:37"),
    checks=["2026-11-25 14:37"],
    )

# T12 --------------------------------------------------------------------------------------------
add(id="t12", file="Course design canvas - IR sterile technique for MRTs.pdf", shape="5", lang="en",
    route="HTML CSS-grid 'course design canvas' (landscape, 3 x 4 boxes of different sizes) -> WeasyPrint -> PDF",
    notes="A one-page COURSE DESIGN CANVAS (like a business-model canvas) on a landscape page: a title bar (course name, 'Canvas by' "
          "name, role, unit, email, phone, date) and twelve boxes of different sizes on a CSS grid, each with a small heading in its "
          "own words ('The problem', 'Learners', 'Skills', 'By the end they can…', 'Proof of learning', 'Partner', 'Fit with Ed Plan', "
          "'Format & hours', 'Timing & numbers', 'What we need', 'Type', 'Framework'). The PDF text runs box by box in an order "
          "that is not the visual one. DECISION: each box heading is a label; 'Format & hours: Online theory + 1 lab day (blended), "
          "14 h' gives hybrid and 14; 'Timing & numbers: first cohort Jan 2028 · 24 a year' gives start and enrolment; 'Type: a "
          "micro-course' = micro_course; partner box 'Endorsed – letter to follow' = confirmed.",
    F=dict(
        proposal_title="Sterile Technique and Procedure Room Readiness in Interventional Radiology",
        proposer_name="Seo-yeon Abernathy-Mwale",
        proposer_title="IR Technologist Educator",
        proposer_department="Interventional Radiology, Bayview Regional Hospital",
        proposer_email="seoyeon.abernathy-mwale@example.org",
        proposer_phone="416-555-0137",
        request_type="micro_course",
        target_learners="MRTs rotating into interventional radiology and IR nurses in their first year.",
        rationale="IR procedure volumes doubled, surgical-site infection audits flagged breaks in sterile technique, and new staff learn from whoever is in the room.",
        competencies=["Surgical hand antisepsis and gowning", "Setting up and maintaining a sterile field", "Draping the patient and the C-arm", "Safe sharps handling"],
        learning_outcomes=["Perform surgical hand antisepsis, gowning and gloving without contamination.",
                           "Set up and maintain a sterile field for a biliary or vascular procedure.",
                           "Drape the patient and imaging equipment correctly.",
                           "Recognise and correct a break in sterile technique."],
        competency_framework="CAMRT IR practice guidelines",
        summative_assessment="Observed set-up in the IR simulation room with a checklist; any critical error means a repeat.",
        partner_name="Bayview Regional Hospital – Infection Prevention and Control",
        endorsement_status="confirmed",
        education_plan_alignment="Patient safety and interprofessional practice, two Education Plan pillars.",
        delivery_format="hybrid",
        estimated_hours=14,
        proposed_start="Jan 2028",
        expected_enrolment=24,
        resources_required="IR simulation room for one day per cohort; expired drapes and gowns donated by the hospital.",
        submission_date="2026-11-24",
    ),
    x=dict(date_text="24 Nov 2026"),
    checks=["24 Nov 2026", "blended", "14 h", "24 a year", "a micro-course", "Endorsed – letter to follow"],
    )

# T13 --------------------------------------------------------------------------------------------
add(id="t13", file="Pulmonary rehab exercise leaders - mind map (outline export).docx", shape="5", lang="en",
    route="python-docx, MIND-MAP OUTLINE EXPORT (root as Title, branches as numbered Heading 1/2 '1.', '1.1', leaves as Normal text), as exported by a mind-mapping app",
    notes="A MIND MAP exported to Word as an OUTLINE: the central topic is the Title, each branch a numbered heading ('1 Why?', "
          "'2 Who', '3 Skills', '4 Outcomes', '5 Assessment', '6 Partner', '7 Ed Plan fit', '8 Logistics', '9 Me'), sub-branches "
          "numbered headings ('4.1', '4.2' …) holding short phrases, leaves as plain paragraphs. DECISION: branch headings are labels; "
          "the numbered sub-branch headings under 'Outcomes' are the outcomes (numbers dropped); under 'Skills' the sub-branches are "
          "joined with '; '; the branch 'Me' gives proposer name, title, department, email, phone. Incomplete: the branch '7 Ed "
          "Plan fit' has a single child 'TODO – ask Ruth' (no value), so education_plan_alignment is missing. 'Type: new MC' = "
          "new; 'LOS: attached' = letter_attached; no date anywhere.",
    F=dict(
        proposal_title="Exercise Leadership in Pulmonary Rehabilitation",
        proposer_name="Ruairi Tembo-Haraldsen",
        proposer_title="Respiratory Therapist, Pulmonary Rehab Coordinator",
        proposer_department="Respiratory Therapy program",
        proposer_email="ruairi.tembo-haraldsen@michener.example",
        proposer_phone="416-555-0191",
        request_type="new",
        target_learners="RTs, physiotherapy assistants and kinesiologists who lead exercise classes for people with COPD",
        rationale="Rehab programs are expanding to community sites; class leaders have no standard training in exercise prescription for lung disease",
        competencies=["6-minute walk test", "Borg dyspnoea scale", "Oxygen titration during exercise", "Progression of aerobic and strength training"],
        learning_outcomes=["Run a 6-minute walk test to ATS standard", "Prescribe exercise intensity from walk test and Borg scores",
                           "Titrate oxygen during exercise to target saturation", "Recognise when to stop a session"],
        summative_assessment="Lead a mock class observed by faculty + written case (pass/fail)",
        partner_name="Lakeside Lung Health Alliance",
        partner_contact="Ines Halvorsen-Adeyemi",
        endorsement_status="letter_attached",
        delivery_format="hybrid",
        estimated_hours=16,
        proposed_start="Sept 2027",
        expected_enrolment=30,
    ),
    x=dict(),
    checks=["new MC", "attached", "16 h", "30/yr", "hybrid"],
    )

# T14 --------------------------------------------------------------------------------------------
add(id="t14", file="CEREQ-482 New micro-credential request - autoverification rules.pdf", shape="5", lang="en",
    route="XHTML page in the look of an issue-tracker ticket print (Jira-style: summary, details grid, description, comments) -> MuPDF 'mutool convert' (its own HTML layout engine) -> PDF",
    notes="An ISSUE-TRACKER TICKET printed to PDF (the lab's service desk forwards CE requests as tickets): key and summary, a details "
          "grid (Type, Status, Priority, Reporter, Assignee, Created, Labels), a Description written by the reporter in her own "
          "headings, and two comments (one from the CE assignee asking a question, one from the reporter answering it). DECISION: "
          "the reporter is the proposer; the assignee (CE staff) and the 'Watchers' are not values; 'Created' is submission_date; "
          "the reporter's comment answers the assignee's question and gives the summative assessment; the summary's prefix 'New "
          "micro-credential request –' is not part of the title (the title is in the description). 'Please convert our existing "
          "Middleware Fundamentals workshop into a micro-credential' = existing_program with 'Middleware Fundamentals workshop'; "
          "'signed a letter of support; attached to this ticket' = letter_attached; 'Fully online, about 20 hours, target Q3 2027, "
          "roughly 35 learners a year' gives format, hours, start and enrolment. MuPDF lays the page out with its own fonts.",
    F=dict(
        proposal_title="Autoverification Rules in Laboratory Middleware: Design, Validation and Monitoring",
        proposer_name="Zainab Okonkwo-Strand",
        proposer_title="LIS / Middleware Analyst",
        proposer_department="Laboratory Information Systems, Metro Shared Laboratory Services",
        proposer_email="z.okonkwo-strand@example.org",
        proposer_phone="416-555-0146",
        request_type="existing_program",
        existing_program_name="Middleware Fundamentals workshop",
        target_learners="Medical laboratory technologists, charge technologists and LIS analysts who write or approve autoverification rules.",
        rationale="Autoverification now releases over 70 % of chemistry results without human review, yet rules are written by a few analysts with no formal training; two rule errors reached patients' charts last year.",
        competencies=["Rule logic and delta checks", "Validation of rules before go-live", "Monitoring release rates and audit trails", "Change control"],
        learning_outcomes=["Translate a laboratory policy into autoverification rule logic.",
                           "Design and document a validation plan for a new rule set.",
                           "Monitor autoverification rates and investigate unexpected changes.",
                           "Apply change-control requirements to rule edits."],
        competency_framework="CLSI AUTO10 / AUTO15; CSMLS informatics competencies",
        summative_assessment="Capstone: write and validate a rule set for a given test menu in the training middleware, graded with a rubric.",
        partner_name="Metro Shared Laboratory Services",
        partner_contact="Dmitri Abara-Sinclair, Director of Operations",
        endorsement_status="letter_attached",
        education_plan_alignment="Digital health and laboratory informatics are named growth areas in the Education Plan.",
        delivery_format="online",
        estimated_hours=20,
        proposed_start="Q3 2027",
        expected_enrolment=35,
        resources_required="Training instance of the middleware (vendor sandbox) and an LIS faculty member.",
        submission_date="2026-11-23",
    ),
    x=dict(created="23/Nov/26 9:42 AM", assignee="Beatrix Halloran-Osei", assignee_email="b.halloran-osei@michener.example"),
    checks=["23/Nov/26", "20 hours", "35 learners", "online", "letter of support"],
    )

# T15 --------------------------------------------------------------------------------------------
add(id="t15", file="Scan_handwritten_20261201.pdf", shape="6", lang="en", review=True, scan=True,
    route="reportlab official form page with answers in a handwriting font (Comic Neue / URW Z003) -> pypdfium2 150 dpi -> Pillow (grey, skew, uneven ink, JPEG) -> image-only PDF",
    notes="The official form printed and FILLED IN BY HAND (answers in a handwriting-like script, slanted, uneven), then scanned to an "
          "image-only PDF (no text layer) -> manual review. Ticks are hand-drawn X marks in the boxes. fields are what a person "
          "reads on the page (source kept as _make/src_Scan_handwritten_20261201.pdf).",
    F=dict(
        proposal_title="Visual Field Testing (Perimetry) for Ophthalmic Assistants",
        proposer_name="Beatriz Nakashima-Doyle",
        proposer_title="Ophthalmic Technician",
        proposer_department="Glaucoma Clinic, Lakeview Eye Centre",
        proposer_email="bnakashima-doyle@example.org",
        proposer_phone="905-555-0172",
        request_type="micro_course",
        target_learners="Ophthalmic assistants and technicians",
        rationale="Unreliable fields lead to repeat tests and delayed glaucoma decisions",
        competencies="Patient set-up, fixation monitoring, reliability indices",
        learning_outcomes=["Set up a patient for automated perimetry", "Monitor fixation and coach the patient", "Judge reliability of a test"],
        summative_assessment="Observed test on 3 patients + quiz",
        partner_name="Lakeview Eye Centre",
        endorsement_status="letter_attached",
        education_plan_alignment="Short skills credential for ambulatory care staff",
        delivery_format="in_person",
        estimated_hours=5,
        expected_enrolment=15,
        submission_date="2026-12-01",
    ),
    x=dict(hours_text="5", enrol_text="15", date_text="Dec 1 2026"),
    checks=[],
    )

# T16 --------------------------------------------------------------------------------------------
add(id="t16", file="Concept review rubric - MC-2026-041 - reviewer 2 (completed).docx", shape="7", lang="en", form=False,
    route="python-docx (review rubric: header table, scoring table with R1-R4 rows, comments, recommendation check boxes)",
    notes="NOT a concept form: a CE REVIEWER'S SCORING RUBRIC for a submitted concept (reference MC-2026-041): header table with the "
          "proposal title, proposer, reviewer name and email, date; a scoring table with rows for R1 competency-based, R2 summative "
          "assessment, R3 endorsement, R4 Education Plan alignment, each with a 1-4 score and comments; overall comments and a "
          "recommendation with ☒/☐ boxes (Support / Support with revisions / Do not support). It evaluates a proposal; it is not one.",
    F={},
    x=dict(),
    checks=[],
    )

# T17 --------------------------------------------------------------------------------------------
add(id="t17", file="Digital badge - Point-of-care INR testing in pharmacies - metadata.pdf", shape="7", lang="en", form=False,
    route="LaTeX (pdflatex, article, description list and tabular) -> PDF",
    notes="NOT a concept form: the DIGITAL BADGE description of an EXISTING micro-credential as published in the badge platform "
          "(badge name, issuer, description, earning criteria, skills tagged with ESCO codes, evidence required, alignment, "
          "issuer contact with email and phone, version date). It describes a credential that already runs; it proposes nothing.",
    F={},
    x=dict(),
    checks=[],
    )

# T18 --------------------------------------------------------------------------------------------
add(id="t18", file="Avis du comité - microcertificat échographie de la thyroïde (décision).docx", shape="7", lang="fr", form=False,
    route="python-docx memo (letterhead in the header, 'Objet', decision table, conditions list, signature)",
    notes="NOT a concept form (French): a CURRICULUM COMMITTEE DECISION MEMO to a proposer about her concept (thyroid ultrasound "
          "micro-credential): objet, decision ('approuvé sous conditions'), the title, proposer name and email, partner, hours "
          "and the committee's conditions (R2 assessment to be clarified, letter of support to be sent), next steps and the "
          "chair's signature. It decides on a proposal; it is not the proposal.",
    F={},
    x=dict(),
    checks=[],
    )
