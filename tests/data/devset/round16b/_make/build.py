import os, sys, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
half = sys.argv[1]
mod = importlib.import_module(f"{half}_data")
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", half)
os.makedirs(out, exist_ok=True)
only = sys.argv[2:]
for d in mod.DOCS:
    if only and d["file"] not in only:
        continue
    lib.build(d, out)
    print("built", d["file"])
