"""Drawing a laid-out timeline: header, rows, legend, as styled segments printed with rich.

Every line is first built as (text, style name) segments, so the plain text written to a pipe
or a file is exactly the coloured picture without its colours, and can be tested as text.
"""

from __future__ import annotations

import os
import shutil
import sys
import textwrap
import unicodedata

from kehoach_cli.messages import t
from kehoach_cli.render.timegrid import Mark
from kehoach_cli.render.timeline import Row, RowKind, Timeline

Segment = tuple[str, str | None]
Line = list[Segment]

CATEGORIES = ("done_on_time", "done_late", "in_progress", "overdue", "not_due")
STYLES = {
    "done_on_time": "green",
    "done_late": "yellow",
    "in_progress": "blue",
    "overdue": "red",
    "not_due": "grey50",
    "asof": "bold magenta",
    "grid": "grey35",
    "section": "bold",
    "header": "bold",
    "note": "italic",
}
_CAT_CODES = {
    "done_on_time": "timeline.cat_done_on_time",
    "done_late": "timeline.cat_done_late",
    "in_progress": "timeline.cat_in_progress",
    "overdue": "timeline.cat_overdue",
    "not_due": "timeline.cat_not_due",
}
PIPE_WIDTH = 100


def terminal_width() -> int:
    """``COLUMNS`` when set, the terminal's width on a terminal, else 100 (stable in pipes)."""
    env = os.environ.get("COLUMNS", "")
    if env.isdigit() and int(env) > 0:
        return int(env)
    if sys.stdout.isatty():
        return shutil.get_terminal_size((PIPE_WIDTH, 24)).columns
    return PIPE_WIDTH


def text_width(text: str) -> int:
    """Columns a string takes in a terminal (combining marks none, wide characters two)."""
    width = 0
    for char in unicodedata.normalize("NFC", text):
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in "WF" else 1
    return width


def truncate(text: str, width: int) -> str:
    """Cut to ``width`` columns with an ellipsis, so every row keeps the chart aligned."""
    text = unicodedata.normalize("NFC", text)
    if text_width(text) <= width:
        return text
    out = ""
    for char in text:
        if text_width(out + char) > width - 1:
            break
        out += char
    return out.rstrip() + "…"


def category_label(category: str) -> str:
    return t(_CAT_CODES[category])


def status_width() -> int:
    """Wide enough for every category name, so columns do not move between runs."""
    return max(text_width(category_label(c)) for c in CATEGORIES)


def side_room(width: int) -> int:
    """Columns left for labels and cells once the status column and two gaps are taken."""
    return width - status_width() - 2


def _place(chars: list[str], taken: list[bool], col: int, label: str) -> bool:
    """Write ``label`` at ``col`` if it fits with a free column on each side."""
    end = col + len(label)
    if end > len(chars) or any(taken[max(col - 1, 0):min(end + 1, len(chars))]):
        return False
    chars[col:end] = list(label)
    for i in range(col, end):
        taken[i] = True
    return True


def _axis(tl: Timeline) -> tuple[str, str]:
    """The year line (with ▼ over the as-of day) and the month-number line."""
    width = len(tl.cells)
    years, months = [" "] * width, [" "] * width
    year_taken, month_taken = [False] * width, [False] * width
    if tl.asof_col is not None:
        years[tl.asof_col], year_taken[tl.asof_col] = "▼", True
    for i, cell in enumerate(tl.cells):
        if cell.start.day != 1:
            continue
        _place(months, month_taken, i, str(cell.start.month))
        if i == 0 or cell.start.month == 1:
            for col in range(i, min(i + 12 * tl.per_month, width)):
                if _place(years, year_taken, col, str(cell.start.year)):
                    break
    return "".join(years), "".join(months)


def _pad(text: str, width: int) -> str:
    cut = truncate(text, width)
    return cut + " " * (width - text_width(cut))


def _cells(row: Row) -> list[Segment]:
    out: list[Segment] = []
    for mark in row.marks:
        if mark is Mark.ASOF:
            style: str | None = "asof"
        elif mark in (Mark.GRID, Mark.EMPTY):
            style = "grid"
        else:
            style = row.category or "not_due"
        out.append((mark.value, style))
    return out


