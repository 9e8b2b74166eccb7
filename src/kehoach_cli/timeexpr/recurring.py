"""Recurring due days, as reporting regimes and recurring tasks are written.

Monthly ("trước ngày 25 hằng tháng"), quarterly ("trước ngày 12 của tháng cuối quý", "trước ngày
10 tháng đầu quý sau"), half-yearly ("định kỳ 6 tháng (trước ngày 10/6 và 10/12)"), yearly
("trước ngày 15/11 hằng năm") and weekly ("thứ Năm hằng tuần").  "trước" moves the due day one
day earlier unless the workspace counts the named day (``before_includes_day``).
"""

from __future__ import annotations

import re
from datetime import date

from kehoach_cli.model import Recurrence
from kehoach_cli.timeexpr.expressions import TimeExprError

_KW = r"(?:(?P<kw>trước|chậm nhất(?: là| vào)?|hạn chót|hạn|muộn nhất|vào|đến)\s)?"
_EVERY = r"(?:hằng|mỗi|các)"
_LEAD = r"^(?:định kỳ\s)?(?:(?:hằng|mỗi) (?:tháng|quý|tuần|năm),?\s)?(?:báo cáo\s)?"
_D = r"(?P<d>[0-9]{1,2})"
_MONTHLY = re.compile(rf"{_LEAD}{_KW}(?:ngày\s)?{_D}\s(?:của\s)?{_EVERY}\stháng$")
_QUARTER_MONTH = (r"(?P<which>đầu|thứ nhất|giữa|thứ hai|cuối|cuối cùng|thứ ba)")
_QUARTERLY = re.compile(
    rf"{_LEAD}{_KW}(?:ngày\s)?{_D}\s(?:của\s)?tháng\s{_QUARTER_MONTH}\s(?:của\s)?"
    rf"(?:{_EVERY}\s)?quý(?P<next>\s(?:sau|tiếp theo|kế tiếp))?(?:\s(?:hằng|mỗi) quý)?$"
)
_DM = r"([0-9]{1,2})\s?/\s?([0-9]{1,2})"
_HALF = re.compile(
    rf"^(?:định kỳ\s)?(?:6|sáu) tháng(?: một lần| 1 lần)?,?\s?\(?{_KW}(?:ngày\s)?"
    rf"(?P<a>{_DM})\s(?:và|,)\s(?:ngày\s)?(?P<b>{_DM})\)?$"
)
_YEARLY = re.compile(
    rf"{_LEAD}{_KW}(?:ngày\s)?{_D}\s?/\s?(?P<m>[0-9]{{1,2}})\s(?:{_EVERY}|của các)\snăm$"
)
_WEEKDAYS = {"hai": 0, "2": 0, "ba": 1, "3": 1, "tư": 2, "4": 2, "năm": 3, "5": 3, "sáu": 4,
             "6": 4, "bảy": 5, "7": 5}
_WEEKDAY = r"(?:thứ\s(?P<wd>hai|ba|tư|năm|sáu|bảy|[2-7])|(?P<sun>chủ nhật))"
_WEEKLY = re.compile(
    rf"^(?:định kỳ\s)?(?:(?:hằng|mỗi) tuần,?\s)?{_KW}(?:ngày\s)?(?:(?:sáng|chiều)\s)?{_WEEKDAY}"
    rf"(?:\s(?:hằng|mỗi|các) tuần)?$"
)
_WHICH = {"đầu": 0, "thứ nhất": 0, "giữa": 1, "thứ hai": 1, "cuối": 2, "cuối cùng": 2,
          "thứ ba": 2}


def looks_recurring(s: str) -> bool:
    return bool(re.search(r"\b(?:hằng|mỗi|các) (?:tháng|quý|năm|tuần)\b|\bquý sau\b|"
                          r"\btháng (?:đầu|cuối|cuối cùng) (?:của )?(?:mỗi |hằng )?quý\b|"
                          r"^(?:định kỳ )?(?:6|sáu) tháng(?: một lần| 1 lần|\s?\(|,|\strước)", s))


def read_recurrence(s: str, text: str, before_includes_day: bool) -> Recurrence | None:
    """The recurrence ``s`` (normalised) states, or None when it states none."""
    if m := _MONTHLY.match(s):
        day = _day(m["d"], text)
        return Recurrence("month", 1, ((0, day),), _shift(m["kw"], before_includes_day))
    if m := _QUARTERLY.match(s):
        offset = _WHICH[m["which"]] + (3 if m["next"] else 0)
        day = _day(m["d"], text)
        return Recurrence("quarter", 3, ((offset, day),), _shift(m["kw"], before_includes_day))
    if m := _HALF.match(s):
        anchors = tuple(_day_month(x, text) for x in (m["a"], m["b"]))
        return Recurrence("half", 12, tuple(sorted(anchors)),
                          _shift(m["kw"], before_includes_day))
    if m := _YEARLY.match(s):
        anchor = _day_month(f"{m['d']}/{m['m']}", text)
        return Recurrence("year", 12, (anchor,), _shift(m["kw"], before_includes_day))
    if m := _WEEKLY.match(s):
        weekday = 6 if m["sun"] else _WEEKDAYS[m["wd"]]
        return Recurrence("week", 0, ((0, weekday),), _shift(m["kw"], before_includes_day))
    return None


def _shift(kw: str | None, before_includes_day: bool) -> int:
    return -1 if kw == "trước" and not before_includes_day else 0


def _day(raw: str, text: str) -> int:
    day = int(raw)
    if not 1 <= day <= 31:
        raise TimeExprError("time.impossible_day", text=text, day=day)
    return day


def _day_month(raw: str, text: str) -> tuple[int, int]:
    """(month offset in the year, day) of "10/6"; a day the month never has is an error."""
    d, m = (int(x) for x in raw.replace(" ", "").split("/"))
    try:
        date(2024, m, d)  # a leap year: 29/2 is a real yearly day
    except ValueError:
        raise TimeExprError("time.impossible_date", text=text, date=f"{d}/{m}") from None
    return m - 1, d
