"""What a plan document says: its header, sections, tasks and reporting duties."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from kehoach_cli.model.basics import (
    NOWHERE,
    MonthlyDeadline,
    Recurrence,
    Source,
    TimeKind,
    TimeSpan,
)

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
    """``date`` is None when the document does not give it (written "…" in the file)."""

    kind: str
    number: str
    date: date | None
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


class Comparison(StrEnum):
    AT_LEAST = "ít nhất"
    AT_MOST = "không quá"
    EXACTLY = "đúng"

    def met(self, value: int, quantity: int) -> bool:
        if self is Comparison.AT_LEAST:
            return value >= quantity
        if self is Comparison.AT_MOST:
            return value <= quantity
        return value == quantity



@dataclass(frozen=True, slots=True)
class Target:
    """A quantified commitment ("ít nhất 01 mô hình tiêu biểu").

    When ``per_unit``, every unit that ``per`` stands for (groups expand) owes ``quantity``;
    ``per`` defaults to the task's lead units, since "mỗi phường, xã" is usually who leads.
    ``comparison`` says how a figure meets it ("ít nhất" at least, "không quá" at most, "đúng"
    exactly); ``percent`` that quantity and figures are percentages ("ít nhất 80% cán bộ");
    ``overall`` an area-wide total stated beside a per-unit one ("mỗi xã ít nhất 02; toàn
    huyện ít nhất 30").
    """

    id: str
    description: str
    quantity: int
    measure: str
    per_unit: bool
    per: tuple[str, ...] = ()
    source: Source = NOWHERE
    comparison: Comparison = Comparison.AT_LEAST
    percent: bool = False
    overall: int | None = None


@dataclass(frozen=True, slots=True)
class Milestone:
    """A dated step of a task.  ``lead`` when someone other than the task's lead does it
    (II.3.(3): "UBND Thành phố tổ chức gặp mặt" in a task Phòng LĐTB&XH leads); ``restates``
    the key ("task" or "task#milestone") of the same obligation stated in another clause."""

    id: str
    title: str
    time: TimeSpan
    deliverable: str
    source: Source = NOWHERE
    lead: tuple[str, ...] = ()
    restates: str | None = None


@dataclass(frozen=True, slots=True)
class Checkpoint:
    """One dated thing a task is judged by: a milestone, or the task's own time."""

    task: Task
    milestone: Milestone | None
    time: TimeSpan
    part: int = 0  # n for the n-th part of a compound own time ("Quý II; sơ kết trước …")

    @property
    def key(self) -> str:
        if self.milestone is not None:
            return f"{self.task.id}#{self.milestone.id}"
        return f"{self.task.id}#{PART_PREFIX}{self.part}" if self.part else self.task.id

    @property
    def title(self) -> str:
        if self.milestone is not None:
            return self.milestone.title
        return f"{self.task.title} ({self.time.label})" if self.time.label else self.task.title

    @property
    def lead(self) -> tuple[str, ...]:
        """Who is judged for it: the milestone's own lead, else the task's."""
        if self.milestone is not None and self.milestone.lead:
            return self.milestone.lead
        return self.task.lead


PART_PREFIX = "phan-"  # compound parts are keyed "task#phan-1", "task#phan-2"


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
    restates: str | None = None  # the id of the task this clause states again, wholly

    def checkpoints(self) -> tuple[Checkpoint, ...]:
        """Its milestones (those not restating another clause) and its own time, each part of
        a compound time apart.  The own time is left out only when a milestone carries the
        same words (that milestone is the task's time), and a restating task has none."""
        if self.restates is not None:
            return ()
        out = [Checkpoint(self, m, m.time) for m in self.milestones if m.restates is None]
        time = self.time
        if time is None or any(m.time.text == time.text for m in self.milestones):
            return tuple(out)
        if time.form == TimeKind.COMPOUND:
            return (*out, *(Checkpoint(self, None, p, n) for n, p in enumerate(time.parts, 1)))
        return (*out, Checkpoint(self, None, time))


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
    # Any regime ("trước ngày 12 của tháng cuối quý"); for a monthly one, ``deadline`` too.
    recurrence: Recurrence | None = None
    # A thematic report's activities (task ids); empty = those with a plan of their own.
    activities: tuple[str, ...] = ()
    # A one-off report ("trước ngày 20/12/2025"): its only due day, the last one on time.
    once: date | None = None

    @property
    def every(self) -> str:
        """"week", "month", "quarter", "half", "year", or "once" (one due day, or none)."""
        if self.recurrence is not None:
            return self.recurrence.every
        return "month" if self.deadline is not None else "once"

    def due_days(self) -> tuple[date, ...]:
        """Every due day from the first month's first day through the last month's last."""
        if self.once is not None:
            return (self.once,)
        if self.recurrence is None or self.first_month is None or self.last_month is None:
            return ()
        first = date(*self.first_month, 1)
        y, m = self.last_month
        last = date(y + m // 12, m % 12 + 1, 1) - timedelta(days=1)
        return self.recurrence.due_days(first, last)

    def months(self) -> Iterator[tuple[int, int]]:
        if self.deadline is None or self.first_month is None or self.last_month is None:
            return
        year, month = self.first_month
        while (year, month) <= self.last_month:
            yield year, month
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)


@dataclass(frozen=True, slots=True)
class Event:
    """A day the plan counts from ("ngày bầu cử"), named as its times name it."""

    name: str
    date: date
    source: Source = NOWHERE


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
    events: tuple[Event, ...] = ()
