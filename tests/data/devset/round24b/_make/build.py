"""python build.py tuning|heldout [name substrings...]"""
import sys, os, importlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import write_expected
import render_pdf, render_docx
half = sys.argv[1]; only = sys.argv[2:]
data = importlib.import_module(f"{half}_data")
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", half)
R = {"G1": lambda d, p: render_pdf.render(d, p, "G1"), "G2": lambda d, p: render_pdf.render(d, p, "G2"),
     "G3": lambda d, p: render_pdf.render(d, p, "G3"), "G4": render_docx.g4, "G5": render_docx.g5,
     "G6": render_docx.g6, "G7": render_docx.g7, "G8": render_docx.g8}
for doc in data.DOCS:
    if only and not any(s in doc["file"] for s in only): continue
    p = os.path.join(out, doc["file"])
    R[doc["genre"]](doc, p); write_expected(doc, p); print("made", doc["file"])
