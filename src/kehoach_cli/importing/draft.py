"""The draft as a whole: read the document, find header, outline, units, tasks and reporting.

``draft_plan`` is the importer's one entry point; it returns a ``Draft`` that ``yamlout`` writes.
A document with no plan in it (no "KẾ HOẠCH", no numbered sections, no task) is refused with a
message rather than drafted into an empty plan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from kehoach_cli.importing import fields as fl
from kehoach_cli.importing import unitnames as un
from kehoach_cli.importing.blocks import Block
from kehoach_cli.importing.header import Footer, Header, read_footer, read_header
from kehoach_cli.importing.outline import Node, build, classify
from kehoach_cli.importing.reporting import ReportDraft, read_reporting
from kehoach_cli.importing.tables import read_table
from kehoach_cli.importing.tasks import (
    Inherit,
    Note,
    TaskDraft,
    TaskReader,
    opens_with_unit,
    subject,
    unit_heading,
)
from kehoach_cli.problems import FatalError
from kehoach_cli.queries.unitlookup import fold

_SKIP = re.compile(r"^(muc dich|yeu cau|muc tieu|quan diem|y nghia|dac diem|tinh hinh|ket qua)")
_REPORTING = re.compile(r"\bbao cao\b")
_STANDING = re.compile(r"^(?:giao\s+)?(.+?)\s+là\s+cơ quan thường trực", re.I)
_INLINE_ITEM = re.compile(r"(?:^|(?<=[\s:;]))\((\d+)\)\s")
_COMMUNE_LIST = re.compile(
    r"^(?:[-–]\s*)?(?:gồm\s+)?các\s+((?:xã|phường|thị trấn)(?:\s*,\s*(?:xã|phường|thị trấn))*)\s*"
    r"(?:\([^)]*\))?\s*:\s*(.+)$", re.I)


@dataclass
class Draft:
    header: Header
    footer: Footer
    units: un.Units
    standing: str | None = None
    sections: list[tuple[str, str]] = field(default_factory=list)
    tasks: list[TaskDraft] = field(default_factory=list)
    reports: list[ReportDraft] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # text not drafted, kept verbatim in a comment


def draft_plan(path: Path, blocks: list[Block], register: list[un.Unit]) -> Draft:
    """The draft of the document ``blocks`` were read from (``blocks.read_document``)."""
    kinds = [classify(b)[0] for b in blocks]
    body = next((i for i, k in enumerate(kinds) if k == "roman"), None)
    if body is None:
        body = next((i for i, k in enumerate(kinds) if k == "dec"), None)
    if body is None:
        raise FatalError("import.not_a_plan", path=str(path))
    end = next((i for i in range(body, len(blocks)) if re.match(r"^nơi nhận\b", blocks[i].text, re.I)),
               len(blocks))
    draft = Draft(read_header(blocks, body), read_footer(blocks[end:]), un.Units(register))
    outline = build(blocks[body:end])
    _prepass(draft, outline)
    _walk_top(draft, outline)
    _fill_communes(draft, blocks)
    if not draft.tasks:
        raise FatalError("import.no_tasks", path=str(path))
    return draft


def _prepass(draft: Draft, outline: Node) -> None:
    """Register every unit the document names as a heading, a lead or a support, in order."""
    units = draft.units
    for node in outline.walk():
        if node.kind == "roman" and _SKIP.match(fold(node.text)):
            continue
        if node.numbered and node.kind != "roman" and (head := unit_heading(node.text)):
            units.find(head[0]) or units.resolve(head[0], head[1])
        for f in fl.fields(node.verbatim()):
            if f.kind in ("lead", "support"):
                value = re.sub(r"^đề nghị\s+", "", f.value, flags=re.I)
                known = units.prefix(value)
                names = [value[: known[1]]] if known and f.kind == "lead" else units.split(value)
                for name in names:
                    units.find(name) or units.resolve(name)
        if match := _STANDING.match(re.sub(r"^[-–]\s*", "", node.text)):
            head = unit_heading(match[1])
            if head and draft.standing is None:
                draft.standing = units.resolve(head[0])
    units.used.clear()


def _walk_top(draft: Draft, outline: Node) -> None:
    fallback = draft.header.issuer or "Ủy ban nhân dân"
    reader = TaskReader(draft.units, draft.standing, un.communes_id(draft.units), fallback,
                        draft.header.date)
    for top in outline.children:
        if top.kind != "roman":
            continue
        draft.sections.append((top.ref, top.text.rstrip(":")))
        title = fold(top.text)
        if (_REPORTING.search(title) and "che do" in title) or "thong tin bao cao" in title:
            who = draft.units.all[draft.standing].name if draft.standing else fallback
            draft.reports += read_reporting(top, draft.units, who)
        elif not _SKIP.match(title):
            _walk(draft, reader, top, Inherit())
    if not any(c.kind == "roman" for c in outline.children):
        _walk(draft, reader, outline, Inherit())


def _walk(draft: Draft, reader: TaskReader, node: Node, inherit: Inherit) -> None:
    rows: list[Node] = []
    for child in [*node.children, Node("end", "", "", Block("", 0))]:
        if child.kind == "row" and (not rows or rows[-1].block.table == child.block.table):
            rows.append(child)
            continue
        if rows:
            tasks = read_table(rows, node.ref, reader, inherit, draft.sections)
            if tasks is None:
                draft.notes.append(("import.review_table", {"line": rows[0].block.line}))
                draft.kept += [f"| {r.block.text} |" for r in rows]
            draft.tasks += tasks or []
            rows = [child] if child.kind == "row" else []
            if rows:
                continue
        if child.kind == "end":
            break
        if child.kind in ("bullet", "para"):
            inherit = _leaf(draft, reader, child, inherit)
        elif child.numbered:
            _numbered(draft, reader, child, inherit)


def _leaf(draft: Draft, reader: TaskReader, child: Node, inherit: Inherit) -> Inherit:
    if _COMMUNE_LIST.match(child.block.text):
        return inherit  # "Các xã, thị trấn: A, B": the members of a group, not a task
    if child.text.endswith(":") and (opener := subject(draft.units, child.text.rstrip(":") + " x")):
        return Inherit(opener[0], opener[1] or bool(re.match(r"^đề nghị", child.text, re.I)))
    parts = _actors(child.text)
    if len(parts) > 1 and not child.extra:
        for label, text in parts:
            part = Node(child.kind, child.label, text, child.block, f"{child.ref}.({label})")
            draft.tasks.append(reader.leaf(part, inherit))
        return inherit
    draft.tasks.append(reader.leaf(child, inherit))
    return inherit


def _actors(text: str) -> list[tuple[str, str]]:
    """A line of numbered actions "(1) …; (2) Các cơ quan … thực hiện …" where a later one names
    who does it: one task per action.  A list of actions by the same hands stays one task."""
    marks = list(_INLINE_ITEM.finditer(text))
    if len(marks) < 2 or marks[0].group(1) != "1":
        return []
    pieces = [(m.group(1), text[(0 if i == 0 else m.start()):(marks[i + 1].start() if i + 1 < len(marks)
              else len(text))].strip()) for i, m in enumerate(marks)]
    later = [text[m.end():].lstrip() for m in marks[1:]]
    return pieces if any(opens_with_unit(t) for t in later) else []


def _numbered(draft: Draft, reader: TaskReader, child: Node, inherit: Inherit) -> None:
    has_fields = any(fl.fields(n.verbatim()) for n in [child, *child.leaves])
    if unit_heading(child.text) and child.children:
        has_fields = False  # "3. Phòng Nội vụ": each line under it is a task of its own
    if not child.headings and (has_fields or (not child.children and not child.text.endswith(":"))):
        draft.tasks.append(reader.heading(child, inherit) if child.children else reader.leaf(child, inherit))
        return
    draft.sections.append((child.ref, child.text.rstrip(":").strip()))
    sub = inherit
    if head := unit_heading(child.text):
        lead = draft.units.resolve(head[0], head[1])
        draft.units.used.remove(lead)  # listed when a task uses it, not for heading a section
        sub = Inherit(lead, head[1])
    elif re.search(r"\bcap xa\b", fold(child.text)) and inherit.lead is None:
        sub = Inherit(communes=True)
    _walk(draft, reader, child, sub)


def _fill_communes(draft: Draft, blocks: list[Block]) -> None:
    """Members of "UBND các xã, thị trấn" from a list the document gives ("Các xã, thị trấn: A, B")."""
    for block in blocks:
        match = _COMMUNE_LIST.match(block.text)
        if match is None:
            continue
        kind = match[1].split(",")[0].strip().lower()
        members: list[str] = []
        for raw in re.split(r",|;|\s+và\s+", match[2].rstrip(".")):
            name = raw.strip()
            if not name:
                continue
            if not re.match(r"^(xã|phường|thị trấn)\s", name, re.I):
                name = f"{kind} {name}"
            members.append(draft.units.resolve(f"Ủy ban nhân dân {name}"))
            unit = draft.units.all[members[-1]]
            for alias in (f"UBND {name}", name):
                if alias not in unit.aliases:
                    unit.aliases.append(alias)
        for unit in draft.units.all.values():
            if unit.communes and not unit.members and not unit.known:
                unit.members, unit.group = members, True
        return
