"""Renderers for round 19a (maker a). Each document record (see tuning_data.py) holds the expected
field values once; the renderers write them into the document, the writer writes the expected file."""
import copy, json, os, re
from xml.sax.saxutils import escape

REQUIRED = ["proposal_title", "proposer_name", "proposer_email", "request_type", "target_learners", "rationale",
            "competencies", "learning_outcomes", "summative_assessment", "partner_name", "endorsement_status",
            "education_plan_alignment"]
KEYS = ["proposal_title", "proposer_name", "proposer_title", "proposer_department", "proposer_email",
        "proposer_phone", "request_type", "existing_program_name", "target_learners", "rationale", "competencies",
        "learning_outcomes", "competency_framework", "summative_assessment", "partner_name", "partner_contact",
        "endorsement_status", "education_plan_alignment", "delivery_format", "estimated_hours", "proposed_start",
        "expected_enrolment", "resources_required", "submission_date"]
LABELS = {
    "en": {"proposal_title": "Proposed Title", "proposer_name": "Name of Proposer",
           "proposer_title": "Position / Title", "proposer_department": "Department / Program",
           "proposer_email": "Email", "proposer_phone": "Phone / Extension", "request_type": "Type of Request",
           "existing_program_name": "Existing Program Name (if converting)", "target_learners": "Target Learners",
           "rationale": "Rationale / Need", "competencies": "Competencies / Skills Targeted [R1]",
           "learning_outcomes": "Learning Outcomes [R1]", "competency_framework": "Competency Framework Alignment",
           "summative_assessment": "Summative Assessment [R2]",
           "partner_name": "Industry / Employment Partner [R3]", "partner_contact": "Partner Contact",
           "endorsement_status": "Endorsement Status [R3]",
           "education_plan_alignment": "Alignment with Michener's Education Plan [R4]",
           "delivery_format": "Delivery Format", "estimated_hours": "Estimated Hours",
           "proposed_start": "Proposed Start", "expected_enrolment": "Expected Enrolment per Year",
           "resources_required": "Resources Required", "submission_date": "Date Submitted"},
    "fr": {"proposal_title": "Titre proposé / Proposed Title", "proposer_name": "Nom du proposant / Name of Proposer",
           "proposer_title": "Poste / Position", "proposer_department": "Département ou programme / Department",
           "proposer_email": "Courriel / Email", "proposer_phone": "Téléphone / Phone",
           "request_type": "Type de demande / Type of Request",
           "existing_program_name": "Programme existant / Existing Program Name",
           "target_learners": "Apprenants visés / Target Learners", "rationale": "Justification / Rationale",
           "competencies": "Compétences visées / Competencies [R1]",
           "learning_outcomes": "Résultats d'apprentissage / Learning Outcomes [R1]",
           "competency_framework": "Cadre de compétences / Competency Framework",
           "summative_assessment": "Évaluation sommative / Summative Assessment [R2]",
           "partner_name": "Partenaire / Industry Partner [R3]", "partner_contact": "Personne-ressource / Partner Contact",
           "endorsement_status": "Statut de l'appui / Endorsement Status [R3]",
           "education_plan_alignment": "Lien avec le Plan d'enseignement de Michener / Education Plan Alignment [R4]",
           "delivery_format": "Mode de prestation / Delivery Format", "estimated_hours": "Heures / Estimated Hours",
           "proposed_start": "Début proposé / Proposed Start",
           "expected_enrolment": "Inscriptions par année / Expected Enrolment per Year",
           "resources_required": "Ressources requises / Resources Required",
           "submission_date": "Date de soumission / Date Submitted"},
}
OPTIONS = {
    "en": {"request_type": [("new", "New micro-credential"), ("existing_program", "Convert an existing program"),
                            ("micro_course", "Micro-course")],
           "endorsement_status": [("letter_attached", "Letter of support attached"),
                                  ("confirmed", "Confirmed – letter to follow"), ("in_discussion", "In discussion"),
                                  ("none", "None yet")],
           "delivery_format": [("online", "Online"), ("in_person", "In person"), ("hybrid", "Hybrid")]},
    "fr": {"request_type": [("new", "Nouveau microprogramme / New micro-credential"),
                            ("existing_program", "Conversion d'un programme existant / Convert an existing program"),
                            ("micro_course", "Microcours / Micro-course")],
           "endorsement_status": [("letter_attached", "Lettre d'appui jointe / Letter attached"),
                                  ("confirmed", "Confirmé – lettre à suivre / Confirmed"),
                                  ("in_discussion", "En discussion / In discussion"), ("none", "Aucun / None")],
           "delivery_format": [("online", "En ligne / Online"), ("in_person", "En présence / In person"),
                               ("hybrid", "Hybride / Hybrid")]},
}
CHOICES = ("request_type", "endorsement_status", "delivery_format")
TITLE = {"en": "Micro-Course / Credential Concept Form",
         "fr": "Formulaire de concept – microcours / microprogramme (Micro-Course / Credential Concept Form)"}
