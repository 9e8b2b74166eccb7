"""The in-process segment timer: own times that add up, functions put back, a real command run."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import types

import pytest

from conftest import REPO, run_cli

sys.path.insert(0, str(REPO / "benchmarks"))

from segments import Clock, targets


def _toy_module(name: str = "segments_toy") -> types.ModuleType:
    toy = types.ModuleType(name)
    exec(  # inner is looked up in the module when outer runs, as kehoach's callers do
        "import time\n"
        "def inner():\n    time.sleep(0.1)\n    return 'inner'\n"
        "def outer():\n    time.sleep(0.01)\n    return inner()\n",
        toy.__dict__,
    )
    sys.modules[toy.__name__] = toy
    return toy


def test_a_callers_time_leaves_out_what_the_wrapped_function_it_calls_took() -> None:
    toy = _toy_module()
    clock = Clock()
    clock.wrap("segments_toy", "outer")
    clock.wrap("segments_toy", "inner")
    began = time.perf_counter()
    assert toy.outer() == "inner"
    spent = time.perf_counter() - began
    inner, outer = clock.own["segments_toy:inner"], clock.own["segments_toy:outer"]
    assert inner >= 0.1 > outer >= 0.01
    assert inner + outer == pytest.approx(spent, abs=0.005)


def test_functions_of_one_name_in_two_modules_are_timed_apart() -> None:
    first, second = _toy_module(), _toy_module("segments_toy_2")
    clock = Clock()
    clock.wrap("segments_toy", "inner")
    clock.wrap("segments_toy_2", "inner")
    first.inner()
    second.inner()
    second.inner()
    assert clock.own["segments_toy_2:inner"] >= 0.2 > clock.own["segments_toy:inner"] >= 0.1


def test_restore_puts_every_function_back() -> None:
    toy = _toy_module()
    outer, inner = toy.outer, toy.inner
    clock = Clock()
    clock.wrap("segments_toy", "outer")
    clock.wrap("segments_toy", "inner")
    assert toy.outer is not outer
    clock.restore()
    assert (toy.outer, toy.inner) == (outer, inner)


def test_targets_are_module_colon_function() -> None:
    assert targets("a.b:f,c:g,") == [("a.b", "f"), ("c", "g")]
    with pytest.raises(SystemExit, match=re.escape("'a.b' is not module:function")):
        targets("a.b")


def test_a_command_runs_whole_and_its_exit_code_is_the_commands_own() -> None:
    args = ("status", "--as-of", "2023-08-25")
    expected = run_cli(*args).code
    env = {**os.environ, "KEHOACH_NO_CACHE": "1", "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "segments.py"), "--in", str(REPO),
         "--time", "kehoach_cli.queries.status:evaluate", "--", *args],
        cwd=REPO / "tests", env=env, capture_output=True, text=True, encoding="utf-8", timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    timed = r"kehoach_cli\.queries\.status:evaluate \d+ ms"
    assert re.fullmatch(rf"total \d+ ms \(exit {expected}\); {timed}\n", proc.stdout)


def test_a_name_that_is_not_module_colon_function_is_refused_before_anything_runs() -> None:
    proc = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "segments.py"), "--time", "evaluate", "--",
         "status"],
        cwd=REPO, capture_output=True, text=True, encoding="utf-8", timeout=120,
    )  # fmt: skip
    assert proc.returncode == 1
    assert proc.stdout == ""
    assert proc.stderr == "segments.py: 'evaluate' is not module:function\n"
