"""Add or update one entry of a unit's monthly progress file, as ``kehoach record`` does.

Staff also edit these files by hand, so an edit changes only the entry it is about (and the
``submitted`` date when asked; see ``roundtrip``), is checked with the same loader and checks
as ``kehoach validate`` before anything is written, is refused if the file changed since it was
read, and is written atomically.  Nothing a user wrote is ever lost: a refusal leaves the file
exactly as it was.
"""

from __future__ import annotations

import hashlib
import os
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kehoach_cli.editing.entryedit import (
    EntryChange,
    apply_change,
    find_entry,
    new_entry,
    plain,
)
from kehoach_cli.editing.yamllayout import SpliceError
from kehoach_cli.messages import t
from kehoach_cli.problems import FatalError, Problem, Severity
from kehoach_cli.reading.files import escapes, read_limited
from kehoach_cli.reading.loading import PROGRESS_DIR, LoadResult, load_workspace
from kehoach_cli.reading.yamlread import MAX_FILE_BYTES


@dataclass(frozen=True)
class Edit:
    """The bytes a file had when read (None: it did not exist) and the bytes it should get."""

    root: Path
    rel: str
    before: bytes | None
    after: bytes
    action: str  # created, added, updated, unchanged
    entry: str

    @property
    def changed(self) -> bool:
        return self.before != self.after


class Refused(FatalError):
    """A refusal explained by located problems, which the command prints before the message."""

    def __init__(self, code: str, problems: list[Problem], **params: object) -> None:
        super().__init__(code, 1, **params)
        self.problems = problems


def prepare(result: LoadResult, baseline: list[Problem], unit: str, month: str,
            change: EntryChange, submitted: date | None, today: date) -> Edit:
    """The edit ``record`` would make; reads the file once and writes nothing."""
    root = Path(result.workspace.root)
    rel = submission_file(result, unit, month)
    before = read_current(root, rel)
    if before is None:
        text = new_file(root, result, unit, month, submitted or today, change)
        return _sized(Edit(root, rel, None, text.encode("utf-8"), "created", change.key))
    broken = [p for p in baseline if p.source.file == rel and p.code.startswith(("load.", "schema."))]
    if broken:
        raise Refused("record.broken_file", broken, file=rel)
    owner = next((i.model for i in result.progress_files if i.doc.file == rel), None)
    if owner is not None and (owner.unit, owner.month) != (unit, month):
        raise FatalError("record.not_theirs", exit_code=1, file=rel, unit=owner.unit,
                         month=owner.month)
    after, action = _edit_text(before, rel, change, submitted)
    return _sized(Edit(root, rel, before, after, action, change.key))


def _sized(edit: Edit) -> Edit:
    """Never write a file the reader would then refuse as too large."""
    if len(edit.after) > MAX_FILE_BYTES:
        raise FatalError("record.too_large", exit_code=1, file=edit.rel, size=len(edit.after),
                         limit=MAX_FILE_BYTES)
    return edit


def read_current(root: Path, rel: str) -> bytes | None:
    """The file's bytes now (None: it does not exist), read as the loader reads files; a path
    leading outside the workspace through a symlink is refused."""
    path = root / rel
    if escapes(root, path):
        raise FatalError("record.outside_link", exit_code=1, file=rel)
    if not os.path.lexists(path):
        return None
    raw, found = read_limited(path, rel, MAX_FILE_BYTES)
    if raw is None:
        raise Refused("record.unreadable", found, file=rel)
    return raw


@contextmanager
def locked(root: Path, rel: str) -> Iterator[None]:
    """Serialise every ``record`` of one file: read again, check and write while holding it."""
    from kehoach_cli.editing.fsutil import locked as os_lock

    path = root / rel
    if escapes(root, path):
        raise FatalError("record.outside_link", exit_code=1, file=rel)
    path.parent.mkdir(parents=True, exist_ok=True)
    with os_lock(Path(os.path.realpath(path))):
        yield


def submission_file(result: LoadResult, unit: str, month: str) -> str:
    """The unit's existing record for the month wherever it is, else progress/MONTH/UNIT.yaml."""
    for item in result.progress_files:
        if item.model.unit == unit and item.model.month == month:
            return item.doc.file
    return f"{PROGRESS_DIR}/{month}/{unit}.yaml"


