"""Round 4, held-out half: content (what the applicant wrote), expected values and the build of each file."""
import os

from common import (LABELS_EN, LABELS_FR, OPTIONS, ORDER, ROUND, WORK, collapse, docx_to_pdf, expected, h,
                    html_to_docx, html_to_pdf, join_items, option_line, pandoc, rtf_esc, rtf_to, soffice, std_rows,
                    word)
from routes import RTF_HEAD, fillable_pypdf, fpdf_form, html_answer, html_page, rtf_par, rtf_table_row, scan_pdf

OUT = os.path.join(ROUND, 'heldout')
os.makedirs(OUT, exist_ok=True)
DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


def out(name):
    return os.path.join(OUT, name)


# =====================================================================================================  H01
@doc
def h01():
    name = 'Concept form - Suture and staple removal in community nursing.docx'
    F = {
        'proposal_title': 'Suture and Staple Removal in Community Nursing',
        'proposer_name': 'Beatriz Lindholm-Achebe',
        'proposer_title': 'Nurse Educator',
        'proposer_department': 'Home and Community Care, Tamarack Health Services',
        'proposer_email': 'b.lindholm-achebe@example.org',
        'proposer_phone': '705-555-0112',
        'request_type': 'micro_course',
        'target_learners': 'Registered practical nurses and personal support workers in home and community care',
        'rationale': 'Post-operative patients are sent home earlier and their sutures and staples are removed by '
                     'community staff who were never formally taught the skill. Agencies report wound dehiscence and '
                     'retained staples that a short, assessed course would prevent.',
        'competencies': 'Wound assessment before removal; aseptic removal of interrupted and continuous sutures and '
                        'skin staples; applying wound closure strips; client teaching',
        'learning_outcomes': ['Assess a healed incision and decide whether removal can proceed',
                              'Remove interrupted and continuous sutures and skin staples using aseptic technique',
                              'Apply closure strips and teach the client wound care after removal'],
        'summative_assessment': 'Skills station on a suture pad and staple model scored with a checklist, followed by '
                                'one supervised removal in a client\'s home signed off by a nurse educator.',
        'partner_name': 'Tamarack Health Services',
        'partner_contact': 'Olamide Fairbanks, VP Clinical Practice, ofairbanks@example.com',
        'endorsement_status': 'letter_attached',
        'education_plan_alignment': 'Provides short, skills-based learning for practising community care workers, '
                                    'one of the Education Plan priorities.',
        'delivery_format': 'hybrid',
        'estimated_hours': 4,
        'proposed_start': 'October 2026',
        'expected_enrolment': 120,
        'resources_required': 'Suture pads and staple models (40), removal kits',
        'submission_date': '2026-04-21',
    }
    D = {'estimated_hours': '4 (2 online + 2 skills lab)', 'expected_enrolment': '120',
         'submission_date': '21 April 2026'}
    rows = ''.join(
        f'<tr><td><strong>{h(lab)}</strong></td><td>'
        + (('<ol>' + ''.join(f'<li>{h(x)}</li>' for x in ans) + '</ol>') if isinstance(ans, list) else h(ans))
        + '</td></tr>' for k, lab, ans in std_rows(F, D))
    htm = ('<html><body><h1>Micro-Course / Credential Concept Form</h1><p>Continuing Education, Michener Institute of '
           'Education. Complete every row; required rows are marked [R1]–[R4].</p><table><thead><tr><th>Item</th>'
           f'<th>Response</th></tr></thead><tbody>{rows}</tbody></table><p>Office use: ______</p></body></html>')
    pandoc(htm, out(name), 'h01', fmt_from='html')
    e = expected(F, '1', 'Official-style two-column form written as an HTML table and converted to DOCX by pandoc 2.17 '
                 '(pandoc\'s own "Table" style, a header row "Item | Response", cells holding "Compact" paragraphs and a '
                 'numbered list for the outcomes); ☐/☒ characters; hours "4 (2 online + 2 skills lab)"; date "21 April '
                 '2026"; an "Office use: ______" line after the table.')
    return name, e, ['☒ Micro-course', '☒ Letter of support attached', '☒ Hybrid', '4 (2 online + 2 skills lab)',
                     '21 April 2026']


# =====================================================================================================  H02
@doc
def h02():
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn
    name = 'Bladder scanning in LTC - concept form (Wingdings boxes).docx'
    r1 = ('Residents of long-term care homes are catheterised more often than necessary because few homes have staff '
          'trained to use a portable bladder scanner. Catheter-associated urinary tract infections are one of the '
          'most common reasons for transfer to hospital.')
    r2 = ('Three operators in our region bought scanners in 2025, but the devices sit unused. Directors of care asked '
          'for a recognised course that checks the skill, not just a vendor demonstration.')
    r3 = ('A short credential would let homes train nurses in a single day and keep a record of competence for '
          'inspections.')
    F = {
        'proposal_title': 'Bladder Ultrasound Scanning in Long-Term Care',
        'proposer_name': 'Gwendolyn Ssempala',
        'proposer_title': 'Director of Care',
        'proposer_department': 'Willowmere Long-Term Care Home',
        'proposer_email': 'gssempala@example.com',
        'proposer_phone': '613-555-0188',
        'request_type': 'new',
        'target_learners': 'Registered nurses and registered practical nurses working in long-term care',
        'rationale': ' '.join([r1, r2, r3]),
        'competencies': 'Indications for bladder scanning; operating a portable scanner; interpreting post-void '
                        'residual volumes; escalating results',
        'learning_outcomes': ['Explain when a bladder scan is indicated instead of catheterisation',
                              'Perform a bladder scan and obtain a reliable volume',
                              'Interpret a post-void residual and act according to the home’s protocol',
                              'Document the scan and communicate results to the physician or NP'],
        'competency_framework': 'College of Nurses of Ontario entry-to-practice competencies',
        'summative_assessment': 'Observed scan of a standardized patient phantom with volume within 10 % of the '
                                'reference, and a written case about when not to catheterise.',
        'partner_name': 'Ontario Long-Term Care Clinicians (OLTCC) – Eastern Region',
        'partner_contact': 'Terrence Mbatha-Ross, terrence.mr@example.com',
        'endorsement_status': 'confirmed',
        'education_plan_alignment': 'Addresses the Education Plan priority of supporting the long-term care workforce '
                                    'with short, practical credentials.',
        'delivery_format': 'in_person',
        'estimated_hours': 6,
        'proposed_start': 'Spring 2027',
        'expected_enrolment': 45,
        'resources_required': 'Two portable bladder scanners and a scanning phantom',
        'submission_date': '2026-04-22',
    }
    d = Document()
    d.styles['Normal'].font.name = 'Cambria'
    d.styles['Normal'].font.size = Pt(10)
    d.add_heading('Micro-Course / Credential Concept Form', 1)
    t = d.add_table(rows=0, cols=3)
    t.style = 'Table Grid'
    widths = (Cm(5), Cm(1), Cm(11))

    def sym(p, checked):
        p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:sym w:font="Wingdings" w:char="{"F0FE" if checked else "F06F"}"/>'
                              '</w:r>'))

    def row(label, fill=None, merge_all=False):
        r = t.add_row()
        for i, w in enumerate(widths):
            r.cells[i].width = w
        if merge_all:
            c = r.cells[0].merge(r.cells[2])
            run = c.paragraphs[0].add_run(label)
            run.bold = True
            run.font.color.rgb = RGBColor(255, 255, 255)
            c._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:fill="4F6228"/>'))
            return None
        lab = r.cells[0].merge(r.cells[1])
        lab.paragraphs[0].add_run(label).bold = True
        return r.cells[2]

    def text(label, val, font=None, color=None, italic=False):
        c = row(label)
        run = c.paragraphs[0].add_run(val)
        if font:
            run.font.name = font
        if color:
            run.font.color.rgb = RGBColor.from_string(color)
        run.italic = italic
        return c

    def choice(label, key, code):
        c = row(label)
        p = c.paragraphs[0]
        for cc, wd in OPTIONS['en'][key]:
            sym(p, cc == code)
            p.add_run(f' {wd}    ')

    row('Part A – Proposer', merge_all=True)
    text('Proposed Micro-credential Title', F['proposal_title'], 'Arial', '1F3864')
    text('Proponent', F['proposer_name'])
    text('Role', F['proposer_title'])
    text('Organization', F['proposer_department'])
    text('Email', F['proposer_email'], 'Consolas')
    text('Telephone', F['proposer_phone'], 'Consolas')
    row('Part B – The proposal', merge_all=True)
    choice('Request Type', 'request_type', 'new')
    text('Program to be Converted', '')
    text('Intended Learners', F['target_learners'], color='7F6000')
    c = text('Labour Market Need', r1, 'Courier New')
    for para in (r2, r3):
        c.add_paragraph().add_run(para).font.name = 'Courier New'
    text('Competencies Addressed', F['competencies'], italic=True)
    # outcomes: label cell merged vertically over one row per outcome, number in the middle column
    first = None
    for i, x in enumerate(F['learning_outcomes'], 1):
        r = t.add_row()
        for j, w in enumerate(widths):
            r.cells[j].width = w
        tcPr = r.cells[0]._tc.get_or_add_tcPr()
        if i == 1:
            r.cells[0].paragraphs[0].add_run('Learning Outcomes').bold = True
            tcPr.append(parse_xml(f'<w:vMerge {nsdecls("w")} w:val="restart"/>'))
        else:
            tcPr.append(parse_xml(f'<w:vMerge {nsdecls("w")}/>'))
        r.cells[1].paragraphs[0].text = f'{i}.'
        run = r.cells[2].paragraphs[0].add_run(x)
        run.font.color.rgb = RGBColor(0x1F, 0x38, 0x64) if i % 2 else RGBColor(0x38, 0x56, 0x23)
    text('Framework (e.g. ESCO, professional body)', F['competency_framework'])
    row('Part C – Assessment, partner, alignment', merge_all=True)
    text('Summative Assessment', F['summative_assessment'], 'Calibri')
    text('Partner Organization', F['partner_name'])
    text('Partner Contact', F['partner_contact'], 'Consolas')
    choice('Endorsement Status', 'endorsement_status', 'confirmed')
    text('Strategic Alignment', F['education_plan_alignment'])
    row('Part D – Delivery', merge_all=True)
    choice('Format', 'delivery_format', 'in_person')
    text('Duration (hours)', '6')
    text('Anticipated Start Date', F['proposed_start'])
    text('Estimated Learners / Year', '45')
    text('Resources You Can Provide', F['resources_required'])
    text('Date', '22/04/2026')
    d.save(out(name))
    e = expected(F, '1', 'Official-style table form (python-docx, Cambria) with a three-column grid: label cells merged '
                 'across the first two columns (gridSpan), section rows merged across all three with dark fill, and the '
                 'Learning Outcomes label cell merged VERTICALLY (vMerge) over four rows, one outcome per row with its '
                 'number in the middle column. Tick boxes are Wingdings symbols inserted with Insert > Symbol (w:sym '
                 'F0FE = checked box, F06F = empty box), so the box state is not a text character. Answers in different '
                 'fonts and colours (Arial navy, Consolas, Courier New, italic, alternating colours in outcome rows); '
                 'the rationale is three paragraphs in one cell; "Program to be Converted" empty; date 22/04/2026.')
    return name, e, ['22/04/2026', 'Format', 'Duration (hours)']


# =====================================================================================================  H03
@doc
def h03():
    name = 'Formulaire de concept - Surveillance microbiologique de l’environnement - M Okoye-Fortin.docx'
    F = {
        'proposal_title': 'Surveillance microbiologique de l’environnement hospitalier',
        'proposer_name': 'Mélanie Okoye-Fortin',
        'proposer_title': 'Technologiste médicale, responsable qualité',
        'proposer_department': 'Laboratoire de microbiologie, CISSS des Basses-Laurentides',
        'proposer_email': 'melanie.okoye-fortin@example.org',
        'proposer_phone': '450-555-0135',
        'request_type': 'existing_program',
        'existing_program_name': 'Attestation d’études en prévention des infections (module 4)',
        'target_learners': 'Technologistes médicaux et conseillères en prévention des infections',
        'rationale': 'Les travaux de construction et les éclosions de Legionella et d’Aspergillus exigent des '
                     'prélèvements environnementaux que peu de laboratoires savent planifier et interpréter.',
        'learning_outcomes': ['Planifier un plan d’échantillonnage de l’air, de l’eau et des surfaces',
                              'Réaliser les prélèvements selon les méthodes normalisées',
                              'Interpréter les résultats par rapport aux seuils d’intervention'],
        'summative_assessment': 'Étude de cas écrite (plan d’échantillonnage) et épreuve pratique de prélèvement '
                                'évaluée avec une grille.',
        'endorsement_status': 'none',
        'education_plan_alignment': 'Transforme un module existant en microcertificat empilable, conformément au '
                                    'plan d’enseignement.',
        'delivery_format': 'hybrid',
        'estimated_hours': 15,
        'proposed_start': 'hiver 2027',
        'expected_enrolment': 25,
        'submission_date': '2026-04-20',
    }
    D = {'competencies': '', 'partner_name': '', 'partner_contact': '', 'estimated_hours': '15 heures',
         'expected_enrolment': 'env. 25', 'submission_date': '20/04/2026', 'resources_required': 'S.O.',
         'competency_framework': ''}
    body = ['<p align="center"><font face="DejaVu Sans" size="4"><b>Formulaire de concept – microcours / '
            'microcertificat</b></font><br><font size="2">Formation continue · Michener Institute of Education</font></p>'
            '<table border="1" cellpadding="4" cellspacing="0" width="100%"><col width="36%"><col width="64%">']
    for k, lab, ans in std_rows(F, D, 'fr'):
        body.append(f'<tr><td bgcolor="#fde9d9"><font face="DejaVu Sans" size="2"><b>{h(lab)}</b></font></td>'
                    f'<td><font face="DejaVu Serif" size="2">{html_answer(ans, "ol")}</font></td></tr>')
    body.append('</table>')
    html_to_docx(html_page(''.join(body), 'Formulaire', lang='fr'), out(name), 'h03')
    e = expected(F, '1', 'Incomplete French official-style table form: the Compétences visées and Partenaire cells are '
                 'empty (competencies and partner_name missing); endorsement ticked "Aucun" (= none, a value). Written '
                 'as HTML with pink label cells and turned into DOCX by LibreOffice 7.4; existing_program with the '
                 'program named; outcomes as a numbered list in the cell; "15 heures", "env. 25"; Ressources requises '
                 '"S.O." (sans objet = not applicable, so absent); date 20/04/2026.',
                 missing=['competencies', 'partner_name'])
    return name, e, ['☒ Conversion d’un programme existant', '☒ Aucun', '☒ Hybride', '15 heures', 'env. 25',
                     '20/04/2026']


