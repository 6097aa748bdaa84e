"""Strict configuration: every mistake stops start-up with one sentence naming the key (issue 15)."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from pydantic import ValidationError

from mailbot.config import Settings, load_settings, read_settings
from mailbot.errors import ConfigError

BASE = """
[mailbox]
address = "ce@example.org"

[imap]
host = "imap.example.org"
username = "ce@example.org"
password_env = "T_IMAP"

[smtp]
host = "smtp.example.org"

[database]
url = "sqlite:///m.db"

[staff]
ce = ["ce.lead@example.org"]

[intake]
max_attempts = 3

[schedule]
idle = true

[security]
sender_check = "none"
"""
ENV = {"T_IMAP": "imap-secret"}


def load(tmp_path: Path, text: str = BASE, env: dict[str, str] | None = None) -> Settings:
    path = tmp_path / "mailbot.toml"
    path.write_text(text)
    return load_settings(path, ENV if env is None else env)


def problem(tmp_path: Path, old: str, new: str) -> str:
    assert old in BASE
    with pytest.raises(ConfigError) as exc:
        load(tmp_path, BASE.replace(old, new, 1))
    return str(exc.value)


@pytest.mark.parametrize("old, new, sentence", [
    ("max_attempts = 3", "max_attemps = 3", "[intake] max_attemps is not a setting; did you mean max_attempts?"),
    ("[intake]", "[intak]", "[intak] is not a section; did you mean [intake]?"),
    ("idle = true", 'timezone = "UTC"\nidle = true', None),  # a valid key, as a control
    ("max_attempts = 3", 'max_attempts = 3\ntimezone = "UTC"', "[intake] timezone is not a setting; it belongs in [schedule]."),
    ("max_attempts = 3", "max_attempts = -1", "[intake] max_attempts must be at least 1, not -1."),
    ("max_attempts = 3", 'max_attempts = "3"', '[intake] max_attempts must be a whole number, not "3".'),
    ("max_attempts = 3", "max_attempts = 2.5", "[intake] max_attempts must be a whole number, not 2.5."),
    ("idle = true", 'idle = "yes"', '[schedule] idle must be true or false, not "yes".'),
    ('host = "imap.example.org"', "host = 7", "[imap] host must be text in quotes, not 7."),
    ('host = "imap.example.org"', 'host = "imap.example.org"\nport = 70000',
     "[imap] port must be at most 65535, not 70000."),
    ('host = "imap.example.org"', 'host = "imap.example.org"\nsecurity = "tls"',
     '[imap] security must be one of ssl, starttls, none; not "tls".'),
    ('host = "imap.example.org"', 'host = "imap.example.org"\nsecurity = "none"',
     '[imap] security = "none" is only allowed for a loopback host; use ssl or starttls for imap.example.org.'),
    ('host = "imap.example.org"\n', "", "[imap] host is missing; see config.example.toml."),
    ('[database]\nurl = "sqlite:///m.db"\n', "", "The [database] section is missing; copy it from config.example.toml."),
    ('ce = ["ce.lead@example.org"]', "ce = []", "[staff] ce must not be empty."),
    ('ce = ["ce.lead@example.org"]', 'ce = ["ce.lead@example.org", "two, names@example.org"]',
     '[staff] ce entry 2 must be one email address like name@example.org, not "two, names@example.org".'),
    ('password_env = "T_IMAP"', 'password_env = "T_IMAP"\npassword = "hunter2"',
     "[imap] password is not a setting; did you mean password_env?"),
    ("idle = true", "idle = true\n[schedule.stages]\nboard_review = { target_days = 9, deadline_days = 3 }",
     "[schedule.stages] board_review deadline_days must not be before target_days."),
    ("idle = true", "idle = true\n[schedule.stages]\nboard_review = { target = 9 }",
     "[schedule.stages] board_review.target is not a setting; did you mean target_days?"),
    ('sender_check = "none"', "require_dmarc = true",
     '[security] require_dmarc is no longer read: replace it with sender_check = "authserv:<your server>" '
     '(or "microsoft365", or "none"); see config.example.toml.'),
    ('sender_check = "none"', "",
     '[security] sender_check is missing: say how mailbot can tell that a decision really comes from the staff '
     'member it names on your mail system (imap.example.org); one of "microsoft365", "authserv:<id>[,<id>...]", '
     '"none".'),
    ('sender_check = "none"', 'sender_check = "dmarc"',
     "[security] sender_check must be one of 'microsoft365', 'authserv:<id>[,<id>...]', 'none', not 'dmarc'."),
])
def test_a_mistake_is_one_sentence_naming_the_key(tmp_path, old, new, sentence):
    if sentence is None:
        assert load(tmp_path, BASE.replace(old, new, 1)).timezone.key == "UTC"
        return
    assert problem(tmp_path, old, new) == sentence


def test_every_mistake_is_reported_at_once_one_line_each_and_never_in_pydantics_words(tmp_path):
    text = BASE.replace("max_attempts = 3", "max_attemps = 3\nmax_message_bytes = 0").replace(
        "idle = true", 'idle = 1\ndigest_time = "25:00"')
    with pytest.raises(ConfigError) as exc:
        load(tmp_path, text)
    lines = str(exc.value).splitlines()
    assert lines == [
        "[intake] max_attemps is not a setting; did you mean max_attempts?",
        "[schedule] idle must be true or false, not 1.",
        '[schedule] digest_time must be a 24-hour time such as "08:00", not "25:00".',
        "[intake] max_message_bytes must be at least 1, not 0.",
    ]
    for words in ("validation error", "Input should", "pydantic", "a int", "type="):
        assert words not in str(exc.value)


def test_secrets_come_from_the_environment_and_stay_out_of_repr(tmp_path):
    s = load(tmp_path)
    assert s.imap.password == "imap-secret" and "imap-secret" not in repr(s)
    assert s.smtp.auth == "none" and s.smtp.password is None  # no username: a local relay without login
    with pytest.raises(ConfigError, match=r"^The environment variable T_IMAP \(named by \[imap\] password_env\) "
                                          r"is not set; export it before starting mailbot\.$"):
        load(tmp_path, env={})


def test_a_secret_env_must_hold_sixteen_characters(tmp_path):
    text = BASE.replace('sender_check = "none"', 'sender_check = "none"\nsecret_env = "T_SECRET"')
    with pytest.raises(ConfigError, match="at least 16 characters"):
        load(tmp_path, text, {**ENV, "T_SECRET": "short"})
    assert load(tmp_path, text, {**ENV, "T_SECRET": "s" * 16}).secret == b"s" * 16


def test_read_settings_reads_no_secret_and_a_secret_used_later_says_the_same_sentence(tmp_path):
    text = BASE.replace('sender_check = "none"', 'sender_check = "none"\nsecret_env = "T_SECRET"')
    path = tmp_path / "mailbot.toml"
    path.write_text(text)
    s = read_settings(path, {})  # what read-only commands load: nothing to fill in, nothing read
    assert [secret.var for secret in s.secrets()] == ["T_IMAP", "T_SECRET"]
    with pytest.raises(ConfigError, match=r"^The environment variable T_IMAP \(named by \[imap\] password_env\) "
                                          r"is not set; export it before starting mailbot\.$"):
        s.imap.password
    with pytest.raises(ConfigError, match=r"^The environment variable T_SECRET .* at least 16 characters\.$"):
        s.secret
    with pytest.raises(ConfigError, match="T_IMAP"):
        load_settings(path, {"T_SECRET": "s" * 16})  # the start-up of check and the service


def test_a_secret_is_read_when_it_is_used_not_when_the_file_is_loaded(tmp_path):
    env = {"T_IMAP": "first"}
    s = load(tmp_path, env=env)
    env["T_IMAP"] = "rotated"
    assert s.imap.password == "rotated"


def test_the_ce_assessment_window_follows_intake_unless_the_stages_table_sets_it(tmp_path):
    text = BASE.replace("max_attempts = 3", "assessment_target_days = 10\nassessment_deadline_days = 20")
    window = load(tmp_path, text).schedule.window("ce_assessment")
    assert window is not None and (window.target_days, window.deadline_days) == (10, 20)
    text += "\n[schedule.stages]\nce_assessment = { target_days = 5, deadline_days = 6 }\n"
    window = load(tmp_path, text).schedule.window("ce_assessment")
    assert window is not None and (window.target_days, window.deadline_days) == (5, 6)


def test_a_relative_sqlite_path_is_relative_to_the_config_file(tmp_path):
    assert load(tmp_path).database_url == f"sqlite:///{tmp_path.resolve()}/m.db"


def test_settings_are_frozen_and_hashable(tmp_path):
    s = load(tmp_path)
    with pytest.raises(ValidationError):
        s.intake.max_attempts = 5  # type: ignore[misc]
    assert hash(s) == hash(load(tmp_path)) and not dataclasses.is_dataclass(s)


def test_on_microsoft_365_the_sender_check_defaults_to_its_organisation_stamps(tmp_path):
    text = BASE.replace('host = "imap.example.org"', 'host = "outlook.office365.com"').replace('sender_check = "none"', "")
    s = load(tmp_path, text)
    assert (s.sender_check, s.sender_check_ids) == ("microsoft365", ())
    s = load(tmp_path, BASE.replace('sender_check = "none"', 'sender_check = "authserv:MX.Example.org, mx2.example.org"'))
    assert (s.sender_check, s.sender_check_ids) == ("authserv", ("mx.example.org", "mx2.example.org"))
