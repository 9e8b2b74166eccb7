"""The workspace cache: a hit gives what a fresh load gives; any change to its inputs is a miss."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Mapping
from pathlib import Path

import pytest

from conftest import run_cli, write_files
from kehoach_cli.cache import entries as cachefile
from kehoach_cli.cache import filetable
from kehoach_cli.cache import workspace as cache
from kehoach_cli.checks import run_checks
from kehoach_cli.problems import Problem
from kehoach_cli.reading.loading import load_workspace, workspace_files
from kehoach_cli.reading.loadtypes import CachedLoadResult, LoadResult

PLAN = """
    kehoach: 1
    id: kh
    document: {number: 1/KH, date: 2023-02-20, place: P, issuer: UBND, title: T}
    units:
      - {id: a, name: Phòng A}
      - {id: b, name: Phòng B}
    tasks:
      - {id: t1, ref: II.1, title: Một, lead: [a], time: trước 25/3/2023}
      - {id: t2, ref: II.2, title: Hai, lead: [b], support: [a], time: Quý III/2023}
    """
RECORD = """
    kehoach: 1
    unit: a
    month: "2023-03"
    submitted: 2023-03-20
    entries:
      - {task: t1, state: hoàn thành, completed: 2023-03-10}
    """


class Counter:
    """``compute`` for ``cache.checked``: a real load and check, counting how often it ran."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.calls = 0

    def __call__(self, files: Mapping[str, bytes] | None = None) -> tuple[LoadResult, list[Problem]]:
        self.calls += 1
        result = load_workspace(self.root, files)
        return result, run_checks(result)


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("KEHOACH_NO_CACHE", raising=False)
    monkeypatch.setenv("KEHOACH_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(cache, "RACY_NS", 0)  # files written by the test are trusted at once
    root = tmp_path / "ws"
    write_files(root, {"kehoach.yaml": "kehoach: 1\n", "plans/kh.yaml": PLAN,
                       "progress/2023-03/a.yaml": RECORD})
    return root


def _twice(root: Path) -> tuple[Counter, tuple[LoadResult, list[Problem]]]:
    compute = Counter(root)
    cache.checked(root, compute)
    return compute, cache.checked(root, compute)


def test_a_hit_gives_the_same_workspace_and_problems(ws: Path) -> None:
    write_files(ws, {"plans/bad.yaml": "kehoach: 1\nunits: [{id: c}]\n"})
    compute, (result, problems) = _twice(ws)
    fresh = load_workspace(ws)
    assert compute.calls == 1
    assert isinstance(result, CachedLoadResult)
    assert result.workspace == fresh.workspace
    assert result.workspace.tasks.keys() == fresh.workspace.tasks.keys()
    assert result.files == fresh.files and result.problems == fresh.problems
    assert problems == run_checks(fresh) and [p.code for p in problems] == ["schema.missing"]


def test_parsed_files_of_a_hit_are_read_when_asked_for(ws: Path) -> None:
    _, (result, _) = _twice(ws)
    assert [item.model.unit for item in result.progress_files] == ["a"]
    assert [item.doc.file for item in result.plan_files] == ["plans/kh.yaml"]


def test_a_stored_miss_lets_its_parsed_files_go_and_reads_them_when_asked_for(ws: Path) -> None:
    result, _ = cache.checked(ws, Counter(ws))
    assert isinstance(result, CachedLoadResult)
    assert "progress_files" not in vars(result)
    assert [item.model.unit for item in result.progress_files] == ["a"]
    assert [item.doc.file for item in result.plan_files] == ["plans/kh.yaml"]


@pytest.mark.parametrize("change", ["same-size edit", "added", "removed", "settings", "renamed"])
def test_any_change_to_the_files_is_a_miss(ws: Path, change: str) -> None:
    compute = Counter(ws)
    cache.checked(ws, compute)
    target = ws / "plans/kh.yaml"
    if change == "same-size edit":  # same size, same mtime: only the content differs
        before = target.stat()
        target.write_text(target.read_text(encoding="utf-8").replace("Một", "Mốt"), "utf-8")
        assert target.stat().st_size == before.st_size
        os.utime(target, ns=(before.st_atime_ns, before.st_mtime_ns))
    elif change == "added":
        write_files(ws, {"progress/2023-04/b.yaml": RECORD.replace("unit: a", "unit: b")})
    elif change == "removed":
        (ws / "progress/2023-03/a.yaml").unlink()
    elif change == "settings":
        write_files(ws, {"kehoach.yaml": "kehoach: 1\nsettings: {before_includes_day: true}\n"})
    else:
        target.rename(ws / "plans/kh2.yaml")
    result, _ = cache.checked(ws, compute)
    assert compute.calls == 2
    assert result.workspace == load_workspace(ws).workspace


def test_times_changed_contents_same_is_a_hit(ws: Path) -> None:
    compute = Counter(ws)
    cache.checked(ws, compute)
    target = ws / "plans/kh.yaml"
    target.write_bytes(target.read_bytes())  # new times, same bytes: hashed, found equal
    cache.checked(ws, compute)
    assert compute.calls == 1


def test_another_kehoach_version_is_a_miss(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    compute = Counter(ws)
    cache.checked(ws, compute)
    monkeypatch.setattr(cache, "__version__", "99.0")
    cache.checked(ws, compute)
    assert compute.calls == 2


def test_a_corrupt_entry_is_rebuilt_without_a_word(ws: Path) -> None:
    compute = Counter(ws)
    cache.checked(ws, compute)
    (entry,) = (ws.parent / "cache").glob("ws-*.kc")
    for garbage in (b"", cachefile.MAGIC + b"\x00" * 20, entry.read_bytes()[:-100]):
        entry.write_bytes(garbage)
        result, _ = cache.checked(ws, compute)
        assert result.workspace == load_workspace(ws).workspace
    assert compute.calls == 4
    cache.checked(ws, compute)
    assert compute.calls == 4  # rebuilt: the last run wrote a good entry again


def test_an_entry_others_could_have_written_is_never_read(ws: Path) -> None:
    compute = Counter(ws)
    cache.checked(ws, compute)
    (entry,) = (ws.parent / "cache").glob("ws-*.kc")
    assert entry.stat().st_mode & 0o777 == 0o600
    entry.chmod(0o666)
    cache.checked(ws, compute)
    assert compute.calls == 2


def test_no_cache_when_turned_off(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KEHOACH_NO_CACHE", "1")
    compute, _ = _twice(ws)
    assert compute.calls == 2 and not (ws.parent / "cache").exists()


def test_a_file_changing_during_the_load_is_not_remembered(ws: Path) -> None:
    compute = Counter(ws)

    def edit_while_loading(files: Mapping[str, bytes] | None) -> tuple[LoadResult, list[Problem]]:
        loaded = compute(files)
        write_files(ws, {"plans/kh.yaml": PLAN.replace("Hai", "Ba")})
        return loaded

    cache.checked(ws, edit_while_loading)
    assert not list((ws.parent / "cache").glob("ws-*.kc"))


def test_concurrent_writers_leave_a_whole_entry(ws: Path) -> None:
    threads = [threading.Thread(target=cache.checked, args=(ws, Counter(ws))) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    compute = Counter(ws)
    cache.checked(ws, compute)
    assert compute.calls == 0
    assert not list((ws.parent / "cache").glob(".tmp-*"))


def test_scan_sees_every_file_loading_reads(tmp_path: Path) -> None:
    write_files(tmp_path, {"kehoach.yaml": "kehoach: 1\n", "plans/a.yaml": "x: 1\n",
                           "plans/deep/er/b.yml": "x: 1\n", "plans/notes.txt": "x",
                           "progress/2023-01/c.yaml": "x: 1\n", "elsewhere/d.yaml": "x: 1\n"})
    (tmp_path / "progress/linked").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    plans, progress = workspace_files(tmp_path)
    read = {p.relative_to(tmp_path).as_posix() for p in (*plans, *progress)}
    assert read | {"kehoach.yaml"} <= set(filetable.scan(tmp_path))
    assert "plans/notes.txt" not in filetable.scan(tmp_path)


def test_the_cli_reports_the_same_problems_warm(tmp_path: Path) -> None:
    root = write_files(tmp_path / "ws", {"plans/kh.yaml": PLAN.replace("lead: [b]", "lead: [z]")})
    env = {"KEHOACH_NO_CACHE": "", "KEHOACH_CACHE_DIR": str(tmp_path / "cache")}
    cold = run_cli("validate", cwd=root, env=env)
    warm = run_cli("validate", cwd=root, env=env)
    assert list((tmp_path / "cache").glob("ws-*.kc"))
    assert cold.code == warm.code == 1
    assert "'z'" in cold.stdout
    assert warm.stdout == cold.stdout and warm.stderr == cold.stderr


def test_a_warm_query_does_not_import_the_parser(tmp_path: Path) -> None:
    """The point of the cache: no YAML parser, no pydantic, when nothing changed."""
    root = write_files(tmp_path / "ws", {"plans/kh.yaml": PLAN})
    env = {"KEHOACH_NO_CACHE": "", "KEHOACH_CACHE_DIR": str(tmp_path / "cache")}
    assert run_cli("validate", cwd=root, env=env).code == 0
    script = (
        "import sys\n"
        "from kehoach_cli.cli.main import _dispatch\n"
        "code = _dispatch(['validate'], debug=True)\n"
        "heavy = sorted(m for m in ('yaml', 'pydantic', 'kehoach_cli.reading.loading') if m in sys.modules)\n"
        "print(code, heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True,
                         env={**os.environ, **env}, check=True).stdout
    assert out.strip().splitlines()[-1] == "0 []"


def _entries(ws: Path) -> list[Path]:
    return list((ws.parent / "cache").glob("ws-*.kc"))


def test_a_deferred_entry_is_written_only_when_asked(ws: Path) -> None:
    compute = Counter(ws)
    cache.checked(ws, compute, defer=True)
    assert _entries(ws) == []
    cache.write_pending()
    assert len(_entries(ws)) == 1
    cache.checked(ws, compute)
    assert compute.calls == 1


def test_a_load_first_writes_what_an_earlier_one_left(ws: Path) -> None:
    compute = Counter(ws)
    cache.checked(ws, compute, defer=True)
    cache.checked(ws, compute)  # the pending entry is written, then found
    assert compute.calls == 1


def test_a_deferred_update_after_an_edit_is_written_when_asked(ws: Path) -> None:
    compute = Counter(ws)
    cache.checked(ws, compute)
    before = _entries(ws)[0].read_bytes()
    write_files(ws, {"progress/2023-03/a.yaml": RECORD + "  - {task: t2, state: đang thực hiện}\n"})
    cache.checked(ws, compute, defer=True)
    assert compute.calls == 1 and _entries(ws)[0].read_bytes() == before
    cache.write_pending()
    assert _entries(ws)[0].read_bytes() != before
    result, _ = cache.checked(ws, compute)
    assert compute.calls == 1
    assert [e.task for s in result.workspace.submissions for e in s.entries] == ["t1", "t2"]


def test_an_entry_that_cannot_be_written_is_skipped(ws: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(cachefile, "write", refuse)
    cache.checked(ws, Counter(ws), defer=True)
    cache.write_pending()  # no exception, and nothing left pending
    assert cache._PENDING == [] and _entries(ws) == []


def test_the_command_line_writes_its_entry_before_it_exits(tmp_path: Path) -> None:
    root = write_files(tmp_path / "ws", {"plans/kh.yaml": PLAN})
    env = {"KEHOACH_NO_CACHE": "", "KEHOACH_CACHE_DIR": str(tmp_path / "cache")}
    assert run_cli("status", "--as-of", "2023-04-01", cwd=root, env=env).code == 0
    assert len(list((tmp_path / "cache").glob("ws-*.kc"))) == 1
