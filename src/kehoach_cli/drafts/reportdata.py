"""The monthly report (and a lead unit's thematic report) as data, ready for any template.

Everything is a pure function of the workspace, one evaluation and the options, so a report of
any past month can be drafted again exactly.  Rules, also in docs/reports.md:

* Records of the month are the progress files of ``progress/YYYY-MM/`` filed by the as-of date.
* The data period is the calendar month, or the 15th of the previous month to the 14th
  (Nghị định 09/2019/NĐ-CP) — the workspace's ``report_period`` unless ``--period`` says.
* The default as-of date is the end of the data period, or the day the units' reports for the
  month are due if that is later (the report is compiled from them), and never after today.
  The report is dated on its as-of day, so never in the future of its data, and it claims only
  the days it covers: "số liệu từ ngày 01/8/2023 đến ngày 25/8/2023" when judged on the 25th.
* Who sends it (``sender``): the standing agency to the plan's issuer, or the issuer to the
  body above it (``reportletter``).  Units' obstacles and proposals are attributed to them.
* A task is not called done while a lead unit's latest record for the task as a whole says
  "đang thực hiện"; the five categories of ``status`` are kept apart.
* Statistics count every checkpoint a unit leads; "đang thực hiện trong hạn" takes both work in
  its window and work whose window has not opened; the on-time rate is over judged work only.
* Section III lists unfinished checkpoints that are open in the next data period or still due
  before it ends; checkpoints already overdue are in section II instead.
"""

from __future__ import annotations

from datetime import date

from kehoach_cli.drafts import docparts as dp
from kehoach_cli.drafts import reportlines as rl
from kehoach_cli.drafts import reportperiods as rp
from kehoach_cli.drafts.reportletter import ISSUER, default_sender, letter_parts
from kehoach_cli.drafts.reportmodel import (
    APPENDIX_COLUMNS,
    DECREE_09,
    HEADINGS,
    STATS_COLUMNS,
    Activity,
    ChartData,
    ReportContext,
    ReportOptions,
)
from kehoach_cli.drafts.reporttables import (
    StatsRow,
    appendix_rows,
    running_tasks,
    stats_rows,
    stats_total,
    time_text,
)
from kehoach_cli.drafts.wording import short_name, task_clause

__all__ = ["APPENDIX_COLUMNS", "STATS_COLUMNS", "ChartData", "ReportContext", "ReportOptions",
           "build_report", "covered_text", "default_as_of", "for_plan", "month_records",
           "period_of", "target_lines"]
from kehoach_cli.model import (
    Plan,
    ReportKind,
    ReportPeriod,
    Submission,
    Task,
    Workspace,
)
from kehoach_cli.queries.reports import due_days
from kehoach_cli.queries.status import (
    DONE,
    Category,
    Evaluation,
    ReportJudgement,
    aggregate,
    is_standing,
    latest_entries,
)
from kehoach_cli.timeexpr.vndate import short_date


def period_of(ws: Workspace, opts: ReportOptions) -> dp.Period:
    return dp.data_period(opts.year, opts.month, opts.period or ws.settings.report_period)


def covered_text(period: dp.Period, as_of: date) -> str:
    """"số liệu từ ngày 01/8/2023 đến ngày 25/8/2023": only the days the data really covers,
    with the Nghị định 09/2019 window named when that is the period chosen."""
    end = min(period.end, as_of)
    text = f"số liệu từ ngày {short_date(period.start)} đến ngày {short_date(end)}"
    if period.kind == ReportPeriod.DECREE_09:
        text += f", kỳ báo cáo theo {DECREE_09}"
    return text


def default_as_of(ws: Workspace, plan: Plan, period: dp.Period, today: date) -> date:
    month = (period.year, period.month)
    ends = [period.end]
    for ob in plan.reporting:
        ends += [due for m, due in due_days(ws, ob) if m == month]
    return min(today, max(ends))


def for_plan(ev: Evaluation, plan: Plan, unit: str | None = None) -> Evaluation:
    """The evaluation restricted to one plan (and one unit), so that nobody else's work enters
    the report."""
    return Evaluation(
        ev.as_of,
        tuple(j for j in ev.judgements if j.checkpoint.task.plan == plan.id
              and (unit is None or j.unit == unit)),
        tuple(r for r in ev.reports if r.obligation.plan == plan.id
              and (unit is None or r.unit == unit)),
    )


