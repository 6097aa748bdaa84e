"""python build.py tuning|heldout [name substrings...] -- renders the documents and writes expected files."""
import os, sys, importlib
import lib

half = sys.argv[1]
subs = sys.argv[2:]
data = importlib.import_module(f"{half}_data")
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", half)
os.makedirs(out, exist_ok=True)
for doc in data.DOCS:
    if subs and not any(s in doc["file"] for s in subs):
        continue
    lib.RENDER[doc["genre"]](doc, out)
    lib.write_expected(out, doc)
    print("built", doc["file"])
