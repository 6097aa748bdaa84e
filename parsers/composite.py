"""Typed recognisers that split one answer holding several fields.

People answer "Who is proposing it?" with a whole signature ("Yuki Tanabe —
Technical Specialist — Hematology Lab" and "yuki@… — 416-555-0115" below), the
partner question with the organisation and its contact person together, and
one logistics question with the format, the hours, the start and the enrolment
in a sentence. Each recogniser takes the answer text and returns the fields it
can tell apart, or nothing when the answer is not of that composite kind, so a
plain answer keeps its plain reading.

Phone numbers are found by ``phonenumbers`` (Google's libphonenumber metadata:
North American and international numbers, extensions written as "ext.", "x" or
"extension"), which a regular expression only approximates; e-mail addresses by
the pattern the rest of the parser uses (finding an address in prose is a search,
which email-validator does not do).
"""
from __future__ import annotations

import re

from . import french
from .normalise import (EXTENSION_ALONE, MEMO_MAX, PHONE, choice_code, clean, delivery_format, document_memo,
                        hours_added, hours_in_parts,
                        cohort_total, find_emails, to_number, words_to_digits)
from .meaning import HONORIFIC, ORG, PERSON

_SEPARATORS = re.compile(r"\s+[—–|/·•]\s+|\s*[|;\n]\s*|\s+-\s+|\s*[—–]\s*(?=[A-Z])")
_LEADING_WORDS = re.compile(r"^(?:e-?mail|phone|tel(?:ephone)?|ext(?:ension)?|cell|mobile|contact|reach me at|courriel|"
                            r"t[ée]l(?:[ée]phone)?|cellulaire)\b"
                            r"\s*[:.]?\s*", re.IGNORECASE)
_EMPTY_PART = re.compile(r"^[\s,.;:()<>\[\]—–|/·•-]*$")
_TERMS = r"(?:spring|summer|fall|autumn|winter|early|mid|late|q[1-4]|" + french.TERMS + ")"
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|" + french.MONTHS + r")\.?")
_WHEN = re.compile(r"\b(?:(?:" + _TERMS + r"|" + _MONTH + r")\s*(?:/\s*\w+\s*)?\d{4}|\d{4}-\d{2}(?:-\d{2})?)\b",
                   re.IGNORECASE)
_FOUR_DIGITS = re.compile(r"\d{4}")
_START_CUE = re.compile(r"\b(?:start(?:ing|s)?|launch(?:ing|es)?|begin(?:ning|s)?|from|first offer(?:ed|ing)?|"
                        # "first cohort spring 2027": when the first group takes it is when it starts
                        r"first\s+(?:cohort|intake|run|session|group|class|delivery)|"
                        r"available|run(?:ning)?|offered|" + french.START_CUE + r")\b", re.IGNORECASE)
# a full stop before a capital ends a sentence, unless it ends a title or an initial ("Dr. Roy", "J. Roy")
_NOT_A_TITLE = r"(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bSt)(?<!Mrs)(?<!Dre)(?<!Prof)(?<!\b[A-Z])"
_SENTENCE = re.compile(_NOT_A_TITLE + r"\.\s+(?=[A-Z])")
_HOURS = re.compile(r"(\d+(?:\.\d+)?)\s*(?:-|to|–)?\s*(?:hours?|hrs?|h|" + french.HOURS + r")\b", re.IGNORECASE)
# the words that call a figure of hours the total: "8 hours in total", "6 h in all", "a total of 8 hours", "en tout"
_TOTAL_AFTER = re.compile(r"\s*(?:in\s+total|in\s+all|all\s+told|altogether|overall|total|au\s+total|en\s+tout)\b",
                          re.IGNORECASE)
_TOTAL_BEFORE = re.compile(r"\b(?:(?:a|the)\s+total\s+of|total\s*(?:of\s+)?[:=]?|in\s+total,?|in\s+all,?|au\s+total,?|"
                           r"en\s+tout,?)\s*(?:~|about|around|roughly|approximately|approx\.?|some|environ)?\s*$", re.IGNORECASE)
