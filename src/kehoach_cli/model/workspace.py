"""A workspace: every plan, unit and record, read together, with the settings that apply."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from kehoach_cli.model.basics import Unit, UnitGroup
from kehoach_cli.model.plan import Plan, Task
from kehoach_cli.model.progress import Submission

# ---------------------------------------------------------------- workspace


class ReportPeriod(StrEnum):
    CALENDAR_MONTH = "tháng"
    DECREE_09 = "nđ09"


@dataclass(frozen=True, slots=True)
class Settings:
    """Readings of the plan that a workspace chooses once (documented in docs/plan-format.md)."""

    before_includes_day: bool = False
    working_days: bool = False
    report_period: ReportPeriod = ReportPeriod.CALENDAR_MONTH


@dataclass(frozen=True, slots=True)
class Workspace:
    root: str
    settings: Settings
    units: Mapping[str, Unit]
    groups: Mapping[str, UnitGroup]
    plans: tuple[Plan, ...]
    submissions: tuple[Submission, ...] = ()
    _tasks: Mapping[str, Task] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self._tasks:
            index = {t.id: t for p in self.plans for t in p.tasks}
            object.__setattr__(self, "_tasks", index)

    @property
    def tasks(self) -> Mapping[str, Task]:
        return self._tasks

    def name_of(self, unit_or_group: str) -> str:
        if unit_or_group in self.units:
            return self.units[unit_or_group].name
        if unit_or_group in self.groups:
            return self.groups[unit_or_group].name
        return unit_or_group

    def members(self, unit_or_group: str) -> tuple[str, ...]:
        """The units a reference stands for: itself, or a group's members."""
        group = self.groups.get(unit_or_group)
        return group.members if group is not None else (unit_or_group,)

    def expand(self, refs: tuple[str, ...]) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for ref in refs:
            for unit in self.members(ref):
                seen.setdefault(unit, None)
        return tuple(seen)
