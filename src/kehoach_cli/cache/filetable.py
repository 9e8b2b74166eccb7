"""A workspace's files as the cache sees them: listed, their times taken, read once and hashed.

Files are listed by ``reading.files.workspace_files`` (the loader's own list) and read by
``reading.files.read_limited`` (size limit from the open descriptor, no FIFO hang), so the
cache never looks at a file the loader would not read, nor reads one differently.
"""

from __future__ import annotations

import functools
import os
import stat
from collections.abc import Iterator, Mapping
from pathlib import Path

from kehoach_cli.reading.layout import MAX_FILE_BYTES, WORKSPACE_FILE

Stat = tuple[int, int, int, int]  # size, mtime_ns, ctime_ns, inode


def scan(root: Path) -> dict[str, Stat]:
    """Every file loading reads (``files.workspace_files`` and the settings), by
    workspace-relative path, with its size, times and inode."""
    from kehoach_cli.reading.files import scan_names

    found: dict[str, Stat] = {}
    plans, progress, _ = scan_names(root)
    base = os.path.join(str(root), "")
    is_regular = stat.S_ISREG
    for path in (os.path.join(str(root), WORKSPACE_FILE), *plans, *progress):
        try:  # a warm run stats thousands of files: no context manager per file
            st = os.stat(path)
        except OSError:
            continue
        if is_regular(st.st_mode):
            rel = path[len(base):] if path.startswith(base) else os.path.relpath(path, root)
            found[rel if os.sep == "/" else rel.replace(os.sep, "/")] = (
                st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)
    return found


@functools.cache
def package_files() -> tuple[tuple[str, int, int], ...]:
    """Every file of kehoach's own package but its bytecode folders, as (path inside the
    package, size, modification time), by path: what its code and data stamps are made of.
    Walked once a run with ``os.scandir``: ``Path.rglob`` took a tenth of a replayed answer."""
    package = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    found: list[tuple[str, int, int]] = []
    pending = [""]
    while pending:
        folder = pending.pop()
        with os.scandir(os.path.join(package, folder)) as entries:
            for entry in entries:
                rel = f"{folder}/{entry.name}" if folder else entry.name
                if entry.is_dir():
                    if entry.name != "__pycache__":
                        pending.append(rel)
                elif entry.is_file():
                    st = entry.stat()
                    found.append((rel, st.st_size, st.st_mtime_ns))
    return tuple(sorted(found))


def library_files(names: tuple[str, ...]) -> tuple[tuple[str, str, int, int], ...]:
    """(name, file, size, modification time) of each installed library's entry module: what
    the cache keys hold of the libraries that shape an answer."""
    import importlib.util

    found = []
    for name in names:
        spec = importlib.util.find_spec(name)
        origin = spec.origin if spec is not None else None
        if origin:
            st = os.stat(origin)
            found.append((name, origin, st.st_size, st.st_mtime_ns))
    return tuple(found)


def read_file(path: Path) -> bytes | None:
    """A workspace file's bytes as loading would get them (size limit, no hang), or None."""
    from kehoach_cli.reading.files import read_limited

    return read_limited(path, path.name, MAX_FILE_BYTES)[0]


def digest_of(raw: bytes) -> str:
    from kehoach_cli.cache.entries import blake2b

    return str(blake2b(raw, 20).hexdigest())


def file_digest(path: Path) -> str | None:
    """The contents' hash, or None when the file cannot be read."""
    raw = read_file(path)
    return None if raw is None else digest_of(raw)



class Reading(Mapping[str, bytes]):
    """The workspace's files for ``load_workspace(overrides=…)``: each read here, once, and
    hashed, so the hash kept in the entry is the hash of exactly what was parsed.  Iterating
    gives the plan and progress files; the settings file is there too when asked for."""

    def __init__(self, root: Path, names: list[str]) -> None:
        self._root = root
        self._names = [n for n in names if n != WORKSPACE_FILE]
        self._held: dict[str, bytes] = {}
        self.digests: dict[str, str | None] = {}

    def __contains__(self, rel: object) -> bool:
        if not isinstance(rel, str) or rel in self.digests:
            return isinstance(rel, str) and rel in self._held
        raw = read_file(self._root / rel)
        self.digests[rel] = None if raw is None else digest_of(raw)
        if raw is not None:
            self._held[rel] = raw
        return raw is not None

    def __getitem__(self, rel: str) -> bytes:
        if rel not in self:
            raise KeyError(rel)
        return self._held.pop(rel)

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)
