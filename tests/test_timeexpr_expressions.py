"""Time expressions as the plans write them, and the errors staff see when they mistype one."""

from __future__ import annotations

import calendar
import contextlib
import string
import unicodedata
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kehoach_cli.messages.timeexpr import MESSAGES
from kehoach_cli.model import MonthlyDeadline, TimeSpan
from kehoach_cli.timeexpr.expressions import (
    ACCEPTED_FORMS,
    TimeExprError,
    parse_month,
    parse_monthly,
    parse_span,
    parse_time,
)

D = date

# (text, start, end, tentative) with the default, exclusive reading of "trước".
SPANS: list[tuple[str, date | None, date, bool]] = [
    # exact phrases of 48/KH-UBND
    ("trước 25/3/2023", None, D(2023, 3, 24), False),
    ("Tháng 8/2023", D(2023, 8, 1), D(2023, 8, 31), False),
    ("Tháng 7/2023", D(2023, 7, 1), D(2023, 7, 31), False),
    ("Từ tháng 8/2022 đến tháng 10/2023", D(2022, 8, 1), D(2023, 10, 31), False),
    ("Từ tháng 3/2023 đến tháng 9/2023", D(2023, 3, 1), D(2023, 9, 30), False),
    ("Cuối tháng 3/2023", D(2023, 3, 21), D(2023, 3, 31), False),
    ("từ tháng 3/2023 đến hết tháng 10/2023", D(2023, 3, 1), D(2023, 10, 31), False),
    ("trong tháng 3/2023", D(2023, 3, 1), D(2023, 3, 31), False),
    ("từ tháng 4/2023 đến tháng 9/2023", D(2023, 4, 1), D(2023, 9, 30), False),
    ("từ đầu tháng 09/2023 đến hết tháng 10/2023", D(2023, 9, 1), D(2023, 10, 31), False),
    ("trong tháng 10/2023", D(2023, 10, 1), D(2023, 10, 31), False),
    ("Dự kiến trung tuần tháng 7/2023", D(2023, 7, 11), D(2023, 7, 20), True),
    ("trước 30/9/2023", None, D(2023, 9, 29), False),
    # deadlines
    ("trước ngày 25/3/2023", None, D(2023, 3, 24), False),
    ("trước tháng 5/2023", None, D(2023, 4, 30), False),
    ("trước 1/1/2024", None, D(2023, 12, 31), False),
    ("đến 25/3/2023", None, D(2023, 3, 25), False),
    ("đến ngày 25/3/2023", None, D(2023, 3, 25), False),
    ("chậm nhất 25/3/2023", None, D(2023, 3, 25), False),
    ("chậm nhất là ngày 25/3/2023", None, D(2023, 3, 25), False),
    ("hạn 25/3/2023", None, D(2023, 3, 25), False),
    ("đến hết tháng 10/2023", None, D(2023, 10, 31), False),
    ("dự kiến trước 30/9/2023", None, D(2023, 9, 29), True),
    # single days
    ("ngày 25/3/2023", D(2023, 3, 25), D(2023, 3, 25), False),
    ("25/3/2023", D(2023, 3, 25), D(2023, 3, 25), False),
    ("25/03/2023", D(2023, 3, 25), D(2023, 3, 25), False),
    ("25-3-2023", D(2023, 3, 25), D(2023, 3, 25), False),
    ("25.3.2023", D(2023, 3, 25), D(2023, 3, 25), False),
    ("2023-03-25", D(2023, 3, 25), D(2023, 3, 25), False),
    ("ngày 25 tháng 3 năm 2023", D(2023, 3, 25), D(2023, 3, 25), False),
    ("29/2/2024", D(2024, 2, 29), D(2024, 2, 29), False),
    # months
    ("tháng 08 năm 2023", D(2023, 8, 1), D(2023, 8, 31), False),
    ("tháng 09/2023", D(2023, 9, 1), D(2023, 9, 30), False),
    ("tháng 2/2024", D(2024, 2, 1), D(2024, 2, 29), False),
    ("tháng 2/2023", D(2023, 2, 1), D(2023, 2, 28), False),
    ("tháng 12/2023", D(2023, 12, 1), D(2023, 12, 31), False),
    ("8/2023", D(2023, 8, 1), D(2023, 8, 31), False),
    # parts of a month
    ("đầu tháng 9/2023", D(2023, 9, 1), D(2023, 9, 10), False),
    ("giữa tháng 7/2023", D(2023, 7, 11), D(2023, 7, 20), False),
    ("thượng tuần tháng 7/2023", D(2023, 7, 1), D(2023, 7, 10), False),
    ("trung tuần tháng 7/2023", D(2023, 7, 11), D(2023, 7, 20), False),
    ("hạ tuần tháng 7/2023", D(2023, 7, 21), D(2023, 7, 31), False),
    ("cuối tháng 2/2024", D(2024, 2, 21), D(2024, 2, 29), False),
    ("cuối tháng 4/2023", D(2023, 4, 21), D(2023, 4, 30), False),
    # ranges
    ("từ ngày 1/3/2023 đến ngày 15/4/2023", D(2023, 3, 1), D(2023, 4, 15), False),
    ("từ 1/3/2023 đến 15/4/2023", D(2023, 3, 1), D(2023, 4, 15), False),
    ("từ tháng 4 đến tháng 9/2023", D(2023, 4, 1), D(2023, 9, 30), False),
    ("từ 10/3 đến 25/3/2023", D(2023, 3, 10), D(2023, 3, 25), False),
    ("từ quý I đến quý III/2023", D(2023, 1, 1), D(2023, 9, 30), False),
    ("từ cuối tháng 3/2023 đến giữa tháng 4/2023", D(2023, 3, 21), D(2023, 4, 20), False),
    ("từ 25/3/2023 đến 25/3/2023", D(2023, 3, 25), D(2023, 3, 25), False),
    # quarters, halves, years
    ("Quý III/2023", D(2023, 7, 1), D(2023, 9, 30), False),
    ("quý 3/2023", D(2023, 7, 1), D(2023, 9, 30), False),
    ("quý 3 năm 2023", D(2023, 7, 1), D(2023, 9, 30), False),
    ("Quý I/2024", D(2024, 1, 1), D(2024, 3, 31), False),
    ("quý II/2023", D(2023, 4, 1), D(2023, 6, 30), False),
    ("Quý IV/2023", D(2023, 10, 1), D(2023, 12, 31), False),
    ("6 tháng đầu năm 2023", D(2023, 1, 1), D(2023, 6, 30), False),
    ("6 tháng cuối năm 2023", D(2023, 7, 1), D(2023, 12, 31), False),
    ("năm 2023", D(2023, 1, 1), D(2023, 12, 31), False),
    # tolerance
    ("  TỪ   THÁNG 3/2023  ĐẾN HẾT   THÁNG 10/2023 ", D(2023, 3, 1), D(2023, 10, 31), False),
    ("tháng 8 / 2023", D(2023, 8, 1), D(2023, 8, 31), False),
    ("Tháng 8/2023.", D(2023, 8, 1), D(2023, 8, 31), False),
    ("DỰ KIẾN tháng 7/2023", D(2023, 7, 1), D(2023, 7, 31), True),
]


