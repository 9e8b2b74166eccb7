"""The timeline's grid: which days each character covers, and where bars and marks fall.

Kept apart from the rows (``timeline``) because it is pure calendar arithmetic on plain dates,
tested on its own: does the bar cover March to September, is a deadline in the right
quarter-month.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from kehoach_cli.model import TimeSpan

Month = tuple[int, int]
MIN_LABEL = 24
MIN_LABEL_SQUEEZED = 10


class Mark(StrEnum):
    EMPTY = " "
    GRID = "·"
    BAR = "█"
    DEADLINE = "◆"
    ASOF = "│"
    BEFORE = "◀"
    AFTER = "▶"


@dataclass(frozen=True, slots=True)
class Cell:
    """The days one character stands for (both ends included)."""

    start: date
    end: date


def months_between(first: Month, last: Month) -> list[Month]:
    out: list[Month] = []
    year, month = first
    while (year, month) <= last:
        out.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def split_month(year: int, month: int, parts: int) -> list[Cell]:
    """A month cut into ``parts`` runs of days (1-7, 8-15, 16-23, 24-31 for quarters)."""
    length = calendar.monthrange(year, month)[1]
    bounds = [length * k // parts for k in range(parts + 1)]
    return [
        Cell(date(year, month, bounds[k] + 1), date(year, month, bounds[k + 1]))
        for k in range(parts)
    ]


def choose_per_month(months: int, room: int) -> int | None:
    """The finest cut (quarter, half, whole month) whose chart leaves ``room`` for labels."""
    for parts in (4, 2, 1):
        if months * parts <= room - MIN_LABEL:
            return parts
    return 1 if months <= room - MIN_LABEL_SQUEEZED else None


def col_of(cells: tuple[Cell, ...], day: date) -> int | None:
    for i, cell in enumerate(cells):
        if cell.start <= day <= cell.end:
            return i
    return None


def background(cells: tuple[Cell, ...], asof_col: int | None) -> list[Mark]:
    marks = [Mark.GRID if c.start.day == 1 else Mark.EMPTY for c in cells]
    if asof_col is not None:
        marks[asof_col] = Mark.ASOF
    return marks


def span_marks(cells: tuple[Cell, ...], span: TimeSpan | None, asof_col: int | None) -> list[Mark]:
    """A bar over a period, a diamond on a deadline or a single day, arrows when clipped."""
    marks = background(cells, asof_col)
    if span is None or not cells:
        return marks
    if span.start is None or span.start == span.end:
        col = col_of(cells, span.end)
        if col is not None:
            marks[col] = Mark.DEADLINE
        return marks
    for i, cell in enumerate(cells):
        if cell.start <= span.end and span.start <= cell.end:
            marks[i] = Mark.BAR
    if span.start < cells[0].start <= span.end:
        marks[0] = Mark.BEFORE
    if span.start <= cells[-1].end < span.end:
        marks[-1] = Mark.AFTER
    return marks


def report_marks(
    cells: tuple[Cell, ...], dues: list[date], asof_col: int | None
) -> list[Mark]:
    marks = background(cells, asof_col)
    for due in dues:
        col = col_of(cells, due)
        if col is not None:
            marks[col] = Mark.DEADLINE
    return marks
