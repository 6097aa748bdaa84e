"""Deployment artefacts: the compose file parses, the systemd unit verifies, the container's entry
point script runs (here, directly, against the test servers), the Dockerfile runs as non-root."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from apphelpers import EMAILS, REPO, write_config

DEPLOY = REPO / "deploy"
MAILBOT_BIN = Path(sys.executable).with_name("mailbot")


def _run(cmd: list[str], **kw) -> subprocess.CompletedProcess[str]:  # type: ignore[no-untyped-def]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, **kw)


def test_the_compose_file_is_valid_and_demands_its_secrets():
    assert shutil.which("docker-compose"), "install Debian's docker-compose package (.ci/run does)"
    env = dict(os.environ, MAILBOT_DB_PASSWORD="db-secret", MAILBOT_SECRET="s" * 20)
    out = _run(["docker-compose", "-f", str(REPO / "compose.yaml"), "config"], env=env, cwd=REPO)
    assert out.returncode == 0, out.stderr
    assert "postgres:16" in out.stdout and "no-new-privileges:true" in out.stdout
    env.pop("MAILBOT_DB_PASSWORD")
    out = _run(["docker-compose", "-f", str(REPO / "compose.yaml"), "config"], env=env, cwd=REPO)
    assert out.returncode != 0 and "set MAILBOT_DB_PASSWORD" in out.stderr


def test_the_systemd_unit_passes_systemd_analyze_verify(tmp_path):
    assert shutil.which("systemd-analyze"), "install Debian's systemd package (.ci/run does)"
    # verify checks that ExecStart exists: point it at this environment's mailbot.
    unit = tmp_path / "mailbot.service"
    unit.write_text((DEPLOY / "mailbot.service").read_text().replace("/opt/mailbot/bin/mailbot", str(MAILBOT_BIN)))
    out = _run(["systemd-analyze", "verify", str(unit)])
    assert out.returncode == 0 and "mailbot.service" not in out.stderr, out.stderr
    text = unit.read_text()
    for setting in ("Type=notify", "WatchdogSec=", "ExecReload=/bin/kill -HUP $MAINPID", "NoNewPrivileges=yes",
                    "ProtectSystem=strict", "User=mailbot"):
        assert setting in text


def test_the_entry_point_script_migrates_then_runs_the_command(tmp_path, dovecot, smtp_sink):
    cfg = write_config(tmp_path, dovecot, smtp_sink)
    env = dict(os.environ, MAILBOT_CONFIG=str(cfg), MAILBOT_BIN=str(MAILBOT_BIN))
    script = str(DEPLOY / "entrypoint.sh")
    out = _run([script, "status"], env=env)
    assert out.returncode == 2 and "run `mailbot db upgrade`" in out.stderr, "read-only: no migration"
    dovecot.append((EMAILS / "02-gmail-fillable-pdf.eml").read_bytes())
    out = _run([script, "poll", "--once"], env=env)
    assert out.returncode == 0, out.stderr
    assert "submission: 1" in out.stdout
    assert len(smtp_sink.messages) == 2
    out = _run([script, "status"], env=env)
    assert out.returncode == 0 and "MC-" in out.stdout
    out = _run([script, "status"], env=dict(env, MAILBOT_CONFIG=str(tmp_path / "missing.toml")))
    assert out.returncode == 2 and "cannot be read" in out.stderr


def test_the_image_runs_as_a_user_and_reads_french_scans():
    text = (REPO / "Dockerfile").read_text()
    assert "\nUSER mailbot\n" in text
    assert "tesseract-ocr-fra" in text
    assert 'ENTRYPOINT ["/usr/local/bin/mailbot-entrypoint"]' in text
    assert "COPY deploy/entrypoint.sh /usr/local/bin/mailbot-entrypoint" in text


def test_the_supervisord_program_migrates_runs_and_stops_cleanly_on_term(tmp_path, dovecot, smtp_sink):
    import configparser
    import shlex
    import signal

    program = configparser.ConfigParser(interpolation=None)
    program.read(DEPLOY / "supervisord.conf")
    section = program["program:mailbot"]
    assert (section["user"], section["stopsignal"], section["autorestart"]) == ("mailbot", "TERM", "true")
    cfg = write_config(tmp_path, dovecot, smtp_sink)
    env_file = tmp_path / "mailbot.env"
    env_file.write_text(f"MAILBOT_TEST_IMAP_PASSWORD={dovecot.password}\n")
    # The program's own command line, with this environment's paths for the unit's.
    command = (section["command"].replace("/opt/mailbot/bin/mailbot", str(MAILBOT_BIN))
               .replace("/etc/mailbot/mailbot.toml", str(cfg)).replace("/etc/mailbot/mailbot.env", str(env_file)))
    env = {k: v for k, v in os.environ.items() if k != "MAILBOT_TEST_IMAP_PASSWORD"}  # only the env file has it
    env["MAILBOT_LOG_FORMAT"] = "json"
    proc = subprocess.Popen(shlex.split(command), cwd=tmp_path, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    lines: list[str] = []
    try:
        for line in proc.stdout:  # type: ignore[union-attr]
            lines.append(line)
            if "IMAP IDLE on INBOX" in line:
                break
        assert any(line.startswith("schema ") for line in lines), "db upgrade ran first:\n" + "".join(lines)
        proc.send_signal(signal.SIGTERM)  # to the shell's pid: `exec` made it mailbot's
        assert proc.wait(timeout=30) == 0, "".join(lines)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
