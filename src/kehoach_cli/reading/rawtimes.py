"""Time problems of a plan file that failed its schema, so one schema error does not hide them.

When a plan file breaks the schema it is not built, and its times would go unread until the
schema error is fixed — a second round trip for the clerk.  This reads every time the raw YAML
holds where the format puts one (``horizon``, a task's and a milestone's ``time``, a report's
``time``) and reports those that cannot be read, at their own positions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from kehoach_cli.problems import Problem, problem
from kehoach_cli.reading.building import ISSUE_DATE_UNKNOWN, UNKNOWN
from kehoach_cli.reading.yamlread import YamlDoc, YamlPath, dotted
from kehoach_cli.timeexpr.expressions import TimeExprError
from kehoach_cli.timeexpr.grammar import read_time


def _entries(data: Any, key: str) -> Iterator[tuple[int, dict[str, Any]]]:
    items = data.get(key) if isinstance(data, dict) else None
    if isinstance(items, list):
        for i, item in enumerate(items):
            if isinstance(item, dict):
                yield i, item


def _times(data: Any) -> Iterator[tuple[str, YamlPath]]:
    if isinstance(data, dict) and isinstance(data.get("horizon"), str):
        yield data["horizon"], ("horizon",)
    for i, task in _entries(data, "tasks"):
        if isinstance(task.get("time"), str):
            yield task["time"], ("tasks", i, "time")
        for j, ms in _entries(task, "milestones"):
            if isinstance(ms.get("time"), str):
                yield ms["time"], ("tasks", i, "milestones", j, "time")
    for i, rep in _entries(data, "reporting"):
        if isinstance(rep.get("time"), str):
            yield rep["time"], ("reporting", i, "time")


def raw_time_problems(doc: YamlDoc) -> list[Problem]:
    data = doc.data
    document = data.get("document") if isinstance(data, dict) else None
    issued = document.get("date") if isinstance(document, dict) else None
    day = issued if isinstance(issued, dt.date) else None
    unknown = issued == UNKNOWN  # written "…": a time counted from it is an error of its own
    events: dict[str, dt.date] = {
        e["name"]: e["date"] for _, e in _entries(data, "events")
        if isinstance(e.get("name"), str) and isinstance(e.get("date"), dt.date)
    }
    found = []
    for text, path in _times(data):
        try:
            read_time(text, issued=day, events=events)
        except TimeExprError as err:
            if err.code in ISSUE_DATE_UNKNOWN and day is None and not unknown:
                continue  # the plan's date is itself among the schema errors
            code = ISSUE_DATE_UNKNOWN.get(err.code, err.code) if unknown else err.code
            found.append(problem(code, doc.source(path), dotted(path), **err.params))
    return found
