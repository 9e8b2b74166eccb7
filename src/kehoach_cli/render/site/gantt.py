"""The timeline as an SVG Gantt chart: geometry only, the template draws it.

Every dated checkpoint is a bar from its start (or, for a pure deadline, a short mark ending
on its due day) to its due day, one row each in the plan's order, coloured by status (the
occurrences of a recurring time side by side on one row); months are the grid, and a line
marks the as-of day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from kehoach_cli.queries.lists import Item

LABEL_WIDTH = 360
CHART_WIDTH = 840
ROW_HEIGHT = 22
TOP = 28
DEADLINE_DAYS = 4  # a deadline with no start is drawn as a short bar ending on the due day


@dataclass(frozen=True)
class Bar:
    y: float
    x: float
    width: float
    label: str
    tooltip: str
    status: str
    ref: str


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    label_width: int
    bars: tuple[Bar, ...]
    ticks: tuple[Tick, ...]
    today: float | None


def _months(first: date, last: date) -> list[date]:
    out, day = [], first.replace(day=1)
    while day <= last:
        out.append(day)
        day = (day + timedelta(days=32)).replace(day=1)
    return out


def chart(rows: list[Item], as_of: date, status_names: dict[str, str]) -> Chart:
    """The chart of the tracking rows (``queries.tracking.task_rows``) that have a due day."""
    dated = [r for r in rows if r["due"] is not None]
    starts: list[date] = [r.get("start") or r["due"] - timedelta(days=DEADLINE_DAYS) for r in dated]
    if not dated:
        return Chart(LABEL_WIDTH + CHART_WIDTH, TOP, LABEL_WIDTH, (), (), None)
    first: date = min(min(starts), as_of).replace(day=1)
    last_due: date = max(max(r["due"] for r in dated), as_of)
    last = (last_due.replace(day=1) + timedelta(days=32)).replace(day=1)
    span = (last - first).days

    def x(day: date) -> float:
        return round(LABEL_WIDTH + CHART_WIDTH * (day - first).days / span, 1)

    bars, n, before = [], -1, None
    for row, start in zip(dated, starts, strict=True):
        name = row["title"] if row["milestone"] is None else f"{row['title']}: {row['milestone']}"
        same = (row["ref"], name, row["time"])
        shared = bool(row.get("occurrence")) and same == before  # occurrences share a row
        n += 0 if shared else 1
        before = same if row.get("occurrence") else None
        end = x(row["due"] + timedelta(days=1))
        when = f" ({row['due'].day:02d}/{row['due'].month}/{row['due'].year})" \
            if row.get("occurrence") else ""
        tip = f"{row['ref']} {name} — {row['time'] or ''}{when} — {status_names[row['status']]}"
        label = "" if shared else f"{row['ref']} {row['milestone'] or row['title']}"
        bars.append(Bar(TOP + n * ROW_HEIGHT, x(start), max(end - x(start), 3.0), label, tip,
                        row["status"], row["ref"]))
    ticks = tuple(Tick(x(m), f"{m.month:02d}/{m.year}") for m in _months(first, last_due))
    height = TOP + (n + 1) * ROW_HEIGHT + 8
    return Chart(LABEL_WIDTH + CHART_WIDTH, height, LABEL_WIDTH, tuple(bars), ticks, x(as_of))
