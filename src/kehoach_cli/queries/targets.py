"""How far each quantified target has come: figures from the records against the plan's words.

A target is met by comparison ("ít nhất" at least, "không quá" at most, "đúng" exactly);
exceeding a minimum is simply met, with no note.  A per-unit target ("mỗi xã ít nhất 02") is
owed by every unit it applies to (``Target.per``, default the leads): its goal is the quantity
times the units, and it is met when every one of them meets it — and, when an area-wide total is
stated beside it ("toàn huyện ít nhất 30"), when the sum meets that too.  A percentage target
compares each unit's reported percentage (the average over them stands for the whole).  A target
of a clause that restates another is not counted again (its task is not listed).
"""

from __future__ import annotations

from collections.abc import Iterable

from kehoach_cli.model import Comparison, Target, Task, Workspace
from kehoach_cli.queries.judged import Evaluation
from kehoach_cli.queries.restating import original_task

_COMPARISON_CODES = {Comparison.AT_LEAST: "at_least", Comparison.AT_MOST: "at_most",
                     Comparison.EXACTLY: "exactly"}
Item = dict[str, object]


def _latest(ws: Workspace, ev: Evaluation) -> dict[tuple[str, str, str], int]:
    latest: dict[tuple[str, str, str], int] = {}
    visible = sorted((s for s in ws.submissions if s.submitted <= ev.as_of),
                     key=lambda s: (s.month, s.submitted))
    for sub in visible:
        for entry in sub.entries:
            if entry.figures:
                task = original_task(ws, entry.task)
                for fig in entry.figures:
                    latest[(sub.unit, task, fig.target)] = fig.value
    return latest


def _rate(comparison: Comparison, achieved: int, goal: int) -> float:
    """1.0 when met; else how close: for a minimum, the share reached."""
    if comparison.met(achieved, goal):
        return 1.0
    if comparison is Comparison.AT_LEAST:
        return round(achieved / goal, 4) if goal else 0.0
    if comparison is Comparison.AT_MOST:
        return round(goal / achieved, 4) if achieved else 0.0
    low, high = sorted((achieved, goal))
    return round(low / high, 4) if high else 0.0


def _one(task: Task, target: Target, owners: tuple[str, ...], values: list[int]) -> Item:
    cmp = target.comparison
    if target.percent:
        achieved = round(sum(values) / len(values)) if values else 0
        goal = target.quantity
    else:
        achieved = sum(values)
        goal = target.quantity * (len(owners) if target.per_unit else 1)
    if target.per_unit:
        met_units = sum(1 for v in values if cmp.met(v, target.quantity))
        met = met_units == len(owners) and (target.overall is None
                                            or cmp.met(sum(values), target.overall))
    else:
        met_units = 1 if cmp.met(achieved, goal) else 0
        met = bool(met_units)
    return {"task": task.id, "ref": task.ref, "id": target.id,
            "description": target.description, "measure": target.measure,
            "quantity": target.quantity, "per_unit": target.per_unit,
            "goal": goal, "achieved": achieved,
            "rate": 1.0 if met else _rate(cmp, achieved, goal),
            "comparison": _COMPARISON_CODES[cmp], "percent": target.percent,
            "overall": target.overall, "units": len(owners), "units_met": met_units,
            "met": met}


def target_progress(ev: Evaluation, ws: Workspace) -> list[Item]:
    """Each quantified target: the latest figure of every unit it applies to as of the date."""
    latest = _latest(ws, ev)
    out = []
    tasks: Iterable[Task] = (t for t in ws.tasks.values() if t.restates is None)
    for task in tasks:
        for target in task.targets:
            owners = ws.expand(target.per if target.per_unit else task.lead)
            found = [latest.get((u, task.id, target.id)) for u in owners]
            values = [v if v is not None else 0 for v in found]
            if target.percent:
                values = [v for v in found if v is not None]
            out.append(_one(task, target, owners, values))
    return out
