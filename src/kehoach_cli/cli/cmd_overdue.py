"""``kehoach overdue [--unit U]``: what is late, and by how many days, longest first."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from kehoach_cli.cli import options as o
from kehoach_cli.messages import t

if TYPE_CHECKING:
    from kehoach_cli.cli.filtering import QueryFilters


def register(app: typer.Typer) -> None:
    @app.command(help=t("help.overdue"))
    def overdue(
        unit: str | None = typer.Option(None, "--unit", "-u", help=t("q.help.unit")),
        as_of: str | None = typer.Option(None, "--as-of", help=t("q.help.as_of")),
        plan: str | None = o.plan_option(),
        section: str | None = o.section_option(),
        kind: str | None = o.kind_option(),
        requested: bool | None = o.requested_option(),
        sort: str | None = o.sort_option(),
        fmt: str | None = o.format_option(),
        as_json: bool = typer.Option(False, "--json", help=t("q.help.json")),
    ) -> None:
        from kehoach_cli.cli.common import cached_answer
        from kehoach_cli.cli.filtering import QueryFilters

        f = QueryFilters(plan, section, kind, requested, None, sort)
        raise typer.Exit(cached_answer("overdue", (unit, as_of, fmt, as_json, *f.key()),
                                       lambda: run_overdue(unit, as_of, f, fmt, as_json)))


def run_overdue(unit: str | None, as_of: str | None, f: QueryFilters, fmt: str | None,
                as_json: bool) -> None:
    from kehoach_cli.cli.common import load_valid, parse_as_of
    from kehoach_cli.cli.filtering import output_format, print_items, scoped
    from kehoach_cli.queries.filters import ITEM_SORTS, sort_items
    from kehoach_cli.queries.lists import overdue_items
    from kehoach_cli.queries.status import evaluate, paused_gc
    from kehoach_cli.queries.unitlookup import resolve_unit

    shape = output_format(fmt, as_json)
    order = f.sort_by(ITEM_SORTS)
    day = parse_as_of(as_of)
    ws = load_valid().workspace
    uid = resolve_unit(ws, unit) if unit is not None else None
    with paused_gc(keep=True):  # the judgements, the items and their lines live till the end
        ws, ev = scoped(ws, evaluate(ws, day), f)
        items = sort_items(overdue_items(ev, ws, uid), order)
        print_items({"as_of": day.isoformat(), "items": items}, shape, "overdue_view")
