"""A fillable PDF whose radio group was filled by a tool that set only the widgets' appearance states (/AS) and left
the group's value (/V) unset: a viewer shows the chosen button on, so the question is answered, never "missing".
Built here with pypdf."""
from __future__ import annotations

import io

from pypdf import PdfReader

from mailbot_parsers.pdf_form import _acroform, _widget_texts
from mailbot_parsers.pdf_layout import page_lines
from tests.unit.samples import radio_group_pdf

CAPTIONS = ["Letter of support attached", "Confirmed – letter to follow", "In discussion", "None yet"]


def _form(shown: int | None) -> bytes:
    """A radio group "Group2" (states Choice1..4) captioned on the page, the button ``shown`` (1-based) on by its
    appearance state only."""
    return radio_group_pdf("Group2", "Endorsement Status", CAPTIONS, shown=shown, label="Endorsement Status",
                           need_appearances=False)


def _read(data: bytes) -> dict[str, object]:
    reader = PdfReader(io.BytesIO(data))
    return {d.key: d.value for d in _acroform(reader, lambda: _widget_texts(reader, page_lines(data, 5)))}


def test_a_button_shown_on_by_its_appearance_answers_the_group() -> None:
    assert _read(_form(shown=2)).get("endorsement_status") == "confirmed"
    assert _read(_form(shown=4)).get("endorsement_status") == "none"


def test_no_button_shown_on_is_no_answer() -> None:
    assert _read(_form(shown=None)).get("endorsement_status") is None
