"""The package map in the README, enforced: no module imports against the direction of the layers.

Layers, top to bottom (a module may import its own layer and any layer below it):
    3  mailbot.ops                                   the CLI, the service, health, status, the demo
    2  mailbot.intake, mailbot.review, mailbot.clock what a message means and what happens next
    1  mailbot.mail, mailbot.store                   mail in and out; the database
    0  mailbot.config, mailbot.errors, mailbot.faults, mailbot.review.workflow (the pure stage table)
   -1  mailbot_parsers                               bytes -> a concept form; imports nothing of mailbot
"""
from __future__ import annotations

import ast
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

LAYER_OF = {
    "mailbot.ops": 3,
    "mailbot.intake": 2, "mailbot.review": 2, "mailbot.clock": 2,
    "mailbot.mail": 1, "mailbot.store": 1, "mailbot.templates": 1,
    "mailbot.config": 0, "mailbot.errors": 0, "mailbot.faults": 0, "mailbot.review.workflow": 0,
    "mailbot": 0,  # the package's own __init__ (its version) and __main__ are reachable from anywhere
    "mailbot.__main__": 3,
    "mailbot_parsers": -1,
}


def layer(module: str) -> int:
    """The layer of `module`: its longest prefix in LAYER_OF."""
    parts = module.split(".")
    for n in range(len(parts), 0, -1):
        prefix = ".".join(parts[:n])
        if prefix in LAYER_OF:
            return LAYER_OF[prefix]
    raise AssertionError(f"{module} is in no layer: add it to LAYER_OF and to the README's package map")


def module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[0] == "parsers":
        parts[0] = "mailbot_parsers"
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(path: Path, module: str) -> list[str]:
    """Every module `path` imports, at any depth (function-level imports count too)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    out: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.extend(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            out.append(target)
            # `from mailbot.review import workflow` imports the submodule, not the package
            out.extend(f"{target}.{a.name}" for a in node.names if f"{target}.{a.name}" in LAYER_OF)
    return out


def sources() -> list[Path]:
    return sorted([*ROOT.joinpath("mailbot").rglob("*.py"), *ROOT.joinpath("parsers").rglob("*.py")])


def test_no_module_imports_a_layer_above_its_own() -> None:
    wrong = []
    for path in sources():
        if "migrations" in path.parts:
            continue
        me = module_name(path)
        for target in imports_of(path, me):
            if not (target == "mailbot" or target.startswith(("mailbot.", "mailbot_parsers"))):
                continue
            if target in ("mailbot.review", "mailbot.review.workflow") and me.startswith("mailbot.review"):
                continue
            if layer(target) > layer(me):
                wrong.append(f"{me} (layer {layer(me)}) imports {target} (layer {layer(target)})")
    assert wrong == []


def test_the_parsers_never_import_mailbot_nor_themselves_by_another_name() -> None:
    for path in ROOT.joinpath("parsers").rglob("*.py"):
        for target in imports_of(path, module_name(path)):
            assert not target.startswith("mailbot."), f"{path.name} imports {target}"
            assert target != "mailbot" and not target.startswith("parsers"), f"{path.name} imports {target}"


def test_nothing_imports_the_parsers_under_the_folder_name() -> None:
    """One import name only, so a ParseError raised in the worker is the class the poller catches."""
    for folder in ("mailbot", "tests", "bench", "tools"):
        for path in ROOT.joinpath(folder).rglob("*.py"):
            if "data" in path.relative_to(ROOT).parts:
                continue
            for target in imports_of(path, "x.y"):
                assert target.split(".")[0] not in ("parsers", "templates"), f"{path} imports {target}"
    import mailbot_parsers  # noqa: F401

    assert "parsers" not in sys.modules


def test_every_package_folder_is_installed() -> None:
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {module_name(p.parent / "__init__.py") for p in ROOT.joinpath("mailbot").rglob("__init__.py")}
    found |= {"mailbot_parsers", "mailbot.templates"}
    assert found <= listed, f"add {sorted(found - listed)} to [tool.setuptools] packages in pyproject.toml"


def test_the_import_checker_sees_a_violation() -> None:
    """The checker itself can fail: an upward import in a scratch module is reported."""
    assert layer("mailbot.mail.outbox") < layer("mailbot.intake.rules")
    assert layer("mailbot.review.workflow") == 0 and layer("mailbot.review.decisions") == 2
