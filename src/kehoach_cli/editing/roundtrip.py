"""Change part of a YAML file a person wrote, and leave every other byte exactly as it was.

ruamel.yaml's round-trip mode keeps comments, key order and quoting, but re-emitting a whole file
still normalises what people notice in a diff (spacing in flow lists, indentation, long lines).
So the edited data is dumped whole and only the parts meant to change — whole top-level keys, or
whole items of one list — are copied from the dump into the original text.  The result must read
back as the dump and keep every comment of the replaced parts; otherwise ``SpliceError``, and
the caller writes nothing.
"""

from __future__ import annotations

import io
import itertools
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

import yaml
from ruamel.yaml import YAML

from kehoach_cli.editing.yamllayout import Layout, Span, SpliceError, layout

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_KEY_ONLY = re.compile(r"^(?P<lead>(?: *- +)* *)(?P<key>[^\s#'\"\-][^#]*?):\s*(?:#.*)?$")
_DASH = re.compile(r"^(?P<dash> *)- +(?P<item>[^\s#])")


@dataclass(frozen=True)
class Indent:
    """ruamel's ``indent(mapping, sequence, offset)``, as the file already uses it."""

    mapping: int = 2
    sequence: int = 4
    offset: int = 2


@dataclass(frozen=True)
class Change:
    keys: frozenset[str] = frozenset()
    items: frozenset[int] = frozenset()


def detect_indent(text: str) -> Indent:
    """Guess the indentation from "key:" lines followed by a list or a nested mapping.  A
    top-level list (``entries``) wins over lists nested in its items: ruamel has one setting
    for all lists, and the keys of a re-emitted entry must line up with its neighbours'."""
    lines = [ln for ln in text.split("\n") if ln.strip() and not ln.lstrip().startswith("#")]
    seqs: list[tuple[int, int, int]] = []
    maps: list[int] = []
    for line, nxt in itertools.pairwise(lines):
        key = _KEY_ONLY.match(line)
        if key is None:
            continue
        col = key.start("key")
        dash = _DASH.match(nxt)
        if dash is not None:
            seqs.append((col, len(dash.group("dash")) - col, dash.start("item") - col))
        elif (deeper := len(nxt) - len(nxt.lstrip(" "))) > col:
            maps.append(deeper - col)
    chosen = [s for s in seqs if s[0] == 0] or seqs
    offset, sequence = (chosen[0][1], chosen[0][2]) if chosen else (2, 4)
    if offset < 0 or sequence < 2:
        offset, sequence = 2, 4
    return Indent(maps[0] if maps else 2, max(sequence, offset + 2), offset)


def rt_yaml(indent: Indent) -> YAML:
    y = YAML(typ="rt")
    y.preserve_quotes = True
    y.width = 1_000_000_000  # never re-wrap a line
    y.allow_unicode = True
    y.indent(mapping=indent.mapping, sequence=indent.sequence, offset=indent.offset)
    return y


def load(y: YAML, text: str) -> Any:
    try:
        return y.load(text)
    except Exception as err:  # ruamel raises many kinds; all mean "cannot edit safely"
        raise SpliceError("record.reason_parse", detail=str(err).splitlines()[0]) from err


def dump(y: YAML, data: Any) -> str:
    buffer = io.StringIO()
    y.dump(data, buffer)
    return buffer.getvalue()


def splice(original: str, dumped: str, list_key: str, change: Change) -> str:
    """``original`` with the changed keys or items of ``list_key`` taken from ``dumped``."""
    raw = original.split("\n")
    crlf = "\r\n" in original
    old = layout(original.replace("\r\n", "\n"), list_key)
    new = layout(dumped, list_key)
    keys = set(change.keys)
    if change.items and not (old.items and new.items):
        keys.add(list_key)  # no block list to add items to: replace the whole key
    edits = [_key_edit(old, new, key) for key in sorted(keys)]
    if list_key not in keys:
        edits += [_item_edit(old, new, i) for i in sorted(change.items)]
    ordered = sorted(enumerate(edits), key=lambda e: (e[1][0], e[0]), reverse=True)
    for _, (start, stop, lines) in ordered:  # from the end, so earlier line numbers hold
        raw[start:stop] = [line + "\r" if crlf else line for line in lines]
    result = "\n".join(raw)
    _verify(result, dumped)
    return result


def _verify(result: str, dumped: str) -> None:
    try:
        same = yaml.load(result, Loader=_Loader) == yaml.load(dumped, Loader=_Loader)
    except yaml.YAMLError:
        same = False
    if not same:
        raise SpliceError("record.reason_verify")


def _key_edit(old: Layout, new: Layout, key: str) -> tuple[int, int, list[str]]:
    target = new.keys.get(key)
    if key in old.keys:
        span = old.keys[key]
        if target is None:
            return span.first, span.last + 1, []
        return span.first, span.last + 1, _take(old, span, new, target, span.col)
    if target is None:
        return 0, 0, []
    order = list(new.keys)
    before = [k for k in order[: order.index(key)] if k in old.keys]
    at = old.keys[before[-1]].last + 1 if before else min(s.first for s in old.keys.values())
    col = next(iter(old.keys.values())).col if old.keys else 0
    return at, at, _take(old, None, new, target, col)


def _item_edit(old: Layout, new: Layout, i: int) -> tuple[int, int, list[str]]:
    assert old.items is not None and new.items is not None
    target = new.items[i] if i < len(new.items) else None
    if i < len(old.items):
        span = old.items[i]
        lines = [] if target is None else _take(old, span, new, target, span.col)
        return span.first, span.last + 1, lines
    if target is None:
        return 0, 0, []
    last = old.items[-1]
    lines = _take(old, None, new, target, last.col)
    spaced = len(old.items) > 1 and not old.lines[last.first - 1].strip()
    return last.last + 1, last.last + 1, [""] * spaced + lines


def _take(old: Layout, span: Span | None, new: Layout, target: Span, col: int) -> list[str]:
    """The dumped lines for ``target``, moved to column ``col``, without the comments and blank
    lines ruamel carried in from outside the span (they stay where they are in the original),
    and refusing if a comment inside the original span would be lost."""
    before = range(span.first, span.last + 1) if span else range(0)
    fillers = Counter(old.comments.get(n, "") for n in before
                      if n in old.comments or _filler(old, n))
    kept: list[int] = []
    for n in range(target.first, target.last + 1):
        if _filler(new, n):
            key = new.comments.get(n, "")
            if fillers[key] <= 0:
                continue
            fillers[key] -= 1
        kept.append(n)
    lost = Counter(old.comments[n] for n in before if n in old.comments)
    lost.subtract(new.comments[n] for n in kept if n in new.comments)
    for comment, missing in lost.items():
        if missing > 0:
            raise SpliceError("record.reason_comment", comment=comment)
    return [_shift(new.lines[n], col - target.col) for n in kept]


def _filler(lay: Layout, n: int) -> bool:
    line = lay.lines[n].strip()
    return n not in lay.protected and (not line or line.startswith("#"))


def _shift(line: str, by: int) -> str:
    if by >= 0:
        return " " * by + line if line.strip() else line
    spaces = len(line) - len(line.lstrip(" "))
    return line[min(spaces, -by):]
