"""After an edit to progress files only, just those files are read, parsed and checked again,
and the answer is the one a fresh load gives, problem for problem."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest

from conftest import run_cli, write_files
from kehoach_cli.cache import filetable
from kehoach_cli.cache import workspace as cache
from kehoach_cli.problems import Problem
from kehoach_cli.reading import loading
from kehoach_cli.reading.loadtypes import LoadResult
from test_cache_workspace import PLAN, RECORD, Counter

OTHER = RECORD.replace("unit: a", "unit: b").replace("task: t1", "task: t2").replace(
    "state: hoàn thành, completed: 2023-03-10", "state: đang thực hiện")


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("KEHOACH_NO_CACHE", raising=False)
    monkeypatch.setenv("KEHOACH_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(cache, "RACY_NS", 0)
    return write_files(tmp_path / "ws", {"kehoach.yaml": "kehoach: 1\n", "plans/kh.yaml": PLAN,
                                         "progress/2023-03/a.yaml": RECORD,
                                         "progress/2023-03/b.yaml": OTHER})


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every file the loader parses, in order (the loader's own parse function, counted)."""
    seen: list[str] = []
    real = loading.parse_yaml

    def counting(raw: bytes, display: str) -> object:
        seen.append(display)
        return real(raw, display)

    monkeypatch.setattr(loading, "parse_yaml", counting)
    return seen


def _fresh(root: Path) -> tuple[LoadResult, list[Problem]]:
    return Counter(root)()


def _same_as_fresh(root: Path, got: tuple[LoadResult, list[Problem]]) -> None:
    result, problems = got
    fresh, fresh_problems = _fresh(root)
    assert result.workspace == fresh.workspace
    assert result.workspace.tasks.keys() == fresh.workspace.tasks.keys()
    assert problems == fresh_problems
    assert sorted(map(repr, result.problems)) == sorted(map(repr, fresh.problems))
    assert result.files == fresh.files


EDITS = {
    "a new entry": RECORD + "  - {task: t2, state: đang thực hiện}\n",
    "an unknown task": RECORD.replace("task: t1", "task: t9"),
    "a schema error": RECORD.replace("state: hoàn thành", "state: xong"),
    "a bad date": RECORD.replace("completed: 2023-03-10", "completed: 2023-03-30"),
    "a duplicate entry": RECORD + "  - {task: t1, state: đang thực hiện}\n",
}


@pytest.mark.parametrize("edit", list(EDITS))
def test_only_the_edited_file_is_parsed_again(ws: Path, parsed: list[str], edit: str) -> None:
    compute = Counter(ws)
    cache.checked(ws, compute)
    parsed.clear()
    write_files(ws, {"progress/2023-03/a.yaml": EDITS[edit]})
    got = cache.checked(ws, compute)
    if edit == "a schema error":  # the file no longer builds: everything is loaded again
        assert compute.calls == 2
    else:
        assert compute.calls == 1 and parsed == ["progress/2023-03/a.yaml"]
    _same_as_fresh(ws, got)
    parsed.clear()
    _same_as_fresh(ws, cache.checked(ws, compute))  # and the updated entry holds
    assert parsed == []


def test_edits_back_and_forth_stay_exact(ws: Path, parsed: list[str]) -> None:
    compute = Counter(ws)
    cache.checked(ws, compute)
    for text in (EDITS["an unknown task"], RECORD, EDITS["a bad date"], EDITS["a new entry"]):
        write_files(ws, {"progress/2023-03/a.yaml": text})
        _same_as_fresh(ws, cache.checked(ws, compute))
    assert compute.calls == 1


@pytest.mark.parametrize("change", ["the month", "the unit", "a plan", "the settings"])
def test_a_change_reaching_other_files_loads_everything(ws: Path, change: str) -> None:
    compute = Counter(ws)
    cache.checked(ws, compute)
    edits = {
        "the month": {"progress/2023-03/a.yaml": RECORD.replace('"2023-03"', '"2023-04"')},
        "the unit": {"progress/2023-03/a.yaml": RECORD.replace("unit: a", "unit: b")},
        "a plan": {"plans/kh.yaml": PLAN.replace("Hai", "Ba")},
        "the settings": {"kehoach.yaml": "kehoach: 1\nsettings: {before_includes_day: true}\n"},
    }
    write_files(ws, edits[change])
    got = cache.checked(ws, compute)
    assert compute.calls == 2
    _same_as_fresh(ws, got)


def test_a_duplicate_submission_is_never_updated_alone(ws: Path) -> None:
    write_files(ws, {"progress/2023-03/c.yaml": RECORD})  # a second record for a, 2023-03
    compute = Counter(ws)
    cache.checked(ws, compute)
    write_files(ws, {"progress/2023-03/c.yaml": EDITS["a new entry"]})
    got = cache.checked(ws, compute)
    assert compute.calls == 2
    _same_as_fresh(ws, got)
    assert "check.duplicate_submission" in [p.code for p in got[1]]


def test_the_cli_answers_after_an_edit_as_a_cold_run(tmp_path: Path) -> None:
    root = write_files(tmp_path / "ws", {"plans/kh.yaml": PLAN, "progress/2023-03/a.yaml": RECORD,
                                         "progress/2023-03/b.yaml": OTHER})
    env = {"KEHOACH_NO_CACHE": "", "KEHOACH_CACHE_DIR": str(tmp_path / "cache"),
           "KEHOACH_NO_RESULT_CACHE": "1"}
    for command in (("status", "--as-of", "2023-04-05"), ("validate",)):
        assert run_cli(*command, cwd=root, env=env).code == 0
    write_files(root, {"progress/2023-03/b.yaml": OTHER.replace("đang thực hiện", "hoàn thành, "
                                                                "completed: 2023-03-12")})
    for command in (("status", "--as-of", "2023-04-05"), ("validate",)):
        warm = run_cli(*command, cwd=root, env=env)
        cold = run_cli(*command, cwd=root, env={**env, "KEHOACH_NO_CACHE": "1"})
        assert (warm.code, warm.stdout, warm.stderr) == (cold.code, cold.stdout, cold.stderr)


def test_a_mapping_of_read_files_hands_each_over_once(ws: Path) -> None:
    files = filetable.scan(ws)
    reading = filetable.Reading(ws, list(files))
    assert "kehoach.yaml" not in list(reading) and "plans/kh.yaml" in list(reading)
    assert reading["plans/kh.yaml"] == (ws / "plans/kh.yaml").read_bytes()
    assert reading.digests["plans/kh.yaml"] == filetable.file_digest(ws / "plans/kh.yaml")
    with pytest.raises(KeyError):
        reading["plans/kh.yaml"]  # handed over: not kept in memory
    assert isinstance(reading, Mapping)
