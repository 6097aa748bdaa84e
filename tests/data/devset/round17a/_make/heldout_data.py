"""Held-out half of round 17a: content of each document and its expected values (blind; written by hand).
FOR SCORING ONLY – do not open while developing the parser."""

DOCS = []

# ---------------------------------------------------------------- G1: content controls (shape 2)
DOCS.append(dict(
    name="Pediatric CPAP titration - concept form DRAFT.docx", genre="G1", shape="2", kind="cc", lang="en",
    choice_style={"request_type": "dropdown", "endorsement_status": "dropdown", "delivery_format": "dropdown"},
    typed_beside={"partner_contact": "Dr. Amaru Quispe-Lindgren (medical director) "},
    fields={
        "proposal_title": "Pediatric CPAP Titration in the Sleep Laboratory",
        "proposer_name": "Leocadia Brannigan",
        "proposer_title": "Registered Polysomnographic Technologist",
        "proposer_department": "Pediatric Sleep Centre",
        "proposer_email": "lbrannigan@michener.example",
        "request_type": "micro_course",
        "target_learners": "Sleep technologists who already score adult studies and now cover pediatric nights.",
        "rationale": "Children with obstructive sleep apnea wait months for titration nights, and only two of our technologists are comfortable fitting masks and titrating pressure for toddlers. Failed nights are rebooked.",
        "competencies": "Mask selection and desensitisation for young children; pediatric titration algorithm; recognising central events and leak; working with parents overnight.",
        "learning_outcomes": [
            "Select and fit a mask for a child aged 2 to 12, using desensitisation steps.",
            "Apply the pediatric titration algorithm and document each pressure change.",
            "Distinguish obstructive from central events and mask leak on the montage.",
            "Explain the night's plan to parents and involve them in settling the child.",
        ],
        "partner_name": "Children's Respiratory Network of Central Ontario",
        "partner_contact": "Dr. Amaru Quispe-Lindgren (medical director)",
        "endorsement_status": "in_discussion",
        "delivery_format": "in_person",
        "estimated_hours": 8,
        "expected_enrolment": 12,
    },
    show={"estimated_hours": "8", "expected_enrolment": "12"},
    notes="Content-control form saved as a draft: summative assessment, education plan alignment, proposed start, "
          "phone, framework, resources and date still show their placeholders ('Click or tap here to enter text.', "
          "'Click or tap to enter a date.') = absent. Incomplete: summative_assessment and education_plan_alignment "
          "missing. Partner contact typed beside its control, whose placeholder is left in the same paragraph (the typed "
          "text is the value). All three choices as drop-downs.",
))

DOCS.append(dict(
    name="NCS upper limb - micro-credential concept form.docx", genre="G1", shape="2", kind="cc", lang="en",
    font="Arial", footer="CE-FORM-07 · v3",
    choice_style={"request_type": "checkbox", "endorsement_status": "dropdown", "delivery_format": "checkbox"},
    fields={
        "proposal_title": "Nerve Conduction Studies: Upper-Limb Protocols for Neurodiagnostic Technologists",
        "proposer_name": "Bartholomew Osei-Akroma",
        "proposer_title": "Charge Technologist, EMG Laboratory",
        "proposer_department": "Neurophysiology, Westvale University Health Network",
        "proposer_email": "b.oseiakroma@example.org",
        "proposer_phone": "416 555 0153",
        "request_type": "new",
        "target_learners": "EEG and neurodiagnostic technologists who are starting to perform nerve conduction studies under a neurologist's supervision.",
        "rationale": "Referrals for carpal tunnel and ulnar neuropathy studies have doubled since 2023. Our EMG lab cannot hire trained NCS technologists, so we train EEG staff informally, and reports show inconsistent temperature control and electrode placement.",
        "competencies": "Median, ulnar and radial motor and sensory studies; limb temperature control; stimulus and recording technique; recognising technical artefacts; F-wave studies; preparing the worksheet for the neurologist.",
        "learning_outcomes": [
            "Perform median, ulnar and radial motor and sensory conduction studies to laboratory standards.",
            "Keep limb temperature within range and record it.",
            "Identify and correct submaximal stimulation, stimulus artefact and volume conduction.",
            "Produce a complete worksheet ready for interpretation.",
        ],
        "competency_framework": "Canadian Association of Electroneurophysiology Technologists – NCS practice standards",
        "summative_assessment": "Practical exam: two complete upper-limb studies on volunteers, reviewed for technique and values by a neurologist, plus a 25-item written test.",
        "partner_name": "Westvale University Health Network – Division of Neurology",
        "partner_contact": "Dr. Sunniva Hallgrimsdottir, s.hallgrimsdottir@example.org",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "Develops advanced technical skills for an allied workforce in short supply, as the Education Plan asks, and is delivered with a clinical partner.",
        "delivery_format": "hybrid",
        "estimated_hours": 24,
        "proposed_start": "Fall term 2027",
        "expected_enrolment": 18,
        "resources_required": "One EMG machine in the skills lab on four Saturdays; volunteer models.",
        "submission_date": "2026-12-01",
    },
    show={"estimated_hours": "24 total – 12 online modules + 12 lab", "expected_enrolment": "2 cohorts of 9 (18/year)",
          "learning_outcomes": ["Perform median, ulnar and radial motor and sensory conduction studies to laboratory standards.",
                                "Keep limb temperature within range and record it.",
                                "Identify and correct submaximal stimulation, stimulus artefact and volume conduction.",
                                "Produce a complete worksheet ready for interpretation."],
          "submission_date": "2026-12-01",
          "endorsement_status": None},
    notes="Content-control form (Arial, footer with form number): request type and delivery format as per-option w14 "
          "checkbox controls tagged <key>_<code>; endorsement drop-down; outcomes one per line in a multi-line control "
          "without markers; '24 total – 12 online modules + 12 lab' -> 24; '2 cohorts of 9 (18/year)' -> 18; date "
          "control yyyy-MM-dd; existing program placeholder.",
))
del DOCS[-1]["show"]["endorsement_status"]

