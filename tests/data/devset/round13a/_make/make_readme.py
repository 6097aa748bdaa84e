"""python make_readme.py -> ../README.md (and ../heldout/INDEX.md when heldout_data.py exists)"""
import collections, importlib, json, os, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib
HERE = os.path.dirname(os.path.abspath(__file__))

GENRES = [
    ("G1", "5", "letter written with python-docx (letterhead in the page header, date, recipient block, Re/Objet line) saved as DOCX", "letter proposing a course; fields inside sentences, bold run-in paragraphs, signature block with role, department, email, direct phone"),
    ("G2", "5", "memo or briefing note built with reportlab (platypus, Helvetica or Times) as PDF", "To/From/Date/Subject table or byline, headings in the writer's words, two lists in one section, terse logistics phrases, contact in the last sentence"),
    ("G3", "5", "a proposal e-mail printed from a web mail client that rounds 2–12 did not use (Zimbra and Proton Mail in the tuning half; Zimbra plus other such clients in the held-out half), recreated as HTML and printed by Chromium headless", "header block (From/To/Cc/Date), prose answers, several answers in one paragraph, signatures, email only in the From line"),
    ("G4", "5", "pitch one-pager or numbered narrative typeset with pdflatex (Helvetica, no hyphenation)", "catchy title plus the real title, numbered headings in the writer's words, contact box or contact sentence"),
    ("G5", "4", "the form's answers as 'Label: answer' lines (some labels on their own line) in HTML, exported to PDF by LibreOffice 7.4 Writer/Web", "printed form: official labels, options written as words, numbers with units"),
    ("G6", "7", "look-alikes that are not concept forms, made through the routes above (reportlab, python-docx)", "reports, agendas and other office documents that use the form's vocabulary (learning outcomes, assessment, partner, hours, contact details) but propose nothing"),
]

INTRO = """# Development set, round 13a (blind; maker a of three)

Concept-form documents for the CE concept-form bot, each with `<file>.expected.json`, in two halves: `tuning/` and
`heldout/`. Emphasis of this maker: **retyped proposals in prose** (shape 5) – letters proposing a course, memos and
briefing notes, proposal e-mails printed from mail clients, pitch one-pagers and numbered narratives – plus a few
printed forms (shape 4) and look-alikes (shape 7). Topics: diagnostic imaging, cardiology, respiratory therapy and
anaesthesia, none of them in the READMEs of rounds 2–12 or of the shared corpora.

**Blindness.** Made from the field contract (`shared/concept-form/FIELDS.md`), the expected-file conventions of
`shared/corpus/README.md` and `shared/corpus-b/README.md`, and the READMEs of rounds 2–12 only. The maker did not open,
grep or run anything under `parsers/`, `mailbot/`, `bench/`, `tools/` or `tests/` (other than those READMEs), did not
open any document, expected file, INDEX file or generator script of an earlier round, of the shared corpora or of the
other makers, and did not run the parser or the bot. Expected values were written from the content put into each
document (the data modules in `_make/`), never from a parser's output.

**Licence:** made here, CC0 1.0 (public-domain dedication). All people and organisations are invented; email addresses
use `example.org`, `example.com` and `michener.example`; phone numbers are `555-01xx` (mostly with an area code).

**Design rule: genres repeat across the halves.** A *genre* is a producing route plus a document habit. Every genre
is in BOTH halves, with different people, topics, wordings, orders and lengths; the held-out half contains no genre
the tuning half lacks.

| Genre | Shape | Producing route | Habit |
|---|---|---|---|
"""

RULES = """
## The rule for the two halves

* `tuning/` – use freely to develop and tune the parser.
* `heldout/` – **for scoring only.** Do not open these documents, their expected files or `heldout/INDEX.md` while
  developing – nor `_make/heldout_data.py`, which holds the same content; do not tune against their failures and do not
  copy their wordings into rules. Run them only to measure. If a held-out file is ever used for tuning, move it to
  `tuning/` in a commit that says so; it then no longer measures anything.

The tuning half was committed first (branch `devset13a`, "devset round 13a: tuning half (blind)"), the held-out half
separately (branch `devset13a-heldout`, "devset round 13a: held-out half (blind)"). The per-file table of the held-out
half is in `heldout/INDEX.md`, so that this README can be read without seeing held-out details.
"""

