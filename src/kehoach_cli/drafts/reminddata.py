"""The reminder letter (công văn đôn đốc) as data: who is late, on what, by how many days.

Addressed to every unit that, on the as-of date, has an overdue checkpoint it leads or a
periodic or thematic report of the plan that is past due and not filed.  Units are listed in
the order the plan declares them; a unit's tasks in plan order, then its reports by month.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kehoach_cli.drafts import docparts as dp
from kehoach_cli.drafts.reportdata import for_plan
from kehoach_cli.drafts.reportlines import Line, checkpoint_name
from kehoach_cli.model import Plan, TaskState, Workspace
from kehoach_cli.queries.status import Category, Evaluation, Judgement, ReportJudgement
from kehoach_cli.timeexpr.vndate import short_date, vn_month


@dataclass(frozen=True)
class LateUnit:
    number: int
    unit: str
    name: str
    tasks: tuple[Line, ...]
    reports: tuple[Line, ...]


@dataclass(frozen=True)
class RemindContext:
    workspace: Workspace
    plan: Plan
    evaluation: Evaluation
    as_of: date
    letterhead: dp.Letterhead
    addressees: tuple[str, ...]
    intro: str
    units: tuple[LateUnit, ...]
    closing: str
    recipients: tuple[str, ...]
    signer: dp.SignBlock
    kind: str = "remind"
    recipients_label: str = "Nơi nhận:"
    blank: str = dp.BLANK


def _state(j: Judgement) -> str:
    if j.entry is None:
        return "chưa có báo cáo kết quả"
    return "đang thực hiện" if j.state == TaskState.IN_PROGRESS else str(j.state or "")


def task_line(j: Judgement) -> Line:
    cp = j.checkpoint
    due = short_date(j.due) if j.due else dp.BLANK
    text = (f"{checkpoint_name(cp)} (mục {cp.task.ref}): hạn {due}, quá hạn {j.days_overdue} "
            f"ngày ({_state(j)}).")
    return Line(text, unit=j.unit, task=cp.task, checkpoint=cp, judgements=(j,))


def report_line(r: ReportJudgement) -> Line:
    what = f"{dp.lower_first(r.obligation.title)} {vn_month(*r.month)}"
    text = f"Chưa gửi {what} (hạn {short_date(r.due)}), quá hạn {r.days_overdue} ngày."
    return Line(text, unit=r.unit, reports=(r,))


def late_units(ws: Workspace, ev: Evaluation) -> tuple[LateUnit, ...]:
    tasks: dict[str, list[Line]] = {}
    reports: dict[str, list[Line]] = {}
    for j in ev.judgements:
        if j.category == Category.OVERDUE:
            tasks.setdefault(j.unit, []).append(task_line(j))
    for r in sorted(ev.reports, key=lambda r: (r.month, r.obligation.ref)):
        if r.category == Category.OVERDUE:
            reports.setdefault(r.unit, []).append(report_line(r))
    late = [u for u in (*ws.units, *sorted(set(tasks) | set(reports))) if u in tasks or u in reports]
    ordered = list(dict.fromkeys(late))
    return tuple(LateUnit(i, uid, ws.name_of(uid), tuple(tasks.get(uid, ())),
                          tuple(reports.get(uid, ())))
                 for i, uid in enumerate(ordered, start=1))


def build_remind(ws: Workspace, ev: Evaluation, plan: Plan, report_date: date | None,
                 blank_day: bool = False) -> RemindContext:
    ev = for_plan(ev, plan)
    doc = plan.document
    units = late_units(ws, ev)
    standing = ws.name_of(plan.standing_unit) if plan.standing_unit else dp.BLANK
    number = f"Số: {dp.BLANK}/{dp.issuer_code(doc)}-{dp.drafter_code(doc)}"
    subject = f"V/v đôn đốc thực hiện {doc.kind.strip().capitalize()} số {doc.number}"
    intro = (f"Thực hiện {dp.plan_citation(plan)} của {doc.issuer} về "
             f"{dp.lower_first(doc.title)}, tính đến ngày {short_date(ev.as_of)}, các cơ quan, "
             "đơn vị sau chưa hoàn thành nhiệm vụ hoặc chưa gửi báo cáo theo thời hạn của Kế "
             "hoạch:")
    closing = (f"{doc.issuer} đề nghị các cơ quan, đơn vị nêu trên khẩn trương thực hiện các "
               f"nhiệm vụ được giao, gửi báo cáo kết quả về {standing} trước ngày {dp.BLANK} "
               "để tổng hợp, báo cáo theo quy định./.")
    lead = ("Như trên", *((standing,) if plan.standing_unit else ()))
    return RemindContext(
        workspace=ws, plan=plan, evaluation=ev, as_of=ev.as_of,
        letterhead=dp.letterhead(doc.issuer_parent, doc.issuer, number, subject, doc.place,
                                 report_date, blank_day),
        addressees=tuple(u.name for u in units), intro=intro, units=units, closing=closing,
        recipients=(*(f"- {name};" for name in lead), f"- {dp.archive_line(doc)}"),
        signer=dp.sign_block(doc.signer),
    )
