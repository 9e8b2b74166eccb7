"""The plainest files read line by line, before libyaml: what ``yamlfast`` gives, at a third of it.

Profiling a cold ``validate`` (issue 15) showed the floor of ``yamlfast``: libyaml makes a
Python event object, with two marks, for each of 560k events at 10k tasks, before the loop
looks at any.  Generated and hand-written plans alike are mostly one shape: block mappings
and lists indented by spaces, ``key: value`` lines, quoted text on one line, ``[a, b]`` lists
on one line, folded ``>-`` paragraphs.  This reader accepts exactly that and gives up (None) at
anything else, however harmless — an indentless list, a value continued on the next line, a
paragraph line indented further, a flow mapping, a key that is not a plain name — so that
``yamlfast``, and after it the careful builder, decide those files as before.  Where it
accepts, its data and positions are those of ``yamlfast`` (``tests/test_reading_yamlplain.py``
compares them on every corpus, fixture and bundled file and on mutants of them); scalars are
resolved by the same ``yamlfast._plain``.  It is handed only text that ``yamltext.scan_text``
passed (no control character, no NUL), as ``yamlfast`` is.
"""

from __future__ import annotations

import re
from typing import Any

from kehoach_cli.reading.yamlfast import _IMPLICIT, _GiveUp, _plain

YamlPath = tuple[str | int, ...]
Positions = dict[YamlPath, tuple[int, int]]

# indent, "- ", a plain name as key (with ": " or ":" at the end), then: text in double quotes
# that ends the line, or a plain scalar that ends it and holds no ":", "#" or bracket, or else
# the rest of the line (read by ``_value``)
_LINE = re.compile(
    r'( *)(- )?(?:([A-Za-z_][A-Za-z0-9_]{0,99}):(?: +|$))?'
    r'(?:"([^"]*)" *$|([^-?:,\[\]{}#&*!|>\'"%@` ](?:[^:#\[\]{}]*[^:#\[\]{} ])?) *$|(.*))'
)
_KEYS: dict[str, str] = {}  # a key as written → as ``yamlfast`` makes it (see ``_key``)
_KEYS_MAX = 10_000
_NO_VALUE = object()  # the line's value is not a scalar the pattern read
_NOT_FIRST = frozenset("-?:,[]{}#&*!|>'\"%@`")  # indicators a plain scalar may not start with
_NOT_IN_BLOCK = re.compile(r"[\[\]{}]|: |:$")  # in a plain value written in a block
_FLOW_ITEM = re.compile(r' *(?:"([^"]*)"|([^ ,\[\]{}#:"\'][^,\[\]{}#:"\']*)) *([,\]])')
_ALL_QUOTED = re.compile(r'\[ *"[^"]*"(?: *, *"[^"]*")* *\] *')
_QUOTED = re.compile(r'"([^"]*)"')
_ALL_NAMES = re.compile(r"\[ *[A-Za-z_][A-Za-z0-9_.-]*(?: *, *[A-Za-z_][A-Za-z0-9_.-]*)* *\] *")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_.-]*")
_TRAILING = re.compile(r"(?: +#.*)? *")
_BLOCK_HEADS = {">-": (" ", ""), ">": (" ", "\n"), "|-": ("\n", ""), "|": ("\n", "\n")}
_MAX_DEPTH = 20
# Tabs, other line breaks (NEL, U+2028/9, a carriage return), a BOM inside, an escape: libyaml's
# rules for each differ from a plain reading of the line.
_REFUSED = ("\t", "\r", "\x85", "\u2028", "\u2029", "\ufeff", "\\")
_Frame = tuple[Any, int, bool, YamlPath]  # container, its indent, is a list, its path


def plain_tree(text: str) -> tuple[object, Positions] | None:
    """The data of a file in the plain shape and where each mapping and list starts, or None."""
    if None in _IMPLICIT or not text.endswith("\n") or any(c in text for c in _REFUSED):
        return None
    try:
        return _Reader(text.split("\n")).read()
    except _GiveUp:
        return None


