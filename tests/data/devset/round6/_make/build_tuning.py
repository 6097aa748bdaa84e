"""Build the tuning half: /tmp/venv-devset6/bin/python build_tuning.py [names...]"""
import sys
import tuning_a, tuning_b
import lib
try:
    import tuning_c
except ImportError:
    tuning_c = None

FUNCS = [getattr(m, n) for m in (tuning_a, tuning_b, tuning_c) if m for n in sorted(dir(m))
         if n.startswith("t") and n[1:].isdigit()]
only = set(sys.argv[1:])
for f in FUNCS:
    if not only or f.__name__ in only:
        print("building", f.__name__, flush=True)
        f()
if not only:
    lib.save_index("tuning")
