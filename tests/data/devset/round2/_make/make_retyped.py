"""Shape 5: forms retyped by applicants in their own words and layouts."""
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, Inches, Mm, Cm
from fpdf import FPDF
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle,
                                ListFlowable, ListItem, PageBreak, SimpleDocTemplate, KeepTogether)
from reportlab.lib import colors
from xml.sax.saxutils import escape as E

from common import FORMS, out_path, val, write_expected
from fodt import Doc
from make_tables import set_font, shade


def F(d):
    return FORMS[d]["fields"]


def t15():
    d = "t15"
    f = F(d)
    doc = Document()
    set_font(doc, "Calibri", 11)
    doc.add_heading("Micro-credential idea – answers to the CE concept questions", level=1)
    doc.add_paragraph("I have typed the questions from the concept form in my own words; answers are underneath.")
    qa = [
        ("What would you call it?", [f["proposal_title"]]),
        ("Who is proposing it?", [f"{f['proposer_name']} ({f['proposer_title']}, {f['proposer_department']}) – "
                                  f"{f['proposer_email']} – {f['proposer_phone']}"]),
        ("Is it a brand-new micro-credential, a conversion of something that exists, or a micro-course?",
         ["A micro-course – nothing like it exists now."]),
        ("Who would take it?", [f["target_learners"]]),
        ("Why is it needed?", [f["rationale"]]),
        ("What skills or competencies does it build?", [f["competencies"]]),
        ("What will people be able to do at the end?",
         ["Participants will be able to: " + "; ".join(f["learning_outcomes"][:-1]) + "; and "
          + f["learning_outcomes"][-1] + "."]),
        ("How will you know they can do it?", [f["summative_assessment"]]),
        ("Who is backing it?", [f"{f['partner_name']} – their letter of support is attached."]),
        ("How does it fit Michener's Education Plan?", [f["education_plan_alignment"]]),
        ("Practical details", ["It would be blended (online theory plus a short in-person simulation), about 5 hours "
                               "in total, starting August 2026, and we expect roughly 150 learners a year."]),
    ]
    for i, (q, answers) in enumerate(qa, 1):
        p = doc.add_paragraph()
        p.add_run(f"{i}. {q}").bold = True
        for a in answers:
            doc.add_paragraph(a)
    doc.add_paragraph()
    doc.add_paragraph("Submitted 1 March 2026")
    doc.save(out_path(d))
    write_expected(d)


