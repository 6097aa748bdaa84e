"""python build.py tuning|heldout [name-part ...]"""
import os, sys, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
half = sys.argv[1]
mod = importlib.import_module(half + "_data")
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", half)
os.makedirs(out, exist_ok=True)
for d in mod.DOCS:
    if len(sys.argv) > 2 and not any(p in d["name"] for p in sys.argv[2:]):
        continue
    print(lib.build(d, out))
