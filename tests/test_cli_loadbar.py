"""The progress bar: only for a person at a terminal, only for a long read; loading reports."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import write_files
from kehoach_cli.cli import loadbar
from kehoach_cli.reading.loading import load_workspace


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("argv", "expected"), [
    (["status"], True),
    (["status", "--json"], False),
    (["validate", "--format", "json"], False),
    (["validate", "-f", "json"], False),
    (["validate", "--format=json"], False),
    (["validate", "--format", "sarif"], True),
])
def test_wanted_only_at_a_terminal_without_json(
    argv: list[str], expected: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdout", Tty())
    monkeypatch.setattr("sys.stderr", Tty())
    assert loadbar.wanted(argv) is expected
    monkeypatch.setattr("sys.stdout", io.StringIO())  # output piped to a file or program
    assert loadbar.wanted(argv) is False


def test_no_bar_for_a_short_read(monkeypatch: pytest.MonkeyPatch) -> None:
    bar = loadbar._Bar()
    for done in range(1, 11):
        bar.update(done, 10)
    assert bar.progress is None


def test_a_bar_after_a_second_on_stderr(monkeypatch: pytest.MonkeyPatch) -> None:
    err = Tty()
    monkeypatch.setattr("sys.stderr", err)
    bar = loadbar._Bar()
    bar.started -= loadbar.DELAY + 0.1
    bar.update(3, 10)
    assert bar.progress is not None
    bar.update(10, 10)
    bar.close()
    assert "10" in err.getvalue()


def test_loading_reports_every_file(tmp_path: Path) -> None:
    write_files(tmp_path, {"plans/a.yaml": "kehoach: 1\n", "plans/b.yaml": "kehoach: 1\n",
                           "progress/2023-01/x.yaml": "kehoach: 1\n"})
    seen: list[tuple[int, int]] = []
    load_workspace(tmp_path, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_wanted_with_no_arguments_at_all(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stderr", io.StringIO())
    assert loadbar.wanted([]) is False  # not a terminal; and no crash on an empty line


def test_the_bar_stays_until_the_checks_are_done(monkeypatch: pytest.MonkeyPatch,
                                                 tmp_path: Path) -> None:
    """The plans' checks run after the last plan is read, each progress file's as it is read;
    a bar closed before they were done stopped early."""
    import contextlib

    from kehoach_cli.checks import onepass
    from kehoach_cli.cli import common, loadbar

    events: list[str] = []
    real = onepass.load_and_check

    @contextlib.contextmanager
    def bar() -> Iterator[None]:
        events.append("open")
        yield None
        events.append("close")

    def load_and_check(*args: Any) -> Any:
        found = real(*args)
        events.append("checks")
        return found

    monkeypatch.setattr(loadbar, "load_progress", bar)
    monkeypatch.setattr(onepass, "load_and_check", load_and_check)
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "a.yaml").write_text("kehoach: 1\n", encoding="utf-8")
    common._load_and_check(tmp_path)
    assert events == ["open", "checks", "close"]
