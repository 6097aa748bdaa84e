"""python build.py tuning|heldout [name-substring]: write the documents and their expected files."""
import importlib
import os
import sys
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import ROOT, HERE, write_expected  # noqa: E402
from routes import ROUTES, g11_scan  # noqa: E402


def main():
    half = sys.argv[1]
    only = sys.argv[2] if len(sys.argv) > 2 else None
    data = importlib.import_module(f"{half}_data")
    outdir = os.path.join(ROOT, half)
    os.makedirs(outdir, exist_ok=True)
    fails = 0
    for d in data.DOCS:
        if only and only not in d.file:
            continue
        out = os.path.join(outdir, d.file)
        try:
            if d.genre == "G11":
                g11_scan(d, out, HERE)
                if half == "heldout":
                    os.replace(os.path.join(HERE, d.kw["src_name"]), os.path.join(HERE, "heldout_" + d.kw["src_name"]))
            else:
                ROUTES[d.genre](d, out)
            write_expected(d, outdir)
            print("ok  ", d.file)
        except Exception:
            fails += 1
            print("FAIL", d.file)
            traceback.print_exc()
    sys.exit(1 if fails else 0)


if __name__ == "__main__":
    main()
