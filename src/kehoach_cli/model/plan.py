"""What a plan document says: its header, sections, tasks and reporting duties."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from kehoach_cli.model.basics import (
    NOWHERE,
    MonthlyDeadline,
    Recurrence,
    Source,
    TimeKind,
    TimeSpan,
    quick_init,
)
from kehoach_cli.model.document import Document, Section

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



@quick_init
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


@quick_init
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
    """One dated thing a task is judged by: a milestone, or the task's own time; for a
    recurring time, one occurrence of it (``occurrence`` is that occurrence's due day)."""

    task: Task
    milestone: Milestone | None
    time: TimeSpan
    part: int = 0  # n for the n-th part of a compound own time ("Quý II; sơ kết trước …")
    occurrence: date | None = None

    @property
    def base_key(self) -> str:
        """The key of the milestone or time itself, whichever occurrence this is."""
        if self.milestone is not None:
            return f"{self.task.id}#{self.milestone.id}"
        return f"{self.task.id}#{PART_PREFIX}{self.part}" if self.part else self.task.id

    @property
    def key(self) -> str:
        base = self.base_key
        return base if self.occurrence is None else occurrence_key(base, self.occurrence)

    @property
    def whole_key(self) -> str | None:
        """The record key of the task as a whole that stands for it when it has none of its
        own (for an occurrence, the task's record of the same occurrence)."""
        if self.milestone is None and not self.part:
            return None  # the task's own time: its key is the whole task's record key
        day = self.occurrence
        return self.task.id if day is None else occurrence_key(self.task.id, day)

    @property
    def title(self) -> str:
        if self.milestone is not None:
            title = self.milestone.title
        else:
            title = f"{self.task.title} ({self.time.label})" if self.time.label else self.task.title
        return title if self.occurrence is None else f"{title} (lần {_short(self.occurrence)})"

    @property
    def lead(self) -> tuple[str, ...]:
        """Who is judged for it: the milestone's own lead, else the task's."""
        if self.milestone is not None and self.milestone.lead:
            return self.milestone.lead
        return self.task.lead


PART_PREFIX = "phan-"  # compound parts are keyed "task#phan-1", "task#phan-2"
OCCURRENCE_PREFIX = "lan-"  # occurrences are keyed "task#lan-2023-08-03", "task#m#lan-…"


def occurrence_key(key: str, day: date) -> str:
    """The key of the occurrence due on ``day`` of the checkpoint (or record) ``key``."""
    return f"{key}#{OCCURRENCE_PREFIX}{day.isoformat()}"


def _short(day: date) -> str:
    """"03/8/2023": the rule of ``timeexpr.vndate.short_date`` (NĐ 30/2020), which the domain
    cannot import."""
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"{day.day:02d}/{month}/{day.year}"


def occurrence_window(issued: date | None, horizon: TimeSpan | None) -> tuple[date, date] | None:
    """The days on which a recurring task time is owed: the plan's horizon, but never before
    the plan was issued (nothing is owed under a plan not yet signed); without a horizon with
    an end, from the issue date to 31 December of that year.  None when neither tells (the
    issue date unknown, "…", and no horizon with a first and a last day)."""
    closed = horizon is not None and not horizon.is_open
    if issued is None:
        return (horizon.start, horizon.end) if closed and horizon and horizon.start else None
    if not closed or horizon is None:
        return issued, date(issued.year, 12, 31)
    return max(horizon.start or issued, issued), horizon.end


def occurrences(cp: Checkpoint, window: tuple[date, date] | None) -> tuple[Checkpoint, ...]:
    """A recurring checkpoint as one checkpoint per due day in ``window``; each opens the day
    after the one before it (the first on the window's first day).  Others stay as they are."""
    recurrence = cp.time.recurrence
    if recurrence is None or cp.time.form != TimeKind.RECURRING or window is None:
        return (cp,)
    out = []
    opens = window[0]
    for day in recurrence.due_days(*window):
        out.append(replace(cp, time=replace(cp.time, start=opens, end=day), occurrence=day))
        opens = day + timedelta(days=1)
    return tuple(out)


@quick_init
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
    window: tuple[date, date] | None = None  # its plan's ``occurrence_window``

    def checkpoints(self) -> tuple[Checkpoint, ...]:
        """Its milestones (those not restating another clause) and its own time, each part of
        a compound time apart, each recurring one as its occurrences.  The own time is left
        out only when a milestone carries the same words (that milestone is the task's
        time), and a restating task has none."""
        if self.restates is not None:
            return ()
        milestones = self.milestones
        out = [Checkpoint(self, m, m.time) for m in milestones if m.restates is None]
        time = self.time
        if time is not None and not (milestones
                                     and any(m.time.text == time.text for m in milestones)):
            if time.form == TimeKind.COMPOUND:
                out += [Checkpoint(self, None, p, n) for n, p in enumerate(time.parts, 1)]
            else:
                out.append(Checkpoint(self, None, time))
        if self.window is None or all(cp.time.recurrence is None for cp in out):
            return tuple(out)  # the usual case, kept cheap: views ask for these often
        return tuple(one for cp in out for one in occurrences(cp, self.window))


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

    @property
    def occurrence_window(self) -> tuple[date, date] | None:
        return occurrence_window(self.document.date, self.horizon)
