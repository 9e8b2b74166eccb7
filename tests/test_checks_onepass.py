"""The one-pass load (each file checked and let go as it is read) finds exactly what loading
everything and then checking finds: the same problems in the same order, the same workspace,
the same load problems, and every duplicate's "first" still pointing at the right place."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

import mutants
from kehoach_cli.checks import run_checks
from kehoach_cli.checks.onepass import PER_FILE, PLAN_CHECKS, load_and_check
from kehoach_cli.reading.loading import load_workspace
from kehoach_cli.reading.loadtypes import LightLoadResult

CORPUS = Path(__file__).parent / "corpus"


def _same_as_full_load(root: Path) -> None:
    full = load_workspace(root)
    expected = run_checks(full)
    result, problems = load_and_check(root)
    assert problems == expected
    assert result.problems == full.problems
    assert result.workspace == full.workspace
    assert result.files == full.files
    assert result.keys == {i.doc.file: [i.model.unit, i.model.month] for i in full.progress_files}


def test_every_check_runs_once() -> None:
    from kehoach_cli.checks import CHECKS

    assert sorted(map(id, (*PLAN_CHECKS, *PER_FILE))) == sorted(map(id, CHECKS))
    assert CHECKS[-len(PER_FILE):] == PER_FILE  # file_checks keeps this order


@pytest.mark.parametrize("case", sorted(CORPUS.glob("*/*.yaml")), ids=lambda p: p.stem)
def test_corpus_file(case: Path, tmp_path: Path) -> None:
    (tmp_path / "plans").mkdir()
    shutil.copyfile(case, tmp_path / "plans" / case.name)
    _same_as_full_load(tmp_path)


def test_mutants_of_plans_and_progress(tmp_path: Path) -> None:
    rng = random.Random(515)
    root = mutants._workspace(tmp_path)
    for _ in range(60):
        source = rng.choice(mutants.SEEDS)
        target = mutants._target(root, source)
        target.write_bytes(mutants.mutate(rng, source.read_text(encoding="utf-8")))
        _same_as_full_load(root)
        shutil.copyfile(source, target)


def test_a_repeated_unit_and_month_names_the_first_file_exactly(tmp_path: Path) -> None:
    root = mutants._workspace(tmp_path)
    month = root / "progress" / "2023-08"
    shutil.copyfile(month / "phong-a.yaml", month / "phong-a-lan-2.yaml")
    shutil.copyfile(root / "plans" / "kh-thu.yaml", root / "plans" / "kh-thu-ban-sao.yaml")
    _same_as_full_load(root)
    _, problems = load_and_check(root)
    repeated = [p for p in problems if p.code == "check.duplicate_submission"]
    # phong-a.yaml: line 5 is "unit: 'phong-a'", its value starts in column 7
    assert [(p.source.file, p.params["first"]) for p in repeated] == [
        ("progress/2023-08/phong-a.yaml", "progress/2023-08/phong-a-lan-2.yaml:5:7"),
    ]  # the copy sorts first ("-" before ".")
    assert any(p.code == "check.duplicate_id" for p in problems)


def test_the_parsed_files_are_read_again_when_asked_for(tmp_path: Path) -> None:
    root = mutants._workspace(tmp_path)
    result, _ = load_and_check(root)
    assert isinstance(result, LightLoadResult)
    assert "plan_files" not in vars(result)
    assert [i.doc.file for i in result.progress_files] == ["progress/2023-08/phong-a.yaml"]
    assert [i.model.id for i in result.plan_files] == [i.model.id for i in load_workspace(root).plan_files]
