"""Shared building blocks: python-docx fields, fpdf2 fonts, a flat-ODT table-form template, content controls, AcroForms."""
from lib import *

DEJAVU = "/usr/share/fonts/truetype/dejavu/"


def font_setup(pdf, mono=False):
    pdf.add_font("DejaVu", "", DEJAVU + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", DEJAVU + "DejaVuSans-Bold.ttf")
    pdf.add_font("DejaVu", "I", DEJAVU + "DejaVuSans-Oblique.ttf")
    pdf.add_font("DejaVu", "BI", DEJAVU + "DejaVuSans-BoldOblique.ttf")
    pdf.add_font("DejaVuMono", "", DEJAVU + "DejaVuSansMono.ttf")
    pdf.add_font("DejaVuMono", "B", DEJAVU + "DejaVuSansMono-Bold.ttf")
    pdf.add_font("DejaVuSerif", "", DEJAVU + "DejaVuSerif.ttf")
    pdf.add_font("DejaVuSerif", "B", DEJAVU + "DejaVuSerif-Bold.ttf")
    pdf.add_font("DejaVuSerif", "I", DEJAVU + "DejaVuSerif-Italic.ttf")


def add_field(paragraph, instr):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    r = paragraph.add_run()
    for kind, text in (("begin", None), ("instr", instr), ("separate", None), ("t", "1"), ("end", None)):
        if kind == "instr":
            el = OxmlElement("w:instrText"); el.set(qn("xml:space"), "preserve"); el.text = f" {text} "
            r._r.append(el)
        elif kind == "t":
            r2 = paragraph.add_run(text); r = paragraph.add_run()
        else:
            el = OxmlElement("w:fldChar"); el.set(qn("w:fldCharType"), kind)
            r._r.append(el)
            if kind == "separate":
                r = paragraph.add_run()


def add_page_field(paragraph):
    add_field(paragraph, "PAGE")


FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/>
 <style:font-face style:name="Liberation Mono" svg:font-family="'Liberation Mono'"/>
 <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'"/>
</office:font-face-decls>
<office:styles>
 <style:style style:name="Standard" style:family="paragraph"><style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="Tbl" style:family="table"><style:table-properties style:width="7in" table:align="left"/></style:style>
 <style:style style:name="ColA" style:family="table-column"><style:table-column-properties style:column-width="2.6in"/></style:style>
 <style:style style:name="ColB" style:family="table-column"><style:table-column-properties style:column-width="4.4in"/></style:style>
 <style:style style:name="Lab" style:family="table-cell"><style:table-cell-properties fo:background-color="#eeeeee" fo:padding="0.05in" fo:border="0.5pt solid #666666"/></style:style>
 <style:style style:name="AnsC" style:family="table-cell"><style:table-cell-properties fo:padding="0.05in" fo:border="0.5pt solid #666666"/></style:style>
 <style:style style:name="Sec" style:family="table-cell"><style:table-cell-properties fo:background-color="#1f3864" fo:padding="0.05in" fo:border="0.5pt solid #666666"/></style:style>
 <style:style style:name="LabP" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties style:font-name="Liberation Sans" fo:font-size="9.5pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Ans" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties style:font-name="Liberation Mono" fo:font-size="9.5pt" fo:color="#1a3d8f"/></style:style>
 <style:style style:name="SecP" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:color="#ffffff" fo:font-weight="bold" fo:font-size="10pt"/></style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="Sub" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.12in"/><style:text-properties fo:font-size="9pt" fo:font-style="italic" fo:color="#555555"/></style:style>
 <style:style style:name="Foot" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="7.5pt" fo:color="#777777"/></style:style>
 <style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="8.5in" fo:page-height="11in" fo:margin-left="0.75in" fo:margin-right="0.75in" fo:margin-top="0.6in" fo:margin-bottom="0.6in"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL">
 <style:footer><text:p text:style-name="Foot">{footer} - page <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>
<text:p text:style-name="Title">{title}</text:p>
<text:p text:style-name="Sub">{sub}</text:p>
<table:table table:name="Form" table:style-name="Tbl"><table:table-column table:style-name="ColA"/><table:table-column table:style-name="ColB"/>
{body}
</table:table>
<text:p text:style-name="Foot"/>
</office:text></office:body></office:document>
"""


# ---------------------------------------------------------------- content controls (shape 2)
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
PLACEHOLDER = "Click or tap here to enter text."


def _rpr(color=None, italic=False):
    x = ""
    if color:
        x += f'<w:color w:val="{color}"/>'
    if italic:
        x += "<w:i/>"
    return f"<w:rPr>{x}</w:rPr>" if x else ""


def sdt_run_xml(tag, alias, text, kind="text", items=None, date_fmt=None, iso=None):
    """A run-level content control. text=None -> shows the placeholder."""
    from xml.sax.saxutils import escape as xe
    pr = f'<w:alias w:val="{xe(alias)}"/><w:tag w:val="{xe(tag)}"/><w:id w:val="{abs(hash((tag, alias))) % 10**8}"/>'
    shown = text
    if text is None:
        pr += '<w:showingPlcHdr/>'
        shown = PLACEHOLDER
    if kind == "text":
        pr += "<w:text/>"
    elif kind in ("dropdown", "combo"):
        el = "w:dropDownList" if kind == "dropdown" else "w:comboBox"
        li = "".join(f'<w:listItem w:displayText="{xe(d)}" w:value="{xe(v)}"/>' for d, v in items)
        pr += f"<{el}>{li}</{el}>"
    elif kind == "date":
        pr += (f'<w:date w:fullDate="{iso}T00:00:00Z"><w:dateFormat w:val="{xe(date_fmt)}"/><w:lid w:val="en-CA"/>'
               f'<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')
    rpr = '<w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>' if text is None else '<w:rPr><w:color w:val="1F3864"/></w:rPr>'
    return (f'<w:sdt {W_NS}><w:sdtPr>{pr}</w:sdtPr><w:sdtContent><w:r>{rpr}<w:t xml:space="preserve">{xe(shown)}</w:t></w:r>'
            f'</w:sdtContent></w:sdt>')


def sdt_block_xml(tag, alias, paras, style=None):
    from xml.sax.saxutils import escape as xe
    ps = ""
    for p in paras:
        ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        ps += f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{xe(p)}</w:t></w:r></w:p>'
    return (f'<w:sdt {W_NS}><w:sdtPr><w:alias w:val="{xe(alias)}"/><w:tag w:val="{xe(tag)}"/><w:id w:val="{abs(hash(tag)) % 10**8}"/>'
            f'<w:richText/></w:sdtPr><w:sdtContent>{ps}</w:sdtContent></w:sdt>')


# ---------------------------------------------------------------- reportlab AcroForm helper
class AcroPage:
    """Draw labels and AcroForm widgets top-down with reportlab (Letter)."""

    def __init__(self, path, title, subtitle=""):
        from reportlab.pdfgen import canvas
        from reportlab.lib.pagesizes import letter
        self.c = canvas.Canvas(str(path), pagesize=letter)
        self.W, self.H = letter
        self.y = self.H - 50
        self.c.setFont("Helvetica-Bold", 14); self.c.drawString(40, self.y, title)
        self.y -= 16
        if subtitle:
            self.c.setFont("Helvetica", 8.5); self.c.drawString(40, self.y, subtitle); self.y -= 14
        self.page = 1

    def need(self, h):
        if self.y - h < 50:
            self.c.setFont("Helvetica", 7.5); self.c.drawString(40, 30, f"Page {self.page}")
            self.c.showPage(); self.page += 1; self.y = self.H - 50

    def heading(self, text):
        self.need(30)
        self.y -= 6
        self.c.setFillColorRGB(0.85, 0.88, 0.93); self.c.rect(40, self.y - 4, self.W - 80, 16, stroke=0, fill=1)
        self.c.setFillColorRGB(0, 0, 0); self.c.setFont("Helvetica-Bold", 10); self.c.drawString(44, self.y, text)
        self.y -= 20

    def text(self, label, name, value, lines=1, tooltip=None, label_w=170):
        h = 14 * lines + 4
        self.need(h + 6)
        self.c.setFont("Helvetica", 8.5)
        ly = self.y - 10
        for part in wrap_label(label, 40):
            self.c.drawString(44, ly, part); ly -= 10
        kw = dict(name=name, value=value or "", x=44 + label_w, y=self.y - h, width=self.W - 84 - label_w, height=h,
                  fontName="Helvetica", fontSize=8 if lines > 1 else 9, borderWidth=0.5, borderColor=None,
                  fillColor=None, forceBorder=True)
        if tooltip:
            kw["tooltip"] = tooltip
        if lines > 1:
            kw["fieldFlags"] = "multiline"
        self.c.acroForm.textfield(**kw)
        self.y -= max(h, 10 * len(wrap_label(label, 40))) + 6

    def boxes(self, label, options, label_w=170, radio_name=None):
        """options: list of (name_or_value, text, checked)."""
        self.need(22)
        self.c.setFont("Helvetica", 8.5)
        self.c.drawString(44, self.y - 10, label)
        x = 44 + label_w
        for nm, txt, on in options:
            if radio_name:
                self.c.acroForm.radio(name=radio_name, value=nm, selected=on, x=x, y=self.y - 13, size=11, buttonStyle="circle")
            else:
                self.c.acroForm.checkbox(name=nm, checked=on, x=x, y=self.y - 13, size=11, buttonStyle="check")
            self.c.drawString(x + 14, self.y - 10, txt)
            x += 16 + self.c.stringWidth(txt, "Helvetica", 8.5) + 12
        self.y -= 22

    def save(self):
        self.c.setFont("Helvetica", 7.5); self.c.drawString(40, 30, f"Page {self.page}")
        self.c.save()


def wrap_label(s, n):
    import textwrap
    return textwrap.wrap(s, n) or [""]
