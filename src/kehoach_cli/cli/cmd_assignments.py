"""``kehoach assignments UNIT``: everything one unit leads or supports, groups included."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from kehoach_cli.cli import options as o
from kehoach_cli.messages import t

if TYPE_CHECKING:
    from kehoach_cli.cli.filtering import QueryFilters


def register(app: typer.Typer) -> None:
    @app.command(help=t("help.assignments"))
    def assignments(
        unit: str = typer.Argument(..., help=t("help.assignments_unit")),
        as_of: str | None = typer.Option(None, "--as-of", help=t("q.help.as_of")),
        plan: str | None = o.plan_option(),
        section: str | None = o.section_option(),
        status: str | None = o.status_option(),
        requested: bool | None = o.requested_option(),
        sort: str | None = o.sort_option(),
        as_json: bool = typer.Option(False, "--json", help=t("q.help.json")),
    ) -> None:
        from kehoach_cli.cli.common import cached_answer
        from kehoach_cli.cli.filtering import QueryFilters

        f = QueryFilters(plan, section, None, requested, status, sort)
        raise typer.Exit(cached_answer("assignments", (unit, as_of, as_json, *f.key()),
                                       lambda: run_assignments(unit, as_of, as_json, f)))


def run_assignments(unit: str, as_of: str | None, as_json: bool, f: QueryFilters) -> None:
    from kehoach_cli.cli.common import load_valid, parse_as_of
    from kehoach_cli.cli.filtering import print_json, scoped
    from kehoach_cli.queries import lists as queries
    from kehoach_cli.queries.filters import ITEM_SORTS, pick, sort_items
    from kehoach_cli.queries.status import evaluate
    from kehoach_cli.queries.unitlookup import resolve_unit

    order, statuses = f.sort_by(ITEM_SORTS), f.statuses()
    day = parse_as_of(as_of)
    ws = load_valid().workspace
    uid = resolve_unit(ws, unit)
    ws, ev = scoped(ws, evaluate(ws, day), f)
    data = queries.assignments(ws, ev, uid)
    for part in ("lead", "support"):
        data[part] = sort_items(pick(data[part], statuses), order)
    if as_json:
        print_json(data)
        return
    from kehoach_cli.render.folding import fold_occurrences
    from kehoach_cli.render.status_view import assignments_view, show

    # on screen a weekly meeting is one line: one thing the unit does (--json keeps each one)
    show(assignments_view({**data, **{p: fold_occurrences(data[p]) for p in ("lead", "support")}}))