def _row_line(row: Row, label_w: int) -> Line:
    label_style = "section" if row.kind is RowKind.SECTION else None
    line: Line = [(_pad(row.label, label_w), label_style), (" ", None), *_cells(row)]
    if row.category is not None:
        line += [(" ", None), (category_label(row.category), row.category)]
    return line


def _wrap(items: list[Line], width: int) -> list[Line]:
    """Legend items side by side, starting a new line when the next would not fit."""
    lines: list[Line] = [[]]
    used = 0
    for item in items:
        size = sum(text_width(s) for s, _ in item)
        if lines[-1] and used + 2 + size > width:
            lines.append([])
            used = 0
        if lines[-1]:
            lines[-1].append(("  ", None))
            used += 2
        lines[-1].extend(item)
        used += size
    return [line for line in lines if line]


def legend(tl: Timeline, width: int, *, colour: bool) -> list[Line]:
    from kehoach_cli.timeexpr.vndate import long_date

    items: list[Line] = []
    if colour:
        items += [[("█", c), (" " + category_label(c), None)] for c in CATEGORIES]
    items.append([(Mark.DEADLINE.value, None), (" " + t("timeline.legend_deadline"), None)])
    items.append([(Mark.ASOF.value, "asof"),
                  (" " + t("timeline.legend_asof", date=long_date(tl.as_of)), None)])
    if any({Mark.BEFORE, Mark.AFTER} & set(row.marks) for row in tl.rows):
        items.append([(f"{Mark.BEFORE.value}{Mark.AFTER.value}", None),
                      (" " + t("timeline.legend_clipped"), None)])
    lines = _wrap(items, width)
    if tl.undated:
        note = t("timeline.undated", count=tl.undated)
        lines += [[(part, "note")] for part in textwrap.wrap(note, width)]
    return lines


def lines(tl: Timeline, title: str, width: int, *, colour: bool) -> list[Line]:
    """The whole picture, no line wider than ``width``."""
    chart_w = len(tl.cells)
    wanted = max([text_width(r.label) for r in tl.rows] + [text_width(t("timeline.col_task"))])
    label_w = min(side_room(width) - chart_w, wanted)
    years, months = _axis(tl)
    out: list[Line] = [[(part, "header")] for part in textwrap.wrap(title, width)]
    marker = [(c, "asof" if c == "▼" else "header") for c in years]
    out.append([(" " * label_w, None), (" ", None), *marker])
    out.append([(_pad(t("timeline.col_task"), label_w), "header"), (" ", None), (months, None),
                (" ", None), (t("timeline.col_status"), "header")])
    out += [_row_line(row, label_w) for row in tl.rows]
    if not tl.rows:
        out.append([(t("timeline.empty"), "note")])
    out += legend(tl, width, colour=colour)
    return [_rstrip(line) for line in out]


def _rstrip(line: Line) -> Line:
    """No trailing blanks: piped output stays diff-friendly."""
    while line and not line[-1][0].rstrip():
        line = line[:-1]
    if line:
        text, style = line[-1]
        line = [*line[:-1], (text.rstrip(), style)]
    return line


def plain(rendered: list[Line]) -> str:
    return "\n".join("".join(text for text, _ in line) for line in rendered)


def print_timeline(tl: Timeline, title: str, width: int) -> None:
    """Colours on a terminal; on a pipe rich writes no escape codes and we add no swatches."""
    from rich.console import Console
    from rich.text import Text

    console = Console(width=width, highlight=False, emoji=False, markup=False)
    colour = console.is_terminal and console.color_system is not None and not console.no_color
    for line in lines(tl, title, width, colour=colour):
        text = Text(no_wrap=True, overflow="crop")
        for segment, style in _merge(line):
            text.append(segment, style=STYLES.get(style or "", "") if colour else "")
        console.print(text, soft_wrap=False)


def _merge(line: Line) -> Line:
    """Neighbouring segments of one style as one, so a bar is one escape code, not twenty."""
    out: Line = []
    for text, style in line:
        if out and out[-1][1] == style:
            out[-1] = (out[-1][0] + text, style)
        else:
            out.append((text, style))
    return out
