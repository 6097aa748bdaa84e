"""Shape 4: forms 'printed' to PDF or DOCX - no table and no fields survive."""
import textwrap

from fpdf import FPDF
from reportlab.lib.colors import HexColor, black
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from common import FORMS, OPT, out_path, val, write_expected
from fodt import Doc

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def chosen(d, key):
    return dict(OPT[key])[FORMS[d]["fields"][key]] if key in FORMS[d]["fields"] else ""


def t12():
    d = "t12"
    f = FORMS[d]["fields"]

    class P(FPDF):
        def footer(self):
            self.set_y(-12)
            self.set_font("Helvetica", "", 7)
            self.cell(0, 5, f"Page {self.page_no()}/{{nb}}", align="R")

        def header(self):
            self.set_font("Helvetica", "I", 7)
            self.cell(0, 5, "Micro-Course / Credential Concept Form - printed copy", align="L")
            self.ln(7)
    pdf = P(format="A4")
    pdf.alias_nb_pages()
    pdf.set_creator("Microsoft Print to PDF")
    pdf.set_margins(18, 15, 18)
    pdf.set_auto_page_break(True, 16)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 9, "Micro-Course / Credential Concept Form", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    def line(label, value):
        pdf.set_font("Helvetica", "B", 10)
        w = pdf.get_string_width(label + ": ") + 1
        pdf.cell(w, 5.5, label + ":")
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 5.5, value, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.2)
    seq = [("Proposed Title", "proposal_title"), ("Name of Proposer", "proposer_name"),
           ("Position / Title", "proposer_title"), ("Department / Program", "proposer_department"),
           ("Email", "proposer_email"), ("Phone", "proposer_phone"),
           ("Type of Request", "request_type"), ("Target Learners", "target_learners")]
    for lab, k in seq:
        line(lab, chosen(d, k) if k == "request_type" else val(d, k))
    # push the rationale so that it runs across the page break
    pdf.set_y(pdf.h - 16 - 12)
    line("Rationale / Need", val(d, "rationale"))
    line("Competencies / Skills Targeted", val(d, "competencies"))
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 5.5, "Learning Outcomes:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    for it in f["learning_outcomes"]:
        pdf.multi_cell(0, 5.5, "- " + it, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)
    for lab, k in [("Summative Assessment", "summative_assessment"), ("Industry / Employment Partner", "partner_name"),
                   ("Endorsement Status", "endorsement_status"),
                   ("Alignment with Michener's Education Plan", "education_plan_alignment"),
                   ("Delivery Format", "delivery_format"), ("Estimated Hours", "estimated_hours"),
                   ("Proposed Start", "proposed_start"), ("Expected Enrolment per Year", "expected_enrolment"),
                   ("Date", "submission_date")]:
        line(lab, chosen(d, k) if k in ("endorsement_status", "delivery_format") else val(d, k))
    pdf.output(out_path(d))
    write_expected(d)


