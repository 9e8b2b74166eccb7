"""Checks over progress records: where each file sits, what it names, its dates and figures."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from kehoach_cli.checks.plans import unknown_id, unknown_unit
from kehoach_cli.model import ReportPeriod, Settings, Source, Task, Workspace
from kehoach_cli.problems import Problem, problem
from kehoach_cli.reading import fileformat as ff
from kehoach_cli.reading.loading import PROGRESS_DIR, Loaded, LoadResult
from kehoach_cli.reading.yamlread import YamlDoc, YamlPath
from kehoach_cli.reading.yamlread import dotted as _path

Item = Loaded[ff.ProgressFile]
Firsts = dict[tuple[str, str], YamlDoc]  # (unit, month) → the first file that gave it


def file_checks(ws: Workspace, item: Item, first: Firsts) -> Iterator[Problem]:
    """Every check below on one file, in the order ``checks.CHECKS`` lists them: for a caller
    that checks each file as it is read (``checks.onepass``); ``first`` is carried between
    files."""
    yield from placement_in(item)
    yield from duplicates_in(item, first)
    yield from references_in(ws, item)
    yield from dates_in(ws.settings, item)
    yield from figures_in(ws, item)


def file_placement(result: LoadResult) -> Iterator[Problem]:
    for item in result.progress_files:
        yield from placement_in(item)


def placement_in(item: Item) -> Iterator[Problem]:
    """A record for 2023-08 lives in progress/2023-08/, so a month's folder is the whole month."""
    parts = item.doc.file.split("/")  # a display name, '/'-separated and normalised
    folder = parts[-2] if len(parts) >= 2 else ""
    month = item.model.month
    if not 1 <= int(month[5:]) <= 12:
        return  # not a month at all: reported as such, and there is no folder to move to
    if parts[0] == PROGRESS_DIR and folder != month:
        yield problem("check.progress_folder", item.doc.source(("month",)), "month",
                      month=item.model.month, folder=folder)


def duplicate_submissions(result: LoadResult) -> Iterator[Problem]:
    first: Firsts = {}
    for item in result.progress_files:
        yield from duplicates_in(item, first)


def duplicates_in(item: Item, first: Firsts) -> Iterator[Problem]:
    """Positions are asked for only for a duplicate (see ``plans.duplicate_ids``)."""
    key = (item.model.unit, item.model.month)
    earlier = first.setdefault(key, item.doc)
    if earlier is not item.doc:
        yield problem("check.duplicate_submission", item.doc.source(("unit",)), "unit",
                      unit=key[0], month=key[1], first=str(earlier.source(("unit",))))
    # one entry per (task, milestone) — per occurrence, for a recurring time: the Thursdays of
    # a month are four entries, not duplicates
    seen: dict[tuple[str, str | None, date | None], int] = {}
    for i, entry in enumerate(item.model.entries):
        earlier_i = seen.setdefault((entry.task, entry.milestone, entry.occurrence), i)
        if earlier_i != i:
            path: YamlPath = ("entries", i)
            if entry.occurrence is None:
                yield problem("check.duplicate_entry", item.doc.source(path), _path(path),
                              task=entry.task, first=earlier_i + 1)
            else:
                yield problem("check.duplicate_occurrence", item.doc.source(path), _path(path),
                              task=entry.task, day=_day(entry.occurrence),
                              first=earlier_i + 1)


def unknown_references(result: LoadResult) -> Iterator[Problem]:
    for item in result.progress_files:
        yield from references_in(result.workspace, item)


def references_in(ws: Workspace, item: Item) -> Iterator[Problem]:
    unit = item.model.unit
    if unit not in ws.units and unit not in ws.groups:
        yield unknown_unit(unit, item.doc.source(("unit",)), "unit", {*ws.units, *ws.groups})
    tasks, known_unit = ws.tasks, unit in ws.units
    for i, entry in enumerate(item.model.entries):
        task = tasks.get(entry.task)
        path: YamlPath = ("entries", i, "task")
        if task is None:
            yield unknown_id("check.unknown_task", entry.task, item.doc.source(path),
                             _path(path), ws.tasks)
            continue
        if entry.milestone is not None and entry.milestone not in {
            m.id for m in task.milestones
        }:
            at: YamlPath = ("entries", i, "milestone")
            yield problem("check.unknown_milestone", item.doc.source(at), _path(at),
                          id=entry.milestone, task=task.id)
        if known_unit and not _responsible(ws, unit, task):
            yield problem("check.not_responsible", item.doc.source(path), _path(path),
                          unit=unit, task=task.id)
        if entry.occurrence is not None:
            yield from _unknown_occurrence(ws, task, entry.milestone, entry.occurrence,
                                           item.doc.source(("entries", i, "occurrence")), i)


