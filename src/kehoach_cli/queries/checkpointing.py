"""What each task is judged by, its checkpoints and their keys, made once per workspace.

Every view asks for a task's checkpoints, some several times a run (the evaluation, the
summary, the per-unit rows, the occurrence index), and building them again each time — new
objects, new key strings — was a third of a computed ``status`` at province scale.  A workspace
is frozen, so what its tasks give holds as long as it lives (``perworkspace``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import NamedTuple

from kehoach_cli.model import Checkpoint, Task, TimeKind, TimeSpan, Workspace
from kehoach_cli.queries.perworkspace import PerWorkspace

# The time given to a task the plan dates nowhere: no start, and an end no day can pass.
STANDING = TimeSpan(text="", start=None, end=date.max)


class Points(NamedTuple):
    """A task's checkpoints (``checkpoints``) and the key of each, in the same order."""

    checkpoints: tuple[Checkpoint, ...]
    keys: tuple[str, ...]


def checkpoints(task: Task) -> tuple[Checkpoint, ...]:
    """What a task is judged by: its checkpoints, or one standing checkpoint when undated;
    nothing for a clause that restates another, or for a recurring time with no occurrence in
    the plan's window (validate warns of it: ``checks.plancontent.no_occurrence``)."""
    if task.restates is not None:
        return ()
    found = task.checkpoints()
    if found or (task.time is not None and task.time.form == TimeKind.RECURRING):
        return found
    return (Checkpoint(task, None, STANDING),)


def is_standing(checkpoint: Checkpoint) -> bool:
    return checkpoint.time is STANDING or checkpoint.time.form == TimeKind.STANDING


def _points(task: Task) -> Points:
    time = task.time
    if (time is not None and not task.milestones and task.restates is None
            and time.recurrence is None and time.form != TimeKind.COMPOUND):
        # Most tasks: one time of their own, judged as it is, keyed by the task's id
        # (``Task.checkpoints`` gives this one checkpoint, without its general walk).
        return Points((Checkpoint(task, None, time),), (task.id,))
    found = checkpoints(task)
    return Points(found, tuple(cp.key for cp in found))


def _build(ws: Workspace) -> dict[int, Points]:
    """By the task object's id: the workspace keeps every task alive, so no id is reused
    while the table is."""
    return {id(task): _points(task) for plan in ws.plans for task in plan.tasks}


_table = PerWorkspace(_build)


def task_points(ws: Workspace) -> Callable[[Task], Points]:
    """``Points`` of a task of ``ws``, looked up in the workspace's table (a task that is not
    one of its plans' is worked out on the spot)."""
    found = _table(ws).get

    def points(task: Task) -> Points:
        return found(id(task)) or _points(task)

    return points
