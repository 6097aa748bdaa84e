"""Build round 7 tuning half: python build_tuning.py [key ...]"""
import os, sys, json, shutil, tempfile, subprocess, html
import docx
from docx.shared import Pt, RGBColor, Cm
from docx.oxml import parse_xml
from lib import ROOT, write_expected, soffice, RT, ES, DF, OFFICIAL, boxes
import routes as R
from tuning_data import D

OUT = os.path.join(ROOT, "tuning")
B = {}


def reg(k):
    def f(fn):
        B[k] = fn
        return fn
    return f


@reg("t1")
def t1(doc, path):
    d = docx.Document()
    R.docx_head(d)
    d.add_paragraph("Type your answers in the form. All fields marked [R] relate to Michener's micro-credential requirements.")
    t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
    for key, lab, lines in R.rows(doc, style="num"):
        c = t.add_row().cells
        p = c[0].paragraphs[0]
        r = p.add_run(lab + ":"); r.bold = True
        if len(lines) == 1:
            p.add_run(" " + lines[0])
        else:
            for ln in lines:
                c[0].add_paragraph(ln)
        c[0].width = Cm(13); c[1].width = Cm(4)
    t.autofit = False
    t.columns[0].width = Cm(13); t.columns[1].width = Cm(4)
    d.save(path)


@reg("t2")
def t2(doc, path):
    tmp = tempfile.mkdtemp()
    base = os.path.splitext(os.path.basename(path))[0]
    p = os.path.join(tmp, base + ".docx")
    R.official_table_docx(doc, p, color="000000", font="Arial", style="paren")
    os.makedirs(tmp + "/doc", exist_ok=True)
    d = soffice(p, "doc", tmp + "/doc")
    os.makedirs(tmp + "/back", exist_ok=True)
    x = soffice(d, "docx", tmp + "/back")
    shutil.move(x, path)


@reg("t3")
def t3(doc, path):
    R.official_table_docx(doc, path, color="7B1E1E", style="paren")


@reg("t4")
def t4(doc, path):
    labels = [("proposal_title", "Course name"), ("proposer_name", "Lead"), ("proposer_title", "Role"),
              ("proposer_department", "Unit"), ("proposer_email", "E-mail"), ("proposer_phone", "Tel."),
              ("request_type", "Kind of request"), ("target_learners", "For whom"), ("rationale", "Why"),
              ("competencies", "Skills"), ("learning_outcomes", "Outcomes"), ("summative_assessment", "Evidence of learning"),
              ("partner_name", "Endorser"), ("endorsement_status", "Endorser status"), ("education_plan_alignment", "Plan fit"),
              ("delivery_format", "Mode"), ("estimated_hours", "Hours"), ("proposed_start", "Launch"),
              ("expected_enrolment", "Learners/yr"), ("submission_date", "Sent")]
    d = docx.Document()
    p = d.add_paragraph(); r = p.add_run("Vision Sciences Clinic – CE concept request (dept. template v2)"); r.bold = True; r.font.size = Pt(13)
    d.add_paragraph("Based on the CE Micro-Course / Credential Concept Form. Keep answers short.")
    t = d.add_table(rows=0, cols=2); t.style = "Light Grid Accent 1"
    vals = {"request_type": RT["new"], "endorsement_status": ES["in_discussion"], "delivery_format": DF["online"],
            "estimated_hours": "12 core + 6 optional clinic hours", "submission_date": "19 November 2026"}
    for key, lab in labels:
        c = t.add_row().cells
        c[0].text = lab
        cp = c[1].paragraphs[0]
        if key == "learning_outcomes":
            items = doc.E[key]
            cp.text = ""
            for i, it in enumerate(items):
                para = cp if i == 0 else c[1].add_paragraph()
                para._p.append(R.cc_run(key, "Outcomes", f"{i+1}. {it}"))
            continue
        if key in vals:
            txt = vals[key]
        elif key in doc.E:
            txt = str(doc.E[key])
        else:
            txt = "Click or tap here to enter text."
        dd = None
        if key == "request_type": dd = list(RT.values())
        if key == "endorsement_status": dd = list(ES.values())
        if key == "delivery_format": dd = list(DF.values())
        cc = R.cc_run(key, lab, txt, dropdown=dd, date=("2026-11-19" if key == "submission_date" else None))
        if txt.startswith("Click or tap"):
            cc.find('.//{http://schemas.openxmlformats.org/wordprocessingml/2006/main}sdtPr').append(parse_xml('<w:showingPlcHdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'))
        cp._p.append(cc)
    d.save(path)


