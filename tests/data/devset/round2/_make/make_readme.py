"""Writes ../README.md from the expected files (run after the generators)."""
import glob, json, os
from common import ROOT

TOOLS = {
 "Concept Form - Nail Surgery - P Okwuosa.docx": "python-docx",
 "Formulaire de concept - VNI néonatale - É Thibodeau.docx": "python-docx, re-saved by LibreOffice 7.4",
 "MC concept form - Respirator Fit Testing (draft).docx": "python-docx, re-saved by LibreOffice 7.4",
 "Concept form - Med Rec for Pharmacy Technicians.docx": "python-docx",
 "Concept form (controls) - 12-lead acquisition for paramedics.docx": "python-docx + raw w:sdt XML",
 "Hereditary cancer risk - concept form (CC) v1.docx": "python-docx + raw w:sdt XML",
 "Dialysis water quality - concept form (fillable).pdf": "reportlab AcroForm",
 "fillable_MRI_injector_safety.pdf": "reportlab AcroForm",
 "Home O2 assessment concept form.pdf": "reportlab (blank form), filled with pypdf",
 "CPB priming refresher - concept form.pdf": "reportlab AcroForm",
 "Cough assist concept form (printed).pdf": "python-docx, printed to PDF by LibreOffice 7.4",
 "ISCN refresher - concept form printout.pdf": "fpdf2",
 "Community paramedicine home visits - flattened form.pdf": "reportlab canvas",
 "Concept form printout - Automated dispensing cabinets.docx": "LibreOffice 7.4 (flat ODT -> DOCX)",
 "Anaphylaxis in community pharmacy - answers to concept questions.docx": "python-docx",
 "Email to CE - chest drainage course idea.pdf": "fpdf2",
 "Proposition microcrédit - TMS en imagerie médicale.docx": "LibreOffice 7.4 (flat ODT -> DOCX)",
 "IONM basics - our answers (table).docx": "python-docx",
 "Theranostics patient care - concept proposal.pdf": "reportlab platypus",
 "Letter of support - Riverside Paramedic Services.docx": "python-docx",
 "CE-POL-014 Micro-credentials policy (excerpt).pdf": "LibreOffice 7.4 (flat ODT -> PDF)",
 "CV_Farida_Haddad_RRT.pdf": "fpdf2",
 "Concept Form - HBOT Safety - L Mbeki.docx": "python-docx",
 "PD home training concept form - incomplete.docx": "python-docx, re-saved by LibreOffice 7.4",
 "Concept form - Cardiac device interrogation (conversion).docx": "python-docx",
 "OAT dispensing concept form_JNg.docx": "python-docx",
 "Concept form (content controls) - Bariatric patient handling.docx": "python-docx + raw w:sdt XML",
 "Concept_Form_CC_Variant_Interpretation.docx": "python-docx + raw w:sdt XML",
 "Formulaire à remplir - Voies respiratoires en transport.pdf": "reportlab AcroForm",
 "Gait analysis concept form FILLED.pdf": "reportlab AcroForm",
 "cfDNA results conversations - concept form (fillable, partial).pdf": "reportlab AcroForm",
 "MCI triage - concept form (fillable).pdf": "reportlab (blank form), filled with pypdf",
 "Formulaire concept (imprimé) - Produits chimiques au laboratoire.pdf": "python-docx, printed to PDF by LibreOffice 7.4",
 "HFNC paeds concept form - print.pdf": "reportlab canvas",
 "Travel health concept form - printed (draft).pdf": "fpdf2",
 "Réponses - microcours podologie gériatrique.docx": "python-docx",
 "Memo - fatigue risk management micro-credential.pdf": "LibreOffice 7.4 (flat ODT -> PDF)",
 "FeNO testing - concept (table, answers below).docx": "LibreOffice 7.4 (flat ODT -> DOCX)",
 "Cardiac MRI credential - proposal.pdf": "reportlab platypus",
 "Blood culture collection - micro-credential idea (2 col).docx": "python-docx",
 "Lettre d'appui - Transport critique Boréal-Est.pdf": "reportlab platypus",
 "Job posting - Clinical Educator, Home Dialysis.docx": "LibreOffice 7.4 (flat ODT -> DOCX)",
 "Workshop agenda - Designing a micro-credential (faculty PD).docx": "python-docx",
 "Abstract - micro-credential pilot evaluation (lab conference 2026).pdf": "reportlab platypus",
}
SHAPE = {"1": "1 – official DOCX table form", "2": "2 – DOCX content controls", "3": "3 – fillable PDF (AcroForm)",
         "4": "4 – printed / flattened", "5": "5 – retyped", "7": "7 – not a concept form"}
FR = {"Formulaire de concept - VNI néonatale - É Thibodeau.docx", "Proposition microcrédit - TMS en imagerie médicale.docx",
      "Formulaire à remplir - Voies respiratoires en transport.pdf",
      "Formulaire concept (imprimé) - Produits chimiques au laboratoire.pdf",
      "Réponses - microcours podologie gériatrique.docx", "Lettre d'appui - Transport critique Boréal-Est.pdf"}


