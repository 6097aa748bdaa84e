"""Word's "Strict Open XML Document" saves, read as ordinary (transitional) ones.

ISO/IEC 29500 has two conformance classes. Word's "Word Document (*.docx)" writes the transitional one, whose
namespaces are the ``http://schemas.openxmlformats.org/...`` names every reader knows; its "Strict Open XML Document"
writes the same elements under ``http://purl.oclc.org/ooxml/...`` names (ISO/IEC 29500-1, annex A), and a reader that
looks for the transitional names finds no body and calls the file damaged. The elements this package reads have the
same local names and structure in both classes, so a Strict part is read by naming its namespaces (and relationship
types, which share them) as the transitional class does: the part's bytes, never a document's text, are rewritten.
"""
from __future__ import annotations

import re

STRICT_ROOT = b"http://purl.oclc.org/ooxml/"
# the transitional WordprocessingML namespace: the name every DOCX reader of this package looks elements up by
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
# http://purl.oclc.org/ooxml/<group>/<name> -> http://schemas.openxmlformats.org/<group>/2006/<name>
_STRICT = re.compile(rb"http://purl\.oclc\.org/ooxml/(wordprocessingml|drawingml|officeDocument|spreadsheetml|"
                     rb"presentationml)/([A-Za-z]+)")
# the two names the classes spell differently (document properties); every other name is the same in both
_RENAMED = {b"extendedProperties": b"extended-properties", b"customProperties": b"custom-properties"}


def _transitional_name(m: re.Match[bytes]) -> bytes:
    group, name = m.group(1), m.group(2)
    return b"http://schemas.openxmlformats.org/" + group + b"/2006/" + _RENAMED.get(name, name)


def is_strict(raw: bytes) -> bool:
    """Whether an XML part declares a namespace of the Strict class."""
    return STRICT_ROOT in raw


def transitional(raw: bytes) -> bytes:
    """An XML part of a package with its Strict namespace names (and relationship types) replaced by the
    transitional ones; a transitional part comes back as it is (the same object)."""
    if STRICT_ROOT not in raw:
        return raw
    return _STRICT.sub(_transitional_name, raw)
