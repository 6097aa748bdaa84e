"""Every outgoing email is built here, from templates found by name.

Each kind of email is declared once in :data:`EMAILS` (its name, who receives it, what it is
for); :func:`make_message` builds only declared kinds. A kind's template set is
`templates/<name>.subject.j2`, `<name>.txt.j2` and `<name>.html.j2`, in the office's language
(English); each other language has its own set beside it, `<name>.<language>.subject.j2` and so on
(`acknowledgement.fr.txt.j2`). Emails to applicants and other outsiders exist in every language
of :data:`mailbot.mail.language.LANGUAGES` (a missing set is a bug: rendering raises, and
tests/unit/test_templates.py fails); staff emails are always written in the office's language.
An override folder ([templates] folder, checked by mailbot/mail/overrides.py) is searched first.
Values taken from inbound mail are only ever template *data*; HTML is autoescaped, and every
header value passes through clean_header_text so no CR/LF from a sender reaches a header.
"""
from __future__ import annotations

import email.policy
import importlib.resources
import re
import secrets
from dataclasses import dataclass, field
from datetime import datetime
from email.headerregistry import BaseHeader, HeaderRegistry
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import jinja2
import markupsafe

from mailbot.mail import bodies, language as languages, wording
from mailbot.mail.message import clean_header_text
from mailbot.mail.plaintext import text_value, visible

_SAFE_MSGID = re.compile(r"<[\x21-\x3b\x3d\x3f\x41-\x7e]{1,250}@[\x21-\x3b\x3d\x3f\x41-\x7e]{1,250}>")
_MIME_TOKEN = re.compile(r"[a-z0-9][a-z0-9!#$&^_.+\-]{0,126}")


class _RepeatedHeaders(HeaderRegistry):
    """The standard header factory, remembering the parsed value of headers that repeat from one
    email to the next (the sender, the fixed headers, the parts' content types).

    Building an email parses each header it is given, and the content manager sets some several
    times: about 20 parses, two thirds of the CPU of building an acknowledgement. A parsed header
    is an immutable str whose parse tree folding only reads, so one object can serve every email.
    Values that differ per email (recipients, subject, ids, dates, boundaries, file names) are not
    remembered; the rest are a few dozen distinct values, bounded below all the same."""

    REPEATED = frozenset({"from", "auto-submitted", "x-auto-response-suppress", "x-mailbot", "mime-version",
                          "content-transfer-encoding", "content-language", "content-type"})
    LIMIT = 256

    def __init__(self) -> None:
        super().__init__()
        self._known: dict[tuple[str, str], BaseHeader] = {}
        self._classes: dict[str, type[BaseHeader]] = {}

    def __getitem__(self, name: str) -> type[BaseHeader]:
        # The standard registry makes a new class (type(...)) for every header of every email, the
        # same class for a given name each time: a third of the cost of building an email. The
        # names are ours (outgoing mail only), a few dozen.
        key = name.lower()
        cls = self._classes.get(key)
        if cls is None:
            cls = super().__getitem__(name)
            if len(self._classes) < self.LIMIT:
                self._classes[key] = cls
        return cls

    def __call__(self, name: str, value: str) -> BaseHeader:
        if name.lower() not in self.REPEATED or "boundary=" in value.lower() or "name=" in value.lower():
            return super().__call__(name, value)
        key = (name, value)
        header = self._known.get(key)
        if header is None:
            header = super().__call__(name, value)
            if len(self._known) < self.LIMIT:
                _remember_folds(header)
                self._known[key] = header
        return header


def _remember_folds(header: BaseHeader) -> None:
    """Make a shared header write itself once per way of folding: serialising an email folds every
    header again from its parse tree, and a folded line depends only on the header and the
    policy's line length, line ending and utf8 (email._header_value_parser._refold_parse_tree)."""
    fold = header.fold
    folded: dict[tuple[int | None, str, bool], str] = {}

    def remembered(*, policy: Any) -> str:
        key = (policy.max_line_length, policy.linesep, policy.utf8)
        text = folded.get(key)
        if text is None:
            text = folded[key] = fold(policy=policy)
        return text

    header.fold = remembered  # type: ignore[method-assign]


