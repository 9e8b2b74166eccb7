"""``kehoach time "TEXT"``: how the reader understands a time phrase, for the clerk and tests.

``--issued`` is the plan's date (default today), for phrases without a year or counted from
the plan; ``--until`` bounds a recurrence's due days (default 31 December of the issued year).
``end`` is the last on-time day under the default reading of "trước" (day X excluded).
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
    ) -> None:
        run_time(text, issued, until, as_json)


def run_time(text: str, issued_text: str | None, until_text: str | None, as_json: bool) -> None:
    from kehoach_cli.cli.common import parse_as_of
    from kehoach_cli.problems import FatalError
    from kehoach_cli.timeexpr.expressions import TimeExprError
    from kehoach_cli.timeexpr.grammar import read_time_noted

    issued = parse_as_of(issued_text)
    until = parse_as_of(until_text) if until_text else date(issued.year, 12, 31)
    try:
        span, notes = read_time_noted(text, issued=issued)
    except TimeExprError as err:
        raise FatalError(err.code, exit_code=2, **err.params) from None
    for code, params in notes:
        sys.stderr.write(t("time.cmd.warning", message=t(code, **params)) + "\n")
    if as_json:
        print(json.dumps(reading_json(span, issued, until), ensure_ascii=False, indent=2))
        return
    print("\n".join(sentences(span, issued, until)))


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


def sentences(span: TimeSpan, issued: date, until: date) -> list[str]:
    """One sentence for the reading; a compound's parts each on their own numbered line."""
    line = _sentence(span, issued, until)
    if span.tentative:
        line = t("time.cmd.tentative", line=line)
    out = [line]
    if span.form == TimeKind.COMPOUND or span.parts:
        for n, part in enumerate(span.parts, 1):
            shown = " ".join(sentences(part, issued, until))
            out.append(f"  {n}. {part.label + ': ' if part.label else ''}{shown}")
    return out


def _sentence(span: TimeSpan, issued: date, until: date) -> str:
    kind = span.form
    if kind == TimeKind.DAY:
        return t("time.cmd.day", day=_d(span.end))
    if kind == TimeKind.DEADLINE:
        return t("time.cmd.deadline", day=_d(span.end)) + _exclusive(span)
    if kind == TimeKind.STANDING:
        if span.start is None:
            return t("time.cmd.standing")
        return t("time.cmd.standing_from", start=_d(span.start))
    if kind == TimeKind.RECURRING:
        days = due_days(span, issued, until)
        every = t(f"time.cmd.every_{span.recurrence.every if span.recurrence else 'month'}")
        listed = ", ".join(_d(d) for d in days) if days else t("time.cmd.no_due")
        return t("time.cmd.recurring", every=every, first=_d(issued), last=_d(until),
                 days=listed)
    if kind == TimeKind.COMPOUND:
        return t("time.cmd.compound", count=len(span.parts), end=_d(span.end))
    assert span.start is not None
    return t("time.cmd.period", start=_d(span.start), end=_d(span.end))


def _exclusive(span: TimeSpan) -> str:
    """"(trước ngày 15/12/2025, không tính ngày 15)" when "trước" a day excluded that day."""
    from kehoach_cli.timeexpr.pieces import normalise

    words = normalise(span.text)
    if "trước " not in words or re.search(r"[0-9] ngày trước ", words):
        return ""
    named = words.rsplit("trước ", 1)[1]
    if named.startswith(("tháng", "quý", "qúy", "năm", "6 tháng", "sáu tháng")):
        return ""  # before a period: its first day is not a day the plan named
    after = span.end + timedelta(days=1)
    return t("time.cmd.exclusive", day=_d(after), n=after.day)
