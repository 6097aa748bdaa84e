"""A small, fast text-layer extractor for the PDFs that Word and LibreOffice print.

pypdf's ``page.extract_text()`` parses every content-stream operand into a PDF
object and handles each glyph of a ``TJ`` array as its own text operation, which
costs ~40 ms a page for Word output (one kerned ``TJ`` per line). This module
reads the same content stream with one regular expression, decodes strings
through the fonts' ``/ToUnicode`` CMaps (or a simple font's ``/Encoding``) and
positions fragments from the text and graphics matrices and the fonts' widths.

Lines come out in content-stream order with the same rules as pypdf's plain
mode, because the section finder was tuned on that output: a fragment whose
baseline leaves the current line's baselines by more than 0.8 of the font size
starts a new line; a gap of half a space or more (or a ``TJ`` offset that wide)
becomes a space.

Anything this module does not handle exactly (Type 3 fonts, CID fonts without a
``/ToUnicode``, unmapped codes, fonts without widths, form XObjects, rotated
text, ...) raises :class:`Unsupported`; the caller then uses pypdf's extractor
for that page. Every loop is bounded by the stream's length or a fixed limit;
nothing recurses.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Any

# a font's ligature glyphs ("ﬁ" in "conﬁrmed", as TeX and groff set them) are their letters to every reader; a
# document re-saved by another program keeps them as characters (LibreOffice's round trip of a Word file, a PDF
# converted to DOCX), so the Word reader translates with this table too
LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                           "\ufb05": "st", "\ufb06": "st"})

MAX_STACK = 256          # q nesting and array nesting kept; deeper input is unsupported
MAX_OPERANDS = 4096      # operands before an operator; more is not a sane content stream
MAX_CMAP_ENTRIES = 1 << 17
MAX_RANGE = 1 << 16


class Unsupported(Exception):
    """The page uses something this extractor does not decode exactly; use pypdf instead."""


# ------------------------------------------------------------- tokenizer ----
_WS = rb"\x00\t\n\x0c\r "
_TOKEN = re.compile(
    rb"(?:[" + _WS + rb"]|%[^\r\n]*)*"                       # whitespace and comments before a token
    rb"(?:(\((?:[^()\\]|\\.)*\))"                            # 1 literal string without nested parens
    rb"|<([0-9A-Fa-f" + _WS + rb"]*)>"                          # 2 hex string
    rb"|([+-]?(?:\d+\.?\d*|\.\d+))"                             # 3 number
    rb"|(/[^" + _WS + rb"()<>\[\]{}/%]*)"                       # 4 name
    rb"|(\[|\]|<<|>>|\{|\})"                                    # 5 delimiters
    rb"|([^" + _WS + rb"()<>\[\]{}/%]+)"                        # 6 operator / keyword
    rb"|(.)|\Z)",                                              # 7 anything else (a nested string, a stray ')')
    re.DOTALL,
)
_ESCAPES = {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("b"): b"\b", ord("f"): b"\f",
            ord("("): b"(", ord(")"): b")", ord("\\"): b"\\"}
_EI = re.compile(rb"[\x00\t\n\x0c\r ]EI(?=[\x00\t\n\x0c\r ]|$)")
# A whole array of strings and numbers (a kerned TJ line: one token per glyph run), read in one match. Each item
# is atomic and tried in _TOKEN's order, so the array splits into the tokens _TOKEN would read one by one; an
# array holding anything else (a comment, a name, a nested string or array) is left to _TOKEN.
_ITEM = (rb"\((?:[^()\\]|\\.)*\)|<[0-9A-Fa-f" + _WS + rb"]*>|[+-]?(?:\d+\.?\d*|\.\d+)")
_ARRAY = re.compile(rb"\[((?:[" + _WS + rb"]*+(?>" + _ITEM + rb"))*+)[" + _WS + rb"]*\]", re.DOTALL)
_ARRAY_ITEM = re.compile(rb"(\((?:[^()\\]|\\.)*\))|<([0-9A-Fa-f" + _WS + rb"]*)>|([+-]?(?:\d+\.?\d*|\.\d+))", re.DOTALL)


def _literal(data: bytes, start: int) -> tuple[bytes, int]:
    """Decode the literal string starting at data[start] == '('; returns (bytes, end)."""
    out = bytearray()
    depth = 0
    i = start
    n = len(data)
    while i < n:
        c = data[i]
        if c == 0x5C:  # backslash
            i += 1
            if i >= n:
                break
            e = data[i]
            if e in _ESCAPES:
                out += _ESCAPES[e]
            elif 0x30 <= e <= 0x37:
                j = i
                while j < n and j < i + 3 and 0x30 <= data[j] <= 0x37:
                    j += 1
                out.append(int(data[i:j], 8) & 0xFF)
                i = j
                continue
            elif e == 0x0D:  # line continuation
                if i + 1 < n and data[i + 1] == 0x0A:
                    i += 1
            elif e == 0x0A:
                pass
            else:
                out.append(e)
            i += 1
            continue
        if c == 0x28:
            depth += 1
            if depth > 1:
                out.append(c)
        elif c == 0x29:
            depth -= 1
            if depth == 0:
                return bytes(out), i + 1
            out.append(c)
        else:
            out.append(c)
        i += 1
    return bytes(out), n


def _hex(s: bytes) -> bytes:
    if len(s) % 2 == 0:
        try:
            return bytes.fromhex(s.decode("latin-1"))
        except ValueError:
            pass
    h = re.sub(rb"[^0-9A-Fa-f]", b"", s)
    if len(h) % 2:
        h += b"0"
    return bytes.fromhex(h.decode("ascii"))


def operations(data: bytes):
    """Yield (operator, operands) from a content stream; arrays are Python lists."""
    pos = 0
    n = len(data)
    stack: list[Any] = []
    arrays: list[list[Any]] = []
    while pos < n:
        for m in _TOKEN.finditer(data, pos):
            last = m.lastindex
            if last is None:  # trailing whitespace
                pos = n
                break
            target = arrays[-1] if arrays else stack
            if last == 3:
                t = m.group(3)
                if len(t) > 40:
                    raise Unsupported("number too long")
                target.append(float(t) if b"." in t else int(t))
            elif last == 1:
                t = m.group(1)
                target.append(_literal(t, 0)[0] if b"\\" in t else t[1:-1])
            elif last == 2:
                target.append(_hex(m.group(2)))
            elif last == 4:
                target.append(m.group(4).decode("latin-1"))
            elif last == 5:
                t = m.group(5)
                if t == b"[" and not arrays:
                    whole = _ARRAY.match(data, m.start(5))
                    if whole is not None:
                        stack.append(_array_items(whole.group(1)))
                        if len(stack) > MAX_OPERANDS:
                            raise Unsupported("too many operands")
                        pos = whole.end()
                        break
                if t == b"[":
                    if len(arrays) >= MAX_STACK:
                        raise Unsupported("arrays nested too deep")
                    arrays.append([])
                elif t == b"]":
                    if arrays:
                        arr = arrays.pop()
                        (arrays[-1] if arrays else stack).append(arr)
                # dictionaries only appear as operands of marked content: ignored
            elif last == 6:
                op = m.group(6)
                if arrays:  # an operator inside an array: broken; close the arrays
                    while arrays:
                        arr = arrays.pop()
                        (arrays[-1] if arrays else stack).append(arr)
                if op == b"ID":  # inline image data: skip to EI and restart the scan there
                    e = _EI.search(data, m.end())
                    pos = e.end() if e else n
                    stack = []
                    break
                if op in (b"true", b"false", b"null"):
                    stack.append(None)
                    continue
                yield op, stack
                stack = []
            else:  # group 7
                if m.group(7) == b"(":  # a string with nested parentheses
                    s, pos = _literal(data, m.start(7))
                    target.append(s)
                    break
                # a stray ')' or '>': skip it like a lenient reader
            if len(stack) > MAX_OPERANDS:
                raise Unsupported("too many operands")
        else:
            pos = n


def _array_items(body: bytes) -> list[Any]:
    """The strings and numbers of an array matched by _ARRAY, converted as operations() converts tokens."""
    items: list[Any] = []
    for literal, hexa, number in _ARRAY_ITEM.findall(body):
        if number:
            if len(number) > 40:
                raise Unsupported("number too long")
            items.append(float(number) if b"." in number else int(number))
        elif literal:
            items.append(_literal(literal, 0)[0] if b"\\" in literal else literal[1:-1])
        elif len(hexa) % 2:
            items.append(_hex(hexa))
        else:
            try:  # (_hex's first step, inline: one hex string a glyph run)
                items.append(bytes.fromhex(hexa.decode("latin-1")))
            except ValueError:
                items.append(_hex(hexa))
    return items


# ---------------------------------------------------------------- accents ----
# The spacing accents a font without accented letters (TeX's OT1 Computer Modern) sets over a letter, drawn before
# it, and the marks it sets under a letter, drawn after it; each as the combining mark it stands for.
ACCENTS = {"\u00b4": "\u0301", "`": "\u0300", "\u02c6": "\u0302", "^": "\u0302", "\u02dc": "\u0303", "~": "\u0303",
           "\u00a8": "\u0308", "\u02c7": "\u030c", "\u02d8": "\u0306", "\u02da": "\u030a", "\u00af": "\u0304",
           "\u02d9": "\u0307", "\u02dd": "\u030b"}
BELOW_ACCENTS = {"\u00b8": "\u0327", "\u02db": "\u0328"}
_DOTLESS = {"\u0131": "i", "\u0237": "j"}  # an accent over i or j is set on the dotless letter


def accented(letter: str, accent: str) -> str:
    """The letter with the accent drawn over (or under) it: "´" on "e" is "é"; anything else comes back as drawn."""
    mark = ACCENTS.get(accent) or BELOW_ACCENTS.get(accent)
    base = _DOTLESS.get(letter, letter)
    if mark is None or not base.isalpha():
        return accent + letter if accent in ACCENTS else letter + accent
    return unicodedata.normalize("NFC", base + mark)


# ------------------------------------------------------------------ fonts ----
class _Font:
    __slots__ = ("approx", "cache", "error", "chars", "code_len", "default_width", "space_code", "space_width", "widths")

    def __init__(self) -> None:
        self.code_len = 1
        self.chars: dict[int, str] = {}
        self.widths: dict[int, float] = {}
        self.default_width = 0.0
        self.space_width = 200.0
        self.space_code = -1
        # no /Widths: glyph advances are guessed, so only wide gaps and jumps back make spaces
        self.approx = False
        self.error = ""  # why this font cannot be read; raised only if text is shown in it
        self.cache: dict[bytes, tuple[str, float, int, int]] = {}


def _num(v: Any, default: float = 0.0) -> float:
    try:
        return float(v)
    except (TypeError, ValueError):
        return default


_CMAP_SECTION = re.compile(rb"begin(codespacerange|bfchar|bfrange|cidchar|cidrange)(.*?)end\1", re.DOTALL)
_CMAP_ITEM = re.compile(rb"<([0-9A-Fa-f\s]*)>|(\[)|(\])|(/[^\s<>\[\]/]+)")


def _utf16(b: bytes) -> str:
    return b.decode("utf-16-be", "surrogatepass") if len(b) % 2 == 0 else b.decode("latin-1")


def parse_to_unicode(data: bytes) -> tuple[dict[int, str], int]:
    """bfchar/bfrange of a ToUnicode CMap -> ({code: text}, code length in bytes or 0 if unknown)."""
    chars: dict[int, str] = {}
    lengths: set[int] = set()
    for sec in _CMAP_SECTION.finditer(data):
        kind = sec.group(1)
        items: list[Any] = []
        in_array: list[bytes] | None = None
        for it in _CMAP_ITEM.finditer(sec.group(2)):
            if it.group(1) is not None:
                b = _hex(it.group(1))
                if in_array is not None:
                    in_array.append(b)
                else:
                    items.append(b)
            elif it.group(2):
                in_array = []
            elif it.group(3):
                items.append(in_array or [])
                in_array = None
            else:
                items.append(it.group(4))
        if kind == b"codespacerange":
            for i in range(0, len(items) - 1, 2):
                if isinstance(items[i], bytes):
                    lengths.add(len(items[i]))
        elif kind == b"bfchar":
            for i in range(0, len(items) - 1, 2):
                src, dst = items[i], items[i + 1]
                if isinstance(src, bytes) and isinstance(dst, bytes) and src:
                    lengths.add(len(src))
                    chars[int.from_bytes(src, "big")] = _utf16(dst)
        elif kind == b"bfrange":
            for i in range(0, len(items) - 2, 3):
                lo_b, hi_b, dst = items[i], items[i + 1], items[i + 2]
                if not (isinstance(lo_b, bytes) and isinstance(hi_b, bytes) and lo_b):
                    continue
                lengths.add(len(lo_b))
                lo, hi = int.from_bytes(lo_b, "big"), int.from_bytes(hi_b, "big")
                if hi < lo or hi - lo >= MAX_RANGE:
                    raise Unsupported("bfrange too wide")
                if isinstance(dst, list):
                    for k, d in enumerate(dst[: hi - lo + 1]):
                        chars[lo + k] = _utf16(d)
                elif isinstance(dst, bytes) and dst:
                    base = int.from_bytes(dst, "big")
                    for k in range(hi - lo + 1):
                        chars[lo + k] = _utf16((base + k).to_bytes(len(dst), "big"))
        else:
            raise Unsupported("CID mappings in a ToUnicode CMap")
        if len(chars) > MAX_CMAP_ENTRIES:
            raise Unsupported("CMap too large")
    code_len = lengths.pop() if len(lengths) == 1 else 0
    return chars, code_len


def parse_cid_cmap(data: bytes) -> dict[int, int]:
    """cidchar/cidrange of an embedded horizontal CMap with two-byte codes -> {code: CID}; Unsupported otherwise."""
    if b"/UseCMap" in data or re.search(rb"/WMode\s+1", data):
        raise Unsupported("CMap that uses another or writes vertically")
    cids: dict[int, int] = {}
    for sec in _CMAP_SECTION.finditer(data):
        kind, body = sec.group(1), sec.group(2)
        if kind == b"codespacerange":
            ranges = re.findall(rb"<([0-9A-Fa-f]+)>", body)
            if not ranges or any(len(r) != 4 for r in ranges):
                raise Unsupported("CMap codes that are not two bytes")
        elif kind == b"cidchar":
            for code, cid in re.findall(rb"<([0-9A-Fa-f]+)>\s*(\d+)", body):
                cids[int(code, 16)] = int(cid)
        elif kind == b"cidrange":
            for lo, hi, cid in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\d+)", body):
                first, last = int(lo, 16), int(hi, 16)
                if last < first or last - first >= MAX_RANGE:
                    raise Unsupported("cidrange too wide")
                for k in range(last - first + 1):
                    cids[first + k] = int(cid) + k
        else:
            raise Unsupported("bf mappings in an encoding CMap")
        if len(cids) > MAX_CMAP_ENTRIES:
            raise Unsupported("CMap too large")
    if not cids:
        raise Unsupported("encoding CMap maps nothing")
    return cids


def _cid_widths(f: _Font, w: Any) -> None:
    """A CID font's /W array into ``f.widths`` (by CID)."""
    arr = list(w.get_object())
    i = 0
    while i + 1 < len(arr) and len(f.widths) <= MAX_CMAP_ENTRIES:
        first = int(_num(arr[i]))
        nxt = arr[i + 1].get_object() if hasattr(arr[i + 1], "get_object") else arr[i + 1]
        if isinstance(nxt, list):
            for k, wv in enumerate(nxt):
                f.widths[first + k] = _num(wv)
            i += 2
        elif i + 2 < len(arr):
            last = int(_num(nxt))
            if last - first >= MAX_RANGE:
                raise Unsupported("/W range too wide")
            wv = _num(arr[i + 2])
            for c in range(first, last + 1):
                f.widths[c] = wv
            i += 3
        else:
            break


