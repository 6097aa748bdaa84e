"""People named in prose: bylines, memo senders, signature lines and partner lines.

Letters, memos and narrative proposals name the proposer and the partner in
running text rather than beside a label: "Prepared by Kofi Mensah (Faculty
Developer, Centre for Teaching). Questions to kofi@…", "FROM: Ada Eze —
Radiation Therapist — Radiation Medicine", "Victoria Reyes, Cath Lab Educator —
Heart Centre", "Oakmont Heart Centre — Dr. Grant Hollis", "Southport Collective
(contact: Abena Owusu)". The punctuation tells the pieces apart: brackets hold
a role and a unit, a spaced dash separates pieces, a comma right after a name
starts the role. This module rewrites such a line into the dash-separated shape
that :func:`composite.contact_line` and :func:`composite.partner_answer` read,
so one reader splits every kind of signature.
"""
from __future__ import annotations

import re
from typing import Literal

from .composite import (LOCAL_PHONE, _NOT_A_TITLE, _ROLE, _SENTENCE, _TITLE_CASED, contact_line, partner_answer, phones,
                        role_and_unit, role_word, without_status)
from .meaning import HONORIFIC, ORG, PERSON
from .normalise import CE_MAILBOX, choice_code, clean, find_email, find_emails, strip_marker, to_date

# a person's name with the particles many surnames carry ("Pieter van der Berg", "Ana da Silva")
# (a capital initial may carry an accent: "Élodie", "Émile")
_NAME_HEAD = re.compile(r"^(?:" + HONORIFIC + r"\s+)?[A-ZÀ-Þ][\w'’-]+"
                        r"(?:\s+(?:(?:van|von|der|den|de|del|della|da|das|dos|di|du|la|le|bin|binti|al|ibn|ter|ten)\s+)*"
                        r"[A-ZÀ-Þ][\w'’.-]+){1,3}(?=\s*(?:[,(<|;—–-]|$))")
_NAME = re.compile(_NAME_HEAD.pattern + "$")
_STAND_IN = "Namely Standin"
_STRONG = re.compile(r"\s+[—–|·•]\s+|\s*[;\n]\s*")
_BRACKETED = re.compile(r"^\s*([^()]{3,80}?)\s*\(([^()]{3,160})\)\s*[.,;]?\s*(.*)$", re.S)
# (in French the contact is the "personne-ressource" or the "interlocuteur / interlocutrice")
_CONTACT_WORD_RE = r"(?:partner\s+)?(?:contact(?:\s+person)?|personne[- ]ressource|interlocut(?:eur|rice))"
# "(contact: Jo Roy)", also without the colon before the name ("(contact Jo Roy)")
_BRACKET_CONTACT = re.compile(r"\s*\(\s*(" + _CONTACT_WORD_RE + r"(?:\s*[:\-–—]\s*|\s+(?=[A-Z]))[^()]+)\)", re.I)
# "Our partner is X (contact: Y)": the sentence's subject and verb are no part of the name
_PARTNER_IS = re.compile(r"^\s*(?:(?:our|the)\s+(?:[\w-]+\s+)?partner(?:\s+organi[sz]ation)?\s+(?:is|will\s+be|would\s+be)"
                         r"|(?:notre|le)\s+partenaire\s+(?:est|sera|serait))\s+",
                         re.I)
# an organisation's name alone before the brackets: capitalised, short, no sentence
_NAME_BEFORE = re.compile(r"\s*(?:the\s+)?[A-Z][^.;:!?()]{2,90}?\s*")
# "(signed by Dr. Imogen Reyes, ireyes@example.com)": who signed the partner's letter is its contact
_BRACKET_SIGNER = re.compile(r"\s*\(\s*(?:signed|sent|written)\s+by\s+(?P<who>[A-Z][^()]+)\)")
_HONORIFIC = re.compile(r"^" + HONORIFIC + r"\s")
# "X is our partner", "X has agreed to endorse it", "X will support the course"
_COPULA = re.compile(r"^(?!(?:it|this|that|we|they|he|she|our|the course|the program)\b)([A-Z].{2,100}?)\s+"
                     r"(?:(?:is|are)\s+(?:our|the|a|an)\s+(?:\w+\s+)?partner|(?:has|have)\s+(?:already\s+)?agreed\s+to\s+"
                     r"(?:endorse|support|partner)|(?:has|have)\s+(?:already\s+)?(?:confirmed|given|sent|provided)\s+(?:its|their|a)\s+"
                     r"(?:\w+\s+)?(?:endorsement|support)|will\s+(?:endorse|support|partner)|endorses|supports"
                     # ("The X Network is interested and has asked to see the outline": a partner being won over)
                     r"|(?:is|are)\s+(?:very\s+|keenly\s+)?interested\s+(?:and|in\s+(?:endorsing|supporting|partnering))\b)\b", re.I)
# a sentence whose subject endorses the course: "X has endorsed it in writing", "X has agreed to endorse it"
_ENDORSER = re.compile(r"^(?!(?:The|It|This|That|We|They|He|She|Our|My)\b)([A-Z][^,;:()]{2,100}?)\s+(?:(?:has|have)\s+"
                       r"(?:already\s+)?(?:endorsed|agreed\s+to\s+endorse)|endorses)\b")


# a person reporting what another says ("X confirmed that ...", "X told the group that ...", French "X a confirmé que")
REPORTED = re.compile(r"(?:confirmed|reported|said|says|noted|explained|announced|stated|advised|indicated|"
                       r"told\s+(?:us|the\s+(?:group|meeting|committee|working\s+group))|a\s+confirm[ée]|a\s+indiqu[ée]|"
                       r"a\s+annonc[ée])\s+(?:that|que|qu['’])\s*", re.I)


_REPORTER = re.compile(r"(?:" + HONORIFIC + r"\s+)?[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,3}\s+")  # who reports it


def endorser(text: str) -> str | None:
    """The name in capitals that is the subject of a sentence endorsing the course ("X has endorsed it"), or None."""
    found = (_ENDORSER.match(x) for x in _SENTENCE.split(clean(text)))
    return next((m.group(1) for m in found if m and _TITLE_CASED.fullmatch(m.group(1))), None)


# the verbs of a byline: "Prepared by", "Submitted by", "Put forward by"
# (a date may stand between the verb and "by": "Submitted 20 February 2026 by")
BYLINE = re.compile(r"^\s*(?:(?:prepared|submitted|proposed|put\s+forward|written|compiled|drafted|presented|pitched)"
                    r"(?:\s+(?:on\s+)?[\w]+,?){0,4}?\s+by\s*"
                    r"[:\-–—]?\s+(?P<who>\S.*)"
                    # "Questions? Contact Ada Eze, Role, at ada@x.org": the writer points the reader to themselves
                    # ("Interested? Talk to Ada Eze, Role, Unit – ada@x.org": a pitch's closing call to its reader)
                    r"|(?:questions\s*[?:]|interested\s*[?:]|for\s+(?:any\s+)?(?:questions|more\s+information|details),)\s*"
                    r"(?:please\s+)?(?:contact|email|e-mail|call|write\s+to|reach|talk\s+to|speak\s+(?:to|with)|"
                    r"get\s+in\s+touch\s+with)\s+(?P<asked>(?-i:[A-Z]).*)"
                    r"|by\s+(?P<bare>(?-i:[A-Z])(?-i:[a-zà-ÿ'’]+)\s+(?-i:[A-Z]).*))$", re.I | re.S)


