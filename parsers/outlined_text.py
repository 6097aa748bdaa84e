"""PDF pages whose text was converted to outlines: letters drawn as shapes, no text layer, no picture.

A print driver or a "convert text to outlines" export (Ghostscript's ``-dNoOutputFonts``, a designer's "create
outlines") draws every letter as a filled path: the page reads like any printed page, but it has no fonts, so no
text to extract, and no image, so it does not look like a scan either. Only its shapes show what it is: hundreds of
paths the size of a letter on one page. A chart or a drawing has fewer small shapes (markers, arrow heads), so its
page stays a drawing. A page of lettering is read as a scan is, by OCR.
"""
from __future__ import annotations

GLYPH_SIZE = 20.0   # points: a letter drawn as a path is smaller than this in both directions
MIN_GLYPHS = 200    # letter-sized paths on one page for it to be lines of text (a page of a form holds over 1,000)
MAX_PAGES = 6


def drawn_text(data: bytes, max_pages: int = MAX_PAGES) -> bool:
    """Whether one of the first pages draws its text as shapes (see the module). False when pdfium cannot say."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        return False
    try:
        for index in range(min(len(pdf), max_pages)):
            page = pdf[index]
            try:
                glyphs = 0
                for obj in page.get_objects(max_depth=4):
                    if obj.type != pdfium_c.FPDF_PAGEOBJ_PATH:
                        continue
                    left, bottom, right, top = obj.get_bounds()
                    if right - left < GLYPH_SIZE and top - bottom < GLYPH_SIZE:
                        glyphs += 1
                        if glyphs >= MIN_GLYPHS:
                            return True
            finally:
                page.close()
    finally:
        pdf.close()
    return False
