"""python build.py tuning|heldout  -- builds the documents and expected files of one half. CC0."""
import os, sys, shutil, tempfile, importlib
from lib import ROOT, HERE, derive, write_expected, esc
import routes

CSS_MAIL = {
    "zimbra": """body{font-family:Tahoma,Arial,sans-serif;font-size:10pt;margin:24px}
.acct{font-size:9pt;color:#333;border-bottom:2px solid #000;padding-bottom:4px;margin-bottom:10px}
.subj{font-size:13pt;font-weight:bold;background:#e8eef7;padding:6px;border:1px solid #b8c5d8}
table.h{font-size:9pt;margin:6px 0 14px 0} table.h td.k{color:#555;text-align:right;padding-right:8px;vertical-align:top}
.body p{margin:0 0 9px 0}""",
    "horde": """body{font-family:Verdana,sans-serif;font-size:9.5pt;margin:20px}
.hdr{border:1px solid #999;background:#f3f3f3;padding:6px 10px;margin-bottom:14px}
.hdr div{margin:2px 0} .hdr b{display:inline-block;width:70px}
.body p{margin:0 0 8px 0}""",
    "proton": """body{font-family:'Helvetica Neue',Arial,sans-serif;font-size:10.5pt;margin:28px;color:#262a33}
h1{font-size:16pt;font-weight:600;margin:0 0 12px 0}
.meta{font-size:9pt;color:#5c6170;border-top:1px solid #dde;border-bottom:1px solid #dde;padding:8px 0;margin-bottom:16px}
.meta span{color:#262a33}
.body p{margin:0 0 10px 0}""",
}


def email_html(e):
    c = e["client"]
    body = "".join(f"<p>{p}</p>" for p in e["body"])
    if c == "zimbra":
        head = (f'<div class="acct">Zimbra&nbsp;&nbsp;&nbsp;{e.get("account", "ce@michener.example")}</div>'
                f'<div class="subj">{esc(e["subject"])}</div><table class="h">'
                f'<tr><td class="k">From&nbsp;:</td><td>{e["frm"]}</td></tr>'
                f'<tr><td class="k">Subject&nbsp;:</td><td>{esc(e["subject"])}</td></tr>'
                f'<tr><td class="k">To&nbsp;:</td><td>{e["to"]}</td></tr>'
                + (f'<tr><td class="k">Cc&nbsp;:</td><td>{e["cc"]}</td></tr>' if e.get("cc") else "")
                + f'<tr><td class="k">Sent&nbsp;:</td><td>{e["date"]}</td></tr></table>')
    elif c == "horde":
        head = (f'<div class="hdr"><div><b>Date:</b> {e["date"]}</div><div><b>From:</b> {e["frm"]}</div>'
                f'<div><b>To:</b> {e["to"]}</div>' + (f'<div><b>Cc:</b> {e["cc"]}</div>' if e.get("cc") else "")
                + f'<div><b>Subject:</b> {esc(e["subject"])}</div></div>')
    else:
        head = (f'<h1>{esc(e["subject"])}</h1><div class="meta">From: <span>{e["frm"]}</span><br>'
                f'To: <span>{e["to"]}</span><br>' + (f'CC: <span>{e["cc"]}</span><br>' if e.get("cc") else "")
                + f'Date: <span>{e["date"]}</span></div>')
    return (f'<html><head><meta charset="utf-8"><title>{esc(e["subject"])}</title><style>{CSS_MAIL[c]}</style>'
            f'</head><body>{head}<div class="body">{body}</div></body></html>')


def letter_docx(path, L):
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = docx.Document()
    d.styles["Normal"].font.name = L.get("font", "Liberation Serif"); d.styles["Normal"].font.size = Pt(11)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
    for i, h in enumerate(L["head"]):
        p = d.add_paragraph(); r = p.add_run(h); r.bold = i == 0; r.font.size = Pt(14 if i == 0 else 9)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_paragraph()
    if L.get("date"):
        d.add_paragraph(L["date"])
    if L.get("to"):
        for t in L["to"]:
            d.add_paragraph(t).paragraph_format.space_after = Pt(0)
        d.add_paragraph()
    if L.get("re"):
        d.add_paragraph().add_run(L["re"]).bold = True
    for b in L["body"]:
        if isinstance(b, list):  # a table: list of rows
            t = d.add_table(rows=0, cols=len(b[0])); t.style = "Table Grid"
            for row in b:
                cells = t.add_row().cells
                for j, v in enumerate(row):
                    cells[j].text = v
            d.add_paragraph()
        elif b.startswith("## "):
            d.add_paragraph().add_run(b[3:]).bold = True
        else:
            d.add_paragraph(b)
    for s in L.get("sig", []):
        d.add_paragraph(s).paragraph_format.space_after = Pt(0)
    d.save(path)


def build(half):
    data = importlib.import_module(f"{half}_data")
    outdir = os.path.join(ROOT, half); os.makedirs(outdir, exist_ok=True)
    pre = "src_" if half == "tuning" else "heldout_src_"
    for D in data.DOCS:
        path = os.path.join(outdir, D["file"]); k = D["kind"]
        print("building", D["file"], flush=True)
        if k in ("fill", "bake", "gs"):
            routes.fillable_pdf(path, D["doc"], fill=True, flatten={"fill": None, "bake": "bake", "gs": "gs"}[k])
        elif k in ("cc", "typed"):
            routes.docx_form(path, D["doc"])
        elif k == "lo":
            tmp = tempfile.mktemp(suffix=".docx"); routes.docx_form(tmp, D["doc"]); routes.docx_to_pdf(tmp, path)
        elif k == "html":
            routes.html_to_pdf(routes.html_form(D["doc"]), path)
        elif k == "email":
            routes.html_to_pdf(email_html(D["email"]), path)
        elif k == "letter":
            tmp = tempfile.mktemp(suffix=".docx"); letter_docx(tmp, D["letter"])
            if path.endswith(".pdf"):
                routes.docx_to_pdf(tmp, path)
            else:
                shutil.copy(tmp, path)
        elif k == "scan":
            src = os.path.join(HERE, pre + D["file"])
            routes.fillable_pdf(src, D["doc"], fill=True, flatten="bake")
            routes.scan(src, path)
        else:
            raise ValueError(k)
        if D["shape"] == 7:
            fields, is_form = {}, False
        elif "fields" in D and D.get("fields"):
            fields, is_form = dict(D["fields"]), True
        else:
            fields, is_form = derive(D["rows"], D["codes"]), True
            for kk, v in D.get("override", {}).items():
                if v is None:
                    fields.pop(kk, None)
                else:
                    fields[kk] = v
        write_expected(path, is_form, D["shape"], fields, D["shape"] == 6, D["notes"])


if __name__ == "__main__":
    build(sys.argv[1])