# "16 technologists a year": whoever is counted per year, unless the count is of time or of the course's parts
# (two letters and a plural s count too: "120 RTs a year")
# (accented letters too: "200 paramédics par année", "30 infirmières")
_COUNTED = r"(?:(?!(?:hours|hrs|weeks|days|months|years|times|sessions|modules|credits|units|cohorts|groups)\b)[^\W\d_]{2,}s)"
_PEOPLE = r"(?:learners?|students?|participants?|people|seats?|staff|personnel|" + _COUNTED + "|" + french.PEOPLE + ")"
# "250 staff across the network in year one": people counted, where they are, and the first year named as the year
_FIRST_YEAR = r"(?:in\s+(?:year\s+(?:one|1)|(?:the|its|our)\s+first\s+year)|(?:in\s+)?the\s+first\s+year)"
# (an approximation after the number, "50 or so a year", is still the number)
_PER_YEAR = re.compile(r"(\d+)(?:\s+or\s+(?:so|thereabouts))?\s*(?:" + _PEOPLE + r"\s*(?:(?:across|in|at|from|within|throughout)\s+(?:[\w'’-]+\s+){0,4}?)?"
                       r"(?=" + _FIRST_YEAR + r"))?" + r"(?:" + _PEOPLE + r")?\s*"
                       r"(?:(?:a|per|/|each|every)\s*(?:year|yr|annum)|" + french.PER_YEAR + "|" + _FIRST_YEAR + ")",
                       re.IGNORECASE)


# "Four hours", "twelve hours in total": hours written in words
NUMBER_WORDS = {w: n for n, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                           "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split())}
NUMBER_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60})
# (not "a one-hour module": a number joined to "hour" by a hyphen describes something else)
_NUMBER_WORD = re.compile(r"\b(" + "|".join(NUMBER_WORDS) + r")(?=\s+(?:hours?|hrs?)\b)", re.I)


# the bylines ask for the numbers of the same texts again and again (the matcher is the costliest step of a mail's
# reading): they are kept for the document being read
_PHONES: dict[str, tuple[str, ...]] = document_memo()


_POSTE = re.compile(r"\s+poste\s+\d{1,6}\b", re.I)  # the French extension, which the matcher does not read
# the fewest digits a number the matcher accepts can have: a Canadian one has ten, and a foreign one is written with its
# country code, which with the shortest national numbers (four digits) makes seven. Most lines with a digit (dates,
# page numbers, figures) have fewer, and the matcher is the slowest step of reading a long document's bylines
MATCHER_DIGITS = 7


def phones(text: str) -> list[str]:
    """Phone numbers written in ``text`` (with their extension), as written; a bare "ext. 1234" counts."""
    done = _PHONES.get(text)
    if done is None:
        done = tuple(_phones(text))
        if len(_PHONES) >= MEMO_MAX:
            _PHONES.clear()
        _PHONES[text] = done
    return list(done)


def _phones(text: str) -> list[str]:
    if not any(map(str.isdigit, text)):
        # every number the matcher or the patterns below find is written in digits (the matcher's own digits,
        # fullwidth and Arabic-Indic too, are all str.isdigit): a line without one (most of a letter's lines) has none
        return []
    found: list[str] = []
    if sum(map(str.isdigit, text)) >= MATCHER_DIGITS:
        import phonenumbers

        found = [m.raw_string.strip() + (ext.group(0) if (ext := _POSTE.match(text, m.end)) else "")
                 for m in phonenumbers.PhoneNumberMatcher(text, "CA")]
    if not found:
        found = [clean(m.group(0)) for m in PHONE.finditer(text)]
    if "-" in text and all(EXTENSION_ALONE.fullmatch(f) for f in found):
        # (in running text only the hyphened form: "123.4567" may be a figure); a local number keeps the extension
        # written after it ("555-0104 ext 2231"), which the pattern above found alone
        local = [m.group(0) for m in LOCAL_PHONE.finditer(text) if "-" in m.group(0)]
        found = sorted(local + [f for f in found if not any(f in n for n in local)], key=text.find)
    return found



# a local number without its area code, "555-0122" (exchange and line joined by a hyphen or a dot, maybe an
# extension), standing alone: not a piece of a longer figure ("2026-0457", "12-555-0122") nor a range of counts
# ("120-1500 a year")
LOCAL_PHONE = re.compile(r"(?<![\w./-])[2-9]\d{2}[-.]\d{4}(?![\w/-]|\.\d)(?:\s*(?:ext\.?|x|extension|poste)\s*\d{1,6})?", re.I)


