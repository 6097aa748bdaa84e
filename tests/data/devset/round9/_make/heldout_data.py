"""Content and expected values of the HELD-OUT half (round 9). Scoring only: do not read while developing the parser."""

DOCS = []


def add(**d):
    DOCS.append(d)
    return d


# H1 altChunk -----------------------------------------------------------------------------------
add(id="h1", file="Concept form - CEUS for sonographers (portal export).docx", shape="1", lang="en",
    route="DOCX whose body is a single w:altChunk pointing to an HTML part (afchunk.htm) holding the official table form, as written by web portals' 'export to Word'",
    notes="The official table form exported to Word by a department PORTAL that writes the body as an ALTCHUNK: word/document.xml "
          "holds only <w:altChunk r:id=…> and the whole form (heading, two-column table, ☒/☐ boxes, <ol> outcomes, <ul> lists) "
          "is an HTML part (word/afchunk.htm) that Word imports when the file is opened. python-docx sees an empty document. "
          "LibreOffice 7.4 shows an empty page (it does not import HTML altChunks); Word imports the HTML and shows the form. "
          "'16 hours' -> 16; '40'; date '2026-11-20'.",
    F=dict(
        proposal_title="Contrast-Enhanced Ultrasound (CEUS) for Diagnostic Medical Sonographers",
        proposer_name="Henrike Abubakar-Castellanos",
        proposer_title="Lead Sonographer, Abdominal Imaging",
        proposer_department="Ultrasound Department, Kingsmere University Health Centre",
        proposer_email="h.abubakar-castellanos@example.org",
        proposer_phone="416-555-0152",
        request_type="new",
        target_learners="Registered diagnostic medical sonographers who perform abdominal and vascular ultrasound.",
        rationale="CEUS is replacing CT and MRI for many liver lesion follow-ups and for children, but only a handful of sonographers in the province have been trained to prepare contrast agents and optimise low-MI imaging.",
        competencies=["Contrast agent preparation and IV administration under delegation", "Low mechanical index imaging settings", "Timing of arterial, portal venous and late phases", "Recognising and responding to adverse reactions"],
        learning_outcomes=["Prepare and administer an ultrasound contrast agent safely under a medical directive.",
                           "Optimise a low-MI contrast imaging preset for liver and kidney examinations.",
                           "Acquire and label the vascular phases of a focal liver lesion study.",
                           "Recognise an adverse reaction and start the emergency response."],
        competency_framework="Sonography Canada National Competency Profile (2023)",
        summative_assessment="Logbook of ten supervised CEUS examinations reviewed by a radiologist, plus an objective structured practical exam on a phantom.",
        partner_name="Kingsmere University Health Centre – Department of Medical Imaging",
        partner_contact="Dr. Rashida Lindqvist-Mensah, r.lindqvist-mensah@example.com",
        endorsement_status="letter_attached",
        education_plan_alignment="Advanced practice for sonographers and new imaging technology are both named in the Education Plan.",
        delivery_format="hybrid",
        estimated_hours=16,
        proposed_start="Spring 2027",
        expected_enrolment=40,
        resources_required="Contrast phantom, ultrasound units with contrast software, radiologist time for logbook review.",
        submission_date="2026-11-20",
    ),
    x=dict(hours_text="16 hours", date_text="2026-11-20"),
    checks=["16 hours", "2026-11-20"],
    )

# H2 revisions + comments ----------------------------------------------------------------------------
add(id="h2", file="EP lab basics concept form - with reviewer comments and changes.docx", shape="1", lang="en",
    route="python-docx table + raw XML: a deleted outcome paragraph (mark included), an inserted outcome, w:pPrChange, w:ins/w:del in three answers, Word comments with a reply (comments.xml + commentsExtended.xml)",
    notes="Official table form returned by a colleague with CHANGES NOT ACCEPTED and COMMENTS: one outcome deleted whole (text and "
          "paragraph mark in w:del), a new outcome inserted (w:ins), typed outcome numbers changed by w:del/w:ins, an indent change as w:pPrChange, the hours changed "
          "from '24' to '20', the partner contact inserted, the rationale's last sentence deleted; three COMMENTS anchored in answers "
          "(commentRangeStart/End, comments.xml) and a reply (commentsExtended.xml). DECISION: read as if all changes were accepted; "
          "comment text is never a value. 'Micro-course' ticked; date '27 Nov 2026'.",
    F=dict(
        proposal_title="Electrophysiology Lab Basics for Cardiovascular Technologists and MRTs",
        proposer_name="Olusegun Brandvold-Ikeda",
        proposer_title="Senior Cardiovascular Technologist, EP Lab",
        proposer_department="Heart Rhythm Program, Sunnybank Cardiac Institute",
        proposer_email="o.brandvold-ikeda@example.org",
        proposer_phone="416-555-0166",
        request_type="micro_course",
        target_learners="Cardiovascular technologists, MRTs and nurses joining an electrophysiology lab team.",
        rationale="Ablation volumes have grown by half in three years; new EP lab staff need six months of shadowing before they can run the recording system on their own.",
        competencies=["Intracardiac electrogram recording and labelling", "Programmed stimulation basics", "3D mapping system set-up", "Radiation and sterile practice in the EP lab"],
        learning_outcomes=["Set up the recording system and label intracardiac channels correctly.",
                           "Deliver a programmed stimulation protocol under direction.",
                           "Prepare a 3D electroanatomic mapping system for an ablation case.",
                           "Recognise arrhythmias induced during a study and alert the physician."],
        summative_assessment="Observed set-up and recording during two cases, scored with the lab's competency checklist.",
        partner_name="Sunnybank Cardiac Institute",
        partner_contact="Marguerite Osei-Valdez, EP lab manager",
        endorsement_status="confirmed",
        education_plan_alignment="Specialised cardiovascular skills for working technologists, in line with the Education Plan's short-credential strategy.",
        delivery_format="in_person",
        estimated_hours=20,
        proposed_start="June 2027",
        expected_enrolment=18,
        submission_date="2026-11-27",
    ),
    x=dict(date_text="27 Nov 2026", deleted_outcome="Describe the indications for catheter ablation.",
           deleted_sentence=" Two vendors offer courses but neither is accredited."),
    checks=["27 Nov 2026", "Micro-course", "Confirmed", "In person"],
    )