INTRO = {"en": "Continuing Education – The Michener Institute of Education at UHN. Complete every section and email "
               "the form to ce@michener.example. Required items are marked [R1]–[R4].",
         "fr": "Formation continue – Institut Michener. Remplir toutes les sections et envoyer à ce@michener.example."}


def join_list(items):
    out = ""
    for i, it in enumerate(items):
        if i == 0:
            out = it
        else:
            out += (" " if out[-1] in ".;:,!?)" else "; ") + it
    return out


def expected(doc):
    """fields: the data module's values; a list given for a text field is joined per the convention."""
    if not doc.get("form", True):
        return {"is_concept_form": False, "shape": "7", "fields": {}, "missing_required": [],
                "needs_manual_review": False, "notes": doc["notes"]}
    f = {}
    for k in KEYS:
        v = doc["f"].get(k)
        if v is None or v == "" or v == []:
            continue
        if isinstance(v, list) and k != "learning_outcomes":
            v = join_list(v)
        f[k] = v
    miss = [k for k in REQUIRED if k not in f]
    if f.get("request_type") == "existing_program" and "existing_program_name" not in f:
        miss.append("existing_program_name")
    return {"is_concept_form": True, "shape": doc["shape"], "fields": f, "missing_required": miss,
            "needs_manual_review": False, "notes": doc["notes"]}


def show(doc, k):
    """Text a person typed for key k (display override first), as a list of lines/paragraphs."""
    d = doc.get("show", {})
    if k in d:
        v = d[k]
    else:
        v = doc["f"].get(k)
    if v is None or v == "":
        return []
    if k == "learning_outcomes" and k not in d:
        return ["%d. %s" % (i + 1, o) for i, o in enumerate(v)]
    if isinstance(v, list):
        return list(v) if k == "learning_outcomes" else ["• " + x for x in v]
    if isinstance(v, (int, float)):
        return [str(v)]
    return [v]


def rows(doc):
    lang = doc.get("lang", "en")
    ks = [k for k in KEYS if k not in doc.get("omit_rows", [])]
    return [(k, LABELS[lang][k]) for k in ks]


# ---------------------------------------------------------------- DOCX helpers
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
PLACEHOLDER = "Click or tap here to enter text."


def r(text, bold=False, color=None, extra=""):
    rpr = ""
    if bold or color or extra:
        rpr = "<w:rPr>%s%s%s</w:rPr>" % (extra, "<w:b/>" if bold else "", '<w:color w:val="%s"/>' % color if color else "")
    return '<w:r %s>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (W, rpr, escape(text))


def new_doc(lang, title=None):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    h = d.add_heading(title or TITLE[lang], level=1)
    p = d.add_paragraph(INTRO[lang])
    p.runs[0].italic = True
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.footer.paragraphs[0].text = "CE-F-014 rev. 2026-09 · Michener Continuing Education"
    return d


def label_cell(cell, text):
    cell.text = ""
    run = cell.paragraphs[0].add_run(text)
    run.bold = True
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="E7EEF5"/>' % nsdecls("w")))


def clear_cell(cell):
    for p in list(cell._tc.findall(qn("w:p"))):
        cell._tc.remove(p)


# ------------------------------------------------------- G1 content controls
def sdt_run(tag, alias, text, kind="text", code=None, options=None, date_iso=None, date_fmt=None):
    """Inline (run-level) content control."""
    ph = text is None
    shown = PLACEHOLDER if ph else text
    pr = '<w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>' % (escape(alias), tag, abs(hash(tag)) % 900000 + 1000)
    if ph:
        pr += '<w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder><w:showingPlcHdr/>'
    if kind == "text":
        pr += "<w:text/>"
    elif kind == "drop":
        pr += "<w:dropDownList>%s</w:dropDownList>" % "".join(
            '<w:listItem w:displayText="%s" w:value="%s"/>' % (escape(t), escape(v)) for v, t in options)
    elif kind == "date":
        pr += '<w:date %s><w:dateFormat w:val="%s"/><w:lid w:val="en-CA"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>' % (
            ('w:fullDate="%sT00:00:00Z"' % date_iso) if date_iso else "", date_fmt)
    rpr = '<w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>' if ph else ""
    return ('<w:sdt %s><w:sdtPr>%s</w:sdtPr><w:sdtContent><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>'
            '</w:sdtContent></w:sdt>' % (W, pr, rpr, escape(shown)))


def sdt_check(tag, alias, checked):
    return ('<w:sdt %s %s><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/><w14:checkbox>'
            '<w14:checked w14:val="%d"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
            '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent>'
            '<w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr>'
            '<w:t>%s</w:t></w:r></w:sdtContent></w:sdt>' % (W, W14, escape(alias), tag, abs(hash(tag)) % 900000 + 1000,
                                                           1 if checked else 0, "☒" if checked else "☐"))


