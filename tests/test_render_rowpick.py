"""Which rows a long status table keeps: the order of need, ties in their own order."""

from __future__ import annotations

from kehoach_cli.render.rowpick import count_need, most_in_need, report_need


def test_rows_that_fit_are_kept_in_their_order() -> None:
    rows = [{"overdue": 0, "on_time_rate": None}, {"overdue": 3, "on_time_rate": 0.5}]
    assert most_in_need(rows, count_need, limit=2) == (rows, 0)


def test_most_overdue_then_lowest_rate_then_unjudged() -> None:
    rows = [{"n": 0, "overdue": 0, "on_time_rate": None},
            {"n": 1, "overdue": 1, "on_time_rate": 0.9},
            {"n": 2, "overdue": 0, "on_time_rate": 0.2},
            {"n": 3, "overdue": 4, "on_time_rate": 0.5},
            {"n": 4, "overdue": 1, "on_time_rate": 0.9}]
    shown, more = most_in_need(rows, count_need, limit=4)
    assert [r["n"] for r in shown] == [3, 1, 4, 2]
    assert more == 1


def test_reports_overdue_first_longest_late_first() -> None:
    rows = [{"n": 0, "status": "done_on_time", "days_overdue": 0},
            {"n": 1, "status": "overdue", "days_overdue": 2},
            {"n": 2, "status": "done_late", "days_overdue": 0},
            {"n": 3, "status": "overdue", "days_overdue": 9}]
    shown, more = most_in_need(rows, report_need, limit=3)
    assert [r["n"] for r in shown] == [3, 1, 2]
    assert more == 1
