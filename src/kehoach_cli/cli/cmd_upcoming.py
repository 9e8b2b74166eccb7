"""``kehoach upcoming [--within 14d]``: what falls due soon, soonest first."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

import typer

from kehoach_cli.cli import options as o
from kehoach_cli.messages import t

if TYPE_CHECKING:
    from kehoach_cli.cli.filtering import QueryFilters

_WITHIN = re.compile(r"^\s*(\d{1,4})\s*(d|ngày|ngay|w|tuần|tuan|m|tháng|thang)?\s*$",
                     re.IGNORECASE)
_WEEKS = ("w", "tuần", "tuan")
_MONTHS = ("m", "tháng", "thang")


def register(app: typer.Typer) -> None:
    @app.command(help=t("help.upcoming"))
    def upcoming(
        within: str = typer.Option("14d", "--within", help=t("q.help.within")),
        unit: str | None = typer.Option(None, "--unit", "-u", help=t("q.help.unit")),
        as_of: str | None = typer.Option(None, "--as-of", help=t("q.help.as_of")),
        plan: str | None = o.plan_option(),
        section: str | None = o.section_option(),
        status: str | None = o.status_option(),
        kind: str | None = o.kind_option(),
        requested: bool | None = o.requested_option(),
        sort: str | None = o.sort_option(),
        fmt: str | None = o.format_option(),
        as_json: bool = typer.Option(False, "--json", help=t("q.help.json")),
    ) -> None:
        from kehoach_cli.cli.common import cached_answer
        from kehoach_cli.cli.filtering import QueryFilters

        f = QueryFilters(plan, section, kind, requested, status, sort)
        raise typer.Exit(cached_answer(
            "upcoming", (within, unit, as_of, fmt, as_json, *f.key()),
            lambda: run_upcoming(within, unit, as_of, f, fmt, as_json)))


def parse_within(text: str, day: date) -> int:
    """Days ahead of ``day`` from "14d", "14", "2w" or "1m" (also "14 ngày", "2 tuần",
    "1 tháng"); a month is up to the same day of the next month (or its last day); else exit 2."""
    from kehoach_cli.problems import FatalError

    match = _WITHIN.match(text)
    if match is None:
        raise FatalError("q.bad_within", exit_code=2, value=text)
    count, unit = int(match[1]), (match[2] or "d").lower()
    if unit in _MONTHS:
        return (_months_after(day, count) - day).days
    return count * (7 if unit in _WEEKS else 1)


def _months_after(day: date, count: int) -> date:
    import calendar

    year, month = divmod(day.month - 1 + count, 12)
    year += day.year
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def run_upcoming(within: str, unit: str | None, as_of: str | None, f: QueryFilters,
                 fmt: str | None, as_json: bool) -> None:
    from kehoach_cli.cli.common import load_valid, parse_as_of
    from kehoach_cli.cli.filtering import output_format, print_items, scoped
    from kehoach_cli.queries.filters import ITEM_SORTS, pick, sort_items
    from kehoach_cli.queries.lists import upcoming_items
    from kehoach_cli.queries.status import evaluate
    from kehoach_cli.queries.unitlookup import resolve_unit

    shape = output_format(fmt, as_json)
    order, statuses = f.sort_by(ITEM_SORTS), f.statuses()
    day = parse_as_of(as_of)
    days = parse_within(within, day)
    ws = load_valid().workspace
    uid = resolve_unit(ws, unit) if unit is not None else None
    ws, ev = scoped(ws, evaluate(ws, day), f)
    items = sort_items(pick(upcoming_items(ev, ws, days, uid), statuses), order)
    print_items({"as_of": day.isoformat(), "within_days": days, "items": items}, shape,
                "upcoming_view")
