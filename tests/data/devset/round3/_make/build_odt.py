# -*- coding: utf-8 -*-
"""Flat ODT with its own named styles -> DOCX by LibreOffice (t_odtfr, h_odten)."""
import sys, os, subprocess, tempfile, shutil
from xml.sax.saxutils import escape as x
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
from forms_tuning import T
from forms_heldout import H
ALL = {f["id"]: f for f in T + H}
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"')


def fodt(form, title, sub, label_style_extra, marker, secs):
    lang = form["lang"]; L = LABELS_FR if lang == "fr" else LABELS_EN; f = form["f"]
    rows = []
    for stitle, keys in secs:
        rows.append(f'<table:table-row><table:table-cell table:style-name="CelSection" table:number-columns-spanned="2" office:value-type="string">'
                    f'<text:p text:style-name="Section">{x(stitle)}</text:p></table:table-cell><table:covered-table-cell/></table:table-row>')
        for k in keys:
            if k == "existing_program_name" and f.get("request_type") != "existing_program":
                continue
            if k in ("request_type", "endorsement_status", "delivery_format"):
                paras = [checkline(k, f.get(k), lang)]
            elif k == "learning_outcomes":
                paras = [marker.format(n=i + 1) + o for i, o in enumerate(f.get(k, []))]
            else:
                paras = [written(form, k)]
            ans = "".join(f'<text:p text:style-name="Reponse">{x(p)}</text:p>' for p in paras)
            rows.append(f'<table:table-row><table:table-cell table:style-name="CelEtiquette" office:value-type="string"><text:p text:style-name="Etiquette">{x(L[k])}</text:p></table:table-cell>'
                        f'<table:table-cell table:style-name="CelReponse" office:value-type="string">{ans}</table:table-cell></table:table-row>')
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" style:font-family-generic="swiss"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" fo:language="{lang}" fo:country="CA"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="TitreFormulaire" style:display-name="Titre formulaire" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="15pt" fo:font-weight="bold" fo:color="#1F3864"/></style:style>
 <style:style style:name="SousTitre" style:display-name="Sous-titre formulaire" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.3cm"/><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="Etiquette" style:display-name="Etiquette" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-weight="bold" fo:font-size="9pt" {label_style_extra}/></style:style>
 <style:style style:name="Reponse" style:display-name="Reponse" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.08cm"/><style:text-properties fo:font-size="10pt" fo:color="#000000"/></style:style>
 <style:style style:name="Section" style:display-name="Section" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-weight="bold" fo:color="#FFFFFF"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="TabForm" style:family="table"><style:table-properties style:width="17cm" table:align="margins"/></style:style>
 <style:style style:name="ColA" style:family="table-column"><style:table-column-properties style:column-width="5.2cm"/></style:style>
 <style:style style:name="ColB" style:family="table-column"><style:table-column-properties style:column-width="11.8cm"/></style:style>
 <style:style style:name="CelEtiquette" style:family="table-cell"><style:table-cell-properties fo:background-color="#EAF1DD" fo:padding="0.1cm" fo:border="0.5pt solid #808080"/></style:style>
 <style:style style:name="CelReponse" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #808080"/></style:style>
 <style:style style:name="CelSection" style:family="table-cell"><style:table-cell-properties fo:background-color="#4F6228" fo:padding="0.1cm" fo:border="0.5pt solid #808080"/></style:style>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21.59cm" fo:page-height="27.94cm" fo:margin-top="1.8cm" fo:margin-bottom="1.8cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
<text:p text:style-name="TitreFormulaire">{x(title)}</text:p>
<text:p text:style-name="SousTitre">{x(sub)}</text:p>
<table:table table:name="Formulaire" table:style-name="TabForm"><table:table-column table:style-name="ColA"/><table:table-column table:style-name="ColB"/>
{"".join(rows)}
</table:table>
<text:p text:style-name="Standard"/>
</office:text></office:body></office:document>'''


def build(i):
    form = ALL[i]
    from build_docx import SECTIONS, SECTIONS_FR
    if i == "t_odtfr":
        s = fodt(form, "Formulaire de concept – microcours / microcertificat", "Formation continue – Institut Michener (UHN). Cochez ☒ la case qui s'applique.",
                 'fo:color="#1F3864"', "{n}) ", SECTIONS_FR)
    else:
        s = fodt(form, "Micro-Course / Credential Concept Form", "Continuing Education – Michener Institute of Education at UHN",
                 'fo:font-variant="small-caps"', "{n}. ", SECTIONS)
    tmp = tempfile.mkdtemp(dir="/tmp"); src = os.path.join(tmp, "form.fodt")
    open(src, "w", encoding="utf-8").write(s)
    subprocess.run(["soffice", "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", tmp, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.copy(os.path.join(tmp, "form.docx"), out(form)); shutil.rmtree(tmp)
    write_expected(form, out(form)); print("built", out(form))


if __name__ == "__main__":
    for i in sys.argv[1:]:
        build(i)