def _address_and_number(text: str) -> tuple[dict[str, str], str]:
    """The proposer's email and phone a contact text gives (the first of each), and the text with every address and
    number replaced by a separator, so that the pieces left between them can be told apart."""
    t = text.replace("<", " ").replace(">", " ")
    out: dict[str, str] = {}
    emails = find_emails(t)
    if emails:
        out["proposer_email"] = emails[0]
        for e in emails:
            t = t.replace(e, " | ")
    nums = phones(t)
    if nums:
        out["proposer_phone"] = nums[0]
        for n in nums:
            t = t.replace(n, " | ")
    return out, t


_PREPARED = re.compile(r"(?i)\b(?:prepared|printed|updated|dated|submitted|presented|revised)\b")


def contact_line(text: str) -> dict[str, str]:
    """A proposer's signature or contact line -> proposer_name/title/department/email/phone.

    Returns {} unless the text starts with a person's name and holds at least one
    more piece (a role, a unit, an address or a number): a bare name is no composite.
    """
    from .normalise import to_date  # (imported here, where it is used: a contact line's date is no piece)

    out, t = _address_and_number(text)
    parts = [_LEADING_WORDS.sub("", p.strip(" ,.;:()—–·•")).strip(" ,.;:()—–·•") for p in _SEPARATORS.split(t)]
    if "proposer_phone" not in out:
        # a local number on a line of its own in a contact block ("555-0171", no area code): a part that is only a
        # number of that shape is the phone (inside a sentence seven digits may be anything else)
        local = [p for p in parts if LOCAL_PHONE.fullmatch(p)]
        if len(local) == 1:
            out["proposer_phone"] = local[0]
            parts = [p for p in parts if p != local[0]]
    # (the date a contact line was written on, "· 29 Nov 2026", is no unit)
    parts = [p for p in parts if p and not _EMPTY_PART.match(p) and not (len(p.split()) <= 4 and to_date(p))]
    # (nor the line a poster's or a handout's footer band sets under it, "Poster prepared November 5, 2026 for the
    # review": a full date with no role or unit in its words says when the page was made, not who made it)
    parts = parts[:1] + [p for p in parts[1:] if not (to_date(p) and _PREPARED.search(p) and not _role_word(p)
                                                      and not ORG.search(p))]
    if not parts:
        return out if len(out) >= 2 else {}
    first = parts[0]
    if len(parts) == 1 and "," in first:
        head, _, tail = first.partition(",")
        parts = [head.strip(), tail.strip()]
        first = parts[0]
    if not PERSON.match(first) or ORG.search(first):
        return {}
    rest = parts[1:]
    words = first.split()
    # "Ezinne Halloran-Vance Patient Experience Lead": a print that lost the comma between the name and the role;
    # the role is the words from where a role's name runs to the end, the name what stands before them
    cut = next((k for k in range(2, len(words)) if _role_word(" ".join(words[k:])) and not _role_word(" ".join(words[:k]))
                and all(w[:1].isupper() for w in words[k:])), None) if len(words) >= 3 else None
    named = next((k + 1 for k, w in enumerate(words[:-1]) if w.endswith(",")), None)
    if cut is not None and named is not None and named > cut and _role_word(" ".join(words[named:])) \
            and PERSON.match(" ".join(words[:named])):
        # "Dr. Noor Al-Haddad Pemberton, Clinical Psychologist": where the writer put the comma the name ends (a
        # surname of two words, one of them hyphenated, is still the name)
        cut = named
    if cut is not None:
        # (the comma that ended the name is no part of it: "Ada Roy, Charge Nurse, Day Unit — Hospital — ...")
        first, rest = " ".join(words[:cut]).rstrip(",;"), [" ".join(words[cut:]), *rest]
    out["proposer_name"] = clean(first)
    if len(rest) == 1:
        piece = clean(rest[0])
        head, _, units = piece.partition(",")
        if ORG.search(piece) and not _role_word(piece) and units.count(",") == 1 and not ORG.search(head) \
                and not re.search(r"\d", head) and ORG.search(units):
            # "Role, Unit, Organisation" on the one line under the name: what comes before the unit and the
            # organisation it belongs to (no organisation itself, no address) is the role (with four pieces or
            # more the role may take two of them, "Clinical Practice Leader, Respiratory Therapy": not split)
            out["proposer_title"], out["proposer_department"] = clean(head), clean(units)
            return out
        bracket = re.fullmatch(r"([^()]+?)\s*\(([^()]+)\)?", piece)
        if bracket and _role_word(bracket.group(1)) and not _role_word(bracket.group(2)) \
                and not re.search(r"\d", bracket.group(2)) \
                and (ORG.search(bracket.group(2)) or _TITLE_CASED.fullmatch(bracket.group(2).strip())):
            # "Respiratory Therapy Educator (Respiratory Therapy Department)": the role, its unit in brackets
            out["proposer_title"], out["proposer_department"] = clean(bracket.group(1)), clean(bracket.group(2))
            return out
        out["proposer_department" if ORG.search(piece) and not _role_word(piece) else "proposer_title"] = piece
    elif len(rest) >= 2:
        out["proposer_title"] = clean(rest[0])
        out["proposer_department"] = clean(", ".join(rest[1:]))
    return out if len(out) >= 2 else {}


