"""Remember a checked workspace between runs, so that a query over a whole province is instant.

One entry per workspace folder, in the user's cache directory (``KEHOACH_CACHE_DIR`` overrides
it, ``KEHOACH_NO_CACHE=1`` turns the cache off).  An entry holds the built workspace and every
problem the checks found, so a warm ``validate`` reports exactly what a cold one would.

It is used only while nothing it was made from has changed: the same kehoach (version and the
stamp of its own source files), Python, pydantic and PyYAML, and the same set of workspace files
with the same contents.  A file whose size and times are unchanged and were already old when the
entry was made is trusted; any other file is hashed and must match the hash of what was read.
Files that change while they are being read make the run skip writing an entry at all.

The entry is a pickle: a private, per-user cache of kehoach's own frozen objects, written and
read only by kehoach (the directory is created readable by its owner only).  Pickle rebuilds the
objects several times faster than re-reading YAML and needs no second description of the model.
Anything unreadable (a truncated file, another version's classes) counts as no entry.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import stat
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kehoach_cli import __version__
from kehoach_cli.cache import entries as cachefile
from kehoach_cli.reading.loadtypes import PLANS_DIR, PROGRESS_DIR, WORKSPACE_FILE, LoadResult

if TYPE_CHECKING:
    from kehoach_cli.model import Workspace
    from kehoach_cli.problems import Problem

FORMAT = 1
RACY_NS = 3_000_000_000  # a change within this of a read may not show in file times
Stat = tuple[int, int, int, int]  # size, mtime_ns, ctime_ns, inode
Checked = tuple[LoadResult, list["Problem"]]
FileTable = dict[str, tuple[Stat, str, bool]]  # path → (stat, content hash, times settled)
_VALIDATED: dict[str, FileTable] = {}


def cache_dir() -> Path | None:
    """Where entries live, or None when the cache is turned off."""
    if os.environ.get("KEHOACH_NO_CACHE", "") not in ("", "0"):
        return None
    chosen = os.environ.get("KEHOACH_CACHE_DIR")
    if chosen:
        return Path(chosen)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("kehoach", appauthor=False))


def entry_path(directory: Path, root: Path) -> Path:
    return directory / f"ws-{name_digest(str(root))}.pickle"


def name_digest(text: str) -> str:
    """A file name for ``text``.  Not a cryptographic hash: the entry's header holds the whole
    key and is compared, so a clash only costs a recomputation, and zlib is already loaded
    where hashlib would cost a warm run ~3 ms of loading OpenSSL."""
    import zlib

    data = text.encode("utf-8", "surrogateescape")
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}{len(data):x}"


def scan(root: Path) -> dict[str, Stat]:
    """Every file loading could read, by workspace-relative path.

    A superset of what ``loading.workspace_files`` lists (symlinked folders are followed, once),
    so that no file it reads can change unseen.
    """
    found: dict[str, Stat] = {}
    settings = root / WORKSPACE_FILE
    try:
        st = settings.stat()
        if stat.S_ISREG(st.st_mode):
            found[WORKSPACE_FILE] = _stat(st)
    except OSError:
        pass
    seen: set[tuple[int, int]] = set()
    for folder in (PLANS_DIR, PROGRESS_DIR):
        _walk(root / folder, folder, found, seen)
    return found


def _stat(st: os.stat_result) -> Stat:
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


def _walk(folder: Path, rel: str, found: dict[str, Stat], seen: set[tuple[int, int]]) -> None:
    try:
        here = folder.stat()
        if (here.st_dev, here.st_ino) in seen:
            return
        seen.add((here.st_dev, here.st_ino))
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        try:
            st = entry.stat()  # follows links, as reading the file would
        except OSError:
            continue
        if stat.S_ISDIR(st.st_mode):
            _walk(Path(entry.path), f"{rel}/{entry.name}", found, seen)
        elif entry.name.endswith((".yaml", ".yml")) and stat.S_ISREG(st.st_mode):
            found[f"{rel}/{entry.name}"] = _stat(st)


def file_digest(path: Path) -> str | None:
    """The contents' hash, or None when the file cannot be read."""
    import hashlib

    try:
        return hashlib.blake2b(path.read_bytes(), digest_size=20).hexdigest()
    except OSError:
        return None


def stamp() -> tuple[object, ...]:
    """What else the entry depends on: kehoach's code and version, Python, the libraries."""
    import importlib.util

    package = Path(__file__).resolve().parents[1]
    code = sorted(
        (p.relative_to(package).as_posix(), st.st_size, st.st_mtime_ns)
        for p in package.rglob("*.py")
        if (st := p.stat())
    )
    libraries = []
    for name in ("pydantic", "pydantic_core", "yaml"):
        spec = importlib.util.find_spec(name)
        origin = spec.origin if spec is not None else None
        if origin:
            st = os.stat(origin)
            libraries.append((name, origin, st.st_size, st.st_mtime_ns))
    return (FORMAT, __version__, sys.version, tuple(code), tuple(libraries))


