"""Build the TUNING half of round 9. Usage: python build_tuning.py [id ...]"""
import os, sys, re, io, json, copy, shutil, subprocess, tempfile, zipfile, random, html
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn
import lib
from lib import soffice_convert
from lib import LABELS, LABELS_FR, OPTIONS, OPTIONS_FR, ORDER, out_path
from routes import *
import tuning_data

HALF = "tuning"
H = html.escape
BUILD = {}


def builder(i):
    def deco(fn):
        BUILD[i] = fn
        return fn
    return deco


def tmpdir():
    return tempfile.mkdtemp(prefix="dv9-")


# ---------------------------------------------------------------- T1 Strict OOXML
STRICT_MAP = [
    ("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships"),
    ("http://schemas.openxmlformats.org/drawingml/2006/main", "http://purl.oclc.org/ooxml/drawingml/main"),
    ("http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing", "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing"),
    ("http://schemas.openxmlformats.org/drawingml/2006/picture", "http://purl.oclc.org/ooxml/drawingml/picture"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/extended-properties", "http://purl.oclc.org/ooxml/officeDocument/extendedProperties"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes", "http://purl.oclc.org/ooxml/officeDocument/docPropsVTypes"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/math", "http://purl.oclc.org/ooxml/officeDocument/math"),
]
STRICT_REL = [
    ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument", "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties", "http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties"),
    ("http://schemas.openxmlformats.org/officeDocument/2006/relationships/", "http://purl.oclc.org/ooxml/officeDocument/relationships/"),
]


def to_strict(path):
    def fn(name, data):
        if not (name.endswith(".xml") or name.endswith(".rels")):
            return data
        s = data.decode("utf-8")
        if name.endswith(".rels"):
            for a, b in STRICT_REL:
                s = s.replace(a, b)
        else:
            for a, b in STRICT_MAP:
                s = s.replace(a, b)
            # Strict has no w14/w15 compat-only markup in what we keep; drop mc:Ignorable lists naming them
            if name == "word/document.xml":
                s = re.sub(r"<w:document ", '<w:document w:conformance="strict" ', s, count=1)
            # percent widths in strict are written with a % sign
            s = re.sub(r'w:w="(\d+)" w:type="pct"', lambda m: f'w:w="{int(m.group(1))/50:g}%" w:type="pct"', s)
        return s.encode("utf-8")
    rewrite_zip(path, fn)


@builder("t1")
def b_t1(d):
    F, x = d["F"], d["x"]
    doc, t = official_table_doc(F, x)
    doc.add_paragraph()
    doc.add_paragraph("Version 2.1 – Continuing Education – Michener Institute").runs[0].italic = True
    p = out_path(d, HALF)
    doc.save(p)
    to_strict(p)


# ---------------------------------------------------------------- T2 tracked changes with moves
AUTH = ('w:author="{a}" w:date="2026-11-30T1{h}:0{m}:00Z"')
_rid = [100]


def nid():
    _rid[0] += 1
    return _rid[0]


def r_xml(text, deleted=False, rpr=""):
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r>{rpr}<{tag} xml:space="preserve">{esc(text)}</{tag}></w:r>'


def att(a="Eun-ji Park-Rasmussen", h=4, m=1):
    return f'w:id="{nid()}" ' + AUTH.format(a=a, h=h, m=m)


def para_xml(segs, ppr=""):
    out = []
    for kind, text in segs:
        if kind == "t":
            out.append(r_xml(text))
        elif kind == "ins":
            out.append(f'<w:ins {att()}>{r_xml(text)}</w:ins>')
        elif kind == "del":
            out.append(f'<w:del {att()}>{r_xml(text, True)}</w:del>')
        elif kind == "fmt":
            rpr = ('<w:rPr><w:b/><w:rPrChange ' + att("Tobias Nwachukwu-Lindgren", 5, 2) + '><w:rPr/></w:rPrChange></w:rPr>')
            out.append(r_xml(text, rpr=rpr))
    return f'<w:p {W_NS}>{ppr}{"".join(out)}</w:p>'


def replace_cell_paras(cell, xmls):
    tc = cell._tc
    for p in list(tc.findall(qn("w:p"))):
        tc.remove(p)
    for x in xmls:
        tc.append(parse_xml(x))


@builder("t2")
def b_t2(d):
    F, x = d["F"], d["x"]
    doc, t = official_table_doc(F, x)
    rows = {LABELS[k]: r for k, r in zip(ORDER, t.rows)}
    # title reworded
    replace_cell_paras(rows[LABELS["proposal_title"]].cells[1],
                       [para_xml([("del", x["title_old"]), ("ins", F["proposal_title"])])])
    # outcomes: last outcome moved to first
    outs = F["learning_outcomes"]
    moved = outs[0]
    cell = rows[LABELS["learning_outcomes"]].cells[1]
    ps = []
    mt_id = nid()
    ps.append(f'<w:p {W_NS}><w:moveToRangeStart w:id="{mt_id}" w:name="move1" w:author="Eun-ji Park-Rasmussen" w:date="2026-11-30T14:05:00Z"/>'
              f'<w:moveTo {att()}>{r_xml("1. " + moved)}</w:moveTo><w:moveToRangeEnd w:id="{mt_id}"/></w:p>')
    for i, o in enumerate(outs[1:], 2):
        ps.append(para_xml([("del", f"{i-1}. "), ("ins", f"{i}. "), ("t", o)]))
    mf_id = nid()
    ps.append(f'<w:p {W_NS}><w:pPr><w:rPr><w:del {att()}/></w:rPr></w:pPr><w:moveFromRangeStart w:id="{mf_id}" w:name="move1" w:author="Eun-ji Park-Rasmussen" w:date="2026-11-30T14:05:00Z"/>'
              f'<w:moveFrom {att()}>{r_xml(f"{len(outs)}. " + moved)}</w:moveFrom><w:moveFromRangeEnd w:id="{mf_id}"/></w:p>')
    replace_cell_paras(cell, ps)
    # competencies: one item deleted, one inserted
    cell = rows[LABELS["competencies"]].cells[1]
    comp = F["competencies"]
    ps = [para_xml([("t", "• " + comp[0])]), para_xml([("t", "• " + comp[1])])]
    ps.append(f'<w:p {W_NS}><w:pPr><w:rPr><w:del {att()}/></w:rPr></w:pPr><w:del {att()}>{r_xml("• Platelet function analysis by aggregometry", True)}</w:del></w:p>')
    ps += [para_xml([("t", "• " + c)]) for c in comp[2:-1]]
    ps.append(f'<w:p {W_NS}><w:pPr><w:rPr><w:ins {att()}/></w:rPr></w:pPr><w:ins {att()}>{r_xml("• " + comp[-1])}</w:ins></w:p>')
    replace_cell_paras(cell, ps)
    # partner: formatting change only
    replace_cell_paras(rows[LABELS["partner_name"]].cells[1], [para_xml([("fmt", F["partner_name"])])])
    # proposed start changed
    replace_cell_paras(rows[LABELS["proposed_start"]].cells[1], [para_xml([("del", "Spring 2027"), ("ins", F["proposed_start"])])])
    # hours changed 12 -> 18
    replace_cell_paras(rows[LABELS["estimated_hours"]].cells[1], [para_xml([("del", "12"), ("ins", "18")])])
    # partner contact row: tracked inserted row (move existing row's content into ins)
    r = rows[LABELS["partner_contact"]]
    trPr = r._tr.get_or_add_trPr()
    trPr.append(parse_xml(f'<w:ins {W_NS} {att()}/>'))
    replace_cell_paras(r.cells[0], [f'<w:p {W_NS}><w:ins {att()}><w:r><w:rPr><w:b/></w:rPr><w:t>{esc(LABELS["partner_contact"])}</w:t></w:r></w:ins></w:p>'])
    replace_cell_paras(r.cells[1], [f'<w:p {W_NS}><w:ins {att()}>{r_xml(F["partner_contact"])}</w:ins></w:p>'])
    # deleted 'Notes' row at the end
    nr = t.add_row()
    nr._tr.get_or_add_trPr().append(parse_xml(f'<w:del {W_NS} {att()}/>'))
    replace_cell_paras(nr.cells[0], [f'<w:p {W_NS}><w:del {att()}><w:r><w:rPr><w:b/></w:rPr><w:delText>{esc(x["deleted_row"][0])}</w:delText></w:r></w:del></w:p>'])
    replace_cell_paras(nr.cells[1], [f'<w:p {W_NS}><w:del {att()}>{r_xml(x["deleted_row"][1], True)}</w:del></w:p>'])
    p = out_path(d, HALF)
    doc.save(p)
    # turn on track revisions in settings
    def fn(name, data):
        if name == "word/settings.xml":
            s = data.decode()
            s = re.sub(r"(<w:settings[^>]*>)", r"\1<w:trackRevisions/>", s, count=1)
            return s.encode()
        return data
    rewrite_zip(p, fn)


# ---------------------------------------------------------------- T3 French, guidance left in, footnotes
GUIDE_FR = {
    "proposal_title": "[Titre court et descriptif]",
    "target_learners": "[Décrivez les apprenants visés : profession, milieu, expérience]",
    "rationale": "[Décrivez le besoin : données, écart de compétences, demande du milieu]",
    "competencies": "[Énumérez les compétences ou habiletés visées]",
    "learning_outcomes": "[3 à 6 résultats commençant par un verbe d'action]",
    "competency_framework": "[Nommez le référentiel, s'il y a lieu]",
    "summative_assessment": "[Décrivez comment l'atteinte des résultats sera démontrée]",
    "partner_name": "[Nom de l'organisme partenaire]",
    "education_plan_alignment": "[Expliquez le lien avec le Plan d'éducation]",
    "resources_required": "[Personnel, locaux, équipement, budget]",
}


@builder("t3")
def b_t3(d):
    F, x = d["F"], d["x"]
    F2 = dict(F)
    F2["partner_name"] = x["partner_text"]
    doc, t = official_table_doc(F2, x, fr=True)
    fn_ids = {}
    for k, r in zip(ORDER, t.rows):
        c = r.cells[1]
        if k in GUIDE_FR:
            # insert the guidance paragraph first
            first = c.paragraphs[0]
            gp = first.insert_paragraph_before("")
            run = gp.add_run(GUIDE_FR[k]); run.italic = True; run.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
            run.font.size = Pt(9)
        if k in x["footnotes"]:
            fid = len(fn_ids) + 1
            fn_ids[k] = fid
            last = c.paragraphs[-1]
            last._p.append(parse_xml(f'<w:r {W_NS}><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{fid}"/></w:r>'))
    p = out_path(d, HALF)
    doc.save(p)
    fx = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
          f'<w:footnotes {W_NS}>',
          '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
          '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for k, fid in fn_ids.items():
        fx.append(f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                  f'<w:r><w:t xml:space="preserve"> {esc(x["footnotes"][k])}</w:t></w:r></w:p></w:footnote>')
    fx.append("</w:footnotes>")
    def fn(name, data):
        if name == "[Content_Types].xml":
            return add_override(data.decode(), "/word/footnotes.xml",
                                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml").encode()
        if name == "word/_rels/document.xml.rels":
            return add_rel(data.decode(), "rIdFn1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes",
                           "footnotes.xml").encode()
        return data
    rewrite_zip(p, fn)
    add_zip_files(p, {"word/footnotes.xml": "".join(fx)})


# ---------------------------------------------------------------- T4 bound content controls
CF_NS = "urn:michener-ce:conceptform"
STORE = "{6B0D3C5E-2F4A-4B7E-9C31-0A5D8E7F1C22}"


def sdt_bound(key, alias, display, multiline=False, kind="text", items=None, date_iso=None):
    xp = f"/cf:conceptForm[1]/cf:{key}[1]"
    binding = f'<w:dataBinding w:prefixMappings="xmlns:cf=\'{CF_NS}\'" w:xpath="{xp}" w:storeItemID="{STORE}"/>'
    if kind == "dropdown":
        li = "".join(f'<w:listItem w:displayText="{esc(i)}" w:value="{esc(i)}"/>' for i in items)
        typ = f'<w:dropDownList>{li}</w:dropDownList>'
    elif kind == "date":
        typ = f'<w:date w:fullDate="{date_iso}T00:00:00Z"><w:dateFormat w:val="yyyy-MM-dd"/><w:lid w:val="en-CA"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>'
    else:
        typ = '<w:text w:multiLine="1"/>' if multiline else '<w:text/>'
    if display:
        lines = display.split("\n")
        runs = "".join((('<w:r><w:br/></w:r>' if i else '') + f'<w:r><w:t xml:space="preserve">{esc(l)}</w:t></w:r>') for i, l in enumerate(lines))
        ph = ""
    else:
        runs = '<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr><w:t>Click or tap here to enter text.</w:t></w:r>'
        ph = '<w:showingPlcHdr/>'
    return (f'<w:sdt {W_NS}><w:sdtPr><w:alias w:val="{esc(alias)}"/><w:id w:val="{random.randint(10**8, 2*10**9)}"/>{ph}{binding}{typ}</w:sdtPr>'
            f'<w:sdtContent>{runs}</w:sdtContent></w:sdt>')


def display_of(F, k, x):
    v = F.get(k)
    if k == "request_type":
        return x["request_display"]
    if k == "delivery_format":
        return x["format_display"]
    if k == "endorsement_status":
        return x["endorse_display"]
    if v is None:
        return ""
    if k == "learning_outcomes":
        return "\n".join(v)
    if isinstance(v, list):
        return "\n".join(v)
    return str(v)


@builder("t4")
def b_t4(d):
    random.seed(4)
    F, x = d["F"], d["x"]
    doc = Document()
    doc.styles["Normal"].font.name = "Segoe UI"; doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading("Micro-Course / Credential Concept Form", level=1)
    doc.add_paragraph("Continuing Education – The Michener Institute. Please complete every field; fields marked [R] are required.")
    t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
    xmlvals = {}
    for k in ORDER:
        r = t.add_row()
        r.cells[0].paragraphs[0].add_run(LABELS[k]).bold = True
        set_cell_shade(r.cells[0], "EDEDED")
        disp = display_of(F, k, x)
        if k == "submission_date":
            s = sdt_bound(k, LABELS[k], disp, kind="date", date_iso=F[k])
            xmlvals[k] = F[k] + "T00:00:00"
        elif k in ("request_type", "delivery_format", "endorsement_status"):
            s = sdt_bound(k, LABELS[k], disp, kind="dropdown", items=[w for _, w in OPTIONS[k]])
            xmlvals[k] = disp
        else:
            s = sdt_bound(k, LABELS[k], disp, multiline=(k in ("learning_outcomes",)))
            xmlvals[k] = disp
        r.cells[1].paragraphs[0]._p.append(parse_xml(s))
    doc.add_paragraph()
    doc.add_paragraph("Save the completed form as DOCX and email it to ce@michener.example.")
    p = out_path(d, HALF)
    doc.save(p)
    item = ['<?xml version="1.0" encoding="UTF-8" standalone="no"?>', f'<cf:conceptForm xmlns:cf="{CF_NS}">']
    for k in ORDER:
        item.append(f"<cf:{k}>{esc(xmlvals.get(k, ''))}</cf:{k}>")
    item.append("</cf:conceptForm>")
    props = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>'
             f'<ds:datastoreItem ds:itemID="{STORE}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">'
             f'<ds:schemaRefs><ds:schemaRef ds:uri="{CF_NS}"/></ds:schemaRefs></ds:datastoreItem>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps2.xml"/></Relationships>')
    def fn(name, data):
        if name == "[Content_Types].xml":
            return add_override(data.decode(), "/customXml/itemProps2.xml",
                                "application/vnd.openxmlformats-officedocument.customXmlProperties+xml").encode()
        if name == "word/_rels/document.xml.rels":
            return add_rel(data.decode(), "rIdCx1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml",
                           "../customXml/item2.xml").encode()
        return data
    rewrite_zip(p, fn)
    add_zip_files(p, {"customXml/item2.xml": "\n".join(item), "customXml/itemProps2.xml": props,
                      "customXml/_rels/item2.xml.rels": rels})


# ---------------------------------------------------------------- T5 AcroForm without appearance streams
import codecs
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (DictionaryObject, NameObject, ArrayObject, FloatObject, NumberObject, TextStringObject,
                           ByteStringObject, BooleanObject)

T5_NAMES = {
    "proposal_title": "Titre proposé", "proposer_name": "Nom du proposant", "proposer_title": "Poste", "proposer_department": "Département",
    "proposer_email": "Courriel", "proposer_phone": "Téléphone", "existing_program_name": "Programme existant",
    "target_learners": "Apprenants visés", "rationale": "Justification", "competencies": "Compétences",
    "learning_outcomes": "Résultats d'apprentissage", "competency_framework": "Référentiel", "summative_assessment": "Évaluation sommative",
    "partner_name": "Partenaire", "partner_contact": "Personne-ressource", "education_plan_alignment": "Plan d'éducation",
    "estimated_hours": "Heures", "proposed_start": "Début", "expected_enrolment": "Inscriptions", "resources_required": "Ressources",
    "submission_date": "Date",
}
T5_BOX = {"new": "Nouveau", "existing_program": "Conversion", "micro_course": "Microcours", "letter_attached": "Lettre jointe",
          "confirmed": "Confirmé", "in_discussion": "En discussion", "none": "Aucun", "online": "En ligne", "in_person": "Présentiel",
          "hybrid": "Hybride"}


def u16(s):
    return ByteStringObject(codecs.BOM_UTF16_BE + s.encode("utf-16-be"))


def value_text(F, k, x, list_marker="", sep="\r"):
    v = F.get(k)
    if k == "estimated_hours" and "hours_text" in x: return x["hours_text"]
    if k == "expected_enrolment" and "enrol_text" in x: return x["enrol_text"]
    if k == "submission_date" and "date_text" in x: return x["date_text"]
    if v in (None, ""): return ""
    if k == "learning_outcomes":
        return sep.join(f"{i}. {o}" for i, o in enumerate(v, 1))
    if isinstance(v, list):
        return sep.join(list_marker + i for i in v)
    return str(v)


@builder("t5")
def b_t5(d):
    F, x = d["F"], d["x"]
    labels = {k: f"{LABELS[k]} / {LABELS_FR[k]}" for k in ORDER}
    opts = {k: [(c, f"{w} / {dict(OPTIONS_FR[k])[c]}") for c, w in OPTIONS[k]] for k in OPTIONS}
    tmp = tmpdir() + "/blank.pdf"
    lay = draw_blank_form(tmp, labels, opts, "Micro-Course / Credential Concept Form – Formulaire de concept",
                          "Continuing Education / Formation continue – The Michener Institute · ce@michener.example")
    w = PdfWriter(clone_from=tmp)
    fields = ArrayObject()
    font = DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                             NameObject("/BaseFont"): NameObject("/Helvetica"), NameObject("/Encoding"): NameObject("/WinAnsiEncoding")})
    fref = w._add_object(font)
    zf = w._add_object(DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                                         NameObject("/BaseFont"): NameObject("/ZapfDingbats")}))
    for k in ORDER:
        L = lay[k]; page = w.pages[L["page"]]
        if k in OPTIONS:
            for code, (pg, bx, by, s) in L["opts"].items():
                on = (F.get(k) == code)
                a = DictionaryObject({
                    NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Widget"),
                    NameObject("/FT"): NameObject("/Btn"), NameObject("/T"): u16(T5_BOX[code]),
                    NameObject("/Rect"): ArrayObject([FloatObject(bx), FloatObject(by), FloatObject(bx + s), FloatObject(by + s)]),
                    NameObject("/F"): NumberObject(4), NameObject("/V"): NameObject("/Oui" if on else "/Off"),
                    NameObject("/AS"): NameObject("/Oui" if on else "/Off"),
                    NameObject("/MK"): DictionaryObject({NameObject("/CA"): TextStringObject("4")}),
                    NameObject("/DA"): TextStringObject("/ZaDb 0 Tf 0 g"),
                })
                ref = w._add_object(a)
                page.setdefault(NameObject("/Annots"), ArrayObject()).append(ref)
                fields.append(ref)
            continue
        val = value_text(F, k, x, list_marker="– ")
        x0, y0, x1, y1 = L["rect"]
        multi = (y1 - y0) > 24
        a = DictionaryObject({
            NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Widget"),
            NameObject("/FT"): NameObject("/Tx"), NameObject("/T"): u16(T5_NAMES[k]),
            NameObject("/Rect"): ArrayObject([FloatObject(x0), FloatObject(y0), FloatObject(x1), FloatObject(y1)]),
            NameObject("/F"): NumberObject(4), NameObject("/DA"): TextStringObject("/Helv 8 Tf 0 g"),
            NameObject("/Ff"): NumberObject(4096 if multi else 0),
        })
        if val:
            a[NameObject("/V")] = u16(val)
        ref = w._add_object(a)
        page.setdefault(NameObject("/Annots"), ArrayObject()).append(ref)
        fields.append(ref)
    w._root_object[NameObject("/AcroForm")] = DictionaryObject({
        NameObject("/Fields"): fields, NameObject("/NeedAppearances"): BooleanObject(True),
        NameObject("/DA"): TextStringObject("/Helv 0 Tf 0 g"),
        NameObject("/DR"): DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/Helv"): fref, NameObject("/ZaDb"): zf})}),
    })
    w.write(out_path(d, HALF))


