"""Each task's checkpoints and keys, made once per workspace.

Expected values from the plans' text: tests/fixtures/queries t1 "trước 25/3/2023" (its own
time), t2 two milestones and no time of its own, t4 no time at all (one standing checkpoint);
tests/fixtures/recurring t-hop "thứ Năm hằng tuần" under a plan issued on Thursday 5/9/2024
with a horizon to the end of December: one occurrence each Thursday, 5/9 to 26/12 (17).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from kehoach_cli.model import Workspace
from kehoach_cli.queries.checkpointing import STANDING, checkpoints, task_points
from kehoach_cli.reading.loading import load_workspace

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def ws() -> Workspace:
    return load_workspace(FIXTURES / "queries").workspace


def test_keys_as_the_plan_states_them(ws: Workspace) -> None:
    points = task_points(ws)
    assert points(ws.tasks["t1"]).keys == ("t1",)
    assert points(ws.tasks["t2"]).keys == ("t2#ke-hoach", "t2#tong-ket")
    [standing] = points(ws.tasks["t4"]).checkpoints
    assert standing.time is STANDING and points(ws.tasks["t4"]).keys == ("t4",)


def test_one_checkpoint_per_occurrence() -> None:
    ws = load_workspace(FIXTURES / "recurring").workspace
    keys = task_points(ws)(ws.tasks["t-hop"]).keys
    assert len(keys) == 17
    assert (keys[0], keys[1], keys[-1]) == (
        "t-hop#lan-2024-09-05", "t-hop#lan-2024-09-12", "t-hop#lan-2024-12-26")


def test_the_same_as_worked_out_one_task_at_a_time(ws: Workspace) -> None:
    points = task_points(ws)
    for task in ws.tasks.values():
        found = points(task)
        assert found.checkpoints == checkpoints(task)
        assert found.keys == tuple(cp.key for cp in checkpoints(task))


def test_made_once_per_workspace(ws: Workspace) -> None:
    task = ws.tasks["t2"]
    assert task_points(ws)(task) is task_points(ws)(task)
    assert task_points(ws)(task).checkpoints[0] is task_points(ws)(task).checkpoints[0]


def test_a_task_from_elsewhere_is_worked_out_on_the_spot(ws: Workspace) -> None:
    other = replace(ws.tasks["t2"], id="t9")
    assert task_points(ws)(other).keys == ("t9#ke-hoach", "t9#tong-ket")


@pytest.mark.parametrize("root", [FIXTURES / "queries", FIXTURES / "recurring", FIXTURES / "reports",
                                  FIXTURES / "district", FIXTURES / "timeline" / "mini",
                                  FIXTURES.parents[1]], ids=lambda p: p.name)
def test_every_task_as_its_own_checkpoints_give_it(root: Path) -> None:
    """The shortcut for a task with one plain time of its own among them."""
    ws = load_workspace(root).workspace
    points = task_points(ws)
    assert ws.tasks
    for task in ws.tasks.values():
        assert points(task) == (checkpoints(task), tuple(cp.key for cp in checkpoints(task)))