@pytest.mark.parametrize(("text", "start", "end", "tentative"), SPANS)
def test_span(text: str, start: date | None, end: date, tentative: bool) -> None:
    span = parse_span(text)
    assert span == TimeSpan(text.strip(), start, end, tentative)
    assert parse_time(text) == span


@pytest.mark.parametrize(("text", "start", "end", "tentative"), SPANS)
def test_span_nfd(text: str, start: date | None, end: date, tentative: bool) -> None:
    span = parse_span(unicodedata.normalize("NFD", text))
    assert (span.start, span.end, span.tentative) == (start, end, tentative)


def test_text_kept_verbatim() -> None:
    assert parse_span("  Cuối Tháng 3/2023 ").text == "Cuối Tháng 3/2023"


@pytest.mark.parametrize(
    ("text", "exclusive", "inclusive"),
    [
        ("trước 25/3/2023", D(2023, 3, 24), D(2023, 3, 25)),
        ("trước ngày 1/3/2024", D(2024, 2, 29), D(2024, 3, 1)),
        ("trước tháng 5/2023", D(2023, 4, 30), D(2023, 4, 30)),
        ("trước quý III/2023", D(2023, 6, 30), D(2023, 6, 30)),
        ("đến 25/3/2023", D(2023, 3, 25), D(2023, 3, 25)),
    ],
)
def test_before_setting(text: str, exclusive: date, inclusive: date) -> None:
    assert parse_span(text).end == exclusive
    assert parse_span(text, before_includes_day=True).end == inclusive


