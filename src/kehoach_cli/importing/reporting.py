"""The reporting section ("CHẾ ĐỘ BÁO CÁO"): each item a reporting duty, its kind, who, when, route.

"Báo cáo trước ngày 20 hàng tháng gửi Phòng X" gives a monthly deadline and ``to``; "qua Phòng X"
gives ``via``; "Theo yêu cầu của Y" makes Y the receiver of an ad-hoc report.  Any regime the
time stage reads as a recurrence (monthly, quarterly, half-yearly, yearly, weekly) becomes the
duty's ``time``: the phrase opens at a word times open with and is the longest the reader takes,
so no neighbouring words are swallowed.  Anything else is kept in a comment with a review note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kehoach_cli.importing import fields as fl
from kehoach_cli.importing.outline import Node
from kehoach_cli.importing.tasks import Note, opens_with_unit, subject
from kehoach_cli.importing.unitnames import Units
from kehoach_cli.queries.unitlookup import fold
from kehoach_cli.timeexpr.expressions import TimeExprError
from kehoach_cli.timeexpr.grammar import read_time

_VIA = re.compile(r"\bqua\s+(.+?)(?=\s+(?:gửi|để|tổng hợp|trước)\b|[,.;]|$)", re.I)
_TO = re.compile(
    r"\b(?:gửi(?:\s+về)?|về|theo yêu cầu của)\s+(?!qua\b)(.+?)"
    r"(?=\s+(?:để|tổng hợp|trước|theo|qua)\b|[,.;]|$)",
    re.I)
_OPENS = re.compile(r"(?<!\w)(?:trước|chậm nhất|định kỳ|thứ|hằng|hàng|mỗi)(?!\w)", re.I)
_MAX_WORDS = 16


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
    body = text.split(":", 1)[1] if ":" in text else text
    if not own and (named := _named_reporters(text) or _named_reporters(body.strip())):
        duty.reporters = [units.resolve(n) for n in units.split(named)]
    if not duty.reporters and fallback is not None:
        duty.reporters = [units.resolve(fallback)]
        duty.notes.append(("import.review_reporters", {}))
    if match := _VIA.search(body):
        duty.via = _one(units, match[1])
    for match in _TO.finditer(body):
        if units.find(match[1]) or opens_with_unit(match[1]):
            duty.to = _one(units, match[1])
            break
    duty.time = regime(body)
    for found in fl.times(body) if duty.time is None else ():
        duty.unread_time = duty.unread_time or found.text
    if duty.unread_time and duty.time is None:
        duty.notes.append(("import.review_report_time", {"text": duty.unread_time}))
    for uid in duty.reporters:
        units.use(uid)
    return duty


def _named_reporters(text: str) -> str | None:
    """"Các cơ quan, đơn vị báo cáo …": the units before "báo cáo", at the start of the text or
    after a heading ("Báo cáo quý: Các cơ quan … báo cáo …")."""
    named = re.match(r"^(.+?)\s+báo cáo\b", text)
    return named[1] if named and opens_with_unit(named[1]) else None


def regime(text: str) -> str | None:
    """The first reporting regime in ``text``, verbatim, or None."""
    for opening in _OPENS.finditer(text):
        ends = [m.end() for m in re.finditer(r"\S+", text[opening.start():])][:_MAX_WORDS]
        for end in reversed(ends):
            phrase = text[opening.start():opening.start() + end].rstrip(".,;:")
            if _is_recurrence(phrase):
                return phrase
    return None


def _is_recurrence(phrase: str) -> bool:
    try:
        return read_time(phrase).recurrence is not None
    except TimeExprError:
        return False


def _one(units: Units, text: str) -> str | None:
    names = units.split(text)
    return units.resolve(names[0]) if names else None
