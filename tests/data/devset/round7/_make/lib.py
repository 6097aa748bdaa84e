"""Round 7 helpers: expected-file writer, official labels, converters, readers for the check.
Written for the record; run with /tmp/venv-devset7/bin/python."""
import json, os, re, shutil, subprocess, tempfile, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
REQUIRED = ["proposal_title", "proposer_name", "proposer_email", "request_type", "target_learners", "rationale",
            "competencies", "learning_outcomes", "summative_assessment", "partner_name", "endorsement_status",
            "education_plan_alignment"]

RT = {"new": "New micro-credential", "existing_program": "Convert an existing program", "micro_course": "Micro-course"}
ES = {"letter_attached": "Letter attached", "confirmed": "Confirmed", "in_discussion": "In discussion", "none": "None"}
DF = {"online": "Online", "in_person": "In person", "hybrid": "Hybrid"}

OFFICIAL = [
    ("proposal_title", "Proposed Title"), ("proposer_name", "Name of Proposer"), ("proposer_title", "Position / Title"),
    ("proposer_department", "Department / Program"), ("proposer_email", "Email"), ("proposer_phone", "Phone"),
    ("request_type", "Type of Request"), ("existing_program_name", "Existing Program Name"),
    ("target_learners", "Target Learners"), ("rationale", "Rationale / Need"),
    ("competencies", "Competencies / Skills Targeted [R1]"), ("learning_outcomes", "Learning Outcomes [R1]"),
    ("competency_framework", "Competency Framework Alignment"), ("summative_assessment", "Summative Assessment [R2]"),
    ("partner_name", "Industry / Employment Partner [R3]"), ("partner_contact", "Partner Contact"),
    ("endorsement_status", "Endorsement Status [R3]"), ("education_plan_alignment", "Alignment with Michener's Education Plan [R4]"),
    ("delivery_format", "Delivery Format"), ("estimated_hours", "Estimated Hours"), ("proposed_start", "Proposed Start"),
    ("expected_enrolment", "Expected Enrolment per Year"), ("resources_required", "Resources Required"),
    ("submission_date", "Date Submitted"),
]
CHOICE_OPTS = {"request_type": RT, "endorsement_status": ES, "delivery_format": DF}


def missing(fields):
    m = [k for k in REQUIRED if k not in fields]
    if fields.get("request_type") == "existing_program" and "existing_program_name" not in fields:
        m.append("existing_program_name")
    return m


def ws(s):
    return re.sub(r"\s+", " ", s.replace("\u00ad", "")).strip()


class Doc:
    """One document: expected fields E, written forms W (how numbers / dates / choices appear), checks."""
    def __init__(self, name, shape, E, W=None, notes="", is_form=True, manual=False, miss=None, lang="en",
                 route="", checks=None, comp_list=None):
        self.name, self.shape, self.E, self.W = name, shape, dict(E), dict(W or {})
        self.notes, self.is_form, self.manual, self.miss = notes, is_form, manual, miss
        self.lang, self.route, self.checks = lang, route, list(checks or [])
        self.comp_list = comp_list
        if comp_list:
            self.E["competencies"] = join_list(comp_list)

    def disp(self, key):
        """The answer as written on the page (string or list of lines)."""
        if key in self.W:
            return self.W[key]
        if key == "competencies" and self.comp_list:
            return self.comp_list
        v = self.E.get(key)
        if v is None:
            return None
        if key in ("estimated_hours", "expected_enrolment"):
            return str(v)
        return v


def join_list(items):
    out = ""
    for i, it in enumerate(items):
        if i == 0:
            out = it
        elif out[-1] in ".;:,!?)":
            out += " " + it
        else:
            out += "; " + it
    return out


def write_expected(doc, folder):
    E = {k: v for k, v in doc.E.items() if v not in (None, "", [])} if doc.is_form else {}
    miss = doc.miss if doc.miss is not None else (missing(E) if doc.is_form else [])
    out = {"is_concept_form": doc.is_form, "shape": str(doc.shape), "fields": E, "missing_required": miss,
           "needs_manual_review": doc.manual, "notes": doc.notes}
    with open(os.path.join(folder, doc.name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")


def boxes(key, code, on="☒", off="☐", sep="   ", opts=None):
    opts = opts or CHOICE_OPTS[key]
    return sep.join(f"{on if c == code else off} {w}" for c, w in opts.items())


def soffice(src, fmt, outdir, filt=None, infilter=None):
    tmp = tempfile.mkdtemp()
    prof = "file:///tmp/lo-devset7-profile"
    arg = fmt if not filt else f"{fmt}:{filt}"
    inf = [f"--infilter={infilter}"] if infilter else []
    subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", *inf, "--convert-to", arg, "--outdir", tmp, src],
                   check=True, capture_output=True, timeout=180)
    base = os.path.splitext(os.path.basename(src))[0]
    ext = fmt.split(":")[0]
    produced = os.path.join(tmp, base + "." + ext)
    dst = os.path.join(outdir, base + "." + ext)
    shutil.move(produced, dst)
    return dst


def ps2pdf(ps, pdf):
    subprocess.run(["ps2pdf", ps, pdf], check=True, capture_output=True)


# ---------- readers for the check (not a parser: plain text dumps) ----------
def docx_text(path):
    z = zipfile.ZipFile(path)
    parts = [n for n in z.namelist() if re.match(r"word/(document|header\d*|footer\d*|comments)\.xml", n)]
    out = []
    for n in parts:
        x = z.read(n).decode("utf-8")
        x = re.sub(r"<w:delText[^>]*>.*?</w:delText>", "", x, flags=re.S)
        x = re.sub(r"</w:p>|<w:br/>|<w:tab/>|</w:tc>", "\n", x)
        x = re.sub(r"<[^>]+>", "", x)
        out.append(x)
    import html
    return html.unescape("\n".join(out))


def pdf_text(path):
    import pypdf, pypdfium2
    r = pypdf.PdfReader(path)
    t1 = "\n".join((p.extract_text() or "") for p in r.pages)
    vals = []
    f = r.get_fields() or {}
    for k, v in f.items():
        if v.get("/V") is not None:
            vals.append(str(v.get("/V")))
    d = pypdfium2.PdfDocument(path)
    t2 = "\n".join(d[i].get_textpage().get_text_range() for i in range(len(d)))
    return t1 + "\n" + t2 + "\n" + "\n".join(vals)


def doc_text(path):
    if path.endswith(".docx"):
        import docx
        docx.Document(path)  # opens
        return docx_text(path)
    if path.endswith(".pdf"):
        return pdf_text(path)
    if path.endswith(".pptx"):
        z = zipfile.ZipFile(path)
        return "\n".join(re.sub(r"<[^>]+>", " ", z.read(n).decode()) for n in z.namelist() if n.startswith("ppt/slides/slide"))
    return open(path, encoding="utf-8", errors="replace").read()