# H3 French, smart tags / customXml inline / simple fields -----------------------------------------
add(id="h3", file="Formulaire de concept - Biobanque et entreposage des échantillons - Y Haddad-Lévesque.docx", shape="1", lang="fr",
    route="python-docx table (French official form) + raw XML: w:smartTag and inline w:customXml wrappers around names, dates, places; w:fldSimple for the date; bookmarks; w:proofErr",
    notes="FRENCH official table form from an OLD WORD with SMART TAGS: names, places, dates and the email are wrapped in "
          "w:smartTag elements (PersonName, place, date) and two answers in inline w:customXml elements, so their runs are not "
          "direct children of the paragraph (python-docx's paragraph.runs and .text skip them); the date is a w:fldSimple DATE "
          "field whose result is '25 novembre 2026'; bookmarks and proofing marks everywhere. 'Conversion d'un programme "
          "existant' ticked with the program named; '12 heures' -> 12; 'environ 25' -> 25.",
    F=dict(
        proposal_title="Biobanque : collecte, traitement et entreposage des échantillons biologiques",
        proposer_name="Yasmine Haddad-Lévesque",
        proposer_title="Coordonnatrice de la biobanque",
        proposer_department="Centre de recherche, Hôpital universitaire de Rivière-Claire",
        proposer_email="y.haddad-levesque@example.org",
        proposer_phone="418-555-0138",
        request_type="existing_program",
        existing_program_name="Atelier de bonnes pratiques en biobanque (2021)",
        target_learners="Techniciennes et techniciens de laboratoire, assistants de recherche et coordonnateurs de biobanques.",
        rationale="Les biobanques de la province doivent répondre aux nouvelles normes d'accréditation; l'atelier de 2021 ne couvre ni la traçabilité électronique ni la gestion des congélateurs à -80 °C.",
        competencies=["Traitement et aliquotage des échantillons", "Traçabilité et étiquetage", "Gestion des congélateurs et plans de contingence", "Consentement et confidentialité"],
        learning_outcomes=["Traiter et aliquoter des échantillons de sang et d'urine selon les procédures normalisées.",
                           "Assurer la traçabilité d'un échantillon du prélèvement à l'entreposage.",
                           "Réagir à une alarme de congélateur selon le plan de contingence.",
                           "Appliquer les règles de consentement et de confidentialité des participants."],
        competency_framework="Norme ISO 20387 (biobanques)",
        summative_assessment="Épreuve pratique de traitement d'échantillons évaluée avec une grille, et étude de cas écrite sur un incident de congélateur.",
        partner_name="Réseau québécois des biobanques hospitalières",
        partner_contact="Étienne Mwangi-Gagnon, e.mwangi-gagnon@example.com",
        endorsement_status="in_discussion",
        education_plan_alignment="Soutient la recherche et les partenariats du Plan d'éducation et offre une formation continue en français.",
        delivery_format="hybrid",
        estimated_hours=12,
        proposed_start="Automne 2027",
        expected_enrolment=25,
        resources_required="Laboratoire humide pour une journée; congélateur de démonstration prêté par le réseau.",
        submission_date="2026-11-25",
    ),
    x=dict(hours_text="12 heures", enrol_text="environ 25", date_text="25 novembre 2026"),
    checks=["12 heures", "environ 25", "25 novembre 2026", "Conversion d'un programme existant", "En discussion", "Hybride"],
    )

# H4 content controls camelCase tags ----------------------------------------------------------------
add(id="h4", file="Tinnitus counselling - concept form (controls).docx", shape="2", lang="en",
    route="python-docx + raw w:sdt: camelCase tags (proposalTitle, proposerEmail …), contact block as a nested 2 x 3 table of controls, w14:checkbox controls per option tagged requestType.new etc., multi-line plain-text controls",
    notes="Content-control form whose tags are the keys in CAMELCASE ('proposalTitle', 'proposerName', 'learningOutcomes', "
          "'educationPlanAlignment' …); the contact details are a NESTED TABLE (2 x 3) of controls inside one cell; request type, "
          "endorsement and format are w14:checkbox controls, one per option, tagged 'requestType.new', 'endorsementStatus."
          "inDiscussion' … (checked = ☒); outcomes a multi-line plain-text control (w:br); existing program and framework "
          "controls show their placeholder (empty). Date control '2026-11-26'.",
    F=dict(
        proposal_title="Tinnitus Counselling and Sound Therapy Basics for Audiometric Technicians",
        proposer_name="Caoimhe Ranganathan-Voss",
        proposer_title="Clinical Audiologist",
        proposer_department="Hearing Services, Westshore Health",
        proposer_email="caoimhe.ranganathan-voss@example.org",
        proposer_phone="250-555-0114",
        request_type="micro_course",
        target_learners="Audiometric technicians and hearing instrument practitioners who see patients with tinnitus.",
        rationale="Tinnitus is among the most common reasons for hearing clinic visits, and wait times for audiologist counselling exceed four months; technicians could deliver structured first-line education.",
        competencies="Tinnitus questionnaires (THI, TFI); first-line education; sound generator set-up; referral red flags.",
        learning_outcomes=["Administer and score the Tinnitus Handicap Inventory.",
                           "Deliver a structured first-line education session.",
                           "Set up a sound generator in a hearing aid according to the audiologist's plan.",
                           "Identify red flags that need urgent medical referral."],
        summative_assessment="Recorded counselling session with a standardised patient, marked with a rubric, and a short written test.",
        partner_name="Tinnitus Support Network of BC",
        partner_contact="Declan Oyelowo-Strand, d.oyelowo-strand@example.com",
        endorsement_status="in_discussion",
        education_plan_alignment="Expands short, practical credentials for hearing health professionals and patient-centred care.",
        delivery_format="online",
        estimated_hours=7,
        proposed_start="March 2027",
        expected_enrolment=45,
        resources_required="Recorded case videos; online platform; audiologist facilitator.",
        submission_date="2026-11-26",
    ),
    x=dict(),
    checks=["2026-11-26", "☒"],
    )

# H5 fillable PDF: duplicated widgets, comb, AFDate, rich text -------------------------------------------
add(id="h5", file="Autopsy assisting - concept form (fillable).pdf", shape="3", lang="en",
    route="reportlab page + pypdf-built AcroForm: one field with two widgets (name also in the page-2 header), comb phone field (/MaxLen 12), date field with AFDate_FormatEx action, a rich-text field (/RV), check boxes with export 'Yes'; appearance streams present",
    notes="Fillable PDF with field names close to the keys ('ProposalTitle', 'ProposerName', …) and Acrobat features: the "
          "proposer-name field has TWO WIDGETS (one in the form, one in the page-2 header 'Proposer: …' – same value); the phone "
          "is a COMB field (/MaxLen 12, one character per cell); the date field carries AFDate_FormatEx('yyyy-mm-dd') JavaScript "
          "and holds '2026-11-24'; the outcomes field is RICH TEXT (/RV XHTML with <p> per outcome; /V plain text with CR). Check "
          "boxes export 'Yes'. Incomplete: the Target Learners field is empty, so target_learners is missing.",
    F=dict(
        proposal_title="Autopsy Assisting and Mortuary Practice for Pathology Assistants",
        proposer_name="Torsten Agyeman-Bellamy",
        proposer_title="Pathologists' Assistant, Autopsy Service",
        proposer_department="Anatomical Pathology, Fairhaven General Hospital",
        proposer_email="t.agyeman-bellamy@example.org",
        proposer_phone="905-555-0193",
        request_type="new",
        rationale="Hospital autopsy services depend on a few experienced assistants; two regional services closed temporarily in 2026 for lack of trained staff.",
        competencies=["Evisceration techniques", "Organ dissection and sampling", "Infection control and PPE in the mortuary", "Chain of custody and documentation"],
        learning_outcomes=["Perform evisceration under the direction of a pathologist.",
                           "Dissect and sample organs according to the autopsy protocol.",
                           "Apply mortuary infection-control and PPE requirements.",
                           "Maintain chain of custody for specimens and personal effects."],
        competency_framework="Canadian Association of Pathologists' Assistants competency profile",
        summative_assessment="Five supervised autopsies signed off by a pathologist with a competency checklist, and an oral case review.",
        partner_name="Fairhaven General Hospital – Laboratory Medicine",
        partner_contact="Dr. Ottilie Mbeki-Harcourt",
        endorsement_status="letter_attached",
        education_plan_alignment="Addresses a critical workforce shortage through a short credential with a hospital partner.",
        delivery_format="in_person",
        estimated_hours=30,
        proposed_start="September 2027",
        expected_enrolment=8,
        resources_required="Mortuary teaching time; PPE; a pathologist preceptor.",
        submission_date="2026-11-24",
    ),
    x=dict(),
    checks=["2026-11-24"],
    )

