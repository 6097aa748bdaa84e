"""Small named predicates over an inbound message. Pure: no database, no network."""
from __future__ import annotations

import re
import unicodedata
from email.utils import parseaddr

from mailbot.mail.addresses import is_own_address
from mailbot.mail.message import REPLY_PREFIX, Attachment, InboundMail, normalised_subject, strip_reply_prefixes  # noqa: F401  (the rules name them too)
from mailbot.review.replies import fresh_text

_AUTO_SUBJECT = re.compile(
    r"^\s*(automatic reply|auto(matic)?[ -]?(reply|response)|out of (the )?office|ooo\b|"
    r"absence|abwesenheit|réponse automatique|respuesta automática|away from (the )?office|"
    r"on vacation|vacation( reply)?|autoreply|auto:|away:|away from my desk|i am away|"
    r"delayed response)",
    re.IGNORECASE,
)
_BOUNCE_SUBJECT = re.compile(
    r"(undeliver(ed|able)|delivery (status|has failed|failure|warning|notification)|mail delivery (failed|failure|"
    r"subsystem|warning)|returned mail|failure notice|non[- ]?delivery|(could|can) ?not be delivered|"
    r"delivery failed|user unknown|rejected mail|permanent (delivery )?failure|delivery problem)",
    re.IGNORECASE,
)
_BOUNCE_ROLES = ("mailer-daemon", "mailerdaemon", "mail-daemon", "maildaemon", "postmaster")
# Role mailboxes that only machines (or a desk that never wants an answer) write from. Matched
# as whole parts of the local part ("noreply-dmarc-support", "bounces+123"), never as substrings
# of a person's name.
_ROLE_PART = re.compile(
    r"(?:^|[._+=-])(mailer-?daemon|mail-?daemon|postmaster|abuse|bounces?|dmarc\w*|no-?reply|"
    r"do-?not-?reply|donotreply|noreply\w*)(?:$|[._+=-])")


def _local_part(mail: InboundMail) -> str:
    addr = mail.sender or parseaddr(mail.from_header)[1] or mail.from_header
    return addr.lower().rpartition("@")[0] if "@" in addr else addr.lower()


def is_role_sender(mail: InboundMail) -> bool:
    """Sent from a role mailbox a person does not answer from (mailer-daemon, noreply, dmarc...)."""
    return bool(_ROLE_PART.search(_local_part(mail)))


def _is_bounce_role(address: str) -> bool:
    local = parseaddr(address)[1].lower().rpartition("@")[0] or address.lower()
    return local.strip().strip('"<').startswith(_BOUNCE_ROLES)


def is_bounce(mail: InboundMail) -> bool:
    """A delivery status notification (RFC 3464), or something that looks like one, including a
    bounce someone forwarded inside an ordinary message."""
    if mail.report_type == "delivery-status" or "delivery-status" in mail.report_types:
        return True
    if {"message/delivery-status", "message/global-delivery-status"} & set(mail.part_types):
        return True
    if _local_part(mail).startswith(_BOUNCE_ROLES):
        return True
    if mail.header("x-failed-recipients"):
        return True
    if any(_is_bounce_role(s) for s in mail.enclosed_senders):
        return True
    if not _BOUNCE_SUBJECT.search(mail.subject):
        return False
    # A bounce-like subject alone is something a person can write; with any one of these it is
    # a delivery report: no envelope sender, the returned message enclosed, or a detector that
    # reads the body as a known bounce format.
    returned = {"message/rfc822", "text/rfc822-headers"} & set(mail.part_types)
    return is_null_sender(mail) or bool(returned) or bool(mail.failed_recipients)


# Machine reports that are not bounces: spam feedback (ARF, RFC 5965), read receipts (MDN,
# RFC 8098), TLS reports (RFC 8460), DMARC failure and aggregate reports (RFC 7489).
_REPORT_PARTS = frozenset({
    "message/feedback-report", "message/disposition-notification", "message/global-disposition-notification",
    "application/tlsrpt+json", "application/tlsrpt+gzip",
})
_ARCHIVE_TYPES = frozenset({"application/zip", "application/gzip", "application/x-gzip", "application/x-zip-compressed",
                            "application/x-zip", "application/octet-stream"})
