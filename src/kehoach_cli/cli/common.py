"""What the commands share: finding the workspace, loading it, printing problems."""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from kehoach_cli.cli.options import OPTIONS

# A workspace's own templates (``templating.WORKSPACE_TEMPLATES``, named here so that a cached
# answer need not import jinja2 to find them).
TEMPLATE_FOLDER = "templates"

if TYPE_CHECKING:
    from kehoach_cli.problems import Problem
    from kehoach_cli.reading.loadtypes import LoadResult


def workspace_root(start: Path | None = None) -> Path:
    """``--workspace``, or the nearest workspace above ``start``; named without the problems'
    dataclasses, which a replayed answer never needs."""
    from kehoach_cli.reading.layout import find_workspace

    if OPTIONS.workspace is not None:
        if not OPTIONS.workspace.is_dir():
            from kehoach_cli.problems import FatalError

            raise FatalError("ws.not_dir", exit_code=2, path=str(OPTIONS.workspace))
        return OPTIONS.workspace.resolve()
    return find_workspace(start or Path.cwd())


def load_checked(root: Path) -> tuple[LoadResult, list[Problem]]:
    """Load and check the whole workspace: the one door every command goes through.

    Answered from the cache while no file has changed (``kehoach_cli.cache.workspace``).  The garbage
    collector is paused meanwhile: loading makes hundreds of thousands of objects and no cycles,
    and the collector's passes over them took a fifth of a large workspace's load; afterwards
    they are frozen, so the command's own collections do not walk them again.  A new entry is
    written once the command is done (``main.run``), not on top of the query's own peak.
    """
    import gc

    from kehoach_cli.cache import workspace as cache

    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return cache.checked(root, lambda files: _load_and_check(root, files), defer=True)
    finally:
        if was_enabled:
            gc.enable()
        gc.freeze()


def _load_and_check(
    root: Path, files: Mapping[str, bytes] | None = None
) -> tuple[LoadResult, list[Problem]]:
    """``files``: the workspace's files as the cache read them (each read once), or None."""
    from kehoach_cli.checks.onepass import load_and_check
    from kehoach_cli.cli.loadbar import load_progress

    with load_progress() as progress:  # open until the checks are done: the work ends there
        return load_and_check(root, files, progress)


def load_valid(root: Path | None = None) -> LoadResult:
    """For queries: answers from a workspace with errors could mislead, so refuse and say why."""
    from kehoach_cli.problems import FatalError, Severity

    root = root or workspace_root()
    result, problems = load_checked(root)
    errors = [p for p in problems if p.severity == Severity.ERROR]
    if errors:
        from kehoach_cli.render.reporters import Display, text

        sys.stderr.write(text(errors, Display(root)) + "\n")
        raise FatalError("ws.invalid", exit_code=1, count=len(errors))
    return result


def cached_answer(command: str, args: tuple[object, ...], compute: Callable[[], int | None], *,
                  inputs: tuple[Path | None, ...] = (), in_workspace: tuple[str, ...] = (),
                  cacheable: bool = True) -> int:
    """Run a query command through the result cache (``kehoach_cli.cache.results``): its output
    is replayed when the same question was asked of the same files before.

    ``args`` are the command's own arguments as given; the day, the language and the
    terminal are added by the cache.  ``inputs`` (files given on the command line) and
    ``in_workspace`` (paths under the workspace) are other files the answer may read, such as
    templates.  ``compute`` must import what it needs itself, so that a replay imports none of
    it.  Not ``cacheable`` (writing a file with ``-o``) runs it as is.
    """

    def run() -> int:
        return compute() or 0

    if not cacheable:
        return run()
    from kehoach_cli.problems import FatalError

    try:
        root = workspace_root()
    except FatalError:  # no workspace: let the command say so, in its own order of checks
        return run()
    from kehoach_cli.cache.results import Question, answer
    from kehoach_cli.cli.replay import remember

    read = (*(p for p in inputs if p is not None), *(root / rel for rel in in_workspace))
    return answer(Question(root, command, args, read), run, stored=remember)


def parse_as_of(value: str | None) -> date:
    """``--as-of YYYY-MM-DD`` (today when absent); anything else is a usage error, exit 2."""
    from kehoach_cli.problems import FatalError

    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise FatalError("q.bad_date", exit_code=2, value=value) from None