# H6 French fillable radio /Opt ------------------------------------------------------------------------
add(id="h6", file="Formulaire remplissable - Hémodynamie en salle de cathétérisme.pdf", shape="3", lang="fr",
    route="reportlab page + pypdf-built AcroForm (French field names): radio groups whose kids' appearance states are /0 /1 /2 with an /Opt array of option words, combo box with [export, display] /Opt pairs",
    notes="FRENCH fillable PDF built like Acrobat does when export values contain accents: the request-type and endorsement RADIO "
          "GROUPS have appearance states /0, /1, /2… and an /Opt array giving the option words (V = /2 in 'TypeDemande' -> the "
          "third option, 'Microcours'; V = /1 in 'StatutAppui' -> 'Confirmé – lettre à venir'); the delivery format is a COMBO BOX "
          "whose /Opt holds [export, display] pairs (V = 'HYB', shown 'Hybride'). Field names are French ('TitrePropose', "
          "'NomProposant', 'Courriel' …). '14' heures; '32'; date '2026-11-23'.",
    F=dict(
        proposal_title="Surveillance hémodynamique en salle de cathétérisme cardiaque",
        proposer_name="Sébastien Kouyaté-Lindberg",
        proposer_title="Technologue en cardiologie, salle d'hémodynamie",
        proposer_department="Institut de cardiologie de Haute-Rive",
        proposer_email="s.kouyate-lindberg@example.org",
        proposer_phone="819-555-0147",
        request_type="micro_course",
        target_learners="Technologues en cardiologie, infirmières et inhalothérapeutes affectés à la salle de cathétérisme.",
        rationale="Le nombre d'interventions coronariennes a augmenté de 40 % et les nouveaux membres du personnel apprennent la lecture des courbes de pression uniquement en cours d'intervention.",
        competencies=["Mise à zéro et nivellement des capteurs", "Reconnaissance des courbes de pression normales et anormales", "Mesure du débit cardiaque", "Surveillance des complications"],
        learning_outcomes=["Préparer, mettre à zéro et niveler un système de mesure de pression.",
                           "Reconnaître les courbes de pression des cavités cardiaques et les artéfacts.",
                           "Mesurer le débit cardiaque par thermodilution.",
                           "Signaler sans délai une complication hémodynamique."],
        summative_assessment="Examen pratique sur simulateur de courbes et questionnaire à choix multiples (seuil 75 %).",
        partner_name="Institut de cardiologie de Haute-Rive",
        partner_contact="Noémie Achterberg-Diop, chef de service",
        endorsement_status="confirmed",
        education_plan_alignment="Formation spécialisée courte en français pour le personnel en poste, conforme au Plan d'éducation.",
        delivery_format="hybrid",
        estimated_hours=14,
        proposed_start="Hiver 2028",
        expected_enrolment=32,
        submission_date="2026-11-23",
    ),
    x=dict(),
    checks=["Microcours", "Confirmé – lettre à venir", "Hybride", "2026-11-23"],
    )

# H7 LaTeX margin labels -------------------------------------------------------------------------------
add(id="h7", file="Bubble study concept - Moreau-Tshabalala.pdf", shape="4", lang="en", loose_accents=True,
    route="LaTeX (pdflatex, article, labels set as \\marginpar in the left margin, answers in the text block, \\hrule separators) -> PDF",
    notes="The form re-typeset in LATEX with the LABELS IN THE LEFT MARGIN: each question is a small bold ragged-right box hanging "
          "in the wide left margin (\\llap + \\parbox) beside its answer in the text block, entries separated by thin rules; "
          "choices are written as the chosen option's words only ('New micro-credential', 'Letter of support attached', "
          "'Hybrid'); outcomes a numbered list, competencies a bulleted list; Computer Modern (OT1) with ligatures, so accented "
          "letters are built from a letter plus a separate accent glyph (the PDF text of 'Aurélie' reads 'Aur´elie'); page "
          "numbers. '6' hours; 'about 60' -> 60; date '19 November 2026'.",
    F=dict(
        proposal_title="Agitated Saline Contrast (Bubble Study) in Echocardiography",
        proposer_name="Aurélie Moreau-Tshabalala",
        proposer_title="Echocardiography Technical Lead",
        proposer_department="Non-invasive Cardiology, Brookfield Memorial Hospital",
        proposer_email="a.moreau-tshabalala@example.org",
        proposer_phone="613-555-0129",
        request_type="new",
        target_learners="Cardiac sonographers who perform transthoracic echocardiography.",
        rationale="Bubble studies for patent foramen ovale are ordered more often after cryptogenic stroke, but many sonographers have never been taught to prepare agitated saline or perform provocation manoeuvres.",
        competencies=["Preparing agitated saline", "IV access checks", "Valsalva coaching and timing", "Recognising and grading a right-to-left shunt"],
        learning_outcomes=["Prepare agitated saline contrast using a three-way stopcock technique.",
                           "Coach the patient through a Valsalva manoeuvre and time the release.",
                           "Acquire the apical four-chamber view during contrast opacification.",
                           "Grade a right-to-left shunt by bubble count."],
        competency_framework="Sonography Canada cardiac competencies",
        summative_assessment="Three observed bubble studies with a checklist and a video-based grading quiz.",
        partner_name="Brookfield Memorial Hospital Stroke Prevention Clinic",
        partner_contact="Dr. Ibrahim Solberg-Ncube",
        endorsement_status="letter_attached",
        education_plan_alignment="A short clinical credential that links cardiac imaging with the stroke program, supporting the Education Plan's interprofessional goal.",
        delivery_format="hybrid",
        estimated_hours=6,
        proposed_start="February 2027",
        expected_enrolment=60,
        resources_required="Echo machine time in the lab and IV arm trainers.",
        submission_date="2026-11-19",
    ),
    x=dict(hours_text="6", enrol_text="about 60", date_text="19 November 2026"),
    checks=["about 60", "19 November 2026", "New micro-credential", "Letter of support attached", "Hybrid"],
    )

# H8 LibreOffice Draw-edited blank PDF -------------------------------------------------------------------
add(id="h8", file="concept form_filled in Draw_Indigenous cultural safety.pdf", shape="4", lang="en",
    route="flat blank official form (reportlab) -> LibreOffice Draw PDF import (draw_pdf_import) -> answers added as Draw text frames in content.xml -> LibreOffice Draw PDF export",
    notes="The BLANK official PDF form opened in LIBREOFFICE DRAW (PDF import turns every line of the page into its own text "
          "frame) and filled by adding TEXT BOXES over the answer boxes, then exported to PDF again: labels and answers are all "
          "separate positioned text objects, the answers written after all the labels in the content stream; ticks are text boxes "
          "holding 'X'. Incomplete: the Education Plan box was left empty, so education_plan_alignment is missing. Date "
          "'2026-11-21'.",
    F=dict(
        proposal_title="Indigenous Cultural Safety in Diagnostic Imaging",
        proposer_name="Winona Castellanos-Redsky",
        proposer_title="MRT and Patient Experience Lead",
        proposer_department="Medical Imaging, Northshore Regional Health",
        proposer_email="w.castellanos-redsky@example.org",
        proposer_phone="807-555-0118",
        request_type="micro_course",
        target_learners="Medical radiation technologists, sonographers and imaging clerks.",
        rationale="Patient experience surveys and community feedback show Indigenous patients avoid imaging appointments after negative encounters.",
        competencies=["Cultural humility", "Trauma-informed communication", "Recognising and addressing racism", "Supporting family presence and ceremony"],
        learning_outcomes=["Describe the history and health impacts of colonial policies in Canada.",
                           "Use trauma-informed communication during imaging procedures.",
                           "Respond to a witnessed act of racism using the hospital's process.",
                           "Adapt an imaging appointment to support family presence and ceremony."],
        summative_assessment="Reflective case analysis and a simulated patient encounter assessed by an Indigenous facilitator.",
        partner_name="Northshore Indigenous Health Circle",
        partner_contact="Elder Marie Kejick-Balogun",
        endorsement_status="confirmed",
        delivery_format="online",
        estimated_hours=6,
        proposed_start="Fall 2027",
        expected_enrolment=120,
        submission_date="2026-11-21",
    ),
    x=dict(hours_text="6", enrol_text="120", date_text="2026-11-21"),
    checks=["2026-11-21"],
    )