def build_report(ws: Workspace, ev: Evaluation, plan: Plan, opts: ReportOptions) -> ReportContext:
    """The monthly report; with ``kind="thematic"``, one lead unit's report on its own work
    (its tasks and only its own judgements, no statistics of other units' reports)."""
    unit = opts.unit if opts.kind == "thematic" else None
    ev = for_plan(ev, plan, unit)
    period = period_of(ws, opts)
    tasks = [t for t in plan.tasks if unit is None or unit in ws.expand(t.lead)]
    ids = {t.id for t in tasks}
    records = month_records(ws, plan, ev.as_of, (opts.year, opts.month), tasks)
    covered = covered_text(period, ev.as_of)
    sender = opts.sender or default_sender(plan)
    parts = letter_parts(ws, plan, covered, period.label, opts.report_date, opts.blank_day,
                         unit, sender)
    stats = stats_rows(ws, ev)
    running = running_tasks(ws, latest_entries(ws, ev.as_of), tasks)
    return ReportContext(
        kind=opts.kind, workspace=ws, plan=plan, evaluation=ev, as_of=ev.as_of, period=period,
        next_period=period.next(), **parts, sender=sender, covered=covered,
        report_summary=() if unit else _report_summary(plan, ev, (opts.year, opts.month)),
        activities=_activities(ws, ev, tasks, records, running),
        stats=stats, stats_total=stats_total(ev),
        overdue=_overdue(ws, ev, tasks),
        late=tuple(rl.late_line(ws, j) for j in ev.judgements
                   if j.category == Category.DONE_LATE and j.completed is not None
                   and period.contains(j.completed) and j.checkpoint.task.id in ids),
        report_gaps=() if unit else _report_gaps(ws, ev, (opts.year, opts.month)),
        obstacles=rl.note_lines(ws, records, "obstacles"),
        next_items=_next_items(ws, ev, tasks, period.next()),
        next_reports=_next_reports(ws, plan, period.next(), unit),
        proposals=_proposals(ws, records, sender, unit, parts["receiver_name"]),
        appendix=appendix_rows(ws, ev, tasks),
        appendix_title=f"Tình hình thực hiện các hoạt động theo {dp.plan_citation(plan)}",
        unit=unit,
        headings=dict(HEADINGS) if unit is None else HEADINGS | {"obstacles": "3. Khó khăn, vướng mắc"},
        chart=_chart(ws, stats, ev.as_of),
    )


def _proposals(ws: Workspace, records: tuple[rl.Record, ...], sender: str, unit: str | None,
               receiver: str) -> tuple[rl.Line, ...]:
    """The units' proposals, attributed; when the issuer reports upward, first a line for its
    own proposals to the body above, left "…" for the officer (the units' proposals were
    addressed to the issuer itself, so they cannot be its proposals upward)."""
    found = rl.note_lines(ws, records, "proposals")
    if sender == ISSUER and unit is None:
        return (rl.Line(f"Đề nghị {receiver}: {dp.BLANK}"), *found)
    return found


def _chart(ws: Workspace, stats: tuple[StatsRow, ...], as_of: date) -> ChartData | None:
    """Bars labelled by short names ("VH&TT", "Phường, xã"), one line each."""
    rows = [s for s in stats if s.rate is not None]
    if not rows:
        return None
    return ChartData(
        title=f"Tỷ lệ hoàn thành đúng hạn theo đơn vị, tính đến ngày {short_date(as_of)}",
        labels=tuple(ws.groups[s.unit].short if s.unit in ws.groups else short_name(ws, s.unit)
                     for s in rows),
        rates=tuple(s.rate for s in rows),
        caption=("Tỷ lệ = số việc hoàn thành đúng hạn / số việc đã đến hạn (hoàn thành hoặc "
                 "quá hạn); việc chưa đến hạn không tính."),
    )


def month_records(ws: Workspace, plan: Plan, as_of: date, month: tuple[int, int],
                  tasks: list[Task]) -> tuple[rl.Record, ...]:
    """Entries of the month's progress files filed by ``as_of``, in unit then entry order."""
    order = {uid: i for i, uid in enumerate(ws.units)}
    wanted = {t.id: t for t in tasks if t.plan == plan.id}
    subs: list[Submission] = sorted(
        (s for s in ws.submissions if s.month == month and s.submitted <= as_of),
        key=lambda s: (order.get(s.unit, len(order)), s.unit, s.submitted),
    )
    return tuple(rl.record(ws, wanted[e.task], s, e, s.unit)
                 for s in subs for e in s.entries if e.task in wanted)


def _activities(ws: Workspace, ev: Evaluation, tasks: list[Task],
                records: tuple[rl.Record, ...], running: set[str]) -> tuple[Activity, ...]:
    """Tasks with records this month, numbered on from their heading ("1.1", "1.2"), each
    target stated once with how far the units have come."""
    out: list[Activity] = []
    by_task: dict[str, list[rl.Record]] = {}
    for r in records:
        by_task.setdefault(r.task.id, []).append(r)
    for task in tasks:
        mine = tuple(by_task.get(task.id, ()))
        if mine:
            out.append(Activity(f"1.{len(out) + 1}", task, dp.unit_names(ws, task.lead),
                                time_text(ws, task),
                                rl.task_status(ws, ev.for_task(task.id), task, task.id in running),
                                mine, target_lines(ws, task, ev.as_of), task_clause(ws, task)))
    return tuple(out)


