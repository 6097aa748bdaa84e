"""Building blocks: raw WordprocessingML pieces for python-docx, reportlab AcroForm pages, pypdf flattening."""
from __future__ import annotations

from xml.sax.saxutils import escape

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

W = nsdecls("w")
_ID = [100]


def nid() -> int:
    _ID[0] += 1
    return _ID[0]


def rpr(font: str | None = None, color: str | None = None, bold: bool = False, size: int | None = None) -> str:
    s = ""
    if font:
        s += f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>'
    if bold:
        s += "<w:b/>"
    if color:
        s += f'<w:color w:val="{color}"/>'
    if size:
        s += f'<w:sz w:val="{size}"/>'
    return f"<w:rPr>{s}</w:rPr>" if s else ""


def run_xml(text: str, props: str = "") -> str:
    """A run; newlines become w:br."""
    parts = text.split("\n")
    inner = "<w:br/>".join(f'<w:t xml:space="preserve">{escape(p)}</w:t>' for p in parts)
    return f"<w:r>{props}{inner}</w:r>"


def formtext_xml(name: str, text: str, props: str = "") -> str:
    """Legacy Word form field (FORMTEXT) holding text."""
    return (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            + run_xml(text, props) +
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def formcheck_xml(name: str, checked: bool) -> str:
    chk = "<w:checked/>" if checked else ""
    return (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="0"/>{chk}</w:checkBox>'
            f'</w:ffData></w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def sdt_run_xml(tag: str, alias: str, inner_runs: str, extra_pr: str = "", placeholder: bool = False) -> str:
    ph = "<w:showingPlcHdr/>" if placeholder else ""
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{escape(alias)}"/><w:tag w:val="{tag}"/><w:id w:val="{nid()}"/>'
            f'{ph}{extra_pr}</w:sdtPr><w:sdtContent>{inner_runs}</w:sdtContent></w:sdt>')


def dropdown_pr(items: list[tuple[str, str]]) -> str:
    li = "".join(f'<w:listItem w:displayText="{escape(d)}" w:value="{escape(v)}"/>' for v, d in items)
    return f"<w:dropDownList>{li}</w:dropDownList>"


def ins_xml(text: str, author: str = "Reviewer", date: str = "2026-11-20T10:00:00Z") -> str:
    return f'<w:ins w:id="{nid()}" w:author="{author}" w:date="{date}">{run_xml(text)}</w:ins>'


def del_xml(text: str, author: str = "Reviewer", date: str = "2026-11-20T10:00:00Z") -> str:
    return (f'<w:del w:id="{nid()}" w:author="{author}" w:date="{date}"><w:r>'
            f'<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')


def append_runs(paragraph, runs_xml: str) -> None:
    """Append raw run-level XML (runs, sdt, ins/del) to a python-docx paragraph."""
    frag = parse_xml(f'<w:p {W} xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">{runs_xml}</w:p>')
    for child in list(frag):
        paragraph._p.append(child)


def vml_textbox_xml(text_paras: list[str], width_pt: int = 400, height_pt: int = 40, props: str = "") -> str:
    ps = "".join(f"<w:p>{run_xml(t, props)}</w:p>" for t in text_paras)
    return (f'<w:r><w:pict xmlns:v="urn:schemas-microsoft-com:vml"><v:shape id="tb{nid()}" type="#_x0000_t202" '
            f'style="width:{width_pt}pt;height:{height_pt}pt" strokecolor="#7f7f7f"><v:textbox>'
            f'<w:txbxContent>{ps}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')


def shade_cell(cell, fill: str) -> None:
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def set_cell_text(cell, text: str, bold: bool = False, font: str | None = None, color=None, size=None):
    from docx.shared import Pt, RGBColor
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if font:
            r.font.name = font
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if size:
            r.font.size = Pt(size)
    return p


# ---------------------------------------------------------------- PDF


def flatten_pdf(src: str, dest: str) -> None:
    """Merge each widget's normal appearance into the page content and drop the form, as a viewer's 'flatten' does."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (ArrayObject, DecodedStreamObject, DictionaryObject, NameObject)

    r = PdfReader(src)
    datas = [(p.get_contents().get_data() if p.get_contents() is not None else b"") for p in r.pages]
    w = PdfWriter()
    for page in r.pages:
        w.add_page(page)
    for pno, page in enumerate(w.pages):
        annots = page.get("/Annots")
        if not annots:
            continue
        res = page["/Resources"]
        if "/XObject" not in res:
            res[NameObject("/XObject")] = DictionaryObject()
        xobjs = res["/XObject"]
        ops = []
        keep = ArrayObject()
        for i, a in enumerate(annots):
            a = a.get_object()
            if a.get("/Subtype") != "/Widget":
                keep.append(a)
                continue
            ap = a.get("/AP")
            if not ap:
                continue
            n = ap["/N"]
            n = n.get_object() if hasattr(n, "get_object") else n
            if "/BBox" not in n:  # state dictionary of a check box / radio button
                state = a.get("/AS")
                if state is None or state == "/Off" or state not in n:
                    continue
                n = n[state].get_object()
            rect = [float(v) for v in a["/Rect"]]
            nm = f"/Flat{pno}_{i}"
            xobjs[NameObject(nm)] = w._add_object(n) if not hasattr(n, "indirect_reference") or n.indirect_reference is None else n.indirect_reference
            ops.append(f"q 1 0 0 1 {rect[0]:.2f} {rect[1]:.2f} cm {nm} Do Q")
        extra = DecodedStreamObject()
        extra.set_data(("\n" + "\n".join(ops) + "\n").encode())
        data = datas[pno]
        new = DecodedStreamObject()
        new.set_data(b"q\n" + data + b"\nQ\n" + extra.get_data())
        page[NameObject("/Contents")] = w._add_object(new)
        if keep:
            page[NameObject("/Annots")] = keep
        else:
            del page["/Annots"]
    if "/AcroForm" in w._root_object:
        del w._root_object["/AcroForm"]
    with open(dest, "wb") as f:
        w.write(f)
