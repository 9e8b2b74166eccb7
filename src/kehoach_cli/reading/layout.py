"""Where a workspace keeps what: the names every stage agrees on, importable on their own.

A replayed answer lists the workspace's files and needs these names, but none of what
loading gives back (``loadtypes``: dataclasses and the problems they carry).
"""

from __future__ import annotations

from pathlib import Path

WORKSPACE_FILE = "kehoach.yaml"
PLANS_DIR = "plans"
PROGRESS_DIR = "progress"
MAX_FILE_BYTES = 5 * 1024 * 1024  # a plan is a few hundred kB; more is a mistake or an attack


def find_workspace(start: Path) -> Path:
    """The nearest directory at or above ``start`` that has kehoach.yaml or plans/."""
    start = start.resolve()
    here = start if start.is_dir() else start.parent
    for candidate in (here, *here.parents):
        if (candidate / WORKSPACE_FILE).is_file() or (candidate / PLANS_DIR).is_dir():
            return candidate
    from kehoach_cli.problems import FatalError

    raise FatalError("ws.not_found", exit_code=2, path=str(start))
