"""Generate the independent concept-form development set.

Written from the field contract (shared/concept-form/FIELDS.md) and the
expected-result format of the shared corpora only; the parser code was not
read.  Output: tests/data/devset/{tuning,heldout}/ with one
``NAME.expected.json`` per document and a README.md per folder.

Regenerate (from the repository root)::

    python -m venv /tmp/venv-devset --system-site-packages
    /tmp/venv-devset/bin/pip install python-docx pypdf reportlab fpdf2
    /tmp/venv-devset/bin/python tools/devset/generate.py

reportlab and fpdf2 are generation tools only, not project dependencies.
Output is deterministic (fixed seed, fixed PDF timestamps/ids), so a rerun
produces the same documents.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from proposals import P, Paras  # noqa: E402

import docx  # noqa: E402
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls  # noqa: E402
from docx.shared import Pt, RGBColor  # noqa: E402
from fpdf import FPDF  # noqa: E402
from pypdf import PdfReader, PdfWriter  # noqa: E402
from reportlab.lib.pagesizes import A4, letter  # noqa: E402
from reportlab.lib.utils import simpleSplit  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

ROOT = HERE.parent.parent
OUT = ROOT / "tests" / "data" / "devset"
SEED = 20260314
FIXED_TIME = dt.datetime(2026, 3, 14, 9, 30, 0)

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
pdfmetrics.registerFont(TTFont("DejaVu", str(FONT_DIR / "DejaVuSans.ttf")))
pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
pdfmetrics.registerFont(TTFont("DejaVuSerif", str(FONT_DIR / "DejaVuSerif.ttf")))
pdfmetrics.registerFont(TTFont("DejaVuSerif-Bold", str(FONT_DIR / "DejaVuSerif-Bold.ttf")))

# ---------------------------------------------------------------- contract

KEYS = [
    "proposal_title", "proposer_name", "proposer_title", "proposer_department",
    "proposer_email", "proposer_phone", "request_type", "existing_program_name",
    "target_learners", "rationale", "competencies", "learning_outcomes",
    "competency_framework", "summative_assessment", "partner_name", "partner_contact",
    "endorsement_status", "education_plan_alignment", "delivery_format",
    "estimated_hours", "proposed_start", "expected_enrolment", "resources_required",
    "submission_date",
]
REQUIRED = [
    "proposal_title", "proposer_name", "proposer_email", "request_type",
    "target_learners", "rationale", "competencies", "learning_outcomes",
    "summative_assessment", "partner_name", "endorsement_status",
    "education_plan_alignment",
]
CHOICES = {
    "request_type": ["new", "existing_program", "micro_course"],
    "endorsement_status": ["letter_attached", "confirmed", "in_discussion", "none"],
    "delivery_format": ["online", "in_person", "hybrid"],
}
NUMBERS = {"estimated_hours", "expected_enrolment"}
LONG = {"target_learners", "rationale", "competencies", "learning_outcomes",
        "summative_assessment", "education_plan_alignment", "resources_required",
        "partner_contact"}

WORDS_EN = {
    "request_type": {"new": "New micro-credential", "existing_program": "Convert an existing program",
                     "micro_course": "Micro-course"},
    "endorsement_status": {"letter_attached": "Letter of support attached",
                           "confirmed": "Confirmed – letter to follow",
                           "in_discussion": "In discussion with the partner", "none": "None yet"},
    "delivery_format": {"online": "Online", "in_person": "In person", "hybrid": "Hybrid"},
}
WORDS_FR = {
    "request_type": {"new": "Nouveau microprogramme / New micro-credential",
                     "existing_program": "Conversion d’un programme existant / Convert an existing program",
                     "micro_course": "Microcours / Micro-course"},
    "endorsement_status": {"letter_attached": "Lettre d’appui jointe / Letter attached",
                           "confirmed": "Confirmé, lettre à suivre / Confirmed",
                           "in_discussion": "En discussion / In discussion", "none": "Aucun / None"},
    "delivery_format": {"online": "En ligne / Online", "in_person": "En présence / In person",
                        "hybrid": "Hybride / Hybrid"},
}

LABELS: dict[str, list[str]] = {
    "proposal_title": ["Proposed Title", "Title of Micro-Course / Credential", "Working title",
                       "Proposed micro-credential title", "Course title", "Name of the proposed offering"],
    "proposer_name": ["Name of Proposer", "Lead proposer", "Submitted by", "Contact name", "Proponent",
                      "Your name"],
    "proposer_title": ["Position / Title", "Job title", "Role", "Current position"],
    "proposer_department": ["Department / Program", "School / Department", "Program area", "Organization",
                            "Unit / Organisation"],
    "proposer_email": ["Email", "E-mail address", "Contact email", "Email address"],
    "proposer_phone": ["Phone", "Telephone", "Phone / Extension", "Tel.", "Best number to reach you"],
    "request_type": ["Type of request", "This proposal is for", "Request type", "What are you proposing?"],
    "existing_program_name": ["Existing program name", "Program to be converted",
                              "Current program (if converting)"],
    "target_learners": ["Target learners", "Target audience", "Intended learners", "Who is this for?",
                        "Learner population"],
    "rationale": ["Rationale / Need", "Labour market need", "Identified skills gap", "Why is this needed?",
                  "Need for the offering"],
    "competencies": ["Competencies / Skills targeted", "Skills and competencies", "Competencies addressed",
                     "Which skills will learners gain?"],
    "learning_outcomes": ["Learning outcomes", "Intended learning outcomes",
                          "By the end, learners will be able to", "Outcomes (what learners will be able to do)"],
    "competency_framework": ["Competency framework alignment", "Framework (e.g. ESCO, professional body)",
                             "Professional framework", "Standards referenced"],
    "summative_assessment": ["Summative assessment", "Assessment of outcomes",
                             "How will achievement be evidenced?", "Final assessment",
                             "How will you know they have learned it?"],
    "partner_name": ["Industry / Employment partner", "Endorsing partner / External body",
                     "Partner organization", "Industry partner"],
    "partner_contact": ["Partner contact", "Partner contact name and email", "Contact at partner"],
    "endorsement_status": ["Endorsement status", "Status of partner endorsement", "Has the partner endorsed it?"],
    "education_plan_alignment": ["Alignment with Michener's Education Plan", "Education Plan alignment",
                                 "Strategic alignment", "How does this fit the Education Plan?"],
    "delivery_format": ["Delivery format", "Delivery mode", "Format", "How will it be delivered?"],
    "estimated_hours": ["Estimated hours", "Duration (hours)", "Total learning hours", "Length in hours"],
    "proposed_start": ["Proposed start", "Target launch", "Anticipated start date", "When could it start?"],
    "expected_enrolment": ["Expected enrolment per year", "Estimated learners / year",
                           "Anticipated enrolment (annual)", "Learners per year"],
    "resources_required": ["Resources required", "Resources you can provide", "Budget / Resources",
                           "What will you need?"],
    "submission_date": ["Date", "Date submitted", "Submission date", "Dated"],
}
LETTER_LABEL = "Letter of support attached?"

LABELS_FR = {
    "proposal_title": "Titre proposé / Proposed title",
    "proposer_name": "Nom du proposant / Name of proposer",
    "proposer_title": "Poste / Position",
    "proposer_department": "Service ou programme / Department",
    "proposer_email": "Courriel / Email",
    "proposer_phone": "Téléphone / Phone",
    "request_type": "Type de demande / Type of request",
    "existing_program_name": "Programme existant / Existing program",
    "target_learners": "Apprenants visés / Target learners",
    "rationale": "Justification du besoin / Rationale",
    "competencies": "Compétences visées / Competencies",
    "learning_outcomes": "Résultats d’apprentissage / Learning outcomes",
    "competency_framework": "Référentiel de compétences / Competency framework",
    "summative_assessment": "Évaluation sommative / Summative assessment",
    "partner_name": "Partenaire du milieu / Industry partner",
    "partner_contact": "Personne-ressource du partenaire / Partner contact",
    "endorsement_status": "Appui du partenaire / Endorsement status",
    "education_plan_alignment": "Lien avec le Plan d’éducation / Education Plan alignment",
    "delivery_format": "Mode de prestation / Delivery format",
    "estimated_hours": "Durée (heures) / Hours",
    "proposed_start": "Début prévu / Proposed start",
    "expected_enrolment": "Inscriptions prévues par année / Expected enrolment per year",
    "resources_required": "Ressources requises / Resources required",
    "submission_date": "Date",
}

# ------------------------------------------------------- values and expected


def join_items(items: list[str]) -> str:
    out = items[0].strip()
    for item in items[1:]:
        out += (" " if out[-1] in ".;:,!?)" else "; ") + item.strip()
    return out


def raw_of(v: Any) -> Any:
    if isinstance(v, tuple) and not isinstance(v, Paras):
        return v[0]
    return v


def expected_value(key: str, v: Any) -> Any:
    v = raw_of(v)
    if v is None:
        return None
    if key == "learning_outcomes":
        return [" ".join(x.split()) for x in v]
    if isinstance(v, Paras):
        return " ".join(v)
    if isinstance(v, list):
        return join_items(v)
    return v


def expected_json(p: dict[str, Any], is_form: bool, notes: str) -> dict[str, Any]:
    if not is_form:
        return {"is_concept_form": False, "fields": {}, "missing_required": [],
                "needs_manual_review": False, "notes": notes}
    fields = {}
    for k in KEYS:
        if k in p:
            ev = expected_value(k, p[k])
            if ev is not None:
                fields[k] = ev
    missing = [k for k in REQUIRED if k not in fields]
    if fields.get("request_type") == "existing_program" and "existing_program_name" not in fields:
        missing.append("existing_program_name")
    return {"is_concept_form": True, "fields": fields, "missing_required": missing,
            "needs_manual_review": False, "notes": notes}


def written(key: str, v: Any, words: dict[str, dict[str, str]] | None = None) -> Any:
    """How the value appears on the form (str, list of str or Paras)."""
    if isinstance(v, tuple) and not isinstance(v, Paras):
        return v[1]
    if key in CHOICES:
        return (words or WORDS_EN)[key][v]
    if key in NUMBERS:
        return str(v)
    return v


def flat(v: Any, bullet: str = "- ", sep: str = "\n") -> str:
    """A written value as one string (lists one item per line)."""
    if isinstance(v, Paras):
        return "\n\n".join(v)
    if isinstance(v, list):
        return sep.join(f"{bullet}{x}" for x in v)
    return str(v)


@dataclass
class Form:
    """Which keys of a proposal a renderer has written; every key must be used."""

    p: dict[str, Any]
    used: set[str] = field(default_factory=set)

    def has(self, k: str) -> bool:
        return k in self.p

    def w(self, k: str, words: dict[str, dict[str, str]] | None = None) -> Any:
        self.used.add(k)
        if k not in self.p:
            return ""
        return written(k, self.p[k], words)

    def code(self, k: str) -> str | None:
        self.used.add(k)
        return raw_of(self.p[k]) if k in self.p else None

    def check(self) -> None:
        left = set(self.p) - self.used
        assert not left, f"renderer did not write {left}"


def pick_labels(rng: random.Random, p: dict[str, Any], upper: bool = False) -> dict[str, str]:
    lab = {k: rng.choice(v) for k, v in LABELS.items()}
    end = p.get("endorsement_status")
    if isinstance(end, tuple) and str(end[1]).startswith(("Yes", "No")):
        lab["endorsement_status"] = LETTER_LABEL
    if upper:
        lab = {k: v.upper() for k, v in lab.items()}
    return lab


def order_keys(p: dict[str, Any], rng: random.Random | None, include_empty: bool = True,
               request_in_empty: bool = True) -> list[str]:
    """Keys a form asks about.  An official-style form asks every question;
    the existing-program row only exists when the form has it."""
    keys = [k for k in KEYS if include_empty or k in p]
    if rng is not None:
        head, tail = keys[:7], keys[7:]
        rng.shuffle(tail)
        keys = head + tail
    return keys


def boxes(key: str, code: str | None, style: Any = "☒☐", words: dict[str, dict[str, str]] | None = None,
          labels: dict[str, str] | None = None) -> list[str]:
    on, off = style[0], style[1]  # a two-character string or a pair such as ("[X]", "[ ]")
    opts = (words or WORDS_EN)[key]
    if labels and labels.get(key) == LETTER_LABEL:
        return [f"{on if code == 'letter_attached' else off} Yes", f"{off} No"]
    return [f"{on if c == code else off} {t}" for c, t in opts.items()]


# ---------------------------------------------------------------- DOCX tools


def new_docx(font: str = "Calibri", size: float = 11) -> docx.document.Document:
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    cp = d.core_properties
    cp.author = "devset generator"
    cp.created = FIXED_TIME
    cp.modified = FIXED_TIME
    cp.last_modified_by = "devset generator"
    cp.revision = 1
    return d


def cell_write(cell: Any, key: str, v: Any, list_style: str = "• ", outcome_style: str = "1. ") -> None:
    """Write a value into a table cell, lists one item per paragraph."""
    cell.text = ""
    first = cell.paragraphs[0]
    if isinstance(v, Paras):
        first.text = v[0]
        for x in v[1:]:
            cell.add_paragraph(x)
        return
    if isinstance(v, list):
        marker = outcome_style if key == "learning_outcomes" else list_style
        for i, x in enumerate(v):
            text = list_marker(marker, i) + x
            if i == 0:
                first.text = text
            else:
                cell.add_paragraph(text)
        return
    lines = str(v).split("\n")
    first.text = lines[0]
    for x in lines[1:]:
        cell.add_paragraph(x)


def list_marker(marker: str, i: int) -> str:
    if marker == "1. ":
        return f"{i + 1}. "
    if marker == "1) ":
        return f"{i + 1}) "
    if marker == "a) ":
        return f"{'abcdefgh'[i]}) "
    if marker == "(i) ":
        return f"({['i', 'ii', 'iii', 'iv', 'v', 'vi'][i]}) "
    return marker


def para_write(d: Any, key: str, v: Any, list_style: str = "List Bullet", outcome_style: str = "List Number",
               style: str | None = None) -> None:
    """Write a value as body paragraphs; lists use Word list styles or text markers."""
    if isinstance(v, Paras):
        for x in v:
            d.add_paragraph(x, style=style)
        return
    if isinstance(v, list):
        st = outcome_style if key == "learning_outcomes" else list_style
        for i, x in enumerate(v):
            if st.startswith("List"):
                d.add_paragraph(x, style=st)
            else:
                d.add_paragraph(list_marker(st, i) + x, style=style)
        return
    d.add_paragraph(str(v), style=style)


def shade(cell: Any, fill: str) -> None:
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def footer(d: Any, text: str) -> None:
    d.sections[0].footer.paragraphs[0].text = text


def header(d: Any, text: str) -> None:
    d.sections[0].header.paragraphs[0].text = text


# ----------------------------------------------------------------- PDF tools


def rl_canvas(path: Path, size: Any = letter) -> canvas.Canvas:
    c = canvas.Canvas(str(path), pagesize=size, invariant=1)
    c.setAuthor("devset generator")
    c.setCreator("devset generator")
    return c


class Flow:
    """A tiny top-to-bottom text layout on a reportlab canvas."""

    def __init__(self, c: canvas.Canvas, size: Any = letter, margin: float = 60, font: str = "DejaVu",
                 bold: str = "DejaVu-Bold", fs: float = 10, header: str = "", footer: str = "") -> None:
        self.c, self.w, self.h = c, size[0], size[1]
        self.m, self.font, self.bold, self.fs = margin, font, bold, fs
        self.header_text, self.footer_text = header, footer
        self.page = 1
        self.y = self.h - margin
        self._decorate()

    def _decorate(self) -> None:
        c = self.c
        if self.header_text:
            c.setFont(self.font, 8)
            c.drawString(self.m, self.h - 30, self.header_text)
        if self.footer_text:
            c.setFont(self.font, 8)
            c.drawString(self.m, 25, self.footer_text.replace("{page}", str(self.page)))

    def need(self, dy: float) -> None:
        if self.y - dy < 50:
            self.c.showPage()
            self.page += 1
            self.y = self.h - self.m
            self._decorate()

    def text(self, s: str, bold: bool = False, fs: float | None = None, indent: float = 0,
             gap: float = 2, width: float | None = None) -> None:
        fs = fs or self.fs
        font = self.bold if bold else self.font
        width = width or (self.w - 2 * self.m - indent)
        for para in str(s).split("\n"):
            lines = simpleSplit(para, font, fs, width) or [""]
            for ln in lines:
                self.need(fs + 3)
                self.c.setFont(font, fs)
                self.c.drawString(self.m + indent, self.y - fs, ln)
                self.y -= fs + 3
        self.y -= gap

    def label_value(self, label: str, value: str, fs: float | None = None) -> None:
        """'Label: value' on one line, continuation lines wrap under the label."""
        fs = fs or self.fs
        lw = pdfmetrics.stringWidth(label + " ", self.bold, fs)
        width = self.w - 2 * self.m
        paras = str(value).split("\n")
        first = simpleSplit(paras[0], self.font, fs, width - lw) or [""]
        self.need(fs + 3)
        self.c.setFont(self.bold, fs)
        self.c.drawString(self.m, self.y - fs, label)
        self.c.setFont(self.font, fs)
        self.c.drawString(self.m + lw, self.y - fs, first[0])
        self.y -= fs + 3
        rest = " ".join(first[1:])
        if rest:
            self.text(rest, fs=fs, indent=lw, gap=0)
        for para in paras[1:]:
            self.text(para, fs=fs, indent=lw, gap=0)
        self.y -= 3

    def columns(self, label: str, value: str, lw: float = 150, box: bool = False, fs: float | None = None) -> None:
        """Label in a left column and the answer in a right column (a printed table row)."""
        fs = fs or self.fs
        width = self.w - 2 * self.m
        llines = simpleSplit(label, self.bold, fs, lw - 8)
        vlines: list[str] = []
        for para in str(value).split("\n"):
            vlines += simpleSplit(para, self.font, fs, width - lw - 8) or [""]
        n = max(len(llines), len(vlines))
        hgt = n * (fs + 3) + 8
        self.need(hgt)
        top = self.y
        if box:
            self.c.setLineWidth(0.5)
            self.c.rect(self.m, top - hgt, lw, hgt)
            self.c.rect(self.m + lw, top - hgt, width - lw, hgt)
        for i, ln in enumerate(llines):
            self.c.setFont(self.bold, fs)
            self.c.drawString(self.m + 4, top - 4 - fs - i * (fs + 3), ln)
        for i, ln in enumerate(vlines):
            self.c.setFont(self.font, fs)
            self.c.drawString(self.m + lw + 4, top - 4 - fs - i * (fs + 3), ln)
        self.y = top - hgt - (0 if box else 4)


# -------------------------------------------------------------- shape 1: DOCX tables


def s1_table(path: Path, p: dict[str, Any], rng: random.Random, *, layout: str = "2col", upper: bool = False,
             tick: str = "☒☐", french: bool = False, hints: bool = False, office: bool = False,
             shuffle: bool = False, outcome_style: str = "1. ", list_style: str = "• ", font: str = "Calibri",
             title: str = "Micro-Course / Credential Concept Form", ask_existing: bool = True) -> None:
    f = Form(p)
    labels = LABELS_FR.copy() if french else pick_labels(rng, p, upper)
    words = WORDS_FR if french else WORDS_EN
    d = new_docx(font)
    d.add_heading(title, level=1)
    d.add_paragraph("Please complete every section and email the form to the Continuing Education office."
                    if not french else
                    "Veuillez remplir toutes les sections et envoyer le formulaire au bureau de la formation continue.")
    keys = order_keys(p, rng if shuffle else None)
    if not ask_existing and "existing_program_name" not in p:
        keys = [k for k in keys if k != "existing_program_name"]
    hint_text = {"competencies": " [R1]", "learning_outcomes": " [R1] (one per line)",
                 "summative_assessment": " [R2]", "partner_name": " [R3]", "endorsement_status": " [R3]",
                 "education_plan_alignment": " [R4]", "estimated_hours": " (total, in hours)"}

    def answer(k: str) -> Any:
        if k in CHOICES:
            return boxes(k, f.code(k), tick, words, labels)
        return f.w(k, words)

    if layout in ("2col", "3col"):
        ncol = 2 if layout == "2col" else 3
        t = d.add_table(rows=0, cols=ncol)
        t.style = "Table Grid"
        if layout == "3col":
            hdr = t.add_row().cells
            hdr[0].text, hdr[1].text, hdr[2].text = "No.", "Question", "Response"
        for i, k in enumerate(keys):
            row = t.add_row().cells
            lab_cell, ans_cell = (row[0], row[1]) if ncol == 2 else (row[1], row[2])
            if ncol == 3:
                row[0].text = str(i + 1)
            lab_cell.text = labels[k]
            if hints and k in hint_text:
                run = lab_cell.paragraphs[0].add_run(hint_text[k])
                run.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
                run.font.size = Pt(8)
            shade(lab_cell, "D9E2F3")
            v = answer(k)
            if isinstance(v, list) and k in CHOICES:
                cell_write(ans_cell, k, "\n".join(v))
            else:
                cell_write(ans_cell, k, v, list_style, outcome_style)
    elif layout == "below":
        t = d.add_table(rows=0, cols=1)
        t.style = "Table Grid"
        for k in keys:
            lc = t.add_row().cells[0]
            lc.text = labels[k]
            lc.paragraphs[0].runs[0].bold = True
            shade(lc, "E7E6E6")
            v = answer(k)
            ac = t.add_row().cells[0]
            if isinstance(v, list) and k in CHOICES:
                cell_write(ac, k, "    ".join(v))
            else:
                cell_write(ac, k, v, list_style, outcome_style)
    elif layout == "sections":
        sections = [
            ("Section A – About you", ["proposer_name", "proposer_title", "proposer_department",
                                       "proposer_email", "proposer_phone"]),
            ("Section B – The proposal", ["proposal_title", "request_type", "existing_program_name",
                                          "target_learners", "rationale"]),
            ("Section C – Requirements R1–R4", ["competencies", "learning_outcomes", "competency_framework",
                                                "summative_assessment", "partner_name", "partner_contact",
                                                "endorsement_status", "education_plan_alignment"]),
            ("Section D – Delivery", ["delivery_format", "estimated_hours", "proposed_start",
                                      "expected_enrolment", "resources_required", "submission_date"]),
        ]
        for head, ks in sections:
            d.add_heading(head, level=2)
            if head.startswith("Section A"):
                # contact grid: labels across the top, values in the row below
                t = d.add_table(rows=2, cols=len(ks))
                t.style = "Table Grid"
                for j, k in enumerate(ks):
                    t.rows[0].cells[j].text = labels[k]
                    shade(t.rows[0].cells[j], "FFF2CC")
                    t.rows[1].cells[j].text = str(f.w(k))
                continue
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for k in ks:
                row = t.add_row().cells
                row[0].text = labels[k]
                v = answer(k)
                if isinstance(v, list) and k in CHOICES:
                    cell_write(row[1], k, "   ".join(v))
                else:
                    cell_write(row[1], k, v, list_style, outcome_style)
    if office:
        d.add_paragraph()
        d.add_paragraph("FOR CE OFFICE USE ONLY").runs[0].bold = True
        t = d.add_table(rows=3, cols=2)
        t.style = "Table Grid"
        for r, lab in zip(t.rows, ["Received (date)", "Reviewer", "Decision"]):
            r.cells[0].text = lab
    footer(d, "Continuing Education – Concept Form v2026.1" if not french else "Formation continue – formulaire 2026")
    f.check()
    d.save(path)


# -------------------------------------------------------- shape 2: content controls

PLACEHOLDER = "Click or tap here to enter text."
_sdt_id = [1000]


def _sdt_pr(tag: str, alias: str, kind: str, extra: str = "", placeholder: bool = False) -> str:
    _sdt_id[0] += 1
    ph = "<w:showingPlcHdr/>" if placeholder else ""
    return (f'<w:sdtPr><w:alias w:val="{esc(alias)}"/><w:tag w:val="{tag}"/><w:id w:val="{_sdt_id[0]}"/>'
            f"{ph}{kind}{extra}</w:sdtPr>")


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def run_xml(text: str, placeholder: bool = False) -> str:
    rpr = '<w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>' if placeholder else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


def sdt_inline(tag: str, alias: str, text: str | None, kind: str = "<w:text/>") -> Any:
    ph = text is None
    body = run_xml(PLACEHOLDER if ph else text, ph)
    return parse_xml(f"<w:sdt {nsdecls('w', 'w14')}>{_sdt_pr(tag, alias, kind, placeholder=ph)}"
                     f"<w:sdtContent>{body}</w:sdtContent></w:sdt>")


def sdt_block(tag: str, alias: str, paras: list[str] | None, style: str | None = None) -> Any:
    ph = paras is None
    ps = ""
    st = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style and not ph else ""
    for x in ([PLACEHOLDER] if ph else paras):
        ps += f"<w:p>{st}{run_xml(x, ph)}</w:p>"
    return parse_xml(f"<w:sdt {nsdecls('w', 'w14')}>{_sdt_pr(tag, alias, '', placeholder=ph)}"
                     f"<w:sdtContent>{ps}</w:sdtContent></w:sdt>")


def sdt_dropdown(tag: str, alias: str, code: str | None, items: dict[str, str], values_are_codes: bool) -> Any:
    li = "".join(f'<w:listItem w:displayText="{esc(t)}" w:value="{c if values_are_codes else esc(t)}"/>'
                 for c, t in items.items())
    text = items[code] if code else None
    return sdt_inline(tag, alias, text, f"<w:dropDownList>{li}</w:dropDownList>")


def sdt_date(tag: str, alias: str, iso: str, shown: str, fmt: str) -> Any:
    kind = (f'<w:date w:fullDate="{iso}T00:00:00Z"><w:dateFormat w:val="{fmt}"/><w:lid w:val="en-CA"/>'
            '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')
    return sdt_inline(tag, alias, shown, kind)


def sdt_checkbox(tag: str, alias: str, checked: bool, label: str) -> Any:
    kind = (f'<w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
            '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
            '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>')
    box = "☒" if checked else "☐"
    el = parse_xml(f"<w:sdt {nsdecls('w', 'w14')}>{_sdt_pr(tag, alias, kind)}"
                   f"<w:sdtContent>{run_xml(box)}</w:sdtContent></w:sdt>")
    return el, label


def s2_controls(path: Path, p: dict[str, Any], rng: random.Random, *, layout: str = "table",
                values_are_codes: bool = True, date_fmt: str = "dd/MM/yyyy", format_checkboxes: bool = False) -> None:
    f = Form(p)
    labels = pick_labels(rng, p)
    d = new_docx("Segoe UI", 10)
    d.add_heading("Concept Form – Micro-Course or Micro-Credential", level=1)
    d.add_paragraph("Type in the grey boxes. Use one line per learning outcome.")

    def control(k: str) -> list[Any]:
        if k in CHOICES and not (k == "delivery_format" and format_checkboxes):
            return [sdt_dropdown(k, labels[k], f.code(k), WORDS_EN[k], values_are_codes)]
        if k == "delivery_format":
            code = f.code(k)
            out = []
            for c, t in WORDS_EN[k].items():
                el, lab = sdt_checkbox(f"delivery_format_{c}", t, c == code, t)
                out += [el, parse_xml(f"<w:r {nsdecls('w')}><w:t xml:space=\"preserve\"> {esc(lab)}   </w:t></w:r>")]
            return out
        if k == "submission_date":
            if not f.has(k):
                f.used.add(k)
                return [sdt_inline(k, labels[k], None)]
            iso = raw_of(p[k])
            return [sdt_date(k, labels[k], iso, f.w(k), date_fmt)]
        v = f.w(k) if f.has(k) else None
        f.used.add(k)
        if v in ("", None):
            return [sdt_inline(k, labels[k], None)]
        if isinstance(v, (list, Paras)):
            return [("block", k, list(v))]
        return [sdt_inline(k, labels[k], str(v))]

    keys = order_keys(p, None)
    if layout == "table":
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k in keys:
            row = t.add_row().cells
            row[0].text = labels[k]
            tc = row[1]._tc
            p0 = row[1].paragraphs[0]._p
            for el in control(k):
                if isinstance(el, tuple):
                    tc.remove(p0)
                    style = "ListNumber" if k == "learning_outcomes" else "ListBullet"
                    tc.append(sdt_block(k, labels[k], el[2], style))
                else:
                    p0.append(el)
    else:
        for k in keys:
            lp = d.add_paragraph()
            lp.add_run(labels[k] + ": ").bold = True
            for el in control(k):
                if isinstance(el, tuple):
                    style = "ListNumber" if k == "learning_outcomes" else "ListBullet"
                    d.element.body.insert(len(d.element.body) - 1, sdt_block(k, labels[k], el[2], style))
                else:
                    lp._p.append(el)
    f.check()
    d.save(path)


# ------------------------------------------------------------ shape 3: AcroForms


def s3_acroform(path: Path, p: dict[str, Any], rng: random.Random, *, names: Callable[[str, int], str],
                tooltips: bool = True, printed: bool = True, request_widget: str = "radio",
                radio_exports: str = "codes", format_widget: str = "radio", outcomes_split: bool = False,
                title: str = "Concept Form (fillable)", fill_with_pypdf: bool = True) -> None:
    f = Form(p)
    labels = pick_labels(rng, p)
    tmp = path.with_suffix(".blank.pdf")
    c = rl_canvas(tmp, letter)
    W, H = letter
    af = c.acroForm
    y = H - 60
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, y, title)
    y -= 24
    text_values: dict[str, str] = {}
    idx = [0]

    def newpage() -> None:
        nonlocal y
        c.showPage()
        y = H - 50

    def label(txt: str, yy: float) -> None:
        if printed:
            c.setFont("Helvetica", 8)
            for i, ln in enumerate(simpleSplit(txt, "Helvetica", 8, 150)):
                c.drawString(50, yy - 9 - i * 9, ln)

    keys = order_keys(p, None)
    for k in keys:
        if k == "learning_outcomes" and outcomes_split:
            items = f.w(k) or []
            for i in range(4):
                if y < 90:
                    newpage()
                idx[0] += 1
                nm = names(f"{k}{i + 1}", idx[0])
                label(f"{labels[k]} – {i + 1}", y)
                af.textfield(name=nm, tooltip=f"Learning outcome {i + 1}" if tooltips else None,
                             x=210, y=y - 18, width=350, height=16, borderWidth=0.5, fontSize=8, value="")
                if i < len(items):
                    text_values[nm] = items[i]
                y -= 22
            continue
        if k in CHOICES:
            code = f.code(k)
            opts = WORDS_EN[k]
            need = 18 * (len(opts) if k != "delivery_format" or format_widget != "combo" else 1) + 6
            if y - need < 60:
                newpage()
            label(labels[k], y)
            widget = request_widget if k != "delivery_format" else format_widget
            if widget == "combo":
                idx[0] += 1
                nm = names(k, idx[0]).replace("RadioButtonList", "DropDownList").replace("Group", "Dropdown")
                af.choice(name=nm, tooltip=labels[k] if tooltips else None, value=opts[code] if code else " ",
                          options=[" "] + list(opts.values()), x=210, y=y - 18, width=200, height=16,
                          fontSize=8, borderWidth=0.5, fieldFlags="combo")
                y -= 24
                continue
            group = names(k, idx[0] + 1)
            idx[0] += 1
            for j, (cd, txt) in enumerate(opts.items()):
                yy = y - 16 - j * 17
                if widget == "radio":
                    exp = cd if radio_exports == "codes" else f"Choice{j + 1}"
                    af.radio(name=group, tooltip=(labels[k] if tooltips else None), value=exp,
                             selected=(cd == code), x=212, y=yy, size=11, buttonStyle="circle", borderWidth=0.5)
                else:
                    idx[0] += 1
                    nm = names(f"{k}_{cd}", idx[0])
                    af.checkbox(name=nm, tooltip=(txt if tooltips else None), checked=(cd == code),
                                x=212, y=yy, size=11, buttonStyle="cross", borderWidth=0.5)
                c.setFont("Helvetica", 8)
                c.drawString(228, yy + 2, txt)
            y -= 17 * len(opts) + 8
            continue
        v = f.w(k)
        long_ = k in LONG
        h = 46 if long_ else 16
        if y - h < 60:
            newpage()
        idx[0] += 1
        nm = names(k, idx[0])
        label(labels[k], y)
        af.textfield(name=nm, tooltip=labels[k] if tooltips else None, x=210, y=y - h - 2, width=350, height=h,
                     borderWidth=0.5, fontSize=8 if not long_ else 7, value="",
                     fieldFlags="multiline" if long_ else "")
        if v not in ("", None):
            text_values[nm] = flat(v, "- " if k != "learning_outcomes" else "• ")
        y -= h + 8
    c.save()
    f.check()
    reader = PdfReader(str(tmp))
    writer = PdfWriter(clone_from=reader)
    if fill_with_pypdf:
        writer.update_page_form_field_values(None, text_values, auto_regenerate=True)
    writer.add_metadata({"/Producer": "devset generator (reportlab + pypdf)", "/Title": title})
    with open(path, "wb") as fh:
        writer.write(fh)
    tmp.unlink()


# ------------------------------------------------------- shape 4: printed / flat


def s4_pdf_lines(path: Path, p: dict[str, Any], rng: random.Random, *, mode: str = "colon", upper: bool = False,
                 numbered: bool = False, tick: str = "☒☐", header: str = "", footer_: str = "",
                 serif: bool = False, shuffle: bool = False, placeholder_empty: bool = False,
                 title: str = "Micro-Course / Credential Concept Form", size: Any = letter,
                 boxes_rows: bool = False) -> None:
    f = Form(p)
    labels = pick_labels(rng, p, upper)
    c = rl_canvas(path, size)
    fl = Flow(c, size, font="DejaVuSerif" if serif else "DejaVu", bold="DejaVuSerif-Bold" if serif else "DejaVu-Bold",
              header=header, footer=footer_)
    fl.text(title, bold=True, fs=14, gap=8)
    for i, k in enumerate(order_keys(p, rng if shuffle else None)):
        lab = labels[k]
        if numbered:
            lab = f"{i + 1}. {lab}"
        if k in CHOICES:
            v = "   ".join(boxes(k, f.code(k), tick, None, labels)) if tick else (f.w(k) if f.has(k) else "")
        else:
            v = f.w(k)
            if k not in p and placeholder_empty:
                f.used.add(k)
                v = PLACEHOLDER
            v = flat(v, "• ", "\n") if not isinstance(v, str) else v
            if k == "learning_outcomes" and isinstance(f.p.get(k), list):
                v = "\n".join(f"{j + 1}. {x}" for j, x in enumerate(f.p[k]))
        if mode == "colon":
            fl.label_value(lab + ":", v)
        elif mode == "above":
            fl.text(lab, bold=True, gap=1)
            fl.text(v or " ", gap=6)
        else:
            fl.columns(lab, v, box=boxes_rows)
    c.save()
    f.check()


def s4_fpdf(path: Path, p: dict[str, Any], rng: random.Random, *, mode: str = "above", tick: str = "[X][ ]",
            title: str = "Concept Form", shuffle: bool = False) -> None:
    f = Form(p)
    labels = pick_labels(rng, p)
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED_TIME)
    pdf.set_creator("devset generator (fpdf2)")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.alias_nb_pages()

    class _P:  # footer per page
        pass

    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 15)
    pdf.multi_cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    on, off = tick[:3], tick[3:]
    for k in order_keys(p, rng if shuffle else None):
        if k in CHOICES:
            code = f.code(k)
            v = "  ".join(f"{on if c == code else off} {t}" for c, t in WORDS_EN[k].items())
        else:
            v = f.w(k)
            if k == "learning_outcomes" and v:
                v = "\n".join(f"{'abcdefg'[j]}) {x}" for j, x in enumerate(v))
            else:
                v = flat(v, "* ")
        if mode == "above":
            pdf.set_font("DejaVu", "B", 10)
            pdf.multi_cell(0, 5, labels[k], new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(0, 5, v or " ", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        else:
            y0 = pdf.get_y()
            if y0 > 250:
                pdf.add_page()
                y0 = pdf.get_y()
            pdf.set_font("DejaVu", "B", 9)
            pdf.multi_cell(55, 5, labels[k], new_x="RIGHT", new_y="TOP")
            y1 = pdf.get_y()
            pdf.set_xy(pdf.l_margin + 58, y0)
            pdf.set_font("DejaVu", "", 9)
            pdf.multi_cell(0, 5, v or " ", new_x="LMARGIN", new_y="NEXT")
            pdf.set_y(max(pdf.get_y(), y1) + 2)
    total = pdf.page_no()
    for n in range(1, total + 1):
        pdf.page = n
        pdf.set_y(-15)
        pdf.set_font("DejaVu", "", 8)
        pdf.cell(0, 8, f"Page {n} of {total}", align="C")
    pdf.page = total
    f.check()
    pdf.output(str(path))


def s4_docx(path: Path, p: dict[str, Any], rng: random.Random, *, mode: str = "below", upper: bool = False,
            font: str = "Arial", empty_label_only: bool = False) -> None:
    f = Form(p)
    labels = pick_labels(rng, p, upper)
    d = new_docx(font, 10.5)
    d.add_paragraph("CONCEPT FORM – MICRO-CREDENTIAL PROPOSAL").runs[0].bold = True
    for k in order_keys(p, None):
        if k in CHOICES:
            v: Any = "  ".join(boxes(k, f.code(k), "☒☐", None, labels))
        else:
            v = f.w(k)
        if mode == "below":
            lp = d.add_paragraph()
            lp.add_run(labels[k]).bold = True
            lp.paragraph_format.space_after = Pt(0)
            if v in ("", None):
                d.add_paragraph("")
            else:
                para_write(d, k, v, "- ", "List Number")
        else:  # 'tab' – label, tab, answer in one paragraph; lists continue on the following lines
            lp = d.add_paragraph()
            lp.add_run(labels[k] + ":").bold = True
            if isinstance(v, (list, Paras)):
                items = list(v)
                lp.add_run("\t" + (("1. " if k == "learning_outcomes" else "") + items[0]))
                for j, x in enumerate(items[1:]):
                    mk = f"{j + 2}. " if k == "learning_outcomes" else ""
                    d.add_paragraph("\t" + mk + x)
            else:
                lp.add_run("\t" + str(v))
    f.check()
    d.save(path)


# --------------------------------------------------------------- writing helpers


def pin_zip_times(path: Path) -> None:
    """Rewrite a DOCX with fixed zip timestamps so a rerun gives identical bytes."""
    import zipfile

    with zipfile.ZipFile(path) as zin:
        items = [(i, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in items:
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def save_expected(path: Path, p: dict[str, Any] | None, is_form: bool, notes: str) -> dict[str, Any]:
    exp = expected_json(p or {}, is_form, notes)
    path.with_name(path.name + ".expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n",
                                                           encoding="utf-8")
    return exp


# ------------------------------------------------------------ shape 5: retyped

FMT_PHRASE = {"online": "fully online", "in_person": "in person", "hybrid": "blended (online plus on-site days)"}


def inline_outcomes(items: list[str]) -> str:
    parts = [f"({i + 1}) {x}" for i, x in enumerate(items)]
    if len(parts) == 1:
        return parts[0]
    return "; ".join(parts[:-1]) + "; and " + parts[-1]


def s5_qa_docx(path: Path, p: dict[str, Any]) -> None:
    """Questions in the applicant's own words, numbered, answer in the paragraph below."""
    f = Form(p)
    d = new_docx("Georgia", 11)
    d.add_heading(f"{f.w('proposal_title')} – answers to the concept form questions", level=1)
    qa = [
        ("Who is proposing this?", f"{f.w('proposer_name')}, {f.w('proposer_title')}"),
        ("Where do you work?", f.w("proposer_department")),
        ("How can we reach you?", f"{f.w('proposer_email')} / {f.w('proposer_phone')}"),
        ("Is it a new credential, a conversion, or a micro-course?", f.w("request_type")),
        ("Who would take it?", f.w("target_learners")),
        ("Why does it matter now?", f.w("rationale")),
        ("What skills does it build?", f.w("competencies")),
        ("What will learners be able to do at the end?", f.w("learning_outcomes")),
        ("How will you check they can do it?", f.w("summative_assessment")),
        ("Which partner backs it, and who is your contact there?",
         f"{f.w('partner_name')}; contact: {f.w('partner_contact')}"),
        ("Do you have their endorsement?", f.w("endorsement_status")),
        ("How does it support Michener's Education Plan?", f.w("education_plan_alignment")),
        ("Format, length and start?", f"{f.w('delivery_format')}; {f.w('estimated_hours')} hours; "
                                      f"starting {f.w('proposed_start')}"),
        ("How many learners a year?", f.w("expected_enrolment")),
        ("Date", f.w("submission_date")),
    ]
    for i, (q, a) in enumerate(qa):
        qp = d.add_paragraph()
        qp.add_run(f"{i + 1}. {q}").bold = True
        para_write(d, "learning_outcomes" if isinstance(a, list) else "x", a, "List Bullet", "List Bullet")
    f.check()
    d.save(path)