def t13():
    d = "t13"
    f = FORMS[d]["fields"]
    c = canvas.Canvas(out_path(d), pagesize=letter)
    c.setCreator("Adobe Acrobat Pro (flattened)")
    W, H = letter
    x0, x1 = 40, W - 40
    y = [H - 50]
    c.setFont("Helvetica-Bold", 12)
    c.drawString(x0, y[0], "MICRO-COURSE / CREDENTIAL CONCEPT FORM")
    y[0] -= 16

    def newpage():
        c.showPage()
        y[0] = H - 50

    def box(label, value, width=None, xoff=0, lines=None):
        w = width or (x1 - x0)
        wrapped = []
        for ptxt in value.split("\n"):
            wrapped += textwrap.wrap(ptxt, int((w - 10) / 5.4)) or [""]
        if not value:
            wrapped = []
        h = 14 + 10 * max(1, len(wrapped)) + 4
        if y[0] - h < 40 and xoff == 0:
            newpage()
        c.setStrokeColor(HexColor("#999999"))
        c.rect(x0 + xoff, y[0] - h, w, h)
        c.setFont("Helvetica", 6.5)
        c.setFillColor(HexColor("#444444"))
        c.drawString(x0 + xoff + 3, y[0] - 8, label.upper())
        c.setFillColor(black)
        c.setFont("Courier", 9)
        yy = y[0] - 19
        for ln in wrapped:
            c.drawString(x0 + xoff + 6, yy, ln)
            yy -= 10
        return h

    def full(label, key, value=None):
        h = box(label, value if value is not None else val(d, key))
        y[0] -= h + 3

    def pair(l1, k1, l2, k2):
        half = (x1 - x0) / 2
        h1 = box(l1, val(d, k1), width=half)
        h2 = box(l2, val(d, k2), width=half, xoff=half)
        y[0] -= max(h1, h2) + 3

    def ticks(label, key):
        if y[0] - 30 < 40:
            newpage()
        c.setFont("Helvetica", 6.5)
        c.drawString(x0 + 3, y[0] - 8, label.upper())
        xx = x0 + 6
        for code, cap in OPT[key]:
            c.rect(xx, y[0] - 22, 8, 8)
            if f.get(key) == code:
                c.setFont("Helvetica-Bold", 9)
                c.drawString(xx + 1.3, y[0] - 20.8, "X")
            c.setFont("Helvetica", 8.5)
            c.drawString(xx + 12, y[0] - 21, cap)
            xx += 24 + c.stringWidth(cap, "Helvetica", 8.5)
        y[0] -= 30
    full("Proposed title", "proposal_title")
    pair("Name of proposer", "proposer_name", "Position / title", "proposer_title")
    pair("Department / program", "proposer_department", "Email", "proposer_email")
    pair("Phone", "proposer_phone", "Existing program name (if converting)", "existing_program_name")
    ticks("Type of request", "request_type")
    full("Target learners", "target_learners")
    full("Rationale / need", "rationale")
    full("Competencies / skills targeted", "competencies")
    full("Learning outcomes", "learning_outcomes", "\n".join(f"{i}. {t}" for i, t in enumerate(f["learning_outcomes"], 1)))
    full("Summative assessment", "summative_assessment")
    pair("Industry / employment partner", "partner_name", "Partner contact", "partner_contact")
    ticks("Endorsement status", "endorsement_status")
    full("Alignment with Michener's Education Plan", "education_plan_alignment")
    ticks("Delivery format", "delivery_format")
    pair("Estimated hours", "estimated_hours", "Proposed start", "proposed_start")
    pair("Expected enrolment per year", "expected_enrolment", "Date", "submission_date")
    full("Resources required", "resources_required")
    c.save()
    write_expected(d)


def t14():
    d = "t14"
    f = FORMS[d]["fields"]
    doc = Doc(font="Liberation Serif", size=11, page="letter", header="Concept form – printout")
    doc.h("Micro-Course / Credential Concept Form", 1)

    def opt(key):
        return "   ".join(("[x] " if f[key] == c else "[ ] ") + lab for c, lab in
                          [x for x in OPT[key]])
    items = [("Proposed Title", "proposal_title"), ("Name of Proposer", "proposer_name"),
             ("Position / Title", "proposer_title"), ("Department / Program", "proposer_department"),
             ("Email", "proposer_email"), ("Phone / Extension", "proposer_phone"),
             ("Type of Request", "request_type"), ("Target Learners", "target_learners"),
             ("Rationale / Need", "rationale"), ("Competencies / Skills Targeted", "competencies"),
             ("Learning Outcomes", "learning_outcomes"), ("Summative Assessment", "summative_assessment"),
             ("Industry / Employment Partner", "partner_name"), ("Partner Contact", "partner_contact"),
             ("Endorsement Status", "endorsement_status"),
             ("Alignment with Michener's Education Plan", "education_plan_alignment"),
             ("Delivery Format", "delivery_format"), ("Estimated Hours", "estimated_hours"),
             ("Proposed Start", "proposed_start"), ("Expected Enrolment per Year", "expected_enrolment"),
             ("Resources Required", "resources_required"), ("Date Submitted", "submission_date")]
    for lab, k in items:
        doc.label(lab)
        if k in ("request_type", "endorsement_status", "delivery_format"):
            doc.p(opt(k))
        elif k == "learning_outcomes":
            for i, it in enumerate(f[k], 1):
                doc.p(f"{i}. {it}")
        else:
            doc.p(val(d, k))
    doc.save(out_path(d), "docx")
    write_expected(d)