# ---------------------------------------------------------------- T6 Fill & Sign FreeText annotations
from pypdf.generic import StreamObject, DecodedStreamObject


def pdf_str(s):
    b = s.encode("cp1252")
    return "(" + b.decode("latin-1").replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def freetext(w, page, rect, text, fref, size=8.5, color="0 0 0.55 rg", font="Helvetica", title="Kwabena"):
    x0, y0, x1, y1 = rect
    lines = []
    for para in text.split("\n"):
        lines += wrap(para, font, size, x1 - x0 - 4)
    hh = len(lines) * (size + 1.6) + 4
    y0 = max(y0, y1 - hh)
    ops = ["/Tx BMC", "q", "BT", f"/Helv {size} Tf", color]
    yy = (y1 - y0) - size - 1
    ops.append(f"2 {yy:.2f} Td")
    for i, ln in enumerate(lines):
        if i:
            ops.append(f"0 {-(size + 1.6):.2f} Td")
        ops.append(f"{pdf_str(ln)} Tj")
    ops += ["ET", "Q", "EMC"]
    ap = DecodedStreamObject()
    ap.set_data("\n".join(ops).encode("latin-1"))
    ap.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
               NameObject("/BBox"): ArrayObject([FloatObject(0), FloatObject(0), FloatObject(x1 - x0), FloatObject(y1 - y0)]),
               NameObject("/Resources"): DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/Helv"): fref})})})
    apref = w._add_object(ap)
    a = DictionaryObject({
        NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/FreeText"),
        NameObject("/Rect"): ArrayObject([FloatObject(x0), FloatObject(y0), FloatObject(x1), FloatObject(y1)]),
        NameObject("/Contents"): TextStringObject(text.replace("\n", "\r")), NameObject("/F"): NumberObject(4),
        NameObject("/DA"): TextStringObject(f"/Helv {size} Tf {color}"), NameObject("/T"): TextStringObject(title),
        NameObject("/M"): TextStringObject("D:20261129201500-05'00'"), NameObject("/IT"): NameObject("/FreeTextTypeWriter"),
        NameObject("/Border"): ArrayObject([NumberObject(0), NumberObject(0), NumberObject(0)]),
        NameObject("/AP"): DictionaryObject({NameObject("/N"): apref}),
    })
    ref = w._add_object(a)
    page.setdefault(NameObject("/Annots"), ArrayObject()).append(ref)
    return ref