def s5_memo_docx(path: Path, p: dict[str, Any]) -> None:
    """Memo layout; contact details in the FROM line; one sentence gives format, hours, start and enrolment."""
    f = Form(p)
    d = new_docx("Times New Roman", 12)
    d.add_paragraph("MEMORANDUM").runs[0].bold = True
    for lab, val in [("TO:", "Continuing Education Office"),
                     ("FROM:", f"{f.w('proposer_name')} — {f.w('proposer_title')} — {f.w('proposer_department')} "
                               f"— {f.w('proposer_email')} — {f.w('proposer_phone')}"),
                     ("DATE:", f.w("submission_date")),
                     ("RE:", f"Micro-credential concept – {f.w('proposal_title')}")]:
        pp = d.add_paragraph()
        pp.add_run(lab + "\t").bold = True
        pp.add_run(val)
    d.add_paragraph("_" * 60)
    code = f.code("request_type")
    kind = {"new": "a new micro-credential", "micro_course": "a micro-course",
            "existing_program": "the conversion of an existing program"}[code]
    d.add_paragraph(f"I am proposing {kind}, for the following learners: {f.w('target_learners')}")
    d.add_paragraph("The need", style="Heading 3")
    para_write(d, "rationale", f.w("rationale"))
    d.add_paragraph("What learners will gain", style="Heading 3")
    d.add_paragraph(f"Skills: {f.w('competencies')}")
    d.add_paragraph("By the end of the course learners will be able to:")
    para_write(d, "learning_outcomes", f.w("learning_outcomes"), outcome_style="List Bullet")
    d.add_paragraph("Assessment", style="Heading 3")
    d.add_paragraph(f.w("summative_assessment"))
    d.add_paragraph("Partner", style="Heading 3")
    end = {"letter_attached": "Their letter of support is attached.",
           "confirmed": "They have agreed to endorse it; the letter will follow.",
           "in_discussion": "We are still discussing endorsement with them.",
           "none": "We do not have an endorsement yet."}[f.code("endorsement_status")]
    d.add_paragraph(f"{f.w('partner_name')} is our partner. {end}")
    d.add_paragraph("Fit with the Education Plan", style="Heading 3")
    d.add_paragraph(f.w("education_plan_alignment"))
    d.add_paragraph("Logistics", style="Heading 3")
    d.add_paragraph(f"We see it as a {FMT_PHRASE[f.code('delivery_format')]} course of about "
                    f"{f.w('estimated_hours')} hours, starting {f.w('proposed_start')}, and we expect roughly "
                    f"{f.w('expected_enrolment')} learners a year.")
    d.add_paragraph()
    d.add_paragraph(f"{f.w('proposer_name')}")
    f.check()
    d.save(path)


