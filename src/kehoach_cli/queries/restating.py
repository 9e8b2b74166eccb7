"""Where a record filed against a restating clause counts: at the clause it restates.

An obligation stated twice (VI.b1 restates II.4.b1) is judged once, at the original; a unit
that files its record under the clause it read (``task: kh48-vi.b1``) has still done the
original, so every record key is redirected here, in one place, before anything is judged.

* A task that restates another wholly: its record counts for the other task, a milestone of
  it for the other task's milestone of the same id (else for the other task as a whole).
* A milestone that restates a key: its record counts for that key.
* A record for a whole task also speaks for its milestones; so for a clause one of them
  restates, it counts too, but only when the unit has no record of that clause's own.
"""

from __future__ import annotations

from kehoach_cli.model import Workspace

_MAPS: dict[int, tuple[Workspace, dict[str, str], dict[str, tuple[str, ...]]]] = {}


def _task_of(key: str) -> str:
    return key.split("#", 1)[0]


def _build(ws: Workspace) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    moved: dict[str, str] = {}
    wider: dict[str, tuple[str, ...]] = {}
    for task in ws.tasks.values():
        if task.restates is not None:
            moved[task.id] = task.restates
            original = ws.tasks.get(task.restates)
            for m in task.milestones:
                same = original is not None and any(o.id == m.id for o in original.milestones)
                moved[f"{task.id}#{m.id}"] = f"{task.restates}#{m.id}" if same else task.restates
        else:
            for m in task.milestones:
                if m.restates is not None:
                    moved[f"{task.id}#{m.id}"] = m.restates
            said = tuple(m.restates for m in task.milestones if m.restates is not None)
            if said:
                wider[task.id] = said
    return moved, wider


def _maps(ws: Workspace) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    found = _MAPS.get(id(ws))
    if found is None or found[0] is not ws:
        if len(_MAPS) > 8:
            _MAPS.clear()
        found = (ws, *_build(ws))
        _MAPS[id(ws)] = found
    return found[1], found[2]


def original_key(ws: Workspace, key: str) -> str:
    """The key a record filed under ``key`` counts for (itself when nothing is restated)."""
    return _maps(ws)[0].get(key, key)


def original_task(ws: Workspace, task_id: str) -> str:
    """The task whose targets a restating task's figures count for."""
    return _task_of(original_key(ws, task_id))


def whole_task_reach(ws: Workspace, task_id: str) -> tuple[str, ...]:
    """The restated clauses a record for the whole task ``task_id`` also speaks for."""
    return _maps(ws)[1].get(task_id, ())

