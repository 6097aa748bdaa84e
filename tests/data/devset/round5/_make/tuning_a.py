"""Round 5, tuning half, part A: retyped documents (shape 5)."""
from lib import *

OUT = ROOT / "tuning"
OUT.mkdir(exist_ok=True)


# ------------------------------------------------------------------ T01 Thunderbird print, answers inline in a reply
def t01():
    F = {
        "proposal_title": "Newborn Hearing Screening: OAE and AABR Practice",
        "proposer_name": "Ines Barrowcliffe",
        "proposer_title": "Audiologist",
        "proposer_department": "Infant Hearing Program, Lakemont Regional Health",
        "proposer_email": "ines.barrowcliffe@example.org",
        "proposer_phone": "416-555-0134",
        "request_type": "micro_course",
        "target_learners": "screeners and public-health nurses who run hospital-based and community newborn hearing screening",
        "rationale": "Screener turnover in our region is close to 40% a year and every new hire is trained one-to-one by an audiologist, which delays coverage at two of our four birthing sites. Refer rates above the 4% benchmark are mostly technique errors.",
        "competencies": "preparing the infant and the environment, running OAE and AABR screens, recognising artefact, and explaining results to families",
        "learning_outcomes": [
            "prepare a settled infant and a quiet test environment for screening",
            "perform OAE and AABR screens following the provincial protocol",
            "identify and correct common sources of artefact and probe-fit error",
            "explain pass and refer results to families in plain language"],
        "summative_assessment": "an observed screen on a simulated infant, scored with our protocol checklist, plus a recorded family conversation reviewed by an audiologist",
        "partner_name": "Northgate Infant Hearing Network",
        "partner_contact": "Oluwadamilare Strand, network coordinator",
        "endorsement_status": "confirmed",
        "education_plan_alignment": "It fits the Education Plan's commitment to short, practice-based learning for the community health workforce.",
        "delivery_format": "hybrid",
        "estimated_hours": 10,
        "proposed_start": "February 2027",
        "expected_enrolment": 45,
        "submission_date": "2026-11-16",
    }
    o = F["learning_outcomes"]
    txt = f"""Subject: Re: Your micro-course idea - a few questions before we can log it
From: Ines Barrowcliffe <{F['proposer_email']}>
Date: 16/11/2026, 09:42
To: Continuing Education <ce@michener.example>
CC: Dorian Velasquez-Ott <dvott@michener.example>

Hi Dorian,

Thanks for the quick reply. My answers are under each of your questions below.

On 2026-11-13 4:05 p.m., Dorian Velasquez-Ott wrote:
> Hello Ines,
>
> Thank you for your note about a hearing-screening course. So that we can log it as a concept, could you answer the questions below? Short answers are fine.
>
> 1. What would the course be called, and is it a full micro-credential or a micro-course?

It would be a micro-course rather than a full credential. Working name: "{F['proposal_title']}".

> 2. Who is it for?

It is for {F['target_learners']}.

> 3. Why now? What is the gap?

{F['rationale']}

> 4. Which skills does it build, and what will learners be able to do at the end?

The skills are {F['competencies']}. By the end, learners will be able to:
- {o[0]}
- {o[1]}
- {o[2]}
- {o[3]}

> 5. How would you check that they can actually do it?

With {F['summative_assessment']}.

> 6. Does an employer or outside body support it?

Yes - the {F['partner_name']} (contact: {F['partner_contact']}). They have agreed to endorse it and will send a letter.

> 7. How does it connect to our Education Plan?

{F['education_plan_alignment']}

> 8. Format, length, start and numbers?

Hybrid: online modules plus one half-day skills session, about 10 hours in all. We could start in {F['proposed_start']} and expect around 45 screeners a year.
>
> Many thanks,
> Dorian Velasquez-Ott
> Program Advisor, Continuing Education
> dvott@michener.example | 416-555-0100

Best wishes,
Ines

--
Ines Barrowcliffe
{F['proposer_title']}, {F['proposer_department']}
Tel. {F['proposer_phone']}
"""
    out = OUT / "Re_ Your micro-course idea - a few questions (Thunderbird print).pdf"
    via_lo(txt, "txt", "pdf", out, infilter="Text (encoded):UTF8,LF,,,")
    write_expected(out, 5, F, "An email REPLY printed to PDF from a Thunderbird-like client: plain text (Subject/From/Date/To/CC lines) "
                   "opened by LibreOffice Writer's text import and exported to PDF (new route: .txt -> LibreOffice -> PDF). The CE advisor's "
                   "numbered questions are QUOTED ('> ' lines, including his own signature with email and phone, which are NOT the proposer's) "
                   "and the proposer answers BELOW each quoted question; title in quotes after 'Working name:' in the same answer as the request "
                   "type ('a micro-course rather than a full credential'); outcomes as '- ' lines after a lead-in; 'They have agreed to endorse it and "
                   "will send a letter' = confirmed; one sentence gives format (Hybrid), hours (about 10), start and enrolment (around 45); the "
                   "proposer's email only in the From line; title and department in the signature after '--'; submission_date from the Date line "
                   "'16/11/2026, 09:42' (dd/mm), not the quoted 2026-11-13.",
                   also=["micro-course", "Hybrid", "about 10 hours", "around 45", "16/11/2026"], route=".txt (Thunderbird print layout) -> LibreOffice Writer text import -> PDF")


