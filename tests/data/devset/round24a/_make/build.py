"""python build.py tuning|heldout [name substrings...]"""
import importlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib

half = sys.argv[1]
mod = importlib.import_module(half + "_data")
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", half)
for d in mod.DOCS:
    if len(sys.argv) > 2 and not any(s in d["name"] for s in sys.argv[2:]):
        continue
    lib.build(d, out)
    print("built", d["name"])
