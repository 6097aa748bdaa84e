"""Shape 1 table forms (python-docx, some re-saved by LibreOffice) and the two
table forms that are 'printed' to PDF by LibreOffice (shape 4)."""
import os
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor, Inches, Mm

from common import FORMS, OPT_FR, boxes, lo_docx_to_pdf, lo_resave_docx, out_path, val, write_expected


def set_font(doc, name, size):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = parse_xml(f'<w:rFonts {nsdecls("w")}/>')
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), name)


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def add_field(par, instr):
    par._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="{instr}"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


def header_footer(doc, head, foot, page=True, of_pages=False):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = head
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    r = fp.add_run(foot)
    r.font.size = Pt(8)
    if page:
        fp.add_run("    Page ").font.size = Pt(8)
        add_field(fp, "PAGE")
        if of_pages:
            fp.add_run(" of ").font.size = Pt(8)
            add_field(fp, "NUMPAGES")


def repeat_header_row(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))


def fill_answer(cell, doc_id, key, style, doc, page_break_in=False):
    """Write the answer for key into cell according to style."""
    cell.paragraphs[0].text = ""
    v = val(doc_id, key)
    if key == "learning_outcomes":
        first = True
        for i, item in enumerate(v, 1):
            if style.get("lo") == "listnumber":
                p = cell.paragraphs[0] if first else cell.add_paragraph()
                p.style = doc.styles["List Number"]
                p.add_run(item)
            elif style.get("lo") == "listbullet":
                p = cell.paragraphs[0] if first else cell.add_paragraph()
                p.style = doc.styles["List Bullet"]
                p.add_run(item)
            else:
                prefix = style["lo"].format(i=i, a="abcdefgh"[i - 1])
                p = cell.paragraphs[0] if first else cell.add_paragraph()
                p.add_run(prefix + item)
            first = False
        return
    if key in ("request_type", "endorsement_status", "delivery_format"):
        fn = style.get("boxes")
        cell.paragraphs[0].add_run(fn(doc_id, key))
        return
    if not v:
        return
    parts = v.split("\n\n")
    cell.paragraphs[0].add_run(parts[0])
    for ptxt in parts[1:]:
        p = cell.add_paragraph()
        if page_break_in:
            p.add_run().add_break(WD_BREAK.PAGE)
        p.add_run(ptxt)


def table_form(doc, doc_id, rows, style, widths=(Cm(6), Cm(11)), label_fill=None, bold_labels=True,
               page_break_key=None, header_repeat=False):
    t = doc.add_table(rows=0, cols=2)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for row in rows:
        if row[0] == "section":
            r = t.add_row()
            c = r.cells[0].merge(r.cells[1])
            c.paragraphs[0].add_run(row[1]).bold = True
            shade(c, style.get("section_fill", "D9E2F3"))
            if header_repeat and row is rows[0]:
                repeat_header_row(r)
            continue
        key, label = row[0], row[1]
        r = t.add_row()
        r.cells[0].width, r.cells[1].width = widths
        lp = r.cells[0].paragraphs[0]
        run = lp.add_run(label)
        run.bold = bold_labels
        if len(row) > 2 and row[2]:
            h = lp.add_run("\n" + row[2])
            h.font.size = Pt(8)
            h.italic = True
            h.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        if label_fill:
            shade(r.cells[0], label_fill)
        if key == "contact_cell":
            r.cells[1].paragraphs[0].add_run(FORMS[doc_id]["contact_cell"])
        else:
            fill_answer(r.cells[1], doc_id, key, style, doc, page_break_in=(key == page_break_key))
    return t