def _type3_scale(font: Any) -> float:
    """Glyph-space units to thousandths of text space of a Type 3 font; Unsupported unless upright and unskewed."""
    matrix = font.get("/FontMatrix")
    m = [_num(v) for v in (list(matrix.get_object()) if matrix is not None else [])]
    if len(m) != 6 or m[0] <= 0 or abs(m[0] - m[3]) > 1e-9 or m[1] or m[2]:
        raise Unsupported("Type 3 font matrix that is not a plain scale")
    return m[0] * 1000


def _core_widths(base_font: str) -> dict[str, float] | None:
    """Glyph widths by character of a standard 14 font (its Adobe AFM metrics), or None for another font."""
    try:
        from pypdf._codecs.core_font_metrics import CORE_FONT_METRICS  # private; a missing table means Unsupported
    except ImportError:
        return None
    metrics = CORE_FONT_METRICS.get(base_font.lstrip("/"))
    if metrics is None or "default" not in metrics.character_widths:
        return None
    return {ch: float(w) for ch, w in metrics.character_widths.items()}


def _symbolic_core(font: Any) -> str:
    """"Symbol" or "ZapfDingbats" for a standard 14 symbol font named without a program of its own, else ""."""
    name = str(font.get("/BaseFont", "")).lstrip("/")
    return name if name in ("Symbol", "ZapfDingbats") and font.get("/FontDescriptor") is None else ""


