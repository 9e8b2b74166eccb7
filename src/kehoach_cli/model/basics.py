"""Where things were written, what a time expression stands for, and who the units are."""

from __future__ import annotations

import calendar
from dataclasses import MISSING, dataclass, fields
from datetime import date, timedelta
from enum import StrEnum
from typing import TypeVar

C = TypeVar("C", bound=type)


def quick_init(cls: C) -> C:
    """A frozen dataclass's ``__init__`` that sets each slot through its descriptor instead of
    ``object.__setattr__`` (what ``dataclass`` writes so that frozen classes can set fields
    at all): the same arguments and defaults at half the cost.  For the classes a cold load
    makes by the ten thousand (45,000 sources, 30,000 progress entries at 10k tasks)."""
    names = [f.name for f in fields(cls)]
    if any(f.default_factory is not MISSING or not f.init or f.kw_only for f in fields(cls)) or (
            hasattr(cls, "__post_init__")):
        raise TypeError(f"quick_init: {cls.__name__} needs dataclass's own __init__")
    scope = {f"set_{f.name}": getattr(cls, f.name).__set__ for f in fields(cls)}
    scope |= {f"default_{f.name}": f.default for f in fields(cls) if f.default is not MISSING}
    params = ", ".join(n if f"default_{n}" not in scope else f"{n}=default_{n}" for n in names)
    body = "".join(f"\n    set_{n}(self, {n})" for n in names)
    exec(f"def __init__(self, {params}):{body}", scope)
    init = scope["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__annotations__ = dict(vars(cls)["__init__"].__annotations__)
    cls.__init__ = init  # type: ignore[misc]
    return cls


@quick_init
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


class TimeKind(StrEnum):
    """What a time expression stands for, as ``kehoach time --json`` names it."""

    DAY = "day"  # one day ("15/3/2025")
    PERIOD = "period"  # a stretch of time ("Quý II/2025", "từ tháng 5 đến tháng 7/2025")
    DEADLINE = "deadline"  # a last day only ("trước ngày 20/12/2025")
    STANDING = "standing"  # no last day ("thường xuyên", "năm 2025 và các năm tiếp theo")
    RECURRING = "recurring"  # comes back ("trước ngày 25 hằng tháng", "thứ Năm hằng tuần")
    COMPOUND = "compound"  # several of these at once ("Quý II/2025; sơ kết trước ngày 15/7")


@dataclass(frozen=True, slots=True)
class Recurrence:
    """A due day that comes back: every week, month, quarter, half-year or year.

    ``every`` names the period ("week", "month", "quarter", "half", "year"); ``length`` is its
    length in months (0 for a week); each anchor is (month offset from the period's first month,
    day of that month) — or (0, weekday with Monday = 0) for a week.  ``shift`` is -1 when the
    plan says "trước" and the workspace does not count the named day, else 0.  A day past the
    end of a short month falls on its last day ("ngày 31 hằng tháng" is 30 April).
    """

    every: str
    length: int
    anchors: tuple[tuple[int, int], ...]
    shift: int = 0

    def due_days(self, first: date, last: date) -> tuple[date, ...]:
        """Every due day from ``first`` through ``last``, in order, each once."""
        if last < first:
            return ()
        if self.length == 0:
            return self._weekly(first, last)
        found: set[date] = set()
        index = (first.year - 1) * 12  # a period starting a year early may be due in the window
        end_index = last.year * 12 + last.month
        while index <= end_index:
            for offset, day in self.anchors:
                y, m0 = divmod(index + offset, 12)
                due = date(y, m0 + 1, min(day, calendar.monthrange(y, m0 + 1)[1]))
                due += timedelta(days=self.shift)
                if first <= due <= last:
                    found.add(due)
            index += self.length
        return tuple(sorted(found))

    def _weekly(self, first: date, last: date) -> tuple[date, ...]:
        weekday = self.anchors[0][1]
        base = first - timedelta(days=self.shift)
        day = base + timedelta(days=(weekday - base.weekday()) % 7) + timedelta(days=self.shift)
        out = []
        while day <= last:
            if day >= first:
                out.append(day)
            day += timedelta(days=7)
        return tuple(out)


@quick_init
@dataclass(frozen=True, slots=True)
class TimeSpan:
    """A time expression as the plan wrote it, plus the dates it stands for.

    ``start`` is None for pure deadlines ("trước 25/3/2023"); ``end`` is the last day on which
    the work still counts as on time (``date.max`` when there is none: standing, recurring).
    ``text`` is kept verbatim because reports quote it.  ``kind`` is None only for spans made
    by the older one-off reader (``expressions.parse_span``); ``form`` answers for both.
    ``parts`` are the pieces of a compound time ("Quý II/2025; sơ kết trước ngày 15/7/2025")
    or of joined periods ("Quý I và Quý II/2025"); ``recurrence`` is set for recurring times.
    """

    text: str
    start: date | None
    end: date
    tentative: bool = False
    kind: TimeKind | None = None
    parts: tuple[TimeSpan, ...] = ()
    recurrence: Recurrence | None = None
    label: str = ""  # a compound part's own words before its time ("sơ kết")

    @property
    def is_deadline(self) -> bool:
        return self.start is None

    @property
    def form(self) -> TimeKind:
        if self.kind is not None:
            return self.kind
        if self.start is None:
            return TimeKind.DEADLINE
        return TimeKind.DAY if self.start == self.end else TimeKind.PERIOD

    @property
    def is_open(self) -> bool:
        """No day after which it is late: standing or recurring."""
        return self.end == date.max


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
