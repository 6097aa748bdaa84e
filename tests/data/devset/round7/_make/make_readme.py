"""Write round7/README.md (tuning table) and, when heldout_data exists, round7/heldout/INDEX.md."""
import json, os, importlib, collections
from lib import ROOT, HERE


def table(mod, folder):
    rows = ["| File | Shape | Lang | Route / tool | Missing required | What it is / tests |", "|---|---|---|---|---|---|"]
    shapes = {"1": "1 – official DOCX table", "2": "2 – DOCX content controls", "3": "3 – fillable PDF", "4": "4 – printed",
              "5": "5 – retyped / own layout", "6": "6 – scanned", "7": "7 – not a concept form"}
    for d in sorted(mod.D.values(), key=lambda d: d.name.lower()):
        e = json.load(open(os.path.join(ROOT, folder, d.name + ".expected.json"), encoding="utf-8"))
        miss = ", ".join(e["missing_required"]) or "–"
        rows.append(f"| `{d.name}` | {shapes[str(d.shape)]} | {d.lang} | {d.route} | {miss} | {d.notes.replace('|', '/')} |")
    return "\n".join(rows)


def mix(mod, folder):
    c = collections.Counter(str(d.shape) for d in mod.D.values())
    fr = sum(1 for d in mod.D.values() if d.lang != "en")
    inc = man = 0
    for d in mod.D.values():
        e = json.load(open(os.path.join(ROOT, folder, d.name + ".expected.json"), encoding="utf-8"))
        inc += bool(e["missing_required"]); man += e["needs_manual_review"]
    s = ", ".join(f"shape {k}: {c[k]}" for k in sorted(c))
    return f"{len(mod.D)} documents – {s}; French or bilingual: {fr}; incomplete (non-empty missing_required): {inc}; needs_manual_review: {man}"


def main():
    intro = open(os.path.join(HERE, "README_intro.md"), encoding="utf-8").read()
    t = importlib.import_module("tuning_data")
    mixes = f"* tuning: {mix(t, 'tuning')}\n"
    try:
        if os.environ.get("TUNING_ONLY"):
            raise ModuleNotFoundError
        h = importlib.import_module("heldout_data")
        mixes += f"* heldout: {mix(h, 'heldout')}\n"
    except ModuleNotFoundError:
        h = None
    body = intro.replace("{{MIX}}", mixes) + "\n## Tuning half (`tuning/`)\n\n" + table(t, "tuning") + "\n"
    open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(body)
    if h:
        hi = open(os.path.join(HERE, "README_heldout_decisions.md"), encoding="utf-8").read()
        open(os.path.join(ROOT, "heldout", "INDEX.md"), "w", encoding="utf-8").write(
            "# Round 7 held-out half – per-file index (scoring only; do not open while developing)\n\n" + hi +
            "\n\n" + table(h, "heldout") + "\n")


if __name__ == "__main__":
    main()
