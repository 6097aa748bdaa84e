"""Round 4, tuning half: content (what the applicant wrote), expected values and the build of each file."""
import os
import sys

from common import (LABELS_EN, LABELS_FR, ORDER, ROUND, WORK, collapse, docx_to_pdf, expected, h, html_to_docx,
                    html_to_pdf, join_items, option_line, pandoc, rtf_esc, rtf_to, std_rows, word, write_expected)
from routes import RTF_HEAD, fillable_pypdf, html_answer, html_page, rtf_par, rtf_table_row, scan_pdf

OUT = os.path.join(ROUND, 'tuning')
DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


def out(name):
    return os.path.join(OUT, name)


# =====================================================================================================  T01
@doc
def t01():
    name = 'Concept Form - Prosthetic socket casting - T Halvorsen.docx'
    comps = ['Residual limb assessment before casting', 'Plaster and fibreglass negative casting',
             'Rectification of a positive model', 'Check-socket fitting and pressure assessment']
    F = {
        'proposal_title': 'Transtibial Socket Casting and Check-Socket Fitting',
        'proposer_name': 'Torbjørn Halvorsen',
        'proposer_title': 'Certified Prosthetist, Clinical Lead',
        'proposer_department': 'Orthotics and Prosthetics Clinic, Bayfield Rehabilitation Centre',
        'proposer_email': 't.halvorsen@example.org',
        'proposer_phone': '416-555-0142 ext. 2210',
        'request_type': 'new',
        'target_learners': 'Prosthetic technicians and orthotic/prosthetic residents in their first two years of practice',
        'rationale': 'Clinics in the region report long waits for definitive sockets because only senior prosthetists '
                     'cast and fit check sockets. Two employers told us they would hire technicians with verified '
                     'casting skills if such a credential existed.',
        'competencies': join_items(comps),
        'learning_outcomes': ['Assess a residual limb and record volume, skin condition and sensitive areas',
                              'Take a negative cast of a transtibial limb using plaster bandage',
                              'Modify a positive model to a written prescription',
                              'Fit a transparent check socket and identify pressure points'],
        'competency_framework': 'Orthotics Prosthetics Canada (OPC) entry-to-practice competency profile',
        'summative_assessment': 'Observed practical examination on a volunteer patient model, scored with a 20-item '
                                'checklist, plus a portfolio of three completed casts reviewed by a certified prosthetist.',
        'partner_name': 'Bayfield Rehabilitation Centre',
        'partner_contact': 'Marit Solberg, Director of Clinical Services – m.solberg@example.com',
        'endorsement_status': 'letter_attached',
        'education_plan_alignment': 'Supports the Education Plan commitment to competency-based, work-integrated '
                                    'learning and to flexible credentials for working health professionals.',
        'delivery_format': 'in_person',
        'estimated_hours': 18,
        'proposed_start': 'January 2027',
        'expected_enrolment': 24,
        'resources_required': 'Casting room with two plinths, plaster supplies and one vacuum former for '
                              'transparent sockets (lent by Bayfield)',
        'submission_date': '2026-04-14',
    }
    D = {'competencies': comps, 'estimated_hours': '18', 'expected_enrolment': '24 (two cohorts of 12)',
         'submission_date': 'April 14, 2026'}
    hints = {'proposal_title': 'a short, descriptive name', 'target_learners': 'who will take it?',
             'learning_outcomes': 'use action verbs', 'summative_assessment': 'how will achievement be evidenced?',
             'endorsement_status': 'tick one'}
    sections = {'proposal_title': 'Section A – Proposal and proposer', 'request_type': 'Section B – The request',
                'target_learners': 'Section C – Learners, need and outcomes',
                'summative_assessment': 'Section D – Assessment, partner and alignment',
                'delivery_format': 'Section E – Delivery and resources'}
    body = ['<p align="center"><font face="Liberation Sans" size="4"><b>Michener Institute of Education – Continuing '
            'Education</b></font><br><font face="Liberation Sans" size="3">Micro-Course / Credential Concept Form</font></p>',
            '<table border="1" cellpadding="5" cellspacing="0" width="100%">'
            '<col width="34%"><col width="66%">']
    for k, lab, ans in std_rows(F, D):
        if k in sections:
            body.append(f'<tr><td colspan="2" bgcolor="#1f497d"><font color="#ffffff"><b>{h(sections[k])}</b>'
                        '</font></td></tr>')
        hint = f'<br><font size="1" color="#808080">({h(hints[k])})</font>' if k in hints else ''
        lt = 'ul' if k == 'competencies' else 'ol'
        body.append(f'<tr><td bgcolor="#f2f2f2" valign="top"><b>{h(lab)}</b>{hint}</td>'
                    f'<td valign="top">{html_answer(ans, lt)}</td></tr>')
    body.append('</table><p></p><table border="1" cellpadding="4" cellspacing="0" width="100%">'
                '<tr><td colspan="4" bgcolor="#d9d9d9"><b>For CE office use only</b></td></tr>'
                '<tr><td>Received</td><td></td><td>File no.</td><td></td></tr>'
                '<tr><td>Reviewer</td><td></td><td>Decision</td><td></td></tr></table>'
                '<p><font size="1">CE-F-07 · Concept form v2.3 · Submit to ce@michener.example</font></p>')
    html_to_docx(html_page(''.join(body), 'Concept form'), out(name), 't01')
    e = expected(F, '1', 'Official-style two-column table form written as an HTML page and turned into DOCX by '
                 'LibreOffice 7.4 (HTML -> Writer -> DOCX): coloured section rows merged across both columns (colspan), '
                 'label cells shaded with grey hint text in brackets under the label (not part of values), ☐/☒ '
                 'characters, competencies as a bulleted list and outcomes as a numbered list inside the answer cells, '
                 'a four-column empty "For CE office use only" table after the form; enrolment "24 (two cohorts of 12)", '
                 'date "April 14, 2026".')
    return name, e, ['24 (two cohorts of 12)', 'April 14, 2026', '☒ In person', '☒ New micro-credential',
                     '☒ Letter of support attached']


# =====================================================================================================  T02
@doc
def t02():
    name = 'Formulaire de concept - Retraitement des endoscopes - R Benali.docx'
    comps = ['Vérification de l’étanchéité et nettoyage manuel des canaux',
             'Contrôle de l’efficacité du nettoyage (tests de protéines résiduelles et ATP)',
             'Traçabilité du cycle de désinfection de haut niveau']
    F = {
        'proposal_title': 'Retraitement des endoscopes flexibles : contrôle de la qualité',
        'proposer_name': 'Rachid Benali',
        'proposer_title': 'Technicien en chef, retraitement des dispositifs médicaux',
        'proposer_department': 'Service de stérilisation centrale, Hôpital Saint-Aubin',
        'proposer_email': 'r.benali@example.org',
        'proposer_phone': '514-555-0167, poste 3308',
        'request_type': 'micro_course',
        'target_learners': 'Techniciens en retraitement des dispositifs médicaux qui travaillent en endoscopie',
        'rationale': 'Les audits de 2025 ont montré des écarts dans la documentation du nettoyage manuel des '
                     'endoscopes. Les employeurs de la région demandent une formation courte et reconnue sur les '
                     'contrôles de qualité exigés par la norme CSA Z314.',
        'competencies': join_items(comps),
        'learning_outcomes': ['Effectuer un test d’étanchéité et le nettoyage manuel selon les directives du fabricant',
                              'Interpréter un résultat de test ATP et décider des mesures à prendre',
                              'Documenter chaque étape du retraitement de façon traçable'],
        'competency_framework': 'Norme CSA Z314, section sur les endoscopes flexibles',
        'partner_name': 'Réseau de santé Val-des-Pins',
        'partner_contact': 'Josée Marchand, josee.marchand@example.com',
        'endorsement_status': 'in_discussion',
        'education_plan_alignment': 'Répond à l’objectif du plan d’enseignement d’offrir des parcours courts, axés '
                                    'sur les compétences, aux professionnels déjà en emploi.',
        'delivery_format': 'hybrid',
        'estimated_hours': 10,
        'proposed_start': 'automne 2026',
        'expected_enrolment': 40,
        'resources_required': 'Accès au laboratoire de retraitement un samedi par cohorte; trousses de tests ATP',
        'submission_date': '2026-04-09',
    }
    D = {'competencies': comps, 'estimated_hours': '10 h', 'expected_enrolment': 'environ 40',
         'submission_date': '9 avril 2026', 'summative_assessment': ''}
    ans_fmt = r'\f2\fs20\cf2'
    lab_fmt = r'\f1\fs20\b'
    rows = []
    for k, lab, ans in std_rows(F, D, 'fr'):
        if isinstance(ans, list):
            if k == 'learning_outcomes':
                paras = [(f'{i}. {x}', ans_fmt) for i, x in enumerate(ans, 1)]
            else:
                paras = [('– ' + x, ans_fmt) for x in ans]
        else:
            paras = [(ans, ans_fmt)]
        rows.append(rtf_table_row([[(lab, lab_fmt)], paras], [3400, 6200], shade=[6, 0]))
    rtf = (RTF_HEAD + r'{\header\pard\plain\qr{\f1\fs16\cf3 ' + rtf_esc('Formation continue – Formulaire de concept (FC-07F)') + r'}\par}'
           + '\n' + rtf_par('Michener Institute of Education – Formation continue', r'\f1\fs28\b', r'\qc')
           + rtf_par('Formulaire de concept – microcours / microcertificat', r'\f1\fs24', r'\qc\sa200')
           + ''.join(rows) + rtf_par(' ', r'\f1\fs20')
           + rtf_par('Veuillez retourner le formulaire à ce@michener.example.', r'\f1\fs16\i\cf3') + '}')
    rtf_to(rtf, out(name), 't02', 'docx')
    e = expected(F, '1', 'Incomplete French official-style table form: the Évaluation sommative cell is empty, so '
                 'summative_assessment is missing. Written as RTF (hand-made table rows, shaded label cells, a page '
                 'header) and converted to DOCX by LibreOffice 7.4; the answers are typed in a different font and colour '
                 '(blue Courier New) from the labels (bold Arial); ☐/☒ with French option words; competencies as '
                 '"– " lines, outcomes "1." typed by hand; "10 h", "environ 40", date "9 avril 2026".',
                 missing=['summative_assessment'])
    return name, e, ['10 h', 'environ 40', '9 avril 2026', '☒ Microcours', '☒ En discussion', '☒ Hybride']


