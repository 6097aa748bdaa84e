"""Write ../README.md (intro + tuning table) and, when heldout_data.py exists, ../heldout/INDEX.md."""
import importlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import lib  # noqa: E402

SHAPES = {"1": "1 – official DOCX table", "2": "2 – DOCX content controls", "3": "3 – fillable PDF",
          "4": "4 – printed / flattened", "5": "5 – retyped / own layout", "6": "6 – scanned / no text layer",
          "7": "7 – not a concept form"}


def mix(docs):
    c = {}
    for d in docs:
        c[d["shape"]] = c.get(d["shape"], 0) + 1
    fr = sum(1 for d in docs if d.get("lang") in ("fr", "bi"))
    inc = sum(1 for d in docs if d["form"] and lib.expected(d)["missing_required"])
    nmr = sum(1 for d in docs if lib.expected(d)["needs_manual_review"])
    return "%d documents – %s; French or bilingual: %d; incomplete (non-empty missing_required): %d; needs_manual_review: %d" % (
        len(docs), ", ".join("shape %s: %d" % (s, c.get(s, 0)) for s in "1234567"), fr, inc, nmr)


def table(docs):
    out = ["| File | Shape | Lang | Route / tool | Missing required | What it is / tests |", "|---|---|---|---|---|---|"]
    for d in docs:
        e = lib.expected(d)
        miss = ", ".join(e["missing_required"]) if e["missing_required"] else "–"
        out.append("| `%s` | %s | %s | %s | %s | %s |" % (d["file"], SHAPES[d["shape"]], d.get("lang", "en"),
                                                        d["route_desc"].replace("|", "/"), miss, d["notes"].replace("|", "/")))
    return "\n".join(out)


def main():
    tun = importlib.import_module("tuning_data").DOCS
    try:
        held = importlib.import_module("heldout_data").DOCS
    except ImportError:
        held = None
    intro = open(os.path.join(HERE, "README_intro.md"), encoding="utf-8").read()
    mixes = "* tuning: " + mix(tun) + "\n"
    if held is not None:
        mixes += "* heldout: " + mix(held) + "\n"
        with open(os.path.join(HERE, "heldout_mix.txt"), "w", encoding="utf-8") as fh:
            fh.write("* heldout: " + mix(held) + "\n")
    else:
        mixes += open(os.path.join(HERE, "heldout_mix.txt"), encoding="utf-8").read()
    res = open(os.path.join(HERE, "verify_result.txt"), encoding="utf-8").read().strip() if os.path.exists(
        os.path.join(HERE, "verify_result.txt")) else "(not run)"
    text = intro.replace("{{MIX}}", mixes.rstrip("\n")).replace("{{VERIFY}}", res)
    text += "\n\n## Tuning half (`tuning/`)\n\n" + table(tun) + "\n"
    with open(os.path.join(lib.ROOT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(text)
    if held is not None:
        hi = open(os.path.join(HERE, "heldout_INDEX_intro.md"), encoding="utf-8").read()
        with open(os.path.join(lib.ROOT, "heldout", "INDEX.md"), "w", encoding="utf-8") as fh:
            fh.write(hi + "\n\n## Held-out half (`heldout/`) – scoring only\n\n" + table(held) + "\n")


if __name__ == "__main__":
    main()
