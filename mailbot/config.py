"""TOML configuration -> frozen, validated settings.

Every problem is reported as one sentence naming the key and what to do. Secrets never live
in the file: the file names environment variables that hold them.
"""
from __future__ import annotations

import ipaddress
import os
import tomllib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from mailbot.errors import ConfigError

SECURITY_MODES = ("ssl", "starttls", "none")
IMAP_AUTH_MODES = ("password", "oauth2")
SMTP_AUTH_MODES = ("password", "oauth2", "none")
#: Microsoft 365 serves IMAP and SMTP under one resource; see mailbot/oauth.py.
DEFAULT_OAUTH2_SCOPE = "https://outlook.office365.com/.default"


@dataclass(frozen=True)
class OAuth2Settings:
    """An app registration for the client-credentials flow ([oauth2]); see mailbot/oauth.py."""

    tenant_id: str
    client_id: str
    client_secret_env: str
    client_secret: str = field(repr=False)
    authority: str
    scope: str = DEFAULT_OAUTH2_SCOPE


@dataclass(frozen=True)
class ImapSettings:
    host: str
    port: int
    security: str
    username: str
    password: str = field(repr=False)
    inbox: str = "INBOX"
    processed_folder: str = "mailbot/Processed"
    attention_folder: str = "mailbot/Needs attention"
    ignored_folder: str = "mailbot/Ignored"
    timeout: float = 30.0
    cafile: str | None = None
    auth: str = "password"
    oauth2: OAuth2Settings | None = None


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    security: str
    username: str | None
    password: str | None = field(repr=False)
    timeout: float = 30.0
    cafile: str | None = None
    auth: str = "password"  # "none" when username is unset; see settings_from_dict
    oauth2: OAuth2Settings | None = None
    max_per_minute: int = 0  # send pacing (Exchange Online: 30); 0 = no limit (local servers)


@dataclass(frozen=True)
class StaffSettings:
    ce: tuple[str, ...]
    smt: tuple[str, ...]
    board: tuple[str, ...]
    managers: tuple[str, ...]

    def roles_of(self, address: str) -> set[str]:
        """The roles held by an address (compared case-insensitively)."""
        a = address.strip().lower()
        return {
            name
            for name in ("ce", "smt", "board", "managers")
            if a in getattr(self, name)
        }

    def all_addresses(self) -> set[str]:
        return set(self.ce) | set(self.smt) | set(self.board) | set(self.managers)


@dataclass(frozen=True)
class IntakeSettings:
    # "first-run": mail that reached the mailbox before mailbot's first poll is left alone.
    backlog_cutoff: str = "first-run"
    max_message_bytes: int = 25 * 1024 * 1024
    max_attempts: int = 3
    reference_prefix: str = "MC"
    assessment_target_days: int = 14
    assessment_deadline_days: int = 28


@dataclass(frozen=True)
class OutboxSettings:
    max_attempts: int = 8
    backoff_seconds: float = 60.0
    backoff_max_seconds: float = 3600.0
    per_correspondent_daily_cap: int = 3
    per_thread_daily_cap: int = 3
    verp: bool = False


@dataclass(frozen=True)
class StageWindow:
    """How long a stage should take: reminders before and at the target, escalation after the deadline."""

    target_days: int | None
    deadline_days: int | None


#: Default windows per stage (days; business or calendar per [schedule] business_days). Stages not
#: listed have no window. ce_assessment falls back to [intake] assessment_target_days/deadline_days.
DEFAULT_STAGE_WINDOWS: dict[str, StageWindow] = {
    "smt_concept_review": StageWindow(14, 28),
    "curriculum_quality_review": StageWindow(21, 42),
    "smt_proposal_review": StageWindow(14, 28),
    "board_review": StageWindow(30, 60),
}

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True)
class ScheduleSettings:
    poll_interval_seconds: int = 300
    idle: bool = True
    flush_interval_seconds: int = 60
    sweep_interval_seconds: int = 600
    digest_day: str = "mon"
    digest_time: str = "08:00"
    business_days: bool = False
    statutory_holidays: bool = True
    office_closures: tuple[str, ...] = ()  # ISO dates, or ranges "2026-12-24..2027-01-01"
    reminder_lead_days: int = 3
    # (stage, window) pairs; a tuple so Settings stays hashable. Use window().
    stages: tuple[tuple[str, StageWindow], ...] = tuple(DEFAULT_STAGE_WINDOWS.items()) + (
        ("ce_assessment", StageWindow(14, 28)),)

    def window(self, stage: str) -> StageWindow | None:
        """The configured window of `stage`, or None when the stage has none."""
        return dict(self.stages).get(str(stage))


