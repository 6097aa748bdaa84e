"""Assemble round6/README.md (intro + tuning table) and heldout/INDEX.md (held-out table)."""
import json
from collections import Counter

from lib import MAKE, ROOT


def table(rows):
    out = ["| File | Shape | Lang | Route / tool | Missing required | What it is / tests |",
           "|---|---|---|---|---|---|"]
    names = {"1": "1 – official-style DOCX table", "2": "2 – DOCX content controls", "3": "3 – fillable PDF",
             "4": "4 – printed / flattened", "5": "5 – retyped / own layout", "6": "6 – scanned",
             "7": "7 – not a concept form"}
    for r in sorted(rows, key=lambda r: r["name"].lower()):
        miss = ", ".join(r["missing"]) or "–"
        notes = r["notes"].replace("|", "/")
        out.append(f"| `{r['name']}` | {names[r['shape']]} | {r['lang']} | {r['route']} | {miss} | {notes} |")
    return "\n".join(out)


def mix(rows):
    c = Counter(r["shape"] for r in rows)
    fr = sum(1 for r in rows if "fr" in r["lang"])
    inc = sum(1 for r in rows if r["missing"])
    man = sum(1 for r in rows if r["manual"])
    return (f"{len(rows)} documents – " + ", ".join(f"shape {s}: {c.get(s, 0)}" for s in "1234567")
            + f"; French or bilingual: {fr}; incomplete (non-empty missing_required): {inc}; needs_manual_review: {man}")


tun = json.loads((MAKE / "checks_tuning.json").read_text(encoding="utf-8"))
try:
    held = json.loads((MAKE / "checks_heldout.json").read_text(encoding="utf-8"))
except FileNotFoundError:
    held = []
intro = (MAKE / "README_intro.md").read_text(encoding="utf-8")
mixtxt = ("Mix (target: shapes 1–3 ≈ 25 %, shape 4 ≈ 25 %, shape 5 ≈ 25 %, scans ≈ 5 %, shape 7 ≈ 20 %):\n\n"
          f"* tuning: {mix(tun)}\n" + (f"* heldout: {mix(held)}\n" if held else "* heldout: (not built yet)\n"))
intro = intro.replace("## Expected-file format and conventions", mixtxt + "\n## Expected-file format and conventions")
(ROOT / "README.md").write_text(intro + "\n## Tuning half (`tuning/`)\n\n" + table(tun) + "\n", encoding="utf-8")
if held:
    hd = (MAKE / "README_heldout_decisions.md").read_text(encoding="utf-8") if (MAKE / "README_heldout_decisions.md").exists() else ""
    (ROOT / "heldout" / "INDEX.md").write_text(
        "# Round 6 held-out half – per-file table (scoring only; do not read while developing)\n\n"
        + hd + "\n## Files\n\n" + table(held) + "\n", encoding="utf-8")