_NAMED_PIECES = ("proposer_name", "proposer_title", "proposer_department")


def in_asked_order(asked: tuple[str, ...], text: str) -> dict[str, str]:
    """An answer to a label that lists the proposer's pieces ("Name / Role / Department" over "Ada Roy / Educator /
    Radiology"), read piece by piece in the label's order: the address and the number are found by their type, the
    other parts fill the named pieces the label lists, one each. {} unless the parts are exactly as many as those
    pieces and none holds a comma (then the label's order is the answer's; otherwise the contact reader's reading of
    the words stands), and a person's piece that is no person's name reads nothing."""
    order = [k for n, k in enumerate(asked) if k in _NAMED_PIECES and k not in asked[:n]]
    if not order:
        return {}
    out, t = _address_and_number(text)
    parts = [p for p in (_LEADING_WORDS.sub("", p.strip(" ,.;:()—–·•")).strip(" ,.;:()—–·•") for p in _SEPARATORS.split(t))
             if p and not _EMPTY_PART.match(p)]
    if len(parts) != len(order) or any("," in p for p in parts):
        # (a part with a comma in it is a composite of its own, "Lead, Diagnostic Imaging": which of its halves
        # goes with which item the label's order cannot tell)
        return {}
    for key, part in zip(order, parts):
        if key == "proposer_name" and (not PERSON.match(part) or ORG.search(part)):
            return {}
        out[key] = clean(part)
    return out


_ROLE = re.compile(r"\b(?:manager|director|lead|coordinator|specialist|educator|technologist|therapist|officer|"
                   r"nurse|physician|professor|faculty|instructor|supervisor|chair|head|chief|counsell?or|"
                   r"practitioner|analyst|assistant|associate|consultant|pharmacist|scientist|dean|"
                   # the professions named by their suffix: audiologist, sonographer, dietitian, technician, optometrist
                   r"\w+(?:ologist|ographer|ician|itian|ometrist)|midwife|paramedic)\b", re.IGNORECASE)


def _role_word(text: str) -> bool:
    # a job word that heads an organisation's name names the unit, not a job: "Paramedic Services", "Physician
    # Department"
    return any(not ORG.match(text, m.end() + len(text[m.end():]) - len(text[m.end():].lstrip()))
               for m in _ROLE.finditer(text))


def role_and_unit(text: str) -> tuple[str, str] | None:
    """"Occupational Therapist, Rehabilitation Sciences" -> (the role, the unit); None unless the first part names
    a job and the second does not (two roles, "Radiation Therapist, Patient Care Specialist", are one title)."""
    if text.count(",") != 1:
        return None
    role, unit = (p.strip() for p in text.split(","))
    if not role or not unit:
        return None
    # (the job is the head word: last in English, first in French, "Infirmière praticienne, Soins de première ligne")
    if (_ROLE.fullmatch(role.split()[-1]) or _ROLE_FR.fullmatch(role.split()[0])) and not _role_word(unit) \
            and not _ROLE_FR.fullmatch(unit.split()[0]):
        return role, unit
    return None


_ROLE_UNIT_SEP = re.compile(r"\s+[–—|/-]\s+|\s*[,;]\s+")


def role_beside_unit(text: str) -> tuple[str, str] | None:
    """The role and the unit of one answer to a label that asks for both ("Role / unit", "Title and department"):
    "Genetic Counsellor – Medical Genetics Clinic", "Pharmacist, Inpatient Pharmacy", "Unit | Role" -> (role, unit).
    The answer splits once, at a spaced dash, a bar, a slash or a comma; the part that names a job is the role and
    the other must not. None when it does not split so (one part, three parts, two roles or none)."""
    parts = [p.strip() for p in _ROLE_UNIT_SEP.split(text.strip().rstrip("."))]
    if len(parts) != 2 or not all(re.search(r"[^\W\d_]{2}", p) for p in parts):
        return None
    first, second = parts
    if _role_word(first) and not _role_word(second):
        return first, second
    if _role_word(second) and not _role_word(first):
        return second, first
    return None