# =====================================================================================================  T03
@doc
def t03():
    from cc import build_cc_form
    name = 'Concept form (CC) - Pessary fitting in continence clinics.docx'
    F = {
        'proposal_title': 'Vaginal Pessary Fitting and Follow-up for Continence Nurses',
        'proposer_name': 'Philippa Oyelaran-Marsh',
        'proposer_title': 'Nurse Continence Advisor',
        'proposer_department': 'Pelvic Health Program, Eastbrook Community Health',
        'proposer_email': 'poyelaran-marsh@example.org',
        'request_type': 'new',
        'target_learners': 'Registered nurses and nurse practitioners working in continence or pelvic health clinics',
        'rationale': 'Women wait up to nine months for a pessary fitting because few nurses in community clinics are '
                     'trained to fit and follow up pessaries. Clinic managers have asked for a recognised, '
                     'skills-based credential they can require when hiring.',
        'competencies': 'Pelvic organ prolapse assessment; pessary selection and sizing; insertion, removal and '
                        'cleaning teaching; recognising complications and referral',
        'learning_outcomes': ['Take a focused history and grade prolapse using the POP-Q system',
                              'Select and size a ring or Gellhorn pessary for a given presentation',
                              'Teach a client self-management of her pessary',
                              'Recognise erosion, discharge and retention problems and refer appropriately'],
        'competency_framework': 'Nurses Specialized in Wound, Ostomy and Continence Canada (NSWOCC) competencies',
        'summative_assessment': 'Simulated fitting on a pelvic task trainer assessed with a rubric, followed by five '
                                'supervised fittings in clinic signed off by a preceptor.',
        'partner_name': 'Eastbrook Community Health',
        'partner_contact': 'Dr. Helena Quarshie, h.quarshie@example.com',
        'endorsement_status': 'confirmed',
        'education_plan_alignment': 'Advances the Education Plan priorities of community-based care and stackable '
                                    'credentials for practising nurses.',
        'delivery_format': 'hybrid',
        'estimated_hours': 14,
        'proposed_start': 'February 2027',
        'expected_enrolment': 30,
        'resources_required': 'Two pelvic task trainers and a selection of sample pessaries',
        'submission_date': '2026-04-13',
    }
    build_cc_form(F, out(name), variant='repeating', display={
        'request_type': 'New micro-credential', 'endorsement_status': 'Confirmed – partner has agreed',
        'delivery_format': 'Hybrid (online + skills lab)', 'submission_date': '13 April 2026',
        'estimated_hours': '14', 'expected_enrolment': '30'}, placeholders=['proposer_phone'])
    e = expected(F, '2', 'Content controls tagged with the keys (python-docx + raw w:sdt XML), each with a w:alias '
                 'that repeats the label; learning outcomes in a REPEATING SECTION control (w15:repeatingSection, '
                 'tag learning_outcomes) with one repeating item per outcome; drop-downs whose display text is not the '
                 'code ("Confirmed – partner has agreed", "Hybrid (online + skills lab)"); date picker with format '
                 '"d MMMM yyyy"; the phone control still shows its placeholder (empty).')
    return name, e, ['13 April 2026', 'Confirmed – partner has agreed', 'Hybrid (online + skills lab)']


# =====================================================================================================  T04
@doc
def t04():
    from routes import fpdf_form
    name = 'MC concept form (fillable) - Lung ultrasound for RTs.pdf'
    F = {
        'proposal_title': 'Point-of-Care Lung Ultrasound for Respiratory Therapists',
        'proposer_name': 'Declan Ashworth-Ibe',
        'proposer_title': 'Clinical Specialist, Respiratory Therapy',
        'proposer_department': 'Critical Care, Harbourview General Hospital',
        'proposer_email': 'd.ashworth-ibe@example.org',
        'proposer_phone': '905-555-0118',
        'target_learners': 'Registered respiratory therapists working in ICU, emergency and transport settings',
        'rationale': 'RTs are increasingly asked to confirm lung sliding and B-lines at the bedside, but there is no '
                     'recognised training route for them in Ontario. Three ICUs have asked for a credential they can '
                     'use to grant the skill.',
        'competencies': 'Probe selection and machine set-up; recognition of A-lines, B-lines, lung sliding and '
                        'consolidation; integration of findings with ventilator management',
        'learning_outcomes': ['Obtain standard lung views with a curvilinear and linear probe',
                              'Identify lung sliding, lung point and B-line patterns',
                              'Relate ultrasound findings to recruitment and weaning decisions'],
        'summative_assessment': 'Objective structured clinical examination on a simulator plus a logbook of 25 '
                                'supervised scans reviewed by an ICU physician.',
        'partner_name': 'Harbourview General Hospital – Department of Critical Care',
        'partner_contact': 'Dr. Anjali Ferreira-Nkemelu, a.ferreira@example.com',
        'endorsement_status': 'letter_attached',
        'education_plan_alignment': 'Fits the Plan goals of simulation-rich, competency-based learning and of '
                                    'extending scope for practising respiratory therapists.',
        'delivery_format': 'hybrid',
        'estimated_hours': 20,
        'proposed_start': 'September 2026',
        'expected_enrolment': 36,
        'resources_required': 'Simulation lab with an ultrasound simulator for two days per cohort',
        'submission_date': '2026-04-15',
    }
    def cb(key, names, chosen):
        from common import OPTIONS
        return [(w, n, c in chosen) for (c, w), n in zip(OPTIONS['en'][key], names)]
    rows = []
    n = [0]
    def tx(label, val, ml=False, lines=4):
        n[0] += 1
        rows.append({'label': label, 'kind': 'ml' if ml else 'tx', 'name': f'Text{n[0]}', 'value': val, 'lines': lines})
    tx('1. Proposed title of the micro-course or credential', F['proposal_title'])
    tx('2. Your name', F['proposer_name'])
    tx('3. Your position / title', F['proposer_title'])
    tx('4. Department, program or organization', F['proposer_department'])
    tx('5. E-mail', F['proposer_email'])
    tx('6. Telephone', F['proposer_phone'])
    rows.append({'label': '7. This proposal is for (check one)', 'kind': 'cbs',
                 'options': cb('request_type', ['Check Box1', 'Check Box2', 'Check Box3'], {'new', 'micro_course'})})
    tx('8. If converting, name of the existing program', '')
    tx('9. Who are the intended learners?', F['target_learners'], True, 3)
    tx('10. Why is this needed? (labour-market need, skills gap)', F['rationale'], True, 6)
    tx('11. Competencies / skills targeted', F['competencies'], True, 4)
    tx('12. Learning outcomes – by the end learners will be able to:',
       '\n'.join(f'{i}. {x}' for i, x in enumerate(F['learning_outcomes'], 1)), True, 5)
    tx('13. Competency framework (if any)', '')
    tx('14. How will achievement of the outcomes be evidenced? (summative assessment)', F['summative_assessment'], True, 4)
    tx('15. Industry / employment partner', F['partner_name'])
    tx('16. Partner contact (name and e-mail)', F['partner_contact'])
    rows.append({'label': '17. Endorsement status', 'kind': 'radio', 'name': 'Group2', 'value': 'Choice1',
                 'options': [('Letter attached', 'Choice1', 0), ('Confirmed', 'Choice2', 0),
                             ('In discussion', 'Choice3', 0), ('None', 'Choice4', 0)]})
    tx("18. How does it align with Michener's Education Plan?", F['education_plan_alignment'], True, 4)
    rows.append({'label': '19. Delivery format', 'kind': 'cbs',
                 'options': cb('delivery_format', ['Check Box4', 'Check Box5', 'Check Box6'], {'hybrid'})})
    tx('20. Estimated total hours', '20')
    tx('21. Proposed start', F['proposed_start'])
    tx('22. Expected enrolment per year', '36')
    tx('23. Resources required', F['resources_required'], True, 2)
    tx('24. Date', '4/15/2026')
    pdfb, widgets = fpdf_form(rows, 'Micro-Course / Credential Concept Form',
                              'Michener Institute – Continuing Education · fillable version')
    fillable_pypdf(pdfb, widgets, out(name))
    e = expected(F, '3', 'Fillable PDF made in two steps: the page (numbered questions as labels, boxes) drawn with '
                 'fpdf2, then AcroForm widgets added with pypdf low-level objects; meaningless widget names Text1 … Text21, '
                 'Check Box1 … Check Box6 and a radio group Group2 exporting Choice1 … Choice4; values only in /V '
                 '(NeedAppearances, no text appearance streams). NEEDS MANUAL REVIEW: in question 7 TWO boxes are ticked '
                 '(Check Box1 "New micro-credential" and Check Box3 "Micro-course"), so the request type cannot be '
                 'decided without asking the proposer; request_type is therefore not given and is listed as missing. '
                 'Date "4/15/2026" (US m/d).', manual=True, missing=['request_type'])
    return name, e, ['Text1 = Point-of-Care', '4/15/2026']


