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
* Standing duties (a task with no time at all): never overdue; done_on_time when a record says
  done, in_progress when one says "đang thực hiện", else not_due.
* Reports: for each month of a periodic or thematic obligation and each reporting unit, the
  unit's record for that month (``progress/YYYY-MM/<unit>.yaml``) decides: filed by the due day →
  done_on_time, later → done_late, not filed → overdue after the due day, else not_due.
  Thematic reports are owed only by units that lead at least one task of the plan (the plan
  asks them "đối với các hoạt động có kế hoạch cụ thể riêng của các phòng, ban, ngành chủ trì");
  ad-hoc (đột xuất) reports have no deadline and produce nothing.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import date

from kehoach_cli.model import (
    Checkpoint,
    ProgressEntry,
    ReportKind,
    ReportObligation,
    Submission,
    Task,
    TaskState,
    TimeSpan,
    Workspace,
)
from kehoach_cli.queries.judged import (
    DONE,
    Category,
    Evaluation,
    Judgement,
    ReportJudgement,
    aggregate,
)
from kehoach_cli.timeexpr.deadlines import monthly_due, span_due

__all__ = [
    "DONE",
    "STANDING",
    "Category",
    "Evaluation",
    "Judgement",
    "ReportJudgement",
    "aggregate",
    "checkpoint_keys",
    "checkpoints",
    "evaluate",
    "is_standing",
    "latest_entries",
    "paused_gc",
]

# The time given to a task the plan dates nowhere: no start, and an end no day can pass.
STANDING = TimeSpan(text="", start=None, end=date.max)

_Latest = Mapping[tuple[str, str], tuple[Submission, ProgressEntry]]


@contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection inside: for work that builds many objects and no cycles."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def checkpoint_keys(task: Task) -> tuple[str, ...]:
    """The keys of ``checkpoints(task)``, without building the checkpoints."""
    if task.milestones:
        return tuple(f"{task.id}#{m.id}" for m in task.milestones)
    return (task.id,)


def checkpoints(task: Task) -> tuple[Checkpoint, ...]:
    """What a task is judged by: its checkpoints, or one standing checkpoint when undated."""
    return task.checkpoints() or (Checkpoint(task, None, STANDING),)


def is_standing(checkpoint: Checkpoint) -> bool:
    return checkpoint.time is STANDING


_Rank = tuple[tuple[int, int], date, int]


def _visible(ws: Workspace, as_of: date) -> list[Submission]:
    """Records that exist on ``as_of``, oldest first (by month, then by filing date)."""
    seen = [s for s in ws.submissions if s.submitted <= as_of]
    return sorted(seen, key=lambda s: (s.month, s.submitted))


def _filers(ws: Workspace, sub: Submission) -> list[tuple[str, int]]:
    """The units a record speaks for, with 1 for the unit's own record and 0 via a group."""
    if sub.unit in ws.groups:
        return [(member, 0) for member in ws.groups[sub.unit].members]
    return [(sub.unit, 1)]


def latest_entries(
    ws: Workspace, as_of: date
) -> dict[tuple[str, str], tuple[Submission, ProgressEntry]]:
    """(unit, entry key) → the unit's latest record for it as of the date (key as written:
    ``task`` or ``task#milestone``)."""
    ranked: dict[tuple[str, str], tuple[_Rank, Submission, ProgressEntry]] = {}
    for sub in _visible(ws, as_of):
        for unit, own in _filers(ws, sub):
            rank: _Rank = (sub.month, sub.submitted, own)
            for entry in sub.entries:
                key = (unit, entry.key)
                if key not in ranked or ranked[key][0] <= rank:
                    ranked[key] = (rank, sub, entry)
    return {key: (sub, entry) for key, (_, sub, entry) in ranked.items()}


def evaluate(ws: Workspace, as_of: date) -> Evaluation:
    """Judge every checkpoint for every lead unit, and every report owed, as of ``as_of``.

    The garbage collector is paused meanwhile: the judgements form no cycles, and its passes
    over the tens of thousands made for a province took a quarter of the time.
    """
    with paused_gc():
        return _evaluate(ws, as_of)