# French job words, which head their title ("Technologue en chef", "Inhalothérapeute coordonnatrice")
_ROLE_FR = re.compile(r"(?i:infirmi(?:er|ère)|technologue|inhaloth[ée]rapeute|coordonnat(?:eur|rice)|conseill(?:er|ère)|"
                      r"gestionnaire|direct(?:eur|rice)|chef|responsable|enseignante?|format(?:eur|rice)|[ée]ducat(?:eur|rice)|"
                      r"physioth[ée]rapeute|ergoth[ée]rapeute|pharmacien(?:ne)?|m[ée]decin|professeure?|sp[ée]cialiste|"
                      r"adjointe?|technicien(?:ne)?|di[ée]t[ée]tiste|nutritionniste|sage-femme|hygi[ée]niste|"
                      r"audiologiste|orthophoniste|psychologue|perfusionniste|archiviste)")


role_word = _role_word  # (for the readers outside this module: whether words name a job, not a person)


# a name of two to eight capitalised words (joined by "of", "and", "&", "de" ...), no sentence: "Greenway Pharmacies"
_TITLE_CASED = re.compile(r"[A-Z][\w'’&.-]*(?:\s+(?:(?:of|and|for|the|de|du|des|la|le|et|&)\s+)*[A-Z][\w'’&.-]*){1,7}")


# words in lower case, three or more, no address: a remark, not a name, a place or an acronym
_REMARK = re.compile(r"[a-zà-ÿ][^@()]*?(?:\s+\S+){2,}")


# a clause set off by a spaced dash at the end of an answer: "Org – confirmed, letter to follow"
_DASH_CLAUSE = re.compile(r"^(?P<head>.{3,}?)\s+[–—-]\s+(?P<tail>[^–—]{3,80})$")


# the state of the endorsement in brackets after the name: "Org (letter attached)", "Org (endorsement confirmed)."
_STATUS_BRACKET = re.compile(r"^(?P<head>[^()]{3,}?)\s*\((?P<tail>[^()]{3,60})\)\s*\.?$")


# a few words before the first spaced dash of an answer, then the rest: "Letter attached – <the partner>"
_STATUS_FIRST = re.compile(r"^(?P<lead>(?:[^\s–—]+\s+){0,4}[^\s–—]+)\s+[–—]\s+(?P<rest>\S.*)$")


def without_status(text: str) -> str:
    """A partner or contact answer without the endorsement state added after a dash.

    "Network – letter of support attached" / "X, x@y.org – confirmed, letter to follow": the clause after the
    dash says how far the endorsement has come (the endorsement field's answer), not who the partner is. A clause
    naming a person, an organisation or an address is part of the answer and stays.
    """
    lead = _STATUS_FIRST.match(text.strip())
    if lead and "@" not in lead.group("lead") and not PERSON.match(lead.group("lead")) \
            and not ORG.search(lead.group("lead")) and choice_code("endorsement_status", lead.group("lead")) is not None \
            and choice_code("endorsement_status", lead.group("rest")) is None:
        # "Letter attached – Canadian College of ...": the state first, then after the dash who the partner is
        return without_status(lead.group("rest"))
    b = _STATUS_BRACKET.match(text.strip())
    if b and "@" not in b.group("tail") and not PERSON.match(b.group("tail")) and not ORG.search(b.group("tail")) \
            and choice_code("endorsement_status", b.group("tail")) is not None:
        return b.group("head")  # "Child Life Council (letter attached)": the brackets say how far it has come
    said = re.match(r"^(?P<head>[^.]{3,120}?)\.\s+(?P<tail>[A-Z][^.]{3,60})\.?$", text.strip())
    if said and "@" not in said.group("tail") and not PERSON.match(said.group("tail")) \
            and not ORG.search(said.group("tail")) and choice_code("endorsement_status", said.group("tail")) is not None:
        return said.group("head")  # "Medtrana Cardiac. Letter attached": a sentence of its own says how far it has come
    m = _DASH_CLAUSE.match(text.strip())
    if not m:
        return text
    tail = m.group("tail").strip().rstrip(".")
    if "@" in tail or PERSON.match(tail) or ORG.search(tail) or choice_code("endorsement_status", tail) is None:
        return text
    return m.group("head").rstrip(" ,;")


