"""Values the parser must not present as sure answers: an answer that opens in mid-sentence, two explicit answers
of a fillable form that contradict each other; and a French "S.O." (sans objet) that is no answer at all."""
from __future__ import annotations

import mailbot_parsers as parsers
from mailbot_parsers.calibration import judge
from tests.parser_samples import acroform_pdf, docx, p, table, tr

PLAN = "flexible competency-based learning for practising clinicians."


def test_a_cell_answer_that_opens_in_mid_sentence_is_uncertain() -> None:
    verdict = judge("education_plan_alignment", PLAN, "Education Plan", 1.0, method="table")
    assert verdict.confidence < parsers.SURE and "fragment" in verdict.doubts


def test_an_answer_that_goes_on_in_lower_case_after_its_label_is_not_doubted() -> None:
    # "Resources: simulation centre for one day": writing on after a colon in lower case is ordinary
    assert judge("education_plan_alignment", PLAN, "Education Plan", 1.0, method="inline").confidence == 1.0
    assert judge("education_plan_alignment", PLAN.capitalize(), "Education Plan", 1.0, method="table").doubts == ()
    # a choice or a date in lower case is no sentence
    assert "fragment" not in judge("delivery_format", "hybrid", "Format", 1.0, method="table").doubts


# every required question answered in a named field, so that nothing but the endorsement decides
FILLED = [
    {"name": "proposal_title", "type": "text", "value": "Ceiling Lift Safety"},
    {"name": "proposer_name", "type": "text", "value": "Fenella Oduya"},
    {"name": "proposer_email", "type": "text", "value": "f.oduya@example.com"},
    {"name": "request_type", "type": "text", "value": "New micro-credential"},
    {"name": "target_learners", "type": "text", "value": "Home support workers."},
    {"name": "rationale", "type": "text", "value": "Transfer injuries."},
    {"name": "competencies", "type": "text", "value": "Sling selection; lift operation."},
    {"name": "learning_outcomes", "type": "text", "value": "Choose the correct sling."},
    {"name": "summative_assessment", "type": "text", "value": "Practical transfer assessment."},
    {"name": "partner_name", "type": "text", "value": "Brightwater Home Support Services"},
    {"name": "education_plan_alignment", "type": "text", "value": "Community care."},
    {"name": "LetterOfSupportAttached_Yes", "type": "checkbox", "value": "Yes"},
]


def test_a_ticked_letter_box_against_a_status_of_none_is_read_twice_and_goes_to_a_person() -> None:
    fields = [*FILLED, {"name": "endorsement_status", "type": "text", "value": "None"}]
    r = parsers.parse(acroform_pdf(fields), "form.pdf")
    assert r.is_concept_form
    assert "endorsement_status" in r.uncertain_fields
    assert "read_twice" in r.sources["endorsement_status"].doubts
    assert r.needs_manual_review  # the applicant contradicted themselves: a person asks which is true


def test_the_same_answer_twice_is_no_contradiction() -> None:
    fields = [*FILLED, {"name": "endorsement_status", "type": "text", "value": "Letter attached"}]
    r = parsers.parse(acroform_pdf(fields), "form.pdf")
    assert r.fields["endorsement_status"] == "letter_attached"
    assert "endorsement_status" not in r.uncertain_fields
    assert not r.needs_manual_review


def test_sans_objet_in_a_french_form_is_an_empty_answer() -> None:
    rows = "".join(tr(label, value) for label, value in (
        ("Titre proposé", "Surveillance microbiologique de l’environnement"), ("Nom du proposant", "Mélanie Okoye"),
        ("Apprenants visés", "Techniciens de laboratoire."), ("Justification", "Exigences d’agrément."),
        ("Évaluation sommative", "Examen pratique."), ("Partenaire", "Réseau des laboratoires de l’Est"),
        ("Ressources requises", "S.O."), ("Programme à convertir", "s/o")))
    r = parsers.parse(docx(p("Formulaire de concept", style="Title") + table(rows)), "formulaire.docx")
    assert r.is_concept_form
    assert r.fields["summative_assessment"] == "Examen pratique."
    assert "resources_required" not in r.fields
    assert "existing_program_name" not in r.fields


