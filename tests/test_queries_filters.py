"""Narrowing and sorting query answers (queries/filters.py), on tests/fixtures/queries."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kehoach_cli.model import Workspace
from kehoach_cli.problems import FatalError
from kehoach_cli.queries.filters import (
    Scope,
    check_section,
    narrow,
    pick,
    resolve_plan,
    sort_items,
    sort_units,
)
from kehoach_cli.queries.lists import Item, overdue_items, upcoming_items
from kehoach_cli.queries.status import Evaluation, evaluate
from kehoach_cli.reading.loading import load_workspace

FIXTURE = Path(__file__).parent / "fixtures" / "queries"


@pytest.fixture(scope="module")
def ws() -> Workspace:
    return load_workspace(FIXTURE).workspace


@pytest.fixture(scope="module")
def ev(ws: Workspace) -> Evaluation:
    return evaluate(ws, date(2023, 4, 5))


def test_whole_scope_is_the_same_objects(ws: Workspace, ev: Evaluation) -> None:
    assert narrow(ws, ev, Scope()) == (ws, ev)


def test_section_keeps_its_tasks_and_their_judgements(ws: Workspace, ev: Evaluation) -> None:
    nws, nev = narrow(ws, ev, Scope(section="III"))
    assert sorted(nws.tasks) == ["t4", "t5"]
    assert {j.checkpoint.task.id for j in nev.judgements} == {"t4", "t5"}
    assert nev.reports == () and [p.reporting for p in nws.plans] == [()]


def test_kind_report_keeps_the_reports_judged_on_the_whole_plan(ws: Workspace,
                                                                ev: Evaluation) -> None:
    _, nev = narrow(ws, ev, Scope(kind="report"))
    assert nev.judgements == () and nev.reports == ev.reports


def test_plan_by_number_or_id(ws: Workspace) -> None:
    plan = ws.plans[0]
    assert resolve_plan(ws, plan.document.number.lower()) == plan.id
    assert resolve_plan(ws, f" {plan.id.upper()} ") == plan.id
    with pytest.raises(FatalError):
        resolve_plan(ws, "kh-khac")
    with pytest.raises(FatalError):
        check_section(ws, "II.9")
    check_section(ws, "ii.3")


def test_pick_and_sort(ws: Workspace, ev: Evaluation) -> None:
    items = upcoming_items(ev, ws, 200)
    assert pick(items, ()) == items
    assert {i["status"] for i in pick(items, ["not_due"])} == {"not_due"}
    assert sort_items(items, "ref")[0]["ref"] == "II.2"
    late = overdue_items(ev, ws)
    assert [i["days_overdue"] for i in sort_items(late, "overdue")] == [17, 5]
    assert sort_items(late, None) is late


def test_ref_order_is_numeric() -> None:
    items: list[Item] = [{"plan": "p", "ref": r, "due": None} for r in ("II.10", "II.9", "I.2")]
    assert [i["ref"] for i in sort_items(items, "ref")] == ["I.2", "II.9", "II.10"]


def test_unit_sorts() -> None:
    rows: list[Item] = [
        {"name": "B", "on_time_rate": None, "overdue": 0, "reports_overdue": 2, "lead": 1},
        {"name": "a", "on_time_rate": 0.5, "overdue": 1, "reports_overdue": 0, "lead": 3},
        {"name": "C", "on_time_rate": 0.25, "overdue": 0, "reports_overdue": 0, "lead": 2},
    ]
    assert [r["name"] for r in sort_units(rows, "name")] == ["a", "B", "C"]
    assert [r["name"] for r in sort_units(rows, "rate")] == ["C", "a", "B"]
    assert [r["name"] for r in sort_units(rows, "overdue")] == ["B", "a", "C"]
    assert [r["name"] for r in sort_units(rows, "lead")] == ["a", "C", "B"]