@dataclass(frozen=True)
class Settings:
    path: Path
    mailbox_address: str
    mailbox_name: str
    imap: ImapSettings
    smtp: SmtpSettings
    database_url: str
    staff: StaffSettings
    timezone: ZoneInfo
    intake: IntakeSettings = field(default_factory=IntakeSettings)
    outbox: OutboxSettings = field(default_factory=OutboxSettings)
    secret: bytes = field(default=b"", repr=False)
    trusted_authserv_ids: tuple[str, ...] = ()
    require_dmarc: bool = False
    schedule: ScheduleSettings = field(default_factory=ScheduleSettings)

    @property
    def mailbox_domain(self) -> str:
        return self.mailbox_address.rsplit("@", 1)[1]


def _section(data: dict[str, Any], name: str, required: bool = True) -> dict[str, Any]:
    value = data.get(name)
    if value is None:
        if required:
            raise ConfigError(f"The [{name}] section is missing; copy it from config.example.toml.")
        return {}
    if not isinstance(value, dict):
        raise ConfigError(f"'{name}' must be a [section], not a value.")
    return value


def _get(sec: dict[str, Any], section: str, key: str, kind: type, default: Any = ...) -> Any:
    if key not in sec:
        if default is ...:
            raise ConfigError(f"[{section}] {key} is missing; see config.example.toml.")
        return default
    value = sec[key]
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ConfigError(
            f"[{section}] {key} must be a {kind.__name__}, not {value!r}."
        )
    return value


def _address(value: str, where: str) -> str:
    v = value.strip().lower()
    local, _, domain = v.partition("@")
    if not local or not domain or "." not in domain or any(c.isspace() for c in v) or "," in v:
        raise ConfigError(f"{where} must be one email address like name@example.org, not {value!r}.")
    return v


def _secret(sec: dict[str, Any], section: str, env: dict[str, str], required: bool) -> str | None:
    var = sec.get("password_env")
    if var is None:
        if required:
            raise ConfigError(
                f"[{section}] password_env is missing: name the environment variable that holds the password."
            )
        return None
    if not isinstance(var, str) or not var:
        raise ConfigError(f"[{section}] password_env must name an environment variable.")
    if var not in env:
        raise ConfigError(
            f"The environment variable {var} (named by [{section}] password_env) is not set; "
            "export it before starting mailbot."
        )
    return env[var]


def _auth(sec: dict[str, Any], section: str, modes: tuple[str, ...], default: str) -> str:
    mode = _get(sec, section, "auth", str, default)
    if mode not in modes:
        raise ConfigError(f"[{section}] auth must be one of {', '.join(modes)}; not {mode!r}.")
    return mode


def _oauth2(data: dict[str, Any], env: dict[str, str], needed_by: str | None) -> OAuth2Settings | None:
    """The [oauth2] section, or None when no section uses auth = "oauth2"."""
    if needed_by is None:
        return None
    if not isinstance(data.get("oauth2"), dict):
        raise ConfigError(
            f"{needed_by} auth = \"oauth2\" needs an [oauth2] section with tenant_id, client_id and "
            "client_secret_env; see config.example.toml."
        )
    sec = data["oauth2"]
    tenant = _get(sec, "oauth2", "tenant_id", str)
    client_id = _get(sec, "oauth2", "client_id", str)
    var = _get(sec, "oauth2", "client_secret_env", str)
    if not var or var not in env:
        raise ConfigError(
            f"The environment variable {var or '(empty)'} (named by [oauth2] client_secret_env) is not set; "
            "export the client secret there before starting mailbot."
        )
    authority = _get(sec, "oauth2", "authority", str, f"https://login.microsoftonline.com/{tenant}").rstrip("/")
    if not authority.startswith("https://"):
        raise ConfigError(f"[oauth2] authority must be an https:// URL such as https://login.microsoftonline.com/{tenant}.")
    return OAuth2Settings(
        tenant_id=tenant, client_id=client_id, client_secret_env=var, client_secret=env[var],
        authority=authority, scope=_get(sec, "oauth2", "scope", str, DEFAULT_OAUTH2_SCOPE),
    )


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _security(sec: dict[str, Any], section: str, host: str, default: str) -> str:
    mode = _get(sec, section, "security", str, default)
    if mode not in SECURITY_MODES:
        raise ConfigError(f"[{section}] security must be one of ssl, starttls, none; not {mode!r}.")
    if mode == "none" and not _is_loopback(host) and section == "imap":
        raise ConfigError(
            f"[{section}] security = \"none\" is only allowed for a loopback host; use ssl or starttls for {host}."
        )
    return mode


