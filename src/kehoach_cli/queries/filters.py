"""Narrowing and ordering what the queries show: pure functions of the workspace and the items.

Two kinds of filter.  Those that choose which work counts at all — the plan, the section,
tasks or reports, requested (đề nghị) or ordered (giao) — narrow the workspace and its
evaluation together (``narrow``), so every count, rate and list a command prints follows.
The workspace is judged whole first: a thematic report is owed by the units that lead some
task of the plan, whatever part of it is shown.  Those that pick rows of a list — a unit, a
status — apply to its items (``pick``); ``--sort`` orders them (``sort_items``, ``sort_units``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from kehoach_cli.model import Relation, ReportObligation, Task, Workspace
from kehoach_cli.problems import FatalError
from kehoach_cli.queries.judged import Category, Evaluation
from kehoach_cli.queries.lists import Item

KINDS = ("task", "report")
ITEM_SORTS = ("due", "overdue", "left", "ref", "unit", "status", "title")
UNIT_SORTS = ("name", "rate", "overdue", "lead")
STATUSES = tuple(c.value for c in Category)


@dataclass(frozen=True)
class Scope:
    """Which work counts: None (or empty) means no restriction."""

    plan: str | None = None
    section: str | None = None
    kind: str | None = None
    requested: bool | None = None

    def is_whole(self) -> bool:
        return self == Scope()


def _in_section(ref: str, section: str) -> bool:
    ref, section = ref.casefold(), section.casefold().rstrip(".")
    return ref == section or ref.startswith(section + ".")


def resolve_plan(ws: Workspace, text: str) -> str:
    """A plan by its id or its document number (``48/KH-UBND``), case-insensitively."""
    wanted = text.strip().casefold()
    for plan in ws.plans:
        if wanted in (plan.id.casefold(), plan.document.number.casefold()):
            return plan.id
    raise FatalError("q.unknown_plan", exit_code=2, text=text,
                     known=", ".join(p.id for p in ws.plans))


def check_section(ws: Workspace, section: str) -> None:
    """A section ref must name a section or a clause of some plan (a typo would show nothing)."""
    refs = [s.ref for p in ws.plans for s in p.sections] + [t.ref for t in ws.tasks.values()]
    refs += [ob.ref for p in ws.plans for ob in p.reporting]
    if not any(_in_section(ref, section) for ref in refs):
        raise FatalError("q.unknown_section", exit_code=2, text=section)


def _requested_unit(ws: Workspace, uid: str) -> bool:
    unit = ws.units.get(uid)
    return unit is not None and unit.relation == Relation.REQUESTED


def _keeps_task(scope: Scope, task: Task) -> bool:
    return (scope.kind != "report"
            and (scope.plan is None or task.plan == scope.plan)
            and (scope.section is None or _in_section(task.ref, scope.section)
                 or _in_section(task.section, scope.section))
            and (scope.requested is None or task.requested == scope.requested))


def _keeps_report(scope: Scope, ob: ReportObligation) -> bool:
    return (scope.kind != "task"
            and (scope.plan is None or ob.plan == scope.plan)
            and (scope.section is None or _in_section(ob.ref, scope.section)))


def narrow(ws: Workspace, ev: Evaluation, scope: Scope) -> tuple[Workspace, Evaluation]:
    """The workspace and its evaluation with only the work ``scope`` keeps.

    A report is requested when its reporting unit is one the plan can only ask
    (``relation: đề nghị``); a task, when the plan says so (``Task.requested``).
    """
    if scope.is_whole():
        return ws, ev
    plans = tuple(replace(p, tasks=tuple(t for t in p.tasks if _keeps_task(scope, t)),
                          reporting=tuple(o for o in p.reporting if _keeps_report(scope, o)))
                  for p in ws.plans)
    narrowed = replace(ws, plans=plans, _tasks={})
    kept = set(narrowed.tasks)
    judgements = tuple(j for j in ev.judgements if j.checkpoint.task.id in kept)
    obligations = {id(o) for p in plans for o in p.reporting}
    reports = tuple(r for r in ev.reports if id(r.obligation) in obligations
                    and (scope.requested is None
                         or _requested_unit(ws, r.unit) == scope.requested))
    return narrowed, Evaluation(ev.as_of, judgements, reports)


def pick(items: Iterable[Item], statuses: Iterable[str] = ()) -> list[Item]:
    """The items whose status is one of ``statuses`` (all of them when none is given)."""
    wanted = set(statuses)
    return [i for i in items if not wanted or i["status"] in wanted]


def check_choices(values: Iterable[str], allowed: tuple[str, ...], option: str) -> None:
    for value in values:
        if value not in allowed:
            raise FatalError("q.bad_choice", exit_code=2, option=option, value=value,
                             allowed=", ".join(allowed))


def _unit_name(item: Item) -> str:
    unit = item.get("unit")
    if unit is not None:
        return str(unit["name"])
    return ", ".join(u["name"] for u in item.get("lead", ()))


def _ref_key(ref: str) -> tuple[tuple[int, int | str], ...]:
    """Clause refs in reading order: "II.10" after "II.9", numbers before letters."""
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in ref.split("."))


def _item_key(sort: str, item: Item) -> tuple[object, ...]:
    due = item["due"] or "9999-12-31"
    if sort == "overdue":
        return (-item["days_overdue"], due)
    if sort == "left":
        left = item["days_left"]
        return (left is None, left if left is not None else 0, due)
    if sort == "ref":
        return (item["plan"], _ref_key(item["ref"]), due)
    if sort == "unit":
        return (_unit_name(item), due)
    if sort == "status":
        return (STATUSES.index(item["status"]), due)
    if sort == "title":
        return (item["title"].casefold(), due)
    return (due,)


def sort_items(items: list[Item], sort: str | None) -> list[Item]:
    """``items`` ordered by ``sort`` (one of ``ITEM_SORTS``), ties kept in their order."""
    if sort is None:
        return items
    return sorted(items, key=lambda i: _item_key(sort, i))


def _unit_key(sort: str, row: Item) -> tuple[object, ...]:
    if sort == "rate":  # the weakest first; units with nothing judged yet last
        rate = row["on_time_rate"]
        return (rate is None, rate if rate is not None else 0.0)
    if sort == "overdue":
        return (-(row["overdue"] + row["reports_overdue"]),)
    if sort == "lead":
        return (-row["lead"],)
    return (str(row["name"]).casefold(),)


def sort_units(rows: list[Item], sort: str | None) -> list[Item]:
    """Unit rows ordered by ``sort`` (one of ``UNIT_SORTS``), ties kept in their order."""
    if sort is None:
        return rows
    return sorted(rows, key=lambda r: _unit_key(sort, r))
