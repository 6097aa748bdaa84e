import sys, os, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
half = sys.argv[1]
mod = importlib.import_module(half + "_data")
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", half)
only = sys.argv[2:]
for d in mod.DOCS:
    if only and d["name"] not in only:
        continue
    fn = d["name"] + "." + d["ext"]
    p = os.path.join(out, fn)
    lib.RENDER[d["genre"]](d, p)
    lib.write_expected(d, p + ".expected.json")
    print("built", fn)
