"""Write <half>/INDEX.md from the data module and the expected files: python make_index.py tuning|heldout"""
import os, sys, json, importlib

HERE = os.path.dirname(os.path.abspath(__file__))
SHAPES = {"1": "1 – official DOCX table form", "2": "2 – DOCX with content controls", "3": "3 – fillable PDF (AcroForm)",
          "4": "4 – printed form (no table / fields)", "7": "7 – not a concept form"}


def main(half):
    mod = importlib.import_module(f"{half}_data")
    rows = [f"# Round 22a – {half}/ per-file table", "",
            "| File | Genre | Shape | Form? | Missing required | What it tests |", "|---|---|---|---|---|---|"]
    for d in mod.DOCS:
        e = json.load(open(os.path.join(HERE, "..", half, d["name"] + ".expected.json"), encoding="utf-8"))
        miss = ", ".join(e["missing_required"]) or "–"
        rows.append(f"| `{d['name']}` | {d['genre']} | {SHAPES[e['shape']]} | {'yes' if e['is_concept_form'] else 'no'} "
                    f"| {miss} | {e['notes']} |")
    with open(os.path.join(HERE, "..", half, "INDEX.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    for h in sys.argv[1:]:
        main(h)
