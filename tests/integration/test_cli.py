"""The CLI is thin and documented: every command has --help and a row in the README."""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

from mailbot.ops.cli import build_parser, main

README = (Path(__file__).resolve().parents[2] / "README.md").read_text()


def _commands() -> list[str]:
    sub = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    return sorted(sub.choices)


@pytest.mark.parametrize("command", _commands())
def test_every_command_has_help_and_is_in_the_readme(command, capsys):
    with pytest.raises(SystemExit) as exc:
        main([command, "--help"])
    assert exc.value.code == 0
    assert command in capsys.readouterr().out
    assert f"`mailbot {command}" in README or f"F {command}" in README, f"{command} is missing from README.md"


@pytest.mark.parametrize("command, other", [("reprocess", "parked release N"), ("parked", "reprocess")])
def test_reprocess_and_parked_release_each_say_when_to_use_the_other(command, other, capsys):
    """Both put parked mail back in the inbox: `reprocess` every message that failed repeatedly
    (after a fix), `parked release N` one message by its number."""
    with pytest.raises(SystemExit):
        main([command, "--help"])
    assert other in " ".join(capsys.readouterr().out.split())
    row = next(line for line in README.splitlines() if line.startswith(f"| `mailbot --config F {command}"))
    assert f"`{other}`" in row


def test_python_dash_m_mailbot_works():
    out = subprocess.run([sys.executable, "-m", "mailbot", "--help"], capture_output=True, text=True)
    assert out.returncode == 0 and "poll" in out.stdout


def test_a_missing_config_is_one_clear_sentence(tmp_path, capsys):
    assert main(["--config", str(tmp_path / "nope.toml"), "status"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "does not exist" in err and "config.example.toml" in err


def test_a_bad_value_names_the_key(tmp_path, capsys):
    cfg = tmp_path / "m.toml"
    example = (Path(__file__).resolve().parents[2] / "config.example.toml").read_text()
    cfg.write_text(example.replace('security = "ssl"', 'security = "tls"'))
    assert main(["--config", str(cfg), "check"]) == 2
    out = capsys.readouterr().out
    assert "[imap] security must be one of ssl, starttls, none" in out


def test_check_reports_an_unreachable_imap_server_in_one_line(tmp_path, capsys, monkeypatch):
    cfg = tmp_path / "m.toml"
    example = (Path(__file__).resolve().parents[2] / "config.example.toml").read_text()
    text = (example.replace('host = "outlook.office365.com"', 'host = "127.0.0.1"')
            .replace("port = 993", "port = 1").replace('security = "ssl"', 'security = "none"', 1)
            .replace('host = "smtp.office365.com"', 'host = "127.0.0.1"').replace("port = 587", "port = 1")
            .replace('url = "sqlite:///mailbot.db"', f'url = "sqlite:///{tmp_path}/db.sqlite"'))
    cfg.write_text(text)
    monkeypatch.setenv("MAILBOT_IMAP_PASSWORD", "x")
    monkeypatch.setenv("MAILBOT_SMTP_PASSWORD", "y")
    assert main(["--config", str(cfg), "check"]) == 2
    lines = capsys.readouterr().out.splitlines()
    assert any(l.startswith("database  ok") for l in lines)
    imap = next(l for l in lines if l.startswith("imap"))
    assert "FAIL" in imap and "127.0.0.1:1" in imap
    assert any(l.startswith("smtp") and "FAIL" in l for l in lines)