# =====================================================================================================  T05
@doc
def t05():
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from reportlab.lib.colors import HexColor, white
    from reportlab.pdfbase.pdfmetrics import stringWidth
    name = 'Seating and pressure mapping - concept form (fillable).pdf'
    F = {
        'proposal_title': 'Wheelchair Seating Assessment and Pressure Mapping',
        'proposer_name': 'Oksana Vretenar',
        'proposer_title': 'Occupational Therapist, Seating Clinic Coordinator',
        'proposer_department': 'Seating and Mobility Service, Lakeside Rehabilitation Hospital',
        'proposer_email': 'oksana.vretenar@example.org',
        'proposer_phone': '647-555-0190',
        'request_type': 'existing_program',
        'existing_program_name': 'Seating and Mobility Fundamentals (CE certificate, 2019)',
        'target_learners': 'Occupational therapists, physiotherapists and rehabilitation assistants who prescribe '
                           'or adjust wheelchair seating',
        'rationale': 'The current certificate is a 60-hour program that few clinicians can fit around their shifts. '
                     'Employers want the pressure-mapping component offered on its own, with evidence of skill.',
        'competencies': 'Mat assessment; pressure-mapping set-up and interpretation; cushion selection; documenting '
                        'and justifying a seating prescription',
        'learning_outcomes': ['Carry out a supine and seated mat assessment',
                              'Run a pressure-mapping session and interpret the peak and average pressures',
                              'Recommend a cushion and back support based on the findings',
                              'Write a funding justification that meets the provincial assistive devices rules'],
        'competency_framework': 'RESNA Seating and Mobility Specialist body of knowledge',
        'summative_assessment': 'Case-based practical exam: learners assess a standardised client, produce a '
                                'pressure map report and a prescription, graded with a rubric by two assessors.',
        'partner_name': 'Lakeside Rehabilitation Hospital',
        'partner_contact': 'Graham Tiwari-Olsen, Manager - g.tiwari-olsen@example.com',
        'endorsement_status': 'confirmed',
        'education_plan_alignment': 'Converting a long certificate into stackable micro-credentials is one of the '
                                    "Education Plan's stated actions for continuing education.",
        'delivery_format': 'in_person',
        'estimated_hours': 12,
        'proposed_start': 'May 2027',
        'expected_enrolment': 48,
        'resources_required': 'Pressure-mapping system (owned by Lakeside), two loaner wheelchairs',
        'submission_date': '2026-04-10',
    }
    c = canvas.Canvas(out(name), pagesize=A4)
    W_, H_ = A4
    af = c.acroForm
    y = [H_ - 60]
    idx = [0]

    def header():
        c.setFillColor(HexColor('#2e5e4e'))
        c.rect(36, H_ - 48, W_ - 72, 26, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont('Helvetica-Bold', 12)
        c.drawString(44, H_ - 40, 'CE Micro-Credential Concept Form  |  fillable')
        c.setFillColorRGB(0, 0, 0)

    def need(hh):
        if y[0] - hh < 50:
            c.setFont('Helvetica', 7)
            c.drawRightString(W_ - 36, 30, f'p. {c.getPageNumber()}')
            c.showPage()
            header()
            y[0] = H_ - 60

    def label(text):
        c.setFont('Helvetica-Bold', 8.5)
        words, line, lines = text.split(), '', []
        for w_ in words:
            if stringWidth(line + ' ' + w_, 'Helvetica-Bold', 8.5) > 150:
                lines.append(line)
                line = w_
            else:
                line = (line + ' ' + w_).strip()
        lines.append(line)
        for i, ln in enumerate(lines):
            c.drawString(40, y[0] - 10 - 10 * i, ln)
        return 10 * len(lines) + 4

    def tx(text, val, hh=18):
        idx[0] += 1
        nm = f'fld_{idx[0]:02d}'
        need(max(hh, 30) + 8)
        lh = label(text)
        af.textfield(name=nm, x=200, y=y[0] - hh, width=W_ - 236, height=hh, value=val, fontSize=8,
                     borderWidth=0.6, fieldFlags='multiline' if hh > 20 else '', forceBorder=True)
        y[0] -= max(hh, lh) + 8

    def radio(text, nm, options, chosen):
        need(30)
        label(text)
        x = 200
        c.setFont('Helvetica', 8.5)
        for exp, wd in options:
            af.radio(name=nm, value=exp, selected=(exp == chosen), x=x, y=y[0] - 14, size=11, buttonStyle='circle',
                     borderWidth=0.6, forceBorder=True)
            c.drawString(x + 14, y[0] - 11, wd)
            x += 22 + stringWidth(wd, 'Helvetica', 8.5)
        y[0] -= 26

    header()
    tx('Proposed title', F['proposal_title'])
    tx('Lead proposer', F['proposer_name'])
    tx('Job title', F['proposer_title'])
    tx('Program area / organization', F['proposer_department'])
    tx('Contact e-mail', F['proposer_email'])
    tx('Phone', F['proposer_phone'])
    radio('Request type', 'rad_1', [('0', 'New micro-credential'), ('1', 'Convert an existing program'),
                                    ('2', 'Micro-course')], '1')
    tx('Program to be converted', F['existing_program_name'])
    tx('Intended learners', F['target_learners'], 30)
    tx('Identified skills gap / need', F['rationale'], 48)
    tx('Skills and competencies', F['competencies'], 36)
    tx('By the end learners will be able to', '\n'.join(f'({chr(97 + i)}) {x}' for i, x in
                                                       enumerate(F['learning_outcomes'])), 60)
    tx('Framework (e.g. ESCO, professional body)', F['competency_framework'])
    tx('Assessment of outcomes (summative)', F['summative_assessment'], 40)
    tx('Endorsing partner / external body', F['partner_name'])
    tx('Partner contact', F['partner_contact'])
    radio('Endorsement', 'rad_2', [('A', 'Letter attached'), ('B', 'Confirmed'), ('C', 'In discussion'),
                                   ('D', 'None')], 'B')
    tx('Strategic alignment (Education Plan)', F['education_plan_alignment'], 36)
    radio('Delivery mode', 'rad_3', [('0', 'Online'), ('1', 'In person'), ('2', 'Hybrid')], '1')
    tx('Total learning hours', '12')
    tx('Target launch', F['proposed_start'])
    tx('Estimated learners / year', '48 (4 cohorts x 12)')
    tx('Budget / resources', F['resources_required'], 24)
    tx('Submission date', '10.04.2026')
    c.setFont('Helvetica', 7)
    c.drawRightString(W_ - 36, 30, f'p. {c.getPageNumber()}')
    c.save()
    e = expected(F, '3', 'reportlab AcroForm (A4, two pages) with sequential meaningless text-field names fld_01 … '
                 'fld_21, no tooltips (labels printed to the left only); request type, endorsement and delivery mode as '
                 'radio groups rad_1 / rad_2 / rad_3 exporting "0","1","2" / "A".."D" (option words only on the page); '
                 'existing_program with the program named; outcomes "(a) … (d)" in one multi-line field; enrolment "48 '
                 '(4 cohorts x 12)"; date "10.04.2026".')
    return name, e, ['fld_01 = Wheelchair', '10.04.2026', '48 (4 cohorts x 12)', 'rad_1 = /1', 'rad_2 = /B',
                     'rad_3 = /1']


# =====================================================================================================  T06
@doc
def t06():
    name = 'Pelvic floor ultrasound - concept form (printed from portal).pdf'
    F = {
        'proposal_title': 'Transperineal Pelvic Floor Ultrasound – Foundations',
        'proposer_name': 'Wiremu Castellanos',
        'proposer_title': 'Lead Sonographer, Women’s Imaging',
        'proposer_department': 'Diagnostic Imaging, Northgate Women’s Health Centre',
        'proposer_email': 'wcastellanos@example.com',
        'proposer_phone': '289-555-0137',
        'request_type': 'micro_course',
        'target_learners': 'Registered diagnostic medical sonographers with at least one year of general or '
                           'obstetric scanning',
        'rationale': 'Urogynaecology clinics are adding pelvic floor ultrasound, yet sonographers learn it informally '
                     'from vendors. Employers want a short course with a practical sign-off.',
        'competencies': 'Transperineal probe technique, 3D/4D volume acquisition, levator ani and anal sphincter '
                        'imaging, structured reporting',
        'learning_outcomes': ['Acquire midsagittal and axial pelvic floor views at rest, on contraction and on Valsalva',
                              'Measure the levator hiatus area in a 3D volume',
                              'Recognise levator avulsion and sphincter defects and report them in a standard template'],
        'summative_assessment': 'Supervised scanning assessment on two volunteers with a 15-point checklist and a '
                                'written report of one case marked by a radiologist.',
        'partner_name': 'Northgate Women’s Health Centre',
        'partner_contact': 'Priya Lindqvist-Osei (Clinical Manager), plindqvist@example.com',
        'endorsement_status': 'confirmed',
        'education_plan_alignment': 'Responds to employer-identified skills gaps with a short, competency-based '
                                    'credential, as the Education Plan asks.',
        'delivery_format': 'hybrid',
        'estimated_hours': 16,
        'proposed_start': 'Winter 2027',
        'expected_enrolment': 20,
        'submission_date': '2026-04-16',
    }
    items = [('Proposed title', F['proposal_title']), ('Lead proposer', F['proposer_name']),
             ('Role', F['proposer_title']), ('Organization', F['proposer_department']),
             ('Contact email', F['proposer_email']), ('Telephone', F['proposer_phone']),
             ('Request type', 'Selected: Micro-course'), ('Existing program name', '—'),
             ('Who is this for?', F['target_learners']), ('Why is this needed?', F['rationale']),
             ('Skills and competencies', F['competencies']), ('Learning outcomes', F['learning_outcomes']),
             ('Competency framework', '—'), ('How will achievement be evidenced?', F['summative_assessment']),
             ('Partner organization', F['partner_name']), ('Partner contact', F['partner_contact']),
             ('Endorsement status', 'Selected: Confirmed'), ('Strategic alignment', F['education_plan_alignment']),
             ('Delivery mode', 'Selected: Hybrid'), ('Duration (hours)', '16'), ('Target launch', F['proposed_start']),
             ('Estimated learners / year', 'about 20'), ('Resources required', '—'), ('Date submitted', '16/04/2026')]
    body = ['<p><font size="1" face="Liberation Sans">CE Portal › Submissions › #1187 — printed 20/04/2026 09:14 by '
            'ce-reviewer</font></p><h2><font face="Liberation Sans">Concept form – submission #1187</font></h2>'
            '<p><font size="2" face="Liberation Sans">Status: Received · Form version 2.3</font></p><hr><dl>']
    for lab, ans in items:
        body.append(f'<dt><font face="Liberation Sans" size="2"><b>{h(lab)}</b></font></dt><dd>'
                    f'<font face="Liberation Serif">{html_answer(ans, "ul")}</font></dd>')
    body.append('</dl><hr><p><font size="1" face="Liberation Mono">https://ce-portal.michener.example/submissions/1187'
                '/print</font></p>')
    html_to_pdf(html_page(''.join(body), 'Submission 1187'), out(name), 't06')
    e = expected(F, '4', 'A submission page of a web portal "printed" to PDF: written as HTML (definition list: bold '
                 'label, indented answer below) and exported by LibreOffice 7.4 (HTML -> Writer -> PDF). Choices are '
                 'printed as "Selected: Micro-course" only; unanswered optional items show an em dash "—" (= empty); '
                 'outcomes as bullets. The page top carries the portal breadcrumb with a PRINT date "20/04/2026" that '
                 'is page furniture; the form\'s own "Date submitted" is 16/04/2026. "about 20" learners.')
    return name, e, ['Selected: Micro-course', 'Selected: Confirmed', 'Selected: Hybrid', '16/04/2026', 'about 20']


# =====================================================================================================  T07
@doc
def t07():
    name = 'Concept form answers (text copy) - Aphasia-friendly communication.docx'
    F = {
        'proposal_title': 'Aphasia-Friendly Communication for Front-Line Health Workers',
        'proposer_name': 'Ngaio Fairweather',
        'proposer_title': 'Speech-Language Pathologist',
        'proposer_department': 'Stroke Rehabilitation Program, Cedar Valley Hospital',
        'proposer_email': 'ngaio.fairweather@example.org',
        'proposer_phone': '705-555-0155',
        'request_type': 'new',
        'target_learners': 'Personal support workers, nurses, unit clerks and rehabilitation assistants who talk with '
                           'people living with aphasia',
        'rationale': 'About a third of stroke survivors have aphasia, and patients report that staff talk over them or '
                     'to their families instead. Hospitals in our region have made supported conversation a quality '
                     'goal but have no way to certify staff skills.',
        'competencies': 'Supported conversation techniques; checking comprehension; using written keywords and '
                        'pictographic resources; adapting consent and discharge conversations',
        'learning_outcomes': ['Use at least four supported-conversation techniques in a real or simulated encounter',
                              'Verify that a person with aphasia has understood key information',
                              'Adapt written material using aphasia-friendly formatting principles'],
        'competency_framework': 'Supported Conversation for Adults with Aphasia (SCA™) framework',
        'summative_assessment': 'A recorded conversation with a trained volunteer who has aphasia, rated with the '
                                'Measure of Skill in Supported Conversation, pass at 3 or higher on every item.',
        'partner_name': 'Aphasia Community Network of Cedar Valley',
        'partner_contact': 'Bronwyn Okafor-Reid, bokafor-reid@example.com',
        'endorsement_status': 'letter_attached',
        'education_plan_alignment': 'Advances person-centred care and inclusive communication, two priorities named '
                                    'in the Education Plan.',
        'delivery_format': 'online',
        'estimated_hours': 6,
        'proposed_start': 'October 2026',
        'expected_enrolment': 200,
        'resources_required': 'Honoraria for volunteer conversation partners; video platform licence',
        'submission_date': '2026-04-08',
    }
    L = {'proposal_title': 'Working Title', 'proposer_name': 'Submitted by', 'proposer_title': 'Job Title',
         'proposer_department': 'School / Department', 'proposer_email': 'Contact Email', 'proposer_phone': 'Phone',
         'request_type': 'This proposal is for', 'existing_program_name': 'Program to be Converted',
         'target_learners': 'Target Audience', 'rationale': 'Identified Skills Gap',
         'competencies': 'Skills and Competencies', 'learning_outcomes': 'By the end learners will be able to',
         'competency_framework': 'Framework (e.g. ESCO, professional body)',
         'summative_assessment': 'Assessment of Outcomes', 'partner_name': 'Endorsing Partner / External Body',
         'partner_contact': 'Partner Contact', 'endorsement_status': 'Letter of Support Attached? (Yes/No)',
         'education_plan_alignment': 'Education Plan Alignment', 'delivery_format': 'Delivery Mode',
         'estimated_hours': 'Total Learning Hours', 'proposed_start': 'Anticipated Start Date',
         'expected_enrolment': 'Estimated Learners / Year', 'resources_required': 'Budget / Resources',
         'submission_date': 'Submission Date'}
    md = ['# Micro-Credential Concept Form\n', '*Plain-text copy of my answers (the form would not open on my laptop).*\n']
    for k in ORDER:
        lab = L[k]
        if k == 'request_type':
            md.append(f'**{lab}:** \\[x\\] New micro-credential \\[ \\] Convert an existing program \\[ \\] Micro-course\n')
        elif k == 'endorsement_status':
            md.append(f'**{lab}:** Yes\n')
        elif k == 'delivery_format':
            md.append(f'**{lab}:** \\[x\\] Online \\[ \\] In person \\[ \\] Hybrid\n')
        elif k == 'learning_outcomes':
            md.append(f'**{lab}:**\n')
            md.append('\n'.join(f'{i}. {x}' for i, x in enumerate(F[k], 1)) + '\n')
        elif k == 'existing_program_name':
            md.append(f'**{lab}:** N/A\n')
        elif k == 'estimated_hours':
            md.append(f'**{lab}:** 6 hours (three 2-hour modules)\n')
        elif k == 'expected_enrolment':
            md.append(f'**{lab}:** 200+\n')
        elif k == 'submission_date':
            md.append(f'**{lab}:** 8 April 2026\n')
        else:
            md.append(f'**{lab}:** {F[k]}\n')
    pandoc('\n'.join(md), out(name), 't07')
    e = expected(F, '4', 'Form answers re-keyed as plain "Label: answer" paragraphs, written in Markdown and converted '
                 'to DOCX with pandoc 2.17 (pandoc styles: Heading 1, "First Paragraph"/"Body Text", numbered list via '
                 'numbering definitions); bold label run-in with the answer in the same paragraph; alternative label '
                 'wordings from FIELDS.md (Working Title, Submitted by, Target Audience, Identified Skills Gap …); '
                 'choices as "[x] Online [ ] In person"; "Letter of Support Attached? (Yes/No): Yes" = letter_attached; '
                 'Program to be Converted "N/A" (empty); hours "6 hours (three 2-hour modules)"; enrolment "200+" -> 200.')
    return name, e, ['[x] New micro-credential', '[x] Online', 'Letter of Support Attached? (Yes/No): Yes',
                     '6 hours (three 2-hour modules)', '200+', '8 April 2026']


# =====================================================================================================  T08
@doc
def t08():
    name = 'NICU cue-based feeding - concept form (printed).pdf'
    r1 = ('Preterm infants in level II nurseries are still fed on fixed schedules in most of our partner units, and '
          'feeding-related length of stay averages six extra days. Cue-based feeding shortens time to full oral '
          'feeds, but nurses tell us they were never formally taught to read infant cues or to judge readiness.')
    r2 = ('Two regional hospitals have adopted a cue-based feeding policy for 2027 and need a way to verify that '
          'every NICU nurse can apply it safely; no Canadian micro-credential covers this.')
    F = {
        'proposal_title': 'Cue-Based Oral Feeding of the Preterm Infant',
        'proposer_name': 'Sunniva Achterberg',
        'proposer_title': 'Neonatal Clinical Nurse Specialist',
        'proposer_department': 'Neonatal Intensive Care Unit, St. Brendan’s Health Centre',
        'proposer_email': 's.achterberg@example.org',
        'proposer_phone': '416-555-0126, ext. 5512',
        'request_type': 'new',
        'target_learners': 'Registered nurses in level II and level III neonatal units',
        'rationale': r1 + ' ' + r2,
        'competencies': 'Assessing feeding readiness; reading engagement and disengagement cues; co-regulated pacing; '
                        'documenting feeding quality with a validated scale',
        'learning_outcomes': ['Score feeding readiness with the Infant-Driven Feeding Scales',
                              'Pace a bottle or breast feed in response to stress cues',
                              'Document feeding quality and escalate concerns to the team'],
        'competency_framework': 'Canadian Association of Neonatal Nurses (CANN) standards',
        'summative_assessment': 'Two observed feeds in the NICU scored by a preceptor with a standard checklist, plus '
                                'a case-based online quiz (pass mark 80 %).',
        'partner_name': 'St. Brendan’s Health Centre',
        'partner_contact': 'Mireille Dubois-Harper, Director of Women and Children, mdh@example.com',
        'endorsement_status': 'letter_attached',
        'education_plan_alignment': 'Meets the Education Plan aims of practice-based learning with clinical partners '
                                    'and flexible upskilling for registered nurses.',
        'delivery_format': 'hybrid',
        'estimated_hours': 9,
        'proposed_start': 'March 2027',
        'expected_enrolment': 60,
        'resources_required': 'Two high-fidelity infant manikins with feeding simulation; preceptor time',
        'submission_date': '2026-04-07',
    }
    D = {'rationale': r1 + '\n\n' + r2, 'estimated_hours': '9 hours', 'expected_enrolment': '60',
         'submission_date': '07-04-2026'}
    body = ''
    for k, lab, ans in std_rows(F, D, on='[X]', off='[ ]'):
        body += rtf_par(lab.upper(), r'\f1\fs18\b\cf2', r'\sb160\sa40\keepn')
        if isinstance(ans, list):
            for i, x in enumerate(ans, 1):
                body += rtf_par(f'{i}. {x}', r'\f0\fs22', r'\li360')
        elif k == 'rationale':
            body += rtf_par(r1, r'\f0\fs22', r'\li360\sa120')
            body += r'\pard\plain\page\par' + '\n' if False else ''
            body += r'{\f0\fs22\page}' + '\n'
            body += rtf_par(r2, r'\f0\fs22', r'\li360')
        else:
            body += rtf_par(ans, r'\f0\fs22', r'\li360')
    hdr = (r'{\header\pard\plain\qc{\f1\fs16\cf3 ' + rtf_esc('Michener Institute – CE – Micro-Course / Credential '
           'Concept Form') + r'}\par}' + '\n' + r'{\footer\pard\plain\qr{\f1\fs16\cf3 ' +
           rtf_esc('Cue-based feeding – S. Achterberg – page ') + r'}{\field{\*\fldinst PAGE}{\fldrslt 1}}\par}' + '\n')
    rtf = RTF_HEAD + hdr + rtf_par('Micro-Course / Credential Concept Form', r'\f1\fs30\b', r'\sa200') + body + '}'
    rtf_to(rtf, out(name), 't08', 'pdf')
    e = expected(F, '4', 'Printed form: written as RTF (upper-case blue label line, answer indented below, options as '
                 '"[X] Hybrid [ ] …") with a page header and a footer carrying a PAGE field, then printed to PDF by '
                 'LibreOffice 7.4. The two-paragraph rationale is split by a hard page break, so the footer of page 1 '
                 'and the header of page 2 sit between its paragraphs (expected value joins the paragraphs with one '
                 'space); hours "9 hours"; date "07-04-2026" (dd-mm).')
    return name, e, ['[X] New micro-credential', '[X] Letter of support attached', '[X] Hybrid', '9 hours',
                     '07-04-2026']


# =====================================================================================================  T09
@doc
def t09():
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    name = 'Placental gross examination - concept form (printed).pdf'
    F = {
        'proposal_title': 'Placental Gross Examination for Pathologists’ Assistants',
        'proposer_name': 'Dr. Ifeoluwa Brandt-Mensah',
        'proposer_title': 'Perinatal Pathologist and Associate Professor',
        'proposer_department': 'Department of Laboratory Medicine, Queensgate University Hospital',
        'proposer_email': 'i.brandt-mensah@example.org',
        'proposer_phone': '613-555-0173',
        'request_type': 'micro_course',
        'target_learners': 'Pathologists’ assistants and senior grossing technologists who handle placentas',
        'rationale': 'Placentas make up a growing share of surgical specimens, and sampling errors delay diagnoses in '
                     'stillbirth and growth-restriction work-ups. Laboratories want a short, standards-based course.',
        'competencies': 'Specimen triage; gross description to the Amsterdam consensus; standard sampling; '
                        'recognising lesions that need a pathologist',
        'learning_outcomes': ['Describe a singleton and a twin placenta using the Amsterdam consensus terms',
                              'Sample a placenta with the standard block set and label it correctly',
                              'Identify gross lesions that require immediate pathologist review'],
        'summative_assessment': 'Grossing of three placentas under observation, each graded with a structured '
                                'checklist, plus a written gross description marked against a model answer.',
        'education_plan_alignment': 'Offers a focused, assessable credential for laboratory professionals, matching '
                                    'the Education Plan direction on stackable learning.',
        'delivery_format': 'in_person',
        'estimated_hours': 8,
        'proposed_start': 'Fall 2026',
        'expected_enrolment': 16,
        'submission_date': '2026-04-03',
    }
    d = Document()
    d.styles['Normal'].font.name = 'Liberation Serif'
    d.styles['Normal'].font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = 'Queensgate University Hospital – Laboratory Medicine'
    fp = sec.footer.paragraphs[0]
    fp.text = 'CE concept form (Q-version) – page '
    run = fp.add_run()
    run._r.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    fp.add_run(' of ')
    fp._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="NUMPAGES"><w:r><w:t>2</w:t></w:r></w:fldSimple>'))
    d.add_heading('Micro-Course / Credential Concept Form – Questions and Answers', 1)

    def q(text):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        p.paragraph_format.space_before = Pt(10)

    def sub(letter, text, ans):
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.8)
        r = p.add_run(f'({letter}) {text}: ')
        r.italic = True
        p.add_run(ans)

    def a(text):
        p = d.add_paragraph(text)
        p.paragraph_format.left_indent = Cm(0.8)

    q('1. What is the proposed title of the micro-course or credential?')
    a(F['proposal_title'])
    q('2. Tell us about the person proposing it.')
    sub('a', 'Name', F['proposer_name'])
    sub('b', 'Position', F['proposer_title'])
    sub('c', 'Department or organization', F['proposer_department'])
    sub('d', 'E-mail', F['proposer_email'])
    sub('e', 'Phone', F['proposer_phone'])
    q('3. Is this a new micro-credential, a conversion of an existing program, or a micro-course?')
    a('A micro-course.')
    q('4. Who are the learners, and why is the course needed?')
    sub('a', 'Intended learners', F['target_learners'])
    sub('b', 'Need / skills gap', F['rationale'])
    q('5. Which competencies will it build, and what will learners be able to do at the end?')
    sub('a', 'Competencies', F['competencies'])
    p = d.add_paragraph()
    p.paragraph_format.left_indent = Cm(0.8)
    p.add_run('(b) Learning outcomes: ').italic = True
    for i, x in enumerate(F['learning_outcomes'], 1):
        pp = d.add_paragraph(f'{i}. {x}')
        pp.paragraph_format.left_indent = Cm(1.6)
    sub('c', 'Framework used, if any', '')
    q('6. How will achievement of the outcomes be evidenced (summative assessment)?')
    a(F['summative_assessment'])
    q('7. Which industry or employment partner endorses the proposal, and what is the status of the endorsement?')
    sub('a', 'Partner', '')
    sub('b', 'Contact', '')
    sub('c', 'Status', '')
    q("8. How does the proposal align with Michener's Education Plan?")
    a(F['education_plan_alignment'])
    q('9. Practical details')
    sub('a', 'Delivery format', 'In person (gross room)')
    sub('b', 'Estimated hours', 'one day, 8 h')
    sub('c', 'Proposed start', F['proposed_start'])
    sub('d', 'Expected enrolment per year', '16')
    sub('e', 'Resources required', '')
    q('10. Date')
    a('3 April 2026')
    tmp = os.path.join(WORK, 't09.docx')
    d.save(tmp)
    docx_to_pdf(tmp, out(name))
    e = expected(F, '4', 'Incomplete: question 7 (partner, contact, endorsement status) has its sub-parts left blank, '
                 'so partner_name and endorsement_status are missing. A Q&A version of the form where the labels are '
                 'long numbered questions with lettered sub-parts ("2. Tell us about the person proposing it. (a) Name: '
                 '… (b) Position: …"), written with python-docx (header with the lab name, footer "page X of Y" fields) '
                 'and printed to PDF by LibreOffice 7.4; request type answered as a sentence "A micro-course."; '
                 'format "In person (gross room)"; hours "one day, 8 h" -> 8; date "3 April 2026".',
                 missing=['partner_name', 'endorsement_status'])
    return name, e, ['A micro-course.', 'In person (gross room)', 'one day, 8 h', '3 April 2026']


