"""python build.py tuning|heldout  – builds documents and expected files of one half."""
import sys, os, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
half = sys.argv[1]
mod = importlib.import_module(f"{half}_data")
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", half)
os.makedirs(out, exist_ok=True)
for doc in mod.DOCS:
    if len(sys.argv) > 2 and doc["name"] not in sys.argv[2:]:
        continue
    p, e = lib.build(doc, out)
    print("built", os.path.basename(p), len(e["fields"]), e["missing_required"])