# H9 mutool bilingual ------------------------------------------------------------------------------------
add(id="h9", file="PACS administration - concept form - bilingual print.pdf", shape="4", lang="bilingual",
    route="XHTML bilingual table form (English / French labels, English answers) -> MuPDF 'mutool convert' -> PDF",
    notes="The BILINGUAL official form printed by MUPDF ('mutool convert') from XHTML: each field is a grey label bar 'English "
          "label / French label in italics' ('Proposed Title of Micro-Course / Credential / Titre proposé …') with the English "
          "answer indented below it; options one per line as ■ (chosen) / □ with bilingual option words; outcomes as '1.' lines, "
          "lists as '•' lines. 'Convert an existing program / Conversion d'un programme existant' ■ with "
          "the program named. '18 h' -> 18; 'approx. 30' -> 30; date '22/11/2026'.",
    F=dict(
        proposal_title="PACS Administration Fundamentals for Imaging Technologists",
        proposer_name="Rasmus Oduya-Fontaine",
        proposer_title="PACS Administrator",
        proposer_department="Imaging Informatics, Capital Region Health Network",
        proposer_email="r.oduya-fontaine@example.org",
        proposer_phone="613-555-0186",
        request_type="existing_program",
        existing_program_name="Imaging Informatics Essentials (CE course)",
        target_learners="Medical radiation technologists and sonographers moving into PACS or imaging-informatics roles.",
        rationale="Most PACS administrators are former technologists trained on the job; hospitals report outages and data-integrity errors that basic training would prevent.",
        competencies=["DICOM and HL7 basics", "Study reconciliation and merge/split", "Downtime procedures", "Privacy and audit logs"],
        learning_outcomes=["Explain how DICOM objects and HL7 orders flow between modality, RIS and PACS.",
                           "Correct a mislabelled study using merge and split tools.",
                           "Run a downtime procedure and recover afterwards.",
                           "Review an audit log for a privacy investigation."],
        competency_framework="SIIM Imaging Informatics Professional competencies",
        summative_assessment="Practical exam in a test PACS (reconcile five studies, document a downtime) scored with a rubric.",
        partner_name="Capital Region Health Network",
        partner_contact="Genevieve Abernethy-Sow, Director, Diagnostic Imaging",
        endorsement_status="letter_attached",
        education_plan_alignment="Digital health skills for the imaging workforce, an Education Plan priority.",
        delivery_format="online",
        estimated_hours=18,
        proposed_start="May 2027",
        expected_enrolment=30,
        resources_required="Test PACS environment provided by the partner.",
        submission_date="2026-11-22",
    ),
    x=dict(hours_text="18 h", enrol_text="approx. 30", date_text="22/11/2026"),
    checks=["18 h", "approx. 30", "22/11/2026"],
    )

# H10 Jotform submission -----------------------------------------------------------------------------------
add(id="h10", file="Submission 5991042 - Micro-credential Concept (tech-check-tech).pdf", shape="4", lang="en",
    composed={"proposer_name": ["Ngozi", "Halvorsen-Quispe"]},
    route="HTML in the look of an online-form service's submission PDF (logo band, 'Submission #', Question | Answer table with zebra rows) -> WeasyPrint -> PDF",
    notes="A SUBMISSION PDF as e-mailed by an online form service (Jotform-style): logo band, 'Submission #5991042', 'Submitted "
          "on Nov 18, 2026 16:02', then a two-column Question | Answer table with alternating row shading, the department's own "
          "question wording, choice answers as the option text ('A micro-course'), multi-line answers with line breaks, and the "
          "service footer. Incomplete: the skills question was left blank, so competencies is missing. 'Full name' is split into "
          "'First name' / 'Last name' rows. DECISION: the proposer name is first + last name; the submission date is 'Submitted on'.",
    F=dict(
        proposal_title="Technician Final Product Check (Tech-Check-Tech) in Hospital Pharmacy",
        proposer_name="Ngozi Halvorsen-Quispe",
        proposer_title="Pharmacy Technician Coordinator",
        proposer_department="Pharmacy Services, Lakeridge Community Hospital",
        proposer_email="ngozi.halvorsen-quispe@example.org",
        proposer_phone="905-555-0135",
        request_type="micro_course",
        target_learners="Regulated pharmacy technicians in hospital pharmacies that are introducing tech-check-tech.",
        rationale="Hospitals are moving final product checks for unit-dose and automated cabinet refills to technicians to free pharmacists for clinical work; the College requires documented training and validation.",
        learning_outcomes=["Perform a final product check of unit-dose and cabinet refills against the order.",
                           "Detect and document selection, strength and labelling errors.",
                           "Complete the validation process with a 99.5 % accuracy threshold."],
        summative_assessment="Validation audit of 500 checked doses with at least 99.5 % accuracy, observed by a pharmacist.",
        partner_name="Lakeridge Community Hospital Pharmacy",
        partner_contact="Amadou Reinholt-Chukwu, Director of Pharmacy",
        endorsement_status="letter_attached",
        education_plan_alignment="Supports expanded scope of practice for regulated technicians, as in the Education Plan.",
        delivery_format="hybrid",
        estimated_hours=10,
        proposed_start="April 2027",
        expected_enrolment=50,
        submission_date="2026-11-18",
    ),
    x=dict(first="Ngozi", last="Halvorsen-Quispe"),
    checks=["Nov 18, 2026", "A micro-course", "Yes – attached", "Hybrid (online + on-site)", "10", "50"],
    )

