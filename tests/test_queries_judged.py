"""The evaluation's types and lookups: the index ``evaluate`` hands over must be the one the
judgements themselves give, and the lone-category shortcut must agree with the rules."""

from __future__ import annotations

import gc
from datetime import date
from itertools import combinations
from pathlib import Path

from kehoach_cli.queries.checkpointing import task_points
from kehoach_cli.queries.judged import Category, Evaluation, aggregate
from kehoach_cli.queries.status import checkpoints, evaluate, paused_gc
from test_queries_status import workspace


def test_index_passed_by_evaluate_equals_the_one_built_from_judgements(tmp_path: Path) -> None:
    ev = evaluate(workspace(tmp_path), date(2023, 4, 1))
    rebuilt = Evaluation(ev.as_of, ev.judgements, ev.reports)
    keys = {j.checkpoint.key for j in ev.judgements}
    assert keys == {"t1", "t2#ke-hoach", "t2#tong-ket", "t3", "t4", "t5"}
    for key in keys:
        assert ev.for_checkpoint(key) == rebuilt.for_checkpoint(key)
        assert ev.task_category(key) == rebuilt.task_category(key)
    assert [j.unit for j in ev.for_checkpoint("t3")] == ["phuong-x", "phuong-y"]


def test_checkpoint_keys_are_those_of_the_checkpoints(tmp_path: Path) -> None:
    ws = workspace(tmp_path)
    points = task_points(ws)
    for task in ws.tasks.values():
        assert points(task).keys == tuple(cp.key for cp in checkpoints(task))


def test_aggregate_of_one_category_is_that_category() -> None:
    for category in Category:
        assert aggregate([category, category]) is category


def test_aggregate_of_two_categories() -> None:
    expected = {
        frozenset({Category.DONE_ON_TIME, Category.DONE_LATE}): Category.DONE_LATE,
        frozenset({Category.DONE_ON_TIME, Category.NOT_DUE}): Category.IN_PROGRESS,
        frozenset({Category.OVERDUE, Category.DONE_ON_TIME}): Category.OVERDUE,
        frozenset({Category.NOT_DUE, Category.IN_PROGRESS}): Category.IN_PROGRESS,
    }
    for pair in combinations(Category, 2):
        if frozenset(pair) in expected:
            assert aggregate(pair) is expected[frozenset(pair)]


def test_paused_gc_restores_the_collector() -> None:
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()  # left as it was found
    finally:
        gc.enable()


def test_categories_are_each_keys_task_category() -> None:
    from kehoach_cli.reading.loading import load_workspace
    from test_queries_status import DAYS, WORKSPACES

    for root in WORKSPACES:
        ws = load_workspace(root).workspace
        for day in DAYS:
            ev = evaluate(ws, day)
            narrowed = Evaluation(ev.as_of, ev.judgements, ev.reports)  # as ``narrow`` makes it
            for found in (ev, narrowed):
                assert found.categories() == {key: aggregate(j.category for j in judged)
                                              for key, judged in found.keyed().items()}
                assert all(found.task_category(key) == category
                           for key, category in found.categories().items())


def test_paused_gc_keeps_what_was_made_frozen() -> None:
    before = gc.get_freeze_count()
    try:
        with paused_gc(keep=True):
            made = [[n] for n in range(100)]
        assert gc.isenabled() and gc.get_freeze_count() >= before + len(made)
    finally:
        gc.unfreeze()