def _unknown_occurrence(ws: Workspace, task: Task, milestone: str | None, day: date,
                        where: Source, i: int) -> Iterator[Problem]:
    """``occurrence:`` names a due day of the clause's recurring time.  A record filed under a
    restating clause is left to the clause it restates (``queries.restating``), unchecked here."""
    named = [m for m in task.milestones if m.id == milestone]
    if task.restates is not None or (milestone is not None and not named) or any(
            m.restates is not None for m in named):
        return  # a milestone the task does not have is reported as such
    days = sorted({cp.occurrence for cp in task.checkpoints() if cp.occurrence is not None
                   and (milestone is None or (cp.milestone is not None
                                              and cp.milestone.id == milestone))})
    key = task.id if milestone is None else f"{task.id}#{milestone}"
    at = _path(("entries", i, "occurrence"))
    if not days:
        yield problem("check.occurrence_not_recurring", where, at, key=key)
    elif day not in days:
        near = sorted(days, key=lambda d: (abs((d - day).days), d))[:2]
        yield problem("check.unknown_occurrence", where, at, key=key, day=_day(day),
                      near=", ".join(f"{_day(d)} ({d.isoformat()})" for d in sorted(near)))


def _day(day: date) -> str:
    return f"{day.day}/{day.month}/{day.year}"


def _involved(task: Task) -> tuple[str, ...]:
    """Who may report on a task: its lead and support units, and the units a target is owed by
    ("mỗi cơ quan, đơn vị, phường, xã xây dựng 01 mô hình" makes every one of them report)."""
    if not task.targets:
        return task.lead + task.support
    return task.lead + task.support + tuple(u for target in task.targets for u in target.per)


def _responsible(ws: Workspace, unit: str, task: Task) -> bool:
    """``unit`` is among ``ws.members`` of someone ``_involved``: asked for each of 30,000
    entries at 10k tasks, so the groups are looked up here, not through a generator."""
    groups = ws.groups
    for ref in _involved(task):
        group = groups.get(ref)
        if (unit in group.members) if group is not None else ref == unit:
            return True
    return False


def period_start(year: int, month: int, settings: Settings) -> date:
    """The first day a month's report can speak of: the 1st, or the 15th of the month before
    under Nghị định 09/2019 (``report_period: nđ09``)."""
    if settings.report_period == ReportPeriod.DECREE_09:
        return date(year - 1, 12, 15) if month == 1 else date(year, month - 1, 15)
    return date(year, month, 1)


def dates(result: LoadResult) -> Iterator[Problem]:
    """Dates that contradict the record: sent before its month began, done after it was sent,
    done without a date, or dated without being done."""
    for item in result.progress_files:
        yield from dates_in(result.workspace.settings, item)


def dates_in(settings: Settings, item: Item) -> Iterator[Problem]:
    m = item.model
    year, month = (int(x) for x in m.month.split("-"))
    start = period_start(year, month, settings) if 1 <= month <= 12 else None
    for key in ("submitted", "thematic_submitted"):
        sent = getattr(m, key)
        if start is not None and sent is not None and sent < start:
            yield problem("check.submitted_before_month", item.doc.source((key,)), key,
                          submitted=sent.isoformat(), month=m.month, start=start.isoformat())
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
    for item in result.progress_files:
        yield from figures_in(result.workspace, item)


def figures_in(ws: Workspace, item: Item) -> Iterator[Problem]:
    tasks = ws.tasks
    for i, entry in enumerate(item.model.entries):
        task = tasks.get(entry.task) if entry.figures else None  # most entries give none
        if task is None:
            continue
        targets = {t.id: t for t in task.targets}
        seen: dict[str, int] = {}
        for j, fig in enumerate(entry.figures):
            path: YamlPath = ("entries", i, "figures", j)
            target = targets.get(fig.target)
            first = seen.setdefault(fig.target, j)
            if first != j:
                yield problem("check.duplicate_figure", item.doc.source((*path, "target")),
                              _path((*path, "target")), target=fig.target, first=first + 1)
            elif target is None:
                yield problem("check.unknown_target", item.doc.source((*path, "target")),
                              _path((*path, "target")), id=fig.target, task=task.id)
            elif fig.value > target.quantity and not fig.note:
                yield problem("check.figure_above_target", item.doc.source((*path, "value")),
                              _path((*path, "value")), value=fig.value, quantity=target.quantity)
