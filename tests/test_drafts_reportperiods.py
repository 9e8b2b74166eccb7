"""The period a report due on a day covers, for each regime; worked out from the calendar.

A report due in its period's first month covers the period just ended (a report is due at
the end of what it covers or just after it); a week runs Monday to Sunday.
"""

from __future__ import annotations

from datetime import date

import pytest

from kehoach_cli.drafts.reportperiods import deadline_words, due_words, named, period_name
from kehoach_cli.model import MonthlyDeadline, Recurrence, ReportKind, ReportObligation


def obligation(recurrence: Recurrence | None, deadline: MonthlyDeadline | None = None,
               ) -> ReportObligation:
    return ReportObligation("bc", "kh", "V", ReportKind.PERIODIC, "Báo cáo", ("u",), None, None,
                            deadline, (2025, 1), (2026, 12), recurrence=recurrence)


QUARTER_END = Recurrence("quarter", 3, ((2, 12),), -1)  # trước ngày 12 của tháng cuối quý
QUARTER_AFTER = Recurrence("quarter", 3, ((3, 10),), -1)  # trước ngày 10 tháng đầu quý sau
HALF = Recurrence("half", 12, ((5, 10), (11, 10)), -1)  # 6 tháng (trước ngày 10/6 và 10/12)
YEAR = Recurrence("year", 12, ((10, 15),), -1)  # trước ngày 15/11 hằng năm
WEEK = Recurrence("week", 0, ((0, 3),), 0)  # thứ Năm hằng tuần


@pytest.mark.parametrize(("recurrence", "due", "name"), [
    (QUARTER_END, date(2025, 9, 11), "quý III/2025"),
    (QUARTER_END, date(2025, 12, 11), "quý IV/2025"),
    (QUARTER_AFTER, date(2025, 10, 9), "quý III/2025"),  # October: the quarter just ended
    (QUARTER_AFTER, date(2026, 1, 9), "quý IV/2025"),  # and across the year
    (HALF, date(2025, 6, 9), "6 tháng đầu năm 2025"),
    (HALF, date(2025, 12, 9), "6 tháng cuối năm 2025"),
    (YEAR, date(2025, 11, 14), "năm 2025"),
    (Recurrence("year", 12, ((0, 15),), -1), date(2026, 1, 14), "năm 2025"),  # 15/01 hằng năm
    (WEEK, date(2025, 9, 4), "tuần từ ngày 01/9/2025 đến ngày 07/9/2025"),
    (WEEK, date(2025, 12, 4), "tuần từ ngày 01/12/2025 đến ngày 07/12/2025"),
    (WEEK, date(2026, 1, 1), "tuần từ ngày 29/12/2025 đến ngày 04/01/2026"),
    (None, date(2024, 6, 11), "hạn ngày 11/6/2024"),  # one-off: by its due day
])
def test_each_regime_names_the_period_it_covers(recurrence: Recurrence | None, due: date,
                                               name: str) -> None:
    assert period_name(obligation(recurrence), (due.year, due.month), due) == name


def test_a_monthly_report_is_its_months_and_keeps_the_plans_words() -> None:
    monthly = obligation(Recurrence("month", 1, ((0, 20),), -1),
                         MonthlyDeadline("trước ngày 20 hàng tháng", 19))
    assert period_name(monthly, (2023, 8), date(2023, 8, 19)) == "tháng 8/2023"
    assert due_words(monthly, (2023, 8), [date(2023, 8, 19)]) == "trước ngày 20 tháng 8/2023"
    assert deadline_words("trước ngày 25 hằng tháng", (2024, 2)) == "trước ngày 25 tháng 02/2024"


def test_other_regimes_are_due_by_their_real_days() -> None:
    weekly = obligation(WEEK)
    assert due_words(weekly, (2025, 9), [date(2025, 9, 11), date(2025, 9, 4)]) == (
        "chậm nhất ngày 04/9/2025, 11/9/2025")


def test_the_period_word_is_said_once() -> None:
    assert named("báo cáo quý", "quý III/2025") == "báo cáo quý III/2025"
    assert named("báo cáo định kỳ", "quý III/2025") == "báo cáo định kỳ quý III/2025"
    assert named("báo cáo 6 tháng", "6 tháng đầu năm 2025") == "báo cáo 6 tháng đầu năm 2025"
    assert named("báo cáo năm", "năm 2025") == "báo cáo năm 2025"