@builder("t6")
def b_t6(d):
    F, x = d["F"], d["x"]
    tmp = tmpdir() + "/blank.pdf"
    lay = draw_blank_form(tmp, LABELS, OPTIONS, "Micro-Course / Credential Concept Form",
                          "Continuing Education – The Michener Institute · complete all required fields [R1]–[R4] and email to ce@michener.example")
    w = PdfWriter(clone_from=tmp)
    fref = w._add_object(DictionaryObject({NameObject("/Type"): NameObject("/Font"), NameObject("/Subtype"): NameObject("/Type1"),
                                           NameObject("/BaseFont"): NameObject("/Helvetica"), NameObject("/Encoding"): NameObject("/WinAnsiEncoding")}))
    for k in ORDER:
        L = lay[k]; page = w.pages[L["page"]]
        if k in OPTIONS:
            v = F.get(k)
            if v:
                pg, bx, by, s = L["opts"][v]
                freetext(w, w.pages[pg], (bx - 1, by - 2, bx + 10, by + 10), "X", fref, size=9)
            continue
        val = value_text(F, k, x, list_marker="", sep="\n")
        if val:
            freetext(w, page, L["rect"], val, fref)
    w.write(out_path(d, HALF))


# ---------------------------------------------------------------- T7 LaTeX longtable
def tex(s):
    s = s.replace("\\", r"\textbackslash{}")
    for a, b in [("&", r"\&"), ("%", r"\%"), ("#", r"\#"), ("$", r"\$"), ("_", r"\_"), ("~", r"\textasciitilde{}"),
                 ("–", "--"), ("—", "---"), ("’", "'"), ("≈", r"$\approx$")]:
        s = s.replace(a, b)
    return s


