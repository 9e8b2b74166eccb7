"""Which files a workspace has, and reading one of them: once, within a size limit, never hanging.

Light on purpose (no parser, no pydantic): the cache lists and reads files through it before it
knows whether it needs the parser at all.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from kehoach_cli.reading.loadtypes import PLANS_DIR, PROGRESS_DIR

if TYPE_CHECKING:  # a warm run lists files without importing the model
    from kehoach_cli.problems import Problem

SUFFIXES = (".yaml", ".yml")


def workspace_files(root: Path) -> tuple[list[Path], list[Path]]:
    """Plan and progress files, in a stable order so output never depends on the file system.

    Symlinked folders are not followed (a ``plans/r -> /`` link would crawl the disk); only
    regular files (or links to one) with a YAML suffix are listed.
    """
    return _yamls(root / PLANS_DIR), _yamls(root / PROGRESS_DIR)


def _yamls(folder: Path) -> list[Path]:
    """os.scandir rather than pathlib: a province has thousands of files, and pathlib's
    per-path parsing cost a warm query more than everything else it did."""
    if folder.is_symlink() or not folder.is_dir():
        return []
    found: list[str] = []
    pending = [str(folder)]
    while pending:
        try:
            entries = list(os.scandir(pending.pop()))
        except OSError:
            continue
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                pending.append(entry.path)
            elif entry.name.endswith(SUFFIXES) and entry.is_file():
                found.append(entry.path)
    found.sort(key=lambda path: path.split(os.sep))  # the order of sorted Paths
    return [Path(path) for path in found]


def read_limited(path: Path, display: str, limit: int) -> tuple[bytes | None, list[Problem]]:
    """The file's bytes, or None and a located problem: opened once, its size taken from the
    open descriptor before anything is read, at most ``limit`` bytes read; a FIFO or a device
    is refused without waiting on it."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as err:
        return None, [_problem("load.unreadable", display, reason=err.strerror or str(err))]
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            return None, [_problem("load.unreadable", display, reason=os.strerror(errno.EINVAL))]
        if st.st_size > limit:
            return None, [_problem("load.too_large", display, size=st.st_size, limit=limit)]
        chunks: list[bytes] = []
        total = 0
        while chunk := os.read(fd, min(1 << 20, limit + 1 - total)):
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:  # grew after fstat: refuse rather than read on
                return None, [_problem("load.too_large", display, size=total, limit=limit)]
        return b"".join(chunks), []
    except OSError as err:
        return None, [_problem("load.unreadable", display, reason=err.strerror or str(err))]
    finally:
        os.close(fd)


def _problem(code: str, display: str, **params: object) -> Problem:
    from kehoach_cli.model import Source
    from kehoach_cli.problems import Problem

    return Problem(code, Source(display), params)
