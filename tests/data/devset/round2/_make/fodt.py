"""Tiny flat-ODT writer: documents are typed as ODF XML and then opened and
saved by LibreOffice (soffice --convert-to docx / pdf), so the final files are
LibreOffice's own output."""
import os
import shutil
import tempfile
from xml.sax.saxutils import escape

from common import soffice

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="{font}" svg:font-family="'{font}'"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.12cm"/>
  <style:text-properties style:font-name="{font}" fo:font-size="{size}pt" fo:language="{lang}" fo:country="CA"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1">
  <style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm"/>
  <style:text-properties fo:font-size="15pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:default-outline-level="2">
  <style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.12cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-size="12pt" fo:font-weight="bold" fo:color="#1f3864"/>
 </style:style>
 <style:style style:name="Label" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.25cm" fo:keep-with-next="always"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Small" style:family="paragraph">
  <style:text-properties fo:font-size="8pt" fo:color="#555555"/>
 </style:style>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Cell" style:family="paragraph"/>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="{pw}" fo:page-height="{ph}" fo:margin-top="1.8cm"
   fo:margin-bottom="1.6cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/>
  <style:header-style/><style:footer-style/>
 </style:page-layout>
 <style:style style:name="PB" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:break-before="page"/>
 </style:style>
 <style:style style:name="Shaded" style:family="table-cell">
  <style:table-cell-properties fo:background-color="#e7e6e6" fo:padding="0.08cm" fo:border="0.5pt solid #000000"/>
 </style:style>
 <style:style style:name="Plain" style:family="table-cell">
  <style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #000000"/>
 </style:style>
 <style:style style:name="Tbl" style:family="table">
  <style:table-properties style:width="16.5cm" table:align="left"/>
 </style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  {header}{footer}
 </style:master-page>
</office:master-styles>
<office:body><office:text>
"""
TAIL = "</office:text></office:body></office:document>\n"

SIZES = {"letter": ("21.59cm", "27.94cm"), "a4": ("21cm", "29.7cm")}


class Doc:
    def __init__(self, font="Liberation Sans", size=11, lang="en", page="letter", header=None, footer=None,
                 footer_page=False):
        pw, ph = SIZES[page]
        hdr = f'<style:header><text:p text:style-name="Small">{escape(header)}</text:p></style:header>' if header else ""
        ftr = ""
        if footer or footer_page:
            pg = ' – page <text:page-number text:select-page="current">1</text:page-number>' if footer_page else ""
            ftr = f'<style:footer><text:p text:style-name="Small">{escape(footer or "")}{pg}</text:p></style:footer>'
        self.parts = [HEAD.format(font=font, size=size, lang=lang, pw=pw, ph=ph, header=hdr, footer=ftr)]

    @staticmethod
    def _inline(text):
        # **bold** segments
        out = []
        bits = text.split("**")
        for i, b in enumerate(bits):
            b = escape(b).replace("\t", "<text:tab/>")
            out.append(f'<text:span text:style-name="B">{b}</text:span>' if i % 2 else b)
        return "".join(out)

    def h(self, text, level=2):
        self.parts.append(f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}">'
                          f'{escape(text)}</text:h>')

    def p(self, text="", style="Standard"):
        lines = text.split("\n")
        self.parts.append(f'<text:p text:style-name="{style}">' +
                          "<text:line-break/>".join(self._inline(x) for x in lines) + "</text:p>")

    def label(self, text):
        self.p(text, "Label")

    def page_break(self):
        self.parts.append('<text:p text:style-name="PB"/>')

    def bullets(self, items):
        self.parts.append("<text:list>" + "".join(
            f'<text:list-item><text:p text:style-name="Standard">{self._inline(i)}</text:p></text:list-item>'
            for i in items) + "</text:list>")

    def table(self, rows, widths=None, shaded_first_col=False, shaded_rows=()):
        """rows: list of lists of cell strings; a cell may be ('span', n, text)."""
        ncol = max(sum(c[1] if isinstance(c, tuple) else 1 for c in r) for r in rows)
        x = ['<table:table table:style-name="Tbl">']
        x.append(f'<table:table-column table:number-columns-repeated="{ncol}"/>')
        for ri, r in enumerate(rows):
            x.append("<table:table-row>")
            for ci, c in enumerate(r):
                span = 1
                if isinstance(c, tuple):
                    _, span, c = c
                st = "Shaded" if (shaded_first_col and ci == 0) or ri in shaded_rows else "Plain"
                attr = f' table:number-columns-spanned="{span}"' if span > 1 else ""
                paras = "".join(f'<text:p text:style-name="Cell">{self._inline(pp)}</text:p>' for pp in c.split("\n"))
                x.append(f'<table:table-cell table:style-name="{st}" office:value-type="string"{attr}>{paras}'
                         f'</table:table-cell>')
                for _ in range(span - 1):
                    x.append("<table:covered-table-cell/>")
            x.append("</table:table-row>")
        x.append("</table:table>")
        self.parts.append("".join(x))

    def save(self, path, fmt):
        """fmt: 'docx' or 'pdf'."""
        tmp = tempfile.mkdtemp(prefix="fodt-")
        src = os.path.join(tmp, "document.fodt")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write("".join(self.parts) + TAIL)
        out = soffice(src, "docx:MS Word 2007 XML" if fmt == "docx" else "pdf:writer_pdf_Export", tmp)
        shutil.move(out, path)
        shutil.rmtree(tmp, ignore_errors=True)
