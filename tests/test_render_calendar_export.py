"""The .ics export, read back with icalendar: events, dates, recurrences, UIDs, reminders.

Known answers come from tests/fixtures/timeline/mini (see tests/test_render_timeline.py) and from the
bundled Kế hoạch 48/KH-UBND.
"""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar

from conftest import REPO, run_cli
from kehoach_cli.reading.loading import load_workspace
from kehoach_cli.render.calendar_export import involves, previous_events, to_ics, uid

DISTRICT = REPO / "tests" / "fixtures" / "district"
MINI = Path(__file__).parent / "fixtures" / "timeline" / "mini"


def parse(data: bytes | str) -> dict[str, Any]:
    """UID → event, after checking UIDs are unique."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    events = Calendar.from_ical(raw).walk("VEVENT")
    uids = [str(e["UID"]) for e in events]
    assert len(uids) == len(set(uids)), "duplicate UIDs"
    return dict(zip(uids, events, strict=True))


def span(event: Any) -> tuple[date, date]:
    return event.decoded("DTSTART"), event.decoded("DTEND")


@pytest.fixture(scope="module")
def mini() -> dict[str, Any]:
    return parse(to_ics(load_workspace(MINI).workspace))


def test_one_event_per_dated_checkpoint_and_report(mini: dict[str, Any]) -> None:
    assert sorted(mini) == sorted([
        "kh-mini.t1@kehoach", "kh-mini.t2@kehoach",
        # t3's own time ("Tháng 6/2024") is judged beside its milestones, so it has its event.
        "kh-mini.t3@kehoach", "kh-mini.t3#m1@kehoach", "kh-mini.t3#m2@kehoach",
        "kh-mini.r1+report@kehoach",
        # Day 30 does not exist in February: written out month by month, not as an RRULE.
        "kh-mini.r2+report-2024-01@kehoach", "kh-mini.r2+report-2024-02@kehoach",
        "kh-mini.r2+report-2024-03@kehoach",
    ])


def test_deadline_is_one_all_day_event_on_its_last_day(mini: dict[str, Any]) -> None:
    # "trước 15/4/2024": the last on-time day is 14 April; DTEND is exclusive.
    assert span(mini["kh-mini.t2@kehoach"]) == (date(2024, 4, 14), date(2024, 4, 15))
    raw = mini["kh-mini.t2@kehoach"].to_ical().decode()
    assert "DTSTART;VALUE=DATE:20240414" in raw and "DTEND;VALUE=DATE:20240415" in raw
    assert span(mini["kh-mini.t3#m2@kehoach"]) == (date(2024, 6, 15), date(2024, 6, 16))


def test_period_spans_its_days_with_exclusive_end(mini: dict[str, Any]) -> None:
    assert span(mini["kh-mini.t1@kehoach"]) == (date(2024, 3, 1), date(2024, 6, 1))


def test_monthly_report_is_an_rrule_bounded_by_the_last_month(mini: dict[str, Any]) -> None:
    event = mini["kh-mini.r1+report@kehoach"]
    assert span(event) == (date(2024, 2, 19), date(2024, 2, 20))
    rule = event["RRULE"]
    assert rule["FREQ"] == ["MONTHLY"]
    assert rule["BYMONTHDAY"] == [19]
    assert rule["UNTIL"] == [date(2024, 7, 19)]


def test_unrepresentable_days_are_written_month_by_month(mini: dict[str, Any]) -> None:
    starts = [mini[f"kh-mini.r2+report-2024-0{m}@kehoach"].decoded("DTSTART") for m in (1, 2, 3)]
    assert starts == [date(2024, 1, 30), date(2024, 2, 29), date(2024, 3, 30)]
    assert all("RRULE" not in mini[f"kh-mini.r2+report-2024-0{m}@kehoach"] for m in (1, 2, 3))


def test_working_day_rule_gives_dated_events(tmp_path: Path) -> None:
    ws_dir = tmp_path / "ws"
    shutil.copytree(MINI, ws_dir)
    (ws_dir / "kehoach.yaml").write_text("kehoach: 1\nsettings:\n  working_days: true\n",
                                         encoding="utf-8")
    events = parse(to_ics(load_workspace(ws_dir).workspace))
    r1 = sorted(e.decoded("DTSTART") for k, e in events.items() if k.startswith("kh-mini.r1"))
    # The 19th of May 2024 is a Sunday: due on Monday the 20th.  No RRULE can say that.
    assert r1 == [date(2024, 2, 19), date(2024, 3, 19), date(2024, 4, 19), date(2024, 5, 20),
                  date(2024, 6, 19), date(2024, 7, 19)]
    assert not any("RRULE" in e for e in events.values())
    # 14 April 2024 is a Sunday too: the deadline moves to Monday 15 April.
    assert span(events["kh-mini.t2@kehoach"]) == (date(2024, 4, 15), date(2024, 4, 16))


def test_reminders_three_days_before(mini: dict[str, Any]) -> None:
    alarm = mini["kh-mini.t2@kehoach"].walk("VALARM")[0]
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert alarm.decoded("TRIGGER") == -timedelta(days=3)
    assert "Còn 3 ngày" in str(alarm["DESCRIPTION"])
    # A period: counted from its (exclusive) end, so three days before its last day.
    period = mini["kh-mini.t1@kehoach"].walk("VALARM")[0]
    assert period["TRIGGER"].params["RELATED"] == "END"
    assert period.decoded("TRIGGER") == -timedelta(days=4)
    assert all(len(e.walk("VALARM")) == 1 for e in mini.values())


def test_vietnamese_summary_with_clause_and_lead(mini: dict[str, Any]) -> None:
    assert str(mini["kh-mini.t2@kehoach"]["SUMMARY"]) == (
        "[I.1.b] Ban hành kế hoạch tuyên truyền — NV B"
    )
    assert str(mini["kh-mini.t3#m1@kehoach"]["SUMMARY"]) == "[II.1] Kế hoạch hội thi — Các xã"
    description = str(mini["kh-mini.t3#m1@kehoach"]["DESCRIPTION"])
    assert "Thời gian: trước 20/2/2024 (hạn cuối: ngày 19 tháng 02 năm 2024)" in description
    assert "Nhiệm vụ: Hội thi văn nghệ" in description
    assert "Chủ trì: UBND các xã" in description
    categories = [str(c) for c in mini["kh-mini.t1@kehoach"]["CATEGORIES"].cats]
    assert categories == ["I.1 Tuyên truyền"]


def test_calendar_header() -> None:
    cal = Calendar.from_ical(to_ics(load_workspace(MINI).workspace))
    assert str(cal["PRODID"]).startswith("-//kehoach//kehoach ")
    assert str(cal["VERSION"]) == "2.0"
    assert str(cal["X-WR-CALNAME"]) == "Kế hoạch 07/KH-UBND"
    assert str(cal["X-WR-TIMEZONE"]) == "Asia/Ho_Chi_Minh"


def test_dtstamp_is_the_export_time() -> None:
    before = datetime.now(tz=UTC).replace(microsecond=0)
    events = parse(to_ics(load_workspace(MINI).workspace))
    after = datetime.now(tz=UTC)
    stamps = {e.decoded("DTSTAMP") for e in events.values()}
    assert len(stamps) == 1 and before <= stamps.pop() <= after
    fixed = datetime(2024, 2, 1, 8, 30, tzinfo=UTC)
    events = parse(to_ics(load_workspace(MINI).workspace, stamp=fixed))
    assert {e.decoded("DTSTAMP") for e in events.values()} == {fixed}


def test_sequence_grows_only_for_changed_events(tmp_path: Path) -> None:
    shutil.copytree(MINI, tmp_path / "ws")
    ws = load_workspace(tmp_path / "ws").workspace
    first = to_ics(ws)
    assert {int(e["SEQUENCE"]) for e in parse(first).values()} == {0}
    again = parse(to_ics(ws, previous=previous_events(first)))
    assert {int(e["SEQUENCE"]) for e in again.values()} == {0}  # nothing changed
    plan = next((tmp_path / "ws" / "plans").glob("*.yaml"))
    text = plan.read_text(encoding="utf-8")
    changed = load_workspace(write_plan(plan, text)).workspace
    second = to_ics(changed, previous=previous_events(first))
    bumped = {uid: int(e["SEQUENCE"]) for uid, e in parse(second).items()}
    assert bumped.pop("kh-mini.t1@kehoach") == 1
    assert set(bumped.values()) == {0}
    third = parse(to_ics(changed, previous=previous_events(second)))
    assert int(third["kh-mini.t1@kehoach"]["SEQUENCE"]) == 1  # stable across runs


def write_plan(plan: Path, text: str) -> Path:
    """The plan with task t1's title changed; returns the workspace folder."""
    lines = text.splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line.strip() == "- id: t1")
    title = next(i for i in range(at, len(lines)) if lines[i].strip().startswith("title:"))
    lines[title] = lines[title].rstrip("\n") + " (sửa đổi)\n"
    plan.write_text("".join(lines), encoding="utf-8")
    return plan.parents[1]


