"""Is this attachment a concept form, a letter of support, or something else?

A concept form is recognised by the labels it carries, not by its values: a CV
has a name, an email and headings, and a course outline has a title, outcomes
and an assessment, but neither asks for a partner's endorsement, the Education
Plan alignment or a type of request. So the decision needs several distinct field
labels, some of them specific to this form.

Labels alone are not evidence of a *proposal*, though: every form asks for a name,
an email, a department and a date (a job application does), a blank template of
another office process can ask for outcomes, an assessment and a partner, and a
newsletter that announces a course talks about all of it. So three more checks:

* the contact details and dates every form asks for do not count towards the
  proposal: at least a few of the questions must be the proposal's own;
* a document that answers (almost) nothing is a concept form only by the
  contract's structure, i.e. when it asks nearly every required question (the
  blank concept form does, another process's template does not);
* likewise a filled form that answers only who, how to reach them, when and a title
  (a course-evaluation survey, a registration): its statements about outcomes or the
  format are rated or asked, not proposed; and one that answers none of the questions
  only a proposal asks (whom the course is for, the partner, its endorsement, the
  Education Plan, the type of request) unless it calls itself the concept form: a
  conference abstract or a claim for credit hours talks about outcomes, an assessment and
  hours too, but proposes nothing to the office;
* a document whose own heading says it is another kind of document (a newsletter,
  minutes, a job or grant application, a course outline...) needs that same
  structure: its talk of outcomes and partners is no proposal;
* a form asks its questions close together: a long regulation or paper in which a
  few phrases read like the questions is not one;
* a concept form makes the case for a course: whom it is for, why it is needed, which
  skills it builds. Another process's form about a course or a program (another
  college's new-course proposal with its code, credits and prerequisites, an
  accreditation page, a course outline, a budget request, a registration) describes,
  funds or rates it, but never asks that: it needs the contract's structure or its
  own name to be taken (on the dev sets no concept form lacks all three questions,
  and 21 of the 27 labelled look-alikes do).

A proposal written as a letter, a memo or a pitch has no labels at all. It is one
when its writer says, in the first person, that they propose a course ("I am writing
to propose a micro-course", "nous proposons un microcours"), or its opening lines name
it a course proposal ("Micro-credential pitch for Michener CE"), and the answers found
by their type cover several of the proposal's own questions (outcomes, the partner and
its endorsement, the format, hours and intake). A newsletter or minutes report a
proposal in the third person; a letter of support supports one.
"""
from __future__ import annotations

import re
from collections.abc import Collection
from itertools import islice

from . import french
from .calendar_items import printed_invitation
from .chains import newest_message
from .fields import REQUIRED_KEYS
from .labels import fold

# Labels that only a concept form asks for.
SPECIFIC = frozenset({"request_type", "endorsement_status", "education_plan_alignment", "partner_name",
                      "partner_contact", "existing_program_name"})
_CONCEPT_WORDS = re.compile(r"\bconcept\s+(?:form|proposal|submission|note)\b|\bmicro[- ]?(?:credential|course)\s+concept\b|"
                            r"\bmicro[- ]?course\s*/\s*credential\b", re.I)
# (a proposal names its partner's letter of support as a document beside it: "their letter of support is attached", "a
# letter of support will follow"; the letter itself does not speak of itself so)
_LETTER = re.compile(r"(?<!\btheir )(?<!\bhis )(?<!\bher )(?<!\bits )\bletter of support\b"
                     r"(?![^.;\n]{0,40}?\b(?:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:attached|enclosed|included)|"
                     r"attached|enclosed|(?:will|to)\s+follow|follows|(?:is|are)\s+(?:pending|requested|on\s+(?:its|the)\s+way)))|\bpleased to (?:support|endorse)\b|\bwriting (?:to|in) support\b|"
                     r"\bin support of\b|\bto whom it may concern\b", re.I)
_SIGNOFF = re.compile(r"\b(?:sincerely|regards|yours truly|respectfully)\b", re.I)


def _titled(text: str) -> bool:
    """Whether the document calls itself a concept form (English or French)."""
    return bool(_CONCEPT_WORDS.search(text) or french.CONCEPT_WORDS.search(fold(text)))


def form_score(labels: set[str], text: str) -> float:
    real = {k for k in labels if not k.startswith("_")}
    return len(real) + 2 * len(real & SPECIFIC) + (3 if _titled(text) else 0)


# What any form asks (who, how to reach them, when): no evidence that the form proposes a course.
GENERIC = frozenset({"proposer_name", "proposer_title", "proposer_department", "proposer_email", "proposer_phone",
                     "submission_date", "proposed_start", "proposal_title"})
PROPOSAL_MIN = 3    # questions (or answers) of the proposal itself, beyond contact details and dates
BLANK_VALUES = 3    # a document with fewer values than this answers nothing: only its structure can show the form
# ... and one that answers fewer of the proposal's own questions than this (only who, how to reach them, when and
# a title) is a filled form of another kind (an evaluation survey, a registration) unless its structure is ours
PROPOSAL_ANSWERS_MIN = 2
# the questions that make the case for a course (whom for, why, which skills): a concept form asks at least one
CASE_FOR_COURSE = frozenset({"target_learners", "rationale", "competencies"})
STRUCTURE_MIN = 10  # required questions of the contract (of 12) a blank concept form asks
# the questions only a course proposal answers: whom it teaches, which skills, how achievement is shown, what kind
# of request it is, whether a partner endorses it (a project's "Objectives" read as outcomes, its "Background" as the
# rationale, its "Stakeholders" as a partner: any project answers those)
TAUGHT = frozenset({"target_learners", "competencies", "summative_assessment", "endorsement_status", "request_type",
                    "existing_program_name"})
