"""Which files a workspace holds, and reading one of them without trusting the file system.

A workspace is often a shared folder or repository, so its tree may hold what its owner did
not put there: a symlinked folder pointing at ``/`` (never followed: the scan would crawl the
disk), a symlinked file pointing at ``/etc/shadow`` (skipped with a problem that never shows
its content), a FIFO or a device named ``x.yaml`` (only regular files are read, and opening
never waits), a file of a gigabyte (its size is checked on the open descriptor before any byte
is read, and no more than the limit is ever read).
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from kehoach_cli.reading.layout import PLANS_DIR, PROGRESS_DIR

if TYPE_CHECKING:  # a warm run lists files without importing the model
    from kehoach_cli.problems import Problem

SUFFIXES = (".yaml", ".yml")
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(
    os, "O_BINARY", 0)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def workspace_files(root: Path) -> tuple[list[Path], list[Path]]:
    """Plan and progress files, in a stable order so output never depends on the file system."""
    plans, progress, _ = scan(root)
    return plans, progress


def scan(root: Path) -> tuple[list[Path], list[Path], list[Problem]]:
    """``workspace_files`` plus a problem for each symlinked file that leaves the workspace."""
    plans, progress, problems = scan_names(root)
    return [Path(p) for p in plans], [Path(p) for p in progress], problems


def scan_names(root: Path) -> tuple[list[str], list[str], list[Problem]]:
    """``scan`` as path strings, in the same order: a warm run lists thousands of files and
    only compares their times, so it makes no ``Path`` of them."""
    base = str(root)
    real_root = os.path.realpath(base)
    problems: list[Problem] = []
    found = [_yamls(os.path.join(base, name), base, real_root, problems)
             for name in (PLANS_DIR, PROGRESS_DIR)]
    return found[0], found[1], sorted(problems, key=lambda p: p.source.file)


def _yamls(folder: str, root: str, real_root: str, problems: list[Problem]) -> list[str]:
    """Regular YAML files under ``folder``, never descending into a symlinked folder, in the
    order of ``Path`` objects: part by part, which is each folder's names in order, a
    subfolder's files where its name falls (walked with a stack: no recursion limit)."""
    if os.path.islink(folder) or not os.path.isdir(folder):
        return []
    out: list[str] = []
    pending: list[os.DirEntry[str] | str] = [folder]
    while pending:
        item = pending.pop()
        if isinstance(item, str) or item.is_dir(follow_symlinks=False):
            pending.extend(reversed(_listed(item if isinstance(item, str) else item.path)))
        elif _yaml_name(item.name) and _wanted(item, item.path, root, real_root, problems):
            out.append(item.path)
    return out


def _listed(folder: str) -> list[os.DirEntry[str]]:
    try:
        with os.scandir(folder) as entries:
            return sorted(entries, key=lambda e: os.path.normcase(e.name))
    except OSError:
        return []  # an unreadable folder holds nothing we can read


def _yaml_name(name: str) -> bool:
    """``Path(name).suffix in SUFFIXES``: a name that is only the suffix has none."""
    return name.endswith(SUFFIXES) and name not in SUFFIXES


def _wanted(entry: os.DirEntry[str], path: str, root: str, real_root: str,
            problems: list[Problem]) -> bool:
    if not entry.is_symlink():
        return entry.is_file(follow_symlinks=False)
    target = os.path.realpath(path)
    if not _inside(target, real_root):
        problems.append(_problem("load.outside_link", display(Path(root), Path(path))))
        return False
    return os.path.isfile(target)  # a link to a FIFO, a device or a folder is not a plan


def _inside(target: str, real_root: str) -> bool:
    return target == real_root or target.startswith(real_root.rstrip(os.sep) + os.sep)


def display(root: Path, path: Path) -> str:
    """``path`` relative to the workspace, with '/', so messages are short and clickable.

    A path under the root is cut from its text: ``relative_to`` made two ``Path`` objects per
    call, a cold load asks twice per file, and the two agree wherever the root's text and a
    separator begin the path's (both texts are normalised; otherwise pathlib answers)."""
    base, name = str(root), str(path)
    if name.startswith(base) and name[len(base):len(base) + 1] == "/":
        return name[len(base) + 1:]
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def escapes(root: Path, path: Path) -> bool:
    """Whether ``path`` (existing or not) resolves outside ``root``, through any symlink."""
    return not _inside(os.path.realpath(path), os.path.realpath(root))


def read_limited(path: Path, display: str, limit: int) -> tuple[bytes | None, list[Problem]]:
    """The bytes of the regular file ``path``, at most ``limit`` of them, or located problems.

    Opened once, without waiting (a FIFO or a terminal cannot hang the run) and without
    following a symlink unless ``path`` was a symlink when looked at (the scan allowed it); the
    descriptor, not the path, is then checked: a regular file no larger than the limit.
    """
    flags = _OPEN_FLAGS if os.path.islink(path) else _OPEN_FLAGS | _NOFOLLOW
    try:
        fd = os.open(path, flags)
    except OSError as err:
        if err.errno == errno.ELOOP:
            return None, [_problem("load.outside_link", display)]
        return None, [_unreadable(display, err)]
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return None, [_problem("load.not_regular", display)]
        if info.st_size > limit:
            return None, [_problem("load.too_large", display, size=info.st_size, limit=limit)]
        data = _read_at_most(fd, limit + 1)
    except OSError as err:
        return None, [_unreadable(display, err)]
    finally:
        os.close(fd)
    if len(data) > limit:  # it grew after fstat
        return None, [_problem("load.too_large", display, size=len(data), limit=limit)]
    return data, []


def _read_at_most(fd: int, count: int) -> bytes:
    chunks: list[bytes] = []
    left = count
    while left > 0:
        chunk = os.read(fd, min(left, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _unreadable(display: str, err: OSError) -> Problem:
    return _problem("load.unreadable", display, reason=err.strerror or type(err).__name__)


def _problem(code: str, display: str, **params: object) -> Problem:
    """Made only when something is wrong, so listing and reading never import the model."""
    from kehoach_cli.model import Source
    from kehoach_cli.problems import problem

    return problem(code, Source(display), "", **params)
