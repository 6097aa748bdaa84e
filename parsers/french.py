"""The concept form's wording in French, as data beside the English contract.

Applicants from Francophone Ontario and Quebec send the form with French labels,
French option words and French dates. Nothing here is a separate reader: the
label matcher (:mod:`labels`) folds case and accents, drops the French function
words below and maps French words onto the English tokens the contract already
uses (``competences`` -> ``competency``), so a French or bilingual label is scored
by the same machinery as an English one. The label table adds the wordings a
French version of the official form and French applicants use, translated from
FIELDS.md and its synonyms, not copied from any one document.

Every word is written folded (lower case, no accents), as :func:`labels.fold` leaves it.
"""
from __future__ import annotations

import re

# Articles, prepositions and pronouns: they say nothing about which field a label names.
# ("ce" is not here: folded, it is also the Continuing Education office (see without_homographs);
# "est" stays: "Est. hours".)
STOPWORDS = frozenset(
    "de du des la le les l d et ou en au aux pour sur un une dans avec vos votre nos notre cette ces qui que "
    "qu quoi quel quelle quels quelles sont il ils elle elles vous nous son sa ses leur leurs y se sera seront etre "
    "chez lors afin ainsi dont cet quelles faire fera ferez serait svp veuillez".split()
)

# French word (folded, singular masculine) -> the English token the contract's labels use.
# Its plural and feminine forms (+s, +e, +es) map the same way.
_WORDS: dict[str, str] = {
    # the proposal and its title
    "titre": "title", "intitule": "title", "nom": "name", "appellation": "name", "provisoire": "working",
    "propose": "proposed", "souhaite": "proposed", "envisage": "proposed", "projet": "proposal",
    "proposition": "proposal", "presente": "submitted", "presentee": "submitted",
"formation": "course", "cours": "course", "microcours": "course",
    "credit": "credential", "microcredit": "credential", "microprogramme": "credential", "microtitre": "credential",
    "microformation": "course",
    # the proposer
    "proposant": "proposer", "proposeur": "proposer", "promoteur": "proponent", "promotrice": "proponent",
    "demandeur": "applicant", "demandeuse": "applicant", "requerant": "applicant", "responsable": "lead",
    "auteur": "author", "autrice": "author", "redige": "prepared", "prepare": "prepared", "complet": "full",
    "poste": "position", "fonction": "role", "occupe": "held", "actuel": "current",
    "service": "department", "departement": "department", "unite": "unit", "etablissement": "organization",
    "organisme": "organization", "employeur": "employer", "ecole": "school", "secteur": "area",
    "courriel": "email", "adresse": "address", "electronique": "email", "cellulaire": "mobile",
    "numero": "number", "coordonnee": "contact",
    # the request
    "demande": "request", "nouveau": "new", "nouvelle": "new", "categorie": "category",
    "existant": "existing", "convertir": "convert",
    # learners, need, skills, outcomes
    "public": "audience", "clientele": "audience", "cible": "target", "vise": "target", "apprenant": "learner",
    "etudiant": "learner", "destinataire": "audience", "groupe": "group",
    "justification": "justification", "besoin": "need", "pourquoi": "why", "raison": "rationale",
    "pertinence": "rationale", "contexte": "background", "lacune": "gap", "ecart": "gap", "marche": "market",
    "travail": "labour", "necessaire": "required", "requis": "required",
    "competence": "competency", "habilete": "skill", "aptitude": "skill", "developpe": "developed",
    "acquis": "gained", "resultat": "outcome", "apprentissage": "learning", "objectif": "objective",
    "attendu": "expected", "capable": "able", "sauront": "able", "pourront": "able", "saura": "able", "pourra": "able",
    "referentiel": "framework", "cadre": "framework", "norme": "standard", "profil": "profile",
    "professionnel": "professional", "pratique": "practice",
    # assessment
    "evaluation": "assessment", "evalue": "assessment", "sommatif": "summative", "sommative": "summative",
    "final": "final", "preuve": "evidence", "atteinte": "achievement", "methode": "method",
    # partner and endorsement
    "partenaire": "partner", "milieu": "industry", "industrie": "industry", "externe": "external",
    "personne": "person", "representant": "representative", "appui": "endorsement", "appuye": "endorsed",
    "soutien": "support", "etat": "status", "statut": "status", "lettre": "letter", "joint": "attached",
    # education plan
    "lien": "alignment", "arrimage": "alignment", "alignement": "alignment", "coherence": "alignment",
    "harmonisation": "alignment",
    "adequation": "fit", "strategique": "strategic", "institutionnel": "institutional",
    # delivery and logistics
    "prestation": "delivery", "diffusion": "delivery", "formule": "format", "modalite": "modality",
    "duree": "duration", "heure": "hour", "longueur": "length", "debut": "start", "demarrage": "start",
    "lancement": "launch", "trimestre": "term", "prevu": "anticipated", "estime": "estimated",
    "nombre": "number", "inscription": "enrolment", "inscrit": "enrolment", "annee": "year", "annuel": "year",
    "annuellement": "year", "ressource": "resource",
    # (a template's "Incidence budgétaire", its "Budget impact": what the course costs the school)
    "budgetaire": "budget", "incidence": "impact", "cout": "cost", "financement": "funding",
    "soumission": "submission", "soumis": "submitted", "depot": "submission",
    # "par" is English "by": "Soumis par" (Submitted by) names the proposer, "Soumis le" (Submitted on) the date
    "par": "by",
}


