# -*- coding: utf-8 -*-
"""DOCX routes: table form (+tracked changes/comments), web paste, legacy form fields, text boxes,
Google-Docs-like export, line breaks, tabs, section headers."""
import copy, datetime
from docx import Document
from docx.shared import Pt, Inches, RGBColor, Cm
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import parse_xml, OxmlElement
from docx.oxml.ns import qn, nsdecls
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from common import *

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
DATE = "2026-03-08T10:15:00Z"

SECTIONS = [("A. Proposer", ["proposal_title", "proposer_name", "proposer_title", "proposer_department", "proposer_email", "proposer_phone"]),
            ("B. Request", ["request_type", "existing_program_name", "target_learners", "rationale"]),
            ("C. Learning design [R1] [R2]", ["competencies", "learning_outcomes", "competency_framework", "summative_assessment"]),
            ("D. Partner and alignment [R3] [R4]", ["partner_name", "partner_contact", "endorsement_status", "education_plan_alignment"]),
            ("E. Practicalities", ["delivery_format", "estimated_hours", "proposed_start", "expected_enrolment", "resources_required", "submission_date"])]
SECTIONS_FR = [("A. Proposant", SECTIONS[0][1]), ("B. Demande", SECTIONS[1][1]), ("C. Conception [R1] [R2]", SECTIONS[2][1]),
               ("D. Partenaire et alignement [R3] [R4]", SECTIONS[3][1]), ("E. Modalités", SECTIONS[4][1])]
HINTS = {"proposal_title": "(working title is fine)", "learning_outcomes": "(3–5 outcomes, start each with a verb)",
         "summative_assessment": "(how will achievement be evidenced?)", "endorsement_status": "(tick one)",
         "request_type": "(tick one)", "delivery_format": "(tick one)"}


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def run_xml(text, extra_rpr=""):
    from xml.sax.saxutils import escape
    return f'<w:r><w:rPr>{extra_rpr}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def add_segments(p, segs, author="Reviewer", rid=[100]):
    """segs: list of (kind, text) with kind in t/ins/del; appended to paragraph p as runs."""
    from xml.sax.saxutils import escape
    for kind, text in segs:
        rid[0] += 1
        if kind == "t":
            p.add_run(text)
        elif kind == "ins":
            p._p.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="{rid[0]}" w:author="{author}" w:date="{DATE}">'
                                  f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>'))
        elif kind == "del":
            p._p.append(parse_xml(f'<w:del {nsdecls("w")} w:id="{rid[0]}" w:author="{author}" w:date="{DATE}">'
                                  f'<w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'))


def mark_para(p, kind, author="Reviewer", rid=[500]):
    """Mark the paragraph mark itself inserted/deleted (whole-paragraph change)."""
    rid[0] += 1
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(f'<w:rPr {nsdecls("w")}><w:{kind} w:id="{rid[0]}" w:author="{author}" w:date="{DATE}"/></w:rPr>'))


def cell_text(cell, text, size=10):
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.font.size = Pt(size)
    return p


