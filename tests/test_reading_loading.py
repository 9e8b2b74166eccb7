"""The loader: settings, group expansion, derived relations, and going on past bad files."""

from __future__ import annotations

from pathlib import Path

from conftest import write_files
from kehoach_cli.checks import run_checks
from kehoach_cli.model import Relation
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
