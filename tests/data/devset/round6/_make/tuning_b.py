"""Round 6 tuning half, part B: shape 4 printouts (reportlab glyph placement, text boxes -> tagged PDF,
three columns, Type3 fonts)."""
from __future__ import annotations

from docx import Document
from docx.shared import Pt

from forms import append_runs, rpr, vml_textbox_xml
from lib import KEYS, LABELS, OPTS, ROOT, TMP, lo_to, options_line, outcomes_lines, record

H = "tuning"
OUT = ROOT / H

CHOICE_KEYS = ("request_type", "endorsement_status", "delivery_format")


def pairs(F: dict, shown: dict, labels: dict | None = None, on="☒", off="☐", lo_style="1.",
          skip=(), empty=()) -> list[tuple[str, list[str]]]:
    """(label, answer lines) in form order; choices as option lines; `empty` keys printed with no answer."""
    labels = {**LABELS, **(labels or {})}
    out = []
    for k in KEYS:
        if k in skip:
            continue
        if k in CHOICE_KEYS:
            out.append((labels[k], [options_line(k, F.get(k), on, off)]))
        elif k == "learning_outcomes" and k in F:
            out.append((labels[k], outcomes_lines(F[k], lo_style)))
        elif k in F:
            out.append((labels[k], [str(shown.get(k, F[k]))]))
        elif k in empty:
            out.append((labels[k], [""]))
    return out


# ---------------------------------------------------------------- T07 glyph-by-glyph, header band, footer
def t07():
    from reportlab.pdfgen import canvas
    from reportlab.lib.colors import HexColor, white, black
    from reportlab.pdfbase.pdfmetrics import stringWidth
    name = "Radiopharmacy kit QC - concept form (Print to PDF).pdf"
    F = {
        "proposal_title": "Radiopharmaceutical Kit Preparation and Quality Control",
        "request_type": "new",
        "proposer_name": "Anneliese Mbatha-Crowe",
        "proposer_title": "Nuclear Medicine Technologist, Radiopharmacy",
        "proposer_department": "Nuclear Medicine, Lakeridge Memorial",
        "proposer_email": "ambatha-crowe@example.org",
        "proposer_phone": "416-555-0185",
        "target_learners": "Nuclear medicine technologists who rotate into the hot lab less than once a month",
        "rationale": "Hot-lab shifts are now covered by a rotating pool of technologists; radiochemical purity failures and repeat preparations cost doses and delay patients. A short, focused credential would refresh aseptic technique and QC testing for the whole pool and give managers evidence of competence before a technologist is scheduled alone. In the last twelve months the pool grew from six to fourteen people, and the radiopharmacist can no longer observe each of them in person.",
        "competencies": "Aseptic kit reconstitution; radiochemical purity testing by thin-layer chromatography; dose calibrator QC; record keeping",
        "learning_outcomes": ["Reconstitute common Tc-99m kits using aseptic technique",
                              "Perform and interpret radiochemical purity tests",
                              "Carry out daily dose calibrator constancy and linearity checks",
                              "Complete the radiopharmacy records required by the licence"],
        "competency_framework": "CAMRT Nuclear Medicine competency profile",
        "summative_assessment": "Observed preparation of two kits with purity testing, graded against a checklist; pass requires both preparations within specification.",
        "partner_name": "Lakeridge Memorial Nuclear Medicine",
        "partner_contact": "Dr. Farouk Lindahl, flindahl@example.org",
        "endorsement_status": "letter_attached",
        "education_plan_alignment": "Education Plan theme of patient safety through continuing competence",
        "delivery_format": "in_person",
        "estimated_hours": 7,
        "proposed_start": "Winter 2027",
        "expected_enrolment": 24,
        "resources_required": "Access to a teaching hot lab on two Saturdays per cohort",
        "submission_date": "2026-11-17",
    }
    shown = {"estimated_hours": "7 (one lab day)", "expected_enrolment": "24", "submission_date": "November 17, 2026"}
    items = pairs(F, shown, on="[X]", off="[ ]", empty=("existing_program_name",))
    path = OUT / name
    c = canvas.Canvas(str(path), pagesize=(612, 792))
    page = [1]

    def furniture():
        c.setFillColor(HexColor("#0B3D6B"))
        c.rect(0, 712, 612, 80, stroke=0, fill=1)
        c.setFillColor(white)
        c.circle(60, 752, 22, stroke=0, fill=1)
        c.setFillColor(HexColor("#0B3D6B"))
        c.setFont("Helvetica-Bold", 16)
        c.drawCentredString(60, 746, "M")
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(95, 758, "Continuing Education")
        c.setFont("Helvetica", 10)
        c.drawString(95, 740, "Micro-Course / Credential Concept Form")
        c.setFillColor(black)
        c.setFont("Helvetica", 7.5)
        c.drawString(40, 30, "CE-F-07 Concept Form  |  printed 2026-11-17 16:02  |  Page %d" % page[0])

    def glyphs(x, y, text, font, size):
        # each character is its own positioned text object, as some printer drivers emit
        for ch in text:
            if ch != " ":
                c.setFont(font, size)
                c.drawString(x, y, ch)
            x += stringWidth(ch, font, size)

    def wrap(text, font, size, width):
        words, lines, cur = text.split(" "), [], ""
        for w in words:
            t = (cur + " " + w).strip()
            if stringWidth(t, font, size) > width and cur:
                lines.append(cur)
                cur = w
            else:
                cur = t
        lines.append(cur)
        return lines

    furniture()
    y = 690
    for label, answers in items:
        lines = []
        for a in answers:
            lines += wrap(a, "Times-Roman", 10.5, 340) if a else [""]
        glyphs(36, y, label + ":", "Helvetica-Bold", 8.5)
        for ln in lines:
            if y < 60:
                c.showPage()
                page[0] += 1
                furniture()
                y = 690
            glyphs(232, y, ln, "Times-Roman", 10.5)
            y -= 16
        y -= 10
    c.save()
    record(H, name, "4", "en", "reportlab, every character its own text object; header band with logo; footer on every page", F,
           "A 'Microsoft Print to PDF'-like printout: EVERY CHARACTER is drawn as its own positioned text object "
           "(spaces are not drawn, only advanced over), so words exist only by glyph positions. Each page has a "
           "big dark header band with a round logo 'M' and the form name, and a footer with the form number, a "
           "print time stamp '2026-11-17 16:02' and the page number (page furniture). Labels in bold Helvetica at "
           "the left, answers in Times to the right, long answers wrapped; the Education Plan label is the last "
           "line of page 1 and its ANSWER is printed on page 2, below the repeated header band, followed by the "
           "remaining rows. Choices as '[X]' / '[ ]'; existing program printed empty; hours "
           "'7 (one lab day)' -> 7; date 'November 17, 2026'.",
           checks=["7 (one lab day)", "November 17, 2026", "[X] New micro-credential"])


