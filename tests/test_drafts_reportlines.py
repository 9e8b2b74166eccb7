"""Report sentences: each unit counted once, done only when all of it is; a report of any
regime named by its own period."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kehoach_cli.drafts.reportdata import ReportOptions, build_report
from kehoach_cli.drafts.reportlines import status_text
from kehoach_cli.model import Checkpoint, Milestone, Task, TimeSpan
from kehoach_cli.queries.status import Category, Judgement, evaluate
from kehoach_cli.reading.loading import load_workspace
from regimes import regimes_workspace

SPAN = TimeSpan("trong tháng 3/2023", date(2023, 3, 1), date(2023, 3, 31))
TASK = Task("t", "kh", "II.1", "II", "Việc", "", ("nhom",), (), False, SPAN,
            milestones=(Milestone("m1", "Một", SPAN, ""), Milestone("m2", "Hai", SPAN, "")))
CPS = [Checkpoint(TASK, m, SPAN) for m in TASK.milestones]


def judged(unit: str, cp: Checkpoint, category: Category) -> Judgement:
    return Judgement(cp, unit, SPAN.end, SPAN.start, category, 0, None, None, None, None)


def test_a_unit_is_done_when_all_its_milestones_are() -> None:
    found = [judged("a", CPS[0], Category.DONE_ON_TIME), judged("a", CPS[1], Category.DONE_LATE),
             judged("b", CPS[0], Category.DONE_ON_TIME), judged("b", CPS[1], Category.OVERDUE),
             judged("c", CPS[0], Category.IN_PROGRESS), judged("c", CPS[1], Category.NOT_DUE)]
    assert status_text(found) == "Quá hạn, chưa hoàn thành (1/3 đơn vị hoàn thành)"


def test_one_unit_is_not_counted() -> None:
    assert status_text([judged("a", CPS[0], Category.DONE_ON_TIME)]) == "Hoàn thành đúng hạn"
    assert status_text([]) == "…"


def test_weekly_and_quarterly_reports_name_their_own_period(tmp_path: Path) -> None:
    """As of 12/9/2025 Phòng B has missed the weeks due 4/9 and 11/9 and quý III (due 11/9);
    the weeks due 18/9 and 25/9 are not due yet (tests/regimes.py for the calendar)."""
    ws = load_workspace(regimes_workspace(tmp_path)).workspace
    ev = evaluate(ws, date(2025, 9, 12))
    ctx = build_report(ws, ev, ws.plans[0], ReportOptions(2025, 9))
    assert [line.text for line in ctx.report_gaps] == [
        "Chưa gửi báo cáo tuần từ ngày 01/9/2025 đến ngày 07/9/2025 (chậm nhất ngày "
        "04/9/2025): Phòng B.",
        "Chưa gửi báo cáo tuần từ ngày 08/9/2025 đến ngày 14/9/2025 (chậm nhất ngày "
        "11/9/2025): Phòng B.",
        "Chưa gửi báo cáo quý III/2025 (chậm nhất ngày 11/9/2025): Phòng B.",
    ]
    assert ctx.report_summary[0] == ("Tính đến ngày 12/9/2025, 1/2 đơn vị đã gửi báo cáo tuần "
                                     "từ ngày 01/9/2025 đến ngày 07/9/2025 (chậm nhất ngày "
                                     "04/9/2025).")
    assert len(ctx.report_summary) == 5  # four weeks and the quarter
    assert ctx.report_summary[4] == ("Tính đến ngày 12/9/2025, 1/2 đơn vị đã gửi báo cáo quý "
                                     "III/2025 (chậm nhất ngày 11/9/2025).")
    # October, the next period: five Thursdays; no quarterly report falls due in it
    assert [line.text for line in ctx.next_reports] == [
        "Báo cáo tuần từ ngày 29/9/2025 đến ngày 05/10/2025: chậm nhất ngày 02/10/2025.",
        "Báo cáo tuần từ ngày 06/10/2025 đến ngày 12/10/2025: chậm nhất ngày 09/10/2025.",
        "Báo cáo tuần từ ngày 13/10/2025 đến ngày 19/10/2025: chậm nhất ngày 16/10/2025.",
        "Báo cáo tuần từ ngày 20/10/2025 đến ngày 26/10/2025: chậm nhất ngày 23/10/2025.",
        "Báo cáo tuần từ ngày 27/10/2025 đến ngày 02/11/2025: chậm nhất ngày 30/10/2025.",
    ]
    assert not any("tháng 9/2025" in line.text for line in ctx.report_gaps)