CONV = """
## Expected-file format and conventions

```json
{"is_concept_form": true, "shape": "5", "fields": {"key": "value"}, "missing_required": ["key"],
 "needs_manual_review": false, "notes": "what the file is and tests"}
```

Where the conventions of earlier rounds differ, **round 12's README is followed** (which itself follows rounds 10–11
and the shared corpora). `fields` holds only keys with a value, trimmed, whitespace runs collapsed; fields the document
does not give are absent. Choices are codes (`request_type`: new / existing_program / micro_course;
`endorsement_status`: letter_attached / confirmed / in_discussion / none; `delivery_format`: online / in_person /
hybrid), also when said in a sentence ("blended" = hybrid; "a letter of support is enclosed" = letter_attached; "have
said yes and are sending a letter" / "agreed, letter to follow" = confirmed; "still talking with … nothing is signed" =
in_discussion; "not yet approached a partner" = none with `partner_name` absent). `estimated_hours` /
`expected_enrolment` are numbers (the total when a sentence gives parts and a total: "6 hours of online modules
followed by a 2-hour simulation session, 8 hours in total" -> 8); `submission_date` is ISO; `proposed_start` is free
text kept as written (the phrase, without a leading "from"/"dès"/"First offering"). `learning_outcomes` is a list with
markers removed and lead-in lines dropped; each item keeps its own final punctuation as typed (also a French ';').
A list in a text field is joined with "; "; the items of an inline list "a, b, and c" are the list items; items typed
with ';' between them are the items (the paragraph's final stop is not part of the last item). Paragraphs of one
answer are joined with one space. Where one sentence, paragraph or line holds several fields, each field is given
separately; when a field is given inside a sentence, the value is the phrase that answers it (e.g. the learners after
"for" / "It's for" / "Il s'adresse à deux groupes :"). Names are given without post-nominals ("MD, FRCPC", "RRT").
`missing_required` lists the required keys of FIELDS.md absent from `fields` (plus `existing_program_name` for
`existing_program` without a program). Not-a-form files have `is_concept_form: false`, `{}` and `[]`.

**Final full stops** (round 10's rule, as in round 12): an answer that fills its own paragraph, line or cell keeps its
punctuation as written; a value after a run-in label ("Assessment.", "Why:", "Partenaire :") keeps its final stop when
it is one or more complete sentences starting with a capital, and has none when it is a phrase starting in lower case;
a value that is a phrase inside a longer sentence has no final stop.

**Contact details.** A letterhead or header switchboard number is not the proposer's phone; a signature's direct
number is. In mail prints the From address is the proposer's email when the body and signature give none; the Date /
Sent line is `submission_date`; a Cc'd person is never a value. A signature line "Title, Department" gives two fields;
the organisation line under it is not the department.

**Titles.** The proposal title is the course's name as the writer gives it (in bold, in quotes, on a Re/Objet/Subject
line after "Micro-credential proposal –", or on the line under a catchy headline); a catchy headline or a shortened
subject line is not the title when the document names the course in full.

**Apostrophes.** pdflatex typesets a straight apostrophe as ’ (text extraction gives U+2019); expected values are
written with the apostrophe as typed in the data module (straight); a bot should treat ' and ’ alike.
"""

