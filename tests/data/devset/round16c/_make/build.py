"""python build.py tuning|heldout [name ...]  -> writes documents and expected files into ../<half>/"""
import os, sys, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib

half = sys.argv[1]
only = set(sys.argv[2:])
data = importlib.import_module(f"{half}_data")
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", half)
os.makedirs(out, exist_ok=True)
for spec in data.DOCS:
    if only and spec["name"] not in only:
        continue
    path = os.path.join(out, spec["name"])
    n = lib.RENDER[spec["genre"]](spec, path)
    if spec["genre"] == "G4" and n != spec.get("pages"):
        spec["pages"] = n
        lib.RENDER[spec["genre"]](spec, path)
    lib.write_expected(spec, path)
    print("built", spec["name"])
