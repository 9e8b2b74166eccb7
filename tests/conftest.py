"""Shared test helpers: run the real command line, and build small workspaces from text."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


@dataclass
class CliResult:
    code: int
    stdout: str
    stderr: str


def run_cli(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> CliResult:
    """Run ``kehoach ARGS`` as a user would: a new process, Vietnamese unless told otherwise."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("KEHOACH_")}
    full_env.update({"PYTHONIOENCODING": "utf-8", "COLUMNS": "100", "NO_COLOR": "1"})
    full_env.setdefault("KEHOACH_NO_CACHE", "1")
    full_env.update(env or {})
    proc = subprocess.run(
        [sys.executable, "-m", "kehoach_cli", *args],
        cwd=cwd or REPO,
        env=full_env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    return CliResult(proc.returncode, proc.stdout, proc.stderr)


def write_files(root: Path, files: dict[str, str]) -> Path:
    """Write ``{relative path: text}`` (dedented) under ``root``; return ``root``."""
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return root


