"""Shared helpers for round 13c (maker c). CC0.

A form document is described as a list of rows (key, label, answer). An answer is
  * a str: lines separated by '\n' (typed markers kept as typed),
  * ("opts", [option texts], ticked index or None),
  * ("sect", heading) for a section row (key None).
Expected values are derived from the same rows by `derive()` and can be overridden
per document (numbers, dates, sentence answers) in the data modules.
"""
import json, os, re, subprocess, html, shutil

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

REQUIRED = ["proposal_title", "proposer_name", "proposer_email", "request_type", "target_learners",
            "rationale", "competencies", "learning_outcomes", "summative_assessment", "partner_name",
            "endorsement_status", "education_plan_alignment"]

MARK = re.compile(r"^\s*(?:[•\-\*–·▪o]\s+|\(?\d{1,2}[\.\)]\s*|\(?[a-h][\.\)]\s+)")
EMPTY = {"", "n/a", "na", "tbd", "-", "—", "–", "à déterminer", "s.o", "sans objet"}


def is_empty(s):
    return s.strip().lower().rstrip(".") in EMPTY


def join_items(items):
    out = ""
    for it in items:
        if not out:
            out = it
        elif out[-1] in ".;:,!?)":
            out += " " + it
        else:
            out += "; " + it
    return out


def derive(rows, codes=None):
    """Expected fields from rows. codes: {key: [code per option]}"""
    codes = codes or {}
    f = {}
    for key, label, ans in rows:
        if key is None or key.startswith("_"):
            continue
        if isinstance(ans, tuple) and ans[0] == "opts":
            if ans[2] is not None:
                f[key] = codes[key][ans[2]]
            continue
        if ans is None or is_empty(ans):
            continue
        lines = [l.strip() for l in ans.split("\n") if l.strip()]
        marked = [l for l in lines if MARK.match(l)]
        if key == "learning_outcomes":
            if marked:
                f[key] = [MARK.sub("", l).strip() for l in marked]
            else:
                f[key] = lines
            continue
        if marked and len(marked) >= 2:
            lead = [l for l in lines if not MARK.match(l)]
            items = lead + [MARK.sub("", l).strip() for l in marked]
            f[key] = join_items(items)
        else:
            f[key] = re.sub(r"\s+", " ", " ".join(lines)).strip()
    return f


def missing(fields):
    m = [k for k in REQUIRED if k not in fields]
    if fields.get("request_type") == "existing_program" and "existing_program_name" not in fields:
        m.append("existing_program_name")
    return m


def write_expected(path, is_form, shape, fields, review, notes):
    exp = {"is_concept_form": is_form, "shape": str(shape),
           "fields": fields if is_form else {},
           "missing_required": missing(fields) if is_form else [],
           "needs_manual_review": review, "notes": notes}
    with open(path + ".expected.json", "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    return exp


def soffice(src, fmt, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-13c", "--headless", "--convert-to", fmt,
                    "--outdir", outdir, src], check=True, capture_output=True, timeout=240)


def chromium_pdf(html_path, pdf_path):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + pdf_path, "file://" + html_path], check=True, capture_output=True,
                   timeout=240)


def esc(s):
    return html.escape(s, quote=False)