# ------------------------------------------------------------------ T02 SBAR briefing note, reST -> pandoc -> DOCX
def t02():
    F = {
        "proposal_title": "PET-CT Patient Preparation and Safety",
        "proposer_name": "Callum Nakashima-Wright",
        "proposer_title": "Charge Technologist",
        "proposer_department": "Nuclear Medicine and Molecular Imaging, St. Brendan's Health Centre",
        "proposer_email": "cnakashima@example.com",
        "proposer_phone": "905-555-0117 ext. 2204",
        "request_type": "new",
        "target_learners": "nuclear medicine technologists and technologist assistants who are new to PET-CT",
        "rationale": "Three new PET-CT scanners opened in the region in 2026 and most of the staff running them trained on single-photon imaging only. Our incident log shows 23 repeat scans in six months caused by poor glucose control, late uptake timing or unsafe handling of the dose.",
        "competencies": "screening and preparing patients (fasting, glucose, medications), timing the uptake phase, handling and injecting the radiopharmaceutical safely, and protecting staff and the public",
        "learning_outcomes": [
            "Screen patients for PET-CT and adjust preparation for diabetes and recent therapy",
            "Manage the uptake phase so that images are acquired in the correct window",
            "Draw up, assay and inject FDG using time, distance and shielding",
            "Respond to a contamination or mis-administration event using the site procedure"],
        "summative_assessment": "a scored simulation of a full patient preparation and injection, observed by a credentialed PET technologist, and a short written case review",
        "partner_name": "Ontario Molecular Imaging Technologists' Circle",
        "partner_contact": "Mireille Oduya-Stanton, chair",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "The proposal supports the Education Plan's priorities of patient safety and stackable credentials for the imaging workforce.",
        "delivery_format": "online",
        "estimated_hours": 8,
        "proposed_start": "April 2027",
        "expected_enrolment": 60,
        "resources_required": "A PET technologist as content lead (about 40 hours) and access to the CE simulation dose-lab for the final assessment.",
        "submission_date": "2026-11-03",
    }
    o = F["learning_outcomes"]
    rst = f"""=============================================
SBAR briefing note: a PET-CT micro-credential
=============================================

Prepared for the CE intake meeting.

:To: Continuing Education, The Michener Institute
:From: {F['proposer_name']}, {F['proposer_title']}
:Unit: {F['proposer_department']}
:Reach me: {F['proposer_email']} · {F['proposer_phone']}
:Date: 3 November 2026

Situation
=========

We are asking CE to develop a new micro-credential, *{F['proposal_title']}*, for {F['target_learners']}.

Background
==========

{F['rationale']}

Assessment
==========

*Our reading of the situation (not the learner assessment -- see R2 below).*

The gap is not knowledge of physics but four practical skills: {F['competencies']}.

Recommendation
==============

R1 -- What learners should be able to do
-----------------------------------------

After the course a technologist should be able to:

#. {o[0]}
#. {o[1]}
#. {o[2]}
#. {o[3]}

R2 -- How we will know
----------------------

Achievement would be evidenced by {F['summative_assessment']}.

R3 -- Who stands behind it
--------------------------

The {F['partner_name']} endorses the course; their letter of support is attached (contact: {F['partner_contact']}).

R4 -- Fit with Michener
-----------------------

{F['education_plan_alignment']}

Practical points
----------------

- Fully online, self-paced modules, 8 hours in total
- Start: {F['proposed_start']}
- About 60 learners per year
- Resources: {F['resources_required']}
"""
    out = OUT / "SBAR - PET-CT patient preparation micro-credential.docx"
    pandoc(rst, "rst", "docx", out)
    write_expected(out, 5, F, "A clinical SBAR briefing note instead of the form, written in reStructuredText and converted to DOCX by pandoc "
                   "(new route: reST -> pandoc -> DOCX; the reST field list at the top becomes a definition list: To/From/Unit/'Reach me'/Date). "
                   "TRAP: the SBAR heading 'Assessment' is the writer's analysis of the situation and holds the COMPETENCIES sentence, not the "
                   "summative assessment, which is under 'R2 -- How we will know' ('Achievement would be evidenced by ...'). Title in italics inside "
                   "the Situation sentence with request type (a new micro-credential) and learners; outcomes as an auto-numbered list after a lead-in; "
                   "partner, 'their letter of support is attached' (= letter_attached) and contact in one sentence; practical points as bullets "
                   "('Fully online, self-paced modules, 8 hours in total', 'About 60 learners per year'); From line gives name and title together; "
                   "date '3 November 2026'.",
                   also=["new micro-credential", "Fully online", "8 hours", "About 60 learners", "3 November 2026", "letter of support is attached"],
                   route="reStructuredText -> pandoc 2.17 -> DOCX")