# =====================================================================================================  T10
@doc
def t10():
    name = 'Proposal - Sickle cell disease acute care for emergency nurses.docx'
    r1 = ('People living with sickle cell disease wait, on average, more than 90 minutes for a first dose of '
          'analgesia in our emergency departments, well beyond the 60 minutes recommended by national guidelines.')
    r2 = ('Patients and families describe being doubted or labelled as drug-seeking. Hospital leaders have asked for '
          'training that changes practice and can be verified, not another awareness module.')
    comps = ['Rapid triage and pain assessment in vaso-occlusive crisis', 'Individualised analgesia protocols',
             'Recognising acute chest syndrome, stroke and sepsis', 'Anti-stigma, person-centred communication']
    F = {
        'proposal_title': 'Sickle Cell Disease: Acute Care in the Emergency Department',
        'proposer_name': 'Adaeze Whitcombe-Ng',
        'proposer_title': 'Clinical Nurse Educator, Emergency Department',
        'proposer_department': 'Riverside East Hospital',
        'proposer_email': 'adaeze.wn@example.org',
        'proposer_phone': '416-555-0109',
        'request_type': 'new',
        'target_learners': 'Emergency department nurses and nurse practitioners who triage and treat adolescents and '
                           'adults in vaso-occlusive crisis.',
        'rationale': r1 + ' ' + r2,
        'competencies': join_items(comps),
        'learning_outcomes': ['Triage a person in sickle cell crisis and give first analgesia within 60 minutes in a '
                              'simulated case',
                              'Follow an individualised pain plan and reassess every 30 minutes',
                              'Recognise the red flags of acute chest syndrome and stroke',
                              'Respond to a patient’s concerns about stigma using person-centred language'],
        'summative_assessment': 'A high-fidelity simulation of a crisis presentation scored with a validated checklist, '
                                'followed by a chart audit of the learner’s next three real cases.',
        'partner_name': 'Sickle Cell Alliance of Greater Toronto',
        'partner_contact': 'Kwabena Asante-Lund (kasante-lund@example.com)',
        'endorsement_status': 'letter_attached',
        'education_plan_alignment': 'The proposal advances the Education Plan commitments to equity, diversity and '
                                    'inclusion and to simulation-based, competency-focused learning.',
        'delivery_format': 'hybrid',
        'estimated_hours': 16,
        'proposed_start': 'spring 2027',
        'expected_enrolment': 60,
        'resources_required': 'simulation centre for one day per cohort and one standardized patient',
        'submission_date': '2026-04-14',
    }
    md = f"""# {F['proposal_title']}

*A micro-credential proposal for Michener Continuing Education — 14 April 2026*

## What we are asking for

We would like to create a **new micro-credential** (not a conversion of an existing program).

## Who it is for

{F['target_learners']}

## The problem

{r1}

{r2}

## Skills people will build

""" + '\n'.join('- ' + c for c in comps) + """

## What learners will be able to do

By the end of the credential, a nurse will be able to:

""" + '\n'.join(f'{i}. {x}' for i, x in enumerate(F['learning_outcomes'], 1)) + f"""

## How we will know they can do it

{F['summative_assessment']}

## Who is backing it

The {F['partner_name']} has agreed to endorse the credential and their letter of support is attached. Our contact there is {F['partner_contact']}.

## Fit with Michener's plans

{F['education_plan_alignment']}

## Practical details

We picture a hybrid offering of roughly 16 hours, starting in {F['proposed_start']}, for about 60 nurses a year. Resources: {F['resources_required']}.

---

{F['proposer_name']}, RN, MN  
{F['proposer_title']}  
{F['proposer_department']}  
{F['proposer_email']} · {F['proposer_phone']}
"""
    pandoc(md, out(name), 't10')
    e = expected(F, '5', 'Prose proposal written in Markdown and converted to DOCX by pandoc 2.17: the title is the '
                 'document title (Heading 1), sections are Heading 2 in the applicant\'s words ("Who it is for", "The '
                 'problem", "How we will know they can do it" …); the request type is said in a sentence ("a new '
                 'micro-credential (not a conversion …)"); a two-paragraph rationale; outcomes after a lead-in line; '
                 'partner, endorsement and contact in one paragraph ("has agreed to endorse … letter of support is '
                 'attached"); one sentence gives format, hours, start and enrolment; the proposer\'s name (with '
                 '"RN, MN"), title, hospital, email and phone only in the closing block (lines joined by pandoc hard '
                 'line breaks); date in the subtitle line.')
    return name, e, ['hybrid offering of roughly 16 hours', 'about 60 nurses a year', '14 April 2026',
                     'new micro-credential', 'letter of support is attached']


