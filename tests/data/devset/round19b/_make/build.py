"""python build.py tuning|heldout  -- writes documents and expected files into ../<half>/"""
import os, sys, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib

half = sys.argv[1]
mod = importlib.import_module(half + "_data")
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", half)
os.makedirs(out, exist_ok=True)
only = sys.argv[2:]
for doc in mod.DOCS:
    if only and doc["name"] not in only:
        continue
    p = os.path.join(out, doc["name"])
    lib.RENDER[doc["genre_r"]](doc, p)
    lib.write_expected(doc, p)
    print("built", doc["name"])
