"""CSV for spreadsheets: a header row, then one row per item, UTF-8 with a byte-order mark.

Excel guesses a CSV file's encoding from its first bytes; without the mark it reads UTF-8 as
the local code page and the diacritics come out broken.  The header is the JSON keys
(docs/json.md), so a column means what the same key means in ``--json``.  Nested values are
flattened: a unit is its name, a milestone its title, a list of units their names joined by
"; ", a missing value an empty cell.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from typing import Any

from kehoach_cli.queries.lists import Item

BOM = "\ufeff"
# The keys of a task item and of a report item (docs/json.md), in one order for both.
ITEM_COLUMNS = ("kind", "id", "milestone", "plan", "ref", "title", "type", "time", "start",
                "period", "regime", "due", "submitted", "status", "days_overdue", "days_left",
                "unit", "lead", "support", "requested", "restated_in", "occurrence")


def cell(value: Any) -> str:
    """One JSON value as spreadsheet text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return str(value.get("name", value.get("title", value.get("id", ""))))
    if isinstance(value, list | tuple):
        return "; ".join(cell(v) for v in value)
    return str(value)


def columns(items: Iterable[Item], base: Sequence[str] = ITEM_COLUMNS) -> list[str]:
    """``base``, then any other key the items carry, in the order first met."""
    found = list(base)
    for item in items:
        found += [key for key in item if key not in found]
    return found


def to_csv(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """The whole file as text, BOM first; rows are given as values (see ``cell``)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([cell(v) for v in row])
    return BOM + out.getvalue()


def items_csv(items: list[Item]) -> str:
    """Query items (``overdue``, ``upcoming``) as CSV with the JSON keys as the header."""
    header = columns(items)
    return to_csv(header, ([item.get(key) for key in header] for item in items))