WORDED_MIN = 60     # words of a document's own text before it must name a course somewhere to be a concept form
GENRE_MIN = 8       # ... and a document headed as another kind of document must ask
# questions a thousand words: a form asks them close together (a long proposal still has 6 or more); a
# regulation, a paper or a report that happens to use a few of the words over many pages does not
LABEL_DENSITY = 3.0
# Kinds of document that are not proposals, as their own heading names them (English and French); words that
# also name a course's topic (a review, a report, an evaluation, consent, manual handling) are left out
_OTHER_KIND = re.compile(
    r"\b(?:news(?:letter)?|bulletin|digest|minutes|agenda|employment|job|vacanc(?:y|ies)|posting|invoice|"
    r"receipt|quotation|purchase order|polic(?:y|ies)|outline|syllabus|abstract|curriculum vitae|r[eé]sum[eé]|"
    r"cv|timesheet|brochure|flyer|press release|nouvelles|infolettre|proc[eè]s-verbal|ordre du jour|candidature|"
    r"emploi|facture|re[çc]u|politique|plan de cours|fund(?:ing)?|grants?|bursary|scholarship|"
    r"subvention|bourse|accredit(?:ation|ed|ing)?|agr[eé]ment|"
    # an agreement between organisations (a student placement, an affiliation): signed, not proposed
    r"(?:placement|affiliation|service|partnership)\s+agreement|entente|"
    # the report on a course that has run, named by its kind as the heading's head words ("Course Evaluation Report",
    # "Pilot evaluation summary", "End-of-course results"): it reports what learners did, it proposes nothing (alone,
    # "evaluation" or "report" may name a course's topic, "Program Evaluation Basics", "Incident report writing")
    r"(?:(?:course|program(?:me)?|cohort|pilot|annual|final|end[- ]of[- ]course)\s+)?evaluation\s+"
    r"(?:report|summary|results)|(?:cohort|pilot|end[- ]of[- ]course)\s+(?:report|results)|"
    r"rapport\s+d'[eé]valuation|bilan\s+(?:de\s+|du\s+)(?:cours|formation|programme)|"
    # a request to change a course or programme that runs already ("Program Change Request", "Course modification
    # form", "Demande de modification de programme"): it amends what exists (its hours, its weights, its
    # prerequisites), it proposes no new credential (a conversion into one is asked on the concept form itself)
    r"(?:program(?:me)?|course|curriculum)\s+(?:change|modification|revision|amendment)s?\s+(?:request|form)|"
    r"demande\s+de\s+(?:modification|changement)\s+(?:de|du|d')\s*(?:programme|cours)|"
    # an application to another programme or board, as its form names itself ("Application Summary Form", "Application
    # for admission", "Demande d'approbation"); "application" after a topic names a course ("Cast application"), and an
    # application for a course of ours is a proposal
    # (the course's own kind just before it asks for that course: "Micro-credential Application Form" is a proposal's)
    r"(?<!course\s)(?<!credential\s)application\s+(?:(?:summary|request)\s+)?form|application\s+(?:for|to)\s+(?!(?:an?\s+|the\s+)?(?:new\s+)?"
    r"(?:micro|course|credential))|formulaire\s+de\s+demande|demande\s+d'(?:approbation|admission)|"
    # ... and the review of another process, by the body that reviews ("Research Ethics Board", "comite d'ethique")
    r"(?:research\s+)?ethics\s+(?:review\s+)?(?:board|committee)|institutional\s+review\s+board|"
    r"comit[eé]\s+d'[eé]thique|"
    # a call for proposals asks for them in a proposal's words ("Propose a micro-credential! It must be endorsed...")
    r"call\s+for\s+(?:[\w-]+\s+){0,2}?(?:proposals|concepts|submissions|ideas|applications|abstracts)|"
    r"appel\s+(?:a|à|de)\s+(?:propositions|projets|candidatures|concepts))\b", re.I)


# What a proposal proposes: a course or a credential, named by its kind ("a new micro-credential", "a micro-\ncourse")
_A_COURSE = r"(?:micro[- ]?\s*(?:course|credential|certification)|course|credential)(?!s\b)"  # one course: courses are a catalogue
_FR_COURSE = r"(?:micro[- ]?(?:cours|credit|certification|certificat|titre|programme)|cours|formation)"
# ... and the verbs that make one (what a writer would like to do with a course that does not exist yet)
_MAKING = r"(?:offer|develop|create|build|launch|design|start|set\s+up|put\s+together|pilot|introduce|establish|run)"
_MAKING_ING = (r"(?:offering|developing|creating|building|launching|designing|starting|setting\s+up|putting\s+together|"
               r"piloting|introducing|establishing|running)")
