"""Shared helpers for round 4: expected files, labels, option wording, converters.

Run with a Python that has python-docx, pypdf, reportlab, fpdf2, pypdfium2, Pillow; LibreOffice 7.4 and
pandoc 2.17 on PATH. Nothing here reads or runs the parser.
"""
import html
import json
import os
import re
import shutil
import subprocess
import tempfile

ROUND = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
WORK = '/tmp/devset4-work'
os.makedirs(WORK, exist_ok=True)

REQUIRED = ['proposal_title', 'proposer_name', 'proposer_email', 'request_type', 'target_learners', 'rationale',
            'competencies', 'learning_outcomes', 'summative_assessment', 'partner_name', 'endorsement_status',
            'education_plan_alignment']

ORDER = ['proposal_title', 'proposer_name', 'proposer_title', 'proposer_department', 'proposer_email',
         'proposer_phone', 'request_type', 'existing_program_name', 'target_learners', 'rationale', 'competencies',
         'learning_outcomes', 'competency_framework', 'summative_assessment', 'partner_name', 'partner_contact',
         'endorsement_status', 'education_plan_alignment', 'delivery_format', 'estimated_hours', 'proposed_start',
         'expected_enrolment', 'resources_required', 'submission_date']

LABELS_EN = {
    'proposal_title': 'Proposed Title of Micro-Course / Credential',
    'proposer_name': 'Name of Proposer',
    'proposer_title': 'Position / Title',
    'proposer_department': 'Department / Program',
    'proposer_email': 'E-mail Address',
    'proposer_phone': 'Phone / Extension',
    'request_type': 'Type of Request',
    'existing_program_name': 'Existing Program Name (if converting)',
    'target_learners': 'Target Learners',
    'rationale': 'Rationale / Labour Market Need',
    'competencies': 'Competencies / Skills Targeted [R1]',
    'learning_outcomes': 'Intended Learning Outcomes [R1]',
    'competency_framework': 'Competency Framework Alignment',
    'summative_assessment': 'Summative Assessment [R2]',
    'partner_name': 'Industry / Employment Partner [R3]',
    'partner_contact': 'Partner Contact Name and Email',
    'endorsement_status': 'Endorsement Status [R3]',
    'education_plan_alignment': "Alignment with Michener's Education Plan [R4]",
    'delivery_format': 'Delivery Format',
    'estimated_hours': 'Estimated Hours',
    'proposed_start': 'Proposed Start',
    'expected_enrolment': 'Expected Enrolment per Year',
    'resources_required': 'Resources Required',
    'submission_date': 'Date Submitted',
}

LABELS_FR = {
    'proposal_title': 'Titre proposé du microcours / microcertificat',
    'proposer_name': 'Nom du proposant',
    'proposer_title': 'Poste / titre',
    'proposer_department': 'Service / programme',
    'proposer_email': 'Courriel',
    'proposer_phone': 'Téléphone / poste',
    'request_type': 'Type de demande',
    'existing_program_name': 'Nom du programme existant (s’il y a lieu)',
    'target_learners': 'Apprenants visés',
    'rationale': 'Justification / besoin du marché du travail',
    'competencies': 'Compétences visées [R1]',
    'learning_outcomes': 'Résultats d’apprentissage visés [R1]',
    'competency_framework': 'Cadre de compétences',
    'summative_assessment': 'Évaluation sommative [R2]',
    'partner_name': 'Partenaire de l’industrie / employeur [R3]',
    'partner_contact': 'Personne-ressource du partenaire (nom et courriel)',
    'endorsement_status': 'Statut de l’appui [R3]',
    'education_plan_alignment': 'Harmonisation avec le plan d’enseignement de Michener [R4]',
    'delivery_format': 'Mode de prestation',
    'estimated_hours': 'Nombre d’heures estimé',
    'proposed_start': 'Début proposé',
    'expected_enrolment': 'Inscriptions prévues par année',
    'resources_required': 'Ressources requises',
    'submission_date': 'Date de soumission',
}

OPTIONS = {
    'en': {
        'request_type': [('new', 'New micro-credential'), ('existing_program', 'Convert an existing program'),
                         ('micro_course', 'Micro-course')],
        'endorsement_status': [('letter_attached', 'Letter of support attached'), ('confirmed', 'Confirmed'),
                               ('in_discussion', 'In discussion'), ('none', 'None')],
        'delivery_format': [('online', 'Online'), ('in_person', 'In person'), ('hybrid', 'Hybrid')],
    },
    'fr': {
        'request_type': [('new', 'Nouveau microcertificat'), ('existing_program', 'Conversion d’un programme existant'),
                         ('micro_course', 'Microcours')],
        'endorsement_status': [('letter_attached', 'Lettre d’appui jointe'), ('confirmed', 'Confirmé'),
                               ('in_discussion', 'En discussion'), ('none', 'Aucun')],
        'delivery_format': [('online', 'En ligne'), ('in_person', 'En présence'), ('hybrid', 'Hybride')],
    },
}
CHOICE_KEYS = ('request_type', 'endorsement_status', 'delivery_format')


def collapse(s):
    return re.sub(r'\s+', ' ', s.replace('\u00ad', '')).strip()


