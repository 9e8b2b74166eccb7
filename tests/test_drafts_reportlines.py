"""Report sentences that count units: each unit counted once, done only when all of it is."""

from __future__ import annotations

from datetime import date

from kehoach_cli.drafts.reportlines import status_text
from kehoach_cli.model import Checkpoint, Milestone, Task, TimeSpan
from kehoach_cli.queries.status import Category, Judgement

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