# RFC 7489 7.2.1.1: receiver "!" policy domain "!" begin "!" end [ "!" unique-id ] ".xml[.gz|.zip]"
_DMARC_FILE = re.compile(r"^[^!\s]+![^!\s]+!\d{9,}!\d{9,}(![^!\s]*)?\.(xml|zip|gz|xml\.gz|xml\.zip)$", re.IGNORECASE)
_DMARC_SUBJECT = re.compile(r"\breport\s+domain\s*:.*\bsubmitter\s*:", re.IGNORECASE)


def is_machine_report(mail: InboundMail) -> bool:
    """Any multipart/report anywhere in the message, or a DMARC/TLS report sent as a file."""
    if mail.report_type or mail.report_types or _REPORT_PARTS & set(mail.part_types):
        return True
    if _DMARC_SUBJECT.search(mail.subject):
        return True
    return any(_DMARC_FILE.match(a.filename) and (a.content_type in _ARCHIVE_TYPES or a.content_type.endswith("xml"))
               for a in mail.attachments)


_HEADER_MSGID = re.compile(r"^(?:message-id|original-message-id)\s*:\s*(<[^<>\s]{1,500}>)", re.IGNORECASE | re.MULTILINE)


def bounced_message_ids(mail: InboundMail) -> tuple[str, ...]:
    """The Message-IDs of the mail a bounce reports on: from the returned headers (RFC 3462
    text/rfc822-headers or message/rfc822) and, for bounces that quote the original as plain
    text, from Message-ID lines in the body. Empty when nothing identifies it."""
    found: list[str] = []
    for source in (mail.returned_headers, mail.text[:20000]):
        for m in _HEADER_MSGID.finditer(source.replace("\r\n", "\n")):
            if m.group(1) not in found and m.group(1) != mail.message_id:
                found.append(m.group(1))
    return tuple(found)


def is_null_sender(mail: InboundMail) -> bool:
    """The envelope sender was empty (Return-Path: <>): RFC 3834 and RFC 5321 forbid answering it."""
    return mail.header("return-path").replace(" ", "") == "<>"


def is_automated(mail: InboundMail) -> bool:
    """Auto-replies, bulk and list mail, and mail that shows a loop (RFC 3834, Microsoft and vendor headers).

    Any one signal is enough: a human message never carries these, and answering a machine is
    how mail loops start.
    """
    auto = mail.header("auto-submitted").strip().lower()
    if auto and not auto.startswith("no"):
        return True
    for name in ("x-autoreply", "x-autorespond", "x-autogenerated", "x-autoreply-from", "x-mail-autoreply",
                 "x-autoresponse"):
        if mail.header(name):
            return True
    for name in ("precedence", "x-precedence"):
        if mail.header(name).strip().lower() in ("bulk", "junk", "list", "auto_reply", "auto-reply"):
            return True
    if "autoresponder" in mail.header("x-post-messageclass").lower():
        return True
    if mail.header("list-id") or mail.header("list-unsubscribe") or mail.header("feedback-id"):
        return True
    if mail.header("x-ms-exchange-generated-message-source") or mail.header("x-ms-exchange-inbox-rules-loop"):
        return True
    if is_null_sender(mail) or is_loop(mail):
        return True
    if _AUTO_SUBJECT.search(mail.subject):
        return True
    return is_machine_report(mail) or is_role_sender(mail)


LOOP_REPLY_DEPTH = 4


def is_loop(mail: InboundMail) -> bool:
    """A subject that has grown "Re: Re: Re: Re:" (two machines answering each other add one
    prefix per round; mail clients collapse them for people) or that repeats itself."""
    if reply_depth(mail.subject) >= LOOP_REPLY_DEPTH:
        return True
    base = " ".join(strip_reply_prefixes(mail.subject).lower().split())
    return len(base) >= 12 and _repeats(base + " ")


