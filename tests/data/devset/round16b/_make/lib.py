"""Round 16b generator library: block markup -> python-docx / pandoc / LibreOffice / pdflatex; expected writer."""
import json, os, re, shutil, subprocess, tempfile, unicodedata
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH

REQUIRED = ["proposal_title", "proposer_name", "proposer_email", "request_type", "target_learners", "rationale",
            "competencies", "learning_outcomes", "summative_assessment", "partner_name", "endorsement_status",
            "education_plan_alignment"]
KEYS = REQUIRED + ["proposer_title", "proposer_department", "proposer_phone", "competency_framework", "partner_contact",
                   "delivery_format", "estimated_hours", "proposed_start", "expected_enrolment",
                   "resources_required", "existing_program_name", "submission_date"]


def missing(fields):
    m = [k for k in REQUIRED if k not in fields]
    if fields.get("request_type") == "existing_program" and "existing_program_name" not in fields:
        m.append("existing_program_name")
    return m


def _runs(par, text, bold=False):
    # **x** marks bold spans
    for i, part in enumerate(re.split(r"\*\*", text)):
        if part:
            r = par.add_run(part)
            r.bold = bold or (i % 2 == 1)


def build_docx(blocks, path, font="Calibri"):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(11)
    for b in blocks:
        kind = b[0]
        if kind == "title":
            d.add_paragraph(b[1], style="Title")
        elif kind == "subtitle":
            d.add_paragraph(b[1], style="Subtitle")
        elif kind in ("h1", "h2", "h3"):
            d.add_heading(b[1], level=int(kind[1]))
        elif kind == "p":
            _runs(d.add_paragraph(), b[1])
        elif kind == "center":
            p = d.add_paragraph(); _runs(p, b[1]); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "lines":  # one paragraph, manual line breaks
            p = d.add_paragraph()
            for i, line in enumerate(b[1]):
                if i:
                    p.add_run().add_break()
                _runs(p, line)
        elif kind == "ul":
            for it in b[1]:
                _runs(d.add_paragraph(style="List Bullet"), it)
        elif kind == "ol":
            for it in b[1]:
                _runs(d.add_paragraph(style="List Number"), it)
        elif kind == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    c = t.cell(i, j)
                    c.text = ""
                    _runs(c.paragraphs[0], cell, bold=(i == 0 and len(b) > 2 and b[2]))
            d.add_paragraph()
        elif kind == "pagebreak":
            d.add_page_break()
        elif kind == "header":
            sec = d.sections[0]
            sec.header.paragraphs[0].text = b[1]
        elif kind == "footer":
            d.sections[0].footer.paragraphs[0].text = b[1]
        else:
            raise ValueError(kind)
    d.save(path)


def soffice_pdf(src, outpath):
    tmp = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/u", "--convert-to", "pdf",
                    "--outdir", tmp, src], check=True, capture_output=True, timeout=180)
    base = os.path.splitext(os.path.basename(src))[0] + ".pdf"
    shutil.move(os.path.join(tmp, base), outpath)
    shutil.rmtree(tmp, ignore_errors=True)


def pandoc_docx(md, path):
    with tempfile.NamedTemporaryFile("w", suffix=".md", delete=False, encoding="utf-8") as f:
        f.write(md)
    subprocess.run(["pandoc", "-f", "markdown", "-t", "docx", f.name, "-o", path], check=True)
    os.unlink(f.name)


def latex_pdf(tex, path):
    tmp = tempfile.mkdtemp()
    with open(os.path.join(tmp, "doc.tex"), "w", encoding="utf-8") as f:
        f.write(tex)
    for _ in range(2):
        r = subprocess.run(["pdflatex", "-interaction=nonstopmode", "doc.tex"], cwd=tmp, capture_output=True)
    if not os.path.exists(os.path.join(tmp, "doc.pdf")):
        raise RuntimeError(r.stdout[-2000:])
    shutil.move(os.path.join(tmp, "doc.pdf"), path)
    shutil.rmtree(tmp, ignore_errors=True)


def build(doc, outdir):
    name, route = doc["file"], doc["route"]
    path = os.path.join(outdir, name)
    if route == "docx":
        build_docx(doc["blocks"], path, doc.get("font", "Calibri"))
    elif route == "docx_pdf":
        tmp = tempfile.mkdtemp()
        src = os.path.join(tmp, os.path.splitext(name)[0] + ".docx")
        build_docx(doc["blocks"], src, doc.get("font", "Calibri"))
        soffice_pdf(src, path)
        shutil.rmtree(tmp, ignore_errors=True)
    elif route == "pandoc_docx":
        pandoc_docx(doc["md"], path)
    elif route == "pandoc_pdf":
        tmp = tempfile.mkdtemp()
        src = os.path.join(tmp, os.path.splitext(name)[0] + ".docx")
        pandoc_docx(doc["md"], src)
        soffice_pdf(src, path)
        shutil.rmtree(tmp, ignore_errors=True)
    elif route == "latex":
        latex_pdf(doc["tex"], path)
    else:
        raise ValueError(route)
    fields = doc["fields"]
    assert set(fields) <= set(KEYS), set(fields) - set(KEYS)
    exp = {"is_concept_form": doc["shape"] != "7", "shape": doc["shape"], "fields": fields,
           "missing_required": missing(fields) if doc["shape"] != "7" else [],
           "needs_manual_review": False, "notes": doc["notes"]}
    with open(path + ".expected.json", "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")


def tex(s):
    """Escape text for LaTeX (straight apostrophes kept)."""
    rep = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
           "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\^{}", "–": "--", "—": "---",
           "é": r"\'e", "è": r"\`e", "à": r"\`a", "ç": r"\c{c}", "ô": r"\^o", "É": r"\'E", "ê": r"\^e",
           "·": r"\textperiodcentered{}", "’": "'", "«": "<<", "»": ">>"}
    return "".join(rep.get(c, c) for c in s)


PREAMBLE = r"""\input glyphtounicode
\pdfgentounicode=1
"""


def dot(F, key):
    """A section/run-in/label answer keeps its punctuation as written: the value includes the final period."""
    if not F[key].endswith((".", "!", "?")):
        F[key] = F[key] + "."
    return F[key]
