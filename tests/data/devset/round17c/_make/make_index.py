"""Write <half>/INDEX.md from the data module and expected files."""
import json, os, sys
import build

GENRE = {"G1": "dot-leader / underline-fill lines", "G2": "long 3-column table, merged labels, repeated header",
         "G3": "numbered boxes, questions only in a legend", "G4": "two-column (newspaper) layout",
         "G5": "HTML form printed to PDF", "G6": "bold question table + answer table keyed by number"}


def main(half):
    mod = __import__(f"{half}_data")
    rows = ["| File | Genre | Shape | Form? | Missing required | What it tests |", "|---|---|---|---|---|---|"]
    for d in mod.DOCS:
        fn = f"{d['name']}.{d['ext']}"
        e = json.load(open(os.path.join(build.ROOT, half, fn + ".expected.json"), encoding="utf-8"))
        rows.append(f"| `{fn}` | {d['genre']} – {GENRE[d['genre']]} | {e['shape']} | {'yes' if e['is_concept_form'] else 'no'} | "
                    f"{', '.join(e['missing_required']) or '–'} | {e['notes']} |")
    head = f"# Round 17c, {half} half: per-file table\n\n"
    if half == "heldout":
        head += "**For scoring only**: do not read this file while developing the parser (see ../README.md).\n\n"
    open(os.path.join(build.ROOT, half, "INDEX.md"), "w", encoding="utf-8").write(head + "\n".join(rows) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
