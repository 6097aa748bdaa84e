import sys, os, json
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
from forms_tuning import T
from forms_heldout import H
from build_other import OTHER
TOOL = {"t_track": "python-docx + raw w:ins/w:del XML, python-docx comments", "h_track": "python-docx + raw w:ins/w:del XML, python-docx comments",
 "t_web": "python-docx nested tables + raw w:sdt / w:hyperlink", "h_web": "python-docx nested tables + raw w:sdt (run and row level) / w:hyperlink",
 "t_odtfr": "flat ODT with named styles -> DOCX (LibreOffice 7.4)", "h_odten": "flat ODT with named styles -> DOCX (LibreOffice 7.4)",
 "t_legacy": "python-docx + raw FORMTEXT/FORMCHECKBOX fields", "h_legacyfr": "python-docx + raw FORMTEXT/FORMCHECKBOX fields",
 "t_txbx": "python-docx + raw wps text boxes (VML fallback)", "h_shapes": "python-docx + raw wps shapes/text boxes (VML fallback)",
 "t_gdocs": "python-docx, Google-Docs-like (Normal + direct bold)", "h_gdocs": "python-docx, Google-Docs-like (Normal + direct bold, numPr bullets)",
 "t_br": "python-docx, w:br line breaks", "h_tabs": "python-docx, tab stops + hanging indent", "h_hdr": "python-docx, 3 sections with own headers",
 "t_lofill": "HTML form -> LibreOffice Writer -> PDF with form fields", "h_lofillfr": "HTML form -> LibreOffice Writer -> PDF with form fields",
 "t_acrofr": "reportlab AcroForm (French names)", "t_acrogen": "reportlab AcroForm (generic names)", "h_acro": "reportlab AcroForm (Spanish names)",
 "h_acroinc": "reportlab AcroForm (key-like names, tooltips)", "t_2col": "reportlab platypus, two frames", "t_margin": "reportlab canvas, word by word",
 "t_chars": "reportlab canvas, glyph by glyph", "h_chars": "reportlab canvas, glyph by glyph", "t_hdrftr": "fpdf2, header/footer", "h_hdrftr": "fpdf2, header/footer",
 "t_boxes": "reportlab canvas, boxes + ZapfDingbats ✔", "h_boxes": "reportlab canvas, boxes + (X) + circled Yes", "t_rot": "reportlab platypus + canvas, pypdf /Rotate 90",
 "h_land": "reportlab platypus landscape, pypdf /Rotate 90", "t_scan1": "python-docx -> LibreOffice PDF -> pypdfium2 150 dpi -> PIL", "h_scan1": "python-docx -> LibreOffice PDF -> pypdfium2 150 dpi -> PIL",
 "t_scan2": "fpdf2 -> pypdfium2 200 dpi -> PIL", "h_scan2": "reportlab boxes -> pypdfium2 170 dpi -> PIL", "t_blank": "python-docx",
 "t_eval": "python-docx", "t_letter": "reportlab platypus", "h_job": "reportlab AcroForm", "h_review": "python-docx", "h_news": "reportlab platypus, two frames"}
SH = {"1": "1 – official-style DOCX table", "2": "2 – DOCX form fields", "3": "3 – fillable PDF", "4": "4 – printed / flattened",
      "5": "5 – retyped / own layout", "6": "6 – scanned", "7": "7 – not a concept form"}
def table(half):
    rows = ["| File | Shape | Lang | Route / tool | Missing required | What it is / tests |", "|---|---|---|---|---|---|"]
    docs = sorted([d for d in T + H + OTHER if d["half"] == half], key=lambda d: (d["shape"], d["file"]))
    for d in docs:
        e = json.load(open(out(d) + ".expected.json", encoding="utf-8"))
        rows.append(f"| `{d['file']}` | {SH[d['shape']]} | {d['lang']} | {TOOL[d['id']]} | {', '.join(e['missing_required']) if e['is_concept_form'] and e['fields'] else ('all 12 required' if e['is_concept_form'] else '–') if e['missing_required'] or not e['is_concept_form'] else '–'} | {e['notes']} |")
    from collections import Counter
    c = Counter(d["shape"] for d in docs)
    return "\n".join(rows), c, docs
