"""``kehoach overdue [--unit U]``: what is late, and by how many days, longest first."""

from __future__ import annotations

import typer

from kehoach_cli.messages import t


def register(app: typer.Typer) -> None:
    @app.command(help=t("help.overdue"))
    def overdue(
        unit: str | None = typer.Option(None, "--unit", "-u", help=t("q.help.unit")),
        as_of: str | None = typer.Option(None, "--as-of", help=t("q.help.as_of")),
        as_json: bool = typer.Option(False, "--json", help=t("q.help.json")),
    ) -> None:
        from kehoach_cli.cli.common import cached_answer

        raise typer.Exit(cached_answer("overdue", (unit, as_of, as_json),
                                       lambda: run_overdue(unit, as_of, as_json)))


def run_overdue(unit: str | None, as_of: str | None, as_json: bool) -> None:
    from kehoach_cli.cli.common import load_valid, parse_as_of
    from kehoach_cli.queries.lists import overdue_items
    from kehoach_cli.queries.status import evaluate
    from kehoach_cli.queries.unitlookup import resolve_unit

    day = parse_as_of(as_of)
    ws = load_valid().workspace
    uid = resolve_unit(ws, unit) if unit is not None else None
    data = {"as_of": day.isoformat(), "items": overdue_items(evaluate(ws, day), ws, uid)}
    if as_json:
        import json

        print(json.dumps(data, ensure_ascii=False, indent=2))
        return
    from kehoach_cli.render.status_view import overdue_view, show

    show(overdue_view(data))
