"""``kehoach time "TEXT"``: how the reader understands a time phrase, for the clerk and tests.

``--issued`` is the plan's date (default today), for phrases without a year or counted from
the plan; ``--until`` bounds a recurrence's due days (default 31 December of the issued year).
``end`` is the last on-time day under the workspace's reading of "trước" (``before_includes_day``
in kehoach.yaml, found as every command finds its workspace), which ``--before-includes-day`` /
``--before-excludes-day`` override; outside a workspace day X is excluded, the default.
"""

from __future__ import annotations

import json
import re
import sys
from datetime import date, timedelta
from typing import Any

import typer

from kehoach_cli.messages import t
from kehoach_cli.model import TimeKind, TimeSpan


def register(app: typer.Typer) -> None:
    @app.command(name="time", help=t("help.time"))
    def time_(
        text: str = typer.Argument(..., help=t("time.help.text")),
        issued: str | None = typer.Option(None, "--issued", help=t("time.help.issued")),
        until: str | None = typer.Option(None, "--until", help=t("time.help.until")),
        as_json: bool = typer.Option(False, "--json", help=t("q.help.json")),
        before: bool | None = typer.Option(None, "--before-includes-day/--before-excludes-day",
                                           help=t("time.help.before")),
    ) -> None:
        run_time(text, issued, until, as_json, before)


def workspace_reading(given: bool | None) -> bool:
    """Whether "trước ngày X" includes X: as given, else the workspace's, else not."""
    from kehoach_cli.cli.common import workspace_root
    from kehoach_cli.problems import FatalError, Severity
    from kehoach_cli.reading.loading import read_settings
    from kehoach_cli.render.reporters import Display, text

    if given is not None:
        return given
    try:
        root = workspace_root()
    except FatalError as err:
        if err.code != "ws.not_found":
            raise
        return False
    settings, problems = read_settings(root)
    errors = [p for p in problems if p.severity == Severity.ERROR]
    if errors:
        sys.stderr.write(text(errors, Display(root)) + "\n")
        raise FatalError("ws.invalid", exit_code=1, count=len(errors))
    return settings.before_includes_day


def run_time(text: str, issued_text: str | None, until_text: str | None, as_json: bool,
             before: bool | None = None) -> None:
    from kehoach_cli.cli.common import parse_as_of
    from kehoach_cli.problems import FatalError
    from kehoach_cli.timeexpr.expressions import TimeExprError
    from kehoach_cli.timeexpr.grammar import read_time_noted

    issued = parse_as_of(issued_text)
    until = parse_as_of(until_text) if until_text else date(issued.year, 12, 31)
    inclusive = workspace_reading(before)
    try:
        span, notes = read_time_noted(text, issued=issued, before_includes_day=inclusive)
    except TimeExprError as err:
        raise FatalError(err.code, exit_code=2, **err.params) from None
    for code, params in notes:
        sys.stderr.write(t("time.cmd.warning", message=t(code, **params)) + "\n")
    if as_json:
        print(json.dumps(reading_json(span, issued, until), ensure_ascii=False, indent=2))
        return
    print("\n".join(sentences(span, issued, until, inclusive)))


def _iso(day: date | None) -> str | None:
    return None if day is None or day == date.max else day.isoformat()


def due_days(span: TimeSpan, first: date, last: date) -> list[date]:
    """Every due day of ``span`` from ``first`` through ``last``; ``[end]`` for one-off times."""
    if span.recurrence is not None:
        return list(span.recurrence.due_days(first, last))
    if span.is_open:
        return []
    return [span.end]


def reading_json(span: TimeSpan, issued: date, until: date) -> dict[str, Any]:
    return {
        "text": span.text,
        "kind": span.form.value,
        "start": _iso(span.start),
        "end": _iso(span.end),
        "tentative": span.tentative,
        "due": [d.isoformat() for d in due_days(span, issued, until)],
        "parts": [reading_json(p, issued, until) for p in span.parts],
    }


def _d(day: date) -> str:
    from kehoach_cli.timeexpr.vndate import table_date

    return table_date(day)


def sentences(span: TimeSpan, issued: date, until: date, inclusive: bool = False) -> list[str]:
    """One sentence for the reading, after its label ("sơ kết: …"); a compound's parts each on
    their own numbered line."""
    line = _sentence(span, issued, until, inclusive)
    if span.tentative:
        line = t("time.cmd.tentative", line=line)
    out = [f"{span.label}: {line}" if span.label else line]
    if span.form == TimeKind.COMPOUND or span.parts:
        for n, part in enumerate(span.parts, 1):
            out.append(f"  {n}. {' '.join(sentences(part, issued, until, inclusive))}")
    return out


def _sentence(span: TimeSpan, issued: date, until: date, inclusive: bool) -> str:
    kind = span.form
    if kind == TimeKind.DAY:
        return t("time.cmd.day", day=_d(span.end))
    if kind == TimeKind.DEADLINE:
        return t("time.cmd.deadline", day=_d(span.end)) + _named_day(span, inclusive)
    if kind == TimeKind.STANDING:
        if span.start is None:
            return t("time.cmd.standing")
        return t("time.cmd.standing_from", start=_d(span.start))
    if kind == TimeKind.RECURRING:
        days = due_days(span, issued, until)
        every = t(f"time.cmd.every_{span.recurrence.every if span.recurrence else 'month'}")
        listed = ", ".join(_d(d) for d in days) if days else t("time.cmd.no_due")
        line = t("time.cmd.recurring", every=every, first=_d(issued), last=_d(until), days=listed)
        return line + _recurring_reading(span, inclusive)
    if kind == TimeKind.COMPOUND:
        return t("time.cmd.compound", count=len(span.parts), end=_d(span.end))
    assert span.start is not None
    return t("time.cmd.period", start=_d(span.start), end=_d(span.end))


def _recurring_reading(span: TimeSpan, inclusive: bool) -> str:
    """A recurrence "trước ngày 25" moves its due days by the reading of "trước": say which."""
    from kehoach_cli.timeexpr.pieces import normalise

    if "trước " not in normalise(span.text):
        return ""
    return t("time.cmd.recurring_inclusive" if inclusive else "time.cmd.recurring_exclusive")


def _named_day(span: TimeSpan, inclusive: bool) -> str:
    """"(trước ngày 15/12/2025, không tính ngày 15)", or "tính cả ngày 15": which reading of
    "trước" a day gave the deadline."""
    from kehoach_cli.timeexpr.pieces import normalise

    words = normalise(span.text)
    if "trước " not in words or re.search(r"[0-9] ngày trước ", words):
        return ""
    named = words.rsplit("trước ", 1)[1]
    if named.startswith(("tháng", "quý", "qúy", "năm", "6 tháng", "sáu tháng")):
        return ""  # before a period: its first day is not a day the plan named
    if inclusive:
        return t("time.cmd.inclusive", day=_d(span.end), n=span.end.day)
    after = span.end + timedelta(days=1)
    return t("time.cmd.exclusive", day=_d(after), n=after.day)
