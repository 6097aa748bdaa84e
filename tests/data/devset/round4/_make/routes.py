"""Authoring routes used in round 4 (each writes one file)."""
import io
import os
import random

from common import WORK, h, rtf_esc

# ---------------------------------------------------------------- HTML (LibreOffice imports it)


def html_answer(ans, list_tag='ol', list_style=''):
    if isinstance(ans, list):
        items = ''.join(f'<li>{h(x)}</li>' for x in ans)
        return f'<{list_tag}{list_style}>{items}</{list_tag}>'
    paras = ans.split('\n\n')
    return ''.join(f'<p>{h(p).replace(chr(10), "<br>")}</p>' for p in paras) if ans else '<p></p>'


def html_page(body, title='', css='', lang='en'):
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{h(title)}</title>'
            f'<style>{css}</style></head><body>{body}</body></html>')


# ---------------------------------------------------------------- RTF

RTF_HEAD = (r'{\rtf1\ansi\ansicpg1252\deff0\uc1'
            r'{\fonttbl{\f0\froman Times New Roman;}{\f1\fswiss Arial;}{\f2\fmodern Courier New;}'
            r'{\f3\fswiss Calibri;}{\f4\froman Georgia;}{\f5\fswiss DejaVu Sans;}}'
            r'{\colortbl;\red0\green0\blue0;\red31\green73\blue125;\red89\green89\blue89;\red192\green0\blue0;'
            r'\red226\green239\blue218;\red242\green242\blue242;}'
            r'\paperw12240\paperh15840\margl1300\margr1300\margt1200\margb1200')


def rtf_par(text, fmt=r'\f1\fs22', pfmt=''):
    return r'\pard\plain' + pfmt + ' ' + '{' + fmt + ' ' + rtf_esc(text) + r'}\par' + '\n'


def rtf_table_row(cells, widths, shade=None, fmts=None, merge=False):
    """cells: list of list-of-(text, fmt) paragraphs. widths in twips (cumulative computed)."""
    out = [r'\trowd\trgaph108\trleft0']
    x = 0
    for i, w in enumerate(widths):
        x += w
        b = r'\clbrdrt\brdrs\brdrw10\clbrdrl\brdrs\brdrw10\clbrdrb\brdrs\brdrw10\clbrdrr\brdrs\brdrw10'
        if shade and shade[i]:
            b += rf'\clcbpat{shade[i]}'
        out.append(b + rf'\cellx{x}')
    out.append('\n')
    for paras in cells:
        for j, (text, fmt) in enumerate(paras):
            out.append(r'\pard\intbl\plain {' + fmt + ' ' + rtf_esc(text) + '}')
            out.append(r'\cell' if j == len(paras) - 1 else r'\par')
            out.append('\n')
    out.append(r'\row' + '\n')
    return ''.join(out)


# ---------------------------------------------------------------- fillable PDF: fpdf2 page + pypdf widgets

