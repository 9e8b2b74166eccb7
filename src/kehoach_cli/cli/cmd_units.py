"""``kehoach units``: every unit and group the plans name, with what each has to do."""

from __future__ import annotations

import typer

from kehoach_cli.messages import t


def register(app: typer.Typer) -> None:
    @app.command(help=t("help.units"))
    def units(
        as_of: str | None = typer.Option(None, "--as-of", help=t("q.help.as_of")),
        as_json: bool = typer.Option(False, "--json", help=t("q.help.json")),
    ) -> None:
        from kehoach_cli.cli.common import cached_answer

        raise typer.Exit(cached_answer("units", (as_of, as_json),
                                       lambda: run_units(as_of, as_json)))


def run_units(as_of: str | None, as_json: bool) -> None:
    from kehoach_cli.cli.common import load_valid, parse_as_of
    from kehoach_cli.queries.lists import unit_counts
    from kehoach_cli.queries.status import evaluate

    day = parse_as_of(as_of)
    ws = load_valid().workspace
    data = unit_counts(evaluate(ws, day), ws)
    if as_json:
        import json

        print(json.dumps(data, ensure_ascii=False, indent=2))
        return
    from kehoach_cli.render.status_view import show, units_view

    show(units_view(data))
