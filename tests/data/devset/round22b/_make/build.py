"""python build.py tuning|heldout [file-name-substrings...]"""
import importlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib

half = sys.argv[1]
data = importlib.import_module(half + "_data")
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", half)
os.makedirs(out, exist_ok=True)
for d in data.DOCS:
    if len(sys.argv) > 2 and not any(s in d["file"] for s in sys.argv[2:]):
        continue
    path = os.path.join(out, d["file"])
    lib.RENDER[d["genre"]](d, path)
    lib.write_expected(path, d)
    print("made", d["file"])