# ---------------------------------------------------------------- G2: legacy form fields (shape 1)
DOCS.append(dict(
    name="Radioiodine therapy safety - concept form.docx", genre="G2", shape="1", kind="legacy", lang="en",
    font="Times New Roman", header="MICHENER INSTITUTE OF EDUCATION AT UHN – CONTINUING EDUCATION",
    footer="Form CE-12 (locked) · Page 1",
    fields={
        "proposal_title": "Radioiodine Therapy: Radiation Safety and Patient Preparation",
        "proposer_name": "Philippa Nakashima-Reid",
        "proposer_title": "Nuclear Medicine Clinical Educator",
        "proposer_department": "Nuclear Medicine and Molecular Imaging",
        "proposer_email": "pnakashima@example.com",
        "proposer_phone": "905-555-0132, ext. 4410",
        "request_type": "existing_program",
        "existing_program_name": "I-131 Safety Orientation for New Staff",
        "target_learners": "Nuclear medicine technologists, nurses on the isolation unit and environmental services leads.",
        "rationale": "Our orientation for I-131 therapy rooms is a slide deck with no assessment. A contamination incident in 2025 showed that nursing and cleaning staff did not know the room release limits or waste handling steps.",
        "competencies": "Dose preparation and administration precautions; isolation room set-up; contamination monitoring and survey meter use; waste and linen handling; patient discharge instructions.",
        "learning_outcomes": [
            "Set up an isolation room and its shielding before an I-131 administration.",
            "Survey a room and a patient and interpret the readings against release limits.",
            "Handle contaminated waste, linen and spills according to the radiation safety program.",
            "Give patients clear discharge instructions for protecting family members.",
        ],
        "competency_framework": "CAMRT nuclear medicine competency profile; CNSC licence conditions",
        "summative_assessment": "Timed room survey and spill drill observed by the radiation safety officer, with a written test on release limits (pass 85 %).",
        "partner_name": "Lakeshore Cancer Centre Radiation Safety Office",
        "partner_contact": "Rufus Adeyemi-Carlsson, RSO",
        "endorsement_status": "confirmed",
        "education_plan_alignment": "Turns an orientation into an assessed micro-credential and supports safety culture, both Education Plan goals.",
        "delivery_format": "hybrid",
        "estimated_hours": 10,
        "proposed_start": "Q2 2027",
        "expected_enrolment": 45,
        "resources_required": "Survey meters and a mock isolation room (existing).",
        "submission_date": "2026-11-30",
    },
    show={"learning_outcomes": "1. Set up an isolation room and its shielding before an I-131 administration.\n2. Survey a room and a patient and interpret the readings against release limits.\n3. Handle contaminated waste, linen and spills according to the radiation safety program.\n4. Give patients clear discharge instructions for protecting family members.",
          "estimated_hours": "10 hours (6 online + 4 practical)", "expected_enrolment": "approx. 45",
          "submission_date": "30 Nov 2026"},
    notes="Locked Word form with legacy FORMTEXT fields and FORMCHECKBOX boxes (Times New Roman, header/footer): "
          "existing_program with the program named in its own field; outcomes '1.' lines inside one text field; phone "
          "with extension kept as written; '10 hours (6 online + 4 practical)' -> 10; 'approx. 45' -> 45; date '30 Nov 2026'.",
))