def test_previous_that_is_not_a_calendar_is_ignored() -> None:
    assert previous_events(b"not a calendar") == {}


def test_uid_sanitised() -> None:
    assert uid("kh", "việc 1#a") == "kh.vi%E1%BB%87c%201#a@kehoach"
    assert " " not in uid("a b", "c d")


@pytest.mark.parametrize(
    ("unit", "refs", "expected"),
    [("xa-1", ("cac-xa",), True), ("cac-xa", ("xa-2",), True), ("phong-a", ("cac-xa",), False),
     ("cac-xa", ("cac-xa",), True)],
)
def test_involves_through_groups(unit: str, refs: tuple[str, ...], expected: bool) -> None:
    assert involves(load_workspace(MINI).workspace, unit, refs) is expected


def test_unit_filter() -> None:
    ws = load_workspace(MINI).workspace
    assert sorted(parse(to_ics(ws, "phong-b"))) == [
        "kh-mini.r2+report-2024-01@kehoach", "kh-mini.r2+report-2024-02@kehoach",
        "kh-mini.r2+report-2024-03@kehoach", "kh-mini.t2@kehoach",
    ]
    assert sorted(parse(to_ics(ws, "xa-2"))) == [
        "kh-mini.r1+report@kehoach", "kh-mini.t1@kehoach",
        "kh-mini.t3#m1@kehoach", "kh-mini.t3#m2@kehoach", "kh-mini.t3@kehoach",
    ]


