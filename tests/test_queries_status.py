"""Status as of a date: each category at its boundaries, milestones, groups, reports, replay.

The workspace is the plan of tests/fixtures/queries with progress records written per test, so
every expected value below can be checked by hand against that plan:
t1 (phong-a) "trước 25/3/2023" → due 24/3; t2 (phong-noi-vu) milestones ke-hoach due 24/3 and
tong-ket "Tháng 8/2023"; t3 (UBND các phường, xã = phuong-x, phuong-y) "trong tháng 3/2023";
t4 (ban-qlda) no time; t5 (phong-a) September–October.  Plan dated 20/02/2023.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from conftest import write_files
from kehoach_cli.checks import run_checks
from kehoach_cli.model import Workspace
from kehoach_cli.problems import Severity
from kehoach_cli.queries.status import (
    Category,
    Evaluation,
    Judgement,
    aggregate,
    evaluate,
    latest_entries,
)
from kehoach_cli.reading.loading import load_workspace

FIXTURE = Path(__file__).parent / "fixtures" / "queries"
PLAN = (FIXTURE / "plans" / "kh-thu.yaml").read_text(encoding="utf-8")
C = Category


def record(unit: str, month: str, submitted: str, *entries: dict[str, Any],
           thematic: str | None = None) -> dict[str, str]:
    """A progress file, written as JSON (which is YAML) at its proper place."""
    body: dict[str, Any] = {"kehoach": 1, "unit": unit, "month": month, "submitted": submitted,
                            "entries": list(entries)}
    if thematic:
        body["thematic_submitted"] = thematic
    return {f"progress/{month}/{unit}.yaml": json.dumps(body, ensure_ascii=False)}


def done(task: str, completed: str, milestone: str | None = None) -> dict[str, Any]:
    entry = {"task": task, "state": "hoàn thành", "completed": completed}
    return entry | ({"milestone": milestone} if milestone else {})


def doing(task: str, milestone: str | None = None) -> dict[str, Any]:
    entry = {"task": task, "state": "đang thực hiện"}
    return entry | ({"milestone": milestone} if milestone else {})


def workspace(tmp_path: Path, *records: dict[str, str], plan: str = PLAN,
              settings: str = "") -> Workspace:
    files = {"kehoach.yaml": "kehoach: 1\n" + (f"settings:\n{settings}" if settings else ""),
             "plans/kh.yaml": plan}
    for r in records:
        files.update(r)
    write_files(tmp_path, files)
    result = load_workspace(tmp_path)
    errors = [p.message for p in run_checks(result) if p.severity == Severity.ERROR]
    assert errors == []
    return result.workspace


def one(ev: Evaluation, key: str, unit: str) -> Judgement:
    [found] = [j for j in ev.for_checkpoint(key) if j.unit == unit]
    return found


def brief(j: Judgement) -> tuple[Category, int, int | None]:
    return j.category, j.days_overdue, j.days_left


# ---------------------------------------------------------------- task boundaries


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        (date(2023, 2, 19), (C.NOT_DUE, 0, 33)),  # before the plan was issued
        (date(2023, 2, 20), (C.IN_PROGRESS, 0, 32)),  # a pure deadline opens with the plan
        (date(2023, 3, 24), (C.IN_PROGRESS, 0, 0)),  # the due day itself is on time
        (date(2023, 3, 25), (C.OVERDUE, 1, None)),  # the day after: one day late
        (date(2023, 4, 5), (C.OVERDUE, 12, None)),
    ],
)
def test_deadline_without_records(tmp_path: Path, as_of: date,
                                  expected: tuple[Category, int, int | None]) -> None:
    j = one(evaluate(workspace(tmp_path), as_of), "t1", "phong-a")
    assert brief(j) == expected
    assert (j.due, j.start, j.state, j.entry) == (date(2023, 3, 24), None, None, None)


@pytest.mark.parametrize(
    ("completed", "category"),
    [("2023-03-24", C.DONE_ON_TIME), ("2023-03-25", C.DONE_LATE)],
)
def test_done_on_the_due_day_is_on_time(tmp_path: Path, completed: str,
                                        category: Category) -> None:
    ws = workspace(tmp_path, record("phong-a", "2023-03", "2023-03-31", done("t1", completed)))
    j = one(evaluate(ws, date(2023, 4, 30)), "t1", "phong-a")
    assert brief(j) == (category, 0, None)
    assert j.completed == date.fromisoformat(completed)


def test_window_opens_on_its_start(tmp_path: Path) -> None:
    ws = workspace(tmp_path)
    assert brief(one(evaluate(ws, date(2023, 8, 31)), "t5", "phong-a")) == (C.NOT_DUE, 0, 61)
    assert brief(one(evaluate(ws, date(2023, 9, 1)), "t5", "phong-a")) == (C.IN_PROGRESS, 0, 60)
    assert brief(one(evaluate(ws, date(2023, 11, 1)), "t5", "phong-a")) == (C.OVERDUE, 1, None)


def test_a_record_in_progress_before_the_window(tmp_path: Path) -> None:
    ws = workspace(tmp_path, record("phong-a", "2023-04", "2023-04-25", doing("t5")))
    assert one(evaluate(ws, date(2023, 4, 24)), "t5", "phong-a").category == C.NOT_DUE
    assert one(evaluate(ws, date(2023, 4, 25)), "t5", "phong-a").category == C.IN_PROGRESS


def test_standing_duty_is_never_overdue(tmp_path: Path) -> None:
    far = date(2030, 1, 1)
    assert brief(one(evaluate(workspace(tmp_path), far), "t4", "ban-qlda")) == (C.NOT_DUE, 0,
                                                                                 None)
    busy = workspace(tmp_path, record("ban-qlda", "2023-05", "2023-05-19", doing("t4")))
    assert one(evaluate(busy, far), "t4", "ban-qlda").category == C.IN_PROGRESS
    j = one(evaluate(busy, far), "t4", "ban-qlda")
    assert j.due is None and j.checkpoint.time.text == ""


def test_standing_duty_done(tmp_path: Path) -> None:
    ws = workspace(tmp_path, record("ban-qlda", "2023-05", "2023-05-19", done("t4", "2023-05-02")))
    assert one(evaluate(ws, date(2023, 5, 19)), "t4", "ban-qlda").category == C.DONE_ON_TIME


# ---------------------------------------------------------------- milestones


def test_milestone_by_milestone(tmp_path: Path) -> None:
    ws = workspace(tmp_path, record("phong-noi-vu", "2023-03", "2023-03-20",
                                    done("t2", "2023-03-20", "ke-hoach")))
    ev = evaluate(ws, date(2023, 9, 1))
    assert one(ev, "t2#ke-hoach", "phong-noi-vu").category == C.DONE_ON_TIME
    assert brief(one(ev, "t2#tong-ket", "phong-noi-vu")) == (C.OVERDUE, 1, None)
    assert [j.checkpoint.key for j in ev.for_task("t2")] == ["t2#ke-hoach", "t2#tong-ket"]
    assert ev.task_category("t2#tong-ket") == C.OVERDUE


def test_a_task_level_record_covers_milestones_without_their_own(tmp_path: Path) -> None:
    ws = workspace(
        tmp_path,
        record("phong-noi-vu", "2023-03", "2023-03-20", done("t2", "2023-03-20", "ke-hoach")),
        record("phong-noi-vu", "2023-08", "2023-08-15", done("t2", "2023-08-10")),
    )
    ev = evaluate(ws, date(2023, 9, 1))
    assert one(ev, "t2#ke-hoach", "phong-noi-vu").completed == date(2023, 3, 20)
    tong_ket = one(ev, "t2#tong-ket", "phong-noi-vu")
    assert (tong_ket.category, tong_ket.completed) == (C.DONE_ON_TIME, date(2023, 8, 10))


def test_task_level_done_is_late_for_an_earlier_milestone(tmp_path: Path) -> None:
    ws = workspace(tmp_path, record("phong-noi-vu", "2023-08", "2023-08-15",
                                    done("t2", "2023-08-10")))
    ev = evaluate(ws, date(2023, 9, 1))
    assert one(ev, "t2#ke-hoach", "phong-noi-vu").category == C.DONE_LATE
    assert one(ev, "t2#tong-ket", "phong-noi-vu").category == C.DONE_ON_TIME


# ---------------------------------------------------------------- groups and replay


def test_group_lead_is_judged_for_each_member(tmp_path: Path) -> None:
    ws = workspace(tmp_path, record("phuong-x", "2023-03", "2023-03-18", done("t3", "2023-03-15")))
    ev = evaluate(ws, date(2023, 4, 1))
    assert sorted((j.unit, j.category) for j in ev.for_checkpoint("t3")) == [
        ("phuong-x", C.DONE_ON_TIME), ("phuong-y", C.OVERDUE)]
    assert ev.task_category("t3") == C.OVERDUE


def test_replay_ignores_records_filed_later(tmp_path: Path) -> None:
    ws = workspace(tmp_path, record("phuong-y", "2023-04", "2023-04-10", done("t3", "2023-04-08")))
    assert brief(one(evaluate(ws, date(2023, 4, 9)), "t3", "phuong-y")) == (C.OVERDUE, 9, None)
    assert one(evaluate(ws, date(2023, 4, 10)), "t3", "phuong-y").category == C.DONE_LATE


def test_latest_entry_is_of_the_latest_month(tmp_path: Path) -> None:
    ws = workspace(
        tmp_path,
        record("phong-a", "2023-08", "2023-08-19", done("t5", "2023-08-18")),
        record("phong-a", "2023-07", "2023-08-25", doing("t5")),  # July's, filed late
    )
    latest = latest_entries(ws, date(2023, 8, 31))
    sub, entry = latest[("phong-a", "t5")]
    assert (sub.month, entry.state.value) == ((2023, 8), "hoàn thành")
    assert latest_entries(ws, date(2023, 8, 20))[("phong-a", "t5")][0].month == (2023, 8)
    assert latest_entries(ws, date(2023, 8, 18)) == {}


# ---------------------------------------------------------------- reports


def periodic(ev: Evaluation, unit: str, month: tuple[int, int]) -> tuple[Category, int, Any]:
    [r] = [r for r in ev.reports
           if r.obligation.id == "bc-dinh-ky" and r.unit == unit and r.month == month]
    return r.category, r.days_overdue, r.days_left


def test_periodic_report_before_the_20th(tmp_path: Path) -> None:
    ws = workspace(tmp_path, record("phong-a", "2023-03", "2023-03-19"),
                   record("phong-noi-vu", "2023-03", "2023-03-20"))
    ev = evaluate(ws, date(2023, 3, 20))
    assert periodic(ev, "phong-a", (2023, 3)) == (C.DONE_ON_TIME, 0, None)
    assert periodic(ev, "phong-noi-vu", (2023, 3)) == (C.DONE_LATE, 0, None)
    assert periodic(ev, "phuong-x", (2023, 3)) == (C.OVERDUE, 1, None)
    assert periodic(evaluate(ws, date(2023, 3, 19)), "phuong-x", (2023, 3)) == (C.NOT_DUE, 0, 0)
    assert periodic(ev, "phuong-x", (2023, 4)) == (C.NOT_DUE, 0, 30)


def test_before_includes_day_makes_the_20th_on_time(tmp_path: Path) -> None:
    ws = workspace(tmp_path, record("phong-noi-vu", "2023-03", "2023-03-20"),
                   settings="  before_includes_day: true\n")
    ev = evaluate(ws, date(2023, 3, 21))
    assert periodic(ev, "phong-noi-vu", (2023, 3)) == (C.DONE_ON_TIME, 0, None)
    assert periodic(ev, "phuong-x", (2023, 3)) == (C.OVERDUE, 1, None)


def test_report_filed_after_as_of_does_not_count(tmp_path: Path) -> None:
    ws = workspace(tmp_path, record("phong-a", "2023-03", "2023-03-25"))
    assert periodic(evaluate(ws, date(2023, 3, 24)), "phong-a", (2023, 3)) == (C.OVERDUE, 5, None)
    assert periodic(evaluate(ws, date(2023, 3, 25)), "phong-a", (2023, 3))[0] == C.DONE_LATE


def test_thematic_reports_come_from_those_taking_part(tmp_path: Path) -> None:
    ws = workspace(tmp_path, record("phong-a", "2023-03", "2023-03-19", thematic="2023-03-15"))
    ev = evaluate(ws, date(2023, 3, 31))
    thematic = [(r.unit, r.month, r.due, r.category) for r in ev.reports
                if r.obligation.id == "bc-chuyen-de"]
    assert thematic == [  # the activity is t3: phong-a supports it, phong-b takes no part
        ("phong-a", (2023, 3), date(2023, 3, 14), C.DONE_LATE),
        ("phong-a", (2023, 4), date(2023, 4, 14), C.NOT_DUE),
    ]
    assert not [r for r in ev.reports if r.obligation.id == "bc-dot-xuat"]
    assert len([r for r in ev.reports if r.obligation.id == "bc-dinh-ky"]) == 2 * 4


# ---------------------------------------------------------------- working days

WEEKEND_PLAN = """\
kehoach: 1
id: kh-ngay-nghi
document: {number: 2/KH-UBND, date: 2023-01-05, place: Thử, issuer: UBND, title: Thử}
units: [{id: phong-a, name: Phòng A}]
tasks:
  - {id: sat, ref: I.1, title: Hạn thứ Bảy, lead: [phong-a], time: 25/3/2023}
  - {id: tet, ref: I.2, title: Hạn ngày Tết, lead: [phong-a], time: đến 9/2/2024}
