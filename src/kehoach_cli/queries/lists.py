"""What the query commands show, as plain data: the JSON contract of docs/json.md.

Each function turns an ``Evaluation`` into dicts with English keys and the plan's own
(Vietnamese) names and texts as values.  The text views render these same dicts, so ``--json``
and the screen can never disagree.  Dates are ISO strings or None.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date
from operator import itemgetter
from typing import Any

from kehoach_cli.model import Checkpoint, Relation, ReportKind, Task, Workspace
from kehoach_cli.queries.checkpointing import is_standing, task_points
from kehoach_cli.queries.restating import restated_in
from kehoach_cli.queries.status import (
    DONE,
    Category,
    Evaluation,
    Judgement,
    ReportJudgement,
    aggregate,
    paused_gc,
)
from kehoach_cli.queries.targets import target_progress
from kehoach_cli.queries.unitindex import UnitIndex

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
    category, days_overdue, days_left, due = _together(list(judged))
    task = cp.task
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
        "due": _iso(due),
        "status": category.value,
        "days_overdue": days_overdue,
        "days_left": days_left,
        "unit": None if unit is None else unit_ref(ws, unit),
        "lead": [unit_ref(ws, u) for u in cp.lead],
        "support": [unit_ref(ws, u) for u in task.support],
        "requested": is_requested(ws, cp, unit),
        "restated_in": restated_in(ws, cp),
        "occurrence": _iso(cp.occurrence),
    }


def _together(js: list[Judgement]) -> tuple[Category, int, int | None, date | None]:
    """Several units' judgements of one checkpoint as one: category (``aggregate``), days
    overdue (the most), days left (the fewest), due day (the first's)."""
    if len(js) == 1:  # one unit's item (overdue, upcoming): what ``aggregate`` gives of one
        one = js[0]
        return one.category, one.days_overdue, one.days_left, one.due
    lefts = [j.days_left for j in js if j.days_left is not None]
    return (aggregate(j.category for j in js), max((j.days_overdue for j in js), default=0),
            min(lefts) if lefts else None, js[0].due if js else None)


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
    return [_late_item(ws, late) for _, late in _overdue(ev, ws, unit)]


def overdue_head(ev: Evaluation, ws: Workspace, count: int) -> tuple[list[Item], int]:
    """The first ``count`` of ``overdue_items`` and how many there are in all: the status
    screen shows a few of thousands, and only those are built."""
    found = _overdue(ev, ws, None)
    return [_late_item(ws, late) for _, late in found[:count]], len(found)


_Late = Judgement | ReportJudgement


def _overdue(ev: Evaluation, ws: Workspace, unit: str | None) -> list[tuple[object, _Late]]:
    """What is overdue, in the order of its items: each sort key is the one its item gives
    (days overdue, due day, kind, ref, unit), read from the judgement before it is built."""
    wanted = _units_of(ws, unit)
    found: list[tuple[object, _Late]] = [
        ((-j.days_overdue, _iso(j.due), "task", j.checkpoint.task.ref, j.unit), j)
        for j in ev.judgements
        if j.category == Category.OVERDUE and (wanted is None or j.unit in wanted)]
    found += [((-r.days_overdue, r.due.isoformat(), "report", r.obligation.ref, r.unit), r)
              for r in ev.reports
              if r.category == Category.OVERDUE and (wanted is None or r.unit in wanted)]
    return sorted(found, key=itemgetter(0))


def _late_item(ws: Workspace, late: _Late) -> Item:
    if isinstance(late, ReportJudgement):
        return report_item(ws, late)
    return task_item(ws, late.checkpoint, [late], late.unit)


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


def _row(ws: Workspace, uid: str, members: Iterable[str], index: UnitIndex) -> Item:
    counts = _counted(index.categories(members))
    short = ws.units[uid].short if uid in ws.units else ws.groups[uid].short
    return {**unit_ref(ws, uid), "short": short, "lead": index.lead(members),
            "support": index.support(members), **counts,
            "on_time_rate": on_time_rate(Counter(counts)),
            "reports_overdue": index.late_reports(members),
            "requested": all(_requested_unit(ws, m) for m in members)}


def unit_counts(ev: Evaluation, ws: Workspace, *, groups: bool = True) -> Item:
    """Every unit and every group (its members' judgements together), in declaration order;
    ``groups=False`` leaves the groups' rows empty for callers that only want the units."""
    index = UnitIndex(ws, ev)
    units = [_row(ws, uid, (uid,), index) for uid in ws.units]
    rows = [{**_row(ws, gid, set(g.members), index), "members": list(g.members)}
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
    cps, keys = task_points(ws)(task)
    for cp, key in zip(cps, keys, strict=True):
        judged = [j for j in ev.for_checkpoint(key) if members is None or j.unit in members]
        out.append(task_item(ws, cp, judged))
    return out


def status_summary(ev: Evaluation, ws: Workspace) -> Item:
    """The one-screen summary: totals, sections, units that lead work, targets, this month's
    reports.  Totals count each checkpoint once, over its lead units (``aggregate``)."""
    with paused_gc():  # many small dicts, no cycles (see ``evaluate``)
        return _summary(ev, ws)


def _summary(ev: Evaluation, ws: Workspace) -> Item:
    per_cp: dict[str, tuple[Task, Category]] = {}
    standing = 0
    points = task_points(ws)
    categories = ev.categories()  # a key not judged is a KeyError, as ``task_category`` says
    for task in ws.tasks.values():
        cps, keys = points(task)
        for cp, key in zip(cps, keys, strict=True):
            category = categories[key]
            per_cp[key] = (task, category)
            if category in _OPEN and is_standing(cp):
                standing += 1
    units = [row for row in unit_counts(ev, ws, groups=False)["units"] if row["lead"]]
    this_month = (ev.as_of.year, ev.as_of.month)
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
    counted = Counter((task.plan, task.section, cat) for task, cat in judged)
    rows: dict[tuple[str, str], Counter[str]] = {}  # in the order sections first come
    for (plan, ref, cat), n in counted.items():
        rows.setdefault((plan, ref), Counter())[cat] = n  # a Category hashes as its code
    return [{"plan": plan, "ref": ref, "title": titles.get((plan, ref), ""),
             **{code: c[code] for code in CODES}, "on_time_rate": on_time_rate(c)}
            for (plan, ref), c in rows.items()]