# H11 qpdf overlay ------------------------------------------------------------------------------------------
add(id="h11", file="ddPCR concept form - merged print.pdf", shape="4", lang="en",
    route="flat blank official form (reportlab) + a separate 'data layer' PDF with only the answers at the box positions (reportlab, Courier) -> qpdf --overlay (answers layer merged onto the template)",
    notes="A form PRINTED BY AN APP THAT MERGES A DATA LAYER ONTO THE TEMPLATE (qpdf --overlay): the page content is the blank "
          "form's labels and boxes followed by a separate Form XObject that holds all the answers (Courier) positioned in the "
          "boxes, so in content-stream order every label comes before every answer; ticks are 'X' characters in the boxes. "
          "Outcomes as '1)' lines; '9' hours; '20'; date '2026-11-30'.",
    F=dict(
        proposal_title="Droplet Digital PCR (ddPCR) for Molecular Laboratory Technologists",
        proposer_name="Fernanda Oyelaran-Blomqvist",
        proposer_title="Molecular Technologist II",
        proposer_department="Molecular Diagnostics, Ridgecrest Health Sciences",
        proposer_email="f.oyelaran-blomqvist@example.org",
        proposer_phone="416-555-0178",
        request_type="new",
        target_learners="Medical laboratory technologists in molecular diagnostics and oncology testing.",
        rationale="ddPCR is being adopted for liquid biopsy and transplant monitoring; technologists trained in qPCR need specific training in partitioning, thresholding and absolute quantification.",
        competencies=["Assay set-up and droplet generation", "Thresholding and absolute quantification", "Limit of detection and QC", "Troubleshooting low droplet counts"],
        learning_outcomes=["Set up a ddPCR assay and generate droplets within acceptance criteria.",
                           "Set thresholds and calculate absolute copy numbers.",
                           "Verify the limit of detection for a new assay.",
                           "Troubleshoot a run with low droplet counts."],
        competency_framework="CSMLS molecular diagnostics competencies",
        summative_assessment="Practical run of a validation panel with written interpretation, graded against a key.",
        partner_name="Ridgecrest Health Sciences – Molecular Oncology Lab",
        partner_contact="Dr. Kalinda Ostrowski-Abe, k.ostrowski-abe@example.com",
        endorsement_status="letter_attached",
        education_plan_alignment="Precision medicine and advanced laboratory technology are Education Plan priorities.",
        delivery_format="in_person",
        estimated_hours=9,
        proposed_start="Summer 2027",
        expected_enrolment=20,
        resources_required="ddPCR system time at the partner lab; reagents donated by the vendor.",
        submission_date="2026-11-30",
    ),
    x=dict(hours_text="9", enrol_text="20", date_text="2026-11-30"),
    checks=["2026-11-30"],
    )

# H12 French note d'information --------------------------------------------------------------------------------
add(id="h12", file="Note d'information - microcours approche tenant compte des traumatismes lors des prélèvements.docx", shape="5", lang="fr",
    route="python-docx, Quebec-style NOTE D'INFORMATION (cartouche table, sections OBJET / CONTEXTE / ENJEUX / PROPOSITION / RECOMMANDATION, 'Préparée par' block)",
    notes="A FRENCH 'NOTE D'INFORMATION' (public-sector briefing note) used as the proposal: a cartouche table (Destinataire, "
          "Expéditeur, Date, N° de dossier), sections OBJET, CONTEXTE, ENJEUX, PROPOSITION (with sub-lines 'Clientèle :', "
          "'Compétences :', 'Résultats attendus :', 'Évaluation :', 'Partenaire :', 'Modalités :'), LIEN AVEC LE PLAN D'ÉDUCATION, "
          "RECOMMANDATION, and 'Préparée par' (name, title, direction, email, phone) / 'Approuvée par'. CONTEXTE + ENJEUX = "
          "rationale. 'un microcours' = micro_course; 'lettre d'appui jointe' = letter_attached; 'en ligne' = online; 'trois "
          "heures' -> 3; 'environ 150 personnes par année' -> 150; date '24 novembre 2026'.",
    F=dict(
        proposal_title="Approche tenant compte des traumatismes lors des prélèvements sanguins",
        proposer_name="Maïté Oyono-Fairbanks",
        proposer_title="Conseillère en soins, services de prélèvement",
        proposer_department="Direction des services diagnostiques, CISSS des Deux-Lacs",
        proposer_email="maite.oyono-fairbanks@example.org",
        proposer_phone="450-555-0151",
        request_type="micro_course",
        target_learners="Assistants de laboratoire, techniciens en prélèvement et infirmières des centres de prélèvement.",
        rationale=["Les centres de prélèvement reçoivent de plus en plus de personnes anxieuses ou ayant vécu des traumatismes, y compris des enfants et des personnes en situation d'itinérance.",
                   "Les refus de prélèvement et les plaintes ont augmenté; le personnel demande des outils concrets pour adapter ses pratiques."],
        competencies=["Principes des soins tenant compte des traumatismes", "Communication et consentement continu", "Adaptation de l'environnement et des techniques", "Prendre soin de soi"],
        learning_outcomes=["Expliquer les principes d'une approche tenant compte des traumatismes.",
                           "Obtenir et maintenir le consentement tout au long du prélèvement.",
                           "Adapter la technique et l'environnement pour réduire la détresse.",
                           "Reconnaître ses propres réactions de stress et utiliser des stratégies d'autosoins."],
        summative_assessment="Mise en situation filmée avec une personne simulée, évaluée au moyen d'une grille, et quiz final.",
        partner_name="CISSS des Deux-Lacs",
        partner_contact="Benoît Achebe-Tremblay, directeur des services diagnostiques",
        endorsement_status="letter_attached",
        education_plan_alignment="Répond aux engagements du Plan d'éducation envers l'équité, la sécurité culturelle et la formation continue en français.",
        delivery_format="online",
        estimated_hours=3,
        proposed_start="Printemps 2027",
        expected_enrolment=150,
        resources_required="Tournage de deux vidéos de mises en situation; plateforme en ligne.",
        submission_date="2026-11-24",
    ),
    x=dict(date_text="24 novembre 2026"),
    checks=["24 novembre 2026", "un microcours", "lettre d'appui jointe", "en ligne", "trois heures", "environ 150 personnes par année"],
    )

# H13 MS Forms response -------------------------------------------------------------------------------------------
add(id="h13", file="Concept intake - Lab automation troubleshooting - Forms response 27.pdf", shape="5", lang="en",
    route="HTML in the look of a printed Microsoft Forms response (numbered questions '1.' '2.', answers in grey boxes, choice answers as text, Response ID / start / completion times) -> WeasyPrint -> PDF",
    notes="A MICROSOFT FORMS RESPONSE printed to PDF from the results view: header with the form name, 'Response 27', 'ID: 27', "
          "'Name: anonymous', start and completion times, 'Time to complete', then NUMBERED questions ('1. Title of your proposed "
          "course', '2. Your name'…) each followed by its answer in a grey box; choice questions show only the chosen option's "
          "text; outcomes typed one per line in one box. DECISION: 'Name: anonymous' is the Forms account field, not the proposer "
          "(question 2 gives the name); 'Completion time 11/28/2026 10:14' is submission_date; question numbers are not part of "
          "labels or values. Incomplete: the assessment question was answered 'TBD', so summative_assessment is missing.",
    F=dict(
        proposal_title="Total Laboratory Automation Line Troubleshooting",
        proposer_name="Dariusz Mbemba-Thorsen",
        proposer_title="Automation Specialist",
        proposer_department="Core Laboratory, Eastlake Regional Laboratory Services",
        proposer_email="dariusz.mbemba-thorsen@example.org",
        proposer_phone="416-555-0104",
        request_type="new",
        target_learners="Medical laboratory technologists and assistants who work on automated track systems in high-volume core labs.",
        rationale="Automation line stoppages delay results for the emergency department; most stoppages are cleared by one specialist per shift because general staff lack troubleshooting training.",
        competencies=["Pre-analytical module operation", "Clearing jams and tube errors", "Centrifuge and decapper maintenance", "Escalation and documentation"],
        learning_outcomes=["Identify the cause of a track stoppage from the system alarms.",
                           "Clear tube jams and restart the line safely.",
                           "Perform routine maintenance on the centrifuge and decapper modules.",
                           "Escalate unresolved faults and document the event."],
        partner_name="Eastlake Regional Laboratory Services",
        partner_contact="Priya Lindgren-Okoro, Operations Manager",
        endorsement_status="confirmed",
        education_plan_alignment="Builds laboratory technology skills for the current workforce, an Education Plan priority.",
        delivery_format="hybrid",
        estimated_hours=12,
        proposed_start="Q2 2027",
        expected_enrolment=60,
        submission_date="2026-11-28",
    ),
    x=dict(),
    checks=["11/28/2026 10:14", "New micro-credential", "Confirmed (letter will follow)", "Hybrid"],
    )