def table_form(form, path, on="☒", off="☐", outcome_marker="{n}. ", header=None, footer=None, edits=None,
               comments=None, deleted_outcomes=(), inserted_outcomes=(), page="letter", font="Calibri"):
    lang = form["lang"]
    L = LABELS_FR if lang == "fr" else LABELS_EN
    f = form["f"]
    edits = edits or {}
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(10)
    sec = doc.sections[0]
    if page == "a4":
        sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Inches(0.8)
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    h = doc.add_paragraph()
    r = h.add_run("Formulaire de concept – Microcours / microcertificat" if lang == "fr" else "Micro-Course / Credential Concept Form")
    r.bold = True; r.font.size = Pt(15)
    doc.add_paragraph("Formation continue – The Michener Institute of Education at UHN" if lang == "fr"
                      else "Continuing Education – The Michener Institute of Education at UHN")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for title, keys in (SECTIONS_FR if lang == "fr" else SECTIONS):
        row = t.add_row(); c = row.cells[0].merge(row.cells[1])
        rr = c.paragraphs[0].add_run(title); rr.bold = True; shade(c, "D9E2F3")
        for k in keys:
            if k == "existing_program_name" and not (f.get("request_type") == "existing_program" or not f):
                continue
            row = t.add_row()
            lc, ac = row.cells
            lp = lc.paragraphs[0]; lr = lp.add_run(L[k]); lr.bold = True
            if k in HINTS and lang == "en":
                hr = lp.add_run(" " + HINTS[k]); hr.font.size = Pt(8); hr.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
            if k in ("request_type", "endorsement_status", "delivery_format"):
                segs = edits.get(k) or [("t", checkline(k, f.get(k), lang, on, off))]
                add_segments(ac.paragraphs[0], segs)
            elif k == "learning_outcomes":
                items = list(f.get(k, []))
                allitems = [(x, None) for x in items]
                for pos, txt in deleted_outcomes:
                    allitems.insert(pos, (txt, "del"))
                first = True; n = 0
                for txt, kind in allitems:
                    p = ac.paragraphs[0] if first else ac.add_paragraph()
                    first = False
                    if kind == "del":
                        add_segments(p, [("del", outcome_marker.format(n=n + 1) + txt)]); mark_para(p, "del")
                        continue
                    n += 1
                    marker = outcome_marker.format(n=n)
                    if txt in inserted_outcomes:
                        add_segments(p, [("ins", marker + txt)]); mark_para(p, "ins")
                    elif k in edits and txt in edits[k]:
                        add_segments(p, [("t", marker)] + edits[k][txt])
                    else:
                        p.add_run(marker + txt)
            else:
                if k in edits:
                    add_segments(ac.paragraphs[0], edits[k])
                else:
                    v = written(form, k)
                    if v:
                        ac.paragraphs[0].add_run(v)
            if comments and k in comments:
                runs = ac.paragraphs[0].runs
                if runs:
                    doc.add_comment(runs, text=comments[k], author="CE Reviewer", initials="CR")
    for row in t.rows:
        row.cells[0].width = Inches(2.2)
        if len(row.cells) > 1 and row.cells[1] is not row.cells[0]:
            row.cells[1].width = Inches(4.7)
    doc.add_paragraph()
    doc.add_paragraph("For CE office use only – Received: ________  Reviewer: ________" if lang == "en"
                      else "Réservé à la FC – Reçu le : ________  Évaluateur : ________")
    doc.save(path)
    return path


def add_hyperlink(paragraph, url, text):
    part = paragraph.part
    r_id = part.relate_to(url, RT.HYPERLINK, is_external=True)
    h = parse_xml(f'<w:hyperlink {nsdecls("w", "r")} r:id="{r_id}" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/>'
                  f'<w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r></w:hyperlink>')
    paragraph._p.append(h)
    return h


def wrap_sdt(paragraph, alias=None, rowlevel=None):
    """Move paragraph's runs/hyperlinks into a run-level plain-text w:sdt (no tag)."""
    p = paragraph._p
    kids = [c for c in p if c.tag in (qn("w:r"), qn("w:hyperlink"))]
    al = f'<w:alias w:val="{alias}"/>' if alias else ""
    sdt = parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtPr>{al}<w:id w:val="{abs(hash(paragraph.text)) % 99999999}"/><w:text/></w:sdtPr>'
                    f'<w:sdtContent/></w:sdt>')
    content = sdt.find(qn("w:sdtContent"))
    for c in kids:
        p.remove(c); content.append(c)
    p.append(sdt)


