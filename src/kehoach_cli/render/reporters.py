"""Print problems for people (text), programs (json), GitHub Actions (github) and code scanning
(sarif).  Reporters are chosen by name; each turns a list of problems into one string."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from kehoach_cli import __version__
from kehoach_cli.messages import printable, t
from kehoach_cli.problems import Problem, Severity

Reporter = Callable[[Sequence[Problem], "Display"], str]


class Display:
    """Shows workspace-relative file names relative to where the user stands, so they click."""

    def __init__(self, root: Path, cwd: Path | None = None) -> None:
        self.root = root.resolve()
        self.cwd = (cwd or Path.cwd()).resolve()

    def path(self, file: str) -> str:
        full = self.root / file
        try:
            return full.relative_to(self.cwd).as_posix()
        except ValueError:
            return os.path.relpath(full, self.cwd) if self.root.anchor == self.cwd.anchor else str(full)


def _count(problems: Sequence[Problem], severity: Severity) -> int:
    return sum(1 for p in problems if p.severity == severity)


def text(problems: Sequence[Problem], display: Display) -> str:
    lines = []
    for p in problems:
        where = f"{display.path(p.source.file)}:{p.source.line}:{p.source.col}"
        level = t(f"severity.{p.severity.value}")
        suffix = f" [{p.yaml_path}]" if p.yaml_path else ""
        lines.append(printable(f"{where}: {level}: {p.message}{suffix}"))
    errors, warnings = _count(problems, Severity.ERROR), _count(problems, Severity.WARNING)
    files = len({p.source.file for p in problems})
    if problems:
        lines.append(t("validate.summary_problems", errors=errors, warnings=warnings, files=files))
    return "\n".join(lines)


def as_json(problems: Sequence[Problem], display: Display) -> str:
    items = [
        {
            "file": display.path(p.source.file),
            "line": p.source.line,
            "col": p.source.col,
            "severity": p.severity.value,
            "code": p.code,
            "message": p.message,
            "path": p.yaml_path,
        }
        for p in problems
    ]
    ok = _count(problems, Severity.ERROR) == 0
    return json.dumps({"ok": ok, "problems": items}, ensure_ascii=False, indent=2)


def _gh_escape(value: str, *, prop: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return value.replace(":", "%3A").replace(",", "%2C") if prop else value


def github(problems: Sequence[Problem], display: Display) -> str:
    lines = []
    for p in problems:
        level = "error" if p.severity == Severity.ERROR else "warning"
        props = (
            f"file={_gh_escape(display.path(p.source.file), prop=True)},line={p.source.line},"
            f"col={p.source.col},title={_gh_escape('kehoach ' + p.code, prop=True)}"
        )
        lines.append(f"::{level} {props}::{_gh_escape(p.message)}")
    return "\n".join(lines)


def sarif(problems: Sequence[Problem], display: Display) -> str:
    rules = sorted({p.code for p in problems})
    results = [
        {
            "ruleId": p.code,
            "level": "error" if p.severity == Severity.ERROR else "warning",
            "message": {"text": p.message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": display.path(p.source.file)},
                        "region": {"startLine": max(p.source.line, 1),
                                   "startColumn": max(p.source.col, 1)},
                    }
                }
            ],
        }
        for p in problems
    ]
    log = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "kehoach",
                        "version": __version__,
                        "rules": [{"id": code, "shortDescription": {"text": code}} for code in rules],
                    }
                },
                "results": results,
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2)


REPORTERS: dict[str, Reporter] = {"text": text, "json": as_json, "github": github, "sarif": sarif}
