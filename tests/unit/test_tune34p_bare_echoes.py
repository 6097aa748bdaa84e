"""An FAQ's or a flyer's answer that echoes its question with the sentence's subject left out ("Designed for ...",
"Aux ...", "Par une ...", "We plan a ...", "Learners finish with a ..."): the field holds the phrase after the echo
(an answer with its own subject, or a plain phrase, is kept whole). Wording made up here."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers import prose
from tests.parser_samples import docx, p

QUESTIONS = [
    ("Proposed title", "Safe Use of Infusion Pumps at Home"),
    ("Name of proposer", "Odalys Fenwick-Ramos"),
    ("Email", "o.fenwick@example.org"),
    ("Rationale", "Pump errors at home have doubled in two years and new staff learn on the job."),
    ("Learning outcomes", "Set up a pump; programme a dose; respond to an alarm."),
    ("Delivery format", "Hybrid"),
    ("Estimated hours", "8"),
    ("Partner organization", "Lakeview Home Care"),
    ("Endorsement status", "Confirmed"),
]


def qa(pairs: list[tuple[str, str]]) -> bytes:
    return docx(p("Infusion pump course - questions and answers", style="Heading1")
                + "".join(p(q, bold=True) + p(a) for q, a in pairs))


def test_a_bare_participle_before_the_learners_is_an_echo() -> None:
    r = parsers.parse(qa([*QUESTIONS, ("Who is it for?", "Designed for home-care nurses who set up pumps in "
                                                         "patients' homes.")]), "faq.docx")
    assert r.fields["target_learners"] == "home-care nurses who set up pumps in patients' homes"


def test_a_plan_before_the_assessment_is_an_echo() -> None:
    r = parsers.parse(qa([*QUESTIONS, ("How will learners be assessed?", "We plan an observed pump set-up scored "
                                                                         "with a checklist by a senior nurse.")]),
                      "faq.docx")
    assert r.fields["summative_assessment"] == "an observed pump set-up scored with a checklist by a senior nurse"


def test_the_french_bare_echoes() -> None:
    assert prose.unframed("target_learners", "Aux infirmières et infirmiers des soins à domicile qui installent "
                                             "les pompes.") == \
        "infirmières et infirmiers des soins à domicile qui installent les pompes"
    assert prose.unframed("summative_assessment", "Par une mise en situation observée, notée avec une grille.") == \
        "une mise en situation observée, notée avec une grille"
    assert prose.unframed("summative_assessment", "L’évaluation sommative repose sur deux installations observées "
                                                  "au laboratoire.") == "deux installations observées au laboratoire"


def test_learners_finishing_with_a_task() -> None:
    assert prose.unframed("summative_assessment", "Learners finish with a timed set-up of two pumps, marked by an "
                                                  "educator.") == "a timed set-up of two pumps, marked by an educator"


def test_answers_with_their_own_subject_or_several_sentences_are_kept() -> None:
    kept = ["Home-care nurses designed for the night shift.", "Aux infirmières. Les préposés peuvent assister."]
    assert [prose.unframed("target_learners", t) for t in kept] == kept
    own = "An observed set-up, scored with a checklist."
    assert prose.unframed("summative_assessment", own) == own


def test_a_preposition_repeated_before_each_group_stays() -> None:
    both = "Aux infirmières des soins à domicile et aux préposés qui les accompagnent."
    assert prose.unframed("target_learners", both) == both
