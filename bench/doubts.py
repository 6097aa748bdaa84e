"""Why values are uncertain, and how often each reason is right, by the round a folder comes from.

    PYTHONPATH= .venv/bin/python bench/doubts.py [--cache FILE] [--split 19] FOLDER [FOLDER ...]

The calibration's doubts were each made from the rounds known when they were written; a doubt earns its uncertain
fields on makers it has not seen only if the values it doubts are wrong there too. So every uncertain field of the
text-layer forms is put under its reason (each doubt it carries, or the kind of weak read that left it below sure:
its method, or "unlocated" for a field expected and not read) and counted right or wrong, for the rounds before
``--split`` (the shared corpora and devset's own folders count as round 1) and the rounds from it on. The review
lines say, per doubt, on how many forms flagged that should not be it was present, in each group.

``--cache`` keeps the per-field records as JSON (re-read when it exists: delete it after a change).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import mailbot_parsers as parsers  # noqa: E402
from bench.extraction import TEXT_LAYER, expected_documents, same, shapes_from_readme  # noqa: E402

SURE = 0.85


def round_of(path: Path) -> int:
    m = re.search(r"round(\d+)", str(path))
    return int(m.group(1)) if m else 1


def records(folders: list[str]) -> list[dict]:
    out: list[dict] = []
    for folder in folders:
        corpus = Path(folder)
        shapes = shapes_from_readme(corpus)
        for doc, exp_path in expected_documents(corpus):
            expected = json.loads(exp_path.read_text(encoding="utf-8"))
            shape = str(expected.get("shape") or shapes.get(doc.name, "?"))
            shape = shape.split()[0] if shape[:1].isdigit() else shape
            if shape not in TEXT_LAYER or not expected.get("is_concept_form"):
                continue
            try:
                result = parsers.parse(doc.read_bytes(), doc.name)
            except Exception as exc:  # noqa: BLE001 - a crash is a finding, not the end of the study
                print(f"doubts: {doc}: {exc}", file=sys.stderr)
                continue
            if result.needs_ocr or result.file_type not in ("docx", "pdf"):
                continue
            exp = expected.get("fields", {})
            uncertain = set(result.uncertain_fields)
            fields = []
            for k in sorted(set(exp) | set(result.fields)):
                src = result.sources.get(k)
                fields.append({"key": k, "right": same(exp.get(k), result.fields.get(k)), "read": k in result.fields,
                               "expected": k in exp, "uncertain": k in uncertain,
                               "confidence": getattr(src, "confidence", None),
                               "doubts": list(getattr(src, "doubts", ()) or ()),
                               "supports": list(getattr(src, "supports", ()) or ()),
                               "method": getattr(src, "method", None), "label": getattr(src, "label", None)})
            out.append({"folder": folder, "file": doc.name, "round": round_of(doc), "shape": shape,
                        "flagged": result.needs_manual_review,
                        "review_expected": bool(expected.get("needs_manual_review")), "fields": fields})
    return out


def reasons(f: dict) -> list[str]:
    """Why a field is uncertain: its doubts, or the weak read that left it below sure."""
    if not f["uncertain"]:
        return []
    if f["doubts"]:
        return list(f["doubts"])
    if not f["read"]:
        return ["unlocated"]
    return [f"weak:{f['method']}"]


def _pct(n: int, d: int) -> str:
    return f"{100.0 * n / d:5.1f}" if d else "    -"


def summary(title: str, docs: list[dict]) -> None:
    fields = [f for d in docs for f in d["fields"]]
    n = len(fields)
    unc = sum(f["uncertain"] for f in fields)
    presented = sum(1 for f in fields if f["read"] and not f["right"] and not f["uncertain"])
    read = sum(f["read"] for f in fields)
    silent = sum(1 for d in docs if not d["flagged"] for f in d["fields"] if not f["right"] and not f["uncertain"])
    print(f"{title}: {len(docs)} forms, {n} fields; uncertain {_pct(unc, n)} %, review "
          f"{_pct(sum(d['flagged'] for d in docs), len(docs))} %, not flagged {_pct(silent, n)} %, "
          f"wrong presented {_pct(presented, read)} %; uncertain and right {sum(f['uncertain'] and f['right'] for f in fields)}")


def table(docs: list[dict], split: int) -> None:
    groups = {"old": [d for d in docs if d["round"] < split], "new": [d for d in docs if d["round"] >= split]}
    rows: dict[str, dict[str, list[int]]] = {}
    for g, ds in groups.items():
        for d in ds:
            for f in d["fields"]:
                rs = reasons(f)
                for r in rs:
                    row = rows.setdefault(r, {}).setdefault(g, [0, 0, 0, 0])  # right, wrong, right alone, wrong alone
                    row[0 if f["right"] else 1] += 1
                    if len(rs) == 1:
                        row[2 if f["right"] else 3] += 1
    print(f"{'reason':<26} {'rounds <' + str(split):>26} {'rounds >=' + str(split):>26}")
    print(f"{'':<26} {'wrong/all  %wrong (alone)':>26} {'wrong/all  %wrong (alone)':>26}")
    for r in sorted(rows, key=lambda r: -sum(sum(v[:2]) for v in rows[r].values())):
        cells = []
        for g in groups:
            rt, wr, ra, wa = rows[r].get(g, [0, 0, 0, 0])
            cells.append(f"{wr:>4}/{rt + wr:<4} {_pct(wr, rt + wr)} ({wa}/{ra + wa})")
        print(f"{r:<26} {cells[0]:>26} {cells[1]:>26}")
    for g, ds in groups.items():
        causes: dict[str, int] = {}
        alarms = [d for d in ds if d["flagged"] and not d["review_expected"]]
        for d in alarms:
            for r in {r for f in d["fields"] for r in reasons(f)}:
                causes[r] = causes.get(r, 0) + 1
        print(f"review ({g}): {sum(d['flagged'] for d in ds)} flagged of {len(ds)}, {len(alarms)} not expected; reasons on "
              "those: " + ", ".join(f"{k} {v}" for k, v in sorted(causes.items(), key=lambda x: -x[1])[:14]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("folders", nargs="+")
    ap.add_argument("--cache", default="")
    ap.add_argument("--split", type=int, default=19)
    args = ap.parse_args(argv)
    cache = Path(args.cache) if args.cache else None
    if cache is not None and cache.is_file():
        docs = json.loads(cache.read_text(encoding="utf-8"))
    else:
        docs = records(args.folders)
        if cache is not None:
            cache.write_text(json.dumps(docs), encoding="utf-8")
    summary("all", docs)
    summary(f"rounds <{args.split}", [d for d in docs if d["round"] < args.split])
    summary(f"rounds >={args.split}", [d for d in docs if d["round"] >= args.split])
    summary("rounds 21-23", [d for d in docs if d["round"] >= 21])
    table(docs, args.split)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
