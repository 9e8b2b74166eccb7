"""An index built once per workspace, for the queries that look things up record by record.

A workspace is frozen, so what is derived from it holds as long as it lives; keyed by the
object itself (its id, checked against the object kept beside it, so a recycled id is never
mistaken for another workspace).  A few are kept: tests and long runs load many.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from kehoach_cli.model import Workspace

T = TypeVar("T")
KEEP = 8


class PerWorkspace(Generic[T]):
    """``build(ws)``, made once for each of the last few workspaces asked about."""

    def __init__(self, build: Callable[[Workspace], T]) -> None:
        self._build = build
        self._found: dict[int, tuple[Workspace, T]] = {}

    def __call__(self, ws: Workspace) -> T:
        found = self._found.get(id(ws))
        if found is None or found[0] is not ws:
            if len(self._found) > KEEP:
                self._found.clear()
            found = (ws, self._build(ws))
            self._found[id(ws)] = found
        return found[1]
