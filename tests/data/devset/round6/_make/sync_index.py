"""Refresh the notes in checks_<half>.json from the expected files after a single document was rebuilt."""
import json
import sys

from lib import MAKE, ROOT

half = sys.argv[1]
rows = json.loads((MAKE / f"checks_{half}.json").read_text(encoding="utf-8"))
for r in rows:
    e = json.loads((ROOT / half / (r["name"] + ".expected.json")).read_text(encoding="utf-8"))
    if r["notes"] != e["notes"]:
        print("notes updated:", r["name"])
        r["notes"] = e["notes"]
(MAKE / f"checks_{half}.json").write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