# the first strong separator of a line, when it is a dash between words
_DASHED_UNIT = re.compile(r"^[^—–|;\n]+?\s+([—–])\s+\S")
UNIT_TAIL_WORDS = 4


def _contact_piece(text: str) -> bool:
    return bool(find_email(text) or phones(text))


def _is_person(text: str) -> bool:
    t = text.strip()
    return bool(PERSON.match(t) or _NAME_HEAD.match(t)) and not ORG.search(t.split(",")[0])


# a dash kept inside one piece ("Cardiology – Northgate Heart Institute"): the readers after canonical_person split
# at every spaced dash, so the unit's own dash travels as this mark and is put back once the pieces are read
_KEPT_DASH = {"–": "\u2012", "—": "\u2015"}
# a role named by its job word alone ("Manager", "Director"): a comma after it goes on with what it manages
_BARE_ROLE = re.compile(r"^(?:(?:senior|associate|assistant|deputy|acting|interim|executive)\s+)?" + _ROLE.pattern + "$",
                        re.I)


def _contact_tail(text: str) -> tuple[str, list[str]]:
    """'Unit, a@b.org, 416-…' -> ('Unit', ['a@b.org', '416-…']): the address and number a line ends with."""
    pieces = [p.strip() for p in text.split(",")]
    tail: list[str] = []
    while len(pieces) > 1 and _contact_piece(pieces[-1]) and not re.search(r"[^\W\d_]{3}", _uncontacted(pieces[-1])):
        tail.insert(0, pieces.pop())
    return ", ".join(pieces), tail


def _uncontacted(text: str) -> str:
    for found in (*find_emails(text), *phones(text)):
        text = text.replace(found, " ")
    return _CONTACT_WORD.sub(" ", text)


def _dashed_person(t: str) -> str | None:
    """'Name, Role, Unit – Organisation[, address, number]': the commas part the name, the role and the unit, the one
    spaced dash parts what the writer works in from the organisation it belongs to. Which side the piece between the
    role and the dash takes is read from the role: a job word alone ("Manager, Employee Wellness") is completed by
    it; a named role ("Echo Lab Supervisor") is whole, and the piece is the unit the organisation holds. None unless
    the line has exactly that shape."""
    if ";" in t or "|" in t:
        return None
    if "\n" in t:
        # a line wrapped after the dash ("... Occupational Health — People and Culture, Sunnyside" / "Health
        # Network"): the whole line up to the dash stands on the first line, the rest is the organisation's name
        first, _, after = t.partition("\n")
        if not re.search(r"\s[—–]\s", first) or any(_contact_piece(x) for x in after.split("\n")):
            return None
        t = f"{first} {' '.join(after.split())}"
    dashes = list(re.finditer(r"\s+([—–])\s+", t))
    if len(dashes) != 1:
        return None
    before, after = t[:dashes[0].start()], t[dashes[0].end():]
    pieces = [p.strip() for p in before.split(",")]
    if len(pieces) != 3 or not _is_person(pieces[0]) or not all(pieces) or any(_contact_piece(p) for p in pieces):
        return None
    name, role, unit = pieces
    org, contacts = _contact_tail(after)
    if not org or _contact_piece(org) or not org[:1].isupper() or role_word(unit) \
            or not _ROLE.fullmatch(role.split()[-1]):  # (a role's head word names the job: "Echo Lab Supervisor")
        return None
    if _BARE_ROLE.match(role) and ORG.search(org):
        # "Manager, Employee Wellness – Harbourside Health": the dash parts the role from the organisation
        return " — ".join([name, f"{role}, {unit}", org, *contacts])
    return " — ".join([name, role, f"{unit} {_KEPT_DASH[dashes[0].group(1)]} {org}", *contacts])


def canonical_person(text: str) -> str:
    """'Ada Eze (Role, Unit) rest' / 'Ada Eze, Role — Unit' -> 'Ada Eze — Role — Unit — rest'."""
    # the answer's own lines separate its pieces as a dash would
    t = "\n".join(clean(x) for x in text.split("\n") if clean(x))
    m = _BRACKETED.match(t)
    if m and _is_person(m.group(1)) and "," not in m.group(1):
        role, _, unit = m.group(2).partition(",")
        after = t[m.end(2) + 1:m.start(3)].strip()
        if after == "," and ORG.search(_STRONG.split(m.group(3))[0]) and not find_emails(m.group(2)):
            # "Ada Eze (Clinical Nurse Specialist, Eating Disorders Program), Department of Psychiatry, ...": the
            # unit follows the brackets, so what they hold, commas and all, is the role
            role, unit = m.group(2), ""
        pieces = [m.group(1), role, unit, m.group(3)]
        return " — ".join(p.strip() for p in pieces if p.strip())
    dashed_person = _dashed_person(t)
    if dashed_person:
        return dashed_person
    parts = _STRONG.split(t)
    head, comma, tail = parts[0].partition(",")
    dashed = _DASHED_UNIT.match(t)
    if comma and len(parts) > 1 and _is_person(head) and "," in tail and dashed and not _contact_piece(parts[1]) \
            and len(parts[1].split()) <= UNIT_TAIL_WORDS and not role_word(parts[1]):
        # "Name, Role, Diagnostic Imaging – Ultrasound": the commas part the name, the role and the unit already,
        # so a dash after the unit joins its sub-unit to it ("– Ultrasound") and starts no piece of its own
        role, _, unit = tail.partition(",")
        return " — ".join([head.strip(), role.strip(), f"{unit.strip()} {_KEPT_DASH[dashed.group(1)]} {parts[1].strip()}",
                           *(p for p in parts[2:] if p.strip())])
    if comma and len(parts) > 1 and _is_person(head) and tail.strip():
        # "Name, Role — Unit": with dashes between the pieces, the comma after the name starts the role
        rest = [p for p in parts[1:] if p.strip()]
        if all(_contact_piece(p) for p in rest) and "," in tail:
            # "Name, Role, Unit, Employer – address – number": the commas separate the role from the unit
            role, _, unit = tail.partition(",")
            return " — ".join([head.strip(), role.strip(), unit.strip(), *rest])
        return " — ".join([head.strip(), tail.strip(), *rest])
    return t


_INTRODUCED = re.compile(r"^\s*(?:I\s+am|I['’]m|my\s+name\s+is|this\s+is)\s+(?=[A-Z])", re.I)
# "Certified Lymphedema Therapist in the Oncology Rehabilitation Clinic at ...": a role, then where it is held
_ROLE_IN_UNIT = re.compile(r"^(?P<role>.+?)\s+(?:in|at|with)\s+(?:the\s+)?(?P<unit>[A-Z].+)$")


# "Me: Ada Eze, ...": a word or two and a colon before the name label the line, they are no part of the name
_LEAD_IN = re.compile(r"^\s*[^\W\d_]+(?:\s+[^\W\d_]+)?\s*:\s*(?=[A-ZÀ-Þ])")


