"""``kehoach upcoming [--within 14d]``: what falls due soon, soonest first."""

from __future__ import annotations

import re

import typer

from kehoach_cli.messages import t

_WITHIN = re.compile(r"^\s*(\d{1,4})\s*(d|ngày|ngay|w|tuần|tuan)?\s*$", re.IGNORECASE)


def register(app: typer.Typer) -> None:
    @app.command(help=t("help.upcoming"))
    def upcoming(
        within: str = typer.Option("14d", "--within", help=t("q.help.within")),
        unit: str | None = typer.Option(None, "--unit", "-u", help=t("q.help.unit")),
        as_of: str | None = typer.Option(None, "--as-of", help=t("q.help.as_of")),
        as_json: bool = typer.Option(False, "--json", help=t("q.help.json")),
    ) -> None:
        from kehoach_cli.cli.common import cached_answer

        raise typer.Exit(cached_answer("upcoming", (within, unit, as_of, as_json),
                                       lambda: run_upcoming(within, unit, as_of, as_json)))


def parse_within(text: str) -> int:
    """Days ahead from "14d", "14" or "2w" (also "14 ngày", "2 tuần"); else exit 2."""
    from kehoach_cli.problems import FatalError

    match = _WITHIN.match(text)
    if match is None:
        raise FatalError("q.bad_within", exit_code=2, value=text)
    weeks = (match[2] or "d").lower() in ("w", "tuần", "tuan")
    return int(match[1]) * (7 if weeks else 1)


def run_upcoming(within: str, unit: str | None, as_of: str | None, as_json: bool) -> None:
    from kehoach_cli.cli.common import load_valid, parse_as_of
    from kehoach_cli.queries.lists import upcoming_items
    from kehoach_cli.queries.status import evaluate
    from kehoach_cli.queries.unitlookup import resolve_unit

    days = parse_within(within)
    day = parse_as_of(as_of)
    ws = load_valid().workspace
    uid = resolve_unit(ws, unit) if unit is not None else None
    items = upcoming_items(evaluate(ws, day), ws, days, uid)
    data = {"as_of": day.isoformat(), "within_days": days, "items": items}
    if as_json:
        import json

        print(json.dumps(data, ensure_ascii=False, indent=2))
        return
    from kehoach_cli.render.status_view import show, upcoming_view

    show(upcoming_view(data))