def fillable_pypdf(page_pdf_bytes, widgets, out_path, need_appearances=True):
    """Add AcroForm widgets to an existing PDF with pypdf's low-level objects.

    widgets: list of dicts {name, type: 'tx'|'cb'|'radio', page, rect, value, multiline, tooltip,
                            (radio) kids: [(export, rect)], (cb) on}
    Names may be dotted ('cf.a.name') -> built as a field hierarchy with parent fields.
    """
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (ArrayObject, BooleanObject, DictionaryObject, FloatObject, NameObject,
                               NumberObject, StreamObject, TextStringObject)
    reader = PdfReader(io.BytesIO(page_pdf_bytes))
    writer = PdfWriter()
    writer.append(reader)
    fields_root = ArrayObject()
    parents = {}

    def rect(r):
        return ArrayObject([FloatObject(v) for v in r])

    def check_ap(w, hgt):
        on = StreamObject()
        on._data = (f'q 0 g BT /ZaDb {hgt * 0.8:.1f} Tf {w * 0.15:.1f} {hgt * 0.2:.1f} Td (4) Tj ET Q').encode()
        on.update({NameObject('/Type'): NameObject('/XObject'), NameObject('/Subtype'): NameObject('/Form'),
                   NameObject('/BBox'): rect([0, 0, w, hgt])})
        off = StreamObject()
        off._data = b''
        off.update({NameObject('/Type'): NameObject('/XObject'), NameObject('/Subtype'): NameObject('/Form'),
                    NameObject('/BBox'): rect([0, 0, w, hgt])})
        return writer._add_object(on), writer._add_object(off)

    def get_parent(path):
        if not path:
            return None
        key = '.'.join(path)
        if key in parents:
            return parents[key]
        par = get_parent(path[:-1])
        d = DictionaryObject({NameObject('/T'): TextStringObject(path[-1]), NameObject('/Kids'): ArrayObject()})
        ref = writer._add_object(d)
        if par is None:
            fields_root.append(ref)
        else:
            d[NameObject('/Parent')] = par
            par.get_object()['/Kids'].append(ref)
        parents[key] = ref
        return ref

    for wd in widgets:
        parts = wd['name'].split('.')
        par = get_parent(parts[:-1])
        page = writer.pages[wd.get('page', 0)]
        if '/Annots' not in page:
            page[NameObject('/Annots')] = ArrayObject()
        fld = DictionaryObject({NameObject('/T'): TextStringObject(parts[-1])})
        if wd.get('tooltip'):
            fld[NameObject('/TU')] = TextStringObject(wd['tooltip'])
        if wd['type'] == 'tx':
            fld.update({NameObject('/FT'): NameObject('/Tx'), NameObject('/Type'): NameObject('/Annot'),
                        NameObject('/Subtype'): NameObject('/Widget'), NameObject('/Rect'): rect(wd['rect']),
                        NameObject('/F'): NumberObject(4), NameObject('/P'): page.indirect_reference,
                        NameObject('/DA'): TextStringObject('/Helv 9 Tf 0 g'),
                        NameObject('/Ff'): NumberObject(4096 if wd.get('multiline') else 0)})
            if wd.get('value'):
                fld[NameObject('/V')] = TextStringObject(wd['value'])
            ref = writer._add_object(fld)
            page['/Annots'].append(ref)
        elif wd['type'] == 'cb':
            x0, y0, x1, y1 = wd['rect']
            on_ref, off_ref = check_ap(x1 - x0, y1 - y0)
            on_name = wd.get('on', 'Yes')
            state = NameObject('/' + on_name) if wd.get('value') else NameObject('/Off')
            fld.update({NameObject('/FT'): NameObject('/Btn'), NameObject('/Type'): NameObject('/Annot'),
                        NameObject('/Subtype'): NameObject('/Widget'), NameObject('/Rect'): rect(wd['rect']),
                        NameObject('/F'): NumberObject(4), NameObject('/P'): page.indirect_reference,
                        NameObject('/V'): state, NameObject('/AS'): state,
                        NameObject('/MK'): DictionaryObject({NameObject('/CA'): TextStringObject('4')}),
                        NameObject('/DA'): TextStringObject('/ZaDb 0 Tf 0 g'),
                        NameObject('/AP'): DictionaryObject({NameObject('/N'): DictionaryObject(
                            {NameObject('/' + on_name): on_ref, NameObject('/Off'): off_ref})})})
            ref = writer._add_object(fld)
            page['/Annots'].append(ref)
        elif wd['type'] == 'radio':
            val = wd.get('value')
            fld.update({NameObject('/FT'): NameObject('/Btn'), NameObject('/Ff'): NumberObject(49152),
                        NameObject('/Kids'): ArrayObject()})
            if val:
                fld[NameObject('/V')] = NameObject('/' + val)
            ref = writer._add_object(fld)
            for export, r in wd['kids']:
                x0, y0, x1, y1 = r
                on_ref, off_ref = check_ap(x1 - x0, y1 - y0)
                st = NameObject('/' + export) if export == val else NameObject('/Off')
                kid = DictionaryObject({NameObject('/Type'): NameObject('/Annot'),
                                        NameObject('/Subtype'): NameObject('/Widget'),
                                        NameObject('/Rect'): rect(r), NameObject('/F'): NumberObject(4),
                                        NameObject('/P'): page.indirect_reference, NameObject('/Parent'): ref,
                                        NameObject('/AS'): st,
                                        NameObject('/MK'): DictionaryObject({NameObject('/CA'): TextStringObject('l')}),
                                        NameObject('/AP'): DictionaryObject({NameObject('/N'): DictionaryObject(
                                            {NameObject('/' + export): on_ref, NameObject('/Off'): off_ref})})})
                kref = writer._add_object(kid)
                fld['/Kids'].append(kref)
                page['/Annots'].append(kref)
        if par is None:
            fields_root.append(ref)
        else:
            fld[NameObject('/Parent')] = par
            par.get_object()['/Kids'].append(ref)
    helv = DictionaryObject({NameObject('/Type'): NameObject('/Font'), NameObject('/Subtype'): NameObject('/Type1'),
                             NameObject('/BaseFont'): NameObject('/Helvetica')})
    zadb = DictionaryObject({NameObject('/Type'): NameObject('/Font'), NameObject('/Subtype'): NameObject('/Type1'),
                             NameObject('/BaseFont'): NameObject('/ZapfDingbats')})
    acro = DictionaryObject({NameObject('/Fields'): fields_root,
                             NameObject('/DA'): TextStringObject('/Helv 0 Tf 0 g'),
                             NameObject('/DR'): DictionaryObject({NameObject('/Font'): DictionaryObject(
                                 {NameObject('/Helv'): writer._add_object(helv),
                                  NameObject('/ZaDb'): writer._add_object(zadb)})})})
    if need_appearances:
        acro[NameObject('/NeedAppearances')] = BooleanObject(True)
    writer._root_object[NameObject('/AcroForm')] = writer._add_object(acro)
    with open(out_path, 'wb') as f:
        writer.write(f)


