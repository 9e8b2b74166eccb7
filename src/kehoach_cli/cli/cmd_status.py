"""``kehoach status``: where the whole plan stands on one screen, or as JSON."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from kehoach_cli.cli import options as o
from kehoach_cli.messages import t

if TYPE_CHECKING:
    from kehoach_cli.cli.filtering import QueryFilters


def register(app: typer.Typer) -> None:
    @app.command(help=t("help.status"))
    def status(
        as_of: str | None = typer.Option(None, "--as-of", help=t("q.help.as_of")),
        plan: str | None = o.plan_option(),
        section: str | None = o.section_option(),
        kind: str | None = o.kind_option(),
        requested: bool | None = o.requested_option(),
        as_json: bool = typer.Option(False, "--json", help=t("q.help.json")),
    ) -> None:
        from kehoach_cli.cli.common import cached_answer
        from kehoach_cli.cli.filtering import QueryFilters

        f = QueryFilters(plan, section, kind, requested)
        raise typer.Exit(cached_answer("status", (as_of, as_json, *f.key()),
                                       lambda: run_status(as_of, as_json, f)))


def run_status(as_of: str | None, as_json: bool, f: QueryFilters) -> None:
    from kehoach_cli.cli.common import load_valid, parse_as_of
    from kehoach_cli.cli.filtering import print_json, scoped
    from kehoach_cli.queries.lists import overdue_head, status_summary
    from kehoach_cli.queries.status import evaluate, paused_gc

    day = parse_as_of(as_of)
    ws = load_valid().workspace
    with paused_gc(keep=True):  # the judgements, the summary and its lines live till the end
        ws, ev = scoped(ws, evaluate(ws, day), f)
        summary = status_summary(ev, ws)
        if as_json:
            print_json(summary)
            return
        from kehoach_cli.render.status_view import STATUS_OVERDUE_ROWS, show, status_view

        shown, total = overdue_head(ev, ws, STATUS_OVERDUE_ROWS)
        show(status_view(summary, shown, total))
