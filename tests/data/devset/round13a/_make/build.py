"""python build.py tuning|heldout  -> writes documents and expected files into ../tuning or ../heldout"""
import html, importlib, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib

CSS = "body{font-family:'Liberation Sans',Arial,sans-serif;font-size:13px;margin:24px;} h1{font-size:20px;} h3{font-size:14px;margin:14px 0 4px;} table.t{border-collapse:collapse} table.t td{border:1px solid #999;padding:3px 6px;}"


def mail_html(doc):
    m = doc["mail"]
    client = m["client"]
    esc = lambda s: html.escape(s, quote=False)
    body = lib.blocks_html(doc["blocks"])
    rows = m["headers"]  # list of (label, value)
    if client == "zimbra":
        head = ('<div style="display:flex;justify-content:space-between;border-bottom:2px solid #0f4c81;padding-bottom:4px">'
                '<span style="font-size:22px;color:#0f4c81;font-weight:bold">Zimbra</span><span style="font-size:12px">%s</span></div>'
                '<div style="font-size:17px;font-weight:bold;margin:14px 0 6px">%s</div>'
                '<table style="font-size:12px;border-bottom:1px solid #ccc;width:100%%;margin-bottom:12px">%s</table>') % (
            esc(m["account"]), esc(m["subject"]),
            "".join('<tr><td style="width:70px;color:#555;vertical-align:top">%s</td><td>%s</td></tr>' % (esc(a), esc(b)) for a, b in rows))
    elif client == "proton":
        head = ('<div style="font-size:11px;color:#6d4aff">Proton Mail</div><h2 style="font-size:19px;margin:8px 0">%s</h2>'
                '<div style="font-size:12px;color:#333;border-bottom:1px solid #ddd;padding-bottom:8px;margin-bottom:14px">%s</div>') % (
            esc(m["subject"]), "".join('<div><span style="color:#777">%s</span> %s</div>' % (esc(a), esc(b)) for a, b in rows))
    elif client == "horde":
        head = ('<table style="width:100%%;font-size:12px;background:#eef1f5;border:1px solid #b8c3d0;margin-bottom:14px">%s</table>' %
                "".join('<tr><th style="text-align:right;width:80px;padding:2px 6px">%s</th><td>%s</td></tr>' % (esc(a), esc(b)) for a, b in rows))
    elif client == "sogo":
        head = ('<div style="font-size:16px;font-weight:bold;margin-bottom:6px">%s</div>'
                '<table style="font-size:12px;margin-bottom:14px">%s</table><hr>') % (
            esc(m["subject"]), "".join('<tr><td style="color:#888;padding-right:10px">%s</td><td>%s</td></tr>' % (esc(a), esc(b)) for a, b in rows))
    else:
        raise ValueError(client)
    return "<!DOCTYPE html><html><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>%s<div>%s</div></body></html>" % (
        esc(m["subject"]), CSS, head, body)


def printed_html(doc):
    return "<!DOCTYPE html><html><head><meta charset='utf-8'><title>%s</title><style>body{font-family:'Liberation Serif';font-size:11pt}</style></head><body>%s</body></html>" % (
        html.escape(doc.get("pdf_title", "")), lib.blocks_html(doc["blocks"]))


def build(half):
    data = importlib.import_module(half + "_data")
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "..", half)
    os.makedirs(out, exist_ok=True)
    for doc in data.DOCS:
        path = os.path.join(out, doc["file"])
        r = doc["route"]
        if r == "letter_docx":
            lib.to_docx(doc, path, font=doc.get("font", "Calibri"))
        elif r == "memo_rl":
            lib.to_reportlab(doc, path, font=doc.get("font", "Helvetica"))
        elif r == "mail":
            lib.chromium_pdf(mail_html(doc), path)
        elif r == "pitch_tex":
            lib.to_latex(doc, path)
        elif r == "printed_lo":
            lib.html_to_pdf_lo(printed_html(doc), path)
        else:
            raise ValueError(r)
        lib.write_expected(doc, out)
        print("built", doc["file"])


if __name__ == "__main__":
    build(sys.argv[1])
