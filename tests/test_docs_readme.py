"""The README and the guides stay true: every ``kehoach`` command they show in a ``sh`` block
runs as shown.

Commands run in a copy of the bundled workspace so that files they write (``-o``) and records
they add never touch the repository.  A shell redirection ("> lich.ics") is the shell's, not
the command's: the command runs without it.
"""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest

from conftest import REPO, run_cli

BLOCK = re.compile(r"```sh\n(.*?)```", re.DOTALL)


GUIDES = ("README.md", "docs/reports.md", "docs/calendar.md")


def _commands(name: str = "README.md") -> list[list[str]]:
    text = (REPO / name).read_text(encoding="utf-8")
    commands = []
    for block in BLOCK.findall(text):
        for line in block.splitlines():
            for part in line.split("&&"):
                words = shlex.split(part, comments=True)
                if words and words[0] == "kehoach":
                    cut = words.index(">") if ">" in words else len(words)
                    commands.append(words[1:cut])
    return commands


def test_the_readme_shows_commands() -> None:
    assert len(_commands()) >= 12


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("readme")
    for name in ("kehoach.yaml", "plans", "progress", "templates", "schema", "tests/fixtures/importing"):
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, root / name)
        elif source.exists():
            shutil.copy(source, root / name)
    return root


@pytest.mark.parametrize("args", [a for g in GUIDES for a in _commands(g)],
                         ids=lambda a: " ".join(a)[:60])
def test_readme_command_runs(args: list[str], workspace: Path) -> None:
    result = run_cli(*args, cwd=workspace)
    assert result.code == 0, result.stderr
    assert "Traceback" not in result.stderr
