"""The day a deadline really falls on, once the workspace's working-day rule is applied.

Bộ luật Dân sự 2015, Điều 148 khoản 5: when the last day of a period is a weekly rest day or a
public holiday, the period ends at the close of the next working day.  Plans rarely say whether
they follow it, so the workspace decides (``settings.working_days``, off by default).  Holidays
come from the ``holidays`` package (Vietnam, lunar Tết included) rather than a list kept here,
so new years need no code change.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from kehoach_cli.model import MonthlyDeadline, Settings, TimeSpan

_DAY = timedelta(days=1)
_WEEKEND = (5, 6)  # Saturday, Sunday


@lru_cache(maxsize=64)
def _holidays(year: int) -> frozenset[date]:
    """One year of Vietnamese public holidays, computed once per process."""
    import holidays

    return frozenset(holidays.country_holidays("VN", years=year).keys())


def is_working_day(day: date) -> bool:
    return day.weekday() not in _WEEKEND and day not in _holidays(day.year)


def next_working_day(day: date) -> date:
    """``day`` itself when people work that day, else the first working day after it."""
    while not is_working_day(day):
        day += _DAY
    return day


def effective(day: date, settings: Settings) -> date:
    """A deadline day under the workspace's rule: moved off rest days only when asked to."""
    return next_working_day(day) if settings.working_days else day


def span_due(span: TimeSpan, settings: Settings) -> date:
    """The last on-time day of a task or milestone."""
    return effective(span.end, settings)


def monthly_due(deadline: MonthlyDeadline, month: tuple[int, int], settings: Settings) -> date:
    """The last on-time day of a recurring report for ``month`` (year, month)."""
    return effective(deadline.due_in(*month), settings)