_FR_MAKING = r"(?:offrir|developper|creer|lancer|concevoir|mettre\s+sur\s+pied)"
# A new course, as a proposal names it: an article, perhaps "new" and up to two words, and the kind
_NEW_COURSE = r"(?:a|an)\s+(?:new\s+)?(?:[\w-]+\s+){0,2}?" + _A_COURSE
# The writer proposes a course, in the first person, in one sentence (English and French, accents folded); the writer
# may name themselves first ("I, Jane Doe, educator in imaging, propose a micro-course")
_PROPOSING = re.compile(
    r"\b(?:i|we)\b(?:[^.;:!?]{0,40}|\s*,[^.;:!?]{0,160}?,\s*)\b(?:propos(?:e|ing)|pitch(?:ing)?|put(?:ting)?\s+forward|"
    r"suggest(?:ing)?|submit(?:ting)?|"
    # ... or wishes to build one ("we would like to develop a micro-course"): a course that exists is offered or taken,
    # not built; and a plan or an intention ("we plan to launch new micro-credentials") is what annual reports and
    # strategic plans announce, so only a wish, which asks the office for something, counts
    r"(?:would\s+(?:like|love)|'d\s+(?:like|love)|wish|hope|hoping|want|wanting|(?:am|are|'m|'re)\s+keen)\s+to\s+"
    + _MAKING + r"|"
    # ... or is keen on building one ("we are interested in developing a micro-credential")
    r"(?:interest(?:ed)?\s+in|keen\s+on)\s+" + _MAKING_ING + r")\s+"
    # ("we propose to develop a new micro-course")
    r"(?:to\s+" + _MAKING + r"\s+|(?:a|my|our|this)\s+proposal\s+(?:for|of)\s+)?(?:(?:a|an|the|our|this)\s+)?(?:new\s+)?(?:[\w-]+\s+){0,2}?" + _A_COURSE +
    # ... or hands in its proposal ("please find our proposal for a new micro-credential")
    r"|\b(?:my|our)\s+(?:joint\s+|concept\s+|formal\s+|initial\s+)?proposal\s+(?:for|of)\s+" + _NEW_COURSE +
    # ... or says what its own concept sets out ("This concept describes a micro-course in ..."): the document names
    # itself a concept or a proposal and what it describes is a course to make, not one that runs
    r"|\bthis\s+(?:concept(?:\s+note|\s+paper)?|proposal|pitch)\s+(?:describes|outlines|sets\s+out|presents)\s+"
    + _NEW_COURSE +
    # ... or the writer's own unit does ("our service would like to propose a micro-course")
    r"|\bour\s+(?:[\w-]+\s+){1,2}?(?:wants?|wishes|hopes|would\s+like)\s+to\s+(?:" + _MAKING +
    r"|propose|pitch|suggest|put\s+forward)\s+" + _NEW_COURSE +
    # ... or has one in mind ("I have an idea for a new micro-course", "we are thinking of a short course")
    r"|\b(?:i|we)\b[^.;:!?]{0,40}\b(?:an?\s+idea\s+for|thinking\s+(?:of|about))\s+" + _NEW_COURSE +
    # ... or recommends one; "I would recommend this course" or "a course like this" rates a course that exists, so
    # only a new one, or a micro-credential, counts
    r"|\b(?:i|we)\b[^.;:!?]{0,40}\brecommend(?:ing)?\s+(?:a|an)\s+(?:new\s+(?:[\w-]+\s+){0,2}?" + _A_COURSE +
    r"|(?:[\w-]+\s+){0,2}?micro[- ]?\s*(?:course|credential))(?!\s+(?:like|such)\b)"
    # ... or announces its own intent to propose one ("our intent to propose a brand-new micro-credential": a letter
    # of intent is the first step of a proposal; an intent to launch or offer courses is a plan, as above, and stays out)
    r"|\b(?:my|our)\s+(?:[\w-]+\s+)?(?:intent|intention)\s+to\s+(?:propose|submit|pitch|put\s+forward)\s+"
    r"(?:(?:a|an|the|this)\s+)?(?:new\s+)?(?:[\w-]+\s+){0,2}?" + _A_COURSE +
    # ... or names itself the writer's letter of intent to make one ("Please accept this letter as our statement of
    # intent to develop a micro-course"): the document is the intent, sent to the office; an intent that is not the
    # document's own ("our intent to launch new courses", "submit a letter of intent to develop ...") is a plan or a call
    r"|\b(?:my|our|this)\s+(?:letter|statement|declaration|expression)\s+of\s+(?:intent|intention|interest)\s+to\s+"
    r"(?:propose|submit|pitch|put\s+forward|" + _MAKING + r")\s+(?:(?:a|an|the|this)\s+)?(?:new\s+)?(?:[\w-]+\s+){0,2}?"
    + _A_COURSE +
    # ... or asks the office whether it would have one ("Would CE consider a micro-course on ...?")
    r"|\b(?:would|could|can|might)\s+(?:you|ce|michener|the\s+(?:ce\s+)?office)\b[^.;:!?]{0,30}?\b(?:consider|host|"
    r"offer|develop|create|run|support|be\s+interested\s+in)\s+" + _NEW_COURSE +
    # ... or whether it would make the writer's own program into one ("to ask whether Continuing Education would
    # convert our in-house X into a micro-credential"): the request to convert is the proposal, in the writer's
    # voice (a program that is "ours"); a report of a conversion done is past and names nobody's own program
    r"|\b(?:(?:would|could|can|might)\s+(?:you|ce|michener|continuing\s+education|the\s+(?:ce\s+)?office|the\s+institute)"
    r"|(?:whether|if)\s+(?:you|ce|michener|continuing\s+education|the\s+(?:ce\s+)?office|the\s+institute)\s+"
    r"(?:would|could|can|might|will))\b[^.;:!?]{0,30}?\b(?:convert|turn|adapt|repackage|transform)\s+(?:our|my)\s+[^.;:!?]{3,120}?\binto\s+(?:a|an)\s+"
    r"(?:[\w-]+\s+){0,2}?" + _A_COURSE +
    # ... or wishes to make it one itself ("We would like to convert our existing refresher day into a micro-credential
    # called ..."): the wish to convert the writer's own program is a proposal to convert, as the wish to build one is
    r"|\b(?:i|we)\b[^.;:!?]{0,40}\b(?:would\s+(?:like|love)|'d\s+(?:like|love)|wish|hope|want|propose)\s+to\s+"
    r"(?:convert|turn|adapt|repackage|transform)\s+(?:our|my)\s+[^.;:!?]{3,120}?\binto\s+(?:a|an)\s+"
    r"(?:[\w-]+\s+){0,2}?" + _A_COURSE +
    # ... or asks it in the imperative, politely ("Please consider a micro-course, <title>, for ..."): a request to the
    # office about a course to be made; an advertisement's "consider taking a course" is about one that exists
    r"|\b(?:please|kindly)\s+(?:do\s+)?consider\s+" + _NEW_COURSE +
    r"|\b(?:je|nous)\b[^.;:!?]{0,40}\b(?:propos(?:e|ons|er)|soumet(?:s|tons)?|(?:aimerions|aimerais|souhaitons|souhaite|"
    r"voudrions|voudrais)\s+" + _FR_MAKING + r")\s+(?:vous\s+)?(?:(?:un|une|le|la|notre|ce)\s+)?"
    r"(?:nouveau\s+|nouvelle\s+)?" + _FR_COURSE +
    # ... and the French writer's proposal or wish to convert a program of their own, as in English ("Nous souhaitons
    # proposer la conversion de notre programme existant, X, en microprogramme")
    r"|\b(?:je|nous)\b[^.;:!?]{0,40}\b(?:propos(?:e|ons|er)|souhait(?:e|ons)|voudrions|voudrais|aimerions|aimerais|"
    r"demand(?:e|ons))\s+(?:de\s+)?(?:proposer\s+)?(?:la\s+conversion\s+de|la\s+transformation\s+de|convertir|"
    r"transformer)\s+(?:notre|mon|nos|mes)\s+[^.;:!?]{3,120}?\ben\s+(?:un\s+|une\s+)?" + _FR_COURSE, re.I)
# A decision written as an order, where minutes or an action log record what a group decided to do ("3. Propose a
# micro-course: ..."; "Décision : proposer un microcours"): the group proposes, as a writer does in the first person
_DECIDING = re.compile(
    # (read on the text as written: the order opens its line or clause with a capital, where a line that a print
    # wrapped in the middle of "we invite you to / propose a course" goes on in lower case)
    r"(?:^|[;:]\s)\s*(?:[-•*]\s*|\d+[.)]?\s+)?(?:Propose|Recommend|Pitch|Put\s+forward)\s+(?i:(?:a|an)\s+(?:new\s+)?"
    r"(?:[\w-]+\s+){0,2}?" + _A_COURSE + r")"
    r"|(?:^|[;:]\s)\s*(?:[-•*]\s*|\d+[.)]?\s+)?Propos(?:er|ons)\s+(?i:(?:un|une)\s+(?:nouveau\s+|nouvelle\s+)?"
    r"(?:micro[- ]?(?:cours|cr[ée]dit|certificat|titre)|cours|formation))",
    re.M)
# ... or a body proposes that the college make a new course ("Our service proposes that Michener create a new
# micro-credential"): a third person proposes it; a reporter's "X proposed a course" is past and does not count, and
# a present-tense report is left to the document's genre (a newsletter is a newsletter)
_ASKING = re.compile(
    r"\b(?:proposes|recommends|suggests|requests)\s+(?:that\s+[^.;:!?]{0,60}?\b" + _MAKING + r"\s+)?(?:a|an)\s+(?:new\s+)?"
    r"(?:[\w-]+\s+){0,2}?" + _A_COURSE +
    r"|\bpropose\s+que\s+[^.;:!?]{0,60}?\b(?:offre|developpe|cree|lance|con[cç]oive|mette\s+sur\s+pied)\s+(?:un|une)\s+"
    r"(?:nouveau\s+|nouvelle\s+)?" + _FR_COURSE, re.I)
