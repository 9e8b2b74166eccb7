"""What loading gives back, and where a workspace is: importable without the parser or pydantic.

A command answered from the cache (``kehoach_cli.cache.workspace``) needs these names but none of the
machinery that reads YAML, so they live apart from ``loading``, which re-exports them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

from kehoach_cli.problems import FatalError

if TYPE_CHECKING:
    from pydantic import BaseModel

    from kehoach_cli.model import Workspace
    from kehoach_cli.problems import Problem
    from kehoach_cli.reading import fileformat as ff
    from kehoach_cli.reading.yamlread import YamlDoc

WORKSPACE_FILE = "kehoach.yaml"
PLANS_DIR = "plans"
PROGRESS_DIR = "progress"
MAX_FILE_BYTES = 5 * 1024 * 1024  # a plan is a few hundred kB; more is a mistake or an attack
M = TypeVar("M", bound="BaseModel")


@dataclass(frozen=True)
class Loaded(Generic[M]):
    """A file that parsed and passed the schema: its positions and its validated model."""

    doc: YamlDoc
    model: M


@dataclass
class LoadResult:
    workspace: Workspace
    plan_files: list[Loaded[ff.PlanFile]] = field(default_factory=list)
    progress_files: list[Loaded[ff.ProgressFile]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    files: list[str] = field(default_factory=list)


def find_workspace(start: Path) -> Path:
    """The nearest directory at or above ``start`` that has kehoach.yaml or plans/."""
    start = start.resolve()
    here = start if start.is_dir() else start.parent
    for candidate in (here, *here.parents):
        if (candidate / WORKSPACE_FILE).is_file() or (candidate / PLANS_DIR).is_dir():
            return candidate
    raise FatalError("ws.not_found", exit_code=2, path=str(start))