def web_form(form, path, radio_on="(•)", radio_off="( )", row_sdt=False):
    f = form["f"]; L = dict(LABELS_EN)
    L.update({"proposal_title": "Proposed Micro-credential Title *", "proposer_name": "Contact Name *",
              "proposer_email": "Contact Email *", "request_type": "This proposal is for *",
              "target_learners": "Who is this for? *", "rationale": "Why is this needed? *",
              "summative_assessment": "How will achievement be evidenced? *", "partner_name": "Partner Organization *",
              "endorsement_status": "Endorsement Status *", "education_plan_alignment": "Strategic Alignment *",
              "competencies": "Skills and Competencies *", "learning_outcomes": "Intended Learning Outcomes *",
              "delivery_format": "Delivery Mode", "estimated_hours": "Total Learning Hours",
              "expected_enrolment": "Estimated Learners / Year", "submission_date": "Submission Date"})
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Segoe UI"; st.font.size = Pt(9.5)
    p = doc.add_paragraph(); r = p.add_run("Michener CE | Propose a Micro-Course or Credential"); r.bold = True; r.font.size = Pt(14)
    p = doc.add_paragraph("Home › Continuing Education › Partner with us › Concept form   ")
    add_hyperlink(p, "https://michener.example/ce/propose", "Print this page")
    doc.add_paragraph("Fields marked * are required. Your answers are saved when you press Next.")
    outer = doc.add_table(rows=0, cols=1)
    for title, keys in SECTIONS:
        cell = outer.add_row().cells[0]
        hp = cell.paragraphs[0]; hr = hp.add_run(title.split(". ", 1)[1].replace(" [R1] [R2]", "").replace(" [R3] [R4]", ""))
        hr.bold = True; shade(cell, "EDEDED")
        inner = cell.add_table(rows=0, cols=2)
        for k in keys:
            if k == "existing_program_name" and f.get("request_type") != "existing_program":
                continue
            if k not in f and k not in ("request_type", "endorsement_status", "delivery_format"):
                v = ""
            row = inner.add_row()
            lc, ac = row.cells
            lc.paragraphs[0].add_run(L[k]).bold = True
            ap = ac.paragraphs[0]
            if k in ("request_type", "endorsement_status", "delivery_format"):
                opts = OPTS_EN[k]
                first = True
                for code, txt in opts:
                    q = ap if first else ac.add_paragraph()
                    first = False
                    q.add_run(f"{radio_on if f.get(k) == code else radio_off} {txt}")
                continue
            if k == "learning_outcomes":
                for i, o in enumerate(f.get(k, [])):
                    q = ap if i == 0 else ac.add_paragraph()
                    q.add_run(f"{i + 1}. {o}")
                    wrap_sdt(q)
                continue
            v = written(form, k)
            if k in ("proposer_email",) and v:
                add_hyperlink(ap, "mailto:" + v, v)
            elif k == "partner_contact" and "@" in v:
                name, mail = v.rsplit(", ", 1)
                ap.add_run(name + ", "); add_hyperlink(ap, "mailto:" + mail, mail)
            elif v:
                ap.add_run(v)
            wrap_sdt(ap)
        if row_sdt:
            # wrap each inner row in a row-level sdt (as some web editors leave)
            tbl = inner._tbl
            for tr in list(tbl.findall(qn("w:tr"))):
                sdt = parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtPr><w:id w:val="{id(tr) % 999999}"/></w:sdtPr><w:sdtContent/></w:sdt>')
                tr.addprevious(sdt); sdt.find(qn("w:sdtContent")).append(tr)
        cell.add_paragraph("")
    p = doc.add_paragraph("Questions? Write to ")
    add_hyperlink(p, "mailto:ce@michener.example", "ce@michener.example")
    doc.save(path)