# =====================================================================================================  H04
@doc
def h04():
    from cc import build_cc_form
    name = 'Concept form (controls) - Fluoroscopy radiation protection for OR nurses.docx'
    F = {
        'proposal_title': 'Radiation Protection during Fluoroscopy for Operating Room Nurses',
        'proposer_name': 'Ximena Halloran-Botha',
        'proposer_title': 'Radiation Safety Officer',
        'proposer_department': 'Medical Physics, Crestview Regional Hospital',
        'proposer_email': 'x.halloran-botha@example.org',
        'proposer_phone': '905-555-0177 x4410',
        'request_type': 'micro_course',
        'target_learners': 'Perioperative nurses and OR attendants who work in rooms where C-arm fluoroscopy is used',
        'rationale': 'Dosimetry reviews show OR staff exceed investigation levels when they stand in the wrong place or '
                     'skip thyroid shields. No short, assessed course exists for nurses.',
        'competencies': 'Time, distance and shielding; positioning relative to the C-arm; lead apron and thyroid '
                        'shield care; reading a personal dosimetry report',
        'learning_outcomes': ['Position themselves and others to minimise scatter dose during fluoroscopy',
                              'Select, wear and inspect protective garments correctly',
                              'Interpret a quarterly dosimetry report and know when to report'],
        'summative_assessment': 'Simulated C-arm case with real-time dosimeter feedback and an observed checklist, '
                                'plus a 20-question online quiz (pass 80 %).',
        'partner_name': 'Crestview Regional Hospital – Perioperative Services',
        'partner_contact': 'Nadia Kerrigan-Osei, nkerrigan@example.com',
        'endorsement_status': 'letter_attached',
        'education_plan_alignment': 'Improves staff and patient safety through interprofessional, simulation-based '
                                    'learning, as set out in the Education Plan.',
        'delivery_format': 'hybrid',
        'estimated_hours': 3,
        'proposed_start': 'September 2026',
        'expected_enrolment': 100,
        'submission_date': '2026-04-23',
    }
    build_cc_form(F, out(name), variant='rich', display={
        'request_type': 'Micro-course', 'endorsement_status': 'Letter of support attached',
        'delivery_format': 'Hybrid', 'submission_date': '2026-04-23', 'estimated_hours': '3 h',
        'expected_enrolment': '~100'}, placeholders=['competency_framework', 'resources_required'],
        date_fmt='yyyy-MM-dd', title='CE Micro-Course / Credential Concept Form (e-form)', font='Arial')
    e = expected(F, '2', 'Content controls tagged with the keys (python-docx + raw w:sdt), aliases repeating the labels; '
                 'learning outcomes in one block-level rich-text control holding three paragraphs numbered "1)"; '
                 'drop-downs showing the option words; date picker "yyyy-MM-dd"; framework and resources controls '
                 'still show "Click or tap here to enter text." (empty); hours "3 h", enrolment "~100"; phone with "x".')
    return name, e, ['Micro-course', 'Letter of support attached', '3 h', '~100', '2026-04-23']


# =====================================================================================================  H05
@doc
def h05():
    from cc import build_cc_form
    name = 'Formulaire (contrôles) - Photographie du fond d’œil en diabète.docx'
    F = {
        'proposal_title': 'Dépistage de la rétinopathie diabétique par photographie du fond d’œil',
        'proposer_name': 'Anaïs Kowalski-Ndiaye',
        'proposer_title': 'Optométriste, coordonnatrice du dépistage',
        'proposer_department': 'Programme régional de dépistage, Santé Nord-Est',
        'proposer_email': 'anais.kowalski-ndiaye@example.org',
        'proposer_phone': '418-555-0166',
        'request_type': 'new',
        'target_learners': 'Infirmières auxiliaires, assistants en soins de la vue et techniciens en imagerie qui '
                           'travaillent dans les cliniques de diabète',
        'rationale': 'Moins de la moitié des personnes diabétiques de la région ont eu un examen de la rétine dans les '
                     'deux dernières années. Les cliniques peuvent prendre les photos si le personnel est formé et '
                     'certifié.',
        'competencies': 'Préparation du patient et dilatation; prise de photos non mydriatiques de qualité; contrôle '
                        'de la qualité des images; transmission sécurisée',
        'learning_outcomes': ['Obtenir deux champs photographiques de qualité suffisante par œil',
                              'Reconnaître une image non interprétable et reprendre la prise',
                              'Transmettre les images selon la procédure de télélecture'],
        'competency_framework': 'Lignes directrices canadiennes de dépistage de la rétinopathie diabétique',
        'summative_assessment': 'Série de 20 photographies évaluées par un ophtalmologiste lecteur (au moins 90 % '
                                'interprétables) et observation d’une séance de dépistage.',
        'partner_name': 'Santé Nord-Est',
        'partner_contact': 'Dr Julien Brassard-Oumarou, j.brassard@example.com',
        'endorsement_status': 'in_discussion',
        'education_plan_alignment': 'Favorise l’accès aux soins en région et la formation axée sur les compétences, '
                                    'deux axes du plan d’enseignement.',
        'delivery_format': 'online',
        'estimated_hours': 8,
        'proposed_start': 'janvier 2027',
        'expected_enrolment': 35,
        'resources_required': 'Un rétinographe non mydriatique prêté par le partenaire pour les séances pratiques',
        'submission_date': '2026-04-20',
    }
    build_cc_form(F, out(name), variant='repeating', labels=LABELS_FR, lang='fr', display={
        'request_type': 'Nouveau microcertificat', 'endorsement_status': 'En discussion',
        'delivery_format': 'En ligne (asynchrone)', 'submission_date': '20 avril 2026',
        'estimated_hours': '8 heures', 'expected_enrolment': 'environ 35'}, date_fmt='d MMMM yyyy', lid='fr-CA',
        title='Formulaire de concept – microcours / microcertificat',
        subtitle='Formation continue – Michener Institute of Education', outcomes_numbered=False)
    e = expected(F, '2', 'French content-control form (python-docx + raw w:sdt) with French labels and aliases; '
                 'outcomes in a repeating-section control, one item per outcome, no numbering; drop-down for the '
                 'delivery format whose chosen display text is "En ligne (asynchrone)" '
                 '(= online); "En discussion"; date picker "d MMMM yyyy", fr-CA, "20 avril 2026"; "8 heures", '
                 '"environ 35".')
    return name, e, ['Nouveau microcertificat', 'En discussion', 'En ligne (asynchrone)',
                     '20 avril 2026', '8 heures', 'environ 35']


# =====================================================================================================  H06
@doc
def h06():
    name = 'Tele-rehab concept form (fillable) - incomplete.pdf'
    F = {
        'proposal_title': 'Delivering Tele-Rehabilitation Sessions for Physiotherapist Assistants',
        'proposer_name': 'Callum Adeyemi-Sørensen',
        'proposer_title': 'Physiotherapist, Virtual Care Lead',
        'proposer_department': 'Outpatient Rehabilitation, Hollis Bay Health Centre',
        'proposer_email': 'callum.as@example.com',
        'proposer_phone': '902-555-0104',
        'request_type': 'new',
        'target_learners': 'Physiotherapist assistants and rehabilitation assistants supporting virtual programs',
        'rationale': 'Rural clients now receive most follow-up physiotherapy by video, and assistants run many '
                     'sessions without training in remote safety checks or camera set-up.',
        'competencies': 'Virtual session set-up; remote safety screening; exercise demonstration and correction on '
                        'camera; documentation of virtual visits',
        'learning_outcomes': ['Set up a secure video session and check the client’s environment for safety',
                              'Demonstrate and correct exercises using camera angles and verbal cues',
                              'Document a virtual session according to college standards'],
        'partner_name': 'Hollis Bay Health Centre',
        'partner_contact': 'Renée Abernathy-Kwan, rakwan@example.com',
        'endorsement_status': 'confirmed',
        'delivery_format': 'online',
        'estimated_hours': 10,
        'proposed_start': 'June 2027',
        'expected_enrolment': 50,
        'submission_date': '2026-04-24',
    }
    rows = []

    def tx(label, nm, val, ml=False, lines=4):
        rows.append({'label': label, 'kind': 'ml' if ml else 'tx', 'name': nm, 'value': val, 'lines': lines,
                     'tooltip': None})
    tx('Course Title', 'form1.sec1.f1', F['proposal_title'])
    tx('Name', 'form1.sec1.f2', F['proposer_name'])
    tx('Position / Title', 'form1.sec1.f3', F['proposer_title'])
    tx('Department / Program', 'form1.sec1.f4', F['proposer_department'])
    tx('Email', 'form1.sec1.f5', F['proposer_email'])
    tx('Phone', 'form1.sec1.f6', F['proposer_phone'])
    rows.append({'label': 'Request Type', 'kind': 'radio', 'name': 'form1.sec2.rb1', 'value': 'Opt1',
                 'options': [('New micro-credential', 'Opt1', 0), ('Convert an existing program', 'Opt2', 0),
                             ('Micro-course', 'Opt3', 0)]})
    tx('Existing Program Name', 'form1.sec2.f1', '')
    tx('Target Learners', 'form1.sec2.f2', F['target_learners'], True, 2)
    tx('Rationale / Need', 'form1.sec2.f3', F['rationale'], True, 4)
    tx('Competencies Addressed', 'form1.sec3.f1', F['competencies'], True, 3)
    tx('Learning Outcomes', 'form1.sec3.f2', '\n'.join('- ' + x for x in F['learning_outcomes']), True, 4)
    tx('Competency Framework', 'form1.sec3.f3', '')
    tx('Summative Assessment', 'form1.sec3.f4', '', True, 3)
    tx('Partner Organization', 'form1.sec4.f1', F['partner_name'])
    tx('Partner Contact', 'form1.sec4.f2', F['partner_contact'])
    rows.append({'label': 'Endorsement Status', 'kind': 'radio', 'name': 'form1.sec4.rb1', 'value': 'Opt2',
                 'options': [('Letter attached', 'Opt1', 0), ('Confirmed', 'Opt2', 0), ('In discussion', 'Opt3', 0),
                             ('None', 'Opt4', 0)]})
    tx('Education Plan Alignment', 'form1.sec4.f3', '', True, 3)
    rows.append({'label': 'Delivery Format', 'kind': 'cbs', 'options': [
        ('Online', 'form1.sec5.cb1', True), ('In person', 'form1.sec5.cb2', False), ('Hybrid', 'form1.sec5.cb3', False)]})
    tx('Estimated Hours', 'form1.sec5.f1', '10')
    tx('Proposed Start', 'form1.sec5.f2', F['proposed_start'])
    tx('Expected Enrolment per Year', 'form1.sec5.f3', '50')
    tx('Resources Required', 'form1.sec5.f4', '')
    tx('Date', 'form1.sec5.f5', 'April 24, 2026')
    pdfb, widgets = fpdf_form(rows, 'Concept Form – Micro-Course / Credential', 'fillable PDF · v4', page='A4')
    fillable_pypdf(pdfb, widgets, out(name))
    e = expected(F, '3', 'Incomplete fillable PDF: the Summative Assessment and Education Plan Alignment fields are '
                 'empty (missing). Page drawn with fpdf2 (A4), AcroForm added with pypdf as a FIELD HIERARCHY: parent '
                 'fields form1 > sec1 … sec5 with terminal fields f1, f2 …, so the fully qualified names are '
                 '"form1.sec1.f1" etc. and the partial names repeat across sections; request type and endorsement as '
                 'radio groups exporting Opt1 … Opt4; delivery format as three check boxes; outcomes in one '
                 'multi-line field with "- " items; date "April 24, 2026".',
                 missing=['summative_assessment', 'education_plan_alignment'])
    return name, e, ['form1.sec1.f1 = Delivering', 'form1.sec2.rb1 = /Opt1', 'form1.sec4.rb1 = /Opt2',
                     'form1.sec5.cb1 = /Yes', 'April 24, 2026']


# =====================================================================================================  H07
@doc
def h07():
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase.pdfmetrics import stringWidth
    name = 'Ceiling lift safety - concept form (fillable).pdf'
    F = {
        'proposal_title': 'Ceiling Lift and Sling Safety in Home Care',
        'proposer_name': 'Fenella Oduya-Strand',
        'proposer_title': 'Occupational Health and Safety Specialist',
        'proposer_department': 'Brightwater Home Support Services',
        'proposer_email': 'f.oduya-strand@example.com',
        'proposer_phone': '250-555-0161',
        'request_type': 'new',
        'target_learners': 'Home support workers and family caregivers who use ceiling lifts in clients\' homes',
        'rationale': 'Musculoskeletal injuries from transfers are the leading cause of lost time in home support, and '
                     'sling errors have caused client falls. Funders now require documented lift competence.',
        'competencies': 'Sling selection and sizing; pre-use inspection; lift operation for bed, chair and toilet '
                        'transfers; emergency lowering',
        'learning_outcomes': ['Choose and size the correct sling for a client',
                              'Inspect a ceiling lift and sling before use and remove faulty equipment',
                              'Carry out a bed-to-chair transfer safely with a ceiling lift',
                              'Perform an emergency lowering'],
        'competency_framework': 'Provincial Safe Resident Handling standards',
        'summative_assessment': 'Practical transfer assessment in the simulated home lab, scored by two assessors '
                                'with a 25-item checklist.',
        'partner_name': 'Brightwater Home Support Services',
        'partner_contact': 'Hugo Rasmussen-Eze, hre@example.com',
        'education_plan_alignment': 'Supports safe community care and workforce development for unregulated care '
                                    'providers.',
        'delivery_format': 'in_person',
        'estimated_hours': 6,
        'proposed_start': 'April 2027',
        'expected_enrolment': 150,
        'resources_required': 'Simulated home lab with a ceiling lift track; assorted slings',
        'submission_date': '2026-04-25',
    }
    c = canvas.Canvas(out(name), pagesize=letter)
    W_, H_ = letter
    af = c.acroForm
    y = [H_ - 70]
    ids = iter(['entry.1093847562', 'entry.2029384756', 'entry.384756102', 'entry.556102938', 'entry.610293847',
                'entry.702938475', 'entry.829384756', 'entry.938475610', 'entry.1029384756', 'entry.1120394857',
                'entry.1239485761', 'entry.1348576120', 'entry.1457612039', 'entry.1566120394', 'entry.1675203948',
                'entry.1784039485', 'entry.1893948576', 'entry.1902857612', 'entry.2011766120', 'entry.2120675203'])
    c.setFont('Helvetica-Bold', 15)
    c.drawString(40, H_ - 45, 'Micro-Course / Credential Concept Form')
    c.setFont('Helvetica', 8)
    c.drawString(40, H_ - 58, 'Exported from the CE online form builder')

    def need(hh):
        if y[0] - hh < 50:
            c.showPage()
            y[0] = H_ - 50

    def tx(label, val, hh=16):
        nm = next(ids)
        need(hh + 22)
        c.setFont('Helvetica', 8.5)
        c.drawString(40, y[0], label)
        af.textfield(name=nm, x=40, y=y[0] - 4 - hh, width=W_ - 80, height=hh, value=val, fontSize=8,
                     borderWidth=0.5, fieldFlags='multiline' if hh > 18 else '', forceBorder=True)
        y[0] -= hh + 20

    def cbs(label, opts):
        need(30)
        c.setFont('Helvetica', 8.5)
        c.drawString(40, y[0], label)
        x = 40
        for nm, wd, on in opts:
            af.checkbox(name=nm, x=x, y=y[0] - 18, size=10, checked=on, buttonStyle='check', borderWidth=0.5)
            c.drawString(x + 13, y[0] - 16, wd)
            x += 26 + stringWidth(wd, 'Helvetica', 8.5)
        y[0] -= 32

    tx('Proposed Title *', F['proposal_title'])
    tx('Name of Proposer *', F['proposer_name'])
    tx('Position / Title', F['proposer_title'])
    tx('Department / Program', F['proposer_department'])
    tx('E-mail Address *', F['proposer_email'])
    tx('Phone', F['proposer_phone'])
    cbs('Type of Request *', [('entry.4410_option1', 'New micro-credential', True),
                              ('entry.4410_option2', 'Convert an existing program', False),
                              ('entry.4410_option3', 'Micro-course', False)])
    tx('Target Learners *', F['target_learners'], 24)
    tx('Rationale / Need *', F['rationale'], 36)
    tx('Competencies / Skills Targeted *', F['competencies'], 30)
    tx('Learning Outcomes *', '\n'.join(f'{i}) {x}' for i, x in enumerate(F['learning_outcomes'], 1)), 48)
    tx('Competency Framework Alignment', F['competency_framework'])
    tx('Summative Assessment *', F['summative_assessment'], 30)
    tx('Industry / Employment Partner *', F['partner_name'])
    tx('Partner Contact', F['partner_contact'])
    cbs('Letter of support attached?', [('entry.5520_yes', 'Yes', True), ('entry.5520_no', 'No', False)])
    need(30)
    c.setFont('Helvetica', 8.5)
    c.drawString(40, y[0], 'Endorsement Status *')
    af.choice(name='entry.5521', value='None', options=['Letter attached', 'Confirmed', 'In discussion', 'None'],
              x=40, y=y[0] - 20, width=160, height=15, fontSize=8, borderWidth=0.5, forceBorder=True)
    y[0] -= 34
    tx("Alignment with Michener's Education Plan *", F['education_plan_alignment'], 24)
    cbs('Delivery Format', [('entry.6630_option1', 'Online', False), ('entry.6630_option2', 'In person', True),
                            ('entry.6630_option3', 'Hybrid', False)])
    tx('Estimated Hours', '6')
    tx('Proposed Start', F['proposed_start'])
    tx('Expected Enrolment per Year', '150')
    tx('Resources Required', F['resources_required'], 24)
    tx('Date', '2026-04-25')
    c.save()
    e = expected(F, '3', 'NEEDS MANUAL REVIEW – contradictory endorsement: the "Letter of support attached?" box is '
                 'ticked Yes while the Endorsement Status combo box says "None". Which is true (a letter that was '
                 'forgotten, or a stale answer) needs the CE office to check the email for a letter or ask; '
                 'endorsement_status is therefore not given and is listed as missing. Otherwise a reportlab AcroForm '
                 'exported "from an online form builder": meaningless numeric widget names in the style of web-form '
                 'exports ("entry.1093847562" …, check boxes "entry.4410_option1" …), no tooltips, the labels above '
                 'each field with "*" for required; outcomes "1)" in one multi-line field; date 2026-04-25.',
                 manual=True, missing=['endorsement_status'])
    return name, e, ['entry.1093847562 = Ceiling', 'entry.5520_yes = /Yes', 'entry.5521 = None',
                     'entry.4410_option1 = /Yes', 'entry.6630_option2 = /Yes', '2026-04-25']


