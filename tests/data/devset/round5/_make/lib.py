"""Helpers for the round-5 development set (authoring routes, expected files).

Nothing here reads or runs the parser: values are written from the content put into each document.
"""
import json, os, re, shutil, subprocess, tempfile, random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent          # .../round5
MAKE = ROOT / "_make"
TMP = Path("/tmp/devset5-build")
TMP.mkdir(parents=True, exist_ok=True)
LO_PROFILE = "file:///tmp/devset5-lo-profile"

REQUIRED = ["proposal_title", "proposer_name", "proposer_email", "request_type", "target_learners", "rationale",
            "competencies", "learning_outcomes", "summative_assessment", "partner_name", "endorsement_status",
            "education_plan_alignment"]
KEY_ORDER = ["proposal_title", "proposer_name", "proposer_title", "proposer_department", "proposer_email",
             "proposer_phone", "request_type", "existing_program_name", "target_learners", "rationale",
             "competencies", "learning_outcomes", "competency_framework", "summative_assessment", "partner_name",
             "partner_contact", "endorsement_status", "education_plan_alignment", "delivery_format",
             "estimated_hours", "proposed_start", "expected_enrolment", "resources_required", "submission_date"]

REGISTRY = []   # (half, filename, meta) filled by write_expected, used by verify / README


def missing(fields):
    m = [k for k in REQUIRED if k not in fields]
    if fields.get("request_type") == "existing_program" and "existing_program_name" not in fields:
        m.append("existing_program_name")
    return m


def write_expected(path, shape, fields, notes, *, is_form=True, manual=False, missing_override=None,
                   also=(), lang="en", route="", source_for_check=None, skip_check=()):
    """Write <path>.expected.json and record metadata for verify.py / the README."""
    path = Path(path)
    if is_form:
        f = {k: fields[k] for k in KEY_ORDER if k in fields}
        assert set(f) == set(fields), set(fields) - set(f)
        mr = missing(f) if missing_override is None else missing_override
    else:
        f, mr = {}, []
    exp = {"is_concept_form": is_form, "shape": str(shape), "fields": f, "missing_required": mr,
           "needs_manual_review": manual, "notes": notes}
    Path(str(path) + ".expected.json").write_text(json.dumps(exp, ensure_ascii=False, indent=2) + "\n",
                                                  encoding="utf-8")
    meta = {"file": path.name, "half": path.parent.name, "shape": str(shape), "lang": lang, "route": route,
            "also": list(also), "check_source": str(source_for_check) if source_for_check else None,
            "fields_for_check": fields if not is_form else f, "skip_check": list(skip_check)}
    checks = MAKE / f"checks_{path.parent.name}.json"
    data = json.loads(checks.read_text()) if checks.exists() else {}
    data[path.name] = meta
    checks.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    return exp


# ---------------------------------------------------------------- converters
def soffice(src, fmt, outdir=None, filt=None, infilter=None):
    """LibreOffice headless conversion; returns the output path."""
    src = Path(src)
    outdir = Path(outdir or src.parent)
    target = fmt if not filt else f"{fmt}:{filt}"
    cmd = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", target, "--outdir", str(outdir), str(src)]
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
    out = outdir / (src.stem + "." + fmt)
    if not out.exists():
        raise RuntimeError(f"soffice failed: {r.stdout} {r.stderr}")
    return out


def pandoc(text, frm, to, out, extra=()):
    src = TMP / ("pandoc_in." + {"markdown": "md", "rst": "rst", "org": "org", "html": "html"}.get(frm, "txt"))
    src.write_text(text, encoding="utf-8")
    subprocess.run(["pandoc", "-f", frm, "-t", to, "-o", str(out), str(src), *extra], check=True)
    return Path(out)