tt, ct, dt = table("tuning"); th, ch, dh = table("heldout")
mix = lambda c: ", ".join(f"shape {k}: {c[k]}" for k in sorted(c))
inc = lambda ds: sum(1 for d in ds if d.get("is_form", True) and missing(d["f"]))
fr = lambda ds: sum(1 for d in ds if d["lang"] == "fr")
open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(f"""# Development set, round 3

{len(dt) + len(dh)} documents ({len(dt)} tuning + {len(dh)} held-out) for the CE concept-form bot, each with `<file>.expected.json`.
Made from the field contract (`shared/concept-form/FIELDS.md`), the expected-file format and the conventions of
`shared/corpus/README.md` and `round2/README.md` only. The person who made them did not read the parser or the bot, did not open
any earlier held-out document, and did not run the parser. Programs, people, wordings and layouts are new; topics avoid those of the
shared corpus, round 1 and round 2.

**This round's point is authoring routes earlier rounds did not use**: Word legacy form fields (FORMTEXT / FORMCHECKBOX), answers in
text boxes and shapes (`w:txbxContent`, DrawingML with VML fallback, so the same text is in the file twice), answers in a section's
page header, tracked changes (`w:ins` / `w:del`) and comments, a form pasted from a web page (nested tables, `w:sdt` wrappers,
hyperlinked emails), `w:br` line breaks instead of paragraphs, tab-aligned 'Label<TAB>answer' lines, ODT with its own styles turned
into DOCX by LibreOffice, Google-Docs-like export; fillable PDFs exported by LibreOffice and AcroForms with French, Spanish or generic
widget names, two-column printouts, rotated and landscape pages, labels in the left margin with right-aligned answers, text drawn word
by word or glyph by glyph, running headers/footers with page numbers inside an answer, flattened boxed forms, ✓ ✔ ■ ☒ (X) and a circled
'Yes' as tick marks; scanned pages; near-forms that are not concept forms.

**Licence:** made here, CC0 1.0 (public-domain dedication). All people, organisations, email addresses (`example.org`,
`example.com`, `michener.example`) and phone numbers (`555-01xx`) are invented.

## The rule for the two halves

* `tuning/` – use freely to develop and tune the parser.
* `heldout/` – **for scoring only.** Do not open these documents or their expected files while developing, do not tune against their
  failures, do not copy their wordings into rules. Run them only to measure. If a held-out file is ever used for tuning, move it to
  `tuning/` in a commit that says so; it no longer measures anything.

Mix – tuning: {mix(ct)}; held-out: {mix(ch)}. French documents: {fr(dt)} in tuning, {fr(dh)} in held-out. Incomplete forms
(non-empty `missing_required`): {inc(dt)} in tuning (one of them the blank template), {inc(dh)} in held-out. Routes present in both halves: tracked changes,
web paste, ODT->DOCX, legacy form fields, text boxes/shapes, Google-Docs export, LibreOffice fillable PDF, reportlab AcroForm with
non-key names, glyph-by-glyph text, header/footer inside an answer, boxed flattened form, rotated page, scans. Only in tuning: `w:br`
paragraphs, two-column printout, left-margin labels; only in held-out: tab-aligned lines, answers in a section header.

## Expected-file format and conventions

```json
{{"is_concept_form": true, "shape": "1", "fields": {{"key": "value"}}, "missing_required": ["key"],
 "needs_manual_review": false, "notes": "what the file is and tests"}}
```

Same conventions as `shared/corpus/README.md` and round 2: `fields` holds only keys with a value, trimmed; empty answers, unfilled
legacy fields (five en-spaces), empty boxes and fields absent from the document are absent. Choices are codes (also when written as a
sentence: 'letter of support enclosed', 'in person, on site in the homes', 'Confirmed – letter to follow', 'None yet' = none).
`estimated_hours` / `expected_enrolment` are integers ('60 (four cohorts of 15)' -> 60, 'about 200' -> 200, '8 heures' -> 8,
'7 (one day)' -> 7); `submission_date` is ISO ('9 March 2026', '05/03/2026' dd/mm, '06.03.2026', '2026/03/10', '12-03-2026', 'Mar 11, 2026',
'2 mars 2026'). `learning_outcomes` is a list with markers removed ('1.', '1)', '(1)', '(a)', '- ', '• ', Word numbering, '●' numPr
bullets). An answer in two paragraphs, or split by a page break with a running header/footer in between, is one value joined by one
space. Where one block holds several fields, each is given separately. `missing_required` lists the required keys of FIELDS.md absent
from `fields` (plus `existing_program_name` for `existing_program` without a program).

Round-3 specific decisions:

* **Tracked changes:** the expected value is the text with every change ACCEPTED (insertions kept, `w:delText` dropped, a paragraph
  whose mark is deleted disappears). Reviewer comments are never part of a value.
* **Text boxes:** DrawingML text boxes carry a VML fallback with the same text; a value is given once.
* **Answers in a page header** (`Syndromic PCR panels - proposal (sections).docx`): the form's top band (title, proponent, role,
  organisation, email, phone) was placed in the first section's header by the applicant's template, and those answers exist ONLY
  there, so they are expected. Running headers/footers that merely repeat a title or a page number are page furniture, never values.
* **Blank template** (`Micro-Course Credential Concept Form (template).docx`): decided per FIELDS.md ('a form that leaves any required
  field empty is still recorded and acknowledged; the acknowledgement lists exactly what is missing'): it IS the concept form, so
  `is_concept_form: true`, shape 1, `fields: {{}}`, and all 12 required keys in `missing_required`. Option lines with no box ticked are
  not a value.
* **Scans (shape 6):** image-only PDFs, `needs_manual_review: true`; `fields` is what a person reads off the page (same rule as the
  shared corpus): a bot without OCR is expected to extract nothing and ask for review, not to match `fields`.
* **Not-a-form documents (shape 7)** have `is_concept_form: false`, `{{}}` and `[]`: a filled course evaluation, a filled job
  application (fillable PDF), a blank program review template with concept-form-like labels, a letter of support quoting the proposal
  title and naming the proposer, a CE newsletter announcing a micro-credential.

## Tuning half (`tuning/`)

{tt}

## Held-out half (`heldout/`)

{th}

## How the files were made and checked

`_make/` holds the generator scripts, for the record: `forms_tuning.py` / `forms_heldout.py` (content and expected values),
`common.py`, `mk_docx.py` + `build_docx.py` (DOCX routes), `build_odt.py` (flat ODT -> DOCX), `mk_pdf.py` + `build_pdf.py` (PDF routes
and scans), `build_other.py` (shape 7), `regen_expected.py`, `make_readme.py`, `verify.py`; `src_*.pdf` are the pages before
scanning. Tools: python-docx 1.2, reportlab 4, fpdf2 2.8, pypdf 7, pypdfium2, Pillow, LibreOffice 7.4 headless. Re-running gives
equivalent, not byte-identical files.

`_make/verify.py` reads every document back without the parser – DOCX XML text (document, headers, footers, text boxes once,
`w:delText` skipped), PDF text with pypdf and pypdfium2 plus AcroForm `/V` values, the source page for scans – and checks that every
expected text value, each outcome and each number/date as written is present. Results: all pass except the intended hard cases –
the two header/footer printouts (`SGRT …`, `CT contrast extravasation …`), where the rationale is cut by the footer and next header
(the build script checked that its first words end page 1 and its last words start page 2); the two glyph-by-glyph PDFs (`Least-restraint
…`, `RSO refresher …`), where pypdf gives one character per line and pypdfium2 loses some spaces (the values are found with spaces
ignored); and the cannabis scan's source, where 'role-play' breaks as 'role-' / 'play' at a line end. Check-box, radio and combo
states of the fillable PDFs were checked by listing their `/V` values.
""")
print("readme ok")