_REPLY = re.compile(r"^(?i:yes|yeah|yep|oui)\s*[,;:–—-]\s*(?:the\s+(?=[A-Z]))?")


def partner_answer(text: str) -> dict[str, str]:
    """'Org (Dr. X, Role)' / 'Org; contact: X' / 'Org. Letter of support attached.' split into fields.

    Returns {} when the answer is one piece.
    """
    # "Yes, the Ontario Implant Users Association. They've signed ...": the reply to "Is there a partner?" and the
    # sentence's article before the name are no part of the partner's name
    t = _REPLY.sub("", clean(text))
    out: dict[str, str] = {}
    sentences = _SENTENCE.split(t)
    if len(sentences) >= 2 and len(sentences[0].split()) <= 25:
        # "Org (contact: X, x@y.org). Letter of support attached.": who in the first sentence, the state in the next
        status = choice_code("endorsement_status", " ".join(sentences[1:]))
        first = partner_answer(sentences[0]) if status else {}
        if status and "partner_contact" in first:
            return {**first, "endorsement_status": status}
    m = re.match(r"^(.{3,120}?)\s*\(([^()]{3,160})\)\s*\.?$", t)
    # "(contact: X, role)": the word that names the bracket's content is no part of the person
    inner = re.sub(r"^(?i:contact(?:\s+person)?|personne[- ]ressource|interlocut(?:eur|rice)|c/o|attn)\s*[:\-–—]?\s*", "",
                   m.group(2).strip()) if m else ""
    # a bare pair of capitalised words in brackets is as often a place ("Greater Toronto") as a person:
    # a person comes with a role, an address, or an honorific
    vouched = "," in inner or "@" in inner or re.match(HONORIFIC + r"\s", inner)
    if m and vouched and PERSON.match(inner) and not ORG.search(inner.split(",")[0]):
        return {"partner_name": without_status(m.group(1).strip(" ,;–—-")), "partner_contact": inner}
    if m and (ORG.search(m.group(1)) or _TITLE_CASED.fullmatch(m.group(1))) and not PERSON.match(inner) \
            and not ORG.search(inner) and choice_code("endorsement_status", inner):
        # "Red Pine Health (endorsement confirmed)": the brackets state the endorsement, not a person
        return {"partner_name": m.group(1).strip(" ,;–—-"), "endorsement_status": choice_code("endorsement_status", inner)
                or ""}
    if m and _TITLE_CASED.fullmatch(m.group(1).strip()) and _REMARK.fullmatch(inner):
        # "Greenway Pharmacies (letter of support to follow)": a remark in brackets about the partner named before it
        return {"partner_name": m.group(1).strip(" ,;–—-")}
    # (a French contact in brackets, "(personne-ressource : X)", comes here as "; personne-ressource : X")
    m = re.match(r"^(.{3,120}?)\s*(?:[;,.–—-]\s*(?:partner\s+)?contact(?:\s+person)?|;\s*(?:personne[- ]ressource|"
                 r"interlocut(?:eur|rice)))\s*[:\-–—]?\s+(.+)$", t, re.IGNORECASE)
    if m:
        out = {"partner_name": m.group(1).strip(" ,;–—-"), "partner_contact": m.group(2).strip().rstrip(".")}
        return out
    sentences = _SENTENCE.split(t)
    if len(sentences) >= 2 and len(sentences[0].split()) <= 12:
        status = choice_code("endorsement_status", " ".join(sentences[1:]))
        if status:
            return {"partner_name": sentences[0].strip(), "endorsement_status": status}
    return {}


# "about forty nurses (40) a year": the figure in brackets after whoever is counted restates the count in words
_FIGURE_AFTER = re.compile(r"\b(" + _PEOPLE + r")\s*\((\d+)\)", re.IGNORECASE)



