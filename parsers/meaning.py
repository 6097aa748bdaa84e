"""What a label asks, when its words are not one of the wordings in :mod:`fields`.

Each field of the contract has a plain description of what it asks. A label
is scored against every description by the share of its (stemmed, rarity
weighted) words the description explains, and the answer beside the label is
checked against the field's type: an email address, a phone number, a date, a
count, a choice, a person or an organisation. The two signals together pick the
field; the score is the confidence the parser reports.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

from . import french
from .fields import FIELDS, FIELDS_BY_KEY
from .labels import LabelMatch, match_label, outcomes_lead_in, tokens
from .normalise import PHONE, choice_code, choice_codes, find_email, to_date, words_to_digits

DESCRIPTIONS: dict[str, str] = {
    # What each field of FIELDS.md asks, in general words (not the wording of any one form).
    "proposal_title": "the title or name of the proposed micro-course, micro-credential or project: what it is called",
    "proposer_name": "the name of the person who proposes, submits, sends, prepared or leads the proposal: the "
                     "proponent, applicant, author, requester or reporter",
    "proposer_title": "the proposer's job title, position, role or occupation",
    "proposer_department": "the proposer's department, unit, program, service, school, institution, organization or employer: "
                           "where they work",
    "proposer_email": "the proposer's email address",
    "proposer_phone": "the proposer's phone, telephone, mobile or cell number and extension",
    "request_type": "what kind or type of request or proposal this is: a new micro-credential, a conversion of an "
                    "existing program, or a stand-alone micro-course",
    "target_learners": "who the learners, audience, participants or population are: who the course is for",
    "rationale": "why the course is needed: the need, gap, problem, issue, demand, justification, reason or case for it",
    "competencies": "the competencies, skills, abilities or knowledge the course targets, builds, improves, teaches or "
                    "addresses: what learners practise or get better at",
    "learning_outcomes": "the learning outcomes or objectives: what learners will be able to do by the end, "
                         "afterwards",
    "competency_framework": "the competency framework, standards, profile, regulation or guideline the course is "
                            "mapped or aligned to",
    "summative_assessment": "how learners are assessed, evaluated or checked at the end: the final or summative "
                            "assessment, exam or test that evidences achievement, its proof; how you will know or verify "
                            "that learners have learned it or achieved the outcomes; how they show, prove or demonstrate it",
    "partner_name": "the industry, employment or external partner organization that endorses, supports, sponsors or backs "
                    "the course: the organization behind it, its backer",
    "partner_contact": "the contact person at the partner organization: their name, role, email or phone",
    "endorsement_status": "the status of the partner's endorsement or support: a letter of support attached, put in "
                          "writing, confirmed or agreed, in discussion, or none",
    "education_plan_alignment": "how the course fits or aligns with Michener's education plan, institutional "
                                "strategy, mission or goals",
    "delivery_format": "how the course is delivered: its mode, format or modality, online, in person or "
                       "hybrid/blended",
    "estimated_hours": "how long the course is: its duration, length, time or number of learning hours",
    "proposed_start": "when the course would start or launch: the start date, term, timing or first offering",
    "expected_enrolment": "how many learners are expected to enrol each year: enrolment, intake, volume or demand",
    "resources_required": "the resources, budget, funding, equipment, space, staff or support the course needs",
    "existing_program_name": "the name of the existing or current program to be converted",
    "submission_date": "the date the form was submitted, completed or signed",
}

_DURATION = re.compile(r"\b\d+(?:\.\d+)?\s*(?:-\s*\d+\s*)?(?:hours?|hrs?|h|" + french.HOURS + r")\b", re.I)
_ORG = re.compile(r"\b(?:hospital|health|centre|center|network|institute|university|college|clinic|services?|"
                  r"association|associates|society|council|laborator(?:y|ies)|inc|ltd|corp|company|group|agency|ministry|"
                  r"department|authority|foundation|trust|pharmacy|region(?:al)?|county|city|board|school|district|"
                  r"alliance|coalition|consortium|federation|chapter|division|partnership|collaborative|"
                  r"laboratory|labs?|residence|home|care|"
                  # (and a French organisation's head noun: "Réseau des cliniques ...", "Groupe ...")
                  r"r[ée]seau|cliniques?|h[ôo]pital|groupe|soci[ée]t[ée]|f[ée]d[ée]ration|regroupement|cisss|ciusss)\b", re.I)
# a title before a person's name, English or French ("Dr.", "Ms", "Dre", "M. Luc Roy", "Mme", "Pr. Ada Eze"); the
# one-letter and two-letter French ones only with their full stop, so that "M" or "Pr" alone is no title
HONORIFIC = r"(?:(?i:dre?|mr|mrs|ms|mx|prof|mme|mlle)\.?|(?i:m|pr)\.)"
_PERSON = re.compile(r"^(?:(?:" + HONORIFIC + r"|(?i:chief|deputy|elder)\.?)\s+)*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,3}"
                     r"(?:\s*[,–—(-]|$)")


ORG = _ORG      # the shapes other recognisers share
PERSON = _PERSON


def _stem(tok: str) -> str:
    for suf in ("ations", "ation", "ions", "ion", "ing", "ed", "es", "al", "s", "y"):
        if len(tok) - len(suf) >= 3 and tok.endswith(suf):
            tok = tok[: -len(suf)]
            break
    # a final e goes too, so that "date" and "dated", "assure" and "assured" share a stem
    return tok[:-1] if len(tok) > 3 and tok.endswith("e") else tok


def _words(text: str) -> frozenset[str]:
    return frozenset(_stem(t) for t in tokens(text, keep_parens=False))


def _build() -> tuple[dict[str, frozenset[str]], dict[str, float]]:
    desc: dict[str, frozenset[str]] = {}
    for f in FIELDS:
        words: set[str] = set(_words(DESCRIPTIONS.get(f.key, "")))
        for lab in f.labels:
            words |= _words(lab)
        desc[f.key] = frozenset(words)
    df: dict[str, int] = {}
    for vocab in desc.values():
        for w in vocab:
            df[w] = df.get(w, 0) + 1
    n = len(desc)
    return desc, {w: math.log(1 + n / c) for w, c in df.items()}


_DESC, _IDF = _build()
_TOPIC = _words("course micro credential proposal proposed form")
_PARTNER_WORDS = _words("partner partners endorser endorsing")
_PARTNER_KEYS = ("partner_name", "partner_contact", "endorsement_status")
# the words that name the proposer by their part in it (the description's "the proponent, applicant, author or
# requester"): with another field's words after them ("Requester email") they say whose, not what
_PROPOSER_ROLE = _words(DESCRIPTIONS["proposer_name"].split(":", 1)[1]) - _words("the or")
ASKED_BEFORE = 0.05  # what a field the document answered already loses against the others a label fits
SHORT_FIGURE_WORDS = 8  # words of an answer that gives hours as a bare figure ("about 16", "12 in total")
OPTIONS_ASKED = 0.9  # how surely a label naming two or more options of a choice asks for that choice
_OOV = 0.5  # a word no description uses still counts against the label, but less


def _weight(w: str) -> float:
    # the words every part of this form is about ("course", "proposal") say little about which part
    return _IDF.get(w, _OOV) * (0.3 if w in _TOPIC else 1.0)


def coverage(label: str) -> dict[str, float]:
    """Field key -> share of the label's weighted words that the field's description explains."""
    words = _words(label)
    if not words:
        return {}
    total = sum(_weight(w) for w in words)
    out = {}
    for key, desc in _DESC.items():
        shared = words & desc
        if not shared:
            continue
        # a label that shares only the topic with a field ("Course description") is half explained at most
        hit = sum(_weight(w) for w in shared) * (0.5 if shared <= _TOPIC else 1.0)
        if hit:
            out[key] = hit / total
    return out


def answer_fit(key: str, answer: str) -> float:
    """How well an answer suits a field's type: 0 (cannot be), 0.5 (says nothing), 1 (typical)."""
    a = " ".join(answer.split())
    if not a:
        return 0.5
    words = len(a.split())
    has_email = find_email(a) is not None
    phone = PHONE.search(a)
    if key == "proposer_email":
        return 1.0 if has_email and words <= 3 else 0.0
    if key == "proposer_phone":
        return 1.0 if phone and len(phone.group(0)) >= 0.5 * len(a) else 0.0
    if key == "submission_date":
        return 1.0 if to_date(a) and words <= 6 else 0.0
    if key in ("proposed_start", "estimated_hours", "expected_enrolment") and _TO_THE_SECOND.search(a):
        return 0.0  # a clock read to the second ("10:02:11 AM", "00:17:29") is a machine's record, not a plan
    if key == "proposed_start" and _STAMPED.search(a):
        # a day's date with the time of day ("Started: 27/11/2026 14:02", a survey tool's record of when a response
        # was begun): a plan names a term or a month, never the minute
        return 0.0
    hours = _DURATION.search(words_to_digits(a))
    if key == "estimated_hours" and hours:
        return 1.0
    if key == "estimated_hours" and words > SHORT_FIGURE_WORDS:
        return 0.0  # a sentence with a number in it ("marked by two assessors") that names no hours is no duration
    if key in ("estimated_hours", "expected_enrolment"):
        return 0.8 if re.search(r"\d", words_to_digits(a)) and words <= 15 else 0.0
    if key == "proposed_start" and hours and not to_date(a):
        return 0.2  # a length of time, not a moment
    f = FIELDS_BY_KEY[key]
    if key == "competency_framework" and not _FRAMEWORK_NAMED.search(a) and not _ACRONYM.search(a):
        # a framework answer names one (a body's standards, a profile, "ICS"); an answer that names the Education
        # Plan, or a sentence that names nothing of the kind, says how the course fits the plan ("Alignment:
        # Supports quality and safety ..."), the other question a bare "Alignment" asks
        if _PLAN_NAMED.search(a):
            return 0.2
        if words >= 8 and not _PRACTICE_NAMED.search(a):
            return 0.3
    if key in ("proposer_title", "proposer_department", "existing_program_name") \
            and (words > 15 or re.search(r"[a-z]{3}[.!?]\s+[A-Z]", a)):
        return 0.0  # sentences of prose name no one's role or unit, nor a program
    if f.type == "choice":
        return 0.9 if choice_code(key, a) else 0.1
    if key in ("proposer_name", "partner_contact"):
        if has_email and key == "proposer_name" and words > 3:
            # a contact line that opens with a person (name, role, unit, email, phone) answers who proposes it
            return 0.9 if _PERSON.match(a) and not _ORG.search(a.split(",")[0]) else 0.3
        return 0.9 if _PERSON.match(a) and not _ORG.search(a.split(",")[0]) else 0.3
    if key == "partner_name":
        head = re.split(r"\s*[,–—(]|\s-\s", a, maxsplit=1)[0]
        if _PERSON.match(head) and not _ORG.search(head):
            return 0.2  # a person (their role after the comma may name an organisation)
        # an organisation named first, whatever follows it (its contact, the state of its endorsement)
        if _ORG.search(head) and len(head.split()) <= 12:
            return 0.9
        return 0.9 if _ORG.search(a) and words <= 12 else (0.2 if _PERSON.match(a) and words <= 6 else 0.5)
    if f.type in ("text", "list") and _CONTACT_WORDS.fullmatch(PHONE.sub(" ", _EMAIL_ANY.sub(" ", a))):
        return 0.0  # an address and a number, nothing else ("ada@x.org / 416-555-0101"): how to reach someone
    if f.type in ("text", "list") and (has_email or (phone and words <= 4)):
        return 0.2
    return 0.5