def run_pdflatex(src, outpdf, runs=2):
    dd = tmpdir()
    open(dd + "/doc.tex", "w").write(src)
    for _ in range(runs):
        r = subprocess.run(["pdflatex", "-interaction=nonstopmode", "doc.tex"], cwd=dd, capture_output=True, text=True, timeout=120)
    if not os.path.exists(dd + "/doc.pdf"):
        print(r.stdout[-3000:]); raise SystemExit("pdflatex failed")
    shutil.copy(dd + "/doc.pdf", outpdf)


def tex_answer(F, k, x, boxes=(r"$\boxtimes$", r"$\square$")):
    v = F.get(k)
    if k in OPTIONS:
        return r"\quad ".join(f"{boxes[0] if v == c else boxes[1]}~{tex(wd)}" for c, wd in OPTIONS[k])
    if k == "estimated_hours" and "hours_text" in x: return tex(x["hours_text"])
    if k == "expected_enrolment" and "enrol_text" in x: return tex(x["enrol_text"])
    if k == "submission_date" and "date_text" in x: return tex(x["date_text"])
    if v in (None, ""): return ""
    if k == "learning_outcomes":
        return r"\begin{list}{\arabic{enumi}.}{\usecounter{enumi}\setlength{\itemsep}{0pt}\setlength{\topsep}{0pt}\setlength{\parsep}{0pt}\setlength{\leftmargin}{1.5em}}" + "".join(r"\item " + tex(o) for o in v) + r"\end{list}"
    if isinstance(v, list):
        if k == "rationale":
            return r"\par ".join(tex(i) for i in v)
        return r"\begin{list}{\textbullet}{\setlength{\itemsep}{0pt}\setlength{\topsep}{0pt}\setlength{\parsep}{0pt}\setlength{\leftmargin}{1.2em}}" + "".join(r"\item " + tex(i) for i in v) + r"\end{list}"
    return tex(str(v))


@builder("t7")
def b_t7(d):
    F, x = d["F"], d["x"]
    rows = []
    for k in ORDER:
        rows.append(r"\textbf{" + tex(LABELS[k]) + "} & " + tex_answer(F, k, x) + r" \\ \hline")
    src = r"""\documentclass[11pt]{article}
\usepackage[utf8]{inputenc}
\usepackage[margin=2.2cm,a4paper]{geometry}
\usepackage{longtable,array,amssymb}
\usepackage{fancyhdr}
\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}
\fancyfoot[C]{\small\thepage}
\fancyfoot[R]{\small E.\,Rivera-Haddad}
\setlength{\parindent}{0pt}\setlength{\parskip}{4pt}
\begin{document}
{\Large\bfseries Micro-Course / Credential Concept Form}\\[2pt]
Continuing Education, The Michener Institute --- typeset from the Word form (all questions kept, same order).

\renewcommand{\arraystretch}{1.25}
\begin{longtable}{|>{\raggedright\arraybackslash}p{4.2cm}|p{10.6cm}|}
\hline
\textbf{Question} & \textbf{Response} \\ \hline
\endfirsthead
\hline
\textbf{Question} & \textbf{Response} (continued) \\ \hline
\endhead
""" + "\n".join(rows) + r"""
\end{longtable}
\end{document}
"""
    run_pdflatex(src, out_path(d, HALF))


# ---------------------------------------------------------------- T8 xhtml2pdf
def html_answer(F, k, x, on="[x]", off="[ ]", list_tag="ul"):
    v = F.get(k)
    if k in OPTIONS:
        return " &nbsp; ".join(f"{on if v == c else off} {H(wd)}" for c, wd in OPTIONS[k])
    if k == "estimated_hours" and "hours_text" in x: return H(x["hours_text"])
    if k == "expected_enrolment" and "enrol_text" in x: return H(x["enrol_text"])
    if k == "submission_date" and "date_text" in x: return H(x["date_text"])
    if v in (None, ""): return ""
    if k == "learning_outcomes":
        return "<ol>" + "".join(f"<li>{H(o)}</li>" for o in v) + "</ol>"
    if isinstance(v, list):
        if k == "rationale":
            return "".join(f"<p>{H(i)}</p>" for i in v)
        return f"<{list_tag}>" + "".join(f"<li>{H(i)}</li>" for i in v) + f"</{list_tag}>"
    return H(str(v))


@builder("t8")
def b_t8(d):
    F, x = d["F"], d["x"]
    from xhtml2pdf import pisa
    rows = "".join(f'<tr><td class="l">{H(LABELS[k])}</td><td>{html_answer(F, k, x)}</td></tr>' for k in ORDER)
    src = f"""<html><head><meta charset="utf-8"><style>
@page {{ size: letter; margin: 2cm 1.8cm 2cm 1.8cm;
  @frame header_frame {{ -pdf-frame-content: hdr; left: 1.8cm; width: 18cm; top: 0.8cm; height: 1cm; }}
  @frame footer_frame {{ -pdf-frame-content: ftr; left: 1.8cm; width: 18cm; top: 26.3cm; height: 1cm; }} }}
body {{ font-family: Helvetica; font-size: 10pt; }}
h1 {{ font-size: 15pt; margin-bottom: 2pt; }}
table {{ border: 0.6pt solid #555; }}
td {{ border: 0.6pt solid #555; padding: 4pt; vertical-align: top; }}
td.l {{ background-color: #E8EEF4; font-weight: bold; width: 32%; }}
#hdr, #ftr {{ font-size: 8pt; color: #666; }}
</style></head><body>
<div id="hdr">Michener CE – Concept Form</div>
<div id="ftr">Page <pdf:pagenumber> of <pdf:pagecount> · printed from the CE intake page</div>
<h1>Micro-Course / Credential Concept Form</h1>
<p>Continuing Education, The Michener Institute. Required fields are marked [R1]–[R4] where they relate to the institutional requirements.</p>
<table repeat="0">{rows}</table>
</body></html>"""
    with open(out_path(d, HALF), "wb") as fh:
        st = pisa.CreatePDF(src, dest=fh, encoding="utf-8")
    assert not st.err


# ---------------------------------------------------------------- T9 Tesseract searchable scan
def ocr_pdf(images, outpdf, lang="eng", dpi=200):
    dd = tmpdir()
    parts = []
    for i, im in enumerate(images):
        ip = f"{dd}/p{i}.jpg"; im.save(ip, "JPEG", quality=55, dpi=(dpi, dpi))
        subprocess.run(["tesseract", ip, f"{dd}/p{i}", "-l", lang, "--dpi", str(dpi), "pdf"], check=True,
                       capture_output=True, timeout=300, env=dict(os.environ, OMP_THREAD_LIMIT="1"))
        parts.append(f"{dd}/p{i}.pdf")
    w = PdfWriter()
    for pth in parts:
        for pg in PdfReader(pth).pages:
            w.add_page(pg)
    w.write(outpdf)


