"""The fast path of the YAML reader: plain files, read in one flat loop over libyaml's events.

Profiling ``validate`` on a province-scale workspace showed the careful builder in ``yamlread``
spending most of its time in Python calls made for every scalar (a method per node, a position
for every value, a resolver call for every plain word).  Almost every real file is plain: no
anchors, tags, duplicate keys or deep nesting.  This loop handles exactly those, records where
mappings and lists start, and gives up (returns None) at the first thing out of the ordinary,
so that the careful builder, which the reader then uses, decides and reports it as before.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml import events as ev

YamlPath = tuple[str | int, ...]
Positions = dict[YamlPath, tuple[int, int]]

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_resolver = yaml.resolver.Resolver()
_constructor = yaml.constructor.SafeConstructor()
_IMPLICIT: dict[Any, Any] = _resolver.yaml_implicit_resolvers
_STR = "tag:yaml.org,2002:str"
_NO_KEY = object()
_KNOWN: dict[str, object] = {}
_KNOWN_MAX = 50_000


class _GiveUp(Exception):
    """Something only the careful builder handles: let it read the file."""


def _plain(value: str) -> object:
    """A plain scalar that may not be text ("1", "true", "2023-02-20", "~"): as PyYAML reads it.

    Remembered, because the same keys and dates come back in every file; every value it can
    give (text, number, boolean, None, date) is immutable, so sharing one is safe.
    """
    known = _KNOWN.get(value, _NO_KEY)
    if known is not _NO_KEY:
        return known
    tag = _resolver.resolve(yaml.ScalarNode, value, (True, False))  # type: ignore[no-untyped-call]
    if tag == _STR:
        result: object = value
    else:
        try:
            result = _constructor.yaml_constructors[tag](_constructor, yaml.ScalarNode(tag, value))
        except (ValueError, KeyError, yaml.YAMLError):
            raise _GiveUp from None
    if len(_KNOWN) < _KNOWN_MAX:
        _KNOWN[value] = result
    return result


def fast_tree(text: str, max_depth: int) -> tuple[object, Positions] | None:
    """The data of a plain file and where each of its mappings and lists starts, or None."""
    if None in _IMPLICIT:  # a wildcard resolver would make every scalar a candidate
        return None
    try:
        return _walk(text, max_depth)
    except (_GiveUp, yaml.YAMLError):  # a syntax error too: the careful builder locates it
        return None


def _walk(text: str, max_depth: int) -> tuple[object, Positions]:
    """One loop, no call per event: the events are the floor of the cost, the loop adds little.

    The open container, its path and its pending key live in locals; the stack holds only the
    containers around it.
    """
    scalar, map_start, seq_start = ev.ScalarEvent, ev.MappingStartEvent, ev.SequenceStartEvent
    ends = (ev.MappingEndEvent, ev.SequenceEndEvent)
    passing = (ev.StreamStartEvent, ev.DocumentEndEvent)
    implicit, no_key = _IMPLICIT, _NO_KEY
    positions: Positions = {}
    outer: list[tuple[Any, YamlPath, bool, Any]] = []
    roots: list[Any] = []
    container: Any = roots  # a list that receives the root
    path: YamlPath = ()
    is_list = True
    key: Any = no_key
    documents = 0
    loader = _Loader(text)
    next_event = loader.get_event
    try:
        while (kind := type(event := next_event())) is not ev.StreamEndEvent:
            if kind is scalar:
                if event.tag is not None:  # anchors alone are harmless: any alias gives up
                    raise _GiveUp
                value = event.value
                if event.implicit[0] and (not value or value[0] in implicit):
                    value = _plain(value)
                if is_list:
                    container.append(value)
                elif key is no_key:
                    key = value if type(value) is str else str(value)
                    if key in container:
                        raise _GiveUp  # a duplicate key: reported by the careful builder
                else:
                    container[key] = value
                    key = no_key
            elif kind is map_start or kind is seq_start:
                if event.tag is not None or len(outer) >= max_depth:
                    raise _GiveUp
                new: Any = {} if kind is map_start else []
                if is_list:
                    child: YamlPath = (*path, len(container)) if outer else ()
                    container.append(new)
                elif key is no_key:
                    raise _GiveUp  # a mapping or list used as a key
                else:
                    child = (*path, key)
                    container[key] = new
                    key = no_key
                mark = event.start_mark
                positions[child] = (mark.line + 1, mark.column + 1)
                outer.append((container, path, is_list, key))
                container, path, is_list, key = new, child, kind is seq_start, no_key
            elif kind in ends:
                container, path, is_list, key = outer.pop()
            elif kind is ev.DocumentStartEvent:
                documents += 1
            elif kind not in passing:  # an alias, or anything new: the careful builder decides
                raise _GiveUp
    finally:
        loader.dispose()
    if documents != 1 or len(roots) != 1:
        raise _GiveUp
    return roots[0], positions