_EMAIL_ANY = re.compile(r"\S+@\S+")
# the words that name a framework an answer maps the course to (English and French)
_FRAMEWORK_NAMED = re.compile(r"\b(?:frameworks?|standards?|profiles?|guidelines?|regulations?|curricul[a-z]*|"
                              r"r[ée]f[ée]rentiels?|normes?|lignes?\s+directrices?|cadres?|esco|canmeds)\b", re.I)
# words a framework's name may hold that other answers use as well ("Good Urodynamic Practices", "competency profile")
_PRACTICE_NAMED = re.compile(r"\b(?:competenc[a-z]*|comp[ée]tences?|protocols?|practices?|codes?|pratiques?)\b", re.I)
_ACRONYM = re.compile(r"\b[A-Z]{2,}[a-z]?\b")  # "ICS", "CAP", "CSMLS": a body or its standard by its initials
# the Education Plan, or the institution's strategy, named in an answer
_PLAN_NAMED = re.compile(r"\b(?:education(?:al)?\s+plan|plan\s+d['’][ée]ducation|strateg(?:y|ic|ies)|mission|"
                         r"strat[ée]gi(?:e|que))\b", re.I)
# hours, minutes and seconds: when a form service started, saved or timed a response
_TO_THE_SECOND = re.compile(r"(?<![\d:])\d{1,2}:[0-5]\d:[0-5]\d(?![\d:])")
# a date written in figures, then the time of day: "27/11/2026 14:02", "2026-11-27, 9:18 AM"
_STAMPED = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4},?\s+(?:at\s+)?\d{1,2}:[0-5]\d(?![\d:])")
# what stands around an address and a number in a contact answer: separators and the words that name them
_CONTACT_WORDS = re.compile(r"(?:[\W_]|\b(?:e-?mail|courriel|tel|t[ée]l[ée]phone|phone|ph|cell|mobile|work|office|ext|poste|or|"
                            r"and|ou|et|x)\b)*", re.I)


