"""Classification on positive evidence, and every form's package opened.

A concept form PROPOSES a course and answers the form's questions; a committee's decision, a reviewer's rubric or
another office's application TALK ABOUT one, in the same words. A Word "Strict Open XML" save of the form is the same
form under other namespace names. The texts are written for these tests.
"""
from __future__ import annotations

import io
import re
import zipfile

import mailbot_parsers as parsers
from mailbot_parsers.classify import speaks_about_a_proposal
from mailbot_parsers.strict_ooxml import transitional
from tests.parser_samples import ANSWERS, two_column_form

_TRANSITIONAL = re.compile(rb"http://schemas\.openxmlformats\.org/(wordprocessingml|officeDocument|drawingml)/2006/"
                           rb"(?!content-types)([A-Za-z]+)")


def _strict(package: bytes) -> bytes:
    """The package as Word's "Strict Open XML Document" writes it: every part under the purl.oclc.org names."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            raw = _TRANSITIONAL.sub(rb"http://purl.oclc.org/ooxml/\1/\2", src.read(item.filename))
            dst.writestr(item, raw.replace(b"<w:document ", b'<w:document w:conformance="strict" ', 1))
    return out.getvalue()


def test_a_strict_open_xml_save_of_the_form_is_read_like_the_usual_one() -> None:
    usual = two_column_form()
    strict = _strict(usual)
    document = zipfile.ZipFile(io.BytesIO(strict)).read("word/document.xml")
    assert b"purl.oclc.org/ooxml/wordprocessingml/main" in document and b"openxmlformats.org/wordprocessingml" not in document
    a, b = parsers.parse(usual, "form.docx"), parsers.parse(strict, "form (Strict).docx")
    assert b.is_concept_form and b.fields == a.fields
    assert b.fields["proposer_name"] == ANSWERS["proposer_name"]


def test_strict_names_map_to_the_transitional_ones_and_nothing_else_changes() -> None:
    assert transitional(b'<w:p xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"/>') == \
        b'<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'
    rel = b'Type="http://purl.oclc.org/ooxml/officeDocument/relationships/styles"'
    assert transitional(rel) == b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"'
    assert transitional(b"xmlns:ep='http://purl.oclc.org/ooxml/officeDocument/extendedProperties'") == \
        b"xmlns:ep='http://schemas.openxmlformats.org/officeDocument/2006/extended-properties'"
    usual = b'<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'
    assert transitional(usual) is usual


# --- a proposal and three documents about one, in the same words -------------------------------------------------
from tests.parser_samples import docx, p, table, tr  # noqa: E402

COURSE = "Bedside Dysphagia Screening for Care Aides"
ROWS = [("Proposed title", COURSE), ("Proposer", "Mirela Sandoval-Quist, m.sandoval@example.org"),
        ("Date", "2 December 2026"),
        ("Target learners", "Health care aides on stroke units."),
        ("Summative assessment", "Observed bedside screening scored with a checklist."),
        ("Industry / employment partner", "Riverside Stroke Network"),
        ("Endorsement status", "Letter of support attached"),
        ("Education Plan alignment", "Interprofessional stroke care."),
        ("Delivery format", "In person, 8 hours")]


def _doc(heading: str, opening: list[str], rows: list[tuple[str, str]], closing: list[str]) -> bytes:
    return docx(p(heading, style="Title") + "".join(p(x) for x in opening) + table(*(tr(a, b) for a, b in rows))
                + "".join(p(x) for x in closing))


def test_the_proposal_itself_is_a_concept_form() -> None:
    doc = _doc("Micro-credential concept – dysphagia screening", ["We propose a new micro-credential for care aides."],
               ROWS, ["Mirela Sandoval-Quist"])
    assert parsers.parse(doc, "concept.docx").is_concept_form


def test_a_committee_decision_on_the_proposal_is_not_one() -> None:
    doc = _doc("Committee decision", ["To: Mirela Sandoval-Quist", "Dear Ms Sandoval-Quist,",
                                      "The committee has reviewed the concept form that you submitted."],
               ROWS + [("Decision", "Approved with conditions")], ["Yours sincerely,", "Chair, Program Committee"])
    assert not parsers.parse(doc, "decision.docx").is_concept_form


def test_a_reviewers_rubric_of_the_proposal_is_not_one() -> None:
    rows = ROWS[:3] + [("Reviewer", "Dr Ilse Moreau-Banda"), ("Requirement", "Score (1-4)"),
                       ("Summative assessment", "2 – only a quiz is described."),
                       ("Industry / employment partner", "3 – Riverside Stroke Network named; letter not yet seen."),
                       ("Education Plan alignment", "4 – fits interprofessional stroke care."),
                       ("Recommendation", "☐ Support   ☒ Support with revisions   ☐ Do not support")]
    doc = _doc("Micro-credential concept – reviewer rubric", ["Score each requirement from 1 (not met) to 4."], rows, [])
    assert not parsers.parse(doc, "rubric.docx").is_concept_form


def test_a_study_of_a_micro_credential_already_taken_is_not_one() -> None:
    rows = [("Project title", "Effects of the dysphagia screening micro-credential on practice"),
            ("Principal investigator", "Dr Ilse Moreau-Banda, i.moreau@example.org"),
            ("Participants and recruitment", "About 40 health care aides who completed the micro-credential in "
             "2025-2026 will be invited."),
            ("Research objectives", "Measure screening accuracy six months after the course."),
            ("Partner", "Riverside Stroke Network (site access)"),
            ("Partner endorsement", "The network's letter of support is attached.")]
    doc = _doc("Research ethics application", [], rows, [])
    assert not parsers.parse(doc, "ethics.docx").is_concept_form


def test_the_evidence_of_an_outside_view_is_read_from_the_writers_own_lines() -> None:
    assert speaks_about_a_proposal("Décision\nApprouvé sous conditions")
    assert speaks_about_a_proposal("Nous avons étudié le formulaire de concept que vous avez soumis.")
    assert speaks_about_a_proposal("Recommendation\n☐ Support ☒ Support with revisions")
    assert speaks_about_a_proposal("Your proposal has been approved with conditions.")
    # a portal's copy of the answers says what it received: that copy is the proposal itself
    assert not speaks_about_a_proposal("Thank you for submitting your concept. Below is a copy of the form you submitted.")
    # a proposal recommends its course in a sentence, and leaves the office's "Decision" empty
    assert not speaks_about_a_proposal("Recommendation\nThat Continuing Education approve a new micro-credential.")
    assert not speaks_about_a_proposal("For CE office use only\nReference no.\nReviewed by\nDecision\n")
    # a scale is a rubric's when it heads a column; an assessment that scores each step describes the course
    assert speaks_about_a_proposal("Requirement\nScore (1-4)\nReviewer comments")
    assert not speaks_about_a_proposal("Summative assessment\nAn observed practical scored from 1 to 4 on each step.")
    assert not speaks_about_a_proposal("Learning outcomes\nOutcome 1: Accepted positioning standards applied.")
    # learners who will complete the course are a proposal's; a reply's quoted question is the office's words
    assert not speaks_about_a_proposal("Learners who have completed the micro-credential will be able to triage.")
    # a pilot run to try the course out, or a program the proposal converts, may well have been completed
    assert not speaks_about_a_proposal("Forty nurses completed our pilot micro-course in 2025 and asked for more.")
    assert speaks_about_a_proposal("Technologists who completed the micro-credential in 2025 will be surveyed.")
    assert not speaks_about_a_proposal("Technologists who completed the micro-credential in 2025 will be surveyed.",
                                       converts=True)
    assert not speaks_about_a_proposal("> Your idea has been reviewed. How many hours?\n12 hours, in person.")
    thread = ("From: Ines Brandt <ines@example.org>\nSent: 2 December 2026\nTo: CE\nSubject: RE: your proposal\n"
              "Here are my answers: 12 hours, in person, nurses on surgical wards, observed practical.\n\n"
              "From: CE Office <ce@michener.example>\nSent: 1 December 2026\n"
              "Your proposal has been reviewed by the committee. How many hours, and in what format?")
    assert not speaks_about_a_proposal(thread)


# --- forms that were missed --------------------------------------------------------------------------------------
from tests.parser_samples import text_pdf  # noqa: E402


def test_a_numbered_questionnaire_whose_answer_is_an_address_in_lower_case_is_read_question_by_question() -> None:
    # a survey's response print: "5. Email address" over "k.osei@example.org" is a question and its answer, not a
    # list item wrapped onto a lower-case line
    lines = ["Concept intake – response 4", "1. Title of your proposed course", "Spirometry Coaching",
             "2. Your name", "Kofi Lindqvist-Osei", "3. Your position", "Respiratory therapist",
             "4. Department", "Pulmonary Function Lab", "5. Email address", "k.lindqvist-osei@example.org",
             "6. Type of request", "New micro-credential", "7. Who are the learners?", "Respiratory therapists.",
             "8. Learning outcomes", "Coach a patient through an acceptable manoeuvre.",
             "9. How will learners be assessed?", "Observed test session with a checklist.",
             "10. Partner organization", "Lakeside Lung Health", "11. Partner endorsement",
             "Confirmed (letter will follow)", "12. Delivery format", "Online"]
    r = parsers.parse(text_pdf([lines]), "response.pdf")
    assert r.is_concept_form
    assert r.fields["proposer_email"] == "k.lindqvist-osei@example.org"
    assert r.fields["request_type"] == "new" and r.fields["partner_name"] == "Lakeside Lung Health"


def _shapes_pdf(shapes: list[tuple[float, float, float, float]]) -> bytes:
    """A one-page PDF that only fills these rectangles (x, y, width, height): no font, no image."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(612, 792)
    content = DecodedStreamObject()
    content.set_data("\n".join(f"{x} {y} {w} {h} re f" for x, y, w, h in shapes).encode())
    page[NameObject("/Contents")] = writer._add_object(content)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_page_whose_letters_were_converted_to_outlines_waits_for_ocr_like_a_scan() -> None:
    # forty lines of fifteen letter-sized shapes: lettering, with no text layer and no picture
    letters = [(50 + 9 * k, 740 - 14 * n, 6, 8) for n in range(40) for k in range(15)]
    r = parsers.parse(_shapes_pdf(letters), "printed.pdf")
    assert r.needs_ocr and r.kind == "scan" and not r.is_concept_form
    # a bar chart's few shapes are a drawing, not text
    bars = [(80 + 60 * k, 100, 40, 50 + 40 * k) for k in range(8)] + [(80 + 60 * k, 90, 4, 4) for k in range(8)]
    drawing = parsers.parse(_shapes_pdf(bars), "chart.pdf")
    assert not drawing.needs_ocr and drawing.kind == "image"
