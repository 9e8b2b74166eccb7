"""The query tables laid out as plain lines, the same lines rich draws, far faster.

``overdue`` at province scale prints thousands of rows, and rich spent four fifths of the
command measuring and wrapping them through its general renderable machinery.  Off a terminal
and without colour a table is only text, so this module measures each cell once from its
string and wraps it with rich's own ``divide_line`` and cell functions, while the column widths
come from rich's own ``Table._calculate_column_widths``; anything outside the narrow shape the
views build (``status_view._table``) returns None and rich draws it as before.  A test compares
both on varied tables, narrow widths, wide and combining characters.
"""

from __future__ import annotations

import functools
import itertools
import re
from types import MethodType
from typing import Any

from rich import box
from rich._wrap import divide_line
from rich.cells import cell_len, get_character_cell_size, set_cell_size
from rich.console import Console, ConsoleOptions, Group, RenderableType
from rich.measure import Measurement
from rich.table import Column, Table

_UNSAFE = re.compile(r"[\x00-\x09\x0b-\x1f\x7f\r]|\n$")
_TRAILING = re.compile(r"\s+$")
_WORD = re.compile(r"\s*\S+\s*")  # a word and the spaces after it, as ``rich._wrap`` reads one


@functools.cache
def _narrow() -> frozenset[str]:
    """Characters one cell wide by rich's own measure: ASCII, Latin (Vietnamese letters are in
    Latin Extended Additional), the dashes, quotes and ellipsis of a plan's text, box lines."""
    ranges = ((0x20, 0x7E), (0xA0, 0x2FF), (0x1E00, 0x1EFF), (0x2010, 0x2027), (0x2500, 0x257F))
    return frozenset(ch for first, last in ranges for ch in map(chr, range(first, last + 1))
                     if get_character_cell_size(ch) == 1)


@functools.cache
def _not_narrow() -> re.Pattern[str]:
    """A character outside ``_narrow``: one search in C where a set looked each character up
    (a new string for every letter past Latin-1, so every Vietnamese one)."""
    codes = sorted(map(ord, _narrow()))
    ranges: list[list[int]] = []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    inside = "".join(re.escape(chr(a)) + ("" if a == b else "-" + re.escape(chr(b)))
                     for a, b in ranges)
    return re.compile(f"[^{inside}]")


def _width(text: str) -> int:
    """``cell_len``, without measuring each character of a string made only of narrow ones,
    which is most of what a query prints: it is as wide as it is long."""
    return len(text) if _is_narrow(text) else cell_len(text)


def _is_narrow(text: str) -> bool:
    """Whether every part of ``text`` is as wide as it is long (see ``_width``)."""
    return _not_narrow().search(text) is None


def _supported(con: Console, table: Table) -> bool:
    if con.is_terminal or con.color_system is not None or con.legacy_windows:
        return False
    if con.options.ascii_only or con._emoji or table.width is not None or table.expand:
        return False
    if table.box is not box.SIMPLE_HEAD or table.show_edge or table.pad_edge:
        return False
    if (not table.show_header or table.show_footer or table.show_lines or table.leading
            or table.caption or tuple(table.padding) != (0, 1, 0, 1)):
        return False
    if table.title is not None and (not isinstance(table.title, str)
                                    or table.title_justify != "left"):
        return False
    for col in table.columns:
        if (col.width is not None or col.no_wrap or col.overflow != "fold"
                or col.vertical != "top" or col.justify not in ("left", "right")
                or col.ratio):
            return False
        if not all(isinstance(c, str) and not _UNSAFE.search(c)
                   for c in (col.header, *col.cells)):
            return False
    return not (table.title and _UNSAFE.search(table.title))


def _text_measure(text: str) -> tuple[int, int]:
    """``Text.__rich_measure__`` of a plain string: longest word, longest line."""
    width = len if _is_narrow(text) else _width  # a narrow text's parts are narrow too
    lines = text.splitlines()
    widest = max(map(width, lines)) if lines else 0
    words = text.split()
    return (max(map(width, words)) if words else widest), widest


def _pads(table: Table, index: int) -> tuple[int, int]:
    left = 0 if index == 0 or table.collapse_padding else 1
    right = 0 if index == len(table.columns) - 1 else 1
    return left, right


def _norm(low: int, high: int, cap: int) -> tuple[int, int]:
    """``Measurement.normalize().with_maximum(cap)``, then zero when nothing fits."""
    low = max(0, min(max(0, low), high))
    high = max(0, low, high)
    low, high = min(low, cap), min(high, cap)
    if high < 1:
        return 0, 0
    low = max(0, min(low, high))
    return low, max(low, high)


def _cell_range(measured: tuple[int, int], pads: int, cap: int) -> tuple[int, int]:
    """``Measurement.get`` of the cell's ``Padding`` around its text."""
    if cap - pads < 1:
        return _norm(cap, cap, cap)
    low, high = _norm(*measured, cap)
    return _norm(low + pads, high + pads, cap)


def _install_measure(table: Table, measured: list[set[tuple[int, int]]]) -> None:
    """``measured``: each column's distinct cell measures (a column's range is the widest of
    its cells', so each measure counts once however many cells share it)."""

    def measure(self: Table, console: Console, options: ConsoleOptions,
                column: Column) -> Measurement:
        cap = options.max_width
        if cap < 1:
            return Measurement(0, 0)
        index = column._index
        pads = sum(_pads(self, index))
        ranges = [_cell_range(m, pads, cap) for m in measured[index]]
        result = Measurement(max(r[0] for r in ranges), max(r[1] for r in ranges))
        return result.with_maximum(cap).clamp(
            None if column.min_width is None else column.min_width + pads,
            None if column.max_width is None else column.max_width + pads)

    table.__dict__["_measure_column"] = MethodType(measure, table)


