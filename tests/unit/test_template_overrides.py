"""[templates] folder: the office's overrides are used by the builder and checked at start-up."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from mailbot.errors import ConfigError
from mailbot.mail import overrides
from mailbot.mail.emails import TEMPLATE_DIR, make_message
from mailbot.ops.samples import CONTEXTS, NOW


def build(name: str, folder: Path | None) -> tuple[str, str, str]:
    out = make_message(name, ["x@example.org"], CONTEXTS[name], from_address="ce@michener.example", from_name="CE",
                       domain="michener.example", now=NOW, templates_folder=folder)
    return (out.subject, out.message.get_body(preferencelist=("plain",)).get_content(),
            out.message.get_body(preferencelist=("html",)).get_content())


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_an_override_replaces_the_package_template_and_the_package_serves_the_rest(tmp_path: Path) -> None:
    folder = tmp_path / "office"
    write(folder, "acknowledgement.txt.j2", "Dear {{ applicant_name }}, we read {{ applications|length }} form(s).\n")
    overrides.check(folder, CONTEXTS)
    subject, text, html = build("acknowledgement", folder)
    assert text.startswith("Dear Dana, we read 1 form(s).")
    assert (subject, html) == build("acknowledgement", None)[::2]  # not overridden: the package's
    assert "we read 1 form(s)" not in build("acknowledgement", None)[1]


def test_an_override_of_the_shared_html_base_reaches_every_html_part(tmp_path: Path) -> None:
    folder = tmp_path / "office"
    base = (TEMPLATE_DIR / "_base.html.j2").read_text(encoding="utf-8")
    write(folder, "_base.html.j2", base.replace("<body", "<!-- Michener CE office --><body", 1))
    assert overrides.problems(folder, CONTEXTS) == []
    assert "Michener CE office" in build("no_form", folder)[2]
    assert "Michener CE office" in build("digest", folder)[2]


def test_a_misspelt_file_name_is_named_with_the_nearest_template(tmp_path: Path) -> None:
    folder = tmp_path / "office"
    write(folder, "acknowledgment.txt.j2", "x")
    write(folder, "acknowledgment.fr.txt.j2", "x")
    write(folder, "notes.md", "x")
    said = overrides.problems(folder, CONTEXTS)
    assert said == [
        f"{folder / 'acknowledgment.fr.txt.j2'} is not a template mailbot uses; did you mean "
        "acknowledgement.fr.txt.j2? Rename it, or remove it.",
        f"{folder / 'acknowledgment.txt.j2'} is not a template mailbot uses; did you mean acknowledgement.txt.j2? "
        "Rename it, or remove it.",
        f"{folder / 'notes.md'} is not a template mailbot uses; name overrides like the package's templates "
        "(<kind>.subject.j2, <kind>.txt.j2, <kind>.html.j2, optionally <kind>.<language>.txt.j2), see "
        "`mailbot config templates`, or remove it.",
    ]


def test_a_language_variant_and_hidden_files_are_accepted(tmp_path: Path) -> None:
    folder = tmp_path / "office"
    write(folder, "acknowledgement.fr.txt.j2", "Bonjour {{ applicant_name }}\n")
    write(folder, "acknowledgement.fr.subject.j2", "Formulaire reçu")
    write(folder, ".acknowledgement.txt.j2.swp", "\0binary")
    (folder / ".git").mkdir()
    assert overrides.problems(folder, CONTEXTS) == []


def test_a_jinja_syntax_error_is_one_sentence_with_file_and_line(tmp_path: Path) -> None:
    folder = tmp_path / "office"
    path = write(folder, "no_form.txt.j2", "Hello {{ applicant_name }}\n\n{% if ignored %}\nsome\n")
    said = overrides.problems(folder, CONTEXTS)
    assert len(said) == 1
    assert said[0].startswith(f"{path}, line 4: Unexpected end of template")
    assert said[0].endswith("is 'if'; correct the template there (Jinja syntax).")


def test_an_unknown_variable_fails_at_start_up_not_when_the_first_applicant_writes(tmp_path: Path) -> None:
    folder = tmp_path / "office"
    path = write(folder, "acknowledgement.txt.j2", "Dear {{ applicant_name }},\nyour ref: {{ reference }}\n")
    with pytest.raises(ConfigError) as raised:
        overrides.check(folder, CONTEXTS)
    assert str(raised.value) == (
        f"{path}, line 2 fails with a sample of the acknowledgement email ('reference' is undefined); use only "
        "the variables the package's acknowledgement.txt.j2 uses.")


def test_an_unknown_variable_in_a_branch_the_sample_does_not_take_is_found_too(tmp_path: Path) -> None:
    folder = tmp_path / "office"
    path = write(folder, "deferred.fr.txt.j2",
                 "{{ app.reference }}\n{% if weeks > 99 %}{{ weeks_text }}{% endif %}\n{% set x = 1 %}{{ x }}\n")
    assert overrides.problems(folder, CONTEXTS) == [
        f"{path} uses weeks_text, which mailbot does not pass to the deferred email; use only the variables the "
        "package's deferred.txt.j2 uses."]


def test_a_missing_folder_or_a_subfolder_is_reported(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    assert overrides.problems(missing, CONTEXTS) == [
        f"[templates] folder {missing} does not exist; create it with the templates to override, or remove the setting."]
    folder = tmp_path / "office"
    (folder / "forms").mkdir(parents=True)
    assert overrides.problems(folder, CONTEXTS) == [
        f"{folder / 'forms'} is a folder, and overrides are not read from subfolders; move the templates in it up "
        f"into {folder}, or remove it."]


def test_what_was_checked_is_what_is_sent_until_the_next_check(tmp_path: Path) -> None:
    folder = tmp_path / "office"
    path = write(folder, "no_form.subject.j2", "First wording")
    overrides.check(folder, CONTEXTS)
    assert build("no_form", folder)[0] == "First wording"
    path.write_text("Second wording {{ broken", encoding="utf-8")
    os.utime(path, (1, 1))  # a different modification time: Jinja would reread it if it looked
    assert build("no_form", folder)[0] == "First wording"
    with pytest.raises(ConfigError):
        overrides.check(folder, CONTEXTS)
    assert build("no_form", folder)[0] == "First wording"  # a failed check keeps what runs
    path.write_text("Second wording", encoding="utf-8")
    overrides.check(folder, CONTEXTS)
    assert build("no_form", folder)[0] == "Second wording"


def test_a_command_that_sends_mail_refuses_to_start_with_a_broken_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                          capsys: pytest.CaptureFixture[str]) -> None:
    from mailbot.ops.cli import main

    write(tmp_path / "office", "acknowledgment.txt.j2", "x")
    config = tmp_path / "mailbot.toml"
    config.write_text(f"""
