"""Read one YAML file safely and remember where every value was written.

The files come from people, not programs, so reading is defensive: a size limit, UTF-8 only (a
BOM is accepted), Unicode normalised to NFC, git conflict markers and tabs reported by line,
duplicate keys refused, no tags beyond plain data (``!!python/...`` is never executed), nesting
and alias expansion capped.  Events come from libyaml's C parser (fast, no recursion); the tree
is built here so that each value's line and column can be kept beside it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn

import yaml
from yaml import events as ev

from kehoach_cli.model import Source
from kehoach_cli.problems import Problem, problem
from kehoach_cli.reading.files import read_limited
from kehoach_cli.reading.layout import MAX_FILE_BYTES as MAX_FILE_BYTES
from kehoach_cli.reading.textpack import Packed, TextPack
from kehoach_cli.reading.yamltext import (
    CONTROL_IN_VALUE,
    Locator,
    decode,
    has_odd_breaks,
    scan_text,
    tab_at,
)

MAX_DEPTH = 50
MAX_ALIAS_NODES = 10_000

YamlPath = tuple[str | int, ...]
_PLAIN_TAGS = {
    "tag:yaml.org,2002:" + name
    for name in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
}
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_resolver = yaml.resolver.Resolver()


def _resolve(value: str, implicit: tuple[bool, bool]) -> str:
    tag: str = _resolver.resolve(yaml.ScalarNode, value, implicit)  # type: ignore[no-untyped-call]
    return tag
_constructor = yaml.constructor.SafeConstructor()


@dataclass
class YamlDoc:
    """The data of one file plus the position of every value and every mapping key.

    A file read by the fast path records only where its mappings and lists start (what the
    builder cites for every task and entry) and keeps its text; the first question about any
    other position reads the text again with the full builder, so a located message is exactly
    the same whichever path read the file.  The text is kept as the bytes it was decoded from:
    UTF-8 holds Vietnamese in about half the memory of the decoded string (8 MB at 10k tasks).
    """

    file: str
    data: object
    values: dict[YamlPath, tuple[int, int]] = field(default_factory=dict)
    keys: dict[YamlPath, tuple[int, int]] = field(default_factory=dict)
    text: bytes | Packed | None = field(default=None, repr=False, compare=False)

    def compact(self, pack: TextPack | None = None) -> None:
        """Keep only what a later message's position needs, once the file is built and checked:
        a fast-path file keeps its text and forgets its positions, which the full builder
        records again if ever asked.  A ``TextPack`` compresses the text with others' (a file
        kept to the end of the run); without one the text stays as it is (a plan, let go once
        the plan checks ran)."""
        self.data = None
        if isinstance(self.text, bytes):
            self.values, self.keys = {}, {}
            if pack is not None:
                pack.add(self)

    def complete(self) -> None:
        """Record every position, if the fast path left some out (see the class docstring)."""
        if self.text is None:
            return
        raw = self.text.unpack() if isinstance(self.text, Packed) else self.text
        text, _ = decode(raw, self.file)  # it decoded before, so it decodes the same
        assert text is not None
        full = _Builder(self.file).build(text)
        self.values, self.keys, self.text = full.values, full.keys, None

    def source(self, path: YamlPath, *, key: bool = False) -> Source:
        """The nearest recorded position for ``path``: its key, its value, or an ancestor."""
        if not key and (where := self.values.get(path)) is not None:
            return Source(self.file, *where)  # what builders ask for 45,000 times at 10k tasks
        if self.text is not None:
            self.complete()
        if key and path in self.keys:
            return Source(self.file, *self.keys[path])
        while path:
            if path in self.values:
                return Source(self.file, *self.values[path])
            path = path[:-1]
        return Source(self.file, *self.values.get((), (1, 1)))


def dotted(path: YamlPath) -> str:
    """``tasks[3].lead[0]``: how a YAML path is shown beside a message."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


class _Refused(Exception):
    def __init__(self, found: Problem) -> None:
        self.problem = found


def read_yaml(path: Path, display: str) -> tuple[YamlDoc | None, list[Problem]]:
    """Read ``path``; on any problem return None and the located problems, never raise."""
    raw, found = read_limited(path, display, MAX_FILE_BYTES)
    if raw is None:
        return None, found
    return parse_yaml(raw, display)


def parse_yaml(raw: bytes, display: str) -> tuple[YamlDoc | None, list[Problem]]:
    text, found = decode(raw, display)
    if text is None:
        return None, found
    found = scan_text(text, display, raw)
    if found:
        return None, found
    # The fast path keeps neither every position nor a look at each value: files with line
    # breaks editors do not count, or with escapes that may hide a control character, go the
    # careful way.
    fast = None if has_odd_breaks(text) or "\\" in text else _fast_build(text, raw, display)
    if fast is not None:
        return fast, []
    builder = _Builder(display)
    try:
        return builder.build(text), builder.found
    except _Refused as refused:
        return None, [refused.problem]
    except yaml.MarkedYAMLError as err:
        return None, [_syntax_problem(err, text, display)]
    except yaml.YAMLError as err:  # a reader error: scan_text reports those first
        where = Source(display, *Locator(text).at(getattr(err, "problem_mark", None)))
        return None, [problem("load.syntax", where, detail=str(err).splitlines()[0])]


def _syntax_problem(err: yaml.MarkedYAMLError, text: str, display: str) -> Problem:
    line, col = Locator(text).at(err.problem_mark or err.context_mark)
    where = Source(display, line, col)
    detail = err.problem or err.context or ""
    if "nesting depth" in detail:  # newer libyaml bindings cap nesting themselves
        return problem("load.too_deep", where, limit=MAX_DEPTH)
    tab = tab_at(text, line)
    if tab is not None:
        return problem("load.tab", Source(display, line, tab))
    return problem("load.syntax", where, detail=detail)