# (ZapfDingbats' published glyphs are mostly 0.7-0.98 em wide; pypdf's table of them is not by character, so its
# middle stands for all: a box or a check is a word of its own, and a guess within a fifth of an em joins no words)
_DINGBAT_WIDTH = 788.0


def _simple_encoding(font: Any) -> list[str]:
    """256 characters of a simple font's /Encoding (a name, or a dict with /Differences)."""
    from pypdf._codecs import (  # private; any failure means Unsupported
        adobe_glyphs,
        charset_encoding,
    )

    enc = font.get("/Encoding")
    enc = enc.get_object() if enc is not None else None
    if enc is None and str(font.get("/Subtype", "")) == "/Type1" and font.get("/FontDescriptor") is None \
            and str(font.get("/BaseFont", "")).lstrip("/") not in ("Symbol", "ZapfDingbats") \
            and _core_widths(str(font.get("/BaseFont", ""))) is not None:
        enc = "/StandardEncoding"  # a standard 14 text font named without an encoding uses its built-in one
    if enc is None and str(font.get("/Subtype", "")) == "/Type1" and _symbolic_core(font):
        # the standard 14 symbol fonts (reportlab and other generators draw their tick boxes, checks and bullets
        # in ZapfDingbats) have a built-in encoding every viewer knows: the table decodes them exactly
        return list(charset_encoding["/" + _symbolic_core(font)])
    if enc is None:
        raise Unsupported("font without an /Encoding")
    if isinstance(enc, str):
        if enc not in ("/WinAnsiEncoding", "/MacRomanEncoding", "/PDFDocEncoding", "/StandardEncoding"):
            raise Unsupported(f"encoding {enc}")
        table = list(charset_encoding[enc])
        if enc == "/WinAnsiEncoding":
            # the PDF reference: in WinAnsiEncoding every unused code above 040 shows the bullet (reportlab
            # draws its list bullets as code 0x7F)
            for code in (0x7F, 0x81, 0x8D, 0x8F, 0x90, 0x9D):
                table[code] = "•"
        return table
    base = str(enc.get("/BaseEncoding", "/StandardEncoding"))
    if base not in charset_encoding or base in ("/Symbol", "/ZapfDingbats"):
        raise Unsupported(f"base encoding {base}")
    table = list(charset_encoding[base])
    diffs = enc.get("/Differences")
    if diffs is not None:
        code = 0
        for item in list(diffs.get_object())[:1024]:
            item = item.get_object() if hasattr(item, "get_object") else item
            if isinstance(item, (int, float)) and not isinstance(item, str):
                code = int(item)
                continue
            name = str(item)
            if not 0 <= code < 256:
                raise Unsupported("bad /Differences")
            ch = adobe_glyphs.get(name)
            if ch is None:
                m = re.fullmatch(r"/uni([0-9A-Fa-f]{4})", name) or re.fullmatch(r"/u([0-9A-Fa-f]{4,6})", name)
                if not m:
                    raise Unsupported(f"glyph name {name}")
                ch = chr(int(m.group(1), 16))
            table[code] = ch
            code += 1
    return table


