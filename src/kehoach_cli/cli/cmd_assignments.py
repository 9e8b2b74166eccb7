"""``kehoach assignments UNIT``: everything one unit leads or supports, groups included."""

from __future__ import annotations

import typer

from kehoach_cli.messages import t


def register(app: typer.Typer) -> None:
    @app.command(help=t("help.assignments"))
    def assignments(
        unit: str = typer.Argument(..., help=t("help.assignments_unit")),
        as_of: str | None = typer.Option(None, "--as-of", help=t("q.help.as_of")),
        as_json: bool = typer.Option(False, "--json", help=t("q.help.json")),
    ) -> None:
        from kehoach_cli.cli.common import cached_answer

        raise typer.Exit(cached_answer("assignments", (unit, as_of, as_json),
                                       lambda: run_assignments(unit, as_of, as_json)))


def run_assignments(unit: str, as_of: str | None, as_json: bool) -> None:
    from kehoach_cli.cli.common import load_valid, parse_as_of
    from kehoach_cli.queries import lists as queries
    from kehoach_cli.queries.status import evaluate
    from kehoach_cli.queries.unitlookup import resolve_unit

    day = parse_as_of(as_of)
    ws = load_valid().workspace
    data = queries.assignments(ws, evaluate(ws, day), resolve_unit(ws, unit))
    if as_json:
        import json

        print(json.dumps(data, ensure_ascii=False, indent=2))
        return
    from kehoach_cli.render.status_view import assignments_view, show

    show(assignments_view(data))
