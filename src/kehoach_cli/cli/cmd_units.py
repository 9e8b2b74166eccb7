"""``kehoach units``: every unit and group the plans name, with what each has to do."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from kehoach_cli.cli import options as o
from kehoach_cli.messages import t

if TYPE_CHECKING:
    from kehoach_cli.cli.filtering import QueryFilters


def register(app: typer.Typer) -> None:
    @app.command(help=t("help.units"))
    def units(
        as_of: str | None = typer.Option(None, "--as-of", help=t("q.help.as_of")),
        plan: str | None = o.plan_option(),
        section: str | None = o.section_option(),
        kind: str | None = o.kind_option(),
        requested: bool | None = o.requested_option(),
        sort: str | None = o.sort_option("q.help.sort_units"),
        as_json: bool = typer.Option(False, "--json", help=t("q.help.json")),
    ) -> None:
        from kehoach_cli.cli.common import cached_answer
        from kehoach_cli.cli.filtering import QueryFilters

        f = QueryFilters(plan, section, kind, requested, None, sort)
        raise typer.Exit(cached_answer("units", (as_of, as_json, *f.key()),
                                       lambda: run_units(as_of, as_json, f)))


def run_units(as_of: str | None, as_json: bool, f: QueryFilters) -> None:
    from kehoach_cli.cli.common import load_valid, parse_as_of
    from kehoach_cli.cli.filtering import print_json, scoped
    from kehoach_cli.queries.filters import UNIT_SORTS, sort_units
    from kehoach_cli.queries.lists import unit_counts
    from kehoach_cli.queries.status import evaluate

    order = f.sort_by(UNIT_SORTS)
    day = parse_as_of(as_of)
    ws = load_valid().workspace
    ws, ev = scoped(ws, evaluate(ws, day), f)
    data = unit_counts(ev, ws)
    data["units"], data["groups"] = sort_units(data["units"], order), sort_units(
        data["groups"], order)
    if as_json:
        print_json(data)
        return
    from kehoach_cli.render.status_view import show, units_view

    show(units_view(data))