def load_font(font: Any) -> _Font:
    """Decoding and widths of a font dictionary; raises Unsupported for what it cannot do exactly."""
    f = _Font()
    subtype = str(font.get("/Subtype", ""))
    tu = font.get("/ToUnicode")
    tu = tu.get_object() if tu is not None else None
    if subtype == "/Type0":
        desc = font.get("/DescendantFonts")
        desc = desc.get_object() if desc is not None else None
        if not desc:
            raise Unsupported("Type0 without descendants")
        d = desc[0].get_object()
        if tu is None or not hasattr(tu, "get_data"):
            raise Unsupported("CID font without ToUnicode")
        encoding = font.get("/Encoding")
        encoding = encoding.get_object() if encoding is not None and hasattr(encoding, "get_object") else encoding
        cids: dict[int, int] | None = None  # code -> CID, when an embedded CMap maps them (else CID = code)
        if hasattr(encoding, "get_data"):
            # an embedded CMap (WeasyPrint writes one for each font): horizontal, two-byte codes, each mapped to a CID
            cids = parse_cid_cmap(encoding.get_data())
        elif str(encoding) not in ("/Identity-H",):
            raise Unsupported(f"CID encoding {encoding}")
        chars, code_len = parse_to_unicode(tu.get_data())
        if code_len not in (0, 2):
            raise Unsupported("odd CID code length")
        f.code_len = 2
        f.chars = chars
        f.default_width = _num(d.get("/DW", 1000), 1000)
        w = d.get("/W")
        if w is not None and cids is not None:
            by_cid = _Font()
            _cid_widths(by_cid, w)
            f.widths = {code: by_cid.widths.get(cid, f.default_width) for code, cid in cids.items()}
        elif w is not None:
            _cid_widths(f, w)  # (Identity-H: a code is its CID)
    elif subtype in ("/TrueType", "/Type1", "/MMType1", "/Type3"):
        if tu is not None and hasattr(tu, "get_data"):
            chars, code_len = parse_to_unicode(tu.get_data())
            if code_len not in (0, 1):
                raise Unsupported("multi-byte codes in a simple font")
            f.chars = chars
        else:
            table = _simple_encoding(font)
            f.chars = {i: ch for i, ch in enumerate(table) if ch != "\x00"}
        widths = font.get("/Widths")
        fd = font.get("/FontDescriptor")
        fd = fd.get_object() if fd is not None else None
        core = _core_widths(str(font.get("/BaseFont", ""))) if widths is None and fd is None else None
        if widths is None and _symbolic_core(font) == "ZapfDingbats":
            f.default_width = _DINGBAT_WIDTH
        elif core is not None:
            # one of the standard 14 fonts, which a PDF may name without widths (every viewer knows them):
            # their published metrics place the glyphs exactly, so words are told apart by their gaps even
            # when each character is drawn on its own
            f.widths = {code: core.get(ch, core["default"]) for code, ch in f.chars.items()}
            f.default_width = core["default"]
        elif widths is None and (fd is None or tu is None):
            raise Unsupported("simple font without /Widths (standard 14)")
        if widths is None and fd is not None:
            # an embedded font some generators leave without widths (each glyph is then placed by its own
            # Tm, "glyph by glyph"): an average advance is enough to join the glyphs of a word
            f.approx = True
            f.default_width = _num(fd.get("/AvgWidth", 0)) or _num(fd.get("/MissingWidth", 0)) or 500.0
        elif widths is not None:
            first = int(_num(font.get("/FirstChar", 0)))
            # a Type 3 font's widths are in its own glyph space, which its /FontMatrix maps to text space
            scale = _type3_scale(font) if subtype == "/Type3" else 1.0
            for k, wv in enumerate(list(widths.get_object())[:256]):
                f.widths[first + k] = scale * _num(wv.get_object() if hasattr(wv, "get_object") else wv)
            f.default_width = _num(fd.get("/MissingWidth", 0)) if fd is not None else 0.0
    else:
        raise Unsupported(f"font subtype {subtype}")
    if f.code_len == 1 and typed_apostrophe(f.chars):
        f.chars[APOSTROPHE] = "'"
    for code, ch in f.chars.items():
        if ch == " ":
            f.space_code = code
            sw = f.widths.get(code, f.default_width)
            if sw > 0:
                f.space_width = sw
            break
    return f


