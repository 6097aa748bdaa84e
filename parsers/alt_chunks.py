"""A DOCX body imported from another format: ``w:altChunk`` (HTML, MHT or plain text) read as Word would show it.

Web portals "export to Word" by writing the whole form as an HTML part and putting only
``<w:altChunk r:id="…"/>`` in ``word/document.xml``: Word imports the part when it opens the file,
python-docx and a reader of document.xml see an empty page. The part is turned here into the
WordprocessingML the import makes of it (paragraphs, headings, list items, tables with their cells,
bold runs, tick boxes), so the reader that walks the body reads it like any other table form.
A chunk that is a Word document of its own or RTF is not read (the caller sees nothing there).
"""
from __future__ import annotations

import codecs
import email
import posixpath
import re
from collections.abc import Callable
from email.message import Message

from lxml import etree, html

from .strict_ooxml import W

R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_w = f"{{{W}}}"

MAX_CHUNK_BYTES = 5 * 1024 * 1024  # an HTML part larger than this is no form (the zip checks bound it already)

_BLOCKS = frozenset("p div h1 h2 h3 h4 h5 h6 blockquote pre address section article header footer main form "
                    "fieldset legend center dt dd caption figure figcaption nav aside dl".split())
_SKIP = frozenset("head script style title meta link noscript template iframe object select option button "
                  "svg math".split())
_CHARSET = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold(?:er)?|[6-9]00)\b", re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def chunk_targets(rels_xml: etree._Element | None) -> dict[str, str]:
    """Relationship id -> part name (from ``word/``) of a document's relationships."""
    out: dict[str, str] = {}
    if rels_xml is None:
        return out
    for rel in rels_xml.iter(f"{{{PKG_RELS}}}Relationship"):
        rid, target = rel.get("Id"), rel.get("Target") or ""
        if not rid or not target or rel.get("TargetMode") == "External":
            continue
        name = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("word", target))
        out[rid] = name
    return out


def chunk_elements(raw: bytes) -> list[etree._Element]:
    """The body elements (``w:p``, ``w:tbl``) Word makes of an altChunk part's bytes; [] for what it cannot be."""
    if not raw or len(raw) > MAX_CHUNK_BYTES or raw[:2] == b"PK" or raw.lstrip()[:5] == b"{\\rtf":
        return []  # (a Word document or RTF of its own: not read here)
    head = raw[:4096]
    if re.match(rb"\s*(?:MIME-Version|Content-Type)\s*:", head, re.I):
        raw = _html_of_mht(raw)
        head = raw[:4096]
    text = _decoded(raw)
    if re.search(r"<\s*(?:html|body|table|p|div|h[1-6]|ul|ol)\b", text[:4096], re.I):
        return _Builder().document(text)
    # plain text: a paragraph a line
    return [_paragraph([(line, False)]) for line in text.splitlines() if line.strip()]


def _html_of_mht(raw: bytes) -> bytes:
    """The HTML of a web archive (MHT: a MIME message whose first text/html part is the page)."""
    msg: Message = email.message_from_bytes(raw)
    for part in msg.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                charset = part.get_content_charset()
                if charset:
                    return f'<meta charset="{charset}">'.encode() + payload
                return payload
    return b""


def _decoded(raw: bytes) -> str:
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            return raw.decode(enc, errors="replace")
    m = _CHARSET.search(raw[:4096])
    enc = m.group(1).decode("ascii", errors="ignore") if m else "utf-8"
    try:
        codecs.lookup(enc)
    except LookupError:
        enc = "utf-8"
    try:
        return raw.decode(enc)
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _el(tag: str, **attrs: str) -> etree._Element:
    el = etree.Element(f"{_w}{tag}", nsmap={"w": W})
    for k, v in attrs.items():
        el.set(f"{_w}{k}", v)
    return el