# H14 ServiceNow RITM ------------------------------------------------------------------------------------------------
add(id="h14", file="RITM0048213 - Course concept request - probe reprocessing.pdf", shape="5", lang="en",
    route="HTML in the look of an IT-service-management request item print (ServiceNow-style: two-column variables list, activity stream) -> xhtml2pdf -> PDF",
    notes="A REQUEST ITEM printed from an IT service-management portal (ServiceNow-style): number RITM0048213, 'Requested for' "
          "and 'Opened by' (different people: the proposer's manager opened it for her), 'Opened' date, state, assignment group; a "
          "'Variables' section listing the catalogue item's questions with the answers ('Course title', 'Type of request', "
          "'Audience' …); an activity stream with a work note from the CE agent. DECISION: the proposer is 'Requested for' "
          "(her contact details are variables); 'Opened by' and the agent are not values; 'Opened' is submission_date. 'Type of "
          "request: Convert existing program' with 'Existing program: Ultrasound Probe Care workshop'.",
    F=dict(
        proposal_title="High-Level Disinfection and Reprocessing of Ultrasound Probes",
        proposer_name="Ifeoluwa Sandoval-Krogh",
        proposer_title="Sonography Quality Lead",
        proposer_department="Diagnostic Imaging, Willowbrook Hospital",
        proposer_email="ifeoluwa.sandoval-krogh@example.org",
        proposer_phone="905-555-0161",
        request_type="existing_program",
        existing_program_name="Ultrasound Probe Care workshop",
        target_learners="Sonographers, MRTs and medical device reprocessing technicians who clean and disinfect ultrasound probes.",
        rationale="An infection-control audit found endocavity probes reprocessed with low-level disinfection at two sites; provincial guidance now requires documented high-level disinfection competence.",
        competencies=["Spaulding classification of probes", "Manual and automated high-level disinfection", "Probe inspection and leak testing", "Traceability records"],
        learning_outcomes=["Classify ultrasound probes by infection risk and choose the required level of reprocessing.",
                           "Perform manual and automated high-level disinfection to the manufacturer's instructions.",
                           "Inspect and leak-test a probe and remove a damaged probe from use.",
                           "Complete traceability records for each reprocessing cycle."],
        competency_framework="CSA Z314 medical device reprocessing standard",
        summative_assessment="Observed reprocessing of two endocavity probes with a checklist and a written quiz (80 % pass).",
        partner_name="Willowbrook Hospital Infection Prevention and Control",
        partner_contact="Hamza Virtanen-Osei, IPAC manager",
        endorsement_status="in_discussion",
        education_plan_alignment="Patient safety and standards-based practice, central to the Education Plan.",
        delivery_format="hybrid",
        estimated_hours=5,
        proposed_start="January 2027",
        expected_enrolment=90,
        resources_required="Automated disinfector for demonstrations; retired probes for practice.",
        submission_date="2026-11-17",
    ),
    x=dict(opened="2026-11-17 08:55:12", opened_by="Rosalind Tveit-Adebayo", agent="Sabine Okoro-Hellström"),
    checks=["2026-11-17 08:55:12", "Convert existing program", "In discussion with partner", "Hybrid", "5", "90"],
    )

# H15 bullet outline (Workflowy style) ------------------------------------------------------------------------------------
add(id="h15", file="FHR monitoring course - outline.docx", shape="5", lang="en",
    route="python-docx, nested bullet outline (List Bullet / List Bullet 2 / List Bullet 3) as pasted from an outliner app, no headings",
    notes="An OUTLINE pasted from an outliner app (Workflowy-style): no headings at all, only nested bullets; top-level bullets are "
          "the proposer's own short labels ('course', 'me', 'why', 'who', 'skills', 'outcomes', 'assessment', 'partner', 'Ed "
          "Plan', 'logistics') with the answers as second-level bullets, outcomes and skills as second-level items. Incomplete: "
          "'partner' has a child 'none yet – looking' (endorsement none) and no organisation, so partner_name is missing. 'type: "
          "micro-course'; 'in person'; '8 hrs'; '40/yr'. No date.",
    F=dict(
        proposal_title="Fetal Heart Rate Monitoring: Interpretation and Escalation",
        proposer_name="Saoirse Mwale-Jankowski",
        proposer_title="Perinatal Clinical Nurse Educator",
        proposer_department="Women and Children's Program, Cedar Valley Hospital",
        proposer_email="saoirse.mwale-jankowski@example.org",
        proposer_phone="705-555-0126",
        request_type="micro_course",
        target_learners="labour & delivery nurses and community midwives",
        rationale="two serious incidents in 2026 involved delayed escalation of abnormal tracings",
        competencies=["intermittent auscultation", "EFM classification (normal / atypical / abnormal)", "escalation using SBAR"],
        learning_outcomes=["classify a tracing using the SOGC categories", "perform intermittent auscultation correctly",
                           "escalate an abnormal tracing using SBAR", "document interpretation and actions"],
        summative_assessment="tracing interpretation exam (10 strips) + simulated escalation",
        endorsement_status="none",
        education_plan_alignment="patient safety, interprofessional perinatal care",
        delivery_format="in_person",
        estimated_hours=8,
        proposed_start="fall 2027",
        expected_enrolment=40,
    ),
    x=dict(),
    checks=["micro-course", "in person", "8 hrs", "40/yr", "none yet – looking"],
    )

# H16 canvas in a DOCX table ------------------------------------------------------------------------------------------------
add(id="h16", file="Micro-credential on a page - cochlear implant mapping.docx", shape="5", lang="en",
    route="python-docx landscape section, a 3 x 4 table of 'canvas' boxes (heading + answer in each cell, merged cells for the big boxes), title block above",
    notes="A 'MICRO-CREDENTIAL ON A PAGE' canvas made in Word: a landscape page with a title block (title, 'Prepared by' line with "
          "name, role, unit, email, phone, date) and a 3 x 4 TABLE whose cells are boxes each starting with its own bold heading "
          "('Problem', 'People', 'Skills', 'Outcomes', 'Evidence', 'Partner', 'Plan fit', 'Format', 'Hours', 'Start', 'Volume', "
          "'Type'); the outcomes box is merged across two rows. DECISION: the bold heading inside a cell is the label of the rest "
          "of that cell; the 'Type' box 'existing → MC' / '(from our CI Programming Basics course (2022))' = existing_program with "
          "'CI Programming Basics course (2022)'; "
          "'Format: blended' = hybrid; 'Partner: … – letter in discussion' = in_discussion.",
    F=dict(
        proposal_title="Cochlear Implant Mapping Basics for Audiology Assistants",
        proposer_name="Thiago Eriksen-Onyango",
        proposer_title="Cochlear Implant Audiologist",
        proposer_department="Implant Program, Lakeshore Hearing Centre",
        proposer_email="t.eriksen-onyango@example.org",
        proposer_phone="416-555-0173",
        request_type="existing_program",
        existing_program_name="CI Programming Basics course (2022)",
        target_learners="Audiology assistants and communicative disorders assistants in implant clinics.",
        rationale="Implant programs have long waits for routine mapping follow-ups that assistants could support under audiologist supervision.",
        competencies=["Device check and troubleshooting", "Impedance measurements", "Preparing a mapping session", "Patient counselling on device care"],
        learning_outcomes=["Check and troubleshoot external processors and accessories.",
                           "Measure and record electrode impedances.",
                           "Prepare a mapping session for the audiologist.",
                           "Teach patients daily device care."],
        summative_assessment="Observed clinic session with a checklist signed by a supervising audiologist.",
        partner_name="Lakeshore Hearing Centre",
        endorsement_status="in_discussion",
        education_plan_alignment="Extends scope for assistants and reduces waits, in line with the Education Plan.",
        delivery_format="hybrid",
        estimated_hours=10,
        proposed_start="Sept 2027",
        expected_enrolment=15,
        submission_date="2026-11-29",
    ),
    x=dict(date_text="29 Nov 2026"),
    checks=["29 Nov 2026", "existing → MC", "blended", "10 h", "15 per year", "letter in discussion"],
    )

