"""The report's two tables: statistics per lead unit, and the Phụ lục of every activity.

Statistics reuse the per-unit counts of ``queries`` (the same numbers ``kehoach units`` shows).
The appendix takes each unit's latest record as of the report's date (any month), so it shows
the whole plan as it stands, not only what changed in the month.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace

from kehoach_cli.drafts import reportlines as rl
from kehoach_cli.drafts.docparts import BLANK, lower_first
from kehoach_cli.drafts.wording import (
    SEE,
    clause_name,
    original_ref,
    short_name,
    smallest_groups,
    task_clause,
)
from kehoach_cli.model import (
    OCCURRENCE_PREFIX,
    ProgressEntry,
    Relation,
    Submission,
    Task,
    TaskState,
    Workspace,
)
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
    """One line of the statistics: a unit, or a folded group of units with the spread of
    their on-time rates ("0–100%")."""

    number: int | str
    unit: str
    name: str
    total: int
    on_time: int
    late: int
    in_progress: int
    not_due: int
    overdue: int
    rate: float | None
    members: int = 1
    low: float | None = None
    high: float | None = None

    @property
    def pending(self) -> int:
        """Work still in its window: "đang thực hiện" and "chưa đến hạn" together."""
        return self.in_progress + self.not_due


FOLD_AT = 10  # a group this large is one row of the statistics


def folded_groups(ws: Workspace) -> list[str]:
    """Groups written as one row: the smallest groups (none of whose sub-groups is also a
    group) that have at least ``FOLD_AT`` members or whose members are all requested bodies
    ("đề nghị", asked together)."""
    smallest = smallest_groups(ws)
    out = []
    for gid, group in ws.groups.items():
        members = set(group.members)
        if gid not in smallest:
            continue
        requested = all(ws.units[u].relation == Relation.REQUESTED
                        for u in members if u in ws.units)
        if len(members) >= FOLD_AT or (requested and len(members) > 1):
            out.append(gid)
    return out


def stats_rows(ws: Workspace, ev: Evaluation) -> tuple[StatsRow, ...]:
    """One row per unit that leads something in ``ev``, in the plan's order of units; the
    members of a folded group as one row where its first member would stand."""
    from kehoach_cli.queries.lists import unit_counts

    rows = {r["id"]: r for r in unit_counts(ev, ws, groups=False)["units"] if r["lead"]}
    fold = {u: gid for gid in folded_groups(ws) for u in ws.groups[gid].members}
    out: list[StatsRow] = []
    seen: set[str] = set()
    for uid, r in rows.items():
        gid = fold.get(uid)
        if gid is None:
            out.append(_row(len(out) + 1, uid, r["name"], _counts(r)))
        elif gid not in seen:
            seen.add(gid)
            mine = [rows[m] for m in ws.groups[gid].members if m in rows]
            out.append(_group_row(len(out) + 1, gid, ws.name_of(gid), mine))
    return tuple(out)


def _counts(r: dict[str, object]) -> Counter[str]:
    return Counter({c.value: int(str(r[c.value])) for c in Category})


def _group_row(number: int, gid: str, name: str, rows: list[dict[str, object]]) -> StatsRow:
    total: Counter[str] = Counter()
    for r in rows:
        total.update(_counts(r))
    row = _row(number, gid, f"{name} ({len(rows)} đơn vị)", total)
    rates = [float(str(r["on_time_rate"])) for r in rows if r["on_time_rate"] is not None]
    return replace(row, members=len(rows), low=min(rates, default=None),
                   high=max(rates, default=None))


def stats_total(ev: Evaluation) -> StatsRow:
    found = Counter(j.category.value for j in ev.judgements)
    return _row("", "", "Tổng cộng", found)


def _row(number: int | str, uid: str, name: str, c: Counter[str]) -> StatsRow:
    from kehoach_cli.queries.lists import on_time_rate

    return StatsRow(number, uid, name, sum(c.values()), c["done_on_time"], c["done_late"],
                    c["in_progress"], c["not_due"], c["overdue"], on_time_rate(c))


def time_text(ws: Workspace, task: Task) -> str:
    """The time as the plan wrote it, milestones included; "…" when the plan gives none.  A
    clause restating another without a time of its own points to the other's time."""
    parts = [task.time.text] if task.time else []
    if not parts and task.restates is not None:
        parts = [SEE.format(clause=clause_name(original_ref(ws, task.restates)))]
    parts += [f"{m.title}: {m.time.text or _see(ws, m.restates)}" for m in task.milestones]
    return "; ".join(parts) or BLANK


