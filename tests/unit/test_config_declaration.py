"""config.example.toml and the README's settings table agree with the declaration in mailbot/config.py.

After adding or changing a setting, `python tools/config_docs.py` rewrites both files.
"""
from __future__ import annotations

import re
import tomllib
from importlib import resources
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from pydantic import BaseModel

from mailbot.config import declared_keys, load_settings, sections
from mailbot.ops.cli import main
from mailbot.ops.settings_docs import README_BEGIN, README_END, example_toml, is_required, is_table, settings_table

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = (ROOT / "config.example.toml").read_text(encoding="utf-8")
README = (ROOT / "README.md").read_text(encoding="utf-8")
REGENERATE = "run `python tools/config_docs.py` and commit the result"

DECLARED = [(name, key) for name, model in sections().items() for key in declared_keys(model)]


def info(section: str, key: str) -> Any:
    return sections()[section].model_fields[key]


def plain(value: Any) -> Any:
    """A declared default as tomllib would read it back."""
    if isinstance(value, tuple):
        return [plain(v) for v in value]
    if isinstance(value, ZoneInfo):
        return value.key
    if isinstance(value, BaseModel):
        return {k: v for k, v in value.model_dump().items() if v is not None}
    return value


def example_lines() -> dict[tuple[str, str], tuple[Any, str]]:
    """(section, key) -> (value, help comment) for every key line of the example, commented out or not."""
    out: dict[tuple[str, str], tuple[Any, str]] = {}
    section = ""
    for raw in EXAMPLE.splitlines():
        line = raw[2:] if raw.startswith("# ") and re.match(r"# (\[[\w.]+\]$|\w+ = )", raw) else raw
        if m := re.fullmatch(r"\[([\w.]+)\]", line):
            section = m.group(1)
            continue
        if not re.match(r"\w+ = ", line):
            continue
        key, _, rest = line.partition(" = ")
        value_text, _, help = rest.partition("  # ") if "  # " in rest else rest.partition(" # ")
        value = tomllib.loads(f"v = {value_text.strip()}")["v"]
        assert (section, key) not in out, f"{section} {key} appears twice in config.example.toml"
        out[(section, key)] = (value, help.strip())
    return out


def test_the_committed_example_is_the_one_written_from_the_declaration():
    assert EXAMPLE == example_toml(), REGENERATE
    assert (ROOT / "config.example.toml").resolve() == (ROOT / "mailbot" / "config.example.toml").resolve()


def test_the_example_is_installed_with_the_package_and_printed_by_the_cli(capsys):
    assert resources.files("mailbot").joinpath("config.example.toml").read_text(encoding="utf-8") == example_toml()
    assert main(["config", "example"]) == 0
    assert capsys.readouterr().out == EXAMPLE


def test_the_readme_table_is_the_one_written_from_the_declaration():
    start, end = README.index(README_BEGIN), README.index(README_END) + len(README_END)
    assert README[start:end] == settings_table(), REGENERATE


def test_every_setting_has_help_and_whatever_the_example_needs_to_show_it():
    for section, key in DECLARED:
        field = info(section, key)
        assert field.description, f"[{section}] {key} has no help"
        needs_example = is_required(field) or field.default is None
        assert not needs_example or field.json_schema_extra.get("example") is not None, \
            f"[{section}] {key} has no default, so it needs an example value"


def test_every_declared_setting_is_in_the_example_with_its_default_and_nothing_else_is():
    lines = example_lines()
    tables = {(s, k) for s, k in DECLARED if is_table(info(s, k).default)}
    keys = {(s, k) for s, k in lines if "." not in s}
    assert keys == set(DECLARED) - tables, "config.example.toml and the declaration list different keys"
    for section, key in set(DECLARED) - tables:
        field = info(section, key)
        value, help = lines[(section, key)]
        if is_required(field):
            assert "(required)" in help, f"[{section}] {key} is required but the example does not say so"
        elif value != plain(field.default):
            assert help.endswith("(default: not set)" if field.default is None else ")") or \
                EXAMPLE.count(f"# {key} = ") or field.default == "", \
                f"[{section}] {key}: the example shows {value!r} without its default {field.default!r}"
    for section, key in tables:
        rows = {k: v for (s, k), (v, _) in lines.items() if s == f"{section}.{key}"}
        assert rows == {name: plain(window) for name, window in info(section, key).default}


def test_every_declared_setting_is_in_the_readme_table_with_its_default_and_nothing_else_is():
    start, end = README.index(README_BEGIN), README.index(README_END)
    rows = re.findall(r"^\| `\[(\w+)\] (\w+)` \| [^|]* \| (.*?) \| ", README[start:end], re.M)
    assert [(s, k) for s, k, _ in rows] == DECLARED
    for section, key, default in rows:
        field = info(section, key)
        if is_required(field):
            assert default == "required"
        elif field.default is None:
            assert default == "not set"
        elif not is_table(field.default) and field.default != "":
            assert tomllib.loads(f"v = {default.strip('`')}")["v"] == plain(field.default), f"[{section}] {key}"


def test_the_example_loads_as_it_is_and_with_its_commented_options_switched_on(tmp_path):
    env = {"MAILBOT_IMAP_PASSWORD": "p", "MAILBOT_SMTP_PASSWORD": "q", "MAILBOT_OAUTH2_CLIENT_SECRET": "s",
           "MAILBOT_SECRET": "x" * 16}
    path = tmp_path / "mailbot.toml"
    path.write_text(EXAMPLE)
    plain_settings = load_settings(path, env)
    assert plain_settings.staff.ce == ("ce.lead@michener.ca",) and plain_settings.imap.password == "p"
    # Every commented-out key line and section header, switched on (the private CA file aside).
    on = re.sub(r"^# (\[[\w.]+\]$|\w+ = )", r"\1", EXAMPLE, flags=re.M).replace('auth = "password"', 'auth = "oauth2"')
    on = re.sub(r"^cafile = .*$", "", on, flags=re.M)
    path.write_text(on)
    everything = load_settings(path, env)
    assert everything.imap.oauth2 is not None and everything.imap.oauth2.client_secret == "s"
    assert everything.secret == b"x" * 16 and everything.sender_check == "microsoft365"


def shown_value(section: str, key: str) -> Any:
    field = info(section, key)
    return plain(field.json_schema_extra.get("example") if field.default is None or is_required(field)
                 else field.default)


SCALARS = [(s, k) for s, k in DECLARED if isinstance(shown_value(s, k), int | float) and s != "oauth2"]


def test_the_scalar_list_below_covers_numbers_and_switches():
    assert ("intake", "max_attempts") in SCALARS and ("schedule", "idle") in SCALARS


@pytest.mark.parametrize("section, key", SCALARS)
def test_each_number_and_switch_is_read_from_the_file(tmp_path, section, key):
    """Change one key of the example to another valid value: the settings object shows it."""
    value = shown_value(section, key)
    value = (not value) if isinstance(value, bool) else value + 1
    block = re.search(rf"^\[{section}\]$(.*?)(?=^\[|\Z)", EXAMPLE, re.M | re.S)
    assert block, section
    body = re.sub(rf"^(# )?{key} = .*$", "", block.group(1), flags=re.M)
    line = f"\n{key} = {str(value).lower() if isinstance(value, bool) else value}"
    path = tmp_path / "m.toml"
    path.write_text(EXAMPLE[: block.start(1)] + line + body + EXAMPLE[block.end(1):])
    settings = load_settings(path, {"MAILBOT_IMAP_PASSWORD": "p", "MAILBOT_SMTP_PASSWORD": "q"})
    assert getattr(getattr(settings, section), key) == value
