"""Build the held-out half: /tmp/venv-devset6/bin/python build_heldout.py [names...]"""
import sys
import heldout_a
try:
    import heldout_b
except ImportError:
    heldout_b = None
import lib
try:
    import heldout_c
except ImportError:
    heldout_c = None

FUNCS = [getattr(m, n) for m in (heldout_a, heldout_b, heldout_c) if m for n in sorted(dir(m))
         if n.startswith("h") and n[1:].isdigit()]
only = set(sys.argv[1:])
for f in FUNCS:
    if not only or f.__name__ in only:
        print("building", f.__name__, flush=True)
        f()
if not only:
    lib.save_index("heldout")
