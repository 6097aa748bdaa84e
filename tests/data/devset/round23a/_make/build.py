"""python build.py tuning|heldout [name substrings...] - writes documents and expected files into ../<half>/"""
import os, sys, tempfile, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
from docx import Document
from docx.shared import Pt, Cm


def feedback_docx(doc, path):
    lk = doc["lk"]
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    d.sections[0].header.paragraphs[0].text = "The Michener Institute of Education – Continuing Education"
    p = d.add_paragraph(); r = p.add_run("Continuing Education Course Feedback Form"); r.bold = True; r.font.size = Pt(16)
    d.add_paragraph("Thank you for taking part. Your feedback helps us improve our micro-courses and credentials. "
                    "Please return this form to ce@michener.example within two weeks of the course.")
    t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
    for lab, val in [("Course Title", lk["course"]), ("Course Date", lk["date"]), ("Instructor", lk["instructor"]),
                     ("Participant Name (optional)", lk["name"]), ("Email (optional)", lk["email"]),
                     ("Profession / Role", lk["role"])]:
        row = t.add_row(); row.cells[0].text = lab; row.cells[1].text = val
        row.cells[0].paragraphs[0].runs[0].bold = True
    d.add_paragraph()
    d.add_paragraph("Please rate each statement (1 = strongly disagree, 5 = strongly agree).")
    rt = d.add_table(rows=1, cols=6); rt.style = "Table Grid"
    for i, h in enumerate(["Statement", "1", "2", "3", "4", "5"]):
        rt.rows[0].cells[i].text = h
    ratings = lk.get("ratings", [("The learning outcomes were clearly stated.", 5),
                                 ("The course content matched the learning outcomes.", 4),
                                 ("The summative assessment fairly tested what was taught.", 4),
                                 ("The instructor was knowledgeable and engaging.", 5),
                                 ("The delivery format (online / in person) worked well for me.", 3),
                                 ("I will be able to apply these skills in my workplace.", 5)])
    for stmt, score in ratings:
        row = rt.add_row(); row.cells[0].text = stmt
        for j in range(1, 6):
            row.cells[j].text = "☒" if j == score else "☐"
    d.add_paragraph()
    for q, a in [("What did you find most useful?", lk["comments_good"]),
                 ("What could be improved?", lk["comments_bad"]),
                 ("Which other continuing education topics would you like us to offer?", lk["future"])]:
        p = d.add_paragraph(); p.add_run(q).bold = True
        d.add_paragraph(a)
    p = d.add_paragraph(); p.add_run("Would you recommend this course to a colleague?  ").bold = True
    p.add_run("☒ Yes   ☐ No")
    d.add_paragraph("Date completed: " + lk["date_done"] if "date_done" in lk else "")
    d.core_properties.author = lk["name"]
    d.save(path)


def claim_pdf(doc, path):
    """CE credit claim form, filled and printed to PDF (reportlab, no fields)."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    lk = doc["lk"]
    W, H = letter
    c = canvas.Canvas(path, pagesize=letter)
    c.setTitle(lk["formtitle"]); c.setAuthor(lk["name"]); c.setCreator("Microsoft® Word for Microsoft 365")
    c.setFont("Helvetica-Bold", 15); c.drawString(50, H - 60, lk["formtitle"])
    c.setFont("Helvetica", 9)
    c.drawString(50, H - 76, lk["subtitle"])
    y = H - 110
    c.setFont("Helvetica-Bold", 10.5); c.drawString(50, y, "Part 1 – Member information"); y -= 18
    for lab, val in lk["part1"]:
        c.setFont("Helvetica-Bold", 9); c.drawString(60, y, lab + ":")
        c.setFont("Helvetica", 9.5); c.drawString(230, y, val); c.line(228, y - 3, W - 60, y - 3); y -= 18
    y -= 10
    c.setFont("Helvetica-Bold", 10.5); c.drawString(50, y, "Part 2 – Learning activities claimed"); y -= 16
    cols = [60, 130, 330, 430, 500]
    c.setFont("Helvetica-Bold", 8.5)
    for x, h in zip(cols, ["Date", "Activity / course title", "Provider", "Category", "Hours"]):
        c.drawString(x, y, h)
    y -= 4; c.line(55, y, W - 55, y); y -= 13
    c.setFont("Helvetica", 8.5)
    tot = 0
    for row in lk["rows"]:
        for x, v in zip(cols, row):
            c.drawString(x, y, str(v))
        tot += row[4]; y -= 14
    c.line(55, y + 6, W - 55, y + 6)
    c.setFont("Helvetica-Bold", 9); c.drawString(430, y - 6, "Total"); c.drawString(500, y - 6, str(tot)); y -= 34
    c.setFont("Helvetica-Bold", 10.5); c.drawString(50, y, "Part 3 – Reflection"); y -= 16
    c.setFont("Helvetica", 9)
    t = c.beginText(60, y); t.setLeading(12)
    for ln in lk["reflection"]:
        t.textLine(ln)
    c.drawText(t); y -= 14 * len(lk["reflection"]) + 20
    c.setFont("Helvetica-Bold", 10.5); c.drawString(50, y, "Part 4 – Declaration"); y -= 16
    c.setFont("Helvetica", 9)
    c.drawString(60, y, "☒" if False else "[X]  I declare that the activities above were completed as described and that I can provide"); y -= 12
    c.drawString(60, y, "       certificates of completion on request."); y -= 24
    c.drawString(60, y, "Signature: " + lk["name"] + " (typed)"); c.drawString(330, y, "Date: " + lk["date"]); y -= 30
    c.setFont("Helvetica-Oblique", 7.5); c.drawString(50, 40, lk["footer"])
    c.save()


def render(doc, outdir):
    path = os.path.join(outdir, doc["file"])
    g = doc["genre"]
    if g == "G1":
        lib.official_docx(doc, path)
    elif g in ("G2", "G5") and path.endswith(".pdf"):
        tmp = tempfile.mkdtemp()
        src = os.path.join(tmp, os.path.splitext(doc["file"])[0] + ".docx")
        (lib.official_docx if g == "G2" else lib.letter_docx)(doc, src)
        lib.to_pdf(src, outdir, doc["file"])
    elif g == "G3":
        lib.acroform_pdf(doc, path)
    elif g == "G4":
        lib.retyped_docx(doc, path)
    elif g == "G5":
        lib.letter_docx(doc, path)
    elif g == "G6":
        lib.bullets_docx(doc, path)
    elif g == "G7":
        if doc["lookalike"] == "feedback":
            feedback_docx(doc, path)
        else:
            claim_pdf(doc, path)
    lib.write_expected(doc, outdir, doc["file"])


if __name__ == "__main__":
    half = sys.argv[1]
    mod = importlib.import_module(half + "_data")
    outdir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", half)
    for doc in mod.DOCS:
        if len(sys.argv) > 2 and not any(s in doc["file"] for s in sys.argv[2:]):
            continue
        render(doc, outdir)
        print("built", doc["file"])