def person_line(text: str) -> dict[str, str]:
    """A proposer's signature or contact line split into proposer_* fields ({} when it is a bare name)."""
    found = _person_line(text)
    for key, value in found.items():
        for dash, kept in _KEPT_DASH.items():
            value = value.replace(kept, dash)  # (the unit's own dash, see _dashed_person)
        found[key] = value
    if found.get("proposer_name", "").endswith(","):
        # "Name, Role - Unit": the comma after the name separates it from the role, no part of it
        found["proposer_name"] = found["proposer_name"].rstrip(",").strip()
    return found


# after an address in angle brackets, the way a mail header names its sender ("Ada Roy <ada@x.org>"), the next header
# of the message (RFC 5322's names) and all after it
_NEXT_HEADER = re.compile(r"(?<=>)\s+(?:To|Cc|Bcc|Date|Sent|Subject|Reply-To)\b\s*:?\s.*$", re.S)


# the date a byline closes with ("Prepared by Ada Roy, Educator, Lung Health Program, on 28 November 2026."): when
# the person wrote, no part of their unit
_ON_DATE = re.compile(r",?\s+on\s+(?:\d{1,2}\s+[^\W\d_]{3,9}\.?,?\s+\d{4}|[^\W\d_]{3,9}\.?\s+\d{1,2},?\s+\d{4})\.?\s*$")


def _person_line(text: str) -> dict[str, str]:
    # "Name <address>" is a mail header's whole sender: a header after it ("To ce@...", a print's next line read on
    # as a wrap) is never the sender's role
    text = _ON_DATE.sub("", _NEXT_HEADER.sub("", text))
    text = _INTRODUCED.sub("", text)  # "I'm Ingrid Solheim, ...": the name follows the introduction
    lead = _LEAD_IN.match(text)
    if lead and _is_person(text[lead.end():]):
        text = text[lead.end():]
    t = canonical_person(text)
    found = contact_line(t)
    first, comma, units = found.get("proposer_department", "").partition(",")
    if comma and "proposer_title" not in found and first.strip()[:1].islower() and units.strip()[:1].isupper():
        # "Claudine Roy, archiviste médicale principale, Gestion de l'information, Hôpital Beaumont": a piece in
        # lower case describes what the person does (French writes a job in lower case); the names after it are units
        found["proposer_title"], found["proposer_department"] = first.strip(), units.strip()
    role = found.get("proposer_title", "")
    m = _ROLE_IN_UNIT.match(role) if role and "proposer_department" not in found else None
    if m and ORG.search(m.group("unit")):
        found["proposer_title"], found["proposer_department"] = m.group("role").strip(), m.group("unit").strip()
    role = found.get("proposer_title", "")
    first, comma, unit = role.partition(",")
    if comma and "proposer_department" not in found and role_word(first) and ORG.search(unit) \
            and not role_word(unit):
        # "Name, Quality Manager, Regional Laboratory Services, Glenmore Health": after the role, the units
        found["proposer_title"], found["proposer_department"] = first.strip(), unit.strip()
    head = _NAME_HEAD.match(t)
    if found or head is None or PERSON.match(head.group(0)) or ORG.search(head.group(0)):
        return found
    # composite's name shape has no lower-case particles ("Ana da Silva"): split around a stand-in name
    found = contact_line(_STAND_IN + t[head.end():])
    if found.get("proposer_name") != _STAND_IN:
        return {}
    found["proposer_name"] = head.group(0)
    return found


# "I've been talking with the Prairie Lung Association": the organisation is what the talks are with
_TALKS = re.compile(r"^(?:I|we)(?:['’]ve|['’]re|['’]m|\s+have|\s+are|\s+am)?\s+(?:been\s+|already\s+)*(?:talking|speaking|"
                    r"working|meeting|in\s+(?:touch|discussions?|contact))\s+(?:with|to)\s+(?:the\s+)?(?=[A-Z])")


# the clause that names the partner's contact person, the person after it: "Our contact there is Kwabena Asante-Lund
# (k@x.org)", "my contact at the association is ...", "their contact person is ...", "the contact with the network
# will be ...", "Contact: Dr. Ana Roy", "Répondant : ...", "personne-ressource : ...", "the letter of support signed by
# Dr. Eszter Roy, Physician Lead is attached", "Contact is X", "their medical director, Dr. X, is the contact"
# (the possessive clause alone: "our / my / the / their (main) contact (person) (there | at ... | with ...) is")
_CONTACT_OURS = (r"\b(?i:our|the|my|their)\s+(?i:main\s+)?contact(?:\s+person)?"
                 r"(?:\s+(?:there|(?:for|on)\s+(?:this|it|the\s+(?:course|project|proposal|credential))"
                 r"|(?:at|with)\s+(?:the\s+)?[^\s,;]+(?:\s+[^\s,;]+){0,7}?))?"
                 r"\s+(?:is|will\s+be|would\s+be)\s+")
_CONTACT_WHO = r"(?P<who>(?:" + HONORIFIC + r"\s+)?[A-ZÀ-Þ].*)$"
_CONTACT_CLAUSE = re.compile(
    r"(?:" + _CONTACT_OURS
    + r"|(?:^|[.;]\s+|\s[–—]\s+|\(\s*)(?i:contact(?:\s+person)?|personne[- ](?:ressource|contact)|r[ée]pondant(?:e)?|interlocut(?:eur|rice))(?:\s*[:\-–—]|\s+(?:is|will\s+be|would\s+be)\b)\s*"
    r"|\b(?i:signed|written|sent)\s+by\s+"
    # ... or the organisation's own person by their role ("Their education manager is X (x@y.org)", "Its medical
    # director will be ..."): "their" and "its" point back at the partner just named, never at the writer's side
    r"|\b(?i:their|its)\s+(?:[a-z][\w-]*\s+){0,3}?(?i:manager|director|lead|coordinator|chair|head|officer|educator|"
    r"president|representative|liaison)\s+(?:is|will\s+be|would\s+be)\s+)" + _CONTACT_WHO)
_CONTACT_OURS_CLAUSE = re.compile(_CONTACT_OURS + _CONTACT_WHO)
# a text that opens on the contact person at the organisation named before it ("Our contact there is ...", "My main
# contact at the network ...")
_CONTACT_OPENS_THERE = re.compile(r"(?i)^(?:our|my)\s+(?:main\s+)?contact(?:\s+person)?\s+(?:there|at\s+(?:the|their)\b)")
# where the person's part of the clause ends: the sentence's end, a bracket closing the clause, a new clause
_WHO_ENDS = re.compile(_NOT_A_TITLE + r"\.(?:\s|$)|;|\)|\s+[–—]\s+"
                       r"|,\s+(?:but|and|who|which|though|although|so|mais|et|qui)\b|\s+(?:is|are|was|has|have|will|would)\s+"
                       r"(?:attached|enclosed|included|signed|on\s+file|joined|to\s+follow)\b")


