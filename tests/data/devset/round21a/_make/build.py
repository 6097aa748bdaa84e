"""python build.py tuning|heldout"""
import os, sys, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import build
half = sys.argv[1]
mod = importlib.import_module(f"{half}_data")
build(mod.DOCS, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", half))