# ---------------------------------------------------------------- command line


def test_cli_stdout_is_byte_stable_with_source_date_epoch() -> None:
    env = {"SOURCE_DATE_EPOCH": "1706745600"}  # 2024-02-01 00:00 UTC
    first = run_cli("--workspace", str(MINI), "calendar", env=env)
    second = run_cli("--workspace", str(MINI), "calendar", env=env)
    assert "DTSTAMP:20240201T000000Z" in first.stdout
    assert first.code == 0, first.stderr
    assert first.stdout == second.stdout
    assert sorted(parse(first.stdout)) == sorted(parse(second.stdout))
    assert first.stdout.startswith("BEGIN:VCALENDAR")


def test_cli_output_file_and_unit(tmp_path: Path) -> None:
    target = tmp_path / "lich.ics"
    out = run_cli("--workspace", str(MINI), "calendar", "-o", str(target), "--unit", "nội vụ b")
    assert out.code == 0, out.stderr
    assert out.stdout.strip() == f"Đã ghi 4 sự kiện vào {target}."
    cal = Calendar.from_ical(target.read_bytes())
    assert str(cal["X-WR-CALNAME"]) == "Kế hoạch 07/KH-UBND — NV B"


def test_cli_reexport_bumps_sequence_of_changed_events(tmp_path: Path) -> None:
    shutil.copytree(MINI, tmp_path / "ws")
    target = tmp_path / "lich.ics"
    assert run_cli("--workspace", str(tmp_path / "ws"), "calendar", "-o", str(target)).code == 0
    plan = next((tmp_path / "ws" / "plans").glob("*.yaml"))
    write_plan(plan, plan.read_text(encoding="utf-8"))
    assert run_cli("--workspace", str(tmp_path / "ws"), "calendar", "-o", str(target)).code == 0
    sequences = {uid: int(e["SEQUENCE"]) for uid, e in parse(target.read_bytes()).items()}
    assert sequences.pop("kh-mini.t1@kehoach") == 1 and set(sequences.values()) == {0}
    out = run_cli("--workspace", str(tmp_path / "ws"), "calendar", "--previous", str(target))
    assert "SEQUENCE:1" in out.stdout