APOSTROPHE = 0x27


def typed_apostrophe(chars: dict[int, str]) -> bool:
    """Whether a one-byte font shows the typed ASCII apostrophe as a right quote.

    PostScript's standard encodings (and TeX's, and groff's fonts) name the glyph at 0x27 "quoteright", so
    a text printed through PostScript or typeset reads its typed apostrophes back as "’". The font's codes
    must be ASCII's (a subset font numbers its glyphs in the order they were used, and 0x27 is then any
    glyph): its letters and digits stand at their ASCII codes.
    """
    return chars.get(APOSTROPHE) == "\u2019" and all(chars.get(ord(c)) in (None, c) for c in "Aa0") \
        and sum(chars.get(ord(c)) == c for c in "AEIOUaeiou0123456789") >= 8


# --------------------------------------------------------------- the page ----
def _mult(m: list[float], n: list[float]) -> list[float]:
    return [
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    ]


def _resolve(v: Any) -> Any:
    return v.get_object() if v is not None and hasattr(v, "get_object") else v


def page_content(page: Any) -> bytes:
    contents = _resolve(page.get("/Contents"))
    if contents is None:
        return b""
    if hasattr(contents, "get_data"):
        return contents.get_data()
    parts = []
    for ref in list(contents)[:1000]:
        s = _resolve(ref)
        if not hasattr(s, "get_data"):
            raise Unsupported("content array item is not a stream")
        parts.append(s.get_data())
    return b"\n".join(parts)


