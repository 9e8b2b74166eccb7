"""Remember a checked workspace between runs, so that a query over a whole province is instant.

One entry per workspace folder, in the user's cache directory (``KEHOACH_CACHE_DIR`` overrides
it, ``KEHOACH_NO_CACHE=1`` turns the cache off).  An entry holds the built workspace and every
problem the checks found, so a warm ``validate`` reports exactly what a cold one would, and for
every file its times and the hash of the very bytes that were parsed (each file is read once:
the loader is handed the bytes the cache read and hashed).

It is used only while nothing it was made from has changed: the same kehoach (version and the
stamp of its own source files), Python, pydantic and PyYAML, and the same set of workspace files
with the same contents.  A file whose size and times are unchanged and were already old when the
entry was made is trusted; any other file is hashed and must match.  When only progress files
changed, the entry is brought up to date file by file (``incremental``): only those are parsed
and checked again.  Files that change while they are being read make the run skip writing an
entry at all.  Entries are data only (``entries``, ``codec``): nothing read back is executed.

The command line asks for its entry to be written last (``defer=True``, then ``write_pending``
once the answer is out): encoding gives every non-ASCII text of the workspace a UTF-8 copy
that lives as long as the text, so written first it stacked on the query's own peak (124 MB
after an edit at 10k tasks, 118 MB written last).
"""

from __future__ import annotations

import contextlib
import functools
import os
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kehoach_cli import __version__
from kehoach_cli.cache import entries as cachefile
from kehoach_cli.cache.filetable import (
    Reading,
    Stat,
    file_digest,
    library_files,
    package_files,
    read_file,
    scan,
)
from kehoach_cli.cache.filetable import digest_of as digest_of

if TYPE_CHECKING:
    from kehoach_cli.model import Workspace
    from kehoach_cli.problems import Problem
    from kehoach_cli.reading.loadtypes import LoadResult

FORMAT = 2
RACY_NS = 3_000_000_000  # a change within this of a read may not show in file times
Checked = tuple["LoadResult", list["Problem"]]
Compute = Callable[[Mapping[str, bytes] | None], Checked]
FileTable = dict[str, tuple[Stat, str, bool]]  # path → (stat, content hash, times settled)
_VALIDATED: dict[str, FileTable] = {}
_PENDING: list[Callable[[], None]] = []


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
    return directory / f"ws-{name_digest(str(root))}{cachefile.SUFFIX}"


def name_digest(text: str) -> str:
    """A file name for ``text``.  Not a cryptographic hash: the entry's header holds the whole
    key and is compared, so a clash only costs a recomputation."""
    import zlib

    data = text.encode("utf-8", "surrogateescape")
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}{len(data):x}"


def stamp() -> tuple[object, ...]:
    """What else the entry depends on: kehoach's code and version, Python, the libraries."""
    return (FORMAT, __version__, sys.version, *_code_stamp())


@functools.cache
def _code_stamp() -> tuple[tuple[object, ...], tuple[object, ...]]:
    """kehoach's source files and the libraries loading uses, looked at once a run: the code
    a process runs is the code it loaded."""
    code = [f for f in package_files() if f[0].endswith(".py")]
    return tuple(code), library_files(("pydantic", "pydantic_core", "yaml", "msgspec"))


# ---------------------------------------------------------------- the door


def checked(root: Path, compute: Compute, *, defer: bool = False) -> Checked:
    """``compute(files)`` (load and check ``root`` from ``files``, a mapping of its files'
    bytes), or its answer from an entry that still holds.  ``defer``: a new or updated entry
    is written by ``write_pending``, not before this returns."""
    from kehoach_cli.reading.loadtypes import CachedLoadResult

    write_pending()  # a load waiting to be written is what this one may reuse
    directory = cache_dir()
    if directory is None:
        return compute(None)
    path = entry_path(directory, root)
    try:
        key, files = repr((stamp(), str(root))), scan(root)
    except OSError:  # pragma: no cover - kehoach's own files unreadable: do without
        return compute(None)
    found = cachefile.read(path)
    if found is not None and found[0].get("key") == key:
        entry, found = [found], None  # ``_reuse`` holds the only reference (see there)
        with contextlib.suppress(Exception):  # an entry that does not fit is no entry
            hit = _reuse(path, root, entry, files, defer)
            if hit is not None:
                return hit
    started = time.time_ns()
    reading = Reading(root, list(files))
    result, problems = compute(reading)
    with contextlib.suppress(Exception):  # a full disk, a read-only cache: remember nothing
        table = _table_after(root, files, reading.digests, started)
        if table is not None:
            parts = (result.workspace, result.problems, problems, result.files)
            keys = _keys(result)
            # The parsed files (pydantic models, texts, positions: 90 MB at 10k tasks), if the
            # load kept them, are needed no more, and encoding the entry is where the run
            # peaks: let them go.
            result = CachedLoadResult(root, result.workspace, result.problems, result.files)
            _store(path, key, root, table, parts, keys, defer)
    return result, problems


def write_pending() -> None:
    """Write the entries ``checked(..., defer=True)`` left to be written; one that cannot be
    written (a full disk, a read-only cache, a value the format has no tag for) is skipped."""
    while _PENDING:
        with contextlib.suppress(Exception):
            _PENDING.pop(0)()


