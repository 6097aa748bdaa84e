import sys, os, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
half = sys.argv[1]
mod = importlib.import_module(half + "_data")
outdir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", half)
only = sys.argv[2:] 
for d in mod.DOCS:
    if only and d["file"] not in only:
        continue
    print(lib.build(d, outdir))
