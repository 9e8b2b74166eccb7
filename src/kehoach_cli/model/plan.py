"""What a plan document says: its header, sections, tasks and reporting duties."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from kehoach_cli.model.basics import NOWHERE, MonthlyDeadline, Source, TimeSpan

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
