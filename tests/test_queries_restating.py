"""A record filed against a restating clause of plan 48 counts for the clause it restates.

Expected values from the text: II.4.b1 ("trước 25/3/2023", every unit) is restated by the
milestone of VI.b1; II.3.(3)'s plan ("trước 25/3/2023", Phòng LĐTB&XH) by III.2.b1's; the
contest of II.3.(5) ("Cuối tháng 3/2023", Ban Tuyên giáo) wholly by III.10.b2.  On 1/4/2023,
with no record, all three are overdue for those units.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from conftest import REPO, run_cli


def _workspace(tmp_path: Path, unit: str, entries: str) -> Path:
    (tmp_path / "plans").mkdir(parents=True)
    shutil.copy(REPO / "plans" / "48-KH-UBND.yaml", tmp_path / "plans")
    (tmp_path / "kehoach.yaml").write_text("kehoach: 1\n", encoding="utf-8")
    folder = tmp_path / "progress" / "2023-03"
    folder.mkdir(parents=True)
    (folder / f"{unit}.yaml").write_text(
        f'kehoach: 1\nunit: {unit}\nmonth: "2023-03"\nsubmitted: 2023-03-20\n'
        f"entries:{chr(10) + entries if entries else ' []'}\n", encoding="utf-8")
    return tmp_path


def _overdue(root: Path, unit: str) -> set[str]:
    result = run_cli("--workspace", str(root), "overdue", "--as-of", "2023-04-01", "--json")
    assert (result.code, result.stderr) == (0, "")
    items: list[dict[str, Any]] = json.loads(result.stdout)["items"]
    return {i["ref"] for i in items if i["kind"] == "task" and i["unit"]["id"] == unit}


DONE = "    state: hoàn thành\n    completed: 2023-03-18\n"


def test_without_records_the_originals_are_overdue(tmp_path: Path) -> None:
    root = _workspace(tmp_path, "phong-ldtbxh", "  - task: kh48-ii.4.b1\n    state: đang thực hiện\n")
    assert {"II.4.b1", "II.3.(3)"} <= _overdue(root, "phong-ldtbxh")


def test_a_restating_milestone_record_counts_for_the_original(tmp_path: Path) -> None:
    entries = (f"  - task: kh48-vi.b1\n    milestone: ke-hoach\n{DONE}"
               f"  - task: kh48-iii.2.b1\n    milestone: ke-hoach\n{DONE}")
    root = _workspace(tmp_path, "phong-ldtbxh", entries)
    late = _overdue(root, "phong-ldtbxh")
    assert "II.4.b1" not in late and "VI.b1" not in late
    assert not any(ref.startswith("II.3.(3)") or ref.startswith("III.2") for ref in late)


def test_a_record_for_the_whole_restating_task_counts_too(tmp_path: Path) -> None:
    root = _workspace(tmp_path, "phong-ldtbxh", f"  - task: kh48-vi.b1\n{DONE}")
    assert "II.4.b1" not in _overdue(root, "phong-ldtbxh")


def test_a_record_for_a_wholly_restating_task_counts_for_the_original(tmp_path: Path) -> None:
    before = _overdue(_workspace(tmp_path / "a", "ban-tuyen-giao", ""), "ban-tuyen-giao")
    assert "II.3.(5)" in before
    root = _workspace(tmp_path / "b", "ban-tuyen-giao", f"  - task: kh48-iii.10.b2\n{DONE}")
    assert "II.3.(5)" not in _overdue(root, "ban-tuyen-giao")


def test_a_milestone_restating_a_task_is_cited_at_each_part_of_its_time(tmp_path: Path) -> None:
    from conftest import write_files
    from kehoach_cli.queries.restating import restated_in
    from kehoach_cli.queries.status import checkpoints
    from kehoach_cli.reading.loading import load_workspace

    plan = """
        kehoach: 1
        id: kh-2
        document: {number: 2/KH-UBND, date: 2025-02-20, place: Xã A, issuer: UBND xã A, title: T}
        units:
          - {id: u1, name: Phòng A}
        tasks:
          - {id: a, ref: II.1, title: Sơ kết, lead: [u1],
             time: "Quý II/2025; sơ kết trước ngày 15/7/2025"}
          - id: b
            ref: III.1
            title: Nhắc lại
            lead: [u1]
            milestones:
              - {id: m, title: Sơ kết, time: trước ngày 15/7/2025, restates: a}
    """
    ws = load_workspace(write_files(tmp_path, {"plans/p.yaml": plan})).workspace
    # II.1's own time has two parts ("a#phan-1", "a#phan-2"); III.1's milestone restates the
    # whole of II.1, so each part cites III.1
    parts = checkpoints(ws.tasks["a"])
    assert [cp.key for cp in parts] == ["a#phan-1", "a#phan-2"]
    assert [restated_in(ws, cp) for cp in parts] == [["III.1"], ["III.1"]]