# ---------------------------------------------------------------- T08 answers in text boxes -> LibreOffice tagged PDF
def t08():
    name = "Methacholine challenge - concept form (text boxes).pdf"
    F = {
        "proposal_title": "Methacholine Challenge Testing for Pulmonary Function Technologists",
        "request_type": "existing_program",
        "existing_program_name": "Pulmonary Function Testing Certificate",
        "proposer_name": "Sunniva Adeyemi-Thorsen",
        "proposer_title": "PFT Lab Coordinator",
        "proposer_department": "Respiratory Services, Northgate Health Sciences",
        "proposer_email": "sadeyemi-thorsen@example.org",
        "proposer_phone": "613-555-0126",
        "target_learners": "Registered respiratory therapists and PFT technologists in hospital pulmonary function labs",
        "rationale": "Bronchoprovocation is offered in only four labs in the region because few staff are trained to run it safely.",
        "competencies": "Dose preparation and dilution; dosimeter and tidal-breathing methods; stopping criteria; PC20/PD20 calculation",
        "learning_outcomes": ["Prepare methacholine dilutions and verify concentrations",
                              "Administer the test by the tidal-breathing method to ATS/ERS standards",
                              "Recognise stopping criteria and manage bronchospasm",
                              "Calculate and report PD20"],
        "summative_assessment": "Two observed tests on volunteers plus a written case report graded with a rubric",
        "partner_name": "Northgate Health Sciences Respiratory Services",
        "partner_contact": "Amadou Lefebvre-Sato, alefebvre-sato@example.org",
        "endorsement_status": "in_discussion",
        "education_plan_alignment": "Education Plan: stackable credentials built on Michener certificates",
        "delivery_format": "hybrid",
        "estimated_hours": 12,
        "proposed_start": "September 2027",
        "expected_enrolment": 16,
        "submission_date": "2026-11-13",
    }
    shown = {"estimated_hours": "12 hours", "expected_enrolment": "16", "submission_date": "13.11.2026"}
    doc = Document()
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Michener Continuing Education"
    sec.footer.paragraphs[0].text = "Concept form (text box version) - please do not retype"
    doc.add_heading("Micro-Course / Credential Concept Form", 1)
    props = rpr(font="Liberation Serif", color="2E4A2E")
    for label, answers in pairs(F, shown, on="☒", off="☐", lo_style="•"):
        p = doc.add_paragraph()
        r = p.add_run(label)
        r.bold = True
        r.font.size = Pt(9.5)
        p.paragraph_format.space_after = Pt(1)
        p2 = doc.add_paragraph()
        nlines = sum(1 + len(a) // 80 for a in answers)
        h = 14 + 22 * nlines
        append_runs(p2, vml_textbox_xml(answers, width_pt=440, height_pt=h, props=props))
    src = TMP / "methacholine_textboxes.docx"
    doc.save(src)
    lo_to(src, 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}', OUT / name)
    record(H, name, "4", "en", "python-docx + VML text boxes -> LibreOffice 7.4 TAGGED PDF export", F,
           "Printed form whose answers were typed into TEXT BOXES (VML v:shape textboxes, one per answer, under a "
           "bold label paragraph; python-docx + raw XML), with a page header and footer, printed by LibreOffice as "
           "a TAGGED PDF (UseTaggedPDF: structure tree, /MarkInfo): in the PDF each answer is a frame's text, "
           "extraction order follows the frames. Choices as ☒/☐ option lines inside their boxes; outcomes '• ' "
           "lines; existing_program with the program named; date '13.11.2026'.",
           checks=["12 hours", "13.11.2026", "Convert an existing program"])


# ---------------------------------------------------------------- T09 three-column printout, incomplete
def t09():
    from reportlab.lib.pagesizes import landscape, letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer
    name = "Malaria smear microscopy refresher - concept (3 col print).pdf"
    F = {
        "proposal_title": "Malaria Smear Microscopy Refresher",
        "request_type": "micro_course",
        "proposer_name": "Tomasz Achebe-Farrell",
        "proposer_title": "Hematology Technical Specialist",
        "proposer_department": "Core Laboratory, Westvale Hospital",
        "proposer_email": "tachebe-farrell@example.com",
        "proposer_phone": "519-555-0150",
        "target_learners": "Medical laboratory technologists who read blood films on evenings and nights",
        "rationale": "Most labs see fewer than twenty positive malaria smears a year, so night staff rarely keep their eye; two missed P. falciparum cases were reported in the region last year.",
        "competencies": "Thick and thin film preparation; species identification; parasitaemia estimation; urgent reporting",
        "learning_outcomes": ["Prepare and stain thick and thin films of diagnostic quality",
                              "Identify Plasmodium species on thin films",
                              "Estimate parasitaemia and report critical results without delay"],
        "summative_assessment": "Virtual-slide exam of 15 cases; pass mark 85 % with no missed P. falciparum",
        "endorsement_status": "none",
        "education_plan_alignment": "Education Plan commitment to flexible online learning for practising technologists",
        "delivery_format": "online",
        "estimated_hours": 5,
        "proposed_start": "as soon as the virtual slides are licensed",
        "expected_enrolment": 120,
        "submission_date": "2026-11-19",
    }
    shown = {"estimated_hours": "5", "expected_enrolment": "120+", "submission_date": "19 Nov 2026"}
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    # a TrueType font so that the square marks are real glyphs (Helvetica has no ■/□)
    pdfmetrics.registerFont(TTFont("DejaVuSans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))
    lab = ParagraphStyle("lab", fontName="DejaVuSans-Bold", fontSize=7.5, leading=9, spaceBefore=5,
                         textColor="#444444")
    ans = ParagraphStyle("ans", fontName="DejaVuSans", fontSize=8.5, leading=10.5)
    story = [Paragraph("<b>Micro-Course / Credential Concept Form</b>", ParagraphStyle("t", fontSize=11, leading=14)),
             Spacer(1, 4)]
    from xml.sax.saxutils import escape
    for label, answers in pairs(F, shown, on="■", off="□", lo_style="•",
                                empty=("partner_name", "partner_contact", "competency_framework", "resources_required")):
        story.append(Paragraph(escape(label.upper()), lab))
        for a in answers:
            story.append(Paragraph(escape(a) if a else "&nbsp;", ans))
    pw, ph = landscape(letter)
    gap, m = 14, 36
    cw = (pw - 2 * m - 2 * gap) / 3
    frames = [Frame(m + i * (cw + gap), m, cw, ph - 2 * m, id=f"c{i}") for i in range(3)]
    d = BaseDocTemplate(str(OUT / name), pagesize=(pw, ph))
    d.addPageTemplates([PageTemplate(id="three", frames=frames)])
    d.build(story)
    record(H, name, "4", "en", "reportlab platypus (DejaVu TrueType subset), three newspaper-style columns on a landscape page", F,
           "Incomplete: the partner field is empty (endorsement 'None yet' is ticked), so partner_name is missing. "
           "A printout laid out in THREE COLUMNS on a landscape Letter page (reportlab platypus frames): each label "
           "in small grey capitals on its own line with the answer below, the text flowing from the foot of one "
           "column to the head of the next, so an answer can be split between columns. Choices as '■' (chosen) / "
           "'□' squares; outcomes '• ' lines; 'None yet' = none (a value); '120+' -> 120; the proposed start is a "
           "phrase kept as written; date '19 Nov 2026'.",
           checks=["120+", "19 Nov 2026", "■ Micro-course", "■ None yet", "■ Online", "□ New micro-credential", "□ Hybrid"])


# ---------------------------------------------------------------- T10 Type3 fonts (matplotlib PDF backend)
def t10():
    import matplotlib
    matplotlib.use("Agg")
    matplotlib.rcParams["pdf.fonttype"] = 3
    import matplotlib.pyplot as plt
    name = "Prostate MRI protocols - concept form export.pdf"
    F = {
        "proposal_title": "Multiparametric Prostate MRI: Protocols and Image Quality",
        "request_type": "new",
        "proposer_name": "Gideon Ferreira-Halvorsen",
        "proposer_title": "MRI Technologist Lead",
        "proposer_department": "Medical Imaging, Fairhaven Regional",
        "proposer_email": "gferreira-halvorsen@example.org",
        "proposer_phone": "905-555-0171",
        "target_learners": "MRI technologists who scan prostate examinations",
        "rationale": "PI-QUAL audits show a third of our prostate studies are not of diagnostic quality because of motion, rectal gas and poor DWI.",
        "competencies": "Patient preparation; DWI optimisation; T2 planning; PI-QUAL self-assessment",
        "learning_outcomes": ["Prepare patients to reduce rectal gas and motion",
                              "Plan T2-weighted and DWI sequences to PI-RADS v2.1 technical standards",
                              "Score their own studies with PI-QUAL"],
        "summative_assessment": "Portfolio of five prostate studies scored PI-QUAL 4 or 5 by a radiologist",
        "partner_name": "Fairhaven Regional Medical Imaging",
        "partner_contact": "Dr. Oona Makarov, omakarov@example.org",
        "endorsement_status": "confirmed",
        "education_plan_alignment": "Supports the Education Plan focus on quality and safety in imaging practice",
        "delivery_format": "online",
        "estimated_hours": 8,
        "proposed_start": "March 2027",
        "expected_enrolment": 35,
        "submission_date": "2026-11-16",
    }
    shown = {"submission_date": "2026/11/16", "expected_enrolment": "35 per year"}
    items = pairs(F, shown, on="(x)", off="( )", lo_style="-")
    fig = plt.figure(figsize=(8.27, 11.69))
    y = 0.96
    fig.text(0.06, y, "Micro-Course / Credential Concept Form", fontsize=13, weight="bold")
    y -= 0.03
    import textwrap
    for label, answers in items:
        fig.text(0.06, y, label, fontsize=8, weight="bold")
        for a in answers:
            for ln in (textwrap.wrap(a, 88) or [""]):
                fig.text(0.36, y, ln, fontsize=8)
                y -= 0.0155
        y -= 0.006
    fig.savefig(OUT / name)
    plt.close(fig)
    record(H, name, "4", "en", "matplotlib 3.11 PDF backend (pdf.fonttype 3: Type3 fonts)", F,
           "A printed 'Label  answer' form produced by a plotting library's PDF backend: every string is set in a "
           "TYPE3 font (DejaVu glyphs as Type3 procedures, matplotlib's default), labels in bold at the left, "
           "answers wrapped to the right. Choices as '(x)' / '( )' option lines; outcomes '- ' lines; date "
           "'2026/11/16'; '35 per year' -> 35.",
           checks=["2026/11/16", "35 per year", "(x) New micro-credential", "(x) Confirmed, letter to follow", "(x) Online"])
