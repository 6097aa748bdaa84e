"""python make_index.py tuning|heldout -> ../<half>/INDEX.md"""
import importlib
import os
import sys

import lib

GENRE_NAME = {"G1": "pitch deck (PDF)", "G2": "e-mail printed to PDF", "G3": "two-column executive summary",
              "G4": "business case", "G5": "first-person narrative", "G6": "canvas grid", "G7": "look-alike"}


def main(half):
    mod = importlib.import_module(half + "_data")
    rows = ["# Round 17b - %s half: per-file table" % half, "",
            "| File | Genre | Shape | Form? | Missing required | Topic / what it tests |", "|---|---|---|---|---|---|"]
    for d in mod.DOCS:
        form = d["shape"] != "7"
        miss = ", ".join(lib.missing_required(d["fields"])) if form else ""
        rows.append("| `%s` | %s %s | %s | %s | %s | %s |" % (d["name"], d["genre"], GENRE_NAME[d["genre"]], d["shape"],
                                                            "yes" if form else "no", miss or "-", d["notes"]))
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", half, "INDEX.md"), "w") as f:
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
