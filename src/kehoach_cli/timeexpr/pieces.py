"""The smallest pieces of a time: one day, one month, one quarter, half-year or year.

Every larger form (ranges, joined periods, deadlines, compounds) is built from these by
``timeexpr.grammar``.  Text arrives normalised (``normalise``): lower case, NFC, single spaces,
"hàng" spelled "hằng".  A missing year is taken from the context: the other end of a range
("tháng 5 đến tháng 7/2025"), or else the plan's date, noted so that a warning can say which
year was assumed.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from kehoach_cli.timeexpr.expressions import TimeExprError

_SPACES = re.compile(r"\s+")
_HANG = re.compile(r"\bhàng\b")
_SEP = r"\s?[/.-]\s?"
_Y = r"(?P<y>[0-9]{4})"
_YEAR_TAIL = rf"(?:{_SEP}|\s?năm\s){_Y}"
_MONTH_PART = r"(?P<part>đầu|giữa|cuối|thượng tuần|trung tuần|hạ tuần)"
_WIDE_PART = r"(?P<part>đầu|giữa|cuối)"

_FORMS = (
    ("date", re.compile(rf"^(?:ngày\s)?(?P<d>[0-9]{{1,2}}){_SEP}(?P<m>[0-9]{{1,2}})"
                        rf"(?:{_SEP}{_Y})?$")),
    ("date", re.compile(rf"^(?:ngày\s)?(?P<d>[0-9]{{1,2}})\stháng\s(?P<m>[0-9]{{1,2}})"
                        rf"(?:\s?(?:năm\s|{_SEP}){_Y})?$")),
    ("date", re.compile(r"^(?:ngày\s)?(?P<y>[0-9]{4})-(?P<m>[0-9]{1,2})-(?P<d>[0-9]{1,2})$")),
    ("month", re.compile(rf"^(?:{_MONTH_PART}\s)?tháng\s?(?P<m>[0-9]{{1,2}})(?:{_YEAR_TAIL})?$")),
    ("month", re.compile(r"^(?P<m>[0-9]{1,2})[/.-](?P<y>[0-9]{4})$")),
    ("quarter", re.compile(rf"^(?:{_WIDE_PART}\s)?qu[ýyí]\s?(?P<q>iv|i{{1,3}}|[1-4])"
                           rf"(?:{_YEAR_TAIL})?$")),
    ("half", re.compile(rf"^(?:0?6|sáu) tháng (?P<half>đầu|cuối)(?: năm)?(?:\s?{_Y})?$")),
    ("year", re.compile(rf"^(?:{_WIDE_PART}\s)?năm\s?{_Y}$")),
)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_MONTH_PARTS = {"đầu": (1, 10), "thượng tuần": (1, 10), "giữa": (11, 20),
                "trung tuần": (11, 20)}


def normalise(text: str) -> str:
    """One spelling for the patterns: NFC (Word often gives NFD), lower case, single spaces."""
    folded = unicodedata.normalize("NFC", text).lower().replace("\u00a0", " ")
    folded = _HANG.sub("hằng", folded)
    return _SPACES.sub(" ", folded).strip(" .;,")


@dataclass
class Context:
    """What a piece may borrow: the plan's date, and the year carried across a range."""

    text: str
    issued: date | None = None
    year: int | None = None
    assumed: list[tuple[str, int]] = field(default_factory=list)  # (piece, year) to warn about

    def with_year(self, year: int | None) -> Context:
        return Context(self.text, self.issued, year, self.assumed)


@dataclass(frozen=True)
class Piece:
    start: date
    end: date
    kind: str  # "date", "month", "quarter", "half", "year"


def unreadable(ctx: Context) -> TimeExprError:
    from kehoach_cli.timeexpr.forms import nearest

    return TimeExprError("time.unreadable", text=ctx.text, forms=" | ".join(nearest(ctx.text)))


def impossible(ctx: Context, shown: str) -> TimeExprError:
    return TimeExprError("time.impossible_date", text=ctx.text, date=shown)


def make_date(y: int, m: int, d: int, ctx: Context) -> date:
    try:
        if 1900 <= y <= 2100:
            return date(y, m, d)
    except ValueError:
        pass
    raise impossible(ctx, f"{d}/{m}/{y}")


def month_span(y: int, m: int, ctx: Context) -> tuple[date, date]:
    if not (1900 <= y <= 2100 and 1 <= m <= 12):
        raise impossible(ctx, f"{m}/{y}")
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def piece(s: str, ctx: Context) -> Piece:
    """One stretch of time named by ``s``; a ``TimeExprError`` when ``s`` is not one."""
    for kind, regex in _FORMS:
        match = regex.match(s)
        if match:
            return _build(kind, match.groupdict(), s, ctx)
    raise unreadable(ctx)


def _year(g: dict[str, str | None], s: str, ctx: Context, first: tuple[int, int]) -> int:
    """The written year; else the range's; else the plan's, or the next when ``first`` (the
    piece's last (month, day)) falls before the plan's date."""
    if g.get("y") is not None:
        return int(str(g["y"]))
    if ctx.year is not None:
        return ctx.year
    if ctx.issued is None:
        raise TimeExprError("time.needs_year", text=ctx.text, piece=s)
    year = ctx.issued.year
    month, day = first
    if (month, day) < (ctx.issued.month, ctx.issued.day):
        year += 1
    ctx.assumed.append((s, year))
    return year


def _build(kind: str, g: dict[str, str | None], s: str, ctx: Context) -> Piece:
    if kind == "date":
        m, d = int(str(g["m"])), int(str(g["d"]))
        y = _year(g, s, ctx, (m, d))
        day = make_date(y, m, d, ctx)
        return Piece(day, day, kind)
    if kind == "month":
        m = int(str(g["m"]))
        if not 1 <= m <= 12:
            raise impossible(ctx, f"tháng {m}")
        first, last = month_span(_year(g, s, ctx, (m, 31)), m, ctx)
        part = g.get("part")
        if part is None:
            return Piece(first, last, kind)
        lo, hi = _MONTH_PARTS.get(part, (21, last.day))
        return Piece(first.replace(day=lo), first.replace(day=hi), kind)
    y = _year(g, s, ctx, (13, 0))  # a quarter or year named alone is this year's
    if not 1900 <= y <= 2100:
        raise impossible(ctx, str(y))
    if kind == "quarter":
        last_month = 3 * (_ROMAN.get(str(g["q"])) or int(str(g["q"])))
        lo, hi = _wide_part(g.get("part"), last_month - 2, last_month, 1)
    elif kind == "half":
        lo, hi = (1, 6) if g["half"] == "đầu" else (7, 12)
    else:
        lo, hi = _wide_part(g.get("part"), 1, 12, 3)
    return Piece(date(y, lo, 1), month_span(y, hi, ctx)[1], kind)


def _wide_part(part: str | None, lo: int, hi: int, size: int) -> tuple[int, int]:
    """"đầu/giữa/cuối" of a quarter (its first, middle, last month) or of a year (a quarter)."""
    if part == "đầu":
        return lo, lo + size - 1
    if part == "cuối":
        return hi - size + 1, hi
    if part == "giữa":
        middle = (lo + hi) // 2
        return (middle, middle) if size == 1 else (4, 9)
    return lo, hi
