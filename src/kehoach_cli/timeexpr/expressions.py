"""Reading the time expressions a kế hoạch is written with ("trước 25/3/2023", "Quý III/2023").

Plans are typed by office staff, so the grammar is tolerant about case, spacing, separators,
leading zeros and Unicode normalisation, but it never guesses: anything outside the forms in
``ACCEPTED_FORMS`` is an error that lists them, so a wrong reading cannot slip into reports.
Parsing is pure and cached because a large workspace parses the same few strings many times.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date, timedelta
from functools import lru_cache

from kehoach_cli.model import MonthlyDeadline, TimeSpan

_SPAN_FORMS = (
    "25/3/2023",
    "ngày 25/3/2023",
    "2023-03-25",
    "trước 25/3/2023",
    "đến 25/3/2023",
    "chậm nhất 25/3/2023",
    "trước tháng 5/2023",
    "tháng 8/2023",
    "trong tháng 3/2023",
    "đầu/giữa/cuối tháng 3/2023",
    "thượng/trung/hạ tuần tháng 7/2023",
    "quý III/2023",
    "6 tháng đầu/cuối năm 2023",
    "năm 2023",
    "từ tháng 3/2023 đến hết tháng 10/2023",
    "từ 1/3/2023 đến 15/4/2023",
    "dự kiến tháng 7/2023",
)
_MONTHLY_FORMS = ("trước ngày 15 hàng tháng", "ngày 20 hằng tháng")
ACCEPTED_FORMS: tuple[str, ...] = _SPAN_FORMS + _MONTHLY_FORMS


class TimeExprError(ValueError):
    """A time that cannot be read; ``code`` and ``params`` feed the message catalog.

    The text itself is not rendered here so that this module stays free of the catalog and
    callers can show the message in the user's language, next to the file position.
    """

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code, params)
        self.code = code
        self.params: dict[str, object] = params

    def __str__(self) -> str:
        return f"{self.code} {self.params}"


_SEP = r"\s?[/.-]\s?"
_Y = r"(?P<y>[0-9]{1,6})"
_M = r"(?P<m>[0-9]{1,2})"
_D = r"(?P<d>[0-9]{1,2})"
_YEAR_TAIL = rf"(?:{_SEP}|\snăm\s){_Y}"
_PARTS = r"(?P<part>đầu|giữa|cuối|thượng tuần|trung tuần|hạ tuần)"

_SINGLE = tuple(
    re.compile(p)
    for p in (
        rf"^(?:ngày\s)?{_D}{_SEP}{_M}(?:{_SEP}{_Y})?$",
        rf"^(?:ngày\s)?{_D}\stháng\s{_M}(?:\snăm\s{_Y})?$",
        rf"^(?:ngày\s)?(?P<y>[0-9]{{4}})-{_M}-{_D}$",
        rf"^(?:{_PARTS}\s)?tháng\s?{_M}(?:{_YEAR_TAIL})?$",
        rf"^{_M}{_SEP}(?P<y>[0-9]{{4}})$",
        rf"^(?P<y>[0-9]{{4}})-{_M}$",
        rf"^q[uú][ýy]\s?(?P<q>iv|i{{1,3}}|[1-4])(?:{_YEAR_TAIL})?$",
        rf"^0?6 tháng (?P<half>đầu|cuối) năm {_Y}$",
        rf"^năm {_Y}$",
    )
)
_MONTH_ONLY = re.compile(
    rf"^(?:tháng\s?)?{_M}{_YEAR_TAIL}$|^(?P<iy>[0-9]{{4}})-(?P<im>[0-9]{{1,2}})$"
)
_MONTHLY = re.compile(
    rf"^(?:(?P<kw>trước|đến|chậm nhất|hạn)\s)?(?:ngày\s)?{_D}\s(?:hàng|hằng|mỗi)\stháng$"
)
_TENTATIVE = re.compile(r"^dự kiến:?\s(.+)$")
_FILLER = re.compile(r"^(?:trong|vào)\s")
_RANGE = re.compile(r"^từ\s(?P<left>.+?)\s(?:đến|tới)(?:\shết)?\s(?P<right>.+)$")
_DEADLINE = re.compile(
    r"^(?P<kw>trước|chậm nhất(?: là| vào)?|hạn chót|hạn|(?:đến|tới)(?: hết)?):?\s(?P<rest>.+)$"
)
_SPACES = re.compile(r"\s+")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_PART_DAYS = {"đầu": (1, 10), "thượng tuần": (1, 10), "giữa": (11, 20), "trung tuần": (11, 20)}
_DAY = timedelta(days=1)

_Single = tuple[date, date, bool]  # start, end, and whether it names one day


def _normalise(text: str) -> str:
    """One spelling for the regexes: NFC (NFD input is common from Word), lower, single spaces."""
    folded = unicodedata.normalize("NFC", text).lower()
    return _SPACES.sub(" ", folded).strip(" .;,()")


def _unrecognised(text: str, forms: tuple[str, ...] = ACCEPTED_FORMS) -> TimeExprError:
    return TimeExprError("time.unrecognised", text=text, forms="; ".join(forms))


def _fmt(day: date) -> str:
    return f"{day.day}/{day.month}/{day.year}"


def _make_date(y: int, m: int, d: int, text: str) -> date:
    try:
        if 1900 <= y <= 2100:
            return date(y, m, d)
    except ValueError:
        pass
    raise TimeExprError("time.impossible_date", text=text, date=f"{d}/{m}/{y}")


def _month(y: int, m: int, text: str) -> tuple[date, date]:
    if not (1900 <= y <= 2100 and 1 <= m <= 12):
        raise TimeExprError("time.impossible_date", text=text, date=f"{m}/{y}")
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def _year(raw: str | None, default: int | None, text: str) -> int:
    """The written year, or the one carried from the right side of a range ("từ tháng 4 …")."""
    if raw is not None:
        return int(raw)
    if default is None:
        raise _unrecognised(text)
    return default


def _single(s: str, text: str, default_year: int | None) -> _Single:
    """Any form that stands for one stretch of time; ranges and deadlines are built from these."""
    for regex in _SINGLE:
        match = regex.match(s)
        if match:
            break
    else:
        raise _unrecognised(text)
    g = match.groupdict()
    y = _year(g.get("y"), default_year, text)
    if g.get("d") is not None:
        day = _make_date(y, int(g["m"]), int(g["d"]), text)
        return day, day, True
    if g.get("m") is not None:
        first, last = _month(y, int(g["m"]), text)
        if g.get("part") is None:
            return first, last, False
        lo, hi = _PART_DAYS.get(g["part"], (21, last.day))
        return first.replace(day=lo), first.replace(day=hi), False
    if not 1900 <= y <= 2100:
        raise TimeExprError("time.impossible_date", text=text, date=str(y))
    first_month, last_month = 1, 12
    if g.get("q") is not None:
        last_month = 3 * (_ROMAN.get(g["q"]) or int(g["q"]))
        first_month = last_month - 2
    elif g.get("half") is not None:
        first_month, last_month = (1, 6) if g["half"] == "đầu" else (7, 12)
    return date(y, first_month, 1), _month(y, last_month, text)[1], False


def _range(left: str, right: str, text: str) -> tuple[date, date]:
    _, end, _ = _single(right, text, None)
    start, _, _ = _single(left, text, end.year)
    if end < start:
        raise TimeExprError("time.reversed", text=text, start=_fmt(start), end=_fmt(end))
    return start, end


def _deadline(kw: str, rest: str, text: str, before_includes_day: bool) -> date:
    """Before a day, "trước" excludes it unless the workspace says otherwise; a month, always."""
    start, end, is_day = _single(rest, text, None)
    if kw != "trước":
        return end
    if is_day:
        return end if before_includes_day else end - _DAY
    return start - _DAY


def _monthly(match: re.Match[str], text: str, before_includes_day: bool) -> MonthlyDeadline:
    written = int(match["d"])
    day = written - 1 if match["kw"] == "trước" and not before_includes_day else written
    if day < 1 or written > 31:
        raise TimeExprError("time.impossible_day", text=text, day=written)
    return MonthlyDeadline(text, day)


@lru_cache(maxsize=65536)
def _parse_any(text: str, before_includes_day: bool) -> TimeSpan | MonthlyDeadline:
    shown = text.strip()
    s = _normalise(text)
    if not s:
        raise TimeExprError("time.empty")
    monthly = _MONTHLY.match(s)
    if monthly:
        return _monthly(monthly, shown, before_includes_day)
    tentative = _TENTATIVE.match(s)
    if tentative:
        s = tentative[1]
    s = _FILLER.sub("", s, count=1)
    start: date | None
    if m := _RANGE.match(s):
        start, end = _range(m["left"], m["right"], shown)
    elif m := _DEADLINE.match(s):
        start, end = None, _deadline(m["kw"], m["rest"], shown, before_includes_day)
    else:
        start, end, _ = _single(s, shown, None)
    return TimeSpan(shown, start, end, tentative is not None)


def _parse_with(
    text: str, before_includes_day: bool, forms: tuple[str, ...]
) -> TimeSpan | MonthlyDeadline:
    """Parse, listing only the forms the caller can accept when the text is not understood."""
    try:
        return _parse_any(text, before_includes_day)
    except TimeExprError as err:
        if err.code != "time.unrecognised":
            raise
        raise _unrecognised(text.strip(), forms) from None


def parse_span(text: str, *, before_includes_day: bool = False) -> TimeSpan:
    """A one-off time: a task's or milestone's "thời gian thực hiện"."""
    result = _parse_with(text, before_includes_day, _SPAN_FORMS)
    if isinstance(result, MonthlyDeadline):
        raise TimeExprError("time.recurring_not_allowed", text=result.text)
    return result


def parse_monthly(text: str, *, before_includes_day: bool = False) -> MonthlyDeadline:
    """A deadline that comes back every month, as reporting duties are written."""
    result = _parse_with(text, before_includes_day, _MONTHLY_FORMS)
    if isinstance(result, TimeSpan):
        raise TimeExprError("time.not_recurring", text=result.text)
    return result


def parse_time(text: str, *, before_includes_day: bool = False) -> TimeSpan | MonthlyDeadline:
    """Either kind, for fields where the plan may write one or the other."""
    return _parse_with(text, before_includes_day, ACCEPTED_FORMS)


@lru_cache(maxsize=4096)  # every progress file names its month: a few dozen texts at 10k tasks
def parse_month(text: str) -> tuple[int, int]:
    """A calendar month as (year, month), for report periods and the plan's reporting window."""
    s = _normalise(text)
    if not s:
        raise TimeExprError("time.empty")
    match = _MONTH_ONLY.match(s)
    if match is None:
        raise TimeExprError("time.bad_month", text=text.strip())
    year = int(match["y"] or match["iy"])
    month = int(match["m"] or match["im"])
    if not 1 <= month <= 12:
        raise TimeExprError("time.no_such_month", text=text.strip(), month=month)
    if not 1900 <= year <= 2100:
        raise TimeExprError("time.bad_month", text=text.strip())
    return year, month