# ------------------------------------------------------------------ T03 narrative, no labels: Org -> pandoc -> ODT -> LO PDF
def t03():
    F = {
        "proposal_title": "Cognitive Screening in Acute Care: Using the MoCA Well",
        "proposer_name": "Henrike Balogun",
        "proposer_title": "Occupational Therapist and Clinical Educator",
        "proposer_department": "Rehabilitation Services, Westhaven Community Hospital",
        "proposer_email": "henrike.balogun@example.org",
        "proposer_phone": "647-555-0152",
        "request_type": "micro_course",
        "target_learners": "occupational therapists and OT assistants working on acute medical and surgical units",
        "rationale": "Our chart audit of 120 discharges found cognitive screens that were administered with the wrong version, scored without education correction or never repeated after delirium cleared, and discharge destinations were decided on those scores.",
        "competencies": "choosing the right screen and version, administering and scoring it to standard, accounting for delirium, sensory loss and language, and communicating results to the team",
        "learning_outcomes": [
            "select an appropriate cognitive screening tool and version for the patient in front of them",
            "administer and score the MoCA to the published standard",
            "interpret a score in the light of delirium, sensory loss, education and language",
            "write a clear, defensible summary of screening results for the interprofessional team"],
        "summative_assessment": "two video-recorded screening sessions with standardized patients, scored against a fidelity checklist, and one written summary marked with a rubric",
        "partner_name": "Provincial Society of Occupational Therapists",
        "partner_contact": "Tobiah Langford-Mensah",
        "endorsement_status": "in_discussion",
        "education_plan_alignment": "interprofessional, evidence-informed practice that the Education Plan names as a priority",
        "delivery_format": "online",
        "estimated_hours": 6,
        "proposed_start": "spring 2027",
        "expected_enrolment": 80,
        "submission_date": "2026-11-09",
    }
    o = F["learning_outcomes"]
    org = f"""#+TITLE: A short course on cognitive screening for OTs
#+OPTIONS: toc:nil

Dear colleagues in Continuing Education,

I would like to propose a micro-course called /{F['proposal_title']}/. It is meant for {F['target_learners']}, who screen cognition every day but were mostly taught the tools once, years ago.

The reason is simple. {F['rationale']}

What the course teaches is {F['competencies']}. In practical terms, someone who completes it should be able to {o[0]}; {o[1]}; {o[2]}; and {o[3]}.

I would want proof that people can really do this, so the course would end with {F['summative_assessment']}.

I have been talking with the {F['partner_name']} about endorsing the course; they are interested, and {F['partner_contact']} from their practice committee is our contact, but nothing has been agreed yet. I also see the course as a small example of the {F['education_plan_alignment']}.

I picture six hours of online, self-paced work that could open in {F['proposed_start']}, and I would expect about 80 therapists a year from the hospitals in our network.

Thank you for considering it. You can reach me at {F['proposer_email']} or {F['proposer_phone']}.

{F['proposer_name']}\\\\
{F['proposer_title']}\\\\
{F['proposer_department']}\\\\
9 November 2026
"""
    work = Path(tempfile.mkdtemp(dir=TMP))
    odt = work / "cognitive.odt"
    pandoc(org, "org", "odt", odt)
    out = OUT / "A short course on cognitive screening for OTs.pdf"
    lo_file(odt, "pdf", out)
    write_expected(out, 5, F, "A narrative proposal with NO labels at all: every field is only in sentences of a letter-like text. Written in Org "
                   "mode, converted to ODT by pandoc and exported to PDF by LibreOffice (new route: Org -> pandoc -> ODT -> LibreOffice PDF). "
                   "Title in italics in the first sentence with the request type ('a micro-course'); learners in the next clause; outcomes INLINE "
                   "after 'should be able to' separated by semicolons with a final 'and' (split into items); partner, contact and 'they are "
                   "interested ... but nothing has been agreed yet' (= in_discussion) in one sentence; the alignment is the noun phrase after 'a "
                   "small example of the'; 'six hours of online, self-paced work' -> 6, online; 'about 80 therapists a year' -> 80; start kept "
                   "as written ('spring 2027'); contact details in the closing sentence; signature lines with the date '9 November 2026'.",
                   also=["micro-course", "six hours", "online", "about 80 therapists", "9 November 2026", "nothing has been agreed yet"],
                   route="Org mode -> pandoc 2.17 -> ODT -> LibreOffice PDF")


