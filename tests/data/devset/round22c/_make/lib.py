"""Items of a template and the expected-file writer (round 22c)."""
import json
import re

REQUIRED = ["proposal_title", "proposer_name", "proposer_email", "request_type", "target_learners",
            "rationale", "competencies", "learning_outcomes", "summative_assessment", "partner_name",
            "endorsement_status", "education_plan_alignment"]
KEYS = REQUIRED + ["proposer_title", "proposer_department", "proposer_phone", "competency_framework",
                   "partner_contact", "delivery_format", "estimated_hours", "proposed_start",
                   "expected_enrolment", "resources_required", "existing_program_name", "submission_date"]


def S(text):
    """Section band / heading (never a value)."""
    return {"t": "sec", "text": text}


def F(label, key, value, exp=None, short=False):
    """A field of the template. key None = a field that is not in FIELDS.md (never a value).
    value: the answer as shown (str, or list of lines for outcomes / lists). exp: expected value when it is
    not the shown text (codes, numbers, ISO dates)."""
    return {"t": "f", "label": label, "key": key, "value": value, "exp": exp, "short": short}


def X(label, value, short=True):
    return F(label, None, value, short=short)


def O(label, key, options, chosen, short=False):
    """Tick options; options = [(text, code)], chosen = code (or None: nothing ticked)."""
    return {"t": "opt", "label": label, "key": key, "options": options, "chosen": chosen, "short": short}


def L(title, scale, rows):
    """Likert / tick grid (never a value): rows = [(statement, index of the ticked column or None)]."""
    return {"t": "likert", "title": title, "scale": scale, "rows": rows}


def SIG(title, roles, cols=("Name", "Signature", "Date")):
    """Approval signatures block, left empty (never a value)."""
    return {"t": "sig", "title": title, "roles": roles, "cols": cols}


def joined(items):
    out = ""
    for i, it in enumerate(items):
        it = it.strip()
        if i == 0:
            out = it
        elif out[-1] in ".;:,!?)":
            out += " " + it
        else:
            out += "; " + it
    return out


def norm_ws(s):
    return re.sub(r"\s+", " ", s).strip()


def expected_fields(doc):
    fields = {}
    for it in doc["items"]:
        key = it.get("key")
        if not key:
            continue
        if it["t"] == "opt":
            if it["chosen"] is not None:
                fields[key] = it["chosen"]
            continue
        if it["exp"] is not None:
            fields[key] = it["exp"]
            continue
        v = it["value"]
        if isinstance(v, list):
            v = [norm_ws(x) for x in v if x.strip()]
            if not v:
                continue
            fields[key] = v if key == "learning_outcomes" else joined(v)
        else:
            v = norm_ws(v)
            if v:
                fields[key] = v
    return fields


def expected(doc):
    if not doc.get("is_form", True):
        return {"is_concept_form": False, "shape": "7", "fields": {}, "missing_required": [],
                "needs_manual_review": False, "notes": doc["notes"]}
    fields = expected_fields(doc)
    for k in fields:
        assert k in KEYS, k
    missing = [k for k in REQUIRED if k not in fields]
    if fields.get("request_type") == "existing_program" and "existing_program_name" not in fields:
        missing.append("existing_program_name")
    return {"is_concept_form": True, "shape": doc["shape"], "fields": fields, "missing_required": missing,
            "needs_manual_review": False, "notes": doc["notes"]}


def write_expected(path, doc):
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(expected(doc), fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def shown(it):
    """Answer text as shown for a plain field: str, or list of lines."""
    return it["value"]


def opt_line(it, on="\u2612", off="\u2610", sep="   "):
    return sep.join(f"{on if c == it['chosen'] else off} {t}" for t, c in it["options"])