# =====================================================================================================  T11
@doc
def t11():
    name = 'Memo - ambulatory EEG set-up micro-course.docx'
    F = {
        'proposal_title': 'Ambulatory EEG Hook-up and Patient Instruction',
        'proposer_name': 'Tomasz Wierzbicki-Allen',
        'proposer_title': 'Charge Technologist, Neurophysiology Laboratory',
        'proposer_department': 'Brookfield Children’s Hospital',
        'proposer_email': 't.wierzbicki-allen@example.org',
        'proposer_phone': '519-555-0121',
        'request_type': 'micro_course',
        'target_learners': 'registered EEG technologists and neurophysiology assistants who are new to home recordings',
        'rationale': 'Home ambulatory EEG volumes at our lab doubled between 2023 and 2025, and recordings fail when '
                     'electrodes lift overnight or families are not taught to keep the event diary. Other paediatric '
                     'labs in the province report the same problem, and no course teaches these skills.',
        'competencies': 'collodion electrode application to the 10–20 system, impedance checking and securing for '
                        '48–72 hour recordings, and teaching families to use the event button and diary',
        'learning_outcomes': ['apply and secure a full 10–20 montage with collodion in under 45 minutes',
                              'verify impedances and recording quality before discharge',
                              'instruct a family on the event button, the diary and what to do if an electrode lifts'],
        'summative_assessment': 'Each participant will be assessed on a practical hook-up of a manikin head within 45 '
                                'minutes, scored against a checklist, and must submit one supervised home recording '
                                'with less than 10 % artefact.',
        'partner_name': 'Ontario Association of Neurophysiology Technologists',
        'partner_contact': 'Lise Harrow, lharrow@example.com',
        'endorsement_status': 'letter_attached',
        'education_plan_alignment': 'This fits the Education Plan’s commitment to flexible, employer-informed learning '
                                    'for working professionals.',
        'delivery_format': 'hybrid',
        'estimated_hours': 6,
        'proposed_start': 'January 2027',
        'expected_enrolment': 24,
        'resources_required': 'the EEG teaching lab and consumables for hook-up practice',
        'submission_date': '2026-04-06',
    }
    P = lambda t, f=r'\f3\fs22', p=r'\sa160': rtf_par(t, f, p)
    memo = (RTF_HEAD + P('MEMORANDUM', r'\f3\fs36\b', r'\sa240')
            + P('TO:\tContinuing Education Office, Michener Institute', r'\f3\fs22', r'\tx1400\sa0')
            + P(f'FROM:\t{F["proposer_name"]}', r'\f3\fs22', r'\tx1400\sa0')
            + P('DATE:\tApril 6, 2026', r'\f3\fs22', r'\tx1400\sa0')
            + P('RE:\tProposal for a micro-course in ambulatory EEG set-up', r'\f3\fs22', r'\tx1400\brdrb\brdrs\brdrw10\sa240')
            + P(f'I am writing to propose a micro-course, {F["proposal_title"]}, for {F["target_learners"]}.')
            + P(F['rationale'])
            + P(f'The course targets three competencies: {F["competencies"]}. By the end, participants will be able to:')
            + ''.join(rtf_par(f'{chr(97 + i)}) {x}', r'\f3\fs22', r'\li500\sa60') for i, x in
                      enumerate(F['learning_outcomes']))
            + P(F['summative_assessment'], p=r'\sb120\sa160')
            + P(f'The {F["partner_name"]} has endorsed the idea and their letter is attached (contact: '
                f'{F["partner_contact"]}). {F["education_plan_alignment"]}')
            + P(f'We propose a hybrid format of 6 hours (2 online, 4 in the lab), starting in {F["proposed_start"]}, '
                f'with about 24 learners per year. We would need {F["resources_required"]}.')
            + P('Thank you for considering this proposal.', p=r'\sa360')
            + P(F['proposer_name'], p=r'\sa0') + P(F['proposer_title'], p=r'\sa0')
            + P(F['proposer_department'], p=r'\sa0')
            + P(f'{F["proposer_email"]} | {F["proposer_phone"]}', p=r'\sa0') + '}')
    rtf_to(memo, out(name), 't11', 'docx')
    e = expected(F, '5', 'Memo written as RTF (Calibri, tab-aligned TO/FROM/DATE/RE block, rule under RE) and '
                 'converted to DOCX by LibreOffice 7.4. Several fields per sentence: the first sentence gives request '
                 'type, title and learners ("I am writing to propose a micro-course, <title>, for <learners>."); the '
                 'competencies are the list after "targets three competencies:"; partner, endorsement and contact in '
                 'one sentence, followed by the alignment sentence in the same paragraph; format, hours, start, '
                 'enrolment and resources in one paragraph; outcomes lettered "a)"; the FROM line has only the name, '
                 'title / hospital / email / phone are in the signature block; date "April 6, 2026".')
    return name, e, ['micro-course', 'letter is attached', 'hybrid format of 6 hours', 'about 24 learners per year',
                     'April 6, 2026']


