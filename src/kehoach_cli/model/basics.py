"""Where things were written, what a time expression stands for, and who the units are."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
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
