"""Unseen variants of the concept form, generated from the corpus answers, and how well they parse.

    python bench/variants.py [--seed N] [--count N] [-v] [--worst N]

The corpus measures the parser on forms it was tuned on. This script takes the
*answers* of the corpus forms (their ``.expected.json`` fields) and renders them
again in shapes and wordings people produce but the corpus does not contain:

* ``docx_table``    two-column tables with label wordings not in FIELDS.md, numbering
                    ("1.", "Q3", "Section B –", "(a)"), hints, bold labels, rows in
                    another order, some answers in the row below the label;
* ``docx_colon``    retyped "Label: answer" paragraphs;
* ``docx_heading``  bold or Heading-2 labels in the applicant's own words, answer below;
* ``pdf_text``      the same printed to a text PDF (label lines, wrapped answers);
* ``pdf_fillable``  AcroForms with camelCase / abbreviated / meaningless-with-tooltip names;
* ``nonform``       documents that must never become forms (agenda, syllabus,
                    reference letter, CV, course outline).

Choices are written in words, numbers as sentences and dates in several formats;
the expected values are the normalised ones of the corpus README. A fixed seed
makes the set reproducible. The score is field-level exact match, as in
``bench/extraction.py``: every key expected or extracted counts once.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import sys
import textwrap
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import mailbot_parsers as parsers  # noqa: E402
from tests.parser_samples import acroform_pdf, docx, p, table, tc, text_pdf, tr  # noqa: E402

SHARED = Path(os.environ.get("MAILBOT_SHARED", ROOT / "tests" / "data" / "shared"))
CORPUS = SHARED / "corpus"
FAMILIES = ("docx_table", "docx_colon", "docx_heading", "pdf_text", "pdf_fillable", "nonform")


@dataclass
class Variant:
    name: str
    family: str
    filename: str
    data: bytes
    is_form: bool
    fields: dict = field(default_factory=dict)
    notes: str = ""


# ----------------------------------------------------------------- wording --
# Labels a person would write that are NOT the FIELDS.md variants.
LABELS: dict[str, tuple[str, ...]] = {
    "proposal_title": ("Title of the proposed credential", "Name of the micro-credential", "Credential name",
                       "Proposed course name", "Title of proposed micro-course", "Working title of the credential"),
    "proposer_name": ("Main contact", "Lead applicant", "Your full name", "Proposed by", "Applicant's name",
                      "Name of the person submitting"),
    "proposer_title": ("Your position", "Job title / role", "Position held", "Current role"),
    "proposer_department": ("Department or unit", "Your department / organisation", "Program / department",
                            "Employer / organisation"),
    "proposer_email": ("E-mail", "Email address", "E-mail (work)", "Your e-mail"),
    "proposer_phone": ("Tel.", "Phone no.", "Telephone / ext.", "Phone number (work)"),
    "request_type": ("What kind of request is this?", "Type of submission", "Kind of proposal",
                     "Request (new / conversion / micro-course)"),
    "target_learners": ("Who is the audience?", "Intended participants", "Who will take it?",
                        "Target learner group"),
    "rationale": ("Why is it needed?", "Need for this credential", "Justification / labour-market need",
                  "Rationale for the proposal"),
    "competencies": ("Skills to be developed", "Competencies learners will gain", "Key skills and competencies",
                     "Skills / competencies covered"),
    "learning_outcomes": ("What will learners be able to do?", "Learning outcomes (list)", "Intended outcomes",
                          "Outcomes for learners"),
    "competency_framework": ("Framework used", "Alignment to a competency framework", "Professional standards used",
                             "Competency framework / standards"),
    "summative_assessment": ("How will learners be assessed?", "Final (summative) assessment",
                             "How will achievement be assessed?", "Assessment method(s)"),
    "partner_name": ("Industry partner endorsing this", "External partner / endorser", "Partnering organisation",
                     "Name of industry partner"),
    "partner_contact": ("Contact person at partner", "Partner's contact details", "Partner contact (name, email)"),
    "endorsement_status": ("Has the partner endorsed it?", "Status of partner endorsement", "Letter of support?",
                           "Endorsement (letter attached?)"),
    "education_plan_alignment": ("How does this fit Michener's Education Plan?", "Link to the Education Plan",
                                 "Fit with Michener's Education Plan", "Alignment to the Education Plan"),
    "delivery_format": ("How will it be delivered?", "Delivery", "Format of delivery", "Delivery method (online / in person / hybrid)"),
    "estimated_hours": ("Hours of learning", "Length in hours", "How many hours?", "Total hours of instruction"),
    "proposed_start": ("Launch date", "When do you want to start?", "Proposed start term", "Target start date"),
    "expected_enrolment": ("Learners per year", "Expected number of learners (annual)", "How many learners per year?",
                           "Anticipated enrollment"),
    "resources_required": ("What is needed (resources)", "Resources / budget needed", "Resources needed from CE",
                           "What resources are required?"),
    "existing_program_name": ("Name of the program being converted", "Current program name",
                              "Existing certificate / program"),
    "submission_date": ("Date submitted", "Date", "Submitted on", "Date of submission"),
}
HINTS: dict[str, str] = {
    "competencies": "[R1]", "learning_outcomes": "[R1]", "summative_assessment": "[R2]", "partner_name": "[R3]",
    "endorsement_status": "[R3]", "education_plan_alignment": "[R4]",
    "rationale": "(labour market need, skills gap)", "target_learners": "(who is this for?)",
    "delivery_format": "(tick one)", "proposed_start": "(month / year)",
}
# Heading-style wordings for retyped forms (the applicant's own words).
HEADINGS: dict[str, tuple[str, ...]] = {
    "target_learners": ("Who this is for", "The audience"),
    "rationale": ("Why we need this", "The need"),
    "competencies": ("Skills we will build", "Competencies"),
    "learning_outcomes": ("What learners will be able to do", "Outcomes"),
    "summative_assessment": ("How we will assess learners", "Assessment"),
    "partner_name": ("Our industry partner", "Partner"),
    "education_plan_alignment": ("Fit with the Education Plan", "How this supports the Education Plan"),
    "resources_required": ("Resources we need", "Resources"),
}
CHOICE_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "request_type": {
        "new": ("This is a brand new credential", "A new micro-credential", "New", "Brand-new credential"),
        "existing_program": ("Converting our existing certificate program", "Conversion of an existing program",
                             "Convert an existing CE program into a micro-credential"),
        "micro_course": ("A single micro-course", "Stand-alone micro-course", "Micro-course"),
    },
    "endorsement_status": {
        "letter_attached": ("Letter attached", "Yes – letter of support enclosed", "Yes, see attached letter"),
        "confirmed": ("Partner has agreed, letter to follow", "Confirmed by email; letter to follow", "Confirmed"),
        "in_discussion": ("Still in discussion with them", "Discussions ongoing", "Pending – in talks with the partner"),
        "none": ("None yet", "No endorsement at this stage"),
    },
    "delivery_format": {
        "hybrid": ("Blended", "Hybrid (online theory, in-person lab)", "blended – online modules plus a lab day"),
        "online": ("Fully online", "Online, self-paced", "Online (asynchronous)"),
        "in_person": ("Face to face", "In person at the Michener campus", "On campus, face-to-face"),
    },
}
CHECKBOX_CAPTIONS: dict[str, dict[str, str]] = {
    "request_type": {"new": "New micro-credential", "existing_program": "Convert an existing program",
                     "micro_course": "Micro-course"},
    "endorsement_status": {"letter_attached": "Letter of support attached", "confirmed": "Confirmed, letter to follow",
                           "in_discussion": "In discussion", "none": "None yet"},
    "delivery_format": {"online": "Online", "in_person": "In person", "hybrid": "Hybrid / blended"},
}
NUMBER_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
                10: "ten", 11: "eleven", 12: "twelve", 15: "fifteen", 16: "sixteen", 20: "twenty", 24: "twenty-four",
                30: "thirty", 40: "forty", 45: "forty-five", 50: "fifty", 60: "sixty", 80: "eighty"}
GROUPS = (
    ("proposal_title",),
    ("proposer_name", "proposer_title", "proposer_department", "proposer_email", "proposer_phone"),
    ("request_type", "existing_program_name"),
    ("target_learners", "rationale"),
    ("competencies", "learning_outcomes", "competency_framework"),
    ("summative_assessment",),
    ("partner_name", "partner_contact", "endorsement_status"),
    ("education_plan_alignment",),
    ("delivery_format", "estimated_hours", "proposed_start", "expected_enrolment"),
    ("resources_required",),
    ("submission_date",),
)


# ------------------------------------------------------------ base answers --
def load_bases(corpus: Path = CORPUS) -> list[dict]:
    """The filled fields of every readable corpus form, long answers cut at a sentence."""
    bases = []
    for path in sorted(corpus.glob("*.expected.json")):
        exp = json.loads(path.read_text(encoding="utf-8"))
        if not exp.get("is_concept_form") or exp.get("needs_manual_review"):
            continue
        fields = dict(exp["fields"])
        for k, v in fields.items():
            if isinstance(v, str) and len(v) > 700:
                cut = v[:600]
                fields[k] = cut[: cut.rfind(". ") + 1] if ". " in cut else cut
        bases.append(fields)
    return bases


def _ascii_safe(fields: dict) -> dict:
    """For the Helvetica/WinAnsi PDFs: characters outside cp1252 become their closest ASCII."""
    def fix(s: str) -> str:
        s = s.replace("≈", "~").replace("‑", "-").replace("≤", "<=").replace("≥", ">=")
        return s.encode("cp1252", "replace").decode("cp1252").replace("?", "?")

    out = {}
    for k, v in fields.items():
        out[k] = [fix(x) for x in v] if isinstance(v, list) else fix(v) if isinstance(v, str) else v
    return out


# ---------------------------------------------------------------- rendering --
class Writer:
    """Turns an expected value into what a person writes, and decorates labels."""

    def __init__(self, rnd: random.Random, pdf: bool = False) -> None:
        self.r = rnd
        self.pdf = pdf  # Helvetica/WinAnsi has no ballot boxes: tick boxes are written [X] / [ ]

    def label(self, key: str, n: int, style: str) -> str:
        text = self.r.choice(LABELS[key])
        if style == "numbered":
            text = self.r.choice((f"{n}. ", f"Q{n} ", f"({chr(96 + (n % 26 or 26))}) ", f"{n}) ")) + text
        elif style == "section" and n % 5 == 0:
            text = f"Section {chr(64 + n // 5)} – " + text
        if key in HINTS and self.r.random() < 0.35:
            text += " " + HINTS[key]
        if self.r.random() < 0.5 and not text.endswith("?"):
            text += ":"
        return text

    def choice(self, key: str, code: str) -> str:
        return self.r.choice(CHOICE_WORDS[key][code])

    def checkboxes(self, key: str, code: str) -> list[str]:
        on, off = ("[X] ", "[ ] ") if self.pdf else ("☒ ", "☐ ")
        return [(on if c == code else off) + cap for c, cap in CHECKBOX_CAPTIONS[key].items()]

    def hours(self, n: int | float) -> str:
        opts = [f"{n}", f"{n} hours", f"{n} hours total", f"approx. {n} hours", f"About {n} hours of learning",
                f"{n} hrs"]
        if n in NUMBER_WORDS:
            opts.append(f"{NUMBER_WORDS[n].capitalize()} hours")
        return self.r.choice(opts)

    def enrolment(self, n: int) -> str:
        opts = [f"{n}", f"about {n} learners per year", f"~{n} per year", f"Approximately {n} learners a year"]
        for k in (2, 3, 4, 6):
            if n % k == 0 and 8 <= n // k <= 40:
                opts.append(f"{k} cohorts of {n // k} per year ({n} per year)")
                opts.append(f"about {k} cohorts of {n // k} per year")
                break
        return self.r.choice(opts)

    def date(self, iso: str) -> str:
        d = dt.date.fromisoformat(iso)
        opts = [d.strftime("%B %-d, %Y"), d.strftime("%-d %b %Y"), d.strftime("%Y/%m/%d"), d.strftime("%-d %B %Y"),
                d.strftime("%b. %-d, %Y"), d.strftime("%d-%b-%Y"), iso]
        if d.day > 12:
            opts.append(d.strftime("%d/%m/%Y"))
        return self.r.choice(opts)

    def outcomes(self, items: list[str]) -> tuple[list[str], bool]:
        """Lines of an outcomes answer and whether they are Word list paragraphs."""
        style = self.r.choice(("bullet", "number", "dash", "letter", "word"))
        lead = ["By the end of the course, learners will be able to:"] if self.r.random() < 0.3 else []
        if style == "word":
            return lead + items, True
        marks = {"bullet": lambda i: "• ", "number": lambda i: f"{i + 1}. ", "dash": lambda i: "- ",
                 "letter": lambda i: f"{chr(97 + i)}) "}[style]
        return lead + [marks(i) + it for i, it in enumerate(items)], False

    def answer(self, key: str, value: object) -> list[str]:
        """The answer as lines of text (list answers come out one item a line)."""
        if key in CHOICE_WORDS:
            if self.r.random() < 0.25:
                return self.checkboxes(key, str(value))
            return [self.choice(key, str(value))]
        if key == "estimated_hours":
            return [self.hours(value)]  # type: ignore[arg-type]
        if key == "expected_enrolment":
            return [self.enrolment(value)]  # type: ignore[arg-type]
        if key == "submission_date":
            return [self.date(str(value))]
        if key == "learning_outcomes":
            return self.outcomes(list(value))[0]  # type: ignore[arg-type]
        return [str(value)]


def _order(rnd: random.Random, fields: dict, shuffle: float) -> list[str]:
    groups = [list(g) for g in GROUPS]
    body = groups[1:-1]
    if rnd.random() < shuffle:
        rnd.shuffle(body)
        for g in body:
            if rnd.random() < 0.4:
                rnd.shuffle(g)
    keys = [k for g in [groups[0]] + body + [groups[-1]] for k in g]
    if rnd.random() < 0.5:  # the date at the top instead of the end
        keys.remove("submission_date")
        keys.insert(0, "submission_date")
    return [k for k in keys if k in fields]


def _drop_optional(rnd: random.Random, fields: dict) -> dict:
    out = dict(fields)
    for k in ("competency_framework", "partner_contact", "resources_required", "proposer_title", "proposed_start"):
        if k in out and rnd.random() < 0.15:
            del out[k]
    return out


DOC_TITLES = ("Micro-credential Concept Proposal", "Proposal for a new micro-credential", "Concept form",
              "Micro-Course / Credential Concept Form", "CE Concept Submission")


def build_docx_table(w: Writer, fields: dict, n: int) -> bytes:
    r = w.r
    style = r.choice(("plain", "numbered", "section"))
    rows = []
    for i, key in enumerate(_order(r, fields, 0.6), 1):
        label = w.label(key, i, style)
        lines = w.answer(key, fields[key])
        bold = r.random() < 0.4
        lab_cell = tc(p(label, bold=bold))
        ans_cell = tc(*[p(x, style="ListBullet") if key == "learning_outcomes" and not re.match(r"^(\W|\d|[a-z]\))", x)
                        else p(x) for x in lines])
        if r.random() < 0.15 and key not in ("proposer_email", "proposer_phone"):
            # the label spans the row; the answer sits in the row below
            rows.append(tr(tc(p(label, bold=bold), span=2)))
            rows.append(tr(tc(*[p(x) for x in lines], span=2)))
        else:
            rows.append(tr(lab_cell, ans_cell))
        if key == "proposer_phone" and r.random() < 0.3:
            rows.append(tr(tc(p("Fax", bold=bold)), tc(p("N/A"))))
    title = p(r.choice(DOC_TITLES), style="Title") if r.random() < 0.8 else ""
    office = table(tr(tc(p("For CE office use only", bold=True), span=2)), tr("Received", "")) if r.random() < 0.4 else ""
    return docx(title + table("".join(rows)) + office)


def build_docx_colon(w: Writer, fields: dict, n: int) -> bytes:
    r = w.r
    paras = [p(r.choice(DOC_TITLES), style="Title")] if r.random() < 0.7 else []
    for i, key in enumerate(_order(r, fields, 0.5), 1):
        label = w.label(key, i, "plain").rstrip(":").rstrip()
        lines = w.answer(key, fields[key])
        if len(lines) == 1:
            paras.append(p(f"{label}: {lines[0]}"))
        else:
            paras.append(p(f"{label}:"))
            paras += [p(x) for x in lines]
    return docx("".join(paras))


def build_docx_heading(w: Writer, fields: dict, n: int) -> bytes:
    r = w.r
    heading = r.random() < 0.5
    paras = [p(str(fields.get("proposal_title", "Proposal")), style="Title")] if r.random() < 0.5 else [
        p(r.choice(DOC_TITLES), style="Title")]
    for i, key in enumerate(_order(r, fields, 0.7), 1):
        if key in HEADINGS and r.random() < 0.5:
            label = r.choice(HEADINGS[key])
        else:
            label = w.label(key, i, "plain")
        lines = w.answer(key, fields[key])
        paras.append(p(label, style="Heading2") if heading else p(label, bold=True))
        paras += [p(x) for x in lines]
    return docx("".join(paras))


def _pdf_lines(w: Writer, fields: dict, width: int = 95) -> list[str]:
    r = w.r
    colon = r.random() < 0.5
    out = [r.choice(DOC_TITLES), ""]
    for i, key in enumerate(_order(r, fields, 0.5), 1):
        label = w.label(key, i, r.choice(("plain", "numbered"))).rstrip(":").rstrip()
        lines = w.answer(key, fields[key])
        if colon and len(lines) == 1:
            out += textwrap.wrap(f"{label}: {lines[0]}", width)
        else:
            out.append(label + (":" if colon else ""))
            for x in lines:
                out += textwrap.wrap(x, width, subsequent_indent="  " if re.match(r"^\W ", x) else "")
    return [x for x in out if x is not None]


def build_pdf_text(w: Writer, fields: dict, n: int) -> bytes:
    lines = [ln for ln in _pdf_lines(w, fields) if ln]
    pages = [lines[i:i + 50] for i in range(0, len(lines), 50)]
    return text_pdf(pages)


FILLABLE_NAMES: dict[str, tuple[str, ...]] = {
    "proposal_title": ("propTitle", "CredentialTitle", "txtTitle"),
    "proposer_name": ("proposerNm", "LeadName", "txtName"),
    "proposer_title": ("posTitle", "JobTitle", "txtPosition"),
    "proposer_department": ("dept", "DeptProgram", "txtDepartment"),
    "proposer_email": ("emailAddr", "EMail", "txtEmail"),
    "proposer_phone": ("tel", "PhoneExt", "txtPhone"),
    "request_type": ("reqType", "RequestKind", "optRequest"),
    "target_learners": ("tgtLearners", "Audience", "txtAudience"),
    "rationale": ("rationaleNeed", "WhyNeeded", "txtRationale"),
    "competencies": ("compSkills", "SkillsTargeted", "txtCompetencies"),
    "learning_outcomes": ("LOs", "learningOutcomes", "txtOutcomes"),
    "competency_framework": ("compFramework", "FrameworkAlign", "txtFramework"),
    "summative_assessment": ("summAssess", "FinalAssessment", "txtAssessment"),
    "partner_name": ("partnerOrg", "IndustryPartner", "txtPartner"),
    "partner_contact": ("partnerContact", "PartnerContactInfo", "txtPartnerContact"),
    "endorsement_status": ("endorseStatus", "LetterOfSupport", "optEndorsement"),
    "education_plan_alignment": ("edPlanAlign", "EducationPlan", "txtEdPlan"),
    "delivery_format": ("deliveryFmt", "DeliveryMode", "optDelivery"),
    "estimated_hours": ("estHrs", "TotalHours", "txtHours"),
    "proposed_start": ("startDate", "TargetLaunch", "txtStart"),
    "expected_enrolment": ("enrolPerYr", "LearnersPerYear", "txtEnrolment"),
    "resources_required": ("resReq", "ResourcesNeeded", "txtResources"),
    "existing_program_name": ("existingProg", "ProgramToConvert", "txtExistingProgram"),
    "submission_date": ("dateSubmitted", "SubmitDate", "txtDate"),
}
RADIO_EXPORTS: dict[str, dict[str, tuple[str, ...]]] = {
    "request_type": {"new": ("New", "NewCredential"), "existing_program": ("Convert", "ExistingProgram"),
                     "micro_course": ("MicroCourse", "Micro-course")},
    "endorsement_status": {"letter_attached": ("LetterAttached", "Attached"), "confirmed": ("Confirmed", "Agreed"),
                           "in_discussion": ("InDiscussion", "Pending"), "none": ("None", "NotYet")},
    "delivery_format": {"online": ("Online", "FullyOnline"), "in_person": ("InPerson", "FaceToFace"),
                        "hybrid": ("Hybrid", "Blended")},
}


def build_pdf_fillable(w: Writer, fields: dict, n: int) -> bytes:
    r = w.r
    scheme = r.choice(("camel", "camel", "meaningless"))
    specs = []
    for i, key in enumerate(_order(r, fields, 0.3), 1):
        value = fields[key]
        tooltip = w.label(key, i, "plain").rstrip(":").rstrip()
        if scheme == "meaningless":
            name = f"Text{i}" if key not in RADIO_EXPORTS else f"Group{i}"
        else:
            name = r.choice(FILLABLE_NAMES[key][:2])
        spec: dict = {"name": name}
        if scheme == "meaningless" or r.random() < 0.5:
            spec["tooltip"] = tooltip
        if key in RADIO_EXPORTS and r.random() < 0.6:
            exports = RADIO_EXPORTS[key]
            chosen = r.choice(exports[str(value)])
            spec.update(type="radio", value=chosen, states=[r.choice(e) for e in exports.values()] + ["Off"])
            if chosen not in spec["states"]:
                spec["states"].insert(0, chosen)
        else:
            if key == "learning_outcomes":
                text = "\n".join(w.outcomes(list(value))[0] if r.random() < 0.7 else value)
            else:
                text = "\n".join(w.answer(key, value)) if key not in CHOICE_WORDS else w.choice(key, str(value))
            spec.update(type="text", value=text)
        specs.append(spec)
    return acroform_pdf(specs)


BUILDERS = {"docx_table": (build_docx_table, "docx"), "docx_colon": (build_docx_colon, "docx"),
            "docx_heading": (build_docx_heading, "docx"), "pdf_text": (build_pdf_text, "pdf"),
            "pdf_fillable": (build_pdf_fillable, "pdf")}


# ---------------------------------------------------------------- non-forms --
def nonforms() -> list[Variant]:
    agenda = docx(
        p("CE Programs Committee – Meeting Agenda", style="Title")
        + p("Date: March 3, 2026") + p("Location: Room 4-120 and Teams") + p("Chair: Marisol Vega")
        + p("1. Approval of the minutes", bold=True) + p("2. Micro-credential proposals received (update)", bold=True)
        + p("3. Industry partner feedback – Northbridge Community Laboratories", bold=True)
        + p("4. Education Plan refresh: consultation timeline", bold=True)
        + p("5. Delivery format of spring courses (online vs in person)", bold=True)
        + p("6. Other business", bold=True) + p("Contact: ce@michener.example, 416-555-0100"))
    syllabus_rows = "".join(tr(a, b) for a, b in (
        ("Course Title", "Introduction to Haematology Laboratory Practice"), ("Course Code", "MLS-210"),
        ("Instructor", "Dr. Hana Sato"), ("Email", "hsato@michener.example"), ("Phone", "416-555-0133"),
        ("Term", "Winter 2026"), ("Delivery", "In person, weekly labs"), ("Hours", "42 hours"),
        ("Prerequisites", "MLS-110 or equivalent")))
    syllabus = docx(
        p("Course Syllabus", style="Title") + table(syllabus_rows)
        + p("Course Description", style="Heading2") + p("An introduction to the haematology laboratory.")
        + p("Learning Outcomes", style="Heading2") + p("Perform a complete blood count.", numbered=True)
        + p("Prepare and stain a peripheral blood film.", numbered=True)
        + p("Assessment", style="Heading2") + p("Lab practicals 40%; midterm 20%; final exam 40%.")
        + p("Required Resources", style="Heading2") + p("Textbook: Rodak's Hematology, 6th ed.")
        + p("Weekly Schedule", style="Heading2") + p("Week 1: Safety and specimen handling."))
    outline_pdf = text_pdf([[
        "Course Outline – Point-of-Care Testing Fundamentals", "Course Title: Point-of-Care Testing Fundamentals",
        "Instructor: Priya Raman", "Email: praman@example.org", "Delivery Format: Online", "Duration: 20 hours",
        "Start Date: September 8, 2026", "Learning Outcomes", "1. Explain the principles of POCT devices.",
        "2. Perform quality control on a glucose meter.", "Assessment", "Quiz 30%, practical 70%.",
        "Target Audience: nurses and laboratory assistants", "Resources: online modules, glucose meters"]])
    reference = text_pdf([[
        "Lakeshore Regional Health", "12 Harbour Street, Toronto ON", "", "February 2, 2026", "",
        "To whom it may concern,", "",
        "Reference for Chinedu Okafor, Clinical Nurse Educator", "",
        "I have known Chinedu for six years as a colleague in the Vascular Access Service. He designs",
        "competency-based education, assesses learners with OSCEs, and works well with industry partners.",
        "He would be an excellent instructor for any continuing education program.", "",
        "Yours sincerely,", "Priya Raman", "Director of Nursing Practice", "priya.raman@lakeshorehealth.example.org",
        "Phone: 416-555-0190"]])
    cv_rows = "".join(tr(a, b) for a, b in (("Name", "Hana Sato"), ("Email", "hsato@example.org"),
                                               ("Phone", "416-555-0111"), ("Current Position", "Charge Technologist")))
    cv = docx(p("Curriculum Vitae", style="Title") + table(cv_rows)
              + p("Education", style="Heading2") + p("BSc Medical Laboratory Science, 2012")
              + p("Experience", style="Heading2") + p("Charge Technologist, Haematology, 2018–present")
              + p("Skills", style="Heading2") + p("Flow cytometry; quality management; teaching")
              + p("References", style="Heading2") + p("Available on request"))
    return [
        Variant("nonform-agenda", "nonform", "CE committee agenda.docx", agenda, False),
        Variant("nonform-syllabus", "nonform", "MLS-210 syllabus.docx", syllabus, False),
        Variant("nonform-outline-pdf", "nonform", "POCT course outline.pdf", outline_pdf, False),
        Variant("nonform-reference", "nonform", "Reference - C Okafor.pdf", reference, False),
        Variant("nonform-cv", "nonform", "Sato CV.docx", cv, False),
    ]


# ---------------------------------------------------------------- generator --
def generate(seed: int = 20260303, per_family: int = 12, corpus: Path = CORPUS) -> list[Variant]:
    """Reproducible variants: ``per_family`` of each form family plus the non-forms."""
    rnd = random.Random(seed)
    bases = load_bases(corpus)
    out: list[Variant] = []
    for family, (build, ext) in BUILDERS.items():
        for n in range(per_family):
            base = bases[(n + 3 * FAMILIES.index(family)) % len(bases)]
            fields = _drop_optional(rnd, base)
            if ext == "pdf":
                fields = _ascii_safe(fields)
            w = Writer(random.Random(rnd.random()), pdf=ext == "pdf")
            data = build(w, fields, n)
            name = f"{family}-{n:02d}"
            out.append(Variant(name, family, f"{name}.{ext}", data, True, fields))
    out += nonforms()
    return out


# ------------------------------------------------------------------ scoring --
@dataclass
class Score:
    variant: Variant
    class_ok: bool
    total: int
    ok: int
    misses: list[tuple[str, object, object]]
    error: str = ""


def score(v: Variant) -> Score:
    try:
        r = parsers.parse(v.data, v.filename)
    except parsers.ParseError as exc:
        keys = set(v.fields)
        return Score(v, False, len(keys), 0, [(k, v.fields[k], None) for k in sorted(keys)], exc.code)
    class_ok = r.is_concept_form == v.is_form
    if not v.is_form:
        keys = set(r.fields) if r.is_concept_form else set()
        return Score(v, class_ok, len(keys), 0, [(k, None, r.fields[k]) for k in sorted(keys)])
    keys = set(v.fields) | set(r.fields)
    misses = [(k, v.fields.get(k), r.fields.get(k)) for k in sorted(keys) if v.fields.get(k) != r.fields.get(k)]
    return Score(v, class_ok, len(keys), len(keys) - len(misses), misses)


def report(scores: list[Score], worst: int = 25, verbose: bool = False) -> float:
    print(f"{'family':<14} {'docs':>4} {'fields':>6} {'field acc %':>11} {'class ok':>9}")
    for fam in FAMILIES:
        group = [s for s in scores if s.variant.family == fam]
        if not group:
            continue
        total = sum(s.total for s in group)
        ok = sum(s.ok for s in group)
        acc = 100.0 * ok / total if total else 100.0
        print(f"{fam:<14} {len(group):>4} {total:>6} {acc:>11.1f} {sum(s.class_ok for s in group):>5}/{len(group):<3}")
    total = sum(s.total for s in scores)
    ok = sum(s.ok for s in scores)
    acc = 100.0 * ok / max(total, 1)
    print(f"{'all':<14} {len(scores):>4} {total:>6} {acc:>11.1f} {sum(s.class_ok for s in scores):>5}/{len(scores):<3}")
    bad_class = [s.variant.name for s in scores if not s.class_ok]
    if bad_class:
        print("misclassified:", ", ".join(bad_class))
    by_key = Counter(k for s in scores for k, _, _ in s.misses)
    if by_key:
        print("\nmisses by field:", ", ".join(f"{k} {n}" for k, n in by_key.most_common()))
    misses = [(s.variant.name, k, e, g) for s in scores for k, e, g in s.misses]
    if misses:
        print(f"\nworst misses ({min(worst, len(misses))} of {len(misses)}):")
        rnd = random.Random(1)
        shown = misses if verbose else sorted(rnd.sample(misses, min(worst, len(misses))))
        for name, k, e, g in shown:
            print(f"  {name:<16} {k:<24} expected {_short(e)!s:<50} got {_short(g)}")
    return acc


def _short(v: object, n: int = 70) -> str:
    s = json.dumps(v, ensure_ascii=False) if v is not None else "-"
    return s if len(s) <= n else s[: n - 1] + "…"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=20260303)
    ap.add_argument("--count", type=int, default=12, help="variants per form family")
    ap.add_argument("--worst", type=int, default=30)
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    ap.add_argument("--dump", help="write the variants (file + .expected.json) to this folder")
    args = ap.parse_args(argv)
    variants = generate(args.seed, args.count)
    if args.dump:
        out = Path(args.dump)
        out.mkdir(parents=True, exist_ok=True)
        for v in variants:
            (out / v.filename).write_bytes(v.data)
            (out / (v.filename + ".expected.json")).write_text(json.dumps(
                {"is_concept_form": v.is_form, "fields": v.fields}, ensure_ascii=False, indent=2), encoding="utf-8")
    report([score(v) for v in variants], args.worst, args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
