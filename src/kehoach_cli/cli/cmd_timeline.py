"""``kehoach timeline``: the plan as a Gantt chart in the terminal (plain text in a pipe)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from kehoach_cli.messages import t

if TYPE_CHECKING:
    from kehoach_cli.model import Workspace
    from kehoach_cli.render.timegrid import Month


def register(app: typer.Typer) -> None:
    @app.command(help=t("help.timeline"))
    def timeline(
        unit: str | None = typer.Option(None, "--unit", "-u", help=t("help.timeline_unit")),
        first: str | None = typer.Option(None, "--from", help=t("help.timeline_from")),
        last: str | None = typer.Option(None, "--to", help=t("help.timeline_to")),
        as_of: str | None = typer.Option(None, "--as-of", help=t("q.help.as_of")),
    ) -> None:
        from kehoach_cli.cli.common import cached_answer

        raise typer.Exit(cached_answer("timeline", (unit, first, last, as_of),
                                       lambda: run_timeline(unit, first, last, as_of)))


def parse_month_option(option: str, value: str | None) -> Month | None:
    """``--from``/``--to``: a month as YYYY-MM (or as plans write it, "8/2023"); exit 2 else."""
    from kehoach_cli.problems import FatalError
    from kehoach_cli.timeexpr.expressions import TimeExprError, parse_month

    if value is None:
        return None
    try:
        return parse_month(value)
    except TimeExprError:
        raise FatalError("timeline.bad_month", exit_code=2, option=option, value=value) from None


def month_range(ws: Workspace, first: Month | None, last: Month | None) -> tuple[Month, Month]:
    """The options where given, the plans' own range for the rest."""
    from kehoach_cli.problems import FatalError
    from kehoach_cli.render.timeline import default_range

    if first is None or last is None:
        found = default_range(ws)
        if found is None:
            raise FatalError("timeline.no_dates", exit_code=1)
        first, last = first or found[0], last or found[1]
    if first > last:
        raise FatalError("timeline.reversed", exit_code=2,
                         first=f"{first[0]}-{first[1]:02d}", last=f"{last[0]}-{last[1]:02d}")
    return first, last


def title(ws: Workspace, unit: str | None, as_of_text: str) -> str:
    plans = ", ".join(t("timeline.plan", number=p.document.number) for p in ws.plans)
    if unit is None:
        return t("timeline.title", plans=plans, date=as_of_text)
    return t("timeline.title_unit", plans=plans, unit=ws.name_of(unit), date=as_of_text)


def run_timeline(unit: str | None, first: str | None, last: str | None,
                 as_of: str | None) -> int:
    from kehoach_cli.cli.common import load_valid, parse_as_of
    from kehoach_cli.problems import FatalError
    from kehoach_cli.queries.status import evaluate
    from kehoach_cli.queries.unitlookup import resolve_unit
    from kehoach_cli.render.timegrid import months_between
    from kehoach_cli.render.timeline import layout, row_categories
    from kehoach_cli.render.timeline_rich import print_timeline, side_room, terminal_width
    from kehoach_cli.timeexpr.vndate import long_date

    day = parse_as_of(as_of)
    wanted = parse_month_option("--from", first), parse_month_option("--to", last)
    ws = load_valid().workspace
    unit_id = resolve_unit(ws, unit) if unit else None
    lo, hi = month_range(ws, *wanted)
    width = terminal_width()
    categories = row_categories(ws, evaluate(ws, day), unit_id)
    chart = layout(ws, day, categories, room=side_room(width), first=lo, last=hi, unit=unit_id)
    if chart is None:
        raise FatalError("timeline.too_narrow", exit_code=2, width=width,
                         months=len(months_between(lo, hi)))
    print_timeline(chart, title(ws, unit_id, long_date(day)), width)
    return 0