@pytest.mark.parametrize(
    ("text", "exclusive", "inclusive"),
    [
        ("trước ngày 15 hàng tháng", 14, 15),
        ("trước ngày 20 hàng tháng", 19, 20),
        ("trước ngày 20 hằng tháng", 19, 20),
        ("trước ngày 15 mỗi tháng", 14, 15),
        ("ngày 15 hàng tháng", 15, 15),
        ("đến ngày 31 hằng tháng", 31, 31),
        ("Trước Ngày 15 Hàng Tháng", 14, 15),
    ],
)
def test_monthly(text: str, exclusive: int, inclusive: int) -> None:
    assert parse_monthly(text) == MonthlyDeadline(text, exclusive)
    assert parse_monthly(text, before_includes_day=True) == MonthlyDeadline(text, inclusive)
    assert parse_time(text) == MonthlyDeadline(text, exclusive)
    assert parse_monthly(unicodedata.normalize("NFD", text)).day == exclusive


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-08", (2023, 8)),
        ("8/2023", (2023, 8)),
        ("tháng 8/2023", (2023, 8)),
        ("08/2023", (2023, 8)),
        ("Tháng 12 năm 2024", (2024, 12)),
    ],
)
def test_parse_month(text: str, expected: tuple[int, int]) -> None:
    assert parse_month(text) == expected


@pytest.mark.parametrize("text", ["13/2023", "0/2023"])
def test_parse_month_names_a_month_that_does_not_exist(text: str) -> None:
    with pytest.raises(TimeExprError) as info:
        parse_month(text)
    assert info.value.code == "time.no_such_month"
    assert info.value.params == {"text": text, "month": int(text.split("/")[0])}


@pytest.mark.parametrize("text", ["8/23", "tháng 8", "2023", "25/3/2023"])
def test_parse_month_errors(text: str) -> None:
    with pytest.raises(TimeExprError) as info:
        parse_month(text)
    assert info.value.code == "time.bad_month"
    assert info.value.params == {"text": text}


@pytest.mark.parametrize(
    ("text", "code", "params"),
    [
        ("31/2/2023", "time.impossible_date", {"date": "31/2/2023"}),
        ("29/2/2023", "time.impossible_date", {"date": "29/2/2023"}),
        ("31/4/2023", "time.impossible_date", {"date": "31/4/2023"}),
        ("1/13/2023", "time.impossible_date", {"date": "1/13/2023"}),
        ("0/3/2023", "time.impossible_date", {"date": "0/3/2023"}),
        ("25/3/23", "time.impossible_date", {"date": "25/3/23"}),
        ("tháng 13/2023", "time.impossible_date", {"date": "13/2023"}),
        ("trước 31/2/2023", "time.impossible_date", {"date": "31/2/2023"}),
        ("năm 3023", "time.impossible_date", {"date": "3023"}),
        (
            "từ tháng 10/2023 đến tháng 3/2023",
            "time.reversed",
            {"start": "1/10/2023", "end": "31/3/2023"},
        ),
        (
            "từ tháng 11 đến tháng 2/2024",
            "time.reversed",
            {"start": "1/11/2024", "end": "29/2/2024"},
        ),
        ("", "time.empty", {}),
        ("   ", "time.empty", {}),
        ("trước ngày 15 hàng tháng", "time.recurring_not_allowed", {}),
        ("sớm", "time.unrecognised", {}),
        ("25/3", "time.unrecognised", {}),
        ("tháng 8", "time.unrecognised", {}),
        ("quý 5/2023", "time.unrecognised", {}),
        ("từ tháng 3/2023", "time.unrecognised", {}),
        ("cuối năm 2023", "time.unrecognised", {}),
    ],
)
def test_span_errors(text: str, code: str, params: dict[str, object]) -> None:
    with pytest.raises(TimeExprError) as info:
        parse_span(text)
    assert info.value.code == code
    assert params.items() <= info.value.params.items()
    if code != "time.empty":
        assert info.value.params["text"] == text.strip()


def test_unrecognised_lists_the_forms() -> None:
    with pytest.raises(TimeExprError) as info:
        parse_span("sớm nhất có thể")
    forms = str(info.value.params["forms"])
    assert "trước 25/3/2023" in forms and "hàng tháng" not in forms
    with pytest.raises(TimeExprError) as info:
        parse_monthly("sớm nhất có thể")
    assert "hàng tháng" in str(info.value.params["forms"])
    assert len(ACCEPTED_FORMS) == len(set(ACCEPTED_FORMS)) > 10


@pytest.mark.parametrize(
    ("text", "code", "day"),
    [
        ("trước ngày 32 hàng tháng", "time.impossible_day", 32),
        ("ngày 0 hàng tháng", "time.impossible_day", 0),
        ("trước ngày 1 hàng tháng", "time.impossible_day", 1),
    ],
)
def test_monthly_bad_day(text: str, code: str, day: int) -> None:
    with pytest.raises(TimeExprError) as info:
        parse_monthly(text)
    assert (info.value.code, info.value.params) == (code, {"text": text, "day": day})


def test_monthly_given_one_off() -> None:
    with pytest.raises(TimeExprError) as info:
        parse_monthly("trước 25/3/2023")
    assert info.value.code == "time.not_recurring"


