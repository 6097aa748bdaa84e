"""Shared helpers for round 6: expected-file writer, converters, option lists, scan simulation.

Run with /tmp/venv-devset6/bin/python (python-docx, pypdf, reportlab, fpdf2, pypdfium2, Pillow, matplotlib).
"""
from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAKE = ROOT / "_make"
TMP = Path(tempfile.gettempdir()) / "devset6-build"
TMP.mkdir(exist_ok=True)

REQUIRED = ["proposal_title", "proposer_name", "proposer_email", "request_type", "target_learners", "rationale",
            "competencies", "learning_outcomes", "summative_assessment", "partner_name", "endorsement_status",
            "education_plan_alignment"]

KEYS = ["proposal_title", "request_type", "existing_program_name", "proposer_name", "proposer_title",
        "proposer_department", "proposer_email", "proposer_phone", "target_learners", "rationale", "competencies",
        "learning_outcomes", "competency_framework", "summative_assessment", "partner_name", "partner_contact",
        "endorsement_status", "education_plan_alignment", "delivery_format", "estimated_hours", "proposed_start",
        "expected_enrolment", "resources_required", "submission_date"]

LABELS = {
    "proposal_title": "Proposed Title", "request_type": "Type of Request",
    "existing_program_name": "Existing Program Name", "proposer_name": "Name of Proposer",
    "proposer_title": "Position / Title", "proposer_department": "Department / Program", "proposer_email": "Email",
    "proposer_phone": "Phone / Extension", "target_learners": "Target Learners", "rationale": "Rationale / Need",
    "competencies": "Competencies / Skills Targeted [R1]", "learning_outcomes": "Learning Outcomes [R1]",
    "competency_framework": "Competency Framework Alignment", "summative_assessment": "Summative Assessment [R2]",
    "partner_name": "Industry / Employment Partner [R3]", "partner_contact": "Partner Contact Name and Email",
    "endorsement_status": "Endorsement Status [R3]",
    "education_plan_alignment": "Alignment with Michener's Education Plan [R4]",
    "delivery_format": "Delivery Format", "estimated_hours": "Estimated Hours",
    "proposed_start": "Proposed Start", "expected_enrolment": "Expected Enrolment per Year",
    "resources_required": "Resources Required", "submission_date": "Date Submitted",
}

OPTS = {
    "request_type": [("new", "New micro-credential"), ("existing_program", "Convert an existing program"),
                     ("micro_course", "Micro-course")],
    "endorsement_status": [("letter_attached", "Letter of support attached"),
                           ("confirmed", "Confirmed, letter to follow"), ("in_discussion", "In discussion"),
                           ("none", "None yet")],
    "delivery_format": [("online", "Online"), ("in_person", "In person"), ("hybrid", "Hybrid")],
}
OPTS_FR = {
    "request_type": [("new", "Nouveau microcertificat"), ("existing_program", "Conversion d’un programme existant"),
                     ("micro_course", "Microcours")],
    "endorsement_status": [("letter_attached", "Lettre d’appui jointe"), ("confirmed", "Confirmé, lettre à suivre"),
                           ("in_discussion", "En discussion"), ("none", "Aucun pour l’instant")],
    "delivery_format": [("online", "En ligne"), ("in_person", "En présentiel"), ("hybrid", "Hybride")],
}

ALL_DOCS: list[dict] = []


def options_line(key: str, code: str | None, on: str = "☒", off: str = "☐", fr: bool = False,
                 sep: str = "   ") -> str:
    opts = (OPTS_FR if fr else OPTS)[key]
    return sep.join(f"{on if c == code else off} {w}" for c, w in opts)


def outcomes_lines(items: list[str], style: str = "1.") -> list[str]:
    out = []
    for i, it in enumerate(items):
        if style == "1.":
            out.append(f"{i + 1}. {it}")
        elif style == "1)":
            out.append(f"{i + 1}) {it}")
        elif style == "a)":
            out.append(f"{'abcdefgh'[i]}) {it}")
        elif style == "-":
            out.append(f"- {it}")
        elif style == "•":
            out.append(f"• {it}")
        else:
            out.append(it)
    return out