def acro_form(doc, path, names, boxes_spec, title="Micro-Course / Credential Concept Form (fillable)"):
    """reportlab AcroForm: text fields + check boxes; returns nothing. boxes_spec: key -> list of (label, fieldname)."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    c = canvas.Canvas(path, pagesize=letter)
    c.setTitle(title)
    W, H = letter
    y = H - 60
    c.setFont("Helvetica-Bold", 14); c.drawString(50, y, title); y -= 16
    c.setFont("Helvetica", 8); c.drawString(50, y, "Continuing Education - complete and email to ce@michener.example"); y -= 24
    af = c.acroForm
    for key, lab in OFFICIAL:
        multi = key in ("rationale", "competencies", "learning_outcomes", "summative_assessment", "education_plan_alignment", "target_learners", "resources_required")
        h = 54 if key == "learning_outcomes" else (36 if multi else 16)
        if y - h < 50:
            c.showPage(); y = H - 50
        c.setFont("Helvetica-Bold", 8.5); c.drawString(50, y - 10, lab)
        if key in boxes_spec:
            x = 230
            for optlab, fname in boxes_spec[key]:
                af.checkbox(name=fname, x=x, y=y - 13, size=11, checked=False, buttonStyle="cross", borderWidth=0.8)
                c.setFont("Helvetica", 8.5); c.drawString(x + 14, y - 10, optlab)
                x += 100
            y -= 22
            continue
        af.textfield(name=names.get(key, key), x=230, y=y - h, width=330, height=h, fontSize=8, borderWidth=0.6,
                     fieldFlags="multiline" if multi else "", value="")
        y -= h + 8
    c.save()


def set_checkbox_exports(path, exports, checked, out):
    """Rename each check box's 'on' appearance to its export value (a viewer-made form) and tick some."""
    import pypdf
    from pypdf.generic import NameObject, DictionaryObject
    r = pypdf.PdfReader(path); w = pypdf.PdfWriter(clone_from=r)
    for page in w.pages:
        for a in page.get("/Annots", []):
            a = a.get_object()
            nm = a.get("/T")
            if nm in exports:
                ex = NameObject("/" + exports[nm])
                for sub in ("/N", "/D"):
                    ap = a["/AP"].get(sub)
                    if ap is None:
                        continue
                    ap = ap.get_object()
                    on = [k for k in ap.keys() if k != "/Off"][0]
                    ap[ex] = ap[on]
                    del ap[on]
                st = ex if nm in checked else NameObject("/Off")
                a[NameObject("/AS")] = st
                a[NameObject("/V")] = st
    w.write(out)


def fill_text(path, values, out):
    import pypdf
    r = pypdf.PdfReader(path); w = pypdf.PdfWriter(clone_from=r)
    for page in w.pages:
        w.update_page_form_field_values(page, values, auto_regenerate=True)
    w.set_need_appearances_writer(True)
    w.write(out)


def text_values(doc, names, style="dash"):
    vals = {}
    for key, lab, lines in R.rows(doc, style=style):
        if key in ("request_type", "endorsement_status", "delivery_format"):
            continue
        v = "\n".join(lines).strip()
        if v:
            vals[names.get(key, key)] = v
    return vals


@reg("t5")
def t5(doc, path):
    names = {"proposal_title": "ProposedTitle", "proposer_name": "ProposerName", "proposer_title": "PositionTitle",
             "proposer_department": "DepartmentProgram", "proposer_email": "Email", "proposer_phone": "Phone",
             "existing_program_name": "ExistingProgram", "target_learners": "TargetLearners", "rationale": "RationaleNeed",
             "competencies": "Competencies", "learning_outcomes": "LearningOutcomes", "competency_framework": "Framework",
             "summative_assessment": "SummativeAssessment", "partner_name": "Partner", "partner_contact": "PartnerContact",
             "education_plan_alignment": "EducationPlan", "estimated_hours": "Hours", "proposed_start": "Start",
             "expected_enrolment": "Enrolment", "resources_required": "Resources", "submission_date": "DateSubmitted"}
    bx = {"request_type": [("New micro-credential", "Request_New"), ("Convert existing", "Request_Convert"), ("Micro-course", "Request_Micro")],
          "endorsement_status": [("Letter attached", "End_Letter"), ("Confirmed", "End_Conf"), ("In discussion", "End_Disc")],
          "delivery_format": [("Online", "Fmt_Online"), ("In person", "Fmt_InPerson"), ("Hybrid", "Fmt_Hybrid")]}
    # fourth endorsement option on its own
    tmp = tempfile.mkdtemp()
    a = os.path.join(tmp, "a.pdf"); b = os.path.join(tmp, "b.pdf")
    acro_form(doc, a, names, bx)
    exports = {"Request_New": "RT_New", "Request_Convert": "RT_Convert", "Request_Micro": "RT_Micro",
               "End_Letter": "Ltr", "End_Conf": "Conf", "End_Disc": "Disc",
               "Fmt_Online": "1", "Fmt_InPerson": "1", "Fmt_Hybrid": "1"}
    set_checkbox_exports(a, exports, {"Request_Micro", "End_Letter", "Fmt_InPerson"}, b)
    fill_text(b, text_values(doc, names), path)


