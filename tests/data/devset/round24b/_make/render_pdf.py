"""Fillable-PDF renderers: G1 (LibreOffice-Writer-style names), G2 (XFA-foreign numbered names, hierarchical,
tooltips on some fields only), G3 (a filled form 'printed to PDF': qpdf flattens the widgets, fields gone)."""
import textwrap, subprocess, os
from reportlab.lib.pagesizes import letter, A4
from reportlab.pdfgen import canvas
from reportlab.lib.colors import HexColor, black, white
from reportlab.pdfbase.pdfmetrics import stringWidth
import pikepdf
from reportlab.pdfbase import acroform as _af
_orig_esc = _af.escPDF
# appearance streams use Helvetica in PDFDocEncoding: map typographic characters to their PDFDocEncoding bytes
_PDFDOC = {"•": 0x80, "—": 0x84, "–": 0x85, "‘": 0x8F, "’": 0x90, "“": 0x8D, "”": 0x8E, "œ": 0x9C, "Œ": 0x96, "…": 0x83, "€": 0xA0}
_af.escPDF = lambda s: _orig_esc("".join(chr(_PDFDOC[ch]) if ch in _PDFDOC else (ch if ord(ch) < 256 else "?") for ch in s))
from lib import ORDER, LAB_EN, LAB_FR, OPT_EN, OPT_FR, CHOICES, disp, as_lines

def wrap(text, font, size, width):
    out = []
    for para in text.split("\n"):
        words = para.split(" "); line = ""
        for w in words:
            t = (line + " " + w).strip()
            if stringWidth(t, font, size) <= width: line = t
            else:
                if line: out.append(line)
                line = w
        out.append(line)
    return out