# =====================================================================================================  H08
@doc
def h08():
    name = 'Pressure injury staging - concept form (browser print).pdf'
    F = {
        'proposal_title': 'Pressure Injury Staging and Prevention Planning',
        'proposer_name': 'Ingeborg Mwangi-Holt',
        'proposer_title': 'Enterostomal Therapy Nurse',
        'proposer_department': 'Skin and Wound Team, Pinecrest Continuing Care',
        'proposer_email': 'imwangi-holt@example.org',
        'proposer_phone': '519-555-0195',
        'request_type': 'new',
        'target_learners': 'Registered nurses, RPNs and PSW team leads in continuing and long-term care',
        'rationale': 'Audits in continuing care show that one in four pressure injuries is staged incorrectly, which '
                     'delays the right treatment and skews quality reporting.',
        'competencies': 'Risk assessment with the Braden Scale; staging with the NPIAP system; prevention care '
                        'planning; accurate wound documentation',
        'learning_outcomes': ['Complete a Braden risk assessment and choose matching prevention measures',
                              'Stage pressure injuries from photographs and at the bedside using NPIAP definitions',
                              'Document wound findings in a way that supports consistent reporting'],
        'competency_framework': 'NPIAP/EPUAP international guideline (2019)',
        'summative_assessment': 'Photo-based staging exam (30 images, pass 85 %) and one observed skin assessment with '
                                'a checklist.',
        'partner_name': 'Pinecrest Continuing Care',
        'partner_contact': 'Yaw Lindstrom-Addo, Director of Nursing, yladdo@example.com',
        'endorsement_status': 'letter_attached',
        'education_plan_alignment': 'Contributes to the Education Plan goals of quality, safety and flexible '
                                    'competency-based learning for practising clinicians.',
        'delivery_format': 'online',
        'estimated_hours': 5,
        'proposed_start': 'Fall 2026',
        'expected_enrolment': 250,
        'submission_date': '2026-04-24',
    }
    radio = lambda key, code: '  '.join(('◉ ' if c == code else '○ ') + w for c, w in OPTIONS['en'][key])
    D = {'request_type': radio('request_type', 'new'), 'endorsement_status': radio('endorsement_status',
                                                                                    'letter_attached'),
         'delivery_format': radio('delivery_format', 'online'), 'estimated_hours': '5',
         'expected_enrolment': '250 (estimate)', 'submission_date': 'Apr 24, 2026'}
    body = ['<table width="100%" border="0"><tr><td><font size="1">4/26/26, 2:41 PM</font></td><td align="right">'
            '<font size="1">Concept Form – CE Forms</font></td></tr></table>'
            '<h2><font face="DejaVu Sans" color="#0b5394">Micro-Course / Credential Concept Form</font></h2>'
            '<table width="100%" border="0" cellpadding="5" cellspacing="0"><col width="30%"><col width="70%">']
    for i, (k, lab, ans) in enumerate(std_rows(F, D)):
        bg = ' bgcolor="#f3f6fa"' if i % 2 else ''
        body.append(f'<tr{bg}><td valign="top" align="right"><font face="DejaVu Sans" size="2" color="#555555">'
                    f'{h(lab)}</font></td><td valign="top"><font face="DejaVu Sans" size="2">'
                    f'{html_answer(ans, "ul")}</font></td></tr>')
    body.append('</table><table width="100%" border="0"><tr><td><font size="1">https://forms.michener.example/ce/'
                'concept/view?id=5f2a91</font></td><td align="right"><font size="1">1/1</font></td></tr></table>')
    html_to_pdf(html_page(''.join(body), 'Concept Form – CE Forms'), out(name), 'h08')
    e = expected(F, '4', 'A web form printed from a browser, recreated as HTML and exported to PDF by LibreOffice: '
                 'borderless two-column layout with the labels RIGHT-ALIGNED in grey in the left column and the '
                 'answers on the right, zebra-striped rows; options printed as radio glyphs "◉ Online ○ In person '
                 '○ Hybrid" (some extractors emit the ◉ glyph out of line order; "Micro-course" may wrap at its '
                 'hyphen); browser print furniture at the top ("4/26/26, 2:41 PM", page title) and bottom (URL, '
                 '"1/1") – the print date is not the submission date; unanswered rows empty; enrolment "250 '
                 '(estimate)"; date "Apr 24, 2026".')
    return name, e, ['◉ New micro-credential', '◉ Letter of support attached', '◉ Online', '250 (estimate)',
                     'Apr 24, 2026']


# =====================================================================================================  H09
@doc
def h09():
    name = 'Simulation operations - concept form (headings).docx'
    F = {
        'proposal_title': 'Simulation Operations Technician Essentials',
        'proposer_name': 'Evander Quispe-Halvorsen',
        'proposer_title': 'Simulation Centre Manager',
        'proposer_department': 'Centre for Simulation, Lakehead Health Sciences',
        'proposer_email': 'evander.qh@example.org',
        'proposer_phone': '807-555-0122',
        'request_type': 'existing_program',
        'existing_program_name': 'Healthcare Simulation Technology Certificate',
        'target_learners': 'Simulation technicians, AV staff and educators who run manikin-based simulation',
        'rationale': 'Simulation centres have grown faster than the workforce that runs them. Employers want a short '
                     'credential covering manikin operation, AV capture and scenario set-up, drawn from the existing '
                     'certificate.',
        'competencies': 'High-fidelity manikin programming; audio-visual capture and debriefing playback; moulage; '
                        'scenario set-up and reset',
        'learning_outcomes': ['Program and run a high-fidelity manikin scenario with branching vital signs',
                              'Set up audio-visual capture and play back footage for debriefing',
                              'Apply basic moulage for trauma and wound scenarios',
                              'Reset a simulation room to a standard checklist'],
        'competency_framework': 'SSH Certified Healthcare Simulation Operations Specialist (CHSOS) blueprint',
        'summative_assessment': 'Learners run a complete scenario for a real course while an assessor scores '
                                'set-up, operation and reset on the CHSOS-aligned rubric.',
        'partner_name': 'Society for Simulation in Healthcare – Canadian Affiliate',
        'partner_contact': 'Marisa Oyelaran-Tate, motate@example.com',
        'endorsement_status': 'confirmed',
        'education_plan_alignment': 'Strengthens simulation-based education, a pillar of Michener’s Education Plan, by '
                                    'developing the people who run it.',
        'delivery_format': 'in_person',
        'estimated_hours': 24,
        'proposed_start': 'January 2027',
        'expected_enrolment': 18,
        'resources_required': 'Simulation suite with control room for three days per cohort',
        'submission_date': '2026-04-18',
    }
    md = ['# Micro-Course / Credential Concept Form\n']
    L = dict(LABELS_EN)
    for k in ORDER:
        md.append(f'### {L[k]}\n')
        if k in ('request_type', 'endorsement_status', 'delivery_format'):
            md.append(word(k, F[k]) + '\n')
        elif k == 'learning_outcomes':
            md.append('\n'.join(f'{i}. {x}' for i, x in enumerate(F[k], 1)) + '\n')
        elif k == 'estimated_hours':
            md.append('24 (three days)\n')
        elif k == 'expected_enrolment':
            md.append('18\n')
        elif k == 'submission_date':
            md.append('2026/04/18\n')
        else:
            md.append(F[k] + '\n')
    pandoc('\n'.join(md), out(name), 'h09')
    e = expected(F, '4', 'The form re-keyed in Markdown with every label as a level-3 HEADING and the answer as the '
                 'paragraph below, converted to DOCX by pandoc (Heading 3 style for labels, "First Paragraph" for '
                 'answers); choices written as the chosen option words only ("Convert an existing program", '
                 '"Confirmed", "In person"); existing program named; hours "24 (three days)"; date "2026/04/18".')
    return name, e, ['Convert an existing program', 'Confirmed', 'In person', '24 (three days)', '2026/04/18']


# =====================================================================================================  H10
@doc
def h10():
    name = 'Forensic photography in the ED - concept form (printed).pdf'
    F = {
        'proposal_title': 'Forensic Photography for Emergency Department Nurses',
        'proposer_name': 'Saoirse Delgado-Mbeki',
        'proposer_title': 'Sexual Assault / Domestic Violence Nurse Examiner Coordinator',
        'proposer_department': 'Emergency Department, Kingsmere General Hospital',
        'proposer_email': 's.delgado-mbeki@example.org',
        'proposer_phone': '613-555-0159',
        'request_type': 'micro_course',
        'target_learners': 'Emergency nurses and nurse examiners who document injuries for possible legal proceedings',
        'rationale': 'Photographs of injuries taken in the ED are often rejected as evidence because of missing scales, '
                     'poor lighting or broken chain of custody. Courts and police services have asked hospitals to '
                     'improve practice.',
        'competencies': 'Consent for forensic photography; standard photographic series with scale; lighting and '
                        'camera settings; secure storage and chain of custody',
        'learning_outcomes': ['Obtain and document informed consent for forensic photographs',
                              'Take an orientation, mid-range and close-up series with an ABFO scale',
                              'Adjust lighting and camera settings to record bruises and patterned injuries',
                              'Store and transfer images so that chain of custody is preserved'],
        'summative_assessment': 'Portfolio of photographs of a moulaged standardized patient graded with a rubric by a '
                                'forensic nurse and a police identification officer.',
        'partner_name': 'Kingsmere Regional Police Service – Forensic Identification Unit',
        'partner_contact': 'Sgt. Darnell Whitehorse-Lee, d.whitehorse-lee@example.com',
        'endorsement_status': 'letter_attached',
        'education_plan_alignment': 'Responds to a community and justice-sector need with a short, assessed credential, '
                                    'in line with the Education Plan commitment to partnerships.',
        'delivery_format': 'hybrid',
        'estimated_hours': 8,
        'proposed_start': 'November 2026',
        'expected_enrolment': 30,
        'resources_required': 'DSLR cameras (4), ABFO scales, moulage supplies',
        'submission_date': '2026-04-19',
    }
    D = {'estimated_hours': '8', 'expected_enrolment': '30', 'submission_date': '19 Apr 2026'}
    body = ''
    for k, lab, ans in std_rows(F, D, on='☑', off='☐'):
        if isinstance(ans, list):
            body += rtf_par(lab + ':', r'\f5\fs19\b', r'\sb120\sa40')
            for i, x in enumerate(ans, 1):
                body += rtf_par(f'{i}. {x}', r'\f5\fs19', r'\li400\sa40')
                if i == 2:
                    body += r'{\f5\fs19\page}' + '\n'
        else:
            body += (r'\pard\plain\sb120\sa40 {\f5\fs19\b ' + rtf_esc(lab + ':') + r'} {\f5\fs19 ' + rtf_esc(ans)
                     + r'}\par' + '\n')
    hdr = (r'{\header\pard\plain\ql{\f1\fs16\cf3 ' + rtf_esc('Concept Form – Forensic Photography (ED)') +
           r'}\par}' + '\n' + r'{\footer\pard\plain\qc{\f1\fs16\cf3 ' + rtf_esc('Page ') +
           r'}{\field{\*\fldinst PAGE}{\fldrslt 1}}{\f1\fs16\cf3  of }{\field{\*\fldinst NUMPAGES}{\fldrslt 2}}\par}'
           + '\n')
    rtf = (RTF_HEAD + hdr + rtf_par('MICHENER INSTITUTE – CONTINUING EDUCATION', r'\f1\fs18\b\cf2', r'\qc')
           + rtf_par('Micro-Course / Credential Concept Form', r'\f1\fs28\b', r'\qc\sa240') + body + '}')
    rtf_to(rtf, out(name), 'h10', 'pdf')
    e = expected(F, '4', 'Printed "Label: answer" form: written as RTF (bold label and answer in the same paragraph, '
                 'options "☑ Micro-course ☐ …") with a running header and a "Page n of N" footer, printed to PDF by '
                 'LibreOffice 7.4 (DejaVu Sans). A hard page break falls INSIDE the learning-outcomes list (items 1–2 on page 1, '
                 '3–4 on page 2, with the footer and the next header between them); date "19 Apr 2026".')
    return name, e, ['☑ Micro-course', '☑ Letter of support attached', '☑ Hybrid', '19 Apr 2026']