def _forms() -> dict[str, str]:
    out: dict[str, str] = {}
    for word, english in _WORDS.items():
        # feminine and plural forms; -el doubles its l in the feminine ("annuelle")
        for suffix in ("", "s", "e", "es", "x", *(("le", "les") if word.endswith("el") else ())):
            out.setdefault(word + suffix, english)
    out["finaux"] = "final"
    return out


CANON: dict[str, str] = _forms()

# Wordings of a French version of the form and of French applicants, per field (FIELDS.md translated,
# with the synonyms a French speaker uses for each). Matched like the English ones.
LABELS: dict[str, tuple[str, ...]] = {
    "proposal_title": ("Titre proposé", "Titre du microcours / microcrédit", "Titre provisoire", "Titre du projet",
                       "Titre de la formation", "Titre du microprogramme", "Intitulé", "Intitulé de la formation",
                       "Nom de la formation", "Titre du cours", "Titre"),
    "proposer_name": ("Nom du proposant / de la proposante", "Nom du proposant", "Proposant", "Soumis par",
                      "Nom", "Nom du responsable", "Responsable", "Nom de la personne-ressource", "Demandeur",
                      "Nom du demandeur", "Présenté par", "Préparé par", "Votre nom", "Nom complet", "Promoteur",
                      # (a memo's "From", its sender: "Expéditrice : Claudine Roy, archiviste, ...")
                      "Expéditeur", "Expéditrice"),
    "proposer_title": ("Poste / titre", "Titre du poste", "Fonction", "Poste occupé", "Rôle", "Poste"),
    "proposer_department": ("Service / programme", "Service", "Département", "Unité", "Établissement",
                            "Organisme", "Employeur", "Secteur / programme", "École / département",
                            "Établissement ou service"),
    "proposer_email": ("Courriel", "Adresse courriel", "Adresse électronique", "Courriel du proposant"),
    "proposer_phone": ("Téléphone", "Téléphone / poste", "Numéro de téléphone", "Tél.", "Cellulaire"),
    "request_type": ("Type de demande", "Nature de la demande", "Type de projet", "Catégorie de demande"),
    "target_learners": ("Public cible", "Clientèle visée", "Apprenants visés", "Public visé", "Participants visés",
                        "À qui s'adresse la formation?", "Population cible", "Groupe cible"),
    "rationale": ("Justification / besoin", "Justification du besoin", "Besoin", "Pertinence",
                  "Besoin du marché du travail", "Écart de compétences", "Pourquoi est-ce nécessaire?",
                  "Raison d'être", "Contexte et justification"),
    "competencies": ("Compétences visées", "Compétences ciblées", "Compétences et habiletés",
                     "Compétences développées", "Habiletés visées", "Compétences"),
    "learning_outcomes": ("Résultats d'apprentissage", "Résultats d'apprentissage visés", "Objectifs d'apprentissage",
                          "Objectifs", "Résultats attendus",
                          "À la fin, les apprenants seront capables de", "Les participants seront capables de",
                          "Ce que les apprenants sauront faire", "Ce que les participants sauront faire"),
    "competency_framework": ("Référentiel de compétences", "Référentiel", "Cadre de compétences",
                             "Normes professionnelles", "Normes de pratique", "Profil de compétences"),
    "summative_assessment": ("Évaluation sommative", "Évaluation des apprentissages", "Évaluation finale",
                             "Mode d'évaluation", "Comment l'atteinte sera-t-elle démontrée?", "Évaluation"),
    "partner_name": ("Partenaire", "Partenaire du milieu", "Partenaire du milieu / organisme externe",
                     "Organisme partenaire", "Partenaire de l'industrie", "Organisme externe", "Nom du partenaire"),
    "partner_contact": ("Personne-ressource chez le partenaire", "Personne-ressource du partenaire",
                        "Personne-ressource", "Contact chez le partenaire", "Représentant du partenaire"),
    "endorsement_status": ("État de l'appui", "Statut de l'appui", "Appui du partenaire", "Lettre d'appui jointe?",
                           "Lettre d'appui", "Lettre de soutien", "Appui"),
    "education_plan_alignment": ("Lien avec le Plan d'éducation", "Lien avec le Plan d'éducation de Michener",
                                 "Arrimage au Plan d'éducation", "Alignement stratégique",
                                 "Cohérence avec le Plan d'éducation", "Plan d'éducation"),
    "delivery_format": ("Mode de prestation", "Mode de diffusion", "Formule", "Modalité de prestation",
                        "Mode d'enseignement", "Modalités"),
    "estimated_hours": ("Durée estimée (heures)", "Durée (heures)", "Durée", "Nombre d'heures",
                        "Heures de formation", "Durée totale"),
    "proposed_start": ("Date de début prévue", "Début prévu", "Lancement prévu", "Date de lancement",
                       "Début souhaité", "Date de début"),
    "expected_enrolment": ("Nombre prévu d'inscriptions", "Nombre prévu d'inscriptions par année",
                           "Inscriptions prévues", "Inscriptions prévues par année", "Nombre d'apprenants par année",
                           "Nombre de participants prévus", "Participants par année", "Apprenants par année",
                           "Nombre de participants par année"),
    "resources_required": ("Ressources nécessaires", "Ressources requises", "Budget / ressources", "Ressources",
                           "Besoins en ressources"),
    "existing_program_name": ("Programme existant", "Nom du programme existant", "Programme à convertir"),
    "submission_date": ("Date", "Date de soumission", "Date de dépôt", "Soumis le"),
}

