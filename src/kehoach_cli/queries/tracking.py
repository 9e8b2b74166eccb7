"""The tracking table offices keep ("Bảng theo dõi tiến độ thực hiện nhiệm vụ"), as rows.

One row per checkpoint — a milestone, or a task's own time, or an undated standing task — in
the plan's order, and one row per reporting duty per unit per month.  Plain dicts with the
English keys of docs/json.md and the plan's own texts; dates are ``date`` objects (the
spreadsheet wants real dates), turned into ISO strings only for JSON (``jsonable``).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from kehoach_cli.model import Checkpoint, Relation, Workspace
from kehoach_cli.queries.judged import DONE, Evaluation, Judgement, aggregate
from kehoach_cli.queries.lists import REPORT_TYPES, Item
from kehoach_cli.queries.status import checkpoints, is_standing

TASK_KEYS = ("stt", "plan", "ref", "title", "milestone", "lead", "support", "time", "start", "due",
             "status", "completed", "results", "days_overdue", "requested", "occurrence")
REPORT_KEYS = ("stt", "plan", "ref", "title", "type", "unit", "period", "due", "submitted",
               "status", "days_overdue", "requested")


def _names(ws: Workspace, refs: tuple[str, ...]) -> list[str]:
    return [ws.name_of(r) for r in refs]


def _results(ws: Workspace, judged: list[Judgement]) -> str:
    """The latest results each lead unit reported; named by unit when there are several."""
    said = [(j.unit, j.entry.results.strip()) for j in judged
            if j.entry is not None and j.entry.results.strip()]
    if len(judged) == 1:
        return said[0][1] if said else ""
    return "\n".join(f"{ws.units[u].short if u in ws.units else u}: {text}" for u, text in said)


def _completed(judged: list[Judgement]) -> date | None:
    """When the checkpoint was done: the last lead unit's completion, once all are done."""
    if not judged or any(j.category not in DONE for j in judged):
        return None
    days = [j.completed for j in judged if j.completed is not None]
    return max(days) if days else None


def _task_row(ws: Workspace, ev: Evaluation, cp: Checkpoint, stt: int) -> Item:
    task = cp.task
    judged = list(ev.for_checkpoint(cp.key))
    due = judged[0].due if judged else None
    return {
        "stt": stt, "plan": task.plan, "ref": task.ref, "title": task.title,
        "milestone": None if cp.milestone is None else cp.milestone.title,
        "lead": _names(ws, task.lead), "support": _names(ws, task.support),
        "time": None if is_standing(cp) else cp.time.text, "start": cp.time.start,
        "due": None if due == date.max else due,
        "status": aggregate(j.category for j in judged).value,
        "completed": _completed(judged), "results": _results(ws, judged),
        "days_overdue": max((j.days_overdue for j in judged), default=0),
        "requested": task.requested,
        "occurrence": cp.occurrence,
    }


def task_rows(ws: Workspace, ev: Evaluation) -> list[Item]:
    """Every task and milestone, numbered in the plan's order."""
    cps = [cp for plan in ws.plans for task in plan.tasks for cp in checkpoints(task)]
    return [_task_row(ws, ev, cp, n) for n, cp in enumerate(cps, start=1)]


def report_rows(ws: Workspace, ev: Evaluation) -> list[Item]:
    """Every report owed, per unit per month, by due day then the plan's order."""
    order = {id(ob): n for n, ob in enumerate(ob for p in ws.plans for ob in p.reporting)}
    judged = sorted(ev.reports, key=lambda r: (r.due, order.get(id(r.obligation), 0)))
    rows = []
    for n, r in enumerate(judged, start=1):
        ob, unit = r.obligation, ws.units.get(r.unit)
        rows.append({
            "stt": n, "plan": ob.plan, "ref": ob.ref, "title": ob.title,
            "type": REPORT_TYPES[ob.kind], "unit": ws.name_of(r.unit),
            "period": f"{r.month[0]:04d}-{r.month[1]:02d}", "due": r.due,
            "submitted": r.submitted, "status": r.category.value,
            "days_overdue": r.days_overdue,
            "requested": unit is not None and unit.relation == Relation.REQUESTED,
        })
    return rows


def jsonable(rows: list[Item]) -> list[Item]:
    """The rows with their dates as ISO strings."""
    return [{k: v.isoformat() if isinstance(v, date) else v for k, v in row.items()}
            for row in rows]


def tracking(ws: Workspace, ev: Evaluation) -> dict[str, Any]:
    """The whole export as JSON: the as-of day, the task table and the reporting duties."""
    return {"as_of": ev.as_of.isoformat(), "tasks": jsonable(task_rows(ws, ev)),
            "reports": jsonable(report_rows(ws, ev))}
