"""The query commands narrowed and sorted, and ``--format``, on tests/fixtures/queries.

The fixture's state on 05/4/2023 is worked out by hand in tests/test_queries_lists.py: the
March periodic report of Cẩm Đông (V.3) is 17 days late, its part of II.3 5 days late; April's
reports fall due on 14/4 (thematic, V.2) and 19/4 (periodic, V.3); t2's August milestone is 148
days away.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import run_cli

FIXTURE = Path(__file__).parent / "fixtures" / "queries"
WS = ("--workspace", str(FIXTURE))
AS_OF = ("--as-of", "2023-04-05")
BOM = "\ufeff"
HEADER = ("kind,id,milestone,plan,ref,title,type,time,start,period,regime,due,submitted,status,"
          "days_overdue,days_left,unit,lead,support,requested,restated_in,occurrence\n")
REPORT_ROW = ("report,bc-dinh-ky,,kh-thu,V.3,Báo cáo định kỳ,periodic,,,2023-03,month,2023-03-19,,"
              "overdue,17,,Ủy ban nhân dân phường Cẩm Đông,,,false,,\n")
TASK_ROW = ('task,t3,,kh-thu,II.3,"Trang trí, cổ động trực quan",,trong tháng 3/2023,'
            "2023-03-01,,,2023-03-31,,overdue,5,,Ủy ban nhân dân phường Cẩm Đông,"
            '"UBND các phường, xã",Phòng Văn hóa và Thông tin,false,,\n')


def ok(*args: str, ws: tuple[str, ...] = WS) -> str:
    result = run_cli(*ws, *args)
    assert (result.code, result.stderr) == (0, ""), result.stderr
    return result.stdout


def refs(*args: str, ws: tuple[str, ...] = WS) -> list[tuple[str, str]]:
    data = json.loads(ok(*args, "--format", "json", ws=ws))
    return [(i["ref"], i["unit"]["id"]) for i in data["items"]]


def test_overdue_csv_has_bom_header_of_json_keys_and_one_row_per_item() -> None:
    assert ok("overdue", *AS_OF, "--format", "csv") == BOM + HEADER + REPORT_ROW + TASK_ROW


def test_overdue_csv_with_nothing_late_is_the_header_alone() -> None:
    assert ok("overdue", *AS_OF, "--unit", "noi vu", "--format", "csv") == BOM + HEADER


def test_json_alias_and_format_json_agree() -> None:
    assert ok("overdue", *AS_OF, "--json") == ok("overdue", *AS_OF, "--format", "json")


def test_kind_section_and_sort_narrow_overdue() -> None:
    assert refs("overdue", *AS_OF, "--kind", "task") == [("II.3", "phuong-y")]
    assert refs("overdue", *AS_OF, "--kind", "report") == [("V.3", "phuong-y")]
    assert refs("overdue", *AS_OF, "--section", "ii") == [("II.3", "phuong-y")]
    assert refs("overdue", *AS_OF, "--sort", "ref") == [("II.3", "phuong-y"), ("V.3", "phuong-y")]


def test_overdue_table_filtered_prints_only_what_is_kept() -> None:
    assert ok("overdue", *AS_OF, "--kind", "task", "--plan", "kh-thu") == (
        "Quá hạn tính đến ngày 05 tháng 4 năm 2023: 1\n"
        "Mục    Nội dung                       Đơn vị                            Hạn         Quá hạn\n"
        "───────────────────────────────────────────────────────────────────────────────────────────\n"
        "II.3   Trang trí, cổ động trực quan   Ủy ban nhân dân phường Cẩm Đông   31/3/2023    5 ngày\n"
    )


def test_upcoming_within_a_month_status_and_sort() -> None:
    data = json.loads(ok("upcoming", *AS_OF, "--within", "1m", "--json"))
    assert data["within_days"] == 30  # 5/4 to 5/5
    assert len(data["items"]) == 5  # April's thematic report and the four periodic ones
    assert refs("upcoming", *AS_OF, "--within", "1m", "--sort", "unit", "--section", "V.2") == [
        ("V.2", "phong-a")]
    assert refs("upcoming", *AS_OF, "--within", "5m", "--status", "in_progress") == []
    later = refs("upcoming", *AS_OF, "--within", "5m", "--kind", "task")
    assert later == [("II.2", "phong-noi-vu")]  # the August milestone, 148 days away


def test_upcoming_csv() -> None:
    out = ok("upcoming", *AS_OF, "--within", "1m", "--section", "V.2", "--format", "csv")
    assert out == BOM + HEADER + (
        "report,bc-chuyen-de,,kh-thu,V.2,Báo cáo chuyên đề,thematic,,,2023-04,month,2023-04-14,,"
        "not_due,0,9,Phòng Văn hóa và Thông tin,,,false,,\n")


def test_units_sorted_by_rate_weakest_first() -> None:
    data = json.loads(ok("units", *AS_OF, "--sort", "rate", "--json"))
    rows = [(u["id"], u["on_time_rate"]) for u in data["units"]]
    # Cẩm Đông is late with II.3; ties keep the plan's order; nothing judged yet comes last
    assert rows == [("phuong-y", 0.0), ("phong-a", 1.0), ("phong-noi-vu", 1.0), ("phuong-x", 1.0),
                    ("phong-b", None), ("ban-qlda", None)]


def test_status_by_section_counts_only_that_section() -> None:
    data = json.loads(ok("status", *AS_OF, "--section", "III", "--json"))
    assert data["totals"] == {"done_on_time": 0, "done_late": 0, "in_progress": 0,
                              "overdue": 0, "not_due": 2}  # t4 (undated) and t5 (autumn)
    assert [s["ref"] for s in data["sections"]] == ["III"]
    assert data["reports"] == []  # reports sit in section V


def test_assignments_status_filter() -> None:
    data = json.loads(ok("assignments", "phuong xa", *AS_OF, "--status", "overdue", "--json"))
    assert [(i["ref"], i["status"]) for i in data["lead"]] == [("II.3", "overdue")]
    assert data["support"] == []


@pytest.fixture(scope="module")
def asked(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, ...]:
    """The fixture with Cẩm Đông and the project board as units the city can only ask."""
    root = tmp_path_factory.mktemp("asked") / "ws"
    shutil.copytree(FIXTURE, root)
    plan = root / "plans" / "kh-thu.yaml"
    text = plan.read_text(encoding="utf-8")
    for short in ("Cẩm Đông", "Ban QLDA"):
        text = text.replace(f"    short: {short}\n", f"    short: {short}\n    relation: đề nghị\n")
    plan.write_text(text, encoding="utf-8")
    return ("--workspace", str(root))


def test_requested_and_ordered(asked: tuple[str, ...]) -> None:
    assert refs("overdue", *AS_OF, "--requested", ws=asked) == [("V.3", "phuong-y")]
    assert refs("overdue", *AS_OF, "--ordered", ws=asked) == [("II.3", "phuong-y")]
    data = json.loads(ok("status", *AS_OF, "--requested", "--json", ws=asked))
    assert data["totals"]["not_due"] == 1  # t4, led by the project board alone


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("overdue", "--plan", "kh-khac"), "kehoach: Không có kế hoạch 'kh-khac'. Các kế hoạch: kh-thu.\n"),
        (("overdue", "--section", "IX"), "kehoach: Không có mục 'IX' trong kế hoạch nào.\n"),
        (("overdue", "--format", "xlsx"),
         "kehoach: --format 'xlsx' không hợp lệ; chọn một trong: table, csv, json.\n"),
        (("overdue", "--format", "csv", "--json"), "kehoach: --json không dùng cùng --format csv.\n"),
        (("upcoming", "--kind", "milestone"),
         "kehoach: --kind 'milestone' không hợp lệ; chọn một trong: task, report.\n"),
        (("upcoming", "--status", "late"),
         "kehoach: --status 'late' không hợp lệ; chọn một trong: done_on_time, done_late, "
         "in_progress, overdue, not_due.\n"),
        (("units", "--sort", "due"),
         "kehoach: --sort 'due' không hợp lệ; chọn một trong: name, rate, overdue, lead.\n"),
    ],
)
def test_bad_filters_exit_2(args: tuple[str, ...], message: str) -> None:
    result = run_cli(*WS, *args, *AS_OF)
    assert (result.code, result.stdout, result.stderr) == (2, "", message)
