"""Load and check a workspace in one pass, letting each file's parsed form go once it is checked.

``load_workspace`` then ``run_checks`` keeps every file's pydantic model, parse tree and
positions until the last check has run: 90 MB at 10k tasks, the largest block of a cold run's
memory.  Here the plans are read, built and checked first (their checks need all plans at
once), and their models let go; then each progress file is read, built, checked against the
plans and let go, keeping only its submission, its (unit, month) and its text, compressed, in
case a later file repeats its unit and month and the message must say where the first was.

The problems are those of ``run_checks``, in the same order: they are sorted by file, line,
column and code, every check locates a problem in the file it is looking at, and within one
file each check's problems come in the order ``CHECKS`` lists the checks, as there
(``progress.file_checks``; the tests compare the two on every corpus file and a province).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from kehoach_cli.checks import CHECKS, progress
from kehoach_cli.model import Submission, Workspace
from kehoach_cli.problems import Problem
from kehoach_cli.reading.loading import Progress, display_of, read_plans, read_progress_file
from kehoach_cli.reading.loadtypes import LightLoadResult, LoadResult
from kehoach_cli.reading.textpack import TextPack

PER_FILE = (progress.file_placement, progress.duplicate_submissions, progress.unknown_references,
            progress.dates, progress.figures)  # fmt: skip
PLAN_CHECKS = tuple(check for check in CHECKS if check not in PER_FILE)


def load_and_check(root: Path, overrides: Mapping[str, bytes] | None = None,
                   tick: Progress | None = None) -> tuple[LoadResult, list[Problem]]:  # fmt: skip
    """What ``run_checks(load_workspace(root, overrides, tick))`` gives, with the parsed
    files read again from disk only if a caller asks for them (``LightLoadResult``)."""
    stage = read_plans(root, overrides, tick, compact=True)
    plans = Workspace(str(root), stage.settings, stage.units, stage.groups, tuple(stage.plans))
    plan_result = LoadResult(plans, stage.plan_files)
    found = [p for check in PLAN_CHECKS for p in check(plan_result)]
    del plan_result
    stage.plan_files.clear()
    read, built = stage.read_problems, list(stage.build_problems)
    submissions: list[Submission] = []
    keys: dict[str, list[str]] = {}
    first: progress.Firsts = {}
    kept = TextPack()  # the texts ``first`` keeps, for a later duplicate's message
    for path in stage.progress_paths:
        item, submission, read_here, built_here = read_progress_file(
            root, path, stage.settings, overrides
        )
        read.extend(read_here)
        built.extend(built_here)
        if submission is not None:
            submissions.append(submission)
        if item is not None:
            found.extend(progress.file_checks(plans, item, first))
            keys[item.doc.file] = [item.model.unit, item.model.month]
            item.doc.compact(kept)
        if stage.tick is not None:
            stage.tick()
    workspace = Workspace(plans.root, plans.settings, plans.units, plans.groups, plans.plans,
                          tuple(submissions), plans.tasks)  # fmt: skip
    files = display_of(root, [*stage.plan_paths, *stage.progress_paths])
    load_problems = read + built
    checked = sorted([*load_problems, *found], key=lambda p: p.sort_key())
    return LightLoadResult(root, workspace, load_problems, files, keys), checked