PSEUDO_LABELS: dict[str, tuple[str, ...]] = {
    "_contact": ("Coordonnées", "Pour me joindre"),
    "_subject": ("Objet",),
    "_noise": ("À", "Réservé au bureau", "Réservé à l'administration", "Usage interne", "Pièces jointes",
               "Décision", "Signature", "Reçu le"),
}

# Option words beside tick boxes and in answers, per choice code (folded, as :func:`normalise.choice_code` reads).
CHOICES: dict[str, dict[str, tuple[str, ...]]] = {
    "request_type": {
        "existing_program": ("conversion d'un programme existant", "convertir un programme existant",
                             "programme existant", "conversion d'un programme", "conversion", "convertir"),
        "micro_course": ("microcours", "micro-cours", "cours autonome", "cours unique"),
        "new": ("nouveau microcredit", "nouveau microprogramme", "nouveau microtitre", "nouveau programme",
                "nouvelle formation", "nouveau", "nouvelle"),
    },
    "delivery_format": {
        "hybrid": ("hybride", "mixte", "comodal", "bimodal"),
        "in_person": ("en presentiel", "presentiel", "en presence", "en personne", "sur place", "en classe",
                      "sur le campus"),
        "online": ("en ligne", "a distance", "virtuel", "virtuelle", "formation a distance"),
    },
    "endorsement_status": {
        "letter_attached": ("lettre d'appui jointe", "lettre de soutien jointe", "lettre jointe", "ci-jointe",
                            "ci-joint", "jointe", "joint"),
        "confirmed": ("appui confirme", "confirme", "confirmee", "lettre a suivre", "lettre a venir",
                      "entente conclue", "accord obtenu",
                # "X a donné son accord ; la lettre suivra": agreed, the letter to follow (English "agreed", "will
                # follow")
                "donne son accord", "donne leur accord", "lettre suivra"),
        "in_discussion": ("en discussion", "discussions", "en cours", "en negociation", "en attente",
                          "pourparlers", "a confirmer", "non confirme", "pas encore confirme"),
        "none": ("aucun pour l'instant", "aucun appui", "aucun partenaire", "aucun", "aucune", "pas encore"),
    },
}
YES_NO = {"oui": True, "non": False}
# what a French form writes in a cell that has no answer ("S.O.", sans objet: the French N/A), folded, end dots off
EMPTY = frozenset({"s.o", "s/o", "sans objet", "ne s'applique pas", "non applicable", "n/d"})

_CE = re.compile(r"\b[Cc]e\b")


def without_homographs(text: str) -> str:
    """A label without the French words that are English abbreviations once case is folded.

    The demonstrative "ce" ("Pourquoi ce cours ?") is dropped; "CE", the Continuing Education office, stays.
    """
    return _CE.sub(" ", text) if "e" in text else text


# Title words of a French concept form, and of the documents that come beside it and are not one.
CONCEPT_WORDS = re.compile(
    r"\b(?:formulaire|fiche)\s+(?:de\s+)?concept\b|\bproposition\s+de\s+micro[- ]?(?:credit|cours|programme|titre)"
    r"|\bconcept\s+de\s+micro[- ]?(?:credit|cours|programme|titre)", re.I)