def test_cli_unknown_unit_is_a_usage_error() -> None:
    out = run_cli("--workspace", str(MINI), "calendar", "--unit", "không có")
    assert out.code == 2 and "Traceback" not in out.stderr


def test_cli_unwritable_output(tmp_path: Path) -> None:
    out = run_cli("--workspace", str(MINI), "calendar", "-o", str(tmp_path))
    assert out.code == 1
    assert str(tmp_path) in out.stderr and "Traceback" not in out.stderr


def test_bundled_plan_period_event() -> None:
    out = run_cli("calendar", cwd=REPO)
    assert out.code == 0, out.stderr
    events = parse(out.stdout)
    gan_bien = events["kh-48-2023.kh48-ii.3.4@kehoach"]
    assert span(gan_bien) == (date(2023, 3, 1), date(2023, 10, 1))
    assert str(gan_bien["SUMMARY"]).startswith("[II.3.(4)] Gắn biển công trình")
    assert str(gan_bien["SUMMARY"]).endswith("— Ban QLDA")
    periodic = events["kh-48-2023.bc-dinh-ky+report@kehoach"]
    assert periodic["RRULE"]["BYMONTHDAY"] == [19]
    assert periodic["RRULE"]["UNTIL"] == [date(2023, 11, 19)]
    assert periodic.decoded("DTSTART") == date(2023, 3, 19)


def test_a_workspace_with_several_plans(tmp_path: Path) -> None:
    from conftest import write_files

    plan = """
        kehoach: 1
        id: {id}
        document: {{number: {id}/KH, date: 2023-02-20, place: P, issuer: UBND, title: Kế hoạch {id}}}
        tasks:
          - {{id: t-{id}, ref: II.1, title: Việc, lead: [a], time: trước 25/3/2023}}
        """
    write_files(tmp_path, {
        "plans/units.yaml": "kehoach: 1\nunits:\n  - {id: a, name: Phòng A}\n",
        "plans/k1.yaml": plan.format(id="k1"),
        "plans/k2.yaml": plan.format(id="k2"),
    })
    cal = Calendar.from_ical(to_ics(load_workspace(tmp_path).workspace, None))
    assert sorted(str(e["UID"]) for e in cal.walk("VEVENT")) == sorted(
        [uid("k1", "t-k1"), uid("k2", "t-k2")])
    assert str(cal["X-WR-CALDESC"]) == "Kế hoạch k1; Kế hoạch k2"
    result = run_cli("calendar", cwd=tmp_path)
    assert result.code == 0 and "BEGIN:VCALENDAR" in result.stdout


def test_quarterly_and_yearly_duties_of_the_district_plan_are_in_the_calendar() -> None:
    """"trước ngày 12 của tháng cuối quý" over 2024: the 11th of March, June, September and
    December; "trước ngày 15/11 hằng năm": 14/11/2024 (worked by hand from the text)."""
    cal = Calendar.from_ical(to_ics(load_workspace(DISTRICT).workspace))
    found = {str(e["UID"]): e.decoded("dtstart") for e in cal.walk("VEVENT")
             if "+report" in str(e["UID"])}
    assert sorted(found.values()) == [date(2024, 3, 11), date(2024, 6, 11), date(2024, 9, 11),
                                      date(2024, 11, 14), date(2024, 12, 11)]
    assert "kh-15-2024.bc-quy+report-2024-06-11@kehoach" in found


def test_a_plan_without_issue_date_says_ngay_blank(tmp_path: Path) -> None:
    (tmp_path / "plans").mkdir()
    shutil.copyfile(REPO / "tests" / "corpus" / "valid" / "unknown-date.yaml",
                    tmp_path / "plans" / "kh.yaml")
    events = parse(to_ics(load_workspace(tmp_path).workspace))
    first_line = str(events["kh-9.t1@kehoach"]["DESCRIPTION"]).splitlines()[0]
    assert first_line == "Kế hoạch số 9/KH-UBND ngày … của Ủy ban nhân dân thành phố Cẩm Phả, mục II.1."