# "our director, Lorenzo Roy (lroy@x.org), signed the attached letter": the person set beside their role signs
_SIGNER_BESIDE = re.compile(r"\b(?i:our|their|its|the)\s+[a-z][\w -]{2,40},\s+(?P<who>(?:" + HONORIFIC + r"\s+)?"
                            r"[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){1,3}(?:\s*\([^()]*\))?),\s+(?:(?:has\s+)?(?:signed|wrote|sent)|(?:is|will\s+be|would\s+be)\s+(?:the|our|their)\s+"
                            r"(?:main\s+)?contact)\b")


def contact_clause(text: str, form: Literal["any", "ours", "there"] = "any") -> str | None:
    """The partner's contact person a clause names ("our contact there is X, Role", "Répondant : X"), else None.

    The one reader of that fact; ``form`` says how strict the caller must be:
    "any" reads every form (the possessive clause, a "Contact:" label, "signed by X", "our director, X, signed");
    "ours" only the possessive clause ("our / my / their contact (there | at ... | with ...) is X"), for a paragraph
    read whole, where a label or a signer may belong to something else;
    "there" only a text that opens on the clause pointing back at the organisation named before it ("Our contact
    there is", "My contact at the ..."), for a line of its own after the partner's answer.
    """
    if form == "there" and not _CONTACT_OPENS_THERE.match(clean(text)):
        return None
    m = (_CONTACT_OURS_CLAUSE if form == "ours" else _CONTACT_CLAUSE).search(text)
    if m is None:
        if form == "ours":
            return None
        beside = _SIGNER_BESIDE.search(text)
        return beside.group("who") if beside and _is_person(beside.group("who")) else None
    who = m.group("who")
    end = _WHO_ENDS.search(who)
    while end is not None and end.group(0) == ")" and who[:end.start()].count("(") > who[:end.start()].count(")"):
        end = _WHO_ENDS.search(who, end.end())  # the person's own brackets ("X (x@y.org)") are part of them
    who = (who[:end.start()] if end else who).strip(" ,")
    aside = re.search(r"\s*\(([^()]*)\)$", who)
    if aside and not re.search(r"@|\d{3}", aside.group(1)):
        who = who[:aside.start()]  # "Owen Tremblay (cc'd)": a remark on the person, not a way to reach them
    if not who or not _is_person(who) or len(who.split()) > 14:
        return None
    return who


def _partner_items(text: str) -> dict[str, str]:
    """A partner answer set one piece a line (a slide's bullets): the organisation, then lines that each name its
    contact person ("Champion: Dr. A. Ogunbiyi") or state the endorsement ("Letter of support attached").
    {} unless every line after the first is one of those."""
    lines = [strip_marker(clean(x))[0] for x in text.split("\n") if clean(x)]
    # ("Canadian X Association, Ontario Chapter - letter of support attached": the organisation, then after a spaced
    # dash the state of its endorsement, on the first bullet)
    dashed = re.match(r"^(?P<org>.+?)\s+[–—-]\s+(?P<state>[^–—]+)$", lines[0]) if lines else None
    stated = choice_code("endorsement_status", dashed.group("state")) if dashed else None
    if stated and ORG.search(dashed.group("org")) and not choice_code("endorsement_status", dashed.group("org")):  # type: ignore[union-attr]
        lines[0] = dashed.group("org")  # type: ignore[union-attr]
    else:
        stated = None
    if len(lines) < 2 or (_is_person(lines[0]) and len(lines[0].split()) <= 3) \
            or choice_code("endorsement_status", lines[0]):
        return {}
    found = {"partner_name": lines[0].rstrip(".;")}
    if stated:
        found["endorsement_status"] = stated
    for line in lines[1:]:
        head, colon, rest = line.partition(":")
        who = rest.strip() if colon and len(head.split()) <= 3 else line
        if "partner_contact" not in found and _is_person(who):
            found["partner_contact"] = who.rstrip(".;")
        elif "endorsement_status" not in found and (status := choice_code("endorsement_status", line)):
            found["endorsement_status"] = status
        else:
            return {}
    return found


def partner_line(text: str) -> dict[str, str]:
    """A partner answer split into partner_name / partner_contact / endorsement_status ({} when one piece)."""
    found = _partner_line(text)
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if len(lines) > 1 and "partner_contact" not in found:
        # "Org – Name, Role, address" over "Endorsement confirmed ...; letter to follow.": the first paragraph names
        # the partner and its contact, the next says how far the endorsement has come
        first = _partner_line(lines[0])
        if "partner_name" in first and "partner_contact" in first:
            status = first.get("endorsement_status") or choice_code("endorsement_status", " ".join(lines[1:]))
            found = {**first, **({"endorsement_status": status} if status else {})}
    if "partner_name" in found and "partner_contact" not in found:
        # however the organisation and its state were read, a clause may name its contact person
        who = contact_clause(clean(text))
        if who and who != found["partner_name"]:
            found = {**found, "partner_contact": who}
    return found


# a label run in after a line's words ("... Ontario Chapter Status: in discussion"): a capitalised word and a colon
_RUN_IN_LABEL = re.compile(r"(?<=\s)[A-Z][^\W\d_]+\s?:\s")


