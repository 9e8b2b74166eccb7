"""Cross-file checks, each a small function returning problems; all of them are listed here.

The schema catches what one file can get wrong on its own; these catch what only the whole
workspace shows (a unit named in one file and never declared, an id used twice, a progress
record for a task that does not exist).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from kehoach_cli.checks import plancontent, plans, progress
from kehoach_cli.problems import Problem
from kehoach_cli.reading.loading import LoadResult

Check = Callable[[LoadResult], Iterable[Problem]]

CHECKS: tuple[Check, ...] = (
    plans.duplicate_ids,
    plans.unknown_units,
    plans.group_cycles,
    plans.lead_also_support,
    plans.tasks_without_document,
    plans.reporting_months,
    plancontent.restates_known,
    plancontent.outside_horizon,
    plancontent.no_occurrence,
    plancontent.unknown_metadata,
    progress.file_placement,
    progress.duplicate_submissions,
    progress.unknown_references,
    progress.dates,
    progress.figures,
)


def run_checks(result: LoadResult) -> list[Problem]:
    """All problems: those found while loading, then those of every check, in file order."""
    found = list(result.problems)
    for check in CHECKS:
        found.extend(check(result))
    return sorted(found, key=lambda p: p.sort_key())
