"""A slide-like page: flat ODT (Writer) with page-anchored text frames on a 16:9 landscape page -> PDF.

(LibreOffice Impress is not installed here, so the slide is laid out in Writer with frames.)"""
import os
from xml.sax.saxutils import escape

from common import WORK, soffice

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"')


def slide_pdf(frames, out_path, name='slide', width=33.867, height=19.05):
    """frames: list of dicts {x,y,w,h (cm), fill, paras: [(text, size_pt, bold, color, bullet)]}"""
    styles = []
    body = []
    sid = 0
    for i, fr in enumerate(frames):
        gs = f'gr{i}'
        fill = f'draw:fill="solid" draw:fill-color="{fr["fill"]}"' if fr.get('fill') else 'draw:fill="none"'
        styles.append(f'<style:style style:name="{gs}" style:family="graphic"><style:graphic-properties {fill} '
                      'draw:stroke="none" draw:textarea-vertical-align="top" fo:padding-top="0.15cm" '
                      'fo:padding-left="0.25cm" fo:padding-right="0.25cm" draw:auto-grow-height="false"/>'
                      '</style:style>')
        paras = []
        for text, size, bold, color, bullet in fr['paras']:
            sid += 1
            styles.append(f'<style:style style:name="T{sid}" style:family="text"><style:text-properties '
                          f'fo:font-size="{size}pt" fo:font-weight="{"bold" if bold else "normal"}" fo:color="{color}" '
                          'style:font-name="Liberation Sans" fo:font-family="\'Liberation Sans\'"/></style:style>')
            span = f'<text:span text:style-name="T{sid}">{escape(text)}</text:span>'
            if bullet:
                paras.append(f'<text:list><text:list-item><text:p>{span}</text:p></text:list-item></text:list>')
            else:
                paras.append(f'<text:p>{span}</text:p>')
        body.append(f'<draw:frame draw:style-name="{gs}" text:anchor-type="page" text:anchor-page-number="1" draw:z-index="{i}" svg:x="{fr["x"]}cm" svg:y="{fr["y"]}cm" '
                    f'svg:width="{fr["w"]}cm" svg:height="{fr["h"]}cm"><draw:text-box>{"".join(paras)}'
                    '</draw:text-box></draw:frame>')
    doc = (f'<?xml version="1.0" encoding="UTF-8"?><office:document {NS} office:version="1.2" '
           'office:mimetype="application/vnd.oasis.opendocument.text"><office:automatic-styles>'
           f'<style:page-layout style:name="PM1"><style:page-layout-properties fo:page-width="{width}cm" '
           f'fo:page-height="{height}cm" style:print-orientation="landscape" fo:margin-top="0cm" fo:margin-bottom="0cm" '
           'fo:margin-left="0cm" fo:margin-right="0cm"/></style:page-layout>'
           + ''.join(styles) + '</office:automatic-styles>'
           '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PM1"/>'
           '</office:master-styles><office:body><office:text>' + ''.join(body) +
           '<text:p/></office:text></office:body></office:document>')
    src = os.path.join(WORK, name + '.fodt')
    open(src, 'w', encoding='utf-8').write(doc)
    return soffice(src, out_path, 'pdf:writer_pdf_Export', 'OpenDocument Text Flat XML')
