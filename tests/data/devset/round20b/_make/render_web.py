"""Reportlab renderer imitating a Word form 'saved as web page' (.htm) opened in a browser and printed to PDF
(genre G3): browser header (date/time, page title) and footer (file path or URL, page x of y)."""
from reportlab.lib.pagesizes import letter, A4
from reportlab.lib.units import cm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Table, TableStyle, Spacer
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from xml.sax.saxutils import escape
from lib import D, P, L, LABELS, SECTIONS, OPTIONS, CHOICES, show_date, shown

FD = "/usr/share/fonts/truetype/dejavu/"
for n, fn in [("DV", "DejaVuSans.ttf"), ("DVB", "DejaVuSans-Bold.ttf"), ("DVI", "DejaVuSans-Oblique.ttf"),
              ("DVS", "DejaVuSerif.ttf"), ("DVSB", "DejaVuSerif-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(n, FD + fn))
pdfmetrics.registerFontFamily("DV", normal="DV", bold="DVB", italic="DVI", boldItalic="DVB")
pdfmetrics.registerFontFamily("DVS", normal="DVS", bold="DVSB", italic="DVS", boldItalic="DVSB")


class NumberedDoc(BaseDocTemplate):
    pass


def _render(doc_data, path, opt, total):
    lang = opt.get("lang", "en")
    pagesize = A4 if opt.get("a4") else letter
    W, H = pagesize
    body = opt.get("body_font", "DVS")
    base = ParagraphStyle("b", fontName=body, fontSize=10, leading=12.5)
    ans = ParagraphStyle("a", parent=base, textColor=colors.HexColor(opt.get("ans_color", "#000000")))
    lab = ParagraphStyle("l", parent=base, fontName=body + "B" if body == "DVS" else "DVB")
    helps = ParagraphStyle("h", parent=base, fontSize=8, leading=10, textColor=colors.HexColor("#555555"))
    head = ParagraphStyle("H", parent=base, fontSize=16, leading=20, fontName="DVSB" if body == "DVS" else "DVB")
    sect = ParagraphStyle("S", parent=lab, fontSize=10.5)
    labels = LABELS[lang]
    f = doc_data["f"]
    story = [Paragraph(escape(opt.get("title", "Micro-Course / Credential Concept Form")), head), Spacer(1, 4)]
    if opt.get("intro"):
        story += [Paragraph(escape(opt["intro"]), helps), Spacer(1, 6)]
    rows, styles = [], [("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#808080")),
                        ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for heading, keys in SECTIONS[lang]:
        rows.append([Paragraph(escape(heading), sect), ""])
        i = len(rows) - 1
        styles += [("SPAN", (0, i), (1, i)), ("BACKGROUND", (0, i), (1, i), colors.HexColor("#D9D9D9"))]
        for k in keys:
            l_, h_ = labels[k]
            lcell = [Paragraph(escape(l_), lab)]
            if h_:
                lcell.append(Paragraph(escape(h_), helps))
            v = f.get(k)
            acell = []
            if k in CHOICES:
                for c, t in OPTIONS[lang][k]:
                    acell.append(Paragraph(("◉ " if c == v else "○ ") + escape(t), ans))
            elif v in (None, ""):
                acell = [Paragraph("&nbsp;", ans)]
            elif k == "learning_outcomes":
                for j, o in enumerate(v):
                    o = o[0] if isinstance(o, tuple) else o
                    acell.append(Paragraph(escape(o), ans, bulletText=f"{j+1}."))
            elif k == "submission_date":
                acell.append(Paragraph(escape(shown(v) if isinstance(v, D) else show_date(v, opt.get("date_style", "long"), lang)), ans))
            elif isinstance(v, P):
                for para in v.paras:
                    acell.append(Paragraph(escape(para), ans)); acell.append(Spacer(1, 4))
            elif isinstance(v, L):
                st2 = ParagraphStyle("li", parent=ans, leftIndent=14, bulletIndent=2)
                st3 = ParagraphStyle("li2", parent=ans, leftIndent=30, bulletIndent=18)
                for j, it in enumerate(v.items):
                    par, kids = it if isinstance(it, tuple) else (it, [])
                    acell.append(Paragraph(escape(par), st2, bulletText=f"{j+1}." if v.numbered else "•"))
                    for kk, kid in enumerate(kids):
                        acell.append(Paragraph(escape(kid), st3, bulletText=f"{chr(97+kk)}." if v.numbered else "◦"))
            else:
                acell.append(Paragraph(escape(shown(v)), ans))
            rows.append([lcell, acell])
    t = Table(rows, colWidths=[5.2 * cm, W - 2 * 1.6 * cm - 5.2 * cm], splitByRow=1, splitInRow=1, repeatRows=0)
    t.setStyle(TableStyle(styles))
    story.append(t)
    if opt.get("footer_note"):
        story += [Spacer(1, 8), Paragraph(escape(opt["footer_note"]), helps)]

    stamp, ptitle, where = opt["stamp"], opt["page_title"], opt["url"]
    style = opt.get("browser", "chrome")

    def onpage(canv, doc):
        canv.saveState()
        canv.setFont("DV", 7.5)
        n = canv.getPageNumber()
        total = doc._total if hasattr(doc, "_total") else "?"
        if style == "chrome":
            canv.drawString(1.0 * cm, H - 0.7 * cm, stamp)
            canv.drawCentredString(W / 2, H - 0.7 * cm, ptitle)
            canv.drawString(1.0 * cm, 0.6 * cm, where)
            canv.drawRightString(W - 1.0 * cm, 0.6 * cm, f"{n}/{total}")
        else:  # firefox-like
            canv.drawString(1.0 * cm, H - 0.7 * cm, ptitle)
            canv.drawRightString(W - 1.0 * cm, H - 0.7 * cm, where)
            canv.drawString(1.0 * cm, 0.6 * cm, f"Page {n} of {total}")
            canv.drawRightString(W - 1.0 * cm, 0.6 * cm, stamp)
        canv.restoreState()

    doc = NumberedDoc(path, pagesize=pagesize, leftMargin=1.6 * cm, rightMargin=1.6 * cm, topMargin=1.5 * cm,
                      bottomMargin=1.5 * cm, title=ptitle)
    doc._total = total
    doc.addPageTemplates([PageTemplate(frames=[Frame(1.6 * cm, 1.5 * cm, W - 3.2 * cm, H - 3.0 * cm, id="f")],
                                       onPage=onpage)])
    doc.build(story)
    return doc.page


def render(doc_data, path, opt):
    n = _render(doc_data, path, opt, "?")
    _render(doc_data, path, opt, n)
