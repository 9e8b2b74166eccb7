"""A recurring time's occurrences as one line of a list that is about tasks, not days.

``assignments`` answers "what does this unit do": a weekly meeting is one thing it does, so the
text view shows it once, with how its occurrences stand ("17 lần: 3 HT đúng hạn, 7 Quá hạn, …"),
while ``--json`` keeps one item per occurrence.  Lists that are about days (``overdue``,
``upcoming``) keep every occurrence: each missed one is a late item of its own.
"""

from __future__ import annotations

from collections import Counter

from kehoach_cli.messages import t
from kehoach_cli.queries.judged import Category, aggregate
from kehoach_cli.queries.lists import CODES, Item


def _thing(item: Item) -> tuple[object, ...]:
    milestone = item["milestone"]["id"] if item.get("milestone") else None
    return item["kind"], item["id"], milestone, item.get("time")


def fold_occurrences(items: list[Item]) -> list[Item]:
    """``items`` with each run of occurrences of the same time (the order the plan gives
    them) folded into its first item: status aggregated, the longest delay, counts in
    ``time``."""
    out: list[Item] = []
    runs: list[list[Item]] = []
    for item in items:
        if item.get("occurrence") and runs and runs[-1][0].get("occurrence") \
                and _thing(runs[-1][0]) == _thing(item):
            runs[-1].append(item)
        else:
            runs.append([item])
    for run in runs:
        out.append(run[0] if len(run) == 1 else _folded(run))
    return out


def _folded(run: list[Item]) -> Item:
    counts = Counter(item["status"] for item in run)
    detail = ", ".join(f"{counts[c]} {t(f'cat_short.{c}')}" for c in CODES if counts[c])
    status = aggregate(Category(item["status"]) for item in run)
    return {**run[0], "status": status.value,
            "days_overdue": max(item["days_overdue"] for item in run),
            "time": t("q.occurrences", time=run[0]["time"], count=len(run), detail=detail)}
