"""The query commands' filters and output formats, read from the command line and applied.

What each filter means is ``queries.filters``; this module turns the options' text into it,
refusing what it cannot mean (exit 2), and prints a list of items in the chosen format.
"""

from __future__ import annotations

import sys
from dataclasses import astuple, dataclass
from typing import TYPE_CHECKING, Any

from kehoach_cli.problems import FatalError

if TYPE_CHECKING:
    from kehoach_cli.model import Workspace
    from kehoach_cli.queries.judged import Evaluation

FORMATS = ("table", "csv", "json")


@dataclass(frozen=True)
class QueryFilters:
    """The filter options as given (text, or None when absent)."""

    plan: str | None = None
    section: str | None = None
    kind: str | None = None
    requested: bool | None = None
    status: str | None = None
    sort: str | None = None

    def key(self) -> tuple[object, ...]:
        """For the result cache: the same options ask the same question."""
        return astuple(self)

    def statuses(self) -> list[str]:
        from kehoach_cli.queries.filters import STATUSES, check_choices

        found = [s.strip() for s in (self.status or "").split(",") if s.strip()]
        check_choices(found, STATUSES, "--status")
        return found

    def sort_by(self, allowed: tuple[str, ...]) -> str | None:
        from kehoach_cli.queries.filters import check_choices

        if self.sort is not None:
            check_choices([self.sort], allowed, "--sort")
        return self.sort


def scoped(ws: Workspace, ev: Evaluation, f: QueryFilters) -> tuple[Workspace, Evaluation]:
    """The workspace and evaluation narrowed to the plan, section, kind and requested asked."""
    from kehoach_cli.queries.filters import KINDS, Scope, check_choices, check_section, narrow, resolve_plan

    plan = resolve_plan(ws, f.plan) if f.plan is not None else None
    if f.section is not None:
        check_section(ws, f.section)
    if f.kind is not None:
        check_choices([f.kind], KINDS, "--kind")
    return narrow(ws, ev, Scope(plan, f.section, f.kind, f.requested))


def output_format(fmt: str | None, as_json: bool) -> str:
    """``--format``, with ``--json`` kept as the alias of ``--format json``."""
    if fmt is None:
        return "json" if as_json else "table"
    if fmt not in FORMATS:
        raise FatalError("q.bad_choice", exit_code=2, option="--format", value=fmt,
                         allowed=", ".join(FORMATS))
    if as_json and fmt != "json":
        raise FatalError("q.format_conflict", exit_code=2, value=fmt)
    return fmt


def print_json(data: Any) -> None:
    import json

    print(json.dumps(data, ensure_ascii=False, indent=2))


def print_items(data: dict[str, Any], fmt: str, view: str) -> None:
    """A list query's answer (``data["items"]``) as a table (``status_view.<view>``), CSV or
    JSON; the table's module (rich) is imported only for a table."""
    if fmt == "json":
        print_json(data)
    elif fmt == "csv":
        from kehoach_cli.render.csvout import items_csv

        sys.stdout.write(items_csv(data["items"]))
    else:
        from kehoach_cli.render import status_view

        status_view.show(getattr(status_view, view)(data))