# ----------------------------------------------------------------------------
def t01():
    d = "t01"
    doc = Document()
    set_font(doc, "Calibri", 10.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.left_margin = sec.right_margin = Inches(0.9)
    header_footer(doc, "The Michener Institute of Education at UHN – Continuing Education",
                  "CE Micro-Course / Credential Concept Form – v2.1 (2025)")
    h = doc.add_paragraph()
    r = h.add_run("Micro-Course / Credential Concept Form")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Complete every section and email the form to the Continuing Education office. "
                      "Required items are marked *.").runs[0].italic = True
    bx = lambda i, k: boxes(i, k, sep="\n")
    rows = [
        ("section", "Section A – Proposer"),
        ("proposer_name", "Name of Proposer *"), ("proposer_title", "Position / Title"),
        ("proposer_department", "Department / Program"), ("proposer_email", "Email *"),
        ("proposer_phone", "Phone / Extension"),
        ("section", "Section B – The proposal"),
        ("proposal_title", "Proposed Title of Micro-Course / Credential *"),
        ("request_type", "Type of Request *", "Tick one"),
        ("existing_program_name", "Existing Program Name", "Only if converting an existing program"),
        ("target_learners", "Target Learners *"), ("rationale", "Rationale / Need *"),
        ("competencies", "Competencies / Skills Targeted *", "[R1] competency / skills-based"),
        ("learning_outcomes", "Learning Outcomes *"),
        ("competency_framework", "Competency Framework Alignment", "e.g. ESCO, professional body"),
        ("summative_assessment", "Summative Assessment *", "[R2] evidence of achievement of outcomes"),
        ("section", "Section C – Endorsement and alignment"),
        ("partner_name", "Industry / Employment Partner *", "[R3]"),
        ("partner_contact", "Partner Contact"),
        ("endorsement_status", "Endorsement Status *"),
        ("education_plan_alignment", "Alignment with Michener's Education Plan *", "[R4]"),
        ("section", "Section D – Delivery"),
        ("delivery_format", "Delivery Format"), ("estimated_hours", "Estimated Hours"),
        ("proposed_start", "Proposed Start"), ("expected_enrolment", "Expected Enrolment per Year"),
        ("resources_required", "Resources Required"), ("submission_date", "Date Submitted"),
    ]
    table_form(doc, d, rows, {"lo": "listnumber", "boxes": bx}, widths=(Inches(2.3), Inches(4.4)))
    doc.add_paragraph()
    p = doc.add_paragraph("For CE office use only: Received ______  Reviewed by ______  Decision ______")
    p.runs[0].font.size = Pt(8)
    doc.save(out_path(d))
    write_expected(d)