# ---------------------------------------------------------------- the door


class CachedLoadResult(LoadResult):
    """A load answered from the cache: the workspace, its problems and its file list.

    The parsed files (``plan_files``, ``progress_files``), which only editing commands look at,
    are read from disk the first time they are asked for, so such commands work unchanged.
    """

    def __init__(self, root: Path, workspace: Workspace, problems: list[Problem],
                 files: list[str]) -> None:  # fmt: skip
        self.workspace = workspace
        self.problems = problems
        self.files = files
        self._root = root

    def __getattr__(self, name: str) -> Any:
        if name not in ("plan_files", "progress_files") or "_root" not in self.__dict__:
            raise AttributeError(name)
        from kehoach_cli.reading.loading import load_workspace

        full = load_workspace(self._root)
        self.plan_files, self.progress_files = full.plan_files, full.progress_files
        return getattr(self, name)


def checked(root: Path, compute: Callable[[], Checked]) -> Checked:
    """``compute()`` (load and check ``root``), or its answer from an entry that still holds."""
    directory = cache_dir()
    if directory is None:
        return compute()
    path = entry_path(directory, root)
    try:
        version, files = stamp(), scan(root)
    except OSError:  # pragma: no cover - kehoach's own files unreadable: do without
        return compute()
    try:
        hit = _lookup(path, root, version, files)
    except Exception:  # an unreadable entry is no entry (and is replaced below)
        hit = None
    if hit is not None:
        return hit
    started = time.time_ns()
    digests = {rel: file_digest(root / rel) for rel in files}
    result, problems = compute()
    with contextlib.suppress(Exception):  # a full disk, a read-only cache: remember nothing
        _store(path, root, (version, files, digests, started), result, problems)
    return result, problems


def _lookup(path: Path, root: Path, version: tuple[object, ...],
            files: dict[str, Stat]) -> Checked | None:  # fmt: skip
    found = cachefile.read(path)
    if found is None:
        return None
    header, payload = found
    if header.get("stamp") != version or header.get("root") != str(root):
        return None
    if not still_holds(path, header, payload, root, files):
        return None
    workspace, load_problems, problems, names = pickle.loads(payload)
    _VALIDATED[str(root)] = header["files"]
    return CachedLoadResult(root, workspace, load_problems, names), problems


def still_holds(path: Path, header: dict[str, Any], payload: bytes, root: Path,
                files: dict[str, Stat]) -> bool:  # fmt: skip
    """Whether the files an entry was made from (``header["files"]``) are those of ``files``:
    the same names, and for each the same settled times or else the same contents.  Files
    with new times and the same contents are noted in the entry, so the next run need not
    hash them again."""
    known: FileTable = header["files"]
    if known.keys() != files.keys():
        return False
    hashed = False
    for rel, st in files.items():
        old, digest, trusted = known[rel]
        if trusted and old == st:
            continue
        if file_digest(root / rel) != digest:
            return False
        hashed = True
    if hashed:
        now = time.time_ns()
        header["files"] = {rel: (st, known[rel][1], _settled(st, now)) for rel, st in files.items()}
        with contextlib.suppress(Exception):
            cachefile.write(path, header, payload)
    return True


def validated_files(root: Path) -> FileTable | None:
    """The files (times, hash, trusted) this process last loaded ``root`` from through the
    cache, so that an answer computed from that load can be remembered against them."""
    return _VALIDATED.get(str(root))


def _settled(st: Stat, now: int) -> bool:
    """Whether the file's times are old enough that a later change must show in them."""
    return max(st[1], st[2]) < now - RACY_NS


def _store(path: Path, root: Path, before: tuple[Any, dict[str, Stat], dict[str, str | None], int],
           result: LoadResult, problems: list[Problem]) -> None:  # fmt: skip
    version, files, digests, started = before
    if scan(root) != files:
        return  # something changed while it was being read: the answer may mix old and new
    entries: FileTable = {}
    for rel, st in files.items():
        digest = digests[rel]
        settled = _settled(st, started)
        if digest is None or (not settled and file_digest(root / rel) != digest):
            return
        entries[rel] = (st, digest, settled)
    _VALIDATED[str(root)] = entries
    payload = cachefile.dumps((result.workspace, result.problems, problems, result.files))
    cachefile.write(path, {"stamp": version, "root": str(root), "files": entries}, payload)
