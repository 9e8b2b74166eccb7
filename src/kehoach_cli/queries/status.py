"""Where every task, milestone and report stands on a given day: the evaluation all views share.

Everything is a pure function of the workspace and the as-of date, so any past day can be
replayed exactly.  The rules (also in docs/status-rules.md):

* Replay: only records with ``submitted <= as_of`` count; for a thematic report, its
  ``thematic_submitted`` date.  A record filed later does not exist yet on that day.
* Per unit: a checkpoint (a milestone, or the task's own time) is judged once for every unit
  that leads it, groups expanded — a task led by "UBND các phường, xã" is judged for each ward.
* Which record: a unit's latest record is the one of the latest month (ties: the latest
  ``submitted``).  For a milestone, the unit's latest record naming that milestone wins; without
  one, its latest record for the task as a whole (no ``milestone``) applies, whatever its state —
  so "hoàn thành" for the whole task completes each milestone not reported separately, on that
  date (late for milestones due earlier: report milestone by milestone to get credit).  A record
  filed by a group counts for each member, unless the member's own record is as recent.
* Category, with ``due`` the last on-time day (working-day rule applied when enabled):
  done with ``completed <= due`` → done_on_time, later → done_late; not done and
  ``as_of > due`` → overdue, ``days_overdue = (as_of - due).days`` (the due day itself is on
  time); not done and not past due → in_progress when a record says "đang thực hiện" or the
  window has opened (its start, or for a pure deadline the plan's date), else not_due.
* What is judged: every milestone (for its own lead when it names one, else the task's) and
  the task's own time as well — each part of a compound time apart — unless a milestone carries
  the same words as the task's time.  A clause that restates another (``restates``) is judged
  and counted once, at the clause it restates.
* Recurring times ("thứ Năm hằng tuần", "trước ngày 25 hằng tháng"): one checkpoint per
  occurrence in the plan's window (``model.occurrences``), each opening the day after the one
  before; a record lands on the occurrence it names or the first due on or after its date
  (``queries.occurrences``).
* Standing duties (a task with no time, or "thường xuyên"): due at the end of the plan's
  horizon — overdue after it when not done; before it done_on_time when a record says done,
  in_progress when one says "đang thực hiện", else not_due.  Without a horizon, never overdue.
* Reports: see ``queries.reports`` (who owes which report on which day).
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import NamedTuple

from kehoach_cli.model import (
    Checkpoint,
    Plan,
    ProgressEntry,
    Settings,
    Submission,
    TaskState,
    TimeSpan,
    Workspace,
)
from kehoach_cli.queries.checkpointing import (
    STANDING,
    checkpoints,
    is_standing,
    task_points,
)
from kehoach_cli.queries.judged import (
    DONE,
    Category,
    Evaluation,
    Judgement,
    ReportJudgement,
    aggregate,
    make,
)
from kehoach_cli.queries.occurrences import record_keyer
from kehoach_cli.queries.reports import judge_reports
from kehoach_cli.queries.restating import task_of, whole_task_reaches
from kehoach_cli.timeexpr.deadlines import span_due

__all__ = [
    "DONE",
    "STANDING",
    "Category",
    "Evaluation",
    "Judgement",
    "ReportJudgement",
    "aggregate",
    "checkpoints",
    "evaluate",
    "is_standing",
    "latest_entries",
    "paused_gc",
]

@contextmanager
def paused_gc(*, keep: bool = False) -> Iterator[None]:
    """No cyclic garbage collection inside: for work that builds many objects and no cycles.

    ``keep``: what is made inside lives on (a command's answer, until the command ends), so it
    is frozen on the way out: the first young collection after the pause walked every object
    made during it, all of them alive (38 ms after a province's evaluation).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if keep:
            gc.freeze()
        if was_enabled:
            gc.enable()


def _horizon_end(plan: Plan) -> date | None:
    horizon = plan.horizon
    return None if horizon is None or horizon.is_open else horizon.end


def _plan_opens(plan: Plan) -> date | None:
    """The day a checkpoint with no start of its own opens: the plan's date; when that is
    unknown ("…"), its horizon's start, else the earliest start any of its times gives."""
    if plan.document.date is not None:
        return plan.document.date
    if plan.horizon is not None and plan.horizon.start is not None:
        return plan.horizon.start
    starts = [cp.time.start for t in plan.tasks for cp in t.checkpoints() if cp.time.start]
    return min(starts, default=None)


def _visible(ws: Workspace, as_of: date) -> list[Submission]:
    """Records that exist on ``as_of``, oldest first (by month, then by filing date)."""
    seen = [s for s in ws.submissions if s.submitted <= as_of]
    return sorted(seen, key=lambda s: (s.month, s.submitted))


def latest_entries(
    ws: Workspace, as_of: date
) -> dict[tuple[str, str], tuple[Submission, ProgressEntry]]:
    """(unit, entry key) → the unit's latest record for it as of the date (key as written:
    ``task`` or ``task#milestone``, a restating clause's key turned into the original's, and
    for a recurring time the occurrence it is for: ``queries.occurrences.record_key``).

    Records come oldest first, so a unit's own record replaces whatever it held; a group's
    record too, except a member's own of the same month and day, which outranks it.
    """
    latest: dict[tuple[str, str], tuple[Submission, ProgressEntry]] = {}
    record_key = record_keyer(ws)
    groups = ws.groups
    for sub in _visible(ws, as_of):
        submitted = sub.submitted
        keyed = [(record_key(entry, submitted), (sub, entry)) for entry in sub.entries]
        group = groups.get(sub.unit)
        if group is None:
            unit = sub.unit
            for said, found in keyed:
                latest[(unit, said)] = found
            continue
        tie = (sub.month, submitted)
        for unit in group.members:  # a group's record: the same keys for each member
            for said, found in keyed:
                held = latest.get((unit, said))
                if held is None or (held[0].month, held[0].submitted) != tie or (
                        held[0].unit in groups):
                    latest[(unit, said)] = found
    reaches = whole_task_reaches(ws)
    if not reaches:  # no milestone restates another clause
        return latest
    for (unit, filed), found_now in list(latest.items()):
        for said in reaches.get(filed, ()):
            if (unit, said) not in latest and (unit, task_of(said)) not in latest:
                latest[(unit, said)] = found_now
    return latest


def evaluate(ws: Workspace, as_of: date) -> Evaluation:
    """Judge every checkpoint for every lead unit, and every report owed, as of ``as_of``.

    The garbage collector is paused meanwhile: the judgements form no cycles, and its passes
    over the tens of thousands made for a province took a quarter of the time.
    """
    with paused_gc():
        return _evaluate(ws, as_of)


def _evaluate(ws: Workspace, as_of: date) -> Evaluation:
    find = latest_entries(ws, as_of).get
    settings = ws.settings
    judgements: list[Judgement] = []
    by_key: dict[str, tuple[Judgement, ...]] = {}
    points = task_points(ws)
    expanded: dict[tuple[str, ...], tuple[str, ...]] = {}  # tasks share their lead lists

    def units_of(refs: tuple[str, ...]) -> tuple[str, ...]:
        found = expanded.get(refs)
        if found is None:
            found = expanded[refs] = ws.expand(refs)
        return found

    for plan in ws.plans:
        days = _plan_days(ws, plan)
        for task in plan.tasks:
            cps, keys = points(task)
            if not cps:
                continue
            lead = task.lead
            leads = units_of(lead)
            for cp, key in zip(cps, keys, strict=True):
                refs = cp.lead
                judged = _judge(cp, key, leads if refs is lead else units_of(refs), find, days,
                                settings, as_of)
                judgements += judged
                held = by_key.get(key)
                by_key[key] = judged if held is None else held + judged
    return Evaluation(as_of, tuple(judgements), tuple(judge_reports(ws, as_of)), by_key)


class _PlanDays(NamedTuple):
    """The day a plan opens (``_plan_opens``) and a standing duty's due under it: the last
    day of its horizon, None without one."""

    opens: date | None
    standing_due: date | None


def _plan_days(ws: Workspace, plan: Plan) -> _PlanDays:
    end = _horizon_end(plan)
    due = None if end is None else span_due(TimeSpan("", None, end), ws.settings)
    return _PlanDays(_plan_opens(plan), due)


def _judge(
    cp: Checkpoint,
    key: str,
    units: tuple[str, ...],
    find: Callable[[tuple[str, str]], tuple[Submission, ProgressEntry] | None],
    days: _PlanDays,
    settings: Settings,
    as_of: date,
) -> tuple[Judgement, ...]:
    """One checkpoint (its key ``key``) for each of its lead units, their latest records
    looked up with ``find``: what depends only on the checkpoint (its key, due day, opening,
    the category of a unit whose record says it is not done) is worked out once for all."""
    whole = cp.whole_key
    standing = is_standing(cp)
    time = cp.time
    due = days.standing_due if standing else span_due(time, settings)
    start = time.start
    opens = start or days.opens
    undone: dict[bool, tuple[Category, int, int | None]] = {}  # in progress? → its category
    out = []
    for unit in units:
        found = find((unit, key))
        if found is None and whole is not None:
            found = find((unit, whole))
        entry = None if found is None else found[1]
        state = None if entry is None else entry.state
        if entry is not None and state == TaskState.DONE:
            completed = entry.completed
            category, overdue, left = _done(completed, due), 0, None
        else:
            completed = None
            started = state == TaskState.IN_PROGRESS
            judged = undone.get(started)
            if judged is None:
                judged = undone[started] = _undone(started, due, opens, as_of, standing)
            category, overdue, left = judged
        out.append(make(Judgement, (cp, unit, due, start, category, overdue, left, state,
                                    completed, entry)))
    return tuple(out)


def _done(completed: date | None, due: date | None) -> Category:
    late = due is not None and completed is not None and completed > due
    return Category.DONE_LATE if late else Category.DONE_ON_TIME


def _undone(started: bool, due: date | None, opens: date | None, as_of: date,
            standing: bool) -> tuple[Category, int, int | None]:  # fmt: skip
    """(category, days overdue, days left) of what is not done; ``started``: a record says it
    is in progress."""
    if due is None or (standing and as_of <= due):
        return (Category.IN_PROGRESS if started else Category.NOT_DUE), 0, None
    if as_of > due:
        return Category.OVERDUE, (as_of - due).days, None
    started = started or (opens is not None and opens <= as_of)
    return (Category.IN_PROGRESS if started else Category.NOT_DUE), 0, (due - as_of).days
