"""``kehoach calendar``: deadlines, milestones and report dates as an iCalendar (.ics) file."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from kehoach_cli.messages import t


def register(app: typer.Typer) -> None:
    @app.command(help=t("help.calendar"))
    def calendar(
        output: Path | None = typer.Option(None, "--output", "-o", help=t("help.output")),
        unit: str | None = typer.Option(None, "--unit", "-u", help=t("help.calendar_unit")),
    ) -> None:
        from kehoach_cli.cli.common import cached_answer

        raise typer.Exit(cached_answer("calendar", (unit,), lambda: run_calendar(output, unit),
                                       cacheable=output is None))


def run_calendar(output: Path | None, unit: str | None) -> int:
    from kehoach_cli.cli.common import load_valid
    from kehoach_cli.queries.unitlookup import resolve_unit
    from kehoach_cli.render.calendar_export import build_calendar

    ws = load_valid().workspace
    unit_id = resolve_unit(ws, unit) if unit else None
    cal = build_calendar(ws, unit_id)
    data = bytes(cal.to_ical())
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return 0
    from kehoach_cli.editing.fsutil import write_atomic

    write_atomic(output, data)
    print(t("calendar.written", count=len(cal.walk("VEVENT")), path=output))
    return 0