def _evaluate(ws: Workspace, as_of: date) -> Evaluation:
    latest = latest_entries(ws, as_of)
    opened = {plan.id: plan.document.date for plan in ws.plans}
    judgements: list[Judgement] = []
    by_key: dict[str, tuple[Judgement, ...]] = {}
    for plan in ws.plans:
        for task in plan.tasks:
            leads = ws.expand(task.lead)  # once per task, not once per checkpoint
            for cp in checkpoints(task):
                judged = _judge(ws, cp, leads, latest, opened.get(task.plan), as_of)
                judgements += judged
                key = cp.key
                by_key[key] = by_key.get(key, ()) + judged
    return Evaluation(as_of, tuple(judgements), tuple(_reports(ws, as_of)), by_key)


def _judge(
    ws: Workspace,
    cp: Checkpoint,
    units: tuple[str, ...],
    latest: _Latest,
    plan_date: date | None,
    as_of: date,
) -> tuple[Judgement, ...]:
    """One checkpoint for each of its lead units: what depends only on the checkpoint (its
    key, due day, opening) is worked out once for all of them."""
    key = cp.key
    whole = cp.task.id if cp.milestone is not None else None
    due = None if is_standing(cp) else span_due(cp.time, ws.settings)
    start = cp.time.start
    opens = start or plan_date
    out = []
    for unit in units:
        found = latest.get((unit, key))
        if found is None and whole is not None:
            found = latest.get((unit, whole))
        entry = found[1] if found else None
        state = entry.state if entry else None
        completed = entry.completed if entry and state == TaskState.DONE else None
        category, overdue, left = _categorise(state, completed, due, opens, as_of)
        out.append(Judgement(cp, unit, due, start, category, overdue, left, state, completed,
                             entry))
    return tuple(out)


def _categorise(
    state: TaskState | None,
    completed: date | None,
    due: date | None,
    opens: date | None,
    as_of: date,
) -> tuple[Category, int, int | None]:
    """(category, days overdue, days left) for one checkpoint and one unit."""
    if state == TaskState.DONE:
        late = due is not None and completed is not None and completed > due
        return (Category.DONE_LATE if late else Category.DONE_ON_TIME), 0, None
    if due is None:
        started = state == TaskState.IN_PROGRESS
        return (Category.IN_PROGRESS if started else Category.NOT_DUE), 0, None
    if as_of > due:
        return Category.OVERDUE, (as_of - due).days, None
    started = state == TaskState.IN_PROGRESS or (opens is not None and opens <= as_of)
    return (Category.IN_PROGRESS if started else Category.NOT_DUE), 0, (due - as_of).days


def _reports(ws: Workspace, as_of: date) -> list[ReportJudgement]:
    by_unit_month: dict[tuple[str, tuple[int, int]], tuple[int, Submission]] = {}
    for sub in ws.submissions:
        for unit, own in _filers(ws, sub):
            key = (unit, sub.month)
            if key not in by_unit_month or by_unit_month[key][0] <= own:
                by_unit_month[key] = (own, sub)
    out: list[ReportJudgement] = []
    for plan in ws.plans:
        leaders = set(ws.expand(tuple(u for task in plan.tasks for u in task.lead)))
        for ob in plan.reporting:
            if ob.deadline is None or ob.kind == ReportKind.AD_HOC:
                continue
            units = ws.expand(ob.reporters)
            if ob.kind == ReportKind.THEMATIC:
                units = tuple(u for u in units if u in leaders)
            for month in ob.months():
                due = monthly_due(ob.deadline, month, ws.settings)
                for unit in units:
                    found = by_unit_month.get((unit, month))
                    record = found[1] if found else None
                    out.append(_judge_report(ob, unit, month, due, record, as_of))
    return out


def _judge_report(
    ob: ReportObligation,
    unit: str,
    month: tuple[int, int],
    due: date,
    sub: Submission | None,
    as_of: date,
) -> ReportJudgement:
    filed = None
    if sub is not None:
        filed = sub.thematic_submitted if ob.kind == ReportKind.THEMATIC else sub.submitted
    if filed is not None and filed > as_of:
        filed = None
    if filed is not None:
        category = Category.DONE_ON_TIME if filed <= due else Category.DONE_LATE
        return ReportJudgement(ob, unit, month, due, filed, category, 0, None)
    if as_of > due:
        late = (as_of - due).days
        return ReportJudgement(ob, unit, month, due, None, Category.OVERDUE, late, None)
    return ReportJudgement(ob, unit, month, due, None, Category.NOT_DUE, 0, (due - as_of).days)
