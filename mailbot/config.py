"""TOML configuration -> frozen, validated settings.

One declaration per setting. Each [section] of the file is a class below and each key one line,
`name: type = setting(default, "help", ranges...)`. From that one line:

- the loader reads the key, checks its type and range (pydantic) and rejects anything the file
  says that is not declared, naming the nearest valid key;
- `example_toml()` writes config.example.toml and `settings_table()` the README's settings table
  (tests/unit/test_config_declaration.py fails when either file differs from them).

Every problem is reported as one sentence naming the key. Secrets never live in the file: the
file names environment variables, and the loader puts a `Secret` for each into a field declared
with `resolved()`, which the file cannot set. A `Secret` reads its variable when it is used, so a
command that never connects (status, db) never needs it; `load_settings` reads every one at once,
which is how `check` and the service fail at start-up on a missing secret.

To add a setting: add one line to its section class, e.g. in IntakeSettings
    max_forms: int = setting(5, "at most this many forms are read from one email", ge=1)
then run `python tools/config_docs.py` to regenerate config.example.toml and the README table.
A new section is a new `Section` subclass plus one line in `Settings`.
"""
from __future__ import annotations

import difflib
import ipaddress
import json
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from types import UnionType
from typing import Annotated, Any, Literal, Union, get_args, get_origin
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    PlainValidator,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic.fields import FieldInfo
from pydantic_core import PydanticCustomError

from mailbot.errors import ConfigError

#: Microsoft 365 serves IMAP and SMTP under one resource; see mailbot/mail/oauth.py.
DEFAULT_OAUTH2_SCOPE = "https://outlook.office365.com/.default"
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
SECURITY_MODES = ("ssl", "starttls", "none")
IMAP_AUTH_MODES = ("password", "oauth2")
SMTP_AUTH_MODES = ("password", "oauth2", "none")


# -- the declaration helpers -------------------------------------------------------------------


def setting(default: Any, help: str, *, example: Any = None, note: str = "", commented: bool = False,
            **ranges: Any) -> Any:
    """One key of a section.

    `default` is `...` when the file must set the key. `help` is the one line shown in
    config.example.toml and the README. `example` is the value config.example.toml shows when it
    differs from the default (a required key or one whose default is None needs one).
    `commented` shows the key commented out in the example (an option most installations leave
    alone). `note` is a longer comment written above the key in the example.
    `ranges` are pydantic's constraints (ge, gt, le, lt, min_length, max_length, pattern).
    """
    extra = {"example": example, "note": note, "commented": commented}
    return Field(default, description=help, json_schema_extra=extra, **ranges)


def resolved(default: Any) -> Any:
    """A field the loader fills in (from the environment or from other keys); never a key of the file."""
    return Field(default, json_schema_extra={"resolved": True})


@dataclass(frozen=True)
class Secret:
    """A secret named by the file (an environment variable), read each time it is used.

    `problem` is the one sentence of the ConfigError raised when the variable is not set (or is
    shorter than `min_length`). Its repr names the variable, never the value."""

    var: str
    problem: str
    env: Mapping[str, str] = field(default_factory=lambda: os.environ, repr=False, compare=False)
    min_length: int = 0

    def reveal(self) -> str:
        value = self.env.get(self.var)
        if value is None or len(value) < self.min_length:
            raise ConfigError(self.problem)
        return value


def _sentence(text: str) -> PydanticCustomError:
    """A validation error that is already a whole sentence."""
    return PydanticCustomError("sentence", "{text}", {"text": text})


def _tail(text: str) -> PydanticCustomError:
    """A validation error that completes the sentence '[section] key ...'."""
    return PydanticCustomError("setting", "{text}", {"text": text})


