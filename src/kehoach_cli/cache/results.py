"""Remember what a query printed, so that asking the same question again is a file read.

A query's output is a pure function of the workspace's files, kehoach (its code, templates and
the libraries it draws with), the command and its arguments, and its surroundings: the day
(the default as-of date and report date), the language, and what decides the layout (whether
standard output is a terminal, its width and encoding, and the variables rich and kehoach read:
``COLUMNS``, ``NO_COLOR``, ``FORCE_COLOR``…).  All of that is the key; the entry holds the bytes
the command wrote to standard output and its exit code, and the workspace files it was computed
from, checked exactly as the workspace cache checks them (``cache.still_holds``).

Entries live beside the workspace cache's (``out-*.kc``), written and read by the same rules
(``cachefile``): data only (the key as text, the output as texts and bytes, each framed by
its kind and length: ``framed``),
checksummed, atomically written, never trusted if others could have written them; anything
unreadable or damaged is no entry.  Only a successful run is remembered, and only one whose workspace was
loaded through the cache in this very process, so the files it is stored against are the ones
it read.  ``KEHOACH_NO_RESULT_CACHE=1`` keeps the workspace cache but computes every answer.

A hit imports none of the loader, pydantic, the model, status, rich, jinja2 or python-docx.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator
from datetime import date
from itertools import groupby
from pathlib import Path
from typing import Any, NamedTuple, TextIO

from kehoach_cli.cache import entries as cachefile
from kehoach_cli.cache import filetable
from kehoach_cli.cache import workspace as cache

FORMAT = 3
KEEP = 64
# What rich (and kehoach's own views) read from the environment to decide width and colour.
LAYOUT_VARIABLES = ("COLUMNS", "LINES", "NO_COLOR", "FORCE_COLOR", "TERM", "COLORTERM",
                    "TTY_COMPATIBLE", "TTY_INTERACTIVE", "JUPYTER_COLUMNS", "JUPYTER_LINES")
# Libraries whose version can change what a query prints (layout, templates, calendar, holidays).
DRAWING_LIBRARIES = ("rich", "jinja2", "icalendar", "docx", "holidays")
Chunk = str | bytes


class Question(NamedTuple):
    """One run of a query command: ``args`` as parsed (plain values), ``inputs`` the files or
    folders besides the workspace it may read (templates)."""

    root: Path
    command: str
    args: tuple[object, ...]
    inputs: tuple[Path, ...] = ()


def enabled() -> Path | None:
    """The cache directory, or None when answers are not to be remembered."""
    if os.environ.get("KEHOACH_NO_RESULT_CACHE", "") not in ("", "0"):
        return None
    return cache.cache_dir()


def answer(question: Question, compute: Callable[[], int],
           stored: Callable[[Question], None] | None = None) -> int:
    """``compute()``'s exit code, its output written to stdout — or both replayed from an
    entry made by an earlier run that asked the same question of the same files.  ``stored``
    is told when a new entry holds the answer."""
    directory = enabled()
    if directory is None:
        return compute()
    try:
        seen = _SEEN.pop(question, None)
        key, files = seen or (_key(question), filetable.scan(question.root))
    except OSError:  # pragma: no cover - kehoach's own files unreadable: do without
        return compute()
    path = _entry_path(directory, key)
    hit = _found(path, key, question.root, files)
    if hit is not None:
        write_out(hit[1])
        return hit[0]
    with _recording() as chunks:
        code = compute()
    table = cache.validated_files(question.root)
    if code == 0 and table is not None and {r: v[0] for r, v in table.items()} == files:
        with contextlib.suppress(Exception):  # a full disk, a read-only cache: remember nothing
            header = {"key": key, "files": table, "code": code}
            payload = framed(_joined(chunks))
            cachefile.write(path, {**header, "files": cache.table_data(table)}, payload, keep=KEEP)
            if stored is not None:
                stored(question)
    return code


def remembered(question: Question) -> tuple[int, list[Chunk]] | None:
    """The exit code and output remembered for ``question`` and these files, or None (what
    was scanned then serves ``answer``, which follows)."""
    directory = enabled()
    if directory is None:
        return None
    key, files = _key(question), filetable.scan(question.root)
    hit = _found(_entry_path(directory, key), key, question.root, files)
    if hit is None:
        _SEEN.clear()
        _SEEN[question] = (key, files)
    return hit


_SEEN: dict[Question, tuple[str, dict[str, filetable.Stat]]] = {}


def _entry_path(directory: Path, key: str) -> Path:
    return directory / f"out-{cache.name_digest(key)}{cachefile.SUFFIX}"


def _found(path: Path, key: str, root: Path,
           files: dict[str, filetable.Stat]) -> tuple[int, list[Chunk]] | None:  # fmt: skip
    try:
        return _lookup(path, key, root, files)
    except Exception:  # an unreadable entry is no entry (and is replaced by the next answer)
        return None


def _key(question: Question) -> str:
    """Everything the answer depends on, as text (compared whole, so a clash is harmless)."""
    from kehoach_cli.messages import language

    return repr((FORMAT, cache.stamp(), _package_stamp(), str(question.root), question.command,
            question.args, tuple(_fingerprint(p) for p in question.inputs), language(),
            date.today().isoformat(), _surroundings()))


def _surroundings() -> tuple[object, ...]:
    out = sys.stdout
    tty = out.isatty()
    sizes: list[tuple[int, ...] | None] = []
    if tty:  # rich measures whichever standard stream is a terminal
        for fd in (0, 1, 2):
            try:
                sizes.append(tuple(os.get_terminal_size(fd)))
            except OSError:
                sizes.append(None)
    return (tty, tuple(sizes), getattr(out, "encoding", None), getattr(out, "errors", None),
            tuple(os.environ.get(name) for name in LAYOUT_VARIABLES))


def _package_stamp() -> tuple[object, ...]:
    """What ``cache.stamp`` leaves out because loading does not read it: kehoach's templates
    and data files, and the libraries that draw the output."""
    files = [f for f in filetable.package_files()
             if os.path.splitext(f[0].rpartition("/")[2])[1] not in (".py", ".pyc")]
    return tuple(files), filetable.library_files(DRAWING_LIBRARIES)


def _fingerprint(path: Path) -> tuple[object, ...]:
    """A file's or a folder's contents (a template may include any file beside it)."""
    resolved = path.resolve()
    if resolved.is_file():
        return (str(resolved), filetable.file_digest(resolved))
    if resolved.is_dir():
        return (str(resolved), tuple((p.relative_to(resolved).as_posix(), filetable.file_digest(p))
                                     for p in sorted(resolved.rglob("*")) if p.is_file()))
    return (str(resolved), None)


def _lookup(path: Path, key: str, root: Path,
            files: dict[str, filetable.Stat]) -> tuple[int, list[Chunk]] | None:  # fmt: skip
    found = cachefile.read(path)
    if found is None:
        return None
    header, payload = found
    if header.get("key") != key or not cache.still_holds(path, header, payload, root, files):
        return None
    chunks = unframed(payload)
    return None if chunks is None else (int(header["code"]), chunks)


def framed(chunks: list[Chunk]) -> bytes:
    """Each chunk as its kind (``s`` text, ``b`` bytes), its length (4 bytes) and its UTF-8
    or raw bytes: read back without a decoder library (``entries``: headers are JSON)."""
    out = bytearray()
    for chunk in chunks:
        data = chunk.encode("utf-8") if isinstance(chunk, str) else chunk
        out += (b"s" if isinstance(chunk, str) else b"b") + len(data).to_bytes(4, "big") + data
    return bytes(out)


def unframed(payload: bytes) -> list[Chunk] | None:
    """The chunks of ``framed``, or None for anything it did not write."""
    chunks: list[Chunk] = []
    at = 0
    while at < len(payload):
        if len(payload) - at < 5:
            return None
        kind, size = payload[at : at + 1], int.from_bytes(payload[at + 1 : at + 5], "big")
        data, at = payload[at + 5 : at + 5 + size], at + 5 + size
        if kind not in (b"s", b"b") or len(data) != size:
            return None
        try:
            chunks.append(data.decode("utf-8") if kind == b"s" else data)
        except UnicodeDecodeError:
            return None
    return chunks


# ---------------------------------------------------------------- standard output


class _Recorder:
    """Standard output as the command sees it (a terminal stays a terminal), keeping a copy of
    every text and byte written, in order."""

    def __init__(self, real: TextIO, chunks: list[Chunk]) -> None:
        self._real = real
        self._chunks = chunks
        self.buffer = _BytesRecorder(real.buffer, chunks)

    def write(self, text: str) -> int:
        written = self._real.write(text)
        self._chunks.append(text)
        return written

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)


class _BytesRecorder:
    def __init__(self, real: Any, chunks: list[Chunk]) -> None:
        self._real = real
        self._chunks = chunks

    def write(self, data: bytes) -> int:
        written: int = self._real.write(data)
        self._chunks.append(bytes(data))
        return written

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)


@contextlib.contextmanager
def _recording() -> Iterator[list[Chunk]]:
    chunks: list[Chunk] = []
    real = sys.stdout
    sys.stdout = _Recorder(real, chunks)
    try:
        yield chunks
    finally:
        sys.stdout = real


def _joined(chunks: list[Chunk]) -> list[Chunk]:
    """Neighbouring chunks of the same kind as one, so a replay is a write or two."""
    out: list[Chunk] = []
    for kind, run in groupby(chunks, key=type):
        same = list(run)
        if kind is bytes:
            out.append(b"".join(c for c in same if isinstance(c, bytes)))
        else:
            out.append("".join(c for c in same if isinstance(c, str)))
    return out


def write_out(chunks: list[Chunk]) -> None:
    """A remembered output written again, texts and bytes in their order."""
    for chunk in chunks:
        if isinstance(chunk, bytes):
            sys.stdout.flush()
            sys.stdout.buffer.write(chunk)
            sys.stdout.buffer.flush()
        else:
            sys.stdout.write(chunk)
    sys.stdout.flush()
