"""Who owes which report on which day, and which record answers it (``queries/reports.py``).

The calendar, worked out by hand: 1/9/2025 is a Monday, so September's Thursdays are 4, 11,
18 and 25.  "thứ Năm hằng tuần" is due on each Thursday itself; "trước ngày 20/9/2025" (the
named day not counted) on 19/9; "trước ngày 15 hằng tháng" on the 14th.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conftest import write_files
from kehoach_cli.queries.reports import judge_reports
from kehoach_cli.reading.loading import load_workspace

PLAN = """
    kehoach: 1
    id: kh-9
    document: {number: 9/KH-UBND, date: 2025-08-01, place: Xã A, issuer: UBND xã A, title: Mẫu}
    standing_unit: std
    units:
      - {id: std, name: Văn phòng}
      - {id: u1, name: Phòng A}
      - {id: u2, name: Phòng B}
    tasks:
      - {id: t1, ref: "1", title: Việc một, lead: [u1]}
    reporting:
      - {id: tuan, ref: V.1, kind: định kỳ, title: Báo cáo tuần, reporters: [u1, u2], to: std,
         time: thứ Năm hằng tuần, first_month: "2025-09", last_month: "2025-09"}
      - {id: mot-lan, ref: V.2, kind: định kỳ, title: Báo cáo sơ kết, reporters: [u1], to: std,
         time: trước ngày 20/9/2025}
      - {id: thang, ref: V.3, kind: định kỳ, title: Báo cáo tháng, reporters: [u1], to: std,
         time: trước ngày 15 hằng tháng, first_month: "2025-09", last_month: "2025-09"}
"""
RECORD = """
    kehoach: 1
    unit: u1
    month: "2025-09"
    submitted: 2025-09-12
    also_submitted: [2025-09-03, 2025-09-17]
"""


def _judged(tmp_path: Path, as_of: date) -> dict[tuple[str, str, date], tuple[str, date | None]]:
    ws = load_workspace(write_files(tmp_path, {"kehoach.yaml": "kehoach: 1\n", "plans/p.yaml": PLAN,
                                               "progress/2025-09/u1.yaml": RECORD})).workspace
    return {(j.obligation.id, j.unit, j.due): (j.category.value, j.submitted)
            for j in judge_reports(ws, as_of)}


def test_the_nth_report_of_a_month_answers_its_nth_due_day(tmp_path: Path) -> None:
    judged = _judged(tmp_path, date(2025, 9, 30))
    # sent 3/9, 12/9, 17/9 (in order, whichever field holds them): 4/9 on time, 11/9 a day
    # late, 18/9 on time; nothing left for 25/9, five days overdue on the 30th
    assert [judged["tuan", "u1", date(2025, 9, d)] for d in (4, 11, 18, 25)] == [
        ("done_on_time", date(2025, 9, 3)), ("done_late", date(2025, 9, 12)),
        ("done_on_time", date(2025, 9, 17)), ("overdue", None)]
    assert [judged["tuan", "u2", date(2025, 9, d)][0] for d in (4, 11, 18, 25)] == ["overdue"] * 4


def test_a_one_off_report_has_one_due_day(tmp_path: Path) -> None:
    judged = _judged(tmp_path, date(2025, 9, 30))
    assert [k for k in judged if k[0] == "mot-lan"] == [("mot-lan", "u1", date(2025, 9, 19))]
    assert judged["mot-lan", "u1", date(2025, 9, 19)] == ("done_on_time", date(2025, 9, 3))


def test_a_monthly_report_takes_the_first_report_of_its_month(tmp_path: Path) -> None:
    assert _judged(tmp_path, date(2025, 9, 30))["thang", "u1", date(2025, 9, 14)] == (
        "done_on_time", date(2025, 9, 3))


def test_a_report_sent_after_the_as_of_date_is_not_yet_sent(tmp_path: Path) -> None:
    judged = _judged(tmp_path, date(2025, 9, 12))
    # on 12/9 only the reports of 3/9 and 12/9 are visible: the third due day (18/9) is not due
    assert judged["tuan", "u1", date(2025, 9, 18)] == ("not_due", None)
    assert judged["tuan", "u1", date(2025, 9, 11)] == ("done_late", date(2025, 9, 12))


def test_the_text_view_names_a_weekly_report_by_its_title(tmp_path: Path) -> None:
    from conftest import run_cli

    _judged(tmp_path, date(2025, 9, 30))  # writes the workspace
    out = run_cli("-w", str(tmp_path), "overdue", "--unit", "u1", "--as-of", "2025-09-30").stdout
    assert out.splitlines() == [
        "Quá hạn tính đến ngày 30 tháng 9 năm 2025: 1",
        "Mục   Nội dung       Đơn vị    Hạn         Quá hạn",
        "──────────────────────────────────────────────────",
        "V.1   Báo cáo tuần   Phòng A   25/9/2025    5 ngày",
    ]


def test_a_one_off_report_needs_no_months(tmp_path: Path) -> None:
    from conftest import run_cli

    _judged(tmp_path, date(2025, 9, 30))
    assert run_cli("-w", str(tmp_path), "validate").code == 0
