"""The working-day rule (BLDS 2015, Điều 148): off by default; on, rest days move the deadline."""

from __future__ import annotations

from datetime import date

import pytest

from kehoach_cli.model import MonthlyDeadline, Settings, TimeSpan
from kehoach_cli.timeexpr.deadlines import (
    effective,
    is_working_day,
    monthly_due,
    next_working_day,
    span_due,
)

ON = Settings(working_days=True)
OFF = Settings()


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2023, 3, 24), date(2023, 3, 24)),  # Friday: unchanged
        (date(2023, 3, 25), date(2023, 3, 27)),  # Saturday -> Monday
        (date(2023, 3, 26), date(2023, 3, 27)),  # Sunday -> Monday
        (date(2024, 2, 9), date(2024, 2, 15)),  # Tết 2024: 08-14/02 off, Sat/Sun inside
        (date(2024, 2, 10), date(2024, 2, 15)),
        (date(2023, 9, 1), date(2023, 9, 5)),  # Quốc khánh 2023, observed Monday 04/9
        (date(2023, 4, 29), date(2023, 5, 4)),  # Giỗ Tổ, 30/4, 1/5 and the days in lieu
    ],
)
def test_next_working_day(day: date, expected: date) -> None:
    assert next_working_day(day) == expected
    assert effective(day, ON) == expected
    assert effective(day, OFF) == day


def test_working_day_basics() -> None:
    assert is_working_day(date(2023, 3, 24))
    assert not is_working_day(date(2023, 3, 25))
    assert not is_working_day(date(2024, 2, 12))  # a Monday of Tết


def test_span_and_monthly() -> None:
    span = TimeSpan("25/3/2023", date(2023, 3, 25), date(2023, 3, 25))
    assert span_due(span, OFF) == date(2023, 3, 25)
    assert span_due(span, ON) == date(2023, 3, 27)
    before_15 = MonthlyDeadline("trước ngày 15 hàng tháng", 14)
    assert monthly_due(before_15, (2024, 2), OFF) == date(2024, 2, 14)
    assert monthly_due(before_15, (2024, 2), ON) == date(2024, 2, 15)
    assert monthly_due(MonthlyDeadline("ngày 31 hàng tháng", 31), (2023, 4), OFF) == date(
        2023, 4, 30)