def _port(sec: dict[str, Any], section: str, default: int) -> int:
    port = _get(sec, section, "port", int, default)
    if not 0 < port < 65536:
        raise ConfigError(f"[{section}] port must be between 1 and 65535, not {port}.")
    return port


def load_settings(path: str | Path, env: dict[str, str] | None = None) -> Settings:
    """Read and validate a TOML config file. Raises ConfigError with one clear sentence."""
    env = dict(os.environ) if env is None else env
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
    return settings_from_dict(data, p, env)


def settings_from_dict(data: dict[str, Any], path: Path, env: dict[str, str]) -> Settings:
    mailbox = _section(data, "mailbox")
    address = _address(_get(mailbox, "mailbox", "address", str), "[mailbox] address")
    name = _get(mailbox, "mailbox", "display_name", str, "Continuing Education")

    im = _section(data, "imap")
    imap_host = _get(im, "imap", "host", str)
    imap_auth = _auth(im, "imap", IMAP_AUTH_MODES, "password")
    sm = _section(data, "smtp")
    smtp_auth = _auth(sm, "smtp", SMTP_AUTH_MODES, "password" if "username" in sm else "none")
    oauth2 = _oauth2(data, env, "[imap]" if imap_auth == "oauth2" else "[smtp]" if smtp_auth == "oauth2" else None)
    imap = ImapSettings(
        host=imap_host,
        port=_port(im, "imap", 993),
        security=_security(im, "imap", imap_host, "ssl"),
        username=_get(im, "imap", "username", str),
        password=_secret(im, "imap", env, required=imap_auth == "password") or "",
        inbox=_get(im, "imap", "inbox", str, "INBOX"),
        processed_folder=_get(im, "imap", "processed_folder", str, "mailbot/Processed"),
        attention_folder=_get(im, "imap", "attention_folder", str, "mailbot/Needs attention"),
        ignored_folder=_get(im, "imap", "ignored_folder", str, "mailbot/Ignored"),
        timeout=_get(im, "imap", "timeout_seconds", float, 30.0),
        cafile=_get(im, "imap", "cafile", str, None),
        auth=imap_auth,
        oauth2=oauth2 if imap_auth == "oauth2" else None,
    )
    folders = [imap.inbox, imap.processed_folder, imap.attention_folder, imap.ignored_folder]
    if len(set(folders)) != len(folders):
        raise ConfigError("[imap] inbox, processed_folder, attention_folder and ignored_folder must all differ.")

    smtp_host = _get(sm, "smtp", "host", str)
    # XOAUTH2 names the mailbox it sends as; by default that is [mailbox] address.
    username = _get(sm, "smtp", "username", str, address if smtp_auth == "oauth2" else None)
    if smtp_auth == "password" and username is None:
        raise ConfigError('[smtp] auth = "password" needs [smtp] username; or set auth = "none".')
    smtp = SmtpSettings(
        host=smtp_host,
        port=_port(sm, "smtp", 587),
        security=_security(sm, "smtp", smtp_host, "starttls"),
        username=username,
        password=_secret(sm, "smtp", env, required=smtp_auth == "password"),
        timeout=_get(sm, "smtp", "timeout_seconds", float, 30.0),
        cafile=_get(sm, "smtp", "cafile", str, None),
        auth=smtp_auth,
        oauth2=oauth2 if smtp_auth == "oauth2" else None,
        max_per_minute=_get(sm, "smtp", "max_per_minute", int, 0),
    )
    if smtp.max_per_minute < 0:
        raise ConfigError("[smtp] max_per_minute must be 0 (no limit) or a positive number of emails a minute.")

    db = _section(data, "database")
    url = _get(db, "database", "url", str)
    if "://" not in url:
        raise ConfigError(f"[database] url must be a SQLAlchemy URL such as sqlite:///mailbot.db, not {url!r}.")
    if url.startswith("sqlite:///") and not url.startswith("sqlite:////") and url != "sqlite:///:memory:":
        # A relative SQLite path is relative to the config file, not to wherever cron starts us.
        url = "sqlite:///" + str((path.parent / url[len("sqlite:///"):]).resolve())

    st = _section(data, "staff")
    roles: dict[str, tuple[str, ...]] = {}
    for role in ("ce", "smt", "board", "managers"):
        values = _get(st, "staff", role, list, [])
        roles[role] = tuple(_address(str(v), f"[staff] {role} entry") for v in values)
    if not roles["ce"]:
        raise ConfigError("[staff] ce must list at least one CE staff address; they are told about new applications.")

    sc = _section(data, "schedule", required=False)
    tzname = _get(sc, "schedule", "timezone", str, "America/Toronto")
    try:
        tz = ZoneInfo(tzname)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"[schedule] timezone {tzname!r} is not a known time zone; use a name like America/Toronto.") from None

    it = _section(data, "intake", required=False)
    cutoff = _get(it, "intake", "backlog_cutoff", str, "first-run")
    if cutoff not in ("first-run", "none"):
        try:
            datetime.fromisoformat(cutoff)
        except ValueError:
            raise ConfigError(
                "[intake] backlog_cutoff must be \"first-run\", \"none\" or an ISO date such as 2026-11-01."
            ) from None
    intake = IntakeSettings(
        backlog_cutoff=cutoff,
        max_message_bytes=_get(it, "intake", "max_message_bytes", int, 25 * 1024 * 1024),
        max_attempts=_get(it, "intake", "max_attempts", int, 3),
        reference_prefix=_get(it, "intake", "reference_prefix", str, "MC"),
        assessment_target_days=_get(it, "intake", "assessment_target_days", int, 14),
        assessment_deadline_days=_get(it, "intake", "assessment_deadline_days", int, 28),
    )

    schedule = _schedule(sc, intake)

    ob = _section(data, "outbox", required=False)
    outbox = OutboxSettings(
        max_attempts=_get(ob, "outbox", "max_attempts", int, 8),
        backoff_seconds=_get(ob, "outbox", "backoff_seconds", float, 60.0),
        backoff_max_seconds=_get(ob, "outbox", "backoff_max_seconds", float, 3600.0),
        per_correspondent_daily_cap=_get(ob, "outbox", "per_correspondent_daily_cap", int, 3),
        per_thread_daily_cap=_get(ob, "outbox", "per_thread_daily_cap", int, 3),
        verp=_get(ob, "outbox", "verp", bool, False),
    )

    sec = _section(data, "security", required=False)
    secret_env = _get(sec, "security", "secret_env", str, None)
    if secret_env is not None:
        if secret_env not in env or len(env[secret_env]) < 16:
            raise ConfigError(
                f"The environment variable {secret_env} (named by [security] secret_env) must hold a secret of at least 16 characters."
            )
        secret = env[secret_env].encode()
    else:
        # Without a configured secret, derive one from the IMAP password so tokens stay stable
        # across restarts; operators are told to set secret_env in config.example.toml.
        # With OAuth2 there is no IMAP password: the client secret takes its place.
        secret = ("mailbot-token:" + (imap.password or (oauth2.client_secret if oauth2 else "")) + address).encode()
    trusted = tuple(_get(sec, "security", "trusted_authserv_ids", list, []))
    require_dmarc = _get(sec, "security", "require_dmarc", bool, False)
    if require_dmarc and not trusted:
        raise ConfigError("[security] require_dmarc needs trusted_authserv_ids: the servers whose Authentication-Results you trust.")

    return Settings(
        path=path,
        mailbox_address=address,
        mailbox_name=name,
        imap=imap,
        smtp=smtp,
        database_url=url,
        staff=StaffSettings(**roles),
        timezone=tz,
        intake=intake,
        outbox=outbox,
        secret=secret,
        trusted_authserv_ids=tuple(str(t).lower() for t in trusted),
        require_dmarc=require_dmarc,
        schedule=schedule,
    )


