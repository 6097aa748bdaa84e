"""python build.py tuning|heldout [name substrings...]"""
import importlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib

half = sys.argv[1]
subs = sys.argv[2:]
data = importlib.import_module(f"{half}_data")
outdir = os.path.join(lib.ROOT, half)
for d in data.DOCS:
    if subs and not any(s in d["file"] for s in subs):
        continue
    p = os.path.join(outdir, d["file"])
    lib.RENDER[d["genre"]](p, d)
    lib.write_expected(p, d)
    print("built", d["file"])