def s5_q1a1_docx(path: Path, p: dict[str, Any]) -> None:
    f = Form(p)
    d = new_docx("Verdana", 10)
    d.add_paragraph("Concept proposal (retyped from the CE form)").runs[0].bold = True
    qs = [("proposal_title", "Title of the micro-course"), ("proposer_name", "Your name"),
          ("proposer_title", "Your role"), ("proposer_department", "Your organisation"),
          ("proposer_email", "Email"), ("proposer_phone", "Phone"), ("request_type", "Kind of request"),
          ("target_learners", "Who are the learners?"), ("rationale", "What gap does it fill?"),
          ("competencies", "Competencies"), ("learning_outcomes", "Outcomes"),
          ("competency_framework", "Framework used"), ("summative_assessment", "Summative assessment"),
          ("partner_name", "Partner"), ("partner_contact", "Partner contact"),
          ("endorsement_status", "Endorsement"), ("education_plan_alignment", "Education Plan fit"),
          ("delivery_format", "Delivery"), ("estimated_hours", "Hours"), ("proposed_start", "Start"),
          ("expected_enrolment", "Learners per year"), ("submission_date", "Date")]
    for i, (k, q) in enumerate(qs):
        d.add_paragraph(f"Q{i + 1}. {q}").runs[0].bold = True
        v = f.w(k)
        if isinstance(v, list):
            d.add_paragraph(f"A{i + 1}.")
            for x in v:
                d.add_paragraph(x, style="List Number")
        else:
            d.add_paragraph(f"A{i + 1}. {v}")
    f.check()
    d.save(path)


