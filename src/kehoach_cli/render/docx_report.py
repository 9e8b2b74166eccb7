"""The report and the reminder letter as Word documents, built from the same context objects
as the Markdown and HTML templates (never from their output), so all three say the same."""

from __future__ import annotations

from typing import TYPE_CHECKING

from docx.enum.text import WD_ALIGN_PARAGRAPH as ALIGN
from docx.shared import Mm, Pt

from kehoach_cli.render import docx_common as dc
from kehoach_cli.render import docx_form as df

if TYPE_CHECKING:
    from kehoach_cli.drafts.reminddata import RemindContext
    from kehoach_cli.drafts.reportdata import ReportContext

STATS_WIDTHS = (12, 45, 13, 14, 14, 16, 14, 16, 21)
APPENDIX_WIDTHS = (10, 54, 20, 28, 34, 0, 26)  # 0: what is left of the landscape width


def _title(doc: dc.Doc, title: str, subject: str) -> None:
    dc.para(doc, title, bold=True, size=14, align=ALIGN.CENTER).paragraph_format.space_before = (
        Pt(12))
    p = dc.para(doc, subject, bold=True, align=ALIGN.CENTER)
    p.paragraph_format.space_after = Pt(0)
    dc.rule(doc, 30, dc.TEXT_WIDTH_MM)


def addressed(doc: dc.Doc, names: tuple[str, ...]) -> None:
    """"Kính gửi: X." on one line, or the label and one "- X;" line per addressee."""
    if len(names) == 1:
        dc.para(doc, f"Kính gửi: {names[0]}.", align=ALIGN.CENTER)
        return
    dc.para(doc, "Kính gửi:", align=ALIGN.CENTER).paragraph_format.space_after = Pt(0)
    for i, name in enumerate(names, start=1):
        p = dc.para(doc, f"- {name}{'.' if i == len(names) else ';'}", align=ALIGN.LEFT)
        p.paragraph_format.left_indent = Mm(35)
        p.paragraph_format.space_after = Pt(0)


def report_docx(ctx: ReportContext, chart_png: bytes | None = None) -> bytes:
    from kehoach_cli.drafts.templating import percent_spread

    h = ctx.headings
    doc = dc.new_document(f"{ctx.title} {ctx.subject}")
    df.page_numbers(doc)
    dc.letterhead(doc, ctx.letterhead)
    _title(doc, ctx.title, ctx.subject)
    addressed(doc, ctx.addressees)
    dc.para(doc, ctx.intro, indent=True)

    dc.heading(doc, h["results"], 1)
    for line in ctx.report_summary:
        dc.para(doc, line, indent=True)
    dc.heading(doc, h["activities"], 2)
    for a in ctx.activities:
        dc.para(doc, f"{a.number}. {a.task.title} ({a.where})", bold=True, indent=True)
        dc.items(doc, [f"Chủ trì: {a.lead}; thời gian: {a.time}; tình trạng: {a.status}.",
                       *(f"Chỉ tiêu: {t}." for t in a.targets),
                       *(r.text for r in a.records)], "")
    if not ctx.activities:
        dc.para(doc, h["no_activities"], indent=True)

    dc.heading(doc, h["stats"], 2)
    dc.para(doc, f"Tính đến ngày {_short(ctx)}:", indent=True)
    rows = [(s.number, s.name, s.total, s.on_time, s.late, s.in_progress, s.not_due, s.overdue,
             percent_spread(s)) for s in (*ctx.stats, ctx.stats_total)]
    dc.grid(doc, ctx.stats_columns, rows, STATS_WIDTHS, bold_last=True, size=11)
    if chart_png is not None and ctx.chart is not None:
        dc.para(doc, "")
        df.picture(doc, chart_png, 145, ctx.chart.caption)

    dc.heading(doc, h["shortcomings"], 1)
    _lines(doc, h["overdue"], ctx.overdue, h["no_overdue"])
    _lines(doc, h["late"], ctx.late, h["no_late"])
    if ctx.kind == "monthly":
        _lines(doc, h["reports"], ctx.report_gaps, h["no_report_gaps"])
    _lines(doc, h["obstacles"], ctx.obstacles, ctx.blank)

    dc.heading(doc, f"{h['next']} ({ctx.next_period.label})", 1)
    _lines(doc, h["next_tasks"], ctx.next_items, h["no_next"])
    _lines(doc, h["next_reports"], ctx.next_reports, ctx.blank)
    dc.heading(doc, h["proposals"], 1)
    dc.items(doc, (line.text for line in ctx.proposals), ctx.blank)
    dc.para(doc, ctx.closing, indent=True)
    dc.signature(doc, h["recipients"], ctx.recipients, ctx.signer)
    _appendix(doc, ctx)
    df.no_break_hyphens(doc)
    return dc.to_bytes(doc)


def _short(ctx: ReportContext) -> str:
    from kehoach_cli.timeexpr.vndate import short_date

    return short_date(ctx.as_of)


def _lines(doc: dc.Doc, title: str, lines: tuple[object, ...], empty: str) -> None:
    dc.heading(doc, title, 2)
    dc.items(doc, (str(getattr(line, "text", line)) for line in lines), empty)


def _appendix(doc: dc.Doc, ctx: ReportContext) -> None:
    width = dc.landscape_section(doc)
    dc.para(doc, ctx.headings["appendix"], bold=True, align=ALIGN.CENTER)
    dc.para(doc, ctx.appendix_title, bold=True, align=ALIGN.CENTER)
    dc.para(doc, ctx.appendix_note, italic=True, align=ALIGN.CENTER)
    widths = tuple(w or width - sum(APPENDIX_WIDTHS) for w in APPENDIX_WIDTHS)
    rows = [(r.number, r.content, r.lead, r.support, r.time, r.results, r.status)
            for r in ctx.appendix]
    dc.grid(doc, ctx.appendix_columns, rows, widths, size=9)


def remind_docx(ctx: RemindContext) -> bytes:
    doc = dc.new_document(ctx.letterhead.subject)
    df.page_numbers(doc)
    dc.letterhead(doc, ctx.letterhead)
    dc.para(doc, "")
    addressed(doc, ctx.addressees)
    dc.para(doc, ctx.intro, indent=True)
    if ctx.late_tasks:
        dc.para(doc, ctx.tasks_intro, bold=True, indent=True)
        for t in ctx.late_tasks:
            dc.para(doc, f"{t.mark} {t.line.text}.", indent=True)
    if ctx.units:
        dc.para(doc, ctx.units_intro, bold=True, indent=True)
        dc.items(doc, [u.text for u in ctx.units], "")
    if ctx.requested:
        dc.para(doc, ctx.requested_intro, bold=True, indent=True)
        dc.items(doc, [u.text for u in ctx.requested], "")
    dc.para(doc, ctx.closing, indent=True)
    dc.signature(doc, ctx.recipients_label, ctx.recipients, ctx.signer)
    df.no_break_hyphens(doc)
    return dc.to_bytes(doc)
