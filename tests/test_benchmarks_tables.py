"""The benchmark's report: each target printed with what was measured beside its limit."""

from __future__ import annotations

import sys

from conftest import REPO

sys.path.insert(0, str(REPO / "benchmarks"))

from compare import Run, Side, pair
from tables import Figure, render


def _run(cpu: float, peak: float = 50.0) -> Run:
    return Run(seconds=cpu, code=0, peak_mb=peak, cpu=cpu)


def test_ratios_are_medians_of_pairs_and_set_against_their_limits() -> None:
    ten = Side()
    for ours, theirs in ((1.0, 4.0), (2.0, 4.0), (9.0, 4.0)):  # ratios 0.25, 0.5, 2.25
        pair(ten, "validate cold / C loader", ("validate cold", _run(ours)), ("C loader", _run(theirs)))
    pair(ten, "status after an edit / status computed", ("status after an edit", _run(3.0, 130.0)),
         ("status computed", _run(1.0)))
    bundled = Side()
    pair(bundled, "--help / python -c pass", ("--help", _run(0.2)), ("python -c pass", _run(0.1)))
    results = {"bundled": {}, "10k": {"validate": Figure(cold=1.0, peak_mb=100.0, exits={0})}}
    report = render(results, [10_000], 3, ["- test machine"], {"10k": ten, "bundled": bundled})
    lines = report.splitlines()
    assert "| 10k: cold `validate` CPU ÷ PyYAML C loader CPU | 0.50 × | 0.35 × | ❌ |" in lines
    assert ("| 10k: `status` after editing one progress file ÷ `status` computed | 3.00 × | 1.5 × "
            "| ❌ |") in lines
    assert "| 10k: peak memory, every command | 130 MB | 120.0 MB | ❌ |" in lines
    assert "| bundled: `kehoach --help` ÷ `python -c pass` | 2.00 × | 6.0 × | ✅ |" in lines
    assert "| 10k: `overdue` computed ÷ `task overdue` | n/a (not measured) | 1.0 × | ❌ |" in lines
    assert "| 10k | validate cold ÷ C loader | 2.000 s | 4.000 s | 0.50 × | 3 |" in lines
    assert lines[-1].startswith("- ") and "TARGETS MISSED:" in lines


def test_the_interpreter_floor_is_printed_beside_the_targets() -> None:
    ten = Side()
    for interpreter, task in ((0.04, 0.08), (0.05, 0.08), (0.09, 0.08)):  # 0.5, 0.625, 1.125
        pair(ten, "python -c pass / task overdue", ("python -c pass", _run(interpreter)),
             ("task overdue", _run(task)))
    lines = render({}, [10_000], 3, ["- test machine"], {"10k": ten}).splitlines()
    floor = [line for line in lines if line.startswith("Floor:")]
    assert floor == ["Floor: `python -c pass` alone is 0.62 × `task overdue` here (the warm "
                     "targets ask for 0.5 ×), before kehoach imports anything or looks at a file."]
    assert not [line for line in render({}, [10_000], 3, [], {}).splitlines()
                if line.startswith("Floor:")]
