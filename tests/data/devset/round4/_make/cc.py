"""Shape 2: DOCX with Word content controls tagged with the keys (python-docx + raw w:sdt XML)."""
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.shared import Pt, RGBColor, Cm

from common import CHOICE_KEYS, LABELS_EN, OPTIONS, ORDER

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
W15 = 'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"'
PLACEHOLDER = 'Click or tap here to enter text.'
_id = [1000]


def nid():
    _id[0] += 1
    return _id[0]


def r(text, rpr=''):
    parts = text.split('\n')
    inner = '<w:br/>'.join(f'<w:t xml:space="preserve">{escape(p)}</w:t>' for p in parts)
    return f'<w:r>{rpr}{inner}</w:r>'


def sdt_run(tag, alias, text, kind='text', items=None, date_iso=None, date_fmt=None, lid='en-CA', placeholder=False):
    pr = f'<w:alias w:val="{escape(alias)}"/><w:tag w:val="{tag}"/><w:id w:val="{nid()}"/>'
    rpr = ''
    if placeholder:
        pr += '<w:showingPlcHdr/>'
        text = PLACEHOLDER
        rpr = '<w:rPr><w:color w:val="808080"/></w:rPr>'
    if kind == 'text':
        pr += '<w:text w:multiLine="1"/>'
    elif kind == 'dropdown':
        pr += '<w:dropDownList>' + ''.join(
            f'<w:listItem w:displayText="{escape(d)}" w:value="{escape(v)}"/>' for d, v in items) + '</w:dropDownList>'
    elif kind == 'combo':
        pr += '<w:comboBox>' + ''.join(
            f'<w:listItem w:displayText="{escape(d)}" w:value="{escape(v)}"/>' for d, v in items) + '</w:comboBox>'
    elif kind == 'date':
        pr += (f'<w:date w:fullDate="{date_iso}T00:00:00Z"><w:dateFormat w:val="{date_fmt}"/><w:lid w:val="{lid}"/>'
               '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')
    return f'<w:sdt {W}><w:sdtPr>{pr}</w:sdtPr><w:sdtContent>{r(text, rpr)}</w:sdtContent></w:sdt>'


def repeating_block(tag, alias, items, numbered=True):
    inner = ''
    for i, it in enumerate(items, 1):
        txt = f'{i}. {it}' if numbered else it
        inner += (f'<w:sdt><w:sdtPr><w:id w:val="{nid()}"/><w15:repeatingSectionItem/></w:sdtPr><w:sdtContent>'
                  f'<w:p>{r(txt)}</w:p></w:sdtContent></w:sdt>')
    return (f'<w:sdt {W} {W15}><w:sdtPr><w:alias w:val="{escape(alias)}"/><w:tag w:val="{tag}"/>'
            f'<w:id w:val="{nid()}"/><w15:repeatingSection/></w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>')


def rich_block(tag, alias, paras):
    inner = ''.join(f'<w:p>{r(p)}</w:p>' for p in paras)
    return (f'<w:sdt {W}><w:sdtPr><w:alias w:val="{escape(alias)}"/><w:tag w:val="{tag}"/><w:id w:val="{nid()}"/>'
            f'</w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>')


def build_cc_form(F, path, variant='repeating', display=None, placeholders=(), labels=None, lang='en',
                  title='Micro-Course / Credential Concept Form', subtitle='Continuing Education – Michener Institute',
                  date_fmt='d MMMM yyyy', lid='en-CA', outcomes_numbered=True, font='Calibri'):
    display = display or {}
    labels = labels or LABELS_EN
    d = Document()
    st = d.styles['Normal']
    st.font.name = font
    st.font.size = Pt(10)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = p.add_run(title)
    rr.bold = True
    rr.font.size = Pt(15)
    p = d.add_paragraph(subtitle)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = d.add_paragraph('Fill in the grey boxes. Do not change the labels.' if lang == 'en'
                        else 'Remplissez les zones grises. Ne modifiez pas les libellés.')
    p.runs[0].italic = True
    t = d.add_table(rows=0, cols=2)
    t.style = 'Table Grid'
    for k in ORDER:
        row = t.add_row()
        row.cells[0].width = Cm(6)
        row.cells[1].width = Cm(11)
        lp = row.cells[0].paragraphs[0]
        lr = lp.add_run(labels[k])
        lr.bold = True
        cell = row.cells[1]
        cp = cell.paragraphs[0]
        ph = k in placeholders or (k not in F and k not in display)
        if k == 'learning_outcomes' and not ph:
            if variant == 'repeating':
                blk = repeating_block(k, labels[k], F[k], outcomes_numbered)
            else:
                blk = rich_block(k, labels[k], [f'{i}) {x}' for i, x in enumerate(F[k], 1)])
            cp._p.addprevious(parse_xml(blk))
            continue
        if k in CHOICE_KEYS:
            opts = OPTIONS[lang][k]
            shown = display.get(k)
            items = [(shown if c == F.get(k) and shown else wd, wd) for c, wd in opts]
            if ph:
                x = sdt_run(k, labels[k], '', 'dropdown', items, placeholder=True)
            else:
                x = sdt_run(k, labels[k], shown or dict(opts)[F[k]], 'dropdown', items)
        elif k == 'submission_date' and not ph:
            x = sdt_run(k, labels[k], display[k], 'date', date_iso=F[k], date_fmt=date_fmt, lid=lid)
        else:
            val = display.get(k, F.get(k, ''))
            x = sdt_run(k, labels[k], str(val), placeholder=ph)
        cp._p.append(parse_xml(x))
    sec = d.sections[0]
    sec.footer.paragraphs[0].text = 'CE concept form – content-control version 3 – please return as .docx'
    d.save(path)
