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
from kehoach_cli.queries.judged import Category, ReportJudgement
from kehoach_cli.timeexpr.deadlines import effective, monthly_due

_ByUnitMonth = dict[tuple[str, tuple[int, int]], tuple[int, Submission]]


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
    by_unit_month: _ByUnitMonth = {}
    for sub in ws.submissions:
        for unit, own in filers(ws, sub):
            key = (unit, sub.month)
            if key not in by_unit_month or by_unit_month[key][0] <= own:
                by_unit_month[key] = (own, sub)
    # (unit, month) → the days its periodic and its thematic reports were sent by ``as_of``
    sent = {key: _sent(sub, as_of) for key, (_, sub) in by_unit_month.items()}
    out: list[ReportJudgement] = []
    for plan in ws.plans:
        for ob in plan.reporting:
            if ob.kind == ReportKind.AD_HOC:
                continue
            units = owed_by(ws, plan, ob)
            thematic = ob.kind == ReportKind.THEMATIC
            for month, nth, due in _numbered(due_days(ws, ob)):
                for unit in units:
                    found = sent.get((unit, month))
                    days = () if found is None else found[1] if thematic else found[0]
                    filed = days[nth] if nth < len(days) else None
                    out.append(_judge_report(ob, unit, month, due, filed, as_of))
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


def _judge_report(
    ob: ReportObligation,
    unit: str,
    month: tuple[int, int],
    due: date,
    filed: date | None,
    as_of: date,
) -> ReportJudgement:
    if filed is not None:
        category = Category.DONE_ON_TIME if filed <= due else Category.DONE_LATE
        return ReportJudgement(ob, unit, month, due, filed, category, 0, None)
    if as_of > due:
        late = (as_of - due).days
        return ReportJudgement(ob, unit, month, due, None, Category.OVERDUE, late, None)
    return ReportJudgement(ob, unit, month, due, None, Category.NOT_DUE, 0, (due - as_of).days)
