"""The parse cache answers a repeated attachment from memory without holding attachments' bytes."""
from __future__ import annotations

import gc
import tracemalloc

import mailbot_parsers as parsers
from mailbot.intake.caps import ParseCache
from mailbot.intake.table import ParsedDocument
from mailbot.mail.message import Attachment


def _extract(att: Attachment) -> ParsedDocument:
    return ParsedDocument(att, result=parsers.ParseResult(is_concept_form=False, kind="not_a_form", file_type="pdf"))


def test_a_repeated_attachment_is_parsed_once_and_returned_with_the_callers_attachment() -> None:
    calls: list[Attachment] = []
    cache = ParseCache(lambda a: (calls.append(a), _extract(a))[1], size=4)
    first = Attachment("f.pdf", "application/pdf", b"%PDF-1.4 same bytes")
    again = Attachment("f.pdf", "application/pdf", b"%PDF-1.4 same bytes", origin="forwarded")
    assert cache(first).result == cache(again).result
    assert len(calls) == 1 and cache.hits == 1
    assert cache(again).attachment is again


def test_remembered_documents_do_not_keep_the_attachments_bytes_alive() -> None:
    cache = ParseCache(_extract, size=256)
    tracemalloc.start()
    try:
        for n in range(20):
            cache(Attachment(f"f{n}.pdf", "application/pdf", bytes([n]) * 2_000_000))
        gc.collect()
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # 40 MB of attachments went through the cache; what it remembers is the 20 results, not their bytes
    assert len(cache._results) == 20
    assert held < 2_000_000, held