def _partner_line(text: str) -> dict[str, str]:
    items = _partner_items(text)
    if items:
        return items
    t = clean(text)
    talks = _TALKS.match(t)
    bracket = _BRACKET_CONTACT.search(t)
    if bracket and (talks or _NAME_BEFORE.fullmatch(t[:bracket.start()])):
        # "I've been talking with the X (contact: Y) – they are interested", "X (contact Y) – letter to follow": the
        # brackets hold the contact whole, what follows them may say how far the endorsement is
        before = _PARTNER_IS.sub("", t[talks.end() if talks else 0:bracket.start()]).strip(" ,;")
        org = without_status(before)  # "X – confirmed, letter to follow (contact: Y)": the state came first
        contact = re.sub(r"(?i)^" + _CONTACT_WORD_RE + r"\s*[:\-–—]?\s*", "", bracket.group(1)).strip()
        found = {"partner_name": org, "partner_contact": contact}
        status = choice_code("endorsement_status", t[bracket.end():]) or choice_code("endorsement_status", before[len(org):])
        if status:
            found["endorsement_status"] = status
        return found
    signer = _BRACKET_SIGNER.search(t)
    if signer:
        found = _partner_line(t[:signer.start()] + t[signer.end():])
        if "partner_name" in found:
            found.setdefault("partner_contact", signer.group("who").strip().rstrip("."))
            return found
    signed = letter_signer(_SENTENCE.split(t)[0])  # (before a contact in brackets is set apart below)
    t = _BRACKET_CONTACT.sub(r"; \1", t)
    sentences = _SENTENCE.split(t)
    sent = letter_from(sentences[0])
    if sent:
        # "A letter of support from Wheel Ability Ontario is enclosed; our contact there is ...": the letter's writer
        # is the partner, and what is said of the letter is the endorsement's state
        found = {"partner_name": sent}
        if signed:
            found["partner_contact"] = signed
        status = choice_code("endorsement_status", sentences[0])
        if status:
            found["endorsement_status"] = status
        return found
    reporter = _REPORTER.match(t)
    reported = REPORTED.match(t, reporter.end()) if reporter else None
    if reported:
        # "Gwen Ashdown confirmed that the Ontario Association of ... endorses the course": the partner is the subject
        # of what the person reports
        t = t[reported.end():][:1].upper() + t[reported.end() + 1:]
        sentences = _SENTENCE.split(t)
    said = _COPULA.match(sentences[0])
    if said is None and len(sentences) > 1:
        # an answer to a heading that asks two things ("Assessment and partner"): a later sentence whose subject, a
        # name in capitals, endorses the course ("Harbourline Cardiac Sciences has endorsed it in writing")
        later = next((m for m in map(_ENDORSER.match, sentences[1:]) if m and _TITLE_CASED.fullmatch(m.group(1))), None)
        if later is not None:
            t, said = later.string, later
    if said:
        # "Lakewood Cancer Program is our partner" names the organisation (and the rest may give the status)
        # (the sentence's article goes, and the dash typed as a spaced hyphen before the verb: "X Network - has
        # agreed to endorse")
        found = {"partner_name": re.sub(r"^The\s+(?=[A-Z])", "", said.group(1).strip()).rstrip(" -–—:")}
        named = contact_clause(t[said.end():])
        if named:
            found["partner_contact"] = named
        # what follows the verb ("supports the idea; we are still in discussion"), else the verb itself ("has
        # confirmed its endorsement") may give the status
        status = choice_code("endorsement_status", t[said.end():]) or choice_code("endorsement_status", t[said.end(1):])
        if status:
            found["endorsement_status"] = status
        return found
    # ("Réseau des cliniques de l'Outaouais : nous sommes en discussion ...": French sets its colon apart too)
    pieces = re.split(r"\s+[—–:]\s+", sentences[0], maxsplit=1)
    name, semicolon, clause = sentences[0].partition(";")
    if len(pieces) == 1 and semicolon and clause.strip() and _TITLE_CASED.fullmatch(name.strip()) \
            and not re.match(_CONTACT_WORD_RE, clause.strip(), re.I):
        # a semicolon sets the clause apart after a name written as one ("Halton Pharmacy Network; they have
        # agreed"), not after a clause of its own ("The network is discussing it; nothing is confirmed"); a clause
        # that names the contact ("; contact Dr. Roy (roy@...). Letter attached.") is read whole below
        pieces = [name, clause]
    if len(pieces) == 2:
        org, who = (p.strip() for p in pieces)
        status = choice_code("endorsement_status", " ".join([who, *sentences[1:]]))
        labelled = _RUN_IN_LABEL.search(who)
        if status and labelled and labelled.start() and choice_code("endorsement_status", who[:labelled.start()]) is None \
                and _TITLE_CASED.fullmatch(who[:labelled.start()].strip()):
            # "Canadian Society of X – Ontario Chapter" over "Status: in discussion": the state is the next line's,
            # under its own label; the capitalised words after the dash before it are the partner's name going on
            org, who = f"{org} {sentences[0][len(org):].lstrip()[:1]} {who[:labelled.start()].strip()}", who[labelled.start():]
        if (ORG.search(org) or _TITLE_CASED.fullmatch(org)) and not _is_person(who) and status:
            # "Halton Pharmacy Network – their letter of support is attached", the organisation perhaps with its
            # contact in brackets ("Halton Pharmacy Network (J. Roy, jroy@...) – letter attached")
            bracketed = partner_answer(org)
            if "partner_contact" in bracketed:
                return {"partner_name": bracketed["partner_name"], "partner_contact": bracketed["partner_contact"],
                        "endorsement_status": status}
            return {"partner_name": org, "endorsement_status": status}
        if ORG.search(org) and _is_person(who) and (_HONORIFIC.match(who) or "," in who or find_email(who)):
            # "Oakmont Heart Centre — Dr. Grant Hollis. Letter of support attached."
            out = {"partner_name": org, "partner_contact": who.rstrip(".")}
            status = choice_code("endorsement_status", " ".join(sentences[1:])) if len(sentences) > 1 else None
            if status:
                out["endorsement_status"] = status
            return out
    lead = _PARTNER_IS.match(t)
    if lead and t[lead.end():][:1].isupper() or lead and re.match(r"(?i)(?:the|la|le|les)\s+[A-ZÀ-Þ]|l['’][A-ZÀ-Þ]",
                                                                   t[lead.end():]):
        # "Our partner would be the X. Support is under discussion.": the sentence's subject and verb, and the
        # article before the name, are no part of the name
        t = re.sub(r"^(?i:the|la|le|les)\s+|^[lL]['’]", "", t[lead.end():])
    found = partner_answer(t)
    named = contact_clause(t) if "partner_contact" not in found else None
    if named:
        # "... has signed a letter of support; my contact there is Otis Maranga, Director of Therapy."
        found = {**found, "partner_contact": named}
    return found


# "A letter of support from <organisation> is enclosed / attached / on its way": the organisation that wrote it
# (the organisation may have its signer in brackets after it: "from the X Association (Renata Szabo, Executive
# Director) is enclosed")
_LETTER_FROM = re.compile(r"^(?i:(?:an?|the|our|their)\s+(?:signed\s+)?(?:letter\s+of\s+(?:support|endorsement)|"
                          r"(?:support|endorsement)\s+letter)\s+from\s+(?:the\s+)?)(?P<org>[A-Z][^;,.()]{2,100}?)"
                          r"(?:\s*\((?P<aside>[^()]{3,120})\))?"
                          r"\s+(?i:is|was|has\s+been|will\s+be)\s+(?i:enclosed|attached|included|on\s+its\s+way|to\s+follow|"
                          r"coming)\b")
# "a letter of support from its Medical Director, Dr. Nadia Karimi, is enclosed": the letter's signer, named beside the
# role they hold at the organisation the sentence named before
_LETTER_BY_ROLE = re.compile(r"\b(?i:(?:letter\s+of\s+(?:support|endorsement)|(?:support|endorsement)\s+letter)\s+"
                             r"(?:signed\s+by|from)\s+(?:its|their|the\s+(?:clinic|organi[sz]ation|association|society)['’]s)\s+)"
                             r"[a-z]?[\w -]{2,40},\s+(?P<who>(?:" + HONORIFIC + r"\s+)?[A-ZÀ-Ý][\w'’.-]+(?:\s+[A-ZÀ-Ý][\w'’.-]+){1,3}),"
                             r"\s+(?i:is|was|has\s+been|will\s+be)\s+(?i:enclosed|attached|included|on\s+its\s+way|to\s+follow|"
                             r"coming)\b")


def letter_from(sentence: str) -> str | None:
    """The organisation whose letter of support a sentence says is enclosed or coming, else None."""
    m = _LETTER_FROM.match(sentence.strip())
    return m.group("org").strip() if m and ORG.search(m.group("org")) or m and _TITLE_CASED.fullmatch(m.group("org")) \
        else None


def letter_signer(sentence: str) -> str | None:
    """The person who signs the letter of support a sentence says is enclosed or coming, named in brackets after
    the organisation ("from the X Association (Renata Szabo, Executive Director) is enclosed") or beside their role
    there ("from its Medical Director, Dr. Nadia Karimi, is enclosed"): the partner's contact, else None."""
    m = _LETTER_FROM.match(sentence.strip())
    aside = m.group("aside") if m and letter_from(sentence) else None
    if aside and _is_person(aside.split(",")[0].strip()) and not ORG.search(aside.split(",")[0]):
        return aside.strip()
    by_role = _LETTER_BY_ROLE.search(sentence)
    if by_role and _is_person(by_role.group("who")):
        return by_role.group("who").strip()
    return None