# =====================================================================================================  H11
@doc
def h11():
    import subprocess
    name = 'Nuclear cardiology stress testing - concept form (print).pdf'
    F = {
        'proposal_title': 'Myocardial Perfusion Imaging: Stress Testing for Technologists',
        'proposer_name': 'Padraig Olawale-Svensson',
        'proposer_title': 'Chief Nuclear Medicine Technologist',
        'proposer_department': 'Nuclear Cardiology, Ashgrove Heart Institute',
        'proposer_email': 'p.olawale-svensson@example.org',
        'proposer_phone': '416-555-0171',
        'request_type': 'new',
        'target_learners': 'Nuclear medicine technologists who are new to cardiac stress laboratories',
        'rationale': 'Cardiac stress labs increasingly rely on technologists to supervise pharmacologic stress and '
                     'to recognise when to stop a test. Incident reviews show gaps in ECG recognition and emergency '
                     'response among newly hired technologists.',
        'competencies': 'Patient screening for stress agents; exercise and pharmacologic stress protocols; ECG '
                        'monitoring and stopping criteria; emergency response',
        'learning_outcomes': ['Screen a patient for contraindications to regadenoson and dipyridamole',
                              'Run a Bruce protocol treadmill test and a pharmacologic stress protocol',
                              'Recognise ischaemic ECG changes and arrhythmias that require stopping the test',
                              'Lead the first two minutes of a simulated cardiac emergency'],
        'competency_framework': 'CAMRT competency profile for nuclear medicine',
        'summative_assessment': 'OSCE with three stations (screening, ECG strip interpretation, simulated emergency), '
                                'pass required at each station.',
        'partner_name': 'Ashgrove Heart Institute',
        'partner_contact': 'Dr. Tamsin Achterberg-Nnaji, tan@example.com',
        'endorsement_status': 'letter_attached',
        'education_plan_alignment': 'Builds advanced practice for imaging technologists through competency-based, '
                                    'simulation-supported learning.',
        'delivery_format': 'hybrid',
        'estimated_hours': 12,
        'proposed_start': 'February 2027',
        'expected_enrolment': 24,
        'resources_required': 'Treadmill and ECG simulator, crash-cart trainer',
        'submission_date': '2026-04-16',
    }
    md = ['---\ntitle: Micro-Course / Credential Concept Form\n---\n']
    for k in ORDER:
        lab = LABELS_EN[k]
        if k in ('request_type', 'endorsement_status', 'delivery_format'):
            v = ', '.join(('**[x]** ' if c == F[k] else '[ ] ') + w for c, w in OPTIONS['en'][k])
            md.append(f'**{lab}**  \n{v}\n')
        elif k == 'learning_outcomes':
            md.append(f'**{lab}**\n\n' + '\n'.join(f'{chr(97 + i)}. {x}' for i, x in enumerate(F[k])) + '\n')
        elif k == 'estimated_hours':
            md.append(f'**{lab}**  \n12 hours\n')
        elif k == 'expected_enrolment':
            md.append(f'**{lab}**  \n24\n')
        elif k == 'submission_date':
            md.append(f'**{lab}**  \n16 April 2026\n')
        elif k == 'existing_program_name':
            md.append(f'**{lab}**  \nNot applicable\n')
        else:
            md.append(f'**{lab}**  \n{F[k]}\n')
    src = os.path.join(WORK, 'h11.md')
    open(src, 'w').write('\n'.join(md))
    htm = os.path.join(WORK, 'h11.html')
    css = os.path.join(WORK, 'h11.css')
    open(css, 'w').write('body{font-family:"Liberation Serif";font-size:11pt} h1{font-size:16pt}')
    subprocess.run(['pandoc', '-s', src, '-o', htm, '--css', css, '--metadata', 'lang=en'], check=True)
    soffice(htm, out(name), 'pdf:writer_pdf_Export', 'HTML (StarWriter)')
    e = expected(F, '4', 'Printed form from a pandoc pipeline: Markdown -> standalone HTML (pandoc 2.17) -> PDF by '
                 'LibreOffice Writer 7.4. Bold label on one line, answer on the next (hard line break, same '
                 'paragraph); options printed as "**[x]** Hybrid" with the mark in bold and "[ ]" for the others, '
                 'comma-separated; outcomes as a lettered list "a." … "d."; "Not applicable" for the existing program '
                 '(= empty); hours "12 hours"; date "16 April 2026".')
    return name, e, ['[x] New micro-credential', '[x] Letter of support attached', '[x] Hybrid', '12 hours',
                     '16 April 2026', 'Not applicable']