STATED_MIN = 4  # the proposal's own questions (beyond contact details and dates) asked or answered in a labelless one
# ... or its opening lines name it a proposal, an idea or a business case of a course ("Micro-credential pitch for Michener CE", "Chat:
# new course ideas"), whatever the genre: a chat, a post or a reply to the office's questions proposes as a letter does
_SELF_NAMED = re.compile(r"\b(?:micro[- ]?)?(?:credential|course|cours|credit)s?\b[^\n]{0,40}\b(?:pitch|proposal|concept|idea|business\s+case)s?\b|"
                         r"\b(?:pitch|proposal|concept|proposition|idea|business\s+case)s?\b[^\n]{0,40}\b(?:micro[- ]?)?(?:credential|course|cours|credit)|"
                         # ... or names the office's own intake of proposals ("#ce-proposals", "the CE concept questions")
                         r"\bce\b[- ]?(?:intake|proposals?|concept)\b",
                         re.I)
OPENING_LINES = 3
# ... and a letter's or a memo's subject line, which names what it is about wherever its letterhead, date and address
# put it ("Re: Letter of intent – proposed micro-course", "Objet : proposition de microcours")
_SUBJECT = re.compile(r"^\s*(?:re|subject|objet|sujet)\s*[:：]", re.I)
SUBJECT_LINES = 10
# a subject line names its course as proposed ("proposed micro-course"); in running text "X proposed a course" reports
# ... or a message's subject opens by naming it a proposal ("Subject: Proposal: <title>", "Fwd: Proposal - <title>")
_PROPOSAL_SUBJECT = re.compile(r"^\s*(?:subject|objet|sujet)\s*[:：]\s*(?:(?:re|fwd?|tr)\s*:\s*)*(?:proposal|proposition|pitch)\b",
                               re.I)
_PROPOSED_COURSE = re.compile(r"\bpropos(?:ed|e)\s+(?:new\s+)?(?:micro[- ]?)?(?:credential|course|cours)", re.I)
# ... and a letter may put its subject as a line of its own whose label names the course as proposed, under the
# sender's block ("Proposed course: <title>", "Cours propose : <titre>"): that line is its subject line
_PROPOSED_LABEL = re.compile(r"^\s*(?:propos(?:ed|e)\s+(?:new\s+)?(?:micro[- ]?)?(?:credential|course|cours)\w*|"
                             r"(?:micro[- ]?)?(?:cours|formation|microcertificat)\s+propose\w*)\s*[:：]", re.I)
# a course, as a subject line names what the message or letter is about ("Re: gait aids course")
_COURSE_NAMED = re.compile(r"\b(?:micro[- ]?)?(?:course|credential|cours|formation|certificat|credit)s?\b", re.I)


# Every statement of a proposal ends with the course it proposes: it is looked for only in the stretch of text before
# each mention of one (a long regulation or paper is read in a few places, not from every "I" and "we" in it)
_COURSE_NOUN = re.compile(r"\b(?:micro[- ]?)?(?:cours|course|credential|formation|cr[eé]dit|certification|certificat|titre)s?\b"
                          r"|\bmicro[- ]?programmes?\b", re.I)
STATEMENT_REACH = 400  # characters: the longest statement ("I, name, role in unit, would like to propose a new ...")


def _before_courses(text: str) -> list[tuple[int, int]]:
    """The stretches of text (start, end) that end with a course's name, merged where they overlap."""
    spans: list[tuple[int, int]] = []
    for m in _COURSE_NOUN.finditer(text):
        end = m.end()
        start = max(0, m.start() - STATEMENT_REACH)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def _unbracketed(text: str) -> str:
    """The text with a template's brackets taken away: "I, [Jane Doe], propose a [micro-course]" reads as written."""
    return text.replace("[", "").replace("]", "") if "[" in text else text


def proposes(text: str) -> bool:
    """Whether the writer says they propose a course ("I am writing to propose a micro-course")."""
    plain = fold(_unbracketed(text)).replace("’", "'")
    return any(_PROPOSING.search(plain, a, b) for a, b in _before_courses(plain))


def decides(text: str) -> bool:
    """Whether a line records the decision to propose a course ("3. Propose a micro-course: ..."). The same words
    can call on readers ("Propose a micro-credential for 2027!"): only the answers beside them tell which."""
    plain = _unbracketed(text)
    return any(_DECIDING.search(plain, a, b) for a, b in _before_courses(plain))


def asks_for_course(text: str) -> bool:
    """Whether the writer's side, in the present, proposes that the college make a new course ("Greyhaven Services
    proposes that Michener create a new micro-credential" under Greyhaven's letterhead, "This memo recommends a new
    course"). Someone else who proposes it ("Dr Lind proposes a new micro-course", in her partner's letter) is the
    proposer the letter supports, not the writer."""
    plain = fold(_unbracketed(text)).replace("’", "'")
    head = list(islice(re.finditer(r"[^\n]*\S[^\n]*", plain), OPENING_LINES))
    if not head:
        return False
    own = set(_WORD.findall(" ".join(m.group()[:OPENING_CHARS] for m in head))) - _COMMON
    for m in (m for a, b in _before_courses(plain) for m in _ASKING.finditer(plain, max(a, head[-1].end()), b)):
        # (a sentence of the opening itself cannot say whose side it is on)
        before = plain[plain.rfind("\n", 0, m.start()) + 1:m.start()]
        subject = _WORD.findall(re.split(r"[.;:!?]", before)[-1])
        if _SELF_REFERENCE.search(" ".join(subject[-3:])) or own & set(subject[-6:]):
            return True
    return False


# the writer's side, as a letter or memo opens: its letterhead, sender and date lines
OPENING_CHARS = 200
_WORD = re.compile(r"[a-z][a-z'-]{3,}")
# words of an opening that name nobody in particular ("Dear Continuing Education team")
_COMMON = frozenset({"dear", "team", "continuing", "education", "office", "michener", "institute", "from", "date",
                     "subject", "with", "that", "this", "your", "hello", "whom", "concern"})
_SELF_REFERENCE = re.compile(r"\b(?:this|our)\s+(?:letter|memo|note|document|proposal|brief|paper|service|team|"
                             r"department|unit|organi[sz]ation|group|association|company|clinic|hospital)\b|^(?:we|i)\b")


# ... and the kinds whose words also name a course's topic, when the heading leads with them as its kind, before the
# subject ("Evaluation report: <course>", "Pilot review – <course>"): alone or after a topic ("Incident report writing",
# "Bone marrow smear review") they name a course
_KIND_FIRST = re.compile(
    r"^\W*(?:[\w'-]+\s+){0,2}?(?:d')?(?:report|evaluation|review|summary|audit|rapport|bilan|compte\s+rendu)"
    r"\s*(?::|\s[-\u2013\u2014]\s)", re.I)


# A form's title names the process it serves, in the words before its head noun ("Event Sponsorship Request Form",
# "Annual Program Review Form", "Program Change Request", "Room Booking Request"). A concept form's title names the
# proposal somewhere ("Course Proposal Form", "Program Development Request", "New micro-credential request", "CE MC
# PROPOSAL -- QUICK FORM", "Concept Form") or the course itself as what is asked for ("Micro-credential Request Form");
# a form titled for any other process is that process's form, whatever course its answers speak of. (A title: the head
# noun ends the title or is followed by its code, a dash or the next title-cased line, never by a sentence's lower-case
# words or comma, "our idea in point form, as discussed")
_FORM_TITLE = re.compile(r"\b([\w'-]+)\s+(?i:(?:request\s+)?form)\b(?=\s*(?:$|[(\[|:\u2013\u2014-]|[A-Z0-9]))"
                         r"|\b([\w'-]+)\s+(?i:request)\b(?=\s*(?:$|[(\[|:\u2013\u2014-]|[A-Z0-9]))")