def logistics(text: str) -> dict[str, object]:
    """Delivery format, hours, start and yearly enrolment stated together in one answer."""
    t = clean(text)
    out: dict[str, object] = {}
    fmt = delivery_format(t)
    if fmt:
        out["delivery_format"] = fmt
    spelled = _NUMBER_WORD.sub(lambda w: str(NUMBER_WORDS[w.group(1).lower()]), french.numbers_to_digits(t))
    found = list(_HOURS.finditer(spelled))
    # "6 h online + 2 h in the lab, 8 hours in all": the figure the sentence calls the total, not the first part
    m = next((h for h in found if _TOTAL_AFTER.match(spelled, h.end()) or _TOTAL_BEFORE.search(spelled, 0, h.start())),
             None) or _summed(spelled, found) or (found[0] if found else None)
    plus = hours_added(spelled, m.start(1)) if m is not None and m is found[0] else None
    if plus is not None:
        out["estimated_hours"] = plus
    elif m:
        n = to_number(m.group(1))
        # ("online theory then two days of six hours": the hours of one part, counted once for each part)
        digits = words_to_digits(t)
        first = _HOURS.search(digits) if n is not None and m is found[0] else None
        each = hours_in_parts(digits, first.start()) if first is not None else None
        if each is not None:
            out["estimated_hours"] = each
        elif n is not None:
            out["estimated_hours"] = _bracketed_total(spelled, m.end(), n)
    else:
        # "three four-hour sessions": no figure of hours alone, only the hours of each part, counted for each part
        digits = words_to_digits(t)
        each = next((e for h in _HOURS.finditer(digits) if (e := hours_in_parts(digits, h.start())) is not None), None)
        if each is not None:
            out["estimated_hours"] = each
    # ("about forty learners a year": a count spelt out is counted as written in digits)
    counted = french.approximate_counts(_FIGURE_AFTER.sub(r"\2 \1", words_to_digits(t)))
    m = _PER_YEAR.search(counted)
    if m:
        # ("four cohorts of 12 each year": the figure a year is one group's size; the year's learners are all groups')
        figure = cohort_total(counted, m.start(1)) or int(m.group(1))
        out["expected_enrolment"] = int(_bracketed_total(counted, m.end(), figure))
    start = start_of(t)
    if start:
        out["proposed_start"] = _start_as_written(t, start)
    elif _FOUR_DIGITS.search(t) and (clause := _START_CLAUSE.search(t)):
        # "when the 2027 intake starts (September)": a start told by the event it waits for, a year in it, closing
        # the answer; the clause as written is the start
        out["proposed_start"] = clause.group(0).rstrip(" .")
    return out


# the word that introduces a sum after its parts ("..., so 8 hours", "that's 7 hours", "= 7 h", "making 9 hours"), or
# the bracket that opens right before the figure ("3 h online, 4 h in the lab (7 hours)")
# (in French: "trois heures en ligne et six heures en clinique, soit neuf heures", "donc 9 h", "c'est-à-dire")
_SUM_BEFORE = re.compile(r"(?:\b(?:so|thus|i\.e\.|that's|that\s+is|making|which\s+makes|for|soit|donc|"
                         r"c['’]est-à-dire|ce\s+qui\s+(?:fait|donne))\s*,?|=|\()\s*"
                         r"(?:~|about|around|roughly|approximately|approx\.?|some|environ)?\s*$", re.IGNORECASE)


def _summed(text: str, found: list[re.Match[str]]) -> re.Match[str] | None:
    """The figure of hours a writer gives as the sum of the parts told before it: the last of two or more, after a
    word that sums ("so", "that's", "=") or in a bracket, and larger than each part ("four 2-hour evenings, so 8
    hours", "3 hours online, 4 hours in the lab (7 hours)"); None otherwise (a smaller figure after "so" or in a
    bracket says something else: "6 hours (2 of them live)")."""
    if len(found) < 2:
        return None
    last = found[-1]
    # (the clause the sum closes: the parts are before it in the same sentence)
    if not _SUM_BEFORE.search(text, max(0, last.start() - 20), last.start()):
        return None
    figures = [to_number(h.group(1)) for h in found]
    total = figures[-1]
    if total is None or any(f is None or f >= total for f in figures[:-1]):
        return None
    return last


# a short clause that closes an answer and says when the course starts by an event of a named year ("after the 2027
# intake opens", "when the fall 2027 cohort begins"): a conjunction of time, a year, a start verb, ten words at most
_START_CLAUSE = re.compile(r"(?<!\S)(?:when|once|after|as\s+soon\s+as)\s+(?=[^.;:!?]*\b20\d\d\b)"
                           r"(?=[^.;:!?]*\b(?:starts?|begins?|opens?|launch(?:es)?)\b)(?:[^\s.;:!?]+\s+){0,8}[^\s.;:!?]+\s*\.?$",
                           re.IGNORECASE)


