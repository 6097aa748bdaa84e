"""Shape 2: DOCX forms with Word content controls (w:sdt) tagged with the keys.
python-docx for the document, raw WordprocessingML for the controls."""
from xml.sax.saxutils import escape

from docx import Document
from docx.oxml import parse_xml
from docx.shared import Cm, Pt, Inches, Mm

from common import FORMS, out_path, val, write_expected
from make_tables import set_font, shade, header_footer

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
PLACEHOLDER = "Click or tap here to enter text."
_id = [1000]


def nid():
    _id[0] += 1
    return _id[0]


def run(text, grey=False):
    rpr = '<w:rPr><w:color w:val="808080"/></w:rPr>' if grey else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def pr(tag, alias, extra="", placeholder=False):
    ph = "<w:showingPlcHdr/>" if placeholder else ""
    return (f'<w:sdtPr><w:alias w:val="{escape(alias)}"/><w:tag w:val="{tag}"/><w:id w:val="{nid()}"/>'
            f'{ph}{extra}</w:sdtPr>')


def run_sdt(tag, alias, text, extra="<w:text/>"):
    """Run-level control: goes inside a w:p."""
    if text:
        return f'<w:sdt {W} {W14}>{pr(tag, alias, extra)}<w:sdtContent>{run(text)}</w:sdtContent></w:sdt>'
    return (f'<w:sdt {W} {W14}>{pr(tag, alias, extra, True)}<w:sdtContent>{run(PLACEHOLDER, True)}'
            f'</w:sdtContent></w:sdt>')


def dropdown(items, kind="dropDownList"):
    li = "".join(f'<w:listItem w:displayText="{escape(d)}" w:value="{escape(v)}"/>' for d, v in items)
    return f"<w:{kind}>{li}</w:{kind}>"


def datepr(iso, fmt):
    return (f'<w:date w:fullDate="{iso}T00:00:00Z"><w:dateFormat w:val="{fmt}"/><w:lid w:val="en-CA"/>'
            f'<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')


def checkbox_sdt(tag, checked):
    ch = "1" if checked else "0"
    sym = "\u2612" if checked else "\u2610"
    extra = (f'<w14:checkbox><w14:checked w14:val="{ch}"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
             f'<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>')
    return (f'<w:sdt {W} {W14}>{pr(tag, tag, extra)}<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" '
            f'w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr><w:t>{sym}</w:t></w:r></w:sdtContent></w:sdt>')


def block_sdt(tag, alias, paras, numbered=None):
    """Block-level control (inside body or cell) holding paragraphs."""
    ps = ""
    for i, ptxt in enumerate(paras, 1):
        ppr = ""
        if numbered == "style":
            ppr = '<w:pPr><w:pStyle w:val="ListNumber"/></w:pPr>'
        txt = f"{i}. {ptxt}" if numbered == "typed" else ptxt
        ps += f"<w:p>{ppr}{run(txt)}</w:p>"
    if not paras:
        ps = f"<w:p>{run(PLACEHOLDER, True)}</w:p>"
        return f'<w:sdt {W}>{pr(tag, alias, "", True)}<w:sdtContent>{ps}</w:sdtContent></w:sdt>'
    return f'<w:sdt {W}>{pr(tag, alias)}<w:sdtContent>{ps}</w:sdtContent></w:sdt>'


def put_run_sdt(paragraph, xml):
    paragraph._p.append(parse_xml(xml))


REQ_ITEMS = [("New micro-credential", "new"), ("Convert an existing program", "existing_program"),
             ("Micro-course", "micro_course")]


def disp_of(items, code):
    return next(d for d, v in items if v == code)