# ---------------------------------------------------------------- scans


def scan_pdf(src_pdf, out_path, dpi=150, angle=0.0, noise=0.02, seed=1, mode='L', jpeg_q=60, photo=False,
             blur=0.0, bilevel=False):
    """Render each page, degrade it like a scan or phone photo, save an image-only PDF."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw, ImageFilter
    rnd = random.Random(seed)
    pdf = pdfium.PdfDocument(src_pdf)
    pages = []
    for i in range(len(pdf)):
        img = pdf[i].render(scale=dpi / 72).to_pil().convert('L')
        if blur:
            img = img.filter(ImageFilter.GaussianBlur(blur))
        img = img.rotate(angle + rnd.uniform(-0.2, 0.2), resample=Image.BICUBIC, expand=True, fillcolor=255)
        w, hh = img.size
        px = img.load()
        for _ in range(int(w * hh * noise / 10)):
            x, y = rnd.randrange(w), rnd.randrange(hh)
            px[x, y] = rnd.choice((0, 40, 90, 200))
        if photo:
            # uneven lighting: darken towards one corner, then a mild perspective squeeze
            shade = Image.linear_gradient('L').resize((w, hh)).rotate(35, expand=False, fillcolor=128)
            shade = shade.point(lambda v: 255 - int(v * 0.28))
            img = Image.composite(img, Image.new('L', (w, hh), 0), shade)
            d = int(w * 0.03)
            img = img.transform((w, hh), Image.QUAD, (d, 0, 0, hh, w, hh - d // 2, w - d // 3, d // 2),
                                resample=Image.BICUBIC, fillcolor=70)
        if bilevel:
            img = img.point(lambda v: 0 if v < 150 else 255).convert('1')
        elif mode == 'RGB':
            img = img.convert('RGB')
        pages.append(img)
    buf = []
    for p in pages:
        b = io.BytesIO()
        if bilevel:
            p.save(b, 'PNG')
        else:
            p.save(b, 'JPEG', quality=jpeg_q)
        b.seek(0)
        from PIL import Image as I
        buf.append(I.open(b))
    buf[0].save(out_path, 'PDF', resolution=dpi, save_all=True, append_images=buf[1:])


# ---------------------------------------------------------------- fpdf2 form page (labels + boxes), widgets placed later

def fpdf_form(rows, title, subtitle='', font_path='/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', page='Letter'):
    """rows: dicts {label, kind: tx|ml|cbs|radio, name, value, lines, options: [(word, name_or_export, on)]}
    Returns (pdf_bytes, widgets) with widget rects in PDF points."""
    from fpdf import FPDF
    pdf = FPDF(format=page, unit='mm')
    pdf.set_auto_page_break(False)
    pdf.add_font('DV', '', font_path)
    pdf.add_font('DV', 'B', font_path.replace('DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'))
    pdf.add_page()
    PH = pdf.h
    k = 72 / 25.4
    widgets = []
    pdf.set_font('DV', 'B', 14)
    pdf.cell(0, 8, title, new_x='LMARGIN', new_y='NEXT', align='C')
    if subtitle:
        pdf.set_font('DV', '', 9)
        pdf.cell(0, 6, subtitle, new_x='LMARGIN', new_y='NEXT', align='C')
    pdf.ln(3)
    y = pdf.get_y()
    LX, LW, BX, BW = 12, 62, 76, pdf.w - 76 - 12

    def R(x, yy, w, hh):  # mm box (top-left) -> PDF rect in points
        return [x * k, (PH - yy - hh) * k, (x + w) * k, (PH - yy) * k]
    for row in rows:
        kind = row['kind']
        hh = {'tx': 7, 'ml': 5 * row.get('lines', 4) + 2}.get(kind, 7 * ((len(row['options']) + 1) // 2) if kind in ('cbs', 'radio') else 7)
        if kind in ('cbs', 'radio'):
            hh = 7
        pdf.set_font('DV', 'B', 8.5)
        lab_lines = pdf.multi_cell(LW, 4, row['label'], dry_run=True, output='LINES')
        need = max(hh, 4 * len(lab_lines)) + 3
        if y + need > PH - 18:
            pdf.set_font('DV', '', 7)
            pdf.set_xy(12, PH - 12)
            pdf.cell(0, 4, f'Page {pdf.page_no()}', align='R')
            pdf.add_page()
            y = 14
        pdf.set_font('DV', 'B', 8.5)
        pdf.set_xy(LX, y)
        pdf.multi_cell(LW, 4, row['label'])
        if kind in ('tx', 'ml'):
            pdf.set_draw_color(120, 120, 120)
            pdf.rect(BX, y, BW, hh)
            widgets.append({'name': row['name'], 'type': 'tx', 'page': pdf.page_no() - 1, 'rect': R(BX, y, BW, hh),
                            'value': row.get('value', ''), 'multiline': kind == 'ml', 'tooltip': row.get('tooltip')})
        else:
            x = BX
            pdf.set_font('DV', '', 8.5)
            kids = []
            for wd, nm, on in row['options']:
                pdf.rect(x, y + 1, 4, 4)
                pdf.set_xy(x + 5, y + 0.8)
                tw = pdf.get_string_width(wd) + 8
                pdf.cell(tw, 4.5, wd)
                if kind == 'cbs':
                    widgets.append({'name': nm, 'type': 'cb', 'page': pdf.page_no() - 1, 'rect': R(x, y + 1, 4, 4),
                                    'value': on})
                else:
                    kids.append((nm, R(x, y + 1, 4, 4)))
                x += 5 + tw
            if kind == 'radio':
                widgets.append({'name': row['name'], 'type': 'radio', 'page': pdf.page_no() - 1, 'kids': kids,
                                'value': row.get('value')})
        y += need
    pdf.set_font('DV', '', 7)
    pdf.set_xy(12, PH - 12)
    pdf.cell(0, 4, f'Page {pdf.page_no()}', align='R')
    return bytes(pdf.output()), widgets
