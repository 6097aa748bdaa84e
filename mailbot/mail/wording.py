"""What an applicant reads in their language: field labels, stage names, the four requirements.

English is the source: the field labels are the contract's (mailbot_parsers.fields), the stage
names the workflow's (mailbot.review.workflow). This module holds the French of each, as data;
tests/unit/test_language.py fails when a field, a stage or a requirement has no French.
Staff emails never come here: they are written in the office's language.
"""
from __future__ import annotations

from mailbot.mail.language import OFFICE_LANGUAGE, known
import mailbot.review.workflow as workflow
from mailbot.review.workflow import Stage

#: The four requirements every micro-credential must meet (the CE office's wording).
REQUIREMENTS: dict[str, dict[str, str]] = {
    "en": {
        "R1": "R1: competency / skills-based (competencies and learning outcomes)",
        "R2": "R2: a summative assessment that shows achievement of the outcomes",
        "R3": "R3: endorsement by an industry / employment partner or external body",
        "R4": "R4: alignment with Michener's Education Plan",
    },
    "fr": {
        "R1": "R1 : fondée sur les compétences (compétences et résultats d'apprentissage)",
        "R2": "R2 : une évaluation sommative qui démontre l'atteinte des résultats",
        "R3": "R3 : l'appui d'un partenaire de l'industrie ou d'un employeur, ou d'un organisme externe",
        "R4": "R4 : l'harmonisation avec le plan d'enseignement de Michener",
    },
}


#: French names of the stages, and the sentence that tells an applicant what each means.
STAGES_FR: dict[Stage, tuple[str, str]] = {
    Stage.RECEIVED: ("Reçue", "Le formulaire de concept a été reçu et enregistré."),
    Stage.CE_ASSESSMENT: ("Évaluation par la formation continue",
                          "Le bureau de la formation continue évalue le concept."),
    Stage.AWAITING_APPLICANT: ("En attente de renseignements",
                               "Le bureau de la formation continue attend des renseignements supplémentaires "
                               "de votre part."),
    Stage.SMT_CONCEPT_REVIEW: ("Examen du concept par la haute direction",
                               "L'équipe de la haute direction examine le concept."),
    Stage.CURRICULUM_QUALITY_REVIEW: ("Examen de la qualité du programme",
                                      "Le programme existant fait l'objet d'un examen de la qualité du curriculum."),
    Stage.IN_DEVELOPMENT: ("En élaboration",
                           "La personne responsable prépare la proposition complète et le plan d'élaboration."),
    Stage.FULL_PROPOSAL_RECEIVED: ("Proposition complète reçue", "La proposition complète a été reçue."),
    Stage.SMT_PROPOSAL_REVIEW: ("Examen de la proposition par la haute direction",
                                "L'équipe de la haute direction examine la proposition complète."),
    Stage.BOARD_REVIEW: ("Examen par le conseil d'administration",
                         "Le conseil d'administration examine la microcertification."),
    Stage.APPROVED: ("Approuvée", "La microcertification a été approuvée."),
    Stage.DECLINED: ("Refusée", "La demande a été refusée."),
    Stage.WITHDRAWN: ("Retirée", "La demande a été retirée à votre demande."),
}


def field_label(key: str, language: str = OFFICE_LANGUAGE) -> str:
    """The label an applicant reading ``language`` knows the field ``key`` by."""
    # The labels the reply reader matches (mailbot.intake.answers reads replies with the parsers'
    # matchers): the first wording of each language's table, so a label we show is one we read back.
    from mailbot_parsers.fields import FIELDS_BY_KEY
    from mailbot_parsers.french import LABELS as FRENCH_LABELS

    if known(language) == "fr" and FRENCH_LABELS.get(key):
        return FRENCH_LABELS[key][0]
    f = FIELDS_BY_KEY.get(key)
    return f.labels[0] if f else key.replace("_", " ").capitalize()


def answer_label(key: str, language: str = OFFICE_LANGUAGE) -> str:
    """The label of a field an applicant is asked to send by reply. Replies are read with the
    English and the French labels (mailbot.intake.answers); a French reader is shown both, since
    the form they filled in may have been the English one."""
    english = field_label(key, OFFICE_LANGUAGE)
    if known(language) == OFFICE_LANGUAGE:
        return english
    return f"{field_label(key, language)} ({english})"


def stage_name(stage: Stage | str, language: str = OFFICE_LANGUAGE) -> str:
    if known(language) == "fr":
        return STAGES_FR[Stage(stage)][0]
    return workflow.describe(stage)


def stage_explanation(stage: Stage | str, language: str = OFFICE_LANGUAGE) -> str:
    if known(language) == "fr":
        return STAGES_FR[Stage(stage)][1]
    return workflow.explain(stage)


def requirement(code: str, language: str = OFFICE_LANGUAGE) -> str:
    return REQUIREMENTS[known(language)][code]