DOCS.append(dict(
    name="Concept form_skin prick testing_final.docx", genre="G2", shape="1", kind="legacy", lang="en",
    footer="Concept form – please do not unlock",
    typed_in_label={"proposer_phone": "647-555-0188 (cell)", "proposer_title": "Allergy Nurse Lead"},
    fields={
        "proposal_title": "Skin Prick Testing for Allergy Clinic Staff",
        "proposer_name": "Yevgenia Castellano-Murphy",
        "proposer_title": "Allergy Nurse Lead",
        "proposer_department": "Allergy and Clinical Immunology Clinic, Brookfield Health",
        "proposer_email": "ycastellano@example.org",
        "proposer_phone": "647-555-0188 (cell)",
        "request_type": "new",
        "target_learners": "RNs, RPNs and medical office assistants who perform skin prick tests in allergy clinics.",
        "rationale": "Clinics are expanding food and drug allergy testing. Results depend on technique, and anaphylaxis during testing is rare but needs an immediate response; there is no accredited course in the province.",
        "competencies": "Patient screening and medication holds; placing and reading prick tests with positive and negative controls; measuring wheals; recognising and treating anaphylaxis; documentation.",
        "learning_outcomes": [
            "Screen patients for antihistamines and other medications before testing.",
            "Place and read skin prick tests with appropriate controls.",
            "Measure and record wheal and flare sizes consistently.",
            "Recognise early anaphylaxis and give intramuscular epinephrine.",
        ],
        "summative_assessment": "OSCE with two stations (testing technique; anaphylaxis scenario) and inter-rater agreement on 10 wheal readings.",
        "partner_name": "Ontario Allergy Nurses Interest Group",
        "endorsement_status": "confirmed",
        "education_plan_alignment": "Supports ambulatory and community care, one of the Education Plan's focus areas.",
        "delivery_format": "in_person",
        "estimated_hours": 6,
        "expected_enrolment": 30,
        "submission_date": "2026-11-28",
    },
    show={"proposer_phone": None, "proposer_title": None, "partner_contact": "TBD",
          "competency_framework": "N/A", "resources_required": "see attached budget", "proposed_start": "TBD",
          "learning_outcomes": "* Screen patients for antihistamines and other medications before testing.\n* Place and read skin prick tests with appropriate controls.\n* Measure and record wheal and flare sizes consistently.\n* Recognise early anaphylaxis and give intramuscular epinephrine.",
          "estimated_hours": "6", "expected_enrolment": "30", "submission_date": "2026/11/28"},
    notes="Protected legacy-field form with sloppy habits: phone and position typed into the label cells after the "
          "label and a tab (their fields empty); partner contact and proposed start 'TBD', framework 'N/A', resources "
          "'see attached budget' (all absent); outcomes '* ' lines; date '2026/11/28'.",
))

