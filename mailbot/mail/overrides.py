"""The office's own email templates: [templates] folder, checked before mailbot uses it.

The folder mirrors the package's template layout: a file named like a package template
(``acknowledgement.txt.j2``, ``_base.html.j2``), optionally with a two-letter language before
its part (``acknowledgement.fr.txt.j2``), replaces that template; the package's templates serve
everything the folder does not have. Hidden entries (``.git``, an editor's ``.swp``) are not read.

:func:`problems` says, one sentence per problem, what would otherwise go wrong only when the
first applicant writes: a folder that cannot be read, a file no email uses (a typo in its
name), a template that does not compile, and one that fails with a sample of the data mailbot
passes (a variable the package's template never receives, under StrictUndefined).
"""
from __future__ import annotations

import difflib
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import jinja2
import jinja2.meta

from mailbot.errors import ConfigError
from mailbot.mail.emails import EMAILS, TEMPLATE_DIR, TEMPLATE_PARTS, build_environment, environment

#: ``<name>.<ll>.<part>``: the optional language sits between the name and the part.
_LANGUAGE = re.compile(r"[a-z]{2}")


def package_names() -> list[str]:
    """The template files an override may replace: every kind's parts and the shared pieces
    (``_base.html.j2``), without a language; language variants are derived from these."""
    names = {p.name for p in TEMPLATE_DIR.glob("*.j2")}
    names |= {f"{kind}.{part}" for kind in EMAILS for part in TEMPLATE_PARTS}
    return sorted({without_language(n)[0] for n in names})


def without_language(filename: str) -> tuple[str, str | None]:
    """("acknowledgement.txt.j2", "fr") from "acknowledgement.fr.txt.j2"; the name and None
    when it has no language part."""
    parts = filename.split(".")
    if len(parts) == 4 and _LANGUAGE.fullmatch(parts[1]):
        return ".".join([parts[0], *parts[2:]]), parts[1]
    return filename, None


def kind_of(filename: str) -> str | None:
    """The email kind a template file belongs to, or None for a shared piece (``_base.html.j2``)."""
    kind = filename.split(".", 1)[0]
    return kind if kind in EMAILS else None


