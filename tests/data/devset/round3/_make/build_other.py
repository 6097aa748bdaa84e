# -*- coding: utf-8 -*-
"""Shape 7: documents close to a form that are not concept forms."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
from mk_pdf import *
from docx import Document
from docx.shared import Pt

OTHER = [
 dict(id="t_eval", half="tuning", shape="7", is_form=False, lang="en", f={},
      file="Course evaluation - Arterial blood gas sampling workshop (completed).docx",
      notes="A filled-in CE course evaluation form (python-docx table with ☒/☐ rating boxes): course title, instructor, date, ratings of whether learning outcomes were met and the summative assessment was fair, free-text comments, participant name and email. Not a concept form."),
 dict(id="t_letter", half="tuning", shape="7", is_form=False, lang="en", f={},
      file="Letter of support - Lakeview Community Care (trach care).pdf",
      notes="Letter of support (reportlab platypus, letterhead) for the tracheostomy care proposal in this half: quotes the proposal title, names the proposer (Marisol Quintero-Banks) and the partner contact, mentions competencies, summative assessment and Michener's Education Plan. Kept with an application, not parsed as a form."),
 dict(id="h_job", half="heldout", shape="7", is_form=False, lang="en", f={},
      file="Employment application - Clinical Educator (filled).pdf",
      notes="A filled fillable job application form (reportlab AcroForm): applicant name, email, phone, position applied for, department, available start date, and a long answer about designing competency-based learning outcomes and summative assessments for micro-credentials. Not a concept form."),
 dict(id="h_review", half="heldout", shape="7", is_form=False, lang="en", f={},
      file="Program review template - CE micro-credentials 2026.docx",
      notes="A blank annual PROGRAM REVIEW template (python-docx table) whose labels overlap the concept form ('Program Title', 'Program Lead', 'Learning Outcomes', 'Summative Assessment', 'Industry Partner', 'Alignment with the Education Plan', 'Enrolment this year'); unfilled, and a different form. Not a concept form."),
 dict(id="h_news", half="heldout", shape="7", is_form=False, lang="en", f={},
      file="CE News - Spring 2026.pdf",
      notes="CE newsletter (reportlab platypus, two columns) announcing a new micro-credential: names the course, its lead, hours, delivery format, learning outcomes, summative assessment and the industry partner, and invites staff to submit a concept form. Not a concept form."),
]


def build(o):
    p = out(o)
    if o["id"] == "t_eval":
        d = Document(); d.styles["Normal"].font.name = "Calibri"; d.styles["Normal"].font.size = Pt(10)
        r = d.add_paragraph().add_run("Continuing Education – Course Evaluation"); r.bold = True; r.font.size = Pt(15)
        d.add_paragraph("Please complete this form at the end of the session. Your answers are anonymous unless you add your name.")
        t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
        for a, b in [("Course Title", "Arterial Blood Gas Sampling Workshop"), ("Instructor", "Fenella Okoro-Brightman, RRT"),
                     ("Date attended", "12/03/2026"), ("Delivery format", "☐ Online   ☒ In person   ☐ Hybrid")]:
            c = t.add_row().cells; c[0].paragraphs[0].add_run(a).bold = True; c[1].text = b
        d.add_paragraph()
        t = d.add_table(rows=1, cols=6); t.style = "Table Grid"
        for j, h in enumerate(["Statement", "Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"]):
            t.rows[0].cells[j].text = h
        for s, k in [("The learning outcomes were clear.", 5), ("I achieved the learning outcomes.", 4),
                     ("The summative assessment was fair.", 4), ("The competencies taught apply to my job.", 5),
                     ("The session length (4 hours) was right.", 3)]:
            c = t.add_row().cells; c[0].text = s
            for j in range(1, 6):
                c[j].text = "☒" if j == k else "☐"
        d.add_paragraph()
        for q, a in [("What was most useful?", "Practising radial punctures on the arm model and the Allen test refresher."),
                     ("What should we change?", "More time at the blood gas analyser; the online pre-reading link was broken."),
                     ("Would you recommend this course?", "☒ Yes   ☐ No"),
                     ("Name (optional)", "Guillermo Achterberg"), ("Email (optional)", "g.achterberg@northlake.example.org")]:
            pp = d.add_paragraph(); pp.add_run(q + " ").bold = True; pp.add_run(a)
        d.save(p)
    elif o["id"] == "h_review":
        d = Document(); d.styles["Normal"].font.name = "Calibri"; d.styles["Normal"].font.size = Pt(10)
        r = d.add_paragraph().add_run("Annual Program Review – Continuing Education Micro-credentials"); r.bold = True; r.font.size = Pt(14)
        d.add_paragraph("Complete one review per running micro-credential by June 30. Attach enrolment and evaluation summaries.")
        t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
        for a in ["Program Title", "Program Lead", "Email", "Review period", "Learning Outcomes (as approved)",
                  "Were outcomes achieved? Evidence", "Summative Assessment – pass rate", "Industry Partner", "Partner feedback",
                  "Alignment with the Education Plan", "Enrolment this year", "Completion rate", "Changes proposed for next year",
                  "Reviewed by (CE office)", "Date"]:
            c = t.add_row().cells; c[0].paragraphs[0].add_run(a).bold = True
        d.add_paragraph(); d.add_paragraph("Recommendation:  ☐ Continue   ☐ Continue with changes   ☐ Retire")
        d.save(p)
    elif o["id"] == "t_letter":
        st = ParagraphStyle("b", fontName="Times-Roman", fontSize=11, leading=14.5, spaceAfter=9)
        hd = ParagraphStyle("h", fontName="Times-Bold", fontSize=14, leading=17)
        story = [Paragraph("Lakeview Community Care", hd),
                 Paragraph("2150 Lakeshore Road West, Suite 300 · Toronto ON · 416-555-0110", st), Spacer(1, 8),
                 Paragraph("March 6, 2026", st),
                 Paragraph("Continuing Education<br/>The Michener Institute of Education at UHN<br/>ce@michener.example", st),
                 Paragraph("Re: Letter of support – “Tracheostomy Care at Home for Personal Support Workers”", ParagraphStyle("r", parent=st, fontName="Times-Bold")),
                 Paragraph("To the Continuing Education team,", st),
                 Paragraph("I am writing to confirm Lakeview Community Care’s support for the micro-course proposed by Marisol Quintero-Banks, "
                           "Respiratory Therapist with our Home Ventilation Service. Our personal support workers visit a growing number of clients "
                           "with a tracheostomy, and we need a short, skills-based course with a summative assessment that shows each worker can "
                           "suction and change an inner cannula safely.", st),
                 Paragraph("We will release staff to attend, host the practical sessions in our training room, and help review the competencies and "
                           "the observed skills check. We understand the course will align with Michener’s Education Plan and that it will be "
                           "reviewed by your office before it is offered.", st),
                 Paragraph("Please contact me with any questions.", st), Spacer(1, 14),
                 Paragraph("Sincerely,", st), Spacer(1, 18),
                 Paragraph("Odile Pemberton<br/>Director of Clinical Practice, Lakeview Community Care<br/>opemberton@lakeviewcc.example.org", st)]
        SimpleDocTemplate(p, pagesize=letter, leftMargin=72, rightMargin=72, topMargin=60, bottomMargin=60).build(story)
    elif o["id"] == "h_job":
        c = canvas.Canvas(p, pagesize=letter); af = c.acroForm; W, Hh = letter
        c.setFont("Helvetica-Bold", 14); c.drawString(50, Hh - 55, "Application for Employment")
        c.setFont("Helvetica", 8.5); c.drawString(50, Hh - 70, "Harbourview Health Network · Human Resources · Please complete all fields")
        y = Hh - 100
        rows = [("Full Name", "applicant_name", "Rosamund Adeyemi-Kerr", 18), ("Email", "applicant_email", "rosamund.ak@example.com", 18),
                ("Phone", "applicant_phone", "416-555-0184", 18), ("Position Applied For", "position", "Clinical Educator, Continuing Education", 18),
                ("Department", "department", "Education and Professional Practice", 18), ("Available Start Date", "start_date", "June 1, 2026", 18),
                ("Highest Education", "education", "MEd (Adult Education), BSc Respiratory Therapy", 18),
                ("Describe your experience designing learning", "experience",
                 "Over six years I designed competency-based workshops for respiratory therapists, wrote learning outcomes and summative "
                 "assessments (OSCE stations and observed skills checks), and led two micro-credential concept proposals with industry partners.", 80),
                ("References available?", "references", "Yes, on request", 18), ("Date", "app_date", "2026-03-28", 18)]
        for lab, name, val, h in rows:
            c.setFont("Helvetica", 9); 
            for j, ln in enumerate(simpleSplit(lab, "Helvetica", 9, 130)):
                c.drawString(50, y - 11 - 10 * j, ln)
            af.textfield(name=name, value=val, x=190, y=y - h, width=370, height=h, fontSize=9,
                         fieldFlags="multiline" if h > 20 else "", borderWidth=0.5)
            y -= h + 10
        c.setFont("Helvetica", 9); c.drawString(50, y - 12, "Legally eligible to work in Canada")
        af.checkbox(name="eligible", checked=True, x=240, y=y - 15, size=11); c.save()
    elif o["id"] == "h_news":
        W, Hh = letter
        doc = BaseDocTemplate(p, pagesize=letter, leftMargin=50, rightMargin=50, topMargin=50, bottomMargin=50)
        fw = (W - 118) / 2
        doc.addPageTemplates([PageTemplate(frames=[Frame(50, 50, fw, Hh - 100), Frame(68 + fw, 50, fw, Hh - 100)])])
        st = ParagraphStyle("b", fontName="DVS", fontSize=9.5, leading=12.5, spaceAfter=6)
        hd = ParagraphStyle("h", fontName="DVB", fontSize=12, leading=15, spaceBefore=6, spaceAfter=4)
        story = [Paragraph("CE News · Spring 2026", ParagraphStyle("t", fontName="DVB", fontSize=18, leading=22, spaceAfter=8)),
                 Paragraph("Now enrolling: Sepsis Screening at Triage", hd),
                 Paragraph("Our newest micro-credential, <i>Sepsis Screening at Triage</i>, opens for registration on May 4. Proposed by "
                           "Wilhelmina Osei-Barrow (Clinical Nurse Specialist, Emergency) and endorsed by Fairhaven Regional Health, the course "
                           "is online, takes about 6 hours, and ends with a summative case-based assessment.", st),
                 Paragraph("By the end, learners will be able to:", st),
                 Paragraph("• apply the triage sepsis screening tool;<br/>• recognise red-flag vital sign patterns;<br/>• escalate using the sepsis pathway.", st),
                 Paragraph("Questions: ce@michener.example.", st),
                 Paragraph("Have an idea? Send us a concept form", hd),
                 Paragraph("Every micro-credential must be competency-based, include a summative assessment, be endorsed by an industry or "
                           "employment partner, and align with Michener’s Education Plan. Download the Micro-Course / Credential Concept Form from "
                           "the CE intranet page, complete it, and email it to the CE office with any letter of support.", st),
                 Paragraph("Dates to remember", hd),
                 Paragraph("April 15 – concept forms due for the fall review cycle.<br/>May 4 – registration opens.<br/>June 30 – annual program reviews due.", st),
                 Paragraph("Staff spotlight", hd),
                 Paragraph("Congratulations to the Medical Laboratory Science faculty, whose flow cytometry workshop passed 500 alumni this winter.", st)]
        doc.build(story)
    write_expected(o, p); print("built", p)


if __name__ == "__main__":
    for o in OTHER:
        if len(sys.argv) == 1 or o["id"] in sys.argv[1:]:
            build(o)
