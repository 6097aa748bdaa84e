"""A run-in answer that ends without a full stop ("Proposed title: Assisting with ... and monitoring") and the
writer's next paragraph under it, which opens with a capital: the answer's line is no line the printer wrapped,
since the next line's first word would have fitted on it. Before, the title ran on into the paragraph that states
the request's type and learners. Our own small document: an e-mail's lines printed to PDF, one a line."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers import prose
from tests.unit.samples import letter_pdf, pdf_bytes

LINES = [
    "Dear Education Office,",
    "Thank you for your questions. Here is the complete proposal, which replaces the one I sent you in",
    "January.",
    "Proposed title: Assisting with lumbar puncture: preparation, positioning and monitoring",
    "It is a micro-course (not a micro-credential). It is for the nurses of the emergency and medicine",
    "units who assist physicians during bedside lumbar punctures in their units.",
    "Rationale: Bedside lumbar punctures are more and more common in the emergency department, but",
    "nurses have had no formal training: positions are improvised and samples are sometimes mislabelled.",
    "Competencies: Preparing the sterile field; positioning the patient; labelling samples.",
    "Learning outcomes: Prepare the equipment; position the patient safely; monitor after the puncture.",
    "Summative assessment: A practical evaluation in the simulation lab scored with an observation grid.",
    "Industry partner: Neuroscience Nurses Association (letter of support attached).",
    "Delivery: hybrid, six hours in total, for 40 learners a year starting in fall 2027.",
    "Kind regards,",
    "Nadia Brennan",
    "Clinical Nurse, Neurology",
    "n.brennan@example.org",
]


def _pdf(lines: list[str]) -> bytes:
    pdf = letter_pdf()
    pdf.set_font("helvetica", "", 9.5)
    y = 60.0
    for ln in lines:
        pdf.text(54, y, ln)
        y += 13 if ln[:1].islower() else 21.5
    return pdf_bytes(pdf)


def test_a_line_whose_next_word_would_have_fitted_ends_its_paragraph() -> None:
    lines = [LINES[3].partition(": ")[2], *LINES[4:6]]
    assert prose.unwrapped(lines, fitted=True)[0] == lines[0]
    # (without the test, as the letter reader reads, the full-width line still runs on)
    assert prose.unwrapped(lines)[0] != lines[0]
    # a line the printer wrapped runs on: its next word would not have fitted
    assert len(prose.unwrapped(LINES[1:3], fitted=True)) == 1


def test_the_title_ends_where_the_next_paragraph_starts() -> None:
    r = parsers.parse(_pdf(LINES), "thread.pdf")
    assert r.fields.get("proposal_title") == "Assisting with lumbar puncture: preparation, positioning and monitoring"
    assert r.fields.get("request_type") == "micro_course"


def test_a_french_sentence_setting_one_kind_against_another_states_the_kind() -> None:
    # (the French of "It is a micro-course (not a micro-credential)": the paragraph under the title states the type)
    assert "request_type" in prose.opening_roles("Il s'agit d'un microcours (et non d'un microprogramme). Il s'adresse "
                                                 "aux infirmières des urgences.")
    assert "request_type" in prose.opening_roles("C'est un microcours plutôt qu'un microcertificat.")
    assert "request_type" not in prose.opening_roles("Il s'agit d'un cours de base.")


def test_a_paragraph_cut_mid_sentence_after_the_answer_is_no_part_of_it() -> None:
    # the answer's paragraph closes; the next stops mid-sentence, its sentence's rest read under another field
    from mailbot_parsers.sections import _prose_after

    lines = [("A practical evaluation in the simulation lab, scored with an observation grid, then a short", True),
             ("online quiz.", True),
             ("On reflection, the course will last six hours (two online and four in the simulation lab), so", True)]
    assert _prose_after("summative_assessment", lines) == (2, [lines[2][0]])
    # a paragraph that closes its sentence stays the answer's (an answer of two paragraphs)
    closed = [*lines[:2], ("Learners who do not pass may try again once, after a week of practice.", True)]
    assert _prose_after("summative_assessment", closed) is None