def join_items(items):
    """Text-field list rule: items joined with '; ', or ' ' when an item already ends in punctuation."""
    out = ''
    for i, it in enumerate(items):
        it = collapse(it)
        if i == 0:
            out = it
        elif out[-1] in '.;:,!?)':
            out += ' ' + it
        else:
            out += '; ' + it
    return out


def option_line(key, code, lang='en', on='☒', off='☐', sep='   ', chosen=None):
    """'☒ New …   ☐ Convert …' for one choice key; chosen may be a set of codes (several ticked)."""
    chosen = chosen if chosen is not None else {code}
    return sep.join(f'{on if c in chosen else off} {w}' for c, w in OPTIONS[lang][key])


def word(key, code, lang='en'):
    return dict(OPTIONS[lang][key])[code]


def answer_text(F, D, key, lang='en', on='☒', off='☐'):
    """The answer as written for the standard renderers: D overrides, choices as option lines, lists kept."""
    if key in D:
        return D[key]
    if key in CHOICE_KEYS:
        return option_line(key, F.get(key), lang, on, off)
    if key == 'learning_outcomes':
        return list(F.get(key, []))
    v = F.get(key, '')
    return '' if v == '' else str(v)


def std_rows(F, D, lang='en', labels=None, keys=None, on='☒', off='☐'):
    labels = labels or (LABELS_FR if lang == 'fr' else LABELS_EN)
    rows = []
    for k in keys or ORDER:
        rows.append((k, labels[k], answer_text(F, D, k, lang, on, off)))
    return rows


def expected(F, shape, notes, is_form=True, manual=False, extra=None, missing=None):
    fields = {k: F[k] for k in ORDER if k in F and F[k] not in ('', None, [])}
    for k in F:
        assert k in ORDER, k
    if is_form:
        miss = [k for k in REQUIRED if k not in fields]
        if fields.get('request_type') == 'existing_program' and 'existing_program_name' not in fields:
            miss.append('existing_program_name')
        if missing is not None:
            assert sorted(missing) == sorted(miss), (missing, miss)
    else:
        fields, miss = {}, []
    e = {'is_concept_form': is_form, 'shape': shape, 'fields': fields, 'missing_required': miss,
         'needs_manual_review': manual, 'notes': notes}
    if extra:
        e.update(extra)
    return e


def write_expected(path, e):
    with open(path + '.expected.json', 'w', encoding='utf-8') as f:
        json.dump(e, f, ensure_ascii=False, indent=2)
        f.write('\n')


# ---------------------------------------------------------------- converters

LO_PROFILE = 'file:///tmp/devset4-lo-profile'


def soffice(src, out_path, convert_to, infilter=None):
    """Convert src with LibreOffice headless and move the result to out_path."""
    tmpd = tempfile.mkdtemp(prefix='devset4-lo-', dir='/tmp')
    cmd = ['soffice', f'-env:UserInstallation={LO_PROFILE}', '--headless']
    if infilter:
        cmd.append(f'--infilter={infilter}')
    cmd += ['--convert-to', convert_to, '--outdir', tmpd, src]
    subprocess.run(cmd, check=True, capture_output=True, timeout=180)
    outs = [f for f in os.listdir(tmpd)]
    assert len(outs) == 1, (outs, cmd)
    shutil.move(os.path.join(tmpd, outs[0]), out_path)
    shutil.rmtree(tmpd, ignore_errors=True)
    return out_path


def html_to_docx(html_text, out_path, name='doc'):
    src = os.path.join(WORK, name + '.html')
    open(src, 'w', encoding='utf-8').write(html_text)
    return soffice(src, out_path, 'docx:MS Word 2007 XML', 'HTML (StarWriter)')


def html_to_pdf(html_text, out_path, name='doc'):
    src = os.path.join(WORK, name + '.html')
    open(src, 'w', encoding='utf-8').write(html_text)
    return soffice(src, out_path, 'pdf:writer_pdf_Export', 'HTML (StarWriter)')


def rtf_to(rtf_text, out_path, name='doc', fmt='docx'):
    src = os.path.join(WORK, name + '.rtf')
    open(src, 'w', encoding='ascii').write(rtf_text)
    conv = 'docx:MS Word 2007 XML' if fmt == 'docx' else 'pdf:writer_pdf_Export'
    return soffice(src, out_path, conv)


def docx_to_pdf(docx_path, out_path):
    return soffice(docx_path, out_path, 'pdf:writer_pdf_Export')


def pandoc(md_text, out_path, name='doc', fmt_from='markdown', ref=None, extra=()):
    src = os.path.join(WORK, name + '.md')
    open(src, 'w', encoding='utf-8').write(md_text)
    cmd = ['pandoc', '-f', fmt_from, src, '-o', out_path] + list(extra)
    if ref:
        cmd += ['--reference-doc', ref]
    subprocess.run(cmd, check=True, capture_output=True, timeout=120)
    return out_path


# ---------------------------------------------------------------- RTF helpers

def rtf_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in '\\{}':
            out.append('\\' + ch)
        elif ch == '\n':
            out.append('\\line ')
        elif ch == '\t':
            out.append('\\tab ')
        elif o < 128:
            out.append(ch)
        else:
            if o > 32767:
                o -= 65536
            out.append(f'\\u{o}?')
    return ''.join(out)


def h(s):
    return html.escape(s, quote=True)