def t02():
    d = "t02"
    doc = Document()
    set_font(doc, "Arial", 10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    header_footer(doc, "Formation continue – Institut Michener", "Formulaire de concept – microcours / microcrédit",
                  page=False)
    p = doc.add_paragraph()
    r = p.add_run("FORMULAIRE DE CONCEPT – MICROCOURS / MICROCRÉDIT")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph("Veuillez remplir toutes les sections obligatoires (*) et retourner le formulaire par courriel "
                      "au bureau de la formation continue.")
    bx = lambda i, k: boxes(i, k, opts=OPT_FR, sep="    ")
    rows = [
        ("proposal_title", "Titre proposé *"),
        ("proposer_name", "Nom du proposant / de la proposante *"), ("proposer_title", "Poste / titre"),
        ("proposer_department", "Service / programme"), ("proposer_email", "Courriel *"),
        ("proposer_phone", "Téléphone"),
        ("request_type", "Type de demande *"),
        ("target_learners", "Public cible *"), ("rationale", "Justification / besoin *"),
        ("competencies", "Compétences visées *"), ("learning_outcomes", "Résultats d'apprentissage *"),
        ("competency_framework", "Référentiel de compétences"),
        ("summative_assessment", "Évaluation sommative *"),
        ("partner_name", "Partenaire du milieu / organisme externe *"),
        ("partner_contact", "Personne-ressource chez le partenaire"),
        ("endorsement_status", "État de l'appui *"),
        ("education_plan_alignment", "Lien avec le Plan d'éducation de Michener *"),
        ("delivery_format", "Mode de prestation"), ("estimated_hours", "Durée estimée (heures)"),
        ("proposed_start", "Date de début prévue"), ("expected_enrolment", "Nombre prévu d'inscriptions par année"),
        ("resources_required", "Ressources nécessaires"), ("submission_date", "Date"),
    ]
    table_form(doc, d, rows, {"lo": "{i}. ", "boxes": bx}, widths=(Cm(5.5), Cm(11.5)), label_fill="F2F2F2")
    path = out_path(d)
    doc.save(path)
    lo_resave_docx(path)
    write_expected(d)


def t03():
    d = "t03"
    doc = Document()
    set_font(doc, "Calibri", 11)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    doc.add_heading("Micro-credential Concept Form", level=1)
    doc.add_paragraph("DRAFT – please return by email. Fields marked (R) are required.")
    bx = lambda i, k: boxes(i, k, on="■", off="□", sep="  ")
    rows = [
        ("section", "1. About you"),
        ("contact_cell", "Proposer (name, role, email, phone) (R)"),
        ("section", "2. Your micro-credential"),
        ("proposal_title", "Working Title (R)"),
        ("request_type", "This proposal is for (R)"),
        ("target_learners", "Who is this for? (R)"),
        ("rationale", "Identified skills gap (R)"),
        ("competencies", "Skills and Competencies (R)"),
        ("learning_outcomes", "By the end learners will be able to (R)"),
        ("summative_assessment", "How will achievement be evidenced? (R)"),
        ("section", "3. Partner and fit"),
        ("partner_name", "Endorsing Partner / External Body (R)"),
        ("partner_contact", "Partner Contact Name"),
        ("endorsement_status", "Endorsement Status (R)"),
        ("education_plan_alignment", "Strategic Alignment (Michener Education Plan) (R)"),
        ("section", "4. Logistics"),
        ("delivery_format", "Delivery Mode"), ("estimated_hours", "Total Learning Hours"),
        ("proposed_start", "Target Launch"), ("expected_enrolment", "Estimated Learners / Year"),
        ("resources_required", "Budget / Resources"), ("submission_date", "Date"),
    ]
    table_form(doc, d, rows, {"lo": "- ", "boxes": bx, "section_fill": "E2EFD9"}, widths=(Cm(6.5), Cm(10)))
    path = out_path(d)
    doc.save(path)
    lo_resave_docx(path)
    write_expected(d)


def t04():
    d = "t04"
    doc = Document()
    set_font(doc, "Segoe UI", 10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin = sec.bottom_margin = Cm(2)
    header_footer(doc, "Continuing Education | Micro-Course / Credential Concept Form", "Form CE-MC-01", page=True,
                  of_pages=True)
    p = doc.add_paragraph()
    p.add_run("Micro-Course / Credential Concept Form").bold = True
    bx = lambda i, k: boxes(i, k, on="☑", off="☐", sep="\n")
    rows = [
        ("proposal_title", "Course Title"),
        ("proposer_name", "Lead Proposer"), ("proposer_title", "Job Title"),
        ("proposer_department", "School / Department"), ("proposer_email", "E-mail Address"),
        ("proposer_phone", "Telephone"),
        ("request_type", "Request Type"),
        ("existing_program_name", "Program to be Converted"),
        ("target_learners", "Intended Learners"), ("rationale", "Labour Market Need"),
        ("competencies", "Competencies Addressed"), ("learning_outcomes", "Intended Learning Outcomes"),
        ("competency_framework", "Framework (e.g. ESCO, professional body)"),
        ("summative_assessment", "Assessment of Outcomes"),
        ("partner_name", "Partner Organization"), ("partner_contact", "Partner Contact Name and Email"),
        ("endorsement_status", "Endorsement"),
        ("education_plan_alignment", "Education Plan Alignment"),
        ("delivery_format", "Format"), ("estimated_hours", "Duration (hours)"),
        ("proposed_start", "Anticipated Start Date"), ("expected_enrolment", "Expected Enrolment per Year"),
        ("resources_required", "Resources You Can Provide"), ("submission_date", "Submission Date"),
    ]
    table_form(doc, d, rows, {"lo": "• ", "boxes": bx}, widths=(Cm(5), Cm(12)), page_break_key="rationale")
    doc.save(out_path(d))
    write_expected(d)


def h01():
    d = "h01"
    doc = Document()
    set_font(doc, "Cambria", 10.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    header_footer(doc, "MICHENER CONTINUING EDUCATION", "Concept form – confidential until reviewed", page=True)
    doc.add_paragraph().add_run("MICRO-COURSE / CREDENTIAL CONCEPT FORM").bold = True
    bx = lambda i, k: boxes(i, k, on="[X]", off="[ ]", sep="   ")
    rows = [
        ("proposal_title", "Proposed Micro-credential Title"),
        ("proposer_name", "Submitted by"), ("proposer_title", "Role"),
        ("proposer_department", "Organization"), ("proposer_email", "Contact Email"),
        ("proposer_phone", "Phone"),
        ("request_type", "Type of Request"),
        ("target_learners", "Target Audience"), ("rationale", "Why is this needed?"),
        ("competencies", "Competencies / Skills Targeted"), ("learning_outcomes", "Learning Outcomes"),
        ("competency_framework", "Competency Framework Alignment"),
        ("summative_assessment", "Summative Assessment"),
        ("partner_name", "Industry / Employment Partner"), ("partner_contact", "Partner Contact"),
        ("endorsement_status", "Endorsement Status"),
        ("education_plan_alignment", "Alignment with Michener's Education Plan"),
        ("delivery_format", "Delivery Format"), ("estimated_hours", "Estimated Hours"),
        ("proposed_start", "Proposed Start"), ("expected_enrolment", "Expected Enrolment per Year"),
        ("resources_required", "Resources Required"), ("submission_date", "Date"),
    ]
    table_form(doc, d, rows, {"lo": "{i}. ", "boxes": bx}, widths=(Inches(2.0), Inches(4.5)), label_fill="EDEDED")
    doc.save(out_path(d))
    write_expected(d)


def h02():
    d = "h02"
    doc = Document()
    set_font(doc, "Liberation Sans", 10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    doc.add_paragraph().add_run("Concept Form: Micro-Course or Micro-Credential").bold = True

    def bx(i, k):
        cur = FORMS[i]["fields"].get(k)
        from common import OPT
        return "    ".join(("✔ " if c == cur else "    ") + lab for c, lab in OPT[k])
    rows = [
        ("section", "PROPOSER"),
        ("contact_cell", "Contact (name / title / program / email / phone)"),
        ("section", "PROPOSAL"),
        ("proposal_title", "Title"),
        ("request_type", "Type"),
        ("target_learners", "Target Learners"), ("rationale", "Need"),
        ("competencies", "Competencies"), ("learning_outcomes", "Learning Outcomes"),
        ("summative_assessment", "Summative Assessment"),
        ("section", "PARTNER & ALIGNMENT"),
        ("partner_name", "Partner"), ("endorsement_status", "Endorsement"),
        ("education_plan_alignment", "Education Plan"),
        ("section", "DELIVERY"),
        ("delivery_format", "Format"), ("estimated_hours", "Hours"),
        ("proposed_start", "Start"), ("expected_enrolment", "Learners per year"),
        ("submission_date", "Date"),
    ]
    table_form(doc, d, rows, {"lo": "{a}) ", "boxes": bx, "section_fill": "FCE4D6"}, widths=(Cm(5), Cm(12)))
    path = out_path(d)
    doc.save(path)
    lo_resave_docx(path)
    write_expected(d)


def h03():
    d = "h03"
    doc = Document()
    set_font(doc, "Calibri", 11)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    header_footer(doc, "[MICHENER LOGO]   Continuing Education – Concept Form", "CE concept form rev. 2025-09",
                  page=True, of_pages=True)
    doc.add_heading("Micro-Course / Credential Concept Form", level=1)
    bx = lambda i, k: boxes(i, k, sep="\n")
    labels = [
        ("proposal_title", "Proposed Title"), ("proposer_name", "Name of Proposer"),
        ("proposer_title", "Position / Title"), ("proposer_department", "Department / Program"),
        ("proposer_email", "Email"), ("proposer_phone", "Phone / Extension"),
        ("request_type", "Type of Request"), ("existing_program_name", "Existing Program Name"),
        ("target_learners", "Target Learners"), ("rationale", "Rationale / Need"),
        ("competencies", "Competencies / Skills Targeted"), ("learning_outcomes", "Learning Outcomes"),
        ("competency_framework", "Competency Framework Alignment"),
        ("summative_assessment", "Summative Assessment"), ("partner_name", "Industry / Employment Partner"),
        ("partner_contact", "Partner Contact"), ("endorsement_status", "Endorsement Status"),
        ("education_plan_alignment", "Alignment with Michener's Education Plan"),
        ("delivery_format", "Delivery Format"), ("estimated_hours", "Estimated Hours"),
        ("proposed_start", "Proposed Start"), ("expected_enrolment", "Expected Enrolment per Year"),
        ("resources_required", "Resources Required"), ("submission_date", "Date Submitted"),
    ]
    rows = [("section", "Item / Response")] + [(k, f"{n}. {lab}") for n, (k, lab) in enumerate(labels, 1)]
    table_form(doc, d, rows, {"lo": "listbullet", "boxes": bx}, widths=(Inches(2.2), Inches(4.3)),
               header_repeat=True)
    doc.save(out_path(d))
    write_expected(d)


def h04():
    d = "h04"
    doc = Document()
    set_font(doc, "Verdana", 9)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    doc.add_paragraph().add_run("CONCEPT FORM – MICRO-COURSE / CREDENTIAL").bold = True
    bx = lambda i, k: boxes(i, k, sep="   ")

    def yesno(i, k):
        return "☐ Yes    ☐ No"
    rows = [
        ("proposal_title", "Proposed Title"), ("proposer_name", "Proponent"),
        ("proposer_title", "Position / Title"), ("proposer_department", "Program Area"),
        ("proposer_email", "Email"), ("proposer_phone", "Phone / Extension"),
        ("request_type", "Type of Request"),
        ("target_learners", "Target Learners"), ("rationale", "Rationale / Need"),
        ("competencies", "Competencies / Skills Targeted"), ("learning_outcomes", "Learning Outcomes"),
        ("summative_assessment", "Summative Assessment"),
        ("partner_name", "Industry / Employment Partner"),
        ("letter", "Letter of Support Attached?"),
        ("endorsement_status", "Endorsement Status"),
        ("education_plan_alignment", "Alignment with Michener's Education Plan"),
        ("delivery_format", "Delivery Format"), ("estimated_hours", "Estimated Hours"),
        ("proposed_start", "Proposed Start"), ("expected_enrolment", "Expected Enrolment per Year"),
        ("submission_date", "Date"),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = doc.styles["Table Grid"]
    for key, label in rows:
        r = t.add_row()
        r.cells[0].width, r.cells[1].width = Cm(5.5), Cm(11)
        r.cells[0].paragraphs[0].add_run(label).bold = True
        shade(r.cells[0], "D9D9D9")
        if key == "letter":
            r.cells[1].paragraphs[0].add_run(yesno(d, key))
        elif key == "endorsement_status":
            r.cells[1].paragraphs[0].add_run("☐ Confirmed   ☐ In discussion   ☐ None yet")
        elif key == "expected_enrolment":
            r.cells[1].paragraphs[0].add_run("TBD")
        else:
            fill_answer(r.cells[1], d, key, {"lo": "listbullet", "boxes": bx}, doc)
    doc.save(out_path(d))
    write_expected(d)


def t11():
    d = "t11"
    doc = Document()
    set_font(doc, "Liberation Serif", 11)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    header_footer(doc, "Continuing Education – Micro-Course / Credential Concept Form", "Printed from CE form v2",
                  page=True)
    doc.add_paragraph().add_run("Micro-Course / Credential Concept Form").bold = True
    bx = lambda i, k: boxes(i, k, sep="  ")
    rows = [
        ("proposal_title", "Title of Micro-Course / Credential"),
        ("proposer_name", "Name of Proposer"), ("proposer_title", "Position / Title"),
        ("proposer_department", "Department / Program"), ("proposer_email", "Email"),
        ("proposer_phone", "Phone"),
        ("request_type", "Type of Request"),
        ("target_learners", "Target Learners (who will take this course?)"),
        ("rationale", "Rationale / Need (what gap does this fill?)"),
        ("competencies", "Competencies / Skills Targeted"), ("learning_outcomes", "Learning Outcomes"),
        ("summative_assessment", "Summative Assessment (how will achievement be evidenced?)"),
        ("partner_name", "Industry / Employment Partner"), ("partner_contact", "Partner Contact"),
        ("endorsement_status", "Endorsement Status"),
        ("education_plan_alignment", "Alignment with Michener's Education Plan"),
        ("delivery_format", "Delivery Format"), ("estimated_hours", "Estimated Hours"),
        ("proposed_start", "Proposed Start"), ("expected_enrolment", "Expected Enrolment per Year"),
        ("resources_required", "Resources Required"), ("submission_date", "Date Submitted"),
    ]
    table_form(doc, d, rows, {"lo": "{i}) ", "boxes": bx}, widths=(Cm(4.2), Cm(12.5)))
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, "form.docx")
    doc.save(src)
    lo_docx_to_pdf(src, out_path(d))
    write_expected(d)


def h11():
    d = "h11"
    doc = Document()
    set_font(doc, "DejaVu Sans", 9.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    header_footer(doc, "Institut Michener – Formation continue", "Formulaire de concept (version imprimée)", page=True)
    doc.add_paragraph().add_run("Formulaire de concept – Microcours / Microcrédit").bold = True
    bx = lambda i, k: boxes(i, k, opts=OPT_FR, sep="   ")
    rows = [
        ("section", "A. Proposant(e)"),
        ("proposer_name", "Nom"), ("proposer_title", "Fonction"),
        ("proposer_department", "Organisme / service"), ("proposer_email", "Adresse courriel"),
        ("proposer_phone", "Téléphone"),
        ("section", "B. Projet"),
        ("proposal_title", "Titre du microcours / microcrédit"),
        ("request_type", "Nature de la demande"),
        ("target_learners", "Apprenants visés"), ("rationale", "Besoin du marché du travail"),
        ("competencies", "Compétences ciblées"), ("learning_outcomes", "Résultats d'apprentissage visés"),
        ("summative_assessment", "Évaluation des acquis"),
        ("section", "C. Partenaire et alignement"),
        ("partner_name", "Organisme partenaire"), ("partner_contact", "Personne-ressource"),
        ("endorsement_status", "Appui"),
        ("education_plan_alignment", "Alignement stratégique (Plan d'éducation)"),
        ("section", "D. Modalités"),
        ("delivery_format", "Formule"), ("estimated_hours", "Nombre d'heures"),
        ("proposed_start", "Lancement visé"), ("expected_enrolment", "Apprenants par année (estimation)"),
        ("submission_date", "Date de soumission"),
    ]
    table_form(doc, d, rows, {"lo": "– ", "boxes": bx}, widths=(Cm(5), Cm(12)))
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, "formulaire.docx")
    doc.save(src)
    lo_docx_to_pdf(src, out_path(d))
    write_expected(d)


ALL = [t01, t02, t03, t04, h01, h02, h03, h04, t11, h11]

if __name__ == "__main__":
    import sys
    names = sys.argv[1:]
    for fn in ALL:
        if not names or fn.__name__ in names:
            fn()
            print("made", fn.__name__)
