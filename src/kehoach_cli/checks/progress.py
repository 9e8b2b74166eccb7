"""Checks over progress records: where each file sits, what it names, its dates and figures."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import PurePosixPath

from kehoach_cli.checks.plans import unknown_unit
from kehoach_cli.loading import PROGRESS_DIR, LoadResult
from kehoach_cli.model import Source
from kehoach_cli.problems import Problem, problem
from kehoach_cli.yamlread import YamlPath
from kehoach_cli.yamlread import dotted as _path


def file_placement(result: LoadResult) -> Iterator[Problem]:
    """A record for 2023-08 lives in progress/2023-08/, so a month's folder is the whole month."""
    for item in result.progress_files:
        parts = PurePosixPath(item.doc.file).parts
        folder = parts[-2] if len(parts) >= 2 else ""
        if parts[0] == PROGRESS_DIR and folder != item.model.month:
            yield problem("check.progress_folder", item.doc.source(("month",)), "month",
                          month=item.model.month, folder=folder)


def duplicate_submissions(result: LoadResult) -> Iterator[Problem]:
    first: dict[tuple[str, str], Source] = {}
    for item in result.progress_files:
        key = (item.model.unit, item.model.month)
        where = item.doc.source(("unit",))
        earlier = first.setdefault(key, where)
        if earlier is not where:
            yield problem("check.duplicate_submission", where, "unit", unit=key[0], month=key[1],
                          first=str(earlier))
        seen: dict[tuple[str, str | None], int] = {}
        for i, entry in enumerate(item.model.entries):
            entry_key = (entry.task, entry.milestone)
            if entry_key in seen:
                path: YamlPath = ("entries", i)
                yield problem("check.duplicate_entry", item.doc.source(path), _path(path),
                              task=entry.task, first=seen[entry_key] + 1)
            seen.setdefault(entry_key, i)


def unknown_references(result: LoadResult) -> Iterator[Problem]:
    ws = result.workspace
    for item in result.progress_files:
        unit = item.model.unit
        if unit not in ws.units and unit not in ws.groups:
            yield unknown_unit(unit, item.doc.source(("unit",)), "unit", set(ws.units))
        for i, entry in enumerate(item.model.entries):
            task = ws.tasks.get(entry.task)
            path: YamlPath = ("entries", i, "task")
            if task is None:
                yield problem("check.unknown_task", item.doc.source(path), _path(path), id=entry.task)
                continue
            if entry.milestone is not None and entry.milestone not in {
                m.id for m in task.milestones
            }:
                at: YamlPath = ("entries", i, "milestone")
                yield problem("check.unknown_milestone", item.doc.source(at), _path(at),
                              id=entry.milestone, task=task.id)
            if unit in ws.units and unit not in ws.expand(task.lead + task.support):
                yield problem("check.not_responsible", item.doc.source(path), _path(path),
                              unit=unit, task=task.id)


def dates(result: LoadResult) -> Iterator[Problem]:
    for item in result.progress_files:
        m = item.model
        for i, entry in enumerate(m.entries):
            path: YamlPath = ("entries", i, "completed")
            if entry.completed and entry.completed > m.submitted:
                yield problem("check.completed_after_submission", item.doc.source(path), _path(path),
                              completed=entry.completed.isoformat(), submitted=m.submitted.isoformat())
            if entry.state == "hoàn thành" and entry.completed is None:
                yield problem("check.done_without_date", item.doc.source(("entries", i, "state")),
                              _path(("entries", i, "state")))
            if entry.state != "hoàn thành" and entry.completed is not None:
                yield problem("check.date_without_done", item.doc.source(path), _path(path),
                              state=entry.state)


def figures(result: LoadResult) -> Iterator[Problem]:
    """A figure names a target of its task; above the target it needs a note saying why."""
    ws = result.workspace
    for item in result.progress_files:
        for i, entry in enumerate(item.model.entries):
            task = ws.tasks.get(entry.task)
            if task is None:
                continue
            targets = {t.id: t for t in task.targets}
            for j, fig in enumerate(entry.figures):
                path: YamlPath = ("entries", i, "figures", j)
                target = targets.get(fig.target)
                if target is None:
                    yield problem("check.unknown_target", item.doc.source((*path, "target")),
                                  _path((*path, "target")), id=fig.target, task=task.id)
                elif fig.value > target.quantity and not fig.note:
                    yield problem("check.figure_above_target", item.doc.source((*path, "value")),
                                  _path((*path, "value")), value=fig.value, quantity=target.quantity)