@builder("t9")
def b_t9(d):
    F, x = d["F"], d["x"]
    doc, t = official_table_doc(F, x)
    dd = tmpdir()
    doc.save(dd + "/form.docx")
    pdf = soffice_convert(dd + "/form.docx", "pdf", dd)
    src = os.path.join(lib.HERE, "src_" + d["file"])
    shutil.copy(pdf, src)
    imgs = [scan_look(im, angle=a, noise=7, seed=i) for i, (im, a) in enumerate(zip(rasterize(pdf, 200), [0.5, -0.4, 0.3]))]
    ocr_pdf(imgs, out_path(d, HALF))


# ---------------------------------------------------------------- T10 briefing note
def kv_table(doc, rows, shade="F2F2F2", widths=(4.0, 12.5)):
    t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
    for a, b in rows:
        r = t.add_row()
        r.cells[0].width = Cm(widths[0]); r.cells[1].width = Cm(widths[1])
        r.cells[0].paragraphs[0].add_run(a).bold = True
        set_cell_shade(r.cells[0], shade)
        r.cells[1].paragraphs[0].add_run(b)
    return t


@builder("t10")
def b_t10(d):
    F, x = d["F"], d["x"]
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"; doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]; hp.text = "Lakeland Regional Health Unit – BRIEFING NOTE"; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    sec.footer.paragraphs[0].text = "For internal use and for Michener Continuing Education"
    p = doc.add_paragraph(); r = p.add_run("BRIEFING NOTE"); r.bold = True; r.font.size = Pt(16)
    kv_table(doc, [("To:", "Continuing Education, The Michener Institute (ce@michener.example)"),
                   ("From:", "Public Health Nursing, Lakeland Regional Health Unit"),
                   ("Date:", x["date_text"]), ("File no.:", x["file_no"]),
                   ("Subject:", "Proposed micro-credential – " + F["proposal_title"])])
    def head(t):
        p = doc.add_paragraph(); r = p.add_run(t); r.bold = True; r.font.size = Pt(12)
    head("PURPOSE")
    doc.add_paragraph("To propose to Michener Continuing Education a short credential for community staff who screen newborns for jaundice, and to seek CE's assessment of the concept.")
    head("BACKGROUND")
    doc.add_paragraph(F["rationale"][0])
    head("CURRENT SITUATION")
    doc.add_paragraph(F["rationale"][1])
    head("PROPOSED MICRO-CREDENTIAL")
    for lab, val in [("Title", F["proposal_title"]), ("Learners", F["target_learners"])]:
        p = doc.add_paragraph(style="List Bullet"); p.add_run(lab + ": ").bold = True; p.add_run(val)
    p = doc.add_paragraph(style="List Bullet"); p.add_run("Skills: ").bold = True
    for c in F["competencies"]:
        doc.add_paragraph(c, style="List Bullet 2")
    p = doc.add_paragraph(style="List Bullet"); p.add_run("Outcomes – on completion, learners will be able to:").bold = True
    for o in F["learning_outcomes"]:
        doc.add_paragraph(o, style="List Bullet 2")
    p = doc.add_paragraph(style="List Bullet"); p.add_run("Assessment: ").bold = True; p.add_run(F["summative_assessment"])
    p = doc.add_paragraph(style="List Bullet"); p.add_run("Delivery: ").bold = True
    p.add_run(f"blended – online theory followed by a hands-on session; about {F['estimated_hours']} hours in total; first offering {F['proposed_start']}.")
    p = doc.add_paragraph(style="List Bullet"); p.add_run("Volume: ").bold = True
    p.add_run(f"about {F['expected_enrolment']} learners a year across the region's community teams.")
    head("CONSIDERATIONS")
    p = doc.add_paragraph(style="List Bullet"); p.add_run("Partner: ").bold = True
    p.add_run(f"{F['partner_name']} will be the endorsing employer; the Director of Family Health, {F['partner_contact'].split(',')[0]}, has confirmed the endorsement and a formal letter will follow.")
    p = doc.add_paragraph(style="List Bullet"); p.add_run("Fit with Michener's Education Plan: ").bold = True; p.add_run(F["education_plan_alignment"])
    p = doc.add_paragraph(style="List Bullet"); p.add_run("Resources: ").bold = True; p.add_run(F["resources_required"])
    head("RECOMMENDATION")
    doc.add_paragraph("That Michener Continuing Education assess this concept as a new micro-credential and advise on next steps.")
    doc.add_paragraph()
    t = doc.add_table(rows=1, cols=2)
    a, b = t.rows[0].cells
    a.paragraphs[0].add_run("Prepared by:").bold = True
    for line in [F["proposer_name"], F["proposer_title"], F["proposer_department"], F["proposer_email"], F["proposer_phone"]]:
        a.add_paragraph(line)
    b.paragraphs[0].add_run("Approved by:").bold = True
    b.add_paragraph(x["approver"].split(",")[0]); b.add_paragraph(x["approver"].split(", ")[1])
    b.add_paragraph("Lakeland Regional Health Unit"); b.add_paragraph("t.marchetti@example.org")
    doc.save(out_path(d, HALF))


# ---------------------------------------------------------------- T13 mind map outline
@builder("t13")
def b_t13(d):
    F, x = d["F"], d["x"]
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.core_properties.title = F["proposal_title"]
    for sn in ("Heading 1", "Heading 2"):
        doc.styles[sn].paragraph_format.keep_with_next = False
        doc.styles[sn].paragraph_format.space_before = Pt(4)
    doc.add_paragraph(F["proposal_title"], style="Title")
    def h1(t): doc.add_heading(t, level=1)
    def h2(t): doc.add_heading(t, level=2)
    def leaf(t): doc.add_paragraph(t)
    h1("1 Why?"); h2("1.1 " + F["rationale"])
    h1("2 Who"); h2("2.1 " + F["target_learners"])
    h1("3 Skills")
    for i, c in enumerate(F["competencies"], 1):
        h2(f"3.{i} {c}")
    h1("4 Outcomes")
    for i, o in enumerate(F["learning_outcomes"], 1):
        h2(f"4.{i} {o}")
    h1("5 Assessment"); h2("5.1 " + F["summative_assessment"])
    h1("6 Partner"); h2("6.1 " + F["partner_name"]); leaf("contact: " + F["partner_contact"]); leaf("LOS: attached")
    h1("7 Ed Plan fit"); h2("7.1 TODO – ask Ruth")
    h1("8 Logistics")
    h2("8.1 Type: new MC"); h2("8.2 Format: hybrid"); leaf("online theory, 2 gym sessions")
    h2(f"8.3 Hours: {F['estimated_hours']} h"); h2(f"8.4 Start: {F['proposed_start']}"); h2(f"8.5 Numbers: {F['expected_enrolment']}/yr")
    h1("9 Me")
    h2("9.1 " + F["proposer_name"]); leaf(F["proposer_title"]); leaf(F["proposer_department"]); leaf(F["proposer_email"]); leaf(F["proposer_phone"])
    doc.save(out_path(d, HALF))


# ---------------------------------------------------------------- T11 Google Forms response via WeasyPrint
def weasy(src, outpdf):
    import weasyprint
    weasyprint.HTML(string=src).write_pdf(outpdf)


GF_CSS = """
@page { size: letter; margin: 1.2cm; background: #f0ebf8; }
body { background: #f0ebf8; font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; color: #202124; }
.card { background: white; border: 1px solid #dadce0; border-radius: 8px; padding: 14px 18px; margin: 0 auto 10px auto; width: 90%; page-break-inside: avoid; }
.head { border-top: 10px solid #673ab7; }
.head h1 { font-size: 20pt; font-weight: normal; margin: 0 0 6px 0; }
.sec { background: #673ab7; color: white; border-radius: 8px 8px 0 0; padding: 6px 14px; width: 30%; margin-left: 5%; font-size: 10pt; }
.q { font-size: 11pt; margin-bottom: 8px; }
.req { color: #d93025; }
.a { border-bottom: 1px dotted #999; padding-bottom: 3px; white-space: pre-wrap; }
.opt { margin: 3px 0; }
.ts { font-size: 9pt; color: #5f6368; }
"""


