"""A progress bar on stderr while a large workspace is read, for people at a terminal only.

It appears once reading has taken a second (a small workspace never shows one), never when
output goes to a file or a program, and never beside ``--json`` output.  rich is imported only
when the bar is actually drawn.
"""

from __future__ import annotations

import itertools
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

DELAY = 1.0


def wanted(argv: list[str] | None = None) -> bool:
    """A terminal on both streams, and no machine-readable output asked for."""
    args = sys.argv[1:] if argv is None else argv
    machine = "--json" in args or any(
        a in ("--format=json", "-fjson") or (a in ("--format", "-f") and nxt == "json")
        for a, nxt in itertools.pairwise([*args, ""])
    )
    return not machine and sys.stderr.isatty() and sys.stdout.isatty()


class _Bar:
    def __init__(self) -> None:
        self.started = time.monotonic()
        self.progress: Any = None
        self.task: Any = None

    def update(self, done: int, total: int) -> None:
        if self.progress is None:
            if time.monotonic() - self.started < DELAY or done >= total:
                return
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

            from kehoach_cli.messages import t

            self.progress = Progress(TextColumn(t("perf.reading")), BarColumn(),
                                     MofNCompleteColumn(), console=Console(stderr=True),
                                     transient=True)
            self.progress.start()
            self.task = self.progress.add_task("", total=total, completed=done)
        self.progress.update(self.task, completed=done)

    def close(self) -> None:
        if self.progress is not None:
            self.progress.stop()


@contextmanager
def load_progress() -> Iterator[Any]:
    """A ``(done, total)`` callback for ``load_workspace``, or None when no bar is wanted."""
    if not wanted():
        yield None
        return
    bar = _Bar()
    try:
        yield bar.update
    finally:
        bar.close()
