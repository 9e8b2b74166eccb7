"""The query commands as users run them, on tests/fixtures/queries (answers in test_queries).

Text views are compared with golden files in tests/golden/queries/; after a deliberate change
of layout or wording, regenerate them with

    KEHOACH_UPDATE_GOLDEN=1 python -m pytest tests/test_cli_queries.py

and review the diff before committing.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conftest import run_cli

FIXTURE = Path(__file__).parent / "fixtures" / "queries"
GOLDEN = Path(__file__).parent / "golden" / "queries"
WS = ("--workspace", str(FIXTURE))
AS_OF = ("--as-of", "2023-04-05")

CAM_DONG = {"id": "phuong-y", "name": "Ủy ban nhân dân phường Cẩm Đông"}
GROUP = {"id": "ubnd-phuong-xa", "name": "UBND các phường, xã"}
VHTT = {"id": "phong-a", "name": "Phòng Văn hóa và Thông tin"}
NOI_VU = {"id": "phong-noi-vu", "name": "Phòng Nội vụ"}


def query(*args: str) -> object:
    result = run_cli(*WS, *args)
    assert (result.code, result.stderr) == (0, "")
    return json.loads(result.stdout)


def task(**fields: object) -> dict[str, object]:
    return {"kind": "task", "milestone": None, "plan": "kh-thu", "start": None,
            "days_overdue": 0, "days_left": None, "unit": None, "requested": False,
            "restated_in": [], "occurrence": None} | fields


def test_overdue_json() -> None:
    assert query("overdue", *AS_OF, "--json") == {
        "as_of": "2023-04-05",
        "items": [
            {"kind": "report", "id": "bc-dinh-ky", "plan": "kh-thu", "ref": "V.3",
             "title": "Báo cáo định kỳ", "type": "periodic", "unit": CAM_DONG,
             "period": "2023-03", "regime": "month", "due": "2023-03-19", "submitted": None,
             "status": "overdue", "days_overdue": 17, "days_left": None, "requested": False},
            task(id="t3", ref="II.3", title="Trang trí, cổ động trực quan",
                 time="trong tháng 3/2023", start="2023-03-01", due="2023-03-31",
                 status="overdue", days_overdue=5, unit=CAM_DONG, lead=[GROUP], support=[VHTT]),
        ],
    }


def test_overdue_replayed_and_filtered() -> None:
    later = query("overdue", "--as-of", "2023-04-10", "--json")
    assert [i["kind"] for i in later["items"]] == ["report"]  # type: ignore[index]
    assert query("overdue", *AS_OF, "--unit", "cam binh", "--json") == {
        "as_of": "2023-04-05", "items": []}


def test_assignments_json() -> None:
    support = [
        task(id="t2", milestone={"id": "ke-hoach", "title": "Ban hành kế hoạch thi đua"},
             ref="II.2", title="Phát động thi đua", time="trước 25/3/2023", due="2023-03-24",
             status="done_on_time", lead=[NOI_VU], support=[GROUP]),
        task(id="t2", milestone={"id": "tong-ket", "title": "Tổng kết, khen thưởng"},
             ref="II.2", title="Phát động thi đua", time="Tháng 8/2023", start="2023-08-01",
             due="2023-08-31", status="not_due", days_left=148, lead=[NOI_VU], support=[GROUP]),
        task(id="t5", ref="III.2", title="Tổ chức chương trình nghệ thuật",
             time="từ tháng 9/2023 đến tháng 10/2023", start="2023-09-01", due="2023-10-31",
             status="not_due", days_left=209, lead=[VHTT], support=[NOI_VU, GROUP]),
    ]
    assert query("assignments", "Cẩm Đông", *AS_OF, "--json") == {
        "as_of": "2023-04-05",
        "unit": CAM_DONG,
        "lead": [task(id="t3", ref="II.3", title="Trang trí, cổ động trực quan",
                      time="trong tháng 3/2023", start="2023-03-01", due="2023-03-31",
                      status="overdue", days_overdue=5, lead=[GROUP], support=[VHTT])],
        "support": support,
    }


def test_upcoming_and_units_json() -> None:
    data = query("upcoming", *AS_OF, "--within", "2w", "--json")
    assert (data["within_days"], len(data["items"])) == (14, 5)  # type: ignore[index]
    assert len(query("upcoming", *AS_OF, "--within", "13", "--json")["items"]) == 1  # type: ignore[index]
    units = query("units", *AS_OF, "--json")
    assert [u["id"] for u in units["groups"]] == ["ubnd-phuong-xa"]  # type: ignore[index]


def test_status_json_contract() -> None:
    data = query("status", *AS_OF, "--json")
    assert isinstance(data, dict)
    assert data["as_of"] == "2023-04-05"
    assert data["totals"] == {"done_on_time": 2, "done_late": 0, "in_progress": 0,
                              "overdue": 1, "not_due": 3}
    first = data["units"][0]
    assert {k: first[k] for k in ("id", "name", "done_on_time", "not_due", "on_time_rate")} == {
        "id": "phong-a", "name": "Phòng Văn hóa và Thông tin", "done_on_time": 1, "not_due": 1,
        "on_time_rate": 1.0}
    assert {r["kind"] for r in data["reports"]} == {"report"}


def golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("KEHOACH_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("status.vi.txt", ("status", *AS_OF)),
        ("status.en.txt", ("--lang", "en", "status", *AS_OF)),
        ("overdue.vi.txt", ("overdue", *AS_OF)),
        ("upcoming.vi.txt", ("upcoming", *AS_OF)),
        ("units.vi.txt", ("units", *AS_OF)),
        ("assignments.vi.txt", ("assignments", "phuong xa", *AS_OF)),
    ],
)
def test_text_views(name: str, args: tuple[str, ...]) -> None:
    result = run_cli(*WS, *args)
    assert (result.code, result.stderr) == (0, "")
    golden(name, result.stdout)


def test_text_rows() -> None:
    out = run_cli(*WS, "overdue", *AS_OF).stdout
    assert "Quá hạn tính đến ngày 05 tháng 4 năm 2023: 2" in out
    assert "V.3    Báo cáo định kỳ tháng 3/2023   Ủy ban nhân dân phường Cẩm Đông   19/3/2023" in out
    assert "II.3   Trang trí, cổ động trực quan   Ủy ban nhân dân phường Cẩm Đông   31/3/2023" in out
    none = run_cli(*WS, "overdue", "--unit", "noi vu", *AS_OF)
    assert none.stdout == "Không có việc hay báo cáo nào quá hạn tính đến ngày 05 tháng 4 năm 2023.\n"


def test_ambiguous_unit_exits_2_listing_candidates() -> None:
    result = run_cli(*WS, "assignments", "cam", *AS_OF)
    assert result.code == 2
    assert result.stdout == ""
    assert result.stderr == (
        "kehoach: 'cam' có thể là nhiều đơn vị; hãy ghi rõ hơn hoặc dùng mã:\n"
        "  - phuong-x: Ủy ban nhân dân phường Cẩm Bình\n"
        "  - phuong-y: Ủy ban nhân dân phường Cẩm Đông\n"
    )


def test_unknown_unit_exits_2() -> None:
    result = run_cli(*WS, "overdue", "--unit", "phong khong co", *AS_OF)
    assert (result.code, result.stdout) == (2, "")
    assert "phong khong co" in result.stderr and "kehoach units" in result.stderr


@pytest.mark.parametrize("command", ["status", "overdue", "upcoming", "units"])
@pytest.mark.parametrize("bad", ["2023-02-30", "05/4/2023", "hôm qua"])
def test_bad_as_of_exits_2(command: str, bad: str) -> None:
    result = run_cli(*WS, command, "--as-of", bad)
    assert (result.code, result.stdout) == (2, "")
    assert result.stderr == (f"kehoach: Ngày '{bad}' không hợp lệ; ghi theo dạng YYYY-MM-DD, "
                             "vd. 2023-08-05.\n")


@pytest.mark.parametrize("bad", ["soon", "2x", "-3"])
def test_bad_within_exits_2(bad: str) -> None:
    result = run_cli(*WS, "upcoming", "--within", bad, *AS_OF)
    assert result.code == 2 and bad in result.stderr


def test_invalid_workspace_is_refused(tmp_path: Path) -> None:
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "p.yaml").write_text("kehoach: 1\ntasks: [{id: x}]\n", encoding="utf-8")
    result = run_cli("--workspace", str(tmp_path), "status", "--json")
    assert (result.code, result.stdout) == (1, "")