def t16():
    d = "t16"
    f = F(d)
    pdf = FPDF(format="letter")
    pdf.set_creator("Mozilla Thunderbird")
    pdf.set_margins(22, 20, 22)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 7, "Micro-credential concept - Chest Drainage Systems for Respiratory Therapists",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Courier", "", 9)
    for k, v in [("From:", f"{f['proposer_name']} <{f['proposer_email']}>"), ("To:", "ce@michener.example"),
                 ("Date:", "Tuesday, February 24, 2026 9:14 AM"),
                 ("Subject:", "Micro-credential concept - Chest Drainage Systems for Respiratory Therapists")]:
        pdf.cell(18, 5, k)
        pdf.cell(0, 5, v, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 10.5)

    def para(t, gap=2.5):
        pdf.multi_cell(0, 5.4, t, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)
    para("Hello CE team,")
    para("I couldn't get the Word version of the concept form to open on my hospital laptop, so here are my "
         "answers in an email. I'd like to propose a new micro-credential called \"Chest Drainage Systems for "
         "Respiratory Therapists\".")
    para("Who it's for: " + f["target_learners"])
    para("Why: " + f["rationale"])
    para("The competencies it targets: " + f["competencies"])
    para("By the end, learners would be able to:", 0.5)
    for i, it in enumerate(f["learning_outcomes"], 1):
        pdf.multi_cell(0, 5.4, f"   {i}. {it}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.5)
    para("Assessment: " + f["summative_assessment"])
    para(f"Partner: {f['partner_name']} supports the idea; we are still in discussion about a formal letter. "
         f"My contact there is {f['partner_contact']}.")
    para("Education Plan fit: " + f["education_plan_alignment"])
    para("I picture it as a hybrid course of about 14 hours, with roughly 30 learners a year. Start date is open.")
    para("Thanks,")
    for ln in [f["proposer_name"] + ", RRT", f["proposer_title"], f["proposer_department"],
               "Tel. " + f["proposer_phone"]]:
        pdf.cell(0, 5.2, ln, new_x="LMARGIN", new_y="NEXT")
    pdf.output(out_path(d))
    write_expected(d)


def t17():
    d = "t17"
    f = F(d)
    doc = Doc(font="Liberation Sans", size=10.5, lang="fr", page="letter")
    doc.h("Proposition de microcrédit", 1)
    doc.p("**Titre :** " + f["proposal_title"])
    doc.p(" | ".join([f["proposer_name"], f["proposer_title"], f["proposer_department"], f["proposer_email"],
                      "tél. " + f["proposer_phone"]]))
    doc.h("Type de projet")
    doc.p("Il s'agit d'un nouveau microcrédit.")
    doc.h("Publics visés")
    doc.p(f["target_learners"])
    doc.h("Pourquoi ce microcrédit ?")
    doc.p(f["rationale"])
    doc.h("Compétences développées")
    doc.p(f["competencies"])
    doc.h("Ce que les participants sauront faire")
    doc.bullets(f["learning_outcomes"])
    doc.h("Partenaire")
    doc.p(f"{f['partner_name']}. Personne-ressource : {f['partner_contact']}. Les discussions sont en cours en vue "
          "d'une lettre d'appui.")
    doc.h("Lien avec le Plan d'éducation de Michener")
    doc.p(f["education_plan_alignment"])
    doc.h("Modalités")
    doc.p("Formule hybride, 9 heures au total, pour environ 45 personnes par année. Début souhaité : hiver 2027.")
    doc.p("")
    doc.p(f["proposer_name"] + "\n16 février 2026")
    doc.save(out_path(d), "docx")
    write_expected(d)


def t18():
    d = "t18"
    f = F(d)
    doc = Document()
    set_font(doc, "Arial", 9.5)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Inches(11), Inches(8.5)
    doc.add_paragraph().add_run("IONM Basics – concept answers (Neurodiagnostics, QHSC)").bold = True
    rows = [
        (f["proposal_title"], "What is the course called?"),
        ("\n".join([f["proposer_name"], f["proposer_title"], f["proposer_department"], f["proposer_email"],
                    f["proposer_phone"]]), "Who is proposing it? (name, role, unit, email, phone)"),
        ("New micro-credential", "New, conversion of an existing program, or micro-course?"),
        (f["target_learners"], "Who is it for?"),
        (f["rationale"], "Why do we need it?"),
        (f["competencies"], "Which competencies does it target?"),
        ("\n".join(f"{i}. {t}" for i, t in enumerate(f["learning_outcomes"], 1)), "What will learners be able to do?"),
        (f["summative_assessment"], "How will they show it? (summative)"),
        (f["partner_name"], "Partner organisation"),
        (f["partner_contact"], "Partner contact"),
        ("Confirmed by the department head", "Endorsement"),
        (f["education_plan_alignment"], "Fit with Michener's Education Plan"),
        ("Hybrid\n24 hours\nJanuary 2027\n10 learners per year", "Format / hours / start / learners per year"),
        (f["submission_date"], "Date"),
    ]
    t = doc.add_table(rows=1, cols=3)
    t.style = doc.styles["Table Grid"]
    for c, h in zip(t.rows[0].cells, ["Our answer", "Question (from the CE concept form)", "§"]):
        c.paragraphs[0].add_run(h).bold = True
        shade(c, "BDD7EE")
    for i, (ans, q) in enumerate(rows, 1):
        r = t.add_row()
        r.cells[0].width, r.cells[1].width, r.cells[2].width = Inches(5.6), Inches(2.8), Inches(0.5)
        lines = ans.split("\n")
        r.cells[0].paragraphs[0].add_run(lines[0])
        for ln in lines[1:]:
            r.cells[0].add_paragraph(ln)
        r.cells[1].paragraphs[0].add_run(q).italic = True
        r.cells[2].paragraphs[0].add_run(str(i))
    doc.save(out_path(d))
    write_expected(d)


def t19():
    d = "t19"
    f = F(d)
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontName="Times-Roman", fontSize=10, leading=12.5)
    head = ParagraphStyle("h", parent=ss["Heading3"], fontName="Times-Bold", fontSize=11.5, spaceBefore=8,
                          spaceAfter=3, textColor=colors.HexColor("#7a1f1f"))
    title = ParagraphStyle("t", parent=ss["Title"], fontName="Times-Bold", fontSize=17, leading=20)
    path = out_path(d)
    W, H = A4
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=1.8 * cm, rightMargin=1.8 * cm, topMargin=1.8 * cm,
                          bottomMargin=1.8 * cm, title="Radioligand therapy micro-course proposal",
                          author=f["proposer_name"])
    gap = 0.7 * cm
    cw = (W - 3.6 * cm - gap) / 2
    top_h = 4.2 * cm
    fr_top = Frame(1.8 * cm, H - 1.8 * cm - top_h, W - 3.6 * cm, top_h, id="top")
    fl = Frame(1.8 * cm, 1.8 * cm, cw, H - 3.6 * cm - top_h, id="l")
    frr = Frame(1.8 * cm + cw + gap, 1.8 * cm, cw, H - 3.6 * cm - top_h, id="r")
    fl2 = Frame(1.8 * cm, 1.8 * cm, cw, H - 3.6 * cm, id="l2")
    fr2 = Frame(1.8 * cm + cw + gap, 1.8 * cm, cw, H - 3.6 * cm, id="r2")
    doc.addPageTemplates([PageTemplate("first", [fr_top, fl, frr], autoNextPageTemplate="next"),
                          PageTemplate("next", [fl2, fr2])])
    P = lambda t, s=body: Paragraph(E(t), s)
    story = [P(f["proposal_title"], title),
             P("A micro-course proposal for Michener Continuing Education", ss["Italic"]),
             Spacer(1, 4),
             P("Proposed by: " + " — ".join([f["proposer_name"], f["proposer_title"], f["proposer_department"],
                                              f["proposer_email"], f["proposer_phone"]])),
             Spacer(1, 30)]
    from reportlab.platypus import FrameBreak
    story.append(FrameBreak())
    sections = [("What kind of offering", "Micro-course (stand-alone, not part of a credential)."),
                ("Who it is for", f["target_learners"]), ("The need", f["rationale"]),
                ("Competencies", f["competencies"])]
    for h, t in sections:
        story += [P(h, head), P(t)]
    story += [P("Learning outcomes", head), P("Learners will be able to:"),
              ListFlowable([ListItem(P(x), leftIndent=12) for x in f["learning_outcomes"]], bulletType="bullet",
                           start="•", leftIndent=12)]
    for h, t in [("How learning is assessed", f["summative_assessment"]),
                 ("Partner", f"{f['partner_name']}. Contact: {f['partner_contact']}. A letter of support is attached."),
                 ("Fit with the Education Plan", f["education_plan_alignment"])]:
        story += [P(h, head), P(t)]
    facts = [["Format", "Online"], ["Hours", "6"], ["Start", f["proposed_start"]], ["Learners per year", "40"],
             ["Resources", P(f["resources_required"])], ["Date", "21 February 2026"]]
    tb = Table(facts, colWidths=[3.3 * cm, cw - 3.5 * cm])
    tb.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Times-Roman", 9.5), ("FONT", (0, 0), (0, -1), "Times-Bold", 9.5),
                            ("BOX", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f4ecec"))]))
    story += [P("Facts at a glance", head), tb]
    doc.build(story)
    write_expected(d)


def h14():
    d = "h14"
    f = F(d)
    doc = Document()
    set_font(doc, "Times New Roman", 12)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    doc.add_heading("Microcours – réponses au formulaire de concept", level=1)
    qa = [
        ("Quel est le titre ?", f["proposal_title"]),
        ("Qui présente la proposition ?",
         f"{f['proposer_name']}, {f['proposer_title']}, {f['proposer_department']}. Courriel : {f['proposer_email']}; "
         f"téléphone : {f['proposer_phone']}."),
        ("S'agit-il d'un nouveau microcrédit, d'une conversion ou d'un microcours ?", "Un microcours."),
        ("À qui s'adresse-t-il ?", f["target_learners"]),
        ("Pourquoi est-il nécessaire ?", f["rationale"]),
        ("Quelles compétences seront développées ?", f["competencies"]),
        ("Quels sont les résultats d'apprentissage ?", None),
        ("Comment les acquis seront-ils évalués ?", f["summative_assessment"]),
        ("Quel partenaire appuie le projet ?", f"{f['partner_name']} (lettre d'appui jointe)."),
        ("Quel est le lien avec le Plan d'éducation de Michener ?", f["education_plan_alignment"]),
        ("Modalités ?", "Formule hybride, 16 heures au total, environ 30 participants par année, à partir de "
                        "septembre 2026."),
    ]
    for i, (q, a) in enumerate(qa, 1):
        p = doc.add_paragraph()
        p.add_run(f"Q{i} – {q}").bold = True
        if a is None:
            doc.add_paragraph("R :")
            for j, it in enumerate(f["learning_outcomes"], 1):
                doc.add_paragraph(f"{j}) {it}")
        else:
            doc.add_paragraph("R : " + a)
    doc.add_paragraph()
    doc.add_paragraph("Date : le 6 mars 2026")
    doc.save(out_path(d))
    write_expected(d)


def h15():
    d = "h15"
    f = F(d)
    doc = Doc(font="Liberation Serif", size=11.5, page="letter", footer="Sunnyside Health Network – internal memo")
    doc.h("MEMORANDUM", 1)
    doc.p(f"**TO:**\tContinuing Education Office, The Michener Institute\n"
          f"**FROM:**\t{f['proposer_name']}, {f['proposer_title']} — {f['proposer_department']}\n"
          f"**DATE:**\tMarch 4, 2026\n"
          f"**RE:**\tConcept for a new micro-credential: {f['proposal_title']}")
    doc.p("_" * 60)
    doc.p(f"I am writing to propose a new micro-credential, “{f['proposal_title']}”. The answers to the concept form "
          "questions are below.")
    doc.p("**Audience.** " + f["target_learners"])
    doc.p("**Background.** " + f["rationale"])
    doc.p("**Competencies.** " + f["competencies"])
    doc.p("**Outcomes.** Supervisors who complete it will be able to:")
    for i, it in enumerate(f["learning_outcomes"]):
        doc.p(f"({'abc'[i]}) {it}")
    doc.p("**Assessment.** " + f["summative_assessment"])
    doc.p(f"**Partner.** {f['partner_name']} has confirmed its endorsement and will co-fund the pilot.")
    doc.p("**Education Plan.** " + f["education_plan_alignment"])
    doc.p("**Logistics.** We see it as a fully online course of about 6 hours, launched in Fall 2026, with roughly "
          "120 supervisors a year.")
    doc.p("")
    doc.p(f"{f['proposer_name']}\n{f['proposer_email']} | {f['proposer_phone']}")
    doc.save(out_path(d), "pdf")
    write_expected(d)


def h16():
    d = "h16"
    f = F(d)
    doc = Doc(font="Liberation Sans", size=10, page="a4")
    doc.h("Concept: " + f["proposal_title"], 1)
    S = lambda t: ("span", 3, t)
    rows = [
        [S("What's the course called?")], [S(f["proposal_title"])],
        [S("Who's proposing it?")],
        ["Name", "Role", "Unit"],
        [f["proposer_name"], f["proposer_title"], f["proposer_department"]],
        [S(f"{f['proposer_email']} · {f['proposer_phone']}")],
        [S("New, conversion or micro-course?")], [S("Micro-course")],
        [S("Who should take it?")], [S(f["target_learners"])],
        [S("What problem does it solve?")], [S(f["rationale"])],
        [S("Which competencies does it build?")], [S(f["competencies"])],
        [S("What will learners be able to do?")],
        [S("\n".join(f"{i}. {t}" for i, t in enumerate(f["learning_outcomes"], 1)))],
        [S("How will you assess them?")], [S(f["summative_assessment"])],
        [S("Partner organisation and contact")], [S(f"{f['partner_name']} – {f['partner_contact']}")],
        [S("Has the partner endorsed it?")], [S("Still talking with them")],
        [S("How does it fit Michener's Education Plan?")], [S(f["education_plan_alignment"])],
        [S("Format, hours, start, learners per year")], [S("Online · 3 hours · September 2026 · 60 per year")],
        [S("Date")], [S("13 Feb 2026")],
    ]
    shaded = {i for i, r in enumerate(rows) if r[0][2] if isinstance(r[0], tuple)} if False else set()
    qs = {0, 2, 3, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26}
    doc.table(rows, shaded_rows=qs)
    doc.save(out_path(d), "docx")
    write_expected(d)


def h17():
    d = "h17"
    f = F(d)
    ss = getSampleStyleSheet()
    body = ParagraphStyle("b", parent=ss["BodyText"], fontName="Helvetica", fontSize=10.5, leading=14)
    head = ParagraphStyle("h", parent=ss["Heading2"], fontName="Helvetica-Bold", fontSize=12.5, spaceBefore=10)
    P = lambda t, s=body: Paragraph(E(t), s)

    def onpage(c, doc_):
        c.setFont("Helvetica", 7.5)
        c.drawString(2 * cm, 1.2 * cm, "Cardiac MRI credential – proposal to Michener CE")
        c.drawRightString(letter[0] - 2 * cm, 1.2 * cm, str(doc_.page))
    doc = SimpleDocTemplate(out_path(d), pagesize=letter, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, title=f["proposal_title"])
    r1, r2 = f["rationale"].split("\n\n")
    story = [P(f["proposal_title"], ss["Title"]),
             P("Micro-credential proposal to Michener Continuing Education", ss["Italic"]), Spacer(1, 8)]
    for k, lab in [("proposer_name", "Proposer"), ("proposer_title", "Role"), ("proposer_department", "Department"),
                   ("proposer_email", "Email"), ("proposer_phone", "Phone")]:
        story.append(P(f"<b>{lab}:</b> " + E(f[k]), body) if False else Paragraph(f"<b>{lab}:</b> {E(f[k])}", body))
    story += [P("What we are asking for", head), P("A new micro-credential."),
              P("Who it is for", head), P(f["target_learners"]),
              P("Why now", head), P(r1), PageBreak(), P(r2),
              P("Competencies", head), P(f["competencies"]),
              P("Outcomes", head), P("By the end, technologists will:"),
              ListFlowable([ListItem(P(x), leftIndent=14) for x in f["learning_outcomes"]], bulletType="bullet",
                           start="•", leftIndent=14),
              P("Framework", head), P(f["competency_framework"]),
              P("Assessment", head), P(f["summative_assessment"]),
              P("Partner and endorsement", head),
              P(f"{f['partner_name']} (contact: {f['partner_contact']}). A letter of support is attached."),
              P("Alignment with the Education Plan", head), P(f["education_plan_alignment"]),
              P("Logistics", head),
              P("Hybrid delivery, 40 hours in total, starting February 2027, with about 16 technologists a year."),
              P("Resources", head), P(f["resources_required"]),
              Spacer(1, 14), P("1 March 2026")]
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)
    write_expected(d)


