"""What loading gives back: importable without the parser or pydantic.

A command answered from the cache (``kehoach_cli.cache.workspace``) needs these names but none of the
machinery that reads YAML, so they live apart from ``loading``, which re-exports them.  Where a
workspace is, and its folders' names, are ``layout``'s.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from pydantic import BaseModel

    from kehoach_cli.model import Workspace
    from kehoach_cli.problems import Problem
    from kehoach_cli.reading import fileformat as ff
    from kehoach_cli.reading.yamlread import YamlDoc

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
    keys: dict[str, list[str]] = field(default_factory=dict)  # progress file → [unit, month]


class LightLoadResult(LoadResult):
    """A load that kept the workspace, its problems and its file list, not the parsed files.

    The parsed files (``plan_files``, ``progress_files``: pydantic models and positions, 90 MB
    at 10k tasks), which only editing commands look at, are read from disk the first time
    they are asked for, so such commands work unchanged.
    """

    def __init__(self, root: Path, workspace: Workspace, problems: list[Problem], files: list[str],
                 keys: dict[str, list[str]] | None = None) -> None:  # fmt: skip
        self.workspace = workspace
        self.problems = problems
        self.files = files
        self.keys = keys or {}
        self._root = root

    def __getattr__(self, name: str) -> Any:
        if name not in ("plan_files", "progress_files") or "_root" not in self.__dict__:
            raise AttributeError(name)
        from kehoach_cli.reading.loading import load_workspace

        full = load_workspace(self._root)
        self.plan_files, self.progress_files = full.plan_files, full.progress_files
        return getattr(self, name)


class CachedLoadResult(LightLoadResult):
    """A load answered from the cache (``kehoach_cli.cache.workspace``): the workspace, its
    problems and its file list; the parsed files are read from disk if a command asks."""
