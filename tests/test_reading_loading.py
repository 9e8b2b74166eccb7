"""The loader: settings, group expansion, derived relations, and going on past bad files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conftest import write_files
from kehoach_cli.checks import run_checks
from kehoach_cli.model import Relation
from kehoach_cli.problems import Severity
from kehoach_cli.reading.loading import find_workspace, load_workspace

UNITS = """
    kehoach: 1
    units:
      - {id: a, name: Phòng A}
      - {id: x1, name: UBND xã 1}
      - {id: x2, name: UBND xã 2}
      - {id: mttq, name: MTTQ, relation: đề nghị}
    groups:
      - {id: xa, name: Các xã, members: [x1, x2]}
      - {id: tat-ca, name: Tất cả, members: [a, xa, x1]}
    """
PLAN = """
    kehoach: 1
    id: kh
    document: {number: 1/KH, date: 2023-02-20, place: P, issuer: UBND, title: T}
    tasks:
      - {id: t1, ref: II.1, title: Một, lead: [mttq], time: trước 25/3/2023}
      - {id: t2, ref: III.2, title: Hai, lead: [a], support: [tat-ca], requested: true}
    """


def test_units_shared_across_files_and_nested_groups_expand(tmp_path: Path) -> None:
    write_files(tmp_path, {"plans/units.yaml": UNITS, "plans/kh.yaml": PLAN})
    result = load_workspace(tmp_path)
    ws = result.workspace
    assert run_checks(result) == []
    assert ws.groups["tat-ca"].members == ("a", "x1", "x2")
    assert ws.expand(("xa", "a", "x2")) == ("x1", "x2", "a")
    assert ws.units["mttq"].relation is Relation.REQUESTED


def test_requested_follows_the_lead_unless_written(tmp_path: Path) -> None:
    write_files(tmp_path, {"plans/units.yaml": UNITS, "plans/kh.yaml": PLAN})
    tasks = load_workspace(tmp_path).workspace.tasks
    assert tasks["t1"].requested is True and tasks["t1"].section == "II"
    assert tasks["t2"].requested is True and tasks["t2"].time is None


def test_settings_change_the_reading_of_truoc(tmp_path: Path) -> None:
    write_files(tmp_path, {"plans/units.yaml": UNITS, "plans/kh.yaml": PLAN})
    assert str(load_workspace(tmp_path).workspace.tasks["t1"].time.end) == "2023-03-24"  # type: ignore[union-attr]
    write_files(tmp_path, {"kehoach.yaml": "kehoach: 1\nsettings: {before_includes_day: true}\n"})
    ws = load_workspace(tmp_path).workspace
    assert ws.settings.before_includes_day is True
    assert str(ws.tasks["t1"].time.end) == "2023-03-25"  # type: ignore[union-attr]


def test_a_broken_file_does_not_hide_problems_in_others(tmp_path: Path) -> None:
    write_files(tmp_path, {"plans/units.yaml": "kehoach: 1\nunits: [\n", "plans/kh.yaml": PLAN})
    problems = run_checks(load_workspace(tmp_path))
    files = {(p.source.file, p.code) for p in problems}
    assert ("plans/units.yaml", "load.syntax") in files
    assert ("plans/kh.yaml", "check.unknown_unit") in files


def test_entities_remember_where_they_were_written(tmp_path: Path) -> None:
    write_files(tmp_path, {"plans/units.yaml": UNITS, "plans/kh.yaml": PLAN})
    ws = load_workspace(tmp_path).workspace
    assert str(ws.tasks["t2"].source) == "plans/kh.yaml:6:5"
    assert str(ws.units["x1"].source) == "plans/units.yaml:4:5"


def test_find_workspace_walks_up(tmp_path: Path) -> None:
    write_files(tmp_path, {"kehoach.yaml": "kehoach: 1\n", "progress/2023-08/x.yaml": "x: 1\n"})
    assert find_workspace(tmp_path / "progress" / "2023-08") == tmp_path.resolve()


UNKNOWN_DATE = """
    kehoach: 1
    id: kh
    document: {number: 1/KH, date: "…", place: P, issuer: UBND, title: T}
    units:
      - {id: a, name: Phòng A}
    tasks:
      - {id: t1, ref: II.1, title: Một, lead: [a], time: trước 25/3/2025}
      - {id: t2, ref: II.2, title: Hai, lead: [a], time: từ nay đến hết tháng 6/2025}
    """


def test_unknown_issue_date_is_none_and_a_located_warning(tmp_path: Path) -> None:
    write_files(tmp_path, {"plans/kh.yaml": UNKNOWN_DATE.replace("từ nay đến hết", "hết")})
    result = load_workspace(tmp_path)
    assert result.workspace.plans[0].document.date is None
    assert result.workspace.tasks["t1"].time is not None
    assert result.workspace.tasks["t1"].time.end == date(2025, 3, 24)
    found = [(p.code, p.severity, p.source.line, p.source.col, p.yaml_path)
             for p in run_checks(result)]
    # line 3, the value after 'document: {number: 1/KH, date: ' (31 characters)
    assert found == [("check.unknown_issue_date", Severity.WARNING, 3, 32, "document.date")]


def test_time_counted_from_an_unknown_issue_date_is_an_error_there(tmp_path: Path) -> None:
    write_files(tmp_path, {"plans/kh.yaml": UNKNOWN_DATE})
    result = load_workspace(tmp_path)
    assert result.workspace.tasks["t2"].time is None
    assert result.workspace.tasks["t1"].time is not None  # not counted from the issue date
    errors = [(p.code, p.source.line, p.yaml_path, p.params) for p in result.problems]
    assert errors == [("time.issue_date_unknown", 8, "tasks[1].time",
                       {"text": "từ nay đến hết tháng 6/2025"})]


def test_unknown_issue_date_in_a_file_with_schema_errors_still_explains_its_times(
        tmp_path: Path) -> None:
    """The file is not built (a misspelt field), yet its times are read raw: the one that
    takes its year from the unknown date says so, rather than being skipped."""
    text = UNKNOWN_DATE.replace("từ nay đến hết tháng 6/2025", "trước ngày 10/4")
    write_files(tmp_path, {"plans/kh.yaml": text.replace("    id: kh\n", "    id: kh\n    idd: 1\n")})
    codes = [(p.code, p.yaml_path) for p in load_workspace(tmp_path).problems]
    assert ("time.year_from_unknown_date", "tasks[1].time") in codes
    assert ("schema.unknown_field_hint", "idd") in codes
