"""Writes <half>/INDEX.md from the data module (python make_index.py tuning|heldout)."""
import os, sys, importlib, json
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
half = sys.argv[1]
mod = importlib.import_module(half + "_data")
out = [f"# round18c/{half}: per-file table", "", "| file | genre | shape | topic (title) | missing_required | what it tests |", "|---|---|---|---|---|---|"]
for d in mod.DOCS:
    e = lib.expected(d)
    notes = d['notes'].replace('|', '\\|')
    t = d["f"].get("proposal_title", "(not a form)") if not d.get("lookalike") else d.get("g6_title")
    out.append(f"| {d['name']}.{d['ext']} | {d['genre']} | {d['shape']} | {t} | {', '.join(e['missing_required']) or '–'} | {notes} |")
open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", half, "INDEX.md"), "w").write("\n".join(out) + "\n")