# ------------------------------------------------------------------ T04 bilingual EN/FR, Markdown grid table -> pandoc -> ODT -> LO DOCX
def t04():
    F = {
        "proposal_title": "Naloxone and Overdose Response for Community Workers",
        "proposer_name": "Solène Kowalczyk-Amadi",
        "proposer_title": "Harm Reduction Coordinator",
        "proposer_department": "Eastview Community Health Centre",
        "proposer_email": "skowalczyk@example.org",
        "proposer_phone": "613-555-0129",
        "request_type": "new",
        "target_learners": "outreach workers, shelter staff and peer workers in community agencies",
        "rationale": "Overdose calls in our catchment doubled between 2023 and 2025, and agency staff tell us they have kits but have never practised using them under pressure.",
        "competencies": "recognising an opioid overdose, giving naloxone (nasal and intramuscular), rescue breathing and recovery position, and debriefing after an event",
        "learning_outcomes": [
            "Recognise the signs of an opioid overdose",
            "Give intranasal and intramuscular naloxone correctly",
            "Provide rescue breaths and place a person in the recovery position",
            "Lead a short debrief with co-workers after a response"],
        "summative_assessment": "A timed overdose-response scenario on a manikin, scored with a checklist.",
        "partner_name": "Rideau Valley Shelter Alliance",
        "partner_contact": "Thierry Abernathy-Dion, thierry.ad@example.com",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "Community partnership and equitable access to learning, two Education Plan priorities.",
        "delivery_format": "in_person",
        "estimated_hours": 4,
        "proposed_start": "January 2027",
        "expected_enrolment": 150,
        "submission_date": "2026-11-12",
    }
    fr = {
        "proposal_title": "Naloxone et intervention en cas de surdose pour les intervenants communautaires",
        "proposer_title": "Coordonnatrice en réduction des méfaits",
        "proposer_department": "Centre de santé communautaire Eastview",
        "target_learners": "intervenants de proximité, personnel des refuges et pairs aidants des organismes communautaires",
        "rationale": "Les appels pour surdose ont doublé entre 2023 et 2025 sur notre territoire; le personnel des organismes a des trousses, mais ne s’est jamais exercé à les utiliser sous pression.",
        "competencies": "reconnaître une surdose d’opioïdes, administrer la naloxone (nasale et intramusculaire), ventiler et placer en position latérale de sécurité, et faire un retour après l’intervention",
        "lo": ["Reconnaître les signes d’une surdose d’opioïdes", "Administrer correctement la naloxone intranasale et intramusculaire",
               "Ventiler une personne et la placer en position latérale de sécurité", "Animer un bref retour avec les collègues après une intervention"],
        "summative_assessment": "Un scénario chronométré sur mannequin, noté à l’aide d’une grille.",
        "endorsement": "Lettre d’appui jointe",
        "education_plan_alignment": "Partenariat avec la communauté et accès équitable à la formation, deux priorités du Plan d’éducation.",
    }
    o = F["learning_outcomes"]

    def grid(rows, w1=44, w2=44):
        def wrap(t, w):
            import textwrap
            lines = []
            for para in t.split("\n"):
                lines += textwrap.wrap(para, w) or [""]
            return lines
        sep = "+" + "-" * (w1 + 2) + "+" + "-" * (w2 + 2) + "+"
        out = [sep]
        first = True
        for a, b in rows:
            la, lb = wrap(a, w1), wrap(b, w2)
            n = max(len(la), len(lb))
            la += [""] * (n - len(la)); lb += [""] * (n - len(lb))
            for x, y in zip(la, lb):
                out.append(f"| {x.ljust(w1)} | {y.ljust(w2)} |")
            out.append(sep.replace("-", "=") if first else sep)
            first = False
        return "\n".join(out)

    rows = [
        ("**English**", "**Français**"),
        (f"**Title.** {F['proposal_title']}", f"**Titre.** {fr['proposal_title']}"),
        (f"**Who we are.** {F['proposer_name']}, {F['proposer_title']}, {F['proposer_department']}",
         f"**Qui nous sommes.** {F['proposer_name']}, {fr['proposer_title']}, {fr['proposer_department']}"),
        (f"**This is** a new micro-credential.", "**Il s’agit** d’un nouveau microcertificat."),
        (f"**Learners.** {F['target_learners']}", f"**Personnes visées.** {fr['target_learners']}"),
        (f"**Why.** {F['rationale']}", f"**Pourquoi.** {fr['rationale']}"),
        (f"**Skills.** {F['competencies']}", f"**Compétences.** {fr['competencies']}"),
        ("**Outcomes.**\n\n" + "\n\n".join(f"{i}\\. {x}" for i, x in enumerate(o, 1)),
         "**Résultats d’apprentissage.**\n\n" + "\n\n".join(f"{i}\\. {x}" for i, x in enumerate(fr["lo"], 1))),
        (f"**Assessment.** {F['summative_assessment']}", f"**Évaluation.** {fr['summative_assessment']}"),
        (f"**Partner.** {F['partner_name']} ({F['partner_contact']}). Letter of support attached.",
         f"**Partenaire.** {F['partner_name']} ({F['partner_contact']}). {fr['endorsement']}."),
        (f"**Education Plan.** {F['education_plan_alignment']}", f"**Plan d’éducation.** {fr['education_plan_alignment']}"),
        ("**Practicalities.** In person, 4 hours, from January 2027, about 150 learners a year.",
         "**Modalités.** En présentiel, 4 heures, dès janvier 2027, environ 150 personnes par année."),
        (f"**Contact.** {F['proposer_email']} / {F['proposer_phone']}", f"**Coordonnées.** {F['proposer_email']} / {F['proposer_phone']}"),
        ("**Date.** 12 November 2026", "**Date.** 12 novembre 2026"),
    ]
    md = "# Micro-credential proposal / Proposition de microcertificat\n\n" + grid(rows) + "\n"
    work = Path(tempfile.mkdtemp(dir=TMP))
    odt = work / "bilingual.odt"
    pandoc(md, "markdown", "odt", odt)
    out = OUT / "Bilingual proposal EN-FR - naloxone community training.docx"
    lo_file(odt, "docx", out)
    F2 = dict(F)
    write_expected(out, 5, F2, "BILINGUAL proposal: a two-column grid table, English on the left and French on the right, each cell a run-in "
                   "bold label in the writer's words followed by the answer. Written as a Markdown grid table, converted to ODT by pandoc and to "
                   "DOCX by LibreOffice (new route: Markdown grid table -> pandoc -> ODT -> LibreOffice DOCX). DECISION: when the same answer is "
                   "given in both languages, the expected value is the English one (the document's first column); French-only cells do not "
                   "exist here. Request type as a sentence ('This is a new micro-credential.'); the 'Who we are' cell gives name, title and "
                   "organisation separated by commas; outcomes as '1.' paragraphs inside the cell; 'Letter of support attached.' = letter_attached; "
                   "one Practicalities cell gives in_person, 4, start and 150; date '12 November 2026'.",
                   also=["new micro-credential", "In person", "4 hours", "about 150 learners", "12 November 2026", "Letter of support attached"],
                   lang="en+fr", route="Markdown grid table -> pandoc -> ODT -> LibreOffice DOCX")


