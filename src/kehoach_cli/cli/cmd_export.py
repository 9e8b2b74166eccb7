"""``kehoach export``: the tracking table as an Excel workbook, CSV or JSON."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from kehoach_cli.cli import options as o
from kehoach_cli.messages import t

DEFAULT_XLSX = Path("theo-doi-tien-do.xlsx")
FORMATS = ("xlsx", "csv", "json")
SHEETS = ("tasks", "reports")


def register(app: typer.Typer) -> None:
    @app.command(help=t("help.export"))
    def export(
        fmt: str = typer.Option("xlsx", "--format", help=t("x.help.format")),
        as_of: str | None = typer.Option(None, "--as-of", help=t("q.help.as_of")),
        plan: str | None = o.plan_option(),
        sheet: str = typer.Option("tasks", "--sheet", help=t("x.help.sheet")),
        output: Path | None = typer.Option(None, "--output", "-o", help=t("x.help.output")),
    ) -> None:
        from kehoach_cli.cli.common import cached_answer

        to_file = output is not None or fmt == "xlsx"
        raise typer.Exit(cached_answer(
            "export", (fmt, as_of, plan, sheet),
            lambda: run_export(fmt, as_of, plan, sheet, output), cacheable=not to_file))


def run_export(fmt: str, as_of: str | None, plan: str | None, sheet: str,
               output: Path | None) -> int:
    from kehoach_cli.cli.common import load_valid, parse_as_of
    from kehoach_cli.cli.filtering import QueryFilters, scoped
    from kehoach_cli.queries.filters import check_choices
    from kehoach_cli.queries.status import evaluate
    from kehoach_cli.queries.tracking import report_rows, task_rows

    check_choices([fmt], FORMATS, "--format")
    check_choices([sheet], SHEETS, "--sheet")
    day = parse_as_of(as_of)
    ws = load_valid().workspace
    ws, ev = scoped(ws, evaluate(ws, day), QueryFilters(plan=plan))
    tasks, reports = task_rows(ws, ev), report_rows(ws, ev)
    data = _encode(fmt, sheet, day.isoformat(), tasks, reports)
    if output is None and fmt != "xlsx":
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return 0
    target = output or DEFAULT_XLSX
    _write(target, data)
    print(t("x.written", path=target, tasks=len(tasks), reports=len(reports)))
    return 0


def _encode(fmt: str, sheet: str, as_of: str, tasks: list[dict[str, object]],
            reports: list[dict[str, object]]) -> bytes:
    if fmt == "xlsx":
        from kehoach_cli.render.tracking_xlsx import workbook_bytes

        return workbook_bytes(tasks, reports, t("x.title"))
    from kehoach_cli.queries.tracking import REPORT_KEYS, TASK_KEYS, jsonable

    if fmt == "json":
        import json

        data = {"as_of": as_of, "tasks": jsonable(tasks), "reports": jsonable(reports)}
        return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    from kehoach_cli.render.csvout import to_csv

    keys, rows = (TASK_KEYS, tasks) if sheet == "tasks" else (REPORT_KEYS, reports)
    return to_csv(keys, ([row[k] for k in keys] for row in jsonable(rows))).encode("utf-8")


def _write(path: Path, data: bytes) -> None:
    from kehoach_cli.editing.fsutil import write_atomic

    write_atomic(path, data)  # a failure is already a located FatalError