# =====================================================================================================  T12
@doc
def t12():
    name = 'Courriel à la FC - microcours prévention du délirium.pdf'
    comps = ['Dépistage du délirium avec la méthode CAM', 'Interventions non pharmacologiques de prévention',
             'Communication avec les proches aidants']
    F = {
        'proposal_title': 'Prévention et détection du délirium chez la personne âgée hospitalisée',
        'proposer_name': 'Élodie Marchetti-Roy',
        'proposer_title': 'Conseillère en soins infirmiers – gériatrie',
        'proposer_department': 'Direction des soins infirmiers, Centre hospitalier des Trois-Rives',
        'proposer_email': 'elodie.marchetti-roy@example.org',
        'proposer_phone': '819-555-0148',
        'request_type': 'micro_course',
        'target_learners': 'infirmières, infirmières auxiliaires et préposés aux bénéficiaires des unités de médecine '
                           'et de chirurgie',
        'rationale': 'Près d’un patient âgé sur trois développe un délirium pendant son hospitalisation, et plus de la '
                     'moitié des cas ne sont pas détectés. Notre établissement veut que chaque membre de l’équipe de '
                     'soins puisse le dépister dès le premier quart de travail.',
        'competencies': join_items(comps),
        'learning_outcomes': ['Appliquer la méthode CAM au chevet et interpréter le résultat',
                              'Mettre en place au moins cinq mesures de prévention non pharmacologiques',
                              'Expliquer le délirium à un proche aidant avec des mots simples'],
        'summative_assessment': 'Une vignette filmée à coter avec la CAM (accord attendu avec le corrigé) et une '
                                'observation au chevet par une conseillère, à l’aide d’une grille.',
        'partner_name': 'Centre hospitalier des Trois-Rives',
        'partner_contact': 'Mme Nathalie Beauséjour, directrice adjointe, n.beausejour@example.com',
        'endorsement_status': 'confirmed',
        'education_plan_alignment': 'Le projet rejoint l’orientation du plan d’enseignement de Michener sur les '
                                    'formations courtes, axées sur les compétences et conçues avec les milieux.',
        'delivery_format': 'online',
        'estimated_hours': 4,
        'proposed_start': 'janvier 2027',
        'expected_enrolment': 150,
        'submission_date': '2026-04-07',
    }
    css = 'body{font-family:"Liberation Sans";font-size:10pt}'
    hdr = ('<table border="0" cellpadding="1" width="100%"><col width="15%"><col width="85%"><tr><td><b>De :</b></td><td>Élodie Marchetti-Roy &lt;'
           'elodie.marchetti-roy@example.org&gt;</td></tr><tr><td><b>Envoyé :</b></td><td>mardi 7 avril 2026 10:42'
           '</td></tr><tr><td><b>À :</b></td><td>ce@michener.example</td></tr><tr><td><b>Objet :</b></td>'
           f'<td>Proposition de microcours – délirium</td></tr></table><hr>')
    body = f"""<p>Bonjour,</p>
<p>Je vous soumets une proposition de microcours intitulé « {h(F['proposal_title'])} ». Il s’adresse aux
{h(F['target_learners'])}.</p>
<p><b>Le besoin.</b> {h(F['rationale'])}</p>
<p><b>Compétences visées :</b></p><ul>{''.join(f'<li>{h(c)}</li>' for c in comps)}</ul>
<p>À la fin du microcours, les participants pourront :</p>
<ol>{''.join(f'<li>{h(x)}</li>' for x in F['learning_outcomes'])}</ol>
<p><b>Évaluation sommative :</b> {h(F['summative_assessment'])}</p>
<p><b>Partenaire :</b> {h(F['partner_name'])}. L’appui est confirmé; la lettre suivra. Personne-ressource :
{h(F['partner_contact'])}.</p>
<p><b>Plan d’enseignement :</b> {h(F['education_plan_alignment'])}</p>
<p><b>Modalités :</b> entièrement en ligne, 4 heures au total, à partir de {h(F['proposed_start'])}, pour environ 150
personnes par année.</p>
<p>Merci de votre attention,</p>
<p>{h(F['proposer_name'])}<br>{h(F['proposer_title'])}<br>{h(F['proposer_department'])}<br>Tél. : {h(F['proposer_phone'])}
</p>"""
    page = ('<p><b><font size="4">Élodie Marchetti-Roy</font></b></p><hr>' + hdr + body)
    html_to_pdf(html_page(page, 'Courriel', css, 'fr'), out(name), 't12')
    e = expected(F, '5', 'French email printed to PDF (Outlook-style print: sender name, De/Envoyé/À/Objet block, '
                 'body), written as HTML and exported by LibreOffice 7.4. Title and learners in the first two '
                 'sentences (title in « guillemets »); run-in bold labels in the writer\'s words ("Le besoin.", '
                 '"Modalités :"); "L’appui est confirmé; la lettre suivra." = confirmed; "Modalités" sentence gives '
                 'format (entièrement en ligne), hours (4 heures), start and enrolment (environ 150); the email '
                 'address only in the De: line, title/department/phone in the signature; submission date from the '
                 'Envoyé line "mardi 7 avril 2026".')
    return name, e, ['mardi 7 avril 2026', 'proposition de microcours', 'L’appui est confirmé',
                     'entièrement en ligne, 4 heures au total', 'environ 150']


# =====================================================================================================  T13
@doc
def t13():
    name = 'Our answers - lymphedema compression bandaging.docx'
    F = {
        'proposal_title': 'Multilayer Compression Bandaging for Lymphedema',
        'proposer_name': 'Ingrid Solheim-Baptiste',
        'proposer_title': 'Certified Lymphedema Therapist and physiotherapist',
        'proposer_department': 'Oncology Rehabilitation Clinic at Mount Carmel Regional Hospital',
        'proposer_email': 'ingrid.sb@example.org',
        'proposer_phone': '416-555-0183',
        'request_type': 'existing_program',
        'existing_program_name': 'Lymphedema Management Certificate',
        'target_learners': 'Physiotherapists, occupational therapists, registered massage therapists and nurses who '
                           'already hold basic lymphedema training',
        'rationale': 'Only the full certificate teaches bandaging, and most clinicians cannot take 135 hours of '
                     'leave. Oncology programs report patients waiting months for decongestive therapy because too '
                     'few staff can bandage safely.',
        'competencies': 'Limb measurement and volume calculation, selection of short-stretch bandages and padding, '
                        'application of multilayer bandaging to arm and leg, and monitoring for complications.',
        'learning_outcomes': ['Measure a limb and calculate its volume with the truncated cone method',
                              'Apply a multilayer short-stretch bandage to an arm and a leg with graduated pressure',
                              'Teach a patient or carer to recognise and act on bandage-related complications'],
        'competency_framework': 'Canadian Lymphedema Framework best-practice guidelines',
        'summative_assessment': 'Practical exam: bandage an arm and a leg on a volunteer while an examiner scores '
                                'technique and measured sub-bandage pressure; pass requires both limbs within range.',
        'partner_name': 'Mount Carmel Regional Hospital Oncology Program',
        'partner_contact': 'Dr. Farouk Delacroix-Amin (fdelacroix@example.com)',
        'endorsement_status': 'confirmed',
        'education_plan_alignment': 'It unbundles a long certificate into a stackable credential, which is exactly what '
                                    'the Education Plan asks continuing education to do.',
        'delivery_format': 'hybrid',
        'estimated_hours': 20,
        'proposed_start': 'November 2026',
        'expected_enrolment': 30,
        'resources_required': 'Bandaging supplies (about $40 per learner), a pressure monitor, the skills lab for one day',
        'submission_date': '2026-04-02',
    }
    qa = [
        ('What would we call it?', F['proposal_title']),
        ('Who is putting it forward, and how do we reach you?',
         f"I'm {F['proposer_name']}, {F['proposer_title']} in the {F['proposer_department']} – "
         f"{F['proposer_email']}, {F['proposer_phone']}."),
        ('Is it brand new, or a rework of something that exists?',
         f"A rework: it would convert the bandaging module of our {F['existing_program_name']} into a stand-alone "
         'credential.'),
        ('Who would take it?', F['target_learners']),
        ('What gap does it fill?', F['rationale']),
        ('What skills will people walk away with?', F['competencies']),
        ('What exactly should they be able to do afterwards?', F['learning_outcomes']),
        ('Is there a framework behind it?', F['competency_framework']),
        ('How will you know they can actually do it?', F['summative_assessment']),
        ('Who outside Michener supports this?',
         f"{F['partner_name']}; contact {F['partner_contact']}. They have said yes and the letter will follow next week."),
        ("How does it fit Michener's direction?", F['education_plan_alignment']),
        ('How, how long, when, how many?',
         f"Blended: 12 hours online theory plus one 8-hour lab day, 20 hours in total; first offering in "
         f"{F['proposed_start']}; 3 cohorts of 10 a year (30)."),
        ('What will you need from Michener?', F['resources_required']),
    ]
    body = ['<h1><font face="Liberation Serif">Our answers to the CE concept questions</font></h1>'
            '<p><i>Lymphedema compression bandaging – 2 April 2026</i></p>']
    for i, (qq, ans) in enumerate(qa, 1):
        body.append(f'<p style="margin-top:10pt"><font color="#7f3f00"><b>Q{i}. {h(qq)}</b></font></p>')
        body.append(html_answer(ans, 'ul') if isinstance(ans, list) else f'<p>{h(ans)}</p>')
    html_to_docx(html_page(''.join(body), 'Answers'), out(name), 't13')
    e = expected(F, '5', 'Retyped Q&A written as HTML and turned into DOCX by LibreOffice 7.4: brown bold questions '
                 '"Q1. …" in the applicant\'s own words ("What would we call it?", "What gap does it fill?", "How, how '
                 'long, when, how many?") with the answer in the paragraph below. The contact answer is one sentence '
                 'with name, title, department, email and phone; request type answered "A rework: it would convert … '
                 'of our Lymphedema Management Certificate …" (existing_program, program named in the sentence); '
                 'partner answer "…; contact …. They have said yes and the letter will follow next week." = confirmed; '
                 '"Blended: … 20 hours in total; …; 3 cohorts of 10 a year (30)." -> hybrid, 20, 30. Date in the '
                 'subtitle "2 April 2026".')
    return name, e, ['A rework: it would convert', 'letter will follow next week', 'Blended:', '20 hours in total',
                     '3 cohorts of 10 a year (30)', '2 April 2026']


