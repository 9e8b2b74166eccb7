"""Task tables: "STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành".

The header row says which column is which (in any order, any of the usual names).  A row whose
STT is a Roman numeral or a letter and that names no lead is a group heading (a section); other
rows are tasks whose ref is the group's ref and the row's STT.
"""

from __future__ import annotations

import re

from kehoach_cli.importing import fields as fl
from kehoach_cli.importing.outline import Node
from kehoach_cli.importing.tasks import Inherit, TaskDraft, TaskReader, fill_from_cells, title_of
from kehoach_cli.queries.unitlookup import fold

_COLUMNS = (
    ("stt", ("stt", "tt", "so tt")),
    ("lead", ("chu tri", "don vi thuc hien", "co quan thuc hien")),
    ("support", ("phoi hop",)),
    ("time", ("thoi gian", "thoi han", "tien do")),
    ("deliverable", ("san pham", "ket qua")),
    ("content", ("noi dung", "nhiem vu", "hoat dong", "ten")),
)


def columns(cells: tuple[str, ...]) -> dict[str, int] | None:
    """Which column holds what, from a header row; None if the row is not a task table's header."""
    found: dict[str, int] = {}
    for i, cell in enumerate(cells):
        key = fold(cell).strip()
        for name, words in _COLUMNS:
            if name not in found and any(key == w or key.startswith(w) or f" {w}" in f" {key}"
                                         for w in words):
                found[name] = i
                break
    return found if {"content", "lead"} <= set(found) else None


def read_table(rows: list[Node], base: str, reader: TaskReader, inherit: Inherit,
               sections: list[tuple[str, str]]) -> list[TaskDraft] | None:
    cols = columns(rows[0].block.cells)
    if cols is None:
        return None
    tasks: list[TaskDraft] = []
    group = base
    for n, row in enumerate(rows[1:], start=1):
        cells = row.block.multiline or row.block.cells
        values = {k: cells[i].strip() for k, i in cols.items() if i < len(cells)}
        get = values.get
        number = (get("stt") or "").rstrip(".")
        content = get("content") or ""
        if not content or re.fullmatch(r"\(?\d+\)?", content):
            continue  # the "(1) (2) (3)" row under the header, or an empty row
        if not get("lead") and re.fullmatch(r"[IVXLC]+|[A-Za-z]", number or "x"):
            group = f"{base}.{number}" if base else number
            sections.append((group, content.replace("\n", " ")))
            continue
        ref = f"{group}.{number}" if number else f"{group}.r{n}"
        text = content.replace("\n", " ")
        task = TaskDraft(ref.lstrip("."), title_of(text), content, row.block.line)
        fill_from_cells(reader, task, values, inherit)
        if deliverable := get("deliverable"):
            task.deliverables = [d.strip("-– ").strip() for d in re.split(r"[;\n]", deliverable) if d.strip()]
        task.targets = fl.targets(text)
        tasks.append(task)
    return tasks