class Section(BaseModel):
    """A [section] of the file: frozen, strict (no "3" for 3), and no key that is not declared."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True, arbitrary_types_allowed=True)


def is_resolved(info: FieldInfo) -> bool:
    return isinstance(info.json_schema_extra, dict) and bool(info.json_schema_extra.get("resolved"))


def declared_keys(model: type[BaseModel]) -> list[str]:
    """The keys a file may set in a section (or, for Settings, the section names)."""
    return [name for name, info in model.model_fields.items() if not is_resolved(info)]


# -- value types with their own checks ---------------------------------------------------------


def _address(value: str) -> str:
    v = value.strip().lower()
    local, _, domain = v.partition("@")
    if not local or not domain or "." not in domain or any(c.isspace() for c in v) or "," in v:
        raise _tail(f"must be one email address like name@example.org, not {_toml(value)}")
    return v


def _zone(value: Any) -> ZoneInfo:
    if isinstance(value, ZoneInfo):
        return value
    if not isinstance(value, str):
        raise _tail(f"must be a time zone name in quotes such as \"America/Toronto\", not {_toml(value)}")
    try:
        return ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise _tail(f"{_toml(value)} is not a known time zone; use a name like America/Toronto") from None


def _weekday(value: str) -> str:
    day = value.strip().lower()[:3]
    if day not in WEEKDAYS:
        raise _tail(f"must be a weekday such as \"mon\", not {_toml(value)}")
    return day


def _clock_time(value: str) -> str:
    try:
        hh, mm = (int(x) for x in value.split(":"))
        if not (0 <= hh < 24 and 0 <= mm < 60):
            raise ValueError
    except ValueError:
        raise _tail(f"must be a 24-hour time such as \"08:00\", not {_toml(value)}") from None
    return f"{hh:02d}:{mm:02d}"


def _closures(value: Any) -> tuple[str, ...]:
    if not isinstance(value, (tuple, list)):
        raise _tail(f'must be a list such as ["2026-12-24..2027-01-01"], not {_toml(value)}')
    out = []
    for item in value:
        # TOML has a date type: an unquoted 2026-12-24 is as good as the string.
        text = item.isoformat() if isinstance(item, date) else str(item)
        try:
            for part in text.split(".."):
                date.fromisoformat(part.strip())
        except ValueError:
            raise _tail("entries must be ISO dates (2026-12-24) or ranges (2026-12-24..2027-01-01), "
                        f"not {_toml(item)}") from None
        out.append(text)
    return tuple(out)


def _backlog_cutoff(value: str) -> str:
    if value not in ("first-run", "none"):
        try:
            datetime.fromisoformat(value)
        except ValueError:
            raise _tail("must be \"first-run\", \"none\" or an ISO date such as \"2026-11-01\"") from None
    return value


def _prefix(value: str) -> str:
    # It starts every reference and is matched in subjects: letters only keep it unambiguous.
    if not (value.isascii() and value.isalpha() and len(value) <= 10):
        raise _tail(f'must be 1 to 10 letters such as "MC", not {_toml(value)}')
    return value


Address = Annotated[str, AfterValidator(_address)]
TimeZone = Annotated[ZoneInfo, PlainValidator(_zone), PlainSerializer(str)]
Weekday = Annotated[str, AfterValidator(_weekday)]
ClockTime = Annotated[str, AfterValidator(_clock_time)]
Closures = Annotated[tuple[str, ...], PlainValidator(_closures)]
BacklogCutoff = Annotated[str, AfterValidator(_backlog_cutoff)]
Prefix = Annotated[str, AfterValidator(_prefix)]
Lowercase = Annotated[str, AfterValidator(str.lower)]


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


# -- the sections ------------------------------------------------------------------------------


class MailboxSettings(Section):
    """The CE mailbox that applicants write to. Replies and acknowledgements come from this address."""

    address: Address = setting(..., "the mailbox address", example="ce@michener.ca")
    display_name: str = setting("Continuing Education", "display name on outgoing mail")


class OAuth2Settings(Section):
    """[oauth2]: needed when [imap] or [smtp] has auth = "oauth2". Microsoft 365 (client credentials,
    an Entra app registration with the IMAP.AccessAsApp and SMTP.SendAsApp application permissions;
    see "Microsoft 365" in README.md). Uncomment and fill in:"""

    tenant_id: str = setting(..., "Entra: Directory (tenant) ID", example="00000000-0000-0000-0000-000000000000")
    client_id: str = setting(..., "Entra: Application (client) ID", example="00000000-0000-0000-0000-000000000000")
    client_secret_env: str = setting(..., "the environment variable holding the client secret value",
                                     example="MAILBOT_OAUTH2_CLIENT_SECRET", min_length=1)
    authority: str = setting("", "https://login.microsoftonline.com/<tenant_id> unless set",
                             example="https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000")
    scope: str = setting(DEFAULT_OAUTH2_SCOPE, "IMAP and SMTP share it in Microsoft 365")
    client_secret_source: Secret | None = resolved(None)
    secret_expires: date | None = setting(
        None, "the client secret's expiry date (Azure portal); mailbot warns 30, 7 and 1 days before",
        example=date(2027, 6, 30))

    @model_validator(mode="before")
    @classmethod
    def _default_authority(cls, data: Any) -> Any:
        # The default names the tenant, so it depends on another key.
        if isinstance(data, dict) and not data.get("authority") and isinstance(data.get("tenant_id"), str):
            return {**data, "authority": f"https://login.microsoftonline.com/{data['tenant_id']}"}
        return data

    @property
    def client_secret(self) -> str:
        """The client secret, read now (ConfigError when its variable is not set)."""
        return self.client_secret_source.reveal() if self.client_secret_source else ""

    @field_validator("authority")
    @classmethod
    def _https(cls, value: str) -> str:
        if not value.startswith("https://"):
            raise _tail("must be an https:// URL such as https://login.microsoftonline.com/<tenant_id>, "
                        f"not {_toml(value)}")
        return value.rstrip("/")


class ImapSettings(Section):
    host: str = setting(..., "the IMAP server", example="outlook.office365.com", min_length=1)
    port: int = setting(993, "the IMAP port", ge=1, le=65535)
    security: Literal["ssl", "starttls", "none"] = setting("ssl", "ssl | starttls | none (none only on loopback)")
    username: str = setting(..., "the login name", example="ce@michener.ca")
    auth: Literal["password", "oauth2"] = setting(
        "password", "password | oauth2 (Microsoft 365: basic auth is retired; see [oauth2])", commented=True)
    password_env: str | None = setting(None, "the environment variable holding the password (not with oauth2)",
                                       example="MAILBOT_IMAP_PASSWORD", min_length=1)
    inbox: str = setting("INBOX", "the folder mail arrives in", min_length=1)
    processed_folder: str = setting("mailbot/Processed", "handled mail is moved here", min_length=1,
                                    note='Folders are created when missing; use "/" between levels whatever '
                                         "the server's separator.")
    attention_folder: str = setting("mailbot/Needs attention", "mail a person should look at", min_length=1)
    ignored_folder: str = setting("mailbot/Ignored", "bounces, auto-replies, duplicates", min_length=1)
    timeout_seconds: float = setting(30.0, "network timeout", gt=0)
    cafile: str | None = setting(None, "trust a private CA", example="/etc/ssl/private-ca.pem", commented=True)
    password_source: Secret | None = resolved(None)
    oauth2: OAuth2Settings | None = resolved(None)

    @property
    def password(self) -> str:
        """The password, read now (ConfigError when its variable is not set); "" when none is named."""
        return self.password_source.reveal() if self.password_source else ""

    @property
    def timeout(self) -> float:
        return self.timeout_seconds

    @model_validator(mode="after")
    def _consistent(self) -> ImapSettings:
        if self.security == "none" and not _is_loopback(self.host):
            raise _sentence('[imap] security = "none" is only allowed for a loopback host; '
                            f"use ssl or starttls for {self.host}.")
        folders = [self.inbox, self.processed_folder, self.attention_folder, self.ignored_folder]
        if len(set(folders)) != len(folders):
            raise _sentence("[imap] inbox, processed_folder, attention_folder and ignored_folder must all differ.")
        return self


class SmtpSettings(Section):
    host: str = setting(..., "the SMTP server", example="smtp.office365.com", min_length=1)
    port: int = setting(587, "the SMTP port", ge=1, le=65535)
    security: Literal["ssl", "starttls", "none"] = setting("starttls", "ssl | starttls | none")
    username: str | None = setting(None, "the login name; a local relay may need no login", example="ce@michener.ca",
                                   note="With auth = \"oauth2\", username (default: [mailbox] address) is the "
                                        "mailbox mail is sent as.")
    auth: Literal["password", "oauth2", "none"] = setting(
        "password", "password | oauth2 | none; none when username is not set", commented=True)
    password_env: str | None = setting(None, 'the environment variable holding the password (auth = "password")',
                                       example="MAILBOT_SMTP_PASSWORD", min_length=1)
    timeout_seconds: float = setting(30.0, "network timeout", gt=0)
    cafile: str | None = setting(None, "trust a private CA", example="/etc/ssl/private-ca.pem", commented=True)
    max_per_minute: int = setting(0, "send pacing: at most this many emails a minute (Exchange Online: 30); 0 = no limit",
                                  ge=0)
    password_source: Secret | None = resolved(None)
    oauth2: OAuth2Settings | None = resolved(None)

    @property
    def password(self) -> str | None:
        """The password, read now (ConfigError when its variable is not set); None when none is named."""
        return self.password_source.reveal() if self.password_source else None

    @property
    def timeout(self) -> float:
        return self.timeout_seconds

    @model_validator(mode="before")
    @classmethod
    def _default_auth(cls, data: Any) -> Any:
        # Without a username there is nobody to log in as, so the default is no login.
        if isinstance(data, dict) and "auth" not in data and data.get("username") is None:
            return {**data, "auth": "none"}
        return data


class DatabaseSettings(Section):
    """Any SQLAlchemy URL. A relative SQLite path is relative to this file.
    PostgreSQL: "postgresql+psycopg://mailbot@dbhost/mailbot" (pip install 'mailbot[postgres]')."""

    url: str = setting(..., "a SQLAlchemy URL", example="sqlite:///mailbot.db")

    @field_validator("url")
    @classmethod
    def _url(cls, value: str) -> str:
        if "://" not in value:
            raise _tail(f"must be a SQLAlchemy URL such as sqlite:///mailbot.db, not {_toml(value)}")
        return value


class StaffSettings(Section):
    """Who decides at each stage, and who gets the weekly digest. Addresses are compared case-insensitively."""

    ce: tuple[Address, ...] = setting(..., "CE staff: told about new applications; decide the CE stages",
                                      example=("ce.lead@michener.ca",), min_length=1)
    smt: tuple[Address, ...] = setting((), "SMT: decide the SMT reviews", example=("smt.secretary@michener.ca",))
    board: tuple[Address, ...] = setting((), "the Board: decides the Board review",
                                         example=("board.secretary@michener.ca",))
    managers: tuple[Address, ...] = setting((), "get the weekly digest and escalations",
                                            example=("ce.manager@michener.ca",))
    queue_opt_out: tuple[Address, ...] = setting(
        (), "no weekly \"waiting for you\" email for these addresses", example=("board.secretary@michener.ca",),
        commented=True)

    def roles_of(self, address: str) -> set[str]:
        """The roles held by an address (compared case-insensitively)."""
        a = address.strip().lower()
        return {name for name in ("ce", "smt", "board", "managers") if a in getattr(self, name)}

    def all_addresses(self) -> set[str]:
        return set(self.ce) | set(self.smt) | set(self.board) | set(self.managers)


class StageWindow(Section):
    """How long a stage should take: reminders before and at the target, escalation after the deadline."""

    target_days: int | None = setting(None, "days from entering the stage to the target", gt=0)
    deadline_days: int | None = setting(None, "days from entering the stage to the deadline", gt=0)

    @model_validator(mode="after")
    def _order(self) -> StageWindow:
        if self.target_days is not None and self.deadline_days is not None and self.deadline_days < self.target_days:
            raise _tail("deadline_days must not be before target_days")
        return self


#: Default windows per stage (days; business or calendar per [schedule] business_days). Stages not
#: listed have no window. ce_assessment falls back to [intake] assessment_target_days/deadline_days.
DEFAULT_STAGE_WINDOWS: dict[str, StageWindow] = {
    "smt_concept_review": StageWindow(target_days=14, deadline_days=28),
    "curriculum_quality_review": StageWindow(target_days=21, deadline_days=42),
    "smt_proposal_review": StageWindow(target_days=14, deadline_days=28),
    "board_review": StageWindow(target_days=30, deadline_days=60),
}
StageTable = tuple[tuple[str, StageWindow], ...]


def _stage_table(value: Any) -> StageTable:
    """[schedule.stages] over the defaults, as sorted (stage, window) pairs so settings stay hashable."""
    if isinstance(value, tuple):
        return value
    if not isinstance(value, dict):
        raise _sentence("[schedule.stages] must be a table such as "
                        "ce_assessment = {target_days = 14, deadline_days = 28}.")
    from mailbot.review.workflow import Stage  # the pure stage table, at the bottom layer like this module

    stages = dict(DEFAULT_STAGE_WINDOWS)
    stages["ce_assessment"] = StageWindow(target_days=14, deadline_days=28)
    for name, window in value.items():
        if name not in {s.value for s in Stage}:
            raise _sentence(f"[schedule.stages] {name} is not a stage; use one of {', '.join(s.value for s in Stage)}.")
        if not isinstance(window, dict):
            raise _sentence(f"[schedule.stages] {name} must look like {{target_days = 14, deadline_days = 28}}.")
        try:
            stages[name] = StageWindow.model_validate(window)
        except ValidationError as exc:
            raise _sentence(_explain(exc.errors()[0], StageWindow, f"[schedule.stages] {name}")) from None
    return tuple(sorted(stages.items()))


class ScheduleSettings(Section):
    timezone: TimeZone = setting(ZoneInfo("America/Toronto"),
                                 "dates in emails, the digest time, --now without an offset")
    poll_interval_seconds: int = setting(300, "`run` reads the mailbox this often (the source of truth)", gt=0,
                                         note="The service (`mailbot run`):")
    idle: bool = setting(True, "also poll at once when IMAP IDLE reports new mail")
    flush_interval_seconds: int = setting(60, "`run` sends queued mail and retries this often", gt=0)
    sweep_interval_seconds: int = setting(600, "`run` looks for due reminders, escalations and the digest this often",
                                          gt=0)
    digest_day: Weekday = setting("mon", "weekday of the digest to [staff] managers (mon ... sun)",
                                  note="The weekly digest to [staff] managers:")
    digest_time: ClockTime = setting("08:00", "24-hour local time of the digest")
    business_days: bool = setting(False, "count Mon-Fri only, skipping the holidays and closures below",
                                  note="Windows and reminders:")
    statutory_holidays: bool = setting(True, "with business_days: skip Ontario statutory holidays")
    office_closures: Closures = setting((), 'with business_days: ISO dates or ranges such as '
                                                       '"2026-12-24..2027-01-01"')
    reminder_lead_days: int = setting(3, "remind reviewers this many days before the target (0: only on it)", ge=0)
    undo_window_hours: int = setting(24, "UNDO works this long after a decision (0: never)", ge=0)
    stages: Annotated[StageTable, BeforeValidator(_stage_table)] = setting(
        tuple(sorted({**DEFAULT_STAGE_WINDOWS,
                      "ce_assessment": StageWindow(target_days=14, deadline_days=28)}.items())),
        "stage = { target_days = N, deadline_days = M } per stage",
        note="Target and deadline per stage, in days from entering it. Reviewers are reminded before and on the\n"
             "target; managers get one escalation the day after the deadline. ce_assessment defaults to\n"
             "[intake] assessment_target_days/assessment_deadline_days (the published 2-4 weeks); it pauses\n"
             "while waiting for the applicant. A stage left out has no window. Defaults shown.")

    def window(self, stage: str) -> StageWindow | None:
        """The configured window of `stage`, or None when the stage has none."""
        return dict(self.stages).get(str(stage))


class IntakeSettings(Section):
    backlog_cutoff: BacklogCutoff = setting(
        "first-run", '"first-run" | "none" (process everything) | an ISO date such as "2026-11-01"',
        note="Mail already in the inbox before mailbot's first poll is left alone (not acknowledged).")
    max_message_bytes: int = setting(25 * 1024 * 1024, "larger messages are parked unread and the sender told", ge=1)
    max_attempts: int = setting(3, "a message that fails this many times is parked for a person", ge=1)
    reference_prefix: Prefix = setting("MC", "references look like MC-2026-0007")
    assessment_target_days: int = setting(14, "the published 2-4 week window", gt=0)
    assessment_deadline_days: int = setting(28, "after this the managers are told", gt=0)
    max_forms_per_message: int = setting(5, "more concept forms than this in one email are held for staff", ge=1)
    message_parse_budget_seconds: float = setting(
        60.0, "parsing time for all attachments of one email together; the rest are recorded unread", gt=0)
    parse_workers: int = setting(
        2, "parse worker processes reading a backlog's attachments at once (one per core is the most that helps)",
        ge=1, le=16)


class OutboxSettings(Section):
    max_attempts: int = setting(8, "SMTP attempts before an email is marked failed", ge=1)
    backoff_seconds: float = setting(60.0, "first retry delay; doubles each time", ge=0)
    backoff_max_seconds: float = setting(3600.0, "the longest retry delay", ge=0)
    per_correspondent_daily_cap: int = setting(
        3, "at most this many automated answers per outside address per day (0: no cap)", ge=0)
    per_thread_daily_cap: int = setting(
        3, "... and per conversation (by thread root or subject), whoever is addressed (0: no cap)", ge=0)
    review_attachments_max_bytes: int = setting(
        10 * 1024 * 1024, "review requests carry the form and letters up to this total; beyond, DOCUMENTS sends them",
        ge=0)
    outage_window_days: float = setting(
        3.0, "connection failures and 4xx answers use up no attempts until an email has waited this long", ge=0)
    unsolicited_hourly_cap: int = setting(
        20, "answers per hour to senders who have no application, all together; the operator is told (0: no cap)",
        ge=0)
    verp: bool = setting(False, "envelope sender ce+bounce-<id>-<signature>@... per email",
                         note="VERP: send each email with the envelope sender ce+bounce-<id>-<signature>@..., so a "
                              "bounce names\nthe email it reports on even when it quotes nothing. Needs a server that "
                              "accepts plus-address\nenvelope senders (Microsoft 365 does only with plus addressing "
                              "on); off by default.")


#: How a decision's sender is vouched for by the mail system; see mailbot/review/senders.py.
SENDER_CHECKS = ("microsoft365", "authserv:<id>[,<id>...]", "none")
#: IMAP hosts of Microsoft 365 (commercial and US government clouds).
MICROSOFT365_IMAP_HOSTS = ("outlook.office365.com", "outlook.office.com", "outlook.office365.us")
#: Keys that are no longer read, with the sentence that says what replaced them.
REPLACED_KEYS = {
    ("security", "require_dmarc"): '[security] require_dmarc is no longer read: replace it with sender_check = '
                                   '"authserv:<your server>" (or "microsoft365", or "none"); see config.example.toml.',
    ("security", "trusted_authserv_ids"): '[security] trusted_authserv_ids is no longer read: name the servers in '
                                          'sender_check = "authserv:<id>[,<id>...]"; see config.example.toml.',
}


class SecuritySettings(Section):
    secret_env: str | None = setting(None, "signs reply tokens; at least 16 characters. Strongly recommended.",
                                     example="MAILBOT_SECRET", min_length=1, commented=True)
    sender_check: str | None = setting(
        None, '"microsoft365" | "authserv:<id>[,<id>...]" | "none": how a decision\'s sender is vouched for',
        example="microsoft365",
        note="A decision needs proof of the thread (the reply token or a reply to mailbot's email) AND a "
             "sender the mail system vouches for. microsoft365: Exchange's intra-organisation stamps (the "
             "default when [imap] host is Microsoft 365); authserv:<id>: RFC 8601 Authentication-Results from "
             "that server with an aligned DMARC pass; none: the From address is believed (loopback demos and "
             "tests only).")

    @field_validator("sender_check")
    @classmethod
    def _sender_check_shape(cls, value: str | None) -> str | None:
        if value is None:
            return value
        mode, _, rest = value.strip().partition(":")
        mode = mode.strip().lower()
        ids = [i.strip() for i in rest.split(",") if i.strip()]
        if (mode in ("microsoft365", "none") and not rest) or (
                mode == "authserv" and ids and all(" " not in i and ";" not in i for i in ids)):
            return value.strip()
        raise _tail(f"must be one of {', '.join(repr(c) for c in SENDER_CHECKS)}, not {value!r}")


class AlertsSettings(Section):
    operator: Address | None = setting(
        None, "who hears about mailbot itself (an outage, a refused login, a cap reached); not the CE office",
        example="it-ops@michener.ca", commented=True)
    webhook: str | None = setting(
        None, "a URL taking a JSON POST (a Teams or Slack incoming webhook) that carries the same alerts",
        example="https://example.webhook.office.com/webhookb2/...", commented=True, pattern=r"^https?://")
    after_minutes: int = setting(15, "polls or sends failing this long raise an alert", ge=0)
    max_per_hour: int = setting(6, "at most this many alerts an hour, one open alert per cause", ge=1)


class MonitoringSettings(Section):
    heartbeat_url: str | None = setting(
        None, "pinged after each healthy poll (healthchecks.io, Uptime Kuma); a monitor alerts when it stops",
        example="https://hc-ping.com/your-uuid", commented=True, pattern=r"^https?://")
    metrics_file: str | None = setting(
        None, "a Prometheus textfile rewritten after each poll (relative to this file)",
        example="/var/lib/node_exporter/mailbot.prom", commented=True)


class RetentionSettings(Section):
    unattached_days: int = setting(90, "raw mail that belongs to no application is purged after this (0: keep)",
                                   ge=0)
    documents_days: int = setting(
        0, "documents and raw mail of applications closed this long ago are purged (0: keep forever)", ge=0)


class ApplicantsSettings(Section):
    language: Literal["auto", "en", "fr"] = setting(
        "auto", '"auto" | "en" | "fr": the language of every email to applicants ("auto": their own email\'s)',
        note="auto: each applicant is written to in the language of their first email (its subject and text),\n"
             "else of the answers in their form, else their mail program's Content-Language, else English.\n"
             "The choice is stored with the application and kept for every later email. Staff emails are English.")


class TemplatesSettings(Section):
    folder: str | None = setting(
        None, "email templates that override the package's, mirroring its layout (relative to this file)",
        example="templates", commented=True)


class Settings(Section):
    """The whole file: one field per [section], plus what the loader resolves."""

    mailbox: MailboxSettings
    imap: ImapSettings
    smtp: SmtpSettings
    oauth2: OAuth2Settings | None = None
    database: DatabaseSettings
    staff: StaffSettings
    schedule: ScheduleSettings = ScheduleSettings()
    intake: IntakeSettings = IntakeSettings()
    outbox: OutboxSettings = OutboxSettings()
    security: SecuritySettings = SecuritySettings()
    alerts: AlertsSettings = AlertsSettings()
    monitoring: MonitoringSettings = MonitoringSettings()
    retention: RetentionSettings = RetentionSettings()
    applicants: ApplicantsSettings = ApplicantsSettings()
    templates: TemplatesSettings = TemplatesSettings()
    path: Path = resolved(Path("mailbot.toml"))
    templates_folder: Path | None = resolved(None)
    # [security] sender_check resolved: its mode ("microsoft365" | "authserv" | "none") and authserv-ids.
    sender_check: str = resolved("none")
    sender_check_ids: tuple[str, ...] = resolved(())
    secret_source: Secret | None = resolved(None)

    @property
    def secret(self) -> bytes:
        """The key that signs reply tokens and bounce addresses: [security] secret_env, read now.
        Without one it is derived from the IMAP password (with OAuth2, the client secret), so
        tokens stay stable across restarts; config.example.toml tells operators to set secret_env."""
        if self.secret_source is not None:
            return self.secret_source.reveal().encode()
        return ("mailbot-token:" + (self.imap.password or (self.oauth2.client_secret if self.oauth2 else ""))
                + self.mailbox.address).encode()

    def secrets(self) -> list[Secret]:
        """Every secret the file names, in the order a missing one is reported."""
        sources = [self.oauth2.client_secret_source if self.oauth2 else None, self.imap.password_source,
                   self.smtp.password_source, self.secret_source]
        return [s for s in sources if s is not None]

    def check_secrets(self) -> None:
        """Read every secret now: ConfigError with the first missing one's sentence."""
        for secret in self.secrets():
            secret.reveal()

    @property
    def mailbox_address(self) -> str:
        return self.mailbox.address

    @property
    def mailbox_name(self) -> str:
        return self.mailbox.display_name

    @property
    def mailbox_domain(self) -> str:
        return self.mailbox.address.rsplit("@", 1)[1]

    @property
    def database_url(self) -> str:
        return self.database.url

    @property
    def timezone(self) -> ZoneInfo:
        return self.schedule.timezone