def plain_rows(doc, on, off, style="num", sep="   "):
    return R.rows(doc, on=on, off=off, style=style)


@reg("t6")
def t6(doc, path):
    src = [".nr PS 11", ".nr VS 13", ".nr HY 0", ".na", ".nh", ".TL", "Micro-Course / Credential Concept Form", ".AU",
           "Continuing Education \\(em The Michener Institute of Education at UHN", ".LP"]
    for key, lab, lines in R.rows(doc, on="[X]", off="[ ]", style="num"):
        if key in ("existing_program_name", "competency_framework", "partner_contact") and not doc.E.get(key):
            lines = [""]
        if len(lines) == 1:
            src += [".LP", f"\\fB{lab}:\\fP " + R.groff_esc(lines[0])]
        else:
            src += [".LP", f"\\fB{lab}:\\fP"]
            for ln in lines:
                src += [".br", R.groff_esc(ln)]
    src += [".LP", "\\fIReturn this form to ce@michener.example\\fP"]
    R.groff_pdf("\n".join(src) + "\n", path)


@reg("t7")
def t7(doc, path):
    out = ["MICRO-COURSE / CREDENTIAL CONCEPT FORM", "Continuing Education, The Michener Institute", "=" * 60, ""]
    import textwrap
    for key, lab, lines in R.rows(doc, on="(*)", off="( )", style="num"):
        out.append(lab.upper())
        for ln in lines:
            for w in (textwrap.wrap(ln, 66) or [""]):
                out.append("    " + w)
        out.append("")
    R.enscript_pdf("\n".join(out) + "\n", path, ["-G"], txtname="concept_form_vanco.txt")


def html_table(doc, on="&#9746;", off="&#9744;", labels=None, css="", head=""):
    rows_h = []
    for key, lab, lines in R.rows(doc, labels=labels, on="\u2612", off="\u2610", style="raw"):
        v = doc.disp(key)
        if key == "learning_outcomes" and isinstance(v, list):
            cell = "<ol>" + "".join(f"<li>{html.escape(x)}</li>" for x in v) + "</ol>"
        elif key == "competencies" and isinstance(v, list):
            cell = "<ul>" + "".join(f"<li>{html.escape(x)}</li>" for x in v) + "</ul>"
        else:
            cell = "<br>".join(html.escape(x) for x in lines)
        rows_h.append(f"<tr><th>{html.escape(lab)}</th><td>{cell}</td></tr>")
    return rows_h


@reg("t8")
def t8(doc, path):
    css = ("body{font-family:'Liberation Sans',Arial,sans-serif;font-size:10pt} table{border-collapse:collapse;width:100%}"
           "th{background:#dde6f0;text-align:left;vertical-align:top;width:32%;border:1px solid #8899aa;padding:4px}"
           "td{border:1px solid #8899aa;padding:4px;vertical-align:top} h1{font-size:15pt;color:#1d3557}")
    h = (f"<html><head><meta charset='utf-8'><title>Concept form</title><style>{css}</style></head><body>"
         f"<h1>Micro-Course / Credential Concept Form</h1><p>Continuing Education – The Michener Institute of Education at UHN</p>"
         f"<table>{''.join(html_table(doc))}</table><p><small>Submitted through the CE web form.</small></p></body></html>")
    base = os.path.splitext(os.path.basename(path))[0]
    p = R.html_to(h, base, OUT)
    assert p == path, (p, path)