def byline(text: str) -> dict[str, str]:
    """'Prepared by Ada Eze (Role, Unit). Questions to ada@x.org or 416-555-0100.' -> proposer_* fields."""
    # a signature block's own lines keep apart its name, role and unit
    lines = "\n".join(_rejoined([clean(line) for line in text.split("\n") if line.strip()]))
    m = BYLINE.match(lines)
    intro = _INTRODUCED.match(lines) if m is None else None
    if m is None and intro is None:
        return {}
    # "I'm Ingrid Solheim, Certified Lymphedema Therapist in ..." introduces the proposer as a byline does
    # ("By Ada Eze, Role, Unit": the bare "By" of an article's byline, before a name of capitalised words)
    who = (m.group("who") or m.group("asked") or m.group("bare")) if m is not None else lines[intro.end():]  # type: ignore[union-attr]
    first = _SENTENCE.split(who, maxsplit=1)[0].rstrip(". ")
    at = min((first.find(x) for x in (*find_emails(first), *phones(first)) if x in first), default=-1)
    if m is not None and m.group("asked") and at > 0:
        # "Contact Ada Eze, Role, Unit, at ada@x.org or 416-…": the person ends where the address is introduced
        first = re.sub(r"(?:[\s,]+(?:at|on|via|by|or|and))*[\s,]*$", "", first[:at])
    pieces = _PIPES.split(first)
    if len(pieces) > 1 and all(_contact_piece(p) for p in pieces[1:]):
        first = pieces[0]  # "Name, Role, Unit · a@b.org · 416-…": the address and the number are read below
    out = person_line(first)
    if not out:
        name = PERSON.match(first)
        if not name or ORG.search(name.group(0)):
            return {}
        out = {"proposer_name": name.group(0).rstrip(" ,–—(-")}
    emails = find_emails(who)
    if emails and "proposer_email" not in out:
        out["proposer_email"] = emails[0]
    numbers = phones(who)
    if numbers and "proposer_phone" not in out:
        out["proposer_phone"] = numbers[0]
    return out


# what is left of "tel. 416-…" or "email: a@b" once the number or the address is taken out
_CONTACT_WORD = re.compile(r"(?i)(?:e-?mail|courriel|phone|t[ée]l(?:[ée]phone)?|cell|mobile|fax|ext)\.?")
_PIPES = re.compile(r"\s*[|•·]\s*|\s+[—–]\s+")
# "I am Indigenous Health Education Lead in the Office of Indigenous Health"
_INTRODUCTION = re.compile(r"\bI(?:\s+am|['’]m)\s+(?:the\s+|a\s+|an\s+)?(?P<title>[A-Z][\w'’/-]*(?:\s+[A-Z&][\w'’/-]*){0,6})"
                           r"\s+(?:in|at|with|of|for)\s+(?:the\s+)?(?P<unit>[A-Z][\w'’-]*(?:\s+(?:[A-Z&][\w'’-]*|of|and|for|the))"
                           r"{0,8})")


# RN, MN, PhD, RRT, M.Sc., and a registration's jurisdiction or specialty in brackets: CO(C), MRT(R) (the closing
# bracket may have been trimmed with the piece's punctuation)
_CREDENTIAL = re.compile(r"^(?:[A-Z][A-Za-z]{0,4}(?:\([A-Z]{1,2}\)?)?\.?|[A-Z](?:\.[A-Z])+\.?"
                         # a regulated designation with its province: "OT Reg. (Ont.)", "Reg. PT", "RD Reg. (N.S.)"
                         r"|(?:[A-Z]{1,4}\s+Reg\.?|Reg\.?\s+[A-Z]{1,4})(?:\s*\((?:[A-Z][a-z]{1,3}|[A-Z](?:\.[A-Z])+)\.?\))?)$")


def _ends_in_contact(row: str) -> bool:
    """Whether a line ends on an e-mail address or a phone number (nothing but punctuation after it)."""
    row = row.rstrip(" .,;)>|·•")  # (a separator after the last piece opens none: "... | a@b.org |")
    if any(row.endswith(found) for found in (*find_emails(row), *phones(row))):
        return True
    # (or on the date the block was written, set apart after them: "... | a@b.org | 905-555-0179 | 3 Dec 2026")
    *before, last = _PIPES.split(row) if _PIPES.search(row) else [row]
    return bool(before) and len(last.split()) <= 4 and to_date(last.strip()) is not None \
        and any(find_emails(p) or phones(p) for p in before)


def role_wrapped(before: str, row: str) -> bool:
    """Whether ``row`` is the head of the role on the line above, wrapped under it in a narrow column
    ("Respiratory Therapist and Procedures" over "Educator"): an English title ends on its job word, so a line that
    names a job but stops on another word, over a lone job word, is one title broken (a job word alone on its own
    line is otherwise no piece of a block: a unit is not one job word)."""
    words = before.rstrip(" ,;").split()
    return len(row.split()) == 1 and bool(_ROLE.fullmatch(row.strip())) and len(words) >= 2 \
        and bool(_ROLE.search(before)) and not _ROLE.fullmatch(words[-1]) and not before.rstrip().endswith((",", ";"))


def _rejoined(rows: list[str]) -> list[str]:
    """A block's lines with each piece broken at its own hyphen where a line ended ("twhitfield-" over
    "annan@example.org") made one again, the hyphen kept: a name's or an address's hyphen is no typesetter's; and a
    role's job word wrapped under it joined to its line."""
    out: list[str] = []
    for row in rows:
        if len(out) > 1 and role_wrapped(out[-1], row):
            out[-1] = out[-1].rstrip() + " " + row.strip()
        elif out and re.search(r"[^\W_]-$", out[-1]) and re.match(r"[^\W_]", row):
            out[-1] += row
        else:
            out.append(row)
    return out


KIND_PIECE_WORDS = 4  # "New micro-credential", "Conversion of an existing program": a kind set as a byline's piece


