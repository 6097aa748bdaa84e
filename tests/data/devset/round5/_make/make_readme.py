"""Write round5/README.md (intro, rules, mix, conventions, decisions, tuning table) and heldout/INDEX.md (held-out table)."""
import json
from pathlib import Path
from lib import ROOT, MAKE

SHAPES = {"1": "1 – official-style DOCX table", "2": "2 – DOCX content controls", "3": "3 – fillable PDF",
          "4": "4 – printed / flattened", "5": "5 – retyped / own layout", "6": "6 – scanned", "7": "7 – not a concept form"}


def rows(half):
    d = ROOT / half
    checks = json.loads((MAKE / f"checks_{half}.json").read_text()) if (MAKE / f"checks_{half}.json").exists() else {}
    out = []
    for p in sorted(d.glob("*.expected.json")):
        name = p.name[: -len(".expected.json")]
        if not (d / name).exists():
            continue
        e = json.loads(p.read_text())
        m = checks.get(name, {})
        out.append((name, e, m))
    return out


def mix(rs):
    from collections import Counter
    c = Counter(e["shape"] for _, e, _ in rs)
    fr = sum(1 for _, _, m in rs if "fr" in m.get("lang", "en"))
    inc = sum(1 for _, e, _ in rs if e["missing_required"])
    man = sum(1 for _, e, _ in rs if e["needs_manual_review"])
    s = ", ".join(f"shape {k}: {c[k]}" for k in sorted(c))
    return f"{len(rs)} documents – {s}; French or bilingual: {fr}; incomplete (non-empty missing_required): {inc}; needs_manual_review: {man}"


def table(rs):
    t = ["| File | Shape | Lang | Route / tool | Missing required | What it is / tests |", "|---|---|---|---|---|---|"]
    for name, e, m in rs:
        mr = ", ".join(e["missing_required"]) or "–"
        t.append(f"| `{name}` | {SHAPES[e['shape']]} | {m.get('lang', 'en')} | {m.get('route', '')} | {mr} | {e['notes'].replace('|', '/')} |")
    return "\n".join(t)


def main():
    intro = (MAKE / "README_intro.md").read_text()
    tun = rows("tuning")
    held = rows("heldout") if (ROOT / "heldout").exists() else []
    txt = intro.replace("{MIX_TUNING}", mix(tun)).replace("{MIX_HELDOUT}", mix(held) if held else "(not yet built)")
    txt += "\n## Tuning half (`tuning/`)\n\n" + table(tun) + "\n"
    (ROOT / "README.md").write_text(txt)
    if held:
        h = ("# Round 5 held-out half – per-file index (SCORING ONLY)\n\n"
             "Do not read this file, the documents or their expected files while developing the parser; read it only when analysing a "
             "score. See `../README.md` for the rules.\n\n" + mix(held) + "\n\n" +
             (MAKE / "README_heldout_decisions.md").read_text() + "\n" + table(held) + "\n")
        (ROOT / "heldout" / "INDEX.md").write_text(h)


if __name__ == "__main__":
    main()
