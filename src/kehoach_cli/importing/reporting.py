"""The reporting section ("CHẾ ĐỘ BÁO CÁO"): each item a reporting duty, its kind, who, when, route.

"Báo cáo trước ngày 20 hàng tháng gửi Phòng X" gives a monthly deadline and ``to``; "qua Phòng X"
gives ``via``; "Theo yêu cầu của Y" makes Y the receiver of an ad-hoc report.  A one-off or
yearly date the format cannot yet hold is kept in a comment with a review note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kehoach_cli.importing import fields as fl
from kehoach_cli.importing.outline import Node
from kehoach_cli.importing.tasks import Note, opens_with_unit, subject
from kehoach_cli.importing.unitnames import Units
from kehoach_cli.model import MonthlyDeadline
from kehoach_cli.queries.unitlookup import fold
from kehoach_cli.timeexpr.expressions import parse_time

_VIA = re.compile(r"\bqua\s+(.+?)(?=\s+(?:gửi|để|tổng hợp|trước)\b|[,.;]|$)", re.I)
_TO = re.compile(
    r"\b(?:gửi(?:\s+về)?|về|theo yêu cầu của)\s+(?!qua\b)(.+?)"
    r"(?=\s+(?:để|tổng hợp|trước|theo|qua)\b|[,.;]|$)",
    re.I)


@dataclass
class ReportDraft:
    ref: str
    kind: str
    title: str
    line: int
    reporters: list[str] = field(default_factory=list)
    via: str | None = None
    to: str | None = None
    time: str | None = None
    unread_time: str = ""
    notes: list[Note] = field(default_factory=list)


def read_reporting(section: Node, units: Units, fallback: str) -> list[ReportDraft]:
    reporters: list[str] = []
    out: list[ReportDraft] = []
    for item in section.children:
        text = item.verbatim()
        if item.kind == "para" and text.endswith(":"):
            reporters = [units.resolve(n) for n in units.split(re.sub(r"^đề nghị\s+", "", text, flags=re.I))]
            continue
        out.append(_duty(item, text, units, reporters, fallback))
    return out


def _duty(item: Node, text: str, units: Units, reporters: list[str], fallback: str | None) -> ReportDraft:
    folded = fold(text)
    kind = "đột xuất" if "dot xuat" in folded else "chuyên đề" if "chuyen de" in folded else "định kỳ"
    title = re.split(r":", text, maxsplit=1)[0].strip()
    duty = ReportDraft(item.ref, kind, title[:150], item.block.line)
    own = subject(units, text)
    duty.reporters = [own[0]] if own else list(reporters)
    named = re.match(r"^(.+?)\s+báo cáo\b", text)
    if not own and named and opens_with_unit(named[1]):
        duty.reporters = [units.resolve(n) for n in units.split(named[1])]
    if not duty.reporters and fallback is not None:
        duty.reporters = [units.resolve(fallback)]
        duty.notes.append(("import.review_reporters", {}))
    body = text.split(":", 1)[1] if ":" in text else text
    if match := _VIA.search(body):
        duty.via = _one(units, match[1])
    for match in _TO.finditer(body):
        if units.find(match[1]) or opens_with_unit(match[1]):
            duty.to = _one(units, match[1])
            break
    for found in fl.times(body):
        if isinstance(parse_time(found.text), MonthlyDeadline):
            duty.time = found.text
            break
        duty.unread_time = duty.unread_time or found.text
    if duty.unread_time and duty.time is None:
        duty.notes.append(("import.review_report_time", {"text": duty.unread_time}))
    for uid in duty.reporters:
        units.use(uid)
    return duty


def _one(units: Units, text: str) -> str | None:
    names = units.split(text)
    return units.resolve(names[0]) if names else None