class _Lines:
    """pypdf's plain-mode line and space rules, applied to positioned fragments."""

    def __init__(self) -> None:
        self.out: list[str] = []
        self.last = ""          # last character written
        self.end_x: float | None = None  # where the previous fragment ended (user space)
        self.prev_y = 0.0
        self.prev_size = 0.0    # previous fragment's font size in user space
        self.lo = self.hi = 0.0  # baselines on the current line
        self.half_space = 0.0
        self.start_x = 0.0      # where the previous fragment started

    def write(self, s: str) -> None:
        if s:
            self.out.append(s)
            self.last = s[-1]

    def space(self) -> None:
        if self.last not in ("", " ", "\n"):
            self.write(" ")

    def newline(self) -> None:
        if self.last not in ("", "\n"):
            self.write("\n")

    def place(self, x: float, y: float, size: float, half_space: float, approx: bool = False) -> None:
        """Before writing a fragment that starts at (x, y): a newline, a space, or nothing.

        With ``approx`` (the font's widths are guessed) the gap must be a whole em, and a fragment that
        starts left of the previous one on its line (a value drawn over its label's tail) is a new word.
        """
        prev_start, self.start_x = self.start_x, x
        if approx:
            half_space = size
        if self.end_x is None:
            self.lo = self.hi = y
        else:
            distance = 0.0 if self.lo <= y <= self.hi else min(abs(y - self.lo), abs(y - self.hi))
            threshold = 0.8 * min(self.prev_size, size)
            if distance > threshold:
                self.newline()
                self.lo = self.hi = y
            else:
                gap = min(half_space, self.half_space) if self.half_space else half_space
                if abs(y - self.prev_y) > threshold or x - self.end_x >= gap or (approx and x < prev_start - 0.5):
                    self.space()
                if self.last in ("", "\n"):
                    self.lo = self.hi = y
                else:
                    self.lo, self.hi = min(self.lo, y), max(self.hi, y)
        self.prev_y = y
        self.prev_size = size
        self.half_space = half_space


