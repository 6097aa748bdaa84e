"""python build.py tuning|heldout : render documents and expected files of a half."""
import importlib, os, sys
from lib import RENDER, write_expected
half = sys.argv[1]
mod = importlib.import_module(half + "_data")
outdir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", half)
for doc in mod.DOCS:
    fn, ext = RENDER[doc["genre"]]
    path = os.path.join(outdir, doc["name"] + "." + ext)
    fn(doc, path)
    write_expected(path, doc)
    print("made", os.path.basename(path))
