"""Questions in the applicant's own words, read by their grammar and numbering as well as their nouns:
whose need a question asks about, "for whom", "about you", and numbered sub-parts ("3a. Learners – ...")."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.labels import match_label
from tests.parser_samples import docx, p


def _key(label: str) -> str | None:
    m = match_label(label)
    return m.key if m is not None and m.score >= 0.75 else None


def test_a_need_the_writer_has_asks_for_resources() -> None:
    assert _key("What we need") == "resources_required"
    assert _key("What will you need from CE?") == "resources_required"
    assert _key("De quoi avez-vous besoin?") == "resources_required"


def test_a_need_of_the_learners_still_asks_why() -> None:
    assert _key("Need") == "rationale"
    assert _key("Why do we need it?") == "rationale"
    assert _key("Q3. Why do they need this course?") == "rationale"


def test_for_whom_asks_for_the_audience() -> None:
    assert _key("For whom?") == "target_learners"
    assert _key("Pour qui?") == "target_learners"


def test_what_people_walk_away_with_is_what_they_gain() -> None:
    # "skill" is also a word of a skills gap (the rationale): the takeaway says which
    assert _key("What skills will people walk away with?") == "competencies"


def test_about_you_asks_for_the_proposer() -> None:
    assert _key("About you") == "proposer_name"


def test_a_numbered_sub_part_is_numbered_like_its_question() -> None:
    assert _key("3a. Learners") == "target_learners"
    assert _key("4.b) Outcomes") == "learning_outcomes"
    assert _key("2.1 Partner") == "partner_name"
    assert _key("Q2b) Format") == "delivery_format"


def test_a_question_answered_in_numbered_sub_parts_gives_each_part_to_its_field() -> None:
    data = docx(
        p("Responses to the concept questions")
        + p("1. What is your course called, and what kind of request is this?")
        + p("1a. Title – Asthma Education for Community Pharmacists")
        + p("1b. Kind – a micro-course (not a full micro-credential)")
        + p("2. Who is it for and why do they need it?")
        + p("2a. Learners – Community pharmacists who counsel families of children with asthma")
        + p("2b. Need – Emergency visits for asthma remain high, and most follow poor inhaler technique.")
        + p("3. What will they learn?")
        + p("3a. Competencies – Assessing asthma control; teaching spacer technique")
        + p("3b. Outcomes – participants will be able to:")
        + p("(i) Assess asthma control with a validated test")
        + p("(ii) Teach a parent correct spacer technique")
        + p("4. How will you know they learned it?")
        + p("Observed counselling session scored with a checklist.")
        + p("5. Who is your partner and have they endorsed it?")
        + p("Atlantic Pharmacists Network. No endorsement yet.")
        + p("6. How does it fit Michener's Education Plan?")
        + p("Extends Michener's reach into community practice."))
    r = parsers.parse(data, "responses.docx")
    assert r.is_concept_form
    assert r.fields["proposal_title"] == "Asthma Education for Community Pharmacists"
    assert r.fields["request_type"] == "micro_course"
    assert r.fields["target_learners"] == "Community pharmacists who counsel families of children with asthma"
    assert r.fields["rationale"] == "Emergency visits for asthma remain high, and most follow poor inhaler technique."
    assert r.fields["competencies"] == "Assessing asthma control; teaching spacer technique"
    assert r.fields["learning_outcomes"] == ["Assess asthma control with a validated test",
                                             "Teach a parent correct spacer technique"]


def test_a_french_question_inverted_with_t_is_read_without_the_t() -> None:
    assert _key("À qui s'adresse-t-il ?") == "target_learners"


def test_who_presents_the_proposal_with_a_persons_answer_is_the_proposer() -> None:
    from mailbot_parsers.meaning import resolve

    m = resolve("Qui présente la proposition ?", "Isabelle Marchand-Roy, podologue, Clinique Marchand-Roy")
    assert m is not None and m.key == "proposer_name"
    assert _key("Titre de la proposition") == "proposal_title"


def test_how_learners_will_show_it_asks_for_the_assessment() -> None:
    from mailbot_parsers.meaning import resolve

    m = resolve("How will they show it?", "Case-log review of five supervised cases and a viva.")
    assert m is not None and m.key == "summative_assessment"


def test_questions_in_a_sheets_own_words_are_read_with_their_answers() -> None:
    from mailbot_parsers.meaning import resolve

    def key(label: str, answer: str) -> str | None:
        m = resolve(label, answer)
        return m.key if m is not None and m.score >= 0.6 else None

    contact = "Aoife Mbatha, Senior Histotechnologist, Anatomic Pathology aoife.mbatha@example.org 705-555-0168"
    assert key("Who is sending this?", contact) == "proposer_name"
    assert key("Who backs it?", "Crestview General Hospital Department of Laboratory Medicine - contact Dr. Emeka "
                                "Farrow-Lindqvist, Medical Director") == "partner_name"
    assert key("Is the backing in writing?", "Yes - letter of support attached") == "endorsement_status"
    assert key("What can they do afterwards?", "1. Orient and embed fresh tissue 2. Cut and stain sections") \
        == "learning_outcomes"


def test_who_alone_names_no_field_for_sure() -> None:
    # "Who is this for?" and "Who is proposing it?" share only "who"
    m = match_label("Who is proposing it?")
    assert m is None or m.key != "target_learners" or m.score < 0.75


def test_a_survey_response_copy_with_required_marks_and_prompts_is_read_question_by_question() -> None:
    qa = [
        ("1. What is the proposed title of the micro-course or credential? *", "Hand Hygiene Auditing"),
        ("2. Your full name *", "Marguerite Nakagawa"),
        ("3. Which best describes your request? *", "Micro-course"),
        ("4. Who are the intended learners? *", "Unit-based hand hygiene auditors in long-term care"),
        ("5. Why is this needed? Tell us about the labour market need or skills gap. *",
         "Audit compliance swings by 30 points depending on who audits."),
        ("6. Which competencies or skills will it target? *", "Observation of the four moments; feedback"),
        ("7. Which industry or employment partner endorses it? *", "Elmdale Continuing Care"),
        ("8. How does it align with Michener's Education Plan? *", "Short learning for the whole care team."),
    ]
    body = p("Micro-credential concept submission", bold=True)
    for question, answer in qa:
        body += p(question, bold=True) + p(answer)
    r = parsers.parse(docx(body), "response copy.docx")
    assert r.fields["target_learners"] == "Unit-based hand hygiene auditors in long-term care"
    assert r.fields["rationale"] == "Audit compliance swings by 30 points depending on who audits."
    assert r.fields["partner_name"] == "Elmdale Continuing Care"
    assert "partner_contact" not in r.fields


def test_the_people_a_french_form_targets_are_its_audience() -> None:
    assert _key("Personnes visées") == "target_learners"
    assert _key("Personne-ressource du partenaire") == "partner_contact"
