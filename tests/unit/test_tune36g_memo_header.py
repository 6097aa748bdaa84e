"""An internal memo's To / From / Date / Subject block: the addressee is no field, a sender writing for a colleague
is no sure proposer."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers import memo
from mailbot_parsers.layout import Block
from tests.parser_samples import docx, p

BODY = [
    "The course is meant for registered nurses working on inpatient stroke units.",
    "Learners would practise bedside swallow screening, choosing diet textures and documenting the result.",
    "Achievement would be shown through an observed screening of a standardised patient, scored on a checklist.",
    "Our partner is Riverside Stroke Network, who have agreed to endorse it; their letter is attached.",
    "The course would be online, six hours in all, for about forty learners a year, starting in May 2027.",
    "It answers the Education Plan's call for flexible, practice-based learning.",
]


def _memo(header: list[str], body: list[str], closing: list[str]) -> bytes:
    return docx("".join([p("MEMORANDUM", bold=True), *(p(t) for t in header), *(p(t) for t in body),
                         *(p(t) for t in closing)]))


def test_the_addressee_line_of_a_memo_is_no_field() -> None:
    header = ["Destinataire : Bureau de la formation continue", "Expéditeur : Aline Brisebois-Cote",
              "Date : le 3 décembre 2026", "Objet : Proposition de microcours – Dépistage de la dysphagie"]
    blocks = [Block(text="NOTE DE SERVICE", bold=True), *(Block(text=t) for t in header), Block(text="Madame,")]
    assert memo.header_lines(blocks) == [1, 2, 3, 4]
    assert [b.text for b in memo.without_addressee(blocks)] == ["NOTE DE SERVICE", *header[1:], "Madame,"]
    assert memo.sender(blocks) == "Aline Brisebois-Cote"


def test_label_lines_that_are_no_memo_header_stay() -> None:
    # a form's own "Date:" and "To:" lines with no sender among them are no memo's envelope
    blocks = [Block(text="Proposed title: Swallow Screening"), Block(text="To: be confirmed"),
              Block(text="Date: 3 December 2026")]
    assert memo.header_lines(blocks) == []
    assert memo.without_addressee(blocks) == blocks


def test_a_chair_writing_for_a_colleague_is_no_sure_proposer() -> None:
    header = ["TO: Continuing Education Office", "FROM: Dr. Wendell Osterhout-Park, Chair, Nursing",
              "DATE: December 3, 2026", "SUBJECT: Micro-credential concept – Bedside Swallow Screening"]
    body = ["I am writing on behalf of my colleague Ines Valcourt, Clinical Instructor, who has developed this idea.",
            *BODY]
    r = parsers.parse(_memo(header, body, ["W. Osterhout-Park", "wendell.osterhout-park@example.org"]), "memo.docx")
    assert r.is_concept_form
    # (who the colleague is, is read elsewhere; here the sender's own values are shown as guesses)
    assert r.fields.get("proposer_name") == "Dr. Wendell Osterhout-Park"
    assert "memo_writer" in r.sources["proposer_name"].doubts and "proposer_name" in r.uncertain_fields
    assert r.fields.get("proposer_email") == "wendell.osterhout-park@example.org"
    assert "proposer_email" in r.uncertain_fields


def test_a_writer_proposing_for_themselves_stays_the_proposer() -> None:
    header = ["TO: Continuing Education Office", "FROM: Ines Valcourt, Clinical Instructor, Nursing",
              "DATE: December 3, 2026", "SUBJECT: Micro-credential concept – Bedside Swallow Screening"]
    body = ["I am proposing a new micro-credential, Bedside Swallow Screening.", *BODY]
    r = parsers.parse(_memo(header, body, ["Ines Valcourt", "ines.valcourt@example.org"]), "memo.docx")
    assert r.fields.get("proposer_name") == "Ines Valcourt"
    assert "memo_writer" not in r.sources["proposer_name"].doubts
    assert not memo.writes_for_another("Ines Valcourt, Clinical Instructor", "Ines Valcourt is the lead proposer.")
    assert memo.writes_for_another("Dr. Wendell Osterhout-Park, Chair", "Ines is the lead proposer of this course.")
