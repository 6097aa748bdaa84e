"""python build.py tuning|heldout [name-substring ...]"""
import importlib
import os
import sys

import lib

GENRE_MAKER = {"G1": "deck", "G2": "email", "G3": "exec", "G4": "bcase", "G5": "narr", "G6": "canvas"}


def main():
    half = sys.argv[1]
    only = sys.argv[2:]
    mod = importlib.import_module(half + "_data")
    outdir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", half)
    os.makedirs(outdir, exist_ok=True)
    for d in mod.DOCS:
        if only and not any(o in d["name"] for o in only):
            continue
        kind = d.get("maker") or GENRE_MAKER.get(d["genre"])
        if d["genre"] == "G7":
            kind = d.get("maker", "bcase")
        path = os.path.join(outdir, d["name"])
        lib.MAKERS[kind](d["content"], path)
        lib.write_expected(path, d)
        print("made", d["name"])


if __name__ == "__main__":
    main()
