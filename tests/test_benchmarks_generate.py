"""The benchmark's workspace generator: deterministic, every time form, and valid as generated."""

from __future__ import annotations

import re
import sys
from pathlib import Path

from conftest import REPO, run_cli

sys.path.insert(0, str(REPO / "benchmarks"))

from generate import generate, main, plan_layout
from timeforms import ALL_WRITERS, MONTHLY_WRITERS, SPAN_WRITERS
from unitsgen import build_register

from kehoach_cli.timeexpr.expressions import ACCEPTED_FORMS, parse_monthly, parse_span


def test_a_writer_for_every_accepted_time_form() -> None:
    assert set(ALL_WRITERS) == set(ACCEPTED_FORMS)


def test_every_writer_writes_what_kehoach_reads() -> None:
    from random import Random

    rng = Random(3)
    for month in range(1, 13):
        for writer in SPAN_WRITERS.values():
            parse_span(writer(rng, month))
        for writer in MONTHLY_WRITERS.values():
            parse_monthly(writer(rng, month))


def test_the_province_has_250_units_in_nested_groups() -> None:
    reg = build_register()
    assert len(reg.units) == len({u.id for u in reg.units}) == 250
    assert len(reg.expand(("ha-long-tat-ca",))) == 18


def test_plans_are_dealt_to_all_13_districts() -> None:
    layout = plan_layout(1000)
    assert sum(p.tasks for p in layout) == 1000
    assert len({p.district for p in layout}) == 13
    assert len({p.id for p in layout}) == len(layout)


def test_same_seed_same_workspace_other_seed_other_workspace() -> None:
    assert generate(40, seed=5) == generate(40, seed=5)
    assert generate(40, seed=5) != generate(40, seed=6)


def test_a_small_province_validates_clean(tmp_path: Path) -> None:
    assert main(["--tasks", "120", "--out", str(tmp_path), "--seed", "2"]) == 0
    files = {p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.yaml")}
    assert len([f for f in files if f.startswith("progress/")]) == 250 * 12
    assert "plans/units.yaml" in files and "kehoach.yaml" in files
    text = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "plans").rglob("*.yaml"))
    for form in ("Quý", "hàng tháng", "hằng tháng", "Dự kiến", "đến hết tháng", "tuần tháng"):
        assert form in text, form
    result = run_cli("validate", cwd=tmp_path)
    assert result.code == 0, result.stdout[-2000:]
    assert re.search(r"13 kế hoạch, 120 nhiệm vụ, 250 đơn vị, 3000 báo cáo tiến độ", result.stdout)