def _paragraph(runs: list[tuple[str, bool]], style: str = "", list_level: int | None = None) -> etree._Element:
    """A ``w:p`` of text pieces (each with whether it is bold); "\\n" is a line break."""
    p = _el("p")
    if style or list_level is not None:
        ppr = etree.SubElement(p, f"{_w}pPr")
        if style:
            etree.SubElement(ppr, f"{_w}pStyle").set(f"{_w}val", style)
        if list_level is not None:
            num = etree.SubElement(ppr, f"{_w}numPr")
            etree.SubElement(num, f"{_w}ilvl").set(f"{_w}val", str(min(list_level, 8)))
            etree.SubElement(num, f"{_w}numId").set(f"{_w}val", "1")
    for text, bold in runs:
        for n, piece in enumerate(text.split("\n")):
            r = etree.SubElement(p, f"{_w}r")
            if bold:
                etree.SubElement(etree.SubElement(r, f"{_w}rPr"), f"{_w}b")
            if n:
                etree.SubElement(r, f"{_w}br")
            if piece:
                t = etree.SubElement(r, f"{_w}t")
                t.text = piece
                t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return p


class _Builder:
    """HTML elements -> WordprocessingML body elements, as Word's HTML import lays them out."""

    def document(self, text: str) -> list[etree._Element]:
        try:
            root = html.document_fromstring(text)
        except (etree.ParserError, ValueError):
            return []
        body = root.find("body")
        out: list[etree._Element] = []
        self._flow(body if body is not None else root, out, bold=False, list_level=None)
        return out

    def _flow(self, el: etree._Element, out: list[etree._Element], bold: bool, list_level: int | None,
              style: str = "") -> None:
        """Append the paragraphs and tables of ``el``'s content to ``out``."""
        runs: list[tuple[str, bool]] = []

        def flush() -> None:
            if "".join(t for t, _ in runs).strip():
                out.append(_paragraph(_trimmed(runs), style, list_level))
            runs.clear()

        if el.text:
            runs.append((_spaced(el.text), bold))
        for child in el:
            tag = child.tag.lower() if isinstance(child.tag, str) else ""
            if tag and tag not in _SKIP and not _hidden(child):
                child_bold = bold or tag in ("b", "strong", "th") or bool(_BOLD_STYLE.search(child.get("style", "")))
                if tag == "table":
                    flush()
                    out.append(self._table(child, child_bold))
                elif tag in ("ul", "ol", "menu"):
                    flush()
                    level = 0 if list_level is None else list_level + 1
                    for item in child:
                        if isinstance(item.tag, str) and item.tag.lower() == "li":
                            self._flow(item, out, child_bold or _is_bold(item), level)
                        elif isinstance(item.tag, str):
                            self._flow(item, out, child_bold, level)
                elif tag == "li":
                    flush()
                    self._flow(child, out, child_bold, 0 if list_level is None else list_level)
                elif tag in _BLOCKS or tag == "tr" or _holds_blocks(child):
                    # (a block inside an inline element, "<span><p>…</p></span>", breaks the line as the block does)
                    flush()
                    heading = re.fullmatch(r"h([1-6])", tag)
                    self._flow(child, out, child_bold, list_level, f"Heading{heading.group(1)}" if heading else "")
                elif tag == "br":
                    runs.append(("\n", child_bold))
                elif tag == "hr":
                    flush()
                elif tag == "input":
                    kind = (child.get("type") or "").lower()
                    if kind in ("checkbox", "radio"):
                        runs.append(("☒ " if child.get("checked") is not None else "☐ ", child_bold))
                    elif child.get("value"):
                        runs.append((child.get("value") or "", child_bold))
                elif tag == "textarea":
                    runs.append((child.text_content(), child_bold))
                else:
                    self._inline(child, runs, child_bold)
            if child.tail:
                runs.append((_spaced(child.tail), bold))
        flush()

    def _inline(self, el: etree._Element, runs: list[tuple[str, bool]], bold: bool) -> None:
        """An inline element's text into ``runs``."""
        if el.text:
            runs.append((_spaced(el.text), bold))
        for child in el:
            tag = child.tag.lower() if isinstance(child.tag, str) else ""
            if tag and tag not in _SKIP and not _hidden(child):
                if tag == "br":
                    runs.append(("\n", bold))
                elif tag == "input" and (child.get("type") or "").lower() in ("checkbox", "radio"):
                    runs.append(("☒ " if child.get("checked") is not None else "☐ ", bold))
                else:
                    self._inline(child, runs, bold or tag in ("b", "strong") or _is_bold(child))
            if child.tail:
                runs.append((_spaced(child.tail), bold))

    def _table(self, table: etree._Element, bold: bool) -> etree._Element:
        tbl = _el("tbl")
        pending: dict[int, int] = {}  # grid column -> rows still covered by a cell merged down from above
        for tr in _rows_of(table):
            row = etree.SubElement(tbl, f"{_w}tr")
            col = 0
            cells = [c for c in tr if isinstance(c.tag, str) and c.tag.lower() in ("td", "th") and not _hidden(c)]
            for cell in [*cells, None]:
                while pending.get(col, 0) > 0:
                    # the continuation of a cell merged down (rowspan): an empty cell that says so, as Word writes it
                    tc = etree.SubElement(row, f"{_w}tc")
                    etree.SubElement(etree.SubElement(tc, f"{_w}tcPr"), f"{_w}vMerge")
                    etree.SubElement(tc, f"{_w}p")
                    pending[col] -= 1
                    col += 1
                if cell is None:
                    break
                span = _int(cell.get("colspan"), 1)
                down = _int(cell.get("rowspan"), 1)
                tc = etree.SubElement(row, f"{_w}tc")
                if span > 1 or down > 1:
                    pr = etree.SubElement(tc, f"{_w}tcPr")
                    if span > 1:
                        etree.SubElement(pr, f"{_w}gridSpan").set(f"{_w}val", str(span))
                    if down > 1:
                        etree.SubElement(pr, f"{_w}vMerge").set(f"{_w}val", "restart")
                        pending[col] = down - 1
                content: list[etree._Element] = []
                cell_bold = bold or cell.tag.lower() == "th" or _is_bold(cell)
                self._flow(cell, content, cell_bold, None)
                for el in content:
                    tc.append(el)
                if not content or content[-1].tag != f"{_w}p":
                    etree.SubElement(tc, f"{_w}p")  # (a cell ends with a paragraph)
                col += span
        return tbl


