"""A title set in sentence case, bold on the first line of a printed proposal (as French writes titles), is the
document's title, not a label; a label in full or a line that sets a kind of document after a dash is not (small
documents made up here)."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.sections import _sentence_case_title


def _pdf(lines: list[tuple[str, int, bool]]) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="Letter")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_xy(56, 56)
    for text, size, bold in lines:
        pdf.set_font("helvetica", "B" if bold else "", size)
        pdf.multi_cell(500, size * 1.3, text)
        pdf.ln(size * 0.3)
    return bytes(pdf.output())


def test_the_shape_of_a_sentence_case_title() -> None:
    assert _sentence_case_title("Soins des pieds en diabete pour les auxiliaires")
    assert not _sentence_case_title("Working group - minutes and action log".replace("-", "\u2013"))
    assert not _sentence_case_title("Nous proposons un microcours.")
    assert not _sentence_case_title("Soins des Pieds en Diabete")  # (title case: read as such elsewhere)


def test_a_bold_sentence_case_first_line_is_the_title() -> None:
    r = parsers.parse(_pdf([
        ("Soins des pieds en diabete pour les auxiliaires", 14, True),
        ("Presente par : Odile Marchetti-Bah, conseillere clinique", 10, False),
        ("Type de demande", 11, True),
        ("Il s'agit d'un nouveau microcours.", 10, False),
        ("Public vise", 11, True),
        ("Les auxiliaires en soins a domicile qui font les soins d'hygiene.", 10, False),
        ("Resultats d'apprentissage", 11, True),
        ("1. Inspecter le pied et reconnaitre une plaie.", 10, False),
        ("2. Signaler une rougeur a l'infirmiere.", 10, False),
        ("Evaluation sommative", 11, True),
        ("Une observation en milieu de travail avec une grille.", 10, False),
        ("Modalites", 11, True),
        ("En ligne, 6 heures, 40 personnes par annee.", 10, False),
    ]), "pieds.pdf")
    assert r.fields.get("proposal_title") == "Soins des pieds en diabete pour les auxiliaires"
    assert r.fields.get("proposer_name") == "Odile Marchetti-Bah"


def test_a_heading_that_opens_as_a_question_is_no_sentence_case_title() -> None:
    from mailbot_parsers.sections import _sentence_case_title

    assert not _sentence_case_title("Who we want to reach")
    assert not _sentence_case_title("Pourquoi ce cours est nécessaire")