_PROPOSAL_NAMED = re.compile(r"\b(?:propos\w*|concept\w*|develop\w*|new|idea|pitch|intake|submission)\b", re.I)
_COURSE_ASKED = re.compile(r"^(?:micro[- ]?)?(?:course|credential)s?$", re.I)


def _other_form(heading: str) -> str | None:
    """The process a form's title names when it is not a course proposal ("event sponsorship request form")."""
    m = _FORM_TITLE.search(heading)
    if not m or _PROPOSAL_NAMED.search(heading) or _COURSE_ASKED.match(m.group(1) or m.group(2)):
        return None
    before = heading[:m.start()].split()
    if (m.group(1) or m.group(2)).lower() == "application" and before and _COURSE_ASKED.match(before[-1]):
        return None  # ("Micro-credential Application Form": an application for the course, which is the proposal)
    return m.group(0).lower()


def heading_kind(heading: str) -> str | None:
    """The kind of document a heading names when it is not a proposal ("CE News", "Course Outline")."""
    folded = fold(heading)
    m = _OTHER_KIND.search(folded) or _KIND_FIRST.search(folded)
    return m.group(0).strip(" :-\u2013\u2014").lower() if m else _other_form(heading)


def document_kind(heading: str, text: str) -> str | None:
    """The kind of document its heading names when it is not a proposal, or that its opening block shows (a printed
    meeting invitation: see :mod:`calendar_items`)."""
    return heading_kind(heading) or ("meeting invitation" if printed_invitation(text) else None)


def is_concept_form(labels: set[str], text: str, values: Collection[str] | None = None, heading: str = "") -> bool:
    """Whether the labels (and, when given, the keys read with a value and the document's heading) show a
    concept form, or the document states a proposal in its own words (see :func:`_stated_proposal`). ``values``
    None means the caller could not read values (a legacy .doc, an RTF)."""
    real = {k for k in labels if not k.startswith("_")}
    labelled = len(real) >= 4 and form_score(labels, text) >= 10
    if labelled and _asked_and_answered(real, text, values, heading):
        return True
    # a retyped proposal may carry a few of the form's labels beside its sentences (an SBAR's "Background", a
    # memo's "From"): they do not make it a form, and they do not stop it from being a proposal either; but then it
    # must say so in a sentence (a form of another office named "New Course Proposal" is that office's form)
    return _stated_proposal(real, text, values, heading, labelled)


# What makes a course a micro-credential, as the contract asks it: what it teaches [R1], how achievement is shown
# [R2], who endorses it [R3], how it fits the Education Plan [R4], and what kind of request it is. A talk, a workshop
# or a placement has a title, objectives, an audience and a contact, so answers one of these at most; every concept
# form on the dev sets that is neither the contract's full structure nor named a concept form answers two or more.
REQUIREMENTS = (frozenset({"competencies", "learning_outcomes"}), frozenset({"summative_assessment"}),
                frozenset({"partner_name", "endorsement_status"}), frozenset({"education_plan_alignment"}),
                frozenset({"request_type", "existing_program_name"}))
REQUIREMENTS_MIN = 2


def requirements_answered(answered: Collection[str]) -> int:
    """How many of the micro-credential's requirements (and the type of request) the answers address."""
    return sum(1 for group in REQUIREMENTS if group & set(answered))


def _asked_and_answered(real: set[str], text: str, values: Collection[str] | None, heading: str) -> bool:
    """The label route: the form's questions, asked close together and answered as a proposal answers them."""
    if len(real) * 1000 < LABEL_DENSITY * len(text.split()):
        return False
    answered = set(values or ())
    if len((real | answered) - GENERIC) < PROPOSAL_MIN:
        return False
    if not (real | answered) & CASE_FOR_COURSE and not _titled(text):
        return False
    if len(text.split()) >= WORDED_MIN and not (real | answered) & TAUGHT and not _COURSE_NOUN.search(text) \
            and not _titled(text):
        # (a generic template filled for another kind of project, a project charter for new equipment: its
        # "Objectives", "Stakeholders" and "Strategic Alignment" read as the form's questions, but a proposal names
        # the course or credential it proposes somewhere, or asks what only a course proposal asks (see TAUGHT); a
        # fillable form's text is its few metadata words, its questions are its fields' names)
        return False
    structure = len(real & set(REQUIRED_KEYS))
    if structure < STRUCTURE_MIN and speaks_about_a_proposal(text, "existing_program_name" in answered) \
            and not proposes(text):
        # (before the title: a reply or a rubric names the concept form it speaks of)
        return False
    # (a document that calls itself the concept form is one however little of its own part it answers)
    # (asked and answered: a sentence of an abstract that mentions an endorsement answers no question of the form)
    unspecific = not answered & real & (SPECIFIC | {"target_learners"}) and not _titled(text)
    if values is not None and structure < STRUCTURE_MIN and (
            len(answered) < BLANK_VALUES or len(answered - GENERIC) < PROPOSAL_ANSWERS_MIN or unspecific
            or (requirements_answered(answered) < REQUIREMENTS_MIN and not (_titled(text) or self_named(text)))):
        return False
    if document_kind(heading, text) and (structure < GENRE_MIN or len(real & SPECIFIC) < 2):
        return False
    return True


# a document headed as another kind (minutes, an action log) proposes only in its own voice ("we propose", a decision
# "Propose a micro-course: ..."), never by reporting, and only with the proposal's own answers in it: so many that the
# record is the proposal (the minutes' "X presented an idea" with two details is a report of somebody else's)
GENRE_STATED_MIN = 6


def _stated_proposal(real: set[str], text: str, values: Collection[str] | None, heading: str,
                     labelled: bool = False) -> bool:
    """A proposal written as a letter or memo: proposed in the first person (or by a group's decision), or a body
    asking the college for a new course, answered by type (a proposal may well say that a letter of support is
    attached: it proposes, the supporter's letter supports)."""
    if values is None:
        return False
    # (a decision needs the proposal's answers beside it: a call for proposals orders its readers in the same words)
    detailed = len(set(values) - GENERIC) >= GENRE_STATED_MIN
    if document_kind(heading, text):
        return detailed and (proposes(text) or decides(text))
    if detailed and decides(text):
        return True
    if len((real | set(values)) - GENERIC) < STATED_MIN:
        return False
    if labelled:
        return proposes(text) or (asks_for_course(text) and not is_letter_of_support(text))
    # (a letter of support may well say that its writer's colleague "proposes a new course": it supports it; a reply
    # or a verdict names the proposal it speaks of)
    return proposes(text) or ((self_named(text) or asks_for_course(text)) and not is_letter_of_support(text)
                              and not speaks_about_a_proposal(text, "existing_program_name" in values))