def signature(lines: list[str]) -> dict[str, str]:
    """A contact block set apart from the text: 'Dr. Ana da Silva | Lead | Microbiology, Labs' + 'a@b.org | 416-…'.

    The first piece must be a person's name and the block must hold an address or a number besides
    at least one more piece; otherwise {} (a line of prose is no signature).
    """
    # a block's own line breaks separate its pieces ("Name, RN\nRole\nUnit\naddress · number")
    rows = _rejoined([clean(t) for entry in lines for t in entry.split("\n") if t.strip()])
    ends = [n for n, row in enumerate(rows) if _ends_in_contact(row)]
    if ends and ends[-1] < len(rows) - 1 and not any(_contact_piece(row) for row in rows[ends[-1] + 1:]):
        # a line that ends on its address or number ends the block: a line after it with neither ("The idea", the
        # next heading) is not the block's line wrapped over
        rows = rows[:ends[-1] + 1]
    text = " | ".join(rows)
    emails = find_emails(text)
    numbers = phones(text)
    for found in (*emails, *numbers):
        text = text.replace(found, " | ")
    emails = [e for e in emails if not CE_MAILBOX.match(e)]  # "... and send to ce@...": the office's, not the signer's
    parts = [p.strip(" ,.;:()") for p in _PIPES.split(text)]
    # (digits alone are a number the line's end cut, "705-", and no unit)
    parts = [p for p in parts if p and not re.fullmatch(r"[\W\d_]*", p) and not _CONTACT_WORD.fullmatch(p)]
    # what is left of "T 416-…" (a number's one-letter prefix) and the date the block was written are no unit
    parts = [p for p in parts if not re.fullmatch(r"[A-Za-z]{1,2}\.?", p) and not (len(p.split()) <= 4 and to_date(p))]
    if len(parts) >= 2 and len(parts[0].split()) <= KIND_PIECE_WORDS and choice_code("request_type", parts[0]) \
            and not ORG.search(parts[0]):
        # "New micro-credential | Name, Role, Unit | address | number | date": a one-page layout's byline opens on
        # the kind of request it makes, no part of the person
        parts = parts[1:]
    if len(parts) > 2 and " " not in parts[0] and parts[1].startswith(parts[0] + " "):
        parts = parts[1:]  # "Yusuf" signed above "Yusuf Henriksen-Adjei | Role | ...": the full name is the name
    head, _, letters = parts[0].partition(",") if parts else ("", "", "")
    if letters and all(_CREDENTIAL.match(c.strip()) for c in letters.split(",")):
        parts[0] = head.strip()  # "Adaeze Whitcombe-Ng, RN, MN": the letters after the name are no role
    elif letters.strip() and _PIPES.search(" ".join(lines)) and _NAME.match(head.strip()) and not ORG.search(head):
        # "Ngaire Oduya, Patient Experience Lead · Unit": set apart from other pieces, the name, then the role (a
        # line of commas alone, "Contact: Jo Roy, Manager, jo@x.org", is a sentence's list, not a signature)
        parts[:1] = [head.strip(), letters.strip()]
    if len(parts) < 2 or not (emails or numbers) or not _NAME.match(parts[0]) or ORG.search(parts[0]):
        return {}
    out = {"proposer_name": parts[0], "proposer_title": parts[1]}
    if len(parts) > 2:
        out["proposer_department"] = ", ".join(parts[2:])
    else:
        role, comma, unit = parts[1].partition(",")
        if comma and role_word(role) and ORG.search(unit) and not role_word(unit):
            # "Name, Sonographer Lead, Breast Health Centre, Penmore Hospital · address": commas alone part the role
            # from the units after it, as in a contact line (see _person_line)
            out["proposer_title"], out["proposer_department"] = role.strip(), unit.strip()
    if emails:
        out["proposer_email"] = emails[0]
    if numbers:
        out["proposer_phone"] = numbers[0]
    return out


DATE_LINE_WORDS = 5


def signed_block(lines: list[str]) -> dict[str, str]:
    """The lines under a closing ("Merci," / "Regards,"): a name, then a role and a unit, one a line.

    {} unless the first line is a person's name (and no organisation); the role and the unit are the
    next short lines that are not sentences, an address or a number.
    """
    block = []
    # a paragraph of lines (Shift+Enter) is as good as one paragraph a line; blank ones before it are spacing
    flat = [clean(t) for entry in lines for t in entry.split("\n")]
    # blank lines are spacing; a first name alone ("Matteo") and the "--" that sets off a mail signature
    # stand before the full signature
    while len(flat) > 1 and (not flat[0] or _SIG_DASHES.match(flat[0]) or len(flat[0].split()) == 1):
        flat.pop(0)
    row = signed_row(flat[0]) if flat else {}
    if row:
        return row
    # a row of pieces under the name ("Clinical Dietitian | NICU | 555-0109") is the block's lines set on one line
    flat = flat[:1] + [p.strip() for t in flat[1:] for p in (_ROW_PIECES.split(t) if _ROW_PIECES.search(t) else [t])]
    flat = flat[:1] + runs_on_joined(flat[1:])
    n = 0
    for n, line in enumerate(flat[:4]):
        t = line
        if not t or len(t.split()) > 10 or t.endswith((".", "!", "?")) or "@" in t or phones(t) or ":" in t \
                or LOCAL_PHONE.fullmatch(t) or n and len(t.split()) <= DATE_LINE_WORDS and to_date(t):
            break  # (the date signed under the block, "4 March 2027", is no unit)
        block.append(t)
    if block and " | " in block[0] and "," not in block[0]:
        block[0] = block[0].replace(" | ", ", ")  # "Evander Roy | Biomedical Engineering Manager": a name, then a role
    head = block[0].split(",")[0].strip() if block else ""
    if not block and flat and _PIPES.search(flat[0]):
        # the first name signed over a letterhead's contact line ("Ingeborg" / "Ingeborg A., Clinical Director ·
        # address · number"): that line is the signature
        return signature(flat[:1])
    if not block or not _NAME.match(head) or ORG.search(head) or _THE_OFFICE.search(head):
        return {}
    out = {"proposer_name": head}
    # "Anaïs Roy, orthoptiste" over the unit: a role signed on the name's line comes first
    signed_role = block[0].split(",", 1)[1].strip() if "," in block[0] else ""
    if signed_role and all(_CREDENTIAL.match(c.strip()) for c in signed_role.split(",")):
        signed_role = ""  # "Ines Roy, RRT": the letters after the name are no role
    rest = [signed_role, *block[1:]] if signed_role else block[1:]
    split = role_and_unit(rest[0]) if len(rest) == 1 else None
    if split:
        rest = list(split)  # "Occupational Therapist, Rehabilitation Sciences" as the one line under the name
    if len(rest) == 1 and ORG.search(rest[0]) and not role_word(rest[0]):
        # "Ada Roy" over "Riverbend Rehabilitation Hospital" (a slide's contact bullets, a name and its workplace):
        # an organisation's name alone is where the signer works, no role
        out["proposer_department"] = rest[0]
    elif rest:
        out["proposer_title"] = rest[0]
    if len(rest) >= 2:
        out["proposer_department"] = rest[1]
    for t in flat[len(block):len(block) + 2]:
        # the address and the number under the block are the signer's
        # (a number alone in the block, as a local number without its area code, "555-0109", is the signer's too)
        emails, numbers = find_emails(t), phones(t) or ([t] if LOCAL_PHONE.fullmatch(t) else [])
        if emails and "proposer_email" not in out:
            out["proposer_email"] = emails[0]
        if numbers and "proposer_phone" not in out:
            out["proposer_phone"] = numbers[0]
        if not (emails or numbers):
            break
    return out


# the little words a line cannot end on when its piece ends there: a role wrapped in a narrow column or sidebar
# ("Certified Diabetes Educator and" over "Registered Dietitian") goes on on the next line
_RUNS_ON_WORDS = frozenset("and or & of for in at with to the et ou de du des pour en".split())