def s5_lettered_docx(path: Path, p: dict[str, Any]) -> None:
    """Lettered questions, answer on the same line after an em dash; competencies written inline."""
    f = Form(p)
    d = new_docx("Cambria", 11)
    d.add_heading("Micro-course idea", level=2)
    rows = [("Working title", f.w("proposal_title")),
            ("Submitted by", f"{f.w('proposer_name')} ({f.w('proposer_title')}, {f.w('proposer_department')})"),
            ("Contact", f"{f.w('proposer_email')} · {f.w('proposer_phone')}"),
            ("Request", f.w("request_type")),
            ("Audience", f.w("target_learners")), ("Need", f.w("rationale")),
            ("Skills", f.w("competencies")),
            ("Outcomes", inline_outcomes(f.w("learning_outcomes"))),
            ("Assessment", f.w("summative_assessment")),
            ("Partner", f"{f.w('partner_name')} (contact: {f.w('partner_contact')})"),
            ("Endorsement", f.w("endorsement_status")),
            ("Education Plan", f.w("education_plan_alignment")),
            ("Delivery", f.w("delivery_format")), ("Hours", f.w("estimated_hours")),
            ("Start", f.w("proposed_start")), ("Learners/year", f.w("expected_enrolment")),
            ("Date", f.w("submission_date"))]
    for i, (lab, val) in enumerate(rows):
        pp = d.add_paragraph()
        pp.add_run(f"{'abcdefghijklmnopqrstuvwxyz'[i]}) {lab} — ").bold = True
        pp.add_run(str(val))
    f.check()
    d.save(path)


