"""Write round4/README.md from the expected files and the route table below."""
import json
import os
from collections import Counter

from common import ROUND

ROUTES = {
    # tuning
    'Concept Form - Prosthetic socket casting - T Halvorsen.docx': ('en', 'HTML -> LibreOffice Writer -> DOCX'),
    'Formulaire de concept - Retraitement des endoscopes - R Benali.docx': ('fr', 'RTF (hand-written) -> LibreOffice -> DOCX'),
    'Concept form (CC) - Pessary fitting in continence clinics.docx': ('en', 'python-docx + raw w:sdt (repeating section, aliases)'),
    'MC concept form (fillable) - Lung ultrasound for RTs.pdf': ('en', 'fpdf2 page + AcroForm widgets added with pypdf'),
    'Seating and pressure mapping - concept form (fillable).pdf': ('en', 'reportlab AcroForm (fld_NN names, radio groups)'),
    'Pelvic floor ultrasound - concept form (printed from portal).pdf': ('en', 'HTML -> LibreOffice Writer -> PDF'),
    'Concept form answers (text copy) - Aphasia-friendly communication.docx': ('en', 'Markdown -> pandoc -> DOCX'),
    'NICU cue-based feeding - concept form (printed).pdf': ('en', 'RTF with header/footer -> LibreOffice -> PDF'),
    'Placental gross examination - concept form (printed).pdf': ('en', 'python-docx (header/footer fields) -> LibreOffice PDF'),
    'Proposal - Sickle cell disease acute care for emergency nurses.docx': ('en', 'Markdown -> pandoc -> DOCX'),
    'Memo - ambulatory EEG set-up micro-course.docx': ('en', 'RTF -> LibreOffice -> DOCX'),
    'Courriel à la FC - microcours prévention du délirium.pdf': ('fr', 'HTML (email print) -> LibreOffice -> PDF'),
    'Our answers - lymphedema compression bandaging.docx': ('en', 'HTML -> LibreOffice Writer -> DOCX'),
    'One-slide pitch - Anticoagulant reversal in the ED.pdf': ('en', 'flat ODT, page-anchored frames (16:9) -> LibreOffice PDF'),
    'Proposal letter - Low-vision assessment for optometric assistants.docx': ('en', 'python-docx, letterhead in header'),
    'CamScanner 04-17-2026 09.12.pdf': ('en', 'python-docx -> LibreOffice PDF -> pypdfium2 130 dpi -> Pillow (photo look)'),
    'Education Innovation Fund - application (completed).docx': ('en', 'HTML -> LibreOffice Writer -> DOCX'),
    'Minutes - Medical Laboratory Curriculum Committee 2026-04-08.docx': ('en', 'Markdown -> pandoc -> DOCX'),
    'Flyer - Micro-credential info session (May 2026).pdf': ('en', 'fpdf2'),
    'Lettre d’appui - CH des Trois-Rives (délirium).pdf': ('fr', 'RTF letterhead -> LibreOffice -> PDF'),
}
try:
    from routes_heldout import ROUTES_H
    ROUTES.update(ROUTES_H)
except ImportError:
    pass

SHAPE = {'1': '1 – official-style DOCX table', '2': '2 – DOCX content controls', '3': '3 – fillable PDF',
         '4': '4 – printed / flattened', '5': '5 – retyped / own layout', '6': '6 – scanned',
         '7': '7 – not a concept form'}


def table(half):
    d = os.path.join(ROUND, half)
    rows, cnt, fr, inc, man = [], Counter(), 0, 0, 0
    for f in sorted(os.listdir(d)):
        if not f.endswith('.expected.json'):
            continue
        name = f[:-len('.expected.json')]
        e = json.load(open(os.path.join(d, f)))
        lang, route = ROUTES[name]
        cnt[e['shape']] += 1
        fr += lang == 'fr'
        inc += bool(e['missing_required'])
        man += e['needs_manual_review']
        miss = ', '.join(e['missing_required']) or '–'
        notes = e['notes'].replace('|', '/')
        rows.append(f"| `{name}` | {SHAPE[e['shape']]} | {lang} | {route} | {miss} | {notes} |")
    head = ('| File | Shape | Lang | Route / tool | Missing required | What it is / tests |\n'
            '|---|---|---|---|---|---|\n')
    return head + '\n'.join(rows), cnt, fr, inc, man, len(rows)


def main():
    intro = open(os.path.join(ROUND, '_make', 'README_intro.md')).read()
    out = [intro]
    mix = []
    for half in ('tuning', 'heldout'):
        if not os.path.isdir(os.path.join(ROUND, half)) or not any(
                f.endswith('.json') for f in os.listdir(os.path.join(ROUND, half))):
            continue
        t, cnt, fr, inc, man, n = table(half)
        title = 'Tuning half (`tuning/`)' if half == 'tuning' else 'Held-out half (`heldout/`) – scoring only'
        mix.append(f"{half}: {n} documents – " + ', '.join(f'shape {k}: {cnt[k]}' for k in sorted(cnt))
                   + f"; French: {fr}; incomplete (non-empty missing_required): {inc}; needs_manual_review: {man}")
        out.append(f'## {title}\n\n{t}\n')
    text = '\n'.join(out).replace('{{MIX}}', '\n'.join('* ' + m for m in mix))
    open(os.path.join(ROUND, 'README.md'), 'w').write(text)
    print('\n'.join(mix))


if __name__ == '__main__':
    main()