# =====================================================================================================  T14
@doc
def t14():
    from odp import slide_pdf
    name = 'One-slide pitch - Anticoagulant reversal in the ED.pdf'
    comps = ['Identify the anticoagulant and time of last dose', 'Choose and dose the reversal agent',
             'Prepare and check PCC, idarucizumab and andexanet', 'Document and hand over']
    F = {
        'proposal_title': 'Anticoagulant Reversal in the Emergency Department',
        'proposer_name': 'Hamid Okonjo-Park',
        'proposer_title': 'Emergency Department Pharmacist',
        'proposer_department': 'Westmount Regional Health',
        'proposer_email': 'h.okonjo-park@example.com',
        'proposer_phone': '647-555-0164',
        'request_type': 'new',
        'target_learners': 'ED pharmacists, pharmacy technicians and emergency nurses',
        'rationale': 'Reversal of anticoagulants is time-critical and error-prone. Our 2025 audit found dosing errors '
                     'in 1 of 5 reversals.',
        'competencies': join_items(comps),
        'learning_outcomes': ['Select the right reversal agent for a given anticoagulant and bleed',
                              'Calculate and prepare the dose within 15 minutes',
                              'Communicate the plan using a structured handover'],
        'summative_assessment': 'Timed simulation with dose-calculation check, pass = correct agent and dose within '
                                '15 minutes',
        'partner_name': 'Westmount Regional Health – Pharmacy Department',
        'endorsement_status': 'letter_attached',
        'education_plan_alignment': 'Patient safety and interprofessional practice, both Education Plan priorities',
        'delivery_format': 'online',
        'estimated_hours': 5,
        'proposed_start': 'Jan 2027',
        'expected_enrolment': 80,
        'submission_date': '2026-04-01',
    }
    navy, grey, pale = '#1f3864', '#404040', '#e8eef7'
    def box(x, y, w, hh, head, lines, bullets=False, size=10.5):
        return {'x': x, 'y': y, 'w': w, 'h': hh, 'fill': pale,
                'paras': [(head, 11, True, navy, False)] + [(t, size, False, grey, bullets) for t in lines]}
    frames = [
        {'x': 0, 'y': 0, 'w': 33.867, 'h': 2.6, 'fill': navy,
         'paras': [(F['proposal_title'], 24, True, '#ffffff', False),
                   ('Micro-credential pitch for Michener CE · 1 April 2026', 11, False, '#ffffff', False)]},
        box(0.8, 3.1, 10.2, 2.4, 'The ask', ['New micro-credential']),
        box(0.8, 5.8, 10.2, 2.8, 'For', [F['target_learners']]),
        box(0.8, 8.9, 10.2, 3.6, 'Why', [F['rationale']]),
        box(0.8, 12.8, 10.2, 4.6, 'Skills', comps, True, 10),
        box(11.6, 3.1, 10.6, 5.5, 'Learners will be able to', F['learning_outcomes'], True),
        box(11.6, 8.9, 10.6, 3.6, 'Proof of competence', [F['summative_assessment']]),
        box(11.6, 12.8, 10.6, 4.6, 'Partner', [F['partner_name'] + ' (letter of support attached)']),
        box(22.8, 3.1, 10.3, 5.5, 'Education Plan fit', [F['education_plan_alignment']]),
        box(22.8, 8.9, 10.3, 3.6, 'Logistics', ['Online · 5 h · start Jan 2027 · ~80 learners/yr']),
        box(22.8, 12.8, 10.3, 4.6, 'Contact', [f"{F['proposer_name']}, {F['proposer_title']}",
                                               F['proposer_department'], F['proposer_email'], F['proposer_phone']]),
        {'x': 0.8, 'y': 17.8, 'w': 32, 'h': 0.9, 'paras': [('Westmount Regional Health · Pharmacy · confidential draft',
                                                          8, False, '#808080', False)]},
    ]
    slide_pdf(frames, out(name), 't14')
    e = expected(F, '5', 'A one-slide pitch (16:9) instead of the form: written as a flat ODP presentation (text '
                 'frames with coloured fills) and exported to PDF by LibreOffice Impress 7.4. Boxes headed in the '
                 'applicant\'s words ("The ask", "For", "Why", "Proof of competence", "Education Plan fit", '
                 '"Logistics"); text in three columns so reading order depends on frame order; "Partner" box '
                 '"Westmount Regional Health – Pharmacy Department (letter of support attached)"; the Logistics line '
                 '"Online · 5 h · start Jan 2027 · ~80 learners/yr" holds four fields; contact details in a Contact box; '
                 'the date in the title band. No partner contact.')
    return name, e, ['New micro-credential', '(letter of support attached)',
                     'Online · 5 h · start Jan 2027 · ~80 learners/yr', '1 April 2026']


# =====================================================================================================  T15
@doc
def t15():
    from docx import Document
    from docx.shared import Pt, Cm, RGBColor
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    name = 'Proposal letter - Low-vision assessment for optometric assistants.docx'
    F = {
        'proposal_title': 'Low-Vision Assessment Skills for Optometric Assistants',
        'proposer_name': 'Marguerite Oyelowo-Finch',
        'proposer_title': 'Clinical Director, Low Vision Rehabilitation Service',
        'proposer_department': 'Kestrel Eye Institute',
        'proposer_email': 'm.oyelowo-finch@example.org',
        'proposer_phone': '416-555-0131',
        'request_type': 'new',
        'target_learners': 'optometric assistants and ophthalmic technicians working in community or hospital eye '
                           'clinics',
        'rationale': 'Clinics across the city now have waiting lists of four months or more for low-vision '
                     'assessments, largely because optometrists must do every preliminary test themselves. Assistants '
                     'could safely take on much of this work if they were trained and their skills were verified.',
        'competencies': 'measuring low-vision acuity and contrast sensitivity, assessing functional reading, and '
                        'demonstrating magnifiers and lighting to patients',
        'learning_outcomes': ['Measure distance and near acuity with low-vision charts and record the results correctly',
                              'Measure contrast sensitivity and explain its effect on daily tasks',
                              'Demonstrate hand-held and stand magnifiers and set up task lighting for a patient'],
        'partner_name': 'Canadian Council of the Blind, Toronto Chapter',
        'partner_contact': 'Desmond Achebe-Larsen (dachebe-larsen@example.com)',
        'endorsement_status': 'in_discussion',
        'education_plan_alignment': 'This would widen access to care through new roles for assistive personnel, in '
                                    'line with the access and workforce goals of Michener’s Education Plan.',
        'delivery_format': 'in_person',
        'estimated_hours': 7,
        'proposed_start': 'autumn 2026',
        'expected_enrolment': 24,
        'resources_required': 'a low-vision clinic room with charts and a magnifier kit',
        'submission_date': '2026-04-11',
    }
    d = Document()
    d.styles['Normal'].font.name = 'Georgia'
    d.styles['Normal'].font.size = Pt(10.5)
    sec = d.sections[0]
    sec.top_margin = Cm(4)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
    r = hp.add_run('KESTREL EYE INSTITUTE')
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x2f, 0x54, 0x96)
    hp2 = sec.header.add_paragraph()
    r = hp2.add_run('Low Vision Rehabilitation Service · 221 Harbour Street, Toronto ON')
    r.font.size = Pt(8.5)
    hp3 = sec.header.add_paragraph()
    r = hp3.add_run(f'Dr. {F["proposer_name"]} · direct line {F["proposer_phone"]} · {F["proposer_email"]}')
    r.font.size = Pt(8.5)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    sec.footer.paragraphs[0].text = 'Kestrel Eye Institute is a registered charity. www.kestrel-eye.example.org'
    P = d.add_paragraph
    P('April 11, 2026')
    P('Continuing Education Office\nMichener Institute of Education\nce@michener.example')
    P(f'Re: Proposal for a new micro-credential – {F["proposal_title"]}').runs[0].bold = True
    P('Dear Continuing Education team,')
    P(f'I would like to propose a new micro-credential, {F["proposal_title"]}, for {F["target_learners"]}.')
    P(F['rationale'])
    P(f'The credential would focus on {F["competencies"]}. By the end, learners would be able to:')
    for x in F['learning_outcomes']:
        d.add_paragraph(x, style='List Bullet')
    P(f'The {F["partner_name"]} is in discussion with us about endorsing the credential; our contact there is '
      f'{F["partner_contact"]}. {F["education_plan_alignment"]}')
    P(f'It would run in person over 7 hours (one Saturday), starting in {F["proposed_start"]}, for about 24 learners a '
      f'year, and would need {F["resources_required"]}.')
    P('I would be glad to discuss the proposal at your convenience.')
    P('Sincerely,')
    P('\n\n')
    P(f'{F["proposer_name"]}, OD\n{F["proposer_title"]}\n{F["proposer_department"]}')
    d.save(out(name))
    e = expected(F, '5', 'Incomplete: the letter never says how achievement will be assessed, so '
                 'summative_assessment is missing. A proposal written as a LETTER on letterhead (python-docx, Georgia): '
                 'the proposer\'s phone and email appear ONLY in the letterhead in the page header ("Dr. … · direct '
                 'line … · …"); name, title and institute in the closing signature block (lines separated by manual '
                 'line breaks); request type, title and learners in one sentence; competencies inside a sentence '
                 '("would focus on …"); partner, endorsement ("is in discussion with us about endorsing") and contact '
                 'in one sentence; format, hours, start, enrolment and resources in one sentence; date "April 11, 2026".',
                 missing=['summative_assessment'])
    return name, e, ['new micro-credential', 'is in discussion with us', 'in person over 7 hours',
                     'about 24 learners a year', 'April 11, 2026']


# =====================================================================================================  T16
def simple_table_docx(F, D, path, title, lang='en', font='Liberation Sans', size=9.5):
    from docx import Document
    from docx.shared import Pt, Cm
    d = Document()
    d.styles['Normal'].font.name = font
    d.styles['Normal'].font.size = Pt(size)
    for s in d.sections:
        s.top_margin = s.bottom_margin = Cm(1.6)
    p = d.add_paragraph()
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(13)
    t = d.add_table(rows=0, cols=2)
    t.style = 'Table Grid'
    for k, lab, ans in std_rows(F, D, lang):
        row = t.add_row()
        row.cells[0].width = Cm(5.5)
        row.cells[1].width = Cm(12)
        row.cells[0].paragraphs[0].add_run(lab).bold = True
        if isinstance(ans, list):
            row.cells[1].paragraphs[0].text = f'1. {ans[0]}'
            for i, x in enumerate(ans[1:], 2):
                row.cells[1].add_paragraph(f'{i}. {x}')
        else:
            row.cells[1].paragraphs[0].text = ans
    d.save(path)


@doc
def t16():
    name = 'CamScanner 04-17-2026 09.12.pdf'
    F = {
        'proposal_title': 'Bowel Care Routines after Spinal Cord Injury',
        'proposer_name': 'Rosalind Tjandra-Moore',
        'proposer_title': 'Advanced Practice Nurse',
        'proposer_department': 'Spinal Cord Rehabilitation, Elmstead Rehabilitation Institute',
        'proposer_email': 'rtjandra-moore@example.org',
        'proposer_phone': '416-555-0149',
        'request_type': 'micro_course',
        'target_learners': 'Personal support workers and practical nurses in home care and long-term care',
        'rationale': 'People with spinal cord injury are readmitted for bowel complications that good routines prevent. '
                     'Home care agencies report that staff receive no formal training.',
        'competencies': 'Digital stimulation and manual evacuation technique; recognising autonomic dysreflexia; '
                        'recording bowel routines',
        'learning_outcomes': ['Carry out a bowel routine safely and with dignity',
                              'Recognise and respond to autonomic dysreflexia',
                              'Record outcomes in the client’s bowel diary'],
        'summative_assessment': 'Skills check on a simulator and an observed routine in the field, scored with a checklist',
        'partner_name': 'Parkway Home Care Co-operative',
        'partner_contact': 'Anil Brockhurst, abrockhurst@example.com',
        'endorsement_status': 'letter_attached',
        'education_plan_alignment': 'Supports community-based care and training for unregulated care providers',
        'delivery_format': 'hybrid',
        'estimated_hours': 5,
        'proposed_start': 'November 2026',
        'expected_enrolment': 90,
        'submission_date': '2026-04-17',
    }
    D = {'submission_date': '17/04/2026', 'estimated_hours': '5', 'expected_enrolment': '90'}
    tmp = os.path.join(WORK, 't16.docx')
    simple_table_docx(F, D, tmp, 'Micro-Course / Credential Concept Form')
    src = os.path.join(ROUND, '_make', 'src_' + os.path.splitext(name)[0] + '.pdf')
    docx_to_pdf(tmp, src)
    scan_pdf(src, out(name), dpi=130, angle=-1.6, noise=0.01, seed=16, photo=True, jpeg_q=55, blur=0.4)
    e = expected(F, '6', 'A phone "scan" (CamScanner-style name) of the printed official table form: the form made with '
                 'python-docx, printed to PDF by LibreOffice, rendered at 130 dpi, slightly blurred, rotated -1.6°, '
                 'uneven lighting (dark corner) and a mild perspective distortion, saved as greyscale JPEG page images '
                 'in a PDF with no text layer -> manual review. fields are what a person reads on the page (source '
                 'page kept as _make/src_CamScanner 04-17-2026 09.12.pdf).', manual=True)
    return name, e, ['17/04/2026']


