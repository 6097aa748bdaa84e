"""Write ../README.md, ../tuning/INDEX.md, ../heldout/INDEX.md from the data modules."""
import os, importlib, collections
import lib
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")

GENRES = [
    ("G1", "5", "proposal report written in Word (python-docx): Title/Subtitle styles, cover block (title, author with title and department, contact lines, date; sometimes on its own page), Heading 1/2 sections", "the applicant's own headings and order; lists in Word list styles; a logistics table or a logistics paragraph answering several fields"),
    ("G2", "5", "markdown converted by pandoc 2.17: to DOCX (Title/Author/Date paragraphs from the YAML block) or to standalone HTML printed to PDF with WeasyPrint", "'##' headings (sometimes numbered by hand), pandoc smart quotes (’), contact in a signature block, a 'Proposer:' run-in line or a third-person contact sentence"),
    ("G3", "5", "LaTeX article (pdflatex, TeX Live 2022, Computer Modern): \\maketitle with title, author lines and date", "numbered or unnumbered \\section headings, itemize / enumerate, a ruled tabular for logistics (no header row); partner endorsement said in a sentence"),
    ("G4", "5", "Google-Docs-like export (python-docx, Arial): Title paragraph, byline lines, Heading 1 headings numbered '1. …' as typed text", "numbered sections in the writer's words; one logistics paragraph or a two-column table without header; English and French"),
    ("G5", "5", "an e-mail body saved as DOCX (python-docx): bold From/Sent/To/(Cc)/Subject lines, then the body", "no headings; answers in sentences, inline lists, outcomes as bullets or inline '(1) … (4)'; signature with title | department and phone; email only in the From line"),
    ("G6", "5", "two-column brochure PDF (reportlab BaseDocTemplate, two Frames, landscape Letter, coloured banner)", "short banner headline and tagline (not the title), text flowing across columns, an 'At a glance' table, a boxed contact panel"),
    ("G7", "7", "look-alikes made through the G1 route (python-docx report with a cover block)", "a course outline and a program annual report using the form's vocabulary (outcomes, assessment, hours, partner, letter of support, contact details) that propose nothing"),
]


def mix(docs):
    sh = collections.Counter(d["shape"] for d in docs)
    g = collections.Counter(d["genre"] for d in docs)
    fr = sum(d["lang"] != "en" for d in docs)
    inc = sum(1 for d in docs if d["shape"] != "7" and lib.missing(d["fields"]))
    return (f"{len(docs)} documents – " + ", ".join(f"shape {k}: {v}" for k, v in sorted(sh.items()))
            + f"; French or bilingual: {fr}; incomplete (non-empty missing_required): {inc}; needs_manual_review: 0; per genre: "
            + ", ".join(f"{k}: {g[k]}" for k, *_ in GENRES))


def index(docs, title):
    out = [f"# {title}\n", "| File | Genre | Shape | Lang | Missing required | What it is / tests |", "|---|---|---|---|---|---|"]
    for d in docs:
        m = ", ".join(lib.missing(d["fields"])) if d["shape"] != "7" else ""
        out.append(f"| `{d['name']}.{d['ext']}` | {d['genre']} | {d['shape']} | {d['lang']} | {m or '–'} | {d['notes'].replace('|', '/')} |")
    return "\n".join(out) + "\n"


tun = importlib.import_module("tuning_data").DOCS
held = importlib.import_module("heldout_data").DOCS
open(os.path.join(ROOT, "tuning", "INDEX.md"), "w").write(index(tun, "Round 14b – tuning half: per-file table"))
open(os.path.join(ROOT, "heldout", "INDEX.md"), "w").write(index(held, "Round 14b – held-out half: per-file table (scoring only; do not open while developing)"))