# Message-IDs in In-Reply-To/References must never be RFC 2047-encoded to fit a line.
POLICY = email.policy.SMTP.clone(max_line_length=998, header_factory=_RepeatedHeaders())
# The top-level templates/ folder, installed as the package data `mailbot.templates`.
TEMPLATE_DIR = Path(str(importlib.resources.files("mailbot.templates")))
FORMS_DIR = TEMPLATE_DIR / "forms"
#: The parts of a kind's template set, in the order an email is built.
TEMPLATE_PARTS = ("subject.j2", "txt.j2", "html.j2")


def _finalize_text(value: Any) -> Any:
    # Every value in a plain-text part: no control or bidi characters, later lines indented, so
    # a form value cannot pose as a paragraph of mailbot's own.
    return text_value(value) if isinstance(value, str) else value


def _finalize_html(value: Any) -> Any:
    if isinstance(value, markupsafe.Markup):
        # A macro's output (its values were finalized inside it): HTML of the template's own, kept
        # as markup. re.sub returns a plain str, which autoescape would show as text.
        return markupsafe.Markup(visible(value))
    return visible(value) if isinstance(value, str) else value


def _date_filter(language: str) -> Any:
    def date_filter(value: Any, style: str = "weekday") -> str:
        """A date the way ``language`` writes it: style "weekday" or "day" (see language.DATE_STYLES).
        A strftime pattern is for the office's own (staff) emails only: it knows no other language."""
        if style in languages.DATE_STYLES:
            return languages.format_date(value, language, style)
        if language != languages.OFFICE_LANGUAGE:
            raise ValueError(f"a {language} template asked for the strftime date {style!r}; use 'weekday' or 'day'")
        return value.strftime(style) if value else ""

    return date_filter


@lru_cache(maxsize=16)
def environment(kind: str = "html", folder: Path | None = None,
                language: str = languages.OFFICE_LANGUAGE) -> jinja2.Environment:
    """The template environment for the HTML part and subjects ("html") or the plain-text part ("text"),
    whose filters write dates, numbers and field labels the way ``language`` does.

    ``folder``: the office's overrides, searched before the package's templates (an override of
    ``_base.html.j2`` changes every HTML part). See :func:`build_environment`."""
    return build_environment(kind, folder, language)


