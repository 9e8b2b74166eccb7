"""The fixed parts of a văn bản hành chính (Nghị định 30/2020/NĐ-CP, Phụ lục I), as plain data.

Reports and reminder letters share the letterhead, the place and date line, the signature block
and the "Nơi nhận" list.  Whatever the plan does not say stays the placeholder "…" so that the
officer sees what is left to fill in; nothing here is ever guessed.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from kehoach_cli.model import Document, Plan, ReportPeriod, Signer, Workspace
from kehoach_cli.timeexpr.vndate import short_date, vn_month

BLANK = "…"
NB_HYPHEN = "\u2011"  # a hyphen no line breaks at: document numbers stay whole
NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"


@dataclass(frozen=True)
class Letterhead:
    """The two-column header: issuing body and number on the left, Quốc hiệu on the right."""

    parent: str
    issuer: str
    number: str
    subject: str
    place_date: str
    date_text: str
    nation: str = NATION
    motto: str = MOTTO

    @property
    def issuer_lines(self) -> tuple[str, ...]:
        return head_lines(self.issuer)

    @property
    def parent_lines(self) -> tuple[str, ...]:
        return head_lines(self.parent) if self.parent else ()


HEAD_LINE = 30  # characters of a capitalised name that fit the letterhead's left column
_PLACE_WORDS = ("THÀNH PHỐ", "TỈNH", "HUYỆN", "QUẬN", "THỊ XÃ", "PHƯỜNG", "XÃ", "THỊ TRẤN")
NBSP = "\u00a0"


def head_lines(name: str) -> tuple[str, ...]:
    """A body's name in capitals on at most two lines, broken before its place name
    ("ỦY BAN NHÂN DÂN" / "THÀNH PHỐ CẨM PHẢ") and never inside a line: the words of each line
    are joined by non-breaking spaces, so "THÀNH / PHỐ" cannot happen."""
    if len(name) <= HEAD_LINE:
        return (name.replace(" ", NBSP),)
    words = name.split()
    cut = None
    for i in range(1, len(words)):
        rest = " ".join(words[i:])
        if any(rest.startswith(w + " ") for w in _PLACE_WORDS):
            cut = i
            break
    if cut is None:
        cut = min(range(1, len(words)), key=lambda i: max(len(" ".join(words[:i])),
                                                           len(" ".join(words[i:]))))
    return (NBSP.join(words[:cut]), NBSP.join(words[cut:]))


@dataclass(frozen=True)
class SignBlock:
    authority: str
    position: str
    name: str


@dataclass(frozen=True)
class Period:
    """The days a report's figures cover: a calendar month, or 15th to 14th (NĐ 09/2019)."""

    kind: ReportPeriod
    year: int
    month: int
    start: date
    end: date

    @property
    def label(self) -> str:
        return vn_month(self.year, self.month)

    @property
    def text(self) -> str:
        return f"từ ngày {short_date(self.start)} đến ngày {short_date(self.end)}"

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def next(self) -> Period:
        year, month = (self.year + 1, 1) if self.month == 12 else (self.year, self.month + 1)
        return data_period(year, month, self.kind)


def data_period(year: int, month: int, kind: ReportPeriod) -> Period:
    last = calendar.monthrange(year, month)[1]
    if kind == ReportPeriod.CALENDAR_MONTH:
        return Period(kind, year, month, date(year, month, 1), date(year, month, last))
    start = date(year, month, 1) - timedelta(days=1)
    return Period(kind, year, month, start.replace(day=15), date(year, month, 14))


def date_words(day: date | None, blank_day: bool = False) -> str:
    """"ngày 05 tháng 9 năm 2023"; unknown parts stay "…" for the officer to fill in."""
    if day is None:
        return f"ngày {BLANK} tháng {BLANK} năm {BLANK}"
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    dd = BLANK if blank_day else f"{day.day:02d}"
    return f"ngày {dd} tháng {month} năm {day.year}"


def letterhead(parent: str, issuer: str, number: str, subject: str, place: str,
               day: date | None, blank_day: bool = False) -> Letterhead:
    when = date_words(day, blank_day)
    return Letterhead(parent.upper(), issuer.upper(), number, subject,
                      f"{place or BLANK}, {when}", when)


def issuer_code(doc: Document) -> str:
    """"UBND" from the plan's number "48/KH-UBND": the issuer part of its ký hiệu."""
    _, _, symbol = doc.number.partition("/")
    _, dash, code = symbol.partition("-")
    return code.strip() if dash and code.strip() else BLANK


def drafter_code(doc: Document) -> str:
    """"VHTT" from "Lưu: VT, VHTT.": the drafting office, used in a công văn's ký hiệu."""
    _, colon, rest = doc.archive.partition(":")
    parts = [p.strip(" .;") for p in rest.split(",")] if colon else []
    named = [p for p in parts if p and p.upper() != "VT"]
    return named[-1] if named else BLANK


def archive_line(doc: Document | None) -> str:
    text = doc.archive.strip() if doc is not None else ""
    if not text:
        return f"Lưu: VT, {BLANK}."
    return text if text.endswith(".") else text + "."


def sign_block(signer: Signer | None) -> SignBlock:
    if signer is None:
        return SignBlock(BLANK, BLANK, BLANK)
    return SignBlock(signer.authority or "", signer.position or BLANK, signer.name or BLANK)


def recipient_lines(doc: Document) -> tuple[str, ...]:
    """"Nơi nhận" as printed: one "- …;" line each, the archive line last, ending with "."."""
    lines = [f"- {r.name} ({r.purpose});" if r.purpose else f"- {r.name};" for r in doc.recipients]
    return (*lines, f"- {archive_line(doc)}")


def plan_citation(plan: Plan) -> str:
    """"Kế hoạch số 48/KH-UBND ngày 20/02/2023", as a report cites the plan it follows; "ngày
    …" when the document does not give its date, for the officer to fill in."""
    doc = plan.document
    kind = doc.kind.strip().capitalize() or "Kế hoạch"
    day = short_date(doc.date) if doc.date is not None else BLANK
    return f"{kind} số {doc.number.replace('-', NB_HYPHEN)} ngày {day}"


def lower_first(text: str) -> str:
    """"tổ chức các hoạt động…" from a title, to run it on inside a sentence."""
    return text[:1].lower() + text[1:] if text[:1].isupper() and not text[1:2].isupper() else text


def unit_names(ws: Workspace, refs: tuple[str, ...]) -> str:
    return ", ".join(ws.name_of(ref) for ref in refs)
