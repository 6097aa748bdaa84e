"""python build.py tuning|heldout – builds the documents and expected files of one half."""
import os, sys, importlib
from lib import write_expected

half = sys.argv[1]
mod = importlib.import_module(f"{half}_data")
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", half)
os.makedirs(out, exist_ok=True)
only = sys.argv[2:]
for d in mod.DOCS:
    if only and not any(o in d["file"] for o in only):
        continue
    p = os.path.join(out, d["file"])
    d["build"](p)
    write_expected(out, d)
    print("built", d["file"])