def h12():
    d = "h12"
    f = FORMS[d]["fields"]
    c = canvas.Canvas(out_path(d), pagesize=letter)
    c.setCreator("Microsoft Word - concept form.docx")
    W, H = letter
    x0 = 60
    y = [0]
    page = [0]

    def start():
        page[0] += 1
        c.setFont("Helvetica", 8)
        c.drawString(x0, H - 36, "Micro-Course / Credential Concept Form")
        c.drawRightString(W - 60, 30, f"Page {page[0]} of 2")
        y[0] = H - 70

    def ensure(h):
        if y[0] - h < 50:
            c.showPage()
            start()

    def write_lines(text, font="Times-Roman", size=10.5, indent=0):
        for ln in textwrap.wrap(text, 92 - indent // 5):
            ensure(13)
            c.setFont(font, size)
            c.drawString(x0 + indent, y[0], ln)
            y[0] -= 13

    def label(text):
        ensure(30)
        y[0] -= 6
        c.setFont("Helvetica-Bold", 9)
        c.drawString(x0, y[0], text.upper())
        y[0] -= 13
    start()
    c.setFont("Helvetica-Bold", 13)
    c.drawString(x0, y[0], "CONCEPT FORM")
    y[0] -= 16
    seq = [("Proposed Title", "proposal_title"), ("Name of Proposer", "proposer_name"),
           ("Position / Title", "proposer_title"), ("Department / Program", "proposer_department"),
           ("Email", "proposer_email"), ("Phone", "proposer_phone"), ("Type of Request", "request_type"),
           ("Target Learners", "target_learners"), ("Rationale / Need", "rationale"),
           ("Competencies / Skills Targeted", "competencies")]
    for lab, k in seq:
        label(lab)
        write_lines(chosen(d, k) if k == "request_type" else val(d, k))
    label("Learning Outcomes")
    for i, it in enumerate(f["learning_outcomes"], 1):
        if i == 4 and page[0] == 1:
            c.showPage()
            start()
        write_lines(f"{i}. {it}", indent=10)
    for lab, k in [("Summative Assessment", "summative_assessment"), ("Industry / Employment Partner", "partner_name"),
                   ("Partner Contact", "partner_contact"), ("Endorsement Status", "endorsement_status"),
                   ("Alignment with Michener's Education Plan", "education_plan_alignment"),
                   ("Delivery Format", "delivery_format"), ("Estimated Hours", "estimated_hours"),
                   ("Proposed Start", "proposed_start"), ("Expected Enrolment per Year", "expected_enrolment"),
                   ("Date Submitted", "submission_date")]:
        label(lab)
        write_lines(chosen(d, k) if k in ("endorsement_status", "delivery_format") else val(d, k))
    c.save()
    write_expected(d)


def h13():
    d = "h13"
    f = FORMS[d]["fields"]
    pdf = FPDF(format="letter")
    pdf.set_creator("Google Chrome")
    pdf.add_font("DejaVu", "", DEJAVU)
    pdf.add_font("DejaVu", "B", DEJAVU_B)
    pdf.set_margins(20, 18, 20)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 8, "Micro-Course / Credential Concept Form (draft)", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    def line(label, value):
        pdf.set_font("DejaVu", "B", 9.5)
        w = pdf.get_string_width(label + ": ") + 1
        pdf.cell(w, 5.2, label + ":")
        pdf.set_font("DejaVu", "", 9.5)
        pdf.multi_cell(0, 5.2, value or "", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def opts(label, key):
        line(label, "  ".join(("[X] " if f.get(key) == c else "[ ] ") + lab for c, lab in OPT[key]))
    line("Proposed Title", val(d, "proposal_title"))
    line("Name", val(d, "proposer_name"))
    line("Position / Title", val(d, "proposer_title"))
    line("Department / Program", val(d, "proposer_department"))
    line("Email", "")
    line("Phone", val(d, "proposer_phone"))
    opts("Type of Request", "request_type")
    line("Target Learners", val(d, "target_learners"))
    line("Rationale / Need", val(d, "rationale"))
    line("Competencies", val(d, "competencies"))
    line("Learning Outcomes", "; ".join(f"({i}) {t}" for i, t in enumerate(f["learning_outcomes"], 1)))
    line("Summative Assessment", val(d, "summative_assessment"))
    line("Partner", val(d, "partner_name"))
    opts("Endorsement", "endorsement_status")
    line("Education Plan Alignment", val(d, "education_plan_alignment"))
    opts("Delivery Format", "delivery_format")
    line("Estimated Hours", val(d, "estimated_hours"))
    line("Proposed Start", "")
    line("Expected Enrolment per Year", val(d, "expected_enrolment"))
    line("Date", val(d, "submission_date"))
    pdf.output(out_path(d))
    write_expected(d)


ALL = [t12, t13, t14, h12, h13]

if __name__ == "__main__":
    import sys
    for fn in ALL:
        if len(sys.argv) == 1 or fn.__name__ in sys.argv[1:]:
            fn()
            print("made", fn.__name__)
