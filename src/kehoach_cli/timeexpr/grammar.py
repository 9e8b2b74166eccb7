"""The time reader: any time a Vietnamese plan writes, read into a ``TimeSpan`` with its kind.

Forms (one example each in ``timeexpr.forms.FORMS``; docs/plan-format.md §6 has the table):
one day, a period (month, part of a month, quarter, half-year, year), a range with or without
"từ", joined periods ("Quý I và Quý II/2025"), a deadline ("trước", "chậm nhất", "đến hết"),
times relative to the plan's date ("từ nay đến hết tháng 6/2025") or to a named event ("chậm
nhất 30 ngày trước ngày bầu cử"), standing duties ("thường xuyên"), recurrences ("trước ngày 25
hằng tháng") and compounds ("Quý II/2025; sơ kết trước ngày 15/7/2025").  "Dự kiến" marks any
of them tentative.  A weekday in brackets is checked; a year left out is assumed and noted.
Words before a time are kept as its label only when plans write them there ("sơ kết", "báo cáo
kết quả": ``LABEL_VERBS``); other words ("trọng tâm trong tháng 10/2023") are the tail of a
sentence, and are refused rather than read as a time.
Pure: the plan's date and its events are passed in.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta
from functools import lru_cache

from kehoach_cli.model import TimeKind, TimeSpan
from kehoach_cli.timeexpr.expressions import TimeExprError
from kehoach_cli.timeexpr.pieces import Context, Piece, normalise, piece, unreadable
from kehoach_cli.timeexpr.recurring import looks_recurring, read_recurrence

Note = tuple[str, dict[str, object]]
Events = tuple[tuple[str, date], ...]

_DAY = timedelta(days=1)
_TENTATIVE = re.compile(r"^dự kiến:?\s(.+)$")
_STANDING = re.compile(r"^(?:thực hiện\s)?(?:thường xuyên|liên tục|hằng ngày|"
                       r"thường xuyên(?:,| và) liên tục|liên tục(?:,| và) thường xuyên)$")
_ONWARDS = re.compile(r"^(?:từ\s)?năm (?P<y>[0-9]{4})(?: và (?:các|những) năm tiếp theo| trở đi)$")
_FROM_NOW = re.compile(r"^từ nay (?:đến|tới)(?: hết)? (?P<r>.+)$")
_WITHIN = re.compile(r"^(?:trong(?: vòng| thời hạn)?|chậm nhất|tối đa)\s(?P<n>[0-9]{1,3})\sngày"
                     r"\s(?:kể từ|từ|sau)\s(?P<ev>.+)$")
_BEFORE_EVENT = re.compile(r"^(?:chậm nhất|trước|muộn nhất|ít nhất)\s(?P<n>[0-9]{1,3})\sngày"
                           r"\s(?:trước|trước khi diễn ra)\s(?P<ev>.+)$")
_FILLER = re.compile(r"^(?:trong|vào)\s")
_DEADLINE = re.compile(r"^(?P<kw>trước|chậm nhất(?: là| vào)?|muộn nhất|hạn chót|hạn|"
                       r"(?:xong|hoàn thành) trước|(?:đến|tới)(?: hết)?|hết):?\s(?P<rest>.+)$")
_RANGE = re.compile(r"^(?:từ\s)?(?P<l>.+?)\s(?:đến|tới)(?:\shết)?\s(?P<r>.+)$")
_JOIN = re.compile(r"\s(?:và|cùng)\s|,\s")
_LABEL = re.compile(r"^(?P<label>[^\W\d_]+(?:\s[^\W\d_]+){0,5}?)\s(?P<rest>(?:trước|chậm nhất|"
                    r"đến|trong|từ|vào|hạn)\s.+)$")
# The words a plan writes before a time ("sơ kết trước ngày 15/7/2025", "thời gian thực hiện từ
# tháng 4/2024 …", "báo cáo kết quả trước ngày 15/12/2025"): an optional "thời gian", one of
# these activities, and an optional object.  Anything else before a time ("trọng tâm trong tháng
# 10/2023") is the end of a sentence, not a label, and is refused rather than read.
LABEL_VERBS = ("sơ kết", "tổng kết", "hoàn thành", "hoàn tất", "xong", "báo cáo", "tổ chức",
               "thực hiện", "triển khai", "xây dựng", "ban hành", "trình", "gửi", "nộp",
               "tổng hợp", "kiểm tra", "đánh giá", "gắn biển")
LABEL_OBJECTS = ("kế hoạch", "kết quả", "báo cáo")
_KNOWN_LABEL = re.compile(rf"^(?:thời gian|(?:thời gian\s)?(?:{'|'.join(LABEL_VERBS)})"
                          rf"(?:\s(?:{'|'.join(LABEL_OBJECTS)}))?)$")
_WEEKDAY = re.compile(r"(?P<d>[0-9]{1,2}\s?/\s?[0-9]{1,2}(?:\s?/\s?[0-9]{4})?)\s?\(\s?(?P<wd>thứ\s"
                      r"(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật)\s?\)")
_WEEKDAY_NO = {"hai": 0, "ba": 1, "tư": 2, "năm": 3, "sáu": 4, "bảy": 5}
WEEKDAY_NAMES = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")
ISSUE_EVENTS = ("ban hành kế hoạch", "ban hành", "kế hoạch được ban hành", "ký kế hoạch",
                "ký ban hành", "ban hành văn bản", "ký ban hành kế hoạch", "kế hoạch có hiệu lực")


def read_time(text: str, *, issued: date | None = None, events: Mapping[str, date] | None = None,
              before_includes_day: bool = False) -> TimeSpan:
    """The reading of ``text``; ``TimeExprError`` when it cannot be read."""
    return read_time_noted(text, issued=issued, events=events,
                           before_includes_day=before_includes_day)[0]


def read_time_noted(
    text: str, *, issued: date | None = None, events: Mapping[str, date] | None = None,
    before_includes_day: bool = False,
) -> tuple[TimeSpan, tuple[Note, ...]]:
    """The reading and what a warning should say about it (years assumed).

    Most times name their year ("Quý II/2025"), and their reading is the same whatever the
    plan's date: those are read once for every plan (``_undated``), not once per plan date
    (8,647 readings of 2,830 texts at 10k tasks)."""
    named = tuple(sorted((normalise(k), v) for k, v in events.items())) if events else ()
    if issued is not None and (found := _undated(text, named, before_includes_day)) is not None:
        return found
    return _cached(text, issued, named, before_includes_day)


@lru_cache(maxsize=16384)
def _undated(text: str, events: Events, inclusive: bool) -> tuple[TimeSpan, tuple[Note, ...]] | None:
    """The reading without a plan date, or None where it needs one.  Every use of the date
    refuses when there is none (``_issued``, ``pieces._year``) and no refusal of that kind is
    caught on the way, so a reading that succeeds without it is the reading with any date."""
    try:
        return _read(text, None, events, inclusive)
    except TimeExprError:
        return None


@lru_cache(maxsize=16384)
def _cached(text: str, issued: date | None, events: Events,
            inclusive: bool) -> tuple[TimeSpan, tuple[Note, ...]]:
    return _read(text, issued, events, inclusive)


def _read(text: str, issued: date | None, events: Events,
          inclusive: bool) -> tuple[TimeSpan, tuple[Note, ...]]:
    shown = text.strip()
    ctx = Context(shown, issued)
    chunks = [c.strip() for c in shown.split(";") if c.strip()]
    if not chunks:
        raise TimeExprError("time.empty")
    if len(chunks) == 1:
        span = _chunk(shown, ctx, events, inclusive)
    else:
        parts = tuple(_chunk(c, ctx, events, inclusive) for c in chunks)
        span = _compound(shown, parts)
    notes = tuple(("time.assumed_year", {"text": shown, "piece": p, "year": y})
                  for p, y in ctx.assumed)
    return span, notes


def _compound(shown: str, parts: tuple[TimeSpan, ...]) -> TimeSpan:
    starts = [p.start for p in parts if p.start is not None]
    ends = [p.end for p in parts if not p.is_open]
    return TimeSpan(shown, min(starts) if starts else None, max(ends) if ends else date.max,
                    all(p.tentative for p in parts), TimeKind.COMPOUND, parts)


def _chunk(shown: str, ctx: Context, events: Events, inclusive: bool) -> TimeSpan:
    """One time (a compound's part, or the whole), with its weekdays checked."""
    s = normalise(shown)
    if not s:
        raise TimeExprError("time.empty")
    checks = [(m["d"], m["wd"]) for m in _WEEKDAY.finditer(s)]
    s = _WEEKDAY.sub(lambda m: m["d"], s)
    tentative = _TENTATIVE.match(s)
    if tentative:
        s = tentative[1]
    label = ""
    try:
        span = _one(s, ctx, events, inclusive)
    except TimeExprError as err:
        labelled = _LABEL.match(s)
        if err.code != "time.unreadable" or labelled is None:
            raise
        label, span = labelled["label"], _one(labelled["rest"], ctx, events, inclusive)
        if not _KNOWN_LABEL.match(label):
            raise _unknown_label(ctx, label, labelled["rest"]) from None
    for written, weekday in checks:
        _check_weekday(written, weekday, ctx, span)
    return TimeSpan(shown, span.start, span.end, tentative is not None, span.kind, span.parts,
                    span.recurrence, label)


def _unknown_label(ctx: Context, label: str, rest: str) -> TimeExprError:
    from kehoach_cli.timeexpr.forms import nearest

    return TimeExprError("time.unknown_label", text=ctx.text, label=label,
                         labels=", ".join(LABEL_VERBS), forms=" | ".join(nearest(rest)))


def _one(s: str, ctx: Context, events: Events, inclusive: bool) -> TimeSpan:
    if _STANDING.match(s):
        return TimeSpan(s, None, date.max, kind=TimeKind.STANDING)
    if m := _ONWARDS.match(s):
        return TimeSpan(s, date(int(m["y"]), 1, 1), date.max, kind=TimeKind.STANDING)
    if looks_recurring(s):
        rec = read_recurrence(s, ctx.text, inclusive)
        if rec is None:
            raise unreadable(ctx)
        return TimeSpan(s, None, date.max, kind=TimeKind.RECURRING, recurrence=rec)
    if m := _FROM_NOW.match(s):
        return TimeSpan(s, _issued(ctx), piece(m["r"], ctx).end, kind=TimeKind.PERIOD)
    if m := _WITHIN.match(s):
        day = _event(m["ev"], ctx, events)
        return TimeSpan(s, day, day + int(m["n"]) * _DAY, kind=TimeKind.PERIOD)
    if m := _BEFORE_EVENT.match(s):
        end = _event(m["ev"], ctx, events) - int(m["n"]) * _DAY
        return TimeSpan(s, None, end, kind=TimeKind.DEADLINE)
    s = _FILLER.sub("", s, count=1)
    if m := _DEADLINE.match(s):
        return TimeSpan(s, None, _deadline(m["kw"], m["rest"], ctx, events, inclusive),
                        kind=TimeKind.DEADLINE)
    if m := _RANGE.match(s):
        return _range(s, m["l"], m["r"], ctx)
    if len(bits := _JOIN.split(s)) > 1:
        return _joined(s, bits, ctx)
    found = piece(s, ctx)
    kind = TimeKind.DAY if found.kind == "date" else TimeKind.PERIOD
    return TimeSpan(s, found.start, found.end, kind=kind)


def _issued(ctx: Context) -> date:
    if ctx.issued is None:
        raise TimeExprError("time.needs_issue_date", text=ctx.text)
    return ctx.issued


def _event(name: str, ctx: Context, events: Events) -> date:
    """The date of a named event ("ngày bầu cử"); the plan's own issue date is built in."""
    key = re.sub(r"^ngày\s", "", name).strip()
    for event, day in events:
        if re.sub(r"^ngày\s", "", event) == key:
            return day
    if key in ISSUE_EVENTS:
        return _issued(ctx)
    known = ", ".join(["ban hành kế hoạch", *(e for e, _ in events)])
    raise TimeExprError("time.unknown_event", text=ctx.text, event=key, known=known)


def _deadline(kw: str, rest: str, ctx: Context, events: Events, inclusive: bool) -> date:
    """Before a day, "trước" excludes it unless the workspace says otherwise; a period, always."""
    try:
        found = piece(rest, ctx)
    except TimeExprError as err:
        if err.code != "time.unreadable" or not rest.startswith("ngày "):
            raise
        day = _event(rest, ctx, events)
        found = Piece(day, day, "date")
    if kw != "trước" and not kw.endswith(" trước"):
        return found.end
    if found.kind == "date":
        return found.end if inclusive else found.end - _DAY
    return found.start - _DAY


def _range(s: str, left: str, right: str, ctx: Context) -> TimeSpan:
    end = piece(right, ctx).end
    start = piece(left, ctx.with_year(end.year)).start
    if end < start:
        raise TimeExprError("time.reversed", text=ctx.text, start=_fmt(start), end=_fmt(end))
    return TimeSpan(s, start, end, kind=TimeKind.PERIOD)


def _joined(s: str, bits: list[str], ctx: Context) -> TimeSpan:
    """"Quý I và Quý II/2025": each piece takes the year written last; the span covers all."""
    last = piece(bits[-1], ctx)
    found = [piece(b, ctx.with_year(last.end.year)) for b in bits[:-1]] + [last]
    parts = tuple(TimeSpan(b, p.start, p.end, kind=TimeKind.DAY if p.kind == "date"
                           else TimeKind.PERIOD) for b, p in zip(bits, found, strict=True))
    return TimeSpan(s, min(p.start for p in found), max(p.end for p in found),
                    kind=TimeKind.PERIOD, parts=parts)


def _check_weekday(written: str, weekday: str, ctx: Context, span: TimeSpan) -> None:
    year = None if span.is_open else span.end.year
    has_year = len(written.split("/")) == 3
    quiet = Context(ctx.text, ctx.issued, None if has_year else year)  # its own notes
    day = piece(written.replace(" ", ""), quiet).start
    name = weekday.split()[-1]
    wanted = 6 if weekday == "chủ nhật" else (int(name) - 2 if name.isdigit() else
                                              _WEEKDAY_NO[name])
    if day.weekday() != wanted:
        raise TimeExprError("time.weekday_mismatch", text=ctx.text, date=_fmt(day),
                            written=weekday, actual=WEEKDAY_NAMES[day.weekday()])


def _fmt(day: date) -> str:
    return f"{day.day}/{day.month}/{day.year}"
