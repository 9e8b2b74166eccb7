"""The tracking table's rows (queries/tracking.py) on tests/fixtures/queries as of 05/4/2023;
the state that day is worked out by hand in tests/test_queries_lists.py."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kehoach_cli.model import Workspace
from kehoach_cli.queries.status import Evaluation, evaluate
from kehoach_cli.queries.tracking import REPORT_KEYS, TASK_KEYS, jsonable, report_rows, task_rows
from kehoach_cli.reading.loading import load_workspace

FIXTURE = Path(__file__).parent / "fixtures" / "queries"


@pytest.fixture(scope="module")
def ws() -> Workspace:
    return load_workspace(FIXTURE).workspace


@pytest.fixture(scope="module")
def ev(ws: Workspace) -> Evaluation:
    return evaluate(ws, date(2023, 4, 5))


def test_one_row_per_checkpoint_in_plan_order(ws: Workspace, ev: Evaluation) -> None:
    rows = task_rows(ws, ev)
    assert [(r["stt"], r["ref"], r["milestone"]) for r in rows] == [
        (1, "II.1", None), (2, "II.2", "Ban hành kế hoạch thi đua"),
        (3, "II.2", "Tổng kết, khen thưởng"), (4, "II.3", None), (5, "III.1", None),
        (6, "III.2", None)]
    assert all(tuple(r) == TASK_KEYS for r in rows)


def test_task_row_values(ws: Workspace, ev: Evaluation) -> None:
    first, _, _, late, standing, _ = task_rows(ws, ev)
    assert first | {"results": ""} == {
        "stt": 1, "plan": "kh-thu", "ref": "II.1", "title": "Xây dựng kế hoạch tuyên truyền",
        "milestone": None, "lead": ["Phòng Văn hóa và Thông tin"],
        "support": ["Phòng Tài chính - Kế hoạch"], "time": "trước 25/3/2023",
        "start": None, "due": date(2023, 3, 24), "status": "done_on_time", "completed": date(2023, 3, 17),
        "results": "", "days_overdue": 0, "requested": False, "occurrence": None}
    # II.3 is led by the wards: Cẩm Bình done on 15/3, Cẩm Đông late — no completion yet
    assert (late["status"], late["completed"], late["days_overdue"]) == ("overdue", None, 5)
    assert (standing["time"], standing["due"], standing["status"]) == (None, None, "not_due")


def test_report_rows_per_unit_and_month(ws: Workspace, ev: Evaluation) -> None:
    rows = report_rows(ws, ev)
    assert all(tuple(r) == REPORT_KEYS for r in rows)
    assert [r["stt"] for r in rows] == list(range(1, len(rows) + 1))
    assert [r["due"] for r in rows] == sorted(r["due"] for r in rows)
    march = [(r["unit"], r["status"], r["days_overdue"]) for r in rows
             if r["period"] == "2023-03" and r["type"] == "periodic"]
    assert march == [("Phòng Văn hóa và Thông tin", "done_on_time", 0),
                     ("Phòng Nội vụ", "done_late", 0),
                     ("Ủy ban nhân dân phường Cẩm Bình", "done_on_time", 0),
                     ("Ủy ban nhân dân phường Cẩm Đông", "overdue", 17)]


def test_jsonable_turns_dates_into_iso(ws: Workspace, ev: Evaluation) -> None:
    row = jsonable(task_rows(ws, ev))[0]
    assert (row["due"], row["completed"]) == ("2023-03-24", "2023-03-17")
