"""What the per-unit rows (``lists.unit_counts``) need, gathered in one pass.

Asking each of hundreds of units to walk every task made ``units`` and ``status`` quadratic
in the size of a province; gathering by unit from every judgement, then each row from its
members' shares, keeps them linear.  What a unit supports depends on the workspace alone, so
it is kept per workspace (``perworkspace``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from itertools import chain

from kehoach_cli.model import Workspace
from kehoach_cli.queries.checkpointing import task_points
from kehoach_cli.queries.judged import Category, Evaluation
from kehoach_cli.queries.perworkspace import PerWorkspace

_Refs = tuple[str, ...]


def _build_supported(ws: Workspace) -> dict[str, set[str]]:
    """Unit → the keys of the checkpoints it supports without leading them.  Tasks share
    their lead and support lists, so each list is expanded once."""
    supported: dict[str, set[str]] = {}
    points = task_points(ws)
    expanded: dict[_Refs, frozenset[str]] = {}

    def units(refs: _Refs) -> frozenset[str]:
        found = expanded.get(refs)
        if found is None:
            found = expanded[refs] = frozenset(ws.expand(refs))
        return found

    for task in ws.tasks.values():
        if not task.support:
            continue
        only = units(task.support) - units(task.lead)
        if only:
            keys = points(task).keys
            for uid in only:
                found = supported.get(uid)
                if found is None:
                    supported[uid] = set(keys)
                else:
                    found.update(keys)
    return supported


_supported = PerWorkspace(_build_supported)


class UnitIndex:
    """Each unit's judgements (their categories and checkpoint keys), what it supports and
    its overdue reports; a group's row is the union of its members' shares."""

    def __init__(self, ws: Workspace, ev: Evaluation) -> None:
        self._supported = _supported(ws)
        self._late_reports = Counter(r.unit for r in ev.reports
                                     if r.category == Category.OVERDUE)
        self._categories: dict[str, list[Category]] = {}
        self._keys: dict[str, set[str]] = {}
        categories, keys = self._categories, self._keys
        for key, judged in ev.keyed().items():
            for j in judged:
                unit = j.unit
                found = categories.get(unit)
                if found is None:
                    categories[unit] = [j.category]
                    keys[unit] = {key}
                else:
                    found.append(j.category)
                    keys[unit].add(key)

    def categories(self, members: Iterable[str]) -> Iterable[Category]:
        """The category of every judgement of these units."""
        return chain.from_iterable(self._categories.get(m, ()) for m in members)

    def lead(self, members: Iterable[str]) -> int:
        """How many checkpoints these units lead (are judged for)."""
        return len(set().union(*(self._keys.get(m, ()) for m in members)))

    def support(self, members: Iterable[str]) -> int:
        """How many checkpoints these units support without leading them."""
        return len(set().union(*(self._supported.get(m, ()) for m in members)))

    def late_reports(self, members: Iterable[str]) -> int:
        return sum(self._late_reports[m] for m in members)
