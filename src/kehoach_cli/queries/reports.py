"""Who owes which report on which day (section V of a plan), and how each stands.

* Due days come from the obligation's regime (monthly, quarterly, half-yearly, yearly, weekly)
  over its months, the working-day rule applied when enabled; each due day is filed under the
  month it falls in (``progress/YYYY-MM/<unit>.yaml`` of that month decides).
* Nobody owes a report to itself: a reporter that is the obligation's ``to`` (the standing
  agency collecting the periodic report) is left out.
* A thematic report with no ``to`` is owed by the units taking part in an activity that has a
  plan of its own (``activities``; by default every task with a milestone or a deliverable that
  is a "kế hoạch"), to that activity's lead: its support units, not its leads, among the
  reporters.  With a ``to``, its reporters owe it as written.
* Ad-hoc (đột xuất) reports have no due day and produce nothing; a one-off report has one.
* A month's file says when its periodic reports were sent (``submitted``, then
  ``also_submitted``): the n-th report sent in a month answers the n-th due day filed under
  that month, so one file a month answers a weekly regime's first week only.
"""

from __future__ import annotations

from datetime import date

from kehoach_cli.model import Plan, ReportKind, ReportObligation, Submission, Task, Workspace
from kehoach_cli.queries.judged import Category, ReportJudgement, make
from kehoach_cli.timeexpr.deadlines import effective, monthly_due

_ByUnitMonth = dict[str, dict[tuple[int, int], tuple[int, Submission]]]


def filers(ws: Workspace, sub: Submission) -> list[tuple[str, int]]:
    """The units a record speaks for, with 1 for the unit's own record and 0 via a group."""
    if sub.unit in ws.groups:
        return [(member, 0) for member in ws.groups[sub.unit].members]
    return [(sub.unit, 1)]


def has_own_plan(task: Task) -> bool:
    said = [m.deliverable for m in task.milestones] + list(task.deliverables)
    return task.restates is None and any(s.lower().startswith("kế hoạch") for s in said)


def activities(plan: Plan, ob: ReportObligation) -> list[Task]:
    if ob.activities:
        wanted = set(ob.activities)
        return [task for task in plan.tasks if task.id in wanted]
    return [task for task in plan.tasks if has_own_plan(task)]


def owed_by(ws: Workspace, plan: Plan, ob: ReportObligation) -> tuple[str, ...]:
    """The units that owe ``ob``, in the order its reporters name them."""
    units = ws.expand(ob.reporters)
    if ob.kind == ReportKind.THEMATIC and ob.to is None:
        taking_part: set[str] = set()
        for task in activities(plan, ob):
            taking_part |= set(ws.expand(task.support)) - set(ws.expand(task.lead))
        units = tuple(u for u in units if u in taking_part)
    return tuple(u for u in units if u != ob.to)


def due_days(ws: Workspace, ob: ReportObligation) -> list[tuple[tuple[int, int], date]]:
    """(month filed under, due day) for every occurrence of ``ob``."""
    if ob.recurrence is not None or ob.once is not None:
        return [((d.year, d.month), effective(d, ws.settings)) for d in ob.due_days()]
    if ob.deadline is None:
        return []
    return [(month, monthly_due(ob.deadline, month, ws.settings)) for month in ob.months()]


def judge_reports(ws: Workspace, as_of: date) -> list[ReportJudgement]:
    filed_by: _ByUnitMonth = {}  # unit → month → its file (1: its own, 0: its group's)
    for sub in ws.submissions:
        for unit, own in filers(ws, sub):
            months = filed_by.setdefault(unit, {})
            held = months.get(sub.month)
            if held is None or held[0] <= own:
                months[sub.month] = (own, sub)
    # unit → month → the days its periodic and its thematic reports were sent by ``as_of``
    sent = {unit: {month: _sent(sub, as_of) for month, (_, sub) in months.items()}
            for unit, months in filed_by.items()}
    out: list[ReportJudgement] = []
    for plan in ws.plans:
        for ob in plan.reporting:
            if ob.kind == ReportKind.AD_HOC:
                continue
            units = owed_by(ws, plan, ob)
            owing = [sent.get(unit, {}) for unit in units]
            side = 1 if ob.kind == ReportKind.THEMATIC else 0
            for month, nth, due in _numbered(due_days(ws, ob)):
                category, late, left = _unsent(due, as_of)
                for unit, sent_in in zip(units, owing, strict=True):
                    found = sent_in.get(month)
                    days = () if found is None else found[side]
                    if nth < len(days):
                        filed = days[nth]
                        done = Category.DONE_ON_TIME if filed <= due else Category.DONE_LATE
                        out.append(make(ReportJudgement,
                                        (ob, unit, month, due, filed, done, 0, None)))
                    else:
                        out.append(make(ReportJudgement,
                                        (ob, unit, month, due, None, category, late, left)))
    return out


def _sent(sub: Submission, as_of: date) -> tuple[tuple[date, ...], tuple[date, ...]]:
    """The days a month's file says its periodic reports, then its thematic report, were sent,
    those by ``as_of`` only: the n-th report a unit sends in a month answers that month's n-th
    due day (one, for a monthly regime)."""
    thematic = () if sub.thematic_submitted is None else (sub.thematic_submitted,)
    return (tuple(d for d in sub.report_days() if d <= as_of),
            tuple(d for d in thematic if d <= as_of))


def _numbered(days: list[tuple[tuple[int, int], date]]
              ) -> list[tuple[tuple[int, int], int, date]]:  # fmt: skip
    """Each due day with its rank among the due days filed under the same month (0, 1, …);
    ``days`` come in order."""
    seen: dict[tuple[int, int], int] = {}
    out = []
    for month, due in days:
        out.append((month, seen.get(month, 0), due))
        seen[month] = seen.get(month, 0) + 1
    return out


def _unsent(due: date, as_of: date) -> tuple[Category, int, int | None]:
    """(category, days overdue, days left) of a report not sent by ``as_of``: overdue past
    its due day, else not yet due; the same for every unit that owes it."""
    if as_of > due:
        return Category.OVERDUE, (as_of - due).days, None
    return Category.NOT_DUE, 0, (due - as_of).days
