"""Dates written the way Nghị định 30/2020 asks: zero before days < 10 and months 1 and 2."""

from __future__ import annotations

from datetime import date

import pytest

from kehoach_cli.messages import set_language
from kehoach_cli.timeexpr.vndate import (
    en_date,
    issue_date,
    long_date,
    month_label,
    short_date,
    table_date,
    vn_date,
    vn_month,
)


@pytest.mark.parametrize(
    ("day", "long", "short"),
    [
        (date(2023, 8, 5), "ngày 05 tháng 8 năm 2023", "05/8/2023"),
        (date(2023, 2, 20), "ngày 20 tháng 02 năm 2023", "20/02/2023"),
        (date(2024, 1, 9), "ngày 09 tháng 01 năm 2024", "09/01/2024"),
        (date(2023, 10, 30), "ngày 30 tháng 10 năm 2023", "30/10/2023"),
        (date(2023, 3, 10), "ngày 10 tháng 3 năm 2023", "10/3/2023"),
    ],
)
def test_vietnamese_forms(day: date, long: str, short: str) -> None:
    assert vn_date(day) == long
    assert short_date(day) == short


def test_months_and_english() -> None:
    assert vn_month(2023, 8) == "tháng 8/2023"
    assert vn_month(2024, 2) == "tháng 02/2024"
    assert en_date(date(2023, 8, 5)) == "5 August 2023"


def test_language_choice() -> None:
    day = date(2023, 8, 5)
    try:
        set_language("en")
        assert (long_date(day), table_date(day), month_label(2023, 8)) == (
            "5 August 2023", "2023-08-05", "August 2023")
        set_language("vi")
        assert (long_date(day), table_date(day), month_label(2023, 8)) == (
            "ngày 05 tháng 8 năm 2023", "05/8/2023", "tháng 8/2023")
        assert table_date(None) == ""
    finally:
        set_language("vi")


def test_an_unknown_issue_date_keeps_its_blank() -> None:
    """A plan whose date is "…" prints "ngày …" where the date goes, never "None"."""
    try:
        assert issue_date(None) == "ngày …"
        assert issue_date(date(2023, 2, 20)) == "ngày 20 tháng 02 năm 2023"
        set_language("en")
        assert (issue_date(None), issue_date(date(2023, 2, 20))) == ("…", "20 February 2023")
    finally:
        set_language("vi")
