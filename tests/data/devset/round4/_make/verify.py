"""Read every round-4 document back WITHOUT the parser and check that expected values occur in its text.

python verify.py tuning|heldout [--dump NAME]
DOCX: XML text of document, headers, footers (w:delText and mc:Fallback skipped). PDF: pypdf and pypdfium2
text plus AcroForm values. Scans: the source page (_make/src_<file>.pdf) instead of the image-only file.
"""
import json
import os
import re
import sys
import zipfile

from lxml import etree
from common import ROUND, collapse

WNS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006'


def docx_text(path):
    z = zipfile.ZipFile(path)
    out = []
    for n in sorted(z.namelist()):
        if not re.match(r'word/(document|header\d*|footer\d*)\.xml$', n):
            continue
        root = etree.fromstring(z.read(n))
        for fb in root.iter(f'{{{MC}}}Fallback'):
            fb.getparent().remove(fb)
        for p in root.iter(f'{{{WNS}}}p'):
            s = ''
            for el in p.iter():
                if el.tag == f'{{{WNS}}}t':
                    s += el.text or ''
                elif el.tag == f'{{{WNS}}}tab' and el.getparent().tag == f'{{{WNS}}}r':
                    s += '\t'
                elif el.tag in (f'{{{WNS}}}br', f'{{{WNS}}}cr'):
                    s += '\n'
            # nested paragraphs (text boxes) are visited twice; acceptable for a containment check
            out.append(s)
    return '\n'.join(out)


def pdf_text(path):
    from pypdf import PdfReader
    import pypdfium2 as pdfium
    r = PdfReader(path)
    t1 = '\n'.join((p.extract_text() or '') for p in r.pages)
    vals = []
    for k, f in (r.get_fields() or {}).items():
        v = f.get('/V')
        if v is not None:
            vals.append(f'{k} = {v}')
    pdf = pdfium.PdfDocument(path)
    t2 = '\n'.join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    return t1 + '\n=====pdfium\n' + t2 + '\n=====fields\n' + '\n'.join(vals)


def text_of(path):
    return docx_text(path) if path.endswith('.docx') else pdf_text(path)


def main():
    half = sys.argv[1]
    d = os.path.join(ROUND, half)
    man = json.load(open(os.path.join(ROUND, '_make', f'checks_{half}.json')))
    if '--dump' in sys.argv:
        key = sys.argv[sys.argv.index('--dump') + 1]
        name = man[key]['file']
        print(text_of(os.path.join(d, name)))
        return
    bad = 0
    for key, m in sorted(man.items()):
        name = m['file']
        path = os.path.join(d, name)
        e = json.load(open(path + '.expected.json'))
        src = os.path.join(ROUND, '_make', 'src_' + os.path.splitext(name)[0] + '.pdf')
        txt = text_of(src if e.get('needs_manual_review') and os.path.exists(src) else path)
        flat = collapse(txt.replace('\u00ad', ''))
        nosp = re.sub(r'\s+', '', flat)
        probs = []
        vals = []
        for k, v in e['fields'].items():
            if k in ('request_type', 'endorsement_status', 'delivery_format', 'estimated_hours',
                     'expected_enrolment', 'submission_date'):
                continue
            vals += v if isinstance(v, list) else [v]
        for v in vals + m['checks']:
            v = collapse(str(v))
            if v in flat:
                continue
            if all(collapse(x) in flat for x in re.split(r'; |(?<=[.;:,!?)]) ', v)):
                continue
            if re.sub(r'\s+', '', v) in nosp:
                probs.append('(spaces only) ' + v[:60])
                continue
            probs.append('MISSING ' + v[:90])
        status = 'ok' if not [p for p in probs if p.startswith('MISSING')] else 'FAIL'
        bad += status == 'FAIL'
        print(f'{status:4} {key} {name}')
        for p in probs:
            print('      ', p)
    print('failures:', bad)


if __name__ == '__main__':
    main()
