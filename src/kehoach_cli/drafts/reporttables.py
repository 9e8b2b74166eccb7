"""The report's two tables: statistics per lead unit, and the Phụ lục of every activity.

Statistics reuse the per-unit counts of ``queries`` (the same numbers ``kehoach units`` shows).
The appendix takes each unit's latest record as of the report's date (any month), so it shows
the whole plan as it stands, not only what changed in the month.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from kehoach_cli.drafts import reportlines as rl
from kehoach_cli.drafts.docparts import BLANK, lower_first, unit_names
from kehoach_cli.model import ProgressEntry, Task, Workspace
from kehoach_cli.queries.status import Category, Evaluation, latest_entries


@dataclass(frozen=True)
class AppendixRow:
    number: int
    task: Task
    content: str
    lead: str
    support: str
    time: str
    results: str
    status: str


@dataclass(frozen=True)
class StatsRow:
    number: int | str
    unit: str
    name: str
    total: int
    on_time: int
    late: int
    pending: int
    overdue: int
    rate: float | None


def stats_rows(ws: Workspace, ev: Evaluation) -> tuple[StatsRow, ...]:
    """One row per unit that leads something in ``ev``, in the plan's order of units."""
    from kehoach_cli.queries.lists import unit_counts

    rows = [r for r in unit_counts(ev, ws, groups=False)["units"] if r["lead"]]
    return tuple(_row(i + 1, r["id"], r["name"], Counter({c.value: r[c.value] for c in Category}))
                 for i, r in enumerate(rows))


def stats_total(ev: Evaluation) -> StatsRow:
    found = Counter(j.category.value for j in ev.judgements)
    return _row("", "", "Tổng cộng", found)


def _row(number: int | str, uid: str, name: str, c: Counter[str]) -> StatsRow:
    from kehoach_cli.queries.lists import on_time_rate

    return StatsRow(number, uid, name, sum(c.values()), c["done_on_time"], c["done_late"],
                    c["in_progress"] + c["not_due"], c["overdue"], on_time_rate(c))


def time_text(task: Task) -> str:
    """The time as the plan wrote it, milestones included; "…" when the plan gives none."""
    parts = [task.time.text] if task.time else []
    parts += [f"{m.title}: {m.time.text}" for m in task.milestones]
    return "; ".join(parts) or BLANK


def appendix_rows(ws: Workspace, ev: Evaluation, tasks: list[Task]) -> tuple[AppendixRow, ...]:
    latest = latest_entries(ws, ev.as_of)
    order = {uid: i for i, uid in enumerate(ws.units)}
    by_task: dict[str, list[tuple[str, ProgressEntry]]] = {}
    for (unit, _key), (_, entry) in latest.items():
        by_task.setdefault(entry.task, []).append((unit, entry))
    rows = []
    for i, task in enumerate(tasks, start=1):
        steps: dict[str | None, int] = {m.id: k for k, m in enumerate(task.milestones)}
        found = sorted(by_task.get(task.id, []),
                       key=lambda ue: (order.get(ue[0], len(order)), steps.get(ue[1].milestone, -1)))
        rows.append(AppendixRow(
            number=i, task=task, content=f"{task.title} (mục {task.ref})",
            lead=unit_names(ws, task.lead), support=unit_names(ws, task.support),
            time=time_text(task), results=_results(ws, task, found),
            status=rl.status_text(ev.for_task(task.id)),
        ))
    return tuple(rows)


def _results(ws: Workspace, task: Task, found: list[tuple[str, ProgressEntry]]) -> str:
    out = []
    for unit, entry in found:
        what = entry.results.strip().rstrip(".") or entry.state.value
        figures = "; ".join(rl.figure_line(task, f).text for f in entry.figures)
        milestone = next((m for m in task.milestones if m.id == entry.milestone), None)
        who = ws.name_of(unit) + (f" ({lower_first(milestone.title)})" if milestone else "")
        out.append(rl.sentence(f"{who}: {what}" + (f" ({figures})" if figures else "")))
    return " ".join(out) or BLANK