def _divide_narrow(text: str, width: int) -> list[int]:
    """``rich._wrap.divide_line(text, width, fold=True)`` of a narrow text, each cell length
    its length (as ``chop_cells`` folds a narrow word: every ``width`` characters)."""
    breaks: list[int] = []
    offset = 0
    for found in _WORD.finditer(text):  # each word starts where the last one ended
        start = found.start()
        word = found.group(0)
        length = len(word.rstrip())
        if width - offset >= length:
            offset += len(word)
        elif length > width:
            folded = [word[i:i + width] for i in range(0, len(word), width)]
            for piece in folded[:-1]:
                if start:
                    breaks.append(start)
                start += len(piece)
            if start:
                breaks.append(start)
            offset = len(folded[-1])
        elif offset and start:
            breaks.append(start)
            offset = len(word)
    return breaks


def _line_pieces(line: str, width: int, narrow: bool = False) -> list[str]:
    """``narrow``: the line is (``_is_narrow``), so lengths are widths."""
    if (len(line) if narrow else _width(line)) <= width:
        return [line]
    offsets = _divide_narrow(line, width) if narrow else divide_line(line, width, fold=True)
    bounds = [0, *offsets, len(line)]
    pieces = [line[a:b] for a, b in itertools.pairwise(bounds)]
    out = []
    for piece in pieces:
        if len(piece) > width:
            found = _TRAILING.search(piece)
            if found is not None:
                piece = piece[:len(piece) - min(len(found.group(0)), len(piece) - width)]
        out.append(piece)
    return out


def _fit(piece: str, width: int, justify: str, narrow: bool = False) -> str:
    if justify == "right":
        piece = piece.rstrip()
    size = len(piece) if narrow else _width(piece)
    if size > width:
        piece = set_cell_size(piece, width)
        size = _width(piece)
    gap = " " * (width - size)
    return gap + piece if justify == "right" else piece + gap


def cell_lines(text: str, width: int, justify: str, left: int = 0, right: int = 0) -> list[str]:
    """One cell as rich renders it: wrapped, folded, justified and padded to ``width``."""
    inner = width - left - right
    if inner < 1:
        return [" " * width]
    narrow = _is_narrow(text)
    lines = []
    for line in text.split("\n"):
        for piece in _line_pieces(line, inner, narrow):
            lines.append(" " * left + _fit(piece, inner, justify, narrow) + " " * right)
    return lines


_Drawn = dict[str, list[str]]
_Spec = tuple[int, str, int, int]  # a column's width, justification, left and right padding


def _cell(text: str, spec: _Spec, drawn: _Drawn) -> list[str]:
    """``cell_lines``, drawn once for each text of a column (``drawn``: the column's so far;
    unit names and dates come back on many rows)."""
    found = drawn.get(text)
    if found is None:
        found = drawn[text] = cell_lines(text, *spec)
    return found


def _row(cells: list[str], specs: list[_Spec], drawn: list[_Drawn],
         header: bool = False) -> list[str]:
    """A row's lines; rich aligns header cells to the bottom and the others to the top."""
    lines = [_cell(c, spec, seen) for c, spec, seen in zip(cells, specs, drawn, strict=True)]
    height = max(map(len, lines))
    if height == 1:  # most rows: one line in every cell
        return [" ".join([d[0] for d in lines])]
    padded = []
    for d, spec in zip(lines, specs, strict=True):
        blank = [" " * spec[0]] * (height - len(d))
        padded.append(blank + d if header else d + blank)
    return [" ".join(parts) for parts in zip(*padded, strict=True)]


def table_lines(con: Console, table: Table) -> list[str] | None:
    """The table's lines without trailing spaces, or None when rich must draw it."""
    if not table.columns or not _supported(con, table) or not hasattr(table, "_calculate_column_widths"):
        return None
    measured = [{_text_measure(c) for c in {col.header, *col.cells}}  # type: ignore[arg-type]
                for col in table.columns]
    _install_measure(table, measured)
    try:
        options = con.options
        extra = table._extra_width
        widths = table._calculate_column_widths(con, options.update_width(options.max_width - extra))
    finally:
        del table.__dict__["_measure_column"]
    total = sum(widths) + extra
    specs: list[_Spec] = [(w, col.justify, *_pads(table, i))
                          for i, (w, col) in enumerate(zip(widths, table.columns, strict=True))]
    out: list[str] = []
    if table.title:
        out += cell_lines(str(table.title), total, "left")
    out += _row([str(col.header) for col in table.columns], specs, [{} for _ in specs], header=True)
    out.append("─" * total)
    cols: list[Any] = [col.cells for col in table.columns]
    drawn: list[_Drawn] = [{} for _ in cols]
    for cells in zip(*cols, strict=True):
        out += _row(list(cells), specs, drawn)
    width = con.width  # a property that asks the environment each time
    return [(set_cell_size(x, width) if _width(x) > width else x).rstrip() for x in out]


def plain_lines(con: Console, renderable: RenderableType) -> list[str]:
    """What ``con`` prints for ``renderable``, line by line without trailing spaces; a group
    prints its parts one after the other, so each part is drawn on its own."""
    if isinstance(renderable, Group) and not con.is_terminal:
        return [line for part in renderable.renderables for line in plain_lines(con, part)]
    lines = table_lines(con, renderable) if isinstance(renderable, Table) else None
    if lines is None:
        with con.capture() as captured:
            con.print(renderable)
        lines = [line.rstrip() for line in captured.get().splitlines()]
    return lines