# H17 inline email reply (manual review) ----------------------------------------------------------------------------------
add(id="h17", file="Re_ Your MH crisis drills idea - answers inline.pdf", shape="5", lang="en", review=True,
    route="plain-text email with '>' quoted questions and answers typed below each, in a <pre> block -> xhtml2pdf -> PDF (monospace)",
    notes="A plain-text EMAIL REPLY printed to PDF: the CE coordinator's questions are quoted with '> ' and the proposer typed her "
          "answers below each quoted question; header lines From / Sent / To / Subject at the top; signature at the end. "
          "DECISION: quoted lines ('>') are CE's questions and never values; the proposer is the From / signature person; "
          "'Sent' date is submission_date. MANUAL REVIEW DECISION: for hours she wrote '12 hours – or 15 if we add the second "
          "scenario day, my co-lead prefers 15': estimated_hours is not given and needs_manual_review is true (hours are not "
          "required, so missing_required is empty).",
    F=dict(
        proposal_title="Malignant Hyperthermia Crisis Drills for Anaesthesia Assistants",
        proposer_name="Jolanta Achebe-Marchand",
        proposer_title="Anaesthesia Assistant, Simulation Lead",
        proposer_department="Department of Anesthesia, Ravenscourt General Hospital",
        proposer_email="jolanta.achebe-marchand@example.org",
        proposer_phone="416-555-0198",
        request_type="micro_course",
        target_learners="Anaesthesia assistants and OR nurses.",
        rationale="MH is rare, so staff forget the dantrolene preparation steps; our last drill took 14 minutes to the first dose.",
        competencies=["Recognising MH", "Preparing and giving dantrolene", "Active cooling", "Team roles and MH cart"],
        learning_outcomes=["Recognise early signs of malignant hyperthermia.",
                           "Prepare dantrolene within the target time.",
                           "Start active cooling and monitoring.",
                           "Take an assigned role in the MH team."],
        summative_assessment="Timed in-situ simulation scored with the MH crisis checklist.",
        partner_name="Ravenscourt General Hospital",
        partner_contact="Dr. Anneliese Obuya-Fitzgerald, Chief of Anesthesia",
        endorsement_status="letter_attached",
        education_plan_alignment="Simulation-based interprofessional training is an Education Plan priority.",
        delivery_format="in_person",
        proposed_start="spring 2027",
        expected_enrolment=48,
        submission_date="2026-11-26",
    ),
    x=dict(sent="Thursday, November 26, 2026 7:48 PM"),
    checks=["November 26, 2026", "12 hours – or 15", "micro-course", "letter of support is attached", "in person", "48"],
    )

# H18 Notion export -----------------------------------------------------------------------------------------------------
add(id="h18", file="Head and neck masks micro-credential - Notion export.pdf", shape="5", lang="en",
    route="HTML in the look of a Notion page export (page icon and title, properties table, callout, toggles, to-do check boxes) -> WeasyPrint -> PDF",
    notes="A NOTION PAGE exported to PDF: page title, a PROPERTIES block (Owner, Status, Created, Tags, Partner, Hours, Format), a "
          "callout with the one-line pitch, headings in the writer's words ('Why', 'Who', 'Skills', 'Outcomes', 'How we assess', "
          "'Fit', 'Practicalities', 'Contact'), outcomes as a numbered list, a to-do list ('☐ send LOS' / '☑ partner agreed'). "
          "DECISION: 'Owner' is the proposer; 'Created' is submission_date; 'Status: Ready for CE' and 'Tags' are not values; "
          "the to-do '☑ partner agreed to endorse – letter coming' = confirmed. 'Format: In person'; 'Hours: 20'.",
    F=dict(
        proposal_title="Head and Neck Immobilisation Mask Fabrication in Radiation Therapy",
        proposer_name="Ana Sofía Kristiansen-Obi",
        proposer_title="Radiation Therapist, Mould Room Lead",
        proposer_department="Radiation Medicine Program, Silverlake Cancer Centre",
        proposer_email="anasofia.kristiansen-obi@example.org",
        proposer_phone="416-555-0121",
        request_type="new",
        target_learners="Radiation therapists who make or check thermoplastic immobilisation masks.",
        rationale="Mask fit problems cause re-makes and treatment delays; mould-room skills are taught informally and the two experienced therapists are near retirement.",
        competencies=["Patient positioning and comfort", "Thermoplastic mask moulding", "Bolus and cut-outs", "Checking reproducibility at CT sim and on the unit"],
        learning_outcomes=["Position a head-and-neck patient reproducibly for mask fabrication.",
                           "Mould a five-point thermoplastic mask without pressure points.",
                           "Add bolus and cut-outs according to the plan.",
                           "Assess mask fit and decide when a re-make is needed."],
        competency_framework="CAMRT competency profile – radiation therapy",
        summative_assessment="Fabricate two masks on volunteers, assessed with a fit and reproducibility checklist.",
        partner_name="Silverlake Cancer Centre",
        partner_contact="Moses Lindahl-Achterberg, Manager, Radiation Therapy",
        endorsement_status="confirmed",
        education_plan_alignment="Advanced practice skills for radiation therapists, an Education Plan goal.",
        delivery_format="in_person",
        estimated_hours=20,
        proposed_start="October 2027",
        expected_enrolment=16,
        resources_required="Mould room time, thermoplastic sheets, water bath.",
        submission_date="2026-11-25",
    ),
    x=dict(created="November 25, 2026 4:51 PM"),
    checks=["November 25, 2026", "partner agreed to endorse – letter coming", "In person", "20", "16"],
    )

