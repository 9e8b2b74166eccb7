"""The time reader against a table of phrases read by hand (tests/fixtures/timeexpr/phrases.tsv),
plus properties every recurrence and every reading must have."""

from __future__ import annotations

import calendar
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kehoach_cli.messages import CATALOG
from kehoach_cli.model import Recurrence, TimeKind
from kehoach_cli.timeexpr.expressions import TimeExprError
from kehoach_cli.timeexpr.forms import FORMS, nearest
from kehoach_cli.timeexpr.grammar import LABEL_VERBS, read_time, read_time_noted

TABLE = Path(__file__).parent / "fixtures" / "timeexpr" / "phrases.tsv"
ISSUED = date(2025, 2, 20)
EVENTS = {"ngày bầu cử": date(2026, 3, 15), "Đại hội Đảng bộ huyện": date(2025, 6, 20)}
CATEGORIES = {"day", "deadline", "month", "part", "quarter", "year", "range", "joined",
              "relative", "event", "tentative", "standing", "compound", "monthly", "quarterly",
              "half", "yearly", "weekly", "error"}


def _rows() -> list[list[str]]:
    lines = TABLE.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


ROWS = _rows()


def _day(value: str) -> date | None:
    return None if value == "-" else date.fromisoformat(value)


def test_the_table_is_large_and_covers_every_category() -> None:
    assert len(ROWS) >= 150
    assert all(len(row) == 9 for row in ROWS), [row for row in ROWS if len(row) != 9]
    assert set(Counter(row[0] for row in ROWS)) == CATEGORIES


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[0]}:{r[1]}" for r in ROWS])
def test_phrase_reads_as_the_table_says(row: list[str]) -> None:
    _, text, issued_s, until_s, kind, start, end, tentative, due = row
    issued = _day(issued_s) or ISSUED
    until = _day(until_s) or date(issued.year, 12, 31)
    if kind == "error":
        with pytest.raises(TimeExprError) as caught:
            read_time(text, issued=issued, events=EVENTS)
        assert caught.value.code == start
        return
    span = read_time(text, issued=issued, events=EVENTS)
    assert span.text == text.strip()
    assert span.form == TimeKind(kind)
    assert span.start == _day(start)
    assert span.end == (_day(end) or date.max)
    assert span.tentative == (tentative == "yes")
    if kind == "recurring":
        assert span.recurrence is not None
        wanted = [] if due == "none" else [date.fromisoformat(d) for d in due.split()]
        assert list(span.recurrence.due_days(issued, until)) == wanted
    else:
        assert span.recurrence is None


def test_a_year_left_out_is_assumed_and_noted() -> None:
    span, notes = read_time_noted("trước ngày 10/4", issued=ISSUED)
    assert span.end == date(2025, 4, 9)
    assert notes == (("time.assumed_year",
                      {"text": "trước ngày 10/4", "piece": "ngày 10/4", "year": 2025}),)
    assert read_time_noted("trước ngày 10/4/2025", issued=ISSUED)[1] == ()


def test_compound_parts_keep_their_own_words_and_kinds() -> None:
    span = read_time("Quý II/2025; sơ kết trước ngày 15/7/2025", issued=ISSUED)
    assert [(p.text, p.form, p.label, p.start, p.end) for p in span.parts] == [
        ("Quý II/2025", TimeKind.PERIOD, "", date(2025, 4, 1), date(2025, 6, 30)),
        ("sơ kết trước ngày 15/7/2025", TimeKind.DEADLINE, "sơ kết", None, date(2025, 7, 14)),
    ]


def test_before_includes_day_when_the_workspace_says_so() -> None:
    assert read_time("trước ngày 20/12/2025", before_includes_day=True).end == date(2025, 12, 20)
    monthly = read_time("trước ngày 25 hằng tháng", before_includes_day=True).recurrence
    assert monthly is not None and monthly.due_days(date(2025, 3, 1), date(2025, 3, 31)) == (
        date(2025, 3, 25),)


def test_relative_times_need_the_plan_date() -> None:
    with pytest.raises(TimeExprError) as caught:
        read_time("từ nay đến hết năm 2025")
    assert caught.value.code == "time.needs_issue_date"
    with pytest.raises(TimeExprError) as caught:
        read_time("trước ngày 10/4")
    assert caught.value.code == "time.needs_year"


def test_an_unreadable_time_lists_the_nearest_forms() -> None:
    with pytest.raises(TimeExprError) as caught:
        read_time("truoc ngay 25 hang thang", issued=ISSUED)
    forms = str(caught.value.params["forms"]).split(" | ")
    assert len(forms) == 5 and "trước ngày 25 hằng tháng" in forms
    assert set(forms) <= set(FORMS)


def test_a_label_is_thoi_gian_an_activity_and_an_object_and_is_kept() -> None:
    for verb in LABEL_VERBS:
        span = read_time(f"{verb} trước ngày 15/7/2025")
        shown = "" if verb in ("hoàn thành", "xong") else verb  # "xong trước" is a deadline word
        assert (span.label, span.end) == (shown, date(2025, 7, 14))
    span = read_time("Thời gian thực hiện từ tháng 4/2024 đến tháng 6/2024")
    assert (span.label, span.start, span.end) == ("thời gian thực hiện", date(2024, 4, 1),
                                                   date(2024, 6, 30))
    assert read_time("báo cáo kết quả trước ngày 15/12/2025").label == "báo cáo kết quả"


def test_other_words_before_a_time_are_refused_with_the_labels_and_nearest_forms() -> None:
    with pytest.raises(TimeExprError) as caught:
        read_time("trọng tâm trong tháng 10/2023")
    params = caught.value.params
    assert (caught.value.code, params["text"], params["label"]) == (
        "time.unknown_label", "trọng tâm trong tháng 10/2023", "trọng tâm")
    assert "sơ kết" in str(params["labels"]) and "tổng kết" in str(params["labels"])
    forms = str(params["forms"]).split(" | ")
    assert forms[0] == "trong tháng 6/2025" and set(forms) <= set(FORMS)