# ---------------------------------------------------------------- G3: Word editing artefacts (shape 1)
DOCS.append(dict(
    name="Formulaire concept - thoracentèse et paracentèse (révisé).docx", genre="G3", shape="1", kind="edited",
    lang="fr", fr=True, form_title="Formulaire de concept – Microcours / microprogramme",
    intro_text="Remplir chaque section et envoyer le formulaire à ce@michener.example.",
    rev_author="Sylvain Aubertin-Kaya", rev_date="2026-11-21T16:40:00Z",
    revisions={
        "target_learners": [("t", "Infirmières et infirmiers des unités de médecine"), ("ins", " et de chirurgie"),
                            ("t", " qui assistent le médecin pendant les ponctions au chevet.")],
        "summative_assessment": [("t", "Observation directe de "), ("del", "deux"), ("ins", "trois"),
                                 ("t", " ponctions assistées, grille de 15 critères, par une infirmière clinicienne.")],
        "proposed_start": [("del", "automne 2027"), ("ins", "printemps 2027")],
    },
    was_ticked={"delivery_format": "in_person"},
    comments={"rationale": ("Sylvain Aubertin-Kaya", "Ajouter le nombre d'incidents de 2025 ?"),
              "partner_name": ("Noémie Pelletier-Ravel", "La lettre est signée, je la joins au courriel.")},
    para_keys=("learning_outcomes",),
    fields={
        "proposal_title": "Assistance à la thoracentèse et à la paracentèse au chevet",
        "proposer_name": "Noémie Pelletier-Ravel",
        "proposer_title": "Conseillère en soins infirmiers",
        "proposer_department": "Direction des soins infirmiers, Hôpital Sainte-Clothilde",
        "proposer_email": "n.pelletier-ravel@example.com",
        "proposer_phone": "819-555-0114",
        "request_type": "micro_course",
        "target_learners": "Infirmières et infirmiers des unités de médecine et de chirurgie qui assistent le médecin pendant les ponctions au chevet.",
        "rationale": "Les ponctions pleurales et d'ascite se font de plus en plus au chevet, guidées par échographie. Les infirmières préparent le matériel et surveillent le patient sans formation commune, et les complications (malaise vagal, pneumothorax, hypotension après drainage) sont mal reconnues.",
        "competencies": "Préparation du patient et du matériel stérile; positionnement; surveillance pendant et après la ponction; gestion des prélèvements; reconnaissance des complications.",
        "learning_outcomes": [
            "Préparer le patient, le matériel et le champ stérile pour une ponction pleurale ou d'ascite.",
            "Positionner le patient de façon sécuritaire.",
            "Surveiller les signes vitaux et reconnaître un pneumothorax ou une hypotension.",
            "Acheminer correctement les prélèvements au laboratoire.",
        ],
        "summative_assessment": "Observation directe de trois ponctions assistées, grille de 15 critères, par une infirmière clinicienne.",
        "partner_name": "Hôpital Sainte-Clothilde – Service de médecine interne",
        "partner_contact": "Dr Mathis Lévesque-Obi",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "Soutient la sécurité des patients et la pratique interprofessionnelle, et élargit l'offre en français.",
        "delivery_format": "hybrid",
        "estimated_hours": 5,
        "proposed_start": "printemps 2027",
        "expected_enrolment": 50,
        "submission_date": "2026-11-22",
    },
    show={"learning_outcomes": "Préparer le patient, le matériel et le champ stérile pour une ponction pleurale ou d'ascite.\nPositionner le patient de façon sécuritaire.\nSurveiller les signes vitaux et reconnaître un pneumothorax ou une hypotension.\nAcheminer correctement les prélèvements au laboratoire.",
          "estimated_hours": "5 heures", "expected_enrolment": "50 par année", "submission_date": "22 novembre 2026"},
    notes="French form (bilingual labels, ☐/☒ characters) returned with unaccepted tracked changes and comments: words "
          "inserted in the learners, a number replaced in the assessment ('deux' -> 'trois'), the proposed start "
          "replaced ('automne 2027' -> 'printemps 2027'), and the delivery tick moved by revision from in person to "
          "hybrid. Values read with the revisions applied; comments are not values. '5 heures' -> 5; '50 par année' -> "
          "50; '22 novembre 2026'.",
))