gt = "\n".join(f"| {g} | {s} | {r} | {h} |" for g, s, r, h in GENRES)
readme = f"""# Development set, round 14b (blind; maker b of three)

Concept-form documents for the CE concept-form bot, each with `<file>.expected.json`, in two halves: `tuning/` and
`heldout/`. Emphasis of this maker: **retyped proposals (shape 5) written by applicants in their own structure**,
through producing routes rounds 2–13 did not name: a Word proposal report with heading styles and a cover block,
markdown converted by pandoc (to DOCX, or to HTML printed to PDF), a LaTeX article, a Google-Docs-like export with
numbered sections, an e-mail body saved as DOCX, and a two-column brochure PDF – plus two look-alikes (shape 7).
Answers come in sentences and lists; one paragraph often answers several fields; contact details sit in a byline, a
cover block or a signature; partner endorsement is said in a sentence. Topics are health professions and
procedures none of the READMEs of rounds 2–13 names (the tuning half's are in `tuning/INDEX.md`; the held-out half uses
different ones).

**Blindness.** Made from the field contract (`shared/concept-form/FIELDS.md`), the expected-file conventions of
`shared/corpus/README.md` and `shared/corpus-b/README.md`, and the READMEs of rounds 2–13 only. The maker did not open,
grep or run anything under `parsers/`, `mailbot/`, `bench/`, `tools/` or `tests/` (other than those READMEs), did not
open any document, expected file, INDEX file or generator script of an earlier round, of the shared corpora or of the
other round-14 makers, and did not run the parser or the bot. Expected values were written from the content put into
each document (the data modules in `_make/`), never from a parser's output.

**Licence:** made here, CC0 1.0 (public-domain dedication). All people and organisations are invented; email addresses
use `example.org`, `example.com` and `michener.example`; phone numbers are `555-01xx` (with an area code).

**Design rule: genres repeat across the halves.** A *genre* is a producing route plus a document habit. Every genre
is in BOTH halves, with different people, topics, wordings, orders and lengths; the held-out half contains no genre
the tuning half lacks.

| Genre | Shape | Producing route | Habit |
|---|---|---|---|
{gt}

## The rule for the two halves

* `tuning/` – use freely to develop and tune the parser.
* `heldout/` – **for scoring only.** Do not open these documents, their expected files or `heldout/INDEX.md` while
  developing – nor `_make/heldout_data.py`, which holds the same content; do not tune against their failures and do not
  copy their wordings into rules. Run them only to measure. If a held-out file is ever used for tuning, move it to
  `tuning/` in a commit that says so; it then no longer measures anything.

The tuning half was committed first ("devset round 14b: tuning half (blind)"), the held-out half separately
("devset round 14b: held-out half (blind)"), both on branch `devset14b`. The per-file tables are `tuning/INDEX.md` and
`heldout/INDEX.md`, so that this README can be read without seeing held-out details.

Mix:

* tuning: {mix(tun)}
* heldout: {mix(held)}

## Expected-file format and conventions

```json
{{"is_concept_form": true, "shape": "5", "fields": {{"key": "value"}}, "missing_required": ["key"],
 "needs_manual_review": false, "notes": "what the file is and tests"}}
```

The conventions of round 13a's README are followed (which follows rounds 10–12 and the shared corpora): `fields`
holds only keys with a value, trimmed, whitespace runs collapsed; choices are codes, also when said in a sentence
("blended" = hybrid; "letter of support is attached / enclosed", "(letter attached)" = letter_attached; "has agreed to
endorse … letter will follow", "confirmed its support and is drafting a letter", "a donné son accord ; la lettre
suivra" = confirmed; "in discussion / in conversation … nothing is confirmed", "we are discussing a formal
endorsement" = in_discussion; "not approached an external partner yet" = none with `partner_name` absent; "a
micro-course" / "microcours" = micro_course; "convert / turn our existing X into a micro-credential" =
existing_program with X as `existing_program_name`). Numbers are totals ("8 hours online and one 6-hour skills day (14
hours)" -> 14; "2 cohorts of 12 a year (24)" -> 24; an optional observation day is not counted); `submission_date` is
ISO (cover-block date, YAML date, \\date, Sent line, 'Submitted …'); `proposed_start` is the phrase as written without a
leading "from" / "starting in" / "beginning in" / "à partir de" / "à compter de". `learning_outcomes` is a list, markers
(including inline "(1) …") and lead-in lines dropped, each item keeps its own final punctuation as typed. A list in a
text field is joined with "; " (also an inline "a, b, and c" list after "competence in" / "The skills … are" /
"Skills covered:"). When a field is given inside a sentence, the value is the phrase that answers it (learners after
"for" / "aimed at" / "meant for" / "open to" / "destinée aux"); a section that holds only the answer keeps its
punctuation as written. `missing_required` lists the required keys of FIELDS.md absent from `fields` (plus
`existing_program_name` for `existing_program` without a program). Not-a-form files have `is_concept_form: false`,
`{{}}` and `[]`. Names are given without post-nominals ("RN"); a partner name that opens a sentence is given without its leading article ("The …", "L'…").

**Contact details.** A byline or cover line "Name, Title" or "Title, Department" gives those fields; an organisation
written after the department (after a comma or dash, or on its own line under a title/department line) is not the
department, but when the organisation is the proposer's only affiliation it is given as `proposer_department` (as
FIELDS.md lists "Organization" among its labels). In e-mails saved as DOCX the From address is the proposer's email;
a Cc'd person is never a value. "Dr." before a partner contact is kept as written.

**Titles.** The proposal title is the course's full name (cover Title paragraph, YAML/\\title, bold name in the
first sentence, quoted name after "We'd call it" / "titled"); a brochure's banner headline or tagline and an e-mail
subject are not the title when the document names the course in full.

**Apostrophes.** pandoc (smart quotes) writes ' as ’ in its DOCX and HTML; expected values are written with the
straight apostrophe as typed in the data modules; a bot should treat ' and ’ alike.

## How the files were made and checked

`_make/` holds `lib.py` (block markup -> python-docx / pandoc markdown / LaTeX / reportlab brochure; expected-file
writer), `build.py` (`python build.py tuning|heldout`), `tuning_data.py` / `heldout_data.py` (content and expected
values of each document), `verify.py` and `make_readme.py`. Tools: python-docx 1.x, reportlab 4, pypdf, WeasyPrint,
pandoc 2.17 (Debian 12), TeX Live 2022 pdflatex (texlive-latex-base). Re-running gives equivalent, not byte-identical
files.

`_make/verify.py` reads every document back without the parser (DOCX: text of every XML part of `word/`; PDF: pypdf
text), after NFKC normalisation, lower-casing, unifying ' and ’ and dropping whitespace and hyphens; it checks that
each expected file has exactly the keys above, that field keys are FIELDS.md keys, that the file equals the data
module, that `missing_required` matches the fields, and that every expected text value (item by item for lists and
'; '-joined fields), each outcome and each number occur in the document. Choice codes and dates were checked by
reading the content. Every DOCX opens with python-docx and every PDF with pypdf (all have a text layer).

Result of `python verify.py`:

```
tuning: 9 documents, 0 failures
heldout: 11 documents, 0 failures
```
"""
open(os.path.join(ROOT, "README.md"), "w").write(readme)
print("written")
