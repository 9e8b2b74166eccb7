"""Where a record filed against a restating clause counts: at the clause it restates.

An obligation stated twice (VI.b1 restates II.4.b1) is judged once, at the original; a unit
that files its record under the clause it read (``task: kh48-vi.b1``) has still done the
original, so every record key is redirected here, in one place, before anything is judged.

* A task that restates another wholly: its record counts for the other task, a milestone of
  it for the other task's milestone of the same id (else for the other task as a whole).
* A milestone that restates a key: its record counts for that key.
* A record for a whole task also speaks for its milestones; so for a clause one of them
  restates, it counts too, but only when the unit has no record of that clause's own.

The same index also answers the other direction, which clauses restate an obligation, for the
views that cite both clauses.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from kehoach_cli.model import Checkpoint, Workspace
from kehoach_cli.queries.perworkspace import PerWorkspace


@dataclass
class _Index:
    """One workspace's restatements, both ways, built once per workspace."""

    moved: dict[str, str] = field(default_factory=dict)  # restating key → original key
    wider: dict[str, tuple[str, ...]] = field(default_factory=dict)  # task → keys its milestones restate
    cited: dict[str, list[str]] = field(default_factory=dict)  # original key (task: "*id") → refs


def task_of(key: str) -> str:
    """The task part of a record key ("task" or "task#milestone")."""
    return key.split("#", 1)[0]


def _build(ws: Workspace) -> _Index:
    index = _Index()
    for task in ws.tasks.values():
        if task.restates is not None:
            index.moved[task.id] = task.restates
            index.cited.setdefault(f"*{task.restates}", []).append(task.ref)
            original = ws.tasks.get(task.restates)
            for m in task.milestones:
                same = original is not None and any(o.id == m.id for o in original.milestones)
                index.moved[f"{task.id}#{m.id}"] = f"{task.restates}#{m.id}" if same else task.restates
        else:
            for m in task.milestones:
                if m.restates is not None:
                    index.moved[f"{task.id}#{m.id}"] = m.restates
            said = tuple(m.restates for m in task.milestones if m.restates is not None)
            if said:
                index.wider[task.id] = said
        for m in task.milestones:
            if m.restates is not None:
                index.cited.setdefault(m.restates, []).append(task.ref)
    return index


_index = PerWorkspace(_build)


def original_key(ws: Workspace, key: str) -> str:
    """The key a record filed under ``key`` counts for (itself when nothing is restated)."""
    return _index(ws).moved.get(key, key)


def moved_keys(ws: Workspace) -> Mapping[str, str]:
    """Every restating key → the original's: ``original_key`` for a loop over every record,
    the index looked up once."""
    return _index(ws).moved


def original_task(ws: Workspace, task_id: str) -> str:
    """The task whose targets a restating task's figures count for."""
    return task_of(original_key(ws, task_id))


def whole_task_reach(ws: Workspace, task_id: str) -> tuple[str, ...]:
    """The restated clauses a record for the whole task ``task_id`` also speaks for."""
    return _index(ws).wider.get(task_id, ())


def whole_task_reaches(ws: Workspace) -> Mapping[str, tuple[str, ...]]:
    """``whole_task_reach`` of every task that has any (most workspaces: none)."""
    return _index(ws).wider


def restated_in(ws: Workspace, cp: Checkpoint) -> list[str]:
    """The refs of the clauses that state ``cp``'s obligation again (cited with it)."""
    cited = _index(ws).cited
    found = cited.get(f"*{cp.task.id}", []) + cited.get(cp.key, [])
    if cp.milestone is None and cp.key != cp.task.id:  # a part of the task's own time
        found += cited.get(cp.task.id, [])  # a milestone restating the whole task cites it
    return found