DOCS.append(dict(
    name="Burn wound care concept form v2.docx", genre="G3", shape="1", kind="edited", lang="en",
    header="Draft v2 – Rehabilitation Services, Glenmoor Hospital", footer="CE concept form",
    textboxes={"learning_outcomes", "summative_assessment", "education_plan_alignment", "target_learners"},
    fields={
        "proposal_title": "Burn Wound Care After Discharge: Dressings, Scar Management and Pressure Garments",
        "proposer_name": "Oluwadamilare Fenwick",
        "proposer_title": "Occupational Therapist, Burn Rehabilitation",
        "proposer_department": "Rehabilitation Services, Glenmoor Hospital",
        "proposer_email": "ofenwick@example.org",
        "proposer_phone": "613-555-0177",
        "request_type": "new",
        "target_learners": "Home-care nurses, OTs and PTs who see burn survivors after discharge from the regional burn unit.",
        "rationale": "Burn survivors are discharged sooner and travel far to the burn clinic. Community clinicians see them weekly but have little burn-specific training, and pressure garments are often worn incorrectly.",
        "competencies": "Assessing healing burns and grafts; choosing and changing dressings; scar massage and silicone; pressure garment fit and wear schedules; recognising infection.",
        "learning_outcomes": [
            "Assess a healing burn or graft and recognise signs of infection.",
            "Select and apply dressings suited to the stage of healing.",
            "Teach scar massage and silicone use.",
            "Check pressure garment fit and coach the patient on wear time.",
        ],
        "summative_assessment": "Case-based written assessment and a practical station on pressure garment fitting, both marked by the burn unit team.",
        "partner_name": "Regional Burn Program, Glenmoor Hospital",
        "partner_contact": "Priscilla Dunmore-Achebe, Clinical Nurse Specialist",
        "endorsement_status": "confirmed",
        "education_plan_alignment": "Serves community-based care and interprofessional learning, both named in the Education Plan.",
        "delivery_format": "online",
        "estimated_hours": 11,
        "proposed_start": "April 2027",
        "expected_enrolment": 75,
        "resources_required": "Video production for four technique clips.",
        "submission_date": "2026-11-29",
    },
    show={"learning_outcomes": "1. Assess a healing burn or graft and recognise signs of infection.\n2. Select and apply dressings suited to the stage of healing.\n3. Teach scar massage and silicone use.\n4. Check pressure garment fit and coach the patient on wear time.",
          "estimated_hours": "11", "expected_enrolment": "75 (three offerings of 25)", "submission_date": "29-11-2026"},
    notes="Official table form with four answers (learners, outcomes, assessment, education plan) typed into VML text "
          "boxes inside the answer cells; page header 'Draft v2 – …' and footer are not values. Outcomes '1.' lines in "
          "the box; '75 (three offerings of 25)' -> 75; date '29-11-2026'.",
))

# ---------------------------------------------------------------- G4: Fill & Sign (shape 4)
DOCS.append(dict(
    name="DXA concept form - filled.pdf", genre="G4", shape="4", kind="fillsign_overlay", lang="en",
    producer="Adobe Acrobat Pro (64-bit) 24.4", signature="Signature: Marguerite Oyelowo-Hart",
    fields={
        "proposal_title": "Bone Densitometry (DXA): Scan Acquisition and Quality Control",
        "proposer_name": "Marguerite Oyelowo-Hart",
        "proposer_title": "MRT(R), Bone Densitometry Lead",
        "proposer_department": "Medical Imaging, Cedar Bay Community Hospital",
        "proposer_email": "moyelowohart@example.com",
        "proposer_phone": "705-555-0140",
        "request_type": "new",
        "target_learners": "Medical radiation technologists new to bone densitometry in hospital and community imaging clinics.",
        "rationale": "Serial DXA results are only useful if positioning and analysis are consistent. Our QC review found region-of-interest and positioning errors in 1 of 8 follow-up scans.",
        "competencies": "Daily phantom QC; spine, hip and forearm positioning; analysis and region-of-interest placement; precision assessment; patient history for fracture risk.",
        "learning_outcomes": [
            "Run and record daily phantom quality control.",
            "Position patients for lumbar spine, proximal femur and forearm scans.",
            "Place regions of interest consistently for serial comparison.",
            "Complete a precision study and calculate the least significant change.",
        ],
        "competency_framework": "International Society for Clinical Densitometry technologist curriculum",
        "summative_assessment": "Audit of 20 scans acquired and analysed by the learner, plus the learner's own precision study.",
        "partner_name": "Cedar Bay Osteoporosis Clinic",
        "partner_contact": "Dr. Ingeborg Mbatha, imbatha@example.com",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "Strengthens quality in diagnostic imaging and offers flexible online study, as the Education Plan encourages.",
        "delivery_format": "online",
        "estimated_hours": 15,
        "proposed_start": "Summer 2027",
        "expected_enrolment": 40,
        "resources_required": "None beyond the LMS.",
        "submission_date": "2026-11-27",
    },
    show={"learning_outcomes": "1. Run and record daily phantom quality control.\n2. Position patients for lumbar spine, proximal femur and forearm scans.\n3. Place regions of interest consistently for serial comparison.\n4. Complete a precision study and calculate the least significant change.",
          "estimated_hours": "15 hrs", "expected_enrolment": "40", "submission_date": "11/27/2026"},
    notes="Flat official form filled in a PDF editor and flattened: answers drawn as page text over the ruled lines, "
          "ticks drawn as ✓ over the boxes (New, Letter of support attached, Online); signature line as page text (not "
          "a value). Outcomes '1.' lines; '15 hrs' -> 15; US-style date '11/27/2026'; existing program empty.",
))

