"""Bring a cached checked workspace up to date when only some progress files changed.

A progress file is built on its own (its unit, month and entries, read with the workspace's
settings) and checked against the plans: where it sits, what it names, its dates and figures.
None of that depends on the other progress files except one check, duplicate submissions (two
files for the same unit and month).  So when the plans and the settings are unchanged and each
changed file still names the same unit and month, which no other file names, the changed files
alone are parsed, validated, built and checked (``progress.file_checks``, as a first load
checks each progress file: ``checks.onepass``); their submissions and problems replace the old
ones and everything else is kept.  Any other change (a plan, the settings, a file added or
removed, a changed unit or month, a file that no longer validates) loads the workspace afresh.
The result is the same as a fresh load's, problem for problem (the tests compare them).
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from kehoach_cli.reading.layout import PROGRESS_DIR

if TYPE_CHECKING:
    from kehoach_cli.model import Workspace
    from kehoach_cli.problems import Problem

Parts = tuple["Workspace", list["Problem"], list["Problem"], list[str]]
Keys = dict[str, list[str]]


def applies(changed: dict[str, bytes]) -> bool:
    """Whether only progress files changed (the plans and settings did not)."""
    return all(rel.startswith(PROGRESS_DIR + "/") for rel in changed)


def update(root: Path, old: Parts, changed: dict[str, bytes], keys: Keys) -> tuple[Parts, Keys] | None:
    """The checked workspace with ``changed`` (path → new bytes) read again, or None when the
    change reaches beyond those files (then the caller loads everything)."""
    from kehoach_cli.checks import progress
    from kehoach_cli.reading.loading import load_progress

    workspace, load_problems, problems, files = old
    count = Counter(tuple(key) for key in keys.values())
    if any(rel not in keys or count[tuple(keys[rel])] != 1 for rel in changed):
        return None
    paths = [root / rel for rel in sorted(changed)]
    loaded, submissions, found = load_progress(root, paths, workspace.settings, changed)
    new_keys = {item.doc.file: [item.model.unit, item.model.month] for item in loaded}
    built = {s.source.file: s for s in submissions}
    before = {s.source.file for s in workspace.submissions}
    if any(new_keys.get(rel) != keys[rel] or rel not in built or rel not in before
           for rel in changed):  # fmt: skip
        return None
    fresh = dataclasses.replace(
        workspace, submissions=tuple(built.get(s.source.file, s) for s in workspace.submissions)
    )
    first: progress.Firsts = {}  # each changed file's unit and month is its own (checked above)
    checked = [p for item in loaded for p in progress.file_checks(workspace, item, first)]
    kept = [p for p in problems if p.source.file not in changed]
    merged = sorted(kept + [p for p in checked if p.source.file in changed], key=_order)
    kept_load = [p for p in load_problems if p.source.file not in changed]
    return (fresh, kept_load + found, merged, files), {**keys, **new_keys}


def _order(p: Problem) -> tuple[str, int, int, str]:
    return p.sort_key()
