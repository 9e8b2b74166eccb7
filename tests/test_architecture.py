"""The pipeline, as a table: each stage of ``src/kehoach_cli/`` and the stages it may import.

Imports go down the pipeline only — the domain knows nothing, time knows the domain, reading
knows time, and so on up to the command line.  This table is the architecture's documentation:
a new module lands in one of these rooms, and an import that reaches up a stage fails here.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "kehoach_cli"

# In pipeline order: each stage may import itself and the stages listed for it.
BASE = {"kehoach_cli", "messages", "model", "problems"}
ALLOWED: dict[str, set[str]] = {
    "kehoach_cli": set(),                        # the package itself: __version__
    "messages": set(),                           # the catalog of sentences
    "model": set(),                              # the domain: pure, frozen
    "problems": {"messages", "model"},           # problems as values
    "timeexpr": BASE,
    "reading": BASE | {"timeexpr"},
    "checks": BASE | {"timeexpr", "reading"},
    "queries": BASE | {"timeexpr", "reading", "checks"},
    "drafts": BASE | {"timeexpr", "reading", "checks", "queries"},
    "render": BASE | {"timeexpr", "reading", "checks", "queries", "drafts"},
    "editing": BASE | {"timeexpr", "reading", "checks", "queries", "drafts", "render"},
    "cache": BASE | {"timeexpr", "reading", "checks", "queries", "drafts", "render", "editing"},
    "importing": BASE | {"timeexpr", "reading", "checks", "queries"},
    "cli": BASE | {"timeexpr", "reading", "checks", "queries", "drafts", "render", "editing", "cache",
            "importing"},
    "__main__": {"cli"},
}
LOOSE_LIMIT = 4


def _stage(module: str) -> str:
    """``kehoach_cli.reading.loading`` -> ``reading``; ``kehoach_cli`` -> ``kehoach_cli``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def _module_name(path: Path) -> str:
    rel = path.relative_to(SRC.parent).with_suffix("")
    parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
    return ".".join(parts)


def _imports(path: Path) -> list[tuple[int, str]]:
    """Every ``kehoach_cli`` module this file imports, at any depth (lazy imports count too)."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "kehoach_cli":
                found += [(node.lineno, f"kehoach_cli.{alias.name}") for alias in node.names]
            elif node.module.startswith("kehoach_cli."):
                found.append((node.lineno, node.module))
        elif isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.startswith("kehoach_cli.")]
    return found


def _known_module(name: str) -> bool:
    """``kehoach_cli.__version__`` is an attribute of the package, not a stage of its own."""
    return not name.endswith("__version__")


MODULES = sorted(SRC.rglob("*.py"))


def test_every_module_belongs_to_a_stage() -> None:
    stages = {_stage(_module_name(p)) for p in MODULES}
    assert stages <= set(ALLOWED), f"modules outside any stage: {sorted(stages - set(ALLOWED))}"


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.relative_to(SRC).as_posix())
def test_imports_only_go_down_the_pipeline(path: Path) -> None:
    here = _stage(_module_name(path))
    wrong = [
        f"{path.relative_to(SRC)}:{line}: {here} imports {name} ({_stage(name)})"
        for line, name in _imports(path)
        if _known_module(name) and _stage(name) != here and _stage(name) not in ALLOWED[here]
    ]
    assert not wrong, "\n".join(wrong)


def test_few_modules_stay_loose() -> None:
    loose = sorted(p.name for p in SRC.glob("*.py") if p.name != "__init__.py")
    assert len(loose) <= LOOSE_LIMIT, loose


def test_every_stage_package_says_what_it_holds() -> None:
    for package in sorted(p for p in SRC.iterdir() if (p / "__init__.py").is_file()):
        doc = ast.get_docstring(ast.parse((package / "__init__.py").read_text(encoding="utf-8")))
        assert doc, f"{package.name}/__init__.py has no docstring"


def test_the_checker_catches_an_upward_import(tmp_path: Path) -> None:
    """The table is only documentation if it can fail: a timeexpr module importing the CLI."""
    bad = tmp_path / "bad.py"
    bad.write_text("from kehoach_cli.cli.common import open_workspace\n", encoding="utf-8")
    (name,) = [n for _, n in _imports(bad)]
    assert _stage(name) == "cli" and "cli" not in ALLOWED["timeexpr"]


MAX_LINES = 300


def test_every_module_stays_short() -> None:
    """A newcomer reads a module at a sitting: past 300 lines it is split, not stretched."""
    long = {p.relative_to(SRC).as_posix(): n for p in sorted(SRC.rglob("*.py"))
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}