# ------------------------------------------------------------------ T05 Slack-like export, text -> LibreOffice -> DOCX
def t05():
    F = {
        "proposal_title": "Polysomnography Scoring to AASM Rules",
        "proposer_name": "Rafferty Ngata",
        "proposer_title": "Sleep Lab Lead",
        "proposer_department": "Brightwater Sleep Centre",
        "proposer_email": "rngata@example.com",
        "proposer_phone": "289-555-0146",
        "request_type": "existing_program",
        "existing_program_name": "Sleep Technology Foundations (CE certificate), unit 4",
        "target_learners": "registered polysomnographic technologists and sleep technicians who score overnight studies",
        "rationale": "the 2025 scoring manual update changed hypopnea and arousal rules and our inter-scorer agreement dropped to 78%, below the 85% we need for accreditation",
        "competencies": "staging sleep, scoring respiratory events, arousals and limb movements, and resolving scoring disagreements",
        "learning_outcomes": [
            "stage sleep in adult studies using current AASM rules",
            "score apneas, hypopneas and RERAs consistently",
            "score arousals and periodic limb movements",
            "reach 85% agreement with a reference scorer on a full study"],
        "summative_assessment": "each learner scores two full-night studies and must reach 85% epoch-by-epoch agreement with the reference scoring",
        "partner_name": "Canadian Sleep Technologists Guild",
        "endorsement_status": "confirmed",
        "education_plan_alignment": "it's a clear fit with the Education Plan goal of keeping credentials current with practice standards",
        "delivery_format": "online",
        "estimated_hours": 12,
        "proposed_start": "March 2027",
        "expected_enrolment": 70,
        "submission_date": "2026-11-10",
    }
    o = F["learning_outcomes"]
    txt = f"""#ce-proposals  |  Message export
Exported by Yusra Delacroix-Hamid on Nov 11, 2026

—————— Tuesday, November 10th, 2026 ——————

Yusra Delacroix-Hamid (CE)   10:02 AM
Morning! If anyone has a micro-credential idea for the winter intake, drop it here and I'll turn it into a concept entry. Title, who it's for, why, skills/outcomes, how you'd assess, partner, and the practical bits please :slightly_smiling_face:

Rafferty Ngata   10:14 AM
Hi Yusra - I've got one. It's really a conversion: we'd rework {F['existing_program_name']} into a stand-alone credential.
Working title: {F['proposal_title']}
It's for {F['target_learners']}.

Rafferty Ngata   10:15 AM
Why: {F['rationale']}.

Yusra Delacroix-Hamid (CE)   10:21 AM
Great. What skills, and what should people be able to do at the end?

Rafferty Ngata   10:26 AM
Skills: {F['competencies']}.
Outcomes -
• {o[0]}
• {o[1]}
• {o[2]}
• {o[3]}
Assessment: {F['summative_assessment']}.

Yusra Delacroix-Hamid (CE)   10:31 AM
Partner? And how does it fit the Education Plan?

Rafferty Ngata   10:40 AM
The {F['partner_name']} said yes this morning, letter to follow. Plan-wise {F['education_plan_alignment']}.
Practical bits: online, 12 hrs, launch {F['proposed_start']}, ~70 techs a year.
I'm {F['proposer_title']} at {F['proposer_department']} - {F['proposer_email']}, {F['proposer_phone']}
:thumbsup: 2

Yusra Delacroix-Hamid (CE)   10:42 AM
Perfect, thanks Rafferty. Logged. I'll send you the assessment date by Friday.
"""
    out = OUT / "Slack export - ce-proposals - sleep scoring.docx"
    via_lo(txt, "txt", "docx", out, infilter="Text (encoded):UTF8,LF,,,")
    write_expected(out, 5, F, "A Slack-like channel export saved as DOCX (plain text opened by LibreOffice's text import and saved as DOCX - new "
                   "route): a day divider 'Tuesday, November 10th, 2026', messages headed 'Name   time', a CE coordinator asking and the proposer "
                   "answering over SIX messages; the coordinator's 'I'll send you the assessment date' and the export date (Nov 11) are "
                   "distractors. Request type only as 'It's really a conversion: we'd rework <program> into a stand-alone credential' "
                   "(existing_program, program named); run-in labels 'Working title:', 'Why:', 'Skills:', 'Outcomes -' (• bullets), "
                   "'Assessment:'; 'said yes this morning, letter to follow' = confirmed; no partner contact; 'online, 12 hrs, launch March 2027, "
                   "~70 techs a year'; title, organisation, email and phone in one line 'I'm <title> at <org> - <email>, <phone>'. "
                   "DECISION: submission_date is the day the proposer posted the proposal (the day divider), 2026-11-10.",
                   also=["conversion", "online, 12 hrs", "~70 techs", "November 10th, 2026", "letter to follow"],
                   route=".txt (chat export) -> LibreOffice Writer text import -> DOCX")