def table(half):
    rows, counts = [], {}
    for f in sorted(glob.glob(os.path.join(ROOT, half, "*.expected.json")), key=lambda p: (json.load(open(p))["shape"], p)):
        d = json.load(open(f))
        name = os.path.basename(f)[:-len(".expected.json")]
        counts[d["shape"]] = counts.get(d["shape"], 0) + 1
        miss = ", ".join(d["missing_required"]) or "–"
        lang = "fr" if name in FR else "en"
        rows.append(f"| `{name}` | {SHAPE[d['shape']]} | {lang} | {TOOLS[name]} | {miss} | {d['notes']} |")
    head = "| File | Shape | Lang | Made with | Missing required | What it is / tests |\n|---|---|---|---|---|---|\n"
    c = ", ".join(f"shape {k}: {v}" for k, v in sorted(counts.items()))
    return c, head + "\n".join(rows)


ct, tt = table("tuning")
ch, th = table("heldout")
text = f"""# Development set, round 2

44 documents (22 + 22) for the CE concept-form bot, each with `<file>.expected.json`.
Written from the field contract (`shared/concept-form/FIELDS.md`) and the expected-file format of the
shared corpora only: the person who made them did not read the parser or any worktree's code and did not run
the parser. Programs, people, wordings and layouts are new; topics avoid those of the shared corpora and of
round 1 (`../tuning`, `../heldout`).

**Licence:** made here, CC0 1.0 (public-domain dedication). All people, organisations, email addresses
(`example.org`, `example.com`, `michener.example`) and phone numbers (`555-01xx`) are invented.

## The rule for the two halves

* `tuning/` – use freely to develop and tune the parser.
* `heldout/` – **for scoring only.** Do not open these documents or their expected files while developing,
  do not tune against their failures, do not copy their wordings into rules. Run them only to measure. If a
  held-out file is ever used for tuning, move it to `tuning/` in a commit that says so; it no longer measures
  anything.

The two halves have the same mix: tuning {ct}; held-out {ch}. French documents: 2 in tuning, 4 in held-out
(5 French forms in all plus one French letter). Incomplete forms (non-empty `missing_required`): 5 in tuning, 4 in held-out.

## Expected-file format

```json
{{"is_concept_form": true, "shape": "1", "fields": {{"key": "value"}}, "missing_required": ["key"],
 "needs_manual_review": false, "notes": "what the file is and tests"}}
```

Conventions (same as `shared/corpus/README.md` and round 1):

* `fields` holds only keys that have a value in the document, as the applicant wrote it, trimmed. Empty
  answers, content-control placeholders ('Click or tap here to enter text.'), 'TBD' in a number field and
  fields that are simply not in the document are absent.
* Choices are codes (`request_type`: new / existing_program / micro_course; `endorsement_status`:
  letter_attached / confirmed / in_discussion / none; `delivery_format`: online / in_person / hybrid), also when
  the document says it in a sentence ('blended', 'fully online', 'Still talking with them', 'Formule hybride').
* `estimated_hours` and `expected_enrolment` are integers ('7 (one day)' → 7, '12 heures' → 12, 'environ 40' → 40,
  'roughly 150 learners a year' → 150); `submission_date` is ISO (`dd/mm/yyyy`, `dd-mm-yyyy`, `dd.mm.yyyy`,
  '3 mars 2026', 'Feb 23, 2026', '06-Mar-2026', an email's Date line…).
* `learning_outcomes` is a list with numbering/bullets removed ('1.', '1)', 'a.', '(1)', '- ', '• ', Word list
  numbering) and, for inline lists, the joining 'and' removed; item text otherwise as written.
* An answer written as two paragraphs (possibly split by a page break, a page header/footer in between) is one
  value with the paragraphs joined by a single space.
* Where one cell or sentence holds several fields (a contact line with name, role, department, email and phone; a
  'Practicalities' sentence with format, hours, start and enrolment), each field is given separately.
* `missing_required` lists the required keys of FIELDS.md absent from `fields` (plus `existing_program_name` when
  `request_type` is `existing_program` and no program is named). Not-a-form files have `{{}}` and `[]`.
* `needs_manual_review` is false everywhere: every document here has a text layer or fields.

## Tuning half (`tuning/`)

{tt}

## Held-out half (`heldout/`) – scoring only

{th}

## How the files were made

`_make/` holds the generator scripts, for the record (`forms_tuning.py` / `forms_heldout.py` hold the content and
expected values; `make_tables.py` shape 1 and LibreOffice-printed PDFs, `make_cc.py` shape 2, `make_acro.py`
shape 3, `make_print.py` shape 4, `make_retyped.py` shape 5, `make_other.py` shape 7, `fodt.py` a flat-ODT
writer whose output LibreOffice converts, `verify.py` the check below). Tools: python-docx 1.x, reportlab 4,
fpdf2 2.8, pypdf 5+, LibreOffice 7.4 headless (`soffice --convert-to docx|pdf`). The generated files are
committed; re-running the scripts gives equivalent but not byte-identical files (timestamps, LibreOffice ids).

`_make/verify.py` reads every document back without the parser – DOCX XML text (including content controls,
headers and footers), PDF text with both pypdf and pypdfium2, and AcroForm values – and checks that every
expected text value, each learning outcome and each number/date as written is present. All pass, except two
intended cases where a page header/footer sits inside a multi-paragraph answer (`ISCN refresher …` and
`Cardiac MRI credential …`); for those both halves of the answer were checked separately. Check-box, radio and
combo states of the AcroForms were checked by listing their `/V` values.
"""
open(os.path.join(ROOT, "README.md"), "w").write(text)
print("README written")