@builder("t11")
def b_t11(d):
    F, x = d["F"], d["x"]
    def q(text, ans, req=False):
        star = ' <span class="req">*</span>' if req else ""
        body = f'<div class="a">{H(ans)}</div>' if ans else '<div class="a ts">&nbsp;</div>'
        return f'<div class="card"><div class="q">{H(text)}{star}</div>{body}</div>'
    def radio(text, key, words, req=True):
        opts = "".join(f'<div class="opt">{"◉" if F.get(key) == c else "○"} {H(w)}</div>' for c, w in words)
        star = ' <span class="req">*</span>' if req else ""
        return f'<div class="card"><div class="q">{H(text)}{star}</div>{opts}</div>'
    out = [f'<div class="card head"><h1>Micro-credential concept – Lab Medicine submissions</h1>'
           f'<div>Use this form to send a micro-credential idea to Michener CE through the Lab Medicine education committee. '
           f'Your answers are copied to CE.</div><p class="ts">Response recorded {H(x["timestamp"])}</p></div>',
           f'<div class="card"><div class="q">Email <span class="req">*</span></div><div class="a">{H(F["proposer_email"])}</div></div>',
           '<div class="sec">About you</div>',
           q("Your name", F["proposer_name"], True), q("Your job title", F["proposer_title"]), q("Your department and site", F["proposer_department"]),
           q("Phone number", F["proposer_phone"]),
           '<div class="sec">About the course</div>',
           q("Working title of the micro-credential", F["proposal_title"], True),
           radio("What are you asking for?", "request_type", [("new", "A new micro-credential"), ("existing_program", "Turning an existing course/program into a micro-credential"), ("micro_course", "A micro-course (short, not stackable)")]),
           q("Who is it for?", F["target_learners"], True),
           q("Why is it needed?", F["rationale"], True),
           q("Which skills/competencies will it build? (one per line)", "\n".join(F["competencies"]), True),
           q("What will learners be able to do at the end? (one outcome per line)", "\n".join(F["learning_outcomes"]), True),
           q("Competency framework (if any)", F["competency_framework"]),
           q("How will learning be assessed at the end?", F["summative_assessment"], True),
           q("Partner organisation that endorses it", F["partner_name"], True),
           q("Partner contact (name, email)", F["partner_contact"]),
           radio("Endorsement", "endorsement_status", [("letter_attached", "Letter of support – I will attach it to the CE email"), ("confirmed", "Confirmed, letter to follow"), ("in_discussion", "Still in discussion"), ("none", "No partner yet")]),
           q("How does it fit Michener's Education Plan?", "", False),
           radio("Delivery", "delivery_format", [("online", "Online"), ("in_person", "In person"), ("hybrid", "Hybrid / blended")], req=False),
           q("Total hours", str(F["estimated_hours"])), q("When could it start?", F["proposed_start"]),
           q("Learners per year (estimate)", str(F["expected_enrolment"])),
           ]
    src = f'<html><head><meta charset="utf-8"><style>{GF_CSS}</style></head><body>{"".join(out)}</body></html>'
    weasy(src, out_path(d, HALF))


# ---------------------------------------------------------------- T12 course design canvas (WeasyPrint)
@builder("t12")
def b_t12(d):
    F, x = d["F"], d["x"]
    def ul(items): return "<ul>" + "".join(f"<li>{H(i)}</li>" for i in items) + "</ul>"
    def ol(items): return "<ol>" + "".join(f"<li>{H(i)}</li>" for i in items) + "</ol>"
    boxes = [
        ("a", "The problem", f"<p>{H(F['rationale'])}</p>"),
        ("b", "Learners", f"<p>{H(F['target_learners'])}</p>"),
        ("c", "Skills", ul(F["competencies"])),
        ("d", "By the end they can…", ol(F["learning_outcomes"])),
        ("e", "Proof of learning", f"<p>{H(F['summative_assessment'])}</p>"),
        ("f", "Partner", f"<p>{H(F['partner_name'])}</p><p><b>Endorsed – letter to follow</b></p>"),
        ("g", "Fit with Ed Plan", f"<p>{H(F['education_plan_alignment'])}</p>"),
        ("h", "Format &amp; hours", f"<p>Online theory + 1 lab day (blended), {F['estimated_hours']} h</p>"),
        ("i", "Timing &amp; numbers", f"<p>first cohort {H(F['proposed_start'])} · {F['expected_enrolment']} a year</p>"),
        ("j", "What we need", f"<p>{H(F['resources_required'])}</p>"),
        ("k", "Type", "<p>a micro-course</p>"),
        ("l", "Framework", f"<p>{H(F['competency_framework'])}</p>"),
    ]
    css = """
@page { size: 17in 11in; margin: 0.4in; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; }
.top { overflow: hidden; border-bottom: 3px solid #0b6e4f; padding-bottom: 4px; margin-bottom: 6px; }
.top h1 { font-size: 17pt; margin: 0; color: #0b6e4f; }
.by { float: right; text-align: right; font-size: 8.5pt; }
.grid { position: relative; height: 8.7in; }
.box { position: absolute; border: 1.5px solid #0b6e4f; border-radius: 6px; padding: 5px 7px; overflow: hidden; box-sizing: border-box; }
.box h2 { font-size: 9pt; text-transform: uppercase; letter-spacing: 0.5px; color: #0b6e4f; margin: 0 0 3px 0; }
ul, ol { margin: 0; padding-left: 14px; } p { margin: 0 0 3px 0; }
#a { left: 0in; top: 0.00in; width: 3.1in; height: 6.11in; }
#b { left: 3.2in; top: 0.00in; width: 2.9in; height: 2.99in; }
#c { left: 6.2in; top: 0.00in; width: 2.9in; height: 6.11in; }
#d { left: 9.2in; top: 0.00in; width: 3.5in; height: 6.11in; }
#e { left: 12.8in; top: 0.00in; width: 3.4in; height: 2.99in; }
#f { left: 12.8in; top: 3.12in; width: 3.4in; height: 2.99in; }
#g { left: 3.2in; top: 3.12in; width: 2.9in; height: 2.99in; }
#h { left: 0in; top: 6.24in; width: 3.1in; height: 2.08in; }
#i { left: 3.2in; top: 6.24in; width: 2.9in; height: 2.08in; }
#j { left: 6.2in; top: 6.24in; width: 6.5in; height: 2.08in; }
#k { left: 12.8in; top: 6.24in; width: 3.4in; height: 2.08in; }
"""
    # put the 'Framework' box inside the Type cell area as a second small box (grid auto placement after k)
    grid = "".join(f'<div class="box" id="{i}"><h2>{h}</h2>{b}</div>' for i, h, b in boxes if i not in ("k", "l"))
    grid += (f'<div class="box" id="k"><h2>Type</h2><p>a micro-course</p><h2 style="margin-top:8px">Framework</h2>'
             f'<p>{H(F["competency_framework"])}</p></div>')
    src = (f'<html><head><meta charset="utf-8"><style>{css}</style></head><body>'
           f'<div class="top"><div class="by">Canvas by <b>{H(F["proposer_name"])}</b>, {H(F["proposer_title"])}<br>{H(F["proposer_department"])}<br>'
           f'{H(F["proposer_email"])} · {H(F["proposer_phone"])}</div>'
           f'<div><h1>Course design canvas: {H(F["proposal_title"])}</h1>'
           f'<div>Concept for Michener Continuing Education · {x["date_text"]}</div></div></div>'
           f'<div class="grid">{grid}</div></body></html>')
    weasy(src, out_path(d, HALF))


