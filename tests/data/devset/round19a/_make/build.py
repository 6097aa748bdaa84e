"""python build.py tuning|heldout  – writes the documents and their expected files."""
import os, sys, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
half = sys.argv[1]
mod = importlib.import_module(half + "_data")
lib.build(mod.DOCS, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", half))
print(half, len(mod.DOCS), "documents")