def new_problems(edit: Edit, baseline: list[Problem]) -> list[Problem]:
    """Errors the workspace would have with the edit that it does not have now, so a problem
    elsewhere (or an old one in the same file) never blocks recording progress."""
    from kehoach_cli.checks import run_checks

    after = run_checks(load_workspace(edit.root, {edit.rel: edit.after}))
    known = Counter(_signature(p) for p in baseline)
    fresh = []
    for found in after:
        if found.severity != Severity.ERROR:
            continue
        if known[_signature(found)] > 0:
            known[_signature(found)] -= 1
        else:
            fresh.append(found)
    return fresh


def unchanged_since(edit: Edit) -> bool:
    """Whether the file still holds what ``prepare`` read."""
    return _digest(read_current(edit.root, edit.rel)) == _digest(edit.before)


def apply(edit: Edit) -> None:
    """Write the edit (hold ``locked``), unless the file is no longer what ``prepare`` read.
    Through a symlink inside the workspace the link's target is written and the link kept."""
    from kehoach_cli.editing.fsutil import sweep_temporary, write_atomic

    if not unchanged_since(edit):
        raise FatalError("record.changed", exit_code=1, file=edit.rel)
    target = Path(os.path.realpath(edit.root / edit.rel))
    sweep_temporary(target)
    write_atomic(target, edit.after, make_parents=True)


def _digest(data: bytes | None) -> str:
    return "absent" if data is None else hashlib.sha256(data).hexdigest()


def _signature(p: Problem) -> tuple[str, str, str, str]:
    """A problem without its line, which an edit above it may shift."""
    params = repr(sorted((k, str(v)) for k, v in p.params.items()))
    return p.code, p.source.file, p.yaml_path, params


# ---------------------------------------------------------------- text


def new_file(root: Path, result: LoadResult, unit: str, month: str, submitted: date,
             change: EntryChange) -> str:
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    from kehoach_cli.editing import roundtrip as roundtrip
    from kehoach_cli.timeexpr.expressions import parse_month
    from kehoach_cli.timeexpr.vndate import vn_month

    year, number = parse_month(month)
    name = result.workspace.name_of(unit)
    header = [t("record.file_header", month=vn_month(year, number), unit=name),
              t("record.file_header2")]
    if (root / "schema" / "progress.schema.json").is_file():
        header.insert(0, "yaml-language-server: $schema=../../schema/progress.schema.json")
    data = CommentedMap(kehoach=1, unit=unit, month=month, submitted=submitted)
    data["entries"] = CommentedSeq([new_entry(change)])
    body = roundtrip.dump(roundtrip.rt_yaml(roundtrip.Indent()), data)
    return "".join(f"# {line}\n" for line in header) + body


def _edit_text(before: bytes, rel: str, change: EntryChange,
               submitted: date | None) -> tuple[bytes, str]:
    from ruamel.yaml.comments import CommentedSeq

    from kehoach_cli.editing import roundtrip as roundtrip

    text = before.decode("utf-8")
    bom = "\ufeff" if text.startswith("\ufeff") else ""
    text = text.removeprefix(bom)
    try:
        y = roundtrip.rt_yaml(roundtrip.detect_indent(text))
        data = roundtrip.load(y, text.replace("\r\n", "\n"))
        entries = data.get("entries") or []
        index = find_entry(entries, change)
        keys: set[str] = set()
        if submitted is not None and data.get("submitted") != submitted:
            data["submitted"] = submitted
            keys.add("submitted")
        found = index < len(entries)
        if found:
            snapshot = plain(entries[index])
            apply_change(entries[index], change)
            touched = plain(entries[index]) != snapshot
        elif entries:
            entries.append(new_entry(change))
            touched = True
        else:  # missing, empty or "[]": a block list reads best
            data["entries"] = CommentedSeq([new_entry(change)])
            touched = True
        if not (touched or keys):
            return before, "unchanged"
        items = frozenset({index}) if touched else frozenset()
        dumped = roundtrip.dump(y, data)
        spliced = roundtrip.splice(text, dumped, "entries", roundtrip.Change(frozenset(keys), items))
    except SpliceError as err:
        raise FatalError("record.unsafe", exit_code=1, file=rel,
                         reason=t(err.code, **err.params)) from err
    return (bom + spliced).encode("utf-8"), "updated" if found else "added"