_FOR_ALONE = re.compile(r"\s*(?:for|pour)\s*[:?]?\s*", re.I)
FOR_ALONE = 0.85
_TITLED = re.compile(r"^(?:[A-Z][\w'’&.-]*\s*)+$")  # a name in title case, every word capitalised


_BY_WHOM = re.compile(r"([^\W\d_]+ed)\s+(?:by|for)\s*:?$", re.I)


def _proposer_part(label: str, answer: str) -> LabelMatch | None:
    """"Requester department", "Applicant email": a word that names the proposer by their part, then the words of
    one of the proposer's other fields; that field (its wording in full, or by what it means), else None."""
    words = _words(label)
    role = words & _PROPOSER_ROLE
    if not role or not words - role:
        return None
    rest = " ".join(t for t in tokens(label, keep_parens=False) if _stem(t) not in role)
    lex = match_label(rest)
    if lex is not None and lex.score >= 0.9 and lex.key.startswith("proposer_") and lex.key != "proposer_name" \
            and (not answer or answer_fit(lex.key, answer) > 0):
        return LabelMatch(lex.key, 0.9, lex.variant)
    return None


@lru_cache(maxsize=4096)
def resolve(label: str, answer: str = "", context: str | None = None,
            taken: frozenset[str] = frozenset()) -> LabelMatch | None:
    """The field a label (with the answer beside it) asks for (see :func:`_resolve`); a lead-in whose subject is the
    learners and that stops on its modal verb ("Participants will:") asks what they will do, the outcomes."""
    found = _resolve(label, answer, context, taken)
    if (found is None or found.key == "target_learners") and outcomes_lead_in(label):
        return LabelMatch("learning_outcomes", found.score if found else LEAD_IN, found.variant if found else label)
    return found


