"""The per-unit shares, on tests/fixtures/queries as of 05/4/2023 (see test_queries_lists).

By hand from the fixture: phuong-x and phuong-y (the group ubnd-phuong-xa) lead t3 together,
one checkpoint judged twice — done on time by phuong-x (15/3, due 31/3), overdue for phuong-y
(its record is filed 10/4); phuong-y owes March's periodic report; phong-b leads nothing.  A
group's share is the union of its members': the checkpoint they share counts once.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from kehoach_cli.model import Workspace
from kehoach_cli.queries.status import Evaluation, evaluate
from kehoach_cli.queries.unitindex import UnitIndex
from kehoach_cli.reading.loading import load_workspace

FIXTURE = Path(__file__).parent / "fixtures" / "queries"


@pytest.fixture(scope="module")
def ws() -> Workspace:
    return load_workspace(FIXTURE).workspace


@pytest.fixture(scope="module")
def ev(ws: Workspace) -> Evaluation:
    return evaluate(ws, date(2023, 4, 5))


def test_a_unit_alone(ws: Workspace, ev: Evaluation) -> None:
    index = UnitIndex(ws, ev)
    assert index.lead(["phuong-y"]) == 1
    assert Counter(index.categories(["phuong-y"])) == Counter(overdue=1)
    assert index.late_reports(["phuong-y"]) == 1
    assert index.lead(["phong-b"]) == 0 and list(index.categories(["phong-b"])) == []


def test_a_group_is_its_members_together(ws: Workspace, ev: Evaluation) -> None:
    index = UnitIndex(ws, ev)
    members = ["phuong-x", "phuong-y"]
    assert index.lead(members) == 1  # the one checkpoint both lead counts once
    assert Counter(index.categories(members)) == Counter(done_on_time=1, overdue=1)
    assert index.support(members) == index.support(["phuong-y"]) == 3
    assert index.late_reports(members) == 1