def sections() -> dict[str, type[Section]]:
    """The [sections] a file may have, in file order."""
    out: dict[str, type[Section]] = {}
    for name in declared_keys(Settings):
        out[name] = _section_class(Settings.model_fields[name])
    return out


def _section_class(info: FieldInfo) -> type[Section]:
    kind = info.annotation
    if get_origin(kind) in (Union, UnionType):
        kind = next(a for a in get_args(kind) if a is not type(None))
    assert isinstance(kind, type) and issubclass(kind, Section)
    return kind


# -- loading -----------------------------------------------------------------------------------


def load_settings(path: str | Path, env: Mapping[str, str] | None = None) -> Settings:
    """Read and validate a TOML config file and every secret it names (the start-up of `check`
    and the service). Raises ConfigError with one clear sentence per problem."""
    settings = read_settings(path, env)
    settings.check_secrets()
    return settings


def read_settings(path: str | Path, env: Mapping[str, str] | None = None) -> Settings:
    """Read and validate a TOML config file without reading any secret: for commands that never
    connect to the mail servers. A secret used later still raises its one-sentence ConfigError."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise ConfigError(
            f"The configuration file {p} does not exist; copy config.example.toml there or pass --config PATH."
        ) from None
    except OSError as exc:
        raise ConfigError(f"The configuration file {p} cannot be read ({exc.strerror}).") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"The configuration file {p} is not valid TOML: {exc}.") from None
    return settings_from_dict(data, p, os.environ if env is None else env)


def settings_from_dict(data: dict[str, Any], path: Path, env: Mapping[str, str]) -> Settings:
    """Validate parsed TOML against the declaration, then name the secrets and resolve derived values.

    Raises ConfigError whose text is one sentence per problem, one problem per line."""
    problems = [REPLACED_KEYS[(name, key)] for name, value in data.items() if isinstance(value, dict)
                for key in value if (name, key) in REPLACED_KEYS]
    problems += _unknown_keys({name: ({k: v for k, v in value.items() if (name, k) not in REPLACED_KEYS}
                                      if isinstance(value, dict) else value) for name, value in data.items()})
    known = {name: _known_only(value, sections()[name]) for name, value in data.items() if name in sections()}
    try:
        settings = Settings.model_validate(_tuples(known))
    except ValidationError as exc:
        problems += [_explain(e, Settings) for e in exc.errors()]
        raise ConfigError("\n".join(dict.fromkeys(problems))) from None
    if problems:
        raise ConfigError("\n".join(problems))
    return _resolve(settings, data, path, env)


def _resolve(s: Settings, data: dict[str, Any], path: Path, env: Mapping[str, str]) -> Settings:
    """The secrets the file names (read later) and values that depend on more than one key."""
    needed_by = "[imap]" if s.imap.auth == "oauth2" else "[smtp]" if s.smtp.auth == "oauth2" else None
    oauth2 = None
    if needed_by is not None:
        if s.oauth2 is None:
            raise ConfigError(
                f"{needed_by} auth = \"oauth2\" needs an [oauth2] section with tenant_id, client_id and "
                "client_secret_env; see config.example.toml."
            )
        var = s.oauth2.client_secret_env
        oauth2 = s.oauth2.model_copy(update={"client_secret_source": Secret(
            var, f"The environment variable {var} (named by [oauth2] client_secret_env) is not set; "
                 "export the client secret there before starting mailbot.", env)})

    imap_password = _password(s.imap.password_env, "imap", env, required=s.imap.auth == "password")
    imap = s.imap.model_copy(update={"password_source": imap_password,
                                     "oauth2": oauth2 if s.imap.auth == "oauth2" else None})

    smtp_update: dict[str, Any] = {"password_source": _password(s.smtp.password_env, "smtp", env,
                                                                required=s.smtp.auth == "password")}
    if s.smtp.auth == "oauth2":
        # XOAUTH2 names the mailbox it sends as; by default that is [mailbox] address.
        smtp_update.update(oauth2=oauth2, username=s.smtp.username or s.mailbox.address)
    elif s.smtp.auth == "password" and s.smtp.username is None:
        raise ConfigError('[smtp] auth = "password" needs [smtp] username; or set auth = "none".')
    smtp = s.smtp.model_copy(update=smtp_update)

    url = s.database.url
    if url.startswith("sqlite:///") and not url.startswith("sqlite:////") and url != "sqlite:///:memory:":
        # A relative SQLite path is relative to the config file, not to wherever cron starts us.
        url = "sqlite:///" + str((path.parent / url[len("sqlite:///"):]).resolve())

    schedule = s.schedule
    if "ce_assessment" not in (data.get("schedule") or {}).get("stages", {}):
        ce = StageWindow(target_days=s.intake.assessment_target_days,
                         deadline_days=s.intake.assessment_deadline_days)
        schedule = schedule.model_copy(update={"stages": tuple(sorted({**dict(schedule.stages),
                                                                       "ce_assessment": ce}.items()))})

    secret_env = s.security.secret_env
    secret = None if secret_env is None else Secret(
        secret_env, f"The environment variable {secret_env} (named by [security] secret_env) must hold "
                    "a secret of at least 16 characters.", env, min_length=16)

    sender_check, sender_check_ids = _sender_check(s)
    monitoring = s.monitoring
    if monitoring.metrics_file:
        monitoring = monitoring.model_copy(update={"metrics_file": str((path.parent / monitoring.metrics_file).resolve())})
    templates_folder = (path.parent / s.templates.folder).resolve() if s.templates.folder else None
    return s.model_copy(update={"imap": imap, "smtp": smtp, "oauth2": oauth2, "monitoring": monitoring,
                                "templates_folder": templates_folder,
                                "sender_check": sender_check, "sender_check_ids": sender_check_ids,
                                "database": s.database.model_copy(update={"url": url}),
                                "schedule": schedule, "path": path, "secret_source": secret})


def _sender_check(s: Settings) -> tuple[str, tuple[str, ...]]:
    """[security] sender_check -> (mode, authserv-ids); on Microsoft 365 it defaults to "microsoft365"."""
    value = s.security.sender_check
    if value is None:
        if s.imap.host.strip().lower() in MICROSOFT365_IMAP_HOSTS:
            return "microsoft365", ()
        choices = ", ".join(f'"{c}"' for c in SENDER_CHECKS)
        raise ConfigError(
            f"[security] sender_check is missing: say how mailbot can tell that a decision really comes from "
            f"the staff member it names on your mail system ({s.imap.host}); one of {choices}."
        )
    mode, _, rest = value.partition(":")
    return mode.strip().lower(), tuple(i.strip().lower() for i in rest.split(",") if i.strip())


def _password(var: str | None, section: str, env: Mapping[str, str], required: bool) -> Secret | None:
    if var is None:
        if required:
            raise ConfigError(
                f"[{section}] password_env is missing: name the environment variable that holds the password."
            )
        return None
    return Secret(var, f"The environment variable {var} (named by [{section}] password_env) is not set; "
                       "export it before starting mailbot.", env)


# -- strictness and error sentences ------------------------------------------------------------


def _unknown_keys(data: dict[str, Any]) -> list[str]:
    """A sentence for every section and key the declaration does not have, naming the nearest one."""
    problems: list[str] = []
    known = sections()
    for name, value in data.items():
        if name not in known:
            hint = _nearest(name, list(known), "[{}]")
            problems.append(f"[{name}] is not a section{hint}{'?' if hint else '.'}")
            continue
        if not isinstance(value, dict):
            continue  # pydantic says it is not a [section]
        keys = declared_keys(known[name])
        for key in value:
            if key in keys:
                continue
            home = [s for s, cls in known.items() if key in declared_keys(cls)]
            near = _nearest(key, keys, "{}")
            hint = (f"; it belongs in [{home[0]}]." if home else f"{near}?" if near
                    else f"; the settings of [{name}] are {', '.join(keys)}.")
            problems.append(f"[{name}] {key} is not a setting{hint}")
    return problems


def _nearest(word: str, choices: list[str], shape: str) -> str:
    """'; did you mean max_attempts' (the caller ends the sentence with '?'), or ''."""
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f"; did you mean {shape.format(close[0])}" if close else ""


def _known_only(value: Any, model: type[Section]) -> Any:
    """The section without the keys already reported as unknown (so each mistake is told once)."""
    if not isinstance(value, dict):
        return value
    keys = declared_keys(model)
    return {k: v for k, v in value.items() if k in keys}


def _tuples(value: Any) -> Any:
    """TOML arrays as tuples: settings are frozen, and strict validation takes a tuple for a tuple."""
    if isinstance(value, dict):
        return {k: _tuples(v) for k, v in value.items()}
    if isinstance(value, list):
        return tuple(_tuples(v) for v in value)
    return value


_KINDS = {
    "int_type": "a whole number", "int_parsing": "a whole number", "int_from_float": "a whole number",
    "float_type": "a number", "float_parsing": "a number", "bool_type": "true or false",
    "bool_parsing": "true or false", "string_type": "text in quotes", "tuple_type": "a list such as [\"...\"]",
    "list_type": "a list such as [\"...\"]", "model_type": "a table", "dict_type": "a table",
}


def _explain(error: Any, model: type[BaseModel], prefix: str | None = None) -> str:
    """One sentence for one pydantic error: '[section] key must be ..., not ...'.

    `prefix` names where `model` sits when it is not the whole file (a [schedule.stages] entry)."""
    loc = tuple(error["loc"])
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind == "sentence":
        return str(ctx["text"])
    if prefix is not None:
        where = prefix + "".join(f".{part}" for part in loc)
    elif len(loc) == 1 and kind == "missing":
        return f"The [{loc[0]}] section is missing; copy it from config.example.toml."
    elif len(loc) == 1 and kind in ("model_type", "dict_type"):
        return f"'{loc[0]}' must be a [section], not a value."
    else:
        where = _where(loc)
    value = f", not {_toml(error['input'])}" if "input" in error and kind != "missing" else ""
    if kind == "missing":
        return f"{where} is missing; see config.example.toml."
    if kind == "setting":
        return f"{where} {ctx['text']}."
    if kind == "extra_forbidden":
        near = _nearest(str(loc[-1]), declared_keys(model), "{}") if prefix is not None else ""
        return f"{where} is not a setting{near}{'?' if near else '.'}"
    if kind in _KINDS:
        return f"{where} must be {_KINDS[kind]}{value}."
    if kind == "literal_error":
        choices = _choices(model, loc)
        return f"{where} must be one of {', '.join(choices)}; not {_toml(error['input'])}."
    if kind == "greater_than_equal":
        return f"{where} must be at least {_toml(ctx['ge'])}{value}."
    if kind == "greater_than":
        bound = f"at least {ctx['gt'] + 1}" if isinstance(ctx["gt"], int) else f"more than {_toml(ctx['gt'])}"
        return f"{where} must be {bound}{value}."
    if kind == "less_than_equal":
        return f"{where} must be at most {_toml(ctx['le'])}{value}."
    if kind == "less_than":
        return f"{where} must be less than {_toml(ctx['lt'])}{value}."
    if kind == "too_short":
        return f"{where} must not be empty." if ctx.get("min_length") == 1 else \
            f"{where} must have at least {ctx.get('min_length')} entries{value}."
    if kind == "too_long":
        return f"{where} must have at most {ctx.get('max_length')} entries{value}."
    if kind == "string_too_short":
        return f"{where} must not be empty."
    if kind == "string_pattern_mismatch":
        return f"{where} must match {ctx.get('pattern')}{value}."
    return f"{where} is not valid ({error['msg']}){value}."  # a check not phrased above: pydantic's words


def _where(loc: tuple[Any, ...]) -> str:
    """'[imap] port' from ('imap', 'port'); '[staff] ce entry 2' from ('staff', 'ce', 1)."""
    if not loc:
        return "The configuration"
    head = f"[{loc[0]}]"
    if len(loc) == 1:
        return head
    text = f"{head} {loc[1]}"
    for part in loc[2:]:
        text += f" entry {part + 1}" if isinstance(part, int) else f".{part}"
    return text


def _choices(model: type[BaseModel], loc: tuple[Any, ...]) -> list[str]:
    info: FieldInfo | None = None
    current: Any = model
    for part in loc:
        if isinstance(part, str) and isinstance(current, type) and issubclass(current, BaseModel):
            info = current.model_fields.get(part)
            current = _section_class(info) if info is not None and _is_section(info) else None
    if info is None:
        return []
    kind = info.annotation
    if get_origin(kind) is Literal:
        return [str(a) for a in get_args(kind)]
    return [str(a) for arg in get_args(kind) if get_origin(arg) is Literal for a in get_args(arg)]


def _is_section(info: FieldInfo) -> bool:
    try:
        _section_class(info)
    except (AssertionError, StopIteration, TypeError):
        return False
    return True


def _toml(value: Any) -> str:
    """A value as the operator would write it in the file."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, ZoneInfo):
        return json.dumps(value.key)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (tuple, list)):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {_toml(v)}" for k, v in value.items()) + " }"
    if isinstance(value, BaseModel):
        return _toml({k: v for k, v in value.model_dump().items() if v is not None})
    return str(value)