def _reuse(path: Path, root: Path, entry: list[tuple[dict[str, Any], bytes]],
           files: dict[str, Stat], defer: bool) -> Checked | None:  # fmt: skip
    """The entry's checked workspace, brought up to date; ``entry`` is emptied so that the old
    payload (16 MB at 10k tasks) can go once decoded, before an update writes the new one."""
    from kehoach_cli.cache import codec, incremental
    from kehoach_cli.reading.loadtypes import CachedLoadResult

    header, payload = entry.pop()
    known = table_of(header)
    if known.keys() != files.keys():
        return None
    changed: dict[str, bytes] = {}
    digests: dict[str, str] = {}
    for rel, st in files.items():
        old, digest, trusted = known[rel]
        if trusted and old == st:
            continue
        raw = read_file(root / rel)
        if raw is None:
            return None
        digests[rel] = digest_of(raw)
        if digests[rel] != digest:
            changed[rel] = raw
    if changed and not incremental.applies(changed):
        return None
    decoded = codec.decode_checked(payload)
    if decoded is None:
        return None
    if changed:
        payload = b""  # rewritten from the update below, never from these bytes
    workspace, load_problems, problems, names = decoded
    keys: dict[str, list[str]] = header["keys"]
    now = time.time_ns()
    table = {rel: (st, digests.get(rel, known[rel][1]), _settled(st, now))
             for rel, st in files.items()}  # fmt: skip
    if changed:
        updated = incremental.update(root, decoded, changed, keys)
        if updated is None or scan(root) != files:
            return None
        (workspace, load_problems, problems, names), keys = updated
        _store(path, header["key"], root, table, (workspace, load_problems, problems, names), keys,
               defer)
    elif digests:  # same contents, new times: noted, so the next run need not hash them again
        with contextlib.suppress(Exception):
            cachefile.write(path, {**header, "files": table_data(table)}, payload)
    _VALIDATED[str(root)] = table
    return CachedLoadResult(root, workspace, load_problems, names), problems


def table_of(header: dict[str, Any]) -> FileTable:
    """The file table of an entry's header (``still_holds`` and the result cache read it)."""
    return {str(rel): ((int(a), int(b), int(c), int(d)), str(digest), bool(settled))
            for rel, (a, b, c, d, digest, settled) in header["files"].items()}  # fmt: skip


def table_data(table: FileTable) -> dict[str, list[object]]:
    return {rel: [*st, digest, settled] for rel, (st, digest, settled) in table.items()}


def still_holds(path: Path, header: dict[str, Any], payload: bytes, root: Path,
                files: dict[str, Stat]) -> bool:  # fmt: skip
    """Whether the files an entry was made from (``header["files"]``) are those of ``files``:
    the same names, and for each the same settled times or else the same contents.  Files
    with new times and the same contents are noted in the entry, so the next run need not
    hash them again."""
    known = table_of(header)
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
        fresh = {rel: (st, known[rel][1], _settled(st, now)) for rel, st in files.items()}
        with contextlib.suppress(Exception):
            cachefile.write(path, {**header, "files": table_data(fresh)}, payload)
    return True


def validated_files(root: Path) -> FileTable | None:
    """The files (times, hash, trusted) this process last loaded ``root`` from through the
    cache, so that an answer computed from that load can be remembered against them."""
    return _VALIDATED.get(str(root))


def _settled(st: Stat, now: int) -> bool:
    """Whether the file's times are old enough that a later change must show in them."""
    return max(st[1], st[2]) < now - RACY_NS


def _table_after(root: Path, files: dict[str, Stat], digests: Mapping[str, str | None],
                 started: int) -> FileTable | None:  # fmt: skip
    """The table of what was just loaded, or None if anything changed while it was read."""
    if scan(root) != files:
        return None  # something changed while it was being read: the answer may mix old and new
    table: FileTable = {}
    for rel, st in files.items():
        settled = _settled(st, started)
        digest = digests.get(rel)
        if rel not in digests and settled:  # not read through ``Reading``: its times vouch
            digest = file_digest(root / rel)
        if digest is None:
            return None
        table[rel] = (st, digest, settled)
    return table


def _keys(result: LoadResult) -> dict[str, list[str]]:
    """Each progress file's (unit, month) as written: what ``incremental`` must see unchanged."""
    return result.keys


def _store(path: Path, key: str, root: Path, table: FileTable,
           parts: tuple[Workspace, list[Problem], list[Problem], list[str]],
           keys: dict[str, list[str]], defer: bool = False) -> None:  # fmt: skip
    """Write the entry, now or (``defer``) by ``write_pending``; either way an answer
    computed from this load may be remembered against its files from now on."""
    from kehoach_cli.cache import codec

    header = {"key": key, "root": str(root), "files": table_data(table), "keys": keys}
    write = functools.partial(cachefile.write, path, header, codec.encode_pieces(*parts))
    if defer:
        _PENDING.append(write)
    else:
        write()  # raises if a value is unwritable
    _VALIDATED[str(root)] = table