def ocr_pdf(doc, path, src_path, on="[x]", off="[ ]", seed=3, title="Micro-Course / Credential Concept Form"):
    """Draw lines visibly (source), render to an image, then image + invisible text (Tr 3) at the same places."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.utils import ImageReader
    W, H = letter
    pages, cur, y = [], [], H - 60
    cur.append((50, y, "Helvetica-Bold", 14, title)); y -= 26
    for key, lab, lines in R.rows(doc, on=on, off=off, style="num"):
        first = True
        text_lines = []
        for ln in lines:
            text_lines += R.wrap(ln, "Helvetica", 9.5, 330) or [""]
        for i, ln in enumerate(text_lines):
            if y < 60:
                pages.append(cur); cur = []; y = H - 60
            if i == 0:
                cur.append((40, y, "Helvetica-Bold", 8.5, lab + ":"))
            cur.append((240, y, "Helvetica", 9.5, ln))
            y -= 13
        y -= 5
    pages.append(cur)
    c = canvas.Canvas(src_path, pagesize=letter)
    for pg in pages:
        for x, yy, f, s, t in pg:
            c.setFont(f, s); c.drawString(x, yy, t)
        c.showPage()
    c.save()
    from PIL import ImageFilter, ImageOps, Image
    import random
    imgs = R.render_pages(src_path, dpi=200)
    c = canvas.Canvas(path, pagesize=letter)
    rnd = random.Random(seed)
    for im, pg in zip(imgs, pages):
        g = ImageOps.grayscale(im).filter(ImageFilter.GaussianBlur(0.6))
        g = g.point(lambda v: min(255, int(v * 0.93 + 8)))
        g = g.rotate(0.4, fillcolor=240)
        import io
        b = io.BytesIO(); g.save(b, "JPEG", quality=55); b.seek(0)
        c.drawImage(ImageReader(b), 0, 0, W, H)
        for x, yy, f, s, t in pg:
            to = c.beginText(x, yy); to.setTextRenderMode(3); to.setFont("Helvetica", s); to.textLine(t); c.drawText(to)
        c.showPage()
    c.save()


@reg("t9")
def t9(doc, path):
    ocr_pdf(doc, path, os.path.join(os.path.dirname(__file__), "src_" + doc.name))


def para(d, text, bold_prefix=None, style=None):
    p = d.add_paragraph(style=style)
    if bold_prefix:
        r = p.add_run(bold_prefix); r.bold = True
    p.add_run(text)
    return p


@reg("t10")
def t10(doc, path):
    E = doc.E
    d = docx.Document()
    d.add_paragraph("Proposal for Continuing Education – 27 November 2026")
    d.add_heading("Wheelchair skills: a proposal", level=0)
    d.add_heading("The problem", level=2)
    d.add_paragraph(f"Too often {E['rationale']}. Families tell us the first curb outside the hospital is the hardest part.")
    d.add_heading("What I'd like to build", level=2)
    p = d.add_paragraph("A brand-new micro-credential, ")
    r = p.add_run(E["proposal_title"]); r.bold = True
    p.add_run(", built on the open Wheelchair Skills Program materials.")
    d.add_heading("Who would take it", level=2)
    d.add_paragraph(f"Mainly {E['target_learners']}.")
    d.add_heading("Assessment", level=2)
    d.add_paragraph(f"{E['summative_assessment']}. A learner passes when every safety item is met.")
    d.add_heading("What they'd learn", level=2)
    d.add_paragraph("Skills: " + E["competencies"] + ".")
    d.add_paragraph("By the end, learners will be able to:")
    for o in E["learning_outcomes"]:
        d.add_paragraph(o, style="List Number")
    d.add_heading("Partner", level=2)
    d.add_paragraph(f"{E['partner_name']} has signed a letter of support (attached); my contact there is {E['partner_contact']}.")
    d.add_heading("Practicalities", level=2)
    d.add_paragraph("I picture it as hybrid, with online theory and two lab days: 12 hours in total, starting September 2027, for about 30 a year.")
    d.add_heading("Fit with the Education Plan", level=2)
    d.add_paragraph(E["education_plan_alignment"] + ".")
    d.add_paragraph("")
    for ln in [E["proposer_name"], E["proposer_title"] + ", " + E["proposer_department"], E["proposer_email"] + " | " + E["proposer_phone"]]:
        d.add_paragraph(ln)
    d.save(path)


@reg("t11")
def t11(doc, path):
    E = doc.E
    d = docx.Document()
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
    hdr = [("From:", "Declan Osei-Whitmore <declan.oseiwhitmore@example.com>"), ("Sent:", "Tuesday, November 24, 2026 3:47 PM"),
           ("To:", "CE Mailbox <ce@michener.example>"), ("Subject:", "FW: idea for a micro-credential - self-cath teaching")]
    for a, b in hdr:
        para(d, " " + b, a)
    d.add_paragraph("Hello CE team – passing this along from Priya on my team, as discussed at the partners' meeting. I fully support it. You can reach me at 555-0175 if needed.")
    d.add_paragraph("Declan Osei-Whitmore | Director of Clinical Practice, Riverbend Home Care")
    d.add_paragraph("_" * 40)
    hdr2 = [("From:", f"{E['proposer_name']} <{E['proposer_email']}>"), ("Sent:", "Monday, November 16, 2026 9:12 AM"),
            ("To:", "Declan Osei-Whitmore <declan.oseiwhitmore@example.com>"), ("Subject:", "idea for a micro-credential - self-cath teaching")]
    for a, b in hdr2:
        para(d, " " + b, a)
    d.add_paragraph("Hi Declan,")
    d.add_paragraph(f"Following up on our chat: I'd like to propose a course to Michener CE called \"{E['proposal_title']}\". It would be a micro-course, not a full credential, for {E['target_learners']}.")
    d.add_paragraph(f"Why: {E['rationale']}.")
    d.add_paragraph(f"The skills I have in mind are: {E['competencies']}.")
    d.add_paragraph("After it, people should be able to:")
    for o in E["learning_outcomes"]:
        d.add_paragraph(o, style="List Bullet")
    d.add_paragraph(f"To check they can do it, I'd use {E['summative_assessment']}.")
    d.add_paragraph(f"Partner: {E['partner_name']} itself – my director has agreed to endorse it and will write a letter. It {E['education_plan_alignment']}.")
    d.add_paragraph("I think it works best hybrid, 8 hours, with roughly 40 learners a year across our branches.")
    d.add_paragraph("Thanks,")
    for ln in [E["proposer_name"], E["proposer_title"], E["proposer_department"], "Tel. " + E["proposer_phone"]]:
        d.add_paragraph(ln)
    d.save(path)


@reg("t12")
def t12(doc, path):
    E = doc.E
    d = docx.Document()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = f"{E['proposer_name']} – proposal to Continuing Education"
    d.add_paragraph("To: Continuing Education, The Michener Institute – 22 Nov 2026")
    items = [
        f"I propose a micro-course called {E['proposal_title']} for {E['target_learners']}.",
        f"The reason is simple: {E['rationale']}.",
        f"Learners would practise {E['competencies']}.",
        "By the end they would be able to: " + "; ".join(E["learning_outcomes"]) + ".",
        f"We would assess them with {E['summative_assessment']}.",
        f"We are talking with {E['partner_name']} about endorsing it; our contact is {E['partner_contact']}, but nothing has been signed yet.",
        f"This supports {E['education_plan_alignment']}.",
        "It would be hybrid, about four hours, starting February 2027, for about 90 learners a year.",
        f"Please contact me at {E['proposer_email']} or {E['proposer_phone']}. {E['proposer_name']}, {E['proposer_title']}, {E['proposer_department']}.",
    ]
    for it in items:
        d.add_paragraph(it, style="List Number")
    tmp = tempfile.mkdtemp()
    base = os.path.splitext(os.path.basename(path))[0]
    p = os.path.join(tmp, base + ".docx"); d.save(p)
    soffice(p, "pdf", OUT)


@reg("t13")
def t13(doc, path):
    E = doc.E
    d = docx.Document()
    h = d.sections[0].header
    hp = h.paragraphs[0]; r = hp.add_run("NORVALE PHARMACY GROUP"); r.bold = True; r.font.size = Pt(16)
    h.add_paragraph("Central Packaging Centre · 2200 Orchard Mills Road · Vaughan ON · 905-555-0190 · norvale.example.com")
    d.add_paragraph("November 24, 2026")
    d.add_paragraph("Continuing Education\nThe Michener Institute of Education at UHN\nce@michener.example")
    p = d.add_paragraph(); p.add_run("Re: Letter of intent – proposed micro-course").bold = True
    d.add_paragraph("Dear Continuing Education team,")
    d.add_paragraph(f"Norvale Pharmacy Group would like to propose that Michener develop a micro-course, \"{E['proposal_title']}\", for {E['target_learners']}. We make this request because {E['rationale']}.")
    d.add_paragraph(f"We have discussed the idea with {E['proposer_name']}, {E['proposer_title']} ({E['proposer_email']}), who has agreed to act as lead proposer on Michener's side.")
    d.add_paragraph(f"In our view the course should cover {E['competencies']}. On completion, staff should be able to:")
    for o in E["learning_outcomes"]:
        d.add_paragraph(o, style="List Bullet")
    d.add_paragraph(f"For the summative assessment we suggest {E['summative_assessment']}. {E['resources_required']}.")
    d.add_paragraph("A hybrid format of about ten hours would suit our shift patterns, and we expect to send 60 staff a year. "
                    f"We understand this fits {E['education_plan_alignment']}.")
    d.add_paragraph(f"Please direct questions to me, {E['partner_contact']}.")
    d.add_paragraph("Norvale Pharmacy Group formally endorses this proposal and commits to hosting the practical sessions.")
    d.add_paragraph("Yours sincerely,")
    for ln in ["Cornelius Abernathy-Wu", "Director of Operations", "cabernathy@example.com", "905-555-0190"]:
        d.add_paragraph(ln)
    d.save(path)


@reg("t14")
def t14(doc, path):
    E = doc.E
    d = docx.Document()
    d.add_heading("Perioperative Warming Working Group – meeting notes", level=1)
    d.add_paragraph("Date: 24 November 2026, 12:00–13:00, Room 4-112 and Teams")
    t = d.add_table(rows=1, cols=3); t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Attendee", "Role", "Contact"]): c.text = v
    for row in [(E["proposer_name"], f"{E['proposer_title']}, {E['proposer_department']}", f"{E['proposer_email']}, {E['proposer_phone']}"),
                ("Viktor Haugland-Ade", "Anaesthesia Assistant Lead", "vhaugland@michener.example, 416-555-0159"),
                ("Carys Obuya", "PACU Nurse Manager", "cobuya@example.org")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row): c.text = v
    d.add_paragraph("Apologies: Tomasz Reinholt-Lee")
    d.add_heading("1. Audit results", level=2)
    d.add_paragraph(f"Carys presented the Q3 audit. {E['rationale']}.")
    d.add_heading("2. Warming devices", level=2)
    d.add_paragraph("New forced-air units arrive in January. Viktor noted that fluid warmers are set up inconsistently.")
    d.add_heading("3. Education – decision", level=2)
    d.add_paragraph(f"Agreed: propose a new micro-credential to Michener CE, \"{E['proposal_title']}\".")
    for ln in [f"Lead: {E['proposer_name']} (will submit)",
               f"For: {E['target_learners']}",
               f"Skills: {E['competencies']}",
               "Outcomes: " + "; ".join(E["learning_outcomes"]),
               f"Assessment: {E['summative_assessment']}",
               f"Partner: No partner yet - none approached",
               f"Fit: {E['education_plan_alignment']}",
               f"Format: hybrid, 6 hours, {E['proposed_start']}",
               "Learners per year: not decided – somewhere between 50 and 100"]:
        d.add_paragraph(ln, style="List Bullet")
    d.add_heading("Actions", level=2)
    d.add_paragraph("A. Mbatha to send the proposal to CE by Friday. Next meeting 15 December 2026.")
    d.save(path)


@reg("t15")
def t15(doc, path):
    E = doc.E
    md = f"""---
