"""The domain: what a kế hoạch says, once its YAML has been read and checked.

Everything here is frozen and imports nothing else from kehoach, so queries, reports and the
calendar can be written and tested against plain objects.  The YAML boundary (``fileformat``)
and the loader (``loading``) build these; nothing else does.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


@dataclass(frozen=True, slots=True)
class Source:
    """Where an entity was written, so every message can point an editor at it."""

    file: str
    line: int = 1
    col: int = 1

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}"


NOWHERE = Source("<không rõ>", 0, 0)


# ---------------------------------------------------------------- time


@dataclass(frozen=True, slots=True)
class TimeSpan:
    """A time expression as the plan wrote it, plus the dates it stands for.

    ``start`` is None for pure deadlines ("trước 25/3/2023"); ``end`` is the last day on which
    the work still counts as on time.  ``text`` is kept verbatim because reports quote it.
    """

    text: str
    start: date | None
    end: date
    tentative: bool = False

    @property
    def is_deadline(self) -> bool:
        return self.start is None


@dataclass(frozen=True, slots=True)
class MonthlyDeadline:
    """A deadline that recurs every month ("trước ngày 15 hàng tháng").

    ``day`` is the last admissible day of the month after the workspace's reading of "trước"
    has been applied (so "trước ngày 15" with the exclusive reading gives 14).
    """

    text: str
    day: int

    def due_in(self, year: int, month: int) -> date:
        last = calendar.monthrange(year, month)[1]
        return date(year, month, min(self.day, last))


# ---------------------------------------------------------------- units


class Relation(StrEnum):
    """Whether the plan orders a unit (giao) or can only ask it (đề nghị)."""

    ASSIGNED = "giao"
    REQUESTED = "đề nghị"


@dataclass(frozen=True, slots=True)
class Unit:
    id: str
    name: str
    short: str
    aliases: tuple[str, ...]
    relation: Relation
    source: Source = NOWHERE


@dataclass(frozen=True, slots=True)
class UnitGroup:
    """A collective name the plan uses ("UBND các phường, xã") for a fixed set of units."""

    id: str
    name: str
    short: str
    aliases: tuple[str, ...]
    members: tuple[str, ...]
    source: Source = NOWHERE


# ---------------------------------------------------------------- document


@dataclass(frozen=True, slots=True)
class Reference:
    """Another document, cited by number and date ("Kế hoạch số 19/KH-UBND ngày 02/02/2023")."""

    kind: str
    number: str
    date: date | None
    issuer: str
    title: str


@dataclass(frozen=True, slots=True)
class Signer:
    authority: str
    position: str
    name: str


@dataclass(frozen=True, slots=True)
class Recipient:
    name: str
    purpose: str


@dataclass(frozen=True, slots=True)
class Document:
    kind: str
    number: str
    date: date
    place: str
    issuer: str
    issuer_parent: str
    title: str
    based_on: tuple[Reference, ...]
    signer: Signer | None
    recipients: tuple[Recipient, ...]
    archive: str


@dataclass(frozen=True, slots=True)
class Section:
    ref: str
    title: str


# ---------------------------------------------------------------- tasks


@dataclass(frozen=True, slots=True)
class Target:
    """A quantified commitment ("ít nhất 01 mô hình tiêu biểu").

    When ``per_unit``, every unit that ``per`` stands for (groups expand) owes ``quantity``;
    ``per`` defaults to the task's lead units, since "mỗi phường, xã" is usually who leads.
    """

    id: str
    description: str
    quantity: int
    measure: str
    per_unit: bool
    per: tuple[str, ...] = ()
    source: Source = NOWHERE


@dataclass(frozen=True, slots=True)
class Milestone:
    id: str
    title: str
    time: TimeSpan
    deliverable: str
    source: Source = NOWHERE


@dataclass(frozen=True, slots=True)
class Checkpoint:
    """One dated thing a task is judged by: a milestone, or the task's own time."""

    task: Task
    milestone: Milestone | None
    time: TimeSpan

    @property
    def key(self) -> str:
        return self.task.id if self.milestone is None else f"{self.task.id}#{self.milestone.id}"

    @property
    def title(self) -> str:
        return self.task.title if self.milestone is None else self.milestone.title