def problems(folder: Path, samples: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """One sentence per problem with the override folder (empty when it is fit to use).

    ``samples``: a context per email kind, like the one mailbot passes when it sends that kind
    (mailbot/ops/samples.py)."""
    try:
        if not folder.is_dir():
            there = "is not a folder" if folder.exists() else "does not exist"
            return [f"[templates] folder {folder} {there}; create it with the templates to override, "
                    "or remove the setting."]
        entries = sorted(e for e in os.listdir(folder) if not e.startswith("."))
    except OSError as exc:
        return [f"[templates] folder {folder} cannot be read ({exc.strerror}); give mailbot's user read access "
                "to it."]
    valid = package_names()
    found: list[str] = []
    said: list[str] = []
    for entry in entries:
        path = folder / entry
        if path.is_dir():
            said.append(f"{path} is a folder, and overrides are not read from subfolders; move the templates "
                        f"in it up into {folder}, or remove it.")
            continue
        name, language = without_language(entry)
        if name not in valid:
            said.append(_unknown(path, name, language, valid))
            continue
        if not os.access(path, os.R_OK):
            said.append(f"{path} cannot be read; give mailbot's user read access to it.")
            continue
        found.append(entry)
    envs = _fresh(folder)
    said += _compile_errors(folder, found, envs)
    if said or not found:
        return said
    return _render_errors(folder, found, samples, envs)


def check(folder: Path | None, samples: Mapping[str, Mapping[str, Any]]) -> None:
    """Raise ConfigError (one sentence per line) when the override folder is not fit to use;
    otherwise load every template of it into the builder's environments, so that what was
    checked is what is sent (the builder keeps what it loaded until the next check)."""
    if folder is None:
        return
    said = problems(folder, samples)
    if said:
        raise ConfigError("\n".join(said))
    environment.cache_clear()
    for entry in [f"{kind}.{part}" for kind in EMAILS for part in TEMPLATE_PARTS] + sorted(
            e for e in os.listdir(folder) if not e.startswith(".") and kind_of(e)):
        environment("text" if entry.endswith(".txt.j2") else "html", folder).get_template(entry)


def _unknown(path: Path, name: str, language: str | None, valid: list[str]) -> str:
    close = difflib.get_close_matches(name, valid, n=1, cutoff=0.6)
    if close:
        nearest, _, part = close[0].partition(".")
        nearest = f"{nearest}.{language}.{part}" if language else close[0]
        return f"{path} is not a template mailbot uses; did you mean {nearest}? Rename it, or remove it."
    return (f"{path} is not a template mailbot uses; name overrides like the package's templates "
            "(<kind>.subject.j2, <kind>.txt.j2, <kind>.html.j2, optionally <kind>.<language>.txt.j2), "
            f"see `mailbot config templates`, or remove it.")


Envs = dict[str, jinja2.Environment]


def _fresh(folder: Path) -> Envs:
    """New environments for checking: the builder's own, which may be sending, keep what they loaded."""
    return {kind: build_environment(kind, folder) for kind in ("html", "text")}


def _env_for(filename: str, envs: Mapping[str, jinja2.Environment]) -> jinja2.Environment:
    return envs["text" if filename.endswith(".txt.j2") else "html"]


def _compile_errors(folder: Path, found: list[str], envs: Envs) -> list[str]:
    said = []
    for entry in found:
        env = _env_for(entry, envs)
        try:
            source = (folder / entry).read_text(encoding="utf-8")
            env.parse(source, entry, str(folder / entry))
        except UnicodeDecodeError:
            said.append(f"{folder / entry} is not UTF-8 text; save it as UTF-8.")
        except OSError as exc:
            said.append(f"{folder / entry} cannot be read ({exc.strerror}); give mailbot's user read access to it.")
        except jinja2.TemplateSyntaxError as exc:
            said.append(f"{folder / entry}, line {exc.lineno}: {(exc.message or 'syntax error').rstrip('.')}; "
                        "correct the template there (Jinja syntax).")
    return said


def _render_errors(folder: Path, found: list[str], samples: Mapping[str, Mapping[str, Any]],
                   envs: Envs) -> list[str]:
    """Render what the overrides change with each kind's sample, and look for variables the
    sample does not cover in branches the sample does not take."""
    said: dict[str, str] = {}
    shared = any(kind_of(e) is None for e in found)  # _base.html.j2 and friends reach every kind
    targets = [f"{kind}.{part}" for kind in EMAILS for part in TEMPLATE_PARTS
               if shared or any(kind_of(e) == kind for e in found)]
    targets += [e for e in found if without_language(e)[1] and e not in targets]
    for target in targets:
        kind = kind_of(target)
        if kind is None or kind not in samples:
            continue  # a shared piece is tried through every kind that uses it
        try:
            _env_for(target, envs).get_template(target).render(dict(samples[kind]))
        except Exception as exc:  # an override may fail in any way a template can; say where and why
            where = _failing_file(exc, folder) or (folder / target, None)
            key = str(where[0])
            if key not in said:
                line = f", line {where[1]}" if where[1] else ""
                said[key] = (f"{where[0]}{line} fails with a sample of the {kind} email ({_reason(exc)}); use only the "
                             f"variables the package's {without_language(target)[0]} uses.")
    for entry in found:
        kind = kind_of(entry)
        if kind is None or kind not in samples or str(folder / entry) in said:
            continue
        unknown = (_undeclared(folder / entry, _env_for(entry, envs)) - set(samples[kind])
                   - _undeclared(TEMPLATE_DIR / without_language(entry)[0], _env_for(entry, envs)))
        if unknown:
            said[str(folder / entry)] = (f"{folder / entry} uses {', '.join(sorted(unknown))}, which mailbot does not "
                                         f"pass to the {kind} email; use only the variables the package's "
                                         f"{without_language(entry)[0]} uses.")
    return list(said.values())


def _undeclared(path: Path, env: jinja2.Environment) -> set[str]:
    """The variables a template reads from its context (jinja2.meta), beyond the environment's globals."""
    try:
        source = path.read_text(encoding="utf-8")
    except OSError:
        return set()
    return set(jinja2.meta.find_undeclared_variables(env.parse(source))) - set(env.globals)


def _failing_file(exc: BaseException, folder: Path) -> tuple[Path, int] | None:
    """The override file and line an exception was raised in (Jinja puts template frames into
    the traceback under the template's file name), innermost first."""
    found = None
    tb = exc.__traceback__
    while tb is not None:
        filename = Path(tb.tb_frame.f_code.co_filename)
        if filename.parent == folder:
            found = (filename, tb.tb_lineno)
        tb = tb.tb_next
    return found


def _reason(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:200]
