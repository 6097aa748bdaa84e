"""Inbound text as it may appear in mailbot's own emails. Pure code.

Two rules. Every value loses control and bidirectional-override characters, and a value of
several lines is indented under its first, so a form value can never pass for a paragraph of
mailbot's own instructions. Answers to people mailbot knows nothing about (no application, no
readable form) echo their words only in a short, sanitised form without URLs: mailbot must not
become a way to deliver an outsider's text to a forged address.
"""
from __future__ import annotations

import re

__all__ = ["short_echo", "text_value", "visible"]

# C0 and C1 controls except TAB and LF; the bidi embeddings, overrides and isolates; BOM.
_INVISIBLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
# Anything a mail client could turn into a link: a scheme, www., an address or a dotted name.
_LINKISH = re.compile(
    r"(?i)(?:\b[a-z][a-z0-9+.-]{0,20}://\S*|\b(?:mailto|data|javascript|vbscript|file|tel|sms|callto|ms-[a-z-]+):\S*"
    r"|\bwww\.\S*|\S+@\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b\S*)")
_WS = re.compile(r"\s+")
CONTINUATION = "\n    "


def visible(value: str) -> str:
    """``value`` without control (except tab and newline) or bidi-override characters."""
    if value.isprintable():
        # Printable excludes every character _INVISIBLE removes (all are Unicode Cc or Cf) and
        # CR/LF: most values are one plain line, and a digest renders tens of thousands of them.
        return value
    return _INVISIBLE.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))


def text_value(value: str) -> str:
    """A value for the plain-text part: visible characters only, later lines indented."""
    if value.isprintable():  # one line with nothing to remove (see visible)
        return value.rstrip()
    lines = visible(value).strip("\n").split("\n")
    return CONTINUATION.join(line.rstrip() for line in lines)


def short_echo(value: str, limit: int = 40) -> str:
    """A few words of an outsider's text, safe to repeat to them: no links, no controls, short."""
    text = _LINKISH.sub(" ", visible(value))
    text = _WS.sub(" ", re.sub(r"[<>\[\]{}|\\`]", " ", text)).strip(" .,:;-")
    if len(text) > limit:
        text = text[:limit].rsplit(" ", 1)[0].rstrip(" .,:;-") + "…"
    return text
