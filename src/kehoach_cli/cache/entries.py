"""One cache file on disk: data only, checksummed, opened once and checked on the open descriptor.

Layout: ``MAGIC``, a 32-byte BLAKE2b digest of everything after it, the header's length (4
bytes, big-endian), the header (a JSON object: what the entry was made from, read on every
run), then the payload (bytes, decoded only when the header says the entry holds: MessagePack
for a workspace, decoded into kehoach's own types by ``codec``; framed text for an answer,
``results``).  Nothing in it is ever executed: JSON and MessagePack hold numbers, text, lists
and maps.  The header is JSON because a replayed answer reads headers only, and the standard
library's JSON parser costs nothing to import where msgspec's import took a sixth of a replay.

A file that is not a regular file, not ours, writable by others, or whose digest does not match
is no entry; a FIFO or a symbolic link at the entry's path is never waited on nor followed
(``O_NONBLOCK | O_NOFOLLOW``).

Written atomically (a private temporary file, then a rename over the entry, which replaces
whatever was at that path, a link included), so concurrent runs never see half an entry.
"""

from __future__ import annotations

import itertools
import os
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import Any

MAGIC = b"kehoach-cache-3\n"
SUFFIX = ".kc"
DIGEST_SIZE = 32
MAX_ENTRIES = 32
MAX_ENTRY_BYTES = 1 << 30
_HEAD = len(MAGIC) + DIGEST_SIZE + 4
_OPEN_FLAGS = (os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
               | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))


def blake2b(data: bytes | memoryview = b"", size: int = DIGEST_SIZE) -> Any:
    """A BLAKE2b hash; straight from CPython's ``_blake2``, which ``hashlib`` wraps after
    loading OpenSSL (a tenth of a replayed answer's imports)."""
    try:
        from _blake2 import blake2b as made
    except ImportError:  # pragma: no cover - another Python
        from hashlib import blake2b as made
    return made(data, digest_size=size)


def _digest(data: bytes | memoryview) -> bytes:
    return bytes(blake2b(data).digest())


def encode_header(header: dict[str, Any]) -> bytes:
    import json

    return json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def ensure_dir(directory: Path) -> None:
    """The cache folder, created readable by its owner only."""
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)


def write(path: Path, header: dict[str, Any], payload: bytes | Iterable[bytes], *,
          keep: int = MAX_ENTRIES) -> None:  # fmt: skip
    """Atomically (temporary file, then rename); then only the ``keep`` most recent entries of
    the same kind (``ws-``, ``out-``) stay.  ``payload`` may come in pieces, each written and
    digested as it comes (the digest goes in its place at the start afterwards): a 16 MB
    payload is then never held whole."""
    import tempfile

    head = encode_header(header)
    pieces = [payload] if isinstance(payload, bytes) else payload
    digest = blake2b()
    ensure_dir(path.parent)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)  # O_EXCL, mode 0600
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(MAGIC + bytes(DIGEST_SIZE))
            for part in itertools.chain((len(head).to_bytes(4, "big"), head), pieces):
                digest.update(part)
                handle.write(part)
            handle.seek(len(MAGIC))
            handle.write(digest.digest())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _prune(path.parent, path.name.partition("-")[0], keep)


def _prune(directory: Path, kind: str, keep: int) -> None:
    """Keep the most recently used entries only: workspaces come and go (copies, checkouts).
    Times are the entries' own (``lstat``): a link in the folder is never followed."""
    try:
        found = []
        for entry in os.scandir(directory):
            if entry.name.startswith(f"{kind}-") and entry.name.endswith(SUFFIX):
                found.append((entry.stat(follow_symlinks=False).st_mtime_ns, entry.path))
        for _, old in sorted(found)[:-keep]:
            os.unlink(old)
    except OSError:
        pass


def read(path: Path) -> tuple[dict[str, Any], bytes] | None:
    """The entry's header and payload; None if absent, foreign, damaged or not an entry at all."""
    raw = _read_own(path)
    if raw is None or len(raw) < _HEAD or not raw.startswith(MAGIC):
        return None
    view = memoryview(raw)
    body = view[len(MAGIC) + DIGEST_SIZE :]
    if _digest(body) != raw[len(MAGIC) : len(MAGIC) + DIGEST_SIZE]:
        return None
    size = int.from_bytes(raw[_HEAD - 4 : _HEAD], "big")
    if _HEAD + size > len(raw):
        return None
    import json

    try:
        header = json.loads(bytes(view[_HEAD : _HEAD + size]))
    except (ValueError, RecursionError):  # not JSON, not UTF-8, nested past the parser's depth
        return None
    return (header, raw[_HEAD + size :]) if isinstance(header, dict) else None


def _read_own(path: Path) -> bytes | None:
    """The bytes of ``path`` if it is a regular file of ours that nobody else may write,
    decided on the descriptor that is then read: no window to swap the file in between."""
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError:  # absent, a symbolic link (ELOOP), a FIFO without writer…
        return None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_mode & 0o022 or st.st_size > MAX_ENTRY_BYTES:
            return None
        if hasattr(os, "getuid") and st.st_uid != os.getuid():
            return None
        chunks = []
        while chunk := os.read(fd, max(st.st_size, 1 << 16)):
            chunks.append(chunk)
        return b"".join(chunks)
    except OSError:
        return None
    finally:
        os.close(fd)
