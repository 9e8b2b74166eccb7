"""What the commands share: finding the workspace, loading it, printing problems."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kehoach_cli.cli.options import OPTIONS
from kehoach_cli.problems import FatalError

if TYPE_CHECKING:
    from kehoach_cli.loading import LoadResult
    from kehoach_cli.problems import Problem


def workspace_root(start: Path | None = None) -> Path:
    from kehoach_cli.loading import find_workspace

    if OPTIONS.workspace is not None:
        if not OPTIONS.workspace.is_dir():
            raise FatalError("ws.not_dir", exit_code=2, path=str(OPTIONS.workspace))
        return OPTIONS.workspace.resolve()
    return find_workspace(start or Path.cwd())


def load_checked(root: Path) -> tuple[LoadResult, list[Problem]]:
    """Load and check the whole workspace: the one door every command goes through."""
    from kehoach_cli.checks import run_checks
    from kehoach_cli.loading import load_workspace

    result = load_workspace(root)
    return result, run_checks(result)


def load_valid(root: Path | None = None) -> LoadResult:
    """For queries: answers from a workspace with errors could mislead, so refuse and say why."""
    from kehoach_cli.problems import Severity
    from kehoach_cli.reporters import Display, text

    root = root or workspace_root()
    result, problems = load_checked(root)
    errors = [p for p in problems if p.severity == Severity.ERROR]
    if errors:
        sys.stderr.write(text(errors, Display(root)) + "\n")
        raise FatalError("ws.invalid", exit_code=1, count=len(errors))
    return result