# A writer who proposes a course in the first person but whose document gave the type-reader few answers (a short
# email, a pitch whose details are phrased in ways no reader knows) is still proposing: it is a form that a person
# reads, not a document to drop. Only a note that sends the proposal elsewhere ("my concept form is attached") is not.
TENTATIVE_MIN = 2
_COVER_NOTE = re.compile(r"\b(?:attached|enclosed|attaching|enclosing|attach|enclose)\b[^.;!?\n]{0,40}\b(?:concept\s+)?"
                         r"(?:form|proposal|submission)\b|\b(?:form|proposal|submission)\b[^.;!?\n]{0,25}\b(?:is|are)\s+"
                         r"(?:attached|enclosed)\b", re.I)


# Minutes of a department where a member tabled a proposal: the meeting records its facts, then the group's own
# decision or motion endorses it or sends it on ("Decision: the Council endorses the proposal", "Motion: that the
# department supports the proposal and forwards it to CE"). The record is then the proposal as the department puts it
# forward; minutes that only discuss a call or an idea record no such decision, nor so many of a proposal's answers.
_GROUP_ENDORSES = re.compile(
    r"^[ \t]*(?:decision|motion|resolution|resolved|agreed|decided|d[ée]cision|r[ée]solution|proposition)\s*[:：]\s*"
    r"(?:that\s+|que\s+)?(?:the|this|our|le|la|l')\s*(?:[\w'-]+\s+){0,3}?"
    r"(?:endorses?|supports?|agrees?\s+to\s+(?:endorse|support|forward)|forwards?|appuie|soutient|endosse|transmet)\s+"
    r"(?:the|this|its|le|la|ce|cette|l')\s*(?:[\w-]+\s+){0,2}?(?:proposal|proposition|projet)\b", re.I | re.M)
# the proposal's own answers (of 16 beyond contact details, dates and a title) and requirements (of five) such a record
# gives: a member's idea mentioned in passing gives two or three
ENDORSED_RECORD_MIN = 8
ENDORSED_REQUIREMENTS_MIN = 3


def endorsed_record(text: str, values: Collection[str]) -> bool:
    """Whether minutes record a tabled proposal with most of its answers and the group's decision to endorse it."""
    own = set(values) - GENERIC
    return len(own) >= ENDORSED_RECORD_MIN and requirements_answered(own) >= ENDORSED_REQUIREMENTS_MIN \
        and bool(own & CASE_FOR_COURSE) and bool(_GROUP_ENDORSES.search(text)) \
        and not speaks_about_a_proposal(text, "existing_program_name" in own)


def tentative_proposal(labels: set[str], text: str, values: Collection[str] | None = None, heading: str = "") -> bool:
    """Whether a document that :func:`is_concept_form` did not take proposes a course in the writer's own voice
    with a few answers beside it: the caller takes it as a concept form for a person to review."""
    if values is None:
        return False
    if document_kind(heading, text):
        # (headed as another kind: only minutes whose group endorses the proposal they record, and a person checks
        # which of the meeting's words are the proposal's)
        return endorsed_record(text, values)
    real = {k for k in labels if not k.startswith("_")}
    if _COVER_NOTE.search(text) or is_letter_of_support(text):
        return False
    if len((real | set(values)) - GENERIC) >= TENTATIVE_MIN and (proposes(text) or decides(text)):
        return True
    # ... or it makes the whole case for a course without a sentence that any reader knows as proposing (a letter whose
    # "I propose" is phrased in a new way, a pitch in the third person): the answers, found by their type, cover most of
    # what only a proposal answers and nearly every requirement. A look-alike that describes, funds or rates a course
    # (an evaluation report, an application to another programme, a rubric) answers far fewer, or says by its heading
    # or its verdict what it is; and a person still checks it.
    own = set(values) - GENERIC
    if len(own) >= UNVOICED_MIN and requirements_answered(own) >= UNVOICED_REQUIREMENTS_MIN and own & CASE_FOR_COURSE \
            and not speaks_about_a_proposal(text, "existing_program_name" in own):
        return True
    # ... or its answers, found by their type, cover fewer of them but still most of what a proposal answers, and its
    # words speak of what only a proposal to this office speaks of (the Education Plan, a partner's endorsement): a
    # letter, a handout or a transcript whose one proposing sentence is phrased in a way no reader knows. The answers
    # are the evidence, not that sentence; a syllabus, a badge page or another college's report answers as many of
    # a course's questions but makes no case to the office, and a look-alike that does (a call, minutes, a rubric)
    # names its kind in its heading or gives a verdict
    if len(own) >= EVIDENCE_MIN and requirements_answered(own) >= EVIDENCE_REQUIREMENTS_MIN and own & CASE_FOR_COURSE \
            and _OFFICE_TOPIC.search(fold(text).replace("’", "'")) and not reports_a_proposal(text) \
            and not speaks_about_a_proposal(text, "existing_program_name" in own):
        return True
    # ... or it names a course as its subject and answers much of what only a proposal answers, although nobody says
    # "propose" in it: the reply to the office's questions ("Re: <course>", "1. ... 2. ..."), a letter whose
    # "Proposed course:" line stands for the proposing sentence. Sending it to a person costs a review; dropping it
    # costs the applicant their acknowledgement. A reply or a verdict about a proposal is not one.
    if len(real - GENERIC) >= SECTIONED_MIN and len(real & CASE_FOR_COURSE) >= 2 \
            and len(real) * 1000 >= LABEL_DENSITY * len(text.split()) \
            and len(set(values) & SPECIFIC) >= SECTIONED_SPECIFIC_MIN \
            and not speaks_about_a_proposal(text, "existing_program_name" in values):
        # ... or it is set out under the form's own questions as its headings (whom for, why, which skills, the
        # outcomes, the assessment) and its sentences answer what only a proposal answers (the partner, its
        # endorsement, the Education Plan): a proposal retyped as a report under its course's title. A course outline
        # has such headings but answers none of those, and a paper's headings (purpose, participants) stand pages
        # apart; a person still checks it
        return True
    return (subject_names_course(text) and len(set(values) - GENERIC) >= PROPOSAL_MIN
            and requirements_answered(values) >= SUBJECT_REQUIREMENTS_MIN
            and not speaks_about_a_proposal(text, "existing_program_name" in values))