# =====================================================================================================  H12
@doc
def h12():
    from fpdf import FPDF
    name = 'LP assisting concept form - printout (draft).pdf'
    F = {
        'proposal_title': 'Assisting with Lumbar Puncture: Set-up, Positioning and Specimen Handling',
        'proposer_name': 'Thandiwe Marchetti-Olsen',
        'proposer_title': 'Clinical Nurse Specialist, Neurosciences',
        'proposer_department': 'Neurology Unit, Fairhaven University Hospital',
        'proposer_email': 'tmarchetti-olsen@example.org',
        'proposer_phone': '604-555-0138',
        'request_type': 'micro_course',
        'target_learners': 'Registered nurses, clinical assistants and laboratory assistants who support lumbar '
                           'puncture at the bedside or in day units',
        'competencies': 'Preparing the sterile field and tray; positioning and supporting the patient; monitoring '
                        'during and after the procedure; labelling, sequencing and transporting CSF tubes; '
                        'post-procedure teaching',
        'learning_outcomes': ['Prepare a lumbar puncture tray and sterile field without contamination',
                              'Position and support a patient in lateral and seated positions',
                              'Collect, number and label CSF tubes in the order required by the laboratory',
                              'Deliver CSF specimens within the required time and temperature',
                              'Monitor the patient afterwards and teach warning signs of complications'],
        'competency_framework': 'Canadian Association of Neuroscience Nurses (CANN) core competencies',
        'summative_assessment': 'Simulated lumbar puncture assist on a task trainer, observed with a 22-item checklist; '
                                'specimens checked for correct order, labels and transport; plus a short written '
                                'quiz on post-procedure complications. Learners must pass all three parts, and anyone '
                                'who does not pass the observed assist repeats it within 30 days with a different '
                                'assessor.',
        'partner_name': 'Fairhaven University Hospital – Neurosciences Program',
        'partner_contact': 'Dr. Aurelio Nakamura-Boyd, anb@example.com',
        'endorsement_status': 'in_discussion',
        'education_plan_alignment': 'Offers a short interprofessional credential built with a clinical partner, as '
                                    'encouraged by the Education Plan.',
        'delivery_format': 'in_person',
        'estimated_hours': 4,
        'proposed_start': 'TBD – early 2027',
        'submission_date': '2026-04-27',
    }
    D = {'rationale': '', 'estimated_hours': '4', 'expected_enrolment': 'TBD', 'submission_date': '27.04.2026',
         'resources_required': '', 'existing_program_name': ''}
    pdf = FPDF(format='A4', unit='mm')
    pdf.add_font('DV', '', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf')
    pdf.add_font('DV', 'B', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf')
    pdf.set_auto_page_break(True, margin=22)

    class P(FPDF):
        pass
    def footer_cb():
        pass
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font('DV', 'B', 13)
    pdf.cell(0, 8, 'Micro-Course / Credential Concept Form (draft printout)', new_x='LMARGIN', new_y='NEXT')
    pdf.ln(2)
    LW = 55
    for k, lab, ans in std_rows(F, D, on='[X]', off='[ ]'):
        if isinstance(ans, list):
            ans = '\n'.join(f'{i}) {x}' for i, x in enumerate(ans, 1))
        y0 = pdf.get_y()
        if y0 > pdf.h - 40:
            pdf.add_page()
            y0 = pdf.get_y()
        pdf.set_font('DV', 'B', 8.5)
        pdf.set_xy(pdf.l_margin, y0)
        pdf.multi_cell(LW, 4.5, lab)
        yl = pdf.get_y()
        pdf.set_font('DV', '', 9)
        p0 = pdf.page_no()
        pdf.set_xy(pdf.l_margin + LW + 3, y0)
        pdf.multi_cell(pdf.w - pdf.l_margin - pdf.r_margin - LW - 3, 4.5, ans if ans else ' ')
        ya = pdf.get_y()
        pdf.set_y((max(yl, ya) if pdf.page_no() == p0 else ya) + 2)
        pdf.set_draw_color(200, 200, 200)
        pdf.line(pdf.l_margin, pdf.get_y() - 1, pdf.w - pdf.r_margin, pdf.get_y() - 1)
    # footers on every page
    n = pdf.page_no()
    for i in range(1, n + 1):
        pdf.page = i
        pdf.set_auto_page_break(False)
        pdf.set_font('DV', '', 7)
        pdf.set_xy(pdf.l_margin, pdf.h - 14)
        pdf.cell(0, 4, f'LP assisting – T. Marchetti-Olsen – DRAFT – page {i} of {n}', align='C')
    pdf.page = n
    pdf.output(out(name))
    e = expected(F, '4', 'Incomplete draft: the Rationale / Labour Market Need row is empty, so rationale is missing. '
                 'fpdf2 printout (A4, DejaVu) with the label in a left column and the answer wrapped in a right column '
                 '(no table, thin rules between rows); options "[X] Micro-course [ ] …"; long answers (outcomes "1)" … '
                 '"5)", a five-line summative assessment) wrap inside the right column while a two-line label sits '
                 'beside them; footer "… DRAFT – page 1 of 1"; expected enrolment "TBD" (not a number, absent); proposed start "TBD – early '
                 '2027" kept as written; date "27.04.2026".', missing=['rationale'])
    return name, e, ['[X] Micro-course', '[X] In discussion', '[X] In person', '27.04.2026']


# =====================================================================================================  H13
@doc
def h13():
    name = 'Surgical plume safety - concept form (typed with leaders).docx'
    F = {
        'proposal_title': 'Surgical Smoke (Plume) Safety for Perioperative Teams',
        'proposer_name': 'Linnea Abiodun-Carlsen',
        'proposer_title': 'Perioperative Educator',
        'proposer_department': 'Surgical Services, Northshore Community Hospital',
        'proposer_email': 'linnea.ac@example.com',
        'proposer_phone': '705-555-0147',
        'request_type': 'new',
        'target_learners': 'OR nurses, surgical technologists and anaesthesia assistants',
        'rationale': 'Ontario now requires smoke evacuation in operating rooms, but staff receive no structured '
                     'training on equipment, filters or exposure risks.',
        'competencies': 'Hazards of surgical plume; selection and set-up of smoke evacuation devices; filter '
                        'management; audit of compliance',
        'learning_outcomes': ['Explain the chemical and biological hazards of surgical plume',
                              'Set up and use an in-line and a portable smoke evacuator',
                              'Change and dispose of filters safely',
                              'Audit a theatre for compliance with the smoke evacuation policy'],
        'summative_assessment': 'Observed set-up in a mock OR scored with a checklist, and a compliance audit '
                                'report graded against a rubric.',
        'partner_name': 'Operating Room Nurses Association of Canada (ORNAC) – Ontario chapter',
        'partner_contact': 'Greta Oyediran, goyediran@example.com',
        'endorsement_status': 'confirmed',
        'education_plan_alignment': 'Supports safe, evidence-informed practice and responds to new regulation with a '
                                    'short credential.',
        'delivery_format': 'in_person',
        'estimated_hours': 3,
        'proposed_start': 'Sept. 2026',
        'expected_enrolment': 80,
        'submission_date': '2026-04-28',
    }
    D = {'request_type': '✔ New micro-credential', 'endorsement_status': '✔ Confirmed',
         'delivery_format': '✔ In person', 'estimated_hours': '3', 'expected_enrolment': '80',
         'submission_date': 'April 28th, 2026'}
    body = ''
    for k, lab, ans in std_rows(F, D):
        if isinstance(ans, list):
            body += rtf_par(lab, r'\f1\fs20\b', r'\sb100\sa20')
            for i, x in enumerate(ans, 1):
                body += rtf_par(f'{i}. {x}', r'\f1\fs20', r'\li3600\sa20')
            continue
        body += (r'\pard\plain\tqr\tldot\tx3500\tx3600\li3600\fi-3600\sb100\sa20 {\f1\fs20\b ' + rtf_esc(lab)
                 + r'}{\f1\fs20 \tab\tab ' + rtf_esc(ans) + r'}\par' + '\n')
    rtf = (RTF_HEAD + rtf_par('Micro-Course / Credential Concept Form', r'\f1\fs28\b', r'\sa200')
           + rtf_par('(typed copy – the fillable version would not save)', r'\f1\fs18\i\cf3', r'\sa200')
           + body + '}')
    rtf_to(rtf, out(name), 'h13', 'docx')
    e = expected(F, '4', 'Typed form without a table: each line is "Label ........ answer" – a right-aligned tab with '
                 'a DOT LEADER after the label, then the answer at 2.5 in with a hanging indent so long answers wrap '
                 'under the answer column (RTF with \\tldot tab stops, converted to DOCX by LibreOffice 7.4); only the '
                 'chosen options are typed, with a ✔ ("✔ In person"); outcomes on indented lines below their label; '
                 'start "Sept. 2026"; date "April 28th, 2026".')
    return name, e, ['✔ New micro-credential', '✔ Confirmed', '✔ In person', 'April 28th, 2026']


# =====================================================================================================  H14
@doc
def h14():
    name = 'Proposition - Évaluation de la conduite automobile après un AVC.docx'
    r1 = ('Après un accident vasculaire cérébral, la reprise de la conduite automobile est l’une des premières '
          'questions des patients. Les ergothérapeutes en réadaptation n’ont pas tous la formation pour faire une '
          'évaluation pré-route fiable.')
    r2 = ('Les listes d’attente des centres spécialisés dépassent six mois; une évaluation de base faite en '
          'clinique permettrait d’orienter seulement les cas complexes.')
    comps = ['Évaluation visuelle, cognitive et motrice liée à la conduite', 'Utilisation d’outils de dépistage '
             'validés', 'Communication de la recommandation au patient et au médecin',
             'Connaissance des obligations légales de déclaration']
    F = {
        'proposal_title': 'Évaluation pré-route de l’aptitude à conduire après un AVC',
        'proposer_name': 'Ophélie Nkurunziza-Lambert',
        'proposer_title': 'Ergothérapeute clinicienne',
        'proposer_department': 'Programme de réadaptation neurologique, Centre de réadaptation Les Érables',
        'proposer_email': 'o.nkurunziza-lambert@example.org',
        'proposer_phone': '819-555-0113',
        'request_type': 'new',
        'target_learners': 'Ergothérapeutes travaillant en réadaptation neurologique ou en soins de courte durée.',
        'rationale': r1 + ' ' + r2,
        'competencies': join_items(comps),
        'learning_outcomes': ['Réaliser une évaluation pré-route standardisée auprès d’une personne ayant subi un AVC',
                              'Interpréter les résultats des outils de dépistage et formuler une recommandation',
                              'Expliquer la recommandation et les obligations légales au patient'],
        'summative_assessment': 'Deux évaluations pré-route filmées, cotées par une ergothérapeute experte à l’aide '
                                'd’une grille, et un rapport écrit de recommandation.',
        'partner_name': 'Association québécoise des ergothérapeutes en conduite automobile',
        'partner_contact': 'Benoît Lafrenière-Osei (b.lafreniere@example.com)',
        'endorsement_status': 'letter_attached',
        'education_plan_alignment': 'La proposition répond aux priorités du plan d’enseignement : formations courtes '
                                    'axées sur les compétences, partenariats avec les milieux et accès aux soins.',
        'delivery_format': 'hybrid',
        'estimated_hours': 18,
        'proposed_start': 'automne 2027',
        'expected_enrolment': 30,
        'resources_required': 'Simulateur de conduite de table et trousses d’outils de dépistage',
        'submission_date': '2026-04-22',
    }
    md = f"""# {F['proposal_title']}

Proposition de nouveau microcertificat – Formation continue, Michener

*Le 22 avril 2026*

## Pourquoi ce projet

{r1}

{r2}

## À qui il s’adresse

{F['target_learners']}

## Ce que les participants apprendront à faire

### Compétences

""" + '\n'.join('* ' + c for c in comps) + """

### Résultats d’apprentissage

Au terme du microcertificat, la personne pourra :

""" + '\n'.join(f'{i}. {x}' for i, x in enumerate(F['learning_outcomes'], 1)) + f"""

## Comment nous vérifierons les acquis

{F['summative_assessment']}

## Partenaire

L’{F['partner_name']} appuie le projet; sa lettre d’appui est jointe. Personne-ressource : {F['partner_contact']}.

## Lien avec le plan d’enseignement

{F['education_plan_alignment']}

## Modalités

Formule hybride de 18 heures (12 h en ligne, 6 h en laboratoire), à partir de l’{F['proposed_start']}, pour une trentaine de participants par année (30). Ressources : {F['resources_required']}.

## Pour me joindre

{F['proposer_name']}, {F['proposer_title']}  
{F['proposer_department']}  
Courriel : {F['proposer_email']} – Tél. : {F['proposer_phone']}
"""
    pandoc(md, out(name), 'h14')
    e = expected(F, '5', 'French prose proposal written in Markdown and converted to DOCX by pandoc 2.17: headings in '
                 'the applicant\'s words ("Pourquoi ce projet", "À qui il s’adresse", "Comment nous vérifierons les '
                 'acquis", "Pour me joindre"), competencies and outcomes as Heading-3 sub-sections of one section; '
                 'request type only in the subtitle ("Proposition de nouveau microcertificat"); two-paragraph '
                 'rationale; partner and endorsement in one sentence ("sa lettre d’appui est jointe"); one "Modalités" '
                 'sentence with format, hours, start ("automne 2027", written "à partir de l’automne 2027") and '
                 'enrolment ("une trentaine … (30)"); contact block at the end; date "Le 22 avril 2026".')
    return name, e, ['Proposition de nouveau microcertificat', 'lettre d’appui est jointe', 'Formule hybride de 18 heures',
                     '(30)', 'Le 22 avril 2026']


# =====================================================================================================  H15
@doc
def h15():
    name = 'Memo to CE - pre-analytical errors micro-credential.docx'
    F = {
        'proposal_title': 'Getting It Right Before the Analyser: Pre-analytical Quality for Specimen Collectors',
        'proposer_name': 'Rashida Vandersloot-Ibekwe',
        'proposer_title': 'Quality Manager',
        'proposer_department': 'Regional Laboratory Services, Glenmore Health Network',
        'proposer_email': 'r.vandersloot@example.org',
        'proposer_phone': '905-555-0186',
        'request_type': 'new',
        'target_learners': 'specimen collectors, laboratory assistants and ward clerks who label and send specimens',
        'rationale': 'Pre-analytical errors – mislabelled, haemolysed, clotted or late specimens – account for about '
                     '70 % of laboratory errors in our network and cost roughly 4,000 recollections a year.',
        'competencies': 'patient identification and labelling at the bedside, order of draw and tube handling, '
                        'recognising and preventing haemolysis, and specimen transport and storage',
        'learning_outcomes': ['identify a patient with two identifiers and label specimens at the point of collection',
                              'follow the correct order of draw and mixing for each tube type',
                              'recognise conditions that cause haemolysis or clotting and prevent them',
                              'package and send specimens within stability limits'],
        'summative_assessment': 'an observed collection-and-labelling station scored with a checklist and a 25-item '
                                'online test (pass mark 80 %)',
        'partner_name': 'Glenmore Health Network',
        'partner_contact': 'Kofi Abernethy-Saar, VP Diagnostics (kabernethy@example.com)',
        'endorsement_status': 'confirmed',
        'education_plan_alignment': 'The credential supports the Education Plan priorities on patient safety and on '
                                    'flexible learning for the health workforce.',
        'delivery_format': 'online',
        'estimated_hours': 3,
        'proposed_start': 'as soon as possible (ideally September 2026)',
        'expected_enrolment': 400,
        'submission_date': '2026-04-29',
    }
    body = f"""<table border="0" cellpadding="2" width="100%"><col width="14%"><col width="86%">
<tr><td><b>To:</b></td><td>Continuing Education, Michener Institute (ce@michener.example)</td></tr>
<tr><td><b>From:</b></td><td>{h(F['proposer_name'])}, {h(F['proposer_title'])}, {h(F['proposer_department'])}</td></tr>
<tr><td><b>Date:</b></td><td>29 April 2026</td></tr>
<tr><td><b>Subject:</b></td><td>Micro-credential proposal – {h(F['proposal_title'])}</td></tr></table><hr>
<p>We propose a new micro-credential for {h(F['target_learners'])}.</p>
<p><u>The problem.</u> {h(F['rationale'])}</p>
<p><u>What it covers.</u> The credential covers {h(F['competencies'])}. On completion, learners will be able to
(1) {h(F['learning_outcomes'][0])}; (2) {h(F['learning_outcomes'][1])}; (3) {h(F['learning_outcomes'][2])}; and (4)
{h(F['learning_outcomes'][3])}.</p>
<p><u>Assessment.</u> Learners complete {h(F['summative_assessment'])}.</p>
<p><u>Partner.</u> {h(F['partner_name'])} has confirmed its endorsement; a letter can follow on request. Contact:
{h(F['partner_contact'])}.</p>
<p><u>Fit.</u> {h(F['education_plan_alignment'])}</p>
<p><u>Practicalities.</u> Fully online and self-paced, about three hours (3 h), to start {h(F['proposed_start'])};
we expect around 400 learners in the first year across the network.</p>
<p>Questions: {h(F['proposer_email'])} or {h(F['proposer_phone'])}.</p>
<p>R. V.-I.</p>"""
    html_to_docx(html_page('<p><font size="5"><b>MEMO</b></font></p>' + body, 'Memo'), out(name), 'h15')
    e = expected(F, '5', 'Memo written as HTML (To/From/Date/Subject table without borders, underlined run-in '
                 'headings) and converted to DOCX by LibreOffice 7.4. The title is only in the Subject line after '
                 '"Micro-credential proposal – "; the FROM line holds name, title and department separated by commas; '
                 'the learning outcomes are written INLINE "(1) …; (2) …; (3) …; and (4) …" (split into items, the '
                 'joining "and" dropped); competencies and assessment are phrases inside sentences ("The credential '
                 'covers …", "Learners complete …"); "has confirmed its endorsement; a letter can follow on request" = '
                 'confirmed; "Fully online …, about three hours (3 h)" -> online, 3; "around 400 learners in the first '
                 'year" -> 400; proposed start kept as written; email and phone in a closing "Questions:" line.')
    return name, e, ['new micro-credential', 'has confirmed its endorsement', 'Fully online', '(3 h)',
                     'around 400 learners', '29 April 2026']


# =====================================================================================================  H16
@doc
def h16():
    name = 'Gmail - Micro-credential idea_ smoking cessation counselling for RTs.pdf'
    F = {
        'proposal_title': 'Brief Tobacco Cessation Counselling for Respiratory Therapists',
        'proposer_name': 'Matteo Achebe-Lindqvist',
        'proposer_title': 'Respiratory Therapist and Certified Tobacco Educator',
        'proposer_department': 'Pulmonary Function Lab, Sandhill Memorial Hospital',
        'proposer_email': 'matteo.al@example.com',
        'proposer_phone': '306-555-0128',
        'request_type': 'micro_course',
        'target_learners': 'respiratory therapists in acute care, pulmonary function labs and home care',
        'rationale': 'RTs see smokers at the moment they are most open to quitting (an exacerbation, a PFT showing '
                     'COPD), yet most RTs have never practised a structured cessation conversation. Our health region '
                     'has set a target that every inpatient smoker is offered counselling.',
        'competencies': 'the 5 As / Ask-Advise-Connect model, motivational interviewing basics, nicotine replacement '
                        'options, and referral to quit lines',
        'learning_outcomes': ['Deliver a brief cessation intervention using Ask-Advise-Connect in under five minutes',
                              'Use at least three motivational interviewing techniques in a recorded role-play',
                              'Recommend appropriate nicotine replacement combinations for a given case'],
        'summative_assessment': 'Recorded standardized-patient encounter rated with the MITI coding tool plus a '
                                'case-based quiz on pharmacotherapy.',
        'partner_name': 'Prairie Lung Association',
        'partner_contact': 'Odessa Kwarteng-Berg',
        'endorsement_status': 'in_discussion',
        'education_plan_alignment': 'Supports the Plan\'s focus on prevention, interprofessional practice and short '
                                    'credentials for working clinicians.',
        'delivery_format': 'online',
        'estimated_hours': 6,
        'proposed_start': 'January 2027',
        'expected_enrolment': 120,
        'submission_date': '2026-04-14',
    }
    o = F['learning_outcomes']
    body = f"""<table width="100%" border="0"><tr><td><font face="DejaVu Sans" size="2" color="#555555">
<b>Gmail</b></font></td><td align="right"><font face="DejaVu Sans" size="2">Matteo Achebe-Lindqvist
&lt;{F['proposer_email']}&gt;</font></td></tr></table><hr>
<p><font face="DejaVu Sans" size="4">Micro-credential idea: smoking cessation counselling for RTs</font><br>
<font face="DejaVu Sans" size="1">1 message</font></p><hr>
<table width="100%" border="0"><tr><td><font face="DejaVu Sans" size="2"><b>Matteo Achebe-Lindqvist</b>
&lt;{F['proposer_email']}&gt;</font></td><td align="right"><font face="DejaVu Sans" size="2">Tue, Apr 14, 2026 at
3:05 PM</font></td></tr><tr><td colspan="2"><font face="DejaVu Sans" size="2">To: ce@michener.example</font></td>
</tr></table>
<font face="DejaVu Sans" size="2">
<p>Hello CE team,</p>
<p>I'd like to propose a micro-course called "{F['proposal_title']}", aimed at {F['target_learners']}.</p>
<p>Why: {h(F['rationale'])}</p>
<p>It would build {h(F['competencies'])}. After the course an RT should be able to: {h(o[0])}; {h(o[1])}; {h(o[2])}.</p>
<p>How we'd assess it: {h(F['summative_assessment'])}</p>
<p>Partner: I've been talking with the {F['partner_name']} (contact: {F['partner_contact']}) – they are interested
but nothing is signed yet.</p>
<p>Fit with Michener: {h(F['education_plan_alignment'])}</p>
<p>Logistics: online, six hours (6 h) in total, first offering January 2027, maybe 120 RTs a year.</p>
<p>Thanks,<br>Matteo<br>--<br>{F['proposer_name']}, RRT, CTE<br>{F['proposer_title']}<br>
{F['proposer_department']}<br>{F['proposer_phone']}</p></font>"""
    html_to_pdf(html_page(body, 'Gmail'), out(name), 'h16')
    e = expected(F, '5', 'A Gmail conversation printed to PDF (recreated as HTML and exported by LibreOffice: "Gmail" '
                 'banner with the account address, subject, "1 message", sender line with the date "Tue, Apr 14, 2026 '
                 'at 3:05 PM"). The body is informal prose with run-in labels ("Why:", "How we\'d assess it:", '
                 '"Logistics:"): title in quotation marks in the first sentence with the request type and the learners; '
                 'outcomes inline after a colon separated by semicolons; "they are interested but nothing is signed '
                 'yet" = in_discussion; the partner contact is a name only; "online, six hours (6 h) … maybe 120 RTs a '
                 'year"; the signature after "--" gives name (with "RRT, CTE"), title, department and phone; the '
                 'email address only in the header lines.')
    return name, e, ['micro-course', 'nothing is signed yet', 'online, six hours (6 h)', '120 RTs a year',
                     'Tue, Apr 14, 2026']


# =====================================================================================================  H17
@doc
def h17():
    name = 'FW_ proposal - cardiac rehab exercise prescription.docx'
    F = {
        'proposal_title': 'Exercise Prescription in Cardiac Rehabilitation',
        'proposer_name': 'Yusuf Henriksen-Adjei',
        'proposer_title': 'Clinical Exercise Physiologist',
        'proposer_department': 'Cardiac Rehabilitation Program, Lakehurst Hospital',
        'proposer_email': 'yusuf.ha@example.org',
        'proposer_phone': '416-555-0152',
        'request_type': 'new',
        'target_learners': 'Kinesiologists, physiotherapists and nurses who prescribe or supervise exercise in '
                           'cardiac rehabilitation programs',
        'rationale': 'Cardiac rehab programs are expanding to home-based and virtual models, and new staff often '
                     'prescribe exercise without using test results or risk stratification. Program directors want a '
                     'credential that shows staff can write safe, individualised prescriptions.',
        'competencies': 'Risk stratification; interpreting exercise stress test results; FITT prescription for '
                        'aerobic and resistance training; monitoring and progression',
        'learning_outcomes': ['Stratify a patient\'s risk using CACPR criteria',
                              'Set a training heart-rate range from a stress test',
                              'Write and progress an individualised FITT prescription',
                              'Recognise signs that require stopping exercise'],
        'competency_framework': 'Canadian Association of Cardiovascular Prevention and Rehabilitation (CACPR) '
                                'competencies',
        'summative_assessment': 'Three written case prescriptions marked with a rubric and an observed supervised '
                                'session with a real patient.',
        'partner_name': 'Lakehurst Hospital Cardiac Rehabilitation Program',
        'partner_contact': 'Dr. Imogen Castellano-Reyes, icastellano@example.com',
        'endorsement_status': 'letter_attached',
        'education_plan_alignment': 'It reflects the Education Plan emphasis on interprofessional, competency-based '
                                    'learning built with clinical partners.',
        'delivery_format': 'hybrid',
        'estimated_hours': 15,
        'proposed_start': 'Fall 2026',
        'expected_enrolment': 40,
        'resources_required': 'Exercise lab with a treadmill and cycle ergometer for one day',
        'submission_date': '2026-04-20',
    }
    o = F['learning_outcomes']
    body = f"""<p><b>From:</b> Harriet Obuya-Lindgren &lt;h.obuya-lindgren@example.org&gt;<br>
<b>Sent:</b> Tuesday, April 21, 2026 8:47 AM<br><b>To:</b> CE Mailbox &lt;ce@michener.example&gt;<br>
<b>Subject:</b> FW: proposal - cardiac rehab exercise prescription</p>
<p>Hi – forwarding on behalf of Yusuf, who is on leave this week. I support this as his manager. Please reply to him
directly.</p>
<p>Harriet Obuya-Lindgren<br>Manager, Cardiac Rehabilitation, Lakehurst Hospital<br>416-555-0150</p>
<p>-----Original Message-----<br><b>From:</b> {F['proposer_name']} &lt;{F['proposer_email']}&gt;<br>
<b>Sent:</b> Monday, April 20, 2026 4:12 PM<br><b>To:</b> Harriet Obuya-Lindgren &lt;h.obuya-lindgren@example.org&gt;<br>
<b>Subject:</b> proposal - cardiac rehab exercise prescription</p>
<p>Harriet, here is the micro-credential proposal we discussed – could you send it to CE?</p>
<p><b>Title:</b> {F['proposal_title']} (a new micro-credential)</p>
<p><b>For:</b> {h(F['target_learners'])}</p>
<p><b>Need:</b> {h(F['rationale'])}</p>
<p><b>Skills:</b> {h(F['competencies'])}</p>
<p><b>Outcomes:</b> learners will be able to</p><ul>{''.join(f'<li>{h(x)}</li>' for x in o)}</ul>
<p><b>Framework:</b> {h(F['competency_framework'])}</p>
<p><b>Assessment:</b> {h(F['summative_assessment'])}</p>
<p><b>Partner:</b> {h(F['partner_name'])} – letter of support attached (signed by {h(F['partner_contact'])}).</p>
<p><b>Education Plan:</b> {h(F['education_plan_alignment'])}</p>
<p><b>Format / hours / start / numbers:</b> hybrid / 15 h / {F['proposed_start']} / about 40 a year</p>
<p><b>Resources:</b> {h(F['resources_required'])}</p>
<p>Yusuf<br>{F['proposer_name']} | {F['proposer_title']} | {F['proposer_department']} | {F['proposer_phone']}</p>"""
    html_to_docx(html_page(body, 'FW'), out(name), 'h17')
    e = expected(F, '5', 'A FORWARDED email saved as DOCX (recreated as HTML and converted by LibreOffice): the '
                 'manager who forwards it (Harriet Obuya-Lindgren, her own email, title and phone) is NOT the proposer; '
                 'the proposer is the sender of the "-----Original Message-----" part, whose name and email are in its '
                 'From: line and whose title, department and phone are in the " | "-separated signature. Short run-in '
                 'labels ("Title:", "For:", "Need:", "Skills:"); "(a new micro-credential)" after the title; partner '
                 'line "– letter of support attached (signed by <contact>)"; "Format / hours / start / numbers: hybrid '
                 '/ 15 h / Fall 2026 / about 40 a year" (four fields on one line); submission date = the original '
                 'message\'s Sent date (Monday, April 20, 2026), not the forward\'s.')
    return name, e, ['(a new micro-credential)', 'letter of support attached', 'hybrid / 15 h / Fall 2026 / about 40 a year',
                     'Monday, April 20, 2026']


# =====================================================================================================  H18
@doc
def h18():
    name = 'Paediatric asthma education - our responses.docx'
    F = {
        'proposal_title': 'Paediatric Asthma Education for Community Pharmacists',
        'proposer_name': 'Chidinma Rautio-Bello',
        'proposer_title': 'Pharmacist and Certified Respiratory Educator',
        'proposer_department': 'Rautio-Bello Community Pharmacy',
        'proposer_email': 'crautio-bello@example.com',
        'proposer_phone': '709-555-0143',
        'request_type': 'micro_course',
        'target_learners': 'Community pharmacists and pharmacy technicians who counsel families of children with '
                           'asthma',
        'rationale': 'Emergency visits for paediatric asthma remain high in our province, and most are linked to poor '
                     'inhaler technique or missing controller medication. Pharmacies see these families every month '
                     'but staff are not trained to teach spacer use to young children.',
        'competencies': 'Assessing asthma control in children; teaching inhaler and spacer technique by age; '
                        'writing and explaining an asthma action plan; knowing when to refer',
        'learning_outcomes': ['Assess asthma control with the Childhood Asthma Control Test',
                              'Teach a parent and child correct spacer technique with a mask or mouthpiece',
                              'Complete an asthma action plan with a family',
                              'Identify red flags that require referral to a physician'],
        'summative_assessment': 'Observed counselling session with a standardized parent and child, scored with a '
                                'checklist, and a short written case.',
        'partner_name': 'Atlantic Pharmacists Network',
        'partner_contact': 'Lorcan Ibekwe-Hart, libekwe-hart@example.com',
        'endorsement_status': 'none',
        'education_plan_alignment': 'Extends Michener’s reach into community practice with a short, competency-based '
                                    'course.',
        'delivery_format': 'online',
        'estimated_hours': 2,
        'proposed_start': 'Spring 2027',
        'expected_enrolment': 300,
        'submission_date': '2026-04-26',
    }
    Q = lambda t: rtf_par(t, r'\f4\fs22\b\cf2', r'\sb200\sa60')
    A = lambda t: rtf_par(t, r'\f4\fs22', r'\li360\sa60')
    S = lambda l, t: (r'\pard\plain\li720\sa40 {\f4\fs22\i ' + rtf_esc(l) + r'} {\f4\fs22 ' + rtf_esc(t) + r'}\par'
                      + '\n')
    o = F['learning_outcomes']
    body = (Q('1. What is your course called, and what kind of request is this?')
            + S('1a. Title –', F['proposal_title'])
            + S('1b. Kind –', 'a micro-course (not a full micro-credential)')
            + Q('2. About you')
            + A(f'{F["proposer_name"]}, {F["proposer_title"]}, {F["proposer_department"]}; {F["proposer_email"]}; '
                f'{F["proposer_phone"]}')
            + Q('3. Who is it for and why do they need it?')
            + S('3a. Learners –', F['target_learners'])
            + S('3b. Need –', F['rationale'])
            + Q('4. What will they learn?')
            + S('4a. Competencies –', F['competencies'])
            + S('4b. Outcomes – participants will be able to:', '')
            + ''.join(rtf_par(f'({chr(105) if i == 0 else ["i", "ii", "iii", "iv"][i]}) {x}', r'\f4\fs22',
                              r'\li1080\sa20') for i, x in enumerate(o))
            + Q('5. How will you know they learned it?')
            + A(F['summative_assessment'])
            + Q('6. Who is your partner and have they endorsed it?')
            + A(f'{F["partner_name"]} ({F["partner_contact"]}). No endorsement yet – we have not asked them formally.')
            + Q("7. How does it fit Michener's Education Plan?")
            + A(F['education_plan_alignment'])
            + Q('8. Delivery, length, start and numbers')
            + A('Online, self-paced: 2 hours. Start: Spring 2027. We expect 300 learners a year across the network.')
            + Q('9. Date')
            + A('26 April 2026'))
    rtf = (RTF_HEAD + rtf_par('Responses to the CE concept questions', r'\f4\fs32\b', r'\sa120')
           + rtf_par('Paediatric asthma education – micro-course proposal', r'\f4\fs22\i\cf3', r'\sa200') + body + '}')
    rtf_to(rtf, out(name), 'h18', 'docx')
    e = expected(F, '5', 'Retyped Q&A written as RTF (Georgia, blue bold questions) and converted to DOCX by '
                 'LibreOffice 7.4: numbered questions in the applicant\'s own words with lettered sub-parts in '
                 'italics ("1a. Title –", "3b. Need –"); the "About you" answer is one line "name, title, pharmacy; '
                 'email; phone"; request type "a micro-course (not a full micro-credential)"; outcomes numbered with '
                 'roman numerals "(i)" … "(iv)"; partner named with contact in brackets and "No endorsement yet – we '
                 'have not asked them formally." (= none); "Online, self-paced: 2 hours. Start: Spring 2027. We expect '
                 '300 learners a year …"; date "26 April 2026".')
    return name, e, ['a micro-course (not a full micro-credential)', 'No endorsement yet', 'Online, self-paced: 2 hours',
                     '300 learners a year', '26 April 2026']


# =====================================================================================================  H19
@doc
def h19():
    from odp import slide_pdf
    name = 'Pitch - Remote monitoring for heart failure.pdf'
    F = {
        'proposal_title': 'Remote Patient Monitoring for Heart Failure',
        'proposer_name': 'Annika Obi-Thorsen',
        'proposer_title': 'Nurse Practitioner, Heart Function Clinic',
        'proposer_department': 'Eastvale Health Partners',
        'proposer_email': 'annika.obi-thorsen@example.org',
        'proposer_phone': '613-555-0191',
        'request_type': 'new',
        'target_learners': 'RNs, RPNs and pharmacists who review remote monitoring dashboards',
        'rationale': 'Remote monitoring cuts heart failure readmissions, but alerts are missed or over-escalated when '
                     'staff are untrained.',
        'competencies': 'Triage of weight, BP and symptom alerts; diuretic titration protocols; coaching by phone; '
                        'documentation',
        'learning_outcomes': ['Triage remote monitoring alerts using a standard algorithm',
                              'Apply a diuretic titration protocol under medical directive',
                              'Coach a patient by phone on self-care and warning signs'],
        'summative_assessment': 'Simulated dashboard shift: 12 alerts triaged and documented, scored by an NP',
        'partner_name': 'Eastvale Health Partners',
        'partner_contact': 'Dr. Rowan Achterberg (rachterberg@example.com)',
        'endorsement_status': 'confirmed',
        'education_plan_alignment': 'Virtual care and workforce upskilling – two Education Plan priorities',
        'delivery_format': 'online',
        'estimated_hours': 8,
        'proposed_start': 'Q1 2027',
        'expected_enrolment': 60,
        'submission_date': '2026-04-23',
    }
    navy, grey, pale = '#7b2c2c', '#303030', '#f7ece8'

    def box(x, y, w, hh, head, lines, size=10.5):
        return {'x': x, 'y': y, 'w': w, 'h': hh, 'fill': pale,
                'paras': [(head, 11, True, navy, False)] + [(t, size, False, grey, False) for t in lines]}
    frames = [
        {'x': 0, 'y': 0, 'w': 33.867, 'h': 2.8, 'fill': navy,
         'paras': [(F['proposal_title'], 26, True, '#ffffff', False),
                   ('New micro-credential · concept pitch · 23 April 2026', 11, False, '#ffffff', False)]},
        box(0.8, 3.2, 16, 3.2, 'Who', [F['target_learners']]),
        box(17.2, 3.2, 15.9, 3.2, 'Problem', [F['rationale']]),
        box(0.8, 6.7, 16, 4.6, 'Skills → outcomes', [F['competencies']] + ['→ ' + x for x in F['learning_outcomes']]),
        box(17.2, 6.7, 15.9, 4.6, 'Assessment', [F['summative_assessment']]),
        box(0.8, 11.6, 10.4, 4.9, 'Partner', [F['partner_name'] + ' – endorsement confirmed',
                                              'Contact: ' + F['partner_contact']]),
        box(11.5, 11.6, 10.4, 4.9, 'Why Michener', [F['education_plan_alignment']]),
        box(22.2, 11.6, 10.9, 4.9, 'Numbers', ['Online', '8 hours', 'Launch Q1 2027', '≈ 60 learners / year']),
        {'x': 0.8, 'y': 16.9, 'w': 32.3, 'h': 1.6, 'paras': [
            (f"{F['proposer_name']} · {F['proposer_title']} · {F['proposer_department']} · {F['proposer_email']} · "
             f"{F['proposer_phone']}", 10, False, grey, False)]},
    ]
    slide_pdf(frames, out(name), 'h19')
    e = expected(F, '5', 'A one-slide pitch (16:9 page with text frames, flat ODT exported to PDF by LibreOffice): '
                 'headings "Who", "Problem", "Skills → outcomes", "Why Michener", "Numbers"; the competencies line and '
                 'the outcomes ("→ …" lines) share ONE box (competencies = the first line, outcomes = the arrow '
                 'lines); the Partner box says "– endorsement confirmed" and gives the contact; the Numbers box lists '
                 'format, hours, launch and enrolment on separate lines ("≈ 60 learners / year"); request type and date '
                 'only in the title band; contact details in one "·"-separated footer line.')
    return name, e, ['New micro-credential', 'endorsement confirmed', '8 hours', 'Launch Q1 2027',
                     '≈ 60 learners / year', '23 April 2026']


# =====================================================================================================  H20
@doc
def h20():
    name = 'Letter to CE - vestibular rehabilitation micro-credential.docx'
    F = {
        'proposal_title': 'Vestibular Rehabilitation: Assessment and Canalith Repositioning',
        'proposer_name': 'Henrietta Oduya-Carlsson',
        'proposer_title': 'Physiotherapist, Vestibular Clinic Lead',
        'proposer_department': 'Balance and Dizziness Clinic, Riverbend Physiotherapy',
        'proposer_email': 'henrietta@riverbend-physio.example.com',
        'proposer_phone': '250-555-0175',
        'request_type': 'new',
        'target_learners': 'physiotherapists in outpatient and private practice who see patients with dizziness',
        'rationale': 'Benign paroxysmal positional vertigo is the most common cause of dizziness and can usually be '
                     'treated in one visit, yet patients wait months for a vestibular specialist. Most '
                     'physiotherapists had only a lecture on it at school.',
        'competencies': 'the bedside vestibular examination, positional testing, canalith repositioning manoeuvres for '
                        'posterior and horizontal canal BPPV, and red-flag screening for central causes',
        'learning_outcomes': ['Perform a bedside vestibular and oculomotor examination',
                              'Identify the affected canal from positional test findings',
                              'Treat posterior and horizontal canal BPPV with the appropriate manoeuvre',
                              'Recognise findings that suggest a central cause and refer urgently'],
        'summative_assessment': 'a practical exam on a standardized patient with video-goggle recordings, marked by '
                                'two vestibular physiotherapists',
        'endorsement_status': 'none',
        'education_plan_alignment': 'This would be exactly the kind of short, practice-focused credential for working '
                                    'clinicians that the Education Plan describes.',
        'delivery_format': 'hybrid',
        'estimated_hours': 14,
        'proposed_start': 'spring 2027',
        'expected_enrolment': 32,
        'resources_required': 'two plinths that tilt, and video Frenzel goggles (we can lend ours)',
        'submission_date': '2026-04-25',
    }
    P = lambda t, p=r'\sa160\qj': rtf_par(t, r'\f0\fs23', p)
    o = F['learning_outcomes']
    hdr = (r'{\header\pard\plain\qr{\f1\fs26\b\cf2 RIVERBEND PHYSIOTHERAPY}\par\pard\plain\qr{\f1\fs16\cf3 '
           + rtf_esc('Balance and Dizziness Clinic · 88 Ferry Road, Kamloops BC · ' + F['proposer_phone'] + ' · '
                     + F['proposer_email']) + r'}\par}' + '\n')
    rtf = (RTF_HEAD + hdr
           + P('25 April 2026', r'\sa240')
           + P('Continuing Education\nMichener Institute of Education', r'\sa240')
           + P('Dear colleagues,')
           + P(f'I am writing to propose a new micro-credential, “{F["proposal_title"]}”, for '
               f'{F["target_learners"]}.')
           + P(F['rationale'])
           + P(f'Learners would develop {F["competencies"]}. At the end they should be able to:')
           + ''.join(rtf_par(f'•\t{x}', r'\f0\fs23', r'\li720\fi-360\tx720\sa40') for x in o)
           + P(f'Competence would be demonstrated through {F["summative_assessment"]}.', r'\sb120\sa160\qj')
           + P('We have not yet approached an employer or industry partner; I would welcome advice from your office '
               f'on who might endorse it. {F["education_plan_alignment"]}')
           + P(f'I imagine a hybrid course of about 14 hours (online theory and a weekend lab), starting in '
               f'{F["proposed_start"]} with two cohorts of 16 (32 a year). We would need '
               f'{F["resources_required"]}.')
           + P('With thanks,', r'\sa480')
           + P(f'{F["proposer_name"]}\n{F["proposer_title"]}\n{F["proposer_department"]}', r'\sa0') + '}')
    rtf_to(rtf, out(name), 'h20', 'docx')
    e = expected(F, '5', 'Incomplete: no partner is named ("We have not yet approached an employer or industry '
                 'partner"), so partner_name is missing; that sentence also answers the endorsement (none). A proposal '
                 'LETTER written as RTF and converted to DOCX by LibreOffice: the letterhead in the page header carries '
                 'the clinic address, the proposer\'s phone and email (the email is only there); name, title and '
                 'clinic in the signature; title in curly quotes inside the first sentence with request type and '
                 'learners; competencies and assessment as phrases inside sentences; bullet "•<TAB>" outcomes typed by '
                 'hand; "a hybrid course of about 14 hours …, starting in spring 2027 with two cohorts of 16 (32 a '
                 'year)"; date "25 April 2026".', missing=['partner_name'])
    return name, e, ['new micro-credential', 'We have not yet approached', 'hybrid course of about 14 hours',
                     '(32 a year)', '25 April 2026']


# =====================================================================================================  H21
@doc
def h21():
    import subprocess
    name = 'Radiation therapy skin care - proposal.pdf'
    F = {
        'proposal_title': 'Radiation Dermatitis: Assessment and Skin Care',
        'proposer_name': 'Oluwadamilare Steensma',
        'proposer_title': 'Radiation Therapist, Patient Care Specialist',
        'proposer_department': 'Radiation Oncology, Silverlake Cancer Centre',
        'proposer_email': 'o.steensma@example.org',
        'proposer_phone': '519-555-0114',
        'request_type': 'micro_course',
        'target_learners': 'Radiation therapists and oncology nurses who see patients at weekly review clinics.',
        'rationale': 'Almost every patient treated for breast or head and neck cancer develops radiation dermatitis. '
                     'Advice given to patients varies from one clinician to the next, and grading is inconsistent, so '
                     'escalation happens late. A shared, assessed standard would fix that.',
        'competencies': 'Grading skin reactions with the RTOG/CTCAE scales; evidence-based skin care advice; dressing '
                        'selection for moist desquamation; recognising infection',
        'learning_outcomes': ['Grade radiation skin reactions consistently using CTCAE v5',
                              'Give evidence-based skin care advice at each stage of treatment',
                              'Choose dressings for moist desquamation and know when to escalate'],
        'competency_framework': 'MASCC skin toxicity guidelines',
        'summative_assessment': 'Photo-grading test (agreement with expert panel ≥ 80 %) and an observed review-clinic '
                                'consultation scored with a checklist.',
        'partner_name': 'Silverlake Cancer Centre',
        'partner_contact': 'Beatrix Nwosu-Falk, Manager of Radiation Therapy, bnwosu-falk@example.com',
        'endorsement_status': 'letter_attached',
        'education_plan_alignment': 'Supports consistent, person-centred care and interprofessional learning, both '
                                    'named in the Education Plan.',
        'delivery_format': 'online',
        'estimated_hours': 4,
        'proposed_start': 'January 2027',
        'expected_enrolment': 140,
        'submission_date': '2026-04-30',
    }
    glance = f"""<table border="1" cellspacing="0" cellpadding="5" width="100%"><col width="14%"><col width="40%"><col width="16%"><col width="30%">
<tr><th colspan="4" bgcolor="#dbe5f1">Proposal at a glance</th></tr>
<tr><td><b>Proposer</b></td><td>{h(F['proposer_name'])}</td><td><b>Role</b></td><td>{h(F['proposer_title'])}</td></tr>
<tr><td><b>Unit</b></td><td colspan="3">{h(F['proposer_department'])}</td></tr>
<tr><td><b>Email</b></td><td>{F['proposer_email']}</td><td><b>Phone</b></td><td>{F['proposer_phone']}</td></tr>
<tr><td><b>Type</b></td><td>Micro-course</td><td><b>Format</b></td><td>Online (asynchronous)</td></tr>
<tr><td><b>Hours</b></td><td>4</td><td><b>Learners / year</b></td><td>about 140</td></tr>
<tr><td><b>Start</b></td><td>{F['proposed_start']}</td><td><b>Submitted</b></td><td>30 April 2026</td></tr>
</table>"""
    md = f"""---
title: "{F['proposal_title']}"
subtitle: "A proposal to Michener Continuing Education"
---

```{{=html}}
{glance}
```

## The learners

{F['target_learners']}

## Why it matters

{F['rationale']}

## Skills and outcomes

The course concentrates on four skills: {F['competencies']}.

After completing it, participants will:

""" + '\n'.join(f'- {x}' for x in F['learning_outcomes']) + f"""

These map to the {F['competency_framework']}.

## Proving competence

{F['summative_assessment']}

## Support from practice

{F['partner_name']} endorses the course; a signed letter of support is attached. Contact: {F['partner_contact']}.

## Strategic fit

{F['education_plan_alignment']}
"""
    src = os.path.join(WORK, 'h21.md')
    open(src, 'w').write(md)
    htm = os.path.join(WORK, 'h21.html')
    css = os.path.join(WORK, 'h21.css')
    open(css, 'w').write('body{font-family:"DejaVu Serif";font-size:10.5pt}')
    subprocess.run(['pandoc', '-s', src, '-o', htm, '--css', css], check=True)
    soffice(htm, out(name), 'pdf:writer_pdf_Export', 'HTML (StarWriter)')
    e = expected(F, '5', 'Retyped proposal made through pandoc (Markdown with a raw-HTML block -> standalone HTML) and '
                 'printed to PDF by LibreOffice: a "Proposal at a glance" box (four-column table with a merged heading '
                 'row and a merged "Unit" cell) holds proposer, role, unit, email, phone, type, format "Online '
                 '(asynchronous)", hours, learners per year "about 140", start and date "30 April 2026"; the rest is '
                 'prose under headings in the applicant\'s words ("The learners", "Why it matters", "Proving '
                 'competence", "Support from practice", "Strategic fit"); competencies in a sentence after "four '
                 'skills:"; outcomes as bullets after a lead-in; the framework in a sentence ("These map to the …").')
    return name, e, ['Micro-course', 'Online (asynchronous)', 'about 140', '30 April 2026',
                     'signed letter of support is attached']


# =====================================================================================================  H22
@doc
def h22():
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.section import WD_ORIENT
    name = 'AED program coordination - concept (working table).docx'
    F = {
        'proposal_title': 'Coordinating a Public-Access Defibrillation Program',
        'proposer_name': 'Ezinne Valdés-Thornbury',
        'proposer_title': 'Paramedic Educator',
        'proposer_department': 'Community Programs, Westfield Paramedic Service',
        'proposer_email': 'e.valdes-thornbury@example.com',
        'proposer_phone': '905-555-0199',
        'request_type': 'new',
        'target_learners': 'Workplace health and safety officers, recreation facility managers and paramedic '
                           'community educators',
        'rationale': 'Municipal by-laws now require AEDs in many public buildings, but nobody is trained to manage '
                     'them: batteries and pads expire, registries are out of date, and staff do not know where the '
                     'device is.',
        'competencies': 'AED placement planning; device maintenance and registry upkeep; training and drills for '
                        'lay responders; post-event review',
        'learning_outcomes': ['Plan AED placement for a facility using response-time targets',
                              'Set up an inspection and maintenance schedule and keep the registry current',
                              'Run a lay-responder drill and debrief it',
                              'Complete a post-event review after an AED use'],
        'summative_assessment': 'Learners submit a complete AED program plan for a real facility, graded with a '
                                'rubric, and run a timed drill observed by a paramedic educator.',
        'partner_name': 'Westfield Paramedic Service',
        'partner_contact': 'Deputy Chief Marcus Oyelaran-Finn, moyelaran-finn@example.com',
        'endorsement_status': 'letter_attached',
        'education_plan_alignment': 'Extends Michener into community safety partnerships with a short, practical '
                                    'credential.',
        'delivery_format': 'hybrid',
        'estimated_hours': 10,
        'proposed_start': 'October 2026',
        'expected_enrolment': 75,
        'resources_required': 'AED trainers (6) and a room for drills',
        'submission_date': '2026-04-27',
    }
    rows = [
        ('What is it called?', F['proposal_title'], 'short title OK?'),
        ('Who is proposing it?', f"{F['proposer_name']} – {F['proposer_title']}", ''),
        ('Which organization?', F['proposer_department'], 'use full service name'),
        ('How to reach you', f"{F['proposer_email']} / {F['proposer_phone']}", 'cell is better after 5 pm'),
        ('New, conversion or micro-course?', 'New micro-credential', 'checked with Yusra – new is right'),
        ('For whom?', F['target_learners'], ''),
        ('Why now?', F['rationale'], 'add numbers from 2025 audit?'),
        ('Skills', F['competencies'], ''),
        ('Learners will be able to…', F['learning_outcomes'], 'maybe drop the 4th one?'),
        ('How we check they can', F['summative_assessment'], 'rubric draft in shared drive'),
        ('Partner', F['partner_name'], 'Heart & Stroke also interested – not asked yet'),
        ('Partner contact', F['partner_contact'], ''),
        ('Endorsed?', 'Yes – letter attached', 'signed 24 April'),
        ('Fit with the Education Plan', F['education_plan_alignment'], ''),
        ('Format', 'Hybrid', 'online theory + one drill day'),
        ('Hours', '10', 'was 12 in first draft'),
        ('Start', F['proposed_start'], ''),
        ('People per year', '75', 'three cohorts of 25'),
        ('What we need', F['resources_required'], ''),
        ('Date', '27 April 2026', ''),
    ]
    d = Document()
    s = d.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    d.styles['Normal'].font.name = 'Verdana'
    d.styles['Normal'].font.size = Pt(9)
    d.add_heading('AED program coordination – concept form answers (working copy)', 2)
    t = d.add_table(rows=1, cols=3)
    t.style = 'Light Grid Accent 1'
    for c, txt in zip(t.rows[0].cells, ('Question', 'Our answer', 'Notes to self (delete before sending)')):
        c.paragraphs[0].add_run(txt).bold = True
    for q, a, n in rows:
        r = t.add_row()
        r.cells[0].text = q
        if isinstance(a, list):
            r.cells[1].paragraphs[0].text = a[0]
            r.cells[1].paragraphs[0].style = 'List Number'
            for x in a[1:]:
                r.cells[1].add_paragraph(x, style='List Number')
        else:
            r.cells[1].text = a
        run = r.cells[2].paragraphs[0].add_run(n)
        run.italic = True
        run.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    for r in t.rows:
        r.cells[0].width, r.cells[1].width, r.cells[2].width = Cm(5), Cm(14), Cm(6)
    d.save(out(name))
    e = expected(F, '5', 'Retyped into a THREE-column working table (python-docx, landscape, "Light Grid Accent 1"): '
                 'question in the applicant\'s words | answer | "Notes to self (delete before sending)" in red italics. '
                 'Only the middle column holds values; the notes column contains distractors that look like answers '
                 '("Heart & Stroke also interested – not asked yet", "was 12 in first draft", "three cohorts of 25", '
                 '"signed 24 April") and must be ignored. Name and title in one cell "name – title"; email and phone '
                 'in one cell "email / phone"; outcomes as Word-numbered paragraphs (List Number); "Yes – letter '
                 'attached"; date "27 April 2026".')
    return name, e, ['New micro-credential', 'Yes – letter attached', 'Hybrid', '27 April 2026']


# =====================================================================================================  H23
@doc
def h23():
    from fpdf import FPDF
    name = 'FAX_20260428_1432_0001.pdf'
    F = {
        'proposal_title': 'Safe Infant Sleep Counselling for Public Health Nurses',
        'proposer_name': 'Marisol Achterberg-Oni',
        'proposer_title': 'Public Health Nurse Manager',
        'proposer_department': 'Healthy Families Program, Northridge Public Health Unit',
        'proposer_email': 'm.achterberg-oni@example.org',
        'proposer_phone': '807-555-0133',
        'request_type': 'micro_course',
        'target_learners': 'Public health nurses and home visitors who support families with infants',
        'rationale': 'Sleep-related infant deaths in the region have not fallen in five years. Home visitors give '
                     'inconsistent advice and avoid difficult conversations about bed-sharing.',
        'competencies': 'Current safe sleep evidence; non-judgemental counselling on bed-sharing; home safety '
                        'assessment; documentation',
        'learning_outcomes': ['Explain the ABCs of safe sleep and the evidence behind them',
                              'Counsel a family about bed-sharing risks without judgement',
                              'Assess an infant sleep environment during a home visit'],
        'summative_assessment': 'Recorded role-play with a standardized parent scored with a counselling checklist',
        'partner_name': 'Northridge Public Health Unit',
        'partner_contact': 'Dr. Kwame Lindholm, kl@example.com',
        'endorsement_status': 'confirmed',
        'education_plan_alignment': 'Community health and prevention; short competency-based learning',
        'delivery_format': 'online',
        'estimated_hours': 3,
        'proposed_start': 'September 2026',
        'expected_enrolment': 70,
        'submission_date': '2026-04-28',
    }
    D = {'estimated_hours': '3', 'expected_enrolment': '70', 'submission_date': '28/04/2026'}
    pdf = FPDF(format='Letter', unit='mm')
    pdf.add_font('DV', '', '/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf')
    pdf.add_font('DV', 'B', '/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf')
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    pdf.set_font('DV', 'B', 12)
    pdf.cell(0, 7, 'MICRO-COURSE / CREDENTIAL CONCEPT FORM', new_x='LMARGIN', new_y='NEXT')
    pdf.set_font('DV', '', 8)
    pdf.cell(0, 5, 'Fax to CE office · 3 pages incl. cover', new_x='LMARGIN', new_y='NEXT')
    pdf.ln(3)
    for k, lab, ans in std_rows(F, D, on='[X]', off='[ ]'):
        if isinstance(ans, list):
            ans = '\n'.join(f'- {x}' for x in ans)
        pdf.set_font('DV', 'B', 9)
        pdf.multi_cell(0, 4.6, lab + ':')
        pdf.set_font('DV', '', 9)
        pdf.set_x(pdf.l_margin + 6)
        pdf.multi_cell(0, 4.6, ans if ans else '-')
        pdf.ln(1.5)
    src = os.path.join(ROUND, '_make', 'src_' + os.path.splitext(name)[0] + '.pdf')
    pdf.output(src)
    scan_pdf(src, out(name), dpi=100, angle=0.7, noise=0.015, seed=23, bilevel=True)
    e = expected(F, '6', 'Faxed form: a "Label:" / answer printout in a monospaced font (fpdf2), rendered at 100 dpi, '
                 'rotated 0.7°, speckled and thresholded to BLACK-AND-WHITE like a fax, two image-only pages in a PDF '
                 '(no text layer) -> manual review; unanswered rows show "-"; fields are what a person reads on the '
                 'page (source kept as _make/src_FAX_20260428_1432_0001.pdf).', manual=True)
    return name, e, ['[X] Micro-course', '[X] Confirmed', '[X] Online', '28/04/2026']


# =====================================================================================================  H24
@doc
def h24():
    name = 'Scan 2026-04-29 11_03_17.pdf'
    F = {
        'proposal_title': 'Extreme Heat Preparedness for Home Care Workers',
        'proposer_name': 'Torvald Mensah-Ruiz',
        'proposer_title': 'Emergency Preparedness Coordinator',
        'proposer_department': 'Harbourside Home and Community Care',
        'proposer_email': 'tmensah-ruiz@example.com',
        'proposer_phone': '604-555-0108',
        'request_type': 'new',
        'target_learners': 'home support workers and visiting nurses',
        'rationale': 'The 2021 heat dome showed that older people living alone were most at risk, and home care staff '
                     'were the only regular visitors for many of them.',
        'competencies': 'recognising heat illness, checking indoor temperature and cooling options, and escalating '
                        'urgently',
        'learning_outcomes': ['Recognise early and late signs of heat illness',
                              'Measure indoor temperature and apply cooling measures',
                              'Escalate a client at risk using the agency protocol'],
        'summative_assessment': 'A scenario-based online test and an observed home-visit checklist',
        'partner_name': 'Harbourside Home and Community Care',
        'partner_contact': 'Anjali Brightwater, abrightwater@example.com',
        'endorsement_status': 'letter_attached',
        'education_plan_alignment': 'Climate-ready, community-based practice is part of the Education Plan.',
        'delivery_format': 'online',
        'estimated_hours': 2,
        'proposed_start': 'May 2027',
        'expected_enrolment': 500,
        'submission_date': '2026-04-29',
    }
    md = f"""**MEMO**

**To:** Continuing Education, Michener  
**From:** {F['proposer_name']}, {F['proposer_title']}, {F['proposer_department']}  
**Date:** April 29, 2026  
**Re:** New micro-credential – {F['proposal_title']}

We propose a new micro-credential for {F['target_learners']}. {F['rationale']}

Learners will practise {F['competencies']}. They will be able to:

""" + '\n'.join(f'1. {x}' for x in F['learning_outcomes']) + f"""

Assessment: {F['summative_assessment']}.

Partner: {F['partner_name']} (letter of support attached; contact {F['partner_contact']}). {F['education_plan_alignment']}

Online, 2 hours, from {F['proposed_start']}; about 500 workers a year.

{F['proposer_email']} · {F['proposer_phone']}
"""
    tmp = os.path.join(WORK, 'h24.docx')
    pandoc(md, tmp, 'h24')
    src = os.path.join(ROUND, '_make', 'src_' + os.path.splitext(name)[0] + '.pdf')
    docx_to_pdf(tmp, src)
    scan_pdf(src, out(name), dpi=150, angle=-2.2, noise=0.02, seed=24, jpeg_q=45, blur=0.6)
    e = expected(F, '6', 'Scanned one-page MEMO (a retyped proposal, shape-5 content): written in Markdown, converted '
                 'to DOCX by pandoc and printed by LibreOffice, then rendered at 150 dpi, blurred, rotated -2.2°, '
                 'speckled, greyscale JPEG (quality 45) in an image-only PDF -> manual review; fields are what a '
                 'person reads (source kept as _make/src_Scan 2026-04-29 11_03_17.pdf).', manual=True)
    return name, e, ['New micro-credential', 'letter of support attached', 'Online, 2 hours', 'about 500 workers',
                     'April 29, 2026']


# =====================================================================================================  H25
@doc
def h25():
    name = 'MRT-310 Course Syllabus Fall 2026 - Cross-sectional Anatomy.docx'
    md = """# MRT-310 Cross-sectional Anatomy for Imaging – Course Syllabus

**Term:** Fall 2026 (September 8 – December 15, 2026)  
**Program:** Medical Radiation Technology, Michener Institute of Education  
**Credit value:** 3 credits · 45 hours · in person (Lab 3-014) with online quizzes  
**Instructor:** Dr. Leopold Abara-Nygaard, Professor (l.abara-nygaard@michener.example, 416-555-0116)  
**Office hours:** Thursdays 13:00–15:00, Room 3-220

## Course description

Students learn to identify normal anatomy of the head, neck, thorax, abdomen and pelvis on CT and MRI images in the
axial, sagittal and coronal planes, and to relate it to positioning and protocol choices.

## Learning outcomes

By the end of the course, students will be able to:

1. Identify major structures on CT and MRI images in three planes.
2. Relate cross-sectional anatomy to surface landmarks used in positioning.
3. Recognise common normal variants and artefacts that mimic pathology.

## Competencies addressed

CAMRT entry-to-practice competencies B.2 (anatomy and physiology) and C.1 (image evaluation).

## Assessment

| Component | Weight | Date |
|---|---|---|
| Weekly online quizzes (10) | 20 % | weekly |
| Labelling practical 1 | 20 % | October 20, 2026 |
| Labelling practical 2 | 20 % | November 24, 2026 |
| Final summative examination | 40 % | December 10, 2026 |

## Required resources

*Cross-Sectional Anatomy for Imaging Professionals* (course pack); access to the image viewer on the learning platform.

## Policies

Academic integrity, accommodation and missed-assessment policies follow the Michener Student Handbook. Questions about
the course go to the instructor; program questions to the MRT program office (mrt@michener.example).
"""
    pandoc(md, out(name), 'h25')
    e = expected({}, '7', 'NOT a concept form: the completed syllabus of an EXISTING credit course (Markdown -> DOCX '
                 'with pandoc, an assessment table): course title, instructor with email and phone, term dates, '
                 'learning outcomes, competencies, a "final summative examination", required resources. It describes a '
                 'course that already runs, not a proposal.', is_form=False)
    return name, e, []


# =====================================================================================================  H26
@doc
def h26():
    name = 'Registration form - Canadian Health Educators Forum 2026 (filled).pdf'
    rows = []

    def tx(label, nm, val, ml=False, lines=3):
        rows.append({'label': label, 'kind': 'ml' if ml else 'tx', 'name': nm, 'value': val, 'lines': lines})
    tx('Full name', 'fld_01', 'Priyanka Oduya-Lindahl')
    tx('Position / title', 'fld_02', 'Program Coordinator, Continuing Education')
    tx('Organization', 'fld_03', 'Bridgeport College of Health Sciences')
    tx('Email', 'fld_04', 'p.oduya-lindahl@example.org')
    tx('Phone', 'fld_05', '902-555-0105')
    rows.append({'label': 'Registration type', 'kind': 'radio', 'name': 'fld_06', 'value': 'Choice2',
                 'options': [('Early bird member', 'Choice1', 0), ('Early bird non-member', 'Choice2', 0),
                             ('Student', 'Choice3', 0), ('One day only', 'Choice4', 0)]})
    rows.append({'label': 'Pre-conference workshops (check all that apply)', 'kind': 'cbs', 'options': [
        ('W1 Designing micro-credentials', 'chk_W1', True), ('W2 Simulation debriefing', 'chk_W2', False),
        ('W3 Assessment rubrics', 'chk_W3', True)]})
    tx('Are you presenting? Poster / session title', 'fld_07',
       'From concept form to launch: what we learned approving 14 micro-credentials with industry partners', True, 2)
    tx('Dietary or accessibility needs', 'fld_08', 'Vegetarian')
    tx('Payment method', 'fld_09', 'Institutional invoice – PO 26-4471')
    tx('Date', 'fld_10', '2026-04-18')
    tx('Signature', 'fld_11', 'P. Oduya-Lindahl')
    pdfb, widgets = fpdf_form(rows, 'Canadian Health Educators Forum 2026 – Registration',
                              'Halifax, June 10–12, 2026 · return to registration@chef2026.example.org')
    fillable_pypdf(pdfb, widgets, out(name))
    e = expected({}, '7', 'NOT a concept form: a filled conference REGISTRATION form (fillable PDF: fpdf2 page + pypdf '
                 'widgets with fld_NN names, a radio group and check boxes): name, title, organization, email, phone, '
                 'registration type, workshops ("Designing micro-credentials"), a poster title mentioning concept forms, '
                 'micro-credentials and industry partners, payment and date. A fillable PDF with contact fields, but '
                 'not a proposal.', is_form=False)
    return name, e, []


# =====================================================================================================  H27
@doc
def h27():
    name = 'Job description - CE Program Coordinator (Micro-credentials).docx'
    P = lambda t, f=r'\f3\fs21', p=r'\sa120': rtf_par(t, f, p)
    B = lambda t: rtf_par('•\t' + t, r'\f3\fs21', r'\li540\fi-360\tx540\sa40')
    rtf = (RTF_HEAD
           + P('Michener Institute of Education', r'\f3\fs20\cf3', r'\sa0')
           + P('JOB DESCRIPTION', r'\f3\fs34\b\cf2', r'\sa60')
           + P('Program Coordinator, Continuing Education (Micro-credentials)', r'\f3\fs26\b', r'\sa200')
           + P('Department: Continuing Education · Reports to: Manager, CE Programs · Status: Full-time, permanent · '
               'Posting no. CE-2026-031 · Closing date: May 15, 2026')
           + P('Position summary', r'\f3\fs23\b', r'\sb160\sa60')
           + P('The Program Coordinator supports faculty and clinical partners who propose new micro-credentials and '
               'micro-courses. The coordinator receives concept forms, checks them against the four institutional '
               'requirements, and guides proposals from idea to launch.')
           + P('Key responsibilities', r'\f3\fs23\b', r'\sb160\sa60')
           + B('Review incoming concept forms for completeness (learning outcomes, summative assessment, partner '
               'endorsement, Education Plan alignment) and follow up with proposers.')
           + B('Coordinate letters of support from industry and employment partners.')
           + B('Schedule curriculum review meetings and prepare minutes.')
           + B('Maintain the CE program database and report enrolment each term.')
           + P('Qualifications', r'\f3\fs23\b', r'\sb160\sa60')
           + B('Degree in education, health sciences or a related field; 3+ years in program coordination.')
           + B('Knowledge of competency-based education and outcome writing.')
           + B('Excellent written communication in English; French an asset.')
           + P('Salary range: $68,500 – $79,200 per year. Hybrid work (3 days on site).', p=r'\sb160\sa120')
           + P('To apply, send a CV and cover letter to Talent Acquisition, careers@michener.example, or call '
               '416-555-0197. Michener is committed to equity, diversity and inclusion.') + '}')
    rtf_to(rtf, out(name), 'h27', 'docx')
    e = expected({}, '7', 'NOT a concept form: a job description (RTF -> DOCX by LibreOffice, Calibri, hand-typed '
                 'bullets) for a CE coordinator whose duties are reviewing concept forms – it lists learning outcomes, '
                 'summative assessment, partner endorsement, letters of support and Education Plan alignment, with a '
                 'closing date, salary, an email and a phone.', is_form=False)
    return name, e, []


# =====================================================================================================  H28
@doc
def h28():
    name = 'Sondage d’évaluation - Atelier photographie des plaies (réponses).pdf'
    Qs = [('L’atelier a atteint les résultats d’apprentissage annoncés.', 4),
          ('Les compétences pratiquées sont utiles dans mon travail.', 5),
          ('L’évaluation sommative (prise de photos notée) était juste.', 3),
          ('La formatrice maîtrisait le contenu.', 5),
          ('Le format hybride m’a convenu.', 4)]
    scale = ['Pas du tout d’accord', 'Plutôt en désaccord', 'Neutre', 'Plutôt d’accord', 'Tout à fait d’accord']
    rows = ''.join(f'<tr><td>{h(q)}</td>' + ''.join(f'<td align="center">{"☒" if v == i else "☐"}</td>'
                                                      for i in range(1, 6)) + '</tr>' for q, v in Qs)
    body = f"""<p><b><font size="4">Sondage d’évaluation de la formation</font></b><br>
Formation continue – Michener Institute of Education</p>
<table border="1" cellpadding="3" cellspacing="0" width="100%"><col width="30%"><col width="70%">
<tr><td><b>Titre de l’activité</b></td><td>Photographie clinique des plaies – atelier pratique</td></tr>
<tr><td><b>Formatrice</b></td><td>Solène Abiola-Martel</td></tr>
<tr><td><b>Date de l’activité</b></td><td>14 avril 2026</td></tr>
<tr><td><b>Lieu</b></td><td>Campus Michener, salle 2-105, et en ligne</td></tr></table>
<p><b>Partie A – Votre appréciation</b> (cochez une case par énoncé)</p>
<table border="1" cellpadding="3" cellspacing="0" width="100%"><tr><th>Énoncé</th>
{''.join(f'<th><font size="1">{h(s)}</font></th>' for s in scale)}</tr>{rows}</table>
<p><b>Partie B – Commentaires</b></p>
<p><i>Qu’avez-vous le plus apprécié?</i><br>Les exercices avec les mannequins et la rétroaction immédiate.</p>
<p><i>Que devrait-on améliorer?</i><br>Prévoir plus de temps pour la partie sur le consentement et le stockage des
images.</p>
<p><i>Suggéreriez-vous d’en faire un microcertificat?</i><br>Oui, avec un partenaire comme le réseau de soins à
domicile.</p>
<p><b>Partie C – Facultatif</b><br>Nom : Gaëlle Nduwimana-Roy · Courriel : g.nduwimana-roy@example.com ·
Tél. : 514-555-0181</p>"""
    html_to_pdf(html_page(body, 'Sondage', 'body{font-family:"DejaVu Sans";font-size:9pt}', 'fr'), out(name), 'h28')
    e = expected({}, '7', 'NOT a concept form: a completed French course EVALUATION survey (HTML -> PDF by LibreOffice): '
                 'activity title, trainer, date, a Likert grid of ☒/☐ boxes about learning outcomes, competencies, '
                 'summative assessment and the hybrid format, free-text comments (one suggests making it a '
                 'micro-credential with a partner), and the participant\'s name, email and phone.', is_form=False)
    return name, e, []


# =====================================================================================================  H29
@doc
def h29():
    from docx import Document
    from docx.shared import Pt, RGBColor
    name = 'Letter of support - Lakehurst Cardiac Rehab (exercise prescription).docx'
    d = Document()
    d.styles['Normal'].font.name = 'Garamond'
    d.styles['Normal'].font.size = Pt(11.5)
    hp = d.sections[0].header.paragraphs[0]
    r = hp.add_run('Lakehurst Hospital')
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x8B, 0x00, 0x00)
    d.sections[0].header.add_paragraph('Cardiac Rehabilitation Program · 410 Lakeshore Avenue · Toronto ON · '
                                       '416-555-0150')
    for t in ['April 19, 2026', 'Continuing Education\nMichener Institute of Education\nce@michener.example',
              'Re: Letter of support – “Exercise Prescription in Cardiac Rehabilitation”',
              'To the Continuing Education team,',
              'I am pleased to support the micro-credential proposed by Yusuf Henriksen-Adjei, Clinical Exercise '
              'Physiologist in our program. Our program is expanding to home-based and virtual rehabilitation, and we '
              'need staff who can prescribe exercise safely from stress-test results and risk stratification.',
              'The proposed learning outcomes and the summative assessment – written case prescriptions and an '
              'observed supervised session – match what we expect of our staff. Lakehurst Hospital will host the '
              'observed sessions, provide access to our exercise lab, and give hiring preference to graduates.',
              'The proposal fits Michener’s Education Plan and our own workforce plan. We expect to send about ten '
              'staff a year.',
              'Yours sincerely,', '\n\nDr. Imogen Castellano-Reyes\nMedical Director, Cardiac Rehabilitation\n'
              'Lakehurst Hospital\nicastellano@example.com']:
        d.add_paragraph(t)
    d.save(out(name))
    e = expected({}, '7', 'NOT a concept form: a letter of support on hospital letterhead (python-docx, Garamond, '
                 'letterhead in the header) for the cardiac rehabilitation proposal of "FW_ proposal - cardiac rehab '
                 'exercise prescription.docx": quotes the title in the Re: line, names the proposer and his title, '
                 'mentions learning outcomes, summative assessment, the Education Plan and an enrolment figure; signed '
                 'with email. Kept with an application, not parsed.', is_form=False)
    return name, e, []


# =====================================================================================================  H30
@doc
def h30():
    name = 'PD funding request - micro-credential tuition (filled).docx'
    rows = [
        ('Employee name', 'Darius Okonkwo-Vance'), ('Employee no.', '40718'),
        ('Position', 'Medical Laboratory Technologist II'), ('Department', 'Core Laboratory, Fernhill General Hospital'),
        ('Email', 'd.okonkwo-vance@example.com'), ('Phone / extension', '416-555-0125 ext. 3390'),
        ('Activity title', 'Micro-credential: Antimicrobial Susceptibility Testing Interpretation (Michener CE)'),
        ('Provider', 'Michener Institute of Education – Continuing Education'),
        ('Type of activity', '☐ Conference   ☐ Workshop   ☒ Course / micro-credential   ☐ Other'),
        ('Dates', 'September 14 – November 2, 2026 (hybrid, 20 hours)'),
        ('Learning outcomes I expect to achieve', 'Interpret MIC results against CLSI breakpoints; recognise '
                                                  'intrinsic resistance; know when to refer an isolate.'),
        ('How will this benefit the department?', 'I will cover the microbiology bench on weekends and train two '
                                                  'colleagues.'),
        ('Tuition / fees', '$850.00'), ('Travel', '$0'), ('Total requested', '$850.00'),
        ('Manager approval', '☒ Approved   ☐ Not approved — R. Castellanos, 20 April 2026'),
        ('Employee signature / date', 'D. Okonkwo-Vance, 18 April 2026'),
    ]
    body = ('<p><b><font size="4">Professional Development Funding Request</font></b><br>Fernhill General Hospital – '
            'Human Resources · Form HR-PD-02</p><table border="1" cellpadding="4" cellspacing="0" width="100%">'
            '<col width="35%"><col width="65%">'
            '<tr><td colspan="2" bgcolor="#e2efd9"><b>Part 1 – Employee</b></td></tr>')
    for i, (a, b) in enumerate(rows):
        if i == 6:
            body += '<tr><td colspan="2" bgcolor="#e2efd9"><b>Part 2 – Activity</b></td></tr>'
        if i == 12:
            body += '<tr><td colspan="2" bgcolor="#e2efd9"><b>Part 3 – Costs and approval</b></td></tr>'
        body += f'<tr><td><b>{h(a)}</b></td><td>{h(b)}</td></tr>'
    body += '</table>'
    html_to_docx(html_page(body, 'PD request'), out(name), 'h30')
    e = expected({}, '7', 'NOT a concept form: a filled employee professional-development FUNDING REQUEST (HTML -> DOCX '
                 'by LibreOffice, table with merged section rows, ☒/☐): an employee asks for tuition to TAKE a Michener '
                 'micro-credential – the form names the micro-credential, its hours and format, expected learning '
                 'outcomes, the employee\'s email and phone, costs and approval. A form about a micro-credential, but '
                 'not a proposal for one.', is_form=False)
    return name, e, []
