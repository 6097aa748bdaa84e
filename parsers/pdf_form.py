"""Read a PDF concept form: AcroForm fields first, then the text layer.

Field names are matched to keys directly, through their words ("ProposedTitle"),
or through their tooltip (/TU) when the name means nothing ("Text7"). Check
boxes named like ``Format_Online`` form a group for one choice field. When the
form has no fields, the text layer is read line by line with the same label
matching as DOCX. A PDF without a text layer is reported as scanned.
"""
from __future__ import annotations

import io
import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from . import pdf_layout, pdftext
from .errors import DamagedFile, EncryptedFile, TooLarge
from .fields import FIELDS_BY_KEY, FieldValue
from .labels import LabelMatch, match_identifier, match_label, split_identifier
from .layout import Block, Direct
from .normalise import choice_code, clean, to_value

if TYPE_CHECKING:  # pypdf is imported where it is used
    from pypdf import PageObject, PdfReader

MAX_PAGES = 50
MIN_FAST_TEXT = 20  # letters and digits below which a page is read again by pypdf
TOOLTIP_MIN = 0.75
_OFF = {"/off", "off", "", "/no", "no", "false", "0"}

logging.getLogger("pypdf").setLevel(logging.ERROR)


@dataclass
class PdfContent:
    blocks: list[Block] = field(default_factory=list)
    directs: list[Direct] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)
    pages: int = 0
    has_text: bool = False
    text: str = ""


def read_pdf(data: bytes, filename: str = "", max_pages: int = MAX_PAGES) -> PdfContent:
    """Fields and text lines of a PDF; raises DamagedFile / EncryptedFile / TooLarge."""
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError

    if b"%PDF-" not in data[:1024]:
        raise DamagedFile("no %PDF header", filename)
    out = PdfContent()
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception as exc:  # unsupported cipher etc.: we cannot open it either way
                raise EncryptedFile(f"cannot decrypt: {exc}", filename) from exc
            if not ok:
                raise EncryptedFile("needs a password", filename)
        out.pages = len(reader.pages)
        if out.pages > max_pages:
            raise TooLarge(f"{out.pages} pages", filename)
        try:
            meta: dict[Any, Any] = reader.metadata or {}
            out.metadata = {str(k): str(v) for k, v in meta.items()}
        except Exception:
            out.metadata = {}
        out.directs = _acroform(reader)
        if len(out.directs) >= 3:
            # a real form: its fields are the answers; the text layer holds only labels and captions
            out.has_text = True
            return out
        page_lines: list[list[str]] = []
        fonts: dict = {}  # decoded fonts, shared by the pages that use the same font objects
        for page in reader.pages:
            text = _page_text(page, fonts)
            page_lines.append([ln for ln in text.splitlines()])
    except (EncryptedFile, TooLarge):
        raise
    except FileNotDecryptedError as exc:
        raise EncryptedFile(str(exc), filename) from exc
    except RecursionError as exc:
        raise DamagedFile("reference loop", filename) from exc
    except MemoryError as exc:
        raise DamagedFile("content too large", filename) from exc
    except Exception as exc:  # pypdf raises many types for broken files; all mean "damaged"
        raise DamagedFile(f"{type(exc).__name__}: {exc}", filename) from exc
    lines = _drop_furniture(page_lines)
    out.text = "\n".join(lines)
    out.has_text = sum(c.isalnum() for c in out.text) >= 20
    out.blocks = _grid_blocks(data, max_pages) if out.has_text else []
    if not out.blocks:
        out.blocks = [Block(text=ln, line=True) for ln in lines if ln.strip()]
    return out


def _grid_blocks(data: bytes, max_pages: int) -> list[Block]:
    """Label/answer pairs of a printed or flattened form laid out in two columns; [] for other layouts."""
    rules: list[pdf_layout.Rule] = []
    pages = pdf_layout.page_lines(data, max_pages, rules)
    x = pdf_layout.answer_column(pages)
    if x is None:
        return []
    blocks = []
    for item in pdf_layout.column_pairs(pages, x, rules):
        if isinstance(item, str):
            blocks.append(Block(text=item, line=True))
        else:
            blocks.append(Block(pair_label=item.label, answer=[Block(text=a, line=True) for a in item.answer]))
    return blocks


def _alnum(text: str) -> int:
    return sum(c.isalnum() for c in text)


def _page_text(page: PageObject, fonts: dict) -> str:
    """The page's text from the fast extractor, or from pypdf when it cannot read the page or finds little."""
    try:
        text = pdftext.page_text(page, fonts)
    except (RecursionError, MemoryError):
        raise
    except Exception:  # Unsupported, or anything odd: pypdf decides (and raises DamagedFile if broken)
        text = None
    if text is not None and _alnum(text) >= MIN_FAST_TEXT:
        return text
    slow = page.extract_text() or ""
    if text is None or _alnum(slow) > _alnum(text):
        return slow
    return text