def _decode(font: _Font, s: bytes) -> tuple[str, float, int, int]:
    """(text, sum of glyph widths, glyph count, single-byte spaces) of a string in this font, cached."""
    hit = font.cache.get(s)
    if hit is not None:
        return hit
    chars = font.chars
    widths = font.widths
    dw = font.default_width
    if font.code_len == 1:
        codes: Any = s
    else:
        if len(s) % 2:
            raise Unsupported("odd byte count for a two-byte font")
        codes = [(s[i] << 8) | s[i + 1] for i in range(0, len(s), 2)]
    out = []
    wsum = 0.0
    for c in codes:
        ch = chars.get(c)
        if ch is None:
            raise Unsupported(f"unmapped code {c}")
        out.append(ch)
        wsum += widths.get(c, dw)
    nspaces = s.count(32) if font.code_len == 1 else 0
    hit = ("".join(out), wsum, len(codes), nspaces)
    if len(font.cache) < 4096:
        font.cache[s] = hit
    return hit


def page_text(page: Any, font_cache: dict[Any, _Font] | None = None) -> str:
    """The text of one page, lines separated by "\\n"; raises Unsupported (or anything else) to fall back."""
    return stream_text(_resolve(page.get("/Resources")) or {}, page_content(page), font_cache)


def form_text(form: Any, font_cache: dict[Any, _Font] | None = None) -> str:
    """The text a form XObject draws (an annotation's appearance stream), as :func:`page_text` reads a page's."""
    form = _resolve(form)
    if form is None or not hasattr(form, "get_data"):
        return ""
    return stream_text(_resolve(form.get("/Resources")) or {}, form.get_data(), font_cache)