# ---------------- legacy form fields ----------------
def ff_text(name, value, default=""):
    from xml.sax.saxutils import escape
    parts = [f'<w:r {W}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
             f'<w:calcOnExit w:val="0"/><w:textInput><w:default w:val="{escape(default)}"/></w:textInput></w:ffData></w:fldChar></w:r>',
             f'<w:r {W}><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>',
             f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>']
    lines = value.split("\n") if value else ["\u2002" * 5]
    for i, ln in enumerate(lines):
        br = "<w:br/>" if i else ""
        parts.append(f'<w:r {W}><w:rPr><w:noProof/></w:rPr>{br}<w:t xml:space="preserve">{escape(ln)}</w:t></w:r>')
    parts.append(f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>')
    return [parse_xml(x) for x in parts]


def ff_check(name, checked):
    chk = "<w:checked/>" if checked else ""
    return [parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
                      f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="0"/>{chk}</w:checkBox></w:ffData></w:fldChar></w:r>'),
            parse_xml(f'<w:r {W}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'),
            parse_xml(f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>')]


def legacy_form(form, path, text_prefix="Text", check_prefix="Check", bullet="{n}. "):
    lang = form["lang"]; L = LABELS_FR if lang == "fr" else LABELS_EN; f = form["f"]
    doc = Document()
    doc.styles["Normal"].font.name = "Times New Roman"; doc.styles["Normal"].font.size = Pt(10.5)
    p = doc.add_paragraph(); r = p.add_run(("FORMULAIRE DE CONCEPT – MICROCOURS / MICROCERTIFICAT" if lang == "fr"
                                            else "MICRO-COURSE / CREDENTIAL CONCEPT FORM")); r.bold = True; r.font.size = Pt(13)
    doc.add_paragraph("Remplir les champs gris puis enregistrer." if lang == "fr" else "Complete the shaded fields, save and email to ce@michener.example.")
    t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
    nt = nc = 0; bm = [0]
    for title, keys in (SECTIONS_FR if lang == "fr" else SECTIONS):
        row = t.add_row(); c = row.cells[0].merge(row.cells[1]); c.paragraphs[0].add_run(title).bold = True
        for k in keys:
            if k == "existing_program_name" and f.get("request_type") != "existing_program":
                continue
            lc, ac = t.add_row().cells
            lc.paragraphs[0].add_run(L[k])
            p = ac.paragraphs[0]
            if k in ("request_type", "endorsement_status", "delivery_format"):
                for i, (code, txt) in enumerate((OPTS_FR if lang == "fr" else OPTS_EN)[k]):
                    q = p if i == 0 else ac.add_paragraph()
                    nc += 1
                    for e in ff_check(f"{check_prefix}{nc}", f.get(k) == code):
                        q._p.append(e)
                    q.add_run(" " + txt)
                continue
            v = written(form, k)
            if k == "learning_outcomes":
                v = "\n".join(bullet.format(n=i + 1) + o for i, o in enumerate(v or []))
            nt += 1
            name = f"{text_prefix}{nt}"
            bm[0] += 1
            p._p.append(parse_xml(f'<w:bookmarkStart {nsdecls("w")} w:id="{bm[0]}" w:name="{name}"/>'))
            for e in ff_text(name, v):
                p._p.append(e)
            p._p.append(parse_xml(f'<w:bookmarkEnd {nsdecls("w")} w:id="{bm[0]}"/>'))
    settings = doc.settings.element
    settings.append(parse_xml(f'<w:documentProtection {nsdecls("w")} w:edit="forms" w:enforcement="0"/>'))
    doc.save(path)


# ---------------- text boxes ----------------
TB_NS = ('xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
         'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
         'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
         'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
         'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
         'xmlns:w10="urn:schemas-microsoft-com:office:word" ' + W)


def textbox_run(paras, width_in, height_in, sid, fallback=True, inline=True, geom="rect"):
    """A run holding a DrawingML text box (with VML fallback) whose content is the given paragraphs."""
    from xml.sax.saxutils import escape
    emu = lambda x: int(x * 914400)
    body = "".join(f'<w:p><w:pPr><w:spacing w:after="40"/></w:pPr><w:r><w:rPr><w:sz w:val="19"/></w:rPr><w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>'
                   for t in paras) or '<w:p/>'
    cx, cy = emu(width_in), emu(height_in)
    choice = (f'<mc:Choice Requires="wps"><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
              f'<wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="{sid}" name="Text Box {sid}"/>'
              f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
              f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
              f'<a:prstGeom prst="{geom}"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>'
              f'<a:ln w="6350"><a:solidFill><a:srgbClr val="7F7F7F"/></a:solidFill></a:ln></wps:spPr>'
              f'<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx>'
              f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr>'
              f'</wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>')
    fb = (f'<mc:Fallback><w:pict><v:shape id="TextBox{sid}" o:spid="_x0000_s{1025 + sid}" type="#_x0000_t202" '
          f'style="width:{width_in * 72:.0f}pt;height:{height_in * 72:.0f}pt" strokecolor="#7f7f7f" strokeweight=".5pt">'
          f'<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>') if fallback else ""
    return parse_xml(f'<w:r {TB_NS}><mc:AlternateContent>{choice}{fb}</mc:AlternateContent></w:r>')


def textbox_form(form, path, labels=None, outcome_marker="{n}. ", label_shapes=False, pairs=()):
    f = form["f"]; L = dict(LABELS_EN); L.update(labels or {})
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"; doc.styles["Normal"].font.size = Pt(10)
    sec = doc.sections[0]; sec.left_margin = sec.right_margin = Inches(0.7); sec.top_margin = sec.bottom_margin = Inches(0.6)
    p = doc.add_paragraph(); r = p.add_run("Micro-Course / Credential – Concept Form"); r.bold = True; r.font.size = Pt(16)
    p = doc.add_paragraph("Please type inside the boxes. Send the saved file to the CE office.")
    sid = [1]
    done = set()
    keys = [k for k in ORDER if k != "existing_program_name" or f.get("request_type") == "existing_program"]
    for k in keys:
        if k in done:
            continue
        group = next((g for g in pairs if k in g), (k,))
        p = doc.add_paragraph(); p.paragraph_format.space_after = Pt(2)
        for kk in group:
            done.add(kk)
            if label_shapes:
                p._p.append(textbox_run([L[kk]], 1.9, 0.3, sid[0], geom="roundRect")); sid[0] += 1
                p.add_run(" ")
            else:
                lr = p.add_run(L[kk] + "  "); lr.bold = True
            v = written(form, kk)
            if kk == "learning_outcomes":
                paras = [outcome_marker.format(n=i + 1) + o for i, o in enumerate(v or [])]
            else:
                paras = [v] if v else []
            n = sum(len(x) for x in paras)
            w = 2.6 if len(group) > 1 else 5.0
            hgt = 0.3 + 0.17 * (n // (95 if w > 3 else 45) + len(paras))
            p._p.append(textbox_run(paras, w, hgt, sid[0])); sid[0] += 1
            p.add_run("   ")
    doc.save(path)


# ---------------- Google-Docs-like export ----------------
def gdocs_form(form, path, sections, bullets=False):
    """sections: list of (heading, [keys or ('text', str)]) ; answers written under headings, all Normal style."""
    f = form["f"]
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(11)
    numId = None
    if bullets:
        numbering = doc.part.numbering_part.element
        numbering.insert(0, parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="77"><w:multiLevelType w:val="hybridMultilevel"/>'
            f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="●"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:u w:val="none"/></w:rPr></w:lvl></w:abstractNum>'))
        numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="77"><w:abstractNumId w:val="77"/></w:num>'))
        numId = 77

    def para(text="", bold=False, size=None):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0); p.paragraph_format.space_before = Pt(0)
        if text:
            r = p.add_run(text); r.bold = bold; r.font.name = "Arial"
            if size: r.font.size = Pt(size)
        return p
    for item in sections:
        kind = item[0]
        if kind == "title":
            para(item[1], True, 20); continue
        if kind == "text":
            para(item[1]); continue
        if kind == "blank":
            para(); continue
        if kind == "table":
            t = doc.add_table(rows=0, cols=2)
            for lab, val in item[1]:
                a, b = t.add_row().cells
                a.paragraphs[0].add_run(lab).bold = True
                b.paragraphs[0].add_run(val)
            para(); continue
        if kind == "h":
            para(item[1], True, 13); continue
        if kind == "outcomes":
            for i, o in enumerate(f.get("learning_outcomes", [])):
                if numId:
                    p = para(o)
                    p._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{numId}"/></w:numPr>'))
                else:
                    para(f"{i + 1}. {o}")
            continue
    doc.save(path)


# ---------------- line breaks ----------------
def br_form(form, path, blocks):
    """blocks: list of lists of lines; each block is one paragraph whose lines are separated by w:br."""
    doc = Document()
    doc.styles["Normal"].font.name = "Courier New"; doc.styles["Normal"].font.size = Pt(10)
    for lines in blocks:
        p = doc.add_paragraph()
        for i, ln in enumerate(lines):
            r = p.add_run(ln)
            if i < len(lines) - 1:
                r.add_break()
    doc.save(path)


# ---------------- tabs ----------------
def tab_form(form, path, rows, title):
    doc = Document()
    doc.styles["Normal"].font.name = "Cambria"; doc.styles["Normal"].font.size = Pt(10.5)
    p = doc.add_paragraph(); r = p.add_run(title); r.bold = True; r.font.size = Pt(14)
    for lab, val in rows:
        p = doc.add_paragraph()
        pf = p.paragraph_format
        pf.tab_stops.add_tab_stop(Inches(2.5)); pf.left_indent = Inches(2.5); pf.first_line_indent = -Inches(2.5)
        pf.space_after = Pt(3)
        if lab is None:
            p.add_run("\t" + val)
        else:
            p.add_run(lab).bold = True
            p.add_run("\t" + val)
    doc.save(path)
