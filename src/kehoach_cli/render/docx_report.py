"""The report and the reminder letter as Word documents, built from the same context objects
as the Markdown and HTML templates (never from their output), so all three say the same."""

from __future__ import annotations

from typing import TYPE_CHECKING

from docx.enum.text import WD_ALIGN_PARAGRAPH as ALIGN
from docx.shared import Mm, Pt

from kehoach_cli.render import docx_common as dc

if TYPE_CHECKING:
    from kehoach_cli.drafts.reminddata import RemindContext
    from kehoach_cli.drafts.reportdata import ReportContext


def _title(doc: dc.Doc, title: str, subject: str) -> None:
    dc.para(doc, title, bold=True, size=14, align=ALIGN.CENTER).paragraph_format.space_before = (
        Pt(12))
    dc.para(doc, subject, bold=True, align=ALIGN.CENTER)


def report_docx(ctx: ReportContext) -> bytes:
    from kehoach_cli.drafts.templating import percent

    h = ctx.headings
    doc = dc.new_document(f"{ctx.title} {ctx.subject}")
    dc.letterhead(doc, ctx.letterhead)
    _title(doc, ctx.title, ctx.subject)
    if ctx.addressee:
        dc.para(doc, f"Kính gửi: {ctx.addressee}", align=ALIGN.CENTER)
    dc.para(doc, ctx.intro, indent=True)

    dc.heading(doc, h["results"], 1)
    for line in ctx.report_summary:
        dc.para(doc, line, indent=True)
    dc.heading(doc, h["activities"], 2)
    for a in ctx.activities:
        dc.para(doc, f"{a.number}. {a.task.title} (mục {a.task.ref})", bold=True, indent=True)
        dc.items(doc, [f"Chủ trì: {a.lead}; thời gian: {a.time}", f"Tình trạng: {a.status}.",
                       *(r.text for r in a.records)], "")
    if not ctx.activities:
        dc.para(doc, h["no_activities"], indent=True)

    dc.heading(doc, h["stats"], 2)
    dc.para(doc, f"Tính đến ngày {_short(ctx)}:", indent=True)
    rows = [(s.number, s.name, s.total, s.on_time, s.late, s.pending, s.overdue, percent(s.rate))
            for s in (*ctx.stats, ctx.stats_total)]
    dc.grid(doc, ctx.stats_columns, rows, (13, 48, 16, 17, 17, 20, 17, 17), bold_last=True)

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
    dc.para(doc, "./.")
    dc.signature(doc, h["recipients"], ctx.recipients, ctx.signer)
    _appendix(doc, ctx)
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
    fixed = (13, 55, 32, 32, 35, 0, 28)
    widths = tuple(w or width - sum(fixed) for w in fixed)
    rows = [(r.number, r.content, r.lead, r.support, r.time, r.results, r.status)
            for r in ctx.appendix]
    dc.grid(doc, ctx.appendix_columns, rows, widths)


def remind_docx(ctx: RemindContext) -> bytes:
    doc = dc.new_document(ctx.letterhead.subject)
    dc.letterhead(doc, ctx.letterhead)
    dc.para(doc, "")
    if len(ctx.addressees) == 1:
        dc.para(doc, f"Kính gửi: {ctx.addressees[0]}.", align=ALIGN.CENTER)
    else:
        dc.para(doc, "Kính gửi:", align=ALIGN.CENTER)
        for i, name in enumerate(ctx.addressees, start=1):
            end = "." if i == len(ctx.addressees) else ";"
            p = dc.para(doc, f"- {name}{end}", align=ALIGN.LEFT)
            p.paragraph_format.left_indent = Mm(45)
    dc.para(doc, ctx.intro, indent=True)
    for u in ctx.units:
        dc.para(doc, f"{u.number}. {u.name}:", bold=True, indent=True)
        dc.items(doc, [line.text for line in (*u.tasks, *u.reports)], "")
    dc.para(doc, ctx.closing, indent=True)
    dc.signature(doc, ctx.recipients_label, ctx.recipients, ctx.signer)
    return dc.to_bytes(doc)
