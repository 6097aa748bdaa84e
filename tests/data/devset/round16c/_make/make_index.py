"""python make_index.py tuning|heldout -> ../<half>/INDEX.md (per-file table)"""
import os, sys, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
half = sys.argv[1]
data = importlib.import_module(f"{half}_data")
lines = [f"# Round 16c – {half} half: per-file table", "",
         "| File | Genre | Shape | Form? | Missing required | Topic / title | What it tests |",
         "|---|---|---|---|---|---|---|"]
for d in data.DOCS:
    form = d.get("form", True)
    miss = ", ".join(lib.missing_required(d["fields"])) if form else ""
    note = d['notes'].replace('|', chr(92) + '|')
    topic = d["fields"].get("proposal_title", d.get("topic", "–"))
    lines.append(f"| `{d['name']}` | {d['genre']} | {d['shape']} | {'yes' if form else 'no'} | {miss or '–'} | {topic} | {note} |")
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", half, "INDEX.md"), "w").write("\n".join(lines) + "\n")