def _schedule(sc: dict[str, Any], intake: IntakeSettings) -> ScheduleSettings:
    """The [schedule] keys of the long-running service and the clock (see config.example.toml)."""
    from datetime import date

    def positive(key: str, default: int) -> int:
        value = _get(sc, "schedule", key, int, default)
        if value <= 0:
            raise ConfigError(f"[schedule] {key} must be a positive number of seconds, not {value}.")
        return value

    day = _get(sc, "schedule", "digest_day", str, "mon").strip().lower()[:3]
    if day not in WEEKDAYS:
        raise ConfigError(f"[schedule] digest_day must be a weekday such as \"mon\", not {sc.get('digest_day')!r}.")
    at = _get(sc, "schedule", "digest_time", str, "08:00")
    try:
        hh, mm = (int(x) for x in at.split(":"))
        if not (0 <= hh < 24 and 0 <= mm < 60):
            raise ValueError
    except ValueError:
        raise ConfigError(f"[schedule] digest_time must be a 24-hour time such as \"08:00\", not {at!r}.") from None
    closures: list[str] = []
    for item in _get(sc, "schedule", "office_closures", list, []):
        text = str(item) if not isinstance(item, date) else item.isoformat()
        try:
            for part in text.split(".."):
                date.fromisoformat(part.strip())
        except ValueError:
            raise ConfigError(
                f"[schedule] office_closures entries must be ISO dates (2026-12-24) or ranges "
                f"(2026-12-24..2027-01-01), not {item!r}."
            ) from None
        closures.append(text)
    lead = _get(sc, "schedule", "reminder_lead_days", int, 3)
    if lead < 0:
        raise ConfigError(f"[schedule] reminder_lead_days must be 0 or more, not {lead}.")
    stages = dict(DEFAULT_STAGE_WINDOWS)
    stages["ce_assessment"] = StageWindow(intake.assessment_target_days, intake.assessment_deadline_days)
    table = sc.get("stages", {})
    if not isinstance(table, dict):
        raise ConfigError("[schedule.stages] must be a table such as ce_assessment = {target_days = 14, deadline_days = 28}.")
    from mailbot.review.workflow import Stage

    for name, value in table.items():
        if name not in {s.value for s in Stage}:
            raise ConfigError(f"[schedule.stages] {name} is not a stage; use one of {', '.join(s.value for s in Stage)}.")
        if not isinstance(value, dict) or set(value) - {"target_days", "deadline_days"}:
            raise ConfigError(f"[schedule.stages] {name} must look like {{target_days = 14, deadline_days = 28}}.")
        days = []
        for key in ("target_days", "deadline_days"):
            v = value.get(key)
            if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v <= 0):
                raise ConfigError(f"[schedule.stages] {name}.{key} must be a positive whole number of days, not {v!r}.")
            days.append(v)
        if days[0] is not None and days[1] is not None and days[1] < days[0]:
            raise ConfigError(f"[schedule.stages] {name}: deadline_days must not be before target_days.")
        stages[name] = StageWindow(days[0], days[1])
    return ScheduleSettings(
        poll_interval_seconds=positive("poll_interval_seconds", 300),
        idle=_get(sc, "schedule", "idle", bool, True),
        flush_interval_seconds=positive("flush_interval_seconds", 60),
        sweep_interval_seconds=positive("sweep_interval_seconds", 600),
        digest_day=day,
        digest_time=f"{hh:02d}:{mm:02d}",
        business_days=_get(sc, "schedule", "business_days", bool, False),
        statutory_holidays=_get(sc, "schedule", "statutory_holidays", bool, True),
        office_closures=tuple(closures),
        reminder_lead_days=lead,
        stages=tuple(sorted(stages.items())),
    )