def _see(ws: Workspace, key: str | None) -> str:
    return SEE.format(clause=clause_name(original_ref(ws, key))) if key else BLANK


def short_names(ws: Workspace, refs: tuple[str, ...]) -> str:
    """Units by their short names (groups by their names): an appendix cell stays narrow."""
    return ", ".join(ws.name_of(r) if r in ws.groups else short_name(ws, r) for r in refs)


def running_tasks(ws: Workspace, latest: dict[tuple[str, str], tuple[Submission, ProgressEntry]],
                  tasks: list[Task]) -> set[str]:
    """Tasks a lead unit's latest record, for the task as a whole, still calls "đang thực
    hiện": such a task is not reported done whatever its milestones say."""
    leads = {t.id: set(ws.expand(t.lead)) for t in tasks}
    return {entry.task for (unit, _key), (_, entry) in latest.items()
            if entry.milestone is None and entry.state == TaskState.IN_PROGRESS
            and unit in leads.get(entry.task, set())}


def appendix_rows(ws: Workspace, ev: Evaluation, tasks: list[Task]) -> tuple[AppendixRow, ...]:
    latest = latest_entries(ws, ev.as_of)
    running = running_tasks(ws, latest, tasks)
    order = {uid: i for i, uid in enumerate(ws.units)}
    by_task: dict[str, list[tuple[str, ProgressEntry]]] = {}
    for unit, entry in _newest_occurrences(latest):
        by_task.setdefault(entry.task, []).append((unit, entry))
    rows = []
    for i, task in enumerate(tasks, start=1):
        steps: dict[str | None, int] = {m.id: k for k, m in enumerate(task.milestones)}
        found = sorted(by_task.get(task.id, []),
                       key=lambda ue: (order.get(ue[0], len(order)), steps.get(ue[1].milestone, -1)))
        rows.append(AppendixRow(
            number=i, task=task, content=f"{task.title} ({task_clause(ws, task)})",
            lead=short_names(ws, task.lead), support=short_names(ws, task.support),
            time=time_text(ws, task), results=_results(ws, task, found),
            status=rl.task_status(ws, ev.for_task(task.id), task, task.id in running),
        ))
    return tuple(rows)


RESULT_CHARS = 140  # an appendix cell gives each unit's latest result up to this length
CELL_CHARS = 520  # and all of them together up to this: a row stays short enough to never
# leave half a page empty above it (rows do not split across pages)


def clip(text: str, limit: int = RESULT_CHARS) -> str:
    """The text cut at a word before ``limit`` characters, with "…" when cut: the appendix
    is the overview; the month's records are written whole in the body."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + " …"


def _newest_occurrences(latest: Mapping[tuple[str, str], tuple[Submission, ProgressEntry]],
                        ) -> list[tuple[str, ProgressEntry]]:
    """Each unit's latest records, but of a recurring time only its latest occurrence's: the
    appendix says where a task stands, not every week of it (the body lists what is late)."""
    newest: dict[tuple[str, str], tuple[str, ProgressEntry]] = {}
    for (unit, key), (_, entry) in latest.items():
        base, _, day = key.partition(f"#{OCCURRENCE_PREFIX}")
        if (unit, base) not in newest or newest[(unit, base)][0] <= day:
            newest[(unit, base)] = (day, entry)
    return [(unit, entry) for (unit, _), (_, entry) in newest.items()]


def _results(ws: Workspace, task: Task, found: list[tuple[str, ProgressEntry]]) -> str:
    targets = {t.id: t for t in task.targets}
    out = []
    for unit, entry in found:
        what = clip(entry.results.strip().rstrip(".") or entry.state.value)
        figures = "; ".join(f"{f.value}/{targets[f.target].quantity} {targets[f.target].measure}"
                            if f.target in targets else f"{f.target}: {f.value}"
                            for f in entry.figures)
        milestone = next((m for m in task.milestones if m.id == entry.milestone), None)
        who = short_name(ws, unit) + (f" ({lower_first(milestone.title)})" if milestone else "")
        out.append(rl.sentence(f"{who}: {what}" + (f" ({figures})" if figures else "")))
    return clip(" ".join(out), CELL_CHARS) or BLANK
