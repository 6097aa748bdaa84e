"""Decide what a file is from its bytes; the name and content type only break ties."""
from __future__ import annotations

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def sniff(data: bytes, filename: str = "", content_type: str | None = None) -> str:
    """One of "docx", "pdf", "doc", "image", "calendar", "text", "zip", "rtf", "unknown"."""
    head = data[:2048]
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        window = data[:262144]
        if b"word/" in window or filename.lower().endswith((".docx", ".docm", ".dotx")):
            return "docx"
        return "zip"
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if head.startswith(OLE_MAGIC):
        return "doc"
    if head.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*", b"BM")) or (
        head[:4] == b"RIFF" and head[8:12] == b"WEBP"
    ):
        return "image"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.upper().startswith(b"BEGIN:VCALENDAR"):
        return "calendar"
    if b"\x00" not in head:
        try:
            data[:65536].decode("utf-8")
            return "text"
        except UnicodeDecodeError as exc:
            if exc.start > 65530:
                return "text"
    return "unknown"
