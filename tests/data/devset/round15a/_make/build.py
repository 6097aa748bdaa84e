"""python build.py tuning|heldout  -> builds ../<half>/ from <half>_data.py"""
import importlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib

half = sys.argv[1]
mod = importlib.import_module(f"{half}_data")
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", half)
os.makedirs(out, exist_ok=True)
only = sys.argv[2:] 
for doc in mod.DOCS:
    if only and not any(o in doc["file"] for o in only):
        continue
    lib.build(doc, out)
    print("built", doc["file"])