# ---------------------------------------------------------------- T14 issue tracker ticket via mutool convert
@builder("t14")
def b_t14(d):
    F, x = d["F"], d["x"]
    def ul(items): return "<ul>" + "".join(f"<li>{H(i)}</li>" for i in items) + "</ul>"
    desc = (f"<p>Hi CE team – submitting a concept through the service desk as requested.</p>"
            f"<h3>Course title</h3><p>{H(F['proposal_title'])}</p>"
            f"<h3>Request type</h3><p>Please convert our existing {H(F['existing_program_name'])} into a micro-credential.</p>"
            f"<h3>Audience</h3><p>{H(F['target_learners'])}</p>"
            f"<h3>Need</h3><p>{H(F['rationale'])}</p>"
            f"<h3>Skills</h3>{ul(F['competencies'])}"
            f"<h3>Outcomes</h3><p>Learners will be able to:</p><ol>" + "".join(f"<li>{H(o)}</li>" for o in F["learning_outcomes"]) + "</ol>"
            f"<h3>Standards</h3><p>{H(F['competency_framework'])}</p>"
            f"<h3>Partner</h3><p>{H(F['partner_name'])} (my employer) – {H(F['partner_contact'])} signed a letter of support; attached to this ticket.</p>"
            f"<h3>Education Plan</h3><p>{H(F['education_plan_alignment'])}</p>"
            f"<h3>Logistics</h3><p>Fully online, about {F['estimated_hours']} hours, target {H(F['proposed_start'])}, roughly {F['expected_enrolment']} learners a year.</p>"
            f"<h3>Resources</h3><p>{H(F['resources_required'])}</p>"
            f"<p>{H(F['proposer_name'])}<br/>{H(F['proposer_title'])}, {H(F['proposer_department'])}<br/>{H(F['proposer_email'])} · {H(F['proposer_phone'])}</p>")
    src = f"""<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><head><style>
body {{ font-family: sans-serif; font-size: 10pt; margin: 0; }}
.key {{ color: #0052cc; font-size: 9pt; }} h1 {{ font-size: 15pt; margin: 2px 0 10px 0; }}
table.det {{ border-collapse: collapse; width: 100%; margin-bottom: 10px; }}
table.det td {{ padding: 2px 6px; font-size: 9pt; vertical-align: top; }} td.k {{ color: #5e6c84; width: 18%; }}
h2 {{ font-size: 11pt; border-bottom: 1px solid #dfe1e6; margin-top: 12px; }} h3 {{ font-size: 10pt; margin: 8px 0 2px 0; }}
.c {{ border-left: 3px solid #dfe1e6; padding-left: 8px; margin: 8px 0; }} .meta {{ color: #5e6c84; font-size: 8.5pt; }}
</style></head><body>
<div class="key">Service Desk / CEREQ-482</div>
<h1>New micro-credential request – autoverification rules</h1>
<table class="det">
<tr><td class="k">Type:</td><td>Service request – Curriculum intake</td><td class="k">Status:</td><td>WAITING FOR CE</td></tr>
<tr><td class="k">Priority:</td><td>Medium</td><td class="k">Resolution:</td><td>Unresolved</td></tr>
<tr><td class="k">Reporter:</td><td>{H(F['proposer_name'])}</td><td class="k">Assignee:</td><td>{H(x['assignee'])}</td></tr>
<tr><td class="k">Created:</td><td>{x['created']}</td><td class="k">Updated:</td><td>25/Nov/26 3:10 PM</td></tr>
<tr><td class="k">Labels:</td><td>micro-credential, LIS</td><td class="k">Watchers:</td><td>Cormac Ibekwe-Larsen, Sunniva Torres-Mbeki</td></tr>
<tr><td class="k">Attachments:</td><td>LOS_MSLS_signed.pdf</td><td class="k"></td><td></td></tr>
</table>
<h2>Description</h2>
{desc}
<h2>Activity – Comments</h2>
<div class="c"><div class="meta">{H(x['assignee'])} ({x['assignee_email']}) added a comment – 24/Nov/26 11:05 AM</div>
<p>Thanks Zainab. The concept form also asks how learners will be assessed at the end (summative assessment) – can you add that here?</p></div>
<div class="c"><div class="meta">{H(F['proposer_name'])} added a comment – 25/Nov/26 3:10 PM</div>
<p>Sorry, missed that one. Summative assessment: {H(F['summative_assessment'])}</p></div>
<p class="meta">Generated at Tue Dec 01 08:12:44 EST 2026 by Beatrix Halloran-Osei using the service desk print view.</p>
</body></html>"""
    dd = tmpdir()
    open(dd + "/t.xhtml", "w").write(src)
    subprocess.run(["mutool", "convert", "-o", out_path(d, HALF), "-O", "compress", dd + "/t.xhtml"], check=True, capture_output=True)


# ---------------------------------------------------------------- T15 handwritten form, scanned
def handwrite(img, lay, F, x, dpi=150, seed=3, font_path="/usr/share/fonts/opentype/comic-neue/ComicNeue-Italic.otf"):
    from PIL import ImageDraw, ImageFont
    rnd = random.Random(seed)
    s = dpi / 72.0
    pages = img
    for k in ORDER:
        L = lay.get(k)
        if not L:
            continue
        im = pages[L["page"]]
        dr = ImageDraw.Draw(im)
        Hpx = im.size[1]
        if k in OPTIONS:
            v = F.get(k)
            if v:
                pg, bx, by, sz = L["opts"][v]
                dr2 = ImageDraw.Draw(pages[pg])
                X0, Y0 = bx * s, Hpx - (by + sz) * s
                w = 2
                dr2.line([(X0 - 2, Y0 - 2), (X0 + sz * s + 3, Y0 + sz * s + 2)], fill=(30, 40, 120), width=w)
                dr2.line([(X0 + sz * s + 2, Y0 - 3), (X0 - 1, Y0 + sz * s + 3)], fill=(30, 40, 120), width=w)
            continue
        val = value_text(F, k, x, list_marker="", sep="\n")
        if not val:
            continue
        x0, y0, x1, y1 = L["rect"]
        fsize = int(9.2 * s)
        font = ImageFont.truetype(font_path, fsize)
        maxw = (x1 - x0 - 6) * s
        lines = []
        for para in val.split("\n"):
            cur = ""
            for wd in para.split(" "):
                t = (cur + " " + wd).strip()
                if dr.textlength(t, font=font) <= maxw:
                    cur = t
                else:
                    lines.append(cur); cur = wd
            lines.append(cur)
        yy = Hpx - y1 * s + 2
        for ln in lines:
            dr.text((x0 * s + 3 + rnd.uniform(-1.5, 1.5), yy + rnd.uniform(-1, 1)), ln, font=font, fill=(25, 35, 110))
            yy += fsize * 1.05
    return pages