def build_environment(kind: str = "html", folder: Path | None = None,
                      language: str = languages.OFFICE_LANGUAGE) -> jinja2.Environment:
    """A new environment like :func:`environment`'s. With an override folder, a template once
    loaded is kept: an override edited while mailbot runs takes effect when mailbot/mail/overrides.py
    has checked it (start-up, SIGHUP), not half-checked at the next email."""
    search = [str(folder), str(TEMPLATE_DIR)] if folder is not None else [str(TEMPLATE_DIR)]
    env = jinja2.Environment(
        finalize=_finalize_text if kind == "text" else _finalize_html,
        loader=jinja2.FileSystemLoader(search),
        # A template once compiled is kept: the package's are installed code (a change is a new
        # release and a restart), and overrides are checked before use (see above). Reloading
        # would stat every template file, and the base templates it extends, for each email.
        auto_reload=False,
        autoescape=lambda name: bool(name and name.endswith(".html.j2")),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["date"] = _date_filter(language)
    env.filters["number"] = lambda n: languages.format_number(n, language)
    env.filters["fieldlabel"] = lambda key: wording.field_label(key, language)
    return env


@dataclass(frozen=True)
class EmailKind:
    """One kind of outgoing email. ``audience``: "applicant" (the person who applied), "sender"
    (whoever wrote to the mailbox), or "staff" (CE, SMT, Board, managers)."""

    name: str
    audience: str
    purpose: str


EMAILS: dict[str, EmailKind] = {
    k.name: k
    for k in (
        EmailKind("acknowledgement", "applicant", "a form was received: its reference, what is missing, the dates"),
        EmailKind("already_recorded", "applicant", "a form sent again: it is already recorded under its reference"),
        EmailKind("stage_changed", "applicant", "the application moved to a new stage"),
        EmailKind("decision_withdrawn", "applicant", "a decision was taken back (UNDO): to everyone told of it"),
        EmailKind("deferred", "applicant", "the review at the current stage needs more time: the new date"),
        EmailKind("no_form", "sender", "an email that looks like a submission carried no concept form"),
        EmailKind("sender_notice", "sender", "an email could not be processed; a person will look at it"),
        EmailKind("command_result", "sender", "the transcript of a command by reply: done, or why not"),
        EmailKind("ce_new_application", "staff", "a new application for CE to assess"),
        EmailKind("ce_new_applications", "staff", "several applications from one email, listed in one notice"),
        EmailKind("delivery_failed", "staff", "an email about an application could not be delivered, for good"),
        EmailKind("operator_alert", "operator", "mailbot itself needs the operator: a cap reached, an outage"),
        EmailKind("fields_read", "staff", "an application's fields were read again: OCR read its scan, "
                                          "or the applicant answered by reply"),
        EmailKind("review_request", "staff", "an application waits for the recipient's decision"),
        EmailKind("reminder", "staff", "a decision is due soon or today"),
        EmailKind("escalation", "staff", "a decision is past its deadline"),
        EmailKind("documents", "staff", "an application's stored documents, asked for with DOCUMENTS"),
        EmailKind("weekly_queue", "staff", "each person's open items, oldest first, on the digest's schedule"),
        EmailKind("digest", "staff", "the managers' weekly digest"),
        EmailKind("parked_summary", "staff", "the messages a poll parked for a person, in one email"),
        EmailKind("security_alert", "staff", "a refused or suspicious decision attempt"),
    )
}


def template_names() -> list[str]:
    """Every email kind that has a template set in the office's language (used by the test that renders them all)."""
    return sorted(n for n in (p.name[: -len(".subject.j2")] for p in TEMPLATE_DIR.glob("*.subject.j2"))
                  if "." not in n)


def template_file(name: str, part: str, language: str) -> str:
    """The file of one part ("subject.j2", "txt.j2", "html.j2") of kind ``name`` in ``language``."""
    tag = "" if language == languages.OFFICE_LANGUAGE else f".{language}"
    return f"{name}{tag}.{part}"


@lru_cache(maxsize=None)
def template_languages(name: str) -> tuple[str, ...]:
    """The languages in which kind ``name`` has a complete template set in the package."""
    return tuple(lang for lang in languages.LANGUAGES
                 if all((TEMPLATE_DIR / template_file(name, part, lang)).is_file() for part in TEMPLATE_PARTS))


def writes_to_outsiders(name: str) -> bool:
    """True when kind ``name`` goes to applicants or other senders, who are written to in their language."""
    return EMAILS[name].audience in ("applicant", "sender")


def field_label(key: str) -> str:
    """The field's label in the office's language (staff emails); see wording.field_label."""
    return wording.field_label(key)


REQUIREMENT_TEXT = wording.REQUIREMENTS[languages.OFFICE_LANGUAGE]


@dataclass
class Outgoing:
    """A rendered email ready for the outbox: its headers, its body as mailbot.mail.bodies wrote
    it, and the policy that folds the headers."""

    head: EmailMessage  # headers only
    body: bytes
    recipients: list[str]
    message_id: str
    subject: str
    attachments: list[str] = field(default_factory=list)
    policy: email.policy.EmailPolicy[EmailMessage] = POLICY

    def as_bytes(self) -> bytes:
        # As email.generator.BytesGenerator writes a header block, then the blank line.
        headers = b"".join(self.policy.fold_binary(name, value) for name, value in self.head.raw_items())
        return headers + self.policy.linesep.encode("ascii") + self.body

    @cached_property
    def message(self) -> EmailMessage:
        """The email as its reader sees it, parsed from its bytes (for tests and previews)."""
        parsed = email.message_from_bytes(self.as_bytes(), policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        return parsed


def render(name: str, ctx: dict[str, Any], language: str = languages.OFFICE_LANGUAGE, *,
           folder: Path | None = None) -> tuple[str, str, str]:
    """(subject, text, html) of the email kind ``name`` in ``language`` (staff kinds: always the
    office's); KeyError for an undeclared kind or a language it has no templates in.
    ``folder``: [templates] folder (the office's overrides), or None for the package's own."""
    language = _language_of(name, language)
    env = environment("html", folder, language)
    subject = env.get_template(template_file(name, "subject.j2", language)).render(ctx)
    text = environment("text", folder, language).get_template(template_file(name, "txt.j2", language)).render(ctx)
    html = env.get_template(template_file(name, "html.j2", language)).render(ctx)
    return clean_header_text(subject, 200), text, html


def render_html(name: str, ctx: dict[str, Any], language: str = languages.OFFICE_LANGUAGE, *,
                folder: Path | None = None) -> str:
    """The HTML part alone, as :func:`render` writes it (a preview in a browser needs no other)."""
    language = _language_of(name, language)
    return environment("html", folder, language).get_template(template_file(name, "html.j2", language)).render(ctx)


def _language_of(name: str, language: str) -> str:
    """The language kind ``name`` is written in for a reader of ``language``; KeyError as :func:`render` says."""
    if name not in EMAILS:  # an email nobody declared is a bug, not a template to guess
        raise KeyError(f"no email kind {name!r} is declared in mailbot.mail.emails.EMAILS")
    language = languages.known(language) if writes_to_outsiders(name) else languages.OFFICE_LANGUAGE
    if language not in template_languages(name):  # never an English email to a French reader by accident
        raise KeyError(f"the email kind {name!r} has no {language} templates")
    return language


@lru_cache(maxsize=1)
def _blank_forms() -> tuple[tuple[str, bytes, str, str], ...]:
    """(file name, bytes, MIME type) of each blank form sent with a request for a readable form,
    read once per process (a backlog attaches them to many answers)."""
    out = []
    for path in sorted(FORMS_DIR.glob("*")):
        suffix = path.suffix.lower()
        if suffix not in (".docx", ".pdf"):
            continue
        subtype = "pdf" if suffix == ".pdf" else "vnd.openxmlformats-officedocument.wordprocessingml.document"
        out.append((path.name, path.read_bytes(), "application", subtype))
    return tuple(out)


def _set_plain(msg: EmailMessage, name: str, value: str) -> None:
    """A header whose value mailbot wrote itself in plain printable ASCII (a date, ids, our own
    Content-Type): stored as it is, as a parser stores a header it read. Serialising writes such
    a value unchanged, which is what folding its parsed form writes too (checked byte for byte by
    tests/unit/test_outgoing_bodies.py); it skips parsing it. Anything else, or a value too long
    for one line, goes through the header classes."""
    if value.isascii() and value.isprintable() and len(name) + 2 + len(value) <= (msg.policy.max_line_length or 78):
        msg.set_raw(name, value)
    else:
        msg[name] = value


@lru_cache(maxsize=4)
def _blank_form_parts(policy: email.policy.EmailPolicy[EmailMessage]) -> tuple[bytes, ...]:
    """The blank forms as body parts, written once per policy (a backlog attaches them to many answers)."""
    return tuple(bodies.attachment_part(data, maintype, subtype, filename, policy)
                 for filename, data, maintype, subtype in _blank_forms())


def _boundary(*texts: str) -> str:
    """A multipart boundary that no part of an email built here contains.

    Without one, the generator picks a random boundary and searches the whole flattened message
    for it, base64 documents included (a quarter of the time to serialise a staff notice). This
    one is random too (128 bits, so no sender can plant it), and checked where text of ours or of
    a sender's appears as it is: the text and HTML parts. Base64 lines never begin with '-', and
    quoted-printable never writes '=_' (its '=' is followed by hex digits or a line end), so no
    encoded line can read as '--' + this boundary."""
    while True:
        boundary = "=_" + secrets.token_hex(16)
        if not any(boundary in t for t in texts):
            return boundary


def make_message(
    name: str,
    to: list[str],
    ctx: dict[str, Any],
    *,
    from_address: str,
    from_name: str,
    domain: str,
    now: datetime,
    in_reply_to: str | None = None,
    references: tuple[str, ...] = (),
    reply_to: str | None = None,
    auto_submitted: str = "auto-generated",
    attach_forms: bool = False,
    message_id: str | None = None,
    attachments: tuple[tuple[str, str, bytes], ...] = (),
    templates_folder: Path | None = None,
    language: str = languages.OFFICE_LANGUAGE,
) -> Outgoing:
    """Build one email of kind `name` to `to` from its templates and `ctx` (overrides from
    `templates_folder` first), in ``language`` when the kind goes to outsiders (see :func:`render`)."""
    subject, text, html = render(name, ctx, language, folder=templates_folder)
    # A non-ASCII address (RFC 6531) is written as UTF-8; the outbox sends it with SMTPUTF8.
    # Headers are folded by this policy when the message is serialised; the body is written
    # by mailbot.mail.bodies (encoded lines of at most 76 characters, RFC 2045).
    policy = POLICY.clone(utf8=True) if any(not r.isascii() for r in to) else POLICY
    msg = EmailMessage(policy=policy)
    msg["From"] = formataddr((clean_header_text(from_name, 80), from_address))
    msg["To"] = ", ".join(to)
    msg["Subject"] = subject
    _set_plain(msg, "Date", format_datetime(now))
    mid = message_id or make_msgid(idstring=name.replace("_", "-"), domain=domain)
    _set_plain(msg, "Message-ID", mid)
    # Ids copied from inbound mail: only well-formed ones, so no control character or stray
    # text of a sender's reaches our headers.
    in_reply_to = in_reply_to if in_reply_to and _SAFE_MSGID.fullmatch(in_reply_to) else None
    if in_reply_to:
        _set_plain(msg, "In-Reply-To", in_reply_to)
        refs = [r for r in references if r != in_reply_to and _SAFE_MSGID.fullmatch(r)][-10:] + [in_reply_to]
        _set_plain(msg, "References", " ".join(refs))
    if reply_to:
        msg["Reply-To"] = clean_header_text(reply_to, 300)
    # RFC 3834 and Microsoft's equivalent: auto-responders must not answer us.
    _set_plain(msg, "Auto-Submitted", auto_submitted)
    _set_plain(msg, "X-Auto-Response-Suppress", "All")
    _set_plain(msg, "X-Mailbot", name)
    files: list[bytes] = []
    attached: list[str] = []
    if attach_forms:
        files += _blank_form_parts(policy)
        attached += [filename for filename, _, _, _ in _blank_forms()]
    for filename, content_type, data in attachments:  # (name, MIME type, bytes): stored documents
        # The type came with an inbound email: keep it only when it is a plain leaf type.
        maintype, _, subtype = content_type.lower().partition("/")
        if maintype not in ("application", "image", "audio", "video") or not _MIME_TOKEN.fullmatch(subtype):
            maintype, subtype = "application", "octet-stream"
        files.append(bodies.attachment_part(data, maintype, subtype, clean_header_text(filename, 150), policy))
        attached.append(filename)
    boundaries = [_boundary(text, html) for _ in range(2 if files else 1)]
    content_type, body = bodies.body(text, html, files, boundaries)
    _set_plain(msg, "MIME-Version", "1.0")
    _set_plain(msg, "Content-Type", content_type)
    _set_plain(msg, "Content-Language",
               languages.known(language) if writes_to_outsiders(name) else languages.OFFICE_LANGUAGE)
    return Outgoing(msg, body, list(to), mid, subject, attached, policy)
