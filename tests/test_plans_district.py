"""A second, different plan (tests/fixtures/district, a district's plan of 2024) read and
judged on two dates, with no progress records.  Every expected value below was worked out by
hand from the plan text, issued 10/01/2024, horizon "năm 2024":

* II.1 "trong 15 ngày kể từ ngày ban hành Kế hoạch" → due 25/01/2024, each of the 3 communes;
* II.2 "thường xuyên" and II.5 (no time) are standing: judged at the horizon's end, 31/12/2024;
* II.3 "Quý II/2024; sơ kết trước ngày 15/7/2024" → two checkpoints, due 30/6 and 14/7;
* II.4 "tháng 5 đến tháng 7/2024" → 1/5–31/7, led by the MTTQ, a requested body;
* V.1 "trước ngày 12 của tháng cuối quý" → due 11/3, 11/6, 11/9, 11/12 for 3 communes + MTTQ;
* V.2 "trước ngày 15/11 hằng năm" → due 14/11, the communes only (Phòng VH&TT receives it).
Days late, by hand (2024 is a leap year): 15/6/2024 − 25/01 = 142, − 11/3 = 96, − 11/6 = 4;
5/1/2025 − 25/01/2024 = 346, − 11/3 = 300, − 11/6 = 208, − 30/6 = 189, − 14/7 = 175,
− 31/7 = 158, − 11/9 = 116, − 14/11 = 52, − 11/12 = 25, − 31/12 = 5.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from conftest import run_cli

WS = ("--workspace", str(Path(__file__).parent / "fixtures" / "district"))
COMMUNES = ["xa-a", "xa-b", "xa-c"]
REPORTERS = ["mttq", *COMMUNES]  # sorted by id, as overdue lists ties


def query(*args: str) -> dict[str, Any]:
    result = run_cli(*WS, *args, "--json")
    assert (result.code, result.stderr) == (0, "")
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def brief(items: list[dict[str, Any]]) -> list[tuple[str, str, str, int]]:
    return [(i["kind"], i["ref"], i["unit"]["id"], i["days_overdue"]) for i in items]


def test_validate_warns_only_about_the_signer_left_blank() -> None:
    result = run_cli(*WS, "validate")
    assert result.code == 0
    assert result.stdout == (
        "tests/fixtures/district/plans/15-KH-UBND.yaml:18:11: cảnh báo: Văn bản chưa cho biết"
        ' thông tin này (tên người ký), đang ghi "…": nhớ bổ sung khi có.'
        ' [document.signer.name]\n'
        "Có 0 lỗi và 1 cảnh báo trong 1 tệp.\n"
    )


def test_overdue_in_mid_june() -> None:
    items = query("overdue", "--as-of", "2024-06-15")["items"]
    assert brief(items) == [
        *(("task", "II.1", u, 142) for u in COMMUNES),
        *(("report", "V.1", u, 96) for u in REPORTERS),
        *(("report", "V.1", u, 4) for u in REPORTERS),
    ]
    assert [(i["period"], i["due"], i["requested"]) for i in items if i["kind"] == "report"
            and i["unit"]["id"] == "mttq"] == [("2024-03", "2024-03-11", True),
                                               ("2024-06", "2024-06-11", True)]


def test_status_in_mid_june() -> None:
    data = query("status", "--as-of", "2024-06-15")
    # II.1 overdue; II.3's two parts and II.4 open and running; II.2 and II.5 standing
    assert data["totals"] == {"done_on_time": 0, "done_late": 0, "in_progress": 3,
                              "overdue": 1, "not_due": 2}
    assert data["standing"] == 2
    [target] = data["targets"]
    assert {k: target[k] for k in ("goal", "overall", "units", "units_met", "met", "achieved",
                                   "comparison")} == {
        "goal": 6, "overall": 8, "units": 3, "units_met": 0, "met": False, "achieved": 0,
        "comparison": "at_least"}
    # V.1 of June (due 11/6) is this month's report, owed by the communes and the MTTQ only
    assert sorted(r["unit"]["id"] for r in data["reports"]) == REPORTERS


def test_overdue_after_the_plan_has_ended() -> None:
    items = query("overdue", "--as-of", "2025-01-05")["items"]
    assert brief(items) == [
        *(("task", "II.1", u, 346) for u in COMMUNES),
        *(("report", "V.1", u, 300) for u in REPORTERS),
        *(("report", "V.1", u, 208) for u in REPORTERS),
        *(("task", "II.3", u, 189) for u in COMMUNES),
        *(("task", "II.3", u, 175) for u in COMMUNES),
        ("task", "II.4", "mttq", 158),
        *(("report", "V.1", u, 116) for u in REPORTERS),
        *(("report", "V.2", u, 52) for u in COMMUNES),
        *(("report", "V.1", u, 25) for u in REPORTERS),
        *(("task", "II.2", u, 5) for u in COMMUNES),
        ("task", "II.5", "phong-nv", 5),
    ]
    ii_3 = [(i["due"], i["time"]) for i in items if i["ref"] == "II.3"][::3]
    assert ii_3 == [("2024-06-30", "Quý II/2024"), ("2024-07-14", "sơ kết trước ngày 15/7/2024")]


def test_after_the_horizon_nothing_is_not_yet_due() -> None:
    data = query("status", "--as-of", "2025-01-05")
    assert data["totals"] == {"done_on_time": 0, "done_late": 0, "in_progress": 0,
                              "overdue": 6, "not_due": 0}
    assert data["standing"] == 0


def test_the_requested_body_is_marked_in_the_text_view() -> None:
    result = run_cli(*WS, "overdue", "--as-of", "2025-01-05", "--unit", "mttq")
    assert result.code == 0
    assert "(đề nghị)" in result.stdout