# a figure in brackets right after a figure a thing is counted by: "two 3-hour sessions (6 hours)", "two cohorts of 20
# a year (40)", "(= 40 in total)"; a few words between them at most, none that ends the clause
_TOTAL_IN_BRACKETS = re.compile(r"[^(),;.\d]{0,20}\(\s*(?:=\s*|total\s*:?\s*|in\s+all\s*:?\s*)?(\d+(?:\.\d+)?)\s*"
                                r"(?:hours?|hrs?|h|learners?|people|participants?|students?|seats?|a\s+year|per\s+year|/\s*year|"
                                r"in\s+total|total|in\s+all|)\s*\)")


def _bracketed_total(text: str, end: int, figure: float) -> float:
    """The total a writer puts in brackets after a figure of one part ("two 3-hour sessions (6 hours)" -> 6), else the
    figure. The bracket is the total only when it is a whole multiple of the part (several parts of that size): any
    other figure in brackets there (a year, a range's other end) says something else."""
    m = _TOTAL_IN_BRACKETS.match(text, end)
    if not m:
        return figure
    total = float(m.group(1))
    if figure <= 0 or total <= figure or total % figure or total >= 1900:
        return figure
    return int(total) if total.is_integer() else total


# what the start verb governs, to the end of its item: "start as soon as possible (ideally May 2027); we ..."; or
# what the course's first time is said to be ("First offering May 2027, before the camp season", "first cohort ...")
_START_ITEM = re.compile(r"\b(?:(?:to\s+)?start(?:ing)?|first\s+offer(?:ed|ing)?|"
                         r"first\s+(?:cohort|intake|run|session|group|class|delivery))"
                         r"\s+(?P<item>[^;]+?)\s*(?:;|\.(?:\s|$)|$)", re.IGNORECASE)
# a start put as a wish with its date in brackets, or a date with the moment it must come before
_WISH = re.compile(r"[^\W\d][^()\d]{2,40}?\s*\([^()]+\)")
_BEFORE_CLAUSE = re.compile(r",\s+(?:before|after|ahead of|in time for)\s+[^,()]{3,50}", re.IGNORECASE)


def _start_as_written(text: str, date: str) -> str:
    """The start as the applicant qualified it, else the date alone.

    "start as soon as possible (ideally September 2026)" and "start April 2027, before the event season": the
    item the start verb governs says when, and the date is part of it; the field holds the item as written.
    """
    for m in _START_ITEM.finditer(text):
        item = m.group("item").strip()
        if date not in item:
            continue
        if _WISH.fullmatch(item) and item.index("(") < item.index(date):
            return item
        if item.startswith(date) and _BEFORE_CLAUSE.fullmatch(item[len(date):]):
            return item
    return date


# the day of a full date just before its month ("12 March 2026", "March 12, 2026" is read whole by _WHEN's caller):
# a date written out, not a start. A figure further back is another item of a list ("hybrid / 15 h / Fall 2026")
_DAY_BEFORE = re.compile(r"\d{1,2}(?:st|nd|rd|th|er|e)?\s*(?:of\s+)?$", re.IGNORECASE)


# ("Starts early next spring": a part of the season kept with it, as written)
_NEAR_START = re.compile(r"\b(?:start(?:ing|s)?|launch(?:ing|es)?|begin(?:ning|s)?)\s+(?:in\s+)?(?P<when>(?:(?:early|late|mid-?)\s*)?(?:next|this\s+coming|"
                         r"the\s+coming)\s+(?:spring|summer|fall|autumn|winter|year|semester|term|academic\s+year))\b",
                         re.IGNORECASE)


def start_of(text: str) -> str | None:
    """The start a sentence names: 'starting October 2026' / 'Start: Early 2027' -> 'October 2026' / 'Early 2027'."""
    if not _FOUR_DIGITS.search(text):
        # "starting next fall": a start named relative to now holds no year; it is kept as written
        near = _NEAR_START.search(text)
        return near.group("when") if near else None  # every date _WHEN reads holds a year (four digits): most answers hold none, and its scan is slow
    matches = list(_WHEN.finditer(text))
    for m in matches:
        before = text[max(0, m.start() - 30):m.start()]
        if _START_CUE.search(before) or len(matches) == 1 and not _DAY_BEFORE.search(text[:m.start()]):
            return m.group(0)  # as written: "spring 2027" and "Spring 2027" are both the applicant's words
    return None