DOCS.append(dict(
    name="LP assisting concept form (Fill and Sign).pdf", genre="G4", shape="4", kind="fillsign", mode="annot",
    lang="en", producer="Fill & Sign",
    fields={
        "proposal_title": "Lumbar Puncture Assisting and CSF Specimen Handling",
        "proposer_name": "Tobiah Grunewald-Asante",
        "proposer_title": "Clinical Nurse Educator",
        "proposer_department": "Emergency Department, Pinecrest Regional",
        "proposer_email": "tgrunewald@example.org",
        "request_type": "micro_course",
        "target_learners": "Emergency and pediatric nurses who assist with lumbar punctures.",
        "rationale": "CSF samples arrive in the wrong tube order or unlabelled, and the laboratory rejects about one in twenty. Infant positioning is the other common problem.",
        "learning_outcomes": [
            "Position adults and infants safely for lumbar puncture.",
            "Maintain the sterile field and assist the physician.",
            "Collect, number and label CSF tubes in the correct order.",
            "Send specimens to the laboratory within the required time.",
        ],
        "summative_assessment": "Simulated LP with an infant manikin, checklist-scored by a nurse educator.",
        "endorsement_status": "none",
        "education_plan_alignment": "Patient safety and laboratory quality, both in the Education Plan.",
        "delivery_format": "in_person",
        "estimated_hours": 3,
        "proposed_start": "ASAP",
        "submission_date": "2026-12-02",
    },
    show={"learning_outcomes": "Position adults and infants safely for lumbar puncture.\nMaintain the sterile field and assist the physician.\nCollect, number and label CSF tubes in the correct order.\nSend specimens to the laboratory within the required time.",
          "estimated_hours": "3 h", "partner_name": "N/A", "submission_date": "Dec 2, 2026"},
    notes="Flat official form filled with Fill & Sign: answers are FreeText annotations over the lines, ticks 'X' "
          "annotations (Micro-course, No partner yet, In person). Incomplete: competencies left blank; partner 'N/A' "
          "with endorsement 'No partner yet' = none, partner_name missing. Short answers; outcomes one per line without "
          "markers; '3 h' -> 3; proposed start 'ASAP' kept; date 'Dec 2, 2026'.",
))

