"""The reminder letter (công văn đôn đốc) as data: who is late, on what, since when.

Addressed to every unit that, on the as-of date, has an overdue checkpoint it leads or a
periodic or thematic report of the plan that is past due and not filed — except:

* the sender itself: when the standing agency sends the letter (``sender="standing"``, the
  default when the plan names one, since the plan gives it the đôn đốc), it is never also an
  addressee;
* the plan's issuer (UBND Thành phố, when a unit stands for it): it signs the plan, and the
  letter is sent either in its name or by its own staff office, which cannot chase it; its
  late work is for the report to it, not for a reminder;
* a unit on a report it receives (the report's ``to``, or ``via``: it collects it).

* The overdue tasks are listed once, lettered "a)", "b)", with their time in the plan's words;
  each late unit then gets one line: the letters of its tasks, and each report it has not
  filed with its months as ranges ("chưa gửi báo cáo định kỳ các tháng 3–8/2023").
* Units the plan can only ask ("đề nghị": Thành ủy bodies, Mặt trận, đoàn thể) are in their
  own paragraph, asked rather than told.
* The reply deadline is a real date: ``reply_by``, by default a week after the as-of date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from kehoach_cli.drafts import docparts as dp
from kehoach_cli.drafts.reportdata import for_plan
from kehoach_cli.drafts.reportletter import (
    STANDING,
    default_sender,
    head_title,
    issuer_unit,
    unit_code,
)
from kehoach_cli.drafts.reportlines import Line, checkpoint_name, occurrence_days, report_name
from kehoach_cli.drafts.reportperiods import named, periods_text
from kehoach_cli.drafts.wording import checkpoint_clause, grouped_names
from kehoach_cli.model import Checkpoint, Plan, Relation, Workspace
from kehoach_cli.queries.status import Category, Evaluation, ReportJudgement
from kehoach_cli.timeexpr.vndate import short_date

REPLY_DAYS = 7
_LETTERS = "abcdefghiklmnopqrstuvxy"  # Vietnamese order: no j, w, z


@dataclass(frozen=True)
class LateTask:
    mark: str
    line: Line


@dataclass(frozen=True)
class LateUnit:
    number: int
    unit: str
    name: str
    requested: bool
    tasks: tuple[str, ...]  # marks of the LateTask lines
    reports: tuple[Line, ...]
    text: str


@dataclass(frozen=True)
class RemindContext:
    workspace: Workspace
    plan: Plan
    evaluation: Evaluation
    as_of: date
    reply_by: date
    sender: str
    letterhead: dp.Letterhead
    addressees: tuple[str, ...]
    intro: str
    tasks_intro: str
    late_tasks: tuple[LateTask, ...]
    units_intro: str
    units: tuple[LateUnit, ...]
    requested_intro: str
    requested: tuple[LateUnit, ...]
    closing: str
    recipients: tuple[str, ...]
    signer: dp.SignBlock
    kind: str = "remind"
    recipients_label: str = "Nơi nhận:"
    blank: str = dp.BLANK


def _mark(i: int) -> str:
    return f"{_LETTERS[i]})" if i < len(_LETTERS) else f"{i + 1})"


def late_tasks(ws: Workspace, ev: Evaluation, skip: set[str]) -> tuple[LateTask, ...]:
    """One lettered line per late checkpoint; the missed occurrences of a recurring time
    share one (keyed by ``base_key``), naming the days."""
    late: dict[str, list[Checkpoint]] = {}
    for j in ev.judgements:
        if j.category == Category.OVERDUE and j.unit not in skip:
            late.setdefault(j.checkpoint.base_key, []).append(j.checkpoint)
    out = []
    for i, cps in enumerate(late.values()):
        cp = cps[0]
        days = sorted({c.occurrence for c in cps if c.occurrence})
        said = f", chưa hoàn thành {occurrence_days(days)}" if len(days) > 1 else \
            (f", lần {short_date(days[0])}" if days else "")
        text = (f"{checkpoint_name(cp)} ({checkpoint_clause(ws, cp)}; thời hạn: "
                f"{cp.time.text}{said})")
        out.append(LateTask(_mark(i), Line(text, task=cp.task, checkpoint=cp)))
    return tuple(out)


def _report_texts(found: list[ReportJudgement]) -> tuple[Line, ...]:
    by_ob: dict[str, list[ReportJudgement]] = {}
    for r in found:
        by_ob.setdefault(r.obligation.id, []).append(r)
    return tuple(Line(f"chưa gửi {_periods(rs)}", unit=rs[0].unit, reports=tuple(rs))
                 for rs in by_ob.values())


def _periods(rs: list[ReportJudgement]) -> str:
    """"báo cáo định kỳ các tháng 3–8/2023", "báo cáo định kỳ quý II/2025 và quý III/2025"."""
    ob = rs[0].obligation
    return named(report_name(ob.title), periods_text(ob, [(r.month, r.due) for r in rs]))


def late_units(ws: Workspace, ev: Evaluation, marks: dict[str, str],
               skip: set[str]) -> tuple[LateUnit, ...]:
    tasks: dict[str, list[str]] = {}
    reports: dict[str, list[ReportJudgement]] = {}
    for j in ev.judgements:
        if j.category == Category.OVERDUE and j.unit not in skip:
            tasks.setdefault(j.unit, []).append(marks[j.checkpoint.base_key])
    for r in sorted(ev.reports, key=lambda r: (r.obligation.ref, r.month)):
        receives = (r.obligation.to, r.obligation.via)
        if r.category == Category.OVERDUE and r.unit not in skip and r.unit not in receives:
            reports.setdefault(r.unit, []).append(r)
    late = dict.fromkeys(u for u in (*ws.units, *sorted(set(tasks) | set(reports)))
                         if u in tasks or u in reports)
    out = []
    for i, uid in enumerate(late, start=1):
        mine = tuple(dict.fromkeys(tasks.get(uid, ())))
        lines = _report_texts(reports.get(uid, []))
        parts = ([f"chưa hoàn thành nhiệm vụ {', '.join(mine)}"] if mine else []) + \
            [line.text for line in lines]
        unit = ws.units.get(uid)
        out.append(LateUnit(i, uid, ws.name_of(uid),
                            unit is not None and unit.relation == Relation.REQUESTED, mine, lines,
                            f"{ws.name_of(uid)}: {'; '.join(parts)}."))
    return tuple(out)


def build_remind(ws: Workspace, ev: Evaluation, plan: Plan, report_date: date | None,
                 blank_day: bool = False, sender: str | None = None,
                 reply_by: date | None = None) -> RemindContext:
    ev = for_plan(ev, plan)
    doc = plan.document
    sender = sender or default_sender(plan)
    by_standing = sender == STANDING and plan.standing_unit is not None
    skip = {u for u in (issuer_unit(ws, plan), plan.standing_unit if by_standing else None)
            if u is not None}
    tasks = late_tasks(ws, ev, skip)
    marks = {t.line.checkpoint.base_key: t.mark for t in tasks if t.line.checkpoint}
    everyone = late_units(ws, ev, marks, skip)
    told = _renumber([u for u in everyone if not u.requested])
    asked = _renumber([u for u in everyone if u.requested])
    standing = ws.name_of(plan.standing_unit) if plan.standing_unit else dp.BLANK
    author = standing if by_standing else doc.issuer
    reply = reply_by or ev.as_of + timedelta(days=REPLY_DAYS)
    subject = (f"V/v đôn đốc thực hiện {doc.kind.strip().capitalize()} số "
               f"{doc.number.replace('-', dp.NB_HYPHEN)}")
    uid = plan.standing_unit or ""
    if by_standing:
        number = f"Số: {dp.BLANK}/{unit_code(ws, uid)}"
        head = dp.letterhead(doc.issuer, standing, number, subject, doc.place, report_date,
                             blank_day)
        signer = dp.SignBlock("", head_title(standing), dp.BLANK)
        archive = f"- Lưu: VT, {unit_code(ws, uid)}."
        lead = ["- Như trên;", f"- {doc.issuer} (báo cáo);"]
    else:
        number = f"Số: {dp.BLANK}/{dp.issuer_code(doc)}{dp.NB_HYPHEN}{dp.drafter_code(doc)}"
        head = dp.letterhead(doc.issuer_parent, doc.issuer, number, subject, doc.place,
                             report_date, blank_day)
        signer = dp.sign_block(doc.signer)
        archive = f"- {dp.archive_line(doc)}"
        addressed = {u.unit for u in everyone}
        lead = ["- Như trên;", *([f"- {standing};"] if plan.standing_unit
                                 and plan.standing_unit not in addressed else [])]
    return RemindContext(
        workspace=ws, plan=plan, evaluation=ev, as_of=ev.as_of, reply_by=reply, sender=sender,
        letterhead=head, addressees=grouped_names(ws, [u.unit for u in everyone]),
        intro=(f"Thực hiện {dp.plan_citation(plan)} của {doc.issuer} về "
               f"{dp.lower_first(doc.title)}, tính đến ngày {short_date(ev.as_of)}, {author} "
               "nhận thấy một số nhiệm vụ và báo cáo chưa được thực hiện theo thời hạn của Kế "
               "hoạch, cụ thể như sau:"),
        **_intros(bool(tasks), bool(told), bool(asked)),
        late_tasks=tasks, units=told, requested=asked,
        closing=(f"{author} đề nghị các cơ quan, đơn vị nêu trên khẩn trương thực hiện các "
                 f"nhiệm vụ được giao, gửi báo cáo kết quả về {standing} trước ngày "
                 f"{short_date(reply)} để tổng hợp, báo cáo "
                 f"{doc.issuer + ' ' if by_standing else ''}theo quy định./."),
        recipients=(*lead, archive),
        signer=signer,
    )


def _intros(tasks: bool, told: bool, asked: bool) -> dict[str, str]:
    """The letter's numbered parts, numbered over those present."""
    texts = {"tasks_intro": (tasks, "Các nhiệm vụ đã quá thời hạn, chưa có báo cáo hoàn thành:"),
             "units_intro": (told, "Các cơ quan, đơn vị chưa hoàn thành nhiệm vụ, chưa gửi "
                                   "báo cáo:"),
             "requested_intro": (asked, "Đề nghị các cơ quan, tổ chức sau quan tâm, chỉ đạo "
                                        "thực hiện và gửi báo cáo:")}
    out, n = {}, 0
    for key, (present, text) in texts.items():
        n += present
        out[key] = f"{n}. {text}" if present else ""
    return out


def _renumber(units: list[LateUnit]) -> tuple[LateUnit, ...]:
    return tuple(LateUnit(i, u.unit, u.name, u.requested, u.tasks, u.reports, u.text)
                 for i, u in enumerate(units, start=1))
