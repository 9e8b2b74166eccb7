"""Recurring task times judged per occurrence (queries/occurrences.py, model.occurrences).

The fixture tests/fixtures/recurring is a plan of Thursday 5 September 2024 whose horizon is
"từ tháng 9/2024 đến hết tháng 12/2024", so its occurrences run from 5/9 (the plan is not owed
before it is issued) to 31/12/2024.  "trước ngày X" does not count day X (the default).
The calendar of those months (Thursdays marked):

    September 2024: Th 5, 12, 19, 26          October: Th 3, 10, 17, 24, 31
    November: Th 7, 14, 21, 28                December: Th 5, 12, 19, 26

* t-hop "thứ Năm hằng tuần" (phong-a): those 17 Thursdays.
* t-bc (phong-b): milestone so-lieu "trước ngày 25 hằng tháng" → due the 24th: 24/9, 24/10,
  24/11, 24/12; its own time "trước ngày 20/12/2024" → due 19/12 (one checkpoint, not recurring).
* t-nam "trước ngày 15/11 hằng năm" (phong-a): one occurrence in the window, 14/11/2024.

Records (progress/):
* 2024-09/phong-a, sent 20/9: t-hop done 5/9 without occurrence (→ the 5/9 Thursday, on time);
  occurrence 12/9 done 13/9 (late); occurrence 19/9 done 19/9 (on time).
* 2024-10/phong-a, sent 18/10: t-hop done 3/10 without occurrence (→ 3/10, on time);
  occurrence 17/10 in progress; t-nam in progress without occurrence nor completed (→ the
  first occurrence due on or after the sending day 18/10: 14/11).
* 2024-10/phong-b, sent 10/10: so-lieu done 23/9 without occurrence (→ 24/9, on time); the
  whole task done 9/10 (its own time, due 19/12: on time; it does not stand for so-lieu's
  occurrences).
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import run_cli
from kehoach_cli.model import (
    Checkpoint,
    Recurrence,
    Task,
    TimeKind,
    TimeSpan,
    occurrence_key,
    occurrence_window,
    occurrences,
)
from kehoach_cli.queries.occurrences import matched_day, occurrence_of, record_keyer
from kehoach_cli.queries.restating import original_key
from kehoach_cli.reading.loading import load_workspace
from kehoach_cli.timeexpr.grammar import read_time
from kehoach_cli.timeexpr.vndate import short_date

FIXTURE = Path(__file__).parent / "fixtures" / "recurring"
WS = ("--workspace", str(FIXTURE))


def query(*args: str) -> Any:
    result = run_cli(*WS, *args)
    assert (result.code, result.stderr) == (0, ""), result.stderr
    return json.loads(result.stdout)


def _brief(items: list[Any]) -> list[tuple[str, str | None, str, int]]:
    """(task, milestone, due, days overdue) of each item, in the order given."""
    return [(i["id"], i["milestone"]["id"] if i["milestone"] else None, i["due"],
             i["days_overdue"]) for i in items]


# ---------------------------------------------------------------- the window


def test_window_is_the_horizon_from_the_issue_date() -> None:
    horizon = TimeSpan("từ tháng 9/2024 đến hết tháng 12/2024", date(2024, 9, 1),
                       date(2024, 12, 31))
    assert occurrence_window(date(2024, 9, 5), horizon) == (date(2024, 9, 5), date(2024, 12, 31))
    # a plan issued before its horizon begins owes nothing before the horizon
    assert occurrence_window(date(2024, 8, 20), horizon) == (date(2024, 9, 1), date(2024, 12, 31))


def test_window_without_a_horizon_ends_with_the_issue_year() -> None:
    assert occurrence_window(date(2023, 2, 20), None) == (date(2023, 2, 20), date(2023, 12, 31))
    standing = TimeSpan("năm 2023 và các năm tiếp theo", date(2023, 1, 1), date.max,
                        kind=TimeKind.STANDING)
    assert occurrence_window(date(2023, 2, 20), standing) == (date(2023, 2, 20),
                                                              date(2023, 12, 31))
    deadline = TimeSpan("đến hết tháng 6/2023", None, date(2023, 6, 30))
    assert occurrence_window(date(2023, 2, 20), deadline) == (date(2023, 2, 20),
                                                              date(2023, 6, 30))


def _task(text: str, window: tuple[date, date] | None, issued: date = date(2023, 2, 20)) -> Task:
    return Task("t", "kh", "II.1", "II", "Giao ban", "", ("a",), (), False,
                read_time(text, issued=issued), window=window)


def test_weekly_task_in_march_2023() -> None:
    """Thursdays of March 2023: 2, 9, 16, 23, 30 (1 March 2023 was a Wednesday)."""
    task = _task("thứ Năm hằng tuần", (date(2023, 3, 1), date(2023, 3, 31)))
    cps = task.checkpoints()
    assert [cp.key for cp in cps] == [f"t#lan-2023-03-{d:02d}" for d in (2, 9, 16, 23, 30)]
    assert [(cp.time.start, cp.time.end) for cp in cps[:2]] == [
        (date(2023, 3, 1), date(2023, 3, 2)), (date(2023, 3, 3), date(2023, 3, 9))]
    assert cps[0].title == "Giao ban (lần 02/3/2023)"
    assert cps[0].title.endswith(f"(lần {short_date(date(2023, 3, 2))})")
    assert cps[1].whole_key is None  # the task's own occurrence is the whole task's record


def test_monthly_milestone_keys_and_whole_task_fallback() -> None:
    """"trước ngày 25 hằng tháng" excludes the 25th: due 24/3 and 24/4/2023."""
    from kehoach_cli.model import Milestone

    task = _task("trước 30/4/2023", (date(2023, 3, 1), date(2023, 4, 30)))
    monthly = Milestone("so-lieu", "Số liệu", read_time("trước ngày 25 hằng tháng",
                                                        issued=date(2023, 2, 20)), "")
    task = Task(**{**{f: getattr(task, f) for f in task.__dataclass_fields__},
                   "milestones": (monthly,)})
    assert [cp.key for cp in task.checkpoints()] == [
        "t#so-lieu#lan-2023-03-24", "t#so-lieu#lan-2023-04-24", "t"]
    first = task.checkpoints()[0]
    assert first.base_key == "t#so-lieu"
    assert first.whole_key == "t#lan-2023-03-24"
    assert first.title == "Số liệu (lần 24/3/2023)"


def test_without_a_window_a_recurring_time_stays_one_open_checkpoint() -> None:
    (cp,) = _task("thứ Năm hằng tuần", None).checkpoints()
    assert cp.occurrence is None and cp.time.is_open


def test_one_off_times_are_left_alone() -> None:
    cp = Checkpoint(_task("trước 25/3/2023", None), None, read_time("trước 25/3/2023"))
    assert occurrences(cp, (date(2023, 1, 1), date(2023, 12, 31))) == (cp,)


# ---------------------------------------------------------------- matching a record


DAYS = (date(2024, 9, 5), date(2024, 9, 12), date(2024, 9, 19))


@pytest.mark.parametrize(("said", "day"), [
    (date(2024, 9, 1), date(2024, 9, 5)),    # before the first: the first
    (date(2024, 9, 5), date(2024, 9, 5)),    # the due day itself belongs to its occurrence
    (date(2024, 9, 6), date(2024, 9, 12)),   # the day after: the next one
    (date(2024, 9, 19), date(2024, 9, 19)),
    (date(2024, 9, 30), date(2024, 9, 19)),  # after them all: the last
])
def test_record_lands_on_the_first_occurrence_due_on_or_after_it(said: date, day: date) -> None:
    assert matched_day(DAYS, said) == day


def test_no_occurrence_no_match() -> None:
    assert matched_day((), date(2024, 9, 5)) is None


@given(st.sampled_from(["thứ Năm hằng tuần", "chiều thứ Sáu hằng tuần", "trước ngày 25 hằng tháng",
                        "ngày 31 hằng tháng", "trước ngày 12 của tháng cuối quý",
                        "trước ngày 15/11 hằng năm", "định kỳ 6 tháng (trước ngày 10/6 và 10/12)"]),
       st.dates(date(2020, 1, 1), date(2030, 12, 31)), st.integers(0, 800))
def test_occurrence_keys_are_due_days_sorted_inside_the_window(text: str, first: date,
                                                               length: int) -> None:
    window = (first, first + timedelta(days=length))
    task = _task(text, window, issued=first)
    recurrence = task.time.recurrence if task.time else None
    assert isinstance(recurrence, Recurrence)
    days = [cp.occurrence for cp in task.checkpoints()]
    assert all(d is not None for d in days)
    assert days == sorted(set(days))  # sorted, each once
    assert all(window[0] <= d <= window[1] for d in days if d)
    assert tuple(days) == recurrence.due_days(*window)
    for cp in task.checkpoints():
        assert cp.key == f"t#lan-{cp.occurrence.isoformat() if cp.occurrence else ''}"
        assert cp.time.end == cp.occurrence


# ---------------------------------------------------------------- the fixture, as users ask


def test_fixture_is_valid_and_duplicates_are_per_occurrence() -> None:
    """Three t-hop entries in one file, for three different occurrences: no duplicate."""
    from kehoach_cli.checks import run_checks

    assert run_checks(load_workspace(FIXTURE)) == []


def test_overdue_on_1_october_2024() -> None:
    """Only the September record is sent by 1/10 (the October ones on 10/10 and 18/10).
    so-lieu of 24/9 has no record yet: 7 days late; Thursday 26/9 has none: 5 days late.
    Thursday 3/10 opened on 27/9 and is not due yet."""
    found = query("overdue", "--as-of", "2024-10-01", "--json")
    assert _brief(found["items"]) == [
        ("t-bc", "so-lieu", "2024-09-24", 7),
        ("t-hop", None, "2024-09-26", 5),
    ]
    assert [i["occurrence"] for i in found["items"]] == ["2024-09-24", "2024-09-26"]
    assert [i["start"] for i in found["items"]] == ["2024-09-05", "2024-09-20"]


def test_status_on_1_october_2024() -> None:
    """23 checkpoints: 17 Thursdays, 4 so-lieu months, t-bc's own time, t-nam's 14/11.

    * on time: Thursdays 5/9 and 19/9; late: 12/9 (done 13/9).
    * overdue: Thursday 26/9, so-lieu 24/9.
    * in progress (window opened, not due): Thursday 3/10 (opened 27/9), so-lieu 24/10
      (opened 25/9), t-bc's own time (a deadline, open since the plan's 5/9), t-nam 14/11
      (open since 5/9).
    * not due: the 12 Thursdays from 10/10 to 26/12, so-lieu 24/11 and 24/12.
    """
    found = query("status", "--as-of", "2024-10-01", "--json")
    assert found["totals"] == {"done_on_time": 2, "done_late": 1, "in_progress": 4,
                               "overdue": 2, "not_due": 14}
    leads = {u["id"]: u["lead"] for u in found["units"]}
    assert leads == {"phong-a": 18, "phong-b": 5}


def test_overdue_on_20_november_2024() -> None:
    """Every record is sent by now.  Thursdays without a done record, days late on 20/11:
    26/9 → 55 (4 + 31 + 20), 10/10 → 41, 17/10 (only "đang thực hiện") → 34, 24/10 → 27,
    31/10 → 20, 7/11 → 13, 14/11 → 6.  so-lieu of 24/10 has no record of its own (the whole
    task's record of 9/10 is not one) → 27.  t-nam 14/11 is only in progress → 6.
    Ties sort by due day, then by clause (II.1 before II.2 and II.3)."""
    found = query("overdue", "--as-of", "2024-11-20", "--json")
    assert _brief(found["items"]) == [
        ("t-hop", None, "2024-09-26", 55),
        ("t-hop", None, "2024-10-10", 41),
        ("t-hop", None, "2024-10-17", 34),
        ("t-hop", None, "2024-10-24", 27),
        ("t-bc", "so-lieu", "2024-10-24", 27),
        ("t-hop", None, "2024-10-31", 20),
        ("t-hop", None, "2024-11-07", 13),
        ("t-hop", None, "2024-11-14", 6),
        ("t-nam", None, "2024-11-14", 6),
    ]


def test_status_on_20_november_2024() -> None:
    """* on time: Thursdays 5/9, 19/9, 3/10; so-lieu 24/9 (done 23/9); t-bc's own time
      (done 9/10, due 19/12).  Late: Thursday 12/9.
    * overdue: the 7 Thursdays above, so-lieu 24/10, t-nam 14/11.
    * in progress: Thursday 21/11 (opened 15/11), so-lieu 24/11 (opened 25/10).
    * not due: Thursdays 28/11, 5/12, 12/12, 19/12, 26/12; so-lieu 24/12.
    """
    found = query("status", "--as-of", "2024-11-20", "--json")
    assert found["totals"] == {"done_on_time": 5, "done_late": 1, "in_progress": 2,
                               "overdue": 9, "not_due": 6}
    upcoming = query("upcoming", "--as-of", "2024-11-20", "--within", "7", "--json")
    assert [(i["id"], i["due"], i["days_left"]) for i in upcoming["items"]] == [
        ("t-hop", "2024-11-21", 1), ("t-bc", "2024-11-24", 4)]


# ---------------------------------------------------------------- restatement and records


def test_record_under_a_restating_clause_lands_on_the_originals_occurrence(tmp_path: Path) -> None:
    """kh-vi restates t-hop wholly; a record filed under kh-vi for Thursday 12/9/2024 counts
    for t-hop's 12/9 occurrence (done that day: on time), and one without occurrence done on
    Friday 20/9 lands on the next Thursday, 26/9 (on time for it)."""
    from kehoach_cli.queries.status import evaluate

    plan = (FIXTURE / "plans" / "20-KH-UBND.yaml").read_text(encoding="utf-8")
    plan += ("  - {id: kh-vi, ref: VI.1, title: Giao ban (nhắc lại), lead: [phong-a],"
             " restates: t-hop}\n")
    from conftest import write_files

    root = write_files(tmp_path, {"kehoach.yaml": "kehoach: 1\n", "plans/p.yaml": plan,
                                  "progress/2024-09/phong-a.yaml": """
        kehoach: 1
        unit: phong-a
        month: "2024-09"
        submitted: 2024-09-27
        entries:
          - {task: kh-vi, occurrence: 2024-09-12, state: hoàn thành, completed: 2024-09-12}
          - {task: kh-vi, state: hoàn thành, completed: 2024-09-20}
        """})
    loaded = load_workspace(root)
    assert loaded.problems == []
    ev = evaluate(loaded.workspace, date(2024, 9, 30))
    cats = {j.checkpoint.key: j.category.value for j in ev.judgements
            if j.checkpoint.task.id == "t-hop" and j.due and j.due <= date(2024, 9, 26)}
    assert cats == {"t-hop#lan-2024-09-05": "overdue", "t-hop#lan-2024-09-12": "done_on_time",
                    "t-hop#lan-2024-09-19": "overdue", "t-hop#lan-2024-09-26": "done_on_time"}


# ---------------------------------------------------------------- the views


def test_timeline_draws_a_recurring_time_as_one_row() -> None:
    """t-hop's own time and so-lieu's four months are one row each, with a diamond on the
    months' cells: so-lieu's 24/9, 24/10, 24/11, 24/12 fall in four different months."""
    from kehoach_cli.queries.status import evaluate
    from kehoach_cli.render.timegrid import Mark
    from kehoach_cli.render.timeline import layout, row_categories

    ws = load_workspace(FIXTURE).workspace
    ev = evaluate(ws, date(2024, 11, 20))
    chart = layout(ws, date(2024, 11, 20), row_categories(ws, ev, None), room=60,
                   first=(2024, 9), last=(2024, 12))
    assert chart is not None
    rows = {row.key: row for row in chart.rows}
    assert [k for k in rows if "#" in k] == ["t-bc#so-lieu"]
    assert {"t-hop", "t-bc", "t-nam"} <= set(rows)
    assert rows["t-bc#so-lieu"].marks.count(Mark.DEADLINE) == 4
    assert rows["t-bc#so-lieu"].category == "overdue"  # 24/10 is overdue
    assert rows["t-hop"].marks.count(Mark.DEADLINE) >= 4  # at least one cell a month


def test_assignments_text_folds_a_recurring_time_into_one_line() -> None:
    """phong-b leads so-lieu (4 occurrences on 20/11: 24/9 on time, 24/10 overdue 27 days,
    24/11 in progress, 24/12 not due) and t-bc's own time (done on time)."""
    from kehoach_cli.render.folding import fold_occurrences

    data = query("assignments", "phong-b", "--as-of", "2024-11-20", "--json")
    assert len(data["lead"]) == 5
    folded = fold_occurrences(data["lead"])
    assert [(i["milestone"] and i["milestone"]["id"], i["status"], i["days_overdue"])
            for i in folded] == [("so-lieu", "overdue", 27), (None, "done_on_time", 0)]
    assert folded[0]["time"] == ("trước ngày 25 hằng tháng (4 lần: 1 HT đúng hạn, 1 Đang TH,"
                                 " 1 Quá hạn, 1 Chưa đến hạn)")
    result = run_cli(*WS, "assignments", "phong-b", "--as-of", "2024-11-20")
    assert "Chủ trì (2)" in result.stdout


def test_report_draft_gives_one_overdue_line_per_recurring_time() -> None:
    """On 20/11 t-hop has missed 7 Thursdays (26/9 the longest, 55 days): one line naming the
    first five and "2 lần khác"; so-lieu has missed one (24/10, 27 days)."""
    from kehoach_cli.drafts.reportlines import overdue_lines
    from kehoach_cli.queries.status import Category, evaluate

    ws = load_workspace(FIXTURE).workspace
    ev = evaluate(ws, date(2024, 11, 20))
    lines = overdue_lines(ws, [j for j in ev.judgements if j.category == Category.OVERDUE])
    assert [line.text for line in lines] == [
        "Giao ban công tác văn hóa (mục 1 phần II; thời hạn: thứ Năm hằng tuần, quá hạn 7 lần"
        " (26/9/2024, 10/10/2024, 17/10/2024, 24/10/2024, 31/10/2024 và 2 lần khác), lâu nhất"
        " 55 ngày): chưa hoàn thành: Phòng Văn hóa và Thông tin huyện.",
        "Tổng hợp số liệu và báo cáo cuối năm – Gửi số liệu tháng (mục 2 phần II; thời hạn:"
        " trước ngày 25 hằng tháng (lần 24/10/2024), quá hạn 27 ngày): chưa hoàn thành: Phòng"
        " Nội vụ huyện.",
        "Báo cáo năm về gia đình văn hóa (mục 3 phần II; thời hạn: trước ngày 15/11 hằng năm"
        " (lần 14/11/2024), quá hạn 6 ngày): chưa hoàn thành: Phòng Văn hóa và Thông tin"
        " huyện.",
    ]


def test_calendar_has_an_event_per_occurrence_with_its_own_uid() -> None:
    """17 Thursdays + 4 so-lieu months + t-bc's own deadline + t-nam's 14/11 = 23 events."""
    from kehoach_cli.render.calendar_export import events

    ws = load_workspace(FIXTURE).workspace
    found = list(events(ws))
    uids = [str(e["uid"]) for e in found]
    assert len(found) == 23 and len(set(uids)) == 23


def test_a_recurring_time_with_no_occurrence_in_the_window_is_judged_nowhere() -> None:
    """"trước ngày 15/8 hằng năm" is due 14/8; a window 5/9 – 31/12/2024 holds no such day:
    no checkpoint (validate warns), not a standing duty due at the horizon's end."""
    from kehoach_cli.queries.status import checkpoints

    task = _task("trước ngày 15/8 hằng năm", (date(2024, 9, 5), date(2024, 12, 31)),
                 issued=date(2024, 9, 5))
    assert checkpoints(task) == ()


def test_site_gantt_puts_the_occurrences_of_a_time_on_one_row() -> None:
    """Rows: t-hop's 17 Thursdays, so-lieu's 4 months, t-bc's own deadline, t-nam's one
    occurrence: 23 bars on 4 rows, each row labelled once."""
    from kehoach_cli.queries.status import evaluate
    from kehoach_cli.queries.tracking import task_rows
    from kehoach_cli.render.site.gantt import chart

    ws = load_workspace(FIXTURE).workspace
    ev = evaluate(ws, date(2024, 11, 20))
    drawn = chart(task_rows(ws, ev), ev.as_of, {c: c for c in
                                                ("done_on_time", "done_late", "in_progress",
                                                 "overdue", "not_due")})
    assert len(drawn.bars) == 23
    rows = sorted({bar.y for bar in drawn.bars})
    assert len(rows) == 4
    assert [sum(1 for b in drawn.bars if b.y == y) for y in rows] == [17, 4, 1, 1]
    assert [b.label for b in drawn.bars if b.label] == [
        "II.1 Giao ban công tác văn hóa", "II.2 Gửi số liệu tháng",
        "II.2 Tổng hợp số liệu và báo cáo cuối năm", "II.3 Báo cáo năm về gia đình văn hóa"]


@pytest.mark.parametrize("name", ["recurring", "queries", "reports"])
def test_record_keys_are_the_original_clause_and_its_occurrence(name: str) -> None:
    """``record_keyer``, its shortcut for a workspace where nothing recurs or restates
    included, against the rule spelled out: the original clause's key, then the occurrence."""
    ws = load_workspace(Path(__file__).parent / "fixtures" / name).workspace
    key_of = record_keyer(ws)
    said = [(entry, sub.submitted) for sub in ws.submissions for entry in sub.entries]
    assert said
    for entry, submitted in said:
        key = original_key(ws, entry.key)
        day = occurrence_of(ws, entry, submitted)
        assert key_of(entry, submitted) == (key if day is None else occurrence_key(key, day))
