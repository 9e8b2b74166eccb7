"""Build domain objects from validated file models, reading time expressions on the way.

A time expression that cannot be read becomes a located problem and leaves the time unset, so
one bad date does not hide the other problems in the file.
"""

from __future__ import annotations

from datetime import date
from sys import intern
from typing import Final

from kehoach_cli.model import (
    Comparison,
    Document,
    Event,
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
    TimeKind,
    TimeSpan,
    Unit,
    UnitGroup,
    occurrence_window,
)
from kehoach_cli.problems import Problem, problem, warning
from kehoach_cli.reading import fileformat as ff
from kehoach_cli.reading.yamlread import YamlDoc, YamlPath, dotted
from kehoach_cli.timeexpr.expressions import TimeExprError, parse_month
from kehoach_cli.timeexpr.grammar import read_time_noted

UNKNOWN: Final = "…"  # what the document does not give
# A time that needs the plan's date, in a plan whose date is "…": said so, not "no date known".
ISSUE_DATE_UNKNOWN = {"time.needs_issue_date": "time.issue_date_unknown",
                      "time.needs_year": "time.year_from_unknown_date"}


class Builder:
    """Carries the file's positions, the settings and the problems found while building."""

    def __init__(self, doc: YamlDoc, settings: Settings) -> None:
        self.doc = doc
        self.settings = settings
        self.problems: list[Problem] = []
        self.issued: date | None = None  # the plan's date and events, once the plan is known
        self.issued_unknown = False  # the plan's date is written "…"
        self.events: dict[str, date] = {}

    def at(self, *path: str | int) -> Source:
        return self.doc.source(path)

    def _unread(self, err: TimeExprError, path: YamlPath) -> None:
        code = ISSUE_DATE_UNKNOWN.get(err.code, err.code) if self.issued_unknown else err.code
        self.problems.append(problem(code, self.doc.source(path), dotted(path), **err.params))

    def _time(self, text: str, path: YamlPath) -> TimeSpan:
        span, notes = read_time_noted(text, issued=self.issued, events=self.events,
                                      before_includes_day=self.settings.before_includes_day)
        for code, params in notes:
            self.problems.append(warning(code, self.doc.source(path), dotted(path), **params))
        return span

    def span(self, text: str | None, *path: str | int) -> TimeSpan | None:
        """A one-off, standing or compound time: the horizon."""
        span = self.task_time(text, *path)
        if span is not None and span.form == TimeKind.RECURRING:
            self._refuse("time.recurring_not_allowed", span, path)
            return None
        return span

    def task_time(self, text: str | None, *path: str | int) -> TimeSpan | None:
        """A task's or a milestone's time: any form, recurring included (judged per occurrence)."""
        try:
            return None if text is None else self._time(text, path)
        except TimeExprError as err:
            self._unread(err, path)
            return None

    def recurring(self, text: str | None, *path: str | int) -> TimeSpan | None:
        """A reporting regime: any recurrence ("trước ngày 12 của tháng cuối quý"), or one due
        day for a one-off report ("trước ngày 20/12/2025")."""
        span = self.task_time(text, *path)
        one_off = span is not None and span.form in (TimeKind.DAY, TimeKind.DEADLINE)
        if span is not None and span.recurrence is None and not one_off:
            self._refuse("time.not_a_regime", span, path)
            return None
        return span

    def _refuse(self, code: str, span: TimeSpan, path: YamlPath) -> None:
        self.problems.append(problem(code, self.doc.source(path), dotted(path), text=span.text))

    def month(self, text: str | None, *path: str | int) -> tuple[int, int] | None:
        try:
            return None if text is None else parse_month(text)
        except TimeExprError as err:
            self._unread(err, path)
            return None


def monthly_of(span: TimeSpan | None) -> MonthlyDeadline | None:
    """The older monthly form of a recurrence, for views that only know months."""
    rec = span.recurrence if span is not None else None
    if rec is None or rec.every != "month" or rec.anchors[0][1] + rec.shift < 1:
        return None
    return MonthlyDeadline(span.text if span else "", rec.anchors[0][1] + rec.shift)


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
    written = plan.document.date
    b.issued, b.issued_unknown = (None, True) if written == UNKNOWN else (written, False)
    b.events = {e.name: e.date for e in plan.events}
    # The horizon is read first, for the tasks' window (a ``replace`` of each task after cost
    # a tenth of building); its problems still come after theirs, as they always have.
    problems, b.problems = b.problems, []
    horizon = b.span(plan.horizon, "horizon")
    horizon_problems, b.problems = b.problems, problems
    window = occurrence_window(b.issued, horizon)
    tasks = tuple(
        _task(b, task, i, plan_id, relations, window) for i, task in enumerate(plan.tasks)
    )
    reports = tuple(_report(b, rep, i, plan_id) for i, rep in enumerate(plan.reporting))
    b.problems.extend(horizon_problems)
    return Plan(
        id=plan_id,
        file=b.doc.file,
        document=_document(plan.document),
        standing_unit=plan.standing_unit,
        horizon=horizon,
        sections=tuple(Section(s.ref, s.title) for s in plan.sections),
        tasks=tasks,
        reporting=reports,
        source=b.at("document"),
        events=tuple(Event(e.name, e.date, b.at("events", i)) for i, e in enumerate(plan.events)),
    )


