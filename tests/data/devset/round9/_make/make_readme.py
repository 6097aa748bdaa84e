"""Write README.md (tuning table only) and heldout/INDEX.md from the data modules."""
import os, sys, importlib, json
import lib

SHAPE_NAMES = {"1": "1 – official DOCX table", "2": "2 – DOCX content controls", "3": "3 – fillable PDF", "4": "4 – printed",
               "5": "5 – retyped / own layout", "6": "6 – scanned / no text layer", "7": "7 – not a concept form"}


def mix(docs, half):
    from collections import Counter
    c = Counter(d["shape"] for d in docs)
    recs = [lib.expected_record(d) for d in docs]
    fr = sum(1 for d in docs if d["lang"] in ("fr", "bilingual"))
    inc = sum(1 for r in recs if r["missing_required"])
    rev = sum(1 for r in recs if r["needs_manual_review"])
    parts = ", ".join(f"shape {s}: {c.get(s, 0)}" for s in "1234567")
    return (f"* {half}: {len(docs)} documents – {parts}; French or bilingual: {fr}; incomplete (non-empty missing_required): "
            f"{inc}; needs_manual_review: {rev}")


def table(docs):
    out = ["| File | Shape | Lang | Route / tool | Missing required | What it is / tests |", "|---|---|---|---|---|---|"]
    for d in docs:
        r = lib.expected_record(d)
        miss = ", ".join(r["missing_required"]) or "–"
        out.append(f"| `{d['file']}` | {SHAPE_NAMES[d['shape']]} | {d['lang']} | {d['route']} | {miss} | {d['notes']} |")
    return "\n".join(out)


def verify_line():
    p = os.path.join(lib.HERE, "verify_result.txt")
    if os.path.exists(p):
        last = [l for l in open(p).read().splitlines() if l.strip()]
        halves = [l for l in last if l.startswith(("tuning:", "heldout:"))]
        return "Result of `python verify.py` (saved in `_make/verify_result.txt`): " + "; ".join(halves + [last[-1]]) + "."
    return ""


if __name__ == "__main__":
    import tuning_data
    mixes = [mix(tuning_data.DOCS, "tuning")]
    try:
        import heldout_data
        mixes.append(mix(heldout_data.DOCS, "heldout"))
    except ModuleNotFoundError:
        heldout_data = None
    intro = open(os.path.join(lib.HERE, "README_intro.md")).read()
    intro = intro.replace("@@MIX@@", "\n".join(mixes)).replace("@@VERIFY@@", verify_line())
    body = intro + "\n\n## Tuning half (`tuning/`)\n\n" + table(tuning_data.DOCS) + "\n"
    open(os.path.join(lib.ROOT, "README.md"), "w").write(body)
    if heldout_data is not None:
        hi = open(os.path.join(lib.HERE, "heldout_INDEX_intro.md")).read()
        open(os.path.join(lib.ROOT, "heldout", "INDEX.md"), "w").write(hi + "\n\n" + table(heldout_data.DOCS) + "\n")
    print("ok")
