"""HTML mail bodies as plain text: the visible text, without the quoted history.

One converter for every reader of HTML mail (the inbound message's text, commands by reply),
so a reply reads the same whichever part of mailbot looks at it.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

__all__ = ["html_to_text"]

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)

_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})
_BLOCK = frozenset({
    "address", "article", "aside", "dd", "div", "dl", "dt", "footer", "form", "h1", "h2", "h3", "h4", "h5",
    "h6", "header", "li", "ol", "pre", "section", "table", "tr", "ul",
})
_SKIP_TAGS = frozenset({"blockquote", "head", "script", "style", "title", "template"})
_SKIP_CLASSES = frozenset({"gmail_quote", "gmail_quote_container", "yahoo_quoted", "moz-cite-prefix"})
# Outlook puts the quoted original after these markers as *siblings*, not inside them, so
# everything from the marker on is history.
_STOP_IDS = ("appendonsend", "divrplyfwdmsg")


class _TextExtractor(HTMLParser):
    """Collects visible text; linear in the input (no re-joining of what was collected)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.newlines = 0  # newlines at the end of the output; only their count matters
        self.skipping: list[str] = []  # open tags inside the element being skipped
        self.stopped = False
        self.p_blank = True  # whether the open <p> is a real paragraph (not an Outlook line)

    def _text(self) -> str:
        return "".join(self.parts)

    def _break(self, blank: bool = False) -> None:
        if not self.parts:
            return
        while self.newlines < (2 if blank else 1):
            self.parts.append("\n")
            self.newlines += 1

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.stopped:
            return
        if self.skipping:
            if tag not in _VOID:
                self.skipping.append(tag)
            return
        values = {k: (v or "") for k, v in attrs}
        element_id = values.get("id", "").lower()
        if any(marker in element_id for marker in _STOP_IDS):
            self.stopped = True
            return
        classes = set(values.get("class", "").split())
        if tag in _SKIP_TAGS or classes & _SKIP_CLASSES:
            if tag not in _VOID:
                self.skipping.append(tag)
            return
        if tag == "br":
            self.parts.append("\n")
            self.newlines += 1
        elif tag == "p":
            # Outlook writes every line as <p class=MsoNormal> with no margin.
            self.p_blank = "msonormal" not in {c.lower() for c in classes}
            self._break(blank=self.p_blank)
        elif tag in _BLOCK or tag == "hr":
            self._break()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _VOID:
            # "<div/>" opens nothing; treat as a void element.
            if self.skipping or self.stopped:
                return
            self._break()
            return
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if self.stopped:
            return
        if self.skipping:
            # Pop up to the matching tag: mail HTML often leaves <p> and <li> unclosed.
            if tag in self.skipping:
                while self.skipping and self.skipping.pop() != tag:
                    pass
            return
        if tag == "p":
            self._break(blank=self.p_blank)
        elif tag in _BLOCK:
            self._break()

    def handle_data(self, data: str) -> None:
        if self.stopped or self.skipping:
            return
        text = re.sub(r"[ \t\r\n\f]+", " ", data)
        if self.newlines or not self.parts:
            # Source indentation at the start of a line is not text; a &nbsp; line is.
            text = text.lstrip(" ")
        if text:
            self.parts.append(text)
            self.newlines = 0


def html_to_text(html: str) -> str:
    """Visible text of an HTML mail body, without the quoted history.

    Drops <blockquote>, Gmail's ``div.gmail_quote``, Yahoo's and Thunderbird's quote wrappers,
    <head>/<style>/<script>, and everything from Outlook's ``#appendonsend`` or
    ``#divRplyFwdMsg`` marker onwards. Block elements and <br> become line breaks; lines are
    stripped; at most one blank line separates paragraphs.
    """
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    text = parser._text().replace("\xa0", " ").translate(_ZERO_WIDTH)
    lines = [line.strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