def typed_overlay(blank, lay, F, x, out, font="Helvetica-Oblique", size=8.5):
    """The record of what a person reads on a hand-filled page: the blank form with the answers typed in the same boxes."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import A4
    r = PdfReader(blank)
    n = len(r.pages)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for pg in range(n):
        for k in ORDER:
            L = lay.get(k)
            if not L:
                continue
            if k in OPTIONS:
                v = F.get(k)
                if v and L["opts"][v][0] == pg:
                    _, bx, by, sz = L["opts"][v]
                    c.setFont("Helvetica-Bold", 9); c.drawString(bx + 1, by + 1, "X")
                continue
            if L["page"] != pg:
                continue
            val = value_text(F, k, x, list_marker="", sep="\n")
            if not val:
                continue
            x0, y0, x1, y1 = L["rect"]
            c.setFont(font, size)
            yy = y1 - size - 1
            for para in val.split("\n"):
                for ln in wrap(para, font, size, x1 - x0 - 6):
                    c.drawString(x0 + 3, yy, ln); yy -= size + 1.5
        c.showPage()
    c.save()
    ov = PdfReader(io.BytesIO(buf.getvalue()))
    w = PdfWriter(clone_from=blank)
    for i, p in enumerate(w.pages):
        p.merge_page(ov.pages[i])
    w.write(out)


@builder("t15")
def b_t15(d):
    F, x = d["F"], d["x"]
    tall = dict(TALL); tall.update({"rationale": 40, "competencies": 34, "learning_outcomes": 52, "summative_assessment": 30,
                                    "education_plan_alignment": 30, "resources_required": 26, "target_learners": 26})
    dd = tmpdir()
    lay = draw_blank_form(dd + "/blank.pdf", LABELS, OPTIONS, "Micro-Course / Credential Concept Form",
                          "Continuing Education – The Michener Institute · please print clearly", tall=tall)
    pages = [im.convert("RGB") for im in rasterize(dd + "/blank.pdf", 150)]
    pages = handwrite(pages, lay, F, x)
    src = os.path.join(lib.HERE, "src_" + d["file"])
    typed_overlay(dd + "/blank.pdf", lay, F, x, src)
    scans = [scan_look(im, angle=a, noise=9, seed=i + 7) for i, (im, a) in enumerate(zip(pages, [-0.8, 0.5]))]
    images_to_pdf(scans, out_path(d, HALF), dpi=150, quality=55)


# ---------------------------------------------------------------- T16 reviewer rubric (not a form)
@builder("t16")
def b_t16(d):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"; doc.styles["Normal"].font.size = Pt(10.5)
    doc.sections[0].header.paragraphs[0].text = "Michener Continuing Education – Concept Review"
    doc.add_heading("Micro-credential Concept – Reviewer Scoring Rubric", level=1)
    kv_table(doc, [("Concept reference", "MC-2026-041"),
                   ("Proposal title", "Bedside Swallow Screening for Stroke Unit Health Care Aides"),
                   ("Proposer", "Faustina Ellingsen-Obi (f.ellingsen-obi@example.org)"),
                   ("Reviewer", "Reviewer 2 – Dr. Casimir Nwosu-Hartley, Academic Chair (c.nwosu-hartley@michener.example)"),
                   ("Date of review", "2 December 2026")])
    doc.add_paragraph()
    doc.add_paragraph("Score each institutional requirement from 1 (not met) to 4 (fully met). Comment on what the proposer must change.")
    t = doc.add_table(rows=1, cols=3); t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Requirement", "Score (1–4)", "Reviewer comments"]):
        c.paragraphs[0].add_run(h).bold = True; set_cell_shade(c, "D9D9D9")
    for req, sc, com in [
        ("R1 – Competency / skills-based", "4", "Competencies and four measurable outcomes are clear and observable."),
        ("R2 – Summative assessment", "2", "Only a quiz is described; add an observed screening with a checklist so that the skill itself is assessed."),
        ("R3 – Endorsed by an industry / employment partner", "3", "Partner named (Mapleton Stroke Network); letter of support not yet received."),
        ("R4 – Aligns with Michener's Education Plan", "4", "Good link to interprofessional stroke care and to short credentials for unregulated staff."),
    ]:
        r = t.add_row().cells
        r[0].text = req; r[1].text = sc; r[2].text = com
    doc.add_paragraph()
    doc.add_paragraph().add_run("Overall comments").bold = True
    doc.add_paragraph("A well-argued concept with a real gap in the stroke units. Target learners and hours (8) are realistic; the expected "
                      "enrolment of 60 per year seems high for a first year. Delivery in person is appropriate.")
    doc.add_paragraph().add_run("Recommendation").bold = True
    doc.add_paragraph("☐ Support     ☒ Support with revisions     ☐ Do not support")
    doc.add_paragraph("Signature: C. Nwosu-Hartley")
    doc.save(out_path(d, HALF))


# ---------------------------------------------------------------- T17 digital badge description (LaTeX)
@builder("t17")
def b_t17(d):
    src = r"""\documentclass[10pt]{article}
\usepackage[utf8]{inputenc}
\usepackage[margin=2cm,letterpaper]{geometry}
\setlength{\parindent}{0pt}\setlength{\parskip}{5pt}
\begin{document}
{\LARGE\bfseries Point-of-Care INR Testing in Community Pharmacies}\\[3pt]
{\large Digital badge --- micro-credential (Level 1)}\\[6pt]
\textbf{Issuer:} The Michener Institute of Education, Continuing Education\\
\textbf{Badge ID:} MCE-B-0217 \quad \textbf{Version:} 3 (updated 15 October 2026)\\
\textbf{Earned by:} 214 learners since 2024

\section*{Description}
Earners of this badge have shown that they can perform capillary INR testing with a point-of-care meter in a community pharmacy, apply quality control, and refer patients according to the pharmacy's anticoagulation protocol. The badge is earned by completing the 10-hour micro-credential and passing its summative assessment.

\section*{Criteria}
\begin{description}
\item[Learning:] complete four online modules (6 hours) and one practical session (4 hours).
\item[Assessment:] an observed capillary INR test on a standardised patient, scored with a checklist, and an online case quiz (pass mark 80\,\%).
\item[Evidence:] the signed checklist and the quiz result are attached to the badge.
\end{description}

\section*{Skills (aligned to ESCO)}
\begin{tabular}{ll}
perform point-of-care testing & ESCO S3.2.1 \\
apply quality control procedures & ESCO S1.8.3 \\
communicate test results to patients & ESCO S1.0.1 \\
\end{tabular}

\section*{Alignment}
Endorsed by the Ontario Community Pharmacy Alliance (2024). Stackable toward the CE Certificate in Community Pharmacy Practice.

\section*{Issuer contact}
Micro-credentials team, Continuing Education --- ce@michener.example --- 416-555-0100

\vfill
{\small This page describes an existing badge as published on the badge platform. Badge metadata conforms to Open Badges 2.0.}
\end{document}
"""
    run_pdflatex(src, out_path(d, HALF), runs=1)


# ---------------------------------------------------------------- T18 French committee decision memo (not a form)
@builder("t18")
def b_t18(d):
    doc = Document()
    doc.styles["Normal"].font.name = "Cambria"; doc.styles["Normal"].font.size = Pt(11)
    hp = doc.sections[0].header.paragraphs[0]
    hp.text = "Institut Michener – Comité des programmes de formation continue"
    p = doc.add_paragraph(); r = p.add_run("AVIS DU COMITÉ"); r.bold = True; r.font.size = Pt(15)
    for a, b in [("Destinataire :", "Mme Clémence Ouedraogo-Lindahl, technologue en échographie (c.ouedraogo-lindahl@example.org)"),
                 ("Date :", "Le 1er décembre 2026"),
                 ("Objet :", "Décision sur le concept « Échographie de la thyroïde pour technologues » (dossier MC-2026-038)")]:
        p = doc.add_paragraph(); p.add_run(a + " ").bold = True; p.add_run(b)
    doc.add_paragraph("Madame,")
    doc.add_paragraph("Le Comité des programmes de formation continue a étudié, lors de sa réunion du 26 novembre 2026, le formulaire de concept "
                      "que vous avez soumis. Nous vous remercions de votre proposition.")
    t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
    for a, b in [("Titre du microcertificat", "Échographie de la thyroïde pour technologues"),
                 ("Proposante", "Clémence Ouedraogo-Lindahl"),
                 ("Partenaire", "Clinique d'imagerie Bellerive"),
                 ("Heures prévues", "16 heures, formule hybride"),
                 ("Décision", "Approuvé sous conditions")]:
        r = t.add_row().cells; r[0].paragraphs[0].add_run(a).bold = True; r[1].text = b
    doc.add_paragraph()
    doc.add_paragraph("Conditions à remplir avant l'élaboration :")
    for c in ["préciser l'évaluation sommative (R2) : le comité demande une évaluation pratique observée, et non seulement un examen écrit;",
              "faire parvenir la lettre d'appui signée de la Clinique d'imagerie Bellerive (R3);",
              "réduire le nombre de résultats d'apprentissage de huit à cinq au maximum."]:
        doc.add_paragraph(c, style="List Bullet")
    doc.add_paragraph("Veuillez transmettre les documents révisés à ce@michener.example d'ici le 15 janvier 2027. La coordonnatrice de la formation "
                      "continue communiquera avec vous pour la suite.")
    doc.add_paragraph("Veuillez agréer, Madame, l'expression de nos sentiments distingués.")
    doc.add_paragraph("Gwendolyn Achebe-Rousseau\nPrésidente, Comité des programmes de formation continue\n416-555-0104")
    doc.save(out_path(d, HALF))


def main(ids):
    for d in tuning_data.DOCS:
        if ids and d["id"] not in ids:
            continue
        if d["id"] in BUILD:
            BUILD[d["id"]](d)
            lib.write_expected(d, HALF)
            print("built", d["file"])
        else:
            print("NO BUILDER", d["id"])


if __name__ == "__main__":
    main(sys.argv[1:])
