"""python build.py tuning|heldout  -> writes ../tuning or ../heldout"""
import os, sys, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib

half = sys.argv[1]
mod = importlib.import_module(f"{half}_data")
only = sys.argv[2:]
docs = [d for d in mod.DOCS if not only or d["name"] in only]
lib.build(docs, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", half))