def s5_fpdf_retyped(path: Path, p: dict[str, Any]) -> None:
    """Retyped PDF: title as heading, one contact line, headings in the applicant's order."""
    f = Form(p)
    pdf = FPDF(format="letter")
    pdf.set_creation_date(FIXED_TIME)
    pdf.set_creator("devset generator (fpdf2)")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 16)
    pdf.multi_cell(0, 8, f.w("proposal_title"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5, f"{f.w('proposer_name')} | {f.w('proposer_title')} | {f.w('proposer_department')} | "
                         f"{f.w('proposer_email')} | {f.w('proposer_phone')}", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 5, f"Submitted {f.w('submission_date')}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    secs = [("Request", f.w("request_type")), ("The problem we want to solve", f.w("rationale")),
            ("Learners", f.w("target_learners")), ("Skills", f.w("competencies")),
            ("Learners will be able to:", f.w("learning_outcomes")),
            ("How we will assess", f.w("summative_assessment")),
            ("Employer partner", f"{f.w('partner_name')}. {f.w('endorsement_status')}."),
            ("Education Plan", f.w("education_plan_alignment")),
            ("Delivery", f"{f.w('delivery_format')}, {f.w('estimated_hours')} hours"),
            ("Launch", f.w("proposed_start")), ("Learners per year", f.w("expected_enrolment"))]
    for head, val in secs:
        pdf.set_font("DejaVu", "B", 11)
        pdf.multi_cell(0, 6, head, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 10)
        if isinstance(val, list):
            for x in val:
                pdf.multi_cell(0, 5, f"\u2022 {x}", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.multi_cell(0, 5, str(val), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    f.check()
    pdf.output(str(path))


def s5_headings_docx(path: Path, p: dict[str, Any]) -> None:
    """Heading-2 sections; outcomes written inline '(1) …; (2) …; and (3) …'."""
    f = Form(p)
    d = new_docx("Calibri Light", 11)
    d.add_heading(f.w("proposal_title"), level=0)
    d.add_paragraph(f"Proponent: {f.w('proposer_name')}, {f.w('proposer_title')} — {f.w('proposer_department')}")
    d.add_paragraph(f"E-mail: {f.w('proposer_email')}    Tel.: {f.w('proposer_phone')}")
    for head, val in [("Type of request", f"{f.w('request_type')}: {f.w('existing_program_name')}"),
                      ("Who it is for", f.w("target_learners")), ("Why now", f.w("rationale")),
                      ("Competencies", f.w("competencies")),
                      ("Learning outcomes", "Graduates will be able to " + inline_outcomes(f.w("learning_outcomes"))),
                      ("Summative assessment", f.w("summative_assessment")),
                      ("Partner and endorsement", f"{f.w('partner_name')} — {f.w('partner_contact')}. "
                                                  f"Endorsement: {f.w('endorsement_status')}."),
                      ("Education Plan", f.w("education_plan_alignment")),
                      ("Practicalities", f"Delivery: {f.w('delivery_format')}. Hours: {f.w('estimated_hours')}. "
                                         f"Start: {f.w('proposed_start')}. Learners per year: "
                                         f"{f.w('expected_enrolment')}."),
                      ("Date", f.w("submission_date"))]:
        d.add_heading(head, level=2)
        d.add_paragraph(val)
    f.check()
    d.save(path)


def s5_email_pdf(path: Path, p: dict[str, Any]) -> None:
    """An email body with the answers, printed to PDF."""
    f = Form(p)
    c = rl_canvas(path, letter)
    fl = Flow(c, letter, font="DejaVu", bold="DejaVu-Bold", fs=10)
    for ln in [f"From: {f.w('proposer_name')} <{f.w('proposer_email')}>",
               "To: Continuing Education <ce@michener.example>",
               f"Sent: {f.w('submission_date')}",
               f"Subject: Concept form – {f.w('proposal_title')}"]:
        fl.text(ln, gap=0)
    fl.y -= 10
    fl.text("Hello CE team,", gap=6)
    fl.text(f"Below are my answers to the concept form questions (I could not open the Word version). "
            f"I am {f.w('proposer_title')} in {f.w('proposer_department')}; phone {f.w('proposer_phone')}.", gap=6)
    for lab, k in [("Title", "proposal_title"), ("Request type", "request_type"),
                   ("Target learners", "target_learners"), ("Rationale", "rationale"),
                   ("Competencies", "competencies"), ("Learning outcomes", "learning_outcomes"),
                   ("Summative assessment", "summative_assessment"), ("Partner", "partner_name"),
                   ("Partner contact", "partner_contact"), ("Endorsement", "endorsement_status"),
                   ("Education Plan alignment", "education_plan_alignment"),
                   ("Delivery", "delivery_format"), ("Hours", "estimated_hours"), ("Start", "proposed_start"),
                   ("Learners/year", "expected_enrolment"), ("Resources", "resources_required")]:
        v = f.w(k)
        if isinstance(v, list):
            fl.text(f"{lab}:", bold=True, gap=0)
            for x in v:
                fl.text(f"- {x}", indent=12, gap=0)
            fl.y -= 3
        else:
            fl.label_value(f"{lab}:", v)
    fl.y -= 6
    fl.text("Thanks,", gap=0)
    fl.text(str(f.w("proposer_name")).split()[0])
    c.save()
    f.check()


def s5_bilingual_docx(path: Path, p: dict[str, Any]) -> None:
    """Retyped with FR / EN headings in the applicant's order, English answers."""
    f = Form(p)
    d = new_docx("Arial", 10)
    d.add_heading("Proposition de microcertification / Micro-credential proposal", level=1)
    order = ["proposal_title", "request_type", "proposer_name", "proposer_title", "proposer_department",
             "proposer_email", "proposer_phone", "rationale", "target_learners", "learning_outcomes",
             "competencies", "competency_framework", "summative_assessment", "partner_name", "partner_contact",
             "endorsement_status", "education_plan_alignment", "estimated_hours", "delivery_format",
             "proposed_start", "expected_enrolment", "submission_date"]
    for k in order:
        hp = d.add_paragraph()
        r = hp.add_run(LABELS_FR[k].upper())
        r.bold = True
        r.font.size = Pt(9)
        v = f.w(k)
        if v == "" and k not in p:
            d.add_paragraph("—")
            continue
        para_write(d, k, v, "- ", "(i) ")
    f.check()
    d.save(path)


def s5_narrative_docx(path: Path, p: dict[str, Any]) -> None:
    """Narrative proposal with a key-facts table at the end (labels in the top row, values below)."""
    f = Form(p)
    d = new_docx("Calibri", 11)
    d.add_heading(f"Proposal: {f.w('proposal_title')}", level=1)
    d.add_paragraph(f"Prepared by {f.w('proposer_name')} ({f.w('proposer_title')}, {f.w('proposer_department')}). "
                    f"Questions to {f.w('proposer_email')} or {f.w('proposer_phone')}.")
    d.add_heading("What we propose", level=2)
    d.add_paragraph(f"Request type: {f.w('request_type')}.")
    d.add_paragraph(f"Intended learners: {f.w('target_learners')}")
    d.add_heading("Identified skills gap", level=2)
    para_write(d, "rationale", f.w("rationale"))
    d.add_heading("Competencies addressed", level=2)
    d.add_paragraph(f.w("competencies"))
    d.add_heading("Intended learning outcomes", level=2)
    d.add_paragraph("On completion, participants will be able to:")
    para_write(d, "learning_outcomes", f.w("learning_outcomes"), outcome_style="List Number")
    d.add_heading("How achievement will be evidenced", level=2)
    d.add_paragraph(f.w("summative_assessment"))
    d.add_heading("Endorsing partner", level=2)
    d.add_paragraph(f"{f.w('partner_name')}. Endorsement status: {f.w('endorsement_status')}.")
    d.add_heading("Strategic alignment", level=2)
    d.add_paragraph(f.w("education_plan_alignment"))
    d.add_heading("Key facts", level=2)
    cols = [("Delivery mode", "delivery_format"), ("Total hours", "estimated_hours"),
            ("Target launch", "proposed_start"), ("Learners / year", "expected_enrolment"),
            ("Date", "submission_date")]
    t = d.add_table(rows=2, cols=len(cols))
    t.style = "Table Grid"
    for j, (lab, k) in enumerate(cols):
        t.rows[0].cells[j].text = lab
        t.rows[1].cells[j].text = str(f.w(k))
    f.check()
    d.save(path)


def s5_qa_pdf(path: Path, p: dict[str, Any]) -> None:
    """'Q:' / 'A:' pairs in a PDF; conversion of an existing program."""
    f = Form(p)
    c = rl_canvas(path, A4)
    fl = Flow(c, A4, font="DejaVuSerif", bold="DejaVuSerif-Bold", fs=10, footer="Concept form answers – p. {page}")
    fl.text("Concept form — questions and answers", bold=True, fs=13, gap=8)
    qa = [("What is the proposed title?", "proposal_title"), ("Who is the lead proposer?", "proposer_name"),
          ("What is your position?", "proposer_title"), ("Which department?", "proposer_department"),
          ("Email?", "proposer_email"), ("Phone?", "proposer_phone"),
          ("What type of request is this?", "request_type"),
          ("Which program would be converted?", "existing_program_name"),
          ("Who are the intended learners?", "target_learners"), ("Why is this needed?", "rationale"),
          ("Which competencies does it address?", "competencies"),
          ("What are the intended learning outcomes?", "learning_outcomes"),
          ("How will achievement be evidenced?", "summative_assessment"),
          ("Who is the endorsing partner?", "partner_name"), ("Who is the partner contact?", "partner_contact"),
          ("What is the endorsement status?", "endorsement_status"),
          ("How does it align with the Education Plan?", "education_plan_alignment"),
          ("What is the delivery format?", "delivery_format"), ("How many hours?", "estimated_hours"),
          ("When would it start?", "proposed_start"), ("How many learners per year?", "expected_enrolment"),
          ("Date submitted?", "submission_date")]
    for q, k in qa:
        fl.text(f"Q: {q}", bold=True, gap=0)
        v = f.w(k)
        if isinstance(v, list):
            fl.text("A:", gap=0)
            for i, x in enumerate(v):
                fl.text(f"{i + 1}) {x}", indent=14, gap=0)
            fl.y -= 5
        else:
            fl.label_value("A:", str(v))
    c.save()
    f.check()


# ------------------------------------------------------------ shape 7: not forms


def n_cv(path: Path) -> None:
    d = new_docx("Garamond", 11)
    d.add_heading("Amara Okonkwo-Lindqvist", level=0)
    d.add_paragraph("Medical Laboratory Technologist · amara.ol@example.com · 416-555-0190 · Toronto, ON")
    d.add_heading("Profile", level=1)
    d.add_paragraph("Technologist with nine years in clinical chemistry and a strong interest in teaching, "
                    "including precepting students and developing short courses.")
    d.add_heading("Experience", level=1)
    for x in ["2019–present  Senior MLT, Core Laboratory, Havenbrook Hospital",
              "2016–2019  MLT, Bayfront Laboratories", "2015  Clinical placement, Kestrel Labs"]:
        d.add_paragraph(x, style="List Bullet")
    d.add_heading("Education", level=1)
    d.add_paragraph("Advanced Diploma, Medical Laboratory Science (2015)")
    d.add_heading("Skills", level=1)
    d.add_paragraph("Quality management; method validation; teaching and mentoring; LIS administration.")
    d.add_heading("References", level=1)
    d.add_paragraph("Available on request.")
    d.save(path)


def n_letter(path: Path) -> None:
    c = rl_canvas(path, letter)
    fl = Flow(c, letter, font="DejaVuSerif", bold="DejaVuSerif-Bold", fs=11)
    fl.text("GREYSTONE FAMILY HEALTH TEAM", bold=True, fs=14, gap=0)
    fl.text("220 Quarry Road, Greystone ON  ·  info@greystonefht.example.org", fs=8, gap=16)
    fl.text("February 6, 2026", gap=10)
    fl.text("Continuing Education Office\nThe Michener Institute", gap=10)
    fl.text("Re: Letter of support – Spirometry Coaching and Quality Grading", bold=True, gap=10)
    fl.text("Dear Members of the Review Committee,", gap=8)
    fl.text("On behalf of the Greystone Family Health Team I am pleased to support the proposed micro-credential "
            "in spirometry coaching and quality grading. Our nurses perform more than 1,500 office spirometry "
            "tests a year, and a recognised credential would help us meet our quality targets.", gap=8)
    fl.text("We will release staff to attend, offer clinical sites for supervised practice and review the "
            "assessment rubric. Please contact me at rabernathy@greystonefht.example.org.", gap=14)
    fl.text("Sincerely,", gap=20)
    fl.text("Dr. Ruth Abernathy\nLead Physician, Greystone Family Health Team")
    c.save()


def n_outline(path: Path) -> None:
    d = new_docx("Calibri", 11)
    d.add_heading("RTH-245 Pulmonary Diagnostics II — Course Outline, Fall 2026", level=1)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Course Title", "Pulmonary Diagnostics II"), ("Course Code", "RTH-245"),
                 ("Instructor", "Bogdan Ilić (bilic@example.org)"), ("Hours", "45 (3 h/week)"),
                 ("Delivery", "In person")]:
        r = t.add_row().cells
        r[0].text, r[1].text = a, b
    d.add_heading("Course Description", level=2)
    d.add_paragraph("Builds on RTH-145 with advanced pulmonary function testing and interpretation.")
    d.add_heading("Learning Outcomes", level=2)
    for x in ["Perform body plethysmography to ATS/ERS standards", "Interpret diffusion capacity results",
              "Apply quality control to PFT equipment"]:
        d.add_paragraph(x, style="List Number")
    d.add_heading("Assessment", level=2)
    t2 = d.add_table(rows=0, cols=2)
    t2.style = "Table Grid"
    for a, b in [("Lab reports (4)", "30%"), ("Midterm", "25%"), ("Practical exam", "20%"), ("Final exam", "25%")]:
        r = t2.add_row().cells
        r[0].text, r[1].text = a, b
    d.add_heading("Required Resources", level=2)
    d.add_paragraph("Textbook: Pulmonary Function Testing, 4th ed.")
    d.add_heading("Academic Policies", level=2)
    d.add_paragraph("See the Student Handbook for academic integrity and accommodation policies.")
    d.save(path)


def n_minutes(path: Path) -> None:
    d = new_docx("Arial", 10)
    d.add_heading("CE Curriculum Committee – Minutes", level=1)
    d.add_paragraph("Date: 24 February 2026   Time: 14:00–15:00   Location: Room 4-210 / videoconference")
    d.add_paragraph("Present: H. Achterberg (chair), L. Moreau, P. Singh, T. Okafor. Regrets: J. Whitfield.")
    for head, body in [("1. Approval of agenda", "Approved as circulated."),
                       ("2. Micro-credential proposals received", "Six concept forms received since January; "
                        "two are missing learning outcomes and one has no partner. Office to send reminders."),
                       ("3. Assessment guidelines", "Committee agreed every micro-credential needs a summative "
                        "assessment tied to its outcomes (R2). L. Moreau to draft guidance."),
                       ("4. Partner endorsement", "Letters of support may follow the form within 30 days."),
                       ("Action items", "")]:
        d.add_paragraph(head).runs[0].bold = True
        if body:
            d.add_paragraph(body)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(["Action", "Owner", "Due"]):
        t.rows[0].cells[j].text = h
    for a in [("Send reminders for incomplete forms", "CE office", "3 March 2026"),
              ("Draft assessment guidance", "L. Moreau", "17 March 2026")]:
        r = t.add_row().cells
        for j in range(3):
            r[j].text = a[j]
    d.add_paragraph("Next meeting: 24 March 2026.")
    d.save(path)


def n_invoice(path: Path) -> None:
    pdf = FPDF(format="letter")
    pdf.set_creation_date(FIXED_TIME)
    pdf.set_creator("devset generator (fpdf2)")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(0, 10, "INVOICE", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    for ln in ["SimuTech Training Supplies Ltd.", "45 Industrial Pkwy, Unit 3, Mississauga ON",
               "billing@simutech.example.com", "", "Invoice no.: ST-2026-0412", "Date: 2026-02-19",
               "Bill to: Continuing Education, The Michener Institute", "Terms: Net 30"]:
        pdf.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 10)
    for w, h in [(90, "Description"), (25, "Qty"), (35, "Unit price"), (35, "Amount")]:
        pdf.cell(w, 7, h, border=1)
    pdf.ln()
    pdf.set_font("Helvetica", "", 10)
    for desc, q, u in [("Venipuncture training arm (adult)", 2, 640.00), ("Replacement skin and veins kit", 4, 85.50),
                       ("Paediatric vascular access phantom", 1, 1290.00)]:
        for w, v in [(90, desc), (25, str(q)), (35, f"{u:,.2f}"), (35, f"{q * u:,.2f}")]:
            pdf.cell(w, 7, v, border=1)
        pdf.ln()
    sub = 2 * 640 + 4 * 85.5 + 1290
    for lab, v in [("Subtotal", sub), ("HST 13%", sub * 0.13), ("Total due (CAD)", sub * 1.13)]:
        pdf.cell(150, 7, lab, align="R")
        pdf.cell(35, 7, f"{v:,.2f}", border=1)
        pdf.ln()
    pdf.output(str(path))


def n_newsletter(path: Path) -> None:
    c = rl_canvas(path, letter)
    fl = Flow(c, letter, fs=10, footer="CE Bulletin · Winter 2026 · page {page}")
    fl.text("CE BULLETIN — Winter 2026", bold=True, fs=18, gap=10)
    fl.text("Micro-credentials: what makes a strong concept?", bold=True, fs=13, gap=4)
    fl.text("Every micro-credential we launch must be competency-based, include a summative assessment, be "
            "endorsed by an industry partner and align with the Education Plan. Proposers who describe their "
            "target learners and a clear skills gap move through review faster.", gap=8)
    fl.text("Spotlight: simulation week", bold=True, fs=13, gap=4)
    fl.text("More than 300 learners took part in simulation week. Thank you to the Simulation Centre team.", gap=8)
    fl.text("Upcoming dates", bold=True, fs=13, gap=4)
    for x in ["March 20 – proposal clinic (drop-in, online)", "April 15 – spring intake closes",
              "May 6 – CE open house"]:
        fl.text("• " + x, indent=10, gap=0)
    fl.y -= 8
    fl.text("Questions? Write to ce@michener.example.", gap=0)
    c.save()


# ------------------------------------------------------------ AcroForm names

HUNGARIAN = {
    "proposal_title": "txtPropTtl", "proposer_name": "txtPropNm", "proposer_title": "txtPropPos",
    "proposer_department": "txtDeptPgm", "proposer_email": "txtEml", "proposer_phone": "txtPhExt",
    "request_type": "grpReqTyp", "existing_program_name": "txtExstPgm", "target_learners": "txtTgtLrnr",
    "rationale": "txtRatNeed", "competencies": "txtCmpSkl", "learning_outcomes": "txtILOs",
    "competency_framework": "txtCmpFw", "summative_assessment": "txtSumAssm", "partner_name": "txtIndPrtnr",
    "partner_contact": "txtPrtnrCtc", "endorsement_status": "grpEndStat", "education_plan_alignment": "txtEdPlan",
    "delivery_format": "grpDlvFmt", "estimated_hours": "numHrs", "proposed_start": "txtStart",
    "expected_enrolment": "numEnrl", "resources_required": "txtRsrc", "submission_date": "dtSubmitted",
}
CAMEL = {
    "proposal_title": "propTitle", "proposer_name": "propNm", "proposer_title": "propPos",
    "proposer_department": "propDept", "proposer_email": "propEml", "proposer_phone": "propPh",
    "request_type": "reqTyp", "existing_program_name": "exstPgm", "target_learners": "tgtLrnrs",
    "rationale": "ratnl", "competencies": "cmptncs", "learning_outcomes": "lrnOutc",
    "competency_framework": "cmpFrmwk", "summative_assessment": "sumAssmt", "partner_name": "prtnrOrg",
    "partner_contact": "prtnrCtc", "endorsement_status": "endrsStat", "education_plan_alignment": "edPlnAlgn",
    "delivery_format": "dlvFmt", "estimated_hours": "estHrs", "proposed_start": "propStrt",
    "expected_enrolment": "expEnrl", "resources_required": "rsrcReq", "submission_date": "dtSubm",
}


def _split_key(k: str) -> tuple[str, str]:
    """'request_type_new' -> ('request_type', 'new'); 'learning_outcomes2' -> ('learning_outcomes', '2')."""
    for base in CHOICES:
        if k.startswith(base + "_"):
            return base, k[len(base) + 1:]
    if k.startswith("learning_outcomes") and k != "learning_outcomes":
        return "learning_outcomes", k[len("learning_outcomes"):]
    return k, ""


def names_keys(k: str, i: int) -> str:
    return k


def names_title_case(k: str, i: int) -> str:
    base, suf = _split_key(k)
    return "".join(w.capitalize() for w in base.split("_")) + ("_" + suf.capitalize() if suf else "")


def names_hungarian(k: str, i: int) -> str:
    base, suf = _split_key(k)
    return HUNGARIAN[base] + (suf.title().replace("_", "") if suf else "")


def names_camel(k: str, i: int) -> str:
    base, suf = _split_key(k)
    return CAMEL[base] + (suf.title().replace("_", "") if suf else "")


def names_generic(k: str, i: int) -> str:
    base, suf = _split_key(k)
    if base in CHOICES and not suf:
        return f"Group{i}"
    if base in CHOICES:
        return f"Check Box{i}"
    return f"Text{i}"


def names_designer(k: str, i: int) -> str:
    base, suf = _split_key(k)
    if base in CHOICES and not suf:
        return f"RadioButtonList{i}"
    if base in CHOICES:
        return f"CheckBox{i}"
    return f"topmostSubform_Page1_TextField{i}"


# ---------------------------------------------------------------- catalogue

SHAPE_TEXT = {1: "1 – official DOCX table form", 2: "2 – DOCX with content controls (w:tag = key)",
              3: "3 – fillable PDF (AcroForm)", 4: "4 – printed form (no table / fields)",
              5: "5 – retyped form", 7: "7 – not a concept form"}


def drop(p: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {k: v for k, v in p.items() if k not in keys}


@dataclass
class Doc:
    name: str
    shape: int
    split: str
    make: Callable[[Path], None]
    notes: str
    p: dict[str, Any] | None = None


def catalogue() -> list[Doc]:
    r = random.Random(SEED)

    def R() -> random.Random:
        return random.Random(r.randrange(1 << 30))

    D: list[Doc] = []

    def add(name: str, shape: int, split: str, p: dict[str, Any] | None, fn: Callable[..., None],
            notes: str, **kw: Any) -> None:
        rng = R()
        if p is None:
            D.append(Doc(name, shape, split, lambda path: fn(path), notes, None))
        elif shape == 5:
            D.append(Doc(name, shape, split, lambda path: fn(path, p), notes, p))
        else:
            D.append(Doc(name, shape, split, lambda path: fn(path, p, rng, **kw), notes, p))

    # shape 1 – DOCX table forms
    add("Concept Form - Wound VAC Therapy - R Adeyinka.docx", 1, "tuning", P["wound_vac"], s1_table,
        "Two-column table, ☐/☒ characters, bullets typed as '• ', outcomes typed '1. '.")
    add("MCC form_Phlebotomy for Pharmacy Techs.docx", 1, "heldout", P["phleb_pharm"], s1_table,
        "Three-column table (No. | Question | Response): the label is in the second column; "
        "enrolment written '6 sessions x 16 = 96'; hours '8 hours (one day)'; ISO date.", layout="3col",
        list_style="- ")
    add("concept-form-echo-contrast-TL.docx", 1, "tuning", P["echo_contrast"], s1_table,
        "One-column table: label row then answer row; rationale over two paragraphs; phone and resources "
        "left empty; date '23 Feb 2026'.", layout="below", outcome_style="a) ")
    add("Fiche concept - Soins palliatifs - A Tremblay.docx", 1, "heldout", P["palliatif"], s1_table,
        "Bilingual FR / EN labels, French answers and option words, '6 h', '≈ 40', French date "
        "'12 février 2026'.", french=True, outcome_style="1) ", title="Fiche de concept – microcours / Concept Form")
    add("DIALYSIS ACCESS CONCEPT FORM.docx", 1, "tuning", P["dialysis"], s1_table,
        "UPPER-CASE labels, '[X]' / '[ ]' text tick boxes, date 29-01-2026.", upper=True, tick=("[X]", "[ ]"),
        font="Arial")
    add("Concept form - RT Immobilisation (sections).docx", 1, "heldout", P["rt_immob"], s1_table,
        "Four section tables; proposer details as a grid (labels across the top row, values in the row below); "
        "decimal hours 12.5; date 05/02/2026 (dd/mm).", layout="sections", outcome_style="1. ")
    add("Infection control champions concept form (incomplete).docx", 1, "tuning", P["ipac_champ"], s1_table,
        "Incomplete two-column form: rationale, partner and endorsement left empty (all boxes unticked); "
        "several optional rows empty.", tick="☑☐")
    add("Convert Ultrasound Cert to MC - concept form.docx", 1, "heldout", P["us_convert"], s1_table,
        "request_type existing_program with the program named; grey hint text and [R1]–[R4] markers in "
        "label cells; date '2026.02.26'.", hints=True)
    add("Hemovigilance_concept_form_v3.docx", 1, "tuning", P["hemovig"], s1_table,
        "'Letter of support attached?' answered with Yes/No boxes; empty 'FOR CE OFFICE USE ONLY' table; "
        "'12 h'; date 18/02/2026.", office=True, tick="☑☐")
    add("Ortho cast technician concept form.docx", 1, "heldout", P["ortho_cast"], s1_table,
        "Questions after the contact block in shuffled order; competencies as '- ' lines; outcomes 'a) '; "
        "two-paragraph rationale; date 'Monday, 2 March 2026'.", shuffle=True, list_style="- ",
        outcome_style="a) ")

    # shape 2 – content controls
    add("Concept form (controls) - Sleep Scoring.docx", 2, "tuning", P["sleep"], s2_controls,
        "Content controls tagged with the keys inside a table; drop-downs whose values are the codes; "
        "date picker (yyyy-MM-dd); block rich-text controls for lists; empty optional controls "
        "show the placeholder.", date_fmt="yyyy-MM-dd")
    add("Anaesthesia Assistant Refresher - CC form.docx", 2, "heldout", P["aa_refresh"], s2_controls,
        "Content controls in paragraphs (no table); drop-down values are display text; delivery format as "
        "three checkbox controls tagged delivery_format_*; phone, start and resources show the placeholder.",
        layout="paragraphs", values_are_codes=False, format_checkboxes=True)
    add("cc_form_Genetic_Counselling_Intake.docx", 2, "tuning", P["genetic"], s2_controls,
        "Incomplete content-control form: learning outcomes and summative assessment still show the "
        "placeholder.")

    # shape 3 – fillable PDFs
    add("Paediatric IV Starts - fillable.pdf", 3, "tuning", P["peds_iv"], s3_acroform,
        "AcroForm whose field names are the keys; radio groups export the codes; NeedAppearances set.",
        names=names_keys)
    add("PGx_Essentials_ConceptForm_RDO.pdf", 3, "heldout", P["pgx"], s3_acroform,
        "AcroForm with Hungarian-style abbreviated names (txtPropTtl, grpReqTyp); radios export Choice1..n; "
        "date written 2026/03/06.",
        names=names_hungarian, radio_exports="choice")
    add("MC Concept Form - fillable - Lactation.pdf", 3, "tuning", P["lactation"], s3_acroform,
        "Meaningless names (Text1.., Group2..) with the label in the tooltip and printed beside each field; "
        "several optional fields empty.", names=names_generic)
    add("Spirometry coaching concept (fillable).pdf", 3, "heldout", P["spiro"], s3_acroform,
        "Meaningless names; labels ONLY in the tooltips (nothing printed beside the fields); option words "
        "printed next to radio buttons.", names=names_generic, printed=False, radio_exports="choice")
    add("fillable_concept_dementia_imaging.pdf", 3, "tuning", P["dementia_img"], s3_acroform,
        "camelCase abbreviated names (propEml, tgtLrnrs, reqTypMicroCourse) and no tooltips: the question is "
        "printed on the page; one check box per option.", names=names_camel, tooltips=False,
        request_widget="checkbox", format_widget="checkbox")
    add("Mammo positioning concept - form.pdf", 3, "heldout", P["mammo"], s3_acroform,
        "Form-designer names (topmostSubform_Page1_TextField7, RadioButtonList3) with tooltips; outcomes in "
        "four separate one-line fields (the fourth empty); delivery format as a combo box.",
        names=names_designer, outcomes_split=True, format_widget="combo")
    add("Rhythm interpretation concept (fillable, incomplete).pdf", 3, "tuning", P["rhythm"], s3_acroform,
        "Incomplete fillable form (rationale, summative assessment and Education Plan alignment left empty); "
        "endorsement 'none'; TitleCase names (ProposalTitle, RequestType).", names=names_title_case)
    add("DXA concept form fillable.pdf", 3, "heldout", P["dxa"], s3_acroform,
        "existing_program via one check box per option; combo box for format; Hungarian names; program name "
        "filled.", names=names_hungarian, request_widget="checkbox", format_widget="combo")

    # shape 4 – printed / flattened
    add("Hot Lab Safety - Concept Form.pdf", 4, "tuning", P["hotlab"], s4_pdf_lines,
        "'Label: answer' lines printed to PDF with running header and footer; ☒/☐ characters; long answers wrap "
        "under the label.", header="Michener CE – Concept Form", footer_="Page {page}")
    add("Virtual care for RTs - concept form (printed).pdf", 4, "heldout", P["tele_rt"], s4_pdf_lines,
        "The two-column table form printed to PDF: drawn cell borders, label column wraps so label and answer "
        "lines interleave in extracted text.", mode="columns", boxes_rows=True)
    add("Simulation debriefing concept.docx", 4, "tuning", P["simfac"], s4_docx,
        "Re-keyed DOCX without a table: bold label paragraph, answer in the paragraphs below; outcomes in a "
        "Word numbered list; competencies plain text.", mode="below")
    add("AI literacy MRT concept form - printout.docx", 4, "heldout", P["ai_imaging"], s4_docx,
        "UPPER-CASE 'LABEL:<tab>answer' paragraphs; list items continue on tab-indented lines; date 10.03.2026.",
        mode="tab", upper=True, font="Courier New")
    add("Frozen section concept form.pdf", 4, "tuning", P["frozen"], s4_fpdf,
        "fpdf2 PDF, label line then answer below, '[X]' / '[ ]' ticks, outcomes 'a) ', 'Page n of N' footer; "
        "date 'Feb. 27, 2026'.", mode="above")
    add("LBC prep concept form - flattened.pdf", 4, "heldout", P["lbc"], s4_fpdf,
        "Flattened fillable form: labels left, values drawn as text to the right, no fields; competencies and "
        "summative assessment empty (missing).", mode="columns", tick="(x)( )")
    add("Autism-informed care - concept form.pdf", 4, "tuning", P["autism"], s4_pdf_lines,
        "Numbered labels '1. …' with answers after a colon, serif font, A4, questions after the contact block "
        "shuffled.", numbered=True, serif=True, size=A4, shuffle=True)
    add("dental radiography concept (printed).pdf", 4, "heldout", P["dental_rad"], s4_pdf_lines,
        "UPPER-CASE labels on their own line and answers below; target learners, endorsement (no box ticked) "
        "and Education Plan alignment empty (missing); phone and partner contact empty.", mode="above", upper=True)
    add("Lab emergency preparedness - concept.pdf", 4, "tuning", P["lab_emerg"], s4_fpdf,
        "fpdf2 two-column layout (label column, answer column) without borders; wrapped cells interleave.",
        mode="columns")
    add("Ophthalmic imaging concept form.pdf", 4, "heldout", P["oph_photo"], s4_pdf_lines,
        "Content-control form printed to PDF: boxed rows, unused optional rows print the placeholder 'Click or "
        "tap here to enter text.' (= empty).", mode="columns", boxes_rows=True, placeholder_empty=True)

    # shape 5 – retyped
    add("Pulmonary rehab walk tests - answers.docx", 5, "tuning", P["pulm_rehab"], s5_qa_docx,
        "Q&A in the applicant's words, answer under the question; name+role share one answer, email/phone "
        "share one, format+hours+start share one.")
    add("Memo - oncology navigation micro-credential.docx", 5, "heldout", P["onc_nav"], s5_memo_docx,
        "Memo: FROM line holds name — role — department — email — phone; request type and endorsement in "
        "sentences; one sentence gives format ('fully online'), hours, start and enrolment.")
    add("Vent weaning - concept Q1-A1.docx", 5, "tuning", P["vent_wean"], s5_q1a1_docx,
        "'Q1. … / A1. …' pairs; outcomes as a Word numbered list after 'A11.'.")
    add("Trauma-informed practice idea.docx", 5, "heldout", P["trauma_inf"], s5_lettered_docx,
        "Lettered items 'a) Label — answer' on one line; contact and partner contact in parentheses; outcomes "
        "inline '(1) …; (2) …; and (3) …'.")
    add("AMR stewardship micro-course proposal.pdf", 5, "tuning", P["amr_lab"], s5_fpdf_retyped,
        "Retyped PDF: title as heading, one 'name | role | dept | email | phone' line, headings in own order, "
        "endorsement written in a sentence after the partner name.")
    add("Cath lab hemodynamics - concept proposal.docx", 5, "heldout", P["cath_lab"], s5_headings_docx,
        "Heading-2 sections; existing program named after the request type; outcomes inline after a lead-in; "
        "'Practicalities' paragraph holds delivery, hours, start and enrolment.")
    add("Fw concept form answers - cultural safety.pdf", 5, "tuning",
        drop(P["cultural"], "summative_assessment", "education_plan_alignment"), s5_email_pdf,
        "Email body printed to PDF with 'Label: answer' lines; summative assessment and Education Plan "
        "alignment left blank (missing); resources blank.")
    add("Biobanking proposition - proposal.docx", 5, "heldout",
        drop(P["biobank"], "target_learners", "education_plan_alignment"), s5_bilingual_docx,
        "Bilingual FR / EN upper-case headings in the applicant's order; target learners and Education Plan "
        "answered with '—' (missing); outcomes '(i) '.")
    add("Inclusive clinical teaching - proposal.docx", 5, "tuning", P["edi_teach"], s5_narrative_docx,
        "Narrative proposal with own headings; key facts table at the end with labels in the top row and values "
        "in the row below.")
    add("Hearing screener credential - Q and A.pdf", 5, "heldout", P["hearing"], s5_qa_pdf,
        "'Q: … / A: …' pairs in a serif PDF; existing_program; outcomes '1) ' under 'A:'; date '16-Mar-2026'.")

    # shape 7 – not forms
    add("CV_Amara_Okonkwo-Lindqvist.docx", 7, "tuning", None, n_cv, "A CV (name, email, phone, headings).")
    add("Greystone FHT - letter of support.pdf", 7, "heldout", None, n_letter,
        "Letter of support for the spirometry proposal: repeats the title and names a contact, not a form.")
    add("RTH-245 Course Outline Fall 2026.docx", 7, "tuning", None, n_outline,
        "Trap: course outline with Course Title / Learning Outcomes / Assessment / Hours / Delivery rows.")
    add("CE curriculum committee minutes 2026-02-24.docx", 7, "heldout", None, n_minutes,
        "Meeting minutes that talk about concept forms, outcomes, assessment and partners.")
    add("Invoice ST-2026-0412.pdf", 7, "tuning", None, n_invoice, "Supplier invoice (table of items, totals).")
    add("CE Bulletin Winter 2026.pdf", 7, "heldout", None, n_newsletter,
        "Newsletter describing the R1–R4 requirements in prose.")
    return D


# ---------------------------------------------------------------- validation


def doc_text(path: Path) -> str:
    if path.suffix == ".docx":
        d = docx.Document(str(path))
        body = d.element.body
        return " ".join(t.text or "" for t in body.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"))
    rd = PdfReader(str(path))
    text = " ".join(pg.extract_text() or "" for pg in rd.pages)
    for k, v in (rd.get_fields() or {}).items():
        text += " " + str(v.get("/V", ""))
    return text


def validate(path: Path, doc: Doc, exp: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    if path.suffix == ".docx":
        docx.Document(str(path))
    else:
        rd = PdfReader(str(path))
        fields = rd.get_fields() or {}
        if doc.shape == 3 and not fields:
            problems.append("fillable PDF without fields")
        if doc.shape != 3 and fields:
            problems.append("printed PDF still has fields")
    f = exp["fields"]
    assert set(exp) == {"is_concept_form", "fields", "missing_required", "needs_manual_review", "notes"}
    for k, v in f.items():
        assert k in KEYS, k
        if k in CHOICES:
            assert v in CHOICES[k], (k, v)
        elif k in NUMBERS:
            assert isinstance(v, (int, float)) and not isinstance(v, bool), (k, v)
        elif k == "learning_outcomes":
            assert isinstance(v, list) and all(isinstance(x, str) and x for x in v)
        elif k == "submission_date":
            dt.date.fromisoformat(v)
        else:
            assert isinstance(v, str) and v == " ".join(v.split()), (k, v)
    miss = [k for k in REQUIRED if k not in f] if exp["is_concept_form"] else []
    if f.get("request_type") == "existing_program" and "existing_program_name" not in f:
        miss.append("existing_program_name")
    assert miss == exp["missing_required"], (miss, exp["missing_required"])
    if exp["is_concept_form"]:
        text = " ".join(doc_text(path).split())
        for k in ("proposer_email", "proposer_name"):
            if k in f and f[k] not in text:
                problems.append(f"{k} {f[k]!r} not found in document text")
    return problems


def readme(split: str, docs: list[Doc], exps: dict[str, dict[str, Any]]) -> str:
    counts: dict[int, int] = {}
    for d in docs:
        counts[d.shape] = counts.get(d.shape, 0) + 1
    head = {
        "tuning": "# Development set – tuning half\n\nMay be used to develop and tune the parser.",
        "heldout": ("# Development set – HELD-OUT half\n\n**Do not use these files to tune the parser.** Run them "
                    "only to measure; when a held-out file fails, fix the cause using the tuning half or the "
                    "shared corpora, never by looking at this file. Once a held-out file has been used for "
                    "tuning it no longer measures anything: move it to `../tuning/` and say so in the commit."),
    }[split]
    lines = [head, "",
             "Written from the field contract `FIELDS.md` alone, by a helper who had not read the parser; "
             "expected results and normalisation follow the shared corpora README "
             "(`shared/corpus/README.md`). All people, organisations and numbers are invented; email domains are "
             "example.org / example.com. Generated by `tools/devset/generate.py` (seeded, reproducible): "
             "python-docx, reportlab, fpdf2 and pypdf. LibreOffice was not available, so the 'printed' PDFs were "
             "drawn with reportlab/fpdf2 the way a print-to-PDF lays out the form.", "",
             "Counts: " + ", ".join(f"shape {s}: {n}" for s, n in sorted(counts.items())) + ".", "",
             "## Attachments", "",
             "| File | Shape | Form? | Missing required | What it tests |",
             "|---|---|---|---|---|"]
    for d in docs:
        e = exps[d.name]
        miss = ", ".join(e["missing_required"]) or "–"
        lines.append(f"| `{d.name}` | {SHAPE_TEXT[d.shape]} | {'yes' if e['is_concept_form'] else 'no'} | "
                     f"{miss} | {d.notes.replace('|', chr(92) + '|')} |")
    lines += ["", "## Expected-results files", "",
              "Every file `X` has `X.expected.json` in the format of the shared corpora:", "", "```json",
              '{"is_concept_form": true, "fields": {"key": "value"}, "missing_required": ["key"],',
              ' "needs_manual_review": false, "notes": "what the file tests"}', "```", "",
              "`fields` holds only keys with a value (empty answers, placeholders, '—' and 'N/A' are absent); "
              "choices are codes, hours and enrolment are numbers, `submission_date` is ISO, "
              "`learning_outcomes` is a list, list answers in text fields are joined with '; ' (or a space after "
              "punctuation).", ""]
    return "\n".join(lines)


def main() -> int:
    docs = catalogue()
    for split in ("tuning", "heldout"):
        target = OUT / split
        if target.exists():
            shutil.rmtree(target)
        target.mkdir(parents=True)
    exps: dict[str, dict[str, Any]] = {}
    problems = 0
    for doc in docs:
        path = OUT / doc.split / doc.name
        doc.make(path)
        if path.suffix == ".docx":
            pin_zip_times(path)
        exps[doc.name] = save_expected(path, doc.p, doc.p is not None, doc.notes)
        for msg in validate(path, doc, exps[doc.name]):
            problems += 1
            print(f"WARN {doc.name}: {msg}")
    for split in ("tuning", "heldout"):
        part = [d for d in docs if d.split == split]
        (OUT / split / "README.md").write_text(readme(split, part, exps), encoding="utf-8")
    total = sum(f.stat().st_size for f in OUT.rglob("*") if f.is_file())
    for split in ("tuning", "heldout"):
        c: dict[int, int] = {}
        for d in docs:
            if d.split == split:
                c[d.shape] = c.get(d.shape, 0) + 1
        print(split, dict(sorted(c.items())))
    print(f"{len(docs)} documents, {total / 1e6:.2f} MB, {problems} warnings")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