# =====================================================================================================  T17
@doc
def t17():
    name = 'Education Innovation Fund - application (completed).docx'
    rows = [
        ('Section 1 – Project', None),
        ('Project title', 'Virtual-Reality Preparation for Paediatric MRI'),
        ('Fund stream', '☒ Teaching innovation   ☐ Research in education   ☐ Equipment'),
        ('Amount requested', '$24,800'),
        ('Project period', '1 September 2026 – 31 August 2027'),
        ('Section 2 – Applicants', None),
        ('Principal applicant', 'Dr. Keziah Moreau-Lindgren, Professor, Medical Radiation Sciences'),
        ('E-mail / phone', 'k.moreau-lindgren@michener.example / 416-555-0102'),
        ('Co-applicants', 'Jun Whitfield-Obi (MRI Technologist, Harbourview Children’s); Sara Ekwueme (Child Life '
                          'Specialist)'),
        ('Section 3 – Description', None),
        ('Summary (max. 200 words)', 'Students will build and test a short VR experience that prepares children aged '
                                     '5–10 for an MRI scan without sedation. Students learn patient-preparation '
                                     'communication and evaluate the tool with families at a partner hospital.'),
        ('Objectives', '1. Produce a VR module in English and French. 2. Measure its effect on scan completion. '
                       '3. Embed the module in the MRI clinical course.'),
        ('Expected learning outcomes for students', 'Students will be able to explain MRI safety to a child, adapt '
                                                    'communication to developmental stage, and evaluate a patient-'
                                                    'education tool.'),
        ('Evaluation plan', 'Pre/post survey of students; scan completion rates for 60 children compared with the '
                            'previous year.'),
        ('Partner organization (if any)', 'Harbourview Children’s Hospital, Diagnostic Imaging'),
        ('Section 4 – Budget', None),
        ('Personnel', '$9,600 (student research assistants, 320 h)'),
        ('Equipment', '$8,400 (two VR headsets, licences)'),
        ('Other', '$6,800 (family honoraria, translation)'),
        ('Signature of applicant', 'K. Moreau-Lindgren'),
        ('Date', '10 April 2026'),
    ]
    body = ['<p><b><font size="4">Michener Education Innovation Fund 2026–27</font></b><br>Application form – '
            'return to innovation.fund@michener.example by 30 April 2026</p>'
            '<table border="1" cellpadding="4" cellspacing="0" width="100%"><col width="32%"><col width="68%">']
    for lab, val in rows:
        if val is None:
            body.append(f'<tr><td colspan="2" bgcolor="#c6d9f1"><b>{h(lab)}</b></td></tr>')
        else:
            body.append(f'<tr><td><b>{h(lab)}</b></td><td>{h(val)}</td></tr>')
    body.append('</table><p><font size="1">For committee use: score ____ / 40 · decision ________</font></p>')
    html_to_docx(html_page(''.join(body), 'EIF application'), out(name), 't17')
    e = expected({}, '7', 'NOT a concept form: a completed internal grant application (Education Innovation Fund) '
                 'written as HTML and converted to DOCX by LibreOffice: a two-column table form with merged section '
                 'rows, ☒/☐ boxes, a principal applicant with email and phone, a project title, objectives, "expected '
                 'learning outcomes for students", an evaluation plan, a partner organization, a budget and a date. '
                 'Looks like a form with proposal vocabulary, but it asks for money for a project, not a '
                 'micro-credential.', is_form=False)
    return name, e, []


# =====================================================================================================  T18
@doc
def t18():
    name = 'Minutes - Medical Laboratory Curriculum Committee 2026-04-08.docx'
    md = """# Medical Laboratory Science Curriculum Committee – Minutes

**Date:** Wednesday, April 8, 2026, 13:00–14:30  
**Location:** Room 4-112 and online  
**Chair:** Dr. Oluwatoyin Berg-Hamadi  
**Recorder:** Clara Nwachukwu-Dahl (c.nwachukwu-dahl@michener.example, ext. 0117)

**Present:** O. Berg-Hamadi, C. Nwachukwu-Dahl, P. Ferreira, L. Tanaka-Boateng, R. Iyer, M. Kowalczuk (guest)  
**Regrets:** S. Abernethy

## 1. Approval of the agenda and of the minutes of March 11

Approved as circulated (moved P. Ferreira, seconded R. Iyer).

## 2. Proposed micro-credential: Antimicrobial Susceptibility Testing Interpretation

M. Kowalczuk (Charge Technologist, Microbiology, Eastlake Laboratories; m.kowalczuk@example.com) presented a draft idea
for a micro-credential for practising medical laboratory technologists. Discussion points:

- Target learners would be MLTs moving into microbiology benches; about 40 a year.
- Draft learning outcomes: interpret MIC results against CLSI breakpoints; recognise intrinsic resistance; decide when
  to refer an isolate.
- Summative assessment could be a set of 20 unknown isolates with a pass mark of 85 %.
- Eastlake Laboratories is willing to endorse; a letter would follow a formal proposal.
- Alignment with the Education Plan was considered strong.

**Action:** M. Kowalczuk to complete the CE concept form and send it to ce@michener.example by May 15, 2026.

## 3. Program accreditation visit

L. Tanaka-Boateng reported that the self-study is 80 % complete. Next draft due April 30.

## 4. Other business

None. Next meeting: May 13, 2026.
"""
    pandoc(md, out(name), 't18')
    e = expected({}, '7', 'NOT a concept form: minutes of a curriculum committee meeting (Markdown -> DOCX with pandoc) '
                 'whose item 2 discusses a PROPOSED micro-credential in detail – title, the person proposing it with '
                 'email, target learners, enrolment, draft learning outcomes, summative assessment, endorsing partner '
                 'and Education Plan alignment – and ends with the action "complete the CE concept form". The form '
                 'itself has not been written yet; minutes are not a submission.', is_form=False)
    return name, e, []


# =====================================================================================================  T19
@doc
def t19():
    from fpdf import FPDF
    name = 'Flyer - Micro-credential info session (May 2026).pdf'
    pdf = FPDF(format='Letter', unit='mm')
    pdf.add_font('DV', '', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf')
    pdf.add_font('DV', 'B', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf')
    pdf.add_page()
    pdf.set_fill_color(0, 112, 120)
    pdf.rect(0, 0, pdf.w, 70, 'F')
    pdf.set_text_color(255, 255, 255)
    pdf.set_font('DV', 'B', 28)
    pdf.set_xy(15, 15)
    pdf.multi_cell(pdf.w - 30, 12, 'Have an idea for a\nmicro-credential?')
    pdf.set_font('DV', '', 13)
    pdf.set_x(15)
    pdf.cell(0, 10, 'Lunch & Learn with Continuing Education')
    pdf.set_text_color(30, 30, 30)
    pdf.set_xy(15, 82)
    pdf.set_font('DV', 'B', 14)
    pdf.cell(0, 8, 'Thursday, May 21, 2026 · 12:00–13:00 · Room 2-210 and on Teams', new_x='LMARGIN', new_y='NEXT')
    pdf.ln(4)
    pdf.set_font('DV', '', 11)
    pdf.set_x(15)
    pdf.multi_cell(pdf.w - 30, 6.5,
                   'Learn how to turn your clinical expertise into a short, competency-based credential. We will walk '
                   'through the concept form step by step:\n'
                   '• writing learning outcomes that can be assessed\n'
                   '• choosing a summative assessment\n'
                   '• finding an industry or employment partner and getting a letter of support\n'
                   '• showing alignment with Michener\'s Education Plan\n\n'
                   'Speakers: Yusra Delacourt-Amadi, CE Program Manager, and Benedikt Oyelaran, Instructional Designer.\n\n'
                   'Free for Michener faculty and clinical partners. Lunch provided – please register by May 14.')
    pdf.ln(6)
    pdf.set_font('DV', 'B', 11)
    pdf.set_x(15)
    pdf.multi_cell(pdf.w - 30, 6.5, 'Register: ce-events@michener.example · 416-555-0100\n'
                   'Questions: Yusra Delacourt-Amadi, y.delacourt-amadi@michener.example')
    pdf.set_xy(15, pdf.h - 20)
    pdf.set_font('DV', '', 8)
    pdf.cell(0, 5, 'Michener Institute of Education · Continuing Education · CE-EV-2026-05')
    pdf.output(out(name))
    e = expected({}, '7', 'NOT a concept form: an event flyer (fpdf2, Letter, coloured banner) for a lunch-and-learn '
                 'about writing concept forms – mentions learning outcomes, summative assessment, industry partner, '
                 'letter of support and the Education Plan, with a date, speakers, emails and a phone.', is_form=False)
    return name, e, []


# =====================================================================================================  T20
@doc
def t20():
    name = 'Lettre d’appui - CH des Trois-Rives (délirium).pdf'
    P = lambda t, f=r'\f0\fs23', p=r'\sa180\qj': rtf_par(t, f, p)
    rtf = (RTF_HEAD + r'{\header\pard\plain\qc{\f4\fs28\b\cf2 ' + rtf_esc('Centre hospitalier des Trois-Rives') +
           r'}\par\pard\plain\qc{\f1\fs16\cf3 ' + rtf_esc('Direction des soins infirmiers · 1450, boulevard du Fleuve, '
           'Trois-Rives (Québec) · 819-555-0140') + r'}\par}' + '\n'
           + P('Trois-Rives, le 10 avril 2026', p=r'\qr\sa360')
           + P('Formation continue\nMichener Institute of Education\nce@michener.example', p=r'\sa240')
           + P('Objet : Lettre d’appui – microcours « Prévention et détection du délirium chez la personne âgée '
               'hospitalisée »', r'\f0\fs23\b')
           + P('Madame, Monsieur,')
           + P('Au nom de la Direction des soins infirmiers du Centre hospitalier des Trois-Rives, j’ai le plaisir '
               'd’appuyer la proposition de microcours présentée par Mme Élodie Marchetti-Roy, conseillère en soins '
               'infirmiers en gériatrie dans notre établissement.')
           + P('Le délirium demeure sous-détecté dans nos unités de médecine et de chirurgie. Un microcours en ligne, '
               'axé sur les compétences de dépistage (méthode CAM) et de prévention, et comportant une évaluation '
               'sommative au chevet, répond directement à nos besoins. Nous nous engageons à libérer les membres du '
               'personnel pour la formation et à offrir l’accès à nos unités pour les observations.')
           + P('Ce projet s’inscrit aussi dans les orientations du plan d’enseignement de Michener et dans notre propre '
               'plan de main-d’œuvre. Nous prévoyons inscrire environ 150 personnes par année.')
           + P('Veuillez agréer, Madame, Monsieur, l’expression de mes sentiments distingués.', p=r'\sa480')
           + P('Nathalie Beauséjour\nDirectrice adjointe des soins infirmiers\nn.beausejour@example.com · 819-555-0141',
               p=r'\sa0') + '}')
    rtf_to(rtf, out(name), 't20', 'pdf')
    e = expected({}, '7', 'NOT a concept form: a French letter of support (RTF with a letterhead in the page header, '
                 'printed to PDF by LibreOffice) for the delirium micro-course of "Courriel à la FC - microcours '
                 'prévention du délirium.pdf": repeats the proposal title, names the proposer, mentions compétences, '
                 'évaluation sommative, the Education Plan and an enrolment figure; signed with email and phone. '
                 'Kept with an application, not parsed as a form.', is_form=False)
    return name, e, []
