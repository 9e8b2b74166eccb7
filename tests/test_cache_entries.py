"""A cache entry is data, checked on the descriptor that is read: nothing planted is trusted.

Each test plants what another local user (or a bad disk) could leave at an entry's path and
checks that the run neither executes nor believes it, never hangs, and answers exactly as a
cold run does.
"""

from __future__ import annotations

import os
import pickle
import signal
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import run_cli, write_files
from kehoach_cli.cache import entries as cachefile
from kehoach_cli.cache import workspace as cache
from test_cache_workspace import PLAN, RECORD, Counter


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("KEHOACH_NO_CACHE", raising=False)
    monkeypatch.setenv("KEHOACH_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(cache, "RACY_NS", 0)
    return write_files(tmp_path / "ws", {"kehoach.yaml": "kehoach: 1\n", "plans/kh.yaml": PLAN,
                                         "progress/2023-03/a.yaml": RECORD})


@pytest.fixture
def deadline() -> Iterator[None]:
    """A read that waits on a FIFO would hang the suite: fail it after 20 s instead."""

    def expired(*_: object) -> None:
        raise TimeoutError("the cache waited on a file")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(20)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _entry(ws: Path) -> Path:
    (entry,) = (ws.parent / "cache").glob(f"ws-*{cachefile.SUFFIX}")
    return entry


class _Boom:
    """Unpickling this runs ``os.system``: the attack that pickle entries allowed."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return os.system, (f"touch {self.marker}",)


def test_the_folder_and_the_entries_are_private(ws: Path) -> None:
    cache.checked(ws, Counter(ws))
    assert stat.S_IMODE((ws.parent / "cache").stat().st_mode) == 0o700
    assert stat.S_IMODE(_entry(ws).stat().st_mode) == 0o600


def test_no_pickle_or_marshal_anywhere_in_the_package() -> None:
    package = Path(cache.__file__).resolve().parents[1]
    for source in package.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        for banned in ("import pickle", "import marshal", "import shelve", "pickle.loads"):
            assert banned not in text, f"{source}: {banned}"


@pytest.mark.parametrize("checksum", ["no checksum", "a valid checksum"])
def test_a_planted_pickle_is_never_executed(ws: Path, tmp_path: Path, checksum: str) -> None:
    compute = Counter(ws)
    cache.checked(ws, compute)
    entry, marker = _entry(ws), tmp_path / "pwned"
    evil = pickle.dumps(_Boom(marker))
    if checksum == "no checksum":
        entry.write_bytes(evil)
    else:  # a well-formed entry whose header holds and whose payload is the pickle
        header, _ = cachefile.read(entry) or ({}, b"")
        cachefile.write(entry, header, evil)
    result, problems = cache.checked(ws, compute)
    assert not marker.exists()
    assert compute.calls == 2  # not an entry: computed again and replaced
    fresh, fresh_problems = Counter(ws)()
    assert result.workspace == fresh.workspace and problems == fresh_problems
    assert entry.read_bytes().startswith(cachefile.MAGIC) and cachefile.read(entry) is not None


def test_every_flipped_byte_is_a_miss(ws: Path) -> None:
    compute = Counter(ws)
    cache.checked(ws, compute)
    entry = _entry(ws)
    good = entry.read_bytes()
    step = max(1, len(good) // 97)
    for at in range(0, len(good), step):
        damaged = bytearray(good)
        damaged[at] ^= 0x01
        entry.write_bytes(bytes(damaged))
        assert cachefile.read(entry) is None, at
    entry.write_bytes(good)
    assert cachefile.read(entry) is not None


def test_a_flipped_byte_answers_as_a_cold_run(tmp_path: Path) -> None:
    root = write_files(tmp_path / "ws", {"plans/kh.yaml": PLAN.replace("lead: [b]", "lead: [z]"),
                                         "progress/2023-03/a.yaml": RECORD})
    env = {"KEHOACH_NO_CACHE": "", "KEHOACH_CACHE_DIR": str(tmp_path / "cache")}
    cold = run_cli("validate", cwd=root, env=env)
    (entry,) = (tmp_path / "cache").glob("ws-*")
    for at in (len(cachefile.MAGIC) + 40, len(entry.read_bytes()) // 2, -2):
        damaged = bytearray(entry.read_bytes())
        damaged[at] ^= 0x20
        entry.write_bytes(bytes(damaged))
        again = run_cli("validate", cwd=root, env=env)
        assert (again.code, again.stdout, again.stderr) == (cold.code, cold.stdout, cold.stderr)
    assert cold.code == 1 and "'z'" in cold.stdout


def test_an_entry_of_another_user_is_never_read(ws: Path) -> None:
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("changing a file's owner needs root")
    compute = Counter(ws)
    cache.checked(ws, compute)
    os.chown(_entry(ws), os.getuid() + 4242, -1)
    cache.checked(ws, compute)
    assert compute.calls == 2 and _entry(ws).stat().st_uid == os.getuid()


def test_a_symbolic_link_at_the_entry_is_not_followed(ws: Path, tmp_path: Path) -> None:
    compute = Counter(ws)
    cache.checked(ws, compute)
    entry = _entry(ws)
    elsewhere = tmp_path / "elsewhere.kc"
    entry.rename(elsewhere)  # a genuine entry of ours, reached through a link
    entry.symlink_to(elsewhere)
    assert cachefile.read(entry) is None
    cache.checked(ws, compute)
    assert compute.calls == 2
    assert not entry.is_symlink() and cachefile.read(entry) is not None
    assert elsewhere.exists()  # the link was replaced, its target left alone


def test_a_fifo_at_the_entry_is_a_miss_without_waiting(ws: Path, deadline: None) -> None:
    compute = Counter(ws)
    cache.checked(ws, compute)
    entry = _entry(ws)
    entry.unlink()
    os.mkfifo(entry)
    assert cachefile.read(entry) is None
    result, _ = cache.checked(ws, compute)
    assert compute.calls == 2 and result.workspace == Counter(ws)()[0].workspace
    assert stat.S_ISREG(entry.lstat().st_mode)


def test_a_fifo_in_the_workspace_does_not_hang_the_cache(ws: Path, deadline: None) -> None:
    os.mkfifo(ws / "progress/2023-03/pipe.yaml")
    compute = Counter(ws)
    cache.checked(ws, compute)
    cache.checked(ws, compute)
    assert compute.calls == 1


def test_a_result_entry_is_checked_the_same_way(tmp_path: Path) -> None:
    root = write_files(tmp_path / "ws", {"plans/kh.yaml": PLAN, "progress/2023-03/a.yaml": RECORD})
    env = {"KEHOACH_NO_CACHE": "", "KEHOACH_CACHE_DIR": str(tmp_path / "cache")}
    args = ("status", "--as-of", "2023-04-05")
    cold = run_cli(*args, cwd=root, env=env)
    (entry,) = (tmp_path / "cache").glob("out-*")
    marker = tmp_path / "pwned"
    header, _ = cachefile.read(entry) or ({}, b"")
    cachefile.write(entry, header, pickle.dumps(_Boom(marker)))
    again = run_cli(*args, cwd=root, env=env)
    assert not marker.exists()
    assert (again.code, again.stdout) == (cold.code, cold.stdout) and cold.code == 0


def test_a_payload_written_in_pieces_is_the_same_entry(tmp_path: Path) -> None:
    header = {"key": "k", "files": {}}
    cachefile.write(tmp_path / "ws-a.kc", header, b"abcdef")
    cachefile.write(tmp_path / "ws-b.kc", header, iter([b"ab", b"", b"cdef"]))
    assert (tmp_path / "ws-a.kc").read_bytes() == (tmp_path / "ws-b.kc").read_bytes()
    assert cachefile.read(tmp_path / "ws-b.kc") == (header, b"abcdef")


def test_a_header_nested_past_the_parser_is_no_entry(tmp_path: Path) -> None:
    """A header is JSON: one the parser cannot take (too deep, not UTF-8) is no entry."""
    path = tmp_path / "out-x.kc"
    for head in (b"[" * 100_000 + b"]" * 100_000, b"\xff\xfe", b"{"):
        body = len(head).to_bytes(4, "big") + head
        path.write_bytes(cachefile.MAGIC + cachefile._digest(body) + body)
        path.chmod(0o600)
        assert cachefile.read(path) is None
