"""Build domain objects from validated file models, reading time expressions on the way.

A time expression that cannot be read becomes a located problem and leaves the time unset, so
one bad date does not hide the other problems in the file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from kehoach_cli.model import (
    Document,
    Figure,
    Milestone,
    MonthlyDeadline,
    Plan,
    ProgressEntry,
    Recipient,
    Reference,
    Relation,
    ReportKind,
    ReportObligation,
    Section,
    Settings,
    Signer,
    Source,
    Submission,
    Target,
    Task,
    TaskState,
    TimeSpan,
    Unit,
    UnitGroup,
)
from kehoach_cli.problems import Problem, problem
from kehoach_cli.reading import fileformat as ff
from kehoach_cli.reading.yamlread import YamlDoc, YamlPath, dotted
from kehoach_cli.timeexpr.expressions import TimeExprError, parse_month, parse_monthly, parse_span

T = TypeVar("T")


class Builder:
    """Carries the file's positions, the settings and the problems found while building."""

    def __init__(self, doc: YamlDoc, settings: Settings) -> None:
        self.doc = doc
        self.settings = settings
        self.problems: list[Problem] = []

    def at(self, *path: str | int) -> Source:
        return self.doc.source(path)

    def _read(self, parse: Callable[[str], T], text: str | None, path: YamlPath) -> T | None:
        if text is None:
            return None
        try:
            return parse(text)
        except TimeExprError as err:
            where = dotted(path)
            self.problems.append(problem(err.code, self.doc.source(path), where, **err.params))
            return None

    def span(self, text: str | None, *path: str | int) -> TimeSpan | None:
        inclusive = self.settings.before_includes_day
        return self._read(lambda s: parse_span(s, before_includes_day=inclusive), text, path)

    def monthly(self, text: str | None, *path: str | int) -> MonthlyDeadline | None:
        inclusive = self.settings.before_includes_day
        return self._read(lambda s: parse_monthly(s, before_includes_day=inclusive), text, path)

    def month(self, text: str | None, *path: str | int) -> tuple[int, int] | None:
        return self._read(parse_month, text, path)


def build_units(b: Builder, plan: ff.PlanFile) -> list[Unit]:
    return [
        Unit(u.id, u.name, u.short or u.name, u.aliases, Relation(u.relation), b.at("units", i))
        for i, u in enumerate(plan.units)
    ]


def build_groups(b: Builder, plan: ff.PlanFile) -> list[UnitGroup]:
    """Groups keep their members as written; the loader expands nested groups later."""
    return [
        UnitGroup(g.id, g.name, g.short or g.name, g.aliases, g.members, b.at("groups", i))
        for i, g in enumerate(plan.groups)
    ]


def build_plan(b: Builder, plan: ff.PlanFile, plan_id: str, relations: dict[str, Relation]) -> Plan:
    assert plan.document is not None
    tasks = tuple(
        _task(b, task, i, plan_id, relations) for i, task in enumerate(plan.tasks)
    )
    reports = tuple(_report(b, rep, i, plan_id) for i, rep in enumerate(plan.reporting))
    return Plan(
        id=plan_id,
        file=b.doc.file,
        document=_document(plan.document),
        standing_unit=plan.standing_unit,
        horizon=b.span(plan.horizon, "horizon"),
        sections=tuple(Section(s.ref, s.title) for s in plan.sections),
        tasks=tasks,
        reporting=reports,
        source=b.at("document"),
    )


def _document(d: ff.DocumentIn) -> Document:
    return Document(
        kind=d.kind,
        number=d.number,
        date=d.date,
        place=d.place,
        issuer=d.issuer,
        issuer_parent=d.issuer_parent,
        title=d.title,
        based_on=tuple(Reference(r.kind, r.number, r.date, r.issuer, r.title) for r in d.based_on),
        signer=Signer(d.signer.authority, d.signer.position, d.signer.name) if d.signer else None,
        recipients=tuple(Recipient(r.name, r.purpose) for r in d.recipients),
        archive=d.archive,
    )


def _task(b: Builder, t: ff.TaskIn, i: int, plan_id: str, relations: dict[str, Relation]) -> Task:
    requested = t.requested
    if requested is None:
        requested = all(relations.get(lead) == Relation.REQUESTED for lead in t.lead)
    milestones = []
    for j, m in enumerate(t.milestones):
        time = b.span(m.time, "tasks", i, "milestones", j, "time")
        if time is not None:
            where = b.at("tasks", i, "milestones", j)
            milestones.append(Milestone(m.id, m.title, time, m.deliverable, where))
    targets = tuple(
        Target(x.id, x.description, x.quantity, x.measure, x.per_unit,
               (x.per or t.lead) if x.per_unit else (), b.at("tasks", i, "targets", k))
        for k, x in enumerate(t.targets)
    )
    return Task(
        id=t.id,
        plan=plan_id,
        ref=t.ref,
        section=t.ref.split(".")[0],
        title=t.title,
        content=t.content,
        lead=t.lead,
        support=t.support,
        requested=requested,
        time=b.span(t.time, "tasks", i, "time"),
        milestones=tuple(milestones),
        targets=targets,
        deliverables=t.deliverables,
        source=b.at("tasks", i),
    )


def _report(b: Builder, r: ff.ReportIn, i: int, plan_id: str) -> ReportObligation:
    return ReportObligation(
        id=r.id,
        plan=plan_id,
        ref=r.ref,
        kind=ReportKind(r.kind),
        title=r.title,
        reporters=r.reporters,
        via=r.via,
        to=r.to,
        deadline=b.monthly(r.time, "reporting", i, "time"),
        first_month=b.month(r.first_month, "reporting", i, "first_month"),
        last_month=b.month(r.last_month, "reporting", i, "last_month"),
        source=b.at("reporting", i),
    )


def build_submission(b: Builder, p: ff.ProgressFile) -> Submission | None:
    month = b.month(p.month, "month")
    if month is None:
        return None
    entries = tuple(
        ProgressEntry(
            task=e.task,
            milestone=e.milestone,
            state=TaskState(e.state),
            completed=e.completed,
            results=e.results,
            figures=tuple(
                Figure(f.target, f.value, f.note, b.at("entries", i, "figures", k))
                for k, f in enumerate(e.figures)
            ),
            evidence=e.evidence,
            obstacles=e.obstacles,
            proposals=e.proposals,
            source=b.at("entries", i),
        )
        for i, e in enumerate(p.entries)
    )
    return Submission(
        unit=p.unit,
        month=month,
        submitted=p.submitted,
        thematic_submitted=p.thematic_submitted,
        example=p.example,
        entries=entries,
        source=b.at(),
    )
