"""The status screen stays one screen at any size: long tables keep the rows most in need of
attention and say how many more there are; small workspaces render every row, in their order."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import REPO, run_cli
from kehoach_cli.messages import set_language
from kehoach_cli.render.status_view import STATUS_TABLE_ROWS, show, status_view

CODES = ("done_on_time", "done_late", "in_progress", "overdue", "not_due")


@pytest.fixture(autouse=True)
def plain(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("COLUMNS", "100")
    set_language("vi")
    yield
    set_language("vi")


def counts(overdue: int, on_time: int, late: int) -> dict[str, Any]:
    judged = overdue + on_time + late
    return {"done_on_time": on_time, "done_late": late, "in_progress": 1, "overdue": overdue,
            "not_due": 0, "on_time_rate": round(on_time / judged, 4) if judged else None}


def unit(n: int, overdue: int = 0, on_time: int = 1, late: int = 0,
         short: str | None = None) -> dict[str, Any]:  # fmt: skip
    return {"id": f"u{n:02d}", "name": f"Đơn vị số {n:02d}", "short": short or f"ĐV{n:02d}",
            **counts(overdue, on_time, late)}


def section(plan: str, ref: str, overdue: int = 0, on_time: int = 1) -> dict[str, Any]:
    return {"plan": plan, "ref": ref, "title": f"Mục {ref}", **counts(overdue, on_time, 0)}


def data(units: list[dict[str, Any]], sections: list[dict[str, Any]] | None = None,
         reports: list[dict[str, Any]] | None = None) -> dict[str, Any]:  # fmt: skip
    return {"as_of": "2023-08-25", "totals": dict.fromkeys(CODES, 1),
            "sections": sections or [section("kh", "II")], "units": units, "targets": [],
            "reports": reports or []}


def render(payload: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> str:
    show(status_view(payload, []))
    return capsys.readouterr().out


def table_rows(out: str, title: str) -> list[str]:
    """The body rows of the table titled ``title`` (after its rule, up to the blank line)."""
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(title))
    rule = next(i for i in range(start, len(lines)) if lines[i].startswith("───"))
    end = next((i for i in range(rule, len(lines)) if not lines[i]), len(lines))
    return lines[rule + 1 : end]


def test_up_to_the_limit_every_unit_in_declaration_order(capsys: pytest.CaptureFixture[str]
                                                         ) -> None:  # fmt: skip
    units = [unit(n, overdue=n % 3) for n in range(STATUS_TABLE_ROWS)]
    out = render(data(units), capsys)
    rows = table_rows(out, "Theo đơn vị chủ trì")
    assert [r.split()[0] for r in rows] == [f"ĐV{n:02d}" for n in range(STATUS_TABLE_ROWS)]
    assert "đơn vị khác" not in out and "cần chú ý nhất" not in out


def test_many_units_show_those_most_in_need(capsys: pytest.CaptureFixture[str]) -> None:
    # 45 units: u00-u04 overdue 2, 1, 1, 1, 0 with different on-time rates; the rest all fine.
    units = [unit(n) for n in range(45)]
    units[3] = unit(3, overdue=1, on_time=1)  # rate 0.5
    units[1] = unit(1, overdue=1, on_time=3)  # rate 0.75
    units[2] = unit(2, overdue=1, on_time=0)  # rate 0.0
    units[4] = unit(4, overdue=2, on_time=9)
    units[44] = unit(44, overdue=0, on_time=0, late=1)  # nothing overdue, rate 0.0
    units[43] = unit(43, overdue=0, on_time=0)  # nothing judged yet: last of all
    out = render(data(units), capsys)
    rows = table_rows(out, "Theo đơn vị chủ trì")
    shown = [r.split()[0] for r in rows]
    assert len(shown) == STATUS_TABLE_ROWS
    assert shown[:5] == ["ĐV04", "ĐV02", "ĐV03", "ĐV01", "ĐV44"]
    assert shown[5:] == [f"ĐV{n:02d}" for n in (0, *range(5, 39))]  # ties: their own order
    assert "Theo đơn vị chủ trì: 40/45 đơn vị cần chú ý nhất" in out
    assert "… và 5 đơn vị khác: xem 'kehoach units'." in out


def test_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    set_language("en")
    out = render(data([unit(n) for n in range(41)]), capsys)
    assert "By lead unit: the 40 of 41 most in need of attention" in out
    assert "… and 1 more units: see 'kehoach units'." in out


def test_shared_short_names_give_way_to_full_names(capsys: pytest.CaptureFixture[str]) -> None:
    out = render(data([unit(1, short="VH&TT"), unit(2, short="VH&TT")]), capsys)
    assert [r.split("  ")[0] for r in table_rows(out, "Theo đơn vị chủ trì")] == [
        "Đơn vị số 01", "Đơn vị số 02"]


def test_many_sections_of_many_plans(capsys: pytest.CaptureFixture[str]) -> None:
    sections = [section(f"kh-{n:02d}", "II", overdue=1 if n == 30 else 0) for n in range(42)]
    out = render(data([unit(1)], sections), capsys)
    rows = table_rows(out, "Theo mục")
    assert len(rows) == STATUS_TABLE_ROWS
    assert rows[0].startswith("kh-30 II   Mục II")
    assert "Theo mục: 40/42 mục cần chú ý nhất" in out
    assert "… và 2 mục khác: xem 'kehoach status --json'." in out


def report(n: int, status: str, days: int = 0) -> dict[str, Any]:
    return {"kind": "report", "type": "periodic", "unit": {"id": f"u{n}", "name": f"Đơn vị {n}"},
            "period": "2023-08", "due": "2023-08-10", "status": status,
            "submitted": None if status in ("overdue", "not_due") else "2023-08-09",
            "days_overdue": days, "days_left": None}


def test_many_reports_show_the_late_first(capsys: pytest.CaptureFixture[str]) -> None:
    reports = [report(n, "done_on_time") for n in range(44)]
    reports[40] = report(40, "overdue", days=3)
    reports[41] = report(41, "overdue", days=15)
    reports[42] = report(42, "done_late")
    out = render(data([unit(1)], reports=reports), capsys)
    rows = table_rows(out, "Báo cáo tháng 8/2023")
    assert len(rows) == STATUS_TABLE_ROWS
    assert [r.split("   ")[1].strip() for r in rows[:4]] == [
        "Đơn vị 41", "Đơn vị 40", "Đơn vị 42", "Đơn vị 0"]
    assert "… và 4 báo cáo khác: xem 'kehoach overdue' và 'kehoach status --json'." in out


# ---------------------------------------------------------------- a generated province


@pytest.fixture(scope="module")
def province(tmp_path_factory: pytest.TempPathFactory) -> Path:
    sys.path.insert(0, str(REPO / "benchmarks"))
    from generate import generate, write_workspace

    root = tmp_path_factory.mktemp("province")
    write_workspace(root, generate(120, seed=2))
    return root


def test_a_province_status_fits_and_json_has_everything(province: Path) -> None:
    args = ("-w", str(province), "status", "--as-of", "2023-08-25")
    text = run_cli(*args)
    full = json.loads(run_cli(*args, "--json").stdout)
    assert text.code == 0
    assert len(full["units"]) > STATUS_TABLE_ROWS
    rows = table_rows(text.stdout, "Theo đơn vị chủ trì")
    assert len(rows) >= STATUS_TABLE_ROWS  # a long name may wrap onto a second line
    ordered = [u for u in full["units"] if not u["requested"]]  # requested bodies: apart
    more = len(ordered) - STATUS_TABLE_ROWS
    assert f"… và {more} đơn vị khác: xem 'kehoach units'." in text.stdout
    worst = max(u["overdue"] for u in ordered)
    assert f" {worst} " in rows[0]


def test_report_counts_add_up() -> None:
    """Filed (on time or late) and overdue-not-filed never count one report twice."""
    from conftest import REPO, run_cli

    fixture = REPO / "tests" / "fixtures" / "reports"
    # Owed each month: the periodic report by the six units of "tat-ca" but Phòng VH&TT, which
    # receives it (5), and the thematic one by Phòng VH&TT alone, the one city office that
    # supports an activity with its own plan (1).
    for day, line in (("2023-07-31", "Báo cáo tháng 7/2023: đã gửi 6/6 (gửi muộn 2), quá hạn "
                                     "chưa gửi 0"),
                      ("2023-09-30", "Báo cáo tháng 9/2023: đã gửi 0/6 (gửi muộn 0), quá hạn "
                                     "chưa gửi 6")):
        result = run_cli("status", "--as-of", day, cwd=fixture)
        assert line in result.stdout.splitlines(), result.stdout


def _late(n: int) -> dict[str, Any]:
    return {"kind": "task", "id": f"t{n}", "milestone": None, "ref": f"II.{n}",
            "title": f"Việc {n}", "status": "overdue", "days_overdue": 30 - n, "due": "2023-07-01",
            "unit": {"id": "u01", "name": "Đơn vị số 01"}, "requested": False, "restated_in": []}


def test_overdue_given_as_its_first_rows_and_a_total(capsys: pytest.CaptureFixture[str]) -> None:
    """``kehoach status`` builds only the ten overdue rows it shows (``overdue_head``): the
    screen is the one all of them would have drawn."""
    late = [_late(n) for n in range(25)]
    show(status_view(data([unit(1)]), late))
    whole = capsys.readouterr().out
    show(status_view(data([unit(1)]), late[:10], 25))
    assert capsys.readouterr().out == whole
    assert "Quá hạn (25)" in whole and "… và 15 việc quá hạn khác" in whole