title: "Proposition de microcertificat"
---

# Titre proposé

{E['proposal_title']}

# Responsable

{E['proposer_name']}, {E['proposer_title']}
{E['proposer_department']} — {E['proposer_email']} — {E['proposer_phone']}

Date : 26 novembre 2026

# Type de demande

Nouveau microcertificat

# Pourquoi cette formation?

{E['rationale']}

# Public visé

{E['target_learners']}

# Compétences

{E['competencies']}

# Résultats d'apprentissage

À la fin, les participantes seront capables de :

""" + "\n".join(f"{i+1}. {o}" for i, o in enumerate(E["learning_outcomes"])) + f"""

# Évaluation sommative

{E['summative_assessment']}

# Partenaire

{E['partner_name']} (personne-ressource : {E['partner_contact']}). Lettre d'appui jointe.

# Lien avec le Plan d'éducation

{E['education_plan_alignment']}

# Modalités

- Formule hybride
- Durée : 6 h
- Début : {E['proposed_start']}
- Participantes par année : 45
- Ressources : {E['resources_required']}
"""
    tmp = tempfile.mkdtemp(); p = os.path.join(tmp, "a.md"); open(p, "w").write(md)
    subprocess.run(["pandoc", p, "-o", path], check=True)


def form_pdf(doc, path, on="☒", off="☐", title="Micro-Course / Credential Concept Form"):
    """The official form as a ruled two-column table, reportlab platypus, DejaVu."""
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle, Paragraph, Spacer
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import letter
    R.rl_fonts()
    ps = ParagraphStyle("a", fontName="DejaVu", fontSize=9, leading=11.5)
    pl = ParagraphStyle("l", fontName="DejaVu-Bold", fontSize=9, leading=11.5)
    data = []
    for key, lab, lines in R.rows(doc, on=on, off=off, style="num"):
        data.append([Paragraph(html.escape(lab), pl), Paragraph("<br/>".join(html.escape(x) for x in lines), ps)])
    t = Table(data, colWidths=[150, 370], repeatRows=0)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eeeeee"))]))
    sd = SimpleDocTemplate(path, pagesize=letter, topMargin=40, bottomMargin=40)
    sd.build([Paragraph(title, ParagraphStyle("h", fontName="DejaVu-Bold", fontSize=14, leading=18)), Spacer(1, 8), t])


@reg("t16")
def t16(doc, path):
    src = os.path.join(os.path.dirname(__file__), "src_" + doc.name)
    form_pdf(doc, src)
    imgs = [R.phone_photo(im, seed=i + 7) for i, im in enumerate(R.render_pages(src, dpi=130))]
    R.images_to_pdf(imgs, path, quality=62, dpi=130)


@reg("t17")
def t17(doc, path):
    d = docx.Document()
    d.add_heading("RSP-215 Mechanical Ventilation II – Course Outline", level=0)
    d.add_paragraph("Respiratory Therapy Program · Winter 2027 · 3 credits · Prerequisite: RSP-115")
    t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
    for a, b in [("Instructor", "Leopold Nwachukwu-Berg, RRT"), ("Email", "lnwachukwu@michener.example"), ("Phone", "416-555-0102"),
                 ("Office hours", "Tuesdays 13:00–15:00, Room 3-208"), ("Class times", "Mondays 09:00–12:00; lab Thursdays 13:00–16:00")]:
        c = t.add_row().cells; c[0].text = a; c[1].text = b
    d.add_heading("Course description", level=2)
    d.add_paragraph("Builds on RSP-115 with advanced modes, patient–ventilator asynchrony, lung-protective strategies and liberation from ventilation in adult critical care.")
    d.add_heading("Learning outcomes", level=2)
    d.add_paragraph("On successful completion, students will be able to:")
    for o in ["Select and adjust pressure- and volume-targeted modes for given clinical goals", "Identify and correct common asynchronies from waveforms",
              "Apply lung-protective ventilation for ARDS", "Conduct and interpret a spontaneous breathing trial"]:
        d.add_paragraph(o, style="List Number")
    d.add_heading("Assessment", level=2)
    t = d.add_table(rows=1, cols=3); t.style = "Table Grid"
    for c, v in zip(t.rows[0].cells, ["Component", "Weight", "Due"]): c.text = v
    for row in [("Waveform quizzes (4)", "20%", "Weeks 3, 5, 8, 11"), ("Case write-up", "20%", "Week 9"),
                ("Summative OSCE (ventilator set-up and troubleshooting)", "30%", "Week 13"), ("Final exam", "30%", "Exam period")]:
        cells = t.add_row().cells
        for c, v in zip(cells, row): c.text = v
    d.add_heading("Required resources", level=2)
    d.add_paragraph("Course notes on the learning platform; simulation lab access; a clinical partner visit at Lakeshore General ICU.")
    d.add_heading("Policies", level=2)
    d.add_paragraph("Academic integrity, accommodations and late work follow the Michener Academic Policies. Questions about the course go to the instructor by email.")
    d.save(path)


@reg("t18")
def t18(doc, path):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    tmp = tempfile.mkdtemp(); a = os.path.join(tmp, "a.pdf")
    c = canvas.Canvas(a, pagesize=letter); af = c.acroForm
    c.setFont("Helvetica-Bold", 14); c.drawString(50, 740, "Continuing Education – Course Registration")
    c.setFont("Helvetica", 9); c.drawString(50, 724, "The Michener Institute of Education at UHN · one form per participant")
    fields = [("Participant name", "participant_name", "Ngozi Hallbjornsen"), ("Employer", "employer", "St. Brendan's Hospital, Cardiology"),
              ("Position", "position", "Cardiology Technologist"), ("Email", "email", "nhallbjornsen@example.org"), ("Phone", "phone", "647-555-0193"),
              ("Course", "course", "Advanced ECG Rhythm Interpretation (CE-ECG-220)"), ("Session", "session", "Session B – 16 and 23 January 2027"),
              ("Payment", "payment", "Employer invoice – PO 77-4410"), ("Dietary / accessibility needs", "needs", "None"), ("Date", "date", "2026-11-28")]
    y = 690
    for lab, nm, v in fields:
        c.drawString(50, y + 4, lab); af.textfield(name=nm, x=200, y=y, width=340, height=16, fontSize=9, value="")
        y -= 28
    c.drawString(50, y + 4, "Delivery:"); af.checkbox(name="deliv_online", x=200, y=y, size=12, checked=False); c.drawString(216, y + 4, "Live online")
    af.checkbox(name="deliv_campus", x=300, y=y, size=12, checked=False); c.drawString(316, y + 4, "On campus")
    y -= 28
    af.checkbox(name="consent", x=50, y=y, size=12, checked=False); c.drawString(66, y + 4, "I agree to the CE refund and withdrawal policy.")
    c.save()
    import pypdf
    r = pypdf.PdfReader(a); w = pypdf.PdfWriter(clone_from=r)
    w.update_page_form_field_values(w.pages[0], {nm: v for _, nm, v in fields}, auto_regenerate=False)
    w.update_page_form_field_values(w.pages[0], {"deliv_campus": "/Yes", "consent": "/Yes"}, auto_regenerate=False)
    w.set_need_appearances_writer(True)
    w.write(path)


@reg("t19")
def t19(doc, path):
    md = """# Sponsorship Agreement (DRAFT v3 – for legal review)

