"""What units report each month about their tasks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from kehoach_cli.model.basics import NOWHERE, Source, quick_init

# ---------------------------------------------------------------- progress


class TaskState(StrEnum):
    NOT_STARTED = "chưa triển khai"
    IN_PROGRESS = "đang thực hiện"
    DONE = "hoàn thành"


@quick_init
@dataclass(frozen=True, slots=True)
class Figure:
    target: str
    value: int
    note: str
    source: Source = NOWHERE


@quick_init
@dataclass(frozen=True, slots=True)
class ProgressEntry:
    task: str
    milestone: str | None
    state: TaskState
    completed: date | None
    results: str
    figures: tuple[Figure, ...]
    evidence: tuple[str, ...]
    obstacles: str
    proposals: str
    source: Source = NOWHERE
    # For a recurring time: the due day of the occurrence it reports on, when it says so.
    occurrence: date | None = None

    @property
    def key(self) -> str:
        """The record key, occurrence aside: ``task`` or ``task#milestone``."""
        return self.task if self.milestone is None else f"{self.task}#{self.milestone}"


@quick_init
@dataclass(frozen=True, slots=True)
class Submission:
    """One unit's report for one month: a file of its own, so units never conflict in git."""

    unit: str
    month: tuple[int, int]
    submitted: date
    thematic_submitted: date | None
    example: bool
    entries: tuple[ProgressEntry, ...]
    source: Source = NOWHERE
    # Further periodic reports sent the same month (a weekly regime has four or five due days).
    also_submitted: tuple[date, ...] = ()

    def report_days(self) -> tuple[date, ...]:
        """Every day a periodic report was sent this month, in order."""
        return tuple(sorted((self.submitted, *self.also_submitted)))