def _drop_furniture(pages: list[list[str]]) -> list[str]:
    """Remove running headers/footers (repeated on several pages) and page numbers."""
    counts: Counter[str] = Counter()
    for lines in pages:
        for ln in set(clean(x) for x in lines[:3] + lines[-3:]):
            if ln:
                counts[ln] += 1
    repeated = {ln for ln, n in counts.items() if n >= 2 and len(pages) >= 2}
    out = []
    for page_no, lines in enumerate(pages, 1):
        for n, ln in enumerate(lines):
            c = clean(ln)
            edge = n < 3 or n >= len(lines) - 3
            if edge and (c in repeated or _is_page_number(c, page_no)):
                continue
            out.append(ln.replace("\uf0b7", "•").replace("\uf0a7", "▪"))
    return out


def _is_page_number(line: str, page_no: int) -> bool:
    """'Page 2', '2 of 5', '- 2 -' or a bare number equal to the page's own number."""
    if re.match(r"^(?:page\s*\d{1,3}(?:\s*(?:/|of)\s*\d{1,3})?|\d{1,3}\s*(?:/|of)\s*\d{1,3}|-\s*\d{1,3}\s*-)$", line, re.I):
        return True
    return line.isdigit() and int(line) == page_no


def _name_value(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, (list, tuple)):
        return "; ".join(_name_value(x) for x in v)
    s = str(v)
    return s[1:] if s.startswith("/") else s


def _acroform(reader: PdfReader) -> list[Direct]:
    try:
        fields = reader.get_fields() or {}
    except Exception:
        return []
    found: dict[str, Direct] = {}
    groups: dict[str, list[str]] = {}
    for name, fdict in fields.items():
        ft = str(fdict.get("/FT", ""))
        value = fdict.get("/V")
        tooltip = str(fdict.get("/TU", "") or "")
        m = match_identifier(str(name))
        if (m is None or m.score < 0.9) and tooltip:
            # the tooltip is the field's own label: read it as a table label is read
            m2 = match_label(clean(tooltip).rstrip(":").strip())
            if m2 and m2.score >= TOOLTIP_MIN and (m is None or m2.score > m.score):
                m = LabelMatch(m2.key, max(m2.score, 0.9), m2.variant)
        if ft == "/Btn":
            raw = _name_value(value)
            flags = int(fdict.get("/Ff", 0) or 0)
            is_radio = bool(flags & (1 << 15))
            if m is not None and m.score >= 0.9 and FIELDS_BY_KEY.get(m.key) and FIELDS_BY_KEY[m.key].type == "choice" and is_radio:
                code = _export_code(m.key, raw)
                found.setdefault(m.key, Direct(m.key, code, "acroform", str(name)))
                continue
            # a check box: one option of a choice field, named Prefix_Option (or with a tooltip)
            if raw.lower() in _OFF or raw.lower() == "off":
                key, option = _checkbox_option(str(name), tooltip)
                if key:
                    groups.setdefault(key, [])
                continue
            key, option = _checkbox_option(str(name), tooltip)
            if key:
                groups.setdefault(key, []).append(option if raw.lower() in ("yes", "on", "1", "true") else raw + " " + option)
            continue
        if m is None or m.score < 0.9 or m.key.startswith("_"):
            continue
        text = _name_value(value)
        f = FIELDS_BY_KEY[m.key]
        if f.type == "choice":
            v: FieldValue | None = _export_code(m.key, text)
        else:
            v = to_value(m.key, [(ln, False) for ln in text.replace("\r", "\n").split("\n")])
        if m.key not in found or found[m.key].value in (None, "", []):
            found[m.key] = Direct(m.key, v, "acroform", str(name), 1.0 if m.score >= 1.0 else 0.9)
    for key, options in groups.items():
        if key in found and found[key].value is not None:
            continue
        code = next((c for c in (_option_code(key, o) for o in options) if c), None)
        found[key] = Direct(key, code, "acroform", key, 0.9)
    return list(found.values())


def _option_code(key: str, option: str) -> str | None:
    """'Letter' -> letter_attached: an option name may be one word of a choice phrase."""
    words = split_identifier(option)
    code = choice_code(key, words)
    if code:
        return code
    low = set(words.lower().split())
    for c, phrases in FIELDS_BY_KEY[key].choices.items():
        if any(low & set(p.lower().split()) for p in phrases):
            return c
    return None


def _export_code(key: str, raw: str) -> str | None:
    if not raw or raw.lower() in _OFF:
        return None
    if raw in FIELDS_BY_KEY[key].choices:
        return raw
    return choice_code(key, split_identifier(raw)) or choice_code(key, raw)


def _checkbox_option(name: str, tooltip: str) -> tuple[str | None, str]:
    base = name.rsplit(".", 1)[-1]
    for sep in ("_", "-", ".", " "):
        if sep in base:
            prefix, option = base.split(sep, 1)
            m = match_identifier(prefix)
            if m and m.score >= 0.75 and FIELDS_BY_KEY.get(m.key) and FIELDS_BY_KEY[m.key].type == "choice":
                return m.key, option
    words = split_identifier(base).split()
    for k in range(len(words) - 1, 0, -1):
        m = match_label(" ".join(words[:k]))
        if m and m.score >= 0.75 and FIELDS_BY_KEY.get(m.key) and FIELDS_BY_KEY[m.key].type == "choice":
            return m.key, " ".join(words[k:])
    if tooltip:
        for key in ("request_type", "endorsement_status", "delivery_format"):
            if choice_code(key, tooltip):
                return key, tooltip
    return None, ""