def h18():
    d = "h18"
    f = F(d)
    doc = Document()
    set_font(doc, "Calibri", 10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Cm(1.8)
    t = doc.add_paragraph()
    r = t.add_run("Micro-credential idea for CE")
    r.bold = True
    r.font.size = Pt(16)
    # new section with two text columns
    from docx.enum.section import WD_SECTION
    s2 = doc.add_section(WD_SECTION.CONTINUOUS)
    s2._sectPr.append(parse_xml(f'<w:cols {nsdecls("w")} w:num="2" w:space="567"/>'))

    def item(label, text):
        p = doc.add_paragraph()
        p.add_run(label + " ").bold = True
        p.add_run(text)
    item("What:", f["proposal_title"])
    item("Who's asking:", f["proposer_name"])
    item("Role:", f["proposer_title"])
    item("Where:", f["proposer_department"])
    item("Email / phone:", f"{f['proposer_email']} / {f['proposer_phone']}")
    item("Kind of request:", "micro-course")
    item("For whom:", f["target_learners"])
    item("The problem:", f["rationale"])
    item("Skills:", f["competencies"])
    doc.add_paragraph().add_run("Outcomes:").bold = True
    for i, it in enumerate(f["learning_outcomes"], 1):
        doc.add_paragraph(f"{i}. {it}")
    item("Assessment:", f["summative_assessment"])
    item("Partner:", f"{f['partner_name']} (endorsement confirmed)")
    item("Education Plan fit:", f["education_plan_alignment"])
    item("Format:", "hybrid")
    item("Hours:", "3")
    item("Start:", f["proposed_start"])
    item("Learners per year:", "250")
    item("Date:", "5 March 2026")
    doc.save(out_path(d))
    write_expected(d)


ALL = [t15, t16, t17, t18, t19, h14, h15, h16, h17, h18]

if __name__ == "__main__":
    import sys
    for fn in ALL:
        if len(sys.argv) == 1 or fn.__name__ in sys.argv[1:]:
            fn()
            print("made", fn.__name__)
