"""python build.py tuning|heldout [file names...]"""
import importlib
import os
import sys

from lib import write_expected
from render import RENDER

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    half = sys.argv[1]
    only = set(sys.argv[2:])
    mod = importlib.import_module(f"{half}_data")
    out = os.path.join(HERE, "..", half)
    os.makedirs(out, exist_ok=True)
    for doc in mod.DOCS:
        if only and doc["file"] not in only:
            continue
        path = os.path.join(out, doc["file"])
        RENDER[doc["genre"]](doc, path)
        write_expected(path + ".expected.json", doc)
        print("built", doc["file"])


if __name__ == "__main__":
    main()