def _holds_blocks(el: etree._Element) -> bool:
    return any(isinstance(d.tag, str) and d.tag.lower() in _BLOCK_LIKE for d in el.iterdescendants())


_BLOCK_LIKE = _BLOCKS | {"table", "ul", "ol", "li", "tr"}


def _rows_of(table: etree._Element) -> list[etree._Element]:
    rows: list[etree._Element] = []
    for child in table:
        tag = child.tag.lower() if isinstance(child.tag, str) else ""
        if tag == "tr":
            rows.append(child)
        elif tag in ("thead", "tbody", "tfoot"):
            rows.extend(c for c in child if isinstance(c.tag, str) and c.tag.lower() == "tr")
    return rows


def _int(value: str | None, default: int) -> int:
    try:
        return max(1, min(int(value or default), 50))
    except ValueError:
        return default


def _is_bold(el: etree._Element) -> bool:
    return bool(_BOLD_STYLE.search(el.get("style", "")))


def _hidden(el: etree._Element) -> bool:
    return el.get("hidden") is not None or bool(_HIDDEN_STYLE.search(el.get("style", "")))


def _spaced(text: str) -> str:
    """HTML white space as a browser shows it: runs of spaces and line ends are one space (no-break spaces stay)."""
    return re.sub(r"[ \t\r\n\f]+", " ", text)


def _trimmed(runs: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """The paragraph's pieces without the white space at its start and end and around its line breaks."""
    text_runs = [(t, b) for t, b in runs if t]
    if not text_runs:
        return []
    out = list(text_runs)
    out[0] = (out[0][0].lstrip(" "), out[0][1])
    out[-1] = (out[-1][0].rstrip(" "), out[-1][1])
    return [(re.sub(r" *\n *", "\n", t), b) for t, b in out if t]


def resolver(read_part: Callable[[str], bytes | None], rels: dict[str, str]) -> Callable[[str], list[etree._Element]]:
    """A function from an altChunk's relationship id to the body elements of its part."""
    def elements(rid: str) -> list[etree._Element]:
        name = rels.get(rid)
        if not name:
            return []
        return chunk_elements(read_part(name) or b"")
    return elements
