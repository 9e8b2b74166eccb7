"""``kehoach status``: where the whole plan stands on one screen, or as JSON."""

from __future__ import annotations

import typer

from kehoach_cli.messages import t


def register(app: typer.Typer) -> None:
    @app.command(help=t("help.status"))
    def status(
        as_of: str | None = typer.Option(None, "--as-of", help=t("q.help.as_of")),
        as_json: bool = typer.Option(False, "--json", help=t("q.help.json")),
    ) -> None:
        from kehoach_cli.cli.common import cached_answer

        raise typer.Exit(cached_answer("status", (as_of, as_json),
                                       lambda: run_status(as_of, as_json)))


def run_status(as_of: str | None, as_json: bool) -> None:
    from kehoach_cli.cli.common import load_valid, parse_as_of
    from kehoach_cli.queries.lists import overdue_items, status_summary
    from kehoach_cli.queries.status import evaluate

    day = parse_as_of(as_of)
    ws = load_valid().workspace
    ev = evaluate(ws, day)
    summary = status_summary(ev, ws)
    if as_json:
        import json

        print(json.dumps(summary, ensure_ascii=False, indent=2))
        return
    from kehoach_cli.render.status_view import show, status_view

    show(status_view(summary, overdue_items(ev, ws)))
