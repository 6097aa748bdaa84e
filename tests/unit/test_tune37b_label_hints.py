"""A form saved as a web page and printed from the browser: labels in a left column, a label wrapped over lines
("Competencies / Skills" over "Targeted [R1]") with a hint in brackets under it, and a list answer beside it
whose items stand level with the label's later lines and the hint. The label's tail and its hint are no labels of
their own: the whole list is the label's answer. Built here with fpdf2."""
from __future__ import annotations

import mailbot_parsers as parsers
from tests.unit.samples import letter_pdf, pdf_bytes

PITCH = 12.5  # the answers' lines and the labels' (10 pt); a hint is set smaller (8 pt), 10 apart


def _form() -> bytes:
    pdf = letter_pdf()
    pdf.set_font("helvetica", "B", 13)
    pdf.text(52, 50, "Micro-Course / Credential Concept Form")
    y = 80.0

    def row(label: list[str], answer: list[tuple[float, str]], gap: float = 16) -> None:
        nonlocal y
        ly = y
        for text in label:
            hint = text.startswith("(") or not text[:1].isupper() and not text.startswith("[")
            pdf.set_font("helvetica", "", 8 if hint else 10)
            pdf.text(52, ly, text)
            ly += 10 if hint else PITCH
        pdf.set_font("helvetica", "", 10)
        for n, (indent, text) in enumerate(answer):
            # (a list's number or letter drawn apart from its item's text, as a browser prints a list)
            # (the list set in from the answer column's edge, where a paragraph answer starts)
            marker, _, rest = text.partition(" ")
            if marker.endswith(".") and rest:
                pdf.text(201 + indent, y + n * PITCH, marker)
                pdf.text(215 + indent, y + n * PITCH, rest)
            else:
                pdf.text(199 + indent, y + n * PITCH, text)
        y = max(ly, y + len(answer) * PITCH) + gap

    row(["Proposed Title"], [(0, "Tilt Table Testing for Technologists")])
    row(["Name of Proposer"], [(0, "Oluwaseun Marchetti-Vale")])
    row(["E-mail Address"], [(0, "omarchetti@example.org")])
    row(["Target Learners", "(who, what level, how many)"], [(0, "Cardiology technologists new to tilt testing")])
    row(["Rationale / Need"], [(0, "Syncope clinics wait months for a test.")])
    row(["Competencies / Skills", "Targeted [R1]", "(list the skills learners will", "practise)"],
        [(0, "1. Test set-up"), (16, "a. continuous blood pressure and ECG monitoring"),
         (16, "b. patient preparation and consent"), (0, "2. Protocol delivery"), (16, "a. passive tilt phase"),
         (16, "b. drug provocation phase")])
    row(["Learning Outcomes", "[R1]", "(3-6 outcomes; say how", "each is assessed)"],
        [(0, "1. Prepare the patient and the equipment for a tilt test."),
         (0, "2. Conduct the passive and provoked phases safely."),
         (0, "3. Classify haemodynamic responses by their pattern.")])
    row(["Summative Assessment"], [(0, "A simulated tilt test scored on a checklist")])
    row(["Industry / Employment", "Partner [R3]"], [(0, "Eastgate Heart Clinic")])
    return pdf_bytes(pdf)


def test_a_wrapped_label_with_a_hint_keeps_its_whole_list() -> None:
    r = parsers.parse(_form(), "concept form (web print).pdf")
    assert r.is_concept_form
    assert r.fields["competencies"] == ("Test set-up; continuous blood pressure and ECG monitoring; patient "
                                        "preparation and consent; Protocol delivery; passive tilt phase; drug "
                                        "provocation phase")
    assert r.fields["learning_outcomes"] == ["Prepare the patient and the equipment for a tilt test.",
                                             "Conduct the passive and provoked phases safely.",
                                             "Classify haemodynamic responses by their pattern."]
    assert r.fields["partner_name"] == "Eastgate Heart Clinic"