LEAD_IN = 0.8  # how surely a lead-in in words no field lists ("What graduates can do") asks for the outcomes


def _resolve(label: str, answer: str = "", context: str | None = None,
             taken: frozenset[str] = frozenset()) -> LabelMatch | None:
    """The field a label (with the answer beside it) asks for, scored 0..1; None when nothing fits.

    A wording the contract lists wins as before; otherwise the description
    coverage and the answer's type decide, and the score stays below 1. Of the fields a
    label in the applicant's words fits about as well, one the document has not answered yet
    (not in ``taken``) is the likelier: a document asks each question once.
    """
    lex = match_label(label, context)
    if lex is not None and lex.score >= 0.9 and not lex.key.startswith("_") and answer_fit(lex.key, answer) > 0:
        return lex
    whose = _proposer_part(label, answer)
    if whose is not None:
        return whose
    if _FOR_ALONE.fullmatch(label) and answer and not find_email(answer) and not to_date(answer) \
            and not _PERSON.match(answer) and not (_ORG.search(answer) and answer[:1].isupper() and _TITLED.match(answer)):
        # "For" over "Nurses and clinic staff": whom the course is for, as a pitch or a memo heads its audience
        return LabelMatch("target_learners", FOR_ALONE, DESCRIPTIONS["target_learners"])
    if answer and _PERSON.match(answer) and not _ORG.search(answer.split(",")[0]):
        act = _BY_WHOM.match(label.strip())
        if act and _stem(act.group(1).lower()) + "er" in _PROPOSER_ROLE:
            # "Requested for: Ada Roy": the person the act of the one who requests is done for or by (the requester)
            return LabelMatch("proposer_name", 0.85, DESCRIPTIONS["proposer_name"])
    cov = coverage(label)
    # a label that names the partner asks about the partner, never about the proposer ("Partner lead")
    about_partner = bool(_words(label) & _PARTNER_WORDS)
    best: LabelMatch | None = None
    # the words that ask for the proposer as a person ("lead", "name", "email") ask for the partner's person
    person = max((v for k, v in cov.items() if k.startswith("proposer_")), default=0.0) if about_partner else 0.0
    who = cov.get("proposer_name", 0.0) if about_partner else 0.0  # "who", "name": a person or an organisation
    for key in FIELDS_BY_KEY:
        if about_partner and key.startswith("proposer_"):
            continue
        sem = max(cov.get(key, 0.0), lex.score if lex is not None and lex.key == key else 0.0)
        if FIELDS_BY_KEY[key].type == "choice" and len(choice_codes(key, label)[0]) >= 2:
            sem = max(sem, OPTIONS_ASKED)  # "Is this new, a conversion or a micro-course?" names the choices
        if about_partner and key in _PARTNER_KEYS:
            # "partner" is what the label is about; which partner field the answer's type says
            sem = max(sem, max(cov.get(k, 0.0) for k in _PARTNER_KEYS))
            if key == "partner_contact":
                sem = min(1.0, sem + person)
            elif key == "partner_name":
                sem = min(1.0, sem + who)
        if sem < 0.25:
            continue  # (below either bar whatever the answer's type: its type, the costly part, is not asked)
        fit = answer_fit(key, answer) if answer else 0.5
        # a label half explained by a field, with an answer of exactly that field's type, is enough
        if sem < (0.25 if fit >= 0.9 else 0.34) or fit == 0.0:
            continue
        score = round(min(0.95, 0.75 * sem + 0.25 * fit + (0.1 if fit >= 0.9 else 0.0)) - (ASKED_BEFORE if key in taken else 0.0), 4)
        if best is None or score > best.score:
            best = LabelMatch(key, score, DESCRIPTIONS[key])
    if about_partner and lex is not None and lex.key.startswith("proposer_"):
        lex = None
    if lex is not None and not lex.key.startswith("_") and (best is None or lex.score > best.score) \
            and answer_fit(lex.key, answer) > 0:
        return lex
    return best
