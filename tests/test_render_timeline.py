"""The Gantt chart: geometry on a small plan with known dates, then the real command line.

The fixture (tests/fixtures/timeline/mini) runs February to July 2024; as of 20 April 2024:
t1 is a March–May period, t2 a deadline "trước 15/4/2024" (last day 14 April, done 10 April),
t3 has milestones m1 "trước 20/2/2024" (overdue) and m2 "ngày 15/6/2024", t4 has no time, and
report r1 is due on the 19th of every month.

The plain-text picture is also kept as a golden file; after a deliberate change of layout or
wording, regenerate it with ``KEHOACH_UPDATE_GOLDEN=1 pytest tests/test_render_timeline.py``.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from conftest import run_cli, write_files
from kehoach_cli.model import Workspace
from kehoach_cli.queries.status import evaluate
from kehoach_cli.reading.loading import load_workspace
from kehoach_cli.render.timegrid import Mark, choose_per_month, split_month
from kehoach_cli.render.timeline import RowKind, Timeline, default_range, layout, row_categories
from kehoach_cli.render.timeline_rich import lines, plain, side_room, text_width, truncate

MINI = Path(__file__).parent / "fixtures" / "timeline" / "mini"
GOLDEN = Path(__file__).parent / "golden" / "timeline_mini_100.txt"
UPDATE = bool(os.environ.get("KEHOACH_UPDATE_GOLDEN"))
AS_OF = date(2024, 4, 20)


@pytest.fixture(scope="module")
def ws() -> Workspace:
    result = load_workspace(MINI)
    assert result.problems == []
    return result.workspace


def chart(ws: Workspace, width: int = 100, unit: str | None = None,
          first: tuple[int, int] = (2024, 2), last: tuple[int, int] = (2024, 7)) -> Timeline:
    cats = row_categories(ws, evaluate(ws, AS_OF), unit)
    built = layout(ws, AS_OF, cats, room=side_room(width), first=first, last=last, unit=unit)
    assert built is not None
    return built


def row(tl: Timeline, key: str) -> tuple[Mark, ...]:
    return next(r.marks for r in tl.rows if r.key == key)


def cols(marks: tuple[Mark, ...], *wanted: Mark) -> list[int]:
    return [i for i, m in enumerate(marks) if m in wanted]


# ---------------------------------------------------------------- geometry


def test_months_split_into_quarters_and_halves() -> None:
    quarters = split_month(2024, 2, 4)
    assert [(c.start.day, c.end.day) for c in quarters] == [(1, 7), (8, 14), (15, 21), (22, 29)]
    halves = split_month(2023, 8, 2)
    assert [(c.start.day, c.end.day) for c in halves] == [(1, 15), (16, 31)]
    assert [(c.start.day, c.end.day) for c in split_month(2023, 9, 1)] == [(1, 30)]


def test_default_range_is_the_horizon(ws: Workspace) -> None:
    assert default_range(ws) == ((2024, 2), (2024, 7))


def test_period_bar_covers_exactly_its_months(ws: Workspace) -> None:
    tl = chart(ws)
    assert tl.per_month == 4 and len(tl.cells) == 24
    # March to May are months 1..3 of the chart: cells 4..15.
    assert cols(row(tl, "t1"), Mark.BAR) == list(range(4, 16))


def test_deadline_marker_in_the_cell_of_its_last_day(ws: Workspace) -> None:
    tl = chart(ws)
    # "trước 15/4/2024" ends on 14 April: April's second quarter (8–15) is cell 9.
    assert cols(row(tl, "t2"), Mark.DEADLINE) == [9]
    # "trước 20/2/2024" ends on 19 February: third quarter (15–21), cell 2.
    assert cols(row(tl, "t3#m1"), Mark.DEADLINE) == [2]
    # A single day is drawn like a deadline: 15 June is in June's second quarter, cell 17.
    assert cols(row(tl, "t3#m2"), Mark.DEADLINE) == [17]
    assert cols(row(tl, "t3"), Mark.BAR) == [16, 17, 18, 19]


def test_report_marks_every_month(ws: Workspace) -> None:
    tl = chart(ws)
    # Due on the 19th (before the 20th): third quarter of each month.
    assert cols(row(tl, "kh-mini:r1"), Mark.DEADLINE) == [2, 6, 10, 14, 18, 22]


def test_as_of_column_on_every_row_where_nothing_else_is(ws: Workspace) -> None:
    tl = chart(ws)
    assert tl.asof_col == 10  # 20 April: April's third quarter
    for r in tl.rows:
        if r.key not in ("t1", "kh-mini:r1"):
            assert r.marks[10] is Mark.ASOF, r.key
    assert row(tl, "t1")[10] is Mark.BAR


def test_bars_clipped_by_the_range_show_arrows(ws: Workspace) -> None:
    tl = chart(ws, first=(2024, 4), last=(2024, 4))
    assert row(tl, "t1")[0] is Mark.BEFORE and row(tl, "t1")[-1] is Mark.AFTER
    assert all(r.key != "t3" for r in tl.rows)  # nothing of t3 falls in April


def test_rows_grouped_by_section_in_order(ws: Workspace) -> None:
    tl = chart(ws)
    assert [(r.kind, r.key) for r in tl.rows] == [
        (RowKind.SECTION, "I"), (RowKind.SECTION, "I.1"),
        (RowKind.TASK, "t1"), (RowKind.TASK, "t2"),
        (RowKind.SECTION, "II"),
        (RowKind.TASK, "t3"), (RowKind.MILESTONE, "t3#m1"), (RowKind.MILESTONE, "t3#m2"),
        (RowKind.SECTION, "III"),
        (RowKind.REPORT, "kh-mini:r1"), (RowKind.REPORT, "kh-mini:r2"),
    ]
    assert tl.undated == 1
    assert next(r.label for r in tl.rows if r.key == "t1") == "  I.1.a Treo băng rôn, khẩu hiệu"


def test_categories_follow_the_status_rules(ws: Workspace) -> None:
    tl = chart(ws)
    got = {r.key: r.category for r in tl.rows if r.kind is not RowKind.SECTION}
    assert got == {
        "t1": "in_progress", "t2": "done_on_time",
        "t3": "overdue", "t3#m1": "overdue", "t3#m2": "not_due",
        "kh-mini:r1": "overdue", "kh-mini:r2": "overdue",
    }


@pytest.mark.parametrize(
    ("unit", "keys"),
    [
        ("phong-b", ["t2", "kh-mini:r2"]),
        ("xa-1", ["t1", "t3", "t3#m1", "t3#m2", "kh-mini:r1"]),
        ("cac-xa", ["t1", "t3", "t3#m1", "t3#m2", "kh-mini:r1"]),
    ],
)
def test_unit_filter_keeps_what_the_unit_leads_supports_or_reports(
    ws: Workspace, unit: str, keys: list[str]
) -> None:
    tl = chart(ws, unit=unit)
    assert [r.key for r in tl.rows if r.kind is not RowKind.SECTION] == keys


# ---------------------------------------------------------------- fitting the width


@pytest.mark.parametrize(("width", "per_month"), [(60, 2), (100, 4), (160, 4)])
def test_every_line_fits_the_width(ws: Workspace, width: int, per_month: int) -> None:
    tl = chart(ws, width)
    assert tl.per_month == per_month
    text = plain(lines(tl, "Kế hoạch số 07/KH-UBND — tình trạng ngày 20 tháng 4 năm 2024",
                       width, colour=False))
    assert max(text_width(line) for line in text.splitlines()) <= width


def test_whole_months_when_narrow_and_refusal_when_too_narrow() -> None:
    assert choose_per_month(12, 12 * 2 + 24) == 2
    assert choose_per_month(12, 12 + 24) == 1
    assert choose_per_month(12, 12 + 10) == 1
    assert choose_per_month(12, 12 + 9) is None


def test_truncate_keeps_width_and_marks_the_cut() -> None:
    assert truncate("Gắn biển công trình", 10) == "Gắn biển…"
    assert text_width(truncate("Gắn biển công trình", 10)) <= 10
    assert truncate("ngắn", 10) == "ngắn"


# ---------------------------------------------------------------- command line


def test_cli_plain_text_matches_golden() -> None:
    out = run_cli("--workspace", str(MINI), "timeline", "--as-of", "2024-04-20")
    assert out.code == 0, out.stderr
    assert "\x1b" not in out.stdout
    if UPDATE:
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(out.stdout, encoding="utf-8")
    assert out.stdout == GOLDEN.read_text(encoding="utf-8")


def test_cli_honours_columns_and_language() -> None:
    out = run_cli("--workspace", str(MINI), "--lang", "en", "timeline", "--as-of", "2024-04-20",
                  env={"COLUMNS": "60"})
    assert out.code == 0, out.stderr
    assert "\x1b" not in out.stdout
    assert max(text_width(line) for line in out.stdout.splitlines()) <= 60
    assert "status on 20 April 2024" in out.stdout
    assert "done on time" in out.stdout


def test_cli_unit_by_name_without_accents() -> None:
    out = run_cli("--workspace", str(MINI), "timeline", "--as-of", "2024-04-20",
                  "--unit", "noi vu b")
    assert out.code == 0, out.stderr
    assert "I.1.b Ban hành" in out.stdout and "I.1.a" not in out.stdout
    assert "Phòng Nội vụ B" in out.stdout.splitlines()[0]


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--from", "2024-13"], "--from '2024-13'"),
        (["--from", "2024-06", "--to", "2024-03"], "--from 2024-06"),
        (["--as-of", "hôm qua"], "hôm qua"),
        (["--unit", "không có"], "không có"),
    ],
)
def test_cli_bad_options_are_usage_errors(args: list[str], needle: str) -> None:
    out = run_cli("--workspace", str(MINI), "timeline", *args)
    assert out.code == 2
    assert needle in out.stderr and "Traceback" not in out.stderr


def test_cli_too_narrow_says_what_to_do() -> None:
    out = run_cli("--workspace", str(MINI), "timeline", env={"COLUMNS": "20"})
    assert out.code == 2
    assert "--from/--to" in out.stderr


def test_cli_no_dates_at_all(tmp_path: Path) -> None:
    write_files(tmp_path, {"plans/p.yaml": """
        kehoach: 1
        id: p
        document: {number: 1/KH, date: 2024-01-01, place: A, issuer: B, title: C}
        units: [{id: u, name: Đơn vị U}]
        tasks: [{id: x, ref: I.1, title: Việc, lead: [u]}]
    """})
    out = run_cli("--workspace", str(tmp_path), "timeline")
    assert out.code == 1
    assert "--from" in out.stderr


def test_bundled_plan_draws() -> None:
    out = run_cli("timeline", "--as-of", "2023-08-25")
    assert out.code == 0, out.stderr
    assert "II.3.(4) Gắn biển" in out.stdout
    assert "ngày 25 tháng 8 năm 2023" in out.stdout
    assert max(text_width(line) for line in out.stdout.splitlines()) <= 100


def test_no_color_on_a_terminal_draws_no_colour_swatches(tmp_path: Path) -> None:
    """NO_COLOR on a terminal: no legend of identical blocks; each row names its status."""
    from kehoach_cli.render.timeline_rich import category_label

    fixture = Path(__file__).parent / "fixtures" / "reports"
    result = run_cli("timeline", "--as-of", "2023-08-25", cwd=fixture,
                     env={"FORCE_COLOR": "1", "NO_COLOR": "1"})
    assert result.code == 0, result.stderr
    assert "\x1b[" not in result.stdout
    assert f"█ {category_label('overdue')}" not in result.stdout