# H19 two-column brochure DOCX ------------------------------------------------------------------------------------------
add(id="h19", file="Antimicrobial stewardship for pharmacy technicians - proposal (2 columns).docx", shape="5", lang="en",
    route="python-docx, a section with TWO NEWSPAPER COLUMNS (w:cols num=2) after a one-column title section, a pull quote in a floating text box (wps:txbx with VML fallback), Heading 3 headings",
    notes="A proposal laid out like a BROCHURE: a one-column title section (title, author line with name, role, unit, email, phone, "
          "date) and then a section in TWO NEWSPAPER COLUMNS with Heading 3 headings in the writer's words ('The gap', 'Who it "
          "serves', 'Skills', 'Outcomes', 'Assessment', 'Partner', 'Fit with the Education Plan', 'Practical details'); a PULL "
          "QUOTE repeating a sentence of the rationale in a floating TEXT BOX (DrawingML with VML fallback: the text is stored "
          "twice). DECISION: the pull quote is decoration, not an answer. 'a new micro-credential' = new; 'fully online' = "
          "online; '12 hours'; 'about 70 a year' -> 70; date '1 December 2026'.",
    F=dict(
        proposal_title="Antimicrobial Stewardship for Pharmacy Technicians",
        proposer_name="Kofi Halloran-Svensson",
        proposer_title="Antimicrobial Stewardship Pharmacist",
        proposer_department="Pharmacy Department, Greystone Regional Hospital",
        proposer_email="kofi.halloran-svensson@example.org",
        proposer_phone="613-555-0133",
        request_type="new",
        target_learners="Pharmacy technicians in hospital and long-term care pharmacies.",
        rationale="Stewardship programs rely on pharmacists alone, yet technicians handle every antimicrobial order and could flag duration, dose and IV-to-oral opportunities.",
        competencies=["Antimicrobial classes and spectra basics", "Recognising stewardship opportunities", "Communication with the stewardship team", "Data collection for audits"],
        learning_outcomes=["Describe the main antimicrobial classes and their spectra.",
                           "Identify orders that may qualify for IV-to-oral switch or duration review.",
                           "Report a stewardship opportunity to the pharmacist using a structured note.",
                           "Collect point-prevalence audit data accurately."],
        summative_assessment="Audit of 20 real (anonymised) orders with flagged opportunities, marked against a pharmacist key.",
        partner_name="Greystone Regional Hospital",
        partner_contact="Dr. Eszter Mokoena-Blake, Stewardship Physician Lead",
        endorsement_status="letter_attached",
        education_plan_alignment="Expands the technician role and supports patient safety, two Education Plan goals.",
        delivery_format="online",
        estimated_hours=12,
        proposed_start="March 2027",
        expected_enrolment=70,
        submission_date="2026-12-01",
    ),
    x=dict(date_text="1 December 2026"),
    checks=["1 December 2026", "a new micro-credential", "fully online", "12 hours", "about 70 a year", "letter of support"],
    )

# H20 text as outlines ----------------------------------------------------------------------------------------------------
add(id="h20", file="CT perfusion concept form.pdf", shape="6", lang="en", review=True, outlines=True,
    route="python-docx table form -> LibreOffice PDF -> Ghostscript pdfwrite -dNoOutputFonts (all text converted to vector outlines; no fonts, no text layer)",
    notes="A PDF 'PRINTED' THROUGH A DRIVER THAT CONVERTS TEXT TO OUTLINES (Ghostscript pdfwrite -dNoOutputFonts): the page looks "
          "like a normal printed official form and is sharp at any zoom, but it has NO FONTS AND NO TEXT LAYER (every glyph is a "
          "filled path) and it is not an image either -> needs_manual_review. fields are what a person reads on the page (source "
          "kept as _make/heldout_src_CT perfusion concept form.pdf).",
    F=dict(
        proposal_title="CT Perfusion in Acute Stroke for Medical Radiation Technologists",
        proposer_name="Ludmila Okonjo-Fairweather",
        proposer_title="CT Charge Technologist",
        proposer_department="Neuroimaging, Brightwater Regional Stroke Centre",
        proposer_email="l.okonjo-fairweather@example.org",
        proposer_phone="905-555-0145",
        request_type="micro_course",
        target_learners="MRTs working in CT at stroke centres, including night and weekend staff.",
        rationale="Thrombectomy decisions depend on CT perfusion, but motion and bolus-timing errors make one study in eight non-diagnostic.",
        competencies=["Contrast bolus timing", "Patient positioning and motion control", "Post-processing and quality checks"],
        learning_outcomes=["Acquire a CT perfusion study with correct bolus timing.",
                           "Minimise and recognise motion artefacts.",
                           "Run the post-processing software and check the quality of the maps."],
        summative_assessment="Three supervised acute stroke studies and a quiz on artefact recognition.",
        partner_name="Brightwater Regional Stroke Centre",
        endorsement_status="letter_attached",
        education_plan_alignment="Critical imaging skills for a provincial stroke system, an Education Plan priority.",
        delivery_format="hybrid",
        estimated_hours=8,
        proposed_start="February 2027",
        expected_enrolment=35,
        submission_date="2026-11-30",
    ),
    x=dict(hours_text="8", enrol_text="35", date_text="30 November 2026"),
    checks=["30 November 2026"],
    )

# H21–H26 not forms ------------------------------------------------------------------------------------------------------
add(id="h21", file="SOW - e-learning module development - Brightpath Learning Design.docx", shape="7", lang="en", form=False,
    route="python-docx (statement of work: parties table, scope, deliverables table, timeline, fees, acceptance, signatures)",
    notes="NOT a concept form: a vendor's STATEMENT OF WORK / quote to build e-learning modules for an approved Michener "
          "micro-credential (parties, project title, scope, deliverables with learning outcomes to be covered, timeline, fees, "
          "contacts with emails and phones, signatures). A 'proposal' to provide services, not a concept proposal.",
    F={}, x=dict(), checks=[])
add(id="h22", file="Lesson plan - Session 3 - Capillary blood glucose QC.pdf", shape="7", lang="en", form=False,
    route="HTML lesson-plan template -> WeasyPrint -> PDF",
    notes="NOT a concept form: a LESSON PLAN for one 90-minute session of an existing course (instructor, course, session title, "
          "learning objectives, materials, timed activities, formative and summative assessment notes, reflection). It plans a "
          "class; it proposes no credential.",
    F={}, x=dict(), checks=[])
add(id="h23", file="Demande d'approbation éthique - évaluation d'un microcertificat en imagerie.docx", shape="7", lang="fr", form=False,
    route="python-docx (French research-ethics application form: numbered sections, tables, check boxes)",
    notes="NOT a concept form (French): a RESEARCH ETHICS BOARD APPLICATION for a study evaluating an existing micro-credential "
          "(chercheuse principale with email and phone, titre du projet, objectifs, participants, recrutement, consentement, "
          "risques, partenaire, ☒/☐ boxes, date). Same vocabulary (participants, objectifs, partenaire, évaluation) but it asks "
          "for ethics approval of research.",
    F={}, x=dict(), checks=[])
add(id="h24", file="CE micro-credentials catalogue 2027 - Laboratory and Imaging (p. 4-5).pdf", shape="7", lang="en", form=False,
    route="XHTML catalogue pages (several credential entries with title, hours, format, outcomes, partner, contact) -> MuPDF mutool convert -> PDF",
    notes="NOT a concept form: two CATALOGUE PAGES listing several existing micro-credentials, each with title, hours, format, "
          "start dates, three outcomes, assessment, partner and a program contact with email. Many credentials on a page; none "
          "is a proposal.",
    F={}, x=dict(), checks=[])
add(id="h25", file="Certificate of completion - Dialysis access cannulation - R Mbatha.pdf", shape="7", lang="en", form=False,
    route="reportlab landscape certificate (border, seal, signatures)",
    notes="NOT a concept form: a CERTIFICATE OF COMPLETION of a micro-credential awarded to a learner (name, credential title, "
          "hours, date, competencies listed, signatures of the CE director and the partner).",
    F={}, x=dict(), checks=[])
add(id="h26", file="Acknowledgement - concept MC-2026-052 received - missing items.pdf", shape="7", lang="en", form=False,
    route="python-docx letter -> LibreOffice PDF",
    notes="NOT a concept form: CE's ACKNOWLEDGEMENT LETTER to a proposer ('We received your concept form for … reference "
          "MC-2026-052'), repeating the proposal title, proposer name and email, and listing the missing items (summative "
          "assessment, partner endorsement) with the next steps. It is about a form, not a form.",
    F={}, x=dict(), checks=[])
