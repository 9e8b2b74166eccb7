"""Writing files so that a crash or a concurrent run never leaves half a file behind.

A file is written to a temporary file in its own folder and renamed over the target, so a
reader sees the old bytes or the new ones, never a mix, and a killed run leaves at most its
temporary file, which the next write of the same file sweeps away.  The target keeps the mode
it had; a new file gets the mode the user's umask gives (a temporary file alone would be 0600).
Writers of one file are serialised by an OS lock on a lock file beside it (``locked``).
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kehoach_cli.problems import FatalError

_TMP_SUFFIX = ".tmp"


def write_atomic(path: Path, data: bytes, *, make_parents: bool = False) -> None:
    """Write ``data`` to ``path`` atomically; a missing folder is refused unless
    ``make_parents`` (a workspace's own month folder), and every failure is a FatalError."""
    try:
        if make_parents:
            path.parent.mkdir(parents=True, exist_ok=True)
        elif not path.parent.is_dir():
            raise FatalError("io.no_folder", exit_code=2, path=str(path), folder=str(path.parent))
        _replace(path, data, _mode_for(path))
    except OSError as err:
        raise FatalError("io.cannot_write", exit_code=1, path=str(path),
                         error=err.strerror or type(err).__name__) from None


def _replace(path: Path, data: bytes, mode: int) -> None:
    if not _replace_unnamed(path, data, mode):
        _replace_named(path, data, mode)
    _fsync_folder(path.parent)


def _replace_unnamed(path: Path, data: bytes, mode: int) -> bool:
    """Linux: write an unnamed file in the target's folder (a run killed while writing leaves
    nothing), name it only once whole and synced, rename it over the target.  False where the
    system or the file system cannot, before anything was written."""
    if not hasattr(os, "O_TMPFILE") or not Path("/proc/self/fd").is_dir():
        return False
    try:
        fd = os.open(path.parent, os.O_TMPFILE | os.O_WRONLY, mode)
    except OSError:
        return False
    tmp = str(path.with_name(f".{path.name}.{os.getpid()}{_TMP_SUFFIX}"))
    with os.fdopen(fd, "wb") as handle:
        os.fchmod(handle.fileno(), mode)
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
        Path(tmp).unlink(missing_ok=True)
        try:
            os.link(f"/proc/self/fd/{handle.fileno()}", tmp)
        except OSError:
            return False  # some file systems cannot link an unnamed file
    try:
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def _replace_named(path: Path, data: bytes, mode: int) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=_TMP_SUFFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            if hasattr(os, "fchmod"):
                os.fchmod(handle.fileno(), mode)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if not hasattr(os, "fchmod"):  # pragma: no cover - Windows
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _mode_for(path: Path) -> int:
    """The mode ``path`` has now, or the one a new file gets under the umask."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        return 0o666 & ~current_umask()


def current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable; not every system can open a folder."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def sweep_temporary(path: Path) -> None:
    """Remove what a killed writer of ``path`` left behind; call it holding the lock."""
    try:
        leftovers = list(path.parent.glob(f".{path.name}.*{_TMP_SUFFIX}"))
    except OSError:
        return
    for leftover in leftovers:
        if leftover.is_file() and not leftover.is_symlink():
            leftover.unlink(missing_ok=True)


def lock_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.lock")


@contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold an exclusive OS lock on ``.NAME.lock`` beside ``path`` (created if missing).

    The lock file is never removed: removing it would let two writers lock two different
    files of the same name.  The OS drops the lock when the process dies, even by SIGKILL.
    """
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(lock_path(path), flags, 0o666 & ~current_umask())
    except OSError as err:
        raise FatalError("io.cannot_lock", exit_code=1, path=str(lock_path(path)),
                         error=err.strerror or type(err).__name__) from None
    try:
        _lock(fd)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _lock(fd: int) -> None:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        while True:
            try:
                msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
                return
            except OSError:  # LK_LOCK gives up after ten seconds: keep waiting
                continue
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_EX)