**Between:** The Michener Institute of Education at UHN ("Michener") **and** Corvane Medical Canada Inc. ("the Sponsor")

**Subject:** Sponsorship of the Clinical Simulation Suite, Room 2-040

1. **Term.** This Agreement runs from 1 February 2027 to 31 January 2029 and may be renewed by written agreement.
2. **Sponsor contribution.** The Sponsor will provide two high-fidelity infusion-pump trainers, annual servicing and CAD 45,000 per year towards consumables.
3. **Recognition.** Michener will name the space "Corvane Simulation Suite" on signage and in the CE catalogue. No product endorsement is implied.
4. **Academic independence.** The Sponsor has no say over curriculum, learning outcomes, assessment or the selection of learners in any program, course or micro-credential delivered in the suite.
5. **Data and confidentiality.** No learner information is shared with the Sponsor.
6. **Termination.** Either party may end the Agreement on 90 days' written notice.
7. **Contacts.**
    - Michener: Oriane Castellucci-Mba, Manager, Partnerships – ocastellucci@michener.example – 416-555-0108
    - Sponsor: Jarrah Whitfield, Director, Clinical Education – jwhitfield@example.com – 905-555-0186

Signed for Michener: ______________________ Date: __________

Signed for the Sponsor: ______________________ Date: __________
"""
    tmp = tempfile.mkdtemp(); p = os.path.join(tmp, "a.md"); open(p, "w").write(md)
    subprocess.run(["pandoc", p, "-o", path], check=True)


@reg("t20")
def t20(doc, path):
    rows = [("Titre de l'activité", "Atelier pratique d'échographie pulmonaire au chevet (POCUS) pour inhalothérapeutes"),
            ("Organisme fournisseur", "Association des inhalothérapeutes de la région de Sainte-Aurore"),
            ("Personne-ressource", "Mathilde Okafor-Gagnon, coordonnatrice de la formation"),
            ("Courriel / téléphone", "mokafor-gagnon@example.org · 819-555-0176"),
            ("Type d'activité", "☒ Atelier pratique   ☐ Conférence   ☐ Formation en ligne"),
            ("Objectifs d'apprentissage", "1) Acquérir les vues pulmonaires de base; 2) Reconnaître les lignes A et B; 3) Identifier un pneumothorax"),
            ("Analyse des besoins", "Sondage auprès de 84 membres (2026) : 71 % souhaitent une formation pratique en échographie."),
            ("Méthode d'évaluation", "Évaluation pratique sur simulateur et questionnaire de satisfaction"),
            ("Heures de DPC demandées", "6,5 heures"), ("Date(s) de l'activité", "13 mars 2027"),
            ("Commandite", "Aucune commandite commerciale"), ("Signature", "M. Okafor-Gagnon – 27 novembre 2026")]
    trs = "".join(f"<tr><th>{html.escape(a)}</th><td>{html.escape(b)}</td></tr>" for a, b in rows)
    h = ("<html><head><meta charset='utf-8'><style>th{text-align:left;background:#eee;width:35%} td,th{border:1px solid #444;padding:3px;font-size:10pt}"
         "table{border-collapse:collapse;width:100%}</style></head><body><h2>Ordre professionnel des inhalothérapeutes – Demande d'agrément d'une activité de développement professionnel continu (DPC)</h2>"
         f"<p>Formulaire DPC-7 · Section A à remplir par le fournisseur</p><table>{trs}</table></body></html>")
    base = os.path.splitext(os.path.basename(path))[0]
    R.html_to(h, base, OUT)


def main(keys):
    for k in keys:
        doc = D[k]
        path = os.path.join(OUT, doc.name)
        B[k](doc, path)
        assert os.path.exists(path), path
        write_expected(doc, OUT)
        print("built", k, doc.name)


if __name__ == "__main__":
    main(sys.argv[1:] or list(D))
