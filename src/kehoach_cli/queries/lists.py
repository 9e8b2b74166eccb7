"""What the query commands show, as plain data: the JSON contract of docs/json.md.

Each function turns an ``Evaluation`` into dicts with English keys and the plan's own
(Vietnamese) names and texts as values.  The text views render these same dicts, so ``--json``
and the screen can never disagree.  Dates are ISO strings or None.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date
from typing import Any

from kehoach_cli.model import Checkpoint, Relation, ReportKind, Task, Workspace
from kehoach_cli.queries.restating import restated_in
from kehoach_cli.queries.status import (
    DONE,
    Category,
    Evaluation,
    Judgement,
    ReportJudgement,
    aggregate,
    checkpoint_keys,
    checkpoints,
    is_standing,
    paused_gc,
)
from kehoach_cli.queries.targets import target_progress

Item = dict[str, Any]
_OPEN = (Category.NOT_DUE, Category.IN_PROGRESS)
CODES = tuple(c.value for c in Category)
REPORT_TYPES = {ReportKind.PERIODIC: "periodic", ReportKind.THEMATIC: "thematic",
                ReportKind.AD_HOC: "ad_hoc"}


def unit_ref(ws: Workspace, uid: str) -> dict[str, str]:
    return {"id": uid, "name": ws.name_of(uid)}


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None and d != date.max else None


def is_requested(ws: Workspace, cp: Checkpoint, unit: str | None = None) -> bool:
    """Whether the plan can only ask (đề nghị) for it: the task says so, or the unit judged
    (every lead unit, when none is named) is a body the plan requests."""
    if cp.lead is cp.task.lead and cp.task.requested:
        return True
    units = (unit,) if unit is not None else ws.expand(cp.lead)
    found = [ws.units[u].relation for u in units if u in ws.units]
    return bool(found) and all(r == Relation.REQUESTED for r in found)


def _requested_unit(ws: Workspace, unit: str) -> bool:
    found = ws.units.get(unit)
    return found is not None and found.relation == Relation.REQUESTED


def task_item(ws: Workspace, cp: Checkpoint, judged: Iterable[Judgement],
              unit: str | None = None) -> Item:
    """One checkpoint, its status aggregated over ``judged`` (one judgement per lead unit)."""
    js = list(judged)
    task = cp.task
    lefts = [j.days_left for j in js if j.days_left is not None]
    first = js[0] if js else None
    return {
        "kind": "task",
        "id": task.id,
        "milestone": None if cp.milestone is None else {"id": cp.milestone.id,
                                                        "title": cp.milestone.title},
        "plan": task.plan,
        "ref": task.ref,
        "title": task.title,
        "time": None if is_standing(cp) else cp.time.text,
        "start": _iso(cp.time.start),
        "due": _iso(first.due if first else None),
        "status": aggregate(j.category for j in js).value,
        "days_overdue": max((j.days_overdue for j in js), default=0),
        "days_left": min(lefts) if lefts else None,
        "unit": None if unit is None else unit_ref(ws, unit),
        "lead": [unit_ref(ws, u) for u in cp.lead],
        "support": [unit_ref(ws, u) for u in task.support],
        "requested": is_requested(ws, cp, unit),
        "restated_in": restated_in(ws, cp),
        "occurrence": _iso(cp.occurrence),
    }


def report_item(ws: Workspace, r: ReportJudgement) -> Item:
    ob = r.obligation
    return {
        "kind": "report",
        "id": ob.id,
        "plan": ob.plan,
        "ref": ob.ref,
        "title": ob.title,
        "type": REPORT_TYPES[ob.kind],
        "unit": unit_ref(ws, r.unit),
        "period": f"{r.month[0]:04d}-{r.month[1]:02d}",
        "regime": ob.every,
        "due": r.due.isoformat(),
        "submitted": _iso(r.submitted),
        "status": r.category.value,
        "days_overdue": r.days_overdue,
        "days_left": r.days_left,
        "requested": _requested_unit(ws, r.unit),
    }


def _units_of(ws: Workspace, unit: str | None) -> set[str] | None:
    return None if unit is None else set(ws.members(unit))


def overdue_items(ev: Evaluation, ws: Workspace, unit: str | None = None) -> list[Item]:
    """Overdue checkpoints (one item per late unit) and reports; the longest overdue first."""
    wanted = _units_of(ws, unit)
    items = [task_item(ws, j.checkpoint, [j], j.unit) for j in ev.judgements
             if j.category == Category.OVERDUE and (wanted is None or j.unit in wanted)]
    items += [report_item(ws, r) for r in ev.reports
              if r.category == Category.OVERDUE and (wanted is None or r.unit in wanted)]
    return sorted(items, key=lambda i: (-i["days_overdue"], i["due"], i["kind"], i["ref"],
                                        i["unit"]["id"]))


def upcoming_items(ev: Evaluation, ws: Workspace, within_days: int,
                   unit: str | None = None) -> list[Item]:
    """Unfinished checkpoints and unfiled reports due within ``within_days``; soonest first."""
    wanted = _units_of(ws, unit)

    def soon(left: int | None, who: str) -> bool:
        return left is not None and left <= within_days and (wanted is None or who in wanted)

    items = [task_item(ws, j.checkpoint, [j], j.unit) for j in ev.judgements
             if j.category not in DONE and soon(j.days_left, j.unit)]
    items += [report_item(ws, r) for r in ev.reports
              if r.category == Category.NOT_DUE and soon(r.days_left, r.unit)]
    return sorted(items, key=lambda i: (i["days_left"], i["due"], i["kind"], i["ref"],
                                        i["unit"]["id"]))


def on_time_rate(counts: Counter[str]) -> float | None:
    """Tỷ lệ hoàn thành đúng hạn: on time over everything already judged (done or overdue);
    work still in its window is not counted either way.  None when nothing is judged yet."""
    judged = counts["done_on_time"] + counts["done_late"] + counts["overdue"]
    return round(counts["done_on_time"] / judged, 4) if judged else None


def _counted(categories: Iterable[Category]) -> dict[str, int]:
    found: Counter[str] = Counter(categories)  # a Category is equal to, and hashes as, its code
    return {code: found[code] for code in CODES}


class _UnitIndex:
    """What the per-unit rows need, gathered in one pass over the tasks and the reports:
    asking each of hundreds of units to walk every task made ``units`` and ``status``
    quadratic in the size of a province."""

    def __init__(self, ws: Workspace, ev: Evaluation) -> None:
        self.supported: dict[str, set[str]] = {}  # unit → checkpoints it supports, not leads
        for task in ws.tasks.values():
            if not task.support:
                continue
            only = set(ws.expand(task.support)) - set(ws.expand(task.lead))
            if only:
                keys = checkpoint_keys(task)
                for uid in only:
                    self.supported.setdefault(uid, set()).update(keys)
        self.late_reports = Counter(r.unit for r in ev.reports
                                    if r.category == Category.OVERDUE)


def _row(ws: Workspace, uid: str, ev: Evaluation, members: set[str], index: _UnitIndex) -> Item:
    mine = [j for m in members for j in ev.by_unit.get(m, ())]
    counts = _counted(j.category for j in mine)
    supported: set[str] = set()
    for m in members:
        supported |= index.supported.get(m, set())
    late_reports = sum(index.late_reports[m] for m in members)
    short = ws.units[uid].short if uid in ws.units else ws.groups[uid].short
    return {**unit_ref(ws, uid), "short": short, "lead": len({j.checkpoint.key for j in mine}),
            "support": len(supported), **counts,
            "on_time_rate": on_time_rate(Counter(counts)), "reports_overdue": late_reports,
            "requested": all(_requested_unit(ws, m) for m in members)}


def unit_counts(ev: Evaluation, ws: Workspace, *, groups: bool = True) -> Item:
    """Every unit and every group (its members' judgements together), in declaration order;
    ``groups=False`` leaves the groups' rows empty for callers that only want the units."""
    index = _UnitIndex(ws, ev)
    units = [_row(ws, uid, ev, {uid}, index) for uid in ws.units]
    rows = [{**_row(ws, gid, ev, set(g.members), index), "members": list(g.members)}
            for gid, g in ws.groups.items()] if groups else []
    return {"as_of": ev.as_of.isoformat(), "units": units, "groups": rows}


def _covers(ws: Workspace, refs: tuple[str, ...], members: set[str]) -> bool:
    return bool(members) and members <= set(ws.expand(refs))


def assignments(ws: Workspace, ev: Evaluation, unit_id: str) -> Item:
    """What a unit (or group) leads and supports, groups included, in the plan's order.

    A lead item's status is the unit's own (for a group: its members' together); a support
    item's is the lead units' together, since a supporting unit is not judged on its own.
    """
    members = set(ws.members(unit_id))
    lead: list[Item] = []
    support: list[Item] = []
    for task in ws.tasks.values():
        if _covers(ws, task.lead, members):
            lead += _checkpoint_items(ws, ev, task, members)
        elif _covers(ws, task.support, members):
            support += _checkpoint_items(ws, ev, task, None)
    return {"as_of": ev.as_of.isoformat(), "unit": unit_ref(ws, unit_id),
            "lead": lead, "support": support}


def _checkpoint_items(ws: Workspace, ev: Evaluation, task: Task,
                      members: set[str] | None) -> list[Item]:
    out = []
    for cp in checkpoints(task):
        judged = [j for j in ev.for_checkpoint(cp.key) if members is None or j.unit in members]
        out.append(task_item(ws, cp, judged))
    return out


def status_summary(ev: Evaluation, ws: Workspace) -> Item:
    """The one-screen summary: totals, sections, units that lead work, targets, this month's
    reports.  Totals count each checkpoint once, over its lead units (``aggregate``)."""
    with paused_gc():  # many small dicts, no cycles (see ``evaluate``)
        return _summary(ev, ws)


def _summary(ev: Evaluation, ws: Workspace) -> Item:
    per_cp = {key: (task, ev.task_category(key))
              for task in ws.tasks.values() for key in checkpoint_keys(task)}
    units = [row for row in unit_counts(ev, ws, groups=False)["units"] if row["lead"]]
    this_month = (ev.as_of.year, ev.as_of.month)
    standing = sum(1 for task in ws.tasks.values() for cp in checkpoints(task)
                   if is_standing(cp) and ev.task_category(cp.key) in _OPEN)
    return {
        "as_of": ev.as_of.isoformat(),
        "totals": _counted(cat for _, cat in per_cp.values()),
        "standing": standing,
        "sections": _sections(ws, per_cp.values()),
        "units": units,
        "targets": target_progress(ev, ws),
        "reports": [report_item(ws, r) for r in ev.reports if r.month == this_month],
    }


def _sections(ws: Workspace, judged: Iterable[tuple[Task, Category]]) -> list[Item]:
    titles = {(p.id, s.ref): s.title for p in ws.plans for s in p.sections}
    rows: dict[tuple[str, str], Counter[str]] = {}
    for task, cat in judged:
        rows.setdefault((task.plan, task.section), Counter())[cat.value] += 1
    return [{"plan": plan, "ref": ref, "title": titles.get((plan, ref), ""),
             **{code: c[code] for code in CODES}, "on_time_rate": on_time_rate(c)}
            for (plan, ref), c in rows.items()]
