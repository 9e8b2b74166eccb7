"""Plan 48 alone (no progress records): the answers issue 10 asks for, on the real command line.

Expected values come from the text of 48/KH-UBND: II.4.b1 and VI.b1 are one obligation (the
plan of every unit, "trước 25/3/2023"); V.3 is sent to Phòng VH&TT, which therefore owes it to
nobody; II.3.(1)'s campaign runs "Từ tháng 8/2022 đến tháng 10/2023"; II.3.(2) is "Đề nghị Ủy
ban Mặt trận Tổ quốc Thành phố".
"""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from conftest import REPO, run_cli

PLAN_UNITS = 25  # 9 city bodies (co-quan-tp) + 16 wards and communes (ubnd-phuong-xa)


@pytest.fixture(scope="module")
def plan_only(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("kh48")
    (root / "plans").mkdir()
    shutil.copy(REPO / "plans" / "48-KH-UBND.yaml", root / "plans")
    (root / "kehoach.yaml").write_text("kehoach: 1\n", encoding="utf-8")
    return root


def overdue(root: Path, as_of: str) -> list[dict[str, Any]]:
    result = run_cli("--workspace", str(root), "overdue", "--as-of", as_of, "--json")
    assert (result.code, result.stderr) == (0, "")
    items: list[dict[str, Any]] = json.loads(result.stdout)["items"]
    return items


def test_the_unit_plan_is_owed_once_per_unit_and_cites_both_clauses(plan_only: Path) -> None:
    items = overdue(plan_only, "2023-04-01")
    plan_items = [i for i in items if i["ref"] in ("II.4.b1", "VI.b1")]
    per_unit = Counter(i["unit"]["id"] for i in plan_items)
    assert set(per_unit.values()) == {1} and len(per_unit) == PLAN_UNITS
    assert {i["ref"] for i in plan_items} == {"II.4.b1"}
    assert {(i["due"], tuple(i["restated_in"])) for i in plan_items} == {("2023-03-24",
                                                                           ("VI.b1",))}


def test_the_standing_agency_owes_itself_no_periodic_report(plan_only: Path) -> None:
    items = overdue(plan_only, "2023-04-01")
    periodic = [i for i in items if i["ref"] == "V.3"]
    assert "phong-vhtt" not in {i["unit"]["id"] for i in periodic}
    # due "trước ngày 20 hàng tháng" of March: every other unit of the 25 is late
    assert len(periodic) == PLAN_UNITS - 1
    assert {(i["period"], i["due"]) for i in periodic} == {("2023-03", "2023-03-19")}


def test_the_campaign_of_ii_3_1_is_judged_at_the_end_of_october(plan_only: Path) -> None:
    items = overdue(plan_only, "2023-11-15")
    campaign = [i for i in items if i["ref"] == "II.3.(1)" and i["milestone"] is None]
    assert [(i["unit"]["id"], i["due"], i["days_overdue"]) for i in campaign] == [
        ("phong-noi-vu", "2023-10-31", 15)]
    assert campaign[0]["time"] == "Từ tháng 8/2022 đến tháng 10/2023"


def test_requested_bodies_are_flagged(plan_only: Path) -> None:
    items = overdue(plan_only, "2023-11-15")
    ii_3_2 = [i for i in items if i["ref"] == "II.3.(2)"]
    assert [(i["milestone"]["id"], i["requested"]) for i in ii_3_2] == [
        ("ke-hoach", True), ("le-tuyen-duong", True)]
    ordered = [i for i in items if i["ref"] == "II.3.(1)"]
    assert {i["requested"] for i in ordered} == {False}


def test_the_meeting_of_ii_3_3_is_owed_by_ubnd_thanh_pho(plan_only: Path) -> None:
    items = overdue(plan_only, "2023-11-15")
    meeting = [(i["unit"]["id"], i["due"]) for i in items
               if i["ref"] == "II.3.(3)" and i["milestone"]["id"] == "gap-mat"]
    assert meeting == [("ubnd-tp", "2023-07-31")]


def test_the_text_views_mark_requests(plan_only: Path) -> None:
    result = run_cli("--workspace", str(plan_only), "assignments", "uy-ban-mttq",
                     "--as-of", "2023-04-01")
    assert result.code == 0
    assert "(đề nghị)" in result.stdout