@dataclass(frozen=True, slots=True)
class Task:
    id: str
    plan: str
    ref: str
    section: str
    title: str
    content: str
    lead: tuple[str, ...]
    support: tuple[str, ...]
    requested: bool
    time: TimeSpan | None
    milestones: tuple[Milestone, ...] = ()
    targets: tuple[Target, ...] = ()
    deliverables: tuple[str, ...] = ()
    source: Source = NOWHERE

    def checkpoints(self) -> tuple[Checkpoint, ...]:
        """Milestones when there are any, else the task's own time, else nothing to judge."""
        if self.milestones:
            return tuple(Checkpoint(self, m, m.time) for m in self.milestones)
        if self.time is not None:
            return (Checkpoint(self, None, self.time),)
        return ()


class ReportKind(StrEnum):
    THEMATIC = "chuyên đề"
    PERIODIC = "định kỳ"
    AD_HOC = "đột xuất"


@dataclass(frozen=True, slots=True)
class ReportObligation:
    """A recurring duty to report (section V), over the months of the plan's horizon."""

    id: str
    plan: str
    ref: str
    kind: ReportKind
    title: str
    reporters: tuple[str, ...]
    via: str | None
    to: str | None
    deadline: MonthlyDeadline | None
    first_month: tuple[int, int] | None
    last_month: tuple[int, int] | None
    source: Source = NOWHERE

    def months(self) -> Iterator[tuple[int, int]]:
        if self.deadline is None or self.first_month is None or self.last_month is None:
            return
        year, month = self.first_month
        while (year, month) <= self.last_month:
            yield year, month
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)


@dataclass(frozen=True, slots=True)
class Plan:
    id: str
    file: str
    document: Document
    standing_unit: str | None
    horizon: TimeSpan | None
    sections: tuple[Section, ...]
    tasks: tuple[Task, ...]
    reporting: tuple[ReportObligation, ...]
    source: Source = NOWHERE


# ---------------------------------------------------------------- progress


class TaskState(StrEnum):
    NOT_STARTED = "chưa triển khai"
    IN_PROGRESS = "đang thực hiện"
    DONE = "hoàn thành"


@dataclass(frozen=True, slots=True)
class Figure:
    target: str
    value: int
    note: str
    source: Source = NOWHERE


@dataclass(frozen=True, slots=True)
class ProgressEntry:
    task: str
    milestone: str | None
    state: TaskState
    completed: date | None
    results: str
    figures: tuple[Figure, ...]
    evidence: tuple[str, ...]
    obstacles: str
    proposals: str
    source: Source = NOWHERE

    @property
    def key(self) -> str:
        return self.task if self.milestone is None else f"{self.task}#{self.milestone}"


@dataclass(frozen=True, slots=True)
class Submission:
    """One unit's report for one month: a file of its own, so units never conflict in git."""

    unit: str
    month: tuple[int, int]
    submitted: date
    thematic_submitted: date | None
    example: bool
    entries: tuple[ProgressEntry, ...]
    source: Source = NOWHERE


# ---------------------------------------------------------------- workspace


class ReportPeriod(StrEnum):
    CALENDAR_MONTH = "tháng"
    DECREE_09 = "nđ09"


@dataclass(frozen=True, slots=True)
class Settings:
    """Readings of the plan that a workspace chooses once (documented in docs/plan-format.md)."""

    before_includes_day: bool = False
    working_days: bool = False
    report_period: ReportPeriod = ReportPeriod.CALENDAR_MONTH


@dataclass(frozen=True, slots=True)
class Workspace:
    root: str
    settings: Settings
    units: Mapping[str, Unit]
    groups: Mapping[str, UnitGroup]
    plans: tuple[Plan, ...]
    submissions: tuple[Submission, ...] = ()
    _tasks: Mapping[str, Task] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self._tasks:
            index = {t.id: t for p in self.plans for t in p.tasks}
            object.__setattr__(self, "_tasks", index)

    @property
    def tasks(self) -> Mapping[str, Task]:
        return self._tasks

    def name_of(self, unit_or_group: str) -> str:
        if unit_or_group in self.units:
            return self.units[unit_or_group].name
        if unit_or_group in self.groups:
            return self.groups[unit_or_group].name
        return unit_or_group

    def members(self, unit_or_group: str) -> tuple[str, ...]:
        """The units a reference stands for: itself, or a group's members."""
        group = self.groups.get(unit_or_group)
        return group.members if group is not None else (unit_or_group,)

    def expand(self, refs: tuple[str, ...]) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for ref in refs:
            for unit in self.members(ref):
                seen.setdefault(unit, None)
        return tuple(seen)
