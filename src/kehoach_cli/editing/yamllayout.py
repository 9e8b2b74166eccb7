"""Where things are in a YAML text: the lines each top-level key and each list item spans,
which lines lie inside multi-line strings, and which comment ends each line.

libyaml's events give exact start and end marks; ``roundtrip`` uses these spans to replace one
entry of a file without touching any other line.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml import events as ev

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_COMMENT_AFTER = re.compile(r"^[\s:?\-]*(#.*?)\s*$")


class SpliceError(Exception):
    """The edit cannot be made without risk to the rest of the file; ``code`` says why."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class Span:
    first: int  # first line, 0-based: the key's line, or the item's dash line
    last: int  # last line with content, inclusive
    col: int  # column of the key or of the dash


@dataclass
class Layout:
    """Where each top-level key and each item of one list sits, and each line's comment."""

    lines: list[str]
    keys: dict[str, Span] = field(default_factory=dict)
    items: list[Span] | None = None
    comments: dict[int, str] = field(default_factory=dict)
    protected: set[int] = field(default_factory=set)  # lines inside multi-line scalars




@dataclass(frozen=True, slots=True)
class _Pos:
    line: int
    col: int
    index: int


@dataclass(frozen=True, slots=True)
class _Event:
    """What the layout needs of a libyaml event, with its marks never None."""

    kind: str  # scalar, alias, start, end, other
    start: _Pos
    end: _Pos
    flow: bool = False
    block_scalar: bool = False
    value: str = ""


def _pos(mark: Any) -> _Pos:
    return _Pos(mark.line, mark.column, mark.index) if mark is not None else _Pos(0, 0, 0)


def _event(e: ev.Event) -> _Event:
    start, end = _pos(e.start_mark), _pos(e.end_mark)
    if isinstance(e, ev.ScalarEvent):
        return _Event("scalar", start, end, block_scalar=e.style in ("|", ">"), value=e.value)
    if isinstance(e, ev.AliasEvent):
        return _Event("alias", start, end)
    if isinstance(e, ev.MappingStartEvent | ev.SequenceStartEvent):
        kind = "map" if isinstance(e, ev.MappingStartEvent) else "seq"
        return _Event("start", start, end, flow=bool(e.flow_style), value=kind)
    if isinstance(e, ev.CollectionEndEvent):
        return _Event("end", start, end)
    return _Event("other", start, end)


def layout(text: str, list_key: str) -> Layout:
    """Spans of the root mapping's keys and of the items of the block list under ``list_key``."""
    lay = Layout(text.split("\n"))
    try:
        events = [_event(e) for e in yaml.parse(text, Loader=_Loader)]
        dashes = [(t.start_mark.index, t.start_mark.line, t.start_mark.column)
                  for t in yaml.scan(text, Loader=_Loader) if isinstance(t, yaml.BlockEntryToken)]
    except yaml.YAMLError as err:
        raise SpliceError("record.reason_parse", detail=str(err).splitlines()[0]) from err
    _scan_lines(lay, events)
    root = events[2] if len(events) > 2 else None
    if root is None or (root.kind, root.value, root.flow) != ("start", "map", False):
        raise SpliceError("record.reason_root")
    i = 3
    while (key := events[i]).kind == "scalar":
        start = i + 1
        i, last = _walk(lay, events, start)
        lay.keys[key.value] = Span(key.start.line, max(last, key.start.line), key.start.col)
        value = events[start]
        if key.value == list_key and (value.kind, value.value) == ("start", "seq"):
            lay.items = None if value.flow else _items(lay, events, start, dashes)
    if events[i].kind != "end":
        raise SpliceError("record.reason_root")
    return lay


def _items(
    lay: Layout, events: list[_Event], start: int, dashes: list[tuple[int, int, int]]
) -> list[Span]:
    """Each item runs from its dash (the last '-' before its content) to its last content."""
    spans = []
    i = start + 1
    while events[i].kind != "end":
        at = events[i].start.index
        _, first, col = dashes[bisect.bisect_left(dashes, (at,)) - 1]
        i, last = _walk(lay, events, i)
        spans.append(Span(first, max(first, last), col))
    return spans


def _walk(lay: Layout, events: list[_Event], i: int) -> tuple[int, int]:
    """The index after the node starting at ``events[i]`` and its last line with content."""
    flows: list[bool] = []
    last = -1
    while True:
        e = events[i]
        i += 1
        if e.kind == "start":
            flows.append(e.flow)
        elif e.kind == "end":
            if flows.pop():
                last = max(last, e.end.line)
        elif e.kind in ("scalar", "alias"):
            last = max(last, _last_line(lay, e))
        if not flows:
            return i, last


def _last_line(lay: Layout, e: _Event) -> int:
    if e.end.index == e.start.index:
        return -1  # an empty value: its marks may point at the next line
    if e.end.col > 0 or e.end.line == e.start.line:
        return e.end.line
    line = e.end.line - 1  # a block scalar ends where the next line begins
    while line > e.start.line and not lay.lines[line].strip():
        line -= 1
    return line


def _scan_lines(lay: Layout, events: list[_Event]) -> None:
    """Which lines are inside multi-line scalars, and the comment (if any) ending each line."""
    ends: dict[int, int] = {}
    headers: set[int] = set()
    flows: list[bool] = []
    for e in events:
        if e.kind == "start":
            flows.append(e.flow)
            if not e.flow:
                continue
        elif e.kind == "end":
            if not flows.pop():
                continue
        elif e.kind not in ("scalar", "alias"):
            continue
        start, end = e.start, e.end
        if end.line > start.line and e.kind == "scalar":
            block = e.block_scalar
            lay.protected.update(range(start.line + 1, end.line + (block and end.col > 0)))
            if block:
                headers.add(start.line)
            ends[start.line] = max(ends.get(start.line, 0), start.col + 1 if block else 10**9)
        ends[end.line] = max(ends.get(end.line, 0), end.col)
    for n, line in enumerate(lay.lines):
        if n in lay.protected:
            continue
        tail = line[ends.get(n, 0):]
        if n in headers:
            tail = tail.lstrip("+-0123456789")  # the indicators after | or >
        found = _COMMENT_AFTER.match(tail)
        if found:
            lay.comments[n] = found.group(1)