# ----------------------------------------------------------------------------
def t05():
    d = "t05"
    f = FORMS[d]["fields"]
    doc = Document()
    set_font(doc, "Calibri", 10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    header_footer(doc, "Continuing Education", "Concept form (fillable Word version)", page=True)
    doc.add_heading("Micro-Course / Credential Concept Form", level=1)
    doc.add_paragraph("Click in each grey box to type. Use the drop-downs where provided.")
    req_items = [(dd, dd) for dd, _ in REQ_ITEMS]
    end_items = [("Yes – letter attached", "Yes – letter attached"), ("Confirmed, letter to follow", "Confirmed, letter to follow"),
                 ("In discussion", "In discussion"), ("No partner yet", "No partner yet")]
    end_disp = {"letter_attached": "Yes – letter attached"}[f["endorsement_status"]]
    rows = [
        ("proposal_title", "Proposed Title"), ("proposer_name", "Name of Proposer"),
        ("proposer_title", "Position / Title"), ("proposer_department", "Department / Program"),
        ("proposer_email", "Email"), ("proposer_phone", "Phone"),
        ("request_type", "Type of Request"), ("existing_program_name", "Existing Program Name"),
        ("target_learners", "Target Learners"), ("rationale", "Rationale / Need"),
        ("competencies", "Competencies / Skills Targeted"), ("learning_outcomes", "Learning Outcomes"),
        ("competency_framework", "Competency Framework Alignment"),
        ("summative_assessment", "Summative Assessment"), ("partner_name", "Industry / Employment Partner"),
        ("partner_contact", "Partner Contact"), ("endorsement_status", "Endorsement Status"),
        ("education_plan_alignment", "Alignment with Michener's Education Plan"),
        ("delivery_format", "Delivery Format"), ("estimated_hours", "Estimated Hours"),
        ("proposed_start", "Proposed Start"), ("expected_enrolment", "Expected Enrolment per Year"),
        ("resources_required", "Resources Required"), ("submission_date", "Date"),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = doc.styles["Table Grid"]
    for key, label in rows:
        r = t.add_row()
        r.cells[0].width, r.cells[1].width = Inches(2.2), Inches(4.5)
        r.cells[0].paragraphs[0].add_run(label).bold = True
        p = r.cells[1].paragraphs[0]
        if key == "request_type":
            put_run_sdt(p, run_sdt(key, label, disp_of(REQ_ITEMS, f[key]), dropdown(req_items)))
        elif key == "endorsement_status":
            put_run_sdt(p, run_sdt(key, label, end_disp, dropdown(end_items)))
        elif key == "delivery_format":
            for code, lab in [("online", "Online"), ("in_person", "In person"), ("hybrid", "Hybrid")]:
                put_run_sdt(p, checkbox_sdt(f"delivery_format_{code}", f[key] == code))
                p.add_run(f" {lab}   ")
        elif key == "submission_date":
            put_run_sdt(p, run_sdt(key, label, val(d, key), datepr(f[key], "yyyy-MM-dd")))
        elif key == "learning_outcomes":
            tc = r.cells[1]._tc
            tc.remove(tc.findall('{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p')[0])
            tc.append(parse_xml(block_sdt(key, label, f[key], numbered="typed")))
        elif key == "existing_program_name":
            put_run_sdt(p, run_sdt(key, label, ""))
        else:
            put_run_sdt(p, run_sdt(key, label, val(d, key)))
    doc.save(out_path(d))
    write_expected(d)


def t06():
    d = "t06"
    f = FORMS[d]["fields"]
    doc = Document()
    set_font(doc, "Arial", 10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    doc.add_paragraph().add_run("MICRO-COURSE / CREDENTIAL CONCEPT FORM (v1 – content controls)").bold = True
    end_items = [("Letter of support attached", "letter_attached"), ("Confirmed", "confirmed"),
                 ("In discussion", "in_discussion"), ("None", "none")]
    fmt_items = [("Online only", "online"), ("In person", "in_person"), ("Hybrid", "hybrid")]
    rows = [
        ("proposal_title", "Title of Micro-Course / Credential"), ("proposer_name", "Name"),
        ("proposer_title", "Job Title"), ("proposer_department", "Department / Program"),
        ("proposer_email", "E-mail Address"), ("proposer_phone", "Telephone"),
        ("request_type", "Request Type"), ("target_learners", "Target Learners"),
        ("rationale", "Rationale"), ("competencies", "Competencies Addressed"),
        ("learning_outcomes", "Learning Outcomes"), ("competency_framework", "Framework"),
        ("summative_assessment", "Summative Assessment"), ("partner_name", "Partner Organization"),
        ("partner_contact", "Partner Contact"), ("endorsement_status", "Endorsement Status"),
        ("education_plan_alignment", "Education Plan Alignment"), ("delivery_format", "Delivery Mode"),
        ("estimated_hours", "Estimated Hours"), ("proposed_start", "Anticipated Start"),
        ("expected_enrolment", "Estimated Learners / Year"), ("resources_required", "Resources Required"),
        ("submission_date", "Submission Date"),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = doc.styles["Table Grid"]
    for key, label in rows:
        r = t.add_row()
        r.cells[0].width, r.cells[1].width = Cm(5), Cm(11.5)
        r.cells[0].paragraphs[0].add_run(label).bold = True
        shade(r.cells[0], "DEEAF6")
        tr = r._tr
        tc = r.cells[1]._tc
        # cell-level control: <w:sdt> wraps the whole <w:tc>
        if key == "learning_outcomes":
            paras = "".join(f"<w:p>{run(x)}</w:p>" for x in f[key])
        else:
            v = val(d, key)
            if key == "request_type":
                v = disp_of(REQ_ITEMS, f[key])
            elif key == "endorsement_status":
                v = disp_of(end_items, f[key])
            elif key == "delivery_format":
                v = disp_of(fmt_items, f[key])
            paras = f"<w:p>{run(v)}</w:p>" if v else f"<w:p>{run(PLACEHOLDER, True)}</w:p>"
        extra = ""
        if key == "request_type":
            extra = dropdown(REQ_ITEMS)
        elif key == "endorsement_status":
            extra = dropdown(end_items)
        elif key == "delivery_format":
            extra = dropdown(fmt_items)
        elif key == "submission_date":
            extra = datepr(f[key], "dd/MM/yyyy")
        empty = key not in f
        tcpr = '<w:tcPr><w:tcW w:w="6500" w:type="dxa"/></w:tcPr>'
        xml = (f'<w:sdt {W}>{pr(key, label, extra, empty)}<w:sdtContent><w:tc>{tcpr}{paras}</w:tc>'
               f'</w:sdtContent></w:sdt>')
        tr.remove(tc)
        tr.append(parse_xml(xml))
    doc.add_paragraph()
    doc.add_paragraph("Office use: intake no. ________").runs[0].font.size = Pt(8)
    doc.save(out_path(d))
    write_expected(d)


def h05():
    d = "h05"
    f = FORMS[d]["fields"]
    doc = Document()
    set_font(doc, "Georgia", 10.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    doc.add_heading("Concept Form – Micro-Course / Credential", level=1)
    doc.add_paragraph("Type your answer under each heading. Grey text disappears when you start typing.")
    end_items = [("Letter attached", "Letter attached"), ("Confirmed", "Confirmed"),
                 ("In discussion", "In discussion"), ("Not yet", "Not yet")]
    fmt_items = [("Online", "Online"), ("In person", "In person"), ("Hybrid (online + in person)", "Hybrid (online + in person)")]
    rows = [
        ("proposal_title", "Working Title"), ("proposer_name", "Contact Name"),
        ("proposer_title", "Role"), ("proposer_department", "Organization"),
        ("proposer_email", "Contact Email"), ("proposer_phone", "Phone"),
        ("request_type", "This proposal is for"), ("target_learners", "Intended Learners"),
        ("rationale", "Why is this needed?"), ("competencies", "Skills and Competencies"),
        ("learning_outcomes", "By the end learners will be able to"),
        ("summative_assessment", "How will achievement be evidenced?"),
        ("partner_name", "Endorsing Partner / External Body"), ("partner_contact", "Partner Contact"),
        ("endorsement_status", "Endorsement Status"), ("education_plan_alignment", "Strategic Alignment"),
        ("delivery_format", "Delivery Mode"), ("estimated_hours", "Total Learning Hours"),
        ("proposed_start", "Target Launch"), ("expected_enrolment", "Estimated Learners / Year"),
        ("resources_required", "Resources You Can Provide"), ("submission_date", "Date"),
    ]
    body = doc.element.body
    sectpr = body[-1]
    for key, label in rows:
        lp = doc.add_paragraph()
        lp.add_run(label).bold = True
        lp.paragraph_format.space_before = Pt(8)
        lp.paragraph_format.keep_with_next = True
        if key == "learning_outcomes":
            body.insert(list(body).index(sectpr), parse_xml(block_sdt(key, label, f[key], numbered="style")))
            continue
        p = doc.add_paragraph()
        if key == "request_type":
            put_run_sdt(p, run_sdt(key, label, disp_of(REQ_ITEMS, f[key]), dropdown([(x, x) for x, _ in REQ_ITEMS])))
        elif key == "endorsement_status":
            put_run_sdt(p, run_sdt(key, label, "Confirmed", dropdown(end_items)))
        elif key == "delivery_format":
            put_run_sdt(p, run_sdt(key, label, "Hybrid (online + in person)", dropdown(fmt_items, "comboBox")))
        elif key == "submission_date":
            put_run_sdt(p, run_sdt(key, label, val(d, key), datepr(f[key], "yyyy-MM-dd")))
        else:
            put_run_sdt(p, run_sdt(key, label, val(d, key)))
    doc.save(out_path(d))
    write_expected(d)


def h06():
    d = "h06"
    f = FORMS[d]["fields"]
    doc = Document()
    set_font(doc, "Calibri Light", 10.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    header_footer(doc, "Michener CE – Concept Form", "Template CE-CC-2024", page=False)
    doc.add_heading("Micro-Course / Credential Concept Form", level=2)
    end_items = [("Letter of support attached", "Letter of support attached"), ("Confirmed", "Confirmed"),
                 ("In discussion", "In discussion"), ("None", "None")]
    fmt_items = [("Online", "Online"), ("In person", "In person"), ("Hybrid", "Hybrid")]
    rows = [
        ("proposal_title", "Proposed Micro-credential Title"), ("proposer_name", "Lead Proposer"),
        ("proposer_title", "Position / Title"), ("proposer_department", "Department / Program"),
        ("proposer_email", "Email"), ("proposer_phone", "Phone / Extension"),
        ("request_type", "Type of Request"), ("target_learners", "Target Learners"),
        ("rationale", "Rationale / Need"), ("competencies", "Competencies / Skills Targeted"),
        ("learning_outcomes", "Intended Learning Outcomes"),
        ("competency_framework", "Competency Framework Alignment"),
        ("summative_assessment", "Summative Assessment"), ("partner_name", "Industry / Employment Partner"),
        ("partner_contact", "Partner Contact"), ("endorsement_status", "Endorsement Status"),
        ("education_plan_alignment", "Alignment with Michener's Education Plan"),
        ("delivery_format", "Delivery Format"), ("estimated_hours", "Estimated Hours"),
        ("proposed_start", "Proposed Start"), ("expected_enrolment", "Expected Enrolment per Year"),
        ("resources_required", "Resources Required"), ("submission_date", "Date Submitted"),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = doc.styles["Table Grid"]
    for key, label in rows:
        r = t.add_row()
        r.cells[0].width, r.cells[1].width = Cm(5.5), Cm(11)
        r.cells[0].paragraphs[0].add_run(label)
        p = r.cells[1].paragraphs[0]
        if key == "learning_outcomes":
            tc = r.cells[1]._tc
            tc.remove(p._p)
            tc.append(parse_xml(block_sdt(key, label, f[key])))
        elif key == "request_type":
            put_run_sdt(p, run_sdt(key, label, "Micro-course", dropdown([(x, x) for x, _ in REQ_ITEMS])))
        elif key == "endorsement_status":
            put_run_sdt(p, run_sdt(key, label, "Letter of support attached", dropdown(end_items)))
        elif key == "delivery_format":
            put_run_sdt(p, run_sdt(key, label, "Online", dropdown(fmt_items)))
        elif key == "submission_date":
            put_run_sdt(p, run_sdt(key, label, val(d, key), datepr(f[key], "dd.MM.yyyy")))
        else:
            put_run_sdt(p, run_sdt(key, label, val(d, key)))
    doc.save(out_path(d))
    write_expected(d)


ALL = [t05, t06, h05, h06]

if __name__ == "__main__":
    import sys
    for fn in ALL:
        if len(sys.argv) == 1 or fn.__name__ in sys.argv[1:]:
            fn()
            print("made", fn.__name__)