# ------------------------------------------------------------------ T06 "our answers" spreadsheet, flat ODS -> LibreOffice Calc -> PDF
FODS_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="0.45in"/></style:style>
 <style:style style:name="co2" style:family="table-column"><style:table-column-properties style:column-width="2.4in"/></style:style>
 <style:style style:name="co3" style:family="table-column"><style:table-column-properties style:column-width="4.3in"/></style:style>
 <style:style style:name="ce1" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top" fo:border="0.5pt solid #999999"/><style:text-properties fo:font-size="9pt" style:font-name="Liberation Sans"/></style:style>
 <style:style style:name="ce2" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top" fo:background-color="#dde8f3" fo:border="0.5pt solid #999999"/><style:text-properties fo:font-size="9pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="ce3" style:family="table-cell"><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="8.5in" fo:page-height="11in" style:print-orientation="portrait" fo:margin-left="0.5in" fo:margin-right="0.5in" fo:margin-top="0.5in" fo:margin-bottom="0.5in" style:scale-to-X="1" style:scale-to-Y="0"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Default" style:page-layout-name="pm1">
 <style:header><text:p>{header}</text:p></style:header><style:footer><text:p>Page <text:page-number>1</text:page-number></text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:spreadsheet><table:table table:name="{sheet}">
<table:table-column table:style-name="co1"/><table:table-column table:style-name="co2"/><table:table-column table:style-name="co3"/>
"""


def fods_cell(text, style="ce1"):
    paras = "".join(f"<text:p>{esc(p)}</text:p>" for p in text.split("\n"))
    return f'<table:table-cell table:style-name="{style}" office:value-type="string">{paras}</table:table-cell>'


def fods(rows, header, sheet):
    x = FODS_HEAD.format(header=esc(header), sheet=esc(sheet))
    for r in rows:
        style = r[3] if len(r) > 3 else "ce1"
        x += "<table:table-row>" + "".join(fods_cell(c, style) for c in r[:3]) + "</table:table-row>\n"
    return x + "</table:table></office:spreadsheet></office:body></office:document>\n"


def t06():
    F = {
        "proposal_title": "Frozen Section Cryotomy for Intraoperative Consultation",
        "proposer_name": "Aoife Mbatha",
        "proposer_title": "Senior Histotechnologist",
        "proposer_department": "Anatomic Pathology, Crestview General Hospital",
        "proposer_email": "aoife.mbatha@example.org",
        "proposer_phone": "705-555-0168",
        "request_type": "existing_program",
        "existing_program_name": "Advanced Histotechnology Certificate – Module 3 (Intraoperative Consultation)",
        "target_learners": "medical laboratory technologists and histology technicians who cover the frozen-section bench, including on evenings and weekends",
        "rationale": "Turnaround for frozen sections must stay under 20 minutes, and half of our weekend staff have never cut a fatty or calcified specimen unsupervised; two surgeries were delayed this year because no competent cutter was on site.",
        "competencies": "specimen orientation and embedding in OCT; cryostat set-up and temperature selection; sectioning difficult tissue; rapid H&E staining; cryostat decontamination",
        "learning_outcomes": [
            "Orient and embed fresh tissue for frozen sectioning",
            "Select cryostat temperatures for fatty, fibrous and calcified tissue",
            "Cut and stain diagnostic-quality sections within 15 minutes",
            "Decontaminate the cryostat after an infectious specimen"],
        "competency_framework": "CSMLS competency profile for medical laboratory technologists (histotechnology section)",
        "summative_assessment": "Practical exam: three unknown specimens cut and stained under time, graded by a pathologist for section quality.",
        "partner_name": "Crestview General Hospital Department of Laboratory Medicine",
        "partner_contact": "Dr. Emeka Farrow-Lindqvist, Medical Director",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "Work-integrated learning and a stackable pathway from the existing certificate (Education Plan priorities 2 and 4).",
        "delivery_format": "hybrid",
        "estimated_hours": 16,
        "proposed_start": "May 2027",
        "expected_enrolment": 24,
        "resources_required": "Two cryostats in the CE histology lab for two weekends per cohort; fresh tissue donated by the partner lab.",
        "submission_date": "2026-11-06",
    }
    o = F["learning_outcomes"]
    rows = [
        ("", "Concept proposal - our answers", "", "ce3"),
        ("#", "What you asked (in our words)", "Our answer", "ce2"),
        ("1", "What is it called?", F["proposal_title"]),
        ("2", "Who is sending this?", f"{F['proposer_name']}\n{F['proposer_title']}, {F['proposer_department']}\n{F['proposer_email']} | {F['proposer_phone']}"),
        ("3", "New, conversion or micro-course?", f"Conversion of an existing program: {F['existing_program_name']}"),
        ("4", "Who takes it?", F["target_learners"]),
        ("5", "Why does the lab need it?", F["rationale"]),
        ("6", "Which skills?", F["competencies"]),
        ("7", "What can they do afterwards?", "\n".join(f"{i}. {x}" for i, x in enumerate(o, 1))),
        ("8", "Which framework does it follow?", F["competency_framework"]),
        ("9", "How is competence proven?", F["summative_assessment"]),
        ("10", "Who backs it?", f"{F['partner_name']} - contact {F['partner_contact']}"),
        ("11", "Is the backing in writing?", "Yes - letter of support attached"),
        ("12", "How does it serve the Education Plan?", F["education_plan_alignment"]),
        ("13", "Format / hours / start / learners per year", "Hybrid (blended) / 16 / May 2027 / 24 (two cohorts of 12)"),
        ("14", "What do you need from CE?", F["resources_required"]),
        ("15", "Date", "2026-11-06"),
    ]
    import csv, io
    buf = io.StringIO()
    wr = csv.writer(buf, lineterminator="\n")
    for r in rows[1:]:
        wr.writerow(r[:3])
    work = Path(tempfile.mkdtemp(dir=TMP))
    docx_p = work / "answers.docx"
    (work / "answers.csv").write_text(buf.getvalue(), encoding="utf-8")
    md = subprocess.run(["pandoc", "-f", "csv", "-t", "markdown", "--columns=110", str(work / "answers.csv")], check=True,
                        capture_output=True, text=True).stdout
    pandoc(md, "markdown", "docx", docx_p)
    import docx
    from docx.shared import Inches
    d = docx.Document(str(docx_p))          # the sheet owner widened the columns in Word before printing
    tb = d.tables[0]
    tb.autofit = False
    for row in tb.rows:
        for c, w in zip(row.cells, (0.4, 2.2, 4.4)):
            c.width = Inches(w)
    for gc, w in zip(tb._tbl.tblGrid.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}gridCol"), (0.4, 2.2, 4.4)):
        gc.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}w", str(int(w * 1440)))
    d.save(str(docx_p))
    out = OUT / "Our answers - frozen section cryotomy (sheet export).pdf"
    lo_file(docx_p, "pdf", out)
    write_expected(out, 5, F, "A table of 'our answers' kept in a spreadsheet, exported as CSV and turned into a document: the CSV (three columns '#', "
                   "'What you asked (in our words)', 'Our answer'; quoted cells containing line breaks) converted by pandoc's CSV reader to a Markdown grid table "
                   "(relative column widths) and on to DOCX, columns widened in Word (python-docx), then printed to PDF by LibreOffice (new route: CSV -> pandoc -> Markdown -> pandoc -> DOCX -> LibreOffice PDF; pandoc's plain table, header row "
                   "only, no title, the line breaks inside a cell become spaces, so the cell reads as one run). Questions are paraphrased ('Who backs it?', 'Is the backing in "
                   "writing?'); the 'Who is sending this?' cell holds name / title, department / email | phone on three lines; 'Conversion of an "
                   "existing program: <program>' = existing_program with the program named (the name contains an en dash); outcomes '1.' lines "
                   "in one cell run together ('1. Orient ... 2. Select ...', split into items); framework given; one cell 'Hybrid (blended) / 16 / May 2027 / 24 (two cohorts of 12)' holds format, hours, start "
                   "and enrolment - row 13 is split by the page break, and the repeated table header row ('# What you asked ... Our answer') "
                   "is printed between '24 (two' and 'cohorts of 12)'; date written ISO.",
                   also=["Conversion of an existing program", "Hybrid (blended) / 16 / May 2027 / 24 (two", "cohorts of 12)", "letter of support attached", "2026-11-06"],
                   route="CSV -> pandoc 2.17 (CSV reader -> Markdown -> DOCX) -> LibreOffice PDF")


# ------------------------------------------------------------------ T07 LinkedIn-style post, fpdf2 write_html
def t07():
    F = {
        "proposal_title": "3D Printing Anatomical Models for Medical Imaging",
        "proposer_name": "Kwame Ellery-Santos",
        "proposer_title": "3D Printing Lab Lead",
        "proposer_department": "Department of Medical Imaging, Harbourfront University Health",
        "proposer_email": "kwame.es@example.com",
        "request_type": "new",
        "target_learners": "MRTs, sonographers and biomedical engineering technologists who are asked to turn scans into printed models",
        "rationale": "Surgeons now request printed models for complex cases every week, but only two people in our region know how to segment a CT safely and print it to a verified tolerance.",
        "competencies": "segmentation of CT and MR data, mesh repair, print preparation and quality verification of the finished model",
        "learning_outcomes": [
            "Segment bone and vessels from a CT dataset",
            "Repair and export a printable mesh",
            "Choose material and printer settings for the clinical question",
            "Verify a printed model against the source images within 1 mm"],
        "summative_assessment": "a capstone: each learner delivers one verified model from a real (anonymised) case, with a measurement report",
        "partner_name": "Lattice MedPrint Inc.",
        "endorsement_status": "in_discussion",
        "delivery_format": "hybrid",
        "estimated_hours": 20,
        "proposed_start": "fall 2027",
        "expected_enrolment": 30,
    }
    o = F["learning_outcomes"]
    html = f"""
