"""Which rows a one-screen table keeps when a province has too many to show.

Apart from the drawing (``status_view``) because it is a rule about what people see first,
not about layout: the most overdue, then the lowest on-time rate; the text view shows only
these, while ``--json`` always has every row.
"""

from __future__ import annotations

from collections.abc import Callable

from kehoach_cli.queries.lists import Item

STATUS_TABLE_ROWS = 40  # more rows than this and a status table shows those most in need


def count_need(row: Item) -> tuple[float, ...]:
    """Most overdue first, then the lowest on-time rate; nothing judged yet comes last."""
    rate = row["on_time_rate"]
    return (-row["overdue"], rate is None, rate or 0.0)


_REPORT_ORDER = {"overdue": 0, "done_late": 1, "not_due": 2, "in_progress": 2, "done_on_time": 3}


def report_need(r: Item) -> tuple[float, ...]:
    return (_REPORT_ORDER.get(r["status"], 2), -r["days_overdue"])


def most_in_need(rows: list[Item], need: Callable[[Item], tuple[float, ...]],
                 limit: int = STATUS_TABLE_ROWS) -> tuple[list[Item], int]:
    """All rows in their own order when they fit; else the ``limit`` first by ``need`` (ties
    in their own order) and how many were left out."""
    if len(rows) <= limit:
        return rows, 0
    return sorted(rows, key=need)[:limit], len(rows) - limit
