"""A proposal answered as numbered parts asked in lettered sub-questions: "2. The course" over "(a) Who are the
learners?" and its answer, "(b) Why is it needed?" and its answer. The numbered line heads the part; each lettered
sub-question is read with its own answer (before, the numbered line was taken for one question whose answer was
the whole part). A numbered questionnaire without sub-parts keeps its reading."""
from __future__ import annotations

import mailbot_parsers as parsers
from tests.parser_samples import docx, p


def _proposal() -> bytes:
    body = p("Home Oxygen Safety for Community Paramedics", bold=True)
    body += p("Answers to the concept questions, by section")
    body += p("1. About the proposer", style="Heading1")
    body += p("(a) Name: Rosalind Oyelaran-Beck") + p("(b) Email: royelaran@example.org")
    body += p("(c) Department: Community Paramedicine, Eastvale EMS")
    body += p("2. The course", style="Heading1")
    body += p("(a) Title of the micro-credential") + p("Home Oxygen Safety for Community Paramedics")
    body += p("(b) Who are the learners?") + p("Community paramedics who visit patients on home oxygen.")
    body += p("(c) Why is it needed?") + p("Home oxygen fires have doubled in the region in two years.")
    body += p("3. Assessment", style="Heading1")
    body += p("(a) Summative assessment") + p("A home safety check on a standardised patient, scored with a checklist.")
    body += p("4. Partner", style="Heading1")
    body += p("(a) Partner organization") + p("Eastvale Fire Services")
    return docx(body)


def test_each_lettered_sub_question_keeps_its_own_answer() -> None:
    r = parsers.parse(_proposal(), "home oxygen - concept answers.docx")
    assert r.is_concept_form
    assert r.fields.get("target_learners") == "Community paramedics who visit patients on home oxygen."
    assert r.fields.get("rationale") == "Home oxygen fires have doubled in the region in two years."
    assert r.fields.get("partner_name") == "Eastvale Fire Services"


def test_a_sub_part_s_label_runs_into_its_figure() -> None:
    body = p("Bladder Scanning for Rehabilitation Nurses", bold=True)
    body += p("1. The course", style="Heading1")
    body += p("(a) Title of the micro-credential") + p("Bladder Scanning for Rehabilitation Nurses")
    body += p("(b) Who are the learners?") + p("Registered nurses on inpatient rehabilitation units.")
    body += p("(c) Why is it needed?") + p("Catheter use after stroke is higher than the provincial target.")
    body += p("2. Practicalities", style="Heading1")
    body += p("(a) Hours 12") + p("(b) Learners per year about 40")
    body += p("3. Assessment", style="Heading1")
    body += p("(a) Summative assessment") + p("Three observed scans with a checklist.")
    body += p("4. Proposer", style="Heading1")
    body += p("(a) Name: Ottilie Nakashima-Brandt") + p("(b) Email: onakashima@example.org")
    body += p("(c) Department: Rehabilitation Nursing, Lakeview Hospital")
    body += p("5. Partner", style="Heading1")
    body += p("(a) Partner organization") + p("Provincial Continence Nursing Group")
    r = parsers.parse(docx(body), "bladder scanning - answers.docx")
    assert r.is_concept_form
    assert r.fields.get("estimated_hours") == 12
    assert r.fields.get("expected_enrolment") == 40
