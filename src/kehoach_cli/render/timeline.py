"""The Gantt chart as data: which rows, which cells, which mark in each cell.

Layout is kept apart from drawing so that the geometry (does the bar cover March to
September? is the deadline in the right quarter-month?) can be tested on plain values, and so
that the terminal and the plain-text output are the same picture.  A cell is one character and
covers a whole, half or quarter month, the finest that fits the width.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from kehoach_cli.messages import t
from kehoach_cli.model import Checkpoint, Plan, ReportObligation, Section, Task, Workspace
from kehoach_cli.render.timegrid import (
    Cell,
    Mark,
    Month,
    background,
    choose_per_month,
    col_of,
    months_between,
    report_marks,
    span_marks,
    split_month,
)

if TYPE_CHECKING:
    from kehoach_cli.queries.status import Category, Evaluation, Judgement, ReportJudgement

STATUS_GAP = 1


class RowKind(StrEnum):
    SECTION = "section"
    TASK = "task"
    MILESTONE = "milestone"
    REPORT = "report"


@dataclass(frozen=True, slots=True)
class Row:
    kind: RowKind
    key: str
    label: str
    marks: tuple[Mark, ...]
    category: str | None = None


@dataclass(frozen=True, slots=True)
class Timeline:
    first: Month
    last: Month
    per_month: int
    cells: tuple[Cell, ...]
    as_of: date
    asof_col: int | None
    rows: tuple[Row, ...]
    undated: int


def default_range(ws: Workspace) -> tuple[Month, Month] | None:
    """The plans' horizons when written, else the span of every dated thing in them."""
    spans = [p.horizon for p in ws.plans if p.horizon is not None]
    days = [date(y, m, 1) for p in ws.plans for ob in p.reporting for y, m in ob.months()]
    if spans:
        days = []
    else:
        spans = [cp.time for p in ws.plans for task in p.tasks for cp in task.checkpoints()]
    days += [d for s in spans for d in (s.start, s.end) if d is not None]
    if not days:
        return None
    lo, hi = min(days), max(days)
    return (lo.year, lo.month), (hi.year, hi.month)


# ---------------------------------------------------------------- marks


# ---------------------------------------------------------------- rows


def row_categories(ws: Workspace, evaluation: Evaluation, unit: str | None) -> dict[str, str]:
    """Row key → status category.  With ``--unit``, a row the unit itself is judged on shows
    the unit's own standing; other rows show the standing of whoever leads them."""
    from kehoach_cli.queries.status import aggregate, checkpoints

    mine = set(ws.members(unit)) if unit is not None else set()

    def pick(found: list[Category]) -> str | None:
        return aggregate(found).value if found else None

    def own(judged: tuple[Judgement, ...] | list[ReportJudgement]) -> list[Category]:
        chosen = [j for j in judged if j.unit in mine] or list(judged)
        return [j.category for j in chosen]

    out: dict[str, str | None] = {}
    for plan in ws.plans:
        for task in plan.tasks:
            cps = checkpoints(task)
            cats = [own(evaluation.for_checkpoint(cp.key)) for cp in cps]
            grouped: dict[str, list[Category]] = {}  # a recurring time's occurrences together
            for cp, found in zip(cps, cats, strict=True):
                out[cp.key] = pick(found)
                grouped.setdefault(cp.base_key, []).extend(found)
            for base, found in grouped.items():
                out.setdefault(base, pick(found))
            out[task.id] = pick([c for found in cats for c in found])
        for ob in plan.reporting:
            out[report_key(ob)] = pick(own(list(evaluation.for_obligation(ob))))
    return {key: value for key, value in out.items() if value is not None}


def section_of(plan: Plan, ref: str) -> list[Section]:
    """The sections a clause sits in, outermost first ("II", "II.3" for "II.3.(4)")."""
    return [s for s in plan.sections if ref == s.ref or ref.startswith(s.ref + ".")]


def report_key(ob: ReportObligation) -> str:
    return f"{ob.plan}:{ob.id}"


def _wanted(ws: Workspace, unit: str | None, refs: tuple[str, ...]) -> bool:
    from kehoach_cli.render.calendar_export import involves

    return unit is None or involves(ws, unit, refs)


def _items(ws: Workspace, plan: Plan, unit: str | None) -> list[Task | ReportObligation]:
    """What the view shows, in the order of the plan's sections (so section V's reports come
    before section VI's tasks, as in the văn bản), file order within a section."""
    index = {s.ref: i for i, s in enumerate(plan.sections)}

    def place(item: Task | ReportObligation) -> int:
        chain = section_of(plan, item.ref)
        return index[chain[-1].ref] if chain else len(index)

    items: list[Task | ReportObligation] = [
        task for task in plan.tasks if _wanted(ws, unit, task.lead + task.support)
    ]
    items += [ob for ob in plan.reporting
              if _wanted(ws, unit, ob.reporters + tuple(u for u in (ob.via, ob.to) if u))]
    return sorted(items, key=place)