def _fast_build(text: str, raw: bytes, display: str) -> YamlDoc | None:
    """The plainest files line by line (``yamlplain``), the others over libyaml's events."""
    from kehoach_cli.reading.yamlfast import fast_tree
    from kehoach_cli.reading.yamlplain import plain_tree

    found = plain_tree(text) or fast_tree(text, MAX_DEPTH)
    if found is None:
        return None
    data, values = found
    return YamlDoc(display, data, values, {}, raw)


class _Builder:
    """Turns libyaml's event stream into plain data, recording positions as it goes."""

    def __init__(self, display: str) -> None:
        self.doc = YamlDoc(display, None)
        self.anchors: dict[str, tuple[object, int]] = {}
        self.expanded = 0
        self.found: list[Problem] = []
        self.locate = Locator("").at

    def build(self, text: str) -> YamlDoc:
        self.locate = Locator(text).at
        stream = yaml.parse(text, Loader=_Loader)
        self.events = iter(stream)
        documents = 0
        for event in self.events:
            if isinstance(event, ev.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    self._refuse("load.many_documents", event)
                self.doc.data, _ = self._node(next(self.events), (), 0)
        if documents == 0:
            raise _Refused(problem("load.empty", Source(self.doc.file)))
        return self.doc

    def _refuse(self, code: str, event: ev.Event, **params: object) -> NoReturn:
        where = Source(self.doc.file, *self.locate(event.start_mark))
        raise _Refused(Problem(code, where, dict(params)))

    def _node(self, event: ev.Event, path: YamlPath, depth: int) -> tuple[object, int]:
        """Build the value starting at ``event``; return it and how many nodes it holds."""
        self.doc.values[path] = self.locate(event.start_mark)
        if isinstance(event, ev.AliasEvent):
            return self._alias(event)
        if depth > MAX_DEPTH:
            self._refuse("load.too_deep", event, limit=MAX_DEPTH)
        tag = getattr(event, "tag", None)
        if tag is not None and tag not in _PLAIN_TAGS and tag != "!":
            self._refuse("load.tag", event, tag=tag.replace("tag:yaml.org,2002:", "!!"))
        if isinstance(event, ev.ScalarEvent):
            value: object = self._scalar(event)
            size = 1
        elif isinstance(event, ev.SequenceStartEvent):
            value, size = self._sequence(path, depth)
        elif isinstance(event, ev.MappingStartEvent):
            value, size = self._mapping(path, depth)
        else:  # pragma: no cover - libyaml guarantees a node here
            self._refuse("load.syntax", event, detail=type(event).__name__)
        anchor = getattr(event, "anchor", None)
        if anchor:
            self.anchors[anchor] = (value, size)
        return value, size

    def _alias(self, event: ev.AliasEvent) -> tuple[object, int]:
        if event.anchor not in self.anchors:
            self._refuse("load.syntax", event, detail=f"unknown alias *{event.anchor}")
        value, size = self.anchors[str(event.anchor)]
        self.expanded += size
        if self.expanded > MAX_ALIAS_NODES:
            self._refuse("load.alias_bomb", event, limit=MAX_ALIAS_NODES)
        return value, size

    def _scalar(self, event: ev.ScalarEvent) -> object:
        """The scalar's value; text holding a control character (written as an escape such as
        "\\x01" or "\\e") is kept but reported: it would break documents and terminals."""
        value = self._scalar_value(event)
        if isinstance(value, str) and (bad := CONTROL_IN_VALUE.search(value)) is not None:
            where = Source(self.doc.file, *self.locate(event.start_mark))
            self.found.append(problem("load.control_char", where, char=f"{ord(bad.group()):04X}"))
        return value

    def _scalar_value(self, event: ev.ScalarEvent) -> object:
        if event.tag in (None, "!") and not event.implicit[0]:
            return event.value  # quoted: always a string
        tag = event.tag if event.tag not in (None, "!") else None
        tag = tag or _resolve(event.value, event.implicit)
        if tag == "tag:yaml.org,2002:str":
            return event.value
        node = yaml.ScalarNode(tag, event.value)
        try:
            return _constructor.yaml_constructors[tag](_constructor, node)
        except (ValueError, KeyError, TypeError, AttributeError, OverflowError, yaml.YAMLError):
            # KeyError: "=" and "<<" have no constructor; AttributeError: !!timestamp 2023
            self._refuse("load.bad_scalar", event, value=event.value)

    def _sequence(self, path: YamlPath, depth: int) -> tuple[list[object], int]:
        items: list[object] = []
        size = 1
        for event in self.events:
            if isinstance(event, ev.SequenceEndEvent):
                break
            value, count = self._node(event, (*path, len(items)), depth + 1)
            items.append(value)
            size += count
        return items, size

    def _mapping(self, path: YamlPath, depth: int) -> tuple[dict[str, object], int]:
        mapping: dict[str, object] = {}
        size = 1
        for event in self.events:
            if isinstance(event, ev.MappingEndEvent):
                break
            if not isinstance(event, ev.ScalarEvent):
                self._refuse("load.complex_key", event)
            key = str(self._scalar(event))
            if key in mapping:
                where = Source(self.doc.file, *self.locate(event.start_mark))
                first = self.doc.keys[(*path, key)][0]
                self.found.append(problem("load.duplicate_key", where, key=key, first=first))
                self._node(next(self.events), (*path, key, "#duplicate"), depth + 1)
                continue
            self.doc.keys[(*path, key)] = self.locate(event.start_mark)
            value, count = self._node(next(self.events), (*path, key), depth + 1)
            mapping[key] = value
            size += count
        return mapping, size