def stream_text(resources: Any, data: bytes, font_cache: dict[Any, _Font] | None = None) -> str:
    """The text of a content stream drawn with ``resources``; raises Unsupported (or anything else) to fall back."""
    font_cache = {} if font_cache is None else font_cache
    font_dict = _resolve(resources.get("/Font")) or {}
    xobjects = _resolve(resources.get("/XObject")) or {}

    fonts: dict[str, _Font] = {}

    def get_font(name: str) -> _Font:
        if name in fonts:
            f = fonts[name]
        else:
            ref = font_dict.get(name)
            if ref is None:
                raise Unsupported(f"font {name} not in resources")
            key = (ref.idnum, ref.generation) if hasattr(ref, "idnum") else id(ref)
            cached = font_cache.get(key)
            if cached is None:
                try:
                    cached = load_font(_resolve(ref))
                except Unsupported as exc:  # a font set but never used to show text must not stop the page
                    cached = _Font()
                    cached.error = str(exc)
                font_cache[key] = cached
            f = fonts[name] = cached
        return f

    lines = _Lines()
    ctm = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    tm = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    tlm = tm[:]
    font: _Font | None = None
    fs = 12.0
    tc = tw = tl = 0.0
    th = 1.0
    gstack: list[tuple] = []

    def current_font() -> _Font:
        if font is None:
            raise Unsupported("text before Tf")
        if font.error:
            raise Unsupported(font.error)
        return font

    def start(x_off: float) -> list[float]:
        """Place the pen x_off text units after the current point; returns tm x ctm there."""
        f = current_font()
        m = _mult(tm, ctm)
        if m[0] <= 0 or m[3] <= 0 or abs(m[1]) > 1e-3 * m[0] or abs(m[2]) > 1e-3 * m[3]:
            raise Unsupported("rotated or mirrored text")
        lines.place(m[4] + x_off * m[0], m[5], fs * m[3], fs * f.space_width / 2000 * m[0], f.approx)
        return m

    def spaced(text: str, f: _Font) -> str:
        """The words of a string as drawn: one with a character spacing of half a space or more (how Ghostscript sets the word
        space of a PostScript print, "(yN)" with Tc 2.75): each gap between its glyphs is a word's."""
        if f.approx or len(text) < 2:
            return text
        if tc > 0 and tc >= fs * f.space_width / 2000:
            return " ".join(text)
        word = tc + (tw if f.code_len == 1 else 0.0)  # (word spacing moves single-byte spaces only)
        if " " in text and word < 0 and fs * f.space_width / 1000 + word < fs * f.space_width / 2000:
            # ... and a space that the character and word spacing close to less than half its width ("(Tw o)"
            # with Tc -0.88, Tw -1.1: a kern, not a gap) separates no words
            return text.replace(" ", "")
        return text

    def show(s: bytes) -> None:
        m = start(0.0)
        text, wsum, nchars, nspaces = _decode(current_font(), s)
        lines.write(spaced(text, current_font()))
        adv = (wsum * fs / 1000 + tc * nchars + tw * nspaces) * th
        tm[4] += adv * tm[0]
        tm[5] += adv * tm[1]
        lines.end_x = m[4] + adv * m[0]

    def show_array(arr: list) -> None:
        # one TJ: glyph runs and offsets; pypdf adds a space only for a wide negative offset
        m = None
        adv = 0.0  # text-space advance since the start of the array
        # (one array a line of a Word PDF, one item a glyph run: what stays the same is looked up once)
        shown: _Font | None = None  # the font, once the first run has checked it
        wide = 0.95 * font.space_width / 2 if font is not None else 0.0
        out, last = lines.out, lines.last
        accent = ""  # a spacing accent the pen moved back from: set on the letter drawn next
        for n, item in enumerate(arr):
            if isinstance(item, bytes):
                if shown is None:
                    lines.last = last
                    m = start(adv)  # (may write a newline or a space)
                    shown, last = current_font(), lines.last
                text, wsum, nchars, nspaces = _decode(shown, item)
                if accent:
                    text, accent = (accented(text[0], accent) + text[1:] if text else accent), ""
                elif text in ACCENTS and n + 2 < len(arr) and isinstance(arr[n + 2], bytes) \
                        and isinstance(arr[n + 1], (int, float)) and arr[n + 1] >= 0.5 * wsum > 0:
                    # (TeX's OT1 fonts have no accented letters: the accent, the pen moved back, the letter)
                    accent, text = text, ""
                elif text[:1] in BELOW_ACCENTS and last.isalpha() and n and isinstance(arr[n - 1], (int, float)) \
                        and arr[n - 1] >= 0.5 * wsum > 0 and out:
                    # (a cedilla is set after its letter, the pen moved back under it)
                    out[-1], text = out[-1][:-1] + accented(out[-1][-1], text[0]), text[1:]
                if text:
                    out.append(spaced(text, shown))
                    last = text[-1]
                adv += (wsum * fs / 1000 + tc * nchars + tw * nspaces) * th
            elif isinstance(item, (int, float)):
                if font is not None and -item >= wide and last not in ("", " ", "\n"):
                    out.append(" ")
                    last = " "
                adv -= item / 1000 * fs * th
        lines.last = last
        if m is not None:
            lines.end_x = m[4] + adv * m[0]
        tm[4] += adv * tm[0]
        tm[5] += adv * tm[1]

    def next_line(tx: float, ty: float) -> None:
        nonlocal tm, tlm
        tlm = [tlm[0], tlm[1], tlm[2], tlm[3],
               tlm[4] + tx * tlm[0] + ty * tlm[2], tlm[5] + tx * tlm[1] + ty * tlm[3]]
        tm = tlm[:]

    for op, args in operations(data):
        if op == b"TJ":
            if args and isinstance(args[-1], list):
                show_array(args[-1])
        elif op == b"Tj":
            if args and isinstance(args[-1], bytes):
                show(args[-1])
        elif op == b"Td" or op == b"TD":
            if len(args) >= 2:
                tx, ty = _num(args[-2]), _num(args[-1])
                if op == b"TD":
                    tl = -ty
                next_line(tx, ty)
        elif op == b"Tf":
            if len(args) >= 2 and isinstance(args[-2], str):
                font = get_font(args[-2])
                fs = _num(args[-1], fs)
        elif op == b"Tm":
            if len(args) >= 6:
                tm = [_num(a) for a in args[-6:]]
                tlm = tm[:]
        elif op == b"BT":
            tm = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
            tlm = tm[:]
        elif op == b"T*":
            next_line(0.0, -tl)
        elif op == b"'":
            next_line(0.0, -tl)
            if args and isinstance(args[-1], bytes):
                show(args[-1])
        elif op == b'"':
            if len(args) >= 3:
                tw, tc = _num(args[-3]), _num(args[-2])
            next_line(0.0, -tl)
            if args and isinstance(args[-1], bytes):
                show(args[-1])
        elif op == b"q":
            if len(gstack) >= MAX_STACK:
                raise Unsupported("graphics state nested too deep")
            gstack.append((ctm, font, fs, tc, tw, tl, th))
        elif op == b"Q":
            if gstack:
                ctm, font, fs, tc, tw, tl, th = gstack.pop()
        elif op == b"cm":
            if len(args) >= 6:
                ctm = _mult([_num(a) for a in args[-6:]], ctm)
        elif op == b"Tc":
            if args:
                tc = _num(args[-1])
        elif op == b"Tw":
            if args:
                tw = _num(args[-1])
        elif op == b"Tz":
            if args:
                th = _num(args[-1], 100.0) / 100
        elif op == b"TL":
            if args:
                tl = _num(args[-1])
        elif op == b"Do":
            if args and isinstance(args[-1], str):
                xo = _resolve(xobjects.get(args[-1]))
                if xo is not None and str(xo.get("/Subtype", "")) != "/Image":
                    raise Unsupported("form XObject")
                lines.newline()
    return "".join(lines.out)