def _task_rows(task: Task, cells: tuple[Cell, ...], col: int | None,
               cats: Mapping[str, str]) -> list[Row]:
    """The task's row, then one per milestone (or compound part).  A recurring time is one
    row with a diamond on each occurrence's due day, not a row per occurrence."""
    head = f"  {task.ref} {task.title}"
    if task.requested:  # the plan can only ask: marked as in every other view
        head += " " + t("q.requested")
    groups: dict[str, list[Checkpoint]] = {}
    for cp in task.checkpoints():
        groups.setdefault(cp.base_key, []).append(cp)
    own = groups.pop(task.id, [])
    dues = [cp.time.end for cp in own if cp.occurrence is not None]
    marks = report_marks(cells, dues, col) if dues else span_marks(cells, task.time, col)
    rows = [Row(RowKind.TASK, task.id, head, tuple(marks), cats.get(task.id))]
    for key, cps in groups.items() if task.milestones else ():
        first = cps[0]
        if first.occurrence is None:
            title, marks = first.title, span_marks(cells, first.time, col)
        else:  # the milestone's own words: "(lần …)" belongs to one occurrence
            title = first.milestone.title if first.milestone is not None else task.title
            marks = report_marks(cells, [cp.time.end for cp in cps], col)
        rows.append(Row(RowKind.MILESTONE, key, f"    › {title}", tuple(marks), cats.get(key)))
    return rows


def _report_row(ws: Workspace, ob: ReportObligation, cells: tuple[Cell, ...], col: int | None,
                cats: Mapping[str, str]) -> Row | None:
    from kehoach_cli.queries.reports import due_days

    dues = [due for _, due in due_days(ws, ob)]  # any regime: monthly, quarterly, yearly…
    if not dues:
        return None
    marks = tuple(report_marks(cells, dues, col))
    key = report_key(ob)
    return Row(RowKind.REPORT, key, f"  {ob.ref} {ob.title}", marks, cats.get(key))


def _item_rows(ws: Workspace, item: Task | ReportObligation, cells: tuple[Cell, ...],
               col: int | None, cats: Mapping[str, str]) -> list[Row]:
    """The item's rows, or none when nothing of it falls inside the months shown."""
    if isinstance(item, Task):
        rows = _task_rows(item, cells, col, cats)
    else:
        row = _report_row(ws, item, cells, col, cats)
        rows = [row] if row is not None else []
    visible = {Mark.BAR, Mark.DEADLINE, Mark.BEFORE, Mark.AFTER}
    return rows if any(visible & set(row.marks) for row in rows) else []


def build_rows(ws: Workspace, cells: tuple[Cell, ...], asof_col: int | None,
               categories: Mapping[str, str], unit: str | None) -> tuple[list[Row], int]:
    """Section headers then their rows, in the order of the plan's sections; tasks without
    any date are counted instead of drawn (a row with nothing on it tells nobody anything)."""
    rows: list[Row] = []
    undated = 0
    for plan in ws.plans:
        shown: set[str] = set()
        for item in _items(ws, plan, unit):
            if isinstance(item, Task) and all(  # no day at all: undated or "thường xuyên"
                    cp.time.start is None and cp.time.is_open for cp in item.checkpoints()):
                undated += 1
                continue
            body = _item_rows(ws, item, cells, asof_col, categories)
            if not body:
                continue
            for section in section_of(plan, item.ref):
                if section.ref not in shown:
                    shown.add(section.ref)
                    rows.append(Row(RowKind.SECTION, section.ref,
                                    f"{section.ref} {section.title}",
                                    tuple(background(cells, asof_col))))
            rows.extend(body)
    return rows, undated


def layout(
    ws: Workspace,
    as_of: date,
    categories: Mapping[str, str],
    *,
    room: int,
    first: Month,
    last: Month,
    unit: str | None = None,
) -> Timeline | None:
    """The chart for months ``first``..``last`` in ``room`` columns for labels and cells;
    None when even whole-month cells leave no room for a readable label."""
    months = months_between(first, last)
    parts = choose_per_month(len(months), room)
    if parts is None:
        return None
    cells = tuple(c for y, m in months for c in split_month(y, m, parts))
    col = col_of(cells, as_of)
    rows, undated = build_rows(ws, cells, col, categories, unit)
    return Timeline(first, last, parts, cells, as_of, col, tuple(rows), undated)