LETTER = re.compile(
    r"\blettre\s+d['’]appui\b|\blettre\s+de\s+soutien\b|\b(?:heureux|heureuse|fiers?|fieres?|ravie?s?)\s+"
    r"d['’](?:appuyer|endosser)|\bappuyons\b|\ba qui de droit\b|\ben appui (?:a|au|de)\b", re.I)
SIGNOFF = re.compile(
    r"\bcordialement\b|\bveuillez agreer\b|\bsalutations\b|\bbien a vous\b|\brespectueusement\b", re.I)

# Pieces of value patterns, read on the text as written (accents optional, case ignored):
# seasons and months that name a start, hours, "per year", people counted, a start cue, "in total".
TERMS = r"printemps|[ée]t[ée]|automne|hiver|d[ée]but|fin"
MONTHS = (r"janv(?:ier)?|f[ée]vr?(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao[uû]t|sept(?:embre)?|oct(?:obre)?|"
          r"nov(?:embre)?|d[ée]c(?:embre)?")
HOURS = r"heures?"
PER_YEAR = r"par\s+(?:an|ann[ée]e)\b|/\s*an\b|annuellement|chaque\s+ann[ée]e"
PEOPLE = r"personnes|apprenant(?:e?s)?|inscriptions|inscrits|participants"
START_CUE = r"d[ée]but\w*|commenc\w*|lancement|lancer|[àa] partir d|dès|souhait\w*"
TOTAL = r"(?:au\s+total|en\s+tout)"
# "une cinquantaine de personnes": French counts a round number of people with a noun (about fifty)
APPROXIMATE = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
               "cinquantaine": 50, "soixantaine": 60, "centaine": 100}
_APPROXIMATE = re.compile(r"\b(?:une|la)\s+(" + "|".join(APPROXIMATE) + r")\s+d(?:e\s+|['’])", re.I)


def approximate_counts(text: str) -> str:
    """The text with "une cinquantaine de" written as the number it means ("50"), for the count patterns."""
    return _APPROXIMATE.sub(lambda m: f"{APPROXIMATE[m.group(1).lower()]} ", text) if "aine" in text else text



# Numbers written in French words ("environ trois heures", "deux cents paramédics par année"): French writers spell
# out figures as English ones do, and the figure is read as if written in digits. "un"/"une" stay words (they are
# also the article), and "sept" counts only inside a number or before a word ("Sept 2027" is an English month).
_FR_UNITS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
             "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16}
_FR_TENS = {"vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60}
_FR_HUNDRED = ("cent", "cents")
_FR_WORD = "|".join(sorted([*_FR_UNITS, *_FR_TENS, *_FR_HUNDRED], key=len, reverse=True))
# a run of number words joined by spaces, hyphens or "et" ("vingt et un", "quatre-vingt-dix", "deux cents")
_FR_NUMBER = re.compile(r"(?<![\w-])(?:" + _FR_WORD + r")(?:(?:[\s-]+et[\s-]+|[\s-]+)(?:un|une|onze|" + _FR_WORD + r"))*"
                        r"(?![\w-])", re.I)
_PER_CENT_BEFORE = re.compile(r"\bper\s*$", re.I)


def _french_value(words: list[str]) -> int | None:
    current = 0
    for n, w in enumerate(words):
        if w in ("un", "une"):
            current += 1
        elif w in _FR_UNITS:
            current += _FR_UNITS[w]
        elif w in ("vingt", "vingts") and n and words[n - 1] == "quatre":
            current += 80 - 4  # "quatre-vingts": four twenties
        elif w in _FR_TENS:
            current += _FR_TENS[w]
        elif w in _FR_HUNDRED:
            current = max(current, 1) * 100
    return current or None


def numbers_to_digits(text: str) -> str:
    """The text with each number written in French words as its figure ("environ deux cents" -> "environ 200")."""
    def repl(m: re.Match[str]) -> str:
        words = [w for w in re.split(r"[\s-]+", m.group(0).lower()) if w and w != "et"]
        after = text[m.end():m.end() + 3]
        if words == ["sept"] and not re.match(r"\s+[a-zà-ÿ]", after):
            return m.group(0)  # ("Sept. 2027", "15 Sept": the month)
        if words[0] in _FR_HUNDRED and _PER_CENT_BEFORE.search(text, 0, m.start()):
            return m.group(0)  # ("20 per cent")
        if words in (["cent"], ["cents"]) and re.search(r"\d\s*$", text[:m.start()]):
            return m.group(0)  # ("50 cents": money)
        value = _french_value(words)
        return str(value) if value is not None else m.group(0)
    return _FR_NUMBER.sub(repl, text) if _FR_HINT.search(text) else text


# (the search runs only on text that holds one of the words, most of it in English)
_FR_HINT = re.compile(r"(?i)deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|"
                      r"trente|quarante|cinquante|soixante|cent")