def record(half: str, name: str, shape: str, lang: str, route: str, fields: dict, notes: str,
           is_form: bool = True, manual: bool = False, missing: list[str] | None = None,
           checks: list[str] | None = None, src_for_check: str | None = None) -> dict:
    """Write <name>.expected.json and remember the row for the README/verify."""
    fields = {k: fields[k] for k in KEYS if k in fields}
    if not is_form:
        fields, miss = {}, []
    elif missing is not None:
        miss = missing
    else:
        miss = [k for k in REQUIRED if k not in fields]
        if fields.get("request_type") == "existing_program" and "existing_program_name" not in fields:
            miss.append("existing_program_name")
    exp = {"is_concept_form": is_form, "shape": shape, "fields": fields, "missing_required": miss,
           "needs_manual_review": manual, "notes": notes}
    out = ROOT / half / (name + ".expected.json")
    out.write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    row = {"half": half, "name": name, "shape": shape, "lang": lang, "route": route, "missing": miss,
           "notes": notes, "checks": checks or [], "src": src_for_check, "manual": manual, "is_form": is_form}
    ALL_DOCS.append(row)
    return row


def save_index(half: str) -> None:
    rows = [r for r in ALL_DOCS if r["half"] == half]
    (MAKE / f"checks_{half}.json").write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n",
                                              encoding="utf-8")


def soffice(src: Path, fmt: str, outdir: Path) -> Path:
    """Convert with LibreOffice Writer headless (own profile dir so parallel users do not collide)."""
    prof = TMP / "lo-profile"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", fmt,
                    "--outdir", str(outdir), str(src)], check=True, capture_output=True, timeout=180)
    ext = fmt.split(":")[0]
    return outdir / (src.stem + "." + ext)


def lo_to(src: Path, fmt: str, dest: Path) -> None:
    out = soffice(src, fmt, TMP)
    shutil.move(str(out), str(dest))


def pandoc(src: Path, dest: Path, frm: str, extra: list[str] | None = None) -> None:
    subprocess.run(["pandoc", "-f", frm, "-o", str(dest), str(src)] + (extra or []), check=True)


def write_tmp(name: str, text: str, encoding: str = "utf-8") -> Path:
    p = TMP / name
    p.write_text(text, encoding=encoding)
    return p


def scan_pdf(src_pdf: Path, dest: Path, dpi: int = 150, angle: float = -0.8, seed: int = 1,
             colour: bool = False, upside: set[int] | None = None, stamp: bool = False) -> None:
    """Render pages to images, degrade them like a scanner, save an image-only PDF."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter, ImageDraw

    rnd = random.Random(seed)
    pdf = pdfium.PdfDocument(str(src_pdf))
    imgs = []
    for i in range(len(pdf)):
        img = pdf[i].render(scale=dpi / 72).to_pil().convert("RGB")
        if colour:
            # warm paper tone
            overlay = Image.new("RGB", img.size, (250, 244, 228))
            img = Image.blend(img, overlay, 0.18)
        else:
            img = img.convert("L")
        if stamp and i == 0:
            d = ImageDraw.Draw(img)
            w, h = img.size
            d.ellipse([w - 330, 60, w - 80, 200], outline=(60, 60, 170) if colour else 90, width=5)
            d.text((w - 300, 115), "RECEIVED  CE", fill=(60, 60, 170) if colour else 90)
        img = img.rotate(angle + rnd.uniform(-0.2, 0.2), expand=True, fillcolor="white" if not colour else (250, 250, 250))
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        px = img.load()
        w, h = img.size
        for _ in range(w * h // 700):
            x, y = rnd.randrange(w), rnd.randrange(h)
            px[x, y] = (40, 40, 40) if colour else 40
        if upside and i in upside:
            img = img.rotate(180)
        imgs.append(img)
    imgs[0].save(str(dest), "PDF", resolution=dpi, save_all=True, append_images=imgs[1:], quality=70)


def sentence_case_list(items: list[str], joiner: str = "; ") -> str:
    return joiner.join(items)