# the proposal's own answers (of 16 beyond contact details, dates and a title) and requirements (of five) a document
# must give to be sent to a person as a proposal without saying that it proposes: on the dev sets every proposal that
# loses its proposing sentence still gives 10 (most 12 or more) with four or five requirements, no look-alike more than 9
# (a rubric that rates a proposal), none that is not a verdict or headed as another kind more than 7
UNVOICED_MIN = 10
UNVOICED_REQUIREMENTS_MIN = 4
# ... and the answers and requirements that are enough when the document also speaks of the office's own requirements:
# on the dev sets no look-alike that is not headed as another kind, a verdict or a letter of support gives more than 7
# answers, and none of those with 7 makes the case for a course (whom for, why, which skills)
EVIDENCE_MIN = 8
EVIDENCE_REQUIREMENTS_MIN = 3
# what only a proposal to the office speaks of, whatever its genre: the Education Plan it fits, a partner's endorsement
# (read on folded text: "plan d'education", "appuie le projet")
_OFFICE_TOPIC = re.compile(r"\beducation(?:al)?\s+plan\b|\bplan\s+d'(?:education|enseignement)\b|\bendors(?:e|es|ed|ing|ement)\b|"
                           r"\bletters?\s+of\s+support\b|\blettres?\s+d'appui\b|\bappui(?:e|ent|era)?\s+(?:le|ce|notre)\s+"
                           r"(?:projet|cours|microcours|programme)\b", re.I)
# ... but somebody else's proposal, reported or supported, answers as much: a newsletter's "X proposed a new
# micro-credential last month", a partner's "Dr Lind proposes that Michener create a new micro-course"
_REPORTED = re.compile(
    r"\b(?:proposes|proposed|recommends|recommended|suggests|suggested|requests|requested|pitched|pitches)\s+"
    r"(?:that\s+[^.;:!?]{0,60}?\b" + _MAKING + r"\s+)?(?:a|an)\s+(?:new\s+)?(?:[\w-]+\s+){0,2}?" + _A_COURSE +
    r"|\b(?:propose|a\s+propose|ont\s+propose|recommande|suggere)\s+(?:que\s+[^.;:!?]{0,60}?\b(?:offre|developpe|cree|"
    r"lance)\s+)?(?:un|une)\s+(?:nouveau\s+|nouvelle\s+)?" + _FR_COURSE, re.I)


def reports_a_proposal(text: str) -> bool:
    """Whether the document says that somebody other than its writer proposes a course (in the third person, and the
    writer neither proposes one nor speaks for the side that asks for it)."""
    plain = fold(_unbracketed(text)).replace("’", "'")
    return bool(_REPORTED.search(plain)) and not proposes(text) and not asks_for_course(text)


# the form's own questions (beyond contact details and dates) a proposal set out under them as headings asks, and
# the proposal-only questions (partner, endorsement, Education Plan, type of request) its sentences answer
SECTIONED_MIN = 4
SECTIONED_SPECIFIC_MIN = 2
# the micro-credential's requirements (of five) a document that names a course as its subject must answer to be sent
# to a person as a proposal: a registration, an invoice or an agreement about a course answers none or one
SUBJECT_REQUIREMENTS_MIN = 3


def self_named(text: str) -> bool:
    """Whether the opening lines, or a subject line among the first few, name the document a course proposal or
    idea ("Micro-credential pitch for Michener CE", "Re: proposed micro-course")."""
    lines = [ln for ln in islice((ln for ln in text.splitlines() if ln.strip()), SUBJECT_LINES)]
    subject = [ln for ln in lines[OPENING_LINES:SUBJECT_LINES] if _SUBJECT.match(ln)][:1]
    opening = "\n".join(lines[:OPENING_LINES] + subject)
    return bool(_SELF_NAMED.search(fold(opening))) or any(_PROPOSED_COURSE.search(fold(ln)) for ln in subject) \
        or any(_PROPOSAL_SUBJECT.match(fold(ln)) or _PROPOSED_LABEL.match(fold(ln)) for ln in lines)


def subject_names_course(text: str) -> bool:
    """Whether the document's subject line (a message's or a letter's "Re:", "Subject:", "Objet :" among its first
    lines, or a line naming the proposed course) names a course: what the document is about, in its own words."""
    lines = [fold(ln) for ln in islice((ln for ln in text.splitlines() if ln.strip()), SUBJECT_LINES)]
    subject = [ln for ln in lines if _SUBJECT.match(ln)][:1]
    return any(_COURSE_NAMED.search(ln) for ln in subject) or any(_PROPOSED_LABEL.match(ln) for ln in lines)


# A proposal names its partner's letter as a document beside it, in a letter's or a message's list of what comes with
# it ("Attachments: CHPA letter of support.pdf", "Enclosure: letter of support", "Pièce jointe : lettre d'appui"), as
# the thing it sends ("the attached letter of support") or in French as an English proposal does ("la lettre d'appui
# est jointe", "leur lettre d'appui suivra"): those mentions are no letter of support, which never lists itself as its
# own enclosure (the French read on folded text, accents away)
_LETTER_BESIDE = re.compile(
    r"^[ \t]*(?:attachments?|attached|enclosures?|encl\.?|enclosed)[ \t]*[:：][^\n]*"
    r"|\b(?:attached|enclosed)\s+(?:[\w'’-]+\s+){0,3}?letter\s+of\s+support\b", re.I | re.M)
_FR_LETTER_BESIDE = re.compile(
    r"^[ \t]*(?:pieces?\s+jointes?|p\.?\s?j\.?|annexes?)[ \t]*[:：][^\n]*"
    r"|\b(?:(?:sa|leur|la|une|notre)\s+)?lettre\s+d'appui\b(?=[^.;\n]{0,40}?\b(?:(?:est|sont|sera|seront)\s+"
    r"(?:jointe?s?|ci-jointe?s?|annexee?s?|incluse?s?|en\s+cours|a\s+venir)|ci-jointe?s?|en\s+annexe|suivra|suivront|"
    r"a\s+venir)\b)", re.I | re.M)


def is_letter_of_support(text: str) -> bool:
    folded = fold(text).replace("’", "'")
    return bool(_LETTER.search(_LETTER_BESIDE.sub(" ", text)) or french.LETTER.search(_FR_LETTER_BESIDE.sub(" ", folded))) \
        and bool(_SIGNOFF.search(text) or french.SIGNOFF.search(folded))


# A document can ask the form's questions and answer them without proposing anything: it speaks ABOUT a proposal or
# a course, from the outside. Three kinds of evidence show that side, each in the document's own words or structure:
# * it replies to a submission with what the writer's side made of it: the reader's proposal was reviewed, decided on
#   ("The committee has reviewed the concept form that you submitted", "le comité a étudié le formulaire de concept que
#   vous avez soumis", "your proposal has been approved"): the proposer is the reader. (A portal's copy of the answers
#   thanks its sender and says what was received: that is the proposal itself, so receipt alone is no evidence)
_EVALUATED = (r"(?:reviewed|assessed|evaluated|considered|examined|studied|discussed|approved|accepted|declined|rejected|"
              r"etudie|examine|evalue|considere|analyse|approuve|accepte|refuse)")
