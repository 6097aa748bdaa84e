"""Sentence roles: the fields a letter, a memo or a narrative proposal states in its own sentences.

A letter to the office answers the form's questions without its labels. Each
sentence still plays a role that its grammar shows: the proposing sentence
names the kind of course, its title (quoted, or set between commas) and, after
"for", its learners; a sentence that ends "... will be able to:" opens the list
of outcomes, and the sentence before it names the skills; "would be
demonstrated through ..." gives the assessment; an organisation that "has
endorsed" the course is the partner; "we would need ..." gives the resources;
the sentence that names the Education Plan is the alignment. The paragraph
right after the proposing one, when it plays no other role, says why the
course is needed.

Every value read here is a reading of prose, not of a label: it is given a
confidence below the parser's SURE threshold, for a person to confirm, unless
calibration finds other signals that agree (the value's type, its place in the
document's order).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .bylines import REPORTED, contact_clause, letter_from, letter_signer, person_line
from .fields import FieldValue
from .labels import match_label
from .meaning import ORG, PERSON
from .normalise import BULLET_GLYPHS, choice_code, choice_codes, clean, find_emails, join_items, strip_marker, to_date

READ = 0.7   # a role the sentence's grammar shows (a verb and its object)
PLACED = 0.6  # a role known from where the paragraph stands

# a full stop, "!" or "?" before a capital or an opening quote ends a sentence, unless it ends a title or an
# initial ("Dr. Roy", "J. Roy")
# (the guards look behind the full stop itself: "Dr." and "J." end no sentence)
_SENTENCE = re.compile(r"(?<=[.!?])(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bSt\.)(?<!Mrs\.)(?<!Dre\.)(?<!Mme\.)(?<!Prof\.)"
                       r"(?<!\b[A-Z]\.)\s+(?=[A-ZÀ-Þ“\"(])")
_KIND = r"(?P<kind>micro-?course|micro-?credential|micro-?certificate|credential|course|certificate|program(?:me)?)"
# "I am writing to propose a micro-course, ...", "We propose a new micro-credential for ...", "I would like to
# propose a new micro-credential, ..."
# The verb may be the writer's ("I propose", "this memo proposes") or a request that the office make it ("we are
# asking CE to develop", "we would like the Institute to offer", "we request that CE create").
_PROPOSING = re.compile(r"\b(?:propos(?:e|es|ed|ing)|submit(?:s|ted|ting)?|put(?:s|ting)?\s+forward|suggest(?:s|ed|ing)?|"
                        # ... or asks the office to take one up, politely ("Please consider a micro-course, X, for ...")
                        r"(?:please|kindly)\s+(?:do\s+)?consider|"
                        # ... or names its own proposal of one ("this memo sets out our concept for a micro-course, X,")
                        # ("Please accept this note as our concept proposal for a new micro-credential, X, for ...")
                        r"(?:our|my|this)\s+(?:concept\s+(?=proposal|pitch))?(?:concept|proposal|pitch)\s+for|"
                        # ... or asks for one ("We are asking for a brand-new micro-credential: X")
                        r"(?:ask|asks|asking|apply|applying)\s+for(?=\s+an?\s)|"
                        # ... or states its intent, as a letter of intent does ("our statement of intent to develop a
                        # micro-course with Michener")
                        r"intent(?:ion)?\s+to\s+(?:develop|create|build|offer|run|launch|design|deliver|propose)|"
                        r"offer|recommend(?:s|ed|ing)?|(?:ask|asks|asking|request|requests|requesting|invite|inviting|like|"
                        r"want|wish)\s+(?:that\s+)?(?:[\w.’'-]+\s+){1,4}?(?:to\s+)?(?:develop|create|build|offer|run|launch|"
                        r"design|deliver|set\s+up))\s+"
                        # ("I would like to offer an idea for a course, X, intended for ...")
                        r"(?:(?:an?|my|our)\s+idea\s+for\s+)?"
                        r"(?:a|an|the|our)\s+(?P<new>(?:brand[- ])?new\s+)?(?:short\s+|online\s+|hybrid\s+)?" + _KIND + r"\b(?P<rest>.*)$",
                        re.I | re.S)
# "The course would be called Negative Pressure Wound Therapy in Community Care, and ...": a sentence that names the
# course (its name read by _CALLED, from "called" on)
_COURSE_CALLED = re.compile(r"^(?:the|this|our)\s+(?:new\s+)?" + _KIND + r"\s+(?:would|will|could|is\s+to|is\s+going\s+to)?"
                            r"\s*(?:be\s+|is\s+)(?=(?:called|titled|entitled|named)\s)", re.I)
# "A new micro-credential for registered kinesiologists ...": the answer to "What we propose", a noun phrase that
# names the kind of course and whom it is for, plays the proposing sentence's part
_KIND_NOUN = re.compile(r"^(?:an?\s+|(?=new\s))(?P<new>(?:brand[- ])?new\s+)?(?:short\s+|online\s+|hybrid\s+)?" + _KIND
                        + r"\b(?P<rest>(?:\s*,\s*[“\"‘'«][^”\"’'»]{4,160}[”\"’'»]\s*,)?,?\s+(?:aimed\s+at|intended\s+for|designed\s+"
                        r"for|for)\s+[^,;:]*"
                        # ("A micro-course that teaches anaesthesia providers to scan ...": the answer to "What is it?")
                        r"|\s+(?:that|which)\s+(?:teaches|trains|prepares|equips|builds|gives|helps)\b.*"
                        # ("A brand-new micro-credential, called Feeding Infants with Cleft Lip and Palate.": its name)
                        r"|,?\s+(?=(?:called|titled|entitled|named)\s+[“\"‘'«A-Z]).*)$", re.I | re.S)
# "a conversion of part of our Advanced Practice certificate into something stand-alone", "convert our X into a
# micro-credential": the request converts an existing program, which the sentence names
_CONVERSION = re.compile(r"\b(?:conver(?:t|ts|ting|sion\s+of)|repackag(?:e|ing)|(?i:turn(?:s|ing)?|transform(?:s|ing)?))\s+(?:(?:part|parts|a\s+module|one\s+module|"
                         r"module\s+\d+|a\s+unit)\s+of\s+)?(?:(?:our|the|an|its|their)\s+(?:existing\s+|current\s+)?"
                         # ("convert our in-house Block Room Program into a ...": a word or two that say whose or
                         # what kind of program it is come before its capitalised name)
                         r"(?:(?:in-house|internal|local|own|hospital|annual|longstanding|long-standing|successful)\s+){0,2}"
                         # ("convert the early pregnancy content of Diagnostic Medical Sonography into a ...")
                         r"|the\s+(?:[a-z][\w-]*\s+){0,3}(?:content|material|portion|section|component)\s+of\s+"
                         r"(?:(?:our|the|its|their)\s+)?)(?P<prog>[A-Z][^,.;:?]{3,120}?)"
                         r"\s+(?:into|to)\s+(?:an?|something|its\s+own)\b")
# "Turn our in-house orientation module, Little Steps Orientation, into a micro-credential": the program named in
# commas after what it is
_CONVERSION_NAMED = re.compile(r"\b(?i:conver(?:t|ts|ting)|repackag(?:e|ing)|turn(?:s|ing)?|transform(?:s|ing)?|adapt(?:s|ing)?)\s+"
                               r"(?i:our|the|an|its|their)\s+(?:[\w'’-]+\s+){0,4}?(?i:module|program(?:me)?|course|workshop|"
                               r"orientation|series|curriculum|training|package)\s*,\s*(?P<prog>[A-Z][^,.;:?]{3,120}?)\s*,\s+"
                               r"(?:into|to)\s+(?:an?|something|its\s+own)\b")
# "conversion of our existing SP Trainer Workshop Series": the answer to the type of request names the program it
# converts (the sentence may stop there: the kind it becomes is the question's)
_CONVERTS = re.compile(r"\b(?i:conver(?:t|ts|ting|sion\s+of)|repackag(?:e|ing))\s+(?:(?:our|the|an|its|their)\s+)?"
                       r"(?:existing\s+|current\s+)?(?P<prog>[A-Z][^,.;:?()]{3,120}?)\s*(?:[.;]?\s*$|\s+(?:into|to)\s)",
                       re.S)


# "Converting our existing internal workshop, Privacy Essentials for HIM": the program named after its kind, set off
# by a comma, to the line's end
_CONVERTED_NAMED = re.compile(r"\b(?i:conver(?:t|ts|ting|sion\s+of)\s+(?:our|the|an|my|their)\s+(?:existing|current)\s+)"
                              r"[^,.;:]{2,60},\s*(?P<prog>[A-Z][^;.]{3,120}?)\s*\.?$")


def converted_program(answer: str) -> str | None:
    """The program an answer to the type of request says it converts ("Conversion of our existing X" -> "X").

    The one reader of that fact: a line that names the program after its kind ("converting our existing internal
    workshop, Privacy Essentials for HIM"), else the answer read whole ("conversion of our existing X (into a ...)").
    """
    for line in answer.split("\n"):
        named = _CONVERTED_NAMED.search(clean(line))
        if named:
            return named.group("prog")
    m = _CONVERTS.search(clean(answer.replace("\n", " ")))
    return m.group("prog").strip() if m else None


# "Can Module 4 of our <program> be offered on its own as a micro-credential, <title>?"
_ON_ITS_OWN = re.compile(r"\b(?:module|part|unit|block)\s+\w{1,4}\s+of\s+(?:our|the)\s+(?P<prog>[A-Z][^?]{3,160}?)\s+be\s+"
                         r"(?:offered|run|delivered|taught)\s+(?:on\s+its\s+own|separately|alone|stand-?alone)\s+as\s+an?\s+"
                         + _KIND + r"\b(?:\s*,\s*(?P<title>[A-Z][^?]{3,160}?))?\s*\??$", re.I | re.S)
_QUOTED = re.compile(r"^\s*,?\s*[“\"‘'«]\s*(?P<title>[^”\"’'«»]{4,160}?)\s*[”\"’'»]\s*,?")
# "propose a course to Michener CE called ...": whom it is proposed to stands between the course and its name
_TO_OFFICE = re.compile(r"^\s*to\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}(?:CE|Michener|Continuing\s+Education|you|the\s+office)\b"
                        r"(?=\s+(?:called|titled|entitled|named|[“\"‘']))")
_APPOSITIVE = re.compile(r"^\s*,\s*(?P<title>[A-Z][^,]{3,160}?)\s*,")
# "we would like to propose a new micro-credential: Trauma-Informed Communication at the Front Desk." (a name in title
# case after the colon, to the sentence's end)
_COLON_NAMED = re.compile(r"^\s*:\s*(?P<title>[A-ZÀ-Þ][^.;:!?]{3,160}?)\s*[.!]?\s*$")


def _colon_named(rest: str) -> re.Match[str] | None:
    m = _COLON_NAMED.match(rest)
    if m is None:
        return None
    words = [w for w in m.group("title").split() if w[:1].isalpha() and len(w) > 3]
    # a name, not a sentence: its longer words capitalised ("Trauma-Informed Communication at the Imaging Front Desk")
    return m if words and sum(w[:1].isupper() for w in words) >= 0.75 * len(words) else None
_CALLED = re.compile(r"^\s*(?:called|titled|entitled|named|intitul[ée]e?|appel[ée]e?|nomm[ée]e?)\s+"
                     r"(?:[“\"‘'«]\s*(?P<quoted>[^”\"’'«»]{4,160}?)\s*[”\"’'»]\s*,?|"
                     # (a title ends before "for" and its learners, unless what follows "for" to the sentence's end
                     # is in title case too: "called Tourniquet Application for Community Responders.")
                     r"(?P<title>[A-Z][^,]{3,160}?)\s*(?:,|(?=\s+for\s(?![A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|and|"
                     r"the|in|&))*\s*\.?$))|\.?$))")
# "for physiotherapists in outpatient practice ..." (not "for your consideration", "for review", "for 2027")
_FOR_WHOM = re.compile(r"^\s*(?:,\s*)?(?:aimed\s+at|intended\s+for|designed\s+for|for|"
                       # ("a short micro-course, open to any regulated health professional who ...")
                       r"open\s+to(?!\s+(?:you|suggestions?|changes?|feedback|ideas?|questions?|all\b|anyone\b|everyone\b)))"
                       r"\s+(?!(?:your|the\s+office|review|"
                       r"consideration|approval|discussion|the\s+continuing|continuing|ce\b|michener|\d))(?P<who>.{6,240}?)"
                       r"\s*[.;]?\s*$", re.I | re.S)
# "a micro-course on heart-rate control and ECG gating for ...", "a course about X for ...": the topic the course is on,
# in lower case, before whom it is for
_ON_TOPIC = re.compile(r"^\s*(?:on|about|in|covering)\s+(?:[a-z0-9][\w'’/-]*|[A-Z]{2,}[\w/-]*|[A-Z][\w-]*(?=\s+[a-z]))"
                       r"(?:\s+(?!for\b)(?:[a-z0-9][\w'’/-]*|[A-Z]{2,}[\w/-]*|and|or|&)){0,10}"
                       # ("a micro-credential on grossing colorectal specimens, aimed at ...": whom, after a comma too)
                       r"(?=,?\s+(?:for|aimed\s+at|intended\s+for|designed\s+for|open\s+to)\s)")
# "It is meant for occupational therapists ...", "The course is aimed at ..."
_MEANT_FOR = re.compile(r"^(?:it|this|the\s+(?:course|credential|micro-?course|micro-?credential))\s+(?:is|would\s+be|will\s+be)\s+"
                        r"(?:(?:meant|intended|designed|aimed|built|written)\s+(?:for|at)|"
                        # ("It would be open to anaesthesia assistants and ..."; not "open to discussion" or "to you")
                        r"open\s+to(?!\s+(?:you|your|the\s+office|ce\b|michener|suggestions?|discussion|changes?|"
                        r"feedback|ideas?|questions?|review|all\b|anyone\b|everyone\b)))\s+(?P<who>.{6,240}?)\s*\.?$",
                        re.I | re.S)
# "It's for registered polysomnographic technologists who score overnight studies." (not "it is for review")
_ITS_FOR = re.compile(r"^(?:it|this\s+one)(?:['’]s|\s+is|\s+would\s+be|\s+will\s+be)\s+(?:mainly\s+|mostly\s+|primarily\s+)?"
                      r"for\s+(?!(?:your|you|the\s+office|review|consideration|approval|discussion|the\s+continuing|"
                      r"continuing|ce\b|michener|now|\d))(?P<who>[^.;:]{6,240}?)\s*\.?$", re.I | re.S)
# ", who screen cognition every day": a clause set off by a comma describes the learners named before it
_ASIDE = re.compile(r",\s+(?:who|whom|whose|which)\b.*$"
                    # (", delivered online over 12 hours starting ...": how the course runs, not whom it is for)
                    r"|,\s+(?:delivered|offered|taught|run|running|starting|beginning|lasting|held|given)\b.*$", re.S)
# the sentence that opens the list of outcomes: "By the end, participants will be able to:", "At the end they
# should be able to:", "After completing it, participants will:", "On completion, learners will be able to (1)"
LEAD_IN = re.compile(r"(?:^|(?<=[.!?;]\s))(?P<lead>[^.!?;:]*?\b(?:(?:will|would|should|shall|can)\s+be\s+able\s+to|"
                     r"(?:participants|learners|students|they|graduates|clinicians)\s+(?:will|would|should)(?=\s*:)|"
                     # ("À la fin, les paramédics pourront :": the French lead-in, before its colon)
                     r"(?:pourr(?:a|ont)|saur(?:a|ont)|ser(?:a|ont)\s+capables?\s+de)(?=\s*:))"
                     r")\s*(?::\s*|(?=\s*(?:\(?\d{1,2}\)|\(?[a-h]\))\s)|(?=\s+[a-z][^.;:]*;[^;]+;)|"
                     # ("... should be able to screen a, prepare b, coach c, and decide d.": a comma list of actions)
                     # (the items themselves are checked by _actions: three at least, each an action)
                     r"(?=\s+[a-z][^.;:!?]*?,\s+(?:and|or)\s)|$)", re.I)
_ENUMERATOR = re.compile(r"(?:^|;?\s+(?:and\s+)?|,\s+(?:and\s+)?)\(?(?:\d{1,2}|[a-h])\)\s+")
_ITEM_MARK = re.compile(r"^\s*(?:[•●○◦▪■\-–—*]|\(?(?:\d{1,2}|[a-hA-H])[.)])\s*")
# "The course targets three competencies: ...", "The credential covers ...", "Learners would develop ...",
# "It would focus on ...", "The course concentrates on four skills: ..."
_SKILLS = re.compile(r"^(?:what\s+(?:the|this)\s+(?:course|credential|micro-?course|micro-?credential)\s+(?:teaches|covers|builds)"
                     r"\s+(?:is|are)\s+(?P<what_is>\S.{8,400}?)\s*\.?$)|"
                     r"^(?:the|this|our|it|learners|participants|students|they)\b[^.:;]{0,60}?\b(?:targets?|covers?|"
                     r"address(?:es)?|focus(?:es)?\s+on|concentrates?\s+on|develops?|builds?|teach(?:es)?)\b"
                     r"(?:[^:]{0,40}\b(?:competenc(?:y|ies)|skills)\s*:)?\s+(?P<what>\S.{8,400}?)\s*\.?$", re.I | re.S)
# "Competence would be demonstrated through a practical exam ...", "assessed by an OSCE"
_THROUGH = re.compile(r"\b(?:demonstrated|evidenced|shown|assessed|evaluated|examined|measured|verified)\s+"
                      r"(?:through|by|via|with|in)\s+(?P<how>\S.{8,300}?)\s*\.?$", re.I | re.S)
# "We would ask each learner to complete a portfolio and an observed encounter, both assessed with a rubric": what the
# learners are asked to do, when the sentence says it is assessed, is the assessment
_TASKED = re.compile(r"\b(?:ask|require|expect)\s+(?:each|every|all|the|our)?\s*(?:learners?|participants?|students?|"
                     r"candidates?|graduates?|them)\s+to\s+(?:complete|pass|submit|undertake|sit|produce|present|perform|"
                     r"carry\s+out)\s+(?P<how>\S.{8,300}?\b(?:assessed|scored|marked|graded|rated|evaluated|reviewed)\b"
                     r".*?)\s*\.?$", re.I | re.S)
# "the course would end with two recorded sessions scored against a checklist"
_ENDS_WITH = re.compile(r"\b(?:end|ends|conclude|concludes|culminate|culminates|finish|finishes)\s+(?:with|in)\s+"
                        r"(?P<how>\S.{8,300}?)\s*\.?$", re.I | re.S)
# "I, Kwame Roy, Senior Technologist in Mobile Imaging, Lakemount Health, propose a micro-course ...": the writer names
# themselves, their role and their unit between "I" and the verb
_I_NAMED = re.compile(r"^\s*I\s*,\s*(?P<who>[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){1,3})\s*,\s*(?P<role>[^;:]{3,160}?)"
                      r"\s*,\s*(?:(?:would\s+like|wish|want|am\s+writing)\s+to\s+|hereby\s+)?(?:propose|submit|suggest)\b")
# "We make this request because our centre makes 14,000 packs a week and most errors ...": why the course is asked for
_PROPOSED_BECAUSE = re.compile(r"\b(?:request|proposal|propose|proposing|ask|asking|suggest|suggesting|idea|needed|necessary)\b[^.;:]{0,40}?\bbecause\s+"
                      r"(?P<why>\S.{8,400}?)\s*\.?$", re.I | re.S)
# "For the summative assessment we suggest a timed practical ...": the assessment named as the sentence's topic, then
# what the writer proposes for it
_TOPIC_ASSESSMENT = re.compile(r"^\s*(?:(?:for|as)\s+(?:the|a|our)?\s*(?:final\s+|summative\s+)?(?:assessment|evaluation|exam)"
                               r"|to\s+(?:check|verify|confirm|see|know|show)\s+(?:that\s+)?(?:they|learners|participants|"
                               r"people|students|staff)\b[^,.;]{0,40})"
                               r"\s*,?\s+(?:we|i)(?:['’]d|\s+would|\s+could|\s+will)?\s+(?:suggest|propose|recommend|plan|"
                               r"envisage|picture|use|run)\s+(?:to\s+use\s+)?(?P<how>\S.{8,300}?)\s*\.?$", re.I | re.S)
# "Assessment would be a bedside checklist ...", "The final assessment will be two observed scans": the assessment named
# as the sentence's subject, what it is after the copula
_ASSESSMENT_IS = re.compile(r"^(?:the\s+|our\s+)?(?:summative\s+|final\s+)?(?:assessment|evaluation)\s+(?:would|will|could|"
                            r"should|is\s+going\s+to|is)\s+(?:be\s+)?(?P<how>(?:an?|the|one|two|three|four|\d+)\b\S*\s.{5,300}?)"
                            r"\s*\.?$", re.I | re.S)
_ASSESSED = re.compile(r"\b(?:will|would|must|shall)\s+(?:be\s+)?(?:assessed|evaluated|examined|tested|complete|pass|sit)\b",
                       re.I)
# what the learners do to show it, said in the present: "Learners submit a recorded positioning and pass a test",
# "Each participant completes an observed OSCE" (the sentence must name a test, see _roles)
_LEARNERS_DO = re.compile(r"^(?:learners|participants|students|candidates|trainees|each\s+(?:learner|participant|student|"
                          r"candidate|trainee))\s+(?:then\s+|also\s+|must\s+|need\s+to\s+)?(?:submit|pass|sit|complete|perform|"
                          r"take|present|demonstrate)s?\b", re.I)
# "Each technologist would process five cases ...": every learner's task (what it is checked against: _PASS_MARK)
_EACH_DOES = re.compile(r"^each\s+[a-z][\w-]*\s+(?:would|will|must|should|shall)\s+(?:then\s+)?[a-z]+", re.I)
_PASS_MARK = re.compile(r"\bmust\s+be\s+(?:acceptable|passed|satisfactory|correct|signed\s+off)\b|\bto\s+pass\b|"
                        r"\bpass(?:ing)?\s+mark\b|\b(?:\d+|one|two|three|four|five|six)\s+(?:of|out\s+of)\s+"
                        r"(?:\d+|two|three|four|five|six|seven|eight|ten)\s+must\b|\d+\s*%\s+(?:to\s+pass|or\s+(?:more|higher|better))",
                        re.I)
# "The Ontario Association ... has endorsed the idea", "X is in discussion with us about endorsing"
_ENDORSER = re.compile(r"^(?:The\s+)?(?P<org>[A-Z][^;:]{2,120}?)\s+(?:(?:formally|fully|already|now|strongly|"
                       r"officially|gladly|happily)\s+)?(?:(?:has|have)\s+(?:already\s+)?(?:endorsed|agreed\s+to\s+"
                       r"(?:endorse|support|partner)|confirmed|given|offered|sent|written|said\s+yes)|endorses|endorse|supports|said\s+yes|"
                       r"agreed\s+to\s+(?:endorse|support|partner)|"
                       r"backs)\b|"
                       r"^(?:The\s+)?(?P<org2>[A-Z][^;:]{2,120}?)\s+(?:is|are)\s+(?:in\s+discussions?|talking|discussing|"
                       r"considering|willing|keen|happy|ready)\b")
# "Endorsed by the Canadian X Society; letter of support attached.": the answer to "Who backs it?" as a phrase
_ENDORSED_BY = re.compile(r"^(?i:(?:(?:already|formally|officially|fully)\s+)?endorsed\s+by\s+(?:the\s+)?)"
                          r"(?P<org>[A-Z][^;:,.()]{2,120}?)\s*(?:[;,.(]|\s[–—]\s|$)")
_TALKING = re.compile(r"\b(?:talking|speaking|in\s+(?:discussions?|talks|touch))\s+(?:with|to)\s+(?:the\s+)?"
                      r"(?P<org>[A-Z][^,;:]{2,100}?)\s+(?:about|regarding|on|over)\b"
                      # "We have spoken with X; they are interested, but nothing is agreed yet": talks had, no agreement
                      r"|\b(?:have|'ve|had)\s+(?:spoken|talked|met)\s+(?:with|to)\s+(?:the\s+)?"
                      r"(?P<org2>[A-Z][^,;:.]{2,100}?)\s*[;,]\s*(?=[^.]*\binterested\b)")
# an aside after an organisation's name that says what it is (", the vendor of our machines", ", a local charity")
_CLAUSE_GOES_ON = re.compile(r"^(?:has|have|had|is|are|was|were|will|would|and|but|who|which|that)\b")


# a sentence that opens on an organisation's name (its capitalised words, with "of", "and", "for" between them), then
# its verb in lower case
_SUBJECT_ORG = re.compile(r"^(?:The\s+)?(?P<org>[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|for|and|on|in|de|du|des))*?)"
                          r"\s+(?=(?:has|have|had|is|are|was|were|will|would|[a-z]+ed)\b)")


def _label_alone(sentence: str) -> bool:
    """A "sentence" that is only a field's label with its full stop, a run-in heading ("Fit with the Education Plan.
    The credential serves ..."): its answer is the sentence after it, not the label."""
    t = sentence.strip().rstrip(".:")
    found = match_label(t) if len(t.split()) <= LABEL_ALONE_WORDS else None
    # (the label's own wording, whole: "This fits the Education Plan." is an answer in a label's words)
    return found is not None and found.score >= 0.95 and " ".join(found.variant.lower().split()) == " ".join(t.lower().split())


LABEL_ALONE_WORDS = 8


def _leading_name(org: str) -> str:
    """An organisation's name cut where a clause goes on after it in lower case ("X Association has been very
    positive and we" -> "X Association"); the text as it is when no such clause follows the capitalised words."""
    words = org.split()
    n = 0
    while n < len(words) and (words[n][:1].isupper() or words[n][:1].isdigit() or words[n].lower() in _NAME_JOINS
                              or words[n] == "&"):
        n += 1
    while n and words[n - 1].lower() in _NAME_JOINS:
        n -= 1
    if n < 2 or n == len(words) or not _CLAUSE_GOES_ON.match(" ".join(words[n:])):
        return org
    return " ".join(words[:n])


_ORG_APPOSITIVE = re.compile(r"(?<=\w),\s+(?:the|a|an|our|their|its)\s+[^,]{3,80}$")
_IS_CONTACT = re.compile(r"(?:^|[,;]\s+(?:and\s+)?)(?P<who>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+(?:\([^()]*\)\s+)?"
                         r"(?:from|at|of|on)\s+[^,;]{2,60}?\s+is\s+(?:our|the)\s+contact\b")
# "Elder Marion Keeshig-Albright has agreed to be our contact", "Dr Ana Roy will be our contact there"
_AGREED_CONTACT = re.compile(r"(?:^|[;,]\s+(?:and\s+)?)(?P<who>(?:[A-Z][\w'’.-]+\s+){1,4}[A-Z][\w'’-]+)\s+(?:has\s+agreed\s+"
                             r"to\s+(?:be|act\s+as)|will\s+(?:be|act\s+as)|would\s+be|is)\s+(?:our|the)\s+(?:main\s+)?"
                             r"contact\b")
_PARTNER_KEYS = {"partner_name", "endorsement_status"}
_PARTNER_CUE = re.compile(r"\b(?:partner|partners|endors\w*|letter\s+of\s+support|support\s+letter)\b", re.I)
# "On behalf of the Patient Experience Office, I am writing ...": the writer's unit (a unit, not an organisation or
# a person: its name ends in a word for a part of an organisation)
_ON_BEHALF = re.compile(r"^on\s+behalf\s+of\s+(?:the|our|my)\s+(?P<unit>[A-Z][^,;:]{2,80}?\b(?:office|department|dept|"
                        r"program(?:me)?|service|services|unit|team|division|centre|center|clinic|laborator(?:y|ies)|"
                        r"section|branch|directorate))\s*,\s*(?:I|we)\b", re.I)
# "These map to the MASCC skin toxicity guidelines", "aligned with the CACPR competency profile"
_MAPPED = re.compile(r"\b(?i:map|maps|mapped|align|aligns|aligned|based|built)\s+(?:closely\s+)?(?:to|with|on|onto)\s+(?:the\s+)?"
                     r"(?P<fw>[A-Z][^.;:]{1,120}?\b(?i:framework|guidelines?|standards?|competenc(?:y|ies)(?:\s+profile)?|"
                     r"profile)(?:\s+(?i:framework|profile|standards?))?\b(?:\s+[A-Z][\w'’-]*)*"
                     # ("the National Competency Framework for respiratory therapists (NARTRB)": whose it is and its
                     # acronym, to the sentence's end, are part of its name)
                     r"(?:(?:\s+for\s+[^.;:()]{3,60}?)?(?:\s+\([A-Z][\w&/-]{1,15}\))?(?=\s*\.?\s*$))?)"
                     r"(?P<edition>\s*\((?:19|20)\d{2}\))?")

_PLAN = re.compile(r"\b(?:Education\s+Plan|plan\s+d['’]éducation|plan\s+d['’]enseignement)\b", re.I)
# a sentence that names a topic only to put it off: "We would like to discuss the fit with the Education Plan with you",
# "Pour le lien avec le plan d'éducation, nous aimerions en discuter avec vous": the topic is not answered
_TO_DISCUSS = re.compile(r"\b(?:(?:would|['’]d)\s+(?:like|love|want|welcome|appreciate|be\s+glad|be\s+happy)\s+(?:to\s+)?"
                         r"(?:discuss|talk|go\s+over|your\s+(?:advice|help|guidance|input))|(?:hope|want|need)\s+to\s+"
                         r"(?:discuss|talk\s+(?:it\s+)?(?:over|through))|(?:aimeri?ons|aimerais|voudri?ons|voudrais|souhaiteri?ons|"
                         r"souhaiterais)\s+(?:en\s+)?(?:discuter|parler)|reste(?:nt)?\s+[àa]\s+(?:discuter|d[ée]finir|pr[ée]ciser))\b",
                         re.I)
# what the writer's side will put into the course (the form's "Resources you can provide"): "We can provide two
# monitors and the simulation suite", "We bring the phantoms and two trainers", "Notre chariot ... peut servir à la
# formation", "Nous pourrons prêter deux mannequins"
_OFFER = re.compile(r"^(?:(?:we|I)\s+(?:(?:can|could|will|would|shall|are\s+(?:able|happy|glad)\s+to)\s+)?(?:also\s+)?"
                    r"(?:provide|supply|lend|contribute|bring|make\s+available)\b(?!\s+(?:together|it|this|them|the\s+course)\b)"
                    r"|(?:nous|je)\s+(?:(?:pouvons|pourrons|pourrions|allons|pourrais|peux)\s+)?(?:aussi\s+)?(?:fournir|fournirons|"
                    r"pr[êe]ter|pr[êe]terons|mettre\s+[àa]\s+(?:la\s+)?disposition|mettrons\s+[àa]\s+(?:la\s+)?disposition|"
                    r"apporter|apporterons)\b"
                    # ("Our department will supply two monitors", "Our team can lend the phantoms")
                    r"|our\s+(?:department|unit|team|site|hospital|service|lab|laboratory|centre|center|program|clinic)s?\s+"
                    r"(?:(?:can|could|will|would)\s+)?(?:also\s+)?(?:provide|supply|lend|contribute|bring|make\s+available)s?\b"
                    r"(?!\s+(?:it|this|them|the\s+course)\b)"
                    r"|(?:notre|nos|our)\s+[^.;:]{3,120}?\s+(?:peu(?:t|vent)|pourr(?:a|ont|ait|aient)|can|could|will)\s+(?:servir|"
                    r"être\s+utilis[ée]e?s?|be\s+used)\s+(?:[àa]|pour|for)\s+(?:la|le|les|the|this)\s+"
                    r"(?:formation|cours|s[ée]ances?|course|sessions?|training|practical)\b)", re.I)
# the writer's side offers a letter, an endorsement or the learners themselves: no resources
_NOT_RESOURCES = re.compile(r"\b(?:letters?|endors\w*|lettre|appui)\b", re.I)
OFFER_WORDS = 40


def offered(s: str) -> str | None:
    """The sentence itself when it says what the writer's side will provide for the course, else None."""
    t = clean(s)
    if len(t.split()) > OFFER_WORDS or not _OFFER.match(t) or _NOT_RESOURCES.search(t):
        return None
    return t


_NEED = re.compile(r"(?:\b(?:we|I|it|they|the\s+\w+)\s+|\band\s+|,\s*)(?:would|will|should)\s+need\s+(?P<what>\S.{3,300}?)\s*\.?$"
                   r"|\bwe\s+need\s+(?P<what2>\S.{3,300}?)\s*\.?$", re.I | re.S)


# The same roles in French sentences: a letter from a Francophone applicant states its fields the same way.
# "Je vous écris pour vous proposer un nouveau microcertificat intitulé « X », destiné aux infirmières ..."
_KIND_FR = r"(?P<kind>micro-?certification|micro-?certificat|micro-?cours|micro-?programme|microcr[ée]dit|formation|cours|programme|attestation)"
_PROPOSING_FR = re.compile(r"\b(?:propos(?:er|ons|e|ions)|soumet(?:tre|s|tons)|pr[ée]sent(?:er|ons|e)|sugg[ée]r(?:er|ons|e))"
                           # (an aside set off by commas between the verb and its object: "je vous soumets, au nom de
                           # notre service, une proposition de microcours")
                           r"(?:\s*,[^,.;:]{2,60},)?\s+"
                           # ("je vous soumets la proposition d'un microcours intitulé ...", "une proposition de microcours")
                           r"(?:(?:la|ma|notre|une)\s+proposition\s+(?:d['’](?:un|une)\s+|de\s+(?=micro))"
                           # ("je vous soumets l'idée d'un microcours", "nous présentons le projet d'une formation")
                           r"|(?:l['’]id[ée]e|le\s+projet|le\s+concept|l['’]esquisse|les\s+grandes\s+lignes)\s+d['’](?:un|une)\s+"
                           r"|(?:un|une|le|la|notre)\s+)"
                           r"(?P<new>nouveau\s+|nouvelle\s+)?" + _KIND_FR + r"\b(?P<rest>.*)$",
                           re.I | re.S)
_FOR_WHOM_FR = re.compile(r"^\s*,?\s*(?:destin[ée]e?s?|offert[e]?s?|con[çc]ue?s?|pens[ée]e?s?)\s+(?:aux|aux?|[àa]\s+l['’]|[àa]\s+la|"
                          r"[àa])\s*(?P<who>\S.{5,240}?)\s*[.;]?\s*$|^\s*,?\s*(?:qui\s+)?s['’]adress(?:e|ant)\s+(?:aux|au|[àa])\s+"
                          r"(?P<who2>\S.{5,240}?)\s*[.;]?\s*$"
                          # ("... un microcertificat intitulé « X » pour les infirmières praticiennes")
                          r"|^\s*,?\s*pour\s+(?P<who3>(?:les|des)\s+(?!ann[ée]es?\b|mois\b|semaines?\b)\S.{5,240}?)\s*[.;]?\s*$",
                          re.I | re.S)
# "Il s'adresse aux technologues ...", "Ce microcours s'adresserait d'abord à deux groupes : ...": whom it is for
_ADDRESSED_FR = re.compile(r"^(?:il|elle|ce(?:tte)?\s+[\w-]+|le\s+[\w-]+|la\s+[\w-]+)\s+s['’]adress(?:e|era|erait)\s+"
                           r"(?:(?:surtout|d['’]abord|principalement|avant\s+tout)\s+)?(?:aux|au|[àa]\s+l['’]|[àa]\s+la|[àa])\s*"
                           r"(?P<who>\S.{5,240}?)\s*\.?$", re.I | re.S)
# "Il s'agit d'un microcours (et non d'un microprogramme)", "C'est un microcours plutôt qu'un microcertificat": the
# French of _KIND_CONTRAST, a writer who sets one kind against another states the kind of course
_KIND_CONTRAST_FR = re.compile(r"^(?:(?:il|elle|cela|ce)\s+s['’]agit\s+d['’](?:un|une)\s+|c['’]est\s+(?:un|une)\s+|(?:un|une)\s+)"
                               r"(?P<new>nouveau\s+|nouvelle\s+)?" + _KIND_FR
                               + r"\s*(?:\(\s*(?:et\s+)?(?:non|pas)\s+(?:pas\s+)?(?:d['’]\s*|de\s+)?(?:un|une)\b[^)]*\)"
                               r"|,?\s+(?:et\s+non\s+(?:pas\s+)?|plut[ôo]t\s+qu['’]\s*|au\s+lieu\s+d['’]\s*)(?:d['’]\s*)?(?:un|une)\b)",
                               re.I)
GROUPS_HEAD_WORDS = 4  # "deux groupes :", "two groups:", "three audiences:" before the learners themselves


def _after_groups(who: str) -> str:
    """The learners after a short head that counts them ("two groups: A and B" -> "A and B")."""
    head, colon, rest = who.partition(":")
    return rest.strip() if colon and rest.strip() and len(head.split()) <= GROUPS_HEAD_WORDS else who


# "La formation développerait la mesure de ..., le test de ... et l'orientation ...": what it builds
_SKILLS_FR = re.compile(r"^(?:la|cette|notre|le|ce)\s+(?:formation|micro-?certificat|micro-?cours|cours|programme)\s+"
                        r"(?:d[ée]velopper(?:a|ait)|couvrir(?:a|ait)|enseigner(?:a|ait)|aborder(?:a|ait)|porter(?:a|ait)\s+sur|"
                        r"vise(?:ra|rait)?|mettr(?:a|ait)\s+l['’]accent\s+sur|renforcer(?:a|ait))\s+(?P<what>\S.{8,400}?)\s*\.?$",
                        re.I | re.S)
# "À la fin, la personne pourra mesurer ..., réaliser ... et orienter ...": the outcomes in one sentence
_LEAD_IN_FR = re.compile(r"\b(?:pourr(?:a|ont)|sera\s+capable\s+de|seront\s+capables\s+de|saur(?:a|ont)|devr(?:a|ont)\s+"
                         r"[êe]tre\s+capables?\s+de)\s+(?P<items>\S.{8,600}?)\s*\.?$", re.I | re.S)
_INFINITIVE = re.compile(r"^(?:s['’]|se\s+)?[^\W\d_]{2,}(?:er|ir|re|oir)\b", re.I)
# "Pour vérifier l'atteinte des résultats, nous proposons un examen ..." / "To check that they can, we propose ..."
_TO_CHECK = re.compile(r"^(?:pour\s+(?:v[ée]rifier|[ée]valuer|confirmer|mesurer|attester|s['’]assurer)|to\s+(?:check|confirm|"
                       r"verify|assess|evaluate|measure|make\s+sure))\b[^,]{0,100},\s+(?:nous|je|on|we|I)\s+(?:would\s+|will\s+)?"
                       r"(?:propos(?:ons|e)|pr[ée]voyons|utiliser(?:ons|ions)|envisageons|plan|propose|use|suggest|envisage|"
                       r"intend\s+to\s+use)\s+(?P<how>\S.{8,300}?)\s*\.?$", re.I | re.S)
# "La Direction de santé publique appuie le projet : l'appui est confirmé ..."
_ENDORSER_FR = re.compile(r"^(?i:(?:la|le|les)\s+|l['’])?(?P<org>[A-ZÀ-Þ][^;:]{2,120}?)\s+(?:appuie|appuient|soutient|"
                          r"soutiennent|endosse|endossent|a\s+(?:appuy[ée]|endoss[ée]|accept[ée]\s+d['’]appuyer)|ont\s+appuy[ée]"
                          # ("L'Hôpital X a donné son accord ; la lettre suivra": the French "has agreed")
                          r"|a\s+donn[ée]\s+son\s+accord|ont\s+donn[ée]\s+leur\s+accord)\b")
# "Le projet s'inscrit dans l'engagement du Plan d'éducation envers ...": the plan's part the course serves
_FITS_FR = re.compile(r"\bs['’]inscri(?:t|vent|rait)\s+dans\s+(?P<what>\S.*?\bPlan\s+d['’][ée]ducation\b.*?)\s*\.?$", re.I | re.S)


# "Nous sommes en discussion avec l'Ordre des X (M. Y, y@x.org) ; rien n'est encore confirmé": talks with an
# organisation named after "avec", its contact perhaps in brackets after it (the French of _TALKING)
_TALKING_FR = re.compile(r"\b(?:en\s+(?:discussions?|pourparlers|contact|lien)|discutons|discute)\s+avec\s+"
                         r"(?:l['’]|la\s+|le\s+|les\s+)?(?P<org>[A-ZÀ-Þ][^;:()]{2,120}?)\s*(?:\((?P<aside>[^()]{3,160})\))?"
                         r"\s*(?:[;,.]|$)")


# "Nous souhaitons proposer la conversion de notre programme existant, Atelier d'initiation, en microprogramme": the
# French of _CONVERSION_NAMED (the program named in commas, then what it becomes after "en")
_CONVERSION_FR = re.compile(r"\b(?i:conversion|transformation|convertir|transformer)\s+(?i:de\s+|d['’])?(?i:notre|nos|le|la|l['’])\s*"
                            r"(?:[\w'’-]+\s+){0,3}?(?i:programme|atelier|formation|cours|module|s[ée]rie)\b[^,]{0,40}?,\s*"
                            r"(?P<prog>[A-ZÀ-Þ][^,.;:?]{3,120}?)\s*,\s+en\s+(?:un\s+|une\s+)?(?i:micro)")
# "Pourquoi ? Parce que ...": the answer to why, a sentence of its own
_BECAUSE_FR = re.compile(r"^\s*(?:Parce\s+qu(?:e\s+|['’])|C['’]est\s+que\s+)(?P<why>\S.{8,400}?)\s*\.?$", re.S)


# "Our partner is the X; their letter is attached", "Notre partenaire est le X ; la lettre d'appui est ci-jointe": the
# sentence names the partner after its copula; "We would build the course with the X, whose director has agreed":
# the organisation the writer builds the course with, when the sentence says it agreed, is the partner. The name runs
# to the first comma, semicolon, bracket, spaced dash or full stop; what the sentence says after it may give the status.
_PARTNER_NAMED = re.compile(
    r"^(?P<lead>(?i:(?:our|the)\s+(?:[\w-]+\s+)?partner(?:\s+organi[sz]ation)?\s+(?:is|will\s+be|would\s+be)"
    r"|(?:notre|le|la)\s+(?:[\w-]+\s+)?partenaire(?:\s+[\w-]+)?\s+(?:est|sera|serait)))"
    r"|^(?P<built>(?i:(?:we|I)\s+(?:(?:would|will|plan\s+to|intend\s+to|hope\s+to|want\s+to)\s+)?"
    r"(?:have\s+)?(?:build|built|develop(?:ed)?|design(?:ed)?|co-?design(?:ed)?|creat(?:e|ed)|deliver|run|offer)\s+(?:the\s+course|it|this\s+course|the\s+micro-?"
    r"(?:course|credential))\s+(?:together\s+|jointly\s+|in\s+partnership\s+)?with"
    r"|nous\s+(?:(?:allons|voulons|pr[ée]voyons|comptons|aimerions)\s+)?(?:concevoir|d[ée]velopper|b[âa]tir|offrir|"
    r"construire|donner)\s+(?:le|ce)\s+(?:micro-?)?cours\s+(?:en\s+partenariat\s+)?avec))"
)
_NAMED_ORG = re.compile(r"\s+(?:(?i:the|le|la|les)\s+|[lL]['’])?(?P<org>[A-ZÀ-Þ][^;:,()]{2,120}?)\s*(?:[;,(]|\.(?:\s|$)|\s[–—]\s|$)")


_LETTER_FR = re.compile(r"\blettre\s+(?:d['’]appui|de\s+soutien|d['’]engagement)\b", re.I)


def stated_status(sentence: str) -> str | None:
    """The endorsement's status one sentence states: the one named first, except that an agreement said to be given
    and its letter said to be attached or enclosed ("X has endorsed it, and its letter is attached", "a confirmé son
    appui : la lettre signée est jointe") is the letter attached, as the status's own answer reads it
    (normalise._stated_choice); a letter only named ("the letter will follow") is none attached yet."""
    code = choice_code("endorsement_status", sentence)
    if code and code != "letter_attached" and "letter_attached" in choice_codes("endorsement_status", sentence)[0] \
            and re.search(r"\b(?:attach|enclos|joint)", sentence, re.I):
        return "letter_attached"
    return code


def _partner_named(s: str) -> dict[str, tuple[FieldValue, float, str]]:
    """The partner a sentence names by its grammar (see :data:`_PARTNER_NAMED`) and the status it states, or {}."""
    lead = _PARTNER_NAMED.match(s.strip())
    org = _NAMED_ORG.match(s.strip(), lead.end()) if lead else None
    if lead is None or org is None:
        return {}
    status = stated_status(s.strip()[org.end("org"):])
    if lead.group("built") and status is None:
        return {}  # (building a course with a vendor or a unit makes it no partner until the sentence says it agreed)
    found: dict[str, tuple[FieldValue, float, str]] = {"partner_name": (org.group("org").strip(), READ, "partner sentence")}
    if status:
        found["endorsement_status"] = (status, READ, "partner sentence")
    return found


def _roles_fr(s: str) -> dict[str, tuple[FieldValue, float, str]]:
    """The roles of a French sentence (see the English ones in :func:`_roles`)."""
    found: dict[str, tuple[FieldValue, float, str]] = {}
    conv = _CONVERSION_FR.search(s)
    if conv:
        found.update(_converted(conv))
    why = _BECAUSE_FR.match(s)
    if why:
        found["rationale"] = (why.group("why").strip(), READ, "reason sentence")
    m = _PROPOSING_FR.search(s)
    if m:
        found["proposal"] = ("", 0.0, "")
        kind = m.group("kind").lower().replace("-", "")
        code = "micro_course" if kind == "microcours" else "new" if m.group("new") or kind in ("microcertificat", "microcertification") else None
        if code:
            found["request_type"] = (code, READ, "proposing sentence")
        rest = m.group("rest")
        t = _QUOTED.match(rest) or _CALLED.match(rest) or _colon_named(rest)
        if t:
            title = t.group("quoted") if "quoted" in t.re.groupindex and t.group("quoted") else t.group("title")
            found["proposal_title"] = (title.strip().rstrip(","), READ, "proposing sentence")
            rest = rest[t.end():]
        who = _FOR_WHOM_FR.match(rest)
        if who:
            found["target_learners"] = ((who.group("who") or who.group("who2") or who.group("who3")).strip(), READ,
                                        "proposing sentence")
    contrast = _KIND_CONTRAST_FR.match(s.strip())
    if contrast and "request_type" not in found:
        kind = contrast.group("kind").lower().replace("-", "")
        code = "micro_course" if kind == "microcours" \
            else "new" if contrast.group("new") or kind in ("microcertificat", "microcertification") else None
        if code:
            found["request_type"] = (code, READ, "kind set against another")
    addressed = _ADDRESSED_FR.match(s.strip())
    if addressed and "target_learners" not in found:
        found["target_learners"] = (_after_groups(addressed.group("who")).strip(), READ, "audience sentence")
    skills = _SKILLS_FR.match(s.strip())
    if skills:
        found["competencies"] = (skills.group("what").strip(), READ, "skills sentence")
    lead = _LEAD_IN_FR.search(s)
    if lead:
        items = _french_items(lead.group("items"))
        if len(items) >= 2:
            found["learning_outcomes"] = (items, READ, "outcome list")
    how = _TO_CHECK.match(s.strip())
    if how:
        found["summative_assessment"] = (how.group("how").strip(), READ, "assessment sentence")
    talks = _TALKING_FR.search(s)
    named = talks.group("org") if talks else ""
    if talks and (ORG.search(named) or talks.group("aside")) \
            and not (re.match(r"[A-ZÀ-Þ][\w'’-]+\s+[A-ZÀ-Þ]", named) and not ORG.search(named)):
        # (an organisation by its kind's word, or with its contact in brackets after it; a person talked with is
        # none: "en contact avec Marie Roy")
        found["partner_name"] = (talks.group("org").strip(" ,"), READ, "endorsing sentence")
        found["endorsement_status"] = ("in_discussion", READ, "endorsing sentence")
        aside = talks.group("aside")
        if aside and PERSON.match(aside.split(",")[0].strip() + ",") and not ORG.search(aside.split(",")[0]):
            found["partner_contact"] = (aside.strip(), READ, "endorsing sentence")
    e = _ENDORSER_FR.match(s.strip())
    status = choice_code("endorsement_status", s) if e else None
    if e and status:
        found["partner_name"] = (e.group("org").strip(" ,"), READ, "endorsing sentence")
        found["endorsement_status"] = (status, READ, "endorsing sentence")
        person = contact_clause(s)
        if person:
            found["partner_contact"] = (person, READ, "endorsing sentence")
    found.update(_partner_named(s))
    if "endorsement_status" not in found and _LETTER_FR.search(s) and (status := stated_status(s)):
        # "Une lettre d'appui est jointe.", "La lettre de soutien suivra.": what the sentence says of the letter is the
        # endorsement's state (the English is read with the partner's other cues: see _PARTNER_CUE)
        found["endorsement_status"] = (status, READ, "endorsing sentence")
    fits = _FITS_FR.search(s)
    if fits:
        found["education_plan_alignment"] = (fits.group("what").strip(), READ, "sentence naming the Education Plan")
    return found


# what a conversion makes, after "into a": "stand-alone micro-credential", then the rest of the sentence
_KIND_THEN = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?" + _KIND + r"\b(?P<rest>.*)$", re.I | re.S)


def _converted(conv: re.Match[str]) -> dict[str, tuple[FieldValue, float, str]]:
    """What a sentence that converts a program states: the request type, the program and, when named, the title."""
    found: dict[str, tuple[FieldValue, float, str]] = {"proposal": ("", 0.0, "")}  # converting a program proposes
    found["request_type"] = ("existing_program", READ, "conversion sentence")
    found["existing_program_name"] = (clean(conv.group("prog")).strip(), READ, "conversion sentence")
    after = _KIND_THEN.match(conv.string[conv.end():])
    who = _FOR_WHOM.match(after.group("rest")) if after else None
    if who and ":" not in who.group("who"):
        # "... into a stand-alone micro-credential for generalist sonographers who cover ...": whom it is for
        found["target_learners"] = (_ASIDE.sub("", who.group("who")).strip(), READ, "conversion sentence")
    title = conv.group("title") if "title" in conv.re.groupindex else None
    if title and not title.rstrip().endswith(":"):
        # (a title that ends in a colon was cut where the line broke: its rest is not in this sentence)
        found["proposal_title"] = (clean(title).strip(), READ, "conversion sentence")
    return found


def _french_items(text: str) -> list[str]:
    """"mesurer A, réaliser B et repérer C, évaluer D et orienter E" -> the items, each opened by its infinitive.

    Commas part the items and the last "et" parts the last two; an "et" inside an earlier item joins two verbs of
    that item. Every item must open with an infinitive, or the sentence is no list of what learners will do.
    """
    parts = [x.strip() for x in re.split(r",\s+", clean(text)) if x.strip()]
    if parts:
        last = parts.pop()
        head, sep, tail = last.rpartition(" et ")
        parts.extend([head, tail] if sep and _INFINITIVE.match(tail) and _INFINITIVE.match(head) else [last])
    items = [x.rstrip(" .;") for x in parts]
    return items if all(_INFINITIVE.match(x) for x in items) else []


def sentences(paragraph: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(clean(paragraph)) if s.strip()]


@dataclass
class Reading:
    """One field stated in prose: its value, how sure the reading is, and the role that gave it."""

    value: FieldValue
    confidence: float
    role: str


def outcome_split(text: str) -> tuple[str, list[str], list[str]] | None:
    """Text that opens a list of outcomes -> (what stands before the lead-in, the outcomes, the lines after them).

    ``text`` is one answer or paragraph run, its lines separated by "\\n". None when no sentence in it opens
    a list of outcomes that is actually there (two items at least).
    """
    lines = [ln.strip() for ln in text.split("\n")]
    for n, line in enumerate(lines):
        m = LEAD_IN.search(line)
        if m is None:
            continue
        before = "\n".join([*lines[:n], line[:m.start("lead")]]).strip()
        after = line[m.end():].strip()
        items: list[str] = []
        if after and _ENUMERATOR.search(after):
            # "... able to (1) A; (2) B; and (3) C. We would assess them ...": the list ends with the sentence whose
            # next one opens on no number of its own (an item may be a sentence: "(1) Do A. (2) Do B.")
            parts = sentences(after) or [after]
            end = 1
            while end < len(parts) and re.match(r"\(?(?:\d{1,2}|[a-h])\)\s", parts[end]):
                end += 1
            items = [i for i in (_item(p) for p in _ENUMERATOR.split(" ".join(parts[:end]))) if i]
            rest = [*parts[end:], *lines[n + 1:]]
        elif after.count(";") >= 1:
            # "... should be able to: deliver X; use Y; recommend Z." (the list ends with its sentence: what
            # follows in the same paragraph is prose again)
            first, *more = sentences(after) or [after]
            items = [i for i in (_item(p) for p in first.split(";")) if i]
            rest = [*more, *lines[n + 1:]]
        elif after and (acts := _actions(sentences(after)[0] if sentences(after) else after)):
            # "... should be able to screen A, prepare B, coach C, and decide D.": each item an action of its own
            items = acts
            rest = [*sentences(after)[1:], *lines[n + 1:]]
        else:
            rest = lines[n + 1:]
            marked = bool(rest) and bool(_ITEM_MARK.match(rest[0]))
            # a list that marks its items ends at the first line without a mark
            while rest and _is_item(rest[0]) and (not marked or _ITEM_MARK.match(rest[0])):
                # (an item a line that is a sentence of its own keeps its full stop, as a list's item does)
                items.append(_item(rest.pop(0), keep_stop=True))
            items = [i for i in items if i]
        if len(items) >= 2:
            return before, items, [r for r in rest if r]
    return None


# the words that open a phrase that is no action of its own: the rest of the item before it ("a probe, preset and
# sterile cover", "with X, Y and Z")
_NOT_AN_ACTION = frozenset({"the", "a", "an", "their", "its", "his", "her", "our", "your", "with", "for", "in", "on", "of",
                            "to", "at", "by", "from", "and", "or", "but", "when", "if", "which", "who", "whose", "as",
                            "including", "such", "both", "either", "not", "all", "each", "any", "some", "other", "more",
                            "less", "then", "also"})
ACTIONS_MIN = 3  # items of a comma list of actions (two are "A and B", one action with a pair of objects)
ACTION_WORDS = 16


def _actions(sentence: str) -> list[str] | None:
    """A sentence's comma list of actions, the last after ", and" ("screen A, prepare B, coach C, and decide D"):
    each item opens on a word that can be a verb (lower case, no article, preposition or conjunction) and none is
    long. None when it is not plainly that (an object list, "a probe, preset and cover", stays whole)."""
    body = sentence.strip().rstrip(".!?").strip()
    if not re.search(r",\s+(?:and|or)\s+\S", body):
        return None
    parts = [p.strip() for p in re.split(r",\s+(?:and\s+|or\s+)?", body)]
    if len(parts) < ACTIONS_MIN:
        return None
    for part in parts:
        first = part.split()[0] if part.split() else ""
        if not re.fullmatch(r"[a-z][a-z'-]+", first) or first in _NOT_AN_ACTION or first.endswith("ly") \
                or len(part.split()) > ACTION_WORDS or len(part.split()) < 2:
            return None
    return parts


def only_lead_in(text: str) -> bool:
    """Whether the text is an outcomes lead-in and nothing else ('learners will be able to')."""
    m = LEAD_IN.search(text.strip())
    return m is not None and not text.strip()[m.end():].strip(" :") and m.start("lead") == 0


def _item(text: str, keep_stop: bool = False) -> str:
    t = _ITEM_MARK.sub("", clean(text)).strip()
    t = re.sub(r"^(?:and|or)\s+", "", t)
    if keep_stop and t[:1].isupper() and t.endswith(".") and not t.endswith(".."):
        return t
    return t.rstrip(" ;,.")


def _is_item(line: str) -> bool:
    """A line of a list: a marked item, or one short sentence (a bullet whose mark the reader dropped)."""
    t = clean(line)
    if not t:
        return False
    if _ITEM_MARK.match(t) and not re.match(r"^\s*\d{1,2}\.\d", t):
        return True
    # (an outcome says what learners do; a sentence in the writer's own voice, "To check they can do it, I'd use
    # ...", is the letter going on)
    return len(t.split()) <= 25 and len(sentences(t)) == 1 and not t.endswith(":") and t[:1].isupper() \
        and not _FIRST_PERSON.search(t)


_FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:d|ll|m|ve)|we|we['’](?:d|ll|re|ve))\b")


def unwrapped(lines: list[str], fitted: bool = False) -> list[str]:
    """A PDF's text lines joined into paragraphs: a line as long as the page's full lines that ends no
    sentence wraps on into the next one. With ``fitted``, a line that ends no sentence ends its paragraph all the
    same where the next line opens with a capital whose first word would have fitted on it (a title or a run-in
    answer without a full stop, the writer's next paragraph under it: a printer wraps only a word that did not fit).
    """
    # (a full line is one that runs on: a line that ends a sentence may be a whole paragraph of another source)
    full = max((len(t) for t in lines if not _ENDS.search(t)), default=0)
    out: list[str] = []
    # (both tests read the paragraph's end only, not along the paragraph, which grows a line at a time)
    for t in lines:
        broken = _BROKEN_WORD.search(out[-1][-3:]) is not None if out else False
        last = len(out[-1]) - out[-1].rfind("\n") - 1 if out else 0
        # (a full line that ends inside brackets, "... final (contact:", runs on whatever it ends with)
        if out and (broken or last >= WRAP_SHARE * full
                    and (not _ends(out[-1]) or out[-1].count("(") > out[-1].count(")"))) \
                and not _ITEM_MARK.match(t) \
                and not (fitted and not broken and _fitted(last, t, full)):
            # a word broken at its hyphen ("video-" / "recorded") is one word again
            glue = "" if broken else " "
            out[-1] = out[-1] + glue + t
        else:
            out.append(t)
    return out


def _fitted(last: int, line: str, full: int) -> bool:
    """Whether the first word of ``line``, which opens with a capital, would have fitted after a line ``last``
    characters long on a page whose full lines run ``full`` characters (the printer would have set it there)."""
    words = line.split()
    return bool(words) and words[0][:1].isupper() and last + 1 + len(words[0]) <= FITTED_SHARE * full


FITTED_SHARE = 0.9  # of the full line: a line and the next line's first word this long would have fit on it


def _ends(text: str) -> re.Match[str] | None:
    """_ENDS searched from the text's last character that is no space (where any match of it starts)."""
    return _ENDS.search(text, max(len(text.rstrip()) - 1, 0))


_BROKEN_WORD = re.compile(r"[^\W\d_]-$")  # a word broken at its hyphen (in the last three characters: "-\n")
WRAP_SHARE = 0.7
_PLACE_DATE = re.compile(r"^[A-ZÀ-Þ][\w'’. -]{1,40},\s+(?:le\s+)?(?P<date>[^,]{6,30})$")
_SALUTATION = re.compile(r"^(?:dear|hello|hi|good\s+(?:morning|afternoon)|to\s+whom|bonjour|madame|monsieur)\b", re.I)


def starts_greeting(line: str) -> bool:
    """Whether a line is a letter's or a message's greeting ("Dear ...", "Bonjour", "Madame, Monsieur,")."""
    return _SALUTATION.match(line.strip()) is not None
_ENDS = re.compile(r"[.!?:]\s*$")
# "Ana Roy <ana@x.org> Tue, Apr 14, 2026 at 3:05 PM": a mail print's sender line and when it was sent
_SENDER_DATE = re.compile(r"^[^<>]{3,80}<[^<>@\s]+@[^<>\s]+>\s*(?P<date>.{6,60})$")
_PIECES = re.compile(r"\s+[—–·|]\s+")
WHY_WORDS = 12  # words of a one-sentence paragraph after the proposal that may state why
TITLE_PAGE_LINES = 10  # ... and at most this many lines of a title page before the first sentence
DATELINE_WITHIN = 6  # paragraphs from the top where a letter's date or a mail print's sender line stands


def read(paragraphs: list[str], wrapped: bool = False) -> dict[str, Reading]:
    """The fields that the sentences of a letter's or a proposal's body paragraphs state, by their roles.

    ``wrapped`` says the paragraphs are a PDF's text lines, which wrap without a paragraph mark.
    """
    out: dict[str, Reading] = {}

    def give(key: str, value: FieldValue | None, conf: float, role: str) -> None:
        if value not in (None, "", []) and key not in out:
            out[key] = Reading(value, conf, role)

    whole: list[str] = []
    for x in paragraphs:
        if whole and whole[-1].rstrip().endswith("\u00ad"):
            whole[-1] = whole[-1].rstrip() + x.lstrip()  # a word broken where its line ended ("labora-" / "tory")
        else:
            whole.append(x)
    paras = [p for p in (clean(x) if "\n" not in x else x.strip() for x in whole) if p]
    # (a deck's title slide sets title, subtitle, name, unit, address and number one a line before its date: the
    # top runs to the first sentence, however many such lines stand there)
    top = next((n for n, p in enumerate(paras) if _ENDS.search(p) and len(p.split()) >= 6), len(paras))
    for para in paras[:min(max(DATELINE_WITHIN, top), TITLE_PAGE_LINES)]:
        # a letter's date stands alone near the top, under the letterhead's lines when there is one
        placed = _PLACE_DATE.match(para)  # "Val-des-Cèdres, le 26 novembre 2026", "Sudbury, 3 March 2027"
        line = placed.group("date") if placed else para
        if len(line.split()) <= 4 and "\n" not in para and to_date(line):
            give("submission_date", to_date(line), READ, "dateline")
            break
        if _SALUTATION.match(para):
            break  # the body begins: a date below the greeting is no dateline
    for para in paras[:DATELINE_WITHIN]:
        sent = _SENDER_DATE.match(para)
        if sent and len(sent.group("date").split()) <= 8:
            give("submission_date", to_date(sent.group("date")), READ, "sender line")
        last = _PIECES.split(para)[-1]
        if last != para and len(last.split()) <= 4 and "\n" not in para:
            # "A micro-credential proposal for Michener CE — 14 April 2026": a subtitle closed by its date
            give("submission_date", to_date(last), READ, "dated subtitle")
    if wrapped:
        paras = unwrapped(paras)
    proposing_at = -1
    roles_at: set[int] = set()
    partner_said = False  # the last sentence named the partner and not its contact
    for n, para in enumerate(paras):
        joined = "\n".join(paras[n:n + 8])
        split = outcome_split(joined) if LEAD_IN.search(para) else None
        if split is not None:
            before, items, _ = split
            give("learning_outcomes", items, READ, "outcome list")
            before = before or (paras[n - 1] if n else "")  # the lead-in opens its own paragraph
            skills = _skills(sentences(before)[-1]) if sentences(before) else None
            give("competencies", skills, READ, "skills before outcomes")
            roles_at.add(n)
        listed = _skills_listed(paras, n) if split is None else None
        role = "skills list"
        if not listed and para.rstrip().endswith(":"):
            listed, role = _skills_under_lead(paras[n:n + SKILL_LIST_MAX + 1]), "skills listed after their lead-in"
        if listed:
            give("competencies", listed, READ, role)
            roles_at.add(n)
        for s in sentences(para.replace("\n", " ")):
            found = _roles(s)
            if "proposal" in found and proposing_at < 0:
                proposing_at = n
            for key, (value, conf, role) in found.items():
                if key != "proposal":
                    give(key, value, conf, role)
            if found:
                roles_at.add(n)
            if partner_said or _PARTNER_KEYS & found.keys():
                # the endorsing sentence, or the one after it, may name the partner's contact person in a clause
                # of its own ("...; our contact is Ms R. Bakshi (r@x.org), but ...", "Our contact there is ...")
                who = contact_clause(s) if "partner_contact" not in found else None
                if who:
                    give("partner_contact", who, READ, "endorsing sentence")
                partner_said = bool(_PARTNER_KEYS & found.keys()) and "partner_contact" not in found and who is None
            if "partner_name" in found and "partner_contact" not in out:
                # "X has agreed to endorse it. My contact there is Y (y@x.org).": the sentence after names the person
                named = contact_clause(para.replace("\n", " "), "ours")
                if named:
                    give("partner_contact", named, READ, "endorsing sentence")
    if 0 <= proposing_at < len(paras) - 1:
        nxt = proposing_at + 1
        # (a numbered narrative's "2. " is the paragraph's number, not its text)
        text = re.sub(r"^\(?\d{1,2}[.)]\s+(?=[A-Z])", "", clean(paras[nxt]))
        said = sentences(text)
        if text.endswith(":") and len(said) >= 2 and not any(_roles(x) for x in said[:-1]):
            # "<why>. The skills we want to build are:": the closing lead-in opens the list below, the rest is the why
            said, text = said[:-1], " ".join(said[:-1])
            roles_at.discard(nxt)
        # (or one long sentence of its own: a short line there is a remark, "Details below.")
        enough = len(said) >= 2 or len(said) == 1 and len(text.split()) >= WHY_WORDS and text.endswith(".")
        if nxt not in roles_at and enough and not text.endswith(":"):
            give("rationale", text, PLACED, "paragraph after the proposal")
    return out


# the lead-in of a list of skills: "What they need to be able to do:", "Skills we would cover:", "The competencies:"
# (not the outcomes' "will be able to", LEAD_IN)
_SKILLS_LEAD = re.compile(r"\b(?:skills?|competenc(?:e|y|ies)|(?:need|needs)\s+to\s+(?:be\s+able\s+to|know\s+how\s+to|"
                          r"learn\s+to|master))\b", re.I)
SKILL_LIST_MAX = 12  # items of a list of skills read after its lead-in
SKILL_LEAD_WORDS = 12
SKILL_ITEM_MAX_WORDS = 14


def _skills_under_lead(paras: list[str]) -> str | None:
    """The skills a short lead-in ending in a colon lists below it, one item a line ("; " between them), or None.

    An item is a phrase, not a sentence: short, no full stop inside it or at its end, no colon; two items at least."""
    lead = clean(paras[0])
    if len(lead.split()) > SKILL_LEAD_WORDS or not _SKILLS_LEAD.search(lead) or LEAD_IN.search(lead):
        return None
    items: list[str] = []
    for para in paras[1:]:
        t = _ITEM_MARK.sub("", clean(para)).strip()
        if not t or "\n" in para or len(t.split()) > SKILL_ITEM_MAX_WORDS or re.search(r"[.!?:]", t) \
                or _FIRST_PERSON.search(t):
            break
        items.append(t.rstrip(" ;,"))
    return "; ".join(items) if len(items) >= 2 else None


# a lead-in that names the skills and opens a list: "The course would build these competencies:", "Learners will
# practise four skills:", "Compétences visées :"
_SKILLS_WORD = re.compile(r"\b(?:competenc(?:y|ies)|skills?|comp[ée]tences?|habilet[ée]s)\b", re.I)
LIST_ITEM_WORDS = 25  # an item of a list under a lead-in: a phrase or one short sentence
LIST_ITEMS_MIN = 2


def _skills_listed(paras: list[str], n: int) -> str | None:
    """The items under a lead-in paragraph that names the skills and ends with a colon (joined '; '), or None.

    The items are the short paragraphs after it, each one phrase or one sentence; the list ends at a paragraph of
    several sentences, a long one, or another lead-in."""
    lead = clean(paras[n])
    said = sentences(lead)
    if not lead.endswith(":") or not said or not _SKILLS_WORD.search(said[-1]) or LEAD_IN.search(said[-1]):
        return None
    items: list[str] = []
    for para in paras[n + 1:]:
        text = strip_marker(clean(para))[0]
        # (a closing "Sincerely," and a block of lines, a signature or an address, are no items either)
        if not text or len(text.split()) > LIST_ITEM_WORDS or text.endswith((":", ",")) or len(sentences(text)) > 1 \
                or "\n" in para.strip() or "@" in text:
            break
        items.append(text)
    return join_items(items) if len(items) >= LIST_ITEMS_MIN else None


def opening_roles(text: str) -> set[str]:
    """The fields the first sentence of a text states by its grammar ("proposal" for the proposing sentence).

    Calibration reads it against a label: an answer whose first sentence states other fields and not the
    labelled one starts somewhere else than the answer (the memo's proposing sentence under "Purpose").
    """
    first = sentences(text.replace("\n", " "))
    return set(_roles(first[0])) if first else set()


# a form's instructions ask and tell; a letter's sentences state
# (a writer's own "Please consider a micro-course, ..." asks the office to take up the course: the proposing sentence)
_INSTRUCTION = re.compile(r"^(?:please(?!\s+(?:do\s+)?(?:consider|accept)\s+(?:a|an|this|my|our)\s)|describe|list|explain|attach|indicate|provide|state|include|identify|give|outline|"
                          r"summari[sz]e|specify|tick|check|select|enter|complete|note)\b|\?", re.I)


_CAPS_RUN_IN = re.compile(r"^[A-Z][A-Z/& ]{1,30}[A-Z]\s+[–—-]\s+(?=\S)")
# a slide's or a handout's bullet glyph before the sentence: the list's typography, no word of what it says
_GLYPH_BULLET = re.compile(r"^\s*[" + re.escape(BULLET_GLYPHS) + r"]\s+(?=\S)")


def _roles(s: str) -> dict[str, tuple[FieldValue, float, str]]:
    found: dict[str, tuple[FieldValue, float, str]] = {}
    if _INSTRUCTION.search(s):
        # a form's instruction or question states nothing, except the writer's own question whether a part of
        # a program can stand on its own ("Can Module 4 of our X be offered on its own as a micro-credential?")
        own = _ON_ITS_OWN.search(s)
        return _converted(own) if own else found
    # "TYPE – new micro-credential, for ...": a run-in label in capitals, as a typed-out form sets it, states
    # nothing itself; the sentence after it plays its role
    s = _CAPS_RUN_IN.sub("", s, count=1)
    s = _GLYPH_BULLET.sub("", s, count=1)
    given = offered(s)
    if given:
        return {"resources_required": (given, READ, "offering sentence")}
    french = _roles_fr(s)
    if french:
        return french
    m = _PROPOSING.search(s) or _KIND_NOUN.match(s.strip())
    if m:
        found["proposal"] = ("", 0.0, "")
        kind = m.group("kind").lower().replace("-", "")
        code = "micro_course" if kind == "microcourse" else "new" if m.group("new") or kind == "microcredential" else None
        if code:
            found["request_type"] = (code, READ, "proposing sentence")
        rest = _TO_OFFICE.sub("", m.group("rest"), count=1)
        if re.match(r"\s*,\s*(?:called|titled|entitled|named)\s", rest):
            rest = rest.lstrip(" ,")  # (", called X": the comma sets off the name, as no appositive's own)
        t = _QUOTED.match(rest) or _APPOSITIVE.match(rest) or _CALLED.match(rest) or _colon_named(rest)
        if t:
            title = t.group("quoted") if "quoted" in t.re.groupindex and t.group("quoted") else t.group("title")
            found["proposal_title"] = (title.strip().rstrip(","), READ, "proposing sentence")
            rest = rest[t.end():]
        on_topic = _ON_TOPIC.match(rest) if "proposal_title" not in found else None
        who = _FOR_WHOM.match(rest[on_topic.end():] if on_topic else rest)
        if who and ":" not in who.group("who"):  # "for the following learners: ..." is a label, read as one
            # (a semicolon ends whom it is for: "...; most will be nurses" says more of them, as a clause of its own)
            found["target_learners"] = (_ASIDE.sub("", who.group("who").split(";")[0]).strip(), READ, "proposing sentence")
    called = _COURSE_CALLED.match(s.strip()) if "proposal_title" not in found else None
    named = _CALLED.match(s.strip()[called.end():]) if called else None
    if named:
        title = named.group("quoted") or named.group("title")
        found["proposal_title"] = (title.strip().rstrip(","), READ, "naming sentence")
    conv = _CONVERSION.search(s) or _CONVERSION_NAMED.search(s) or _ON_ITS_OWN.search(s)
    if conv:
        found.update(_converted(conv))
    kind = stated_kind(s)
    if kind and "request_type" not in found:
        found["request_type"] = (kind, READ, "kind set against another")
    meant = _MEANT_FOR.match(s) or _ITS_FOR.match(s.strip())
    if meant:
        found["target_learners"] = (_after_groups(_ASIDE.sub("", meant.group("who"))).strip(), READ, "audience sentence")
    if LEAD_IN.search(s) is None:
        skills = _skills(s)
        if skills and re.search(r"\b(?:competen[ct]|skills?\b|proficien|skilled\b)", s, re.I):
            found["competencies"] = (skills, READ, "skills sentence")
    tasked = _TASKED.search(s)
    how = _THROUGH.search(s)
    if tasked:
        found["summative_assessment"] = (tasked.group("how").strip(), READ, "assessment sentence")
    elif how and re.search(r"\b(?:competen\w*|achievement|outcomes?|learners?|participants?|skills?)\b", s[:how.start()], re.I):
        found["summative_assessment"] = (how.group("how").strip(), READ, "assessment sentence")
    elif _ENDS_WITH.search(s) and re.search(r"\b(?:scored|marked|graded|checklist|rubric|exam\w*|test)\b", s, re.I):
        found["summative_assessment"] = (_ENDS_WITH.search(s).group("how").strip(), READ, "assessment sentence")  # type: ignore[union-attr]
    elif _TO_PASS.match(s.strip()):
        # "To pass, each learner would record ...": what passing takes is the assessment
        found["summative_assessment"] = (_TO_PASS.match(s.strip()).group("how").strip(), READ, "assessment sentence")  # type: ignore[union-attr]
    elif _WE_CHECK.match(s.strip()):
        # "We would assess them with an online case quiz and ...": how the writer will check, the phrase after it
        found["summative_assessment"] = (_WE_CHECK.match(s.strip()).group("v").strip(), READ, "assessment sentence")  # type: ignore[union-attr]
    elif _ASSESSMENT_IS.match(s.strip()):
        found["summative_assessment"] = (_ASSESSMENT_IS.match(s.strip()).group("how").strip(), READ, "assessment sentence")  # type: ignore[union-attr]
    elif _TOPIC_ASSESSMENT.match(s):
        found["summative_assessment"] = (_TOPIC_ASSESSMENT.match(s).group("how").strip(), READ, "assessment sentence")  # type: ignore[union-attr]
    elif _EACH_DOES.match(s.strip()) and _PASS_MARK.search(s):
        # "Each technologist would process five cases and submit them for review; four of five must be acceptable.":
        # a task every learner does, with the mark that passes it, is the assessment
        found["summative_assessment"] = (s.rstrip(), READ, "assessment sentence")
    elif (_ASSESSED.search(s) or _LEARNERS_DO.match(s.strip())) and re.search(r"\b(?:assess\w*|exam\w*|test|checklist|rubric|OSCE|station|marked|scored)\b",
                                           s, re.I):
        found["summative_assessment"] = (s.rstrip(), READ, "assessment sentence")
    if "summative_assessment" in found and no_answer_yet(s.strip()):
        # "I have also not yet decided how learners would be assessed": the sentence says there is no assessment yet
        del found["summative_assessment"]
    talks = _TALKING.search(s)
    if talks and (_PARTNER_CUE.search(s) or talks.group("org2")):
        # "I have been talking with the X about endorsing the course": talks, not yet an endorsement
        found["partner_name"] = ((talks.group("org") or talks.group("org2")).strip(" ,"), READ, "endorsing sentence")
        found["endorsement_status"] = ("in_discussion", READ, "endorsing sentence")
        c = _IS_CONTACT.search(s)
        if c:
            found["partner_contact"] = (c.group("who").strip(), READ, "endorsing sentence")
    elif _PARTNER_CUE.search(s) or _ENDORSER.match(s):
        status = choice_code("endorsement_status", s)
        if status and "letter_attached" in choice_codes("endorsement_status", s)[0]:
            status = "letter_attached"  # "has endorsed it and their letter is attached": the letter says more
        e = _ENDORSER.match(s)
        by = _ENDORSED_BY.match(s) if e is None else None
        writer = letter_from(s) if e is None and by is None and status else None
        if by:
            # "Endorsed by the X Society; letter of support attached.": a phrase that names the endorser
            found["partner_name"] = (by.group("org").strip(), READ, "endorsing sentence")
            status = status or "confirmed"
        if writer:
            found["partner_name"] = (writer, READ, "endorsing sentence")  # "A letter of support from X is enclosed"
        if e and status is None and re.search(r"\b(?:endorses?|said\s+yes)\b", e.group(0)):
            status = "confirmed"  # "Norvale Pharmacy Group formally endorses this proposal": said, so given
        if e and status:
            # ("Crestline Health Laboratories (my employer) is discussing ...": the aside is no part of the name)
            org = re.sub(r"\s*\([^()]*\)\s*$", "", (e.group("org") or e.group("org2")).strip(" ,"))
            # ("Sonoview Imaging, the vendor of our machines, has confirmed ...": the aside says what it is)
            org = _ORG_APPOSITIVE.sub("", org)
            # ("The X Association has been very positive and we are in discussion with them": the name is the run of
            # capitalised words the clause opens with, not the clause)
            org = _leading_name(org)
            found["partner_name"] = (org, READ, "endorsing sentence")
        if status:
            found["endorsement_status"] = (status, READ, "endorsing sentence")
        person = contact_clause(s) if e or find_emails(s) else None
        # ("A letter of support from X (Name, Role) is enclosed", "... from its Director, Dr. Y, is enclosed": who signs
        # the letter is the partner's contact)
        person = person or (letter_signer(s) if status else None)
        subject = _SUBJECT_ORG.match(s.strip()) if person and "partner_name" not in found else None
        if subject and re.search(r"\bfrom\s+(?:its|their)\s", s) and ORG.search(subject.group("org")):
            # "The X Clinic helped design the content, and a letter of support from its Medical Director, Dr. Y, is
            # enclosed": "its" points back at the organisation the sentence opens on, the partner
            found["partner_name"] = (subject.group("org"), READ, "endorsing sentence")
        agreed = _AGREED_CONTACT.search(s) if status else None
        if person:
            found["partner_contact"] = (person, READ, "endorsing sentence")
        elif agreed:
            # the person the endorsing sentence names as the contact, in its own clause
            found["partner_contact"] = (agreed.group("who").strip(), READ, "endorsing sentence")
    # (a sentence that names the partner by its grammar says surely which words are the name)
    found.update(_partner_named(s))
    me = _I_NAMED.match(s)
    if me:
        for k, v in person_line(f"{me.group('who')}, {me.group('role')}").items():
            found[k] = (v, READ, "proposing sentence")
    why = _PROPOSED_BECAUSE.search(s)
    if why:
        found["rationale"] = (why.group("why").strip(), READ, "reason sentence")
    behalf = _ON_BEHALF.match(s)
    if behalf:
        found["proposer_department"] = (behalf.group("unit").strip(), READ, "writing on behalf of")
    fw = _MAPPED.search(s)
    if fw and not _PLAN.search(fw.group("fw")):
        found["competency_framework"] = (fw.group("fw").strip() + (fw.group("edition") or ""), READ, "framework sentence")
    if _PLAN.search(s) and not _TO_DISCUSS.search(s) and not _label_alone(s):
        found["education_plan_alignment"] = (_plan_how(s), READ, "sentence naming the Education Plan")
    need = _NEED.search(s)
    if need:
        found["resources_required"] = ((need.group("what") or need.group("what2")).strip(), READ, "needs sentence")
    return found


# after the Plan is named, the phrase after "through" says how the course serves it ("This fits the Education Plan
# through care closer to home"); the words before it only say that it fits. (A colon after the Plan's name opens
# the writer's own sentence, kept whole: "The course fits the Plan in two ways: it ...")
_PLAN_HOW = re.compile(r"^[^:]{0,80}?(?:\s+through\s+|\s+par\s+le\s+biais\s+d(?:e\s+|['’]))(?P<how>\S.{8,}?)\s*\.?$", re.S)
PLAN_HOW_WORDS = 4  # the fewest words of such a clause (a shorter one is the sentence's own end)


def _plan_how(sentence: str) -> str:
    """The part of a sentence naming the Education Plan that says how the course serves it (see :data:`_PLAN_HOW`),
    else the sentence."""
    plan = _PLAN.search(sentence)
    how = _PLAN_HOW.match(sentence[plan.end():]) if plan is not None else None
    return how.group("how").strip() if how and len(how.group("how").split()) >= PLAN_HOW_WORDS else sentence


def names_the_plan(sentence: str) -> bool:
    """Whether a sentence names the Education Plan (the sentence that states the alignment, in prose)."""
    return _PLAN.search(sentence) is not None and not _INSTRUCTION.search(sentence)


def framework_at_end(text: str) -> tuple[str, str] | None:
    """(the skills without their last sentence, the framework it maps them to) when a list of skills ends with a
    sentence of its own that maps them ("a; b; c. Mapped to the CAMRT competency profile (2024)."), else None."""
    found = sentences(text)
    if len(found) < 2 or len(found[-1].split()) > MAPPED_SENTENCE_WORDS:
        return None
    fw = _MAPPED.search(found[-1])
    if fw is None or _PLAN.search(fw.group("fw")):
        return None
    return " ".join(found[:-1]), fw.group("fw").strip() + (fw.group("edition") or "")


MAPPED_SENTENCE_WORDS = 20


def skills_at_end(text: str) -> tuple[str, str] | None:
    """(the text without its last sentence, the skills that sentence names) when the last one names skills."""
    found = sentences(text)
    if len(found) < 2:
        return None
    skills = _skills(found[-1])
    return (" ".join(found[:-1]), skills) if skills else None


def skills_of(text: str) -> str | None:
    """The skills a sentence names ('The course targets three competencies: X.' -> 'X'), or None."""
    found = sentences(text)
    return _skills(found[-1]) if found else None


# "A brand-new micro-credential, Wheelchair Skills Training for Rehabilitation Assistants, built on ...": the course named
# by its kind, its title set off by commas
_COURSE_NAMED = re.compile(r"^\s*(?:[Aa]|[Aa]n)\s+(?P<new>(?:[Bb]rand[- ])?[Nn]ew\s+)?(?:short\s+|online\s+|hybrid\s+)?" + _KIND +
                           r"\s*,\s*(?P<title>[A-Z][^,]{3,160}?)\s*(?:,|\.?$)")


def course_named(text: str) -> dict[str, str]:
    """The request type and the title of an answer that names the course by its kind ({} otherwise)."""
    m = _COURSE_NAMED.match(clean(text))
    if m is None:
        return {}
    kind = m.group("kind").lower().replace("-", "")
    code = "micro_course" if kind == "microcourse" else "new" if m.group("new") or kind == "microcredential" else None
    out = {"proposal_title": m.group("title").strip()}
    if code:
        out["request_type"] = code
    return out


def _skills(s: str) -> str | None:
    m = _SKILLS.match(s.strip())
    if m is None:
        listed = _SKILLS_ARE.match(s.strip())
        return skill_items((listed.group("what") or listed.group("what2")).strip().rstrip(".")) if listed else None
    return skill_items((m.group("what_is") or m.group("what")).strip().rstrip(".")) if m else None


# "build competence in a, b, and c": the noun the verb takes before the skills themselves
_SKILL_NOUN = re.compile(r"^(?:(?:the\s+)?(?:competence|competency|competencies|skills?|proficiency|confidence|"
                         r"ability)\s+(?:in|with|at|for)\s+)(?=\S)", re.I)
def skill_items(what: str) -> str:
    """The skills a sentence names, without the noun the verb takes before them ("competence in a, b and c" ->
    "a, b and c"). (An inline list stays as written: earlier rounds keep it whole, later ones split it; a reader
    cannot tell which the writer meant.)"""
    return _SKILL_NOUN.sub("", what)


# "The skills I have in mind are: X; Y; Z.", "Our key competencies would be X, Y and Z."
_SKILLS_ARE = re.compile(r"^(?:(?:in\s+(?:practical|concrete|plain)\s+terms|in\s+practice|concretely|in\s+short|"
                         r"specifically|put\s+simply),\s+)?(?:the|our)\s+(?:main\s+|key\s+|core\s+)?(?:skills|competenc(?:y|ies))\b[^.:;]{0,40}?\b"
                         r"(?:are|would\s+be|will\s+be|include)\s*:?\s+(?P<what>\S.{8,400}?)\s*\.?$"
                         # "Graduates would be competent in a, b and c": what the learners will be competent in
                         r"|^(?:graduates|learners|participants|students|they|successful\s+(?:learners|participants|"
                         r"candidates))\s+(?:would|will|should|shall)\s+(?:be|become)\s+(?:fully\s+)?(?:competent|"
                         r"proficient|skilled)\s+(?:in|at)\s+(?P<what2>\S.{8,400}?)\s*\.?$", re.I | re.S)


# An answer in a full sentence often restates its question before it answers: "It is for screeners who ...",
# "Competence is confirmed by an observed practical ...", "With an observed screen ...". The sentence's frame
# is the question's echo; what the field holds is the object after it.
# (the course named with any determiner: "This micro-credential is designed for X", "Our course is aimed at X")
_COURSE = (r"(?:it|this|they|(?:the|this|our)\s+(?:proposed\s+|new\s+)?(?:course|credential|micro-?course|micro-?credential|"
           r"program(?:me)?|module|training|offering))")
_FOR_FRAME = re.compile(r"^" + _COURSE + r"(?:['’]s|\s+is|\s+would\s+be|\s+will\s+be)\s+(?:(?:mainly|mostly|primarily|"
                        r"chiefly|largely|meant|intended|designed|aimed|built|written|pitched)\s+)*(?:for|at)\s+"
                        r"(?P<v>\S.{5,300}?)\s*\.?$", re.I | re.S)
_WHO_SHOWS = (r"(?:competen\w*|achievement|completion|learning|mastery|skills?|success|progress|learners?|participants?|students?|"
              r"graduates?|candidates?|each\s+(?:learner|participant|student)|they|it|this|performance|outcomes?)")
_SHOWN_FRAME = re.compile(r"^(?:the\s+|their\s+|a\s+|each\s+)?[^,.;:]{0,30}?\b" + _WHO_SHOWS + r"\s+(?:is|are|would\s+be|"
                          r"will\s+be|can\s+be|should\s+be|gets?|must\s+be)\s+(?:\w+ly\s+)?(?:demonstrated|evidenced|"
                          r"confirmed|shown|assessed|evaluated|measured|verified|checked|judged|proven|tested|examined)\s+"
                          r"(?:through|by|via|with|in|using)\s+(?P<v>\S.{5,400}?)\s*\.?$", re.I | re.S)
_WE_CHECK = re.compile(r"^(?:we|I)\s+(?:would|will|shall|plan\s+to|intend\s+to)\s+(?:assess|check|evaluate|test|examine|"
                       r"verify|measure|confirm)\s+(?:them|it|this|learners|participants|competence|achievement|each\s+\w+)"
                       r"\s+(?:through|by|via|with|using)\s+(?P<v>\S.{5,400}?)\s*\.?$", re.I | re.S)
# "To pass, each learner would record a session ...", "To earn the credential, participants complete ...": what a
# learner must do to pass (the condition's clause opens the sentence, the task follows it)
_TO_PASS = re.compile(r"^(?:to\s+(?:pass|succeed|complete\s+(?:the|this)\s+(?:course|credential|micro-?course|"
                      r"micro-?credential)|earn\s+(?:the|this)\s+(?:credential|micro-?credential|badge|certificate)|"
                      r"be\s+(?:certified|credentialed))),\s+(?P<how>(?:each|every|all|the|learners|participants|"
                      r"students|candidates|they)\b\S*\s.{8,400}?)\s*\.?$", re.I | re.S)
_BARE_MEANS = re.compile(r"^(?:with|through|by|via|using)\s+(?P<v>(?:an?|the|two|three|four|one|\d+)\b\S*\s.{5,400}?)\s*\.?$",
                         re.I | re.S)
# "For radiation therapists who staff the suites.": the answer to "Who is it for?" echoes its "for"
_BARE_FOR = re.compile(r"^for\s+(?P<v>(?!(?:the\s+)?(?:course|credential|program|review|approval)\b)\S.{5,300}?)\s*\.?$",
                       re.I | re.S)
# "Because skills fade when ...": the answer to "Why?" echoes its "why" (in French, "Parce que ...")
_BARE_BECAUSE = re.compile(r"^(?:because|parce\s+que\s+|parce\s+qu['’]|car\s+)\s*(?P<v>\S.{5,400}?)\s*\.?$", re.I | re.S)
# "Learners complete an observed station scored with a checklist.": the learners' task is the assessment
_THEY_DO = re.compile(r"^(?:learners|participants|students|candidates|each\s+(?:learner|participant|student|candidate))\s+"
                      r"(?:will\s+|would\s+|must\s+|should\s+)?(?:complete|completes|pass|passes|sit|sits|take|takes|"
                      r"undertake|undertakes)\s+(?P<v>(?:an?|the|two|three|four|one|\d+)\b\S*\s.{5,400}?)\s*\.?$",
                      re.I | re.S)
# "Mainly rehabilitation assistants in inpatient rehab.": a hedge before the learners named
_HEDGED = re.compile(r"^(?:mainly|mostly|primarily|chiefly|largely|principally)\s+(?P<v>\S.{5,300}?)\s*\.?$", re.I | re.S)
# "Le microcours est destiné aux hygiénistes dentaires ...", "Il s'adresse aux ...": the French "It is for X."
_FOR_FRAME_FR = re.compile(r"^(?:(?:le|la|ce|cette|notre)\s+(?:micro-?cours|micro-?certificat|micro-?certification|formation|"
                           r"cours|programme|micro-?programme)|il|elle)\s+(?:(?:est|sera|serait)\s+(?:surtout\s+|d['’]abord\s+|"
                           r"principalement\s+)?(?:destin[ée]e?|con[çc]ue?|pens[ée]e?|offerte?)\s+|s['’]adress(?:e|era|erait)\s+)"
                           r"(?:aux|au|[àa]\s+l['’]|[àa]\s+la|[àa])\s*(?P<v>\S.{5,300}?)\s*\.?$", re.I | re.S)
# "A new micro-credential for regulated pharmacy technicians in ...": the course named as a noun, then whom it is for
_A_COURSE_FOR = re.compile(r"^(?:an?\s+)(?:new\s+|short\s+|online\s+|practical\s+)*(?:micro-?course|micro-?credential|course|"
                           r"credential|program(?:me)?|module|training)\s+(?:(?:meant|intended|designed|aimed|built)\s+)?"
                           r"(?:for|at)\s+(?P<v>\S.{5,300}?)\s*\.?$", re.I | re.S)
# The same echoes with the sentence's subject left out, as a flyer or an FAQ answers: "Designed for ophthalmic
# assistants who ...", "Aux infirmières en urologie ..." (answering "À qui s'adresse ...?"), "Par une évaluation
# pratique ..." (answering "Comment ...?"), "We plan a short online test ...", "Learners finish with a timed exercise"
_BARE_MEANT_FOR = re.compile(r"^(?:(?:mainly|mostly|primarily|chiefly|largely)\s+)?(?:meant|intended|designed|aimed|built|"
                             r"written|pitched|created|developed)\s+(?:for|at)\s+(?P<v>\S.{5,300}?)\s*\.?$", re.I | re.S)
# (not where the preposition comes again before the next group, "Aux assistants ... et aux techniciens ...": it
# belongs to each group then, and the groups read without the first one's would not read as one phrase)
_BARE_FOR_FR = re.compile(r"^(?:surtout\s+|d['’]abord\s+|principalement\s+)?(?:aux|au)\s+"
                          r"(?P<v>(?!.*\b(?:aux|au)\s)[^\W\d_].{5,300}?)\s*\.?$", re.I | re.S)
_BARE_MEANS_FR = re.compile(r"^(?:par|au\s+moyen\s+d['’]|[àa]\s+l['’]aide\s+d['’]|gr[âa]ce\s+[àa])\s*"
                            r"(?P<v>(?:une?|la|le|les|l['’]|deux|trois|quatre|\d+)\b\S*.{5,400}?)\s*\.?$", re.I | re.S)
_SHOWN_FRAME_FR = re.compile(r"^(?:l['’]\s*)?[ée]valuation(?:\s+sommative|\s+finale)?\s+(?:repose(?:ra|rait)?|se\s+fera|"
                             r"se\s+fait|consiste(?:ra|rait)?|comprend(?:ra|rait)?|prend(?:ra|rait)?\s+la\s+forme)\s+"
                             r"(?:sur|en|d['’]|de)\s*(?P<v>\S.{5,400}?)\s*\.?$", re.I | re.S)
# "La réussite serait attestée par une étude de cas ...", "Les compétences seront évaluées au moyen d'un examen ...":
# the French passive that names what shows the learning, then the means (as _SHOWN_FRAME in English)
_SHOWN_BY_FR = re.compile(r"^[^,.;:]{0,40}?\b(?:est|sont|sera|seront|serait|seraient)\s+(?:\w+ment\s+)?"
                          r"(?:attest|[ée]valu|v[ée]rifi|d[ée]montr|mesur|confirm|valid|sanctionn)[ée]e?s?\s+"
                          r"(?:par|au\s+moyen\s+d['’]|gr[âa]ce\s+[àa])\s*"
                          r"(?P<v>(?:une?|la|le|les|l['’]|deux|trois|quatre|\d+)\b\S*.{5,400}?)\s*\.?$", re.I | re.S)
_WE_PLAN = re.compile(r"^(?:we|I)\s+(?:plan|propose|intend\s+to\s+use|would\s+use|will\s+use|use)\s+"
                      r"(?P<v>(?:an?|two|three|four|one|\d+)\b\S*\s.{5,400}?)\s*\.?$", re.I | re.S)
_THEY_FINISH = re.compile(r"^(?:learners|participants|students|candidates|they|each\s+(?:learner|participant|student|candidate))"
                          r"\s+(?:will\s+|would\s+)?(?:finish|finishes|end|ends|conclude|concludes)\s+with\s+"
                          r"(?P<v>(?:an?|the|two|three|four|one|\d+)\b\S*\s.{5,400}?)\s*\.?$", re.I | re.S)
_FRAMES = {"target_learners": (_FOR_FRAME, _BARE_FOR, _HEDGED, _FOR_FRAME_FR, _A_COURSE_FOR, _BARE_MEANT_FOR,
                               _BARE_FOR_FR),
           "summative_assessment": (_SHOWN_FRAME, _WE_CHECK, _BARE_MEANS, _THEY_DO, _BARE_MEANS_FR, _SHOWN_FRAME_FR,
                                    _WE_PLAN, _THEY_FINISH, _SHOWN_BY_FR),
           "rationale": (_BARE_BECAUSE,)}


# the words that may join the capitalised words of an organisation's name ("Patient and Family Council")
_NAME_JOINS = frozenset({"and", "of", "for", "the", "&", "on", "in", "at", "de", "du", "des", "la", "le", "et"})
ORG_CLAUSE_WORDS = 3  # the fewest words of the clause after the name for the name to be cut from it


def organisation_of(value: str) -> str:
    """The partner named as the subject of a sentence ("The Lakemount Patient and Family Council co-designed the
    scenarios." / "Riverbend Home Care itself – my director has agreed ...") -> the organisation's name. A value
    that does not open with a name of two capitalised words or more, then a clause, is returned as it is."""
    words = value.split()
    n = 0
    capitals = 0
    while n < len(words):
        w = words[n]
        if w[:1].isupper() and any(c.isalpha() for c in w):
            capitals += 1
        elif not (w.lower() in _NAME_JOINS and capitals):
            break
        n += 1
    while n and words[n - 1].lower() in _NAME_JOINS:
        n -= 1  # "... Council and" / "... of": the name ends on a word of its own
    rest = words[n:]
    if len(rest) > 1 and rest[0] in ("–", "—", "-") and capitals >= 2:
        rest = rest[1:]  # "Norgate Eye Associates – we are in talks ...": the dash sets the name apart from the clause
    if capitals < 2 or not rest or not re.match(r"[a-zà-ÿ]", rest[0]) or rest[0].lower() in _NAME_JOINS:
        return value
    reported = REPORTED.match(" ".join(rest))
    if reported:
        # "Gwen Ashdown confirmed that the Ontario Association of ... endorses the course": the person reports, and
        # the partner is the subject of what they report (no partner named there: the value as it is)
        said = " ".join(rest)[reported.end():]
        said = "The" + said[3:] if said.startswith("the ") else said
        inner = organisation_of(said)
        return inner if inner != said else value
    if len(rest) < ORG_CLAUSE_WORDS and not re.match(r"(?i)itself|themselves$", rest[0]):
        return value
    name = words[:n]
    if name[0] in ("The", "Our"):
        name = name[1:]  # the sentence's article, no part of the name
    return " ".join(name).rstrip(",;:") if len(name) >= 2 else value


# "We have discussed the idea with Hyacinth Roy, Faculty, Pharmacy Program (hroy@example.org), who has agreed to act
# as lead proposer": a letter from someone else (a partner) that names who proposes the course
_NAMED_PROPOSER = re.compile(
    r"(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})(?:,\s*(?P<role>[^.()@;]{3,90}?))?\s*"
    r"(?:\((?P<email>[^()\s]+@[^()\s]+)\))?,?\s+(?:who\s+)?(?:has\s+agreed\s+to\s+|will\s+|is\s+to\s+|would\s+)?"
    r"(?:act|be|serve)\s+as\s+(?:the\s+|our\s+)?(?:lead\s+)?proposer\b")


def named_proposer(text: str) -> dict[str, str]:
    """The proposer a letter names in the third person, with the role and address given beside the name."""
    m = _NAMED_PROPOSER.search(text)
    if m is None:
        return {}
    out = {"proposer_name": m.group("who")}
    if m.group("role"):
        out["proposer_title"] = m.group("role").strip(" ,")
    if m.group("email"):
        out["proposer_email"] = m.group("email").rstrip(".")
    return out


def echoes_question(method: str, label: str) -> bool:
    """Whether an answer's label is a question its sentence may echo ("Who is it for?", a heading in the writer's own
    words); a label that names a topic ("Assessment", "Evaluation") asks nothing to echo."""
    text = clean(label).rstrip(" .:")
    return method == "question" or text.endswith("?") or method == "heading" and _ASKING_HEADING.match(text) is not None


# a heading in the writer's own words that asks, with or without its question mark ("3. Who it is for", "How we will
# know"): an answer under it may echo it; one that names a topic ("Assessment") asks nothing
_ASKING_HEADING = re.compile(r"^(?:[A-Za-z]?\d{1,2}(?:\.\d{1,2})*[.)]?\s*(?:[-–—:]+\s*)?\s)?(?:who|what|why|how|when|where|which|whom)\b",
                             re.I)


def unframed(key: str, value: str) -> str:
    """A one-sentence answer without the frame that restates its question ("It is for X." -> "X").

    Only the fields whose answers are phrases (who the learners are, how they are assessed) and only a
    single sentence: an answer of several sentences is prose, kept whole.
    """
    frames = _FRAMES.get(key)
    if not frames or "\n" in value.strip() or len(sentences(value)) != 1:
        return value
    for frame in frames:
        m = frame.match(value.strip())
        if m:
            if frame in (_THEY_DO, _THEY_FINISH) and _SECOND_PREDICATE.search(m.group("v")):
                # "Each learner completes a test set ... and submits the logbook": the learner does two things, and
                # the second has no subject without the frame; the sentence is the answer as written
                return value
            return m.group("v").strip()
    return value


# a second verb of the same subject after a coordinator, with its own object ("... and submits the completed logbook",
# "... then presents a case")
_SECOND_PREDICATE = re.compile(r"\b(?:and|then)\s+(?:then\s+)?(?!(?:the|a|an|their|two|three|four|one|then)\b)[a-z]{3,}s?\s+"
                               r"(?:the|a|an|their|his|her|its|each|all|it|them)\b")


# A question that follows an answer's own sentences and asks about another field is the next question, whose label
# was not recognised ("... delayed results. What will they get better at? Recognising ..."); one that asks nothing
# the form asks is the applicant's own ("Why does it matter? Each one costs a bed.")
_NEXT_QUESTION = re.compile(r"(?<=[.!])\s+(?=(?P<q>[A-Z][^.!?\n]{3,160}\?)(?:\s|$))")


def before_question(value: str, asks_another: Callable[[str], bool]) -> str:
    """An answer without the question that asks for another field (and all that follows it) after its sentences."""
    for m in _NEXT_QUESTION.finditer(value):
        if asks_another(m.group("q")):
            return value[:m.start()].rstrip()
    return value


# a closing sentence that sends the reader elsewhere in the document ("The practicalities are in the table on the next
# page.", "See below.") says where another answer is, and is no part of this one
_POINTER = re.compile(r"\b(?:(?:next|following|previous|last|other)\s+page|overleaf|(?:see|in|under)\s+(?:the\s+)?"
                      r"(?:table|section|appendix|attachment|annex)?\s*(?:below|above|attached)|see\s+(?:below|above|"
                      r"attached|appendix|annex|section))\b", re.I)
POINTER_WORDS = 15


def without_pointer(value: str) -> str:
    """A text answer without the closing sentences that point elsewhere in the document (when more remains)."""
    parts = sentences(value)
    if len(parts) < 2 or "\n" in value.strip():
        return value
    keep = len(parts)
    while keep > 1 and _POINTER.search(parts[keep - 1]) and len(parts[keep - 1].split()) <= POINTER_WORDS:
        keep -= 1
    return value if keep == len(parts) else " ".join(parts[:keep])


PROPOSAL_ROLES = ("request_type", "proposal_title", "target_learners", "existing_program_name")


def proposal_of(text: str) -> dict[str, Reading]:
    """What the first proposing sentence of an answer states (its kind of course, title and learners).

    A memo's "Purpose." or a briefing note's "Situation" answer opens with the proposing sentence whatever
    its label asks: that sentence's role does not depend on the label above it.
    """
    for s in sentences(text.replace("\n", " ")):
        found = _roles(s)
        if "proposal" in found:
            return {k: Reading(v, c, r) for k, (v, c, r) in found.items() if k in PROPOSAL_ROLES}
    return {}


# "Micro-course proposal: ...", "New micro-credential idea – ...": the kind of course named before the kind of document
_SUBJECT_KIND = re.compile(r"\b(?P<new>new\s+)?" + _KIND + r"\s+(?:proposal|idea|concept|request|submission)\b", re.I)


# "Proposal for a new CE micro-credential", "Objet : proposition d'un nouveau microcertificat": the kind of document
# named first, then the kind of course; only a course said to be new (a credential proposed may be a program converted)
_KIND_PROPOSED = re.compile(r"\b(?:proposal|request|submission|proposition|demande)\s+(?:for|of|de|d['’])\s*"
                            r"(?:an?\s+|une?\s+)?(?:new|nouvel(?:le)?|nouveau)\s+(?:[A-Z]{2,5}\s+)?"
                            r"(?P<kind>micro-?course|micro-?credential|micro-?certificate|micro-?cours|"
                            r"micro-?certificat|micro-?certification)\b", re.I)


def subject_kind(subject: str) -> str | None:
    """The request type a subject line names ("Micro-course proposal: X" -> "micro_course"), or None."""
    proposed = _KIND_PROPOSED.search(clean(subject))
    if proposed is not None:
        return "micro_course" if proposed.group("kind").lower().replace("-", "") in ("microcourse", "microcours") \
            else "new"
    m = _SUBJECT_KIND.search(clean(subject))
    if m is None:
        return None
    kind = m.group("kind").lower().replace("-", "")
    return "micro_course" if kind == "microcourse" else "new" if m.group("new") or kind == "microcredential" else None


# "We have not settled this yet and would welcome CE's advice.", "To be determined", "TBD": the answer says there is
# none yet. Such an answer is no value of the field (a choice field's "not yet" is one of its options: not here).
_NO_ANSWER_YET = re.compile(r"^(?:(?:we|I)\s+(?:(?:also|still)\s+)?(?:have\s+(?:(?:also|still)\s+)?not|haven['’]t|"
                            r"have\s+(?:(?:also|still)\s+)?yet\s+to|do\s+not|don['’]t|are\s+not|aren['’]t|am\s+not)"
                            r"\s+(?:yet\s+)?(?:settled|decided|determined|worked\s+(?:this\s+|it\s+)?out|finali[sz]ed|"
                            r"confirmed|chosen|agreed|know|sure)|not\s+(?:yet\s+)?(?:settled|decided|determined|known|"
                            r"confirmed|finali[sz]ed)|to\s+be\s+(?:determined|confirmed|decided|defined|discussed)|"
                            r"tb[dca]|undecided|unknown|still\s+(?:open|undecided|to\s+be\s+decided)"
                            # ("To follow", "Details to follow", "To be announced", "À suivre": the answer is still to
                            # come; the whole answer only, "To follow the provincial standard ..." is a sentence)
                            r"|(?:(?:(?:more\s+|further\s+)?details?\s+|info(?:rmation)?\s+)?to\s+follow|to\s+be\s+announced"
                            r"|à\s+(?:suivre|venir))(?=\s*[.!]?\s*$)"
                            # (French: "À déterminer", "À confirmer", "Non déterminé", "Pas encore décidé")
                            r"|à\s+(?:déterminer|confirmer|définir|préciser)|(?:non|pas\s+encore)\s+(?:déterminée?|décidée?|"
                            r"confirmée?|défini(?:e)?)s?)(?!\w)", re.I)
NO_ANSWER_WORDS = 25
_TODO = re.compile(r"^\s*(?:TODO|ToDo|todo)\b")


def no_answer_yet(value: str) -> bool:
    """Whether a short answer only says that it has no answer yet ("We have not settled this yet.")."""
    if _TODO.match(value) and len(value.split()) <= NO_ANSWER_WORDS:
        return True  # "TODO – ask Ruth": what follows is the writer's task, not an answer
    m = _NO_ANSWER_YET.match(value.strip())
    if m is None or len(value.split()) > NO_ANSWER_WORDS:
        return False
    # "TBD – early 2027" or "not decided: probably 20 hours" gives a value after all
    rest = value.strip()[m.end():]
    return not re.match(r"\s*[–—:(-]", rest) and not re.search(r"\d", rest)


# "No partner yet – none approached", "None at this stage", "Not yet identified": the partner question answered with
# no one (a name after it, "Not yet confirmed – Eastvale Rehab", is a partner after all)
_NO_ONE = re.compile(r"^(?:no|none|not)\b[^.;:]{0,40}?\b(?:yet|so\s+far|approached|identified|at\s+this\s+(?:time|stage|"
                     r"point))\b"
                     # ... or in the writer's own voice: "We have not approached an external partner yet"
                     r"|^(?:we|I)\s+(?:have\s+not|haven['’]t|have\s+yet\s+to|did\s+not|didn['’]t)\s+(?:yet\s+)?"
                     r"(?:approached|approach|contacted|contact|asked|ask|identified|identify|found|find|secured|secure)\b",
                     re.I)


# "Not yet approached", "Not contacted so far": the answer tells what was done with the partner, not that there is
# none; the partner it speaks of may be named elsewhere ("We would like X to endorse it")
_NOT_YET_ASKED = re.compile(r"^not\s+(?:yet\s+)?(?:been\s+)?(?:approached|contacted|asked)\b", re.I)


def no_one_named(text: str) -> bool:
    """Whether a partner's answer says there is none (yet) and names no one."""
    m = _NO_ONE.match(text.strip())
    return m is not None and len(text.split()) <= 12 and not re.search(r"\b[A-Z][\w'’-]+", text.strip()[m.end():])


def partner_unasked(text: str) -> bool:
    """Whether a partner's answer that names no one says only that the partner was not asked yet ("Not yet
    approached"): no partner is named here, but the answer does not say there is none (see :data:`_NOT_YET_ASKED`)."""
    return bool(_NOT_YET_ASKED.match(text.strip()))


# "somewhere between 50 and 100", "40-60", "30 to 50": a span, not a count
_SPAN = re.compile(r"\bbetween\s+\d+\s+(?:and|to)\s+\d+|\b\d+\s*(?:[-–—]|to)\s*\d+\b", re.I)


def undecided_count(text: str) -> bool:
    """Whether a count's answer says it is not decided and gives at most a span ("Not decided – somewhere
    between 50 and 100"): no count is given, though "TBD – about 40" gives one."""
    m = _NO_ANSWER_YET.match(text.strip())
    if m is None or len(text.split()) > NO_ANSWER_WORDS:
        return False
    rest = text.strip()[m.end():]
    return not re.search(r"\d", rest) or bool(_SPAN.search(rest)) and len(re.findall(r"\d+", rest)) == 2


# "A micro-course (not a full credential)", "a micro-course rather than a full credential": a writer who sets one
# kind against another states the kind of course
_KIND_CONTRAST = re.compile(r"^(?:(?:it|this)\s+(?:is|would\s+be|will\s+be)\s+|it['’]s\s+)?an?\s+(?P<new>new\s+)?" + _KIND
                            + r"\s*(?:\(\s*not\s+an?\b[^)]*\)|,?\s+(?:rather\s+than|not|instead\s+of)\s+an?\b)", re.I)


# a line that opens with the kind of course and goes on with something else than a sentence about it
# (or with the writer pitching one: "I'm pitching a NEW micro-credential to Michener CE: ...")
_KIND_LINE = re.compile(r"^(?:(?:i['’]m|i\s+am|we\s+are|we['’]re)\s+(?P<pitch>pitching)\s+)?(?:an?\s+)?(?P<new>new\s+)?"
                        r"(?P<kind>micro-?course|micro-?credential)\b\s*(?:(?(pitch)|(?!))|$|[.:;·•|(–—]|-\s|pitch\b|"
                        r"proposal\b)", re.I)


def kind_line(line: str) -> str | None:
    """The request type a line states by opening with the kind of course ("New micro-credential", "A micro-course:
    short, ..."), or None."""
    m = _KIND_LINE.match(clean(line).lstrip("✔✓•*-– "))
    if m is None:
        return None
    return "micro_course" if m.group("kind").lower().replace("-", "") == "microcourse" else "new"


def stated_kind(sentence: str) -> str | None:
    """The request type a sentence states by contrast ("A micro-course (not a full credential) ..."), or None."""
    m = _KIND_CONTRAST.match(sentence.strip())
    if m is None:
        return None
    kind = m.group("kind").lower().replace("-", "")
    return "micro_course" if kind == "microcourse" else "new" if m.group("new") or kind == "microcredential" else None