def test_the_docs_list_every_label_and_count_the_table() -> None:
    docs = (Path(__file__).parents[1] / "docs" / "plan-format.md").read_text(encoding="utf-8")
    section = docs.split("### 6.9.", 1)[1].split("### 6.10.", 1)[0]
    assert all(f"`{verb}`" in section for verb in LABEL_VERBS)
    refused = sum(1 for row in ROWS if row[4] == "error")
    assert f"({len(ROWS)} câu, trong đó {refused} cách ghi bị từ\nchối" in docs


def test_every_accepted_form_reads_and_every_code_has_a_message() -> None:
    for form in FORMS:
        read_time(form, issued=ISSUED, events=EVENTS)
        assert nearest(form, 1) == [form]
    for code in {row[5] for row in ROWS if row[4] == "error"} | {"time.assumed_year"}:
        assert code in CATALOG


# ---------------------------------------------------------------- properties

_days = st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31))


def _recurrences() -> st.SearchStrategy[Recurrence]:
    day = st.integers(1, 31)
    shift = st.sampled_from((0, -1))
    monthly = st.builds(lambda d, s: Recurrence("month", 1, ((0, d),), s), day, shift)
    quarterly = st.builds(lambda o, d, s: Recurrence("quarter", 3, ((o, d),), s),
                          st.integers(0, 3), day, shift)
    yearly = st.builds(lambda m, d, s: Recurrence("year", 12, ((m, d),), s),
                       st.integers(0, 11), day, shift)
    weekly = st.builds(lambda w, s: Recurrence("week", 0, ((0, w),), s), st.integers(0, 6), shift)
    return st.one_of(monthly, quarterly, yearly, weekly)


@given(_recurrences(), _days, st.integers(0, 800))
def test_due_days_are_sorted_inside_the_window_and_on_the_stated_day(
    rec: Recurrence, first: date, length: int
) -> None:
    last = first + timedelta(days=length)
    days = rec.due_days(first, last)
    assert list(days) == sorted(set(days))
    assert all(first <= d <= last for d in days)
    for d in days:
        named = d - timedelta(days=rec.shift)  # the day the plan wrote
        if rec.length == 0:
            assert named.weekday() == rec.anchors[0][1]
        else:
            wanted = rec.anchors[0][1]
            assert named.day == min(wanted, calendar.monthrange(named.year, named.month)[1])


@given(st.integers(1, 28), _days, st.integers(40, 800))
def test_a_monthly_duty_is_due_once_in_every_whole_month(day: int, first: date,
                                                         length: int) -> None:
    rec = Recurrence("month", 1, ((0, day),))
    last = first + timedelta(days=length)
    months = {(d.year, d.month) for d in rec.due_days(first, last)}
    assert len(months) == len(rec.due_days(first, last))
    y, m = first.year, first.month + 1
    while date(y + m // 13, (m - 1) % 12 + 1, 28) < last - timedelta(days=31):
        assert (y + m // 13, (m - 1) % 12 + 1) in months
        m += 1


@given(_days, st.integers(0, 400), st.sampled_from(("trước ", "chậm nhất ", "")))
def test_every_written_day_reads_back(day: date, span: int, keyword: str) -> None:
    text = f"{keyword}{day.day}/{day.month}/{day.year}"
    read = read_time(text)
    if keyword == "trước ":
        assert read.end == day - timedelta(days=1) and read.form == TimeKind.DEADLINE
    elif keyword:
        assert read.end == day and read.form == TimeKind.DEADLINE
    else:
        assert read.start == read.end == day and read.form == TimeKind.DAY
    later = day + timedelta(days=span)
    ranged = read_time(f"từ {day.day}/{day.month}/{day.year} đến "
                       f"{later.day}/{later.month}/{later.year}")
    assert (ranged.start, ranged.end) == (day, later)


@given(st.integers(2000, 2040), st.integers(1, 4), st.sampled_from(("I", "II", "III", "IV")),
       st.booleans())
def test_quarters_in_any_spelling(year: int, q: int, _: str, upper: bool) -> None:
    roman = ("I", "II", "III", "IV")[q - 1]
    texts = [f"Quý {roman}/{year}", f"quý {q}/{year}", f"quý {roman.lower()} năm {year}"]
    readings = {(read_time(t.upper() if upper else t).start, read_time(t).end) for t in texts}
    last = calendar.monthrange(year, 3 * q)[1]
    assert readings == {(date(year, 3 * q - 2, 1), date(year, 3 * q, last))}


_DATES = (None, ISSUED, date(2023, 12, 31), date(2024, 6, 1))


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[0]}:{r[1]}" for r in ROWS])
def test_a_reading_shared_across_plan_dates_is_that_date_s_own(row: list[str]) -> None:
    """Whatever the plan's date, the reading (or the refusal) is the one read afresh for that
    date (``_read``, uncached): one reading shared by every date must never leak one date's
    years into another plan."""
    from kehoach_cli.timeexpr import grammar

    text, named = row[1], tuple(sorted((k.lower(), v) for k, v in EVENTS.items()))
    for issued in _DATES:
        for inclusive in (False, True):
            try:
                expected: object = grammar._read(text, issued, named, inclusive)
            except TimeExprError as err:
                expected = (err.code, err.params)
            try:
                got: object = read_time_noted(text, issued=issued, events=EVENTS,
                                              before_includes_day=inclusive)
            except TimeExprError as err:
                got = (err.code, err.params)
            assert got == expected