reporting:
  - {id: bc, ref: V, kind: định kỳ, title: Báo cáo, reporters: [phong-a],
     time: ngày 10 hàng tháng, first_month: "2024-02", last_month: "2024-02"}
"""


@pytest.mark.parametrize(("rule", "sat_due", "tet_due", "report_due"), [
    ("false", date(2023, 3, 25), date(2024, 2, 9), date(2024, 2, 10)),
    ("true", date(2023, 3, 27), date(2024, 2, 15), date(2024, 2, 15)),
])
def test_working_day_rule(tmp_path: Path, rule: str, sat_due: date, tet_due: date,
                          report_due: date) -> None:
    ws = workspace(tmp_path, plan=WEEKEND_PLAN, settings=f"  working_days: {rule}\n")
    ev = evaluate(ws, date(2023, 3, 27))
    assert one(ev, "sat", "phong-a").due == sat_due
    assert one(ev, "tet", "phong-a").due == tet_due
    assert [r.due for r in ev.reports] == [report_due]
    expected = C.IN_PROGRESS if rule == "true" else C.OVERDUE
    assert one(ev, "sat", "phong-a").category == expected


# ---------------------------------------------------------------- aggregate


@pytest.mark.parametrize(("categories", "expected"), [
    ([C.DONE_ON_TIME, C.OVERDUE, C.IN_PROGRESS], C.OVERDUE),
    ([C.DONE_ON_TIME, C.DONE_ON_TIME], C.DONE_ON_TIME),
    ([C.DONE_ON_TIME, C.DONE_LATE], C.DONE_LATE),
    ([C.DONE_ON_TIME, C.NOT_DUE], C.IN_PROGRESS),
    ([C.NOT_DUE, C.NOT_DUE], C.NOT_DUE),
    ([], C.NOT_DUE),
])
def test_aggregate(categories: list[Category], expected: Category) -> None:
    assert aggregate(categories) == expected


def test_task_category_of_an_unknown_key(tmp_path: Path) -> None:
    with pytest.raises(KeyError):
        evaluate(workspace(tmp_path), date(2023, 3, 1)).task_category("nope")


def test_indexes_agree_with_a_plain_scan(tmp_path: Path) -> None:
    ws = workspace(tmp_path, record("phuong-x", "2023-03", "2023-03-20", done("t3", "2023-03-15")))
    ev = evaluate(ws, date(2023, 4, 5))
    for task in ws.tasks:
        assert ev.for_task(task) == tuple(j for j in ev.judgements if j.checkpoint.task.id == task)
    for unit in ws.units:
        assert ev.by_unit.get(unit, ()) == tuple(j for j in ev.judgements if j.unit == unit)
    obligations = [ob for plan in ws.plans for ob in plan.reporting]
    assert obligations and all(
        ev.for_obligation(ob) == tuple(r for r in ev.reports if r.obligation is ob)
        for ob in obligations)
    assert len(ev.for_task("t3")) == 2 and ev.for_task("nothing") == ()


# ---------------------------------------------------------------- unknown issue date

UNDATED = """
    kehoach: 1
    id: kh
    document: {number: 9/KH, date: "…", place: P, issuer: UBND, title: T}
    HORIZON
    units:
      - {id: phong-a, name: Phòng A}
    tasks:
      - {id: t1, ref: II.1, title: Một, lead: [phong-a], time: trước 25/3/2025}
      - {id: t2, ref: II.2, title: Hai, lead: [phong-a], time: Quý II/2025}
    """


@pytest.mark.parametrize(("horizon", "expected"), [
    # the horizon opens on 1/1/2025: on 1/2 the deadline (24/3) is being worked on, 51 days left
    ("horizon: năm 2025", (C.IN_PROGRESS, 0, 51)),
    # no horizon: the plan opens with its earliest start, Quý II (1/4/2025): not yet due
    ("", (C.NOT_DUE, 0, 51)),
])
def test_unknown_issue_date_opens_with_the_horizon_else_the_earliest_start(
        tmp_path: Path, horizon: str, expected: tuple[Category, int, int | None]) -> None:
    ws = workspace(tmp_path, plan=UNDATED.replace("HORIZON", horizon))
    ev = evaluate(ws, date(2025, 2, 1))
    assert brief(one(ev, "t1", "phong-a")) == expected
    assert brief(one(evaluate(ws, date(2025, 3, 25)), "t1", "phong-a")) == (C.OVERDUE, 1, None)


# ---------------------------------------------------------------- latest records, plainly

FIXTURES = Path(__file__).parent / "fixtures"
WORKSPACES = [FIXTURE, FIXTURES / "recurring", FIXTURES / "reports", Path(__file__).parents[1]]
DAYS = [date(2023, 3, 20), date(2023, 4, 5), date(2023, 8, 25), date(2024, 10, 18),
        date(2024, 12, 31)]


def plain_latest(ws: Workspace, as_of: date) -> dict[tuple[str, str], Any]:
    """``latest_entries`` as the rules say it: every record in date order, each (unit, key)
    keeping the highest rank (month, filing day, a unit's own over its group's), ties to the
    later, then the restated clauses a whole-task record reaches."""
    from kehoach_cli.queries.occurrences import record_key
    from kehoach_cli.queries.reports import filers
    from kehoach_cli.queries.restating import task_of, whole_task_reach

    latest: dict[tuple[str, str], Any] = {}
    ranks: dict[tuple[str, str], Any] = {}
    for sub in sorted((s for s in ws.submissions if s.submitted <= as_of),
                      key=lambda s: (s.month, s.submitted)):
        for unit, own in filers(ws, sub):
            for entry in sub.entries:
                key = (unit, record_key(ws, entry, sub.submitted))
                if key not in ranks or ranks[key] <= (sub.month, sub.submitted, own):
                    ranks[key] = (sub.month, sub.submitted, own)
                    latest[key] = (sub, entry)
    for (unit, filed), found in list(latest.items()):
        for said in whole_task_reach(ws, filed):
            if (unit, said) not in latest and (unit, task_of(said)) not in latest:
                latest[(unit, said)] = found
    return latest


@pytest.mark.parametrize("root", WORKSPACES, ids=lambda p: p.name)
def test_latest_entries_are_the_plain_ranking(root: Path) -> None:
    ws = load_workspace(root).workspace
    for day in DAYS:
        assert list(latest_entries(ws, day).items()) == list(plain_latest(ws, day).items())


def test_a_members_own_record_of_the_same_day_outranks_its_groups(tmp_path: Path) -> None:
    ws = workspace(
        tmp_path,
        record("phuong-x", "2023-03", "2023-03-20", doing("t3")),
        record("ubnd-phuong-xa", "2023-03", "2023-03-20", done("t3", "2023-03-15")),
        record("phuong-y", "2023-04", "2023-04-10", doing("t3")),
        record("ubnd-phuong-xa", "2023-04", "2023-04-09", done("t3", "2023-04-08")),
    )
    for day in (date(2023, 3, 20), date(2023, 4, 9), date(2023, 4, 10)):
        assert list(latest_entries(ws, day).items()) == list(plain_latest(ws, day).items())
    latest = latest_entries(ws, date(2023, 4, 10))
    assert latest[("phuong-x", "t3")][0].unit == "ubnd-phuong-xa"  # April's, the group's
    assert latest[("phuong-y", "t3")][1].state.value == "đang thực hiện"  # its own, later
    march = latest_entries(ws, date(2023, 3, 20))
    assert march[("phuong-x", "t3")][0].unit == "phuong-x"  # same day: its own wins
    assert march[("phuong-y", "t3")][0].unit == "ubnd-phuong-xa"