def render_g1(doc, path):
    lang = doc.get("lang", "en")
    d = new_doc(lang)
    sdt_kinds = doc.get("sdt", {})
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, lab in rows(doc):
        row = t.add_row()
        label_cell(row.cells[0], lab)
        c = row.cells[1]
        clear_cell(c)
        v = doc["f"].get(k)
        if k in CHOICES and k == "delivery_format" and sdt_kinds.get(k) == "checks":
            p = parse_xml('<w:p %s/>' % W)
            for code, txt in OPTIONS[lang][k]:
                p.append(parse_xml(sdt_check("%s_%s" % (k, code), txt, v == code)))
                p.append(parse_xml(r(" " + txt + "   ")))
            c._tc.append(p)
        elif k in CHOICES:
            txt = dict(OPTIONS[lang][k]).get(v) if v else None
            p = parse_xml('<w:p %s/>' % W)
            p.append(parse_xml(sdt_run(k, lab, txt, "drop", options=[("", "Choose an item.")] + OPTIONS[lang][k])
                               .replace(PLACEHOLDER, "Choose an item.")))
            c._tc.append(p)
        elif k == "submission_date":
            p = parse_xml('<w:p %s/>' % W)
            p.append(parse_xml(sdt_run(k, lab, doc["show"].get(k) if v else None, "date", date_iso=v,
                                       date_fmt=doc.get("date_fmt", "MMMM d, yyyy"))))
            c._tc.append(p)
        elif k == "learning_outcomes" or (isinstance(doc.get("show", {}).get(k, v), list)):
            lines = show(doc, k)
            if not lines:
                lines = None
            # block-level rich text control holding several paragraphs
            inner = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % escape(x) for x in lines) if lines else \
                '<w:p><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr><w:t>%s</w:t></w:r></w:p>' % PLACEHOLDER
            sp = '<w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/>%s' % (
                escape(lab), k, abs(hash(k)) % 900000 + 1000,
                "" if lines else '<w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder><w:showingPlcHdr/>')
            c._tc.append(parse_xml('<w:sdt %s><w:sdtPr>%s</w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>' % (W, sp, inner)))
        else:
            lines = show(doc, k)
            p = parse_xml('<w:p %s/>' % W)
            p.append(parse_xml(sdt_run(k, lab, lines[0] if lines else None, "text" if k not in ("rationale",) else "rich")))
            c._tc.append(p)
    for row in t.rows:
        row.cells[0].width = Cm(5.5)
        row.cells[1].width = Cm(11.5)
    d.add_paragraph("")
    d.add_paragraph("For CE office use only – Received: ________  Reviewer: ________  File no.: MC-____").runs[0].italic = True
    d.save(path)