MAKE = """
## How the files were made and checked

`_make/` holds the generator scripts: `lib.py` (block markup -> python-docx / reportlab / HTML / LaTeX, LibreOffice and
Chromium helpers, expected-file writer), `build.py` (`python build.py tuning|heldout`; one producing route per genre,
the mail-client print layouts), `tuning_data.py` / `heldout_data.py` (content and expected values of each document),
`verify.py`, `make_readme.py`. Tools: python-docx, reportlab 4, pypdf; TeX Live 2022 pdflatex; LibreOffice 7.4 headless
(Writer/Web); Chromium headless. Re-running gives equivalent, not byte-identical files.

`_make/verify.py` reads every document back without the parser (DOCX: text of every XML part of `word/`; PDF: pypdf
text), after NFKC normalisation, lower-casing, unifying ' and ’ and dropping whitespace and hyphens; it checks that each
expected file is valid JSON with exactly the keys above and equals the data module, that `missing_required` matches
the fields, that each document opens, and that every expected text value (item by item for lists), each outcome and
each number occur in the document. Choice codes and dates were checked by reading the rendered pages.
"""


def counts(docs):
    sh = collections.Counter(d["shape"] for d in docs)
    g = collections.Counter(d["genre"] for d in docs)
    fr = sum(1 for d in docs if d["lang"] != "en")
    inc = sum(1 for d in docs if d.get("form", True) and lib.missing(d["fields"]))
    return ("%d documents – %s; French or bilingual: %d; incomplete (non-empty missing_required): %d; "
            "needs_manual_review: 0; per genre: %s") % (
        len(docs), ", ".join("shape %s: %d" % (k, sh[k]) for k in sorted(sh)), fr, inc,
        ", ".join("%s: %d" % (k, g[k]) for k in sorted(g)))


def table(docs):
    rows = ["| File | Genre | Shape | Lang | Missing required | What it is / tests |", "|---|---|---|---|---|---|"]
    for d in docs:
        miss = ", ".join(lib.missing(d["fields"])) if d.get("form", True) else "–"
        rows.append("| `%s` | %s | %s | %s | %s | %s |" % (d["file"], d["genre"], d["shape"], d["lang"], miss or "–", d["notes"]))
    return "\n".join(rows)


def main():
    tun = importlib.import_module("tuning_data").DOCS
    try:
        held = importlib.import_module("heldout_data").DOCS
    except ImportError:
        held = None
    out = [INTRO + "\n".join("| %s | %s | %s | %s |" % g for g in GENRES), RULES, "Mix:\n", "* tuning: " + counts(tun)]
    out.append("* heldout: " + (counts(held) if held else "(committed separately on branch `devset13a-heldout`)"))
    out += [CONV, MAKE, "Result of `python verify.py`:\n\n```\n%s```\n" % subprocess.run(
        [sys.executable, "verify.py"] + (["tuning", "heldout"] if held else ["tuning"]), cwd=HERE, capture_output=True,
        text=True).stdout.replace("\n", "\n", -1) if True else "",
        "\n## Tuning half (`tuning/`)\n", table(tun),
        "\n\n## Held-out half (`heldout/`)\n\nScoring only. Its per-file table is in `heldout/INDEX.md` (do not open it while developing).\n"]
    open(os.path.join(HERE, "..", "README.md"), "w", encoding="utf-8").write("\n".join(out))
    if held:
        idx = ["# Held-out half, round 13a – per-file table (scoring only; do not open while developing)\n",
               "| File | Genre | Shape | Lang | Producing route | Missing required | What is tricky |", "|---|---|---|---|---|---|---|"]
        routes = {g[0]: g[2] for g in GENRES}
        for d in held:
            miss = ", ".join(lib.missing(d["fields"])) if d.get("form", True) else "–"
            idx.append("| `%s` | %s | %s | %s | %s | %s | %s |" % (d["file"], d["genre"], d["shape"], d["lang"],
                       d.get("route_desc", routes[d["genre"]]), miss or "–", d["tricky"]))
        idx.append("\nExpected values: see each `.expected.json` (its `notes` say what the file tests). Conventions as in `../README.md`.\n")
        open(os.path.join(HERE, "..", "heldout", "INDEX.md"), "w", encoding="utf-8").write("\n".join(idx))


if __name__ == "__main__":
    main()