def render(doc, path, style):
    fr = doc.get("lang") == "fr"
    LAB = dict(LAB_FR if fr else LAB_EN); LAB.update(doc.get("labels", {}))
    OPT = OPT_FR if fr else OPT_EN
    psize = A4 if style == "G1" else letter
    W, H = psize
    c = canvas.Canvas(path, pagesize=psize)
    c.setTitle(doc.get("pdf_title", "Concept Form"))
    if style == "G1":
        c.setCreator("Writer"); c.setProducer("LibreOffice 7.5")
    elif style == "G2":
        c.setCreator("Designer 6.5"); c.setProducer("Adobe Experience Manager forms PDF forms 6.5")
    else:
        c.setCreator("Microsoft Print to PDF"); c.setProducer("Microsoft: Print To PDF")
    f = c.acroForm
    LX, LW, FX = 42, 160, 210
    FW = W - FX - 42
    fs = 8.5
    n = {"text": 0, "check": 0, "radio": 0}
    page = [1]; y = [0]
    fields_by_page = {}
    tips = {}
    def header():
        c.setFillColor(HexColor("#1f3864")); c.rect(0, H - 62, W, 62, fill=1, stroke=0)
        c.setFillColor(white); c.setFont("Helvetica-Bold", 13)
        c.drawString(LX, H - 30, doc.get("form_title", "Micro-Course / Credential Concept Form"))
        c.setFont("Helvetica", 8.5)
        c.drawString(LX, H - 46, doc.get("form_sub", "Continuing Education · The Michener Institute of Education at UHN"))
        c.setFillColor(black)
        c.setFont("Helvetica", 7); c.drawRightString(W - 42, 24, doc.get("footer", "CE-F-012 rev. 2026-09") + f"   Page {page[0]}")
        y[0] = H - 80
    def newpage():
        c.showPage(); page[0] += 1; header()
    def name(kind, key):
        if style == "G2":
            ck = "text" if kind == "text" else "check"
            n[ck] += 1
            pre = {"text": "f", "check": "c", "radio": "c"}[kind]
            nm = f"{pre}{page[0]}_{n[ck]:02d}[0]"
        else:
            n[kind] += 1
            nm = {"text": "Text Box", "check": "Check Box", "radio": "Option Button"}[kind] + f" {n[kind]}"
        fields_by_page.setdefault(page[0], []).append(nm)
        return nm
    header()
    if doc.get("intro"):
        c.setFont("Helvetica-Oblique", 8)
        for ln in wrap(doc["intro"], "Helvetica-Oblique", 8, W - 84):
            c.drawString(LX, y[0], ln); y[0] -= 10
        y[0] -= 6
    keys = doc.get("order", ORDER)
    for k in keys:
        lab = LAB[k]
        lablines = wrap(lab, "Helvetica-Bold", fs, LW)
        if k in CHOICES:
            opts = OPT[k]; h = max(len(lablines) * 10 + 6, 18)
            if y[0] - h < 50: newpage()
            c.setFont("Helvetica-Bold", fs)
            for i, ln in enumerate(lablines): c.drawString(LX, y[0] - 10 - i * 10, ln)
            chosen = doc["F"].get(k)
            x = FX
            radio = (k == "endorsement_status") or (style == "G2" and k == "request_type")
            gname = name("radio", k) if radio else None
            for j, (code, olab) in enumerate(opts):
                ow = stringWidth(olab, "Helvetica", 8) + 24
                if x + ow > W - 42: x = FX; y[0] -= 14; h += 14
                if radio:
                    f.radio(name=gname, shape="square", value=str(j + 1) if style != "G3" else f"Choice{j+1}", selected=(code == chosen),
                            x=x, y=y[0] - 13, size=10, buttonStyle="check" if style == "G1" else ("cross" if style == "G3" else "diamond"), borderWidth=0.6, fillColor=white,
                            borderColor=HexColor("#333333"), forceBorder=True)
                else:
                    nm = name("check", k)
                    f.checkbox(name=nm, x=x, y=y[0] - 13, size=10, checked=(code == chosen), buttonStyle="cross" if style != "G2" else "check",
                               borderWidth=0.6, fillColor=white, borderColor=HexColor("#333333"), forceBorder=True)
                    if style == "G2": tips[nm] = f"{LAB[k].split(' [')[0]}: {olab}"
                c.setFont("Helvetica", 8); c.drawString(x + 13, y[0] - 11, olab)
                x += ow
            if radio and style == "G2": tips[gname] = LAB[k].split(" [")[0]
            y[0] -= h + 4
            continue
        lines = as_lines(doc, k)
        text = "\n".join(lines)
        vlines = wrap(text, "Helvetica", fs, FW - 8) if text else [""]
        multi = k in doc.get("multi", ("rationale", "competencies", "learning_outcomes", "summative_assessment",
                                        "education_plan_alignment", "target_learners", "resources_required", "competency_framework"))
        nl = max(len(vlines), 3 if multi else 1, len(lablines))
        h = nl * 10.5 + 6
        if y[0] - h < 50: newpage()
        c.setFont("Helvetica-Bold", fs)
        for i, ln in enumerate(lablines): c.drawString(LX, y[0] - 10 - i * 10, ln)
        nm = name("text", k)
        kw = dict(name=nm, value="\n".join(vlines) if text else "", x=FX, y=y[0] - h, width=FW, height=h,
                  fontName="Helvetica", fontSize=fs, borderWidth=0.6, borderColor=HexColor("#7f7f7f"),
                  fillColor=HexColor("#f4f6fb") if style != "G3" else white, textColor=black)
        if multi or nl > 1: kw["fieldFlags"] = "multiline"
        f.textfield(**kw)
        if style == "G2" and k in doc.get("tooltip_keys", ()): tips[nm] = LAB[k].split(" [")[0]
        y[0] -= h + 5
    if doc.get("outro"):
        if y[0] < 90: newpage()
        c.setFont("Helvetica-Oblique", 7.5)
        for ln in wrap(doc["outro"], "Helvetica-Oblique", 7.5, W - 84):
            c.drawString(LX, y[0] - 8, ln); y[0] -= 9.5
    c.showPage(); c.save()
    if style == "G2":
        pdf = pikepdf.open(path, allow_overwriting_input=True)
        af = pdf.Root.AcroForm
        byname = {str(fl.T): fl for fl in af.Fields}
        top = pdf.make_indirect(pikepdf.Dictionary(T=pikepdf.String("topmostSubform[0]"), Kids=pikepdf.Array()))
        for pg, names in fields_by_page.items():
            pnode = pdf.make_indirect(pikepdf.Dictionary(T=pikepdf.String(f"Page{pg}[0]"), Kids=pikepdf.Array(), Parent=top))
            top.Kids.append(pnode)
            for nm in dict.fromkeys(names):
                fl = byname[nm]; fl.Parent = pnode; pnode.Kids.append(fl)
                if nm in tips: fl.TU = pikepdf.String(tips[nm])
        af.Fields = pikepdf.Array([top])
        pdf.save(path)
    elif style == "G3":
        tmp = path + ".tmp.pdf"; os.replace(path, tmp)
        subprocess.run(["qpdf", "--flatten-annotations=all", "--remove-restrictions", tmp, path], check=True)
        os.remove(tmp)
        pdf = pikepdf.open(path, allow_overwriting_input=True)
        if "/AcroForm" in pdf.Root: del pdf.Root["/AcroForm"]
        pdf.save(path)
