"""The course's name among a printed proposal's opening lines when the first line is not it: a newsletter's masthead
(the periodical's name over its issue line, "Staff newsletter · Spring 2027 · Page 3 · ...") is no course name, the
article's headline over the line that says what the document is is; and a name set over two lines, its colon parting
name and subtitle ("Gait Analysis:" / "Observational Methods for ..."), is one name. Built here with fpdf2."""
from __future__ import annotations

from fpdf import FPDF

import mailbot_parsers as parsers
from mailbot_parsers.sections import _masthead

_BODY = (("Why it matters", "Falls after stroke are common and staff want a shared way to watch gait."),
         ("Who can take it", "Physiotherapists and rehabilitation assistants on inpatient units."),
         ("Skills you will build", "Observing gait phases; recording deviations; choosing aids"),
         ("Learning outcomes", "Describe the phases of gait and common deviations after stroke."),
         ("Assessment", "A video-based gait analysis marked with a rubric."),
         ("Our partner", "Rivermouth Rehabilitation Network has endorsed the proposal."),
         ("Fit with the Education Plan", "It supports the Education Plan's goal of interprofessional practice."),
         ("Quick facts", "Format: online; Length: 10 hours; Launch: fall 2027; Learners: about 40 a year"))


def _page(opening: list[tuple[str, int]]) -> bytes:
    pdf = FPDF(unit="pt", format="Letter")
    pdf.add_page()
    y = 60.0
    for text, size in opening:
        pdf.set_font("helvetica", "B" if size > 11 else "", size)
        pdf.text(60, y, text)
        y += size + 8
    pdf.text(60, y, "Prepared by Tove Lindqvist-Amari, Physiotherapist, Stroke Rehabilitation Unit, Rivermouth Health")
    y += 24
    for head, text in _BODY:
        pdf.set_font("helvetica", "B", 12)
        pdf.text(60, y, head)
        pdf.set_font("helvetica", "", 11)
        pdf.text(60, y + 16, text)
        y += 40
    return bytes(pdf.output())


def test_a_masthead_is_no_course_name() -> None:
    r = parsers.parse(_page([("Rivermouth Bulletin", 20),
                             ("Staff newsletter · Autumn 2027 · Page 4 · Issue date: 2 October 2027", 10),
                             ("Observational Gait Analysis After Stroke", 16),
                             ("Proposal sent to the Michener Institute, Continuing Education", 11)]), "bulletin p4.pdf")
    assert r.fields["proposal_title"] == "Observational Gait Analysis After Stroke"


def test_a_name_over_two_lines_parted_by_its_colon() -> None:
    r = parsers.parse(_page([("Gait Analysis:", 16), ("Observational Methods for Stroke Rehabilitation", 16),
                             ("Proposal to the Michener Institute, Continuing Education", 11)]), "gait proposal.pdf")
    assert r.fields["proposal_title"] == "Gait Analysis: Observational Methods for Stroke Rehabilitation"


def test_an_issue_line_is_no_byline() -> None:
    loose = ["Rivermouth Bulletin", "Staff newsletter · Autumn 2027 · Page 4", "Gait Analysis"]
    assert _masthead(loose, "Rivermouth Bulletin")
    byline = ["Gait Analysis", "Tove Lindqvist-Amari · Physiotherapist · 2 October 2027", "Why it matters"]
    assert not _masthead(byline, "Gait Analysis")