# ---------------------------------------------------------------- G5: fillable PDF (shape 3) and printed copy (shape 4)
DOCS.append(dict(
    name="Formulaire remplissable - photothérapie néonatale.pdf", genre="G5", shape="3", kind="fillable", lang="fr",
    fr=True, form_title="Formulaire de concept / Concept Form", combo={"delivery_format"},
    widget_kinds={"request_type": "radio", "endorsement_status": "check"},
    field_names={
        "proposal_title": "txtTitre", "existing_program_name": "txtProgExistant", "proposer_name": "txtNom",
        "proposer_title": "txtPoste", "proposer_department": "txtDept", "proposer_email": "txtCourriel",
        "proposer_phone": "txtTel", "target_learners": "txtApprenants", "rationale": "txtJustification",
        "competencies": "txtCompetences", "learning_outcomes": "txtResultats", "competency_framework": "txtReferentiel",
        "summative_assessment": "txtEvaluation", "partner_name": "txtPartenaire", "partner_contact": "txtContactPart",
        "education_plan_alignment": "txtPlanEduc", "delivery_format": "ddMode", "estimated_hours": "numHeures",
        "proposed_start": "txtDebut", "expected_enrolment": "numInscriptions", "resources_required": "txtRessources",
        "submission_date": "dtDate",
        "request_type": "rbTypeDemande", "request_type_exports": {"new": "nouveau", "existing_program": "conversion", "micro_course": "microcours"},
        "endorsement_status_letter_attached": "cbLettre", "endorsement_status_confirmed": "cbConfirme",
        "endorsement_status_in_discussion": "cbDiscussion", "endorsement_status_none": "cbAucun",
    },
    fields={
        "proposal_title": "Photothérapie de l'ictère néonatal : installation et surveillance",
        "proposer_name": "Adélaïde Rwigema-Caron",
        "proposer_title": "Infirmière clinicienne, périnatalité",
        "proposer_department": "Unité mère-enfant, Centre hospitalier de Val-des-Cèdres",
        "proposer_email": "adelaide.rwigema@example.org",
        "proposer_phone": "450-555-0129",
        "request_type": "new",
        "target_learners": "Infirmières des unités mère-enfant et des soins intermédiaires néonatals.",
        "rationale": "La photothérapie est de plus en plus offerte en chambre avec la mère. Les audits montrent des distances de lampe non respectées, des yeux mal protégés et des bilirubines de contrôle prélevées trop tard.",
        "competencies": "Installation et vérification de l'irradiance; protection oculaire; surveillance de la température et de l'hydratation; allaitement pendant le traitement; suivi de la bilirubine selon le nomogramme.",
        "learning_outcomes": [
            "Installer la lampe ou la couverture de photothérapie et mesurer l'irradiance.",
            "Protéger les yeux et la peau du nouveau-né pendant le traitement.",
            "Surveiller la température, l'hydratation et les selles.",
            "Planifier les bilirubines de contrôle selon le nomogramme.",
        ],
        "summative_assessment": "Simulation avec mannequin néonatal et liste de vérification, puis audit de deux dossiers réels.",
        "partner_name": "Réseau mère-enfant de la Montérégie",
        "partner_contact": "Dre Clémence Fontaine-Diallo",
        "endorsement_status": "in_discussion",
        "education_plan_alignment": "Répond aux priorités de sécurité des patients et d'offre en français du Plan d'éducation.",
        "delivery_format": "hybrid",
        "estimated_hours": 4,
        "proposed_start": "février 2027",
        "expected_enrolment": 80,
        "submission_date": "2026-11-25",
    },
    show={"learning_outcomes": "1. Installer la lampe ou la couverture de photothérapie et mesurer l'irradiance.\n2. Protéger les yeux et la peau du nouveau-né pendant le traitement.\n3. Surveiller la température, l'hydratation et les selles.\n4. Planifier les bilirubines de contrôle selon le nomogramme.",
          "estimated_hours": "4", "expected_enrolment": "80", "submission_date": "25/11/2026"},
    notes="Bilingual fillable PDF (French / English labels, French answers) with short coded field names (txtTitre, "
          "txtNom, numHeures, dtDate …); radio group rbTypeDemande with exports nouveau / conversion / microcours; "
          "endorsement as four check boxes (cbDiscussion checked); delivery format as a drop-down 'ddMode' valued "
          "'Hybride / Hybrid'. Outcomes '1.' lines in a multi-line field; date '25/11/2026'; resources and framework empty.",
))