# --------------------------------------------------- G2 legacy form fields
def ff_text(name, text, multiline_lines=None):
    """Legacy FORMTEXT field; text None -> five en spaces (Word's empty field)."""
    if text is None and not multiline_lines:
        res = '<w:r><w:rPr><w:noProof/></w:rPr><w:t xml:space="preserve">\u2002\u2002\u2002\u2002\u2002</w:t></w:r>'
    else:
        lines = multiline_lines or [text]
        parts = []
        for i, ln in enumerate(lines):
            if i:
                parts.append('<w:r><w:rPr><w:noProof/></w:rPr><w:br/></w:r>')
            parts.append('<w:r><w:rPr><w:noProof/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % escape(ln))
        res = "".join(parts)
    return ('<w:p %s><w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="%s"/><w:enabled/><w:calcOnExit w:val="0"/>'
            '<w:textInput/></w:ffData></w:fldChar></w:r><w:bookmarkStart w:id="%d" w:name="%s"/>'
            '<w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            '%s<w:r><w:fldChar w:fldCharType="end"/></w:r><w:bookmarkEnd w:id="%d"/></w:p>'
            % (W, name, abs(hash(name)) % 9000, name, res, abs(hash(name)) % 9000))


def ff_check(name, checked):
    return ('<w:r %s><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="%s"/><w:enabled/><w:calcOnExit w:val="0"/>'
            '<w:checkBox><w:sizeAuto/><w:default w:val="0"/>%s</w:checkBox></w:ffData></w:fldChar></w:r>'
            % (W, name, "<w:checked/>" if checked else ""),
            '<w:r %s><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>' % W,
            '<w:r %s><w:fldChar w:fldCharType="end"/></w:r>' % W)


def render_g2(doc, path):
    lang = doc.get("lang", "en")
    d = new_doc(lang)
    d.add_paragraph("This form is protected: press Tab to move between the grey fields.").runs[0].italic = True
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    n_text, n_chk = 0, 0
    for k, lab in rows(doc):
        row = t.add_row()
        label_cell(row.cells[0], lab)
        c = row.cells[1]
        clear_cell(c)
        v = doc["f"].get(k)
        if k in CHOICES:
            for code, txt in OPTIONS[lang][k]:
                n_chk += 1
                p = parse_xml('<w:p %s/>' % W)
                for x in ff_check("Check%d" % n_chk, v == code):
                    p.append(parse_xml(x))
                p.append(parse_xml(r(" " + txt)))
                c._tc.append(p)
        else:
            n_text += 1
            lines = show(doc, k)
            if k == "submission_date" and v:
                lines = [doc["show"][k]]
            if len(lines) > 1:
                c._tc.append(parse_xml(ff_text("Text%d" % n_text, None, multiline_lines=lines)))
            else:
                c._tc.append(parse_xml(ff_text("Text%d" % n_text, lines[0] if lines else None)))
    for row in t.rows:
        row.cells[0].width = Cm(5.5)
        row.cells[1].width = Cm(11.5)
    # document protection (forms)
    settings = d.settings.element
    settings.append(parse_xml('<w:documentProtection %s w:edit="forms" w:enforcement="1"/>' % W))
    d.save(path)


# ------------------------------------------------ G3 floating text boxes
WPNS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w10="urn:schemas-microsoft-com:office:word"')
_shape_id = [100]


def textbox_run(lines, x_cm, y_cm, w_cm, h_cm, shape="rect", vml=True):
    _shape_id[0] += 1
    sid = _shape_id[0]
    emu = lambda c: int(c * 360000)
    paras = "".join('<w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Segoe UI" w:hAnsi="Segoe UI"/>'
                    '<w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % escape(x) for x in lines)
    choice = ('<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="%d" '
              'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
              '<wp:positionH relativeFrom="column"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
              '<wp:positionV relativeFrom="paragraph"><wp:posOffset>%d</wp:posOffset></wp:positionV>'
              '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
              '<wp:docPr id="%d" name="Text Box %d"/><wp:cNvGraphicFramePr/>'
              '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
              '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
              '<a:prstGeom prst="%s"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>'
              '<a:ln w="6350"><a:solidFill><a:srgbClr val="7F7F7F"/></a:solidFill></a:ln></wps:spPr>'
              '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" '
              'lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"><a:noAutofit/></wps:bodyPr></wps:wsp>'
              '</a:graphicData></a:graphic></wp:anchor></w:drawing>'
              % (251659264 + sid, emu(x_cm), emu(y_cm), emu(w_cm), emu(h_cm), sid, sid, emu(w_cm), emu(h_cm),
                 shape, paras))
    fallback = ('<w:pict><v:shape id="Text Box %d" o:spid="_x0000_s%d" type="#_x0000_t202" style="position:absolute;'
                'margin-left:%.1fpt;margin-top:%.1fpt;width:%.1fpt;height:%.1fpt;z-index:%d" fillcolor="white" '
                'strokecolor="#7f7f7f" strokeweight=".5pt"><v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox>'
                '<w10:wrap anchorx="margin"/></v:shape></w:pict>'
                % (sid, 1024 + sid, x_cm * 28.35, y_cm * 28.35, w_cm * 28.35, h_cm * 28.35, sid, paras))
    if vml:
        return ('<w:r %s><mc:AlternateContent><mc:Choice Requires="wps">%s</mc:Choice><mc:Fallback>%s</mc:Fallback>'
                '</mc:AlternateContent></w:r>' % (WPNS, choice, fallback))
    return '<w:r %s>%s</w:r>' % (WPNS, choice)


def render_g3(doc, path):
    """Official form printed as labels with empty answer lines; the applicant typed answers in text boxes anchored to
    the label paragraphs (Insert > Text Box), positioned to the right of the label column."""
    lang = doc.get("lang", "en")
    d = new_doc(lang)
    d.add_paragraph("Please answer in the space beside each item.")
    for k, lab in rows(doc):
        v = doc["f"].get(k)
        if k in CHOICES:
            lines = [("☒ " if v == code else "☐ ") + txt for code, txt in OPTIONS[lang][k]]
        elif k == "submission_date":
            lines = [doc["show"][k]] if v else []
        else:
            lines = show(doc, k)
        chars = sum(len(x) for x in lines) + 40 * len(lines)
        h = max(0.8, 0.45 * (chars / 70 + 1))
        p = d.add_paragraph()
        run = p.add_run(lab)
        run.bold = True
        run.font.size = Pt(9.5)
        p.paragraph_format.space_after = Pt(2)
        if lines:
            p._p.append(parse_xml(textbox_run(lines, 5.8, -0.1, 11.2, h, shape=doc.get("box_shape", "rect"),
                                              vml=doc.get("vml", True))))
        # empty lines reserving space under the label, as on the printed form
        n = int(h / 0.5) + 1
        for _ in range(n):
            q = d.add_paragraph()
            q.paragraph_format.space_after = Pt(0)
    d.save(path)


# ------------------------------------------------- G4 Google Docs export
def gd_run(text, bold=False, size=20, italic=False, color=None):
    rpr = ('<w:rPr><w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/>%s%s%s'
           '<w:sz w:val="%d"/><w:szCs w:val="%d"/><w:rtl w:val="0"/></w:rPr>'
           % ("<w:b/>" if bold else "", "<w:i/>" if italic else "",
              '<w:color w:val="%s"/>' % color if color else "", size, size))
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, escape(text))


def gd_p(inner, after=0, numbered=None):
    ppr = '<w:pPr><w:keepNext w:val="0"/><w:keepLines w:val="0"/><w:widowControl w:val="0"/><w:spacing w:after="%d" w:before="0" w:line="276" w:lineRule="auto"/>%s<w:rPr/></w:pPr>' % (
        after, '<w:ind w:left="360" w:hanging="360"/>' if numbered else "")
    return '<w:p %s>%s%s</w:p>' % (W, ppr, inner)


def render_g4(doc, path):
    """Google Docs 'Download > Microsoft Word': every run carries Arial and a size, no heading styles, fixed-width
    table (w:tblLayout fixed, dxa widths), bookmarks _gjdgxs; suggestions exported as tracked changes (w:ins/w:del by
    the suggester) and comments as Word comments."""
    lang = doc.get("lang", "en")
    d = Document()
    body = d.element.body
    for p in list(body.findall(qn("w:p"))):
        body.remove(p)
    sect = body.find(qn("w:sectPr"))
    def add(xml):
        sect.addprevious(parse_xml(xml))
    add(gd_p('<w:bookmarkStart w:colFirst="0" w:colLast="0" w:id="0" w:name="_gjdgxs"/><w:bookmarkEnd w:id="0"/>'
             + gd_run(TITLE[lang], bold=True, size=32), after=120))
    add(gd_p(gd_run(INTRO[lang], italic=True, size=18, color="666666"), after=200))
    ins = doc.get("ins")  # (key, old_text, new_text, author, date)
    trs = []
    for k, lab in rows(doc):
        v = doc["f"].get(k)
        if k in CHOICES:
            lines = [("☒ " if v == code else "☐ ") + txt for code, txt in OPTIONS[lang][k]]
        elif k == "submission_date":
            lines = [doc["show"][k]] if v else []
        else:
            lines = show(doc, k)
        cell_ps = []
        rev = doc.get("revisions", {}).get(k)
        for i, ln in enumerate(lines or [""]):
            if rev and i == 0:
                # rev = (before, deleted, inserted, after); the line shows before+after with the change marked
                before, dele, insd, after_ = rev
                au = 'w:author="%s" w:date="2026-11-2%dT15:0%d:00Z"' % (doc["suggester"], 4, 2)
                inner = gd_run(before)
                if dele:
                    inner += ('<w:del w:id="%d" %s><w:r><w:rPr><w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/>'
                              '<w:sz w:val="20"/></w:rPr><w:delText xml:space="preserve">%s</w:delText></w:r></w:del>' % (901, au, escape(dele)))
                if insd:
                    inner += '<w:ins w:id="%d" %s>%s</w:ins>' % (902, au, gd_run(insd))
                inner += gd_run(after_)
                cell_ps.append(gd_p(inner))
            else:
                cell_ps.append(gd_p(gd_run(ln)))
        com = doc.get("comments", {}).get(k)
        trs.append((lab, cell_ps, com))
    tbl = ['<w:tbl %s><w:tblPr><w:tblW w:w="9360.0" w:type="dxa"/><w:jc w:val="left"/><w:tblBorders>'
           '<w:top w:color="000000" w:space="0" w:sz="8" w:val="single"/><w:left w:color="000000" w:space="0" w:sz="8" w:val="single"/>'
           '<w:bottom w:color="000000" w:space="0" w:sz="8" w:val="single"/><w:right w:color="000000" w:space="0" w:sz="8" w:val="single"/>'
           '<w:insideH w:color="000000" w:space="0" w:sz="8" w:val="single"/><w:insideV w:color="000000" w:space="0" w:sz="8" w:val="single"/>'
           '</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblLook w:val="0600"/></w:tblPr><w:tblGrid>'
           '<w:gridCol w:w="3105"/><w:gridCol w:w="6255"/></w:tblGrid>' % W]
    for lab, cps, com in trs:
        tbl.append('<w:tr><w:trPr><w:cantSplit w:val="0"/><w:tblHeader w:val="0"/></w:trPr>'
                   '<w:tc><w:tcPr><w:shd w:fill="f3f3f3" w:val="clear"/><w:tcW w:w="3105.0" w:type="dxa"/>'
                   '<w:tcMar><w:top w:w="100.0" w:type="dxa"/><w:left w:w="100.0" w:type="dxa"/><w:bottom w:w="100.0" w:type="dxa"/><w:right w:w="100.0" w:type="dxa"/></w:tcMar></w:tcPr>%s</w:tc>'
                   '<w:tc><w:tcPr><w:tcW w:w="6255.0" w:type="dxa"/><w:tcMar><w:top w:w="100.0" w:type="dxa"/><w:left w:w="100.0" w:type="dxa"/><w:bottom w:w="100.0" w:type="dxa"/><w:right w:w="100.0" w:type="dxa"/></w:tcMar></w:tcPr>%s</w:tc></w:tr>'
                   % (gd_p(gd_run(lab, bold=True)).replace(" " + W, ""), "".join(x.replace(" " + W, "") for x in cps)))
    tbl.append("</w:tbl>")
    add("".join(tbl))
    add(gd_p(gd_run("")))
    # comments via python-docx 1.2: anchor on the answer cell's first run
    tbl_el = body.findall(qn("w:tbl"))[-1]
    from docx.table import Table
    table = Table(tbl_el, d._body)
    for i, (lab, cps, com) in enumerate(trs):
        if com:
            cell = table.rows[i].cells[1]
            runs = cell.paragraphs[0].runs
            if runs:
                d.add_comment(runs, text=com[1], author=com[0], initials="".join(w[0] for w in com[0].split()))
    d.core_properties.author = ""
    d.core_properties.title = doc["f"].get("proposal_title", "")
    d.save(path)


# ------------------------------------------------------------ PDF forms
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit

PW, PH = letter
LX, VX, VW = 46, 215, 350


def layout(doc):
    """Yield page items: (page_no, key, label, y_top, height, lines or options)."""
    lang = doc.get("lang", "en")
    items, page, y = [], 0, PH - 120
    for k, lab in rows(doc):
        v = doc["f"].get(k)
        if k in CHOICES:
            h = 14 * len(OPTIONS[lang][k]) + 4
            content = ("choice", OPTIONS[lang][k], v)
        else:
            if k == "submission_date":
                lines = [doc["show"][k]] if v else []
            else:
                lines = show(doc, k)
            wrapped = []
            for ln in lines:
                wrapped += simpleSplit(ln, "Helvetica", 9, VW - 8) or [""]
            h = max(18, 11 * len(wrapped) + 7)
            content = ("text", lines, wrapped)
        labl = simpleSplit(lab, "Helvetica-Bold", 8.5, VX - LX - 8)
        h = max(h, 11 * len(labl) + 6)
        if y - h < 60:
            page += 1
            y = PH - 60
        items.append((page, k, lab, labl, y, h, content))
        y -= h + 6
    return items


def draw_form(c, doc, items, page, values=False):
    lang = doc.get("lang", "en")
    if page == 0:
        c.setFont("Helvetica-Bold", 15)
        c.drawString(LX, PH - 62, TITLE["en"] if lang == "en" else "Formulaire de concept – microcours / microprogramme")
        c.setFont("Helvetica-Oblique", 8.5)
        for i, ln in enumerate(simpleSplit(INTRO[lang], "Helvetica-Oblique", 8.5, PW - 2 * LX)):
            c.drawString(LX, PH - 80 - 11 * i, ln)
    c.setFont("Helvetica", 7)
    c.drawString(LX, 30, "CE-F-014 rev. 2026-09 · Michener Continuing Education")
    c.drawRightString(PW - LX, 30, "Page %d" % (page + 1))
    for (pg, k, lab, labl, y, h, content) in items:
        if pg != page:
            continue
        c.setFont("Helvetica-Bold", 8.5)
        for i, ln in enumerate(labl):
            c.drawString(LX, y - 11 - 11 * i, ln)
        if content[0] == "choice":
            for i, (code, txt) in enumerate(content[1]):
                yy = y - 13 - 14 * i
                c.rect(VX, yy - 1, 9, 9)
                c.setFont("Helvetica", 9)
                c.drawString(VX + 14, yy, txt)
                if values and content[2] == code:
                    c.setFont("ZapfDingbats", 8)
                    c.drawString(VX + 1.3, yy + 0.5, "4")
        else:
            c.setStrokeColorRGB(0.5, 0.5, 0.5)
            c.rect(VX, y - h, VW, h)
            c.setStrokeColorRGB(0, 0, 0)
            if values:
                c.setFont("Helvetica", 9)
                for i, ln in enumerate(content[2]):
                    c.drawString(VX + 4, y - 12 - 11 * i, ln)


def render_annot(doc, path):
    """G6b: the blank form (no fields) with answers typed as free-text annotations (Acrobat 'Fill & Sign' text /
    comment text boxes) placed over the answer boxes."""
    items = layout(doc)
    npages = max(i[0] for i in items) + 1
    tmp = path + ".tmp.pdf"
    c = canvas.Canvas(tmp, pagesize=letter)
    c.setProducer("Microsoft® Word for Microsoft 365")
    for page in range(npages):
        draw_form(c, doc, items, page, values=False)
        c.showPage()
    c.save()
    from pypdf import PdfReader, PdfWriter
    from pypdf.annotations import FreeText
    rd = PdfReader(tmp)
    w = PdfWriter(clone_from=rd)
    for (pg, k, lab, labl, y, h, content) in items:
        if content[0] == "choice":
            if content[2] is None:
                continue
            i = [code for code, _ in content[1]].index(content[2])
            yy = y - 13 - 14 * i
            a = FreeText(text="X", rect=(VX + 1, yy - 1, VX + 10, yy + 9), font="Helvetica", font_size="9pt",
                         font_color="000000", border_color=None, background_color=None)
        else:
            if not content[1]:
                continue
            a = FreeText(text="\n".join(content[1]), rect=(VX + 2, y - h - 8, VX + VW - 2, y - 1), font="Helvetica",
                         font_size="9pt", font_color="000000", border_color=None, background_color=None)
        a[__import__("pypdf").generic.NameObject("/T")] = __import__("pypdf").generic.TextStringObject(doc["annot_author"])
        w.add_annotation(page_number=pg, annotation=a)
    w.add_metadata({"/Producer": "Adobe Acrobat Pro (64-bit) 25.1; modified with Fill & Sign"})
    with open(path, "wb") as fh:
        w.write(fh)
    os.remove(tmp)


# ---------------------------------------------------------- G7 look-alike
def render_lookalike(doc, path):
    d = Document()
    d.styles["Normal"].font.name = "Calibri"
    d.add_heading(doc["la_title"], level=1)
    for para in doc["la_intro"]:
        d.add_paragraph(para)
    for sec_title, rows_ in doc["la_sections"]:
        d.add_heading(sec_title, level=2)
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for a, b in rows_:
            row = t.add_row()
            label_cell(row.cells[0], a)
            row.cells[1].text = b
    for para in doc.get("la_outro", []):
        d.add_paragraph(para)
    d.sections[0].footer.paragraphs[0].text = doc.get("la_footer", "")
    d.save(path)


RENDER = {"G1": render_g1, "G2": render_g2, "G3": render_g3, "G4": render_g4,
          "G6a": render_annot, "G7": render_lookalike}


def build(docs, outdir):
    os.makedirs(outdir, exist_ok=True)
    for doc in docs:
        path = os.path.join(outdir, doc["file"])
        RENDER[doc["route"]](doc, path)
        with open(path + ".expected.json", "w", encoding="utf-8") as fh:
            json.dump(expected(doc), fh, ensure_ascii=False, indent=2)
            fh.write("\n")


# ------------------------------------- G5/G6f via a real LibreOffice PDF export
import html as _html, shutil, subprocess, tempfile


def lo_html(doc):
    """The official form as an HTML page with form controls (what LibreOffice Writer/Web makes of a form built in
    Writer): label column and answer column; text inputs, text areas, one check box per option. The controls carry no
    names, so LibreOffice's PDF export generates the field names."""
    lang = doc.get("lang", "en")
    h = ['<html><head><meta charset="utf-8"><title>%s</title></head><body>' % _html.escape(doc.get("pdf_title", "Concept Form")),
         '<h2>%s</h2><p><i>%s</i></p><form>' % (_html.escape(TITLE[lang]), _html.escape(INTRO[lang])),
         '<table border="1" cellpadding="3" cellspacing="0" width="100%">']
    for k, lab in rows(doc):
        v = doc["f"].get(k)
        h.append('<tr><td width="32%%" valign="top" bgcolor="#E7EEF5"><font size="2"><b>%s</b></font></td><td>' % _html.escape(lab))
        if k in CHOICES:
            h.append("<br>".join('<input type="checkbox"%s> <font size="2">%s</font>' % (" checked" if v == code else "", _html.escape(t))
                                 for code, t in OPTIONS[lang][k]))
        else:
            lines = ([doc["show"][k]] if v else []) if k == "submission_date" else show(doc, k)
            txt = "\n".join(lines)
            if len(lines) <= 1 and len(txt) <= 58:
                h.append('<input type="text" size="58" value="%s">' % _html.escape(txt, quote=True))
            else:
                nrows = sum(len(x) // 62 + 1 for x in lines) + 1
                h.append('<textarea rows="%d" cols="62">%s</textarea>' % (nrows, _html.escape(txt)))
        h.append("</td></tr>")
    h.append("</table></form><p><font size=\"1\">CE-F-014 rev. 2026-09 · Michener Continuing Education</font></p></body></html>")
    return "\n".join(h)


def lo_export(jobs):
    """jobs: list of (doc, final_path, mode) with mode 'fields' | 'noap' | 'flat'."""
    if not jobs:
        return
    tmp = tempfile.mkdtemp(prefix="r19a_lo_")
    srcs = []
    for i, (doc, path, mode) in enumerate(jobs):
        src = os.path.join(tmp, "f%02d.html" % i)
        open(src, "w", encoding="utf-8").write(lo_html(doc))
        srcs.append(src)
    subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export",
                    "--outdir", tmp] + srcs, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject, BooleanObject
    for i, (doc, path, mode) in enumerate(jobs):
        pdf = os.path.join(tmp, "f%02d.pdf" % i)
        if mode == "fields":
            shutil.copy(pdf, path)
            continue
        rd = PdfReader(pdf)
        w = PdfWriter(clone_from=rd)
        if mode == "noap":
            for pg in w.pages:
                for a in pg.get("/Annots", []) or []:
                    a = a.get_object()
                    ft = a.get("/FT") or (a.get("/Parent") or {}).get("/FT")
                    if ft == "/Tx" and "/AP" in a:
                        del a["/AP"]
            w._root_object["/AcroForm"][NameObject("/NeedAppearances")] = BooleanObject(True)
        else:  # flat: LibreOffice leaves empty appearances (NeedAppearances), so the flattening step draws each
            # value itself – wrapped to the field width, Helvetica 9 – and a tick for a checked box; fields dropped
            from pypdf.generic import DictionaryObject, DecodedStreamObject, ArrayObject
            def pdfstr(t):
                return "(" + t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"
            for pg in w.pages:
                res = DictionaryObject(pg["/Resources"].get_object())
                fonts = DictionaryObject(res.get("/Font", DictionaryObject()).get_object()) if "/Font" in res else DictionaryObject()
                for nm, base in (("/FlHelv", "/Helvetica"), ("/FlZaDb", "/ZapfDingbats")):
                    fd = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                                           NameObject("/BaseFont"): NameObject(base)})
                    if base == "/Helvetica":
                        fd[NameObject("/Encoding")] = NameObject("/WinAnsiEncoding")
                    fonts[NameObject(nm)] = w._add_object(fd)
                res[NameObject("/Font")] = fonts
                pg[NameObject("/Resources")] = res
                ops = []
                for a in pg.get("/Annots", []) or []:
                    a = a.get_object()
                    if a.get("/Subtype") != "/Widget":
                        continue
                    x0, y0, x1, y1 = [float(v) for v in a["/Rect"]]
                    ft = a.get("/FT")
                    v = a.get("/V")
                    if ft == "/Btn":
                        if v not in (None, "/Off"):
                            ops.append("BT /FlZaDb %.1f Tf %.2f %.2f Td (4) Tj ET" % ((y1 - y0) * 0.8, x0 + 1.5, y0 + 2))
                    elif v:
                        lines = []
                        for para in str(v).replace("\r\n", "\n").split("\n"):
                            lines += simpleSplit(para, "Helvetica", 9, x1 - x0 - 6) or [""]
                        ops.append("BT /FlHelv 9 Tf 10.5 TL %.2f %.2f Td" % (x0 + 3, y1 - 11))
                        for i, ln in enumerate(lines):
                            ops.append(("" if i == 0 else "T* ") + pdfstr(ln).encode("cp1252", "replace").decode("latin-1") + " Tj")
                        ops.append("ET")
                st = DecodedStreamObject()
                st.set_data(("q 0 g\n" + "\n".join(ops) + "\nQ\n").encode("latin-1"))
                cont = pg.raw_get("/Contents")
                arr = ArrayObject(list(cont.get_object())) if isinstance(cont.get_object(), ArrayObject) else ArrayObject([cont])
                arr.append(w._add_object(st))
                pg[NameObject("/Contents")] = arr
            w.remove_annotations(subtypes="/Widget")
            if "/AcroForm" in w._root_object:
                del w._root_object["/AcroForm"]
            w.add_metadata({"/Producer": "pypdf (flattened); original: LibreOffice 7.4"})
        with open(path, "wb") as fh:
            w.write(fh)
    shutil.rmtree(tmp)


def build(docs, outdir):
    os.makedirs(outdir, exist_ok=True)
    jobs = []
    for doc in docs:
        path = os.path.join(outdir, doc["file"])
        mode = {"G5": "fields", "G5n": "noap", "G6f": "flat"}.get(doc["route"])
        if mode:
            jobs.append((doc, path, mode))
        else:
            RENDER[doc["route"]](doc, path)
        with open(path + ".expected.json", "w", encoding="utf-8") as fh:
            json.dump(expected(doc), fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    lo_export(jobs)
