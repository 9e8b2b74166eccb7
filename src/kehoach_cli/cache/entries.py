"""An entry of the workspace cache on disk: a small header, then the pickled payload.

The header (the stamp and every file's times and hash) is read on every run to decide whether
the entry holds; the payload only when it does, and is kept as bytes so that an entry can be
re-stamped without unpickling and pickling it again.  Written atomically, read defensively.
"""

from __future__ import annotations

import copyreg
import dataclasses
import os
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any

MAGIC = b"kehoach-cache\n"
MAX_ENTRIES = 32


def _pickler_table() -> dict[type, Callable[[Any], Any]]:
    """Rebuild kehoach's frozen dataclasses by calling them with their fields: about twice as
    fast to read back as pickle's default state-setting path for slotted classes."""
    from kehoach_cli import model, problems

    table: dict[type, Callable[[Any], Any]] = dict(copyreg.dispatch_table)
    for module in (model, problems):
        for obj in vars(module).values():
            if isinstance(obj, type) and dataclasses.is_dataclass(obj):
                fields = dataclasses.fields(obj)
                if obj.__module__.startswith(module.__name__) and all(f.init for f in fields):
                    table[obj] = _positional(tuple(f.name for f in fields))
    return table


def _positional(names: tuple[str, ...]) -> Callable[[Any], Any]:
    def reduce(obj: Any) -> Any:
        return type(obj), tuple(getattr(obj, name) for name in names)

    return reduce


def dumps(payload: object) -> bytes:
    import io

    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = _pickler_table()
    pickler.dump(payload)
    return buffer.getvalue()


def write(path: Path, header: dict[str, Any], payload: bytes, *, keep: int = MAX_ENTRIES) -> None:
    """Atomically (temporary file, then rename), so concurrent runs never see half an entry;
    then only the ``keep`` most recent entries of the same kind (``ws-``, ``out-``) stay."""
    import tempfile

    head = pickle.dumps(header, protocol=pickle.HIGHEST_PROTOCOL)
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(MAGIC + len(head).to_bytes(8, "big") + head + payload)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _prune(path.parent, path.name.partition("-")[0], keep)


def _prune(directory: Path, kind: str, keep: int) -> None:
    """Keep the most recently used entries only: workspaces come and go (copies, checkouts)."""
    try:
        entries = sorted(directory.glob(f"{kind}-*.pickle"), key=lambda p: p.stat().st_mtime_ns)
        for old in entries[:-keep]:
            old.unlink(missing_ok=True)
    except OSError:
        pass


def read(path: Path) -> tuple[dict[str, Any], bytes] | None:
    """The entry's header and payload; None if absent, foreign or not an entry at all.

    An entry someone else could have written (not ours, or writable by others) is never
    unpickled: unpickling runs code, and KEHOACH_CACHE_DIR may point at a shared folder.
    """
    try:
        st = path.stat()
        if hasattr(os, "getuid") and (st.st_uid != os.getuid() or st.st_mode & 0o022):
            return None
        raw = path.read_bytes()
    except OSError:
        return None
    if not raw.startswith(MAGIC):
        return None
    start = len(MAGIC) + 8
    size = int.from_bytes(raw[len(MAGIC) : start], "big")
    header = pickle.loads(raw[start : start + size])
    return (header, raw[start + size :]) if isinstance(header, dict) else None
