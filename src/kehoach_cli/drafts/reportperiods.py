"""Which period a report due on a given day covers, and how a draft names it.

A monthly report is the report of the month its due day is filed under ("báo cáo định kỳ tháng
8/2023" for the plan's "trước ngày 20 hàng tháng"), as ``queries.reports`` files it.  Others:

* quarterly, half-yearly, yearly: the period the due day falls in, or the one before when it
  falls in that period's first month ("trước ngày 10 tháng đầu quý sau" reports the quarter just
  ended, "trước ngày 15/01 hằng năm" the year before) — a report is due at the end of what it
  covers or just after, never a month into it;
* weekly: the week, Monday to Sunday, of its due day;
* a one-off report (any regime without a period): named by its due day.

The words are in ``wording``; due days are the effective ones, already moved for "trước", so
a draft writes them as "chậm nhất ngày …".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from kehoach_cli.drafts.wording import (
    DUE_BY,
    HALVES,
    ONE_OFF,
    QUARTER,
    QUARTER_NUMBERS,
    WEEK,
    YEAR,
    joined,
    months_text,
)
from kehoach_cli.model import ReportObligation
from kehoach_cli.timeexpr.vndate import short_date, vn_month

MONTHS_IN = {"quarter": 3, "half": 6, "year": 12}
_PERIOD_WORDS = ("6 tháng", "tháng", "quý", "năm", "tuần")


def period_name(ob: ReportObligation, month: tuple[int, int], due: date) -> str:
    """"tháng 8/2023", "quý III/2025", "6 tháng đầu năm 2025", "năm 2025", "tuần từ ngày
    01/9/2025 đến ngày 07/9/2025", "hạn ngày 11/6/2024"."""
    every = ob.every
    if every == "month":
        return vn_month(*month)
    if every == "week":
        monday = due - timedelta(days=due.weekday())
        return WEEK.format(start=short_date(monday), end=short_date(monday + timedelta(days=6)))
    size = MONTHS_IN.get(every)
    if size is None:
        return ONE_OFF.format(day=short_date(due))
    index = due.year * 12 + due.month - 1
    if index % size == 0:  # the period's first month: the report is of the one just ended
        index -= size
    year, first = divmod(index - index % size, 12)
    if every == "quarter":
        return QUARTER.format(n=QUARTER_NUMBERS[first // 3], year=year)
    if every == "half":
        return HALVES[first // 6].format(year=year)
    return YEAR.format(year=year)


def named(report: str, period: str) -> str:
    """"báo cáo định kỳ quý III/2025"; "báo cáo quý" + "quý III/2025" says "quý" once."""
    for word in _PERIOD_WORDS:
        if report.endswith(" " + word) and period.startswith(word + " "):
            return f"{report[:-len(word) - 1]} {period}"
    return f"{report} {period}"


def periods_text(ob: ReportObligation, owed: Iterable[tuple[tuple[int, int], date]]) -> str:
    """Several periods of one report: months as ranges ("các tháng 3–8/2023"), others listed
    in order ("quý II/2025 và quý III/2025")."""
    found = sorted(owed, key=lambda md: md[1])
    if ob.every == "month":
        return months_text([m for m, _ in found])
    return joined([period_name(ob, m, d) for m, d in found])


def deadline_words(text: str, month: tuple[int, int]) -> str:
    """"trước ngày 15 tháng 8/2023" from "trước ngày 15 hàng tháng" (or "hằng tháng"): the
    plan's words, dated."""
    for every in ("hàng tháng", "hằng tháng"):
        text = text.replace(every, vn_month(*month))
    return text


def due_words(ob: ReportObligation, month: tuple[int, int], dues: Sequence[date]) -> str:
    """A monthly duty in the plan's words, dated ("trước ngày 20 tháng 8/2023"); any other
    regime by its due days ("chậm nhất ngày 11/9/2025")."""
    if ob.deadline is not None and ob.every == "month":
        return deadline_words(ob.deadline.text, month)
    return DUE_BY.format(days=", ".join(short_date(d) for d in sorted(set(dues))))