def _document(d: ff.DocumentIn) -> Document:
    return Document(
        kind=d.kind,
        number=d.number,
        date=None if d.date == UNKNOWN else d.date,
        place=d.place,
        issuer=d.issuer,
        issuer_parent=d.issuer_parent,
        title=d.title,
        based_on=tuple(Reference(r.kind, r.number, None if r.date == UNKNOWN else r.date, r.issuer,
                                 r.title) for r in d.based_on),
        signer=Signer(d.signer.authority, d.signer.position, d.signer.name) if d.signer else None,
        recipients=tuple(Recipient(r.name, r.purpose) for r in d.recipients),
        archive=d.archive,
    )


def _task(b: Builder, t: ff.TaskIn, i: int, plan_id: str, relations: dict[str, Relation],
          window: tuple[date, date] | None) -> Task:  # fmt: skip
    requested = t.requested
    if requested is None:
        requested = all(relations.get(lead) == Relation.REQUESTED for lead in t.lead)
    milestones = []
    for j, m in enumerate(t.milestones):
        where = b.at("tasks", i, "milestones", j)
        if m.time is None and m.restates is not None:
            time: TimeSpan | None = TimeSpan("", None, date.max, kind=TimeKind.STANDING)
        elif m.time is None:
            b.problems.append(problem("check.milestone_needs_time", where,
                                      dotted(("tasks", i, "milestones", j)), id=m.id))
            continue
        else:
            time = b.task_time(m.time, "tasks", i, "milestones", j, "time")
        if time is not None:
            milestones.append(Milestone(m.id, m.title, time, m.deliverable, where, m.lead,
                                        m.restates))
    targets = tuple(
        Target(x.id, x.description, x.quantity, x.measure, x.per_unit,
               (x.per or t.lead) if x.per_unit else (), b.at("tasks", i, "targets", k),
               _COMPARISONS[x.comparison], x.percent, x.overall)
        for k, x in enumerate(t.targets)
    ) if t.targets else ()
    return Task(
        id=t.id,
        plan=plan_id,
        ref=t.ref,
        section=intern(t.ref.split(".")[0]),
        title=t.title,
        content=t.content,
        lead=tuple(map(intern, t.lead)),  # unit ids, each kept once (see build_submission)
        support=tuple(map(intern, t.support)),
        requested=requested,
        time=b.task_time(t.time, "tasks", i, "time"),
        milestones=tuple(milestones),
        targets=targets,
        deliverables=t.deliverables,
        source=b.at("tasks", i),
        restates=t.restates,
        window=window,
    )


_COMPARISONS = {"ít nhất": Comparison.AT_LEAST, "tối thiểu": Comparison.AT_LEAST,
                "không quá": Comparison.AT_MOST, "tối đa": Comparison.AT_MOST,
                "đúng": Comparison.EXACTLY}


def _report(b: Builder, r: ff.ReportIn, i: int, plan_id: str) -> ReportObligation:
    regime = b.recurring(r.time, "reporting", i, "time")
    return ReportObligation(
        id=r.id,
        plan=plan_id,
        ref=r.ref,
        kind=ReportKind(r.kind),
        title=r.title,
        reporters=r.reporters,
        via=r.via,
        to=r.to,
        deadline=monthly_of(regime),
        first_month=b.month(r.first_month, "reporting", i, "first_month"),
        last_month=b.month(r.last_month, "reporting", i, "last_month"),
        source=b.at("reporting", i),
        recurrence=regime.recurrence if regime is not None else None,
        activities=r.activities,
        once=_once(regime),
    )


def _once(regime: TimeSpan | None) -> date | None:
    if regime is None or regime.form not in (TimeKind.DAY, TimeKind.DEADLINE):
        return None
    return regime.end


_STATES = {state.value: state for state in TaskState}  # the schema allows no other: no Enum call


def build_submission(b: Builder, p: ff.ProgressFile) -> Submission | None:
    """Texts that records repeat (task ids, stock phrases such as "Đã ban hành kế hoạch") are
    kept once (``sys.intern``): thousands of entries say the same, and each was its own copy."""
    month = b.month(p.month, "month")
    if month is None:
        return None
    entries = tuple(
        ProgressEntry(
            task=intern(e.task),
            milestone=None if e.milestone is None else intern(e.milestone),
            state=_STATES[e.state],
            completed=e.completed,
            results=intern(e.results),
            figures=tuple(
                Figure(intern(f.target), f.value, intern(f.note), b.at("entries", i, "figures", k))
                for k, f in enumerate(e.figures)
            ) if e.figures else (),  # most entries give none: no generator for them
            evidence=tuple(map(intern, e.evidence)),
            obstacles=intern(e.obstacles),
            proposals=intern(e.proposals),
            source=b.at("entries", i),
            occurrence=e.occurrence,
        )
        for i, e in enumerate(p.entries)
    )
    return Submission(
        unit=intern(p.unit),
        month=month,
        submitted=p.submitted,
        also_submitted=p.also_submitted,
        thematic_submitted=p.thematic_submitted,
        example=p.example,
        entries=entries,
        source=b.at(),
    )
