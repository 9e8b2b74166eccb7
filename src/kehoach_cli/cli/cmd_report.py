"""``kehoach report --month YYYY-MM``: the month's report (or a thematic one) as a draft.

The officer gets a nearly finished document in the official form instead of a blank page;
what the records do not say stays "…".  Markdown goes to the screen unless ``-o`` is given.
"""

from __future__ import annotations

from dataclasses import astuple, dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from kehoach_cli.messages import t

if TYPE_CHECKING:
    from kehoach_cli.drafts.reportdata import ReportContext
    from kehoach_cli.model import Plan, Workspace

KINDS = ("monthly", "thematic")
PERIODS = {"month": "tháng", "tháng": "tháng", "thang": "tháng", "nd09": "nđ09", "nđ09": "nđ09"}


@dataclass(frozen=True)
class ReportArgs:
    month: str
    kind: str = "monthly"
    unit: str | None = None
    plan: str | None = None
    as_of: str | None = None
    period: str | None = None
    fmt: str | None = None
    output: Path | None = None
    template: Path | None = None
    blank_date: bool = False
    sender: str | None = None


def register(app: typer.Typer) -> None:
    @app.command(help=t("help.report"))
    def report(
        month: str = typer.Option(..., "--month", "-m", help=t("help.report_month")),
        kind: str = typer.Option("monthly", "--kind", "-k", help=t("help.report_kind")),
        unit: str | None = typer.Option(None, "--unit", "-u", help=t("help.report_unit")),
        plan: str | None = typer.Option(None, "--plan", help=t("help.report_plan")),
        as_of: str | None = typer.Option(None, "--as-of", help=t("help.report_as_of")),
        period: str | None = typer.Option(None, "--period", help=t("help.report_period")),
        fmt: str | None = typer.Option(None, "--format", "-f", help=t("help.draft_format")),
        output: Path | None = typer.Option(None, "--output", "-o", help=t("help.draft_output")),
        template: Path | None = typer.Option(None, "--template", help=t("help.draft_template")),
        blank_date: bool = typer.Option(False, "--blank-date", help=t("help.draft_blank_date")),
        sender: str | None = typer.Option(None, "--sender", help=t("help.draft_sender")),
    ) -> None:
        args = ReportArgs(month, kind, unit, plan, as_of, period, fmt, output, template,
                          blank_date, sender)
        from kehoach_cli.cli.common import TEMPLATE_FOLDER, cached_answer

        raise typer.Exit(cached_answer(
            "report", astuple(args), lambda: run_report(args), inputs=(template,),
            in_workspace=(TEMPLATE_FOLDER,), cacheable=output is None))


def run_report(args: ReportArgs) -> int:
    from kehoach_cli.cli import drafts
    from kehoach_cli.cli.common import load_valid, parse_as_of, workspace_root
    from kehoach_cli.drafts.reportdata import ReportOptions, build_report, default_as_of, period_of
    from kehoach_cli.drafts.reportletter import SENDERS
    from kehoach_cli.model import ReportPeriod
    from kehoach_cli.problems import FatalError
    from kehoach_cli.queries.status import evaluate

    if args.sender is not None and args.sender not in SENDERS:
        raise FatalError("cli.bad_choice", exit_code=2, value=args.sender,
                         choices=", ".join(SENDERS))
    if args.kind not in KINDS:
        raise FatalError("cli.bad_choice", exit_code=2, value=args.kind, choices=", ".join(KINDS))
    if args.period is not None and args.period.lower() not in PERIODS:
        raise FatalError("cli.bad_choice", exit_code=2, value=args.period, choices="month, nd09")
    year, month = drafts.parse_month(args.month)
    fmt = drafts.pick_format(args.fmt, args.output, args.template)
    given = parse_as_of(args.as_of) if args.as_of is not None else None
    root = workspace_root()
    ws = load_valid(root).workspace
    plan = drafts.choose_plan(ws, args.plan)
    unit = _thematic_unit(ws, plan, args.unit) if args.kind == "thematic" else None
    period = ReportPeriod(PERIODS[args.period.lower()]) if args.period else None
    opts = ReportOptions(year, month, args.kind, unit, period, None, args.blank_date,
                         args.sender)
    as_of = given or default_as_of(ws, plan, period_of(ws, opts), date.today())
    opts = replace(opts, report_date=as_of)  # dated on the day its data stops
    ctx = build_report(ws, evaluate(ws, as_of), plan, opts)
    if fmt == "html":
        ctx = replace(ctx, chart_svg=_chart_svg(ctx))
    return drafts.emit(fmt, args.output, text=lambda html: _render(ctx, root, args, fmt, html),
                       docx=lambda: _docx(ctx))


def _chart_svg(ctx: ReportContext) -> str:
    from kehoach_cli.render.chart import chart_svg

    return chart_svg(ctx.chart) if ctx.chart is not None else ""


def _render(ctx: ReportContext, root: Path, args: ReportArgs, fmt: str, html: bool) -> str:
    from kehoach_cli.drafts.templating import render

    return render(f"report_{args.kind}.{fmt}.j2", ctx, workspace=root,
                  template_file=args.template, html=html)


def _docx(ctx: ReportContext) -> bytes:
    from kehoach_cli.render.chart import chart_png
    from kehoach_cli.render.docx_report import report_docx

    return report_docx(ctx, chart_png(ctx.chart) if ctx.chart is not None else None)


def _thematic_unit(ws: Workspace, plan: Plan, text: str | None) -> str:
    """The one unit a thematic report is for: it must lead at least one task of the plan."""
    from kehoach_cli.problems import FatalError
    from kehoach_cli.queries.unitlookup import resolve_unit

    if not text:
        raise FatalError("report.unit_required", exit_code=2)
    uid = resolve_unit(ws, text)
    if uid in ws.groups:
        raise FatalError("report.unit_is_group", exit_code=2, name=ws.name_of(uid))
    if not any(uid in ws.expand(task.lead) for task in plan.tasks):
        raise FatalError("report.unit_leads_nothing", exit_code=2, name=ws.name_of(uid),
                         plan=plan.id)
    return uid
