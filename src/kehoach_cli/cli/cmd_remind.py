"""``kehoach remind --as-of DATE``: a công văn đôn đốc to every unit late on a task or report."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from kehoach_cli.messages import t

if TYPE_CHECKING:
    from kehoach_cli.drafts.reminddata import RemindContext


def register(app: typer.Typer) -> None:
    @app.command(help=t("help.remind"))
    def remind(
        as_of: str | None = typer.Option(None, "--as-of", help=t("help.remind_as_of")),
        plan: str | None = typer.Option(None, "--plan", help=t("help.report_plan")),
        fmt: str | None = typer.Option(None, "--format", "-f", help=t("help.draft_format")),
        output: Path | None = typer.Option(None, "--output", "-o", help=t("help.draft_output")),
        template: Path | None = typer.Option(None, "--template", help=t("help.draft_template")),
        blank_date: bool = typer.Option(False, "--blank-date", help=t("help.draft_blank_date")),
        sender: str | None = typer.Option(None, "--sender", help=t("help.draft_sender")),
        reply_by: str | None = typer.Option(None, "--reply-by", help=t("help.remind_reply_by")),
    ) -> None:
        from kehoach_cli.cli.common import TEMPLATE_FOLDER, cached_answer

        raise typer.Exit(cached_answer(
            "remind", (as_of, plan, fmt, template, blank_date, sender, reply_by),
            lambda: run_remind(as_of, plan, fmt, output, template, blank_date, sender, reply_by),
            inputs=(template,), in_workspace=(TEMPLATE_FOLDER,), cacheable=output is None))


def run_remind(as_of: str | None, plan_id: str | None, fmt: str | None, output: Path | None,
               template: Path | None, blank_date: bool, sender: str | None = None,
               reply_by: str | None = None) -> int:
    from kehoach_cli.cli import drafts
    from kehoach_cli.cli.common import load_valid, parse_as_of, workspace_root
    from kehoach_cli.drafts.reminddata import build_remind
    from kehoach_cli.drafts.reportletter import SENDERS
    from kehoach_cli.problems import FatalError
    from kehoach_cli.queries.status import evaluate
    from kehoach_cli.timeexpr.vndate import long_date

    if sender is not None and sender not in SENDERS:
        raise FatalError("cli.bad_choice", exit_code=2, value=sender, choices=", ".join(SENDERS))
    chosen = drafts.pick_format(fmt, output, template)
    day: date = parse_as_of(as_of)
    reply = parse_as_of(reply_by) if reply_by is not None else None
    root = workspace_root()
    ws = load_valid(root).workspace
    plan = drafts.choose_plan(ws, plan_id)
    ctx = build_remind(ws, evaluate(ws, day), plan, day, blank_date, sender, reply)
    if not ctx.units:
        print(t("remind.nobody_late", date=long_date(day)))
        return 0

    def text(html: bool) -> str:
        from kehoach_cli.drafts.templating import render

        return render(f"remind.{chosen}.j2", ctx, workspace=root, template_file=template,
                      html=html)

    return drafts.emit(chosen, output, text=text, docx=lambda: _docx(ctx))


def _docx(ctx: RemindContext) -> bytes:
    from kehoach_cli.render.docx_report import remind_docx

    return remind_docx(ctx)
