"""The data behind the query commands, on tests/fixtures/queries as of 05/4/2023.

Known state on that day (worked out by hand from the fixture's plan and records):
t1 done 17/3 (due 24/3) on time; t2#ke-hoach done 20/3 on time; t2#tong-ket (August) not due;
t3 done by phuong-x on 15/3, phuong-y's record is filed on 10/4 so it is overdue by 5 days;
t4 undated, not due; t5 (September) not due — phong-a's record saying it started is filed 25/4.
Reports: March periodic (due 19/3) on time for phong-a and phuong-x, late for phong-noi-vu
(20/3), missing for phuong-y (17 days late); April's are due 14/4 (thematic) and 19/4.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kehoach_cli.model import Workspace
from kehoach_cli.queries.lists import (
    assignments,
    on_time_rate,
    overdue_head,
    overdue_items,
    status_summary,
    target_progress,
    unit_counts,
    upcoming_items,
)
from kehoach_cli.queries.status import Evaluation, evaluate
from kehoach_cli.reading.loading import load_workspace

FIXTURE = Path(__file__).parent / "fixtures" / "queries"
AS_OF = date(2023, 4, 5)


@pytest.fixture(scope="module")
def ws() -> Workspace:
    return load_workspace(FIXTURE).workspace


@pytest.fixture(scope="module")
def ev(ws: Workspace) -> Evaluation:
    return evaluate(ws, AS_OF)


def keys(items: list[dict[str, object]]) -> list[tuple[object, ...]]:
    return [(i["kind"], i["id"], i["unit"]["id"], i["days_overdue"], i["days_left"])
            for i in items]


def test_overdue_longest_first(ws: Workspace, ev: Evaluation) -> None:
    assert keys(overdue_items(ev, ws)) == [
        ("report", "bc-dinh-ky", "phuong-y", 17, None),
        ("task", "t3", "phuong-y", 5, None),
    ]


def test_overdue_head_is_the_first_of_them_and_how_many(ws: Workspace, ev: Evaluation) -> None:
    first, total = overdue_head(ev, ws, 1)
    assert (keys(first), total) == ([("report", "bc-dinh-ky", "phuong-y", 17, None)], 2)
    assert overdue_head(ev, ws, 10) == (overdue_items(ev, ws), 2)


def test_overdue_for_a_unit_or_group(ws: Workspace, ev: Evaluation) -> None:
    assert overdue_items(ev, ws, "phuong-x") == []
    assert len(overdue_items(ev, ws, "ubnd-phuong-xa")) == 2
    assert len(overdue_items(ev, ws, "phuong-y")) == 2


def test_upcoming_within_days(ws: Workspace, ev: Evaluation) -> None:
    fourteen = upcoming_items(ev, ws, 14)
    assert keys(fourteen) == [
        ("report", "bc-chuyen-de", "phong-a", 0, 9),
        ("report", "bc-dinh-ky", "phong-a", 0, 14),  # the 14th day is included
        ("report", "bc-dinh-ky", "phong-noi-vu", 0, 14),
        ("report", "bc-dinh-ky", "phuong-x", 0, 14),
        ("report", "bc-dinh-ky", "phuong-y", 0, 14),
    ]
    assert keys(upcoming_items(ev, ws, 13)) == keys(fourteen)[:1]
    assert [i["id"] for i in upcoming_items(ev, ws, 148) if i["kind"] == "task"] == ["t2"]
    assert upcoming_items(ev, ws, 14, "phuong-x")[0]["period"] == "2023-04"


def test_unit_counts(ws: Workspace, ev: Evaluation) -> None:
    data = unit_counts(ev, ws)
    rows = {r["id"]: r for r in data["units"]}
    assert [r["id"] for r in data["units"]] == list(ws.units)
    row = rows["phong-a"]
    assert (row["lead"], row["support"], row["done_on_time"], row["not_due"],
            row["on_time_rate"]) == (2, 1, 1, 1, 1.0)
    assert (rows["phong-b"]["lead"], rows["phong-b"]["support"]) == (0, 2)
    assert rows["phong-b"]["on_time_rate"] is None
    assert (rows["phuong-y"]["overdue"], rows["phuong-y"]["on_time_rate"],
            rows["phuong-y"]["reports_overdue"], rows["phuong-y"]["support"]) == (1, 0.0, 1, 3)
    [group] = data["groups"]
    assert (group["id"], group["lead"], group["support"], group["done_on_time"],
            group["overdue"], group["on_time_rate"], group["members"]) == (
        "ubnd-phuong-xa", 1, 3, 1, 1, 0.5, ["phuong-x", "phuong-y"])


def test_on_time_rate_counts_only_judged_work() -> None:
    from collections import Counter

    assert on_time_rate(Counter(done_on_time=2, done_late=1, overdue=1, in_progress=9)) == 0.5
    assert on_time_rate(Counter(not_due=3)) is None
    assert on_time_rate(Counter(done_on_time=2, overdue=1)) == 0.6667


def test_assignments_through_a_group(ws: Workspace, ev: Evaluation) -> None:
    data = assignments(ws, ev, "phuong-x")
    assert data["unit"] == {"id": "phuong-x", "name": "Ủy ban nhân dân phường Cẩm Bình"}
    assert [(i["id"], i["status"]) for i in data["lead"]] == [("t3", "done_on_time")]
    assert [(i["id"], (i["milestone"] or {}).get("id"), i["status"]) for i in data["support"]] == [
        ("t2", "ke-hoach", "done_on_time"), ("t2", "tong-ket", "not_due"), ("t5", None, "not_due")]
    assert data["lead"][0]["lead"] == [{"id": "ubnd-phuong-xa", "name": "UBND các phường, xã"}]


def test_assignments_of_a_group_aggregate_members(ws: Workspace, ev: Evaluation) -> None:
    [t3] = assignments(ws, ev, "ubnd-phuong-xa")["lead"]
    assert (t3["status"], t3["days_overdue"], t3["time"], t3["due"]) == (
        "overdue", 5, "trong tháng 3/2023", "2023-03-31")


def test_assignments_standing_duty(ws: Workspace, ev: Evaluation) -> None:
    data = assignments(ws, ev, "phong-b")
    assert data["lead"] == []
    standing = next(i for i in data["support"] if i["id"] == "t4")
    assert (standing["time"], standing["due"], standing["start"], standing["status"]) == (
        None, None, None, "not_due")


def test_status_summary(ws: Workspace, ev: Evaluation) -> None:
    data = status_summary(ev, ws)
    assert data["totals"] == {"done_on_time": 2, "done_late": 0, "in_progress": 0,
                              "overdue": 1, "not_due": 3}
    assert [(s["ref"], s["done_on_time"], s["overdue"], s["not_due"]) for s in data["sections"]] \
        == [("II", 2, 1, 1), ("III", 0, 0, 2)]
    assert [u["id"] for u in data["units"]] == ["phong-a", "phong-noi-vu", "ban-qlda",
                                               "phuong-x", "phuong-y"]
    assert [(r["id"], r["unit"]["id"], r["status"]) for r in data["reports"]] == [
        ("bc-chuyen-de", "phong-a", "not_due"),
        ("bc-dinh-ky", "phong-a", "not_due"), ("bc-dinh-ky", "phong-noi-vu", "not_due"),
        ("bc-dinh-ky", "phuong-x", "not_due"), ("bc-dinh-ky", "phuong-y", "not_due")]


def test_status_replayed_later(ws: Workspace) -> None:
    data = status_summary(evaluate(ws, date(2023, 4, 25)), ws)
    assert data["totals"] == {"done_on_time": 2, "done_late": 1, "in_progress": 1,
                              "overdue": 0, "not_due": 2}
    filed = {(r["id"], r["unit"]["id"]): r["status"] for r in data["reports"]}
    assert filed[("bc-dinh-ky", "phong-a")] == "done_late"  # filed 25/4, due 19/4
    assert filed[("bc-dinh-ky", "phuong-y")] == "done_on_time"  # filed 10/4


def test_target_progress(ws: Workspace, ev: Evaluation) -> None:
    assert [(t["id"], t["achieved"], t["goal"], t["rate"]) for t in target_progress(ev, ws)] == [
        ("mo-hinh", 1, 4, 0.25), ("pano", 2, 4, 0.5)]
    later = evaluate(ws, date(2023, 4, 10))
    assert [t["achieved"] for t in target_progress(later, ws)] == [1, 3]


# ---------------------------------------------------------------- at the scale of a province


def _plain_row(ws: Workspace, ev: Evaluation, members: set[str]) -> dict[str, object]:
    """A unit's counts by their definition, walking everything for every unit (quadratic, as
    ``unit_counts`` once was): the reference the indexed version must agree with."""
    from kehoach_cli.queries.status import Category, checkpoints

    mine = [j for j in ev.judgements if j.unit in members]
    supported = {cp.key for task in ws.tasks.values() for cp in checkpoints(task)
                 if members & (set(ws.expand(task.support)) - set(ws.expand(task.lead)))}
    return {"lead": len({j.checkpoint.key for j in mine}), "support": len(supported),
            **{c.value: sum(1 for j in mine if j.category == c) for c in Category},
            "reports_overdue": sum(1 for r in ev.reports if r.unit in members
                                   and r.category == Category.OVERDUE)}


@pytest.fixture(scope="module")
def province(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from generate import generate, write_workspace

    root = tmp_path_factory.mktemp("province")
    write_workspace(root, generate(150, seed=4))
    return load_workspace(root).workspace


@pytest.mark.parametrize("day", [date(2023, 3, 1), date(2023, 8, 25), date(2024, 1, 1)])
def test_unit_counts_agree_with_their_definition(province: Workspace, day: date) -> None:
    ev = evaluate(province, day)
    data = unit_counts(ev, province)
    fields = ("lead", "support", "done_on_time", "done_late", "in_progress", "overdue",
              "not_due", "reports_overdue")
    assert [r["id"] for r in data["units"]] == list(province.units)
    assert [r["id"] for r in data["groups"]] == list(province.groups)
    for row in data["units"] + data["groups"]:
        members = set(province.members(row["id"]))
        assert {k: row[k] for k in fields} == _plain_row(province, ev, members), row["id"]
    assert sum(r["support"] for r in data["units"]) > 0
    assert unit_counts(ev, province, groups=False) == {**data, "groups": []}