def _repeats(text: str) -> bool:
    """True when the text is one phrase said three or more times ("x x x", "[ref] a [ref] a [ref] a")."""
    for size in range(6, len(text) // 3 + 1):
        unit = text[:size]
        if text.startswith(unit * 3):
            return True
    return False


def classify(mail: InboundMail) -> str:
    """'bounce', 'automated' or 'human': the first question asked of every message."""
    if is_bounce(mail):
        return "bounce"
    if is_automated(mail):
        return "automated"
    return "human"


def is_own_mail(mail: InboundMail, mailbox_address: str, own_message_ids: set[str]) -> bool:
    """Mail from mailbot itself: its X-Mailbot header, a From of the mailbox or one of its
    plus-addresses (any case; never the shared domain alone), or a Message-ID it sent."""
    if mail.header("x-mailbot"):
        return True
    if mail.sender and is_own_address(mail.sender, mailbox_address):
        return True
    return mail.message_id in own_message_ids


def reply_depth(subject: str) -> int:
    """How many Re:/Fwd: prefixes the subject carries (a loop signal when it keeps growing)."""
    n = 0
    while True:
        m = REPLY_PREFIX.match(subject)
        if not m:
            return n
        n += 1
        subject = subject[m.end():]


def thread_root(mail: InboundMail) -> str:
    """The first Message-ID of the conversation (References[0], else In-Reply-To, else its own)."""
    if mail.references:
        return mail.references[0]
    if mail.in_reply_to:
        return mail.in_reply_to[0]
    return mail.message_id


# ---- does the sender say they are sending the form? -----------------------------------------
# Whole words only ("information", "formation", "format=flowed" are not "form"), in English and
# French, in the sender's own words: the subject and the fresh text of the body (no quoted
# history, no signature, no disclaimer), never other headers or MIME parameters.
_FORM_NOUN = re.compile(r"\b(forms?|formulaires?)\b(?!\s+of\b)", re.IGNORECASE)
_SENDING = re.compile(
    r"\b(attach(ed|ing)?|enclos(ed|ing)|submit(ted|ting)?|submission|sending|send(ing)? you|please find|"
    r"here is|here's|herewith|ci[- ]joint(e|es|s)?|joint(e|es|s)?|pi[eè]ce[s]? jointe?s?|soumet(s|tre|s)?|"
    r"soumission|vous trouverez|je vous (envoie|transmets|fais parvenir)|veuillez trouver)\b",
    re.IGNORECASE)
# Words that make a sentence about the form a promise or a question rather than the sending.
_NOT_NOW = re.compile(r"\b(will|shall|going to|later|soon|next week|tomorrow|enverrai|vais|bientôt|demain|"
                      r"can i|could i|may i|should i|puis-je)\b", re.IGNORECASE)
_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n+")


def own_words(mail: InboundMail) -> tuple[str, str]:
    """(subject, body) as the sender wrote them: reply prefixes, quoted history and signature gone."""
    return strip_reply_prefixes(mail.subject), fresh_text(mail.text[:20000])[:4000]


def _says_sending(sentence: str) -> bool:
    s = sentence.strip()
    return bool(s) and not s.endswith("?") and bool(_SENDING.search(s)) and not _NOT_NOW.search(s)


def says_form_is_sent(mail: InboundMail) -> bool:
    """The sender's own words say they are sending us the form: one statement (not a question,
    not a promise) names the form and the sending, or the subject names the form and a
    statement in the body says it is sent."""
    subject, body = own_words(mail)
    sentences = [subject] + [x for x in _SENTENCE.split(body) if x.strip()]
    if any(_FORM_NOUN.search(x) and _says_sending(x) for x in sentences):
        return True
    return bool(_FORM_NOUN.search(subject)) and any(_says_sending(x) for x in sentences[1:])


def _name_words(filename: str) -> set[str]:
    plain = unicodedata.normalize("NFKD", filename.lower()).encode("ascii", "ignore").decode()
    return set(re.split(r"[^a-z0-9]+", plain.rsplit(".", 1)[0])) - {""}


def name_says_concept_form(att: Attachment) -> bool:
    """The file name calls itself the concept form ("Concept_Form_v2.pdf", "Formulaire_conçu.pdf")."""
    words = _name_words(att.filename)
    return "concept" in words or bool({"formulaire", "formulaires"} & words) or (
        bool({"form", "forms"} & words) and bool({"micro", "credential", "microcredential", "course"} & words))


def mentions_submission(mail: InboundMail) -> bool:
    """A clear attempt to send us a concept form: the only mail that earns a "no form found" reply."""
    return says_form_is_sent(mail)
