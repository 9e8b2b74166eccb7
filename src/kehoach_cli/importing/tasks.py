"""Tasks from the outline: a bullet is a task; a numbered item whose lines carry "Chủ trì:" or
"Thời gian:" is one task with those lines; a unit heading ("3. Phòng Nội vụ") leads its bullets.

The lead is, in this order: a "Chủ trì:" field, the unit a sentence opens with ("Ủy ban nhân dân
các phường, xã chủ động …"), the unit heading above, the communes under a "(Cấp xã)" heading,
and last the standing unit ("… là cơ quan thường trực") with a review note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from kehoach_cli.importing import fields as fl
from kehoach_cli.importing.outline import Node
from kehoach_cli.importing.unitnames import Units, words

Note = tuple[str, dict[str, object]]
_OPENERS = {
    ("phong",), ("van", "phong"), ("uy", "ban"), ("trung", "tam"), ("doan", "thanh"), ("lien", "doan"),
    ("cong", "an"), ("chi", "cuc"), ("dai",), ("tram",), ("benh", "vien"), ("bao", "hiem"),
    ("kho", "bac"), ("hoi", "dong"), ("hoi", "lien"), ("hoi", "nong"), ("hoi", "cuu"), ("ban", "chi"),
    ("ban", "quan"), ("ban", "tuyen"), ("ban", "dan"), ("ban", "to"), ("cac", "phong"), ("cac", "co"),
    ("cac", "don"), ("cac", "xa"), ("cac", "phuong"), ("cac", "truong"), ("cac", "to"), ("cac", "hoi"),
    ("cac", "ban"), ("ttyt",), ("thanh", "doan"), ("huyen", "doan"), ("hat",), ("doi",),
}
_CUT = re.compile(r"\s+(?:là|có trách nhiệm|chịu trách nhiệm|chủ trì|thực hiện|triển khai)\b|:", re.I)
_PREAMBLE = re.compile(r"^(?:Căn cứ [^,]{3,120},\s*)?(?:(?:yêu cầu|giao|đề nghị)\s+)?", re.I)
_INLINE_LEAD = re.compile(r"\(([^()]{3,80}?)\s+chủ trì\b")
_ASKED = re.compile(r"^(?:Căn cứ [^,]{3,120},\s*)?(đề nghị|giao|yêu cầu)\s+(.+)", re.I)
_WITH = re.compile(
    r"phối hợp (?:với|cùng) (.+?)(?=\s+(?:tổ chức|tham mưu|xây dựng|thực hiện|cung cấp|hướng dẫn|"
    r"phát động|thẩm định|triển khai|trình|để|trong|tại|theo|hướng)\b|[;.:]|$)", re.I)


@dataclass
class TaskDraft:
    ref: str
    title: str
    content: str
    line: int
    lead: list[str] = field(default_factory=list)
    support: list[str] = field(default_factory=list)
    requested: bool = False
    time: str | None = None
    unread_time: str = ""
    other_times: list[str] = field(default_factory=list)
    milestones: list[dict[str, str]] = field(default_factory=list)
    targets: list[fl.TargetFound] = field(default_factory=list)
    deliverables: list[str] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)


@dataclass(frozen=True)
class Inherit:
    lead: str | None = None
    requested: bool = False
    communes: bool = False


def opens_with_unit(text: str) -> bool:
    w = words(text)
    return bool(w) and (w[:1] in _OPENERS or w[:2] in _OPENERS)


def unit_heading(text: str) -> tuple[str, bool] | None:
    """("Phòng Nội vụ", requested?) when a heading names a unit, else None."""
    requested = bool(re.match(r"^đề nghị\s+", text, re.I))
    bare = re.sub(r"^đề nghị\s+", "", text, flags=re.I).strip().rstrip(":").strip()
    name = _CUT.split(bare, maxsplit=1)[0].strip()
    if not opens_with_unit(name) or len(name.split()) > 16:
        return None
    return name, requested


def subject(units: Units, text: str) -> tuple[str, bool] | None:
    """The known unit a sentence opens with, after "Căn cứ …, " / "Giao" / "Đề nghị"."""
    pre = _PREAMBLE.match(text)
    start = pre.end() if pre else 0
    found = units.prefix(text[start:])
    if found is None or not text[start + found[1]:].strip():
        return None
    requested = bool(pre and "đề nghị" in pre.group().lower())
    return found[0], requested


class TaskReader:
    def __init__(self, units: Units, standing: str | None, communes: str | None, fallback: str,
                 issued: date | None = None) -> None:
        self.units, self.standing, self.communes, self.fallback = units, standing, communes, fallback
        self.issued = issued  # the plan's date, for times without a year or counted from it

    def leaf(self, node: Node, inherit: Inherit) -> TaskDraft:
        text = node.verbatim()
        head, _, rest = node.text.partition(":")
        shown = rest if rest.strip() and unit_heading(head) else node.text
        return self._task(node.ref, title_of(shown.strip()), text, node.block.line, inherit)

    def heading(self, node: Node, inherit: Inherit) -> TaskDraft:
        parts = [node.text] + [f"- {c.verbatim()}" if c.kind == "bullet" else c.verbatim()
                               for c in node.children]
        return self._task(node.ref, title_of(node.text), "\n\n".join(parts), node.block.line, inherit)

    def _task(self, ref: str, title: str, text: str, line: int, inherit: Inherit) -> TaskDraft:
        task = TaskDraft(ref, title, text, line)
        found = [f for para in text.split("\n") for f in fl.fields(para)]
        self._lead(task, found, text, inherit)
        for f in found:
            if f.kind == "support":
                task.support += [self.units.resolve(n) for n in self.units.split(f.value)]
            elif f.kind == "deliverable":
                task.deliverables += [d.strip() for d in re.split(r"[;,]", f.value.rstrip(".")) if d.strip()]
        for match in _WITH.finditer(text):
            names = [n for n in self.units.split(match[1]) if self.units.find(n) or opens_with_unit(n)]
            task.support += [self.units.resolve(n) for n in names]
        task.support = [u for u in dict.fromkeys(task.support) if u not in task.lead]
        _times(task, found, text, self.issued)
        task.targets = fl.targets(text)
        return task

    def _lead(self, task: TaskDraft, found: list[fl.Field], text: str, inherit: Inherit) -> None:
        for f in found:
            if f.kind == "lead" and f.value:
                requested = bool(re.match(r"^đề nghị\b", f.value, re.I))
                value = f.value
                if (known := self.units.prefix(re.sub(r"^đề nghị\s+", "", value, flags=re.I))):
                    value = re.sub(r"^đề nghị\s+", "", value, flags=re.I)[: known[1]]
                task.lead = [self.units.resolve(n, requested) for n in self.units.split(value)]
                task.requested = requested or inherit.requested
                if task.lead:
                    return
        inline = _INLINE_LEAD.search(text)
        if inline and opens_with_unit(inline[1]):
            task.lead = [self.units.resolve(n) for n in self.units.split(inline[1])]
            task.requested = inherit.requested
            if task.lead:
                return
        opener = subject(self.units, text)
        if opener is None and (asked := _ASKED.match(text)) and opens_with_unit(asked[2]):
            requested = asked[1].lower() == "đề nghị"
            names = self.units.split(asked[2])[:3]
            task.lead = [self.units.resolve(n, requested) for n in names]
            task.requested = requested
            if task.lead:
                return
        if opener is not None:
            task.lead, task.requested = [self.units.use(opener[0])], opener[1] or inherit.requested
        elif inherit.lead is not None:
            task.lead, task.requested = [self.units.use(inherit.lead)], inherit.requested
        elif inherit.communes and self.communes is not None:
            task.lead = [self.units.use(self.communes)]
            task.notes.append(("import.review_lead_communes", {}))
        elif self.standing is not None:
            task.lead = [self.units.use(self.standing)]
            task.notes.append(("import.review_lead_standing", {}))
        else:
            task.lead = [self.units.resolve(self.fallback)]
            task.notes.append(("import.review_lead_issuer", {}))


def _times(task: TaskDraft, found: list[fl.Field], text: str, issued: date | None) -> None:
    labelled = [f for f in found if f.kind == "time"]
    for f in labelled:
        time, verbatim = fl.labelled_time(f.value, issued)
        if time is None:
            task.unread_time = verbatim
            task.notes.append(("import.review_time_unread", {"text": verbatim}))
        elif task.time is None:
            task.time = time
            if time != verbatim:
                task.notes.append(("import.review_time_part", {"text": verbatim, "time": time}))
    loose = [t.text for t in fl.times(text, issued=issued) if task.time is None or t.text != task.time]
    lead_values = " ".join(f.value for f in found if f.kind == "lead")
    plan_due = [t.text for t in fl.times(lead_values, issued=issued)]
    if task.time is None and loose and not task.unread_time:
        task.time = loose.pop(0)
    if plan_due and task.time != plan_due[0]:
        task.milestones.append({"id": "ke-hoach", "title": "Hoàn thành kế hoạch", "time": plan_due[0],
                                "deliverable": "kế hoạch"})
        loose = [x for x in loose if x != plan_due[0]]
    task.other_times = [x for x in dict.fromkeys(loose) if x != task.time]


def title_of(text: str) -> str:
    """The task's first clause, without parentheses, at most 100 characters."""
    text = re.sub(r"\s*\([^)]*\)", "", text)
    first = re.split(r"(?<=[^\d])[.;:](?:\s|$)", text.strip(), maxsplit=1)[0].strip()
    first = first.strip("*“”\" ").rstrip(".")
    first = first[:1].upper() + first[1:]
    if len(first) <= 100:
        return first or text[:100]
    return first[:99].rsplit(" ", 1)[0] + "…"


def fill_from_cells(reader: TaskReader, task: TaskDraft, cells: dict[str, str], inherit: Inherit) -> None:
    """A table row's lead, support and time columns, read as the fields they are."""
    lead = cells.get("lead", "").replace("\n", ", ")
    requested = bool(re.match(r"^đề nghị\b", lead, re.I))
    task.lead = [reader.units.resolve(n, requested) for n in reader.units.split(lead)]
    if not task.lead:
        reader._lead(task, [], task.content, inherit)
    support = cells.get("support", "").replace("\n", ", ")
    task.support = [u for u in dict.fromkeys(reader.units.resolve(n) for n in reader.units.split(support))
                    if u not in task.lead]
    time = cells.get("time", "").replace("\n", " ").strip()
    if time:
        found, verbatim = fl.labelled_time(time, reader.issued)
        task.time = found
        if found is None:
            task.unread_time = verbatim
            task.notes.append(("import.review_time_unread", {"text": verbatim}))
    else:
        _times(task, [], task.content, reader.issued)