def target_lines(ws: Workspace, task: Task, as_of: date) -> tuple[str, ...]:
    """"Mỗi phường, xã … ít nhất 01 mô hình: 3/16 đơn vị đạt" — each target once, from every
    unit's latest figure as of the day; a city-wide target as a sum against its quantity."""
    latest: dict[tuple[str, str], int] = {}
    for sub in sorted((s for s in ws.submissions if s.submitted <= as_of),
                      key=lambda s: (s.month, s.submitted)):
        for entry in sub.entries:
            if entry.task == task.id:
                for fig in entry.figures:
                    latest[(sub.unit, fig.target)] = fig.value
    out = []
    for target in task.targets:
        owners = ws.expand(target.per if target.per_unit else task.lead)
        if target.per_unit:
            reached = sum(1 for u in owners if latest.get((u, target.id), 0) >= target.quantity)
            out.append(f"{target.description}: {reached}/{len(owners)} đơn vị đạt")
        else:
            done = sum(latest.get((u, target.id), 0) for u in owners)
            out.append(f"{target.description}: {done}/{target.quantity} {target.measure}")
    return tuple(out)


def _report_summary(plan: Plan, ev: Evaluation, month: tuple[int, int]) -> tuple[str, ...]:
    """"5/6 đơn vị đã gửi báo cáo định kỳ tháng 8/2023", per obligation and period (the
    month's one, or each quarter, week … due in the month)."""
    out = []
    for ob in plan.reporting:
        periods: dict[str, list[ReportJudgement]] = {}
        for r in ev.for_obligation(ob):
            if r.month == month:
                periods.setdefault(rp.period_name(ob, month, r.due), []).append(r)
        for period, owed in periods.items():
            filed = sum(1 for r in owed if r.category in DONE)
            out.append(f"Tính đến ngày {short_date(ev.as_of)}, {filed}/{len(owed)} đơn vị đã "
                       f"gửi {rp.named(dp.lower_first(ob.title), period)} "
                       f"({rp.due_words(ob, month, [r.due for r in owed])}).")
    return tuple(out)


def _overdue(ws: Workspace, ev: Evaluation, tasks: list[Task]) -> tuple[rl.Line, ...]:
    ids = {t.id for t in tasks}
    keys = dict.fromkeys(j.checkpoint.key for j in ev.judgements
                         if j.category == Category.OVERDUE and j.checkpoint.task.id in ids)
    return rl.overdue_lines(ws, [j for k in keys for j in ev.for_checkpoint(k)
                                 if j.category == Category.OVERDUE])


def _report_gaps(ws: Workspace, ev: Evaluation, month: tuple[int, int]) -> tuple[rl.Line, ...]:
    return rl.report_gap_lines(ws, [r for r in ev.reports if r.month == month
                                    and r.category in (Category.OVERDUE, Category.DONE_LATE)])


def _next_items(ws: Workspace, ev: Evaluation, tasks: list[Task],
                nxt: dp.Period) -> tuple[rl.Line, ...]:
    out, said = [], set()  # a recurring time's occurrences: one line, its words say when
    for task in tasks:
        for key in dict.fromkeys(j.checkpoint.key for j in ev.for_task(task.id)):
            judged = ev.for_checkpoint(key)
            cp, due = judged[0].checkpoint, judged[0].due
            if is_standing(cp) or due is None or cp.base_key in said:
                continue
            if aggregate(j.category for j in judged) in (*DONE, Category.OVERDUE):
                continue
            opens = cp.time.start or due
            if opens <= nxt.end and due >= ev.as_of:
                out.append(rl.next_line(ws, cp))
                said.add(cp.base_key)
    return tuple(out)


def _next_reports(ws: Workspace, plan: Plan, nxt: dp.Period,
                  unit: str | None) -> tuple[rl.Line, ...]:
    month = (nxt.year, nxt.month)
    out = []
    for ob in plan.reporting:
        dues = [due for m, due in due_days(ws, ob) if m == month]
        if not dues or (unit is not None and ob.kind != ReportKind.THEMATIC):
            continue
        name = rl.report_name(ob.title)
        name = name[:1].upper() + name[1:]
        if ob.every == "month":  # the month's report, named as the period of the draft
            out.append(rl.Line(f"{name} {nxt.label}: {rp.due_words(ob, month, dues)}."))
            continue
        for due in sorted(set(dues)):  # a quarter's, a week's … report: each its own due day
            out.append(rl.Line(f"{rp.named(name, rp.period_name(ob, month, due))}: "
                               f"{rp.due_words(ob, month, [due])}."))
    return tuple(out)