def via_lo(src_text, src_ext, fmt, final_path, filt=None, encoding="utf-8", infilter=None):
    """Write source text to a temp file with the final stem, convert with LibreOffice, move to final_path."""
    final_path = Path(final_path)
    work = Path(tempfile.mkdtemp(dir=TMP))
    src = work / (final_path.stem + "." + src_ext)
    if isinstance(src_text, bytes):
        src.write_bytes(src_text)
    else:
        src.write_text(src_text, encoding=encoding)
    out = soffice(src, fmt, work, filt, infilter)
    shutil.move(str(out), final_path)
    shutil.rmtree(work, ignore_errors=True)
    return final_path


TAGGED = 'writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'
PDFA = 'writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}'


def lo_file(src_path, fmt, final_path, filt=None):
    work = Path(tempfile.mkdtemp(dir=TMP))
    src = work / (Path(final_path).stem + Path(src_path).suffix)
    shutil.copy(src_path, src)
    out = soffice(src, fmt, work, filt)
    shutil.move(str(out), final_path)
    shutil.rmtree(work, ignore_errors=True)
    return Path(final_path)


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;"))


def rtf_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o > 127:
            if o > 32767:
                o -= 65536
            out.append(f"\\u{o}?")
        else:
            out.append(ch)
    return "".join(out)


# ---------------------------------------------------------------- scans
def scan_pdf(src_pdf, out_pdf, dpi=150, angle=0.8, noise=18, jpeg_q=55, seed=1, mode="L", flip_pages=(),
             blur=0.6):
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    rnd = random.Random(seed)
    pdf = pdfium.PdfDocument(str(src_pdf))
    pages = []
    for i in range(len(pdf)):
        img = pdf[i].render(scale=dpi / 72).to_pil().convert("RGB")
        if mode == "L":
            img = img.convert("L")
        img = img.rotate(angle + rnd.uniform(-0.3, 0.3), resample=Image.BICUBIC, expand=False,
                         fillcolor=255 if mode == "L" else (255, 255, 255))
        if blur:
            img = img.filter(ImageFilter.GaussianBlur(blur))
        px = img.load()
        w, h = img.size
        for _ in range(int(w * h * 0.0015)):
            x, y = rnd.randrange(w), rnd.randrange(h)
            v = rnd.randrange(0, 120)
            px[x, y] = v if mode == "L" else (v, v, v)
        if noise:
            from PIL import ImageChops
            nimg = Image.effect_noise((w, h), noise).convert(img.mode)
            img = ImageChops.multiply(img, Image.eval(nimg, lambda v: 255 - (255 - v) // 6))
        if i in flip_pages:
            img = img.rotate(180)
        pages.append(img)
    tmpj = []
    for i, p in enumerate(pages):
        j = TMP / f"scan_{seed}_{i}.jpg"
        p.save(j, "JPEG", quality=jpeg_q)
        tmpj.append(Image.open(j))
    tmpj[0].save(out_pdf, "PDF", resolution=dpi, save_all=True, append_images=tmpj[1:])
    return Path(out_pdf)


# ---------------------------------------------------------------- pypdf layout helpers
def n_up(src_pdf, out_pdf, order=None, booklet=False):
    """Two logical pages side by side on landscape Letter sheets (order = list of page index pairs)."""
    from pypdf import PdfReader, PdfWriter, PageObject, Transformation
    r = PdfReader(str(src_pdf))
    n = len(r.pages)
    if order is None:
        order = [(i, i + 1 if i + 1 < n else None) for i in range(0, n, 2)]
    W, H = 792, 612
    w = PdfWriter()
    for left, right in order:
        sheet = PageObject.create_blank_page(width=W, height=H)
        for slot, idx in enumerate((left, right)):
            if idx is None:
                continue
            p = r.pages[idx]
            pw, ph = float(p.mediabox.width), float(p.mediabox.height)
            s = min((W / 2 - 24) / pw, (H - 36) / ph)
            tx = 12 + slot * W / 2 + ((W / 2 - 24) - pw * s) / 2
            ty = (H - ph * s) / 2
            sheet.merge_transformed_page(p, Transformation().scale(s, s).translate(tx, ty))
        w.add_page(sheet)
    with open(out_pdf, "wb") as fh:
        w.write(fh)
    return Path(out_pdf)
