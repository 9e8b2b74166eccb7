"""The sentences of a report drawn from the records, each kept with the objects it came from.

Report text is Vietnamese whatever ``--lang`` says: it is an official document.  Every sentence
is built here once, so the Markdown, HTML and Word outputs cannot word the same fact two ways;
templates that want other wording get the model objects on each ``Line`` as well.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from kehoach_cli.drafts.docparts import lower_first
from kehoach_cli.drafts.reportperiods import due_words, named, period_name
from kehoach_cli.drafts.wording import (
    TRACKED_AT,
    attributed,
    checkpoint_clause,
    clause_name,
    original_ref,
    task_clause,
    unit_list,
)
from kehoach_cli.model import (
    Checkpoint,
    Figure,
    Milestone,
    ProgressEntry,
    Submission,
    Target,
    Task,
    TaskState,
    Workspace,
)
from kehoach_cli.queries.occurrences import occurrence_of
from kehoach_cli.queries.status import (
    DONE,
    Category,
    Judgement,
    ReportJudgement,
    aggregate,
    is_standing,
)
from kehoach_cli.timeexpr.vndate import short_date

_PAREN = re.compile(r"\s*\([^()]*\)\s*$")

LABELS = {
    Category.DONE_ON_TIME: "Hoàn thành đúng hạn",
    Category.DONE_LATE: "Hoàn thành quá hạn",
    Category.IN_PROGRESS: "Đang thực hiện",
    Category.OVERDUE: "Quá hạn, chưa hoàn thành",
    Category.NOT_DUE: "Chưa đến hạn",
}


@dataclass(frozen=True)
class Line:
    """One sentence of the report and what it says it about, for templates that reword it."""

    text: str
    unit: str = ""
    task: Task | None = None
    checkpoint: Checkpoint | None = None
    judgements: tuple[Judgement, ...] = ()
    reports: tuple[ReportJudgement, ...] = ()


@dataclass(frozen=True)
class FigureLine:
    figure: Figure
    target: Target | None
    text: str


@dataclass(frozen=True)
class Record:
    """A unit's entry for a task in the month's progress file."""

    unit: str
    unit_name: str
    task: Task
    milestone: Milestone | None
    submission: Submission
    entry: ProgressEntry
    figures: tuple[FigureLine, ...]
    text: str


def label(category: Category | str) -> str:
    return LABELS.get(Category(category), str(category))


def sentence(text: str) -> str:
    """The text with a final full stop, as one sentence among others."""
    text = text.strip()
    return text if not text or text[-1] in ".!?…" else text + "."


def report_name(title: str) -> str:
    """"báo cáo chuyên đề" from "Báo cáo chuyên đề (các hoạt động …)": the plan's description
    of a report is written once (in the opening summary), its name everywhere else."""
    return lower_first(_PAREN.sub("", title).strip())


def where(ws: Workspace, task: Task, milestone: Milestone | None = None) -> str:
    """"(điểm (1) mục 3 phần II)": the clause of the plan a line is about, with the clauses
    that state its obligation again."""
    if milestone is None:
        return f"({task_clause(ws, task)})"
    return f"({checkpoint_clause(ws, Checkpoint(task, milestone, milestone.time))})"


def task_status(ws: Workspace, judged: Sequence[Judgement], task: Task, running: bool) -> str:
    """``status_text``; a clause restating another task wholly is judged there, so it says
    where ("Theo dõi tại điểm (5) mục 3 phần II") rather than a bare "…"."""
    if task.restates is not None:
        return TRACKED_AT.format(clause=clause_name(original_ref(ws, task.restates)))
    return status_text(judged, running)


def checkpoint_name(cp: Checkpoint) -> str:
    return cp.task.title if cp.milestone is None else f"{cp.task.title} – {cp.milestone.title}"


def figure_line(task: Task, fig: Figure) -> FigureLine:
    target = next((t for t in task.targets if t.id == fig.target), None)
    if target is None:
        return FigureLine(fig, None, f"{fig.target}: {fig.value}")
    text = f"{target.description}: {fig.value}/{target.quantity} {target.measure}"
    return FigureLine(fig, target, text + (f" ({fig.note})" if fig.note else ""))


def record(ws: Workspace, task: Task, sub: Submission, entry: ProgressEntry, unit: str) -> Record:
    milestone = next((m for m in task.milestones if m.id == entry.milestone), None)
    figures = tuple(figure_line(task, f) for f in entry.figures)
    head = ws.name_of(unit) + (f" ({lower_first(milestone.title)})" if milestone else "")
    day = occurrence_of(ws, entry, sub.submitted)
    head += f" (lần {short_date(day)})" if day else ""
    state = entry.state.value
    if entry.state == TaskState.DONE and entry.completed is not None:
        state += f" ngày {short_date(entry.completed)}"
    parts = [f"{head}: {state}.", sentence(entry.results)]
    if entry.evidence:
        parts.append(sentence("Văn bản: " + "; ".join(entry.evidence)))
    text = " ".join(p for p in parts if p)
    return Record(unit, ws.name_of(unit), task, milestone, sub, entry, figures, text)


def status_text(judged: Sequence[Judgement], reported_running: bool = False) -> str:
    """The task's status over its lead units, with how many of them are done when several.

    The five categories of ``status``, never merged.  A standing duty (no time in the plan)
    that nobody has reported on is not "not yet due": it never falls due, so it reads "Chưa có
    báo cáo" instead.  ``reported_running``: a lead unit's latest record says the task as a
    whole is still "đang thực hiện" — then it is not called done, whatever its milestones say.
    """
    if not judged:
        return "…"
    category = aggregate(j.category for j in judged)
    if category in DONE and reported_running:
        category = Category.IN_PROGRESS
    if category == Category.NOT_DUE and all(is_standing(j.checkpoint) for j in judged):
        text = "Chưa có báo cáo"
    else:
        text = label(category)
    finished: dict[str, bool] = {}  # unit → every one of its judgements is done
    for j in judged:
        finished[j.unit] = finished.get(j.unit, True) and j.category in DONE
    if len(finished) > 1:
        text += f" ({sum(finished.values())}/{len(finished)} đơn vị hoàn thành)"
    return text


def overdue_lines(ws: Workspace, judged: Sequence[Judgement]) -> tuple[Line, ...]:
    """Overdue judgements as lines, one per checkpoint in the order met, except that the
    occurrences of one recurring time share a line (a weekly meeting missed seven times is
    one thing to put right, not seven paragraphs)."""
    by_base: dict[str, list[Judgement]] = {}
    for j in judged:
        by_base.setdefault(j.checkpoint.base_key, []).append(j)
    return tuple(overdue_line(ws, found) for found in by_base.values())


def overdue_line(ws: Workspace, judged: Sequence[Judgement]) -> Line:
    """One checkpoint (or the missed occurrences of one recurring time) late for one or more
    units; the time as the plan wrote it ("trước 25/3/2023"), with the missed days."""
    cp = judged[0].checkpoint
    days = sorted({j.checkpoint.occurrence for j in judged if j.checkpoint.occurrence})
    late = max(j.days_overdue for j in judged)
    if len(days) > 1:
        when = f"thời hạn: {cp.time.text}, quá hạn {occurrence_days(days)}, lâu nhất {late} ngày"
    elif judged[0].due:
        said = f" (lần {short_date(days[0])})" if days else ""
        when = f"thời hạn: {cp.time.text}{said}, quá hạn {late} ngày"
    else:
        when = ""
    units = list(dict.fromkeys(j.unit for j in judged))
    text = (f"{checkpoint_name(cp)} ({checkpoint_clause(ws, cp)}; {when}): chưa hoàn thành: "
            f"{unit_list(ws, units)}.")
    return Line(text, task=cp.task, checkpoint=cp, judgements=tuple(judged))


def occurrence_days(days: Sequence[date]) -> str:
    """"3 lần (26/9/2024, 10/10/2024 và 17/10/2024)": the first five days, then how many more."""
    shown = [short_date(d) for d in days[:5]]
    if len(days) > len(shown):
        return f"{len(days)} lần ({', '.join(shown)} và {len(days) - len(shown)} lần khác)"
    return f"{len(days)} lần ({', '.join(shown[:-1])} và {shown[-1]})"


def late_line(ws: Workspace, j: Judgement) -> Line:
    cp = j.checkpoint
    assert j.completed is not None and j.due is not None
    days = (j.completed - j.due).days
    said = f", lần {short_date(cp.occurrence)}" if cp.occurrence else ""
    text = (f"{checkpoint_name(cp)} ({checkpoint_clause(ws, cp)}): {ws.name_of(j.unit)} hoàn "
            f"thành ngày "
            f"{short_date(j.completed)}, chậm {days} ngày (thời hạn: {cp.time.text}{said}).")
    return Line(text, unit=j.unit, task=cp.task, checkpoint=cp, judgements=(j,))


def report_gap_lines(ws: Workspace, owed: Sequence[ReportJudgement]) -> tuple[Line, ...]:
    """Per report and period (its month, quarter, week …): one line for the units that did
    not file, one for the late ones."""
    out: list[Line] = []
    groups: dict[tuple[str, str], list[ReportJudgement]] = {}
    for r in owed:
        groups.setdefault((r.obligation.id, period_name(r.obligation, r.month, r.due)),
                          []).append(r)
    for (_, period), found in groups.items():
        ob = found[0].obligation
        due = due_words(ob, found[0].month, [r.due for r in found])
        what = f"{named(report_name(ob.title), period)} ({due})"
        missing = [r for r in found if r.submitted is None]
        late = [r for r in found if r.submitted is not None]
        if missing:
            out.append(Line(f"Chưa gửi {what}: {unit_list(ws, [r.unit for r in missing])}.",
                            reports=tuple(missing)))
        if late:
            who = ", ".join(f"{ws.name_of(r.unit)} (ngày {short_date(r.submitted)}, chậm "
                            f"{(r.submitted - r.due).days} ngày)"
                            for r in late if r.submitted is not None)
            out.append(Line(f"Gửi chậm {what}: {who}.", reports=tuple(late)))
    return tuple(out)


VERBS = {"obstacles": "phản ánh", "proposals": "đề nghị"}


def note_lines(ws: Workspace, records: Iterable[Record], field: str) -> tuple[Line, ...]:
    """Obstacles or proposals written in the records, one line per unit and task, each
    attributed to its unit ("Phòng … phản ánh …", "Phòng … đề nghị …"), never as the
    sender's own words."""
    out = []
    for rec in records:
        text = getattr(rec.entry, field).strip()
        if text:
            said = attributed(ws, rec.unit, f"{where(ws, rec.task, rec.milestone)} "
                                            f"{VERBS[field]}", text)
            out.append(Line(said, unit=rec.unit, task=rec.task))
    return tuple(out)


def next_line(ws: Workspace, cp: Checkpoint) -> Line:
    """A checkpoint of the next period, its time in the plan's words."""
    lead = ", ".join(ws.name_of(u) for u in cp.task.lead)
    text = (f"{checkpoint_name(cp)} ({checkpoint_clause(ws, cp)}) – chủ trì: {lead}; thời "
            f"gian: {cp.time.text}")
    return Line(text + ".", task=cp.task, checkpoint=cp)
