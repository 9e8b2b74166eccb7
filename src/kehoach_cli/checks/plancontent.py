"""Checks over what a plan says: restatements that point somewhere, times inside the plan's
horizon, and metadata the document leaves blank ("…")."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from kehoach_cli.checks.plans import unknown_id
from kehoach_cli.model import Plan, Source, TimeSpan
from kehoach_cli.problems import Problem, Term, warning
from kehoach_cli.reading import fileformat as ff
from kehoach_cli.reading.loading import LoadResult
from kehoach_cli.reading.yamlread import YamlPath
from kehoach_cli.reading.yamlread import dotted as _path

UNKNOWN = "…"


def restates_known(result: LoadResult) -> Iterator[Problem]:
    """``restates`` names a task (or "task#milestone") that exists, and not the clause itself."""
    tasks = result.workspace.tasks
    keys = set(tasks) | {f"{t.id}#{m.id}" for t in tasks.values() for m in t.milestones}
    for item in result.plan_files:
        for i, t in enumerate(item.model.tasks):
            if t.restates is not None and (t.restates not in tasks or t.restates == t.id):
                path: YamlPath = ("tasks", i, "restates")
                yield unknown_id("check.unknown_restates", t.restates, item.doc.source(path),
                                 _path(path), set(tasks) - {t.id})
            for j, m in enumerate(t.milestones):
                own = {t.id, f"{t.id}#{m.id}"}
                if m.restates is not None and (m.restates not in keys or m.restates in own):
                    path = ("tasks", i, "milestones", j, "restates")
                    yield unknown_id("check.unknown_restates", m.restates, item.doc.source(path),
                                     _path(path), keys - own)


def _outside(span: TimeSpan, first: date, last: date) -> bool:
    """Due after the horizon ends, or before it begins (a time that merely starts earlier —
    "Quý I" in a plan of February — is not outside: the part that matters is inside)."""
    if span.is_open:
        return span.start is not None and span.start > last
    return span.end > last or span.end < first


def _horizon(plan: Plan) -> tuple[date, date] | None:
    h = plan.horizon
    if h is None or h.is_open:
        return None
    return h.start or plan.document.date or date.min, h.end  # unknown date: no lower bound


def outside_horizon(result: LoadResult) -> Iterator[Problem]:
    """A warning for each task, milestone or report that runs outside the plan's horizon."""
    for plan in result.workspace.plans:
        bounds = _horizon(plan)
        if bounds is None:
            continue
        first, last = bounds
        shown = {"first": UNKNOWN if first == date.min else _fmt(first), "last": _fmt(last)}
        for task in plan.tasks:
            if task.time is not None and _outside(task.time, first, last):
                yield _warn(task.source, task.ref, task.time.text, shown)
            for m in task.milestones:
                if m.time.text and _outside(m.time, first, last):
                    yield _warn(m.source, f"{task.ref} ({m.id})", m.time.text, shown)
        for ob in plan.reporting:
            days = ob.due_days()
            if days and (days[-1] > last or days[-1] < first):
                yield _warn(ob.source, ob.ref, f"{_fmt(days[0])} – {_fmt(days[-1])}", shown)


def no_occurrence(result: LoadResult) -> Iterator[Problem]:
    """A recurring task time with no due day in the plan's window is judged nowhere: say so,
    rather than let a weekly duty silently count for nothing."""
    for plan in result.workspace.plans:
        if plan.occurrence_window is None:
            continue  # no window: recurring times stay open, never overdue
        first, last = plan.occurrence_window
        shown = {"first": _fmt(first), "last": _fmt(last)}
        for task in plan.tasks:
            times = [(task.source, task.ref, task.time)] if task.time else []
            times += [(m.source, f"{task.ref} ({m.id})", m.time) for m in task.milestones]
            for where, ref, span in times:
                for one in span.parts or (span,):
                    if one.recurrence is not None and not one.recurrence.due_days(first, last):
                        yield warning("check.no_occurrence", where, "", ref=ref, time=one.text,
                                      **shown)


def _warn(where: Source, ref: str, time: str, shown: dict[str, str]) -> Problem:
    return warning("check.outside_horizon", where, "", ref=ref, time=time, **shown)


def _fmt(day: date) -> str:
    return f"{day.day}/{day.month}/{day.year}"


def _blanks(m: ff.PlanFile) -> Iterator[tuple[str, YamlPath]]:
    d = m.document
    if d is None:
        return
    if UNKNOWN in d.number:
        yield "number", ("document", "number")
    if d.signer is not None and UNKNOWN in d.signer.name:
        yield "signer", ("document", "signer", "name")
    for i, ref in enumerate(d.based_on):
        if UNKNOWN in ref.number:
            yield "reference_number", ("document", "based_on", i, "number")
        if ref.date == UNKNOWN:
            yield "reference_date", ("document", "based_on", i, "date")


def unknown_metadata(result: LoadResult) -> Iterator[Problem]:
    """What the document does not give is written "…": a warning, so it is filled in later.
    An unknown issue date says what it costs (times counted from it, the drafts' "ngày …")."""
    for item in result.plan_files:
        d = item.model.document
        if d is not None and d.date == UNKNOWN:
            at: YamlPath = ("document", "date")
            yield warning("check.unknown_issue_date", item.doc.source(at), _path(at))
        for what, path in _blanks(item.model):
            yield warning("check.unknown_metadata", item.doc.source(path), _path(path),
                          what=Term(f"meta.{what}"))
