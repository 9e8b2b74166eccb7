"""Which occurrence of a recurring time a record speaks of.

A task or milestone whose time comes back ("thứ Năm hằng tuần", "trước ngày 25 hằng tháng")
is judged once per occurrence (``model.occurrences``), so each record has to land on one:

* A record that says ``occurrence: YYYY-MM-DD`` is for the occurrence due that day (a day that
  is not one of them is an error, ``checks.progress``).
* Otherwise it is for the first occurrence due on or after its date — ``completed`` when done,
  else the day the report was sent — or for the last one when it comes after them all.
* A record for the whole task lands on the task's own recurring time; it does not stand for
  the occurrences of a recurring milestone unless it names one (``occurrence:``), and it does
  not stand for the task's other milestones: it reports one occurrence, not the task.

Records keep their restatement redirect (``queries.restating``) first: the occurrences are
looked up at the clause the record counts for.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from kehoach_cli.model import ProgressEntry, Workspace, occurrence_key
from kehoach_cli.queries.checkpointing import task_points
from kehoach_cli.queries.perworkspace import PerWorkspace
from kehoach_cli.queries.restating import moved_keys, original_key


@dataclass
class _Index:
    """One workspace's occurrence days, built once per workspace."""

    matched: dict[str, tuple[date, ...]] = field(default_factory=dict)  # record key → due days
    allowed: dict[str, frozenset[date]] = field(default_factory=dict)  # record key → nameable


def _build(ws: Workspace) -> _Index:
    matched: dict[str, set[date]] = {}
    allowed: dict[str, set[date]] = {}
    points = task_points(ws)  # the same occurrences as ``task.checkpoints()``, made once
    for task in ws.tasks.values():
        for cp in points(task).checkpoints:
            if cp.occurrence is None:
                continue
            record = task.id if cp.milestone is None else cp.base_key
            matched.setdefault(record, set()).add(cp.occurrence)
            allowed.setdefault(record, set()).add(cp.occurrence)
            allowed.setdefault(task.id, set()).add(cp.occurrence)  # "occurrence:" on the task
    return _Index({k: tuple(sorted(v)) for k, v in matched.items()},
                  {k: frozenset(v) for k, v in allowed.items()})


_index = PerWorkspace(_build)


def occurrence_days(ws: Workspace, key: str) -> tuple[date, ...]:
    """The due days a record filed under ``key`` (``task`` or ``task#milestone``) may name,
    in order; none when that clause has no recurring time."""
    return tuple(sorted(_index(ws).allowed.get(original_key(ws, key), ())))


def matched_day(days: tuple[date, ...], said: date) -> date | None:
    """The occurrence a record dated ``said`` is for: the first due on or after it, else the
    last; None when there is none."""
    if not days:
        return None
    return days[min(bisect_left(days, said), len(days) - 1)]


def occurrence_of(ws: Workspace, entry: ProgressEntry, submitted: date) -> date | None:
    """The due day of the occurrence a record (sent on ``submitted``) is for; None when its
    clause has no recurring time."""
    return _day(ws, original_key(ws, entry.key), entry, submitted)


def _day(ws: Workspace, key: str, entry: ProgressEntry, submitted: date) -> date | None:
    if entry.occurrence is not None:
        return entry.occurrence
    days = _index(ws).matched.get(key)
    return None if days is None else matched_day(days, entry.completed or submitted)


def record_key(ws: Workspace, entry: ProgressEntry, submitted: date) -> str:
    """The key a record counts for: the original clause's (``restating``), and for a
    recurring time that clause's occurrence (``…#lan-YYYY-MM-DD``)."""
    return record_keyer(ws)(entry, submitted)


def record_keyer(ws: Workspace) -> Callable[[ProgressEntry, date], str]:
    """``record_key`` for one workspace, its index looked up once: ``latest_entries`` asks
    for every record of a province."""
    matched = _index(ws).matched
    moved = moved_keys(ws)
    if not matched and not moved:  # nothing recurs, nothing is restated: the key as written
        return _as_written

    def key_of(entry: ProgressEntry, submitted: date) -> str:
        key = entry.key
        key = moved.get(key, key)
        if entry.occurrence is not None:
            return occurrence_key(key, entry.occurrence)
        days = matched.get(key)
        if not days:
            return key
        return occurrence_key(key, days[min(bisect_left(days, entry.completed or submitted),
                                            len(days) - 1)])

    return key_of


def _as_written(entry: ProgressEntry, submitted: date) -> str:
    """``record_key`` in a workspace where no clause recurs or restates another."""
    key = entry.key
    return key if entry.occurrence is None else occurrence_key(key, entry.occurrence)
