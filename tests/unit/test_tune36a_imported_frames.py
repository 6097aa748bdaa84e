"""The official form as a PDF imported into a word processor (LibreOffice's PDF import, a PDF->DOCX converter): every
line of the page is a positioned text frame, all anchored to one paragraph in the PDF's drawing order, so a label
wrapped over two lines beside a two-line answer read label, answer, label, answer, and a label wrapped alone read
its second line as its answer. Our own small files: python-docx documents with the frames written as raw XML."""
from __future__ import annotations

import io
import zipfile

import docx as python_docx
import pytest

import mailbot_parsers as parsers
from mailbot_parsers.docx_form import read_docx

_NS = ('xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
       'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
       'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
       'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')
LINE = 148590          # EMU: one line of 10-point text
ADVANCE = 147320       # the next line of a wrapped paragraph
LABELS, ANSWERS = 1144270, 3887470


def _frame(x: int, y: int, text: str, bold: bool) -> str:
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else "<w:rPr><w:b w:val=\"false\"/></w:rPr>"
    return (f'<w:r><mc:AlternateContent {_NS}><mc:Choice Requires="wps"><w:drawing><wp:anchor>'
            f'<wp:positionH relativeFrom="column"><wp:posOffset>{x}</wp:posOffset></wp:positionH>'
            f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{y}</wp:posOffset></wp:positionV>'
            f'<wp:extent cx="2000000" cy="{LINE}"/><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>'
            f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r></w:p></w:txbxContent></wps:txbx>'
            f'</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice></mc:AlternateContent></w:r>')


def _vml_frame(x: int, y: int, text: str, bold: bool) -> str:
    """The same frame as a converter that writes only VML sets it: a shape placed by its style, in points."""
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return (f'<w:r><w:pict xmlns:v="urn:schemas-microsoft-com:vml"><v:shape style="position:absolute;'
            f'margin-left:{x / 12700:.2f}pt;margin-top:{y / 12700:.2f}pt;width:150pt;height:{LINE / 12700:.2f}pt">'
            f'<v:textbox><w:txbxContent><w:p><w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r></w:p>'
            f'</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')


def _framed_docx(rows: list[tuple[list[str], list[str]]], gap: int = 2 * LINE, vml: bool = False) -> bytes:
    """A page of frames: each row's label lines in the left column and its answer lines in the right one, line by
    line in drawing order (top to bottom, left to right), the rows ``gap`` apart."""
    frames: list[str] = []
    y = 900000
    for label, answer in rows:
        for n in range(max(len(label), len(answer))):
            if n < len(label):
                frames.append((_vml_frame if vml else _frame)(LABELS, y + n * ADVANCE, label[n], True))
            if n < len(answer):
                frames.append((_vml_frame if vml else _frame)(ANSWERS, y + n * ADVANCE, answer[n], False))
        y += max(len(label), len(answer)) * ADVANCE + gap
    doc = python_docx.Document()
    doc.add_paragraph("MARKER")
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            raw = src.read(info.filename)
            if info.filename == "word/document.xml":
                raw = raw.decode("utf-8").replace("<w:r><w:t>MARKER</w:t></w:r>", "".join(frames)).encode("utf-8")
            z.writestr(info.filename, raw)
    return out.getvalue()


FORM: list[tuple[list[str], list[str]]] = [
    (["Proposed Title"], ["Capnography for Procedural ", "Sedation Teams"]),
    (["Name of Proposer"], ["Teodoro Balaguer"]),
    (["Email"], ["tbalaguer@example.com"]),
    (["Existing Program Name (if ", "converting)"], []),
    (["Target Learners"], ["Nurses and respiratory therapists who ", "monitor sedated patients."]),
    (["Rationale / Need"], ["An audit found that fewer than half of staff", "could recognise hypoventilation."]),
    (["Industry / Employment Partner"], ["Harbourview General Hospital"]),
    (["Partner Contact"], ["Meredith Osei, Director of Perioperative", "Services"]),
    (["Alignment with Michener's ", "Education Plan"], ["Patient-safety focus and simulation-",
                                                        "based learning named as priorities."]),
    (["Summative Assessment"], ["Simulated case graded by two assessors."]),
]


def _texts(data: bytes) -> list[str]:
    return [b.text for b in read_docx(data)[0] if b.text.strip()]


@pytest.mark.parametrize("vml", [False, True])
def test_a_line_wrapped_beside_another_columns_lines_joins_the_line_above_it(vml: bool) -> None:
    texts = _texts(_framed_docx(FORM, vml=vml))
    # the label wrapped beside its answer's wrapped lines reads whole, before its answer
    assert texts.index("Alignment with Michener's Education Plan") + 1 == texts.index(
        "Patient-safety focus and simulation-based learning named as priorities.")
    # a label wrapped alone is one label; an answer's wrap with no other column beside it is one answer
    assert "Existing Program Name (if converting)" in texts
    assert "Meredith Osei, Director of Perioperative Services" in texts
    assert "Capnography for Procedural Sedation Teams" in texts


def test_lines_of_a_page_of_frames_read_as_the_forms_answers() -> None:
    r = parsers.parse(_framed_docx(FORM), "imported.docx")
    assert r.is_concept_form
    assert r.fields["education_plan_alignment"] == "Patient-safety focus and simulation-based learning named as priorities."
    assert r.fields["partner_contact"] == "Meredith Osei, Director of Perioperative Services"
    assert r.fields.get("existing_program_name") is None


def test_rows_set_close_together_are_not_joined_into_one_another() -> None:
    # rows one line apart: each row's label starts beside its answer, so neither line continues the one above
    texts = _texts(_framed_docx([(["Name of Proposer"], ["Teodoro Balaguer"]), (["Email"], ["t@example.com"]),
                                 (["Phone"], ["647-555-0163"])] * 3, gap=0))
    assert texts[:6] == ["Name of Proposer", "Teodoro Balaguer", "Email", "t@example.com", "Phone", "647-555-0163"]


def test_a_new_item_or_a_new_sentence_is_no_wrap() -> None:
    texts = _texts(_framed_docx([(["Learning Outcomes"], ["1. Interpret waveforms ", "during sedation.",
                                                          "2. Escalate using SBAR."]),
                                 (["Rationale / Need"], ["The audit found gaps.", "Staff asked for training."])] * 4))
    assert "1. Interpret waveforms during sedation." in texts and "2. Escalate using SBAR." in texts
    assert "The audit found gaps." in texts and "Staff asked for training." in texts


def test_a_few_frames_beside_a_text_are_read_as_before() -> None:
    # under FRAMED_PAGE_MIN frames: a text box or two beside the body, read box by box as always
    texts = _texts(_framed_docx([(["Rationale / Need"], ["One line ", "and its wrap"])]))
    assert texts == ["Rationale / Need", "One line ", "and its wrap"]