_SUBMITTED = r"(?:proposal|concept|submission|application|form|proposition|demande|formulaire|soumission)"
_REPLY = re.compile(
    r"\b" + _EVALUATED + r"\b[^.;!?]{0,80}?\b(?:the|your)\s+(?:[\w-]+\s+){0,2}?" + _SUBMITTED
    + r"\b[^.;!?]{0,40}?\byou\s+(?:have\s+|had\s+)?submitted\b"
    r"|\byour\s+(?:[\w-]+\s+){0,3}?" + _SUBMITTED + r"\s+(?:has|have|was|were)\s+(?:been\s+)?" + _EVALUATED + r"\b"
    r"|\b" + _EVALUATED + r"\w*\b[^.;!?]{0,80}?\b(?:le|la|l'|votre)\s*(?:[\w-]+\s+){0,2}?" + _SUBMITTED
    + r"\b[^.;!?]{0,40}?\bque\s+vous\s+(?:nous\s+)?avez\s+(?:soumise?s?|transmise?s?|deposee?s?|presentee?s?)\b"
    r"|\bvotre\s+" + _SUBMITTED + r"\s+(?:a\s+ete|est)\s+" + _EVALUATED, re.I)
# * it gives a verdict on one: the value of its own decision, recommendation or rating is a verdict ("Décision:
#   approuvé sous conditions", "Recommendation: ☐ Support ☒ Support with revisions"), or a column of its own is a
#   score on a scale ("Score (1-4)"). A proposal's "Recommendation" recommends the course in a sentence, and the
#   form's office-use "Decision:" is left empty by the proposer;
_VERDICT_LABEL = (r"(?:decision|recommendation|verdict|(?:review\s+)?outcome\s+of\s+(?:the\s+)?review|review\s+outcome|avis|"
                  r"recommandation|rating|appreciation|cote)s?\b")
_VERDICT = (r"(?:approved|approval|approuvee?s?|approbation|accepted|acceptee?s?|rejected|refusee?s?|declined|deferred|"
            r"reportee?s?|(?:not\s+)?supported|conditionally|(?:sous|with|under)\s+conditions?|with\s+revisions?|"
            r"(?:does\s+not\s+|partially\s+)?meets|not\s+met)\b")
_TICK = r"(?:[☒☑■✔✓]|\[x\])"
_VERDICT_GIVEN = re.compile(
    r"^[ \t]*(?:\d+[.)]\s*)?" + _VERDICT_LABEL + r"[^\n:|]{0,30}(?:[:|]\s*|\n\s*)(?:" + _TICK + r"\s*)?" + _VERDICT
    + r"|^[ \t]*(?:\d+[.)]\s*)?" + _VERDICT_LABEL + r"[^\n]{0,40}\n?[^\n]{0,80}?" + _TICK + r"\s*(?:do\s+not\s+)?"
    r"(?:support|approve|accept|reject|defer|refuse|approuve|accepte)\w*"
    # (the scale as a column's own heading: an assessment that "scores each step from 1 to 5" describes a course)
    r"|^[ \t]*(?:score|note|cote|rating)s?\s*\(\s*[0-4]\s*(?:[–-]|to|a)\s*(?:[3-9]|10)\s*\)[ \t]*$", re.I | re.M)
# * the micro-credential it speaks of has already been taken, at a date ("technologues ayant terminé le
#   microcertificat en 2025-2026"): a proposal's course does not exist yet (a program it converts may, and so may a
#   pilot run to try it out: neither counts, see speaks_about_a_proposal)
_MICRO = r"(?:micro[- ]?(?:credential|course|certificat|cours|credit|titre))s?\b"
_TAKEN = re.compile(
    r"(?<!will\s)\b(?:(?:has|have|had)\s+(?:successfully\s+)?)?(?:completed|finished|earned|passed|ayant\s+(?:termine|suivi|"
    r"complete|reussi|obtenu))\s+(?:the\s+|le\s+|la\s+|l'|this\s+|their\s+|ce\s+|leur\s+)?"
    r"(?:(?!pilot|projet[- ]pilote)[\w-]+\s+){0,2}?" + _MICRO
    + r"[^.;\n]{0,60}?\b(?:in|en|since|depuis|during|durant|pendant)\s+(?:[\w-]+\s+){0,2}?(?:19|20)\d\d\b", re.I)


def _unquoted(text: str) -> str:
    """The text without the lines an email quotes (the other party's words: a reply's answers are the writer's)."""
    return "\n".join(ln for ln in text.splitlines() if not ln.lstrip().startswith(">"))


def speaks_about_a_proposal(text: str, converts: bool = False) -> bool:
    """Whether the document shows, by its own words or structure, that it speaks about a proposal or a course from
    the outside (a reply to a submission, a verdict or a score on one, a course already taken) instead of making one.
    Such a document is a concept form only when its writer proposes in so many words, or it asks the form's whole
    structure. ``converts``: the document names a program to convert, which learners may well have completed."""
    # (in a mail thread, only the newest message is the writer's: an office's older "your proposal has been reviewed,
    # a few questions" under the proposer's answers is the other party's)
    plain = fold(_unquoted(newest_message(text) or text)).replace("’", "'")
    return bool(_REPLY.search(plain) or _VERDICT_GIVEN.search(plain) or not converts and _TAKEN.search(plain))


# the form's own name as a document's first line ("CE-F-07 Concept Form | printed ...", "Formulaire de concept")
_NAMES_ITSELF = re.compile(r"\bconcept[\s-]+form\b|\bmicro[- ]?course\s*/\s*credential\b|\bformulaire\s+de\s+concept\b",
                           re.I)
UNREAD_LABELS = 4  # fewer field labels than this found in a document that names itself the form: it was not read


def unread_form(labels: set[str], text: str, heading: str) -> bool:
    """A document whose first line names it the concept form but whose labels the parser could not find (the
    characters of a print placed one by one, a table read as loose words): it is the form, unread, and a person
    reads it. Saying "not a form" would drop an application without a word."""
    real = {k for k in labels if not k.startswith("_")}
    return bool(_NAMES_ITSELF.search(fold(heading))) and len(real) < UNREAD_LABELS and not document_kind(heading, text) \
        and not is_letter_of_support(text)


def kind_of(labels: set[str], text: str, values: Collection[str] | None = None, heading: str = "") -> str:
    if is_concept_form(labels, text, values, heading):
        return "concept_form"
    if is_letter_of_support(text):
        return "letter_of_support"
    return "not_a_form"


def looks_like_form_name(*names: str) -> bool:
    """For files we cannot read (scans, .doc): does the name or title suggest the form?"""
    joined = " ".join(n for n in names if n)
    return bool(re.search(r"concept|micro[- ]?(?:credential|course)|proposal|\bform\b|formulaire|\bfiche\b|"
                          r"micro[- ]?(?:cr[ée]dit|cours)", joined, re.I))


def looks_like_other_document(*names: str) -> bool:
    joined = " ".join(n for n in names if n)
    return bool(re.search(r"\b(?:cv|resume|résumé|curriculum vitae|letter|invoice|receipt|logo|agenda|lettre|facture|"
                          r"reçu|ordre du jour|procès-verbal|compte rendu)\b", joined, re.I))