[mailbox]
address = "ce@michener.example"
[imap]
host = "127.0.0.1"
port = 1
security = "none"
username = "ce"
password_env = "MAILBOT_TEST_IMAP_PASSWORD"
[smtp]
host = "127.0.0.1"
port = 1
security = "none"
[database]
url = "sqlite:///{tmp_path / 'mailbot.db'}"
[staff]
ce = ["ce.lead@michener.example"]
[security]
sender_check = "none"
[templates]
folder = "office"
""", encoding="utf-8")
    monkeypatch.setenv("MAILBOT_TEST_IMAP_PASSWORD", "x")
    assert main(["--config", str(config), "poll", "--once"]) == 2
    assert capsys.readouterr().err == (f"error: {tmp_path / 'office' / 'acknowledgment.txt.j2'} is not a template "
                                       "mailbot uses; did you mean acknowledgement.txt.j2? Rename it, or remove it.\n")
    assert not (tmp_path / "mailbot.db").exists()  # stopped before anything was touched
    # Commands that send nothing are not in its way: the operator can still look around.
    assert main(["--config", str(config), "db", "upgrade"]) == 0
    assert main(["--config", str(config), "status"]) == 0


def test_config_templates_lists_every_name_an_override_may_have(capsys: pytest.CaptureFixture[str]) -> None:
    from mailbot.ops.cli import main

    assert main(["config", "templates"]) == 0
    names = [line for line in capsys.readouterr().out.splitlines() if not line.startswith("#")]
    assert "acknowledgement.txt.j2" in names and "_base.html.j2" in names and "digest.subject.j2" in names
    assert names == overrides.package_names()