def runs_on_joined(lines: list[str], little: frozenset[str] = _RUNS_ON_WORDS, role_after: int = 0) -> list[str]:
    """A block's lines with each line that ends on a little word (of ``little``, and no comma or full stop after it)
    joined to the line under it, and a role's job word wrapped under its line joined to it (see :func:`role_wrapped`)
    once ``role_after`` lines stand before it: one piece wrapped in a narrow column."""
    out: list[str] = []
    for line in lines:
        prev = out[-1] if out else ""
        tail = re.findall(r"[^\W\d_]+|&", prev.lower())
        if prev.strip() and line.strip() and (
                tail and tail[-1] in little and not prev.rstrip().endswith((",", ";", "."))
                or len(out) > role_after and role_wrapped(prev, line)):
            out[-1] = f"{prev.rstrip()} {line.strip()}"
        else:
            out.append(line)
    return out


ROW_PIECES_MIN = 3
# (a signature's pieces on one line may be parted by spaced dashes too: "Name, RRT — Role, Unit — Hospital")
_SIGNED_PIECES = re.compile(r"\s+[|·—–]\s+|\s+[—–]\s*$")


def signed_row(line: str) -> dict[str, str]:
    """A mail signature set on one line, its pieces parted by bars or dots and no address or number in it
    ("Ana Roy | MRT(MR) | Patient Experience Lead, MRI | Eastbay General Hospital"): the name, the role and the unit
    (post-nominal letters dropped; the role's own ", unit" parts them as a role line does). {} unless the line is
    plainly that: three pieces at least, a person's name first, a job word in the role."""
    if "@" in line or phones(line) or not _SIGNED_PIECES.search(line):
        return {}
    pieces = [p.strip(" ,") for p in _SIGNED_PIECES.split(line) if p.strip(" ,")]
    head, _, letters = pieces[0].partition(",") if pieces else ("", "", "")
    if letters and all(_CREDENTIAL.match(c.strip()) for c in letters.split(",")):
        pieces[0] = head.strip()  # "Tariq Roy, RRT — Role, Unit — ...": the letters after the name are no piece
    if len(pieces) < ROW_PIECES_MIN or not _NAME.fullmatch(pieces[0]) or ORG.search(pieces[0]) \
            or _THE_OFFICE.search(pieces[0]) or any(len(p.split()) > 8 or p.endswith((".", "!", "?", ":")) for p in pieces):
        return {}
    rest = [p for p in pieces[1:] if not _CREDENTIAL.match(p)]
    if not rest:
        return {}
    split = role_and_unit(rest[0])
    role, unit = split if split else (rest[0], rest[1] if len(rest) > 1 else "")
    if not role_word(role):
        return {}
    out = {"proposer_name": pieces[0], "proposer_title": role}
    if unit:
        out["proposer_department"] = unit
    return out


_SIG_DASHES = re.compile(r"^\s*[-–—_]{2,}\s*$")
_ROW_PIECES = re.compile(r"\s+[|·]\s+")
# the office a letter is addressed to ("Continuing Education, The Michener Institute") signs nothing
_THE_OFFICE = re.compile(r"^(?:continuing\s+education|formation\s+continue|(?:the\s+)?michener\b)", re.I)


# "Sure. I'm Marisol Roy, Speech-Language Pathologist with the Cleft Team, Northern Lights Children's Centre.": a
# speaker who introduces themselves by name, then role and unit, as a transcript's or a letter's first answer does
_SELF_NAMED = re.compile(r"(?:^|(?<=[.!?:]\s))(?:I\s+am|I['’]m|[Mm]y\s+name\s+is)\s+(?P<who>(?:" + HONORIFIC
                         + r"\s+)?[A-ZÀ-Þ][\w'’-]+\s[^!?;]{3,240}?)(?:\.\s|\.?$)")


def introduction(text: str) -> dict[str, str]:
    """'… I am Health Education Lead in Office of Indigenous Health; …' -> proposer_title / proposer_department;
    "I'm Ada Roy, Role with the Unit." -> the same with the proposer_name the speaker gives (whose it is, the caller
    checks)."""
    t = clean(text)
    for said in _SELF_NAMED.finditer(t):
        found = person_line(said.group("who")) if "," in said.group("who") else {}
        # (a role by its job word, a unit by an organisation's: "I'm Ada Roy, and I am glad to talk" gives neither)
        if found.get("proposer_name") and (role_word(found.get("proposer_title", ""))
                                           or ORG.search(found.get("proposer_department", ""))):
            return {k: v for k, v in found.items() if k in ("proposer_name", "proposer_title", "proposer_department")}
    m = _INTRODUCTION.search(t)
    if not m:
        return {}
    return {"proposer_title": m.group("title").strip(), "proposer_department": m.group("unit").strip()}


_OFFICE_WORDS = re.compile(r"(?i)\b(?:continuing\s+education|michener|institute|office|education)\b")
AUTHOR_LINE_WITHIN = 3  # loose lines from the top (the title's own line is not loose) where an author line stands
_GREETING = re.compile(r"^(?:dear|hello|hi|to\s+whom|bonjour|madame|monsieur|attn|attention|to\s*:)\b", re.I)


_OPEN_PIECE = ("|", "·", "•", " –", " —")  # a line of pieces that ends on a separator goes on in the next line


def author_line(loose: list[str]) -> dict[str, str]:
    """The author's line under a document's title, as an article prints its byline: "Ada Eze, Director of Care,
    Maple Terrace Home" -> proposer_name/title/department; {} when there is none.

    Only a name with its role or unit counts (a bare name may be anyone's), only near the top, and never in a
    letter: a letter's lines above the greeting name whom it is sent to.
    """
    if any(_GREETING.match(t.strip()) for t in loose[:8]):
        return {}
    for n, t in enumerate(loose[:AUTHOR_LINE_WITHIN]):
        t = clean(t)
        if t.endswith(_OPEN_PIECE) and n + 1 < len(loose) and clean(loose[n + 1]):
            # "Name | Role, Unit |" over "Department": a slide's wide line that wrapped after a separator goes on
            t = f"{t} {clean(loose[n + 1])}"
        if not t or t.endswith((".", "?", "!", ":")):
            continue
        # (a canvas's or a slide's line of facts set apart by bars, "New micro-credential | Ada Eze, Role, Unit |
        # ada@x.org | 3 Dec 2026": the author is one of its pieces)
        for piece in [t] + ([p.strip() for p in t.split("|")] if t.count("|") >= 2 else []):
            if not piece or len(piece.split()) > 20:
                continue
            found = person_line(piece)
            name = found.get("proposer_name", "")
            # a name with its role (a unit alone may be an office's own header: "Continuing Education – The Institute")
            if name and "proposer_title" in found and not ORG.search(name) and not _OFFICE_WORDS.search(name):
                return found
    return {}



def as_signed(name: str, loose: list[str]) -> str:
    """The proposer's name as they sign it: "Dr. Ada Eze" read from a header line is "Ada Eze" when a line of the
    document holds that name alone (the signature under the text); otherwise the name as read."""
    title = _HONORIFIC.match(name)
    bare = name[title.end():].strip() if title else ""
    if bare and any(clean(line) == bare for line in loose):
        return bare
    return name
