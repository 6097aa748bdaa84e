"""python make_index.py tuning|heldout -> ../<half>/INDEX.md"""
import importlib
import os
import sys

from lib import expected

HERE = os.path.dirname(os.path.abspath(__file__))
SHAPE = {"1": "1 - DOCX table form", "3": "3 - fillable PDF", "4": "4 - printed form", "7": "7 - not a concept form"}


def main():
    half = sys.argv[1]
    mod = importlib.import_module(f"{half}_data")
    lines = [f"# Round 22c - {half} half", "",
             "| File | Genre | Shape | Form? | Missing required | What it tests |", "|---|---|---|---|---|---|"]
    for doc in mod.DOCS:
        e = expected(doc)
        miss = ", ".join(e["missing_required"]) or "-"
        lines.append(f"| `{doc['file']}` | {doc['genre']} | {SHAPE[e['shape']]} | "
                     f"{'yes' if e['is_concept_form'] else 'no'} | {miss} | {e['notes']} |")
    with open(os.path.join(HERE, "..", half, "INDEX.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