@pytest.mark.parametrize(
    "text",
    [
        "sớm",
        "31/2/2023",
        "từ tháng 10/2023 đến tháng 3/2023",
        "",
        "ngày 0 hàng tháng",
        "trước ngày 15 hàng tháng",
        "13/2023",
        "8/2023",
    ],
)
def test_every_error_renders(text: str) -> None:
    """Each code exists in both languages and its template takes exactly the params passed."""
    for call in (parse_span, parse_monthly, parse_month):
        try:
            call(text)
        except TimeExprError as err:
            for template in MESSAGES[err.code]:
                rendered = template.format(**err.params) if err.params else template
                assert "{" not in rendered


def test_catalog_codes() -> None:
    assert set(MESSAGES) == {
        "time.unrecognised",
        "time.impossible_date",
        "time.impossible_day",
        "time.reversed",
        "time.empty",
        "time.recurring_not_allowed",
        "time.not_recurring",
        "time.not_a_regime",  # a reporting regime that is neither recurring nor one-off
        "time.bad_month",
        "time.no_such_month",
        # the full reader (timeexpr.grammar) and ``kehoach time``
        "time.unreadable",
        "time.needs_year",
        "time.needs_issue_date",
        # the loader's words for those two in a plan whose date is "…" (reading.building)
        "time.issue_date_unknown",
        "time.year_from_unknown_date",
        "time.unknown_event",
        "time.weekday_mismatch",
        "time.unknown_label",
        "time.assumed_year",
        "help.time",
        "time.help.text",
        "time.help.issued",
        "time.help.until",
        "time.help.before",
        *(f"time.cmd.{name}" for name in (
            "warning", "tentative", "day", "deadline", "exclusive", "period", "standing",
            "standing_from", "recurring", "no_due", "every_week", "every_month",
            "every_quarter", "every_half", "every_year", "compound", "inclusive",
            "recurring_inclusive", "recurring_exclusive")),
    }


# ---------------------------------------------------------------- properties

dates = st.dates(min_value=D(1900, 1, 1), max_value=D(2100, 12, 31))
months = st.tuples(st.integers(1900, 2100), st.integers(1, 12))


@given(dates)
def test_date_formats_round_trip(day: date) -> None:
    for text in (
        f"{day.day}/{day.month}/{day.year}",
        f"{day.day:02}/{day.month:02}/{day.year}",
        day.isoformat(),
        f"ngày {day.day}/{day.month}/{day.year}",
    ):
        assert parse_span(text) == TimeSpan(text, day, day)


@given(dates.filter(lambda d: d > D(1900, 1, 1)), st.booleans())
def test_before_is_day_or_previous(day: date, includes: bool) -> None:
    span = parse_span(f"trước {day.day}/{day.month}/{day.year}", before_includes_day=includes)
    assert span.start is None
    assert span.end == (day if includes else day - timedelta(days=1))


@given(months)
def test_month_spans_that_month(ym: tuple[int, int]) -> None:
    y, m = ym
    span = parse_span(f"tháng {m}/{y}")
    assert span.start == D(y, m, 1)
    assert span.end == D(y, m, calendar.monthrange(y, m)[1])
    assert span.start <= span.end
    assert parse_month(f"tháng {m}/{y}") == (y, m)


@given(months, months)
def test_month_ranges(a: tuple[int, int], b: tuple[int, int]) -> None:
    a, b = min(a, b), max(a, b)
    span = parse_span(f"từ tháng {a[1]}/{a[0]} đến hết tháng {b[1]}/{b[0]}")
    assert span.start == D(a[0], a[1], 1)
    assert span.end == D(b[0], b[1], calendar.monthrange(b[0], b[1])[1])


text_pieces = st.sampled_from(
    [
        "từ ",
        "đến ",
        "hết ",
        "trước ",
        "tháng ",
        "quý ",
        "năm ",
        "ngày ",
        "/",
        "-",
        ".",
        " ",
        "hàng tháng",
        "dự kiến ",
        "cuối ",
        "III",
        "0",
        "1",
        "9",
        "12",
        "31",
        "2023",
        "99999999",
    ]
)
fuzz = st.one_of(
    st.text(alphabet=string.ascii_letters + string.digits + " /-.àáạảãđêơư"),
    st.text(),
    st.lists(text_pieces, max_size=12).map("".join),
)


@given(fuzz, st.booleans())
def test_random_text_only_raises_timeexprerror(text: str, includes: bool) -> None:
    for call in (parse_span, parse_monthly, parse_time):
        try:
            result = call(text, before_includes_day=includes)
        except TimeExprError:
            continue
        if isinstance(result, TimeSpan):
            assert result.start is None or result.start <= result.end
        else:
            assert 1 <= result.day <= 31
    with contextlib.suppress(TimeExprError):
        parse_month(text)
