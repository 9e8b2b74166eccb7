"""What an evaluation produces, and the lookups every view makes over it.

Kept apart from the rules (``status``) because views, reports and tests use these types
without caring how a judgement was reached.  Judgements are named tuples: a province makes
tens of thousands of them per run, and a frozen dataclass sets each field through
``object.__setattr__`` — four times slower to build, with the same attributes and the same
immutability.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import cached_property
from typing import NamedTuple, TypeVar

from kehoach_cli.model import Checkpoint, ProgressEntry, ReportObligation, TaskState

_T = TypeVar("_T")
_K = TypeVar("_K", bound=Hashable)


class Category(StrEnum):
    DONE_ON_TIME = "done_on_time"
    DONE_LATE = "done_late"
    IN_PROGRESS = "in_progress"
    OVERDUE = "overdue"
    NOT_DUE = "not_due"


DONE = (Category.DONE_ON_TIME, Category.DONE_LATE)
_DONE_SET = frozenset(DONE)
_STARTED = frozenset({Category.IN_PROGRESS, *DONE})


class Judgement(NamedTuple):
    """One checkpoint (task or milestone) for one responsible lead unit."""

    checkpoint: Checkpoint
    unit: str
    due: date | None
    start: date | None
    category: Category
    days_overdue: int
    days_left: int | None
    state: TaskState | None
    completed: date | None
    entry: ProgressEntry | None  # the unit's latest entry for it as of the date


# ``make(Judgement, (…))``: a judgement built without the named tuple's own ``__new__``, a
# Python function that only passes its arguments on to this one, at twice the cost; for the
# loops that make tens of thousands.  The fields are given in order, all of them.
make = tuple.__new__


class ReportJudgement(NamedTuple):
    obligation: ReportObligation
    unit: str
    month: tuple[int, int]
    due: date
    submitted: date | None
    category: Category  # done_on_time / done_late / overdue / not_due
    days_overdue: int
    days_left: int | None


@dataclass(frozen=True)
class Evaluation:
    as_of: date
    judgements: tuple[Judgement, ...]
    reports: tuple[ReportJudgement, ...]
    # checkpoint key → its judgements; ``evaluate`` passes it, having the keys at hand.
    _by_key: Mapping[str, tuple[Judgement, ...]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        if not self._by_key and self.judgements:
            index = _index(self.judgements, lambda j: j.checkpoint.key)
            object.__setattr__(self, "_by_key", index)

    # Views ask "which judgements of this task / unit / report?" once per row; scanning every
    # judgement each time made them quadratic in the size of the workspace.  Built on first use.
    @cached_property
    def _by_task(self) -> Mapping[str, tuple[Judgement, ...]]:
        return _index(self.judgements, lambda j: j.checkpoint.task.id)

    @cached_property
    def by_unit(self) -> Mapping[str, tuple[Judgement, ...]]:
        """Unit id → its judgements, in evaluation order."""
        return _index(self.judgements, lambda j: j.unit)

    @cached_property
    def _by_obligation(self) -> Mapping[int, tuple[ReportJudgement, ...]]:
        return _index(self.reports, lambda r: id(r.obligation))

    def for_checkpoint(self, checkpoint_key: str) -> tuple[Judgement, ...]:
        return self._by_key.get(checkpoint_key, ())

    def keyed(self) -> Mapping[str, tuple[Judgement, ...]]:
        """Every checkpoint key judged → its judgements (``for_checkpoint`` of each)."""
        return self._by_key

    def for_task(self, task_id: str) -> tuple[Judgement, ...]:
        return self._by_task.get(task_id, ())

    def for_obligation(self, obligation: ReportObligation) -> tuple[ReportJudgement, ...]:
        """The judgements of that very obligation (by identity, as ``r.obligation is ob``)."""
        return self._by_obligation.get(id(obligation), ())

    @cached_property
    def _categories(self) -> Mapping[str, Category]:
        return {key: judged[0].category if len(judged) == 1 else aggregate(j.category for j in judged)
                for key, judged in self._by_key.items()}

    def categories(self) -> Mapping[str, Category]:
        """Every checkpoint key judged → ``task_category`` of it, for views that count them all."""
        return self._categories

    def task_category(self, checkpoint_key: str) -> Category:
        """The checkpoint as a whole, over its lead units (see ``aggregate``)."""
        judged = self.for_checkpoint(checkpoint_key)
        if not judged:
            raise KeyError(checkpoint_key)
        if len(judged) == 1:  # most checkpoints have one lead unit
            return judged[0].category
        return aggregate(j.category for j in judged)


def _index(items: Iterable[_T], key: Callable[[_T], _K]) -> dict[_K, tuple[_T, ...]]:
    """Items grouped by ``key``, each group in the items' own order."""
    groups: dict[_K, list[_T]] = defaultdict(list)
    for item in items:
        groups[key(item)].append(item)
    return {k: tuple(v) for k, v in groups.items()}


def aggregate(categories: Iterable[Category]) -> Category:
    """One category for several units' judgements of the same thing.

    Overdue if any unit is overdue; done (late if any unit was late) only when every unit is
    done; in progress if any unit is in progress or already done; otherwise not due.
    """
    found = set(categories)
    if len(found) == 1:  # every rule below gives a lone category back unchanged
        return next(iter(found))
    if Category.OVERDUE in found:
        return Category.OVERDUE
    if found and found <= _DONE_SET:
        return Category.DONE_LATE if Category.DONE_LATE in found else Category.DONE_ON_TIME
    if found & _STARTED:
        return Category.IN_PROGRESS
    return Category.NOT_DUE
