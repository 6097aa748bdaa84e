"""Build one half (or selected documents): python build.py tuning [t01 t02 ...]"""
import importlib
import json
import os
import sys

from common import ROUND, write_expected

half = sys.argv[1]
mod = importlib.import_module(half)
only = set(sys.argv[2:])
manifest_path = os.path.join(ROUND, '_make', f'checks_{half}.json')
manifest = json.load(open(manifest_path)) if os.path.exists(manifest_path) else {}
for fn in mod.DOCS:
    if only and fn.__name__ not in only:
        continue
    name, e, checks = fn()
    write_expected(os.path.join(mod.OUT, name), e)
    manifest[fn.__name__] = {'file': name, 'checks': checks}
    print('built', fn.__name__, name, flush=True)
json.dump(manifest, open(manifest_path, 'w'), ensure_ascii=False, indent=1)