def test_an_organisation_that_holds_its_contacts_address_is_a_misfit() -> None:
    value = "Atlantic Pharmacists Network (Lorcan Ibekwe-Hart, libekwe-hart@example.com)"
    verdict = judge("partner_name", value, "Who is your partner?", 0.9, method="question")
    assert verdict.confidence < parsers.SURE and "misfit" in verdict.doubts
    assert judge("partner_name", "Atlantic Pharmacists Network", "Partner", 1.0, method="table").doubts == ()
    assert "misfit" in judge("proposer_title", "Pharmacist, 709-555-0143", "Role", 1.0, method="table").doubts


def test_a_name_with_the_job_run_on_is_not_a_name() -> None:
    verdict = judge("proposer_name", "Aoife Mbatha Senior Histotechnologist", "Who is sending this?", 0.95,
                    method="table")
    assert verdict.confidence < parsers.SURE and "not_a_name" in verdict.doubts
    assert judge("proposer_name", "Aoife Mbatha", "Name", 1.0, method="table").doubts == ()


def test_a_numbered_list_run_together_on_one_line_is_split() -> None:
    from mailbot_parsers.normalise import to_list

    line = "1. Orient and embed fresh tissue 2. Select cryostat temperatures 3. Cut and stain sections"
    assert to_list([(line, False)]) == ["Orient and embed fresh tissue", "Select cryostat temperatures",
                                        "Cut and stain sections"]
    # numbers that do not count 1, 2, 3 from the start are part of the sentence
    assert to_list([("Version 2. Then room 3. Good", False)]) == ["Version 2. Then room 3. Good"]


def test_not_applicable_with_a_reason_is_no_answer() -> None:
    from mailbot_parsers.normalise import is_empty

    assert is_empty("N/A - this is a brand-new course, nothing to convert")
    assert is_empty("Not applicable (new course)")
    assert is_empty("S.O. – nouveau cours")
    assert not is_empty("National Association of Sonographers - Ontario chapter")


def test_a_bare_figure_with_a_breakdown_in_brackets_is_the_number_of_hours() -> None:
    from mailbot_parsers.normalise import to_value

    assert to_value("estimated_hours", [("21 (three 7-hour lab days)", False)]) == 21
    assert to_value("estimated_hours", [("12 (6 h online + 6 h lab)", False)]) == 12
    # a figure with a unit of its own is converted by the hours in brackets
    assert to_value("estimated_hours", [("2 days (14 hours)", False)]) == 14


def test_practicalities_split_from_an_answer_about_them_are_sure_when_each_has_its_shape() -> None:
    label = "How, how long, when, how many?"
    for key, value in (("delivery_format", "hybrid"), ("estimated_hours", 20), ("proposed_start", "November 2026")):
        verdict = judge(key, value, label, 0.57, method="composite")
        assert verdict.confidence >= parsers.SURE, key
    # a start that is no month or term ("as soon as possible") stays a guess, as does a piece of an answer
    # to some other question
    assert judge("proposed_start", "As soon as possible", label, 0.57, method="composite").confidence < parsers.SURE
    assert judge("estimated_hours", 20, "Who is proposing it?", 0.57, method="composite").confidence < parsers.SURE


def test_a_lower_case_list_of_skills_is_no_fragment() -> None:
    skills = "specimen orientation and embedding; cryostat set-up and temperature selection; rapid H&E staining"
    assert judge("competencies", skills, "Which skills?", 1.0, method="table").doubts == ()
    cut = "are preparing the infant, running OAE screens and explaining results. By the end,"
    assert "fragment" in judge("competencies", cut, "Skills", 1.0, method="label_line").doubts


def test_a_form_read_wholly_from_its_sentences_is_not_sent_to_review_for_its_guesses_alone() -> None:
    from mailbot_parsers import _needs_review

    guesses = [f"field{n}" for n in range(19)]
    assert not _needs_review([], [], guesses, 20)  # every value a guess, none doubted, nothing unfound
    assert not _needs_review(["partner_name"], [], guesses, 20)
    # guesses still add to real trouble: three required answers not found and a run of guesses
    assert _needs_review(["partner_name", "request_type", "rationale"], [], guesses, 20)
