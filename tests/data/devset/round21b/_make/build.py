import sys, os, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import write_expected
from render import RENDER
half = sys.argv[1]
mod = importlib.import_module(f"{half}_data")
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", half)
os.makedirs(out, exist_ok=True)
only = sys.argv[2:] 
for d in mod.DOCS:
    if only and d["name"] not in only: continue
    p = os.path.join(out, d["name"])
    RENDER[d["genre"]](d, p); write_expected(d, p); print("built", d["name"])