DOCS.append(dict(
    name="MTP blood bank concept form - printed.pdf", genre="G5", shape="4", kind="fillable", mode="printed", lang="en",
    combo={"delivery_format"}, widget_kinds={"request_type": "radio", "endorsement_status": "radio"},
    field_names={
        "proposal_title": "Proposed Title", "existing_program_name": "Existing Program Name",
        "proposer_name": "Name of Proposer", "proposer_title": "Position  Title", "proposer_department": "Department  Program",
        "proposer_email": "Email", "proposer_phone": "Phone  Extension", "target_learners": "Target Learners",
        "rationale": "Rationale  Need", "competencies": "Competencies  Skills Targeted", "learning_outcomes": "Learning Outcomes",
        "competency_framework": "Competency Framework Alignment", "summative_assessment": "Summative Assessment",
        "partner_name": "Industry  Employment Partner", "partner_contact": "Partner Contact Name and Email",
        "education_plan_alignment": "Alignment with Micheners Education Plan", "delivery_format": "Delivery Format",
        "estimated_hours": "Estimated Hours", "proposed_start": "Proposed Start", "expected_enrolment": "Expected Enrolment per Year",
        "resources_required": "Resources Required", "submission_date": "Date Submitted",
        "request_type": "Type of Request", "endorsement_status": "Endorsement Status",
    },
    fields={
        "proposal_title": "Massive Transfusion Protocol: The Blood Bank Technologist's Role",
        "proposer_name": "Fergus Abernathy-Oduya",
        "proposer_title": "Transfusion Medicine Technical Specialist",
        "proposer_department": "Transfusion Medicine Laboratory, Riverside Trauma Centre",
        "proposer_email": "fabernathy@example.com",
        "proposer_phone": "416-555-0106 x2290",
        "request_type": "new",
        "target_learners": "Medical laboratory technologists who work evening, night and weekend shifts in hospital blood banks.",
        "rationale": "Massive transfusion activations happen a few times a month, mostly off-hours, when one technologist is alone in the blood bank. Delays in issuing the first cooler and in switching to group-specific products were found in our last two reviews.",
        "competencies": "Activation and communication with the trauma team; issuing emergency O products and plasma; cooler preparation and tracking; switching to group-specific products; product inventory and resupply; post-event documentation.",
        "learning_outcomes": [
            "Respond to an MTP activation and issue the first cooler within the target time.",
            "Switch to group-specific products once a valid sample is tested.",
            "Track coolers, products and returns during a prolonged activation.",
            "Complete the post-activation review documentation.",
        ],
        "competency_framework": "CSMLS transfusion science competencies",
        "summative_assessment": "Tabletop and live MTP simulation with the trauma team; the learner's issue times and documentation are scored.",
        "partner_name": "Provincial Blood Coordinating Office",
        "partner_contact": "Greta Vanterpool, Transfusion Safety Officer, g.vanterpool@example.org",
        "endorsement_status": "confirmed",
        "education_plan_alignment": "Builds readiness for high-acuity events and interprofessional simulation, both in the Education Plan.",
        "delivery_format": "in_person",
        "estimated_hours": 7,
        "proposed_start": "Autumn 2027",
        "expected_enrolment": 32,
        "resources_required": "Simulation centre half day per cohort; expired products from the blood bank for the exercise.",
        "submission_date": "2026-11-21",
    },
    show={"learning_outcomes": "(a) Respond to an MTP activation and issue the first cooler within the target time.\n(b) Switch to group-specific products once a valid sample is tested.\n(c) Track coolers, products and returns during a prolonged activation.\n(d) Complete the post-activation review documentation.",
          "estimated_hours": "7", "expected_enrolment": "4 x 8 = 32", "submission_date": "Nov 21, 2026"},
    notes="A filled fillable PDF (Acrobat-style names from the labels, radio groups 'Type of Request' and 'Endorsement "
          "Status', drop-down 'Delivery Format') printed to PDF by poppler pdftocairo: no fields survive; the drop-down "
          "prints its value ('In person') as text, radio marks are drawn only (New; Confirmed). Outcomes '(a)' lines; "
          "'4 x 8 = 32' -> 32; date 'Nov 21, 2026'.",
))

# ---------------------------------------------------------------- G6: look-alike (shape 7)
DOCS.append(dict(
    name="Preceptor application - R Szymanska-Obi.docx", genre="G6", shape="7", kind="lookalike_cc", lang="en",
    form=False, form_title="Clinical Preceptor Application Form",
    intro_text="Clinical Education Office. Submit this form to your program's clinical coordinator before the placement block.",
    rows=[
        ("Applicant", "section", None),
        ("Name", "text", "Renata Szymańska-Obi"),
        ("Job Title", "text", "Registered Respiratory Therapist"),
        ("Organization", "text", "Bayfront Regional Hospital"),
        ("Email", "text", "r.szymanska@example.com"),
        ("Phone", "text", "289-555-0163"),
        ("Preceptorship", "section", None),
        ("Program", "drop", ("Respiratory Therapy", ["Respiratory Therapy", "Medical Laboratory Science", "Radiological Technology", "Nuclear Medicine"])),
        ("Placement block", "text", "Winter 2027, weeks 1–8"),
        ("Student level", "checks", (["Year 3"], ["Year 1", "Year 2", "Year 3"])),
        ("Competencies you can supervise", "text", "Mechanical ventilation set-up and weaning; arterial blood gas sampling; airway management in the ICU."),
        ("How will you assess the student's learning outcomes?", "text", "Weekly feedback with the program's competency checklist and a final evaluation in the placement portal."),
        ("Preceptor training completed", "checks", (["Preceptor workshop (online)"], ["Preceptor workshop (online)", "Preceptor workshop (in person)", "None yet"])),
        ("Estimated hours of supervision per week", "text", "30"),
        ("Manager approval", "text", "Approved by Desmond Achterberg, Manager, Respiratory Therapy"),
        ("Date", "date", ("2026-11-26", "November 26, 2026")),
        ("Notes", "text", None),
    ],
    fields={},
    notes="Look-alike, not a concept form: a filled clinical preceptor application made with Word content controls "
          "(text controls, program drop-down, checkbox controls, date picker, one placeholder). It has Name, Job Title, "
          "Organization, Email, Phone, competencies, learning outcomes, assessment, hours and a manager's approval, but "
          "proposes no course.",
))