class _Reader:
    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.positions: Positions = {}

    def read(self) -> tuple[object, Positions]:
        """One pass over the lines.  The open container, its indent and path live in locals
        (the common line is one more key of it); the stack holds the containers around it."""
        lines, positions, match, keys = self.lines, self.positions, _LINE.match, _KEYS
        implicit, no_value = _IMPLICIT, _NO_VALUE
        stack: list[_Frame] = []
        container: Any = None
        at, is_list = 0, False
        path: YamlPath = ()
        root: dict[str, Any] = {}
        pending: str | None = None  # a key written "key:" alone, waiting for its block
        i, count = 0, len(lines) - 1  # the text ends with "\n": the last piece is empty
        while i < count:
            line = lines[i]
            indent_s, dash, key, quoted, plain, rest = match(line).groups()  # type: ignore[union-attr]
            i += 1
            if plain is not None:
                value: object = _plain(plain) if plain[0] in implicit else plain
            else:
                value = no_value if quoted is None else quoted
            if key is None and dash is None:
                if value is no_value and (not rest or rest[0] == "#"):
                    continue  # a blank or comment line
                raise _GiveUp  # a value alone on its line
            indent = len(indent_s)
            if pending is not None:
                if indent > at:
                    new: Any = {} if dash is None else []
                    child_path = (*path, pending)
                    positions[child_path] = (i, indent + 1)
                    container[pending] = new
                    stack.append((container, at, is_list, path))
                    container, at, is_list, path = new, indent, dash is not None, child_path
                    if len(stack) > _MAX_DEPTH:
                        raise _GiveUp
                else:
                    container[pending] = _plain("")
                pending = None
            elif container is None:  # the first line: a key of the root mapping
                if indent or dash is not None:
                    raise _GiveUp
                container = root
                positions[()] = (i, 1)
            while indent < at:
                if not stack:
                    raise _GiveUp
                container, at, is_list, path = stack.pop()
            if indent != at:
                raise _GiveUp
            if dash is not None:
                if not is_list:
                    raise _GiveUp  # a list at its mapping's indent: left to libyaml
                if key is None:
                    if value is no_value:
                        if not rest or rest[0] == "#":
                            raise _GiveUp  # empty, or its value on the next lines
                        value = self._value(rest, i, 0, None)
                    container.append(value)
                    continue
                item: dict[str, Any] = {}
                item_path = (*path, len(container))
                positions[item_path] = (i, indent + 3)
                container.append(item)
                stack.append((container, at, is_list, path))
                container, at, is_list, path = item, indent + 2, False, item_path
                if len(stack) > _MAX_DEPTH:
                    raise _GiveUp
            elif is_list:
                raise _GiveUp
            name = keys.get(key)
            if name is None:
                name = _key(key)
                if len(keys) < _KEYS_MAX:
                    keys[key] = name
            if name in container:
                raise _GiveUp  # a duplicate key: reported by the careful builder
            if value is not no_value:
                container[name] = value
            elif not rest or rest[0] == "#":
                pending = name
            elif rest[0] in ">|":
                head = rest.rstrip(" ")
                if head not in _BLOCK_HEADS:
                    raise _GiveUp
                container[name], i = self._block(i, at, _BLOCK_HEADS[head])
            else:
                column = len(line) - len(rest) + 1
                container[name] = self._value(rest, i, column, (*path, name))
        if container is None:
            raise _GiveUp  # no document at all
        if pending is not None:
            container[pending] = _plain("")
        return root, positions

    def _value(self, rest: str, line: int, column: int, path: YamlPath | None) -> object:
        """A value on the rest of its line: quoted text, a flow list, or a plain scalar."""
        first = rest[0]
        if first == '"' or first == "'":
            end = rest.find(first, 1)
            if end < 0 or (first == "'" and rest[end + 1: end + 2] == "'"):
                raise _GiveUp  # continued on the next line, or an escaped quote
            _trailing(rest, end + 1)
            return rest[1:end]
        if first == "[":
            if path is None:
                raise _GiveUp
            self.positions[path] = (line, column)
            return _flow(rest)
        if first in _NOT_FIRST or first == " ":
            raise _GiveUp
        cut = rest.find(" #")
        value = (rest if cut < 0 else rest[:cut]).rstrip(" ")
        if _NOT_IN_BLOCK.search(value):
            raise _GiveUp
        return _plain(value) if value[0] in _IMPLICIT else value

    def _block(self, i: int, parent_indent: int, head: tuple[str, str]) -> tuple[str, int]:
        """A folded or literal paragraph whose lines all have the same indent, blank lines
        between them allowed: none indented further, none ending in a space, no blank line
        longer than the indent (libyaml's rules for those differ)."""
        lines, count = self.lines, len(self.lines) - 1
        first = lines[i] if i < count else ""
        indent = len(first) - len(first.lstrip(" "))
        if indent <= parent_indent or indent == len(first):
            raise _GiveUp
        prefix, (joint, end) = " " * indent, head
        pieces: list[str] = []
        blanks = 0
        while i < count:
            line = lines[i]
            if len(line) > indent and line.startswith(prefix):
                body = line[indent:]
                if body[0] == " " or body[-1] == " ":
                    raise _GiveUp
                if pieces:  # folded: one break is a space, n blank lines n breaks
                    pieces.append(joint if not blanks else "\n" * (blanks + (joint == "\n")))
                pieces.append(body)
                blanks = 0
            elif not line.strip(" "):
                blanks += 1
            else:
                break  # a line indented less ends it
            i += 1
        return "".join(pieces) + end, i


def _key(key: str) -> str:
    """As ``yamlfast`` reads a key: resolved like any plain scalar, then made text."""
    if key[0] not in _IMPLICIT:
        return key
    value = _plain(key)
    return value if type(value) is str else str(value)


def _trailing(rest: str, start: int) -> None:
    """After a closing quote or bracket: only spaces and a comment."""
    if not _TRAILING.fullmatch(rest, start):
        raise _GiveUp


def _flow(rest: str) -> list[object]:
    """``[a, "b c", 3]`` on one line: quoted or plain items, nothing nested, no empty item."""
    if _ALL_QUOTED.fullmatch(rest):  # the usual lists, each in one step
        return _QUOTED.findall(rest)
    if _ALL_NAMES.fullmatch(rest):
        return [_plain(n) if n[0] in _IMPLICIT else n for n in _NAME.findall(rest)]
    items: list[object] = []
    at = 1
    if rest[1:].lstrip(" ").startswith("]"):
        _trailing(rest, rest.index("]") + 1)
        return items
    while True:
        found = _FLOW_ITEM.match(rest, at)
        if found is None:
            raise _GiveUp
        quoted, plain, stop = found.groups()
        if quoted is not None:
            items.append(quoted)
        else:
            value = plain.rstrip(" ")
            if value[0] in _NOT_FIRST:
                raise _GiveUp
            items.append(_plain(value) if value[0] in _IMPLICIT else value)
        at = found.end()
        if stop == "]":
            _trailing(rest, at)
            return items