<p><b>{F['proposer_name']}</b> (He/Him) · 1st<br/>{F['proposer_title']} · {F['proposer_department']}<br/><font color="#777777">2w · Edited</font></p>
<p>Big idea time. ✔ I'm pitching a NEW micro-credential to Michener CE: <b>{F['proposal_title']}</b>.</p>
<p>Who it's for ➜ {F['target_learners']}.</p>
<p>Why? {F['rationale']}</p>
<p>What you'd learn: {F['competencies']}. By the end you could:</p>
<ul><li>{o[0]}</li><li>{o[1]}</li><li>{o[2]}</li><li>{o[3]}</li></ul>
<p>How you'd prove it ➜ {F['summative_assessment']}.</p>
<p>Industry side: we're talking with {F['partner_name']} about endorsing it - nothing signed yet.</p>
<p>Format: hybrid · 20 hours · first cohort {F['proposed_start']} · 30 seats a year.</p>
<p>Interested in teaching, or in taking it? Comment below or email me at {F['proposer_email']}.</p>
<p><font color="#0a66c2">#MedicalImaging #3DPrinting #MicroCredentials #Michener #ContinuingEducation</font></p>
<p><font color="#777777">👍 ❤ 86 · 14 comments · 5 reposts</font></p>
"""
    from fpdf import FPDF
    pdf = FPDF(format="letter")
    pdf.add_font("DejaVu", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    pdf.add_font("DejaVu", "I", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf")
    pdf.add_font("DejaVu", "BI", "/usr/share/fonts/truetype/dejavu/DejaVuSans-BoldOblique.ttf")
    pdf.set_fallback_fonts([]) if False else None
    pdf.add_page()
    pdf.set_font("DejaVu", size=10)
    pdf.set_draw_color(200, 200, 200)
    pdf.rect(15, 12, 186, 200)
    pdf.set_left_margin(20); pdf.set_right_margin(20); pdf.set_y(16)
    html = html.replace("👍 ", "")
    pdf.write_html(html, font_family="DejaVu")
    out = OUT / "LinkedIn post - 3D printed anatomical models.pdf"
    pdf.output(str(out))
    write_expected(out, 5, F, "Incomplete: a LinkedIn-style PITCH post saved as PDF that never mentions Michener's Education Plan, so "
                   "education_plan_alignment is missing; there is no phone and no partner contact. Made with fpdf2's write_html (new route: "
                   "HTML fragment rendered by fpdf2, DejaVu Sans, a framed 'card'): name with pronouns and '· 1st', headline 'title · department', "
                   "'2w · Edited'; request type in a sentence ('pitching a NEW micro-credential'); arrows '➜' and check marks as run-in markers; "
                   "outcomes as a bulleted list after 'By the end you could:'; 'we're talking with <partner> about endorsing it - nothing signed "
                   "yet' = in_discussion; one line 'Format: hybrid · 20 hours · first cohort fall 2027 · 30 seats a year'; hashtags and reaction "
                   "counts (86, 14, 5) are page furniture, not numbers to extract; no date (the post is '2w' old).",
                   also=["NEW micro-credential", "hybrid", "20 hours", "30 seats", "nothing signed yet"], route="HTML fragment -> fpdf2 write_html -> PDF")


ALL = [t01, t02, t03, t04, t05, t06, t07]
if __name__ == "__main__":
    import sys
    for fn in ALL:
        if len(sys.argv) > 1 and fn.__name__ not in sys.argv[1:]:
            continue
        fn(); print("ok", fn.__name__)
