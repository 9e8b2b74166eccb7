"""One progress entry as ruamel.yaml holds it, changed the way ``kehoach record`` asks.

Changes are made in place on ruamel's objects so that the comments and quoting a person wrote
inside the entry survive; new keys go where people put them (task, milestone, state, completed,
results, figures, evidence, obstacles, proposals).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from kehoach_cli.problems import FatalError

ENTRY_KEYS = ("task", "milestone", "occurrence", "state", "completed", "results", "figures", "evidence",
              "obstacles", "proposals")
TEXT_FIELDS = ("results", "obstacles", "proposals")
CLEAR = ""  # given for a field, removes it


@dataclass(frozen=True)
class FigureChange:
    target: str
    value: int
    note: str | None = None  # None keeps an existing note, "" removes it


@dataclass(frozen=True)
class EntryChange:
    """What to change in the entry for ``task`` (and ``milestone``); None leaves a field alone,
    ``CLEAR`` removes it.  Figures replace the figure of the same target; evidence is added."""

    task: str
    milestone: str | None = None
    state: str | None = None
    completed: date | str | None = None
    results: str | None = None
    obstacles: str | None = None
    proposals: str | None = None
    figures: tuple[FigureChange, ...] = ()
    evidence: tuple[str, ...] = ()
    occurrence: date | None = None  # which occurrence of a recurring time, when one is named

    @property
    def key(self) -> str:
        return self.task if self.milestone is None else f"{self.task}#{self.milestone}"


def find_entry(entries: list[Any], change: EntryChange) -> int:
    """The index of the entry for the task, milestone and occurrence, or len(entries) for a
    new one: an entry for another Thursday of a weekly task is never the one changed."""
    wanted = _day_text(change.occurrence)
    for i, entry in enumerate(entries):
        if isinstance(entry, Mapping) and (
            nfc(entry.get("task")) == change.task and nfc(entry.get("milestone")) == change.milestone
            and _day_text(entry.get("occurrence")) == wanted
        ):
            return i
    return len(entries)


def _day_text(value: object) -> str | None:
    """An occurrence as written or as ruamel read it (a date), for comparing the two."""
    return nfc(value.isoformat() if isinstance(value, date) else value)


def nfc(value: object) -> str | None:
    return None if value is None else unicodedata.normalize("NFC", str(value)).strip()


def plain(value: Any) -> Any:
    """Data without ruamel's styles and comments, to tell whether anything really changed."""
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return str(value) if isinstance(value, str) else value


def new_entry(change: EntryChange) -> Any:
    from ruamel.yaml.comments import CommentedMap

    if change.state is None and not isinstance(change.completed, date):
        raise FatalError("record.need_state", exit_code=2)
    entry = CommentedMap(task=change.task)
    if change.milestone is not None:
        entry["milestone"] = change.milestone
    if change.occurrence is not None:  # its own object: one shared with ``completed`` is
        entry["occurrence"] = date.fromordinal(change.occurrence.toordinal())  # an alias
    apply_change(entry, change)
    return entry


def apply_change(entry: Any, change: EntryChange) -> None:
    """Change ``entry`` in place, so ruamel keeps its comments; new keys in the usual order."""
    state = change.state
    if state is None and isinstance(change.completed, date):
        state = "hoàn thành"  # a completion date says the task is done
    fields: dict[str, object] = {"state": state, "completed": change.completed}
    fields.update({name: getattr(change, name) for name in TEXT_FIELDS})
    for name, value in fields.items():
        if value == CLEAR:
            entry.pop(name, None)
        elif value is not None:
            _put(entry, name, _styled(entry.get(name), value))
    _merge_figures(entry, change.figures)
    _merge_evidence(entry, change.evidence)


def _put(entry: Any, key: str, value: object) -> None:
    """Set ``key``; a new key goes after the keys that usually precede it."""
    if key in entry:
        if plain(entry[key]) != plain(value):
            entry[key] = value
        return
    rank = ENTRY_KEYS.index(key)
    existing = list(entry)
    after = [i for i, k in enumerate(existing) if k in ENTRY_KEYS and ENTRY_KEYS.index(k) < rank]
    entry.insert(after[-1] + 1 if after else 0, key, value)


def _styled(old: object, new: object) -> object:
    """Keep the quoting the person chose; multi-line text as a block; quote what YAML 1.1
    would read as something other than text ("yes", "12")."""
    import yaml
    from ruamel.yaml.scalarstring import (
        DoubleQuotedScalarString,
        FoldedScalarString,
        LiteralScalarString,
    )

    if not isinstance(new, str):
        return new
    if "\n" in new:
        return LiteralScalarString(new)
    if type(old) is not str and isinstance(old, str):
        if isinstance(old, LiteralScalarString | FoldedScalarString) and old.endswith("\n"):
            new += "\n"  # keep "|" or ">" rather than turn it into "|-" or ">-"
        return type(old)(new)
    resolver: Any = yaml.resolver.Resolver()
    tag = resolver.resolve(yaml.ScalarNode, new, (True, False))
    return new if tag == "tag:yaml.org,2002:str" else DoubleQuotedScalarString(new)


def _list_at(entry: Any, key: str) -> Any:
    """The entry's list under ``key``, added in its usual place when the entry has none."""
    from ruamel.yaml.comments import CommentedSeq

    items = entry.get(key)
    if items is None:
        items = CommentedSeq()
        _put(entry, key, items)
    return items


def _merge_figures(entry: Any, figures: tuple[FigureChange, ...]) -> None:
    from ruamel.yaml.comments import CommentedMap

    if not figures:
        return
    items = _list_at(entry, "figures")
    for fig in figures:
        item: Any = next((x for x in items if isinstance(x, Mapping)
                     and nfc(x.get("target")) == fig.target), None)
        if item is None:
            item = CommentedMap(target=fig.target, value=fig.value)
            items.append(item)
        elif item.get("value") != fig.value:
            item["value"] = fig.value
        if fig.note == CLEAR:
            item.pop("note", None)
        elif fig.note is not None and item.get("note") != fig.note:
            item["note"] = _styled(item.get("note"), fig.note)


def _merge_evidence(entry: Any, evidence: tuple[str, ...]) -> None:
    if not evidence:
        return
    items = _list_at(entry, "evidence")
    present = {nfc(x) for x in items}
    for text in evidence:
        if nfc(text) not in present:
            items.append(_styled(None, text))
            present.add(nfc(text))
