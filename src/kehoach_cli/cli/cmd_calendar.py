"""``kehoach calendar``: deadlines, milestones and report dates as an iCalendar (.ics) file."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import typer

from kehoach_cli.messages import t

EPOCH = "SOURCE_DATE_EPOCH"  # the reproducible-builds convention: a fixed DTSTAMP


def register(app: typer.Typer) -> None:
    @app.command(help=t("help.calendar"))
    def calendar(
        output: Path | None = typer.Option(None, "--output", "-o", help=t("help.output")),
        unit: str | None = typer.Option(None, "--unit", "-u", help=t("help.calendar_unit")),
        previous: Path | None = typer.Option(None, "--previous", help=t("help.calendar_previous")),
    ) -> None:
        from kehoach_cli.cli.common import cached_answer

        epoch = os.environ.get(EPOCH)
        # replaying a cached answer would repeat an old DTSTAMP, unless the stamp is fixed
        raise typer.Exit(cached_answer(
            "calendar", (unit, epoch), lambda: run_calendar(output, unit, previous),
            inputs=(previous,), cacheable=output is None and epoch is not None))


def _previous(path: Path | None) -> dict[str, tuple[int, str]]:
    """The last export's events: ``--previous``, else the file about to be replaced."""
    from kehoach_cli.render.calendar_export import previous_events

    if path is None or not path.is_file():
        return {}
    try:
        return previous_events(path.read_bytes())
    except OSError:
        return {}


def run_calendar(output: Path | None, unit: str | None, previous: Path | None) -> int:
    from kehoach_cli.cli.common import load_valid
    from kehoach_cli.queries.unitlookup import resolve_unit
    from kehoach_cli.render.calendar_export import build_calendar, export_time

    ws = load_valid().workspace
    unit_id = resolve_unit(ws, unit) if unit else None
    cal = build_calendar(ws, unit_id, stamp=export_time(os.environ.get(EPOCH)),
                         previous=_previous(previous or output))
    data = bytes(cal.to_ical())
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return 0
    from kehoach_cli.editing.fsutil import write_atomic

    write_atomic(output, data)
    print(t("calendar.written", count=len(cal.walk("VEVENT")), path=output))
    return 0
