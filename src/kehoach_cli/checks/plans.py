"""Checks over plan files: ids, references between units, groups and tasks."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from kehoach_cli.checks.closest import closest
from kehoach_cli.model import Source
from kehoach_cli.problems import Problem, problem
from kehoach_cli.reading import fileformat as ff
from kehoach_cli.reading.loading import Loaded, LoadResult
from kehoach_cli.reading.yamlread import YamlDoc, YamlPath
from kehoach_cli.reading.yamlread import dotted as _path


def _ids(item: Loaded[ff.PlanFile]) -> Iterator[tuple[str, str, YamlPath]]:
    """Every (namespace, id, path) a plan file declares."""
    m = item.model
    for i, u in enumerate(m.units):
        yield "unit", u.id, ("units", i, "id")
    for i, g in enumerate(m.groups):
        yield "unit", g.id, ("groups", i, "id")
    for i, t in enumerate(m.tasks):
        yield "task", t.id, ("tasks", i, "id")
        for j, ms in enumerate(t.milestones):
            yield f"milestone:{t.id}", ms.id, ("tasks", i, "milestones", j, "id")
        for j, tg in enumerate(t.targets):
            yield f"target:{t.id}", tg.id, ("tasks", i, "targets", j, "id")
    for i, r in enumerate(m.reporting):
        yield "report", r.id, ("reporting", i, "id")
    if m.document is not None:
        yield "plan", m.id or "", ("id",)


def duplicate_ids(result: LoadResult) -> Iterator[Problem]:
    # Positions are looked up only for a duplicate: asking for one reads the file's positions.
    first: dict[tuple[str, str], tuple[YamlDoc, YamlPath]] = {}
    for item in result.plan_files:
        for namespace, ident, path in _ids(item):
            if not ident:
                continue
            earlier = first.setdefault((namespace, ident), (item.doc, path))
            if earlier[0] is not item.doc or earlier[1] != path:
                yield problem("check.duplicate_id", item.doc.source(path), _path(path), id=ident,
                              first=str(earlier[0].source(earlier[1])))


def _refs(m: ff.PlanFile) -> Iterator[tuple[str, YamlPath]]:
    """Every unit or group reference in a plan file, with where it was written."""
    for i, g in enumerate(m.groups):
        for j, member in enumerate(g.members):
            yield member, ("groups", i, "members", j)
    for i, t in enumerate(m.tasks):
        for role in ("lead", "support"):
            for j, ref in enumerate(getattr(t, role)):
                yield ref, ("tasks", i, role, j)
        for k, ms in enumerate(t.milestones):
            for j, ref in enumerate(ms.lead):
                yield ref, ("tasks", i, "milestones", k, "lead", j)
        for k, target in enumerate(t.targets):
            for j, ref in enumerate(target.per):
                yield ref, ("tasks", i, "targets", k, "per", j)
    for i, r in enumerate(m.reporting):
        for j, ref in enumerate(r.reporters):
            yield ref, ("reporting", i, "reporters", j)
        for key in ("via", "to"):
            if getattr(r, key):
                yield getattr(r, key), ("reporting", i, key)
    if m.standing_unit:
        yield m.standing_unit, ("standing_unit",)


def unknown_units(result: LoadResult) -> Iterator[Problem]:
    ws = result.workspace
    known = set(ws.units) | set(ws.groups)
    for item in result.plan_files:
        for ref, path in _refs(item.model):
            if ref not in known:
                yield unknown_unit(ref, item.doc.source(path), _path(path), known)


def group_cycles(result: LoadResult) -> Iterator[Problem]:
    members = {g.id: g.members for item in result.plan_files for g in item.model.groups}

    def reaches(start: str, target: str, seen: set[str]) -> bool:
        for member in members.get(start, ()):
            if member == target or (member not in seen and reaches(member, target, seen | {member})):
                return True
        return False

    for item in result.plan_files:
        for i, g in enumerate(item.model.groups):
            if reaches(g.id, g.id, {g.id}):
                yield problem("check.group_cycle", item.doc.source(("groups", i)), f"groups[{i}]",
                              id=g.id)


def lead_also_support(result: LoadResult) -> Iterator[Problem]:
    ws = result.workspace
    for item in result.plan_files:
        for i, t in enumerate(item.model.tasks):
            if not t.support:
                continue  # nothing to find among its leads
            leads = set(t.lead) | set(ws.expand(t.lead))
            for j, ref in enumerate(t.support):
                if ref in leads:
                    path: YamlPath = ("tasks", i, "support", j)
                    yield problem("check.lead_also_support", item.doc.source(path), _path(path),
                                  id=ref, task=t.id)


def tasks_without_document(result: LoadResult) -> Iterator[Problem]:
    for item in result.plan_files:
        m = item.model
        if m.document is None and (m.tasks or m.reporting or m.sections):
            yield problem("check.no_document", item.doc.source(()), "document")


def reporting_months(result: LoadResult) -> Iterator[Problem]:
    """A recurring regime runs over months; a one-off report ("trước ngày 20/12/2025") needs none."""
    once = {ob.id for plan in result.workspace.plans for ob in plan.reporting
            if ob.once is not None}
    for item in result.plan_files:
        for i, r in enumerate(item.model.reporting):
            if r.first_month and r.last_month and r.first_month > r.last_month:
                path: YamlPath = ("reporting", i, "last_month")
                yield problem("check.months_reversed", item.doc.source(path), _path(path),
                              first=r.first_month, last=r.last_month)
            if (r.kind != "đột xuất" and r.time and r.id not in once
                    and not (r.first_month and r.last_month)):
                path = ("reporting", i)
                yield problem("check.report_needs_months", item.doc.source(path), _path(path),
                              id=r.id)


def unknown_unit(ref: str, where: Source, path: str, known: set[str]) -> Problem:
    return unknown_id("check.unknown_unit", ref, where, path, known)


def unknown_id(code: str, ref: str, where: Source, path: str, known: Iterable[str]) -> Problem:
    """``code``, or ``code_hint`` naming the closest declared id: most unknown ids are typos."""
    found = closest(ref, known)
    if found is not None:
        return problem(f"{code}_hint", where, path, id=ref, hint=found)
    return problem(code, where, path, id=ref)
